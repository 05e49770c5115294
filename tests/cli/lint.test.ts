/** `rightslint <files>`: the built CLI lints bills, prints findings and sets the exit code. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/rightslint.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("rightslint <files>", () => {
  it("prints each finding with position, label, severity, message, rule and citation; exit 1 on errors", () => {
    const r = run("--profile", "kz-2026", "fixtures/bills/kk/law-religion.txt");
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("fixtures/bills/kk/law-religion.txt");
    const line = lines.find((l) => l.startsWith("  47:4 ")) ?? "";
    expect(line).toMatch(/^ {2}47:4 +5-бап 1-тармақ +error +Religious practice is made conditional on registration/);
    expect(line).toMatch(
      /religion\/registration-precondition:worship-conditioned {2}\(KZ Constitution 2026 art\. 7\(1\)–\(2\)\)$/,
    );
    expect(lines.at(-1)).toBe("8 problems (7 errors, 1 warning, 0 info) in 1 file");
  });

  it("exits 0 with only warnings, and when there are no problems", () => {
    // facial recognition in public places without a court: a warning under kz-2026 (an error under iccpr)
    const warn = run("fixtures/bills/en/fragment.txt");
    expect(warn.code).toBe(0);
    expect(warn.stdout).toMatch(/\n1 problem \(0 errors, 1 warning, 0 info\) in 1 file\n$/);
    const clean = run("fixtures/bills/en/constitution-excerpt.txt");
    expect([clean.code, clean.stdout]).toEqual([0, "1 file, no problems\n"]);
  });

  it("runs a preset's profiles", () => {
    const r = run("--preset", "kz-2026", "fixtures/bills/ru/law-religion.txt");
    expect(r.stdout).toMatch(/\(ICCPR art\. 18\(1\)\)/);
    expect(r.stdout).toMatch(/\(KZ Constitution 2026 art\. 7\(1\)–\(2\)\)/);
  });

  it("rejects an unknown profile or preset with one line and exit 2", () => {
    for (const args of [
      ["--profile", "atlantis"],
      ["--preset", "nope"],
    ]) {
      const r = run(...args, "fixtures/bills/en/fragment.txt");
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("formats it does not read", () => {
  it("rejects a JSON file, and XML that is not Akoma Ntoso, USLM or CLML, with one line and exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "rightslint-formats-"));
    writeFileSync(join(dir, "x.akn.xml"), "<akomaNtoso/>");
    writeFileSync(join(dir, "x.json"), "{}");
    for (const cmd of [[join(dir, "x.json")], ["parse", join(dir, "x.json")]]) {
      const r = run(...cmd);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toMatch(/: \.json files are not supported \(rightslint reads \.txt, \.md, Akoma Ntoso/);
    }
    for (const cmd of [[join(dir, "x.akn.xml")], ["parse", join(dir, "x.akn.xml")]]) {
      const r = run(...cmd);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toMatch(
        /x\.akn\.xml: not Akoma Ntoso, USLM or CLML XML \(root element <akomaNtoso> without a namespace\)$/,
      );
    }
  });
});

describe("rightslint rules", () => {
  it("lists every built-in rule with its severity under each profile, and a summary", async () => {
    const { builtinRules } = await import("../../rules/index.js");
    const r = run("rules");
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^rule +kz-2026 +kz-1995 +iccpr +echr +eu-digital +description$/);
    const ids = lines.slice(1, 1 + builtinRules.length).map((l) => l.split(/\s+/)[0]);
    expect(ids).toEqual(builtinRules.map((x) => x.meta.id).sort());
    const r8 = lines.find((l) => l.startsWith("religion/intervention-without-permitted-ground "));
    expect(r8?.split(/\s+/).slice(1, 6)).toEqual(["error", "error", "error", "error", "off"]);
    expect(lines).toContain(
      `${builtinRules.length} rules in ${new Set(builtinRules.map((x) => x.meta.family)).size} families`,
    );
  });

  it("--json gives severities per profile and sub-code; an unknown profile is exit 2", () => {
    const r = run("rules", "--json", "--profile", "iccpr,kz-2026");
    const rows = JSON.parse(r.stdout) as {
      id: string;
      severity: Record<string, string>;
      subCodes: Record<string, Record<string, string>>;
    }[];
    const r2 = rows.find((x) => x.id === "limitation/aim-not-permitted-for-right");
    expect(r2?.severity).toEqual({ iccpr: "error", "kz-2026": "warning" });
    const r8 = rows.find((x) => x.id === "religion/intervention-without-permitted-ground");
    expect(r8?.subCodes["executive-only"]).toEqual({ iccpr: "warning", "kz-2026": "warning" });
    const bad = run("rules", "--profile", "nope");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^rightslint: Unknown profile "nope"/);
  });
});
