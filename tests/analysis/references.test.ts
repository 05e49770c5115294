import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractReferences } from "../../src/analysis/references.js";
import type { Language, Reference } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";
import { LineIndex } from "../../src/syntax/positions.js";
import { builder } from "../helpers/document-builder.js";

/** text, targetEId, external */
function brief(refs: Reference[]): [string, string | null, boolean][] {
  return refs.map((r) => [r.text, r.targetEId, r.external]);
}

/** text, targetEId, external, sourceEId, start line:column, end line:column */
function full(refs: Reference[]): [string, string | null, boolean, string, string, string][] {
  return refs.map((r) => [
    r.text,
    r.targetEId,
    r.external,
    r.sourceEId,
    `${r.range.start.line}:${r.range.start.column}`,
    `${r.range.end.line}:${r.range.end.column}`,
  ]);
}

/** One provision holding `text` inside `Article 1` of a two-article document (for phrase tests). */
function inArticle(text: string, language: Language): Reference[] {
  const src = `${text}\nsecond article`;
  const { index, t, div, prov, doc } = builder(src, language);
  const d = doc([
    div("article", "1", "art_1", {
      children: [prov("paragraph", "1", "art_1__para_1", t(text)), prov("paragraph", "2", "art_1__para_2", null)],
    }),
    div("article", "5", "art_5", { intro: t("second article") }),
  ]);
  return extractReferences(d, index);
}

describe("English phrases", () => {
  it("US drafting: 'of such Act', 'of title 38, United States Code', 'of division O of the … Act' are other acts", () => {
    expect(brief(inArticle("the requirements of section 127(b)(1)(B)(ii) of such Act apply", "en"))).toEqual([
      ["section 127(b)(1)(B)(ii) of such Act", null, true],
    ]);
    expect(
      brief(inArticle("the provisions of chapters 41, 42, and 43 of title 38, United States Code, apply", "en")).map(
        (r) => r[2],
      ),
    ).toEqual([true, true, true]);
    expect(
      brief(
        inArticle("section 2(d) of division O of the Consolidated Appropriations Act, 2017 shall not apply", "en"),
      ).map((r) => r[2]),
    ).toEqual([true]);
    // this bill's own section 5 is still internal
    expect(brief(inArticle("as provided in Article 5", "en"))).toEqual([["Article 5", "art_5", false]]);
  });

  it("stops a list at words that are not numbers: 'Article 9, or' and 'Article 5, including'", () => {
    expect(brief(inArticle("As in Article 5, or where Article 9, including Article 1, applies.", "en"))).toEqual([
      ["Article 5", "art_5", false],
      ["Article 9", null, false],
      ["Article 1", "art_1", false],
    ]);
  });

  it("splits lists and ranges into one reference per number written", () => {
    expect(brief(inArticle("Articles 1 to 5, Articles 1-5 and Articles 1, 5 and 9 of this Law apply.", "en"))).toEqual([
      ["Articles 1", "art_1", false],
      ["5", "art_5", false],
      ["Articles 1", "art_1", false],
      ["5", "art_5", false],
      ["Articles 1", "art_1", false],
      ["5", "art_5", false],
      ["9 of this Law", null, false],
    ]);
  });

  it("does not read a date after a unit word as its number: 's. 4.5.2016' is not a section", () => {
    expect(brief(inArticle("Published in OJ L 119, s. 4.5.2016, p. 1; see also Article 5.", "en"))).toEqual([
      ["Article 5", "art_5", false],
    ]);
    // a dotted number that is not a date is still read: section 4.5.2 exists in some codes
    expect(brief(inArticle("Under section 4.5.2 and Article 1.", "en"))).toEqual([
      ["section 4.5.2", null, false],
      ["Article 1", "art_1", false],
    ]);
  });

  it("reads an inserted number after a singular unit word: Article 5-1 is not a range", () => {
    expect(brief(inArticle("Article 5-1 and paragraph 2 of this Article.", "en"))).toEqual([
      ["Article 5-1", null, false],
      ["paragraph 2 of this Article", "art_1__para_2", false],
    ]);
  });

  it("treats 'of' + another act, 'of the' + a capital and trailing acronyms as external", () => {
    expect(
      brief(
        inArticle(
          "Article 5 of Directive 95/46/EC, Article 1 TFEU, Article 5 of that Regulation, Article 1 of the Treaty on " +
            "European Union, Article 5 of the first subparagraph and Article 1 AND Article 5.",
          "en",
        ),
      ),
    ).toEqual([
      ["Article 5 of Directive 95/46/EC", null, true],
      ["Article 1 TFEU", null, true],
      ["Article 5 of that Regulation", null, true],
      ["Article 1 of the Treaty on European Union", null, true],
      ["Article 5", "art_5", false],
      ["Article 1", "art_1", false],
      ["Article 5", "art_5", false],
    ]);
  });

  it("resolves common-law sections, subsections and paragraphs, absolute and relative", () => {
    const src = [
      "4 Powers",
      "(1) The Minister may act.",
      "(2) The Minister may:",
      "(a) issue orders;",
      "(b) revoke orders.",
      "5 Limits",
      "(1) Powers under section 4(2)(b), s. 4 and sections 4 and 5 are limited by subsection (2).",
      "(2) Paragraph (a) of subsection (2) of section 4 and Part 2 and Schedule 1 apply.",
    ].join("\n");
    const { index, t, div, prov, doc } = builder(src, "en");
    const d = doc([
      div("part", "1", "part_1", {
        children: [
          div("section", "4", "part_1__sec_4", {
            intro: t("Powers"),
            children: [
              prov("subsection", "1", "part_1__sec_4__subsec_1", t("The Minister may act.")),
              prov("subsection", "2", "part_1__sec_4__subsec_2", t("The Minister may:"), [
                prov("paragraph", "a", "part_1__sec_4__subsec_2__para_a", t("issue orders;")),
                prov("paragraph", "b", "part_1__sec_4__subsec_2__para_b", t("revoke orders.")),
              ]),
            ],
          }),
          div("section", "5", "part_1__sec_5", {
            intro: t("Limits"),
            children: [
              prov(
                "subsection",
                "1",
                "part_1__sec_5__subsec_1",
                t("Powers under section 4(2)(b), s. 4 and sections 4 and 5 are limited by subsection (2)."),
              ),
              prov(
                "subsection",
                "2",
                "part_1__sec_5__subsec_2",
                t("Paragraph (a) of subsection (2) of section 4 and Part 2 and Schedule 1 apply."),
              ),
            ],
          }),
        ],
      }),
      div("part", "2", "part_2"),
      div("annex", "1", "att_1"),
    ]);
    expect(brief(extractReferences(d, index))).toEqual([
      ["section 4(2)(b)", "part_1__sec_4__subsec_2__para_b", false],
      ["s. 4", "part_1__sec_4", false],
      ["sections 4", "part_1__sec_4", false],
      ["5", "part_1__sec_5", false],
      ["subsection (2)", "part_1__sec_5__subsec_2", false],
      ["Paragraph (a) of subsection (2) of section 4", "part_1__sec_4__subsec_2__para_a", false],
      ["Part 2", "part_2", false],
      ["Schedule 1", "att_1", false],
    ]);
  });

  it("resolves EU sections inside chapters, roman and arabic chapter numbers, and (b), (c) continuations", () => {
    const src = [
      "Section 2 of Chapter III, Chapter 3, Article 10(1)(a), (b) and (2) apply.",
      "first paragraph",
      "a",
      "b",
      "second paragraph",
    ].join("\n");
    const { index, t, div, prov, doc } = builder(src, "en");
    const d = doc([
      div("chapter", "I", "chp_I", {
        intro: t("Section 2 of Chapter III, Chapter 3, Article 10(1)(a), (b) and (2) apply."),
      }),
      div("chapter", "III", "chp_III", {
        children: [
          div("section", "2", "chp_III__sec_2", {
            children: [
              div("article", "10", "chp_III__sec_2__art_10", {
                children: [
                  prov("paragraph", "1", "chp_III__sec_2__art_10__para_1", t("first paragraph"), [
                    prov("point", "a", "chp_III__sec_2__art_10__para_1__point_a", t("a")),
                    prov("point", "b", "chp_III__sec_2__art_10__para_1__point_b", t("b")),
                  ]),
                  prov("paragraph", "2", "chp_III__sec_2__art_10__para_2", t("second paragraph")),
                ],
              }),
            ],
          }),
        ],
      }),
    ]);
    expect(brief(extractReferences(d, index))).toEqual([
      ["Section 2 of Chapter III", "chp_III__sec_2", false],
      ["Chapter 3", "chp_III", false],
      ["Article 10(1)(a)", "chp_III__sec_2__art_10__para_1__point_a", false],
      ["(b)", "chp_III__sec_2__art_10__para_1__point_b", false],
      ["(2)", "chp_III__sec_2__art_10__para_2", false],
    ]);
  });
});

