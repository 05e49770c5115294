/** Every division heading form the parser must read, one small bill each, exact AST values. */
import { describe, expect, it } from "vitest";
import type { Division, Language } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";
import { hasArticleHeading } from "../../src/syntax/tokens.js";
import { runGuarded } from "../helpers/hang-guard.js";

function firstDivision(text: string, language?: Language): Division {
  const doc = parseBill(text, { language });
  const d = doc.body.find((n) => n.type === "Division");
  if (d?.type !== "Division") throw new Error(`no division in ${JSON.stringify(text)}`);
  return d;
}

type Row = [heading: string, kind: string, num: string | null, eId: string, label: string, title: string | null];

const EN: Row[] = [
  ["PART I", "part", "I", "part_I", "Part I", null],
  ["Part 2 - General provisions", "part", "2", "part_2", "Part 2", "General provisions"],
  ["Chapter 3", "chapter", "3", "chp_3", "Ch. 3", null],
  ["CHAPTER IV: Rights of the data subject", "chapter", "IV", "chp_IV", "Ch. IV", "Rights of the data subject"],
  ["Section 5.", "section", "5", "sec_5", "s. 5", null],
  ["Section I", "section", "I", "sec_I", "Section I", null],
  ["Article 7.", "article", "7", "art_7", "Art. 7", null],
  ["Article 7 - Freedom of conscience", "article", "7", "art_7", "Art. 7", "Freedom of conscience"],
  ["Article 7. Freedom of conscience", "article", "7", "art_7", "Art. 7", "Freedom of conscience"],
  ["Article 83-1", "article", "83-1", "art_83-1", "Art. 83-1", null],
  ["§ 4", "section", "4", "sec_4", "§ 4", null],
  ["Annex 1", "annex", "1", "att_1", "Annex 1", null],
  ["SCHEDULE 2 — Forms", "annex", "2", "att_2", "Annex 2", "Forms"],
];

const RU: Row[] = [
  ["Статья 7.", "article", "7", "art_7", "ст. 7", null],
  ["Статья 7-1.", "article", "7-1", "art_7-1", "ст. 7-1", null],
  ["Статья 7-1. Свобода совести", "article", "7-1", "art_7-1", "ст. 7-1", "Свобода совести"],
  ["СТАТЬЯ 12", "article", "12", "art_12", "ст. 12", null],
  ["Статья 10 - Гарантии", "article", "10", "art_10", "ст. 10", "Гарантии"],
  ["Глава 2.", "chapter", "2", "chp_2", "гл. 2", null],
  ["ГЛАВА 2", "chapter", "2", "chp_2", "гл. 2", null],
  ["Глава 1. ОБЩИЕ ПОЛОЖЕНИЯ", "chapter", "1", "chp_1", "гл. 1", "ОБЩИЕ ПОЛОЖЕНИЯ"],
  ["Раздел I", "section", "I", "sec_I", "разд. I", null],
  ["РАЗДЕЛ ПЕРВЫЙ", "section", "ПЕРВЫЙ", "sec_ПЕРВЫЙ", "разд. ПЕРВЫЙ", null],
  ["Параграф 1. Общие нормы", "subchapter", "1", "subchp_1", "§ 1", "Общие нормы"],
  ["Приложение 1", "annex", "1", "att_1", "прил. 1", null],
];

const KK: Row[] = [
  ["7-бап.", "article", "7", "art_7", "7-бап", null],
  ["7-1-бап.", "article", "7-1", "art_7-1", "7-1-бап", null],
  ["7-1-бап. Ар-ождан бостандығы", "article", "7-1", "art_7-1", "7-1-бап", "Ар-ождан бостандығы"],
  ["2-тарау.", "chapter", "2", "chp_2", "2-тарау", null],
  ["2-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР", "chapter", "2", "chp_2", "2-тарау", "ЖАЛПЫ ЕРЕЖЕЛЕР"],
  ["I БӨЛІМ", "section", "I", "sec_I", "I бөлім", null],
  ["1-бөлім", "section", "1", "sec_1", "1-бөлім", null],
  ["1-параграф. Жалпы нормалар", "subchapter", "1", "subchp_1", "1-параграф", "Жалпы нормалар"],
  ["1-ҚОСЫМША", "annex", "1", "att_1", "1-қосымша", null],
];

