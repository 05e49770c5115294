/**
 * Helpers shared by the analysis passes (definitions, cross references): letter classes for
 * regexes over Russian/Kazakh/English text, number keys for matching references against the
 * numbers of divisions and provisions, and a walk over every text block of the body with the
 * ancestors of the node that holds it.
 */

import type { Division, Document, Provision, TextBlock } from "../syntax/ast.js";
import { romanValue } from "../syntax/numbering.js";

/** Lower-case Cyrillic letters of Russian and Kazakh, for regex character classes. */
export const CYR_LOWER = "а-яёәғқңөұүһі";
/** Upper-case Cyrillic letters of Russian and Kazakh. */
export const CYR_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІ";
/** Any letter we read in bills (Latin, Latin-1 letters, Russian and Kazakh Cyrillic). */
export const LETTER = `A-Za-z\\u00C0-\\u024F${CYR_LOWER}${CYR_UPPER}`;

/** Value of a well-formed roman numeral (`IV` → 4, `xii` → 12), else null. */
export function romanToArabic(s: string): number | null {
  return s.length === 0 || s.length > 12 ? null : romanValue(s);
}

/** A number that is already a key: digits, ASCII lower-case letters and hyphens. */
const PLAIN_KEY = /^[0-9a-z-]*$/;

/** Cyrillic letters that look exactly like Latin ones, folded so `а)` and `a)` compare equal. */
const LOOKALIKES: Record<string, string> = { а: "a", е: "e", о: "o", р: "p", с: "c", х: "x", у: "y", і: "i" };

/**
 * Key for comparing numbers of provisions and divisions: brackets and trailing `.`/`)` removed,
 * lower case, dots and dashes unified to `-` (`12.1` = `12-1`), inner spaces removed,
 * Cyrillic lookalikes folded to Latin (`а` = `a`).
 */
export function numKey(raw: string): string {
  // the common case, already a key (`12`, `3-1`, `a`, `iv`): every step below leaves it as is
  if (PLAIN_KEY.test(raw)) return raw;
  let s = raw.trim().toLowerCase();
  s = s.replace(/^[([]+/, "").replace(/[)\].:,;]+$/, "");
  s = s.replace(/\s+/g, "").replace(/[.\u2010-\u2015]/g, "-");
  if (s.length === 1 && LOOKALIKES[s] !== undefined) s = LOOKALIKES[s] as string;
  return s;
}

/** Keys under which a division number is found: its key and, for a roman numeral, the arabic value. */
export function divisionKeys(raw: string): string[] {
  const key = numKey(raw);
  if (key === "") return [];
  const roman = romanKey(key);
  return roman === null ? [key] : [key, roman];
}

/** The arabic value, as a key, of a division number whose key `key` is a roman numeral, else null. */
export function romanKey(key: string): string | null {
  const roman = /^[ivxlcdm]+$/.test(key) ? romanToArabic(key) : null;
  return roman === null ? null : String(roman);
}

export type BodyNode = Division | Provision;

/**
 * Calls `visit` for every text block of the body in document order: a division's intro, a
 * provision's intro, then the children, then the provision's wrap-up. `path` holds the
 * ancestors of the owner, outermost first, and ends with the owner; it is reused between calls
 * (copy it to keep it). Headings and notes are not visited.
 */
export function walkTextBlocks(
  doc: Document,
  visit: (block: TextBlock, owner: BodyNode, path: readonly BodyNode[]) => void,
): void {
  const path: BodyNode[] = [];
  const walk = (nodes: readonly BodyNode[]): void => {
    for (const node of nodes) {
      path.push(node);
      if (node.intro) visit(node.intro, node, path);
      walk(node.children);
      if (node.type === "Provision" && node.wrapUp) visit(node.wrapUp, node, path);
      path.pop();
    }
  };
  walk(doc.body);
}
