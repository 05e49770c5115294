/**
 * Config files on disk: one file's checks with their exact one-line messages, and the resolver's
 * discovery (walking up, root, two names in a folder), cascade, overrides, ignores, waivers,
 * extends (presets, paths, cycles), plugins and the cache hash.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtinRules } from "../../rules/index.js";
import { CONFIG_NAMES, ConfigResolver, checkConfigRules, loadConfigFile } from "../../src/config/file.js";
import { ConfigError, lintText } from "../../src/lint.js";

const TMP = mkdtempSync(join(tmpdir(), "rightslint-config-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

let counter = 0;

/** A fresh folder with these files (objects are written as JSON, strings as they are). */
function tree(files: Record<string, unknown>): string {
  const dir = join(TMP, `t${++counter}`);
  mkdirSync(dir);
  write(dir, files);
  return dir;
}

function write(dir: string, files: Record<string, unknown>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === "string" ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
}

/** The message of the ConfigError `fn` throws (fails when it throws something else or nothing). */
function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error("expected a ConfigError");
}

async function configErrorAsync(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error("expected a ConfigError");
}

/** Loads `rightslint.config.json` written with `content` in a fresh folder. */
function load(content: unknown) {
  const dir = tree({ "rightslint.config.json": content });
  return loadConfigFile(join(dir, "rightslint.config.json"), { cwd: dir });
}

const loadError = (content: unknown): string => configError(() => load(content));

/** checkConfigRules on a config that passes the schema. */
const rulesError = (content: unknown): string =>
  configError(() => {
    const dir = tree({ "rightslint.config.json": content });
    checkConfigRules(loadConfigFile(join(dir, "rightslint.config.json"), { cwd: dir }), builtinRules, { cwd: dir });
  });

// A bill on which religion/registration-threshold warns under kz-2026 (membership and territorial).
const BILL =
  "Article 5\n\n1. A religious association may be founded by at least two hundred adult citizens residing in at least five regions.";