function check(rows: Row[], language: Language, body: string): void {
  for (const [heading, kind, num, eId, label, title] of rows) {
    it(`${heading}`, () => {
      const d = firstDivision(`${heading}\n\n${body}\n`, language);
      expect({ kind: d.kind, num: d.num, eId: d.eId, label: d.label, title: d.heading?.text ?? null }).toEqual({
        kind,
        num,
        eId,
        label,
        title,
      });
      expect(d.headingRange.start).toEqual({ line: 1, column: 1, offset: 0 });
    });
  }
}

describe("English headings", () => check(EN, "en", "1. The State shall respect the rights of everyone."));
describe("Russian headings", () => check(RU, "ru", "1. Государство уважает права каждого."));
describe("Kazakh headings", () => check(KK, "kk", "1. Мемлекет әркімнің құқықтарын құрметтейді."));

describe("Markdown headings are classified by keyword and number, not by depth", () => {
  it("reads the same article at ### and ######", () => {
    const doc = parseBill(
      "# A Law\n\n## Chapter 1\n\n###### Article 1. Scope\n\n1. Text.\n\n### Article 2\n\n1. Text.\n",
    );
    const chapter = doc.body[0] as Division;
    expect(chapter.kind).toBe("chapter");
    expect(chapter.children.map((c) => (c as Division).eId)).toEqual(["chp_1__art_1", "chp_1__art_2"]);
    expect(doc.title?.text).toBe("A Law");
  });

  it("takes a title from the next line, and a bold heading with a dash title", () => {
    const doc = parseBill("**Article 4 - Automated decisions**\n\n1. Text.\n\nArticle 5\nHuman review\n\n1. Text.\n", {
      language: "en",
    });
    const [a4, a5] = doc.body as Division[];
    expect(a4?.heading?.text).toBe("Automated decisions");
    expect(a5?.heading?.text).toBe("Human review");
    expect(a5?.headingRange.end).toEqual({ line: 6, column: 13, offset: 69 });
  });

  it("does not take the first sentence of an article for its title", () => {
    const doc = parseBill("Статья 2\n\nЧеловек, его права и свободы являются высшей ценностью.\n", { language: "ru" });
    const a = doc.body[0] as Division;
    expect(a.heading).toBeNull();
    expect(a.children.map((c) => [c.type, c.kind, c.eId, c.label])).toEqual([
      ["Provision", "alinea", "art_2__al_1", "ст. 2 абз. 1"],
    ]);
  });

  it("reads a bare article reference that ends a wrapped sentence as text", () => {
    const doc = parseBill("Article 62\n\n1. Text referred to in\nArticle 63.\n2. Next.\n", { language: "en" });
    const a = doc.body[0] as Division;
    expect(doc.body).toHaveLength(1);
    expect(a.children.map((c) => c.eId)).toEqual(["art_62__para_1", "art_62__para_2"]);
  });

  it("nests chapters in sections (Раздел) and articles in chapters; parts above all", () => {
    const doc = parseBill(
      "ЧАСТЬ ПЕРВАЯ\n\nРАЗДЕЛ I\n\nГлава 1\n\nСтатья 1\n\nТекст.\n\nГлава 2\n\nСтатья 2\n\nТекст.\n",
    );
    const part = doc.body[0] as Division;
    const sec = part.children[0] as Division;
    expect(part.eId).toBe("part_ПЕРВАЯ");
    expect(sec.children.map((c) => c.eId)).toEqual(["part_ПЕРВАЯ__sec_I__chp_1", "part_ПЕРВАЯ__sec_I__chp_2"]);
  });

  it("puts EU sections between chapters and articles", () => {
    const doc = parseBill(
      "CHAPTER III\n\nSection 1\n\nArticle 12\n\n1. Text.\n\nSection 2\n\nArticle 13\n\n1. Text.\n",
    );
    const chapter = doc.body[0] as Division;
    expect(chapter.children.map((c) => [c.eId, c.label])).toEqual([
      ["chp_III__sec_1", "Section 1"],
      ["chp_III__sec_2", "Section 2"],
    ]);
    expect(((chapter.children[1] as Division).children[0] as Division).eId).toBe("chp_III__sec_2__art_13");
  });

  it("marks deleted articles from the heading or the next line", () => {
    const doc = parseBill(
      "Article 9. [Repealed]\n\nСтатья 10. Исключена Законом РК от 01.01.2024 № 1-VIII.\n\n11-бап. Алынып тасталды - ҚР Заңымен.\n\nArticle 12\n\n(weggefallen)\n",
    );
    expect((doc.body as Division[]).map((d) => [d.num, d.deleted])).toEqual([
      ["9", true],
      ["10", true],
      ["11", true],
      ["12", true],
    ]);
  });
});