describe("Russian phrases", () => {
  it("tells inserted numbers from ranges by the number of the unit word", () => {
    expect(brief(inArticle("Статьи 5-1 и статьями 1-5, пунктами 1–2, пунктами 2-1 настоящей статьи.", "ru"))).toEqual([
      ["Статьи 5-1", null, false],
      ["статьями 1", "art_1", false],
      ["5", "art_5", false],
      ["пунктами 1", "art_1__para_1", false],
      ["2", "art_1__para_2", false],
      ["пунктами 2-1 настоящей статьи", null, false],
    ]);
  });

  it("reads external acts after the chain, but not настоящего", () => {
    expect(
      brief(
        inArticle(
          "См. статью 5 Конституции Республики Казахстан, пункт 2 статьи 1 Кодекса Республики Казахстан «Об " +
            "административных правонарушениях», статью 5 указанного Закона, статью 1 положений и статью 5 настоящего Кодекса.",
          "ru",
        ),
      ),
    ).toEqual([
      ["статью 5 Конституции Республики Казахстан", null, true],
      ["пункт 2 статьи 1 Кодекса Республики Казахстан «Об административных правонарушениях»", null, true],
      ["статью 5 указанного Закона", null, true],
      ["статью 1", "art_1", false],
      ["статью 5 настоящего Кодекса", "art_5", false],
    ]);
  });

  it("resolves points of rules approved by an order: настоящих Правил vs настоящего приказа", () => {
    const src = [
      "1. Утвердить Правила.",
      "2. Пункт 2 применяется.",
      "3. Контроль возложить.",
      "1. Общие положения.",
      "2. Согласно пункту 3 настоящих Правил, пункту 3 настоящего приказа и приложению 1 к настоящим Правилам.",
      "3. Оценка.",
      "4. Аттестация.",
    ].join("\n");
    const { index, t, div, prov, doc } = builder(src, "ru");
    const d = doc([
      prov("paragraph", "1", "para_1", t("Утвердить Правила.")),
      prov("paragraph", "2", "para_2", t("Пункт 2 применяется.")),
      prov("paragraph", "3", "para_3", t("Контроль возложить.")),
      div("heading", null, "hcontainer_nn_1", {
        children: [
          div("chapter", "1", "hcontainer_nn_1__chp_1", {
            children: [
              prov("paragraph", "1", "hcontainer_nn_1__chp_1__para_1", t("Общие положения.")),
              prov(
                "paragraph",
                "2",
                "hcontainer_nn_1__chp_1__para_2",
                t(
                  "Согласно пункту 3 настоящих Правил, пункту 3 настоящего приказа и приложению 1 к настоящим Правилам.",
                ),
              ),
              prov("paragraph", "3", "hcontainer_nn_1__chp_1__para_3", t("Оценка.")),
            ],
          }),
          div("chapter", "2", "hcontainer_nn_1__chp_2", {
            children: [prov("paragraph", "4", "hcontainer_nn_1__chp_2__para_4", t("Аттестация."))],
          }),
        ],
      }),
      div("annex", "1", "att_1"),
    ]);
    expect(brief(extractReferences(d, index))).toEqual([
      ["Пункт 2", "para_2", false],
      ["пункту 3 настоящих Правил", "hcontainer_nn_1__chp_1__para_3", false],
      ["пункту 3 настоящего приказа", "para_3", false],
      ["приложению 1 к настоящим Правилам", "att_1", false],
    ]);
  });

  it("folds Cyrillic look-alike letters and roman chapter numbers", () => {
    const src = ["См. подпункт а) пункта 1 статьи 3 и главу 2.", "пункт", "подпункт"].join("\n");
    const { index, t, div, prov, doc } = builder(src, "ru");
    const d = doc([
      div("chapter", "I", "chp_I", { intro: t("См. подпункт а) пункта 1 статьи 3 и главу 2.") }),
      div("chapter", "II", "chp_II", {
        children: [
          div("article", "3", "chp_II__art_3", {
            children: [
              prov("paragraph", "1", "chp_II__art_3__para_1", t("пункт"), [
                prov("point", "a", "chp_II__art_3__para_1__point_a", t("подпункт")),
              ]),
            ],
          }),
        ],
      }),
    ]);
    expect(brief(extractReferences(d, index))).toEqual([
      ["подпункт а) пункта 1 статьи 3", "chp_II__art_3__para_1__point_a", false],
      ["главу 2", "chp_II", false],
    ]);
  });
});