describe("loadConfigFile", () => {
  it("reads a config with every key, a UTF-8 BOM allowed", () => {
    const full = {
      $schema: "./node_modules/rightslint/schema/rightslint.config.schema.json",
      root: true,
      extends: ["rightslint:strict", "./base.json"],
      profiles: ["kz-2026", "iccpr"],
      preset: "treaty",
      language: "ru",
      locale: "kk",
      rules: {
        "religion/registration-threshold": ["warn", { maxFounders: 50 }],
        "religion/registration-threshold:territorial": "off",
        "structure/numbering-gap": "info",
      },
      plugins: ["./local-rules.mjs"],
      ignores: ["archive/", "*.tmp.md"],
      overrides: [
        {
          files: ["chapters/*.md"],
          excludedFiles: ["chapters/draft-*.md"],
          profiles: ["echr"],
          preset: "eu",
          language: "en",
          locale: "en",
          rules: { "structure/numbering-gap": "off" },
          waivers: [{ rule: "religion/*", provision: "Art. 3", reason: "transitional" }],
          directives: { reportUnused: false },
        },
      ],
      waivers: [
        { rule: "religion/registration-threshold", provision: "art_5__para_1", reason: "agreed", profile: "iccpr" },
      ],
      directives: { requireReason: true, reportUnused: true },
    };
    const dir = tree({ ".rightslintrc.json": `\uFEFF${JSON.stringify(full)}` });
    const data = loadConfigFile(join(dir, ".rightslintrc.json"));
    expect(data.file).toBe(join(dir, ".rightslintrc.json"));
    expect(data.contents).toEqual(full);
  });

  it("malformed JSON: one line with the file, line:column and what is wrong", () => {
    const trailing = '{\n  "rules": {\n    "religion/registration-threshold": "error",\n  }\n}\n';
    expect(loadError(trailing)).toBe(
      "rightslint.config.json:3:47: invalid JSON: a comma before '}' (JSON allows no trailing comma)",
    );
    expect(loadError('{\n  // our profiles\n  "profiles": ["kz-2026"]\n}')).toBe(
      "rightslint.config.json:2:3: invalid JSON: comments are not allowed in JSON",
    );
    expect(loadError('{ "profiles": ["kz-2026"] "root": true }')).toBe(
      "rightslint.config.json:1:27: invalid JSON: expected ',' or '}' after a property value (found '\"')",
    );
    expect(loadError("{ profiles: [] }")).toBe(
      "rightslint.config.json:1:3: invalid JSON: expected a property name in double quotes (found 'profiles')",
    );
    expect(loadError('{ "root": true')).toBe("rightslint.config.json:1:15: invalid JSON: unexpected end of file");
    expect(loadError("")).toBe("rightslint.config.json:1:1: invalid JSON: unexpected end of file");
  });

  it("an unknown key, with the nearest known one", () => {
    expect(loadError({ rulez: {} })).toBe('rightslint.config.json: unknown key "rulez" (did you mean "rules"?)');
    expect(loadError({ overrides: [{ filez: ["*.md"] }] })).toBe(
      'rightslint.config.json: unknown key "overrides[0].filez" (did you mean "files"?) (and 1 more problem)',
    );
    expect(loadError({ directives: { requireReasons: false } })).toBe(
      'rightslint.config.json: unknown key "directives.requireReasons" (did you mean "requireReason"?)',
    );
    expect(loadError({ documentType: "law" })).toBe('rightslint.config.json: unknown key "documentType"');
  });

  it("a wrong severity names the key, what is allowed and what was found", () => {
    expect(loadError({ rules: { "religion/x": "fatal" } })).toBe(
      'rightslint.config.json: "rules.religion/x": expected one of off, info, warn, warning, error (got "fatal")',
    );
    expect(loadError({ rules: { "religion/registration-threshold": "eror" } })).toBe(
      'rightslint.config.json: "rules.religion/registration-threshold": expected one of off, info, warn, warning, error (got "eror") (did you mean "error"?)',
    );
    expect(loadError({ rules: { "religion/registration-threshold": ["fatal", {}] } })).toBe(
      'rightslint.config.json: "rules.religion/registration-threshold[0]": expected one of off, info, warn, warning, error (got "fatal")',
    );
    expect(loadError({ rules: { "religion/registration-threshold": ["error"] } })).toBe(
      'rightslint.config.json: "rules.religion/registration-threshold": expected a severity (off, info, warn, warning, error) or [severity, {options}] (got ["error"])',
    );
    expect(loadError({ rules: { "registration-threshold": "off" } })).toBe(
      'rightslint.config.json: "rules": invalid rule id "registration-threshold" (expected family/name or family/name:sub-code) (did you mean "religion/registration-threshold"?)',
    );
  });

  it("unknown profiles and presets, and other values", () => {
    expect(loadError({ profiles: ["kz2026"] })).toBe(
      'rightslint.config.json: "profiles[0]": expected one of echr, eu-digital, iccpr, kz-1995, kz-2026 (got "kz2026") (did you mean "kz-2026"?)',
    );
    expect(loadError({ overrides: [{ files: ["*.md"], profiles: ["un-charter"] }] })).toBe(
      'rightslint.config.json: "overrides[0].profiles[0]": expected one of echr, eu-digital, iccpr, kz-1995, kz-2026 (got "un-charter")',
    );
    expect(loadError({ preset: "eu-digital" })).toBe(
      'rightslint.config.json: "preset": expected one of kz-2026, kz-1995, treaty, eu (got "eu-digital")',
    );
    expect(loadError({ profiles: ["iccpr", "iccpr"] })).toBe(
      'rightslint.config.json: "profiles": "iccpr" is listed twice',
    );
    expect(loadError({ language: "de" })).toBe(
      'rightslint.config.json: "language": expected one of en, ru, kk (got "de")',
    );
    expect(loadError({ root: "yes" })).toBe('rightslint.config.json: "root": expected true or false (got "yes")');
    expect(loadError(["kz-2026"])).toBe('rightslint.config.json: expected an object (got ["kz-2026"])');
    expect(loadError({ ignores: ["!keep.md"] })).toBe(
      'rightslint.config.json: "ignores[0]": expected a glob (negation with ! is not supported) (got "!keep.md")',
    );
    expect(loadError({ extends: "rightslint:strct" })).toBe(
      'rightslint.config.json: "extends": expected rightslint:recommended, rightslint:strict or a path to a JSON config relative to this file (./base.json) (got "rightslint:strct") (did you mean "rightslint:strict"?)',
    );
    expect(loadError({ extends: ["./base.js"] })).toBe(
      'rightslint.config.json: "extends[0]": expected rightslint:recommended, rightslint:strict or a path to a JSON config relative to this file (./base.json) (got "./base.js")',
    );
  });

  it("a waiver needs a rule, a provision and a reason that is not blank", () => {
    expect(loadError({ waivers: [{ rule: "religion/*", provision: "Art. 5" }] })).toBe(
      'rightslint.config.json: "waivers[0]": missing key "reason"',
    );
    expect(loadError({ waivers: [{ rule: "religion/*", provision: "Art. 5", reason: "  " }] })).toBe(
      'rightslint.config.json: "waivers[0].reason": expected a reason (not blank) (got "  ")',
    );
    expect(loadError({ waivers: [{ rule: "religion", provision: "Art. 5", reason: "ok" }] })).toBe(
      'rightslint.config.json: "waivers[0].rule": expected a rule id, rule:sub-code or family/* (got "religion")',
    );
  });

  it("names the file relative to cwd, or absolute outside it", () => {
    const dir = tree({ "laws/.rightslintrc.json": { rulez: {} } });
    const file = join(dir, "laws", ".rightslintrc.json");
    expect(configError(() => loadConfigFile(file, { cwd: dir }))).toBe(
      'laws/.rightslintrc.json: unknown key "rulez" (did you mean "rules"?)',
    );
    expect(configError(() => loadConfigFile(file, { cwd: join(dir, "elsewhere") }))).toBe(
      `${file}: unknown key "rulez" (did you mean "rules"?)`,
    );
    expect(configError(() => loadConfigFile(join(dir, "missing.json"), { cwd: dir }))).toBe(
      "missing.json: cannot be read (ENOENT)",
    );
  });
});

