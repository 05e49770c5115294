/**
 * The matcher's prefilter (`mayContain` of one concept in a text, and `literalMask`, every concept
 * of a stretch at once) is a necessary condition: on real text, every concept the matcher finds in a sentence must pass it. Checked on
 * the shared corpus and the fixture bills.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasBit } from "../../src/language/literals.js";
import { ALWAYS_POSSIBLE, getMatcher, NEVER_POSSIBLE } from "../../src/language/matcher.js";
import { tokenize } from "../../src/language/tokens.js";
import type { Division, Provision } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";

const CORPUS = new URL("../../../shared/corpus/", import.meta.url);
const FIXTURES = new URL("../../fixtures/bills/", import.meta.url);

function texts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const lang of ["en", "ru", "kk"]) {
    for (const f of readdirSync(new URL(`${lang}/`, FIXTURES))) {
      if (/\.(txt|md)$/.test(f))
        out.push({ name: `${lang}/${f}`, text: readFileSync(new URL(`${lang}/${f}`, FIXTURES), "utf8") });
    }
  }
  if (existsSync(CORPUS)) {
    for (const f of [
      "kz/kz-constitution-1995-en.txt",
      "eu/gdpr-2016-679-en-clean.txt",
      "ru/ru-constitution-2020-03-14.txt",
      "kz/kz-order-143531-2020-attestation-rules-rus.md",
      "kz/kz-order-143531-2020-attestation-rules-kaz.md",
    ]) {
      out.push({ name: f, text: readFileSync(new URL(f, CORPUS), "utf8") });
    }
  }
  return out;
}

describe("matcher prefilter", () => {
  for (const { name, text } of texts()) {
    it(`never rejects a sentence the matcher finds a concept in: ${name}`, () => {
      const doc = parseBill(text);
      const matcher = getMatcher(doc.language);
      const misses: string[] = [];
      let hits = 0;
      const rec = (nodes: (Division | Provision)[]): void => {
        for (const n of nodes) {
          if (n.type === "Provision") {
            for (const s of n.sentences) {
              const raw = text.slice(s.range.start.offset, s.range.end.offset);
              const mask = matcher.literalMask(text, s.range.start.offset, s.range.end.offset);
              for (const h of matcher.match(tokenize(raw, s.range.start.offset))) {
                hits++;
                const bit = matcher.conceptBit(h.concept);
                if (bit === NEVER_POSSIBLE || (bit !== ALWAYS_POSSIBLE && mask !== null && !hasBit(mask, bit)))
                  misses.push(`literal mask, ${h.concept}: ${text.slice(h.start, h.end)}`);
                if (!matcher.mayContain(raw, h.concept)) misses.push(`${h.concept}: ${text.slice(h.start, h.end)}`);
              }
            }
          }
          rec(n.children);
        }
      };
      rec(doc.body);
      expect(misses).toEqual([]);
      expect(hits).toBeGreaterThan(0);
    });
  }

  it("rejects text that cannot hold the concept", () => {
    const en = getMatcher("en");
    expect(en.mayContain("The weather is fine today.", "actor.court")).toBe(false);
    expect(en.mayContain("The Court may order it.", "actor.court")).toBe(true);
    const kk = getMatcher("kk");
    expect(kk.mayContain("Әкімдігі шешім қабылдайды.", "actor.state")).toBe(true);
  });

  it("tests each stretch of a text on its own", () => {
    const en = getMatcher("en");
    const text = "The weather is fine today. The Court may order it. Rain is likely.";
    const court = (from: number, to: number) => en.mayContain(text.slice(from, to), "actor.court");
    expect(court(0, 26)).toBe(false);
    expect(court(27, 50)).toBe(true);
    expect(court(51, text.length)).toBe(false);
    expect(en.mayContain(text, "no.such-concept")).toBe(false);
  });

  it("answers every concept of a stretch with one literal mask", () => {
    const en = getMatcher("en");
    const text = "The weather is fine today. The COURT may order it. Rain is likely.";
    const court = en.conceptBit("actor.court");
    expect(court).toBeGreaterThanOrEqual(0);
    const mask = (from: number, to: number) => en.literalMask(text, from, to) as Uint32Array;
    expect(hasBit(mask(0, 26), court)).toBe(false);
    expect(hasBit(mask(27, 50), court)).toBe(true);
    // literals are looked for where a token can start: not inside a word, nor cut by the stretch
    expect(hasBit(en.literalMask("the subcourt", 0, 12) as Uint32Array, court)).toBe(false);
    expect(hasBit(mask(32, 34), court)).toBe(false);
    // a soft hyphen (removed by normalisation) leaves the stretch unjudged
    expect(en.literalMask("the co\u00adurt", 0, 11)).toBeNull();
    expect(en.conceptBit("no.such-concept")).toBe(NEVER_POSSIBLE);
    // ё and a Latin i in a Kazakh word are folded as normalisation folds them
    const kk = getMatcher("kk");
    const state = kk.conceptBit("actor.state");
    expect(hasBit(kk.literalMask("Әкімдігі шешім қабылдайды.", 0, 26) as Uint32Array, state)).toBe(true);
  });
});