describe("Kazakh phrases", () => {
  it("reads the noun stems in every alternation and suffix", () => {
    expect(
      brief(
        inArticle(
          "5-бабы, 5-бабының, 5-баптың, 5-бапқа, 1-тармағы, 2-тармақта, осы баптың 2-тармағының 3-тармақшасы, " +
            "1-2-тармақтарына.",
          "kk",
        ),
      ),
    ).toEqual([
      ["5-бабы", "art_5", false],
      ["5-бабының", "art_5", false],
      ["5-баптың", "art_5", false],
      ["5-бапқа", "art_5", false],
      ["1-тармағы", "art_1__para_1", false],
      ["2-тармақта", "art_1__para_2", false],
      ["осы баптың 2-тармағының 3-тармақшасы", null, false],
      ["1", "art_1__para_1", false],
      ["2-тармақтарына", "art_1__para_2", false],
    ]);
  });

  it("tells another act's article from this Law's, also behind a parenthesis", () => {
    expect(
      brief(
        inArticle(
          "Еңбек кодексінің (бұдан әрі – Кодекс) 139-бабының 7-тармағына, Конституцияның 5-бабына, " +
            "ҚР Азаматтық кодексінің 1-бабына және осы Заңның 5-бабына сәйкес.",
          "kk",
        ),
      ),
    ).toEqual([
      ["139-бабының 7-тармағына", null, true],
      ["Конституцияның 5-бабына", null, true],
      ["ҚР Азаматтық кодексінің 1-бабына", null, true],
      ["осы Заңның 5-бабына", "art_5", false],
    ]);
  });
});