describe("checkConfigRules", () => {
  it("an unknown rule, with the nearest id or the same name in another family", () => {
    expect(rulesError({ rules: { "religion/registration-treshold": "off" } })).toBe(
      'rightslint.config.json: "rules.religion/registration-treshold": unknown rule "religion/registration-treshold" (did you mean "religion/registration-threshold"?)',
    );
    expect(rulesError({ rules: { "religion/vague-offence": "off" } })).toBe(
      'rightslint.config.json: "rules.religion/vague-offence": unknown rule "religion/vague-offence" (did you mean "expression/vague-offence"?)',
    );
    expect(rulesError({ overrides: [{ files: ["*.md"], rules: { "local/x": "error" } }] })).toBe(
      'rightslint.config.json: "overrides[0].rules.local/x": unknown rule "local/x"',
    );
  });

  it("an unknown sub-code, with the nearest one or the rule's list", () => {
    expect(rulesError({ rules: { "religion/registration-threshold:members": "off" } })).toBe(
      'rightslint.config.json: "rules.religion/registration-threshold:members": religion/registration-threshold has no sub-code "members" (did you mean "membership"?)',
    );
    expect(rulesError({ rules: { "religion/registration-threshold:quorum": "off" } })).toBe(
      'rightslint.config.json: "rules.religion/registration-threshold:quorum": religion/registration-threshold has no sub-code "quorum" (its sub-codes: membership, territorial, existence-period)',
    );
    expect(rulesError({ rules: { "structure/duplicate-article-number:x": "off" } })).toBe(
      'rightslint.config.json: "rules.structure/duplicate-article-number:x": structure/duplicate-article-number has no sub-code "x" (it has none)',
    );
  });

  it("rule options are checked against the rule's schema, and belong to the rule", () => {
    expect(rulesError({ rules: { "religion/registration-threshold:membership": ["error", {}] } })).toBe(
      'rightslint.config.json: "rules.religion/registration-threshold:membership": options belong to the rule religion/registration-threshold, not to a sub-code',
    );
    expect(rulesError({ rules: { "religion/registration-threshold": ["error", { maxFounders: "ten" }] } })).toBe(
      'rightslint.config.json: "rules.religion/registration-threshold[1].maxFounders": expected an integer (got "ten")',
    );
    expect(rulesError({ rules: { "religion/registration-threshold": ["error", { maxFounders: 0 }] } })).toBe(
      'rightslint.config.json: "rules.religion/registration-threshold[1].maxFounders": expected a number >= 1 (got 0)',
    );
    expect(rulesError({ rules: { "religion/registration-threshold": ["error", { maxFounder: 50 }] } })).toBe(
      'rightslint.config.json: unknown option "rules.religion/registration-threshold[1].maxFounder" (did you mean "maxFounders"?)',
    );
  });

  it("waivers must name known rules and families", () => {
    expect(rulesError({ waivers: [{ rule: "religon/*", provision: "Art. 5", reason: "ok" }] })).toBe(
      'rightslint.config.json: "waivers[0].rule": no rule of family "religon" (did you mean "religion"?)',
    );
    expect(
      rulesError({ waivers: [{ rule: "religion/registration-threshold:x", provision: "Art. 5", reason: "ok" }] }),
    ).toBe(
      'rightslint.config.json: "waivers[0].rule": religion/registration-threshold has no sub-code "x" (its sub-codes: membership, territorial, existence-period)',
    );
  });

  it("accepts every built-in rule id and sub-code", () => {
    const rules: Record<string, unknown> = {};
    for (const r of builtinRules) {
      rules[r.meta.id] = "warn";
      for (const sub of r.meta.subCodes ?? []) rules[`${r.meta.id}:${sub}`] = "info";
    }
    const data = load({ rules });
    expect(() => checkConfigRules(data)).not.toThrow();
    expect(Object.keys(data.contents.rules ?? {}).length).toBeGreaterThan(100);
  });
});

