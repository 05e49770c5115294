/**
 * `primaryLocationLineHash` for SARIF results (GitHub code scanning matches alerts across runs
 * with it). The scheme, as ../shared/notes/linters.md §3 describes GitHub's:
 *
 * - line breaks (CRLF, CR) are read as LF;
 * - for each line, take the first 100 characters from the start of that line on, skipping
 *   spaces and tabs (line feeds count, so the window runs on into the following lines);
 * - hash them as a polynomial with base 37 modulo 2^64 (h = h·37 + UTF-16 code unit), printed as
 *   unsigned hexadecimal without leading zeros;
 * - add `:n`, where n counts the lines so far (this one included) with the same hash.
 *
 * The hash depends on the text, not the line number: inserting lines above a finding moves its
 * `startLine` and keeps its fingerprint.
 */

/** Characters per hashing window. */
export const BLOCK_SIZE = 100;
const BASE = 37;
const TWO_32 = 0x1_0000_0000;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The fingerprint (`hash:occurrence`) of every line of `source` (index 0 = line 1), up to
 * `lastLine` when given (occurrences count only the lines before, so that is enough).
 */
export function lineFingerprints(source: string, lastLine = Number.POSITIVE_INFINITY): string[] {
  const { units, lineStarts } = scan(source);
  const lines = Math.min(lineStarts.length, lastLine);
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const hash = windowHash(units, lineStarts[i]!);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    out.push(`${hash}:${n}`);
  }
  return out;
}

/** The hash (without the occurrence) of the window starting at `start` in the hashed stream. */
function windowHash(units: Uint16Array, start: number): string {
  const end = Math.min(units.length, start + BLOCK_SIZE);
  // 64-bit arithmetic in two 32-bit halves (exact in doubles: 37·2^32 < 2^53)
  let hi = 0;
  let lo = 0;
  for (let i = start; i < end; i++) {
    const low = lo * BASE + units[i]!;
    const carry = Math.floor(low / TWO_32);
    lo = low - carry * TWO_32;
    hi = (hi * BASE + carry) % TWO_32;
  }
  return hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, "0");
}

/**
 * The hashed stream (the source without spaces and tabs, line breaks as LF) and, per line, the
 * index in the stream where the line starts.
 */
function scan(source: string): { units: Uint16Array; lineStarts: number[] } {
  const units = new Uint16Array(source.length);
  const lineStarts = [0];
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    let c = source.charCodeAt(i);
    if (c === SPACE || c === TAB) continue;
    if (c === CR) {
      if (source.charCodeAt(i + 1) === LF) i++;
      c = LF;
    }
    units[n++] = c;
    if (c === LF) lineStarts.push(n);
  }
  return { units: units.subarray(0, n), lineStarts };
}
