/**
 * Text normalisation for concept matching (RULES.md §2.2): NFC, lower case, RU `ё→е`, quotes,
 * dashes and hyphens unified, soft hyphens removed; Kazakh: a Latin `i`/`I` inside a Cyrillic word
 * becomes `і`, and the legacy substitutes of old texts map `ќ→қ`, `ѕ→ң`, `є→ғ`.
 *
 * The mappings are applied in every language: the characters they rewrite do not occur in
 * Russian or English words, so one function serves all three and tokens need no language.
 */

/** Characters rewritten one to one (after lower-casing). Soft hyphen and zero-width marks vanish. */
const CHAR_MAP: ReadonlyMap<string, string> = new Map([
  // Russian
  ["ё", "е"],
  // legacy Kazakh substitutes seen in old files
  ["ќ", "қ"],
  ["ѕ", "ң"],
  ["є", "ғ"],
  // quotes → '"' (double) and "'" (single / apostrophe)
  ["«", '"'],
  ["»", '"'],
  ["“", '"'],
  ["”", '"'],
  ["„", '"'],
  ["‟", '"'],
  ["″", '"'],
  ["‘", "'"],
  ["’", "'"],
  ["‚", "'"],
  ["‛", "'"],
  ["′", "'"],
  ["`", "'"],
  ["ʼ", "'"],
  // hyphens and dashes → "-"
  ["\u2010", "-"],
  ["\u2011", "-"],
  ["\u2012", "-"],
  ["\u2013", "-"],
  ["\u2014", "-"],
  ["\u2015", "-"],
  ["\u2212", "-"],
  ["\uFE58", "-"],
  ["\uFE63", "-"],
  ["\uFF0D", "-"],
  // invisible: soft hyphen, zero-width space / joiners, word joiner, BOM
  ["\u00AD", ""],
  ["\u200B", ""],
  ["\u200C", ""],
  ["\u200D", ""],
  ["\u2060", ""],
  ["\uFEFF", ""],
]);

/** Fast pre-check: text that has none of these needs only NFC + lower case. */
const NEEDS_MAP = /[ёќѕє«»“”„‟″‘’‚‛′`ʼ\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00AD\u200B-\u200D\u2060\uFEFF]/u;

/** A Latin i (lower case after lower-casing) touching a Cyrillic letter inside a word. */
const LATIN_I_IN_CYRILLIC = /(?<=[\u0400-\u04FF][\u0400-\u04FFi]*)i|i(?=[i]*[\u0400-\u04FF])/gu;

/** Whether a code unit is a Cyrillic letter (U+0400–U+04FF). */
function isCyrillic(c: number): boolean {
  return c >= 0x0400 && c <= 0x04ff;
}

/**
 * Normalises text for matching. The result may be shorter than the input (soft hyphens removed,
 * NFC composition), so offsets are never taken from it: the tokenizer normalises each word on its
 * own and keeps the offsets of the original text.
 */
export function normalise(text: string): string {
  let s = text.normalize("NFC").toLowerCase();
  if (NEEDS_MAP.test(s)) {
    let out = "";
    for (const ch of s) out += CHAR_MAP.get(ch) ?? ch;
    s = out;
  }
  if (s.includes("i")) {
    // only when a Cyrillic letter is present at all (cheap test first)
    for (let k = 0; k < s.length; k++) {
      if (isCyrillic(s.charCodeAt(k))) {
        s = s.replace(LATIN_I_IN_CYRILLIC, "і");
        break;
      }
    }
  }
  return s;
}
