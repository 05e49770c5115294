/** The Node API: lintText, lintFiles, profiles and presets, rule listing. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineRule, lintFiles, lintText, listRules, resolveProfiles } from "../src/index.js";

/** A toy rule for the API test: flags sentences where the state "may close" something. */
const mayClose = defineRule({
  meta: {
    id: "test/may-close",
    family: "test",
    severity: "warning",
    confidence: "medium",
    description: "toy rule",
    docs: "tests/api.test.ts",
    principle: { "kz-2026": "art. 7(2)", iccpr: "art. 18(3)" },
    messages: { close: "{{label}}: closure by the executive" },
  },
  create: (context) => ({
    Sentence(s, parent) {
      if (/may close/.test(s.text) && context.concepts.has(s, "actor.state", { upTo: "sentence" })) {
        context.report({ node: s, messageId: "close", data: { label: (parent as { label: string }).label } });
      }
    },
  }),
});

const BILL =
  "Article 4\n\n1. The Committee for Religious Affairs may close a religious school.\n2. A court may close a school.\n";

describe("lintText", () => {
  it("lints under kz-2026 by default, citing the profile's article", () => {
    const r = lintText(BILL, { rules: [mayClose] });
    expect(r.findings.map((f) => [f.ruleId, f.label, f.profile, f.principle, f.message])).toEqual([
      [
        "test/may-close",
        "Art. 4(1)",
        "kz-2026",
        ["KZ Constitution 2026 art. 7(2)"],
        "Art. 4(1): closure by the executive",
      ],
    ]);
    expect([r.errorCount, r.warningCount, r.infoCount]).toEqual([0, 1, 0]);
    expect(r.document.language).toBe("en");
  });

  it("runs a preset's profiles (kz-2026 = kz-2026 + iccpr) and listed ones, without repeats", () => {
    expect(resolveProfiles({ preset: "kz-2026" })).toEqual(["kz-2026", "iccpr"]);
    expect(resolveProfiles({ preset: "treaty", profiles: ["iccpr", "kz-1995"] })).toEqual(["iccpr", "echr", "kz-1995"]);
    const r = lintText(BILL, { rules: [mayClose], preset: "kz-2026" });
    expect(r.findings.map((f) => f.profile)).toEqual(["iccpr", "kz-2026"]);
  });

  it("applies severity overrides and directives", () => {
    const r = lintText(
      `Article 4\n\n<!-- rightslint-disable-next-line test/may-close -- court order follows in art. 5 -->\n1. The Ministry may close a religious school.\n`,
      { rules: [mayClose], severity: { "test/may-close": "error" } },
    );
    expect(r.findings).toEqual([]);
    const e = lintText(BILL, { rules: [mayClose], severity: { "test/may-close": "error" } });
    expect(e.errorCount).toBe(1);
  });

  it("names an unknown profile", () => {
    expect(() => lintText(BILL, { rules: [mayClose], profiles: ["atlantis"] })).toThrow(/atlantis/);
  });

  it("takes built-in rules by id, next to rule modules, and names an unknown id", () => {
    const r = lintText(BILL, { rules: ["religion/intervention-without-permitted-ground", mayClose] });
    expect(r.findings.map((f) => [f.ruleId, f.label])).toEqual([
      ["religion/intervention-without-permitted-ground", "Art. 4(1)"],
      ["test/may-close", "Art. 4(1)"],
    ]);
    expect(() => lintText(BILL, { rules: ["religion/no-such-rule"] })).toThrow(
      'Unknown rule "religion/no-such-rule": `rightslint rules` lists the built-in rules',
    );
    // a JavaScript caller passing something else gets a sentence, not a TypeError from inside
    expect(() => lintText(BILL, { rules: [{} as never] })).toThrow(
      /rule modules \(\{ meta, create \}\) or built-in rule ids/,
    );
  });
});

describe("lintFiles", () => {
  it("lints the files a glob finds, in path order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rightslint-api-"));
    writeFileSync(join(dir, "b.txt"), BILL);
    writeFileSync(join(dir, "a.md"), "# Bill\n\nArticle 1\n\n1. Everyone is free.\n");
    const results = await lintFiles([`${dir.replaceAll("\\", "/")}/*.{txt,md}`], { rules: [mayClose] });
    expect(results.map((r) => [r.filePath?.slice(dir.length + 1), r.findings.length])).toEqual([
      ["a.md", 0],
      ["b.txt", 1],
    ]);
  });

  it("applies the config files it finds above each file, as the CLI does, unless told not to", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rightslint-api-config-"));
    mkdirSync(join(dir, "drafts"));
    mkdirSync(join(dir, "old"));
    writeFileSync(join(dir, "bill.txt"), BILL);
    writeFileSync(join(dir, "drafts", "bill.txt"), BILL);
    writeFileSync(join(dir, "old", "bill.txt"), BILL);
    // the repository's config ignores old/; the drafts folder turns the rule into an error
    writeFileSync(join(dir, "rightslint.config.json"), JSON.stringify({ ignores: ["old/**"] }));
    writeFileSync(
      join(dir, "drafts", "rightslint.config.json"),
      JSON.stringify({ rules: { "remedy/no-appeal-route": "error" } }),
    );
    const rule = (r: { findings: { ruleId: string; severity: string }[] }) =>
      r.findings.filter((f) => f.ruleId === "remedy/no-appeal-route").map((f) => f.severity);
    const found = await lintFiles(["**/*.txt"], { cwd: dir });
    expect(found.map((r) => [r.filePath, rule(r)])).toEqual([
      ["bill.txt", ["warning"]],
      ["drafts/bill.txt", ["error"]],
    ]);
    const plain = await lintFiles(["**/*.txt"], { cwd: dir, configLookup: false });
    expect(plain.map((r) => [r.filePath, rule(r)])).toEqual([
      ["bill.txt", ["warning"]],
      ["drafts/bill.txt", ["warning"]],
      ["old/bill.txt", ["warning"]],
    ]);
  });
});

describe("listRules", () => {
  it("lists rule metadata sorted by id", () => {
    expect(listRules([mayClose]).map((m) => m.id)).toEqual(["test/may-close"]);
  });
});
