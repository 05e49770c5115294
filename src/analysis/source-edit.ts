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

let lastEdit: { before: string; after: string; edit: SourceEdit } | undefined;

/** The edit between two sources, computed once for the memories that ask about the same pair in one lint. */
export function sourceEdit(before: string, after: string): SourceEdit {
  if (lastEdit === undefined || lastEdit.before !== before || lastEdit.after !== after) {
    lastEdit = { before, after, edit: new SourceEdit(before, after) };
  }
  return lastEdit.edit;
}

interface Slot<T> {
  end: number;
  value: T;
  /** Another stretch that starts where this one does. */
  next: Slot<T> | undefined;
}

/**
 * A value per stretch of a document's source [start, end), kept from one lint of the document to
 * the next while the edit between them leaves the stretch's text alone (it is then found at its
 * old offset, before the edit, or moved by the edit's length, after it): `carry` makes this lint's
 * value from the last lint's (and how far the stretch moved), or a fresh one when there is none.
 * A stretch of the last lint is carried to one stretch of this one at most, so `carry` may
 * change and return the old value.
 * Each lint keeps the stretches it asked about and drops the rest, so it never outgrows one bill.
 */
export class StretchMemory<T> {
  private source: string | undefined;
  private edit: SourceEdit | undefined;
  private kept = new Map<number, Slot<T>>();
  private used = new Map<number, Slot<T>>();

  constructor(private readonly carry: (old: T | undefined, moved: number) => T) {}

  /** Starts a lint of `source`; with `keep` false, nothing of the last lint is carried over. */
  begin(source: string, keep = true): void {
    const carried = keep && this.source !== undefined;
    this.kept = carried ? this.used : new Map();
    this.edit = carried ? sourceEdit(this.source as string, source) : undefined;
    this.used = new Map();
    this.source = source;
  }

  /** The value of [start, end) in this lint. */
  at(start: number, end: number): T {
    const known = find(this.used, start, end);
    if (known !== undefined) return known.value;
    const at = this.edit ? this.edit.before(start, end) : -1;
    const old = at < 0 ? undefined : find(this.kept, at, at + end - start);
    const value = this.carry(old?.value, start - at);
    this.used.set(start, { end, value, next: this.used.get(start) });
    return value;
  }

  /** Stretches asked about in this lint. */
  get size(): number {
    let n = 0;
    for (const first of this.used.values()) for (let s: Slot<T> | undefined = first; s !== undefined; s = s.next) n++;
    return n;
  }
}

function find<T>(map: ReadonlyMap<number, Slot<T>>, start: number, end: number): Slot<T> | undefined {
  for (let s = map.get(start); s !== undefined; s = s.next) if (s.end === end) return s;
  return undefined;
}

let lastId = 0;

/**
 * A number per stretch of a document's source that stays the same from one lint to the next while
 * the stretch's text does (found through the edit between them, never by comparing or hashing the
 * text): equal numbers mean equal text. A stretch whose text may have changed gets a number never
 * given before. Unit keys use them instead of the units' text.
 */
export class TextIds {
  private readonly memory = new StretchMemory<number>((old) => old ?? ++lastId);

  begin(source: string): void {
    this.memory.begin(source);
  }

  /** The number of the text at [start, end) of this lint's source. */
  id(start: number, end: number): number {
    return this.memory.at(start, end);
  }
}
