import type { Position, Range, TextBlock, TextSegment } from "./ast.js";

/** Maps source offsets to 1-based line / UTF-16 column positions in O(log lines). */
export class LineIndex {
  /** Offset at which each line starts. */
  readonly lineStarts: number[];

  constructor(readonly source: string) {
    const starts = [0];
    if (source.indexOf("\r") < 0) {
      // the common case: LF only, found by indexOf (much faster than a loop over characters)
      for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
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

/** Builds a TextBlock from source spans [start, end), joined with "\n". */
export function textBlock(index: LineIndex, spans: ReadonlyArray<readonly [number, number]>): TextBlock {
  // map() gives an array of exactly the right size (push would leave slack in every block)
  let at = 0;
  const segments: TextSegment[] = spans.map(([start, end]) => {
    const seg = { textStart: at, start, end };
    at += end - start + 1;
    return seg;
  });
  const first0 = spans[0];
  // one line: a slice of the source; several: one flat string (scanned soon, so not left as ropes)
  const text =
    spans.length === 1 && first0
      ? index.source.slice(first0[0], first0[1])
      : spans.map(([start, end]) => index.source.slice(start, end)).join("\n");
  const first = spans[0];
  const last = spans[spans.length - 1];
  const range = first && last ? index.range(first[0], last[1]) : index.range(0, 0);
  return { type: "Text", text, range, segments };
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
  return index.range(start, end);
}
