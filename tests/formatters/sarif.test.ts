/** `sarif`: SARIF 2.1.0 with every property GitHub code scanning requires, and our own fingerprints. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { builtinRules } from "../../rules/index.js";
import { UNUSED_DIRECTIVE_ID } from "../../src/engine/directives.js";
import { RULE_ERROR_ID } from "../../src/engine/run.js";
import type { RuleMeta } from "../../src/engine/types.js";
import { docSummary, markdownToText, packageRoot, setPackageRoot } from "../../src/formatters/docs.js";
import { BLOCK_SIZE, lineFingerprints } from "../../src/formatters/fingerprint.js";
import { cap, fileUri, ruleName, sarif } from "../../src/formatters/sarif.js";
import type { FileReport } from "../../src/formatters/types.js";
import { context, finding, RU_FILE, RU_SOURCE, rangeOf, report, reports, rules } from "./fixtures.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * What GitHub's SARIF tables (../shared/notes/linters.md §3) require, by object, as dotted paths.
 * Every one must be present, and a string must not be empty ("The empty string is not supported").
 */
const REQUIRED = {
  log: ["$schema", "version", "runs"],
  run: ["tool.driver", "results", "columnKind", "originalUriBaseIds.%SRCROOT%.uri"],
  driver: ["name", "semanticVersion", "rules"],
  rule: [
    "id",
    "name",
    "shortDescription.text",
    "fullDescription.text",
    "help.text",
    "help.markdown",
    "defaultConfiguration.level",
    "properties.tags",
  ],
  result: [
    "ruleId",
    "ruleIndex",
    "level",
    "message.text",
    "locations.0.physicalLocation.artifactLocation.uri",
    "locations.0.physicalLocation.region.startLine",
    "locations.0.physicalLocation.region.startColumn",
    "locations.0.physicalLocation.region.endLine",
    "locations.0.physicalLocation.region.endColumn",
    "partialFingerprints.primaryLocationLineHash",
  ],
} as const;

// biome-ignore lint/suspicious/noExplicitAny: the log is checked field by field
type Json = any;

function get(value: Json, path: string): Json {
  // "%SRCROOT%" holds no dot, so splitting on dots is safe for these paths
  return path.split(".").reduce((v, key) => (v === undefined || v === null ? undefined : v[key]), value);
}

function missing(value: Json, paths: readonly string[]): string[] {
  return paths.filter((p) => {
    const v = get(value, p);
    return v === undefined || v === null || v === "" || (Array.isArray(v) && p !== "results" && v.length === 0);
  });
}

function log(input: readonly FileReport[] = reports(), ctx = context()): Json {
  const text = sarif(input, ctx);
  expect(text.endsWith("}\n")).toBe(true);
  return JSON.parse(text);
}

function results(input: readonly FileReport[]): Json[] {
  return log(input).runs[0].results;
}

