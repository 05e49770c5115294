/**
 * Plugins and configs through the Node API: a plugin module on disk with a coded rule, a data rule
 * and a lexicon entry; broken plugins fail with one line naming them; a config's rule settings.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtinRules } from "../../rules/index.js";
import { loadPlugin, loadPlugins, PluginError } from "../../src/config/plugins.js";
import { ConfigError, lintText } from "../../src/lint.js";

const dir = mkdtempSync(join(tmpdir(), "rightslint-plugins-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, source: string): string {
  writeFileSync(join(dir, name), source);
  return `./${name}`;
}

// A plugin as a third party would write it: plain objects, no import of rightslint needed.
const GOOD = write(
  "good-plugin.mjs",
  `
const fineWithoutAppeal = {
  meta: {
    id: "local/fine-without-appeal",
    family: "local",
    severity: "warning",
    confidence: "medium",
    description: "A fine with no appeal in the article",
    docs: "",
    principle: {},
    messages: { fine: "Fine in {{label}} with no appeal route" },
  },
  create(context) {
    return {
      Sentence(sentence, parent) {
        if (!context.concepts.has(sentence, "marker.sanction", { upTo: "sentence" })) return;
        if (context.concepts.has(sentence, "marker.appeal", { upTo: "article" })) return;
        context.report({ node: sentence, messageId: "fine", data: { label: parent.label } });
      },
    };
  },
};
export default {
  rules: [fineWithoutAppeal],
  dataRules: [
    { id: "local/parking-levy", severity: "info", message: "A parking levy in {{label}}", when: ["list.parking-levy"] },
  ],
  lexicons: [
    { language: "en", family: "marker", concepts: [{ id: "list.parking-levy", phrases: ["parking levy"], stop: [] }] },
  ],
};
`,
);

const BILL = [
  "Article 1",
  "",
  "1. A parking levy of 5 euros applies in the old town.",
  "",
  "Article 2",
  "",
  "1. A driver who does not pay shall be liable to a fine of 50 euros.",
].join("\n");

describe("plugins", () => {
  it("a plugin's coded rule, data rule and lexicon run with the built-in rules", async () => {
    const plugins = await loadPlugins([GOOD], dir, builtinRules);
    expect(plugins.map((p) => p.rules.map((r) => r.meta.id))).toEqual([
      ["local/fine-without-appeal", "local/parking-levy"],
    ]);
    const result = lintText(BILL, { language: "en", config: { plugins } });
    const local = result.findings
      .filter((f) => f.ruleId.startsWith("local/"))
      .map((f) => [f.ruleId, f.severity, f.range.start.line, f.range.start.column, f.label, f.message]);
    expect(local).toEqual([
      ["local/parking-levy", "info", 3, 4, "Art. 1(1)", "A parking levy in Art. 1(1)"],
      ["local/fine-without-appeal", "warning", 7, 4, "Art. 2(1)", "Fine in Art. 2(1) with no appeal route"],
    ]);
  });

  it("a config sets a plugin rule's severity, or turns it off", async () => {
    const plugins = await loadPlugins([GOOD], dir);
    const run = (rules: Record<string, "off" | "error" | "warn">) =>
      lintText(BILL, { language: "en", config: { plugins, rules } })
        .findings.filter((f) => f.ruleId.startsWith("local/"))
        .map((f) => `${f.ruleId}:${f.severity}`);
    expect(run({ "local/fine-without-appeal": "error", "local/parking-levy": "off" })).toEqual([
      "local/fine-without-appeal:error",
    ]);
    expect(run({ "local/fine-without-appeal": "warn" })).toEqual([
      "local/parking-levy:info",
      "local/fine-without-appeal:warning",
    ]);
  });

  it("a plugin that fails to import is one line naming it", async () => {
    const broken = write("broken-plugin.mjs", "throw new Error('boom at import');\n");
    const error = await loadPlugin(broken, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PluginError);
    expect((error as Error).message).toBe(`Plugin "${broken}" cannot be loaded: boom at import`);
    const missing = await loadPlugin("rightslint-plugin-that-does-not-exist", dir).catch((e: unknown) => e);
    expect((missing as Error).message).toMatch(/^Plugin "rightslint-plugin-that-does-not-exist" cannot be loaded: /);
    expect((missing as Error).message).not.toContain("\n");
  });

  it("malformed plugins: bad lexicon, bad rule, nothing exported, a rule id that is taken", async () => {
    const badLexicon = write(
      "bad-lexicon.mjs",
      "export const lexicons = [{ language: 'fr', family: 'marker', concepts: [] }];\n",
    );
    await expect(loadPlugin(badLexicon, dir)).rejects.toThrow(
      new PluginError(`Plugin "${badLexicon}": lexicons[0]: /language must be equal to one of the allowed values`),
    );
    const badRule = write("bad-rule.mjs", "export const rules = [{ meta: { id: 'Bad Id' }, create() {} }];\n");
    await expect(loadPlugin(badRule, dir)).rejects.toThrow(
      /^Plugin ".\/bad-rule.mjs": rule id "Bad Id" is not of the form family\/name$/,
    );
    const empty = write("empty.mjs", "export const version = 1;\n");
    await expect(loadPlugin(empty, dir)).rejects.toThrow(/exports no rules, dataRules or lexicons/);
    const clash = write(
      "clash.mjs",
      "export const dataRules = [{ id: 'structure/numbering-gap', severity: 'info', message: 'x', when: ['marker.sanction'] }];\n",
    );
    await expect(loadPlugins([clash], dir, builtinRules)).rejects.toThrow(
      'Plugin "./clash.mjs": rule structure/numbering-gap is already defined by the built-in rules',
    );
  });
});

describe("config rule settings", () => {
  const RELIGION =
    "Article 5\n\n1. The authorised body may suspend the activity of a religious association for up to six months.";

  it("a severity for a rule and for one of its sub-codes", () => {
    const ids = (rules: Record<string, "off" | "info" | "warning" | "error">) =>
      lintText(RELIGION, { language: "en", config: { rules } })
        .findings.filter((f) => f.ruleId.startsWith("religion/"))
        .map((f) => `${f.ruleId}:${f.subCode}:${f.severity}`);
    expect(ids({})).toEqual(["religion/intervention-without-permitted-ground:no-ground:error"]);
    expect(ids({ "religion/intervention-without-permitted-ground:no-ground": "info" })).toEqual([
      "religion/intervention-without-permitted-ground:no-ground:info",
    ]);
    expect(ids({ "religion/intervention-without-permitted-ground": "off" })).toEqual([]);
  });

  it("explicit options win over the config (profiles)", () => {
    const result = lintText(RELIGION, {
      language: "en",
      profiles: ["iccpr"],
      config: { profiles: ["kz-1995"] },
    });
    expect([...new Set(result.findings.map((f) => f.profile))]).toEqual(["iccpr"]);
  });

  it("unknown rules, sub-codes and severities are config errors", () => {
    expect(() => lintText(RELIGION, { config: { rules: { "religion/no-such-rule": "error" } } })).toThrow(
      new ConfigError('Unknown rule "religion/no-such-rule" in config "rules"'),
    );
    expect(() =>
      lintText(RELIGION, { config: { rules: { "religion/intervention-without-permitted-ground:nope": "error" } } }),
    ).toThrow('Rule religion/intervention-without-permitted-ground has no sub-code "nope" (config "rules")');
    expect(() =>
      lintText(RELIGION, {
        config: { rules: { "structure/numbering-gap": "loud" as "error" } },
      }),
    ).toThrow(/severity must be off, info, warning or error \(got "loud"\)/);
  });
});
