import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Division, Document, Provision, Range } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";
import { LineIndex } from "../../src/syntax/positions.js";
import { ownedSpans } from "../../src/syntax/walk.js";

/** Pieces of bills in three languages, glued at random: the structure-rich part of the input space. */
/** Runs per property; raise it locally with FC_RUNS=20000 for a deeper search. */
const RUNS = Number(process.env.FC_RUNS ?? 400);

const PIECES = [
  "Article 7. Freedom of conscience",
  "Article 7-1",
  "### Article 3 - Scope",
  "Статья 12.",
  "СТАТЬЯ 5",
  "7-1-бап. Діни бірлестіктер",
  "2-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР",
  "I БӨЛІМ",
  "РАЗДЕЛ ПЕРВЫЙ",
  "Глава 2.",
  "## Chapter IV: Controller",
  "Section I",
  "Section 5. Warrants",
  "§ 4 Titel",
  "PART 2",
  "Annex 1",
  "> *ПРИЛОЖЕНИЕ 1*",
  "1. The State shall not interfere.",
  "3-1. Inserted paragraph.",
  "10-1) подпункт;",
  "(a) a point;",
  "(i) a roman point;",
  "(iv) fourth;",
  "а) кириллица;",
  "(2a) subsection",
  "1.1. dotted",
  "- an indent",
  "— тире",
  "Footnote: See the Law of 2007.",
  "Сноска. Статья 2 с изменениями.",
  "Ескерту. 2-бап өзгертілді.",
  "<!-- rightslint-disable-next-line religion/x -- reason -->",
  "<!-- open",
  "<!--",
  "-->",
  "```",
  '<a id="p1"></a>',
  "**Е.Кошанов**",
  "---",
  "В настоящем Законе используются следующие основные понятия:",
  "Be it enacted by Parliament as follows:",
  "ПРИКАЗЫВАЮ:",
  "[Repealed]",
  "Исключена Законом РК от 01.01.2024.",
  "plain text that runs on",
  "",
  "   ",
  "\t(b) indented point",
];

const billArb = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
    ),
    { maxLength: 40 },
  )
  .chain((lines) => fc.constantFrom("\n", "\r\n", "\r").map((nl) => lines.join(nl)));

const anyText = fc.oneof(billArb, fc.string({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }));

function allRanges(doc: Document): Range[] {
  const out: Range[] = [doc.range];
  const rec = (nodes: (Division | Provision)[]): void => {
    for (const n of nodes) {
      out.push(n.range);
      if (n.type === "Division") {
        out.push(n.headingRange);
        if (n.heading) out.push(n.heading.range);
        if (n.intro) out.push(n.intro.range);
      } else {
        if (n.intro) out.push(n.intro.range);
        if (n.wrapUp) out.push(n.wrapUp.range);
        for (const s of n.sentences) out.push(s.range);
      }
      for (const note of n.notes) out.push(note.range);
      rec(n.children);
    }
  };
  rec(doc.body);
  for (const x of [...doc.comments, ...doc.markup, ...doc.notes, ...doc.diagnostics]) out.push(x.range);
  for (const x of [...doc.definitions, ...doc.references]) out.push(x.range);
  return out;
}

/** 0-based indexes of lines with something other than white space. */
function nonBlankLines(text: string): number[] {
  const idx = new LineIndex(text);
  const out: number[] = [];
  for (let i = 0; i < idx.lineCount; i++) {
    const start = idx.lineStarts[i] as number;
    const end = i + 1 < idx.lineCount ? (idx.lineStarts[i + 1] as number) : text.length;
    if (/[^\s\u00A0\uFEFF\u2000-\u200B\u3000]/.test(text.slice(start, end))) out.push(i + 1);
  }
  return out;
}

describe("parser properties (fast-check)", () => {
  it("returns a Document for any string and never throws", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = parseBill(text);
        expect(doc.type).toBe("Document");
      }),
      { numRuns: RUNS },
    );
  });

  it("keeps every range inside the text, with start <= end and positions consistent with offsets", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = parseBill(text);
        const idx = new LineIndex(text);
        for (const r of allRanges(doc)) {
          expect(r.start.offset).toBeGreaterThanOrEqual(0);
          expect(r.end.offset).toBeLessThanOrEqual(text.length);
          expect(r.start.offset).toBeLessThanOrEqual(r.end.offset);
          expect(idx.position(r.start.offset)).toEqual(r.start);
          expect(idx.position(r.end.offset)).toEqual(r.end);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("orders siblings by position and keeps children inside their parents", () => {
    fc.assert(
      fc.property(billArb, (text) => {
        const doc = parseBill(text);
        const rec = (nodes: (Division | Provision)[], parent: Range | null): void => {
          let prev = -1;
          for (const n of nodes) {
            expect(n.range.start.offset).toBeGreaterThanOrEqual(prev);
            prev = n.range.start.offset;
            if (parent) {
              expect(n.range.start.offset).toBeGreaterThanOrEqual(parent.start.offset);
              expect(n.range.end.offset).toBeLessThanOrEqual(parent.end.offset);
            }
            rec(n.children, n.range);
          }
        };
        rec(doc.body, doc.range);
      }),
      { numRuns: RUNS },
    );
  });

  it("puts every non-blank line in exactly one node", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = parseBill(text);
        const owners = new Map<number, Set<object>>();
        const comments = new Map<number, Set<object>>();
        for (const span of ownedSpans(doc, new LineIndex(text))) {
          const target = span.node.type === "Comment" ? comments : owners;
          for (let l = span.startLine; l <= span.endLine; l++) {
            const set = target.get(l) ?? new Set<object>();
            set.add(span.node);
            target.set(l, set);
          }
        }
        for (const line of nonBlankLines(text)) {
          const n = owners.get(line)?.size ?? 0;
          const c = comments.get(line)?.size ?? 0;
          if (n === 0) expect({ line, comments: c }).toEqual({ line, comments: 1 });
          else expect({ line, owners: n }).toEqual({ line, owners: 1 });
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("chunked lexing", () => {
  it("gives the same AST whatever the chunk size", () => {
    fc.assert(
      fc.property(billArb, fc.integer({ min: 1, max: 64 }), (text, chunkSize) => {
        const whole = parseBill(text, { chunkSize: Number.POSITIVE_INFINITY });
        const chunked = parseBill(text, { chunkSize });
        expect(JSON.stringify(chunked)).toBe(JSON.stringify(whole));
      }),
      { numRuns: RUNS },
    );
  });
});
