/**
 * Numbers of divisions and provisions: cleaning for eIds (AKN naming convention), roman numerals,
 * letter sequences, ordinal words, and whether one number may follow another.
 */
import type { NumStyle } from "./ast.js";

const SUPERSCRIPTS: Record<string, string> = {
  "\u00B9": "1",
  "\u00B2": "2",
  "\u00B3": "3",
  "\u2070": "0",
  "\u2074": "4",
  "\u2075": "5",
  "\u2076": "6",
  "\u2077": "7",
  "\u2078": "8",
  "\u2079": "9",
};

/** Already normal: letters and digits, inner `-` or `.`, nothing around (most numbers). */
const SIMPLE_NUM = /^[0-9A-Za-z\u0400-\u04FF](?:[0-9A-Za-z\u0400-\u04FF.-]*[0-9A-Za-z\u0400-\u04FF])?$/;

/** `67¹` → `67-1`; trailing `.`/`)` removed; brackets removed. */
export function normaliseNum(num: string): string {
  if (SIMPLE_NUM.test(num)) return num;
  let s = num.trim().replace(/^[([]+|[)\].:]+$/g, "");
  s = s.replace(/[\u00B9\u00B2\u00B3\u2070-\u2079]+/g, (m) => `-${[...m].map((c) => SUPERSCRIPTS[c] ?? "").join("")}`);
  return s;
}

const EID_NUM = /^[0-9A-Za-z\u0400-\u04FF]+(?:-[0-9A-Za-z\u0400-\u04FF]+)*$/;