describe("emphasised headings (bold with asterisks or underscores)", () => {
  const rows: [string, Language, string, string][] = [
    ["**Article 8** Access", "en", "Art. 8", "Access"],
    ["__Article 8__ Access", "en", "Art. 8", "Access"],
    ["__Article 8.__ Access to files", "en", "Art. 8", "Access to files"],
    ["__Статья 8__ Доступ", "ru", "ст. 8", "Доступ"],
    ["__8-бап__ Қол жеткізу", "kk", "8-бап", "Қол жеткізу"],
  ];
  for (const [heading, language, label, title] of rows) {
    it(heading, () => {
      const d = firstDivision(`${heading}\n\n1. Text.\n`, language);
      expect([d.kind, d.num, d.eId, d.label, d.heading?.text]).toEqual(["article", "8", "art_8", label, title]);
      // the heading starts after the opening marks
      expect(d.headingRange.start).toEqual({ line: 1, column: 3, offset: 2 });
    });
  }

  it("does not read a form's blank after a number as emphasis", () => {
    const doc = parseBill("Article 1. Fees\n\n1. Text.\n\nArticle 3____\n\n1. More text.\n", { language: "en" });
    expect(doc.body.filter((n) => n.type === "Division").map((n) => (n as Division).num)).toEqual(["1"]);
  });
});

describe("article-heading detection (whether `Section` groups articles)", () => {
  it("reads emphasis runs and `>` before a heading", () => {
    expect(hasArticleHeading("__Article 3. Access__\n")).toBe(true);
    expect(hasArticleHeading("> ***Article 3.*** Access\n")).toBe(true);
    expect(hasArticleHeading("______Article 3. Access\n")).toBe(true);
    expect(hasArticleHeading("__Article 3__ Access\n")).toBe(true);
    expect(hasArticleHeading("_Article 3. Access_\n")).toBe(false);
    // a form's blank after the number is not emphasis
    expect(hasArticleHeading("Article 3____\n")).toBe(false);
    expect(hasArticleHeading("__________\nArticle fee: __________\n")).toBe(false);
  });

  it("reads a form's long lines of underscores in linear time", () => {
    // repeating `_{2,3}` split a line of n underscores in exponentially many ways before failing
    // (60 took seconds, 70 minutes), in a bill with no article heading before that line; in a
    // child that is stopped if it hangs
    const run = runGuarded(
      [
        'const form = "_".repeat(5000) + "\\n___Article 3" + "_".repeat(70) + "\\n";',
        'const d = m.parseBill(form + "\\nArticle 2. Access\\n\\n1. Text.\\n", { language: "en" });',
        'return d.body.filter((n) => n.kind === "article").map((n) => n.num);',
      ].join(" "),
    );
    expect(run).toEqual({ timedOut: false, result: ["2"], stderr: "" });
  });
});
