/** Non-structural constructs of bills: fronts, notes, comments, layout, intros and wrap-ups. */
import { describe, expect, it } from "vitest";
import type { Division, Provision } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";
import { walk } from "../../src/syntax/walk.js";

const text = (p: Provision | Division) => (p.type === "Provision" ? p.intro?.text : p.intro?.text) ?? null;

describe("the front of a bill", () => {
  it("reads title, preamble and enacting formula (en)", () => {
    const doc = parseBill(
      "DIGITAL SERVICES BILL\n\nWhereas everyone has the right to privacy;\nWhereas the State must protect it,\n\nBe it enacted by Parliament as follows:\n\nArticle 1\n\n1. Text.\n",
    );
    expect(doc.title?.text).toBe("DIGITAL SERVICES BILL");
    expect(doc.preamble?.text).toBe("Whereas everyone has the right to privacy;\nWhereas the State must protect it,");
    expect(doc.preamble?.range.start).toEqual({ line: 3, column: 1, offset: 23 });
    expect(doc.enactingFormula?.text).toBe("Be it enacted by Parliament as follows:");
  });

  it("keeps an order's operative points after ПРИКАЗЫВАЮ: as body provisions (ru)", () => {
    const doc = parseBill(
      "# Об утверждении Правил\n\nВ соответствии с пунктом 7 статьи 139 Трудового кодекса ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n2. Настоящий приказ вводится в действие.\n\n## Правила\n\n### Глава 1. Общие положения\n\n1. Настоящие Правила определяют порядок.\n",
    );
    expect(doc.title?.text).toBe("Об утверждении Правил");
    expect(doc.enactingFormula?.text).toBe("В соответствии с пунктом 7 статьи 139 Трудового кодекса ПРИКАЗЫВАЮ:");
    expect(doc.body.map((n) => [n.type, n.eId, n.label])).toEqual([
      ["Provision", "para_1", "п. 1"],
      ["Provision", "para_2", "п. 2"],
      ["Division", "hcontainer_1", "Правила"],
    ]);
    const rules = doc.body[2] as Division;
    expect((rules.children[0] as Division).children.map((c) => [c.eId, c.label])).toEqual([
      ["hcontainer_1__chp_1__para_1", "п. 1"],
    ]);
  });

  it("reads the EU formula with words cut by stray spaces, as text extracted from a PDF prints it", () => {
    const doc = parseBill(
      "REGULATION (EU) 2030/1 OF THE EUROPEAN PARLIAMENT\n\n(1) The protection of natural persons is a fundamental right.\n\n(2) Public authorities may restrict that right.\n\nHAVE ADOPTED THIS REGUL ATION: \n\nArticle 1\n\nSubject-matter\n\n1. This Regulation lays down rules.\n",
    );
    expect(doc.enactingFormula?.text).toBe("HAVE ADOPTED THIS REGUL ATION:");
    // the recitals are the preamble, not the body's provisions
    expect(doc.preamble?.text).toContain("(2) Public authorities may restrict that right.");
    expect(doc.body.map((n) => n.eId)).toEqual(["art_1"]);
    // a lower-case sentence that happens to end so is not one
    const other = parseBill("Article 1\n\n1. The Member States have adopted this regul ation.\n");
    expect(other.enactingFormula).toBeNull();
  });

  it("reads a Kazakh enacting formula БҰЙЫРАМЫН:", () => {
    const doc = parseBill(
      "Қазақстан Республикасы Еңбек кодексіне сәйкес БҰЙЫРАМЫН:\n\n1. Қағидалар бекітілсін.\n\n1-тарау\n\n1. Мәтін.\n",
    );
    expect(doc.language).toBe("kk");
    expect(doc.enactingFormula?.text).toBe("Қазақстан Республикасы Еңбек кодексіне сәйкес БҰЙЫРАМЫН:");
    expect(doc.body.map((n) => n.eId)).toEqual(["para_1", "chp_1"]);
  });

  it("reads a fragment with no headings as one implicit article", () => {
    const doc = parseBill(
      "The authorised body may restrict access to websites.\nSuch decisions shall not be appealed.\n",
    );
    expect(doc.body).toHaveLength(1);
    const art = doc.body[0] as Division;
    expect([art.kind, art.implicit, art.eId, art.label]).toEqual(["article", true, "", ""]);
    expect(art.children.map((c) => [c.kind, c.eId, c.label, text(c)])).toEqual([
      [
        "alinea",
        "al_1",
        "al. 1",
        "The authorised body may restrict access to websites.\nSuch decisions shall not be appealed.",
      ],
    ]);
  });
});

