import type { Comment, Division, Document, Markup, Note, Provision, Range, TextBlock } from "./ast.js";
import type { LineIndex } from "./positions.js";

/** Visits every division and provision in document order (parents before children). */
export function walk(
  doc: Document,
  visit: (node: Division | Provision, parent: Division | Provision | null) => void,
): void {
  // indexed loops in the traversals of a parse: they mostly run before the optimising compiler,
  // where `for…of` allocates an iterator and a result object per node
  const rec = (nodes: (Division | Provision)[], parent: Division | Provision | null): void => {
    for (let k = 0; k < nodes.length; k++) {
      const n = nodes[k] as Division | Provision;
      visit(n, parent);
      rec(n.children, n);
    }
  };
  rec(doc.body, null);
}

export interface OutlineEntry {
  depth: number;
  kind: Division["kind"];
  label: string;
  eId: string;
  heading: string | null;
  line: number;
  deleted: boolean;
}

/** One entry per division (not implicit), with its nesting depth: the bill's table of contents. */
export function outline(doc: Document): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const rec = (nodes: (Division | Provision)[], depth: number): void => {
    for (const n of nodes) {
      if (n.type !== "Division") continue;
      if (!n.implicit) {
        out.push({
          depth,
          kind: n.kind,
          label: n.label,
          eId: n.eId,
          heading: n.heading ? n.heading.text.replace(/\s+/g, " ") : null,
          line: n.headingRange.start.line,
          deleted: n.deleted,
        });
      }
      rec(n.children, n.implicit ? depth : depth + 1);
    }
  };
  rec(doc.body, 0);
  return out;
}

export interface OwnedSpan {
  node: Document | Division | Provision | Note | Comment | Markup;
  /** 1-based first and last line the node owns directly (not through its children). */
  startLine: number;
  endLine: number;
}

/**
 * The lines each node owns directly: heading lines of divisions, the text lines of provisions
 * (intro and wrap-up), notes, comments, layout, and the document's title, preamble and formula.
 * Every non-blank line of a bill belongs to exactly one of these (comments sharing a line with
 * text are annotations of that line and are listed too).
 */
export function ownedSpans(doc: Document, index: LineIndex): OwnedSpan[] {
  const out: OwnedSpan[] = [];
  const block = (node: OwnedSpan["node"], b: TextBlock | null): void => {
    if (!b) return;
    for (const seg of b.segments) {
      if (seg.end <= seg.start) continue;
      out.push({ node, startLine: index.lineOf(seg.start) + 1, endLine: index.lineOf(seg.end - 1) + 1 });
    }
  };
  const range = (node: OwnedSpan["node"], r: Range): void => {
    const endLine = r.end.offset > r.start.offset ? index.lineOf(r.end.offset - 1) + 1 : r.start.line;
    out.push({ node, startLine: r.start.line, endLine });
  };
  block(doc, doc.title);
  block(doc, doc.preamble);
  block(doc, doc.enactingFormula);
  for (const n of doc.notes) range(n, n.range);
  for (const c of doc.comments) range(c, c.range);
  for (const m of doc.markup) range(m, m.range);
  const rec = (nodes: (Division | Provision)[]): void => {
    for (const n of nodes) {
      if (n.type === "Division") {
        if (!n.implicit) range(n, n.headingRange);
        block(n, n.intro);
      } else {
        if (n.enumerator !== null) {
          const line = n.range.start.line;
          out.push({ node: n, startLine: line, endLine: line });
        }
        block(n, n.intro);
        block(n, n.wrapUp);
      }
      for (const note of n.notes) range(note, note.range);
      rec(n.children);
    }
  };
  rec(doc.body);
  return out;
}
