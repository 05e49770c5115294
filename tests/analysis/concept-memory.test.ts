/**
 * ConceptMemory keeps the tokens, hits and prefilter masks of a document's sentences between its
 * lints, through the edit between two versions of the source (SourceEdit): what it gives back must
 * be exactly what a fresh ConceptIndex computes, at the new offsets, and the sentences an edit did
 * not touch must not be matched again.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConceptIndex, ConceptMemory } from "../../src/analysis/concepts.js";
import { SourceEdit } from "../../src/analysis/source-edit.js";
import { getMatcher, type Matcher } from "../../src/language/matcher.js";
import type { Division, Document, Sentence } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";
import { walk } from "../../src/syntax/walk.js";

const root = join(import.meta.dirname, "..", "..");

function sentencesOf(doc: Document): Sentence[] {
  const out: Sentence[] = [];
  walk(doc, (n) => {
    if (n.type === "Provision") out.push(...n.sentences);
  });
  return out;
}

function divisionsOf(doc: Document): Division[] {
  const out: Division[] = [];
  walk(doc, (n) => {
    if (n.type === "Division") out.push(n);
  });
  return out;
}

/** A matcher that counts the token runs it matches. */
function counting(language: "en" | "ru" | "kk"): { matcher: Matcher; count: () => number } {
  const inner = getMatcher(language);
  let n = 0;
  const matcher: Matcher = Object.create(inner);
  matcher.match = (tokens) => {
    n++;
    return inner.match(tokens);
  };
  return { matcher, count: () => n };
}

/**
 * What a rule may read of each sentence and heading, as plain data: `ask` says what is asked of the
 * i-th sentence in this lint (0 the prefilter only, 1 tokens, 2 hits, 3 both; each twice), so that
 * a lint may leave a sentence's tokens or hits unasked and a later one ask for them.
 */
function view(index: ConceptIndex, doc: Document, concepts: readonly string[], ask: (i: number) => number = () => 3) {
  const sentences = sentencesOf(doc);
  return {
    masks: sentences.map((s) => concepts.map((c) => index.mayHave(s, c))),
    sentences: sentences.map((s, i) => {
      const what = ask(i);
      const once = { tokens: what & 1 ? index.tokens(s) : null, hits: what & 2 ? index.hits(s) : null };
      const again = { tokens: what & 1 ? index.tokens(s) : null, hits: what & 2 ? index.hits(s) : null };
      return [once, again];
    }),
    headings: divisionsOf(doc).map((d) => index.headingHits(d)),
    closures: sentences.map((s) => concepts.map((c) => index.mayHave(s, c))),
  };
}

describe("SourceEdit", () => {
  it("a stretch it places in the old source has the same text there", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.string({ maxLength: 8 }),
        fc.string({ maxLength: 8 }),
        fc.string({ maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        (head, removed, inserted, tail, a, b) => {
          const before = head + removed + tail;
          const after = head + inserted + tail;
          const edit = new SourceEdit(before, after);
          for (let start = 0; start <= after.length; start++) {
            const end = start + ((a + b + start) % (after.length - start + 1));
            const at = edit.before(start, end);
            if (at >= 0) expect(before.slice(at, at + end - start)).toBe(after.slice(start, end));
          }
          // what lies wholly before the edit is always placed
          expect(edit.before(0, head.length)).toBe(0);
        },
      ),
    );
  });

  it("compares long texts block by block", () => {
    const long = "abcdefghij".repeat(2000);
    const edit = new SourceEdit(long, `${long.slice(0, 12345)}X${long.slice(12345)}`);
    expect(edit.prefix).toBe(12345);
    expect(edit.suffixFrom).toBe(12346);
    expect(edit.delta).toBe(1);
  });
});

describe("ConceptMemory", () => {
  const bills = [
    ["en", "en/digital-services-bill.md"],
    ["ru", "ru/law-religion.txt"],
    ["kk", "kk/law-religion.txt"],
  ] as const;
  const CONCEPTS = ["verb.restrict", "marker.appeal", "ground.national-security", "list.restrictive-term"];

  for (const [language, file] of bills) {
    it(`gives what a fresh index computes after random edits (${language})`, () => {
      const text = readFileSync(join(root, "fixtures", "bills", file), "utf8");
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              at: fc.double({ min: 0, max: 1, noNaN: true }),
              remove: fc.nat({ max: 40 }),
              insert: fc.constantFrom("", "x", " ", "\n", ".", "Article 9\n", " shall restrict ", "; ", "\n\n1. "),
              ask: fc.nat(),
            }),
            { minLength: 1, maxLength: 6 },
          ),
          (edits) => {
            const memory = new ConceptMemory();
            const matcher = getMatcher(language);
            let current = text;
            const first = parseBill(current, { language });
            view(new ConceptIndex(first, current, matcher, undefined, memory), first, CONCEPTS, (i) => i % 4);
            for (const e of edits) {
              const at = Math.floor(e.at * current.length);
              current = current.slice(0, at) + e.insert + current.slice(at + e.remove);
              const doc = parseBill(current, { language });
              const ask = (i: number) => ((e.ask + i * 2654435761) >>> 3) % 4;
              const kept = view(new ConceptIndex(doc, current, matcher, undefined, memory), doc, CONCEPTS, ask);
              const fresh = view(new ConceptIndex(doc, current, matcher), doc, CONCEPTS, ask);
              expect(kept).toEqual(fresh);
            }
          },
        ),
        { numRuns: 15 },
      );
    });
  }

  it("matches only the sentences an edit touched, and shifts those after it", () => {
    const text = readFileSync(join(root, "fixtures", "bills", "en", "digital-services-bill.md"), "utf8");
    const { matcher, count } = counting("en");
    const memory = new ConceptMemory();
    const lint = (source: string) => {
      const doc = parseBill(source, { language: "en" });
      const index = new ConceptIndex(doc, source, matcher, undefined, memory);
      for (const s of sentencesOf(doc)) index.hits(s);
      return sentencesOf(doc).length;
    };
    const n = lint(text);
    expect(count()).toBe(n);
    // the same text again: nothing is matched
    lint(text);
    expect(count()).toBe(n);
    // a word typed into one sentence in the middle: that sentence only
    const at = (text.length >> 1) + (text.slice(text.length >> 1).search(/ [a-z]/) + 1);
    expect(text[at]).toMatch(/[a-z]/);
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    lint(edited);
    expect(count()).toBe(n + 1);
    expect(memory.size).toBe(n);
    // values no lint asked for are dropped: a lint that asks nothing leaves the memory empty
    const doc = parseBill(edited, { language: "en" });
    new ConceptIndex(doc, edited, matcher, undefined, memory);
    expect(memory.size).toBe(0);
  });

  it("drops what another matcher found", () => {
    const text = "Article 1\n\n1. The authorised body may restrict assemblies.\n";
    const memory = new ConceptMemory();
    const a = counting("en");
    const b = counting("en");
    const run = (m: Matcher) => {
      const doc = parseBill(text, { language: "en" });
      const index = new ConceptIndex(doc, text, m, undefined, memory);
      for (const s of sentencesOf(doc)) index.hits(s);
    };
    run(a.matcher);
    run(b.matcher);
    expect(a.count()).toBe(1);
    expect(b.count()).toBe(1);
  });
});