describe("notes, comments and layout", () => {
  it("attaches editorial notes to the unit they follow, in every language", () => {
    const doc = parseBill(
      "Article 2\n\n1. Text.\n\nFootnote: Article 2 as amended by the Law of 21 May 2007.\n\nСтатья 3\n\nСноска. Статья 3 с изменениями, внесенными Законом РК от 10.03.2017.\nПримечание. См. постановление.\n\n4-бап\n\nЕскерту. 4-бап өзгертілді.\n",
    );
    const [a2, a3, a4] = doc.body as Division[];
    const p1 = a2?.children[0] as Provision;
    expect(p1.notes.map((n) => [n.keyword, n.text.text, n.range.start.line])).toEqual([
      ["Footnote", "Article 2 as amended by the Law of 21 May 2007.", 5],
    ]);
    expect(p1.intro?.text).toBe("Text.");
    expect(a3?.notes.map((n) => [n.keyword, n.text.text])).toEqual([
      ["Сноска", "Статья 3 с изменениями, внесенными Законом РК от 10.03.2017."],
      ["Примечание", "См. постановление."],
    ]);
    expect(a4?.notes.map((n) => n.keyword)).toEqual(["Ескерту"]);
  });

  it("keeps HTML comments (directives) with their ranges and out of the provision text", () => {
    const doc = parseBill(
      "Article 1\n\n<!-- rightslint-disable-next-line digital/x -- pilot only -->\n1. The police may use facial recognition. <!-- inline -->\n<!--\nmulti\nline\n-->\n2. Text.\n",
    );
    expect(doc.comments.map((c) => [c.value, c.range.start.line, c.range.end.line])).toEqual([
      ["rightslint-disable-next-line digital/x -- pilot only", 3, 3],
      ["inline", 4, 4],
      ["multi\nline", 5, 8],
    ]);
    const art = doc.body[0] as Division;
    expect(art.children.map((c) => text(c))).toEqual(["The police may use facial recognition.", "Text."]);
    // a comment between two lines of one provision is cut out: the lines are joined with "\n"
    const joined = parseBill("Article 2\n\n1. The State\n<!-- note -->\nshall not interfere.\n");
    const p = (joined.body[0] as Division).children[0] as Provision;
    expect(p.intro?.text).toBe("The State\nshall not interfere.");
    expect(p.intro?.segments.map((s) => [s.textStart, s.start, s.end])).toEqual([
      [0, 14, 23],
      [10, 38, 58],
    ]);
  });

  it("reports an unterminated comment and keeps the text after it", () => {
    const doc = parseBill("Article 1\n\n1. Text. <!-- never closed\n");
    expect(doc.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.column])).toEqual([
      ["unterminated-comment", 3, 10],
    ]);
    const p = (doc.body[0] as Division).children[0] as Provision;
    expect(p.intro?.text).toBe("Text. <!-- never closed");
  });

  it("sets aside Markdown anchors, stamps, bold signatures, rules, fences and front matter", () => {
    const doc = parseBill(
      '---\ntitle: x\n---\n\n# Приказ\n\nПРИКАЗЫВАЮ:\n\n<a id="p1"></a>\n\n1. Утвердить Правила.\n\n**Е.Кошанов**\n\n> *УТВЕРЖДЕНЫ*\n> *приказом*\n\n## ____\n\n```\nФорма\n```\n',
    );
    expect(doc.markup.map((m) => [m.kind, m.range.start.line, m.range.end.line])).toEqual([
      ["front-matter", 1, 3],
      ["anchor", 9, 9],
      ["emphasis", 13, 13],
      ["blockquote", 15, 15],
      ["blockquote", 16, 16],
      ["rule", 18, 18],
      ["fence", 20, 22],
    ]);
    expect(doc.body.map((n) => [n.eId, text(n)])).toEqual([["para_1", "Утвердить Правила."]]);
  });
});

