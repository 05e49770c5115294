/**
 * The edit between two versions of a bill's source, as the language server's re-lints see them:
 * the longest common prefix and suffix, and the changed stretch between them. A stretch of the new
 * source that lies in the common prefix or suffix has the same text as a stretch of the old one,
 * found without comparing or hashing it: what depends only on that text can be reused.
 */
export class SourceEdit {
  /** New offsets below this are in the common prefix (same offset in the old source). */
  readonly prefix: number;
  /** New offsets from this on are in the common suffix (old offset = new offset - `delta`). */
  readonly suffixFrom: number;
  /** New length minus old length. */
  readonly delta: number;

  constructor(before: string, after: string) {
    const limit = Math.min(before.length, after.length);
    const prefix = commonPrefix(before, after, limit);
    this.prefix = prefix;
    this.suffixFrom = after.length - commonSuffix(before, after, limit - prefix);
    this.delta = after.length - before.length;
  }

  /**
   * Where the text at [start, end) of the new source stood in the old one (its start offset there),
   * or -1 when the stretch touches the changed part.
   */
  before(start: number, end: number): number {
    if (end <= this.prefix) return start;
    if (start >= this.suffixFrom) return start - this.delta;
    return -1;
  }
}

/** Blocks compared at once (natively, as string equality) before the first difference is looked for char by char. */
const BLOCK = 4096;

function commonPrefix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i + BLOCK <= limit && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the common suffix, at most `limit` (so that it does not overlap the common prefix). */
function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  const al = a.length;
  const bl = b.length;
  while (n + BLOCK <= limit && a.slice(al - n - BLOCK, al - n) === b.slice(bl - n - BLOCK, bl - n)) n += BLOCK;
  while (n < limit && a.charCodeAt(al - n - 1) === b.charCodeAt(bl - n - 1)) n++;
  return n;
}
