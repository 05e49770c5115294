import type { Division, Document, Provision } from "./ast.js";

/** Visits every division and provision in document order (parents before children). */
export function walk(
  doc: Document,
  visit: (node: Division | Provision, parent: Division | Provision | null) => void,
): void {
  const rec = (nodes: (Division | Provision)[], parent: Division | Provision | null): void => {
    for (const n of nodes) {
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