describe("sarif: the log", () => {
  it("has every property GitHub requires, non-empty", () => {
    const out = log();
    expect(missing(out, REQUIRED.log)).toEqual([]);
    expect(out.runs).toHaveLength(1);
    const run = out.runs[0];
    expect(missing(run, REQUIRED.run)).toEqual([]);
    expect(missing(run.tool.driver, REQUIRED.driver)).toEqual([]);
    for (const rule of run.tool.driver.rules) expect([rule.id, missing(rule, REQUIRED.rule)]).toEqual([rule.id, []]);
    expect(run.results).toHaveLength(4);
    for (const r of run.results) expect(missing(r, REQUIRED.result)).toEqual([]);
  });

  it("says what it is: schema, version, tool, UTF-16 columns, the source root", () => {
    const out = log();
    expect(out.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(out.version).toBe("2.1.0");
    const run = out.runs[0];
    expect(run.tool.driver.name).toBe("rightslint");
    expect(run.tool.driver.semanticVersion).toBe("0.1.0");
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///work/project/" } });
  });

  it("lists every rule of the run, and engine rules that results name, sorted, indexed by results", () => {
    const run = log().runs[0];
    const ids = run.tool.driver.rules.map((r: Json) => r.id);
    expect(ids).toEqual([
      "directives/unused",
      "religion/registration-precondition",
      "religion/registration-threshold",
      "religion/state-control-internal-affairs",
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const engine = run.tool.driver.rules[0];
    expect(engine.shortDescription.text).toBe("A rightslint-disable directive suppresses no finding.");
    expect(engine.defaultConfiguration).toEqual({ level: "warning" });
    expect(engine.properties.tags).toEqual(["directives"]);
    // a rule of the run that found nothing is listed too
    const clean = log([report("a.md", "text\n", [])]).runs[0];
    expect(clean.results).toEqual([]);
    expect(clean.tool.driver.rules).toHaveLength(3);
  });

  it("describes a rule from its meta and its doc file", () => {
    const rule = log().runs[0].tool.driver.rules.find((r: Json) => r.id === "religion/registration-precondition");
    const doc = readFileSync(join(ROOT, "rules/religion/registration-precondition.md"), "utf8");
    expect(rule.name).toBe("ReligionRegistrationPrecondition");
    expect(rule.shortDescription.text).toBe("Checks religion/registration-precondition.");
    expect(rule.fullDescription.text).toMatch(
      /^Worship and religious activity must not depend on state registration\./,
    );
    expect(rule.fullDescription.text).not.toMatch(/[*`#]/);
    expect(rule.help.markdown).toBe(doc);
    expect(rule.help.text).toBe(markdownToText(doc));
    expect(rule.help.text).not.toContain("**");
    expect(rule.defaultConfiguration).toEqual({ level: "error" });
    expect(rule.properties).toEqual({
      tags: ["religion", "kz-2026", "iccpr"],
      precision: "high",
      "problem.severity": "error",
    });
  });

  it("links a built-in rule to its reference page only when the docs' address is known", () => {
    const without = log().runs[0].tool.driver.rules as Json[];
    for (const rule of without) expect(rule).not.toHaveProperty("helpUri");
    const plugin: RuleMeta = {
      ...rules().get("religion/registration-threshold")!,
      id: "acme/x",
      docs: "/plugins/x.md",
    };
    const ctx = context({ rules: rules([plugin]), docsUrl: "https://example.org/rightslint/blob/v0.1.0" });
    const linked = log(reports(), ctx).runs[0].tool.driver.rules as Json[];
    expect(Object.fromEntries(linked.map((r) => [r.id, r.helpUri]))).toEqual({
      "acme/x": undefined, // a plugin's rule has no page here
      "directives/unused": undefined, // nor the engine's
      "religion/registration-precondition":
        "https://example.org/rightslint/blob/v0.1.0/docs/rules/religion/registration-precondition.md",
      "religion/registration-threshold":
        "https://example.org/rightslint/blob/v0.1.0/docs/rules/religion/registration-threshold.md",
      "religion/state-control-internal-affairs":
        "https://example.org/rightslint/blob/v0.1.0/docs/rules/religion/state-control-internal-affairs.md",
    });
    // not an absolute address: no link rather than a broken one
    const relative = log(reports(), context({ docsUrl: "docs" })).runs[0].tool.driver.rules as Json[];
    for (const rule of relative) expect(rule).not.toHaveProperty("helpUri");
  });

  it("maps severities to SARIF levels and precision from confidence", () => {
    const byId = new Map<string, Json>(log().runs[0].tool.driver.rules.map((r: Json) => [r.id, r]));
    expect(byId.get("religion/registration-threshold").defaultConfiguration).toEqual({ level: "note" });
    expect(byId.get("religion/registration-threshold").properties.precision).toBe("low");
    expect(byId.get("religion/registration-threshold").properties["problem.severity"]).toBe("recommendation");
    expect(byId.get("religion/state-control-internal-affairs").properties.precision).toBe("medium");
    expect(results(reports()).map((r: Json) => [r.ruleId, r.level])).toEqual([
      ["religion/registration-precondition", "error"],
      ["religion/state-control-internal-affairs", "warning"],
      ["religion/registration-threshold", "note"],
      ["directives/unused", "warning"],
    ]);
    const off: RuleMeta = { ...rules().get("religion/registration-threshold")!, id: "x/off", severity: "off" };
    const offRule = log(reports(), context({ rules: rules([off]) })).runs[0].tool.driver.rules.find(
      (r: Json) => r.id === "x/off",
    );
    expect(offRule.defaultConfiguration).toEqual({ level: "none", enabled: false });
  });

  it("keeps descriptions within GitHub's 1024 characters, for every built-in rule", () => {
    const all = new Map<string, RuleMeta>(builtinRules.map((r) => [r.meta.id, r.meta]));
    const run = log([], context({ rules: all })).runs[0];
    expect(run.tool.driver.rules).toHaveLength(all.size);
    for (const rule of run.tool.driver.rules) {
      expect(missing(rule, REQUIRED.rule)).toEqual([]);
      expect(rule.shortDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.name.length).toBeLessThanOrEqual(255);
      // every built-in rule has its doc: help is the doc, not the fallback
      expect(rule.help.markdown).toBe(readFileSync(join(ROOT, all.get(rule.id)!.docs), "utf8"));
    }
    const long: RuleMeta = { ...rules().get("religion/registration-threshold")!, id: "x/long", docs: "nowhere.md" };
    long.description = "слово ".repeat(400);
    const capped = log([], context({ rules: rules([long]) })).runs[0].tool.driver.rules.find(
      (r: Json) => r.id === "x/long",
    );
    expect(capped.shortDescription.text).toHaveLength(1024);
    expect(capped.shortDescription.text.endsWith("…")).toBe(true);
    expect(capped.help.text).toBe(`${long.description}\n\nDocumentation: nowhere.md`);
  });
});

describe("sarif: results", () => {
  it("carry the label and citation in the message, and our properties", () => {
    const [error, warning, , directive] = results(reports());
    expect(error.message.text).toBe(
      "ст. 7 п. 2: Религиозная деятельность поставлена в зависимость от регистрации. (KZ Constitution 2026 art. 7(1)–(2))",
    );
    expect(warning.message.text).toBe(
      "ст. 8: Проверка 100% объединений: без суда, без срока\n<контроль> & «надзор» ]]> (KZ Constitution 2026 art. 7(1); ICCPR art. 18(3))",
    );
    expect(directive.message.text).toBe(
      "rightslint-disable-next-line for religion/state-doctrinal-review suppresses nothing: remove it",
    );
    expect(error.properties).toEqual({
      eId: "art_7__para_2",
      label: "ст. 7 п. 2",
      profile: "kz-2026",
      principle: ["KZ Constitution 2026 art. 7(1)–(2)"],
      subCode: "worship-conditioned",
      confidence: 0.9,
    });
  });

  it("locate findings by a percent-encoded URI under %SRCROOT% and the range in UTF-16 columns", () => {
    const [error, warning] = results(reports());
    expect(error.locations).toHaveLength(1);
    expect(error.locations[0].physicalLocation).toEqual({
      artifactLocation: {
        uri: "bills/%D0%B7%D0%B0%D0%BA%D0%BE%D0%BD%20%D0%BE%20%D1%80%D0%B5%D0%BB%D0%B8%D0%B3%D0%B8%D0%B8.md",
        uriBaseId: "%SRCROOT%",
      },
      region: { startLine: 4, startColumn: 4, endLine: 4, endColumn: 81 },
    });
    expect(decodeURIComponent(error.locations[0].physicalLocation.artifactLocation.uri)).toBe(RU_FILE);
    // a multi-line range keeps both ends
    expect(warning.locations[0].physicalLocation.region).toEqual({
      startLine: 6,
      startColumn: 1,
      endLine: 7,
      endColumn: 37,
    });
    // columns after an astral character count two UTF-16 units for it, as SARIF's utf16CodeUnits
    const source = "𝔸 Статья 1. Текст\n";
    const f = finding({ ruleId: "x/y", severity: "error", message: "m", range: rangeOf(source, "Статья") });
    expect(results([report("a.md", source, [f])])[0].locations[0].physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 4,
      endLine: 1,
      endColumn: 10,
    });
  });

  it("encode each path segment, and files outside the cwd as file URIs", () => {
    expect(fileUri("bills/a b/c#1%.md")).toEqual({ uri: "bills/a%20b/c%231%25.md", uriBaseId: "%SRCROOT%" });
    expect(fileUri("заң (жоба).txt")).toEqual({
      uri: "%D0%B7%D0%B0%D2%A3%20%28%D0%B6%D0%BE%D0%B1%D0%B0%29.txt",
      uriBaseId: "%SRCROOT%",
    });
    expect(fileUri("../other/x.md")).toEqual({ uri: "../other/x.md", uriBaseId: "%SRCROOT%" });
    expect(fileUri("/srv/bills/закон.md")).toEqual({ uri: "file:///srv/bills/%D0%B7%D0%B0%D0%BA%D0%BE%D0%BD.md" });
    expect(fileUri("C:/bills/a b.md")).toEqual({ uri: "file:///C:/bills/a%20b.md" });
  });
});

/** The fingerprint scheme written out directly (BigInt, no windows reused), to check the real one against. */
function reference(source: string): string[] {
  const text = source.replace(/\r\n?/g, "\n");
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  const seen = new Map<string, number>();
  return starts.map((start) => {
    const chars = text
      .slice(start)
      .split("")
      .filter((c) => c !== " " && c !== "\t");
    let h = 0n;
    for (const c of chars.slice(0, BLOCK_SIZE)) h = BigInt.asUintN(64, h * 37n + BigInt(c.charCodeAt(0)));
    const hex = h.toString(16);
    const n = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, n);
    return `${hex}:${n}`;
  });
}

describe("sarif: primaryLocationLineHash", () => {
  const fingerprint = (source: string, line: number): string => {
    const f = finding({
      ruleId: "x/y",
      severity: "error",
      message: "m",
      range: { start: { line, column: 1, offset: 0 }, end: { line, column: 2, offset: 1 } },
    });
    return results([report("a.md", source, [f])])[0].partialFingerprints.primaryLocationLineHash;
  };

  it("hashes the first 100 characters from the line on, skipping spaces and tabs, base 37 mod 2^64", () => {
    expect(lineFingerprints("ab")).toEqual(["e67:1"]); // 97·37 + 98 = 3687
    // the line feed counts: (97·37 + 10)·37 + 98 = 133261 = 0x2088d; line 2 is "b" = 98 = 0x62
    expect(lineFingerprints("a\nb")).toEqual(["2088d:1", "62:1"]);
    expect(lineFingerprints("a b\t")).toEqual(lineFingerprints("ab"));
    expect(lineFingerprints("")).toEqual(["0:1"]);
    // long enough to wrap around 2^64 many times, Cyrillic and astral characters, blank lines
    expect(lineFingerprints(RU_SOURCE)).toEqual(reference(RU_SOURCE));
    const long = `${"Статья 12. Свобода совести 𝔸\n\n\t".repeat(30)}end`;
    expect(lineFingerprints(long)).toEqual(reference(long));
    expect(lineFingerprints(long, 5)).toEqual(reference(long).slice(0, 5));
  });

  it("is the same when lines are inserted above, different for different text", () => {
    const bill = "Статья 5. Проверки\nОрган вправе проверять религиозные объединения.\nСтатья 6.\n";
    const moved = `Преамбула.\n\nНовая статья.\n${bill}`;
    const before = results([
      report("a.md", bill, [
        finding({ ruleId: "x/y", severity: "error", message: "m", range: rangeOf(bill, "Орган") }),
      ]),
    ])[0];
    const after = results([
      report("a.md", moved, [
        finding({ ruleId: "x/y", severity: "error", message: "m", range: rangeOf(moved, "Орган") }),
      ]),
    ])[0];
    expect(before.locations[0].physicalLocation.region.startLine).toBe(2);
    expect(after.locations[0].physicalLocation.region.startLine).toBe(5);
    expect(after.partialFingerprints.primaryLocationLineHash).toBe(before.partialFingerprints.primaryLocationLineHash);
    const changed = bill.replace("проверять", "закрывать");
    expect(fingerprint(changed, 2)).not.toBe(fingerprint(bill, 2));
    // indentation and line ends do not count
    expect(fingerprint(bill.replace("Орган", "    Орган").replace(/\n/g, "\r\n"), 2)).toBe(fingerprint(bill, 2));
  });

  it("reads only 100 characters: a change further on keeps the hash", () => {
    const line = "а".repeat(BLOCK_SIZE);
    expect(fingerprint(`${line}\nодин`, 1)).toBe(fingerprint(`${line}\nдва`, 1));
    // two letters less: the line feed and the next line's first letter are in the window
    expect(fingerprint(`${line.slice(2)}\nодин`, 1)).not.toBe(fingerprint(`${line.slice(2)}\nдва`, 1));
  });

  it("counts identical lines: :1, :2", () => {
    const sentence =
      "Уполномоченный орган вправе приостановить деятельность религиозного объединения без решения суда на срок до трёх месяцев в порядке, установленном законом.";
    const source = `Статья 1.\n${sentence}\nСтатья 2.\n${sentence}\n`;
    const at = (line: number) => ({ start: { line, column: 1, offset: 0 }, end: { line, column: 5, offset: 4 } });
    const [a, b] = results([
      report("a.md", source, [
        finding({ ruleId: "x/y", severity: "error", message: "m", range: at(2) }),
        finding({ ruleId: "x/y", severity: "error", message: "m", range: at(4) }),
      ]),
    ]).map((r: Json) => r.partialFingerprints.primaryLocationLineHash as string);
    const hash = a!.split(":")[0];
    expect(a).toBe(`${hash}:1`);
    expect(b).toBe(`${hash}:2`);
  });
});

describe("sarif: rule docs", () => {
  afterEach(() => setPackageRoot(undefined));

  it("finds the package root by walking up from the module to rightslint's package.json", () => {
    expect(packageRoot()).toBe(ROOT.replace(/[\\/]$/, ""));
  });

  it("reads docs from the root that is set, and falls back to the description without one", () => {
    const dir = mkdtempSync(join(tmpdir(), "rightslint-docs-"));
    try {
      writeFileSync(
        join(dir, "doc.md"),
        "# x/doc\n\n## What it checks\n\nA **bold** claim with `code`.\n\n## Why\n\nBecause.\n",
      );
      setPackageRoot(dir);
      const meta: RuleMeta = { ...rules().get("religion/registration-threshold")!, id: "x/doc", docs: "doc.md" };
      const rule = log([], context({ rules: new Map([[meta.id, meta]]) })).runs[0].tool.driver.rules[0];
      expect(rule.fullDescription.text).toBe("A bold claim with code.");
      expect(rule.help.text).toBe("x/doc\n\nWhat it checks\n\nA bold claim with code.\n\nWhy\n\nBecause.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("summarises a doc in whole paragraphs within the limit", () => {
    const doc = `# t\n\n## What it checks\n\n${"a".repeat(600)}\n\n${"b".repeat(600)}\n\n## Why\n\nc\n`;
    expect(docSummary(doc)).toBe("a".repeat(600));
    expect(docSummary("# t\n\nFirst *para*\ngraph.\n\nSecond.")).toBe("First para graph.\n\nSecond.");
  });

  it("names rules as identifiers and caps text without splitting a surrogate pair", () => {
    expect(ruleName("digital/automated-decision-without-human-review")).toBe(
      "DigitalAutomatedDecisionWithoutHumanReview",
    );
    expect(cap("abc", 3)).toBe("abc");
    expect(cap("abcd", 3)).toBe("ab…");
    expect(cap("a𝔸b", 3)).toBe("a…");
  });

  it("knows the engine's own rules", () => {
    const ids = [UNUSED_DIRECTIVE_ID, RULE_ERROR_ID];
    const fs = ids.map((ruleId) =>
      finding({ ruleId, severity: "error", message: "m", range: rangeOf(RU_SOURCE, "Статья") }),
    );
    const run = log([report("a.md", RU_SOURCE, fs)], context({ rules: new Map() })).runs[0];
    expect(run.tool.driver.rules.map((r: Json) => r.shortDescription.text)).toEqual([
      "A rightslint-disable directive suppresses no finding.",
      "A rule failed on this bill and was stopped; its findings for the bill are missing.",
    ]);
  });
});
