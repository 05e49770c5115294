/**
 * Snowball stemmers for the languages that have a kept one (English Porter2, Russian), used by
 * lexicon phrases written `~word` ("any form of this word"). Kazakh has none: its lexicons write
 * stems that survive suffixes and consonant alternation (`тексер*`, `шек*`).
 *
 * Stems are memoised per language: legal text repeats its vocabulary, so a bill's tokens cost one
 * stemmer call per distinct word.
 */
import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as russian } from "@orama/stemmers/russian";
import type { Language } from "../syntax/ast.js";

const STEMMERS: Partial<Record<Language, (word: string) => string>> = { en: english, ru: russian };
const MEMO_LIMIT = 200_000;
const memo = new Map<Language, Map<string, string>>();

/** Whether `language` has a stemmer (`~word` phrases are allowed). */
export function hasStemmer(language: Language): boolean {
  return STEMMERS[language] !== undefined;
}

/** The stem of a normalised (lower-case) word; the word itself for a language with no stemmer. */
export function stemWord(language: Language, word: string): string {
  const fn = STEMMERS[language];
  if (!fn) return word;
  let cache = memo.get(language);
  if (!cache) {
    cache = new Map();
    memo.set(language, cache);
  }
  let s = cache.get(word);
  if (s === undefined) {
    s = fn(word);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}
