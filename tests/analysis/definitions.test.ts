import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDefinitions, findDefinition } from "../../src/analysis/definitions.js";
import type { Definition, Language } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";
import { LineIndex, textBlock } from "../../src/syntax/positions.js";
import { builder } from "../helpers/document-builder.js";
import { runGuarded } from "../helpers/hang-guard.js";

/** term, form, provisionEId, start line:column, end line:column */
function brief(defs: Definition[]): [string, string, string, string, string][] {
  return defs.map((d) => [
    d.term,
    d.form,
    d.provisionEId,
    `${d.range.start.line}:${d.range.start.column}`,
    `${d.range.end.line}:${d.range.end.column}`,
  ]);
}

describe("extractDefinitions on hand-built documents", () => {
  it("reads an English definitions article: means, the definitions list and quote styles", () => {
    const src = [
      "Article 2. Definitions", // 1
      '1. In this Law, "personal data" means any information.', // 2
      "2. In this Law, the following terms have the following meanings:", // 3
      '(a) "court" means the High Court;', // 4
      "(b) ‘data subject’ means a person;", // 5
      "(c) “processing” includes storage;", // 6
      "(d) a user – any person.", // 7
    ].join("\n");
    const { index, t, div, prov, doc } = builder(src, "en");
    const d = doc([
      div("article", "2", "art_2", {
        heading: t("Definitions"),
        children: [
          prov("paragraph", "1", "art_2__para_1", t('In this Law, "personal data" means any information.')),
          prov("paragraph", "2", "art_2__para_2", t("In this Law, the following terms have the following meanings:"), [
            prov("point", "a", "art_2__para_2__point_a", t('"court" means the High Court;')),
            prov("point", "b", "art_2__para_2__point_b", t("‘data subject’ means a person;")),
            prov("point", "c", "art_2__para_2__point_c", t("“processing” includes storage;")),
            prov("point", "d", "art_2__para_2__point_d", t("a user – any person.")),
          ]),
        ],
      }),
    ]);
    expect(brief(extractDefinitions(d, index))).toEqual([
      ["personal data", "means", "art_2__para_1", "2:18", "2:31"],
      ["court", "definitions-list", "art_2__para_2__point_a", "4:6", "4:11"],
      ["data subject", "definitions-list", "art_2__para_2__point_b", "5:6", "5:18"],
      ["processing", "definitions-list", "art_2__para_2__point_c", "6:6", "6:16"],
      ["a user", "definitions-list", "art_2__para_2__point_d", "7:5", "7:11"],
    ]);
  });

  it("reads a Russian definitions paragraph with – — - dashes and «quoted» terms, and далее-forms", () => {
    const src = [
      "1. Настоящие Правила (далее – Правила) разработаны в соответствии с Трудовым кодексом (далее - «Трудовой кодекс»).",
      "2. В настоящих Правилах используются следующие основные понятия:",
      "1) Отдел – структурное подразделение;",
      "2) «уполномоченный орган» — центральный исполнительный орган;",
      "3) руководитель - лицо, занимающее должность.",
      "3. Организация – это юридическое лицо.",
    ].join("\n");
    const { index, t, prov, div, doc } = builder(src, "ru");
    const d = doc([
      div("chapter", "1", "chp_1", {
        children: [
          prov(
            "paragraph",
            "1",
            "chp_1__para_1",
            t(
              "Настоящие Правила (далее – Правила) разработаны в соответствии с Трудовым кодексом (далее - «Трудовой кодекс»).",
            ),
          ),
          prov("paragraph", "2", "chp_1__para_2", t("В настоящих Правилах используются следующие основные понятия:"), [
            prov("point", "1", "chp_1__para_2__point_1", t("Отдел – структурное подразделение;")),
            prov(
              "point",
              "2",
              "chp_1__para_2__point_2",
              t("«уполномоченный орган» — центральный исполнительный орган;"),
            ),
            prov("point", "3", "chp_1__para_2__point_3", t("руководитель - лицо, занимающее должность.")),
          ]),
          prov("paragraph", "3", "chp_1__para_3", t("Организация – это юридическое лицо.")),
        ],
      }),
    ]);
    expect(brief(extractDefinitions(d, index))).toEqual([
      ["Правила", "hereinafter", "chp_1__para_1", "1:31", "1:38"],
      ["Трудовой кодекс", "hereinafter", "chp_1__para_1", "1:97", "1:112"],
      ["Отдел", "definitions-list", "chp_1__para_2__point_1", "3:4", "3:9"],
      ["уполномоченный орган", "definitions-list", "chp_1__para_2__point_2", "4:5", "4:25"],
      ["руководитель", "definitions-list", "chp_1__para_2__point_3", "5:4", "5:16"],
    ]);
  });

  it("reads a Kazakh definitions article introduced in the division's intro, and бұдан әрі-forms", () => {
    const src = [
      "1-бап. Осы Заңда пайдаланылатын негізгі ұғымдар",
      "Осы Заңда мынадай негізгі ұғымдар пайдаланылады:",
      "1) діни бірлестік – азаматтардың ерікті бірлестігі;",
      "2) уәкілетті орган – орталық атқарушы орган.",
      "2-бап. Қолданылу аясы",
      "Осы Қағидалар (бұдан әрі – Қағидалар) және Еңбек кодексі (бұдан әрі – «Еңбек кодексі») қолданылады.",
    ].join("\n");
    const { index, t, prov, div, doc } = builder(src, "kk");
    const d = doc([
      div("article", "1", "art_1", {
        heading: t("Осы Заңда пайдаланылатын негізгі ұғымдар"),
        intro: t("Осы Заңда мынадай негізгі ұғымдар пайдаланылады:"),
        children: [
          prov("point", "1", "art_1__point_1", t("діни бірлестік – азаматтардың ерікті бірлестігі;")),
          prov("point", "2", "art_1__point_2", t("уәкілетті орган – орталық атқарушы орган.")),
        ],
      }),
      div("article", "2", "art_2", {
        heading: t("Қолданылу аясы"),
        intro: t("Осы Қағидалар (бұдан әрі – Қағидалар) және Еңбек кодексі (бұдан әрі – «Еңбек кодексі») қолданылады."),
      }),
    ]);
    expect(brief(extractDefinitions(d, index))).toEqual([
      ["діни бірлестік", "definitions-list", "art_1__point_1", "3:4", "3:18"],
      ["уәкілетті орган", "definitions-list", "art_1__point_2", "4:4", "4:19"],
      ["Қағидалар", "hereinafter", "art_2", "6:28", "6:37"],
      ["Еңбек кодексі", "hereinafter", "art_2", "6:72", "6:85"],
    ]);
  });

  it("reads hereinafter forms in English, across lines, and the EU (‘the Charter’) form", () => {
    const src = [
      'The Digital Services Agency (hereinafter "the Agency"), the Commission (hereinafter referred to as',
      "'the Commission'), the board (hereinafter, the “Board”) and the Charter of Fundamental Rights",
      "(‘the Charter’) apply; the user's 'account' is not defined here.",
    ].join("\n");
    const { index, t, prov, doc } = builder(src, "en");
    const d = doc([prov("paragraph", "1", "para_1", t(src))]);
    expect(brief(extractDefinitions(d, index))).toEqual([
      ["the Agency", "hereinafter", "para_1", "1:43", "1:53"],
      ["the Commission", "hereinafter", "para_1", "2:2", "2:16"],
      ["Board", "hereinafter", "para_1", "2:49", "2:54"],
      ["the Charter", "hereinafter", "para_1", "3:3", "3:14"],
    ]);
  });

  it("reads a hereinafter form with blanks around its term, and gives up on an unclosed one in linear time", () => {
    const src = '(hereinafter   "the Fund"  ) and (далее \t –  Фонд ) apply; (hereinafter )';
    const { index, t, prov, doc } = builder(src, "en");
    const d = doc([prov("paragraph", "1", "para_1", t(src))]);
    expect(brief(extractDefinitions(d, index))).toEqual([
      ["the Fund", "hereinafter", "para_1", "1:17", "1:25"],
      ["Фонд", "hereinafter", "para_1", "1:46", "1:50"],
    ]);
    // 300,000 blanks and no ")": a pattern whose term could begin with the blanks took 5 s for
    // 6,000 of them (quadratic); in a child that is stopped if it runs on
    const run = runGuarded(
      'return m.parseBill("1. The Fund (hereinafter" + " ".repeat(300000) + "x\\n", { language: "en" }).definitions;',
    );
    expect(run).toEqual({ timedOut: false, result: [], stderr: "" });
  });

  it("ignores look-alikes: a lead-in with no term items, dashes outside lists, paragraphs under a bare heading", () => {
    const src = [
      "Article 1. Definitions",
      "1. This Law – which applies to all bodies – governs data.",
      "2. For the purposes of this Law, Member States shall act:",
      "(a) promptly – and in good faith;",
      "(b) under the body's 'rules';",
    ].join("\n");
    const { index, t, prov, div, doc } = builder(src, "en");
    const d = doc([
      div("article", "1", "art_1", {
        heading: t("Definitions"),
        children: [
          prov("paragraph", "1", "art_1__para_1", t("This Law – which applies to all bodies – governs data.")),
          prov("paragraph", "2", "art_1__para_2", t("For the purposes of this Law, Member States shall act:"), [
            prov("point", "a", "art_1__para_2__point_a", t("promptly – and in good faith;")),
            prov("point", "b", "art_1__para_2__point_b", t("under the body's 'rules';")),
          ]),
        ],
      }),
    ]);
    // "For the purposes of this Law, Member States shall act:" is no definitions lead-in, and under
    // a bare "Definitions" heading only points may be `term – text`.
    expect(extractDefinitions(d, index)).toEqual([]);
  });

  it("reads a GDPR-style list after 'For the purposes of this Regulation:'", () => {
    const src = ["For the purposes of this Regulation:", "(1) ‘personal data’ means any information;"].join("\n");
    const { index, t, prov, doc } = builder(src, "en");
    const d = doc([
      prov("paragraph", null, "art_4__intro", t("For the purposes of this Regulation:"), [
        prov("point", "1", "art_4__point_1", t("‘personal data’ means any information;")),
      ]),
    ]);
    expect(brief(extractDefinitions(d, index))).toEqual([
      ["personal data", "definitions-list", "art_4__point_1", "2:6", "2:19"],
    ]);
  });

  it("never throws on arbitrary text", () => {
    const piece = fc.constantFrom(
      "(hereinafter ",
      "(далее – ",
      "(бұдан әрі – ",
      '"',
      "“",
      "”",
      "‘",
      "’",
      "'",
      "«",
      "»",
      ")",
      "(",
      " means ",
      " – ",
      "\n",
      "term",
      "В настоящем Законе используются следующие понятия:",
      "In this Law, the following terms have the following meanings:",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(piece, { maxLength: 20 }), (a, b) => {
        const first = a.join("") || "x";
        const second = b.join("") || "y";
        const src = `${first}\n${second}`;
        const index = new LineIndex(src);
        const intro = textBlock(index, [[0, first.length]]);
        const item = textBlock(index, [[first.length + 1, src.length]]);
        const { prov, doc } = builder(src, "en");
        const d = doc([prov("paragraph", "1", "para_1", intro, [prov("point", "a", "para_1__point_a", item)])]);
        for (const def of extractDefinitions(d, index)) {
          expect(def.range.end.offset).toBeGreaterThan(def.range.start.offset);
          expect(def.term.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("findDefinition", () => {
  const def = (term: string): Definition => ({
    type: "Definition",
    term,
    form: "definitions-list",
    range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
    provisionEId: term,
  });

  it("matches Russian terms across inflection, but short words only exactly", () => {
    const defs = [def("Отдел"), def("гражданские служащие"), def("суд"), def("Правила")];
    expect(findDefinition(defs, "Отделом", "ru")?.term).toBe("Отдел");
    expect(findDefinition(defs, "гражданских служащих", "ru")?.term).toBe("гражданские служащие");
    expect(findDefinition(defs, "ПРАВИЛАМИ", "ru")?.term).toBe("Правила");
    expect(findDefinition(defs, "суда", "ru")).toBeUndefined();
    expect(findDefinition(defs, "гражданских", "ru")).toBeUndefined();
    expect(findDefinition(defs, "отделение", "ru")).toBeUndefined();
  });

  it("matches Kazakh terms across suffixes and consonant alternation", () => {
    const defs = [def("Қағидалар"), def("Еңбек кодексі"), def("тармақ")];
    expect(findDefinition(defs, "Қағидаларда", "kk")?.term).toBe("Қағидалар");
    expect(findDefinition(defs, "Еңбек кодексінің", "kk")?.term).toBe("Еңбек кодексі");
    expect(findDefinition(defs, "тармағы", "kk")?.term).toBe("тармақ");
    expect(findDefinition(defs, "Еңбек", "kk")).toBeUndefined();
  });

  it("matches English terms case-insensitively, singular/plural, with or without an article", () => {
    const defs = [def("court"), def("the Agency"), def("public body"), def("data subjects")];
    expect(findDefinition(defs, "Courts", "en")?.term).toBe("court");
    expect(findDefinition(defs, "agency", "en")?.term).toBe("the Agency");
    expect(findDefinition(defs, "public bodies", "en")?.term).toBe("public body");
    expect(findDefinition(defs, "Data Subject", "en")?.term).toBe("data subjects");
    expect(findDefinition(defs, "courthouse", "en")).toBeUndefined();
    expect(findDefinition(defs, "", "en")).toBeUndefined();
  });

  it("prefers an exact match over an inflected one", () => {
    const defs = [def("Отдела"), def("Отдел")];
    expect(findDefinition(defs, "отдел", "ru")?.provisionEId).toBe("Отдел");
    expect(findDefinition(defs, "Отделу", "ru")?.provisionEId).toBe("Отдела");
  });
});

describe("extractDefinitions on parsed bills", () => {
  const run = (src: string, language: Language) =>
    brief(extractDefinitions(parseBill(src, { language }), new LineIndex(src)));

  it("English bill", () => {
    const src = [
      "# Data Bill",
      "",
      "## Article 1. Definitions",
      "",
      "1. In this Law, the following terms have the following meanings:",
      '(a) "controller" means the body which determines the purposes;',
      "(b) “data subject” means an identified person.",
      "",
      '2. The Digital Services Agency (hereinafter "the Agency") shall supervise this Law.',
      "",
      "## Article 2. Scope",
      "",
      'In this Article, "register" means the state register.',
      "",
    ].join("\n");
    expect(run(src, "en")).toEqual([
      ["controller", "definitions-list", "art_1__para_1__point_a", "6:6", "6:16"],
      ["data subject", "definitions-list", "art_1__para_1__point_b", "7:6", "7:18"],
      ["the Agency", "hereinafter", "art_1__para_2", "9:46", "9:56"],
      ["register", "means", "art_2__al_1", "13:19", "13:27"],
    ]);
  });

  it("Russian bill", () => {
    const src = [
      "Статья 1. Основные понятия",
      "",
      "В настоящем Законе используются следующие основные понятия:",
      "1) религиозное объединение – добровольное объединение граждан;",
      "2) уполномоченный орган – центральный государственный орган.",
      "",
      "Статья 2. Сфера действия",
      "",
      "1. Порядок регистрации (далее – регистрация) определяется Правительством.",
      "",
    ].join("\n");
    expect(run(src, "ru")).toEqual([
      ["религиозное объединение", "definitions-list", "art_1__point_1", "4:4", "4:27"],
      ["уполномоченный орган", "definitions-list", "art_1__point_2", "5:4", "5:24"],
      ["регистрация", "hereinafter", "art_2__para_1", "9:33", "9:44"],
    ]);
  });

  it("Kazakh bill", () => {
    const src = [
      "1-бап. Осы Заңда пайдаланылатын негізгі ұғымдар",
      "",
      "1. Осы Заңда мынадай негізгі ұғымдар пайдаланылады:",
      "1) діни бірлестік – азаматтардың ерікті бірлестігі;",
      "2) уәкілетті орган – орталық атқарушы орган.",
      "",
      "2-бап. Қолданылу аясы",
      "",
      "1. Тіркеу тәртібін (бұдан әрі – тіркеу) Үкімет айқындайды.",
      "",
    ].join("\n");
    expect(run(src, "kk")).toEqual([
      ["діни бірлестік", "definitions-list", "art_1__para_1__point_1", "4:4", "4:18"],
      ["уәкілетті орган", "definitions-list", "art_1__para_1__point_2", "5:4", "5:19"],
      ["тіркеу", "hereinafter", "art_2__para_1", "9:33", "9:39"],
    ]);
  });
});
