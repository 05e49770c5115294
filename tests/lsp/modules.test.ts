/**
 * The language server's pure parts, without a server: settings, positions, doc URLs, term lookup,
 * document symbols, the config merge.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../rules/index.js";
import { UnitCache } from "../../src/engine/units.js";
import { lintText } from "../../src/lint.js";
import {
  contains,
  overlaps,
  ruleDocUrl,
  TextLines,
  toDiagnostic,
  toDiagnostics,
  toRange,
} from "../../src/lsp/convert.js";
import { withSettingsRules } from "../../src/lsp/lint-service.js";
import { documentSymbols, referencesTo, subjectAt, termAt } from "../../src/lsp/navigation.js";
import { clientLocale, overridesOf, parseSettings } from "../../src/lsp/settings.js";
import { parseBill } from "../../src/syntax/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const RU = readFileSync(join(root, "fixtures/bills/ru/law-religion.txt"), "utf8");

describe("settings", () => {
  it("reads what fits and names what does not", () => {
    expect(parseSettings({ profiles: ["iccpr"], locale: "kk", rules: { "a/b": "warn", "a/c": "off" } })).toEqual({
      settings: { profiles: ["iccpr"], locale: "kk", rules: { "a/b": "warning", "a/c": "off" } },
      problems: [],
    });
    expect(parseSettings({ profiles: "kz-2026, iccpr", locale: "" }).settings.profiles).toEqual(["kz-2026", "iccpr"]);
    const bad = parseSettings({ profiles: 3, locale: "de", rules: { "a/b": "loud" } });
    expect(bad.settings).toEqual({ profiles: [], locale: undefined, rules: {} });
    expect(bad.problems).toEqual([
      "rightslint.profiles must be a list of profile ids",
      'rightslint.locale must be en, ru or kk (got "de")',
      'rightslint.rules["a/b"] must be off, info, warning or error',
    ]);
    expect(parseSettings(null).problems).toEqual([]);
    expect(parseSettings("x").problems).toEqual(["rightslint settings must be an object"]);
  });

  it("become the overrides a CLI would pass; unset ones leave the config alone", () => {
    expect(overridesOf({ profiles: [], locale: undefined, rules: {} })).toEqual({});
    expect(overridesOf({ profiles: ["iccpr"], locale: "ru", rules: {} })).toEqual({
      profiles: ["iccpr"],
      locale: "ru",
    });
  });

  it("the editor's display language, when it is one of ours", () => {
    expect(clientLocale("ru-RU")).toBe("ru");
    expect(clientLocale("kk")).toBe("kk");
    expect(clientLocale("en_GB")).toBe("en");
    expect(clientLocale("de")).toBeUndefined();
    expect(clientLocale(undefined)).toBeUndefined();
  });

  it("rule severities over a config: one object per config and settings", () => {
    const config = { preset: "kz-2026", rules: { "a/b": "error" as const } };
    const a = withSettingsRules(config, { "a/c": "off" });
    expect(a).toEqual({ preset: "kz-2026", rules: { "a/b": "error", "a/c": "off" } });
    expect(withSettingsRules(config, { "a/c": "off" })).toBe(a);
    expect(withSettingsRules(config, {})).toBe(config);
  });
});

describe("positions", () => {
  const r = {
    start: { line: 2, column: 3, offset: 0 },
    end: { line: 2, column: 7, offset: 4 },
  };

  it("1-based, end-exclusive AST ranges against 0-based LSP positions", () => {
    expect(toRange(r)).toEqual({ start: { line: 1, character: 2 }, end: { line: 1, character: 6 } });
    expect(contains(r, { line: 1, character: 2 })).toBe(true);
    expect(contains(r, { line: 1, character: 5 })).toBe(true);
    expect(contains(r, { line: 1, character: 6 })).toBe(false);
    expect(contains(r, { line: 1, character: 1 })).toBe(false);
    const empty = { start: r.start, end: r.start };
    expect(contains(empty, { line: 1, character: 2 })).toBe(true);
    expect(overlaps(r, { start: { line: 1, character: 6 }, end: { line: 1, character: 6 } })).toBe(true);
    expect(overlaps(r, { start: { line: 1, character: 7 }, end: { line: 3, character: 0 } })).toBe(false);
  });

  it("lines of LF, CRLF and CR texts", () => {
    const crlf = new TextLines("ab\r\ncd\r\n");
    expect([crlf.count, crlf.line(0), crlf.line(1), crlf.line(2), crlf.eol]).toEqual([3, "ab", "cd", "", "\r\n"]);
    const cr = new TextLines("ab\rcd");
    expect([cr.count, cr.line(1), cr.length(1), cr.eol]).toEqual([2, "cd", 2, "\r"]);
    expect(new TextLines("one line").eol).toBe("\n");
  });
});

describe("diagnostics", () => {
  it("are made once per finding object: a re-lint's kept findings keep their diagnostics", () => {
    const rules = new Map(builtinRules.map((r) => [r.meta.id, r.meta]));
    const cache = new UnitCache();
    const first = lintText(RU, { filePath: "law.txt", cache }).findings;
    expect(first.length).toBeGreaterThan(1);
    const before = toDiagnostics(first, rules);
    expect(before).toEqual(first.map((f) => toDiagnostic(f, rules)));
    // an edit at the end of the bill: the findings before it are the same objects, so are their diagnostics
    const edited = `${RU}\nx`;
    const second = lintText(edited, { filePath: "law.txt", cache }).findings;
    const after = toDiagnostics(second, rules);
    expect(after).toEqual(lintText(edited, { filePath: "law.txt" }).findings.map((f) => toDiagnostic(f, rules)));
    const kept = second.filter((f) => first.includes(f));
    expect(kept.length).toBeGreaterThan(0);
    for (const f of kept) expect(after[second.indexOf(f)]).toBe(before[first.indexOf(f)]);
    // another rule table (a config with plugins) makes them again
    const other = new Map(rules);
    expect(toDiagnostics(first, other)[0]).not.toBe(before[0]);
    expect(toDiagnostics(first, other)).toEqual(before);
  });
});

describe("rule documentation URLs", () => {
  it("a built-in rule's reference page, a plugin's absolute path, a URL as it is", () => {
    const id = "religion/registration-threshold";
    const url = ruleDocUrl({ id, docs: "rules/religion/registration-threshold.md" });
    expect(url).toBe(new URL("docs/rules/religion/registration-threshold.md", `file://${root}`).href);
    // a rule whose doc is not its reference page keeps its own doc
    expect(ruleDocUrl({ id: "plugin/x", docs: "rules/religion/registration-threshold.md" })).toBe(
      new URL("rules/religion/registration-threshold.md", `file://${root}`).href,
    );
    expect(ruleDocUrl({ id: "plugin/x", docs: "/opt/plugin/docs/x.md" })).toBe("file:///opt/plugin/docs/x.md");
    expect(ruleDocUrl({ id: "plugin/x", docs: "https://example.org/rules/x" })).toBe("https://example.org/rules/x");
    expect(ruleDocUrl({ id: "plugin/x", docs: "" })).toBeUndefined();
    expect(ruleDocUrl(undefined)).toBeUndefined();
  });
});

describe("navigation in the Russian bill", () => {
  const doc = parseBill(RU, { filePath: "law-religion.txt" });
  const lines = new TextLines(RU);

  it("a defined term in another case and number finds its definition", () => {
    // «Деятельность незарегистрированных религиозных объединений запрещается.» (ст. 10 п. 2)
    const line = 85;
    const character = lines.line(line).indexOf("религиозных") + 3;
    const def = termAt(doc, lines, { line, character });
    expect(def?.term).toBe("религиозное объединение");
    // a word that is not a term
    expect(termAt(doc, lines, { line, character: lines.line(line).indexOf("запрещается") + 2 })).toBeUndefined();
  });

  it("references into ст. 14: from ст. 7 п. 3 and from its own п. 3", () => {
    const heading = RU.split("\n").findIndex((l) => l.startsWith("Статья 14"));
    const unit = subjectAt(doc, { line: heading, character: 2 });
    expect(unit?.label).toBe("ст. 14");
    expect(referencesTo(doc, unit!).map((r) => `${r.range.start.line}: ${r.text}`)).toEqual([
      "65: пункт 2 статьи 14 настоящего Закона",
      "110: пунктом 2 настоящей статьи",
    ]);
    // the reference to another act's article 14 is not among them
    expect(doc.references.some((r) => r.external && r.text.startsWith("статьей 14"))).toBe(true);
  });

  it("every symbol's selection lies inside its range", () => {
    type S = ReturnType<typeof documentSymbols>[number];
    const isBefore = (a: { line: number; character: number }, b: { line: number; character: number }) =>
      a.line < b.line || (a.line === b.line && a.character < b.character);
    const check = (s: S): boolean =>
      !isBefore(s.selectionRange.start, s.range.start) &&
      !isBefore(s.range.end, s.selectionRange.end) &&
      (s.children ?? []).every(check);
    const symbols = documentSymbols(doc, lines);
    expect(symbols.every(check)).toBe(true);
  });
});