describe("provision text: intros, wrap-ups, alineas and nesting", () => {
  it("makes an unnumbered lead-in ending with ':' the article's intro, its points the children (ru)", () => {
    const doc = parseBill(
      "Статья 71\n\nВ ведении Российской Федерации находятся:\n\nа) принятие законов;\n\nб) федеративное устройство.\n",
    );
    const art = doc.body[0] as Division;
    expect(art.intro?.text).toBe("В ведении Российской Федерации находятся:");
    expect(art.children.map((c) => [c.kind, c.eId, c.label])).toEqual([
      ["point", "art_71__point_а", "ст. 71 пп. а)"],
      ["point", "art_71__point_б", "ст. 71 пп. б)"],
    ]);
  });

  it("reads text after a closed list as the wrap-up of its paragraph", () => {
    const doc = parseBill(
      "Article 5\n\n1. The Agency may process data only:\n(a) with consent;\n(b) by decision of a court.\n\nThe processing shall be recorded.\n\n2. Next.\n",
    );
    const p1 = (doc.body[0] as Division).children[0] as Provision;
    expect(p1.intro?.text).toBe("The Agency may process data only:");
    expect(p1.children.map((c) => c.label)).toEqual(["Art. 5(1)(a)", "Art. 5(1)(b)"]);
    expect(p1.wrapUp?.text).toBe("The processing shall be recorded.");
    expect(p1.wrapUp?.range.start).toEqual({ line: 7, column: 1, offset: 95 });
  });

  it("keeps wrapped lines of one provision as one stretch of the source", () => {
    const src =
      "Article 1\n\n1. The State shall not\n   interfere in the internal affairs\n   of religious associations.\n";
    const p = (parseBill(src).body[0] as Division).children[0] as Provision;
    // consecutive lines: the text is the source stretch itself, indentation included
    expect(p.intro?.text).toBe(
      "The State shall not\n   interfere in the internal affairs\n   of religious associations.",
    );
    expect(p.intro?.segments).toEqual([{ textStart: 0, start: 14, end: 100 }]);
    expect(p.sentences.map((x) => x.text)).toEqual([
      "The State shall not interfere in the internal affairs of religious associations.",
    ]);
    expect(p.range.end).toEqual({ line: 5, column: 30, offset: 100 });
  });

  it("tells roman numerals from letters by the open lists", () => {
    const letters = "abcdefghij".split("").map((c) => `(${c}) item;`);
    const src = `Article 1\n\n1. List:\n${letters.join("\n")}\n2. Sub-list:\n(a) item:\n(i) first;\n(ii) second;\n(iii) third;\n(b) item.\n`;
    const art = parseBill(src).body[0] as Division;
    const [p1, p2] = art.children as Provision[];
    expect(p1?.children.map((c) => [c.num, c.style])).toEqual("abcdefghij".split("").map((c) => [c, "paren-alpha"]));
    const a = p2?.children[0] as Provision;
    expect(a.children.map((c) => [c.num, c.style, c.label])).toEqual([
      ["i", "paren-roman", "Art. 1(2)(a)(i)"],
      ["ii", "paren-roman", "Art. 1(2)(a)(ii)"],
      ["iii", "paren-roman", "Art. 1(2)(a)(iii)"],
    ]);
    expect(p2?.children.map((c) => c.num)).toEqual(["a", "b"]);
  });

  it("nests 1. → 1) → а) and returns to each level (kk labels)", () => {
    const src = "5-бап\n\n1. Мәтін:\n1) бірінші:\nа) әріп;\nә) әріп;\n2) екінші.\n2. Келесі.\n";
    const art = parseBill(src).body[0] as Division;
    const labels: string[] = [];
    const rec = (ps: (Division | Provision)[]) => {
      for (const p of ps) {
        labels.push(`${p.eId} ${p.label}`);
        rec(p.children);
      }
    };
    rec(art.children);
    expect(labels).toEqual([
      "art_5__para_1 5-бап 1-тармақ",
      "art_5__para_1__point_1 5-бап 1-тармақ 1) тармақша",
      "art_5__para_1__point_1__point_а 5-бап 1-тармақ 1) тармақша а) тармақша",
      "art_5__para_1__point_1__point_ә 5-бап 1-тармақ 1) тармақша ә) тармақша",
      "art_5__para_1__point_2 5-бап 1-тармақ 2) тармақша",
      "art_5__para_2 5-бап 2-тармақ",
    ]);
    expect(parseBill(src).diagnostics).toEqual([]);
  });

  it("reports a paragraph number out of sequence with its range", () => {
    const doc = parseBill("Article 1\n\n1. One.\n3. Three.\n");
    expect(
      doc.diagnostics.map((d) => [d.code, d.message, d.range.start.line, d.range.start.column, d.range.end.column]),
    ).toEqual([["number-out-of-sequence", "3. does not follow 1.", 4, 1, 3]]);
  });
});

