/**
 * Helpers shared by the formatters: totals of a run, how a finding names its rule and cites its
 * principle, and the display width of a string (for aligned columns in a terminal).
 */
import type { Finding } from "../engine/types.js";
import type { FileReport } from "./types.js";

export interface Totals {
  problems: number;
  errors: number;
  warnings: number;
  infos: number;
  files: number;
}

/** Counts over all reports; `files` is the number of files linted, clean ones included. */
export function totals(reports: readonly FileReport[]): Totals {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of reports) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
  }
  return { problems: errors + warnings + infos, errors, warnings, infos, files: reports.length };
}

/** `religion/registration-precondition:worship-conditioned`: the rule id, with the sub-code when there is one. */
export function ruleRef(f: Finding): string {
  return f.subCode ? `${f.ruleId}:${f.subCode}` : f.ruleId;
}

/**
 * What a finding rests on: its principle citations (`KZ Constitution 2026 art. 7(1)–(2); ICCPR
 * art. 18(3)`), else the profile id, else "" (engine findings about directives).
 */
export function citation(f: Finding): string {
  if (f.principle.length > 0) return f.principle.join("; ");
  return f.profile;
}

/** Line breaks (CR, LF, CRLF) and the blanks around them as one space: one finding, one line. */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, " ");
}

/**
 * Columns a string takes in a terminal: one per code point, none for combining marks and
 * zero-width characters, two for East Asian wide and fullwidth characters. Cyrillic, Kazakh
 * letters and Latin take one each.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ZERO_WIDTH.test(ch)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

/** `text` followed by spaces up to `width` display columns. */
export function padEnd(text: string, width: number): string {
  const missing = width - displayWidth(text);
  return missing > 0 ? text + " ".repeat(missing) : text;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u200B]$/u;

/** East Asian Wide (W) and Fullwidth (F) blocks, the ones that occur in text. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo initials
    (cp >= 0x2e80 && cp <= 0x303e) || // CJK radicals, Kangxi, CJK symbols and punctuation
    (cp >= 0x3041 && cp <= 0x33ff) || // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0xa000 && cp <= 0xa4cf) || // Yi
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // fullwidth forms
    (cp >= 0xffe0 && cp <= 0xffe6) || // fullwidth signs
    (cp >= 0x1f300 && cp <= 0x1f64f) || // pictographs, emoticons
    (cp >= 0x1f900 && cp <= 0x1f9ff) || // supplemental symbols and pictographs
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extensions B and later
  );
}
