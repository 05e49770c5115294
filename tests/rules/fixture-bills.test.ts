/**
 * End to end: the fixture bills of each language linted with every built-in rule under the
 * kz-2026 preset (kz-2026 + iccpr) give exactly these findings.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/index.js";

function lintFixture(path: string) {
  const text = readFileSync(new URL(`../../fixtures/bills/${path}`, import.meta.url), "utf8");
  return lintText(text, { filePath: path, preset: "kz-2026" }).findings.map((f) => [
    `${f.range.start.line}:${f.range.start.column}`,
    f.label,
    `${f.ruleId}${f.subCode ? `:${f.subCode}` : ""}`,
    f.severity,
    f.profile,
  ]);
}

describe("fixture bills, linted", () => {
  it("en/oddities.txt: a missing article, a missing paragraph and a duplicate article (structure rules run once)", () => {
    expect(lintFixture("en/oddities.txt")).toEqual([
      ["14:1", "Art. 5", "structure/numbering-gap", "info", "kz-2026"],
      ["16:1", "Art. 5(3)", "structure/numbering-gap", "info", "kz-2026"],
      ["18:1", "Art. 5", "structure/duplicate-article-number", "error", "kz-2026"],
    ]);
  });

  it("the other fixture bills have no structural findings", () => {
    for (const f of [
      "en/constitution-excerpt.txt",
      "en/statute.txt",
      "en/fragment.txt",
      "en/crlf.txt",
      "ru/code-excerpt.md",
      "kk/code-excerpt.md",
    ]) {
      expect(lintFixture(f), f).toEqual([]);
    }
  });

  it("en/digital-services-bill.md: automated suspension of benefits (the directive covers the pilot in 6(2))", () => {
    expect(lintFixture("en/digital-services-bill.md")).toEqual([
      ["97:4", "Art. 6(1)", "digital/automated-decision-without-human-review:no-human-review", "warning", "iccpr"],
      ["97:4", "Art. 6(1)", "digital/automated-decision-without-human-review:no-human-review", "warning", "kz-2026"],
    ]);
  });

  it("ru/law-religion.txt: a ban on unregistered religious associations", () => {
    expect(lintFixture("ru/law-religion.txt")).toEqual([
      ["86:4", "ст. 10 п. 2", "religion/intervention-without-permitted-ground:no-ground", "error", "iccpr"],
      ["86:4", "ст. 10 п. 2", "religion/intervention-without-permitted-ground:no-ground", "error", "kz-2026"],
    ]);
  });

  it("kk/law-religion.txt: the same ban in Kazakh", () => {
    expect(lintFixture("kk/law-religion.txt")).toEqual([
      ["86:4", "10-бап 2-тармақ", "religion/intervention-without-permitted-ground:no-ground", "error", "iccpr"],
      ["86:4", "10-бап 2-тармақ", "religion/intervention-without-permitted-ground:no-ground", "error", "kz-2026"],
    ]);
  });
});