describe("the safety net", () => {
  it("turns an internal error into a diagnostic and keeps all the text", async () => {
    const { fallbackDocument } = await import("../../src/syntax/index.js");
    const { LineIndex } = await import("../../src/syntax/positions.js");
    const text = "Article 1\n1. Text.";
    const doc = fallbackDocument(text, new LineIndex(text), "en", new Error("boom"));
    const alinea = (doc.body[0] as Division).children[0] as Provision;
    expect(alinea.intro?.text).toBe(text);
    expect(doc.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ["syntax", "error", "internal parser error, the bill was read as one provision: boom"],
    ]);
  });
});

describe("titles", () => {
  it("reads `#` title lines one under the other as one title (a bilingual title)", () => {
    const doc = parseBill(
      "# DRAFT LAW ON HUMAN RIGHTS\n# АДАМ ҚҰҚЫҚТАРЫ ТУРАЛЫ ЗАҢ ЖОБАСЫ\n\nThis Law regulates rights.\n\n# Chapter 1\n\nArticle 1\n\n1. Text.\n",
    );
    expect(doc.title?.text).toBe("DRAFT LAW ON HUMAN RIGHTS\nАДАМ ҚҰҚЫҚТАРЫ ТУРАЛЫ ЗАҢ ЖОБАСЫ");
    expect(doc.preamble?.text).toBe("This Law regulates rights.");
    expect(doc.body.map((n) => n.eId)).toEqual(["chp_1"]);
  });
});

describe("enumerators followed by a no-break space (EUR-Lex texts: '1.\\u00a0\\u00a0 The')", () => {
  it("still number the paragraph, so its points keep their lead-in", () => {
    const text =
      "Article 5. Prohibited practices\n\n1.\u00a0\u00a0 The following AI practices shall be prohibited:\n\n(a) the placing on the market of an AI system that deploys subliminal techniques;\n\n(b) the use of social scoring.\n";
    const labels: string[] = [];
    walk(parseBill(text, { language: "en" }), (n) => {
      if (n.type === "Provision") labels.push(n.label);
    });
    expect(labels).toEqual(["Art. 5(1)", "Art. 5(1)(a)", "Art. 5(1)(b)"]);
  });
});
