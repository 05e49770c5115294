/**
 * Word tokens for concept matching (RULES.md §2.2–2.3). Not the Chevrotain lexer: this runs on
 * sentence text after parsing, only where concepts are needed.
 *
 * - A word is a run of Latin (A–Z, Latin-1/Extended letters) or Cyrillic (U+0400–U+052F) letters;
 *   combining marks and soft hyphens inside it belong to it. A hyphen (any dash variant) between two
 *   letters joins the parts into one token (`онлайн-платформы`, `re-registration`, `іс-шара`), and so
 *   does an apostrophe between two letters (`children's`); a trailing apostrophe is dropped.
 * - A number is a run of digits with inner `.`/`,`/`-` separators followed by a digit (`12.1`,
 *   `1,5`, `12.05.2020`, `12-1`) and an optional hyphenated suffix of letters (`30-ға`, `7-бап`).
 * - `;`, `:` and `,` are tokens of their own flagged `boundary`; the matcher never crosses them unless
 *   a phrase contains them. All other punctuation, quotes and brackets are skipped.
 *
 * `norm` is the normalised form (see normalise.ts); `start`/`end` are offsets into the given text
 * plus `base` (UTF-16 code units), so a caller passing a sentence's source offset gets source offsets.
 */
import { normalise } from "./normalise.js";

export interface Token {
  /** Normalised form: NFC, lower case, ё→е, unified hyphens/apostrophes, no soft hyphens. */
  norm: string;
  /** Offset of the first code unit, plus `base`. */
  start: number;
  /** Offset after the last code unit, plus `base`. */
  end: number;
  /** `;`, `:` or `,`: a clause boundary the matcher does not cross. */
  boundary?: boolean;
  /** Starts with a digit. */
  number?: boolean;
}

/** Character kinds. Mark: combining mark, soft hyphen, zero-width joiner (inside a word, never starts one). */
const K = { Other: 0, Letter: 1, Digit: 2, Mark: 3, Hyphen: 4, Apostrophe: 5, Boundary: 6 } as const;

/** Character classes of the BMP, computed once. */
const KIND = new Uint8Array(0x10000);
(() => {
  const set = (from: number, to: number, k: number) => KIND.fill(k, from, to + 1);
  set(0x41, 0x5a, K.Letter);
  set(0x61, 0x7a, K.Letter);
  set(0xc0, 0x24f, K.Letter);
  KIND[0xd7] = K.Other; // ×
  KIND[0xf7] = K.Other; // ÷
  set(0x0400, 0x0482, K.Letter);
  set(0x0483, 0x0489, K.Mark);
  set(0x048a, 0x052f, K.Letter);
  set(0x0300, 0x036f, K.Mark);
  KIND[0xad] = K.Mark; // soft hyphen
  set(0x200b, 0x200d, K.Mark);
  KIND[0x2060] = K.Mark;
  set(0x30, 0x39, K.Digit);
  KIND[0x2d] = K.Hyphen;
  set(0x2010, 0x2015, K.Hyphen);
  KIND[0x2212] = K.Hyphen;
  KIND[0xfe58] = K.Hyphen;
  KIND[0xfe63] = K.Hyphen;
  KIND[0xff0d] = K.Hyphen;
  KIND[0x27] = K.Apostrophe;
  KIND[0x2019] = K.Apostrophe;
  KIND[0x02bc] = K.Apostrophe;
  KIND[0x3b] = K.Boundary; // ;
  KIND[0x3a] = K.Boundary; // :
  KIND[0x2c] = K.Boundary; // ,
  KIND[0xff1b] = K.Boundary; // fullwidth ;
  KIND[0xff1a] = K.Boundary; // fullwidth :
  KIND[0xff0c] = K.Boundary; // fullwidth ,
})();

const BOUNDARY_NORM: Record<string, string> = { "；": ";", "：": ":", "，": "," };

/** Whether a code unit is a word letter (not a mark, digit or joiner): a token never starts right after one. */
export function isWordLetter(code: number): boolean {
  return KIND[code] === K.Letter;
}

/** Letters or marks continue a word. */
function inWord(k: number): boolean {
  return k === K.Letter || k === K.Mark;
}

/**
 * The normalised form of a word. Most words need only lower-casing: the full `normalise` runs only
 * when the word holds a character it rewrites (ё, legacy Kazakh letters, combining marks, soft or
 * typographic hyphens, typographic apostrophes) or a Latin i next to Cyrillic letters.
 */
function normWord(raw: string): string {
  const low = raw.toLowerCase();
  let cyrillic = false;
  let latinI = false;
  for (let k = 0; k < low.length; k++) {
    const c = low.charCodeAt(k);
    if (c < 0x80) {
      if (c === 0x69) latinI = true;
    } else if (c >= 0x0400 && c <= 0x04ff) {
      if (c === 0x0451 || c === 0x045c || c === 0x0455 || c === 0x0454 || (c >= 0x0483 && c <= 0x0489)) {
        return normalise(raw);
      }
      cyrillic = true;
    } else if (c === 0xad || (c >= 0x0300 && c <= 0x036f) || c >= 0x2000) {
      return normalise(raw);
    }
  }
  return latinI && cyrillic ? normalise(raw) : low;
}

/** Splits text into word, number and clause-boundary tokens (see the module comment). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = KIND[text.charCodeAt(i)]!;
    if (k === K.Letter) {
      const start = i;
      i++;
      for (;;) {
        while (i < n && inWord(KIND[text.charCodeAt(i)]!)) i++;
        // joiners: a hyphen or apostrophe between two letters keeps the word going
        if (i + 1 < n) {
          const j = KIND[text.charCodeAt(i)]!;
          if ((j === K.Hyphen || j === K.Apostrophe) && KIND[text.charCodeAt(i + 1)] === K.Letter) {
            i += 2;
            continue;
          }
        }
        break;
      }
      out.push({ norm: normWord(text.slice(start, i)), start: start + base, end: i + base });
    } else if (k === K.Digit) {
      const start = i;
      i++;
      for (;;) {
        while (i < n && KIND[text.charCodeAt(i)] === K.Digit) i++;
        if (i + 1 < n && KIND[text.charCodeAt(i + 1)] === K.Digit) {
          const c = text.charCodeAt(i);
          if (c === 0x2e || c === 0x2c || KIND[c] === K.Hyphen) {
            i += 2;
            continue;
          }
        }
        break;
      }
      // a hyphenated suffix of letters (Kazakh case endings, ordinals): 30-ға, 7-бап, 1-ші
      if (i + 1 < n && KIND[text.charCodeAt(i)] === K.Hyphen && KIND[text.charCodeAt(i + 1)] === K.Letter) {
        i += 2;
        while (i < n && inWord(KIND[text.charCodeAt(i)]!)) i++;
      }
      out.push({ norm: normWord(text.slice(start, i)), start: start + base, end: i + base, number: true });
    } else if (k === K.Boundary) {
      const ch = text[i]!;
      out.push({ norm: BOUNDARY_NORM[ch] ?? ch, start: i + base, end: i + 1 + base, boundary: true });
      i++;
    } else {
      i++;
    }
  }
  return out;
}
