import type { Position, Range, TextBlock, TextSegment } from "./ast.js";

/** Whether a UTF-16 code unit is whitespace as JavaScript's `\s` means it. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The last element of `arr`, or undefined when it is empty. `arr[arr.length - 1]` on an empty
 * array reads the property "-1", a slow generic lookup (~20 times a length check).
 */
export function lastItem<T>(arr: readonly T[]): T | undefined {
  return arr.length > 0 ? arr[arr.length - 1] : undefined;
}

/** Maps source offsets to 1-based line / UTF-16 column positions in O(log lines). */
export class LineIndex {
  /** Offset at which each line starts. */
  readonly lineStarts: number[];

  constructor(readonly source: string) {
    let starts = [0];
    if (source.indexOf("\r") < 0) {
      // the common case: LF only, found by indexOf (much faster than a loop over characters);
      // counted first, so the array is made at its size (grown by `push`, a large one leaves
      // copies in the large-object space until the next full GC)
      let count = 1;
      for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) count++;
      starts = new Array<number>(count);
      starts[0] = 0;
      let k = 1;
      for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts[k++] = i + 1;
    } else {
      for (let i = 0; i < source.length; i++) {
        const c = source.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (source.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Line of the last lookup: passes read positions mostly in increasing order. */
  private hint = 0;

  /** 0-based line index containing `offset`. */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    const h = this.hint;
    if ((starts[h] as number) <= offset) {
      // the same line as last time, or the next one: no search
      const next = starts[h + 1];
      if (next === undefined || offset < next) return h;
      const after = starts[h + 2];
      if (after === undefined || offset < after) {
        this.hint = h + 1;
        return h + 1;
      }
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.hint = lo;
    return lo;
  }

  position(offset: number): Position {
    // `| 0` keeps every field a small integer: one double in a Position would make V8 box all of them
    const clamped = Math.min(Math.max(offset, 0), this.source.length) | 0;
    const line = this.lineOf(clamped) | 0;
    return { line: (line + 1) | 0, column: (clamped - (this.lineStarts[line] as number) + 1) | 0, offset: clamped };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}

/**
 * Builds a TextBlock from source spans [start, end), joined with "\n". `around` is a range the
 * block lies in (a heading's text in the heading line): where they start or end at the same
 * offset, the block's range takes its position objects (ranges are read-only).
 */
export function textBlock(
  index: LineIndex,
  spans: ReadonlyArray<readonly [number, number]>,
  around: Range | null = null,
): TextBlock {
  const first = spans[0];
  const last = lastItem(spans);
  if (!first || !last) return { type: "Text", text: "", range: index.range(0, 0), segments: [] };
  const range =
    around === null
      ? index.range(first[0], last[1])
      : {
          start: around.start.offset === first[0] ? around.start : index.position(first[0]),
          end: around.end.offset === last[1] ? around.end : index.position(last[1]),
        };
  if (spans.length === 1 || onlyWhiteSpaceBetween(index.source, spans)) {
    // Lines one after the other (blank lines and indentation between them): the text is a slice
    // of the source itself, no copy, and text offsets map to source offsets by one addition.
    const text = index.source.slice(first[0], last[1]);
    return { type: "Text", text, range, segments: [{ textStart: 0, start: first[0], end: last[1] }] };
  }
  // Lines with something else between them (a comment, a note): joined with "\n".
  let at = 0;
  const segments: TextSegment[] = spans.map(([start, end]) => {
    const seg = { textStart: at, start, end };
    at += end - start + 1;
    return seg;
  });
  const text = spans.map(([start, end]) => index.source.slice(start, end)).join("\n");
  return { type: "Text", text, range, segments };
}

function onlyWhiteSpaceBetween(source: string, spans: ReadonlyArray<readonly [number, number]>): boolean {
  for (let k = 1; k < spans.length; k++) {
    const from = (spans[k - 1] as readonly [number, number])[1];
    const to = (spans[k] as readonly [number, number])[0];
    for (let i = from; i < to; i++) {
      const c = source.charCodeAt(i);
      if (c > 32 && c !== 0xa0 && c !== 0xfeff && !(c >= 0x2000 && c <= 0x200b) && c !== 0x3000) return false;
    }
  }
  return true;
}

/** Maps an offset inside `block.text` back to a source offset. */
export function sourceOffset(block: TextBlock, textOffset: number): number {
  const segs = block.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segs[mid] as TextSegment).textStart <= textOffset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo];
  if (!seg) return 0;
  return Math.min(seg.start + (textOffset - seg.textStart), seg.end);
}

/** Source range of `block.text.slice(from, to)`. */
export function textRange(index: LineIndex, block: TextBlock, from: number, to: number): Range {
  const start = sourceOffset(block, from);
  const end = to > from ? sourceOffset(block, to - 1) + 1 : start;
  // A part that starts or ends where its block does shares the block's position objects (a
  // one-sentence provision shares the whole range): fewer objects in a large AST. Treat ranges
  // as read-only.
  const whole = block.range;
  const sameStart = start === whole.start.offset;
  const sameEnd = end === whole.end.offset;
  if (sameStart && sameEnd) return whole;
  return {
    start: sameStart ? whole.start : index.position(start),
    end: sameEnd ? whole.end : index.position(end),
  };
}