describe("robustness", () => {
  it("never throws and keeps every range inside its provision's text", () => {
    const piece = fc.constantFrom(
      "Article ",
      "Articles ",
      "section ",
      "paragraph ",
      "point ",
      " of ",
      " this Law",
      " the Law on X",
      "статьи ",
      "пунктами ",
      "подпункт ",
      " настоящего Закона",
      "-бабы ",
      "-тармағы ",
      ") тармақшасы",
      "осы Заңның ",
      "Еңбек кодексінің ",
      "1",
      "5",
      "7-1",
      "(a)",
      "(2)",
      "а)",
      "III",
      ", ",
      " and ",
      " и ",
      " және ",
      " to ",
      "–",
      "«",
      "»",
      "(",
      ")",
      "\n",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join("") || "x";
        for (const language of ["en", "ru", "kk"] as const) {
          for (const r of inArticle(text, language)) {
            expect(r.range.end.offset).toBeGreaterThan(r.range.start.offset);
            expect(r.range.end.offset).toBeLessThanOrEqual(text.length);
            expect(r.external && r.targetEId !== null).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("extractReferences on parsed bills", () => {
  const run = (src: string, language: Language) =>
    full(extractReferences(parseBill(src, { language }), new LineIndex(src)));

  it("a constitution's 'of the Constitution' is internal; KZ-style `subparagraph 1)` numbers", () => {
    const src = [
      "# Constitution of the Republic of Testland",
      "",
      "Article 1",
      "",
      "1. Everyone is equal.",
      "2. The rights in subparagraph 1) of paragraph 3 of this Article and in Article 2 of the Constitution are protected.",
      "3. Rights:",
      "1) life;",
      "2) liberty.",
      "",
      "Article 2",
      "",
      "Restrictions under paragraph 1 of Article 1 of the Constitution of the Republic are permitted only by law; see also Article 16 TFEU.",
      "",
    ].join("\n");
    expect(run(src, "en")).toEqual([
      [
        "subparagraph 1) of paragraph 3 of this Article",
        "art_1__para_3__point_1",
        false,
        "art_1__para_2",
        "6:18",
        "6:64",
      ],
      ["Article 2 of the Constitution", "art_2", false, "art_1__para_2", "6:72", "6:101"],
      [
        "paragraph 1 of Article 1 of the Constitution of the Republic",
        "art_1__para_1",
        false,
        "art_2__al_1",
        "13:20",
        "13:80",
      ],
      ["Article 16 TFEU", null, true, "art_2__al_1", "13:117", "13:132"],
    ]);
  });

  it("a constitution citing an earlier constitution ('…, adopted on 28 January 1993') cites another act", () => {
    const src = [
      "# Constitution of the Republic of Testland",
      "",
      "Article 1",
      "",
      "1. Parliament keeps the powers provided for in paragraph 2 of Article 1 of the Constitution of the Republic, adopted on 28 January 1993.",
      "2. Article 1 of the Constitution applies.",
      "",
    ].join("\n");
    expect(run(src, "en").map(([text, target, external]) => [text, target, external])).toEqual([
      ["paragraph 2 of Article 1 of the Constitution of the Republic", null, true],
      ["Article 1 of the Constitution", "art_1", false],
    ]);
  });

  it("a bill amending the constitution cites it as another act; bracketed parts, spaced ranges, «а» points", () => {
    const src = [
      "# О внесении изменений в Конституцию Республики Казахстан",
      "",
      "Статья 1",
      "",
      "Статью 5 Конституции Республики Казахстан и статьи 20, 23 (часть 1), 46 - 54 Конституции изложить в новой редакции; статья 2 настоящего Закона применяется.",
      "",
      "Статья 2",
      "",
      "Пункты «а» и «б» части 1 статьи 1 исключить.",
      "",
    ].join("\n");
    expect(run(src, "ru")).toEqual([
      ["Статью 5 Конституции Республики Казахстан", null, true, "art_1__al_1", "5:1", "5:42"],
      ["статьи 20", null, true, "art_1__al_1", "5:45", "5:54"],
      ["23 (часть 1)", null, true, "art_1__al_1", "5:56", "5:68"],
      ["46", null, true, "art_1__al_1", "5:70", "5:72"],
      ["54 Конституции", null, true, "art_1__al_1", "5:75", "5:89"],
      ["статья 2 настоящего Закона", "art_2", false, "art_1__al_1", "5:117", "5:143"],
      // article 1 has no numbered parts: unresolved internal references
      ["Пункты «а»", null, false, "art_2__al_1", "9:1", "9:11"],
      ["«б» части 1 статьи 1", null, false, "art_2__al_1", "9:14", "9:34"],
    ]);
  });

  it("English bill", () => {
    const src = [
      "# Test Bill",
      "",
      "## Chapter I - General provisions",
      "",
      "### Article 1. Scope",
      "",
      "1. This Law applies as provided in Article 9, or where Articles 2 to 3 of this Law so provide.",
      "",
      "2. Paragraph 1 does not apply to the bodies referred to in point (a) of paragraph 3, nor to",
      "those listed in Annex 1.",
      "",
      "3. The bodies are:",
      "(a) public bodies;",
      "(b) courts within the meaning of Article 2(1)(b) and (c).",
      "",
      "### Article 2. Rights",
      "",
      "1. Everyone has the rights under Article 16 TFEU, Article 8 of the Law on Personal Data and",
      "paragraph 2 of Article 5 of Regulation (EU) 2016/679.",
      "(a) access;",
      "(b) rectification.",
      "",
      "2. The rights in paragraph 1 of this Article are limited by Article 3 of the Constitution and",
      "by Chapter II.",
      "",
      "## Chapter II - Final provisions",
      "",
      "### Article 3. Limits",
      "",
      "Articles 1 and 2, subparagraph (b) of paragraph 1 of Article 2 and Article 7 apply.",
      "",
      "## Annex 1 - Bodies",
      "",
      "1. The Agency.",
      "",
    ].join("\n");
    expect(run(src, "en")).toEqual([
      ["Article 9", null, false, "chp_I__art_1__para_1", "7:36", "7:45"],
      ["Articles 2", "chp_I__art_2", false, "chp_I__art_1__para_1", "7:56", "7:66"],
      ["3 of this Law", "chp_II__art_3", false, "chp_I__art_1__para_1", "7:70", "7:83"],
      ["Paragraph 1", "chp_I__art_1__para_1", false, "chp_I__art_1__para_2", "9:4", "9:15"],
      ["point (a) of paragraph 3", "chp_I__art_1__para_3__point_a", false, "chp_I__art_1__para_2", "9:60", "9:84"],
      ["Annex 1", "att_1", false, "chp_I__art_1__para_2", "10:17", "10:24"],
      ["Article 2(1)(b)", "chp_I__art_2__para_1__point_b", false, "chp_I__art_1__para_3__point_b", "14:34", "14:49"],
      ["(c)", null, false, "chp_I__art_1__para_3__point_b", "14:54", "14:57"],
      ["Article 16 TFEU", null, true, "chp_I__art_2__para_1", "18:34", "18:49"],
      ["Article 8 of the Law on Personal Data", null, true, "chp_I__art_2__para_1", "18:51", "18:88"],
      ["paragraph 2 of Article 5 of Regulation (EU) 2016/679", null, true, "chp_I__art_2__para_1", "19:1", "19:53"],
      ["paragraph 1 of this Article", "chp_I__art_2__para_1", false, "chp_I__art_2__para_2", "23:18", "23:45"],
      ["Article 3 of the Constitution", null, true, "chp_I__art_2__para_2", "23:61", "23:90"],
      ["Chapter II", "chp_II", false, "chp_I__art_2__para_2", "24:4", "24:14"],
      ["Articles 1", "chp_I__art_1", false, "chp_II__art_3__al_1", "30:1", "30:11"],
      ["2", "chp_I__art_2", false, "chp_II__art_3__al_1", "30:16", "30:17"],
      [
        "subparagraph (b) of paragraph 1 of Article 2",
        "chp_I__art_2__para_1__point_b",
        false,
        "chp_II__art_3__al_1",
        "30:19",
        "30:63",
      ],
      ["Article 7", null, false, "chp_II__art_3__al_1", "30:68", "30:77"],
    ]);
  });

  it("Russian bill", () => {
    const src = [
      "Глава 1. Общие положения",
      "",
      "Статья 1. Сфера действия",
      "",
      "1. Настоящий Закон применяется с учетом статьи 7-1 настоящего Закона и статьи 5 Закона Республики Казахстан «О религиозной деятельности».",
      "",
      "2. Требования пункта 1 настоящей статьи не распространяются на случаи, указанные в подпункте 2) пункта 3 статьи 2 и частью первой статьи 2.",
      "",
      "Статья 2. Права",
      "",
      "1. Права, предусмотренные статьями 1 и 7-1, ограничиваются в порядке, установленном главой 2 и Конституцией.",
      "",
      "2. Лица, указанные в пунктах 1-3 статьи 14 Трудового кодекса, вправе обжаловать решения.",
      "",
      "3. Случаи:",
      "1) первый;",
      "2) второй в соответствии с подпунктом 1) настоящего пункта.",
      "",
      "Глава 2. Заключительные положения",
      "",
      "Статья 7-1. Порядок",
      "",
      "Пункт 2 статьи 2 настоящего Закона и пункты 2-3 статьи 2 применяются.",
      "",
    ].join("\n");
    expect(run(src, "ru")).toEqual([
      ["статьи 7-1 настоящего Закона", "chp_2__art_7-1", false, "chp_1__art_1__para_1", "5:41", "5:69"],
      [
        "статьи 5 Закона Республики Казахстан «О религиозной деятельности»",
        null,
        true,
        "chp_1__art_1__para_1",
        "5:72",
        "5:137",
      ],
      ["пункта 1 настоящей статьи", "chp_1__art_1__para_1", false, "chp_1__art_1__para_2", "7:15", "7:40"],
      [
        "подпункте 2) пункта 3 статьи 2",
        "chp_1__art_2__para_3__point_2",
        false,
        "chp_1__art_1__para_2",
        "7:84",
        "7:114",
      ],
      ["частью первой статьи 2", "chp_1__art_2__para_1", false, "chp_1__art_1__para_2", "7:117", "7:139"],
      ["статьями 1", "chp_1__art_1", false, "chp_1__art_2__para_1", "11:27", "11:37"],
      ["7-1", "chp_2__art_7-1", false, "chp_1__art_2__para_1", "11:40", "11:43"],
      ["главой 2", "chp_2", false, "chp_1__art_2__para_1", "11:85", "11:93"],
      ["пунктах 1", null, true, "chp_1__art_2__para_2", "13:22", "13:31"],
      ["3 статьи 14 Трудового кодекса", null, true, "chp_1__art_2__para_2", "13:32", "13:61"],
      [
        "подпунктом 1) настоящего пункта",
        "chp_1__art_2__para_3__point_1",
        false,
        "chp_1__art_2__para_3__point_2",
        "17:28",
        "17:59",
      ],
      ["Пункт 2 статьи 2 настоящего Закона", "chp_1__art_2__para_2", false, "chp_2__art_7-1__al_1", "23:1", "23:35"],
      ["пункты 2", "chp_1__art_2__para_2", false, "chp_2__art_7-1__al_1", "23:38", "23:46"],
      ["3 статьи 2", "chp_1__art_2__para_3", false, "chp_2__art_7-1__al_1", "23:47", "23:57"],
    ]);
  });

  it("Kazakh bill", () => {
    const src = [
      "1-тарау. Жалпы ережелер",
      "",
      "1-бап. Қолданылу аясы",
      "",
      "1. Осы Заң осы Заңның 7-1-бабының 1-тармағында және Қазақстан Республикасының «Діни қызмет туралы» Заңының 5-бабына сәйкес қолданылады.",
      "",
      "2. Осы баптың 1-тармағында көзделген талаптар Еңбек кодексінің 52-бабы 1-тармағының 4) тармақшасына сәйкес қолданылмайды.",
      "",
      "2-бап. Құқықтар",
      "",
      "1. Осы Заңның 1-бабы 2-тармағы және 2-тарауында көзделген құқықтар шектелмейді.",
      "",
      "2. Жағдайлар:",
      "1) бірінші;",
      "2) екінші, осы тармақтың 1) тармақшасында көзделген.",
      "",
      "2-тарау. Қорытынды ережелер",
      "",
      "7-1-бап. Тәртіп",
      "",
      "Осы Заңның 1 және 2-баптары, 2-бабының 2-тармағының 1) тармақшасы қолданылады.",
      "",
    ].join("\n");
    expect(run(src, "kk")).toEqual([
      // article 7-1 has no numbered paragraphs: an unresolved internal reference
      ["осы Заңның 7-1-бабының 1-тармағында", null, false, "chp_1__art_1__para_1", "5:12", "5:47"],
      [
        "Қазақстан Республикасының «Діни қызмет туралы» Заңының 5-бабына",
        null,
        true,
        "chp_1__art_1__para_1",
        "5:53",
        "5:116",
      ],
      ["Осы баптың 1-тармағында", "chp_1__art_1__para_1", false, "chp_1__art_1__para_2", "7:4", "7:27"],
      ["Еңбек кодексінің 52-бабы 1-тармағының 4) тармақшасына", null, true, "chp_1__art_1__para_2", "7:47", "7:100"],
      ["Осы Заңның 1-бабы 2-тармағы", "chp_1__art_1__para_2", false, "chp_1__art_2__para_1", "11:4", "11:31"],
      ["2-тарауында", "chp_2", false, "chp_1__art_2__para_1", "11:37", "11:48"],
      [
        "осы тармақтың 1) тармақшасында",
        "chp_1__art_2__para_2__point_1",
        false,
        "chp_1__art_2__para_2__point_2",
        "15:12",
        "15:42",
      ],
      ["Осы Заңның 1", "chp_1__art_1", false, "chp_2__art_7-1__al_1", "21:1", "21:13"],
      ["2-баптары", "chp_1__art_2", false, "chp_2__art_7-1__al_1", "21:19", "21:28"],
      [
        "2-бабының 2-тармағының 1) тармақшасы",
        "chp_1__art_2__para_2__point_1",
        false,
        "chp_2__art_7-1__al_1",
        "21:30",
        "21:66",
      ],
    ]);
  });
});

describe("references to other acts not named next to them, and the numbering of each family", () => {
  const refs = (src: string, language: Language) =>
    brief(extractReferences(parseBill(src, { language }), new LineIndex(src)));

  it("a list member takes the act its last member names; EU commas; the US Code and the CFR", () => {
    const src = [
      "Article 1",
      "",
      "1. Grants are made under titles II and IV, and section 12 of the Rural Roads Act.",
      "",
      "2. Fees are those defined in Article 4(2), point (b), of Regulation (EU) No 99/2030.",
      "",
      "3. Sums follow 49 U.S.C. section 5312 and part 10 of title 7, Code of Federal Regulations.",
      "",
      "Article 2",
      "",
      "1. Text.",
    ].join("\n");
    expect(refs(src, "en")).toEqual([
      ["titles II", null, true],
      ["IV", null, true],
      ["section 12 of the Rural Roads Act", null, true],
      ["Article 4(2)", null, true],
      ["point (b), of Regulation (EU) No 99/2030", null, true],
      ["section 5312", null, true],
      ["part 10 of title 7, Code of Federal Regulations", null, true],
    ]);
  });

  it("quoted wording is another act's; a bare unit continues the act cited before it in the sentence", () => {
    const src = [
      "Article 1",
      "",
      "1. Section 2 of the Port Act is replaced by the following: “Section 2. The harbour master acts under section 40(b).”",
      "",
      "2. Funds are available under section 230 of the Housing Act: Provided, That section 231 shall not apply. Article 9 applies.",
      "",
      "Article 2",
      "",
      "1. Text.",
    ].join("\n");
    expect(refs(src, "en")).toEqual([
      ["Section 2 of the Port Act", null, true],
      ["Section 2", null, true],
      ["section 40(b)", null, true],
      ["section 230 of the Housing Act", null, true],
      ["section 231", null, true],
      // a new sentence: this bill's Article 9, which it does not have
      ["Article 9", null, false],
    ]);
  });

  it("US sections: paragraph (1)(A) inside a subsection; 'of that section' is the section cited before", () => {
    const src = [
      "SEC. 1. SHORT TITLE.",
      "",
      "(a) In general.—This Act is the Test Act.",
      "",
      "SEC. 2. GRANTS.",
      "",
      "(a) Grants.—The Secretary may award grants.",
      "",
      "(b) Conditions.—",
      "",
      "(1) A grant—",
      "",
      "(A) is limited to 3 years; and",
      "",
      "(B) is renewable.",
      "",
      "(2) The limit in paragraph (1)(A) does not apply to tribes, nor does subsection (c) of section 1.",
      "",
      "(c) Reports.—Grantees report under subsection (b) of section 1 and subsection (a) of that section.",
    ].join("\n");
    expect(refs(src, "en")).toEqual([
      ["paragraph (1)(A)", "sec_2__point_b__point_1__point_A", false],
      ["subsection (c) of section 1", null, false],
      ["subsection (b) of section 1", null, false],
      ["subsection (a) of that section", "sec_1__point_a", false],
    ]);
  });

  it("decimal paragraphs (Article 3.2) and points written inline in a paragraph resolve to the paragraph", () => {
    const src = [
      "Article 1",
      "",
      "1. This Law applies in accordance with Article 3.2 and Article 2(1), point (b).",
      "",
      "Article 2",
      "",
      "1. The following are prohibited: (a) tracking; (b) profiling; (c) scoring.",
      "",
      "2. Point (c) of paragraph 1 does not apply to courts, nor does point (d) of paragraph 1.",
      "",
      "Article 3",
      "",
      "3.1. The Board meets monthly.",
      "",
      "3.2. The Board decides by majority.",
    ].join("\n");
    expect(refs(src, "en")).toEqual([
      ["Article 3.2", "art_3__para_3-2", false],
      ["Article 2(1)", "art_2__para_1", false],
      ["point (b)", "art_2__para_1", false],
      ["Point (c) of paragraph 1", "art_2__para_1", false],
      // paragraph 1 lists no (d)
      ["point (d) of paragraph 1", null, false],
    ]);
  });

  it("Russian: a list shares the act at its end; quoted wording; Kazakh: the act named first carries on", () => {
    const ru = [
      "Статья 1",
      "",
      "1. Применяются статья 5, часть 2 статьи 7 Трудового кодекса и слова «статьей 12 настоящего Закона».",
      "",
      "Статья 2",
      "",
      "1. Текст.",
    ].join("\n");
    expect(refs(ru, "ru")).toEqual([
      ["статья 5", null, true],
      ["часть 2 статьи 7 Трудового кодекса", null, true],
      ["статьей 12 настоящего Закона", null, true],
    ]);
    const kk = [
      "1-бап",
      "",
      "1. Еңбек кодексінің 5-бабы және 7-бабы қолданылады, сондай-ақ осы Заңның 2-бабы.",
      "",
      "2-бап",
      "",
      "1. Мәтін.",
    ].join("\n");
    expect(refs(kk, "kk")).toEqual([
      ["Еңбек кодексінің 5-бабы", null, true],
      ["7-бабы", null, true],
      ["осы Заңның 2-бабы", "art_2", false],
    ]);
  });
  it("(1)(a) or (b) continues the letter; a constitution's previous one is another act, its new one itself", () => {
    const src = [
      "# Constitution of Testland",
      "",
      "Section 1",
      "",
      "(1) A person may not sit if that person—",
      "(a) is a judge; or",
      "(b) is a soldier.",
      "",
      "(2) A person barred under subsection (1)(a) or (b) may stand again after a year.",
      "",
      "Section 2",
      "",
      "Sections 40 and 41(2) of the previous Constitution stay in force; section 1(1)(b) of the new Constitution applies. Grants follow section 12 of such title.",
    ].join("\n");
    expect(refs(src, "en")).toEqual([
      ["subsection (1)(a)", "sec_1__subsec_1__point_a", false],
      ["(b)", "sec_1__subsec_1__point_b", false],
      ["Sections 40", null, true],
      ["41(2) of the previous Constitution", null, true],
      ["section 1(1)(b) of the new Constitution", "sec_1__subsec_1__point_b", false],
      // no title was cited before: another act's, which cannot be checked
      ["section 12 of such title", null, true],
    ]);
  });
  it("a US proviso goes on with the sentence before it; 'of this paragraph' is a US section's paragraph", () => {
    const src = [
      "SEC. 1. GRANTS.",
      "",
      "For grants under section 230 of the Housing Act, $5,000,000.",
      "",
      "Provided, That section 231 shall not apply.",
      "",
      "Section 232 governs the reports.",
      "",
      "SEC. 2. LIMITS.",
      "",
      "(a) Limits.—",
      "",
      "(1) The limit is—",
      "",
      "(A) $100 a day; or",
      "",
      "(B) twice the amount in subparagraph (A) of this paragraph.",
    ].join("\n");
    expect(refs(src, "en")).toEqual([
      ["section 230 of the Housing Act", null, true],
      ["section 231", null, true],
      // not a proviso: this bill's own section 232, which it does not have
      ["Section 232", null, false],
      ["subparagraph (A) of this paragraph", "sec_2__point_a__point_1__point_A", false],
    ]);
  });
});

describe("drafting patterns of real statutes: other acts cited around a bare unit, spaced and listed sub-units", () => {
  const refs = (src: string, language: Language) =>
    brief(extractReferences(parseBill(src, { language }), new LineIndex(src)));

  it("a heading that cites another act's unit makes the same bare unit in its text that act's (en, ru, kk)", () => {
    expect(
      refs(
        "Article 1. Use of Article 98 of the Labour Code\n\n1. Article 98 applies to seasonal work. Article 97 applies to the rest.\n\nArticle 2\n\n1. Text.",
        "en",
      ),
    ).toEqual([
      ["Article 98", null, true],
      // another number, in a sentence of its own: this bill's Article 97, which it does not have
      ["Article 97", null, false],
    ]);
    expect(
      refs(
        "Статья 1. Применение статьи 98 Трудового кодекса\n\n1. Статья 98 применяется к сезонной работе. Статья 97 применяется к иной работе.\n\nСтатья 2\n\n1. Текст.",
        "ru",
      ),
    ).toEqual([
      ["Статья 98", null, true],
      ["Статья 97", null, false],
    ]);
    expect(
      refs(
        "1-бап. Еңбек кодексінің 98-бабын қолдану\n\n1. 98-бап маусымдық жұмысқа қолданылады. Ал 97-бап басқа жұмысқа қолданылады.\n\n2-бап\n\n1. Мәтін.",
        "kk",
      ),
    ).toEqual([
      ["98-бап", null, true],
      ["97-бап", null, false],
    ]);
  });

  it("a bare unit takes the act cited a few words later in its sentence, or named just before it", () => {
    expect(
      refs(
        "Article 1\n\n1. Funds are made available under title IV or in the case of section 12 on behalf of States under title IV of the Farm Act. Section 13 applies.\n\nArticle 2\n\n1. Text.",
        "en",
      ),
    ).toEqual([
      ["title IV", null, true],
      ["section 12", null, true],
      ["title IV of the Farm Act", null, true],
      // a new sentence
      ["Section 13", null, false],
    ]);
    // Russian names the act after its units too; Kazakh before them, so a later act does not reach back
    expect(
      refs(
        "Статья 1\n\n1. Отпуск предоставляется по основаниям, предусмотренным статьей 9 и указанным в пункте 2 статьи 7 Трудового кодекса. Статья 8 применяется.\n\nСтатья 2\n\n1. Текст.",
        "ru",
      ),
    ).toEqual([
      ["статьей 9", null, true],
      ["пункте 2 статьи 7 Трудового кодекса", null, true],
      ["Статья 8", null, false],
    ]);
    expect(
      refs(
        "1-бап\n\n1. Демалыс 9-бапта көзделген және Еңбек кодексінің 7-бабының 2-тармағында көрсетілген негіздер бойынша беріледі.\n\n2-бап\n\n1. Мәтін.",
        "kk",
      ),
    ).toEqual([
      ["9-бапта", null, false],
      ["Еңбек кодексінің 7-бабының 2-тармағында", null, true],
    ]);
    expect(
      refs(
        "Article 1\n\n1. For the School Meals Act (7 U.S.C. 100 et seq.), except section 21, and for Public Law 99-12, section 5, $10. For section 22, $5.\n\nArticle 2\n\n1. Text.",
        "en",
      ),
    ).toEqual([
      ["section 21", null, true],
      ["section 5", null, true],
      ["section 22", null, false],
    ]);
    // `this Act` is the bill itself
    expect(
      refs("Article 1\n\n1. Under this Act, except section 21, fees are due.\n\nArticle 2\n\n1. Text.", "en"),
    ).toEqual([["section 21", null, false]]);
  });

  it("list members past US levels the AST has no word for (`subpart 1 of`) share the act at the end", () => {
    expect(
      refs(
        "Article 1\n\n1. Sums are granted under part B of title I, part A of title II, subpart 1 of part A of title IV, and parts C and E and subparts 1 and 4 of part F of title IV of the Schools Act.\n\nArticle 2\n\n1. Text.",
        "en",
      ).map((r) => r[2]),
    ).toEqual([true, true, true, true, true, true]);
  });

  it("`(1) (a)` with a space, `(2)(a)and 41`, and EU qualifiers inside a list", () => {
    expect(
      refs(
        "Section 1. Removal\n\n(1) The Council may remove a member who—\n(a) is absent; or\n(b) is bankrupt.\n(2) A person removed under subsection (1) (a) or (b) may not serve again. Subsection (1) (c) is void.\n\nSection 2. Transitional\n\n(1) Sections 40(1)(a)and 41 (2) and (3) of the previous Constitution continue in force.",
        "en",
      ),
    ).toEqual([
      ["subsection (1) (a)", "sec_1__subsec_1__point_a", false],
      ["(b)", "sec_1__subsec_1__point_b", false],
      // still checked: subsection (1) has no paragraph (c)
      ["Subsection (1) (c)", null, false],
      ["Sections 40(1)(a)", null, true],
      ["41 (2)", null, true],
      ["(3) of the previous Constitution", null, true],
    ]);
    expect(
      refs(
        "Article 1\n\n1. Articles 119, second paragraph, 126(1), 282(2), with the exception of the last sentence thereof, and 283 of the Treaty on Trade shall not apply.\n2. A transfer under point (b) of the first subparagraph of paragraph 3 is void.\n3. Transfers are allowed where:\n(a) the person consents;\n(b) the law requires it.\n\nArticle 2\n\n1. Text.",
        "en",
      ),
    ).toEqual([
      ["Articles 119", null, true],
      ["126(1)", null, true],
      ["282(2)", null, true],
      ["283 of the Treaty on Trade", null, true],
      ["point (b) of the first subparagraph of paragraph 3", "art_1__para_3__point_b", false],
    ]);
  });

  it("pages of a gazette, parts of a standard, `of such memorandum`, `title IV–E`, `subsection 2(1)`, `thereof`", () => {
    expect(
      refs(
        "Article 1\n\n1. As published (Federal Gazette I S. 1858; Gazette II\nS. 17), and tested to S.A.B.S. 0131: Parts 1 and 2.\n2. The periods in part III(G) and in part IV(H) of such memorandum apply, and title IV–E of the Social Security Act.\n\nArticle 2\n\n1. Text.",
        "en",
      ),
    ).toEqual([
      ["Parts 1", null, true],
      ["2", null, true],
      ["part III(G)", null, true],
      ["part IV(H) of such memorandum", null, true],
      ["title IV–E of the Social Security Act", null, true],
    ]);
    expect(
      refs(
        "Section 1. Permits\n\n(1) A permit is issued.\n(2) The permit lapses.\n\nSection 2. Appeals\n\n(1) An appeal lies against a decision under subsection 1(2) or subsection 1(5).",
        "en",
      ),
    ).toEqual([
      ["subsection 1(2)", "sec_1__subsec_2", false],
      ["subsection 1(5)", null, false],
    ]);
    expect(
      refs(
        "Article 1\n\n1. For compliance with Annex II, in particular points 2 (a) and (b) thereof, and with point (c) thereof, the Commission acts.\n\nANNEX II\n\n1. Text.\n\n2. Items:\n\n(a) one;\n\n(b) two.",
        "en",
      ),
    ).toEqual([
      ["Annex II", "att_II", false],
      ["points 2 (a)", "att_II__para_2__point_a", false],
      ["(b) thereof", "att_II__para_2__point_b", false],
      // point (c) of Annex II: Annex II has none
      ["point (c) thereof", null, false],
    ]);
  });

  it("points whose labels the source left out are counted: `point (b)` is the second, `(ii)` too", () => {
    const src =
      "to verify the right to enter\nto decide on other persons\nas in point (b) of Article 1, points (ii) and (c) of Article 1";
    const { index, t, div, prov, doc } = builder(src, "en");
    const d = doc([
      div("article", "1", "art_1", {
        children: [
          prov("point", null, "art_1__point_1", t("to verify the right to enter")),
          prov("point", null, "art_1__point_2", t("to decide on other persons")),
        ],
      }),
      div("article", "2", "art_2", {
        children: [
          prov("paragraph", "1", "art_2__para_1", t("as in point (b) of Article 1, points (ii) and (c) of Article 1")),
        ],
      }),
    ]);
    expect(brief(extractReferences(d, index))).toEqual([
      ["point (b) of Article 1", "art_1__point_2", false],
      ["points (ii)", "art_1__point_2", false],
      // a third point, which Article 1 does not have
      ["(c) of Article 1", null, false],
    ]);
  });

  it("units of documents that are not acts: `of the joint explanatory statement`, `in prior Acts`", () => {
    expect(
      refs(
        "Article 1\n\n1. The notice includes the information specified under section 73 of the joint explanatory statement. Balances under title VIII in prior Acts lapse. Article 9 of this Law applies.\n\nArticle 2\n\n1. Text.",
        "en",
      ),
    ).toEqual([
      ["section 73 of the joint explanatory statement", null, true],
      ["title VIII in prior Acts", null, true],
      ["Article 9 of this Law", null, false],
    ]);
  });

  it("`(h) and (i)` continues the letters; `of this paragraph` inside an item list; a repeal table's rows", () => {
    expect(
      refs(
        "Section 1. Members\n\n(1) The Council consists of—\n(a) elected members;\n(b) either—\n(i) appointed members; or\n(ii) members appointed under subparagraph (i) of this paragraph and subparagraph (iv) of this paragraph.\n(c) the Mayor.\n(2) A member under subsection (1)(b) and (c) serves five years, and one under subsection (1)(a) and (i) none.",
        "en",
      ),
    ).toEqual([
      ["subparagraph (i) of this paragraph", "sec_1__subsec_1__point_b__point_i", false],
      ["subparagraph (iv) of this paragraph", null, false],
      ["subsection (1)(b)", "sec_1__subsec_1__point_b", false],
      ["(c)", "sec_1__subsec_1__point_c", false],
      ["subsection (1)(a)", "sec_1__subsec_1__point_a", false],
      // the letter (i) of subsection (1), which has none
      ["(i)", null, false],
    ]);
    expect(
      refs(
        "Article 1\n\n1. The following are repealed:\nPN 12/1990\nTown Municipality: By-law relating to open fires\nSection 2(a) and 2(b)\n2. Text.\n\nArticle 2\n\n1. Text.",
        "en",
      ),
    ).toEqual([
      ["Section 2(a)", null, true],
      ["2(b)", null, true],
    ]);
  });

  it("schedules, chapters and titles a text has none of are not checked; paragraphs counted when none is numbered", () => {
    expect(
      refs(
        "Article 1\n\n1. The operator applies as prescribed in Schedule 2 of this By-law and Schedules 3 and 4.\n2. Fines are set by paragraph 5 of this Article.\n\nArticle 2\n\n1. Text.",
        "en",
      ),
    ).toEqual([
      ["Schedule 2 of this By-law", null, true],
      ["Schedules 3", null, true],
      ["4", null, true],
      ["paragraph 5 of this Article", null, false],
    ]);
    expect(
      refs(
        "Статья 1\n\n1. Заявление подается по форме согласно приложению 2 к настоящим Правилам.\n2. Штраф налагается в порядке, установленном пунктом 5 настоящей статьи.\n\nСтатья 2\n\n1. Текст.",
        "ru",
      ),
    ).toEqual([
      ["приложению 2 к настоящим Правилам", null, true],
      ["пунктом 5 настоящей статьи", null, false],
    ]);
    expect(
      refs(
        "1-бап\n\n1. Өтініш осы Қағидаларға 2-қосымшаға сәйкес нысан бойынша беріледі.\n2. Айыппұл осы баптың 5-тармағына сәйкес салынады.\n\n2-бап\n\n1. Мәтін.",
        "kk",
      ),
    ).toEqual([
      ["осы Қағидаларға 2-қосымшаға", null, true],
      ["осы баптың 5-тармағына", null, false],
    ]);
    expect(
      refs(
        "Article 1\n\nThe Bank shall lend at cost.\n\nIt shall not hold shares.\n\nIt may borrow on markets.\n\nArticle 2\n\n1. The Bank may, subject to Article 1(2), sell securities, but not under Article 1(4).",
        "en",
      ),
    ).toEqual([
      ["Article 1(2)", "art_1__al_2", false],
      ["Article 1(4)", null, false],
    ]);
    expect(
      refs(
        "Статья 1\n\nБанк выдает кредиты по себестоимости.\n\nБанк не приобретает акции.\n\nСтатья 2\n\n1. Банк вправе с учетом части второй статьи 1 продавать ценные бумаги, но не в случае части пятой статьи 1.",
        "ru",
      ),
    ).toEqual([
      ["части второй статьи 1", "art_1__al_2", false],
      ["части пятой статьи 1", null, false],
    ]);
  });
});
