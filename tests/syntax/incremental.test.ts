import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractReferences, ReferenceScans } from "../../src/analysis/references.js";
import { numberedSequences } from "../../src/analysis/sequences.js";
import { UnitCache } from "../../src/engine/units.js";
import { lintText } from "../../src/lint.js";
import type { Division, Document, Provision } from "../../src/syntax/ast.js";
import { type ParsedText, reparseIndexed } from "../../src/syntax/incremental.js";
import { parseIndexed } from "../../src/syntax/index.js";

const RUNS = Number(process.env.FC_RUNS ?? 60);

const fixture = (path: string): string =>
  readFileSync(new URL(`../../fixtures/bills/${path}`, import.meta.url), "utf8");

function parsed(text: string): ParsedText {
  return reparseIndexed(undefined, text);
}

/** Inserts `what` before the first occurrence of `anchor` (which must exist). */
function insertBefore(text: string, anchor: string, what: string): string {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`no ${anchor} in the text`);
  return text.slice(0, at) + what + text.slice(at);
}

function find(doc: Document, eId: string, by: "eId" | "label" = "eId"): Division | Provision | undefined {
  let out: Division | Provision | undefined;
  const rec = (nodes: (Division | Provision)[]): void => {
    for (const n of nodes) {
      if (n[by] === eId) out = n;
      rec(n.children);
    }
  };
  rec(doc.body);
  return out;
}

