/**
 * The shared corpus (real legislation, read from ../shared/corpus): every plain-text and Markdown
 * document parses without a syntax error, and the parser finds exactly the article headings a
 * line-by-line count finds. The counting regexes below are written per document from its layout.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DivisionKind } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";
import { walk } from "../../src/syntax/walk.js";

const CORPUS = new URL("../../../shared/corpus/", import.meta.url);

interface Case {
  file: string;
  language: "en" | "ru" | "kk";
  /** Which lines are headings of `kind`, counted independently of the parser. */
  heading: RegExp;
  kind: DivisionKind;
  /** Only divisions whose heading keyword is this one (`§` but not `Abschnitt`, both sections). */
  keyword?: string;
  count: number;
}

const CASES: Case[] = [
  // "Article 1" alone on its line, inserted articles "Article 83-1"
  {
    file: "kz/kz-constitution-1995-en.txt",
    language: "en",
    heading: /^\s*Article \d+(?:-\d+)?\s*$/,
    kind: "article",
    count: 102,
  },
  // "Статья 67" and the flattened superscripts "Статья 671" (= 67¹)
  {
    file: "ru/ru-constitution-2020-03-14.txt",
    language: "ru",
    heading: /^\s*Статья \d+\s*$/,
    kind: "article",
    count: 142,
  },
  { file: "ru/ru-constitution-1993.txt", language: "ru", heading: /^\s*Статья \d+\s*$/, kind: "article", count: 137 },
  // "Article 17 - Right to erasure"
  { file: "eu/gdpr-2016-679-en-clean.txt", language: "en", heading: /^Article \d+ - /, kind: "article", count: 99 },
  // OJ layout: "Article 5 " alone, title on the next line; "Article 63." ending a wrapped sentence is not one
  {
    file: "eu/gdpr-2016-679-en-oj-pdf-extract.txt",
    language: "en",
    heading: /^Article \d+\s*$/,
    kind: "article",
    count: 99,
  },
  // "### Art 1", "### Art 12a", "### Art 45d Parlamentarisches Kontrollgremium"
  { file: "de/gg-grundgesetz.md", language: "en", heading: /^#+ Art \d+[a-z]?\b/, kind: "article", count: 200 },
  // BGB: "##### § 1 Beginn der Rechtsfähigkeit"; "(XXXX) §§ 3 bis 6 (weggefallen)" is a collapsed range, not one §
  {
    file: "de/bgb-buergerliches-gesetzbuch.md",
    language: "en",
    heading: /^#+ § \d+[a-z]*\b/,
    kind: "section",
    keyword: "§",
    count: 2501,
  },
  // Orders: chapters "### Глава 1." / "### 1-тарау.", no articles
  {
    file: "kz/kz-order-143531-2020-attestation-rules-rus.md",
    language: "ru",
    heading: /^### Глава \d+\./,
    kind: "chapter",
    count: 4,
  },
  {
    file: "kz/kz-order-143531-2020-attestation-rules-kaz.md",
    language: "kk",
    heading: /^### \d+-тарау\./,
    kind: "chapter",
    count: 4,
  },
];

describe.runIf(existsSync(CORPUS))("shared corpus", () => {
  for (const c of CASES) {
    it(`${c.file}: finds exactly the ${c.count} ${c.kind} headings`, () => {
      const text = readFileSync(new URL(c.file, CORPUS), "utf8");
      const expected = text
        .split(/\r\n|\r|\n/)
        .map((line, i) => (c.heading.test(line) ? i + 1 : 0))
        .filter((n) => n > 0);
      expect(expected.length).toBe(c.count);
      const doc = parseBill(text);
      expect(doc.language).toBe(c.language);
      const found: number[] = [];
      walk(doc, (n) => {
        if (n.type === "Division" && n.kind === c.kind && !n.implicit && (!c.keyword || n.keyword === c.keyword))
          found.push(n.headingRange.start.line);
      });
      expect(found).toEqual(expected);
      expect(doc.diagnostics.filter((d) => d.code === "syntax")).toEqual([]);
    });
  }

  it("reads the flattened superscripts of the Russian constitution as 67¹, 75¹, 79¹, 92¹, 103¹", () => {
    const text = readFileSync(new URL("ru/ru-constitution-2020-03-14.txt", CORPUS), "utf8");
    const doc = parseBill(text);
    const articles: { num: string | null; normNum: string | null; eId: string; label: string }[] = [];
    walk(doc, (n) => {
      if (n.type === "Division" && n.kind === "article")
        articles.push({ num: n.num, normNum: n.normNum, eId: n.eId, label: n.label });
    });
    const flat = articles.filter((a) => a.num !== a.normNum);
    expect(flat).toEqual([
      { num: "671", normNum: "67-1", eId: "sec_ПЕРВЫЙ__chp_3__art_67-1", label: "ст. 67-1" },
      { num: "751", normNum: "75-1", eId: "sec_ПЕРВЫЙ__chp_3__art_75-1", label: "ст. 75-1" },
      { num: "791", normNum: "79-1", eId: "sec_ПЕРВЫЙ__chp_3__art_79-1", label: "ст. 79-1" },
      { num: "921", normNum: "92-1", eId: "sec_ПЕРВЫЙ__chp_4__art_92-1", label: "ст. 92-1" },
      { num: "1031", normNum: "103-1", eId: "sec_ПЕРВЫЙ__chp_5__art_103-1", label: "ст. 103-1" },
    ]);
    // numbering stays in order: no out-of-sequence warning for these articles or the parts "21." (= 2¹)
    expect(doc.diagnostics.filter((d) => d.code === "number-out-of-sequence")).toEqual([]);
  });

  it("every plain-text and Markdown document parses without throwing", () => {
    const files = CASES.map((c) => c.file);
    for (const f of files) {
      const text = readFileSync(new URL(f, CORPUS), "utf8");
      expect(() => parseBill(text)).not.toThrow();
    }
  });
});

describe.runIf(existsSync(CORPUS))("shared corpus, chunked", () => {
  it("parses every document to the same AST in 4 KB chunks as in one piece", () => {
    for (const c of CASES) {
      const text = readFileSync(new URL(c.file, CORPUS), "utf8");
      const whole = JSON.stringify(parseBill(text, { chunkSize: Number.POSITIVE_INFINITY }));
      expect(JSON.stringify(parseBill(text, { chunkSize: 4096 })) === whole, c.file).toBe(true);
    }
  });
});