describe("ConfigResolver", () => {
  it("walks up from the file's folder and merges farther first, nearer over it", async () => {
    const dir = tree({
      "rightslint.config.json": {
        root: true,
        preset: "treaty",
        language: "en",
        rules: {
          "religion/registration-threshold": ["warn", { maxFounders: 500 }],
          "structure/numbering-gap": "error",
        },
        waivers: [{ rule: "structure/*", provision: "Art. 1", reason: "old numbering" }],
        directives: { requireReason: false },
      },
      "laws/.rightslintrc.json": {
        profiles: ["kz-2026"],
        locale: "ru",
        rules: { "religion/registration-threshold": "error", "structure/numbering-gap": "off" },
        waivers: [{ rule: "religion/registration-threshold", provision: "Art. 5", reason: "agreed" }],
        directives: { reportUnused: false },
      },
      "laws/religion/bill.md": BILL,
    });
    const resolver = new ConfigResolver({ cwd: dir });
    const { config, locale, sources, ignored } = await resolver.forFile(join(dir, "laws/religion/bill.md"));
    expect(sources).toEqual([join(dir, "rightslint.config.json"), join(dir, "laws/.rightslintrc.json")]);
    expect(ignored).toBe(false);
    expect(locale).toBe("ru");
    expect(config).toEqual({
      // the nearer profiles replace the farther preset
      profiles: ["kz-2026"],
      language: "en",
      rules: {
        // a severity alone keeps the options set farther away
        "religion/registration-threshold": ["error", { maxFounders: 500 }],
        "structure/numbering-gap": "off",
      },
      waivers: [
        { rule: "structure/*", provision: "Art. 1", reason: "old numbering" },
        { rule: "religion/registration-threshold", provision: "Art. 5", reason: "agreed" },
      ],
      directives: { requireReason: false, reportUnused: false },
    });
    // the same folder's file above the nearer config sees only the farther one
    const top = await resolver.forFile(join(dir, "bill.md"));
    expect(top.config.preset).toBe("treaty");
    expect(top.sources).toEqual([join(dir, "rightslint.config.json")]);
    // the config lints: the option (500 founders) silences membership, the waiver the rest
    const result = lintText(BILL, { config: { ...config, waivers: [] } });
    expect(result.findings.map((f) => [f.ruleId, f.subCode, f.severity])).toEqual([
      ["religion/registration-threshold", "territorial", "error"],
    ]);
    expect(lintText(BILL, { config }).findings).toEqual([]);
  });

  it("stops at a config with root: true", async () => {
    const dir = tree({
      "rightslint.config.json": { root: true, language: "kk", rules: { "structure/numbering-gap": "off" } },
      "project/rightslint.config.json": { root: true, profiles: ["iccpr"] },
      "project/laws/a.md": "",
    });
    const { config, sources } = await new ConfigResolver({ cwd: dir }).forFile(join(dir, "project/laws/a.md"));
    expect(sources).toEqual([join(dir, "project/rightslint.config.json")]);
    expect(config).toEqual({ profiles: ["iccpr"] });
  });

  it("two config names in one folder is an error naming both", async () => {
    const dir = tree({
      "rightslint.config.json": { root: true },
      "laws/rightslint.config.json": {},
      "laws/.rightslintrc.json": {},
    });
    expect(CONFIG_NAMES).toEqual(["rightslint.config.json", ".rightslintrc.json"]);
    expect(await configErrorAsync(new ConfigResolver({ cwd: dir }).forFile(join(dir, "laws/a.md")))).toBe(
      "Two config files in one folder: laws/rightslint.config.json and laws/.rightslintrc.json; keep one",
    );
  });

  it("a problem in a nearer config names that file", async () => {
    const dir = tree({
      "rightslint.config.json": { root: true },
      "laws/kk/.rightslintrc.json": { language: "kz" },
    });
    expect(await configErrorAsync(new ConfigResolver({ cwd: dir }).forFile(join(dir, "laws/kk/a.txt")))).toBe(
      'laws/kk/.rightslintrc.json: "language": expected one of en, ru, kk (got "kz") (did you mean "kk"?)',
    );
  });

  it("overrides apply to the files their globs match, after the config's own keys", async () => {
    const dir = tree({
      "rightslint.config.json": {
        root: true,
        rules: { "structure/numbering-gap": "warn" },
        overrides: [
          {
            files: ["chapters/*.md"],
            excludedFiles: ["chapters/draft-*.md"],
            rules: { "structure/numbering-gap": "off" },
            waivers: [{ rule: "religion/*", provision: "Art. 2", reason: "transitional" }],
          },
          { files: ["*.kk.txt"], language: "kk", locale: "kk" },
        ],
      },
      "sub/rightslint.config.json": { rules: { "structure/numbering-gap": "error" } },
    });
    const r = new ConfigResolver({ cwd: dir });
    const chapter = await r.forFile(join(dir, "chapters/one.md"));
    expect(chapter.config.rules).toEqual({ "structure/numbering-gap": "off" });
    expect(chapter.config.waivers).toEqual([{ rule: "religion/*", provision: "Art. 2", reason: "transitional" }]);
    expect((await r.forFile(join(dir, "chapters/draft-two.md"))).config.rules).toEqual({
      "structure/numbering-gap": "warning",
    });
    expect((await r.forFile(join(dir, "chapters/deeper/one.md"))).config.rules).toEqual({
      "structure/numbering-gap": "warning",
    });
    const kk = await r.forFile(join(dir, "laws/2026/code.kk.txt"));
    expect([kk.config.language, kk.locale]).toEqual(["kk", "kk"]);
    // a nearer config's own keys win over a farther config's override
    const nearer = await r.forFile(join(dir, "sub/law.kk.txt"));
    expect([nearer.config.language, nearer.config.rules]).toEqual(["kk", { "structure/numbering-gap": "error" }]);
    // files with the same overrides share one config object (the linter caches by it)
    expect((await r.forFile(join(dir, "chapters/two.md"))).config).toBe(chapter.config);
    expect((await r.forFile(join(dir, "chapters/two.md"))).hash).toBe(chapter.hash);
    expect(kk.hash).not.toBe(chapter.hash);
  });

  it("ignores, each relative to its own config's folder", async () => {
    const dir = tree({
      "rightslint.config.json": { root: true, ignores: ["archive/", "*.tmp.md", "/notes.md"] },
      "laws/rightslint.config.json": { ignores: ["old/**"] },
    });
    const r = new ConfigResolver({ cwd: dir });
    const ignored = async (p: string) => (await r.forFile(join(dir, p))).ignored;
    expect(await ignored("archive/2019/a.md")).toBe(true);
    expect(await ignored("laws/archive/a.md")).toBe(true);
    expect(await ignored("laws/a.tmp.md")).toBe(true);
    expect(await ignored("notes.md")).toBe(true);
    expect(await ignored("laws/notes.md")).toBe(false);
    expect(await ignored("laws/old/a.md")).toBe(true);
    expect(await ignored("old/a.md")).toBe(false);
    expect(await ignored("laws/a.md")).toBe(false);
    expect(await r.isIgnored(join(dir, "archive"))).toBe(true);
    expect(await r.isIgnored(join(dir, "laws/old"))).toBe(true);
    expect(await r.isIgnored(join(dir, "laws"))).toBe(false);
    // ignored or not, the same settings and hash
    expect((await r.forFile(join(dir, "archive/a.md"))).hash).toBe((await r.forFile(join(dir, "a.md"))).hash);
  });

  it("extends rightslint:recommended changes nothing", async () => {
    const dir = tree({
      "a/rightslint.config.json": { root: true, extends: "rightslint:recommended", profiles: ["kz-2026"] },
      "b/rightslint.config.json": { root: true, profiles: ["kz-2026"] },
    });
    const r = new ConfigResolver({ cwd: dir });
    const a = await r.forFile(join(dir, "a/bill.md"));
    const b = await r.forFile(join(dir, "b/bill.md"));
    expect(a.config).toEqual({ profiles: ["kz-2026"] });
    expect(a.hash).toBe(b.hash);
    expect(lintText(BILL, { language: "en", config: a.config }).findings.map((f) => f.severity)).toEqual([
      "warning",
      "warning",
    ]);
  });

  it("extends rightslint:strict: one step stricter, directives need reasons; nearer keys still win", async () => {
    const dir = tree({
      "rightslint.config.json": { root: true, extends: ["rightslint:strict"], profiles: ["kz-2026"] },
      "lenient/rightslint.config.json": {
        rules: { "religion/registration-threshold:territorial": "warn" },
        directives: { reportUnused: false },
      },
    });
    const r = new ConfigResolver({ cwd: dir });
    const strict = await r.forFile(join(dir, "bill.md"));
    expect(strict.config).toEqual({
      profiles: ["kz-2026"],
      escalate: { warning: "error", info: "warning" },
      directives: { requireReason: true, reportUnused: true },
    });
    const severities = (config: typeof strict.config) =>
      lintText(BILL, { language: "en", config }).findings.map((f) => [f.subCode, f.severity]);
    expect(severities(strict.config)).toEqual([
      ["membership", "error"],
      ["territorial", "error"],
    ]);
    const lenient = await r.forFile(join(dir, "lenient/bill.md"));
    expect(lenient.config.directives).toEqual({ requireReason: true, reportUnused: false });
    expect(severities(lenient.config)).toEqual([
      ["membership", "error"],
      ["territorial", "warning"],
    ]);
    // a directive without a reason is reported under strict
    const directive = `<!-- rightslint-disable-next-line religion/registration-threshold -->\n${BILL}`;
    expect(lintText(directive, { language: "en", config: strict.config }).findings.map((f) => f.ruleId)).toContain(
      "directives/missing-reason",
    );
  });

  it("extends a relative path: its keys first, its plugins from its own folder, its globs from the extending config's", async () => {
    const dir = tree({
      "shared/base.json": {
        extends: "rightslint:strict",
        preset: "kz-1995",
        rules: { "structure/numbering-gap": "off", "local/x": "info" },
        plugins: ["./plugin.mjs"],
        ignores: ["drafts/"],
      },
      "shared/plugin.mjs": PLUGIN("local/x"),
      "project/rightslint.config.json": {
        root: true,
        extends: "../shared/base.json",
        rules: { "structure/numbering-gap": "warn" },
      },
    });
    const r = new ConfigResolver({ cwd: join(dir, "project") });
    const fc = await r.forFile(join(dir, "project/laws/a.md"));
    expect(fc.sources).toEqual([join(dir, "shared/base.json"), join(dir, "project/rightslint.config.json")]);
    expect(fc.config.preset).toBe("kz-1995");
    expect(fc.config.rules).toEqual({ "structure/numbering-gap": "warning", "local/x": "info" });
    expect(fc.config.escalate).toEqual({ warning: "error", info: "warning" });
    expect(fc.config.plugins?.map((p) => [p.name, p.rules.map((x) => x.meta.id)])).toEqual([
      ["./plugin.mjs", ["local/x"]],
    ]);
    expect(await r.isIgnored(join(dir, "project/drafts/a.md"))).toBe(true);
    expect(await r.isIgnored(join(dir, "shared/drafts/a.md"))).toBe(false);
  });

  it("extends that make a cycle, or name a missing file", async () => {
    const dir = tree({
      "rightslint.config.json": { root: true, extends: ["rightslint:strict", "./base.json"] },
      "base.json": { extends: "./more/extra.json" },
      "more/extra.json": { extends: "../rightslint.config.json" },
      "missing/rightslint.config.json": { root: true, extends: "./nope.json" },
    });
    const r = new ConfigResolver({ cwd: dir });
    expect(await configErrorAsync(r.forFile(join(dir, "a.md")))).toBe(
      'more/extra.json: "extends" makes a cycle: rightslint.config.json → base.json → more/extra.json → rightslint.config.json',
    );
    expect(await configErrorAsync(r.forFile(join(dir, "missing/a.md")))).toBe(
      'missing/rightslint.config.json: "extends": cannot find ./nope.json',
    );
  });

  it("plugins load from the config's folder; their rules can be configured there and nearer", async () => {
    const dir = tree({
      "rightslint.config.json": { root: true, plugins: ["./rules/local.mjs"], rules: { "local/x": "error" } },
      "rules/local.mjs": PLUGIN("local/x"),
      "laws/rightslint.config.json": { plugins: ["../rules/local.mjs"], rules: { "local/x": "off" } },
      "laws/typo/rightslint.config.json": { rules: { "local/y": "off" } },
    });
    const r = new ConfigResolver({ cwd: dir });
    const fc = await r.forFile(join(dir, "laws/a.md"));
    // the same module named twice is loaded once
    expect(fc.config.plugins?.map((p) => p.name)).toEqual(["./rules/local.mjs"]);
    expect(fc.config.rules).toEqual({ "local/x": "off" });
    expect(await configErrorAsync(r.forFile(join(dir, "laws/typo/a.md")))).toBe(
      'laws/typo/rightslint.config.json: "rules.local/y": unknown rule "local/y" (did you mean "local/x"?)',
    );
  });

  it("a plugin that fails to load is one line naming the config and the plugin", async () => {
    const dir = tree({
      "rightslint.config.json": { root: true, plugins: ["./broken.mjs"] },
      "broken.mjs": 'throw new Error("boom: the plugin is broken");\n',
      "dup/rightslint.config.json": { root: true, plugins: ["./a.mjs", "./b.mjs"] },
      "dup/a.mjs": PLUGIN("local/x"),
      "dup/b.mjs": PLUGIN("local/x"),
    });
    const r = new ConfigResolver({ cwd: dir });
    expect(await configErrorAsync(r.forFile(join(dir, "a.md")))).toBe(
      'rightslint.config.json: Plugin "./broken.mjs" cannot be loaded: boom: the plugin is broken',
    );
    expect(await configErrorAsync(r.forFile(join(dir, "dup/a.md")))).toBe(
      'dup/rightslint.config.json: Plugin "./b.mjs": rule local/x is already defined by plugin "./a.mjs"',
    );
  });

  it("-c uses one file and no discovery; --no-config-lookup uses none", async () => {
    const dir = tree({
      "ci.json": { profiles: ["echr"], ignores: ["vendor/"] },
      "laws/rightslint.config.json": { root: true, profiles: ["iccpr"] },
    });
    const only = new ConfigResolver({ cwd: dir, configFile: "ci.json" });
    const fc = await only.forFile(join(dir, "laws/a.md"));
    expect([fc.config, fc.sources]).toEqual([{ profiles: ["echr"] }, [join(dir, "ci.json")]]);
    expect((await only.forFile(join(dir, "vendor/a.md"))).ignored).toBe(true);
    const none = await new ConfigResolver({ cwd: dir, noConfigLookup: true }).forFile(join(dir, "laws/a.md"));
    expect([none.config, none.sources, none.ignored]).toEqual([{}, [], false]);
  });

  it("the hash changes when a config or a plugin changes, and is stable otherwise", async () => {
    const dir = tree({
      "rightslint.config.json": { root: true, plugins: ["./p.mjs"], rules: { "structure/numbering-gap": "off" } },
      "p.mjs": PLUGIN("local/x"),
      "laws/rightslint.config.json": { language: "en" },
    });
    const hash = async () => (await new ConfigResolver({ cwd: dir }).forFile(join(dir, "laws/a.md"))).hash;
    const first = await hash();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await hash()).toBe(first);
    // the same settings written differently (key order, $schema) hash the same
    write(dir, {
      "laws/rightslint.config.json": `{ "$schema": "./x.json", "language": "en" }`,
      "rightslint.config.json": { rules: { "structure/numbering-gap": "off" }, plugins: ["./p.mjs"], root: true },
    });
    expect(await hash()).toBe(first);
    write(dir, { "laws/rightslint.config.json": { language: "ru" } });
    const changed = await hash();
    expect(changed).not.toBe(first);
    write(dir, { "p.mjs": `${PLUGIN("local/x")}\n// a new version\n` });
    const plugin = await hash();
    expect(plugin).not.toBe(changed);
    // one resolver caches what it read until it is cleared
    const resolver = new ConfigResolver({ cwd: dir });
    expect((await resolver.forFile(join(dir, "laws/a.md"))).hash).toBe(plugin);
    write(dir, { "laws/rightslint.config.json": { language: "kk" } });
    expect((await resolver.forFile(join(dir, "laws/a.md"))).hash).toBe(plugin);
    resolver.clear();
    expect((await resolver.forFile(join(dir, "laws/a.md"))).config.language).toBe("kk");
  });
});

/** A plugin module with one data rule. */
function PLUGIN(id: string): string {
  return `export default {
  dataRules: [{ id: ${JSON.stringify(id)}, severity: "info", message: "A levy in {{label}}", when: ["list.levy"] }],
  lexicons: [{ language: "en", family: "marker", concepts: [{ id: "list.levy", phrases: ["levy"], stop: [] }] }],
};
`;
}