/** AKN-NC cleaning of a number for an eId: `(a)`→`a`, `1.1.`→`1-1`, `3-1.`→`3-1`, `12 bis`→`12bis`. */
export function eIdNum(num: string): string {
  if (EID_NUM.test(num)) return num;
  return normaliseNum(num)
    .replace(/\s+/g, "")
    .replace(/[^0-9A-Za-z\u00C0-\u024F\u0400-\u04FF]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

export function romanValue(s: string): number | null {
  const t = s.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(t)) return null;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i] as string] as number;
    const next = ROMAN[t[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === t ? total : null;
}

const ROMAN_TABLE: readonly (readonly [number, string])[] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

export function toRoman(n: number): string {
  let out = "";
  let rest = n;
  for (const [v, s] of ROMAN_TABLE) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

const LATIN = "abcdefghijklmnopqrstuvwxyz";
/** Letters used as enumerators in Russian texts (ё й ъ ы ь are skipped in legal lists) and Kazakh ones. */
const RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя";
const KAZAKH = "аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщыіэюя";

const ORDINALS: Record<string, number> = {};
[
  ["первый", "первая", "бірінші", "one", "first"],
  ["второй", "вторая", "екінші", "two", "second"],
  ["третий", "третья", "үшінші", "three", "third"],
  ["четвертый", "четвертая", "четвёртый", "четвёртая", "төртінші", "four", "fourth"],
  ["пятый", "пятая", "бесінші", "five", "fifth"],
  ["шестой", "шестая", "алтыншы", "six", "sixth"],
  ["седьмой", "седьмая", "жетінші", "seven", "seventh"],
  ["восьмой", "восьмая", "сегізінші", "eight", "eighth"],
  ["девятый", "девятая", "тоғызыншы", "nine", "ninth"],
  ["десятый", "десятая", "оныншы", "ten", "tenth"],
].forEach((words, i) => {
  for (const w of words) ORDINALS[w] = i + 1;
});

/** A number broken into what sequence checks compare: main value, inserted parts, letter suffix. */
interface NumParts {
  main: number;
  inserts: number[];
  suffix: string;
}

function parts(num: string, style: NumStyle | "heading"): NumParts | null {
  const s = normaliseNum(num).toLowerCase();
  if (s === "") return null;
  const arabic = /^(\d+)((?:[-.]\d+)*)([a-z]{0,2})$/.exec(s);
  if (arabic) {
    const inserts = (arabic[2] ?? "").split(/[-.]/).filter(Boolean).map(Number);
    return { main: Number(arabic[1]), inserts, suffix: arabic[3] ?? "" };
  }
  const romanMatch = /^([ivxlcdm]+)((?:-\d+)*)$/.exec(s);
  const isRomanStyle = style === "paren-roman" || style === "paren-ROMAN" || style === "heading";
  if (romanMatch && isRomanStyle) {
    const v = romanValue(romanMatch[1] as string);
    if (v !== null) {
      const inserts = (romanMatch[2] ?? "").split("-").filter(Boolean).map(Number);
      return { main: v, inserts, suffix: "" };
    }
  }
  const ordinal = ORDINALS[s];
  if (ordinal !== undefined) return { main: ordinal, inserts: [], suffix: "" };
  if (/^[a-z]{1,3}$/.test(s) && new Set(s).size === 1) {
    // a, b, ... z, aa, bb ... (repeated letters continue the alphabet)
    return { main: (s.length - 1) * 26 + LATIN.indexOf(s[0] as string) + 1, inserts: [], suffix: "" };
  }
  if (/^[\u0400-\u04ff]$/.test(s)) {
    const r = RUSSIAN.indexOf(s);
    const k = KAZAKH.indexOf(s);
    return { main: r >= 0 ? r + 1 : k + 1, inserts: [], suffix: "" };
  }
  return null;
}

/** Index of a Cyrillic letter in the Kazakh alphabet (1-based), for lists that follow it. */
function kazakhIndex(s: string): number {
  return KAZAKH.indexOf(s.toLowerCase()) + 1;
}

const DIGITS = /^\d+$/;

/**
 * Whether `next` may follow `prev` in one sequence: the next main number, an inserted number
 * (`7` → `7-1`, `7-1` → `7-2`, `7-1` → `8`), a letter suffix (`12` → `12a`), the next letter.
 * Unknown forms are accepted (no diagnostic is better than a wrong one).
 */
export function followsInSequence(prev: string, next: string, style: NumStyle | "heading"): boolean {
  if (DIGITS.test(prev) && DIGITS.test(next)) return Number(next) === Number(prev) + 1;
  const a = parts(prev, style);
  const b = parts(next, style);
  if (!a || !b) return true;
  if (/^[\u0400-\u04ff]$/i.test(normaliseNum(next))) {
    const ka = kazakhIndex(normaliseNum(prev));
    const kb = kazakhIndex(normaliseNum(next));
    if (ka > 0 && kb === ka + 1) return true;
  }
  if (b.main === a.main + 1 && b.inserts.length === 0 && b.suffix === "") return true;
  if (b.main === a.main) {
    // 7 → 7-1, 7-1 → 7-2, 7-1 → 7-1-1, 12 → 12a, 12a → 12b
    if (b.inserts.length > a.inserts.length && b.inserts.slice(0, a.inserts.length).join() === a.inserts.join()) {
      return b.inserts[a.inserts.length] === 1 || b.inserts[a.inserts.length] === 0;
    }
    if (b.inserts.length > 0 && b.inserts.length <= a.inserts.length) {
      const i = b.inserts.length - 1;
      const samePrefix = b.inserts.slice(0, i).join() === a.inserts.slice(0, i).join();
      return samePrefix && b.inserts[i] === (a.inserts[i] ?? 0) + 1;
    }
    if (b.suffix !== "" && a.inserts.length === 0 && b.inserts.length === 0) {
      return a.suffix === "" ? b.suffix === "a" : b.suffix.charCodeAt(0) === a.suffix.charCodeAt(0) + 1;
    }
  }
  // after an inserted number (7-1, 12a) the next main number follows
  if (b.main === a.main + 1 && b.inserts.length === 0 && b.suffix === "") return true;
  return false;
}

/** Numeric value of a heading or enumerator number when it has one (for flattened superscripts). */
export function mainValue(num: string): number | null {
  const m = /^(\d+)$/.exec(normaliseNum(num));
  return m ? Number(m[1]) : null;
}

/** The base integer of a number (`67-1` → 67, `12a` → 12), or null. */
export function baseValue(num: string): number | null {
  const m = /^(\d+)/.exec(normaliseNum(num));
  return m ? Number(m[1]) : null;
}

export function isRomanNumber(num: string): boolean {
  return /^[IVXLCDM]+$/.test(normaliseNum(num)) && romanValue(normaliseNum(num)) !== null;
}
