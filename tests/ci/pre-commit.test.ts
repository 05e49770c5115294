/**
 * pre-commit: `.pre-commit-hooks.yaml` is valid YAML naming the package's bin and the extensions
 * the CLI reads; `docs/ci/pre-commit.sh`, the plain git hook, lints the staged bills — names with
 * spaces, partly staged files as staged — in a temp repository.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BILL_EXTENSIONS } from "../../src/cli/discover.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HOOK = path.join(ROOT, "docs/ci/pre-commit.sh");
const BIN = path.join(ROOT, "bin/rightslint.js");

interface Hook {
  id: string;
  name: string;
  description?: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames: boolean;
  require_serial: boolean;
}

const ERROR_BILL = `Article 1. Worship
1. Religious services may be held only after state registration of the religious association.
`;
const CLEAN_BILL = `Article 1. Scope
This Law governs the procedure for the publication of statutes.
`;

/** pre-commit's `files` is a Python regex; `(?i)` at its start is JavaScript's `i` flag. */
function filesRegex(pattern: string): RegExp {
  return pattern.startsWith("(?i)") ? new RegExp(pattern.slice(4), "i") : new RegExp(pattern);
}

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parse(readFileSync(path.join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];

  it("defines a rightslint node hook whose entry is the package's bin, with file names passed", () => {
    expect(Array.isArray(hooks)).toBe(true);
    expect(hooks.map((h) => h.id)).toEqual(["rightslint"]);
    const hook = hooks[0]!;
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
    expect(existsSync(path.join(ROOT, pkg.bin[hook.entry]!))).toBe(true);
    expect(hook).toMatchObject({ name: "rightslint", language: "node", pass_filenames: true, require_serial: false });
  });

  it("matches exactly the extensions the CLI reads (BILL_EXTENSIONS), in any case", () => {
    const files = filesRegex(hooks[0]!.files);
    const listed = /\\\.\(([^)]+)\)\$$/.exec(hooks[0]!.files)?.[1]?.split("|");
    expect(listed?.sort()).toEqual([...BILL_EXTENSIONS].sort());
    for (const ext of BILL_EXTENSIONS) {
      expect(files.test(`bills/law.${ext}`)).toBe(true);
      expect(files.test(`bills/LAW.${ext.toUpperCase()}`)).toBe(true);
    }
    for (const name of ["package.json", "law.md.bak", "law.docx.tmp", "schema.xsd", "md", "README"]) {
      expect([name, files.test(name)]).toEqual([name, false]);
    }
  });
});

describe("docs/ci/pre-commit.sh", () => {
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "t",
    GIT_AUTHOR_EMAIL: "t@example.org",
    GIT_COMMITTER_NAME: "t",
    GIT_COMMITTER_EMAIL: "t@example.org",
    LANG: "C",
    LC_ALL: "",
    NO_COLOR: "1",
    FORCE_COLOR: "",
    RIGHTSLINT: "",
    RIGHTSLINT_ARGS: "",
  };
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync("git", args, { cwd, env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  };
  const write = (dir: string, rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  /** A repository with rightslint at node_modules/.bin (a script running this checkout's bin). */
  const repo = () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "rightslint-hook-")));
    git(dir, "init", "-q", ".");
    write(dir, ".gitignore", "node_modules/\n");
    write(dir, "node_modules/.bin/rightslint", `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(path.join(dir, "node_modules/.bin/rightslint"), 0o755);
    return dir;
  };
  const hook = (dir: string, extra: Record<string, string> = {}) => {
    const r = spawnSync("bash", [HOOK], { cwd: dir, env: { ...env, ...extra }, encoding: "utf8" });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it("is executable", () => {
    expect(statSync(HOOK).mode & 0o111).not.toBe(0);
  });

  it("lints the staged bills, names with spaces included, and stops the commit on an error", () => {
    const dir = repo();
    write(dir, "bills/law on worship.md", ERROR_BILL);
    write(dir, "bills/-dash.TXT", CLEAN_BILL);
    write(dir, "notes.json", "{}\n");
    write(dir, "bills/unstaged.md", ERROR_BILL); // not added: not linted
    git(dir, "add", "bills/law on worship.md", "bills/-dash.TXT", "notes.json");
    const r = hook(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^bills\/law on worship\.md\n {2}2:4 {2}Art\. 1\(1\) {2}error /);
    expect(r.stdout).toMatch(/\n1 problem \(1 error, 0 warnings, 0 info\) in 2 files\n$/);
    expect(r.stdout).not.toContain("unstaged.md");
  });

  it("passes when the staged bills are clean, and skips deleted bills", () => {
    const dir = repo();
    write(dir, "a.md", CLEAN_BILL);
    write(dir, "b.md", CLEAN_BILL);
    git(dir, "add", "a.md", "b.md");
    git(dir, "commit", "-qm", "bills");
    git(dir, "rm", "-q", "b.md");
    write(dir, "a.md", `${CLEAN_BILL}\nArticle 2. Entry into force\nThis Law enters into force on 1 January.\n`);
    git(dir, "add", "a.md");
    const r = hook(dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "1 file, no problems\n", ""]);
    // nothing staged: nothing to lint
    git(dir, "commit", "-qm", "more");
    expect(hook(dir)).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("lints a partly staged bill as it is staged, under its own name", () => {
    const dir = repo();
    write(dir, "bills/a.md", ERROR_BILL);
    git(dir, "add", "bills/a.md");
    write(dir, "bills/a.md", CLEAN_BILL); // the fix is not staged: the commit would still have the error
    const staged = hook(dir);
    expect(staged.code).toBe(1);
    expect(staged.stdout).toMatch(/^bills\/a\.md\n {2}2:4 /);

    write(dir, "bills/b.md", CLEAN_BILL);
    git(dir, "add", "bills/b.md");
    write(dir, "bills/b.md", ERROR_BILL); // an error in the working copy only: not committed, not reported
    git(dir, "add", "bills/a.md");
    write(dir, "bills/a.md", ERROR_BILL);
    const clean = hook(dir);
    expect([clean.code, clean.stderr]).toEqual([0, ""]);
    expect(clean.stdout).toBe("1 file, no problems\n1 file, no problems\n");
  });

  it("takes the command from RIGHTSLINT and options from RIGHTSLINT_ARGS, and says when there is none", () => {
    const dir = repo();
    write(dir, "a.md", ERROR_BILL);
    git(dir, "add", "a.md");
    const r = hook(dir, { RIGHTSLINT: `${process.execPath} ${BIN}`, RIGHTSLINT_ARGS: "-f json --quiet" });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].filePath).toBe("a.md");

    const bare = realpathSync(mkdtempSync(path.join(tmpdir(), "rightslint-hook-")));
    git(bare, "init", "-q", ".");
    write(bare, "a.md", CLEAN_BILL);
    git(bare, "add", "a.md");
    const none = hook(bare, { PATH: "/usr/bin:/bin" }); // git and bash, no rightslint
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/rightslint not found/);
  });
});