describe("reparseIndexed", () => {
  it("parses again only the article an edit is in (en, Markdown), and gives what a whole parse gives", () => {
    const before = fixture("en/digital-services-bill.md");
    const prev = parsed(before);
    // a word added in Article 5 paragraph 1, which is under Chapter 2
    const text = insertBefore(before, "free of charge.", "and ");
    const got = reparseIndexed(prev, text);
    expect(got.incremental).toBe(true);
    expect(JSON.stringify(got.document)).toBe(JSON.stringify(parseIndexed(text).document));
    const para = find(got.document, "chp_2__art_5__para_1") as Provision;
    expect(para.label).toBe("Art. 5(1)");
    expect(para.intro?.text).toContain("and free of charge.");
    // nodes before the article are the old ones; nodes after it moved by four characters
    expect(find(got.document, "chp_1__art_1")).toBe(find(prev.document, "chp_1__art_1"));
    const oldLast = prev.document.body.at(-1) as Division;
    const newLast = got.document.body.at(-1) as Division;
    expect(newLast.range.start.offset).toBe(oldLast.range.start.offset + 4);
    expect(newLast.range.start.line).toBe(oldLast.range.start.line);
  });

  it("numbered sequences of a re-parse equal a whole parse's; those of the kept articles are the old objects", () => {
    const before = fixture("en/digital-services-bill.md");
    const prev = parsed(before);
    const old = numberedSequences(prev.document);
    // a word added in Article 5
    const text = insertBefore(before, "free of charge.", "and ");
    const got = reparseIndexed(prev, text);
    expect(got.incremental).toBe(true);
    const seqs = numberedSequences(got.document);
    const plain = (list: typeof seqs) =>
      JSON.stringify(list.map((q) => ({ ...q, units: q.units.map((u) => ({ ...u, node: u.node.eId })) })));
    expect(plain(seqs)).toBe(plain(numberedSequences(parseIndexed(text).document)));
    // the provisions of Article 1 (before the edit, kept) are the same sequence objects as before
    const ofArt1 = (list: typeof seqs) => list.filter((q) => q.container === "Art. 1");
    expect(ofArt1(seqs).length).toBeGreaterThan(0);
    const oldArt1 = ofArt1(old);
    for (const [k, q] of ofArt1(seqs).entries()) expect(q).toBe(oldArt1[k]);
    // after the edit, moved: new objects at their new places
    const last = (list: typeof seqs) => list.at(-1)?.units.at(-1);
    expect(last(seqs)?.range.start.offset).toBe((last(old)?.range.start.offset ?? 0) + 4);
  });

  it("moves the lines of what follows when an edit adds a line (ru)", () => {
    const before = fixture("ru/law-religion.txt");
    const prev = parsed(before);
    const at = before.indexOf("\n", before.indexOf("Статья 5.")) + 1;
    const text = `${before.slice(0, at)}Новая строка абзаца.\n${before.slice(at)}`;
    const got = reparseIndexed(prev, text);
    expect(got.incremental).toBe(true);
    expect(JSON.stringify(got.document)).toBe(JSON.stringify(parseIndexed(text).document));
    const oldArt6 = find(prev.document, "ст. 6", "label") as Division;
    const newArt6 = find(got.document, "ст. 6", "label") as Division;
    expect(newArt6.range.start.line).toBe(oldArt6.range.start.line + 1);
    expect(newArt6.eId).toBe(oldArt6.eId);
    expect(newArt6.range.start.offset).toBe(oldArt6.range.start.offset + "Новая строка абзаца.\n".length);
  });

  it("splices definitions and cross references made in the edited article (kk)", () => {
    const before = fixture("kk/law-religion.txt");
    const prev = parsed(before);
    const text = insertBefore(
      before,
      "Миссионерлік қызмет миссионер",
      "Осы баптың 2-тармағында көзделген құжаттар (бұдан әрі – құжаттар топтамасы) тапсырылады. ",
    );
    const got = reparseIndexed(prev, text);
    expect(got.incremental).toBe(true);
    const full = parseIndexed(text).document;
    expect(JSON.stringify(got.document)).toBe(JSON.stringify(full));
    expect(got.document.definitions.some((d) => d.term === "құжаттар топтамасы")).toBe(true);
    const ref = got.document.references.find((r) => r.text === "Осы баптың 2-тармағында");
    expect(ref?.sourceEId).toMatch(/__art_5__para_1$/);
    expect(ref?.targetEId).toMatch(/__art_5__para_2$/);
  });

  it("keeps the cross references, moved, when the edit is in text that holds none; finds them again when it is not", () => {
    const bill = (one: string, three: string) =>
      [
        "Article 1",
        "",
        `1. ${one}`,
        "",
        "Article 2",
        "",
        "1. The register is kept under point (d) of paragraph 1 of Article 3 and Article 1(1).",
        "",
        "Article 3",
        "",
        `1. The agency publishes: (a) decisions; (b) fees; ${three}`,
        "",
      ].join("\n");
    // counts the blocks whose reference phrases are looked up (a whole extraction asks for every block)
    let asked = 0;
    const scans = new (class extends ReferenceScans {
      override phrases(t: string, self: boolean, scan: () => never[]) {
        asked++;
        return super.phrases(t, self, scan);
      }
    })();
    const start = parseIndexed(bill("Fees are set by decree.", "(c) forms."));
    let prev: ParsedText = {
      text: bill("Fees are set by decree.", "(c) forms."),
      ...start,
      language: undefined,
      scans,
    };
    prev.document.references = extractReferences(prev.document, prev.index, scans);
    const refs = (doc: Document) =>
      doc.references.map((r) => `${r.text} ${r.range.start.line}:${r.range.start.column} ${r.targetEId}`);
    // Article 3 lists no point (d) yet: the reference to it points to nothing
    expect(refs(prev.document)).toEqual([
      "point (d) of paragraph 1 of Article 3 7:31 null",
      "Article 1(1) 7:73 art_1__para_1",
    ]);
    const step = (text: string, expected: string[]): number => {
      asked = 0;
      const got = reparseIndexed(prev, text);
      expect(got.incremental).toBe(true);
      expect(JSON.stringify(got.document)).toBe(JSON.stringify(parseIndexed(text).document));
      expect(refs(got.document)).toEqual(expected);
      prev = got;
      return asked;
    };
    // typing in Article 1, before both references: they move down a line, from the old ones (two lookups: old and new text)
    expect(
      step(bill("Fees are set\nby decree.", "(c) forms."), [
        "point (d) of paragraph 1 of Article 3 8:31 null",
        "Article 1(1) 8:73 art_1__para_1",
      ]),
    ).toBe(2);
    // an inline point (d) written in Article 3: the reference to it resolves to the paragraph that lists it
    expect(
      step(bill("Fees are set\nby decree.", "(c) forms; (d) maps."), [
        "point (d) of paragraph 1 of Article 3 8:31 art_3__para_1",
        "Article 1(1) 8:73 art_1__para_1",
      ]),
    ).toBeGreaterThan(2);
    // a reference typed in Article 3: every block is read again
    expect(
      step(bill("Fees are set\nby decree.", "(c) forms; (d) maps under Article 2."), [
        "point (d) of paragraph 1 of Article 3 8:31 art_3__para_1",
        "Article 1(1) 8:73 art_1__para_1",
        "Article 2 12:77 art_2",
      ]),
    ).toBeGreaterThan(2);
  });

  it("re-parses a heading whose title is edited like a body edit (en, ru, kk)", () => {
    const cases: [string, string, string, string][] = [
      [
        "en/digital-services-bill.md",
        "### Article 5. Digital identity",
        "### Article 5. Digital identities",
        "chp_2__art_5",
      ],
      [
        "ru/law-religion.txt",
        "Статья 5. Миссионерская деятельность",
        "Статья 5. Миссионерская деятельность и её пределы",
        "chp_2__art_5",
      ],
      [
        "kk/law-religion.txt",
        "4-бап. Мемлекеттік органдардың құзыреті",
        "4-бап. Мемлекеттік органдардың өкілеттігі",
        "chp_1__art_4",
      ],
    ];
    for (const [name, from, to, eId] of cases) {
      const before = fixture(name);
      const prev = parsed(before);
      const text = before.replace(from, to);
      expect(text).not.toBe(before);
      const got = reparseIndexed(prev, text);
      expect(got.incremental).toBe(true);
      expect(JSON.stringify(got.document)).toBe(JSON.stringify(parseIndexed(text).document));
      const unit = find(got.document, eId) as Division;
      expect(unit.heading?.text).toBe(to.slice(to.indexOf(". ") + 2));
      expect(unit.range.start.line).toBe((find(prev.document, eId) as Division).range.start.line);
    }
  });

  it("parses the whole text when the edit is in a heading's number, adds a heading or opens a comment", () => {
    const before = fixture("en/digital-services-bill.md");
    const prev = parsed(before);
    const cases = [
      before.replace("### Article 5. Digital identity", "### Article 15. Digital identity"),
      before.replace("### Article 5. Digital identity", "### Section 5. Digital identity"),
      insertBefore(before, "2. The Agency shall issue", "### Article 5A. Inserted\n\n"),
      insertBefore(before, "2. The Agency shall issue", "<!--\n"),
    ];
    for (const text of cases) {
      const got = reparseIndexed(prev, text);
      expect(got.incremental).toBe(false);
      expect(JSON.stringify(got.document)).toBe(JSON.stringify(parseIndexed(text).document));
    }
  });

  it("reuses the Document when the text did not change", () => {
    const prev = parsed(fixture("en/statute.txt"));
    const got = reparseIndexed(prev, prev.text);
    expect(got.document).toBe(prev.document);
  });

  // Random edits (characters, line breaks, enumerators, headings, comment marks, references) in
  // bills of the three languages, one after another: each result equals a whole parse.
  const bills = [
    "en/digital-services-bill.md",
    "en/statute.txt",
    "en/oddities.txt",
    "en/crlf.txt",
    "ru/law-religion.txt",
    "ru/code-excerpt.md",
    "kk/law-religion.txt",
    "kk/code-excerpt.md",
  ].map(fixture);
  const snippets = [
    "x",
    " ",
    "\n",
    "\n\n",
    ".",
    "1) ",
    "(a) ",
    "\n2. New paragraph.\n",
    "\nArticle 99. Extra\n",
    "\nСтатья 3.\n",
    '(hereinafter "the Term")',
    " статьи 5 ",
    " осы Заңның 3-бабы ",
    "<!-- c -->",
    "-->",
    "Сноска. ",
    "\n# H\n",
    "\r\n",
  ];
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    del: fc.integer({ min: 0, max: 4 }),
    ins: fc.oneof(fc.constantFrom(...snippets), fc.string({ maxLength: 3 })),
  });
  it("equals a whole parse after any sequence of edits", () => {
    fc.assert(
      fc.property(fc.constantFrom(...bills.keys()), fc.array(edit, { minLength: 1, maxLength: 4 }), (b, edits) => {
        let text = bills[b] as string;
        let prev = parsed(text);
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.ins + text.slice(at + e.del);
          const got = reparseIndexed(prev, text);
          expect(JSON.stringify(got.document)).toBe(JSON.stringify(parseIndexed(text).document));
          prev = got;
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("ReferenceScans", () => {
  it("scans a text once, keeps its phrases for the next parse, and drops texts no parse asked for", () => {
    const scans = new ReferenceScans();
    let calls = 0;
    const scan = () => {
      calls++;
      return [];
    };
    scans.next();
    scans.phrases("see Article 5", false, scan);
    scans.phrases("see Article 5", false, scan);
    expect(calls).toBe(1);
    // the same text read as a constitution's is another scan
    scans.phrases("see Article 5", true, scan);
    expect(calls).toBe(2);
    scans.next();
    scans.phrases("see Article 5", false, scan);
    expect(calls).toBe(2);
    scans.next(); // this parse did not ask for the constitution's reading: it is gone
    scans.next();
    scans.phrases("see Article 5", true, scan);
    expect(calls).toBe(3);
  });

  it("forgets a text an edit replaced, in the last parse's memory and in this one's", () => {
    const scans = new ReferenceScans();
    let calls = 0;
    const scan = () => {
      calls++;
      return [];
    };
    scans.next();
    scans.phrases("see Article 5", false, scan);
    scans.phrases("the register is public", false, scan);
    scans.next(); // both are now the last parse's
    scans.phrases("the register is public", false, scan); // and this one asks again for one
    scans.forget("the register is public", false);
    scans.forget("see Article 5", false);
    scans.phrases("see Article 5", false, scan);
    scans.phrases("the register is public", false, scan);
    expect(calls).toBe(4);
  });

  it("gives the references a parse without it gives, and scans only the edited block again", () => {
    const text = fixture("en/digital-services-bill.md");
    const { document, index } = parseIndexed(text);
    const scans = new ReferenceScans();
    expect(extractReferences(document, index, scans)).toEqual(document.references);
    let rescanned = 0;
    const spy = new (class extends ReferenceScans {
      override phrases(t: string, self: boolean, scan: () => never[]) {
        return super.phrases(t, self, () => {
          rescanned++;
          return scan();
        });
      }
    })();
    extractReferences(document, index, spy); // fills its own memory: every block once
    const blocks = rescanned;
    expect(blocks).toBeGreaterThan(10);
    const edited = insertBefore(text, "free of charge.", "under Article 3 ");
    const next = parseIndexed(edited);
    rescanned = 0;
    expect(extractReferences(next.document, next.index, spy)).toEqual(next.document.references);
    expect(rescanned).toBe(1);
  });
});

describe("lintText with a UnitCache", () => {
  it("re-parses only the edited article and reports what a fresh lint reports", () => {
    const text = fixture("ru/law-religion.txt");
    const cache = new UnitCache();
    lintText(text, { cache });
    expect(cache.reparsed).toBe(false);
    const at = text.indexOf("\n", text.indexOf("Статья 5.")) + 1;
    const edited = `${text.slice(0, at)}Запрещается деятельность незарегистрированных религиозных объединений.\n${text.slice(at)}`;
    const cached = lintText(edited, { cache });
    expect(cache.reparsed).toBe(true);
    expect(cached.findings).toEqual(lintText(edited).findings);
  });
});
