/**
 * Moving around a bill: the outline as document symbols, go to definition (a cross reference →
 * the provision it names; a defined term's use → its definition), and the references of a
 * provision (who refers to it).
 */
import type { DocumentSymbol, LocationLink, Range as LspRange, Position } from "vscode-languageserver/node";
import { SymbolKind, SymbolTag } from "vscode-languageserver/node";
import { findDefinition } from "../analysis/definitions.js";
import { tokenize } from "../language/tokens.js";
import type { Definition, Division, DivisionKind, Document, Provision, Reference } from "../syntax/ast.js";
import { contains, type TextLines, toRange } from "./convert.js";

export type Unit = Division | Provision;

const DIVISION_KIND: Record<DivisionKind, SymbolKind> = {
  book: SymbolKind.Namespace,
  part: SymbolKind.Namespace,
  title: SymbolKind.Namespace,
  subtitle: SymbolKind.Namespace,
  section: SymbolKind.Module,
  chapter: SymbolKind.Module,
  subchapter: SymbolKind.Module,
  article: SymbolKind.Class,
  annex: SymbolKind.Package,
  heading: SymbolKind.Module,
};

/** One line of text, spaces collapsed, cut to `max` characters. */
function oneLine(text: string, max = 80): string {
  const s = text.replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** `range` widened to hold `inner` (LSP wants a symbol's or link's selection inside its range). */
function enclose(range: LspRange, inner: LspRange): LspRange {
  return {
    start: before(inner.start, range.start) ? inner.start : range.start,
    end: before(range.end, inner.end) ? inner.end : range.end,
  };
}

/** Where a unit is named: a division's heading, a provision's first line. */
export function selectionRange(u: Unit, lines: TextLines): LspRange {
  if (u.type === "Division") return toRange(u.implicit ? u.range : u.headingRange);
  const r = toRange(u.range);
  if (r.end.line === r.start.line) return r;
  return { start: r.start, end: { line: r.start.line, character: lines.length(r.start.line) } };
}

/** A unit's whole range, holding its selection. */
export function unitRange(u: Unit, lines: TextLines): LspRange {
  return enclose(toRange(u.range), selectionRange(u, lines));
}

/**
 * The bill's outline: parts, chapters, articles with their headings, then paragraphs and points
 * (numbered provisions and unnumbered alineas) with their labels. Implicit divisions (a bill with
 * no headings) are left out and their children lifted; repealed units are tagged deprecated.
 */
export function documentSymbols(doc: Document, lines: TextLines): DocumentSymbol[] {
  const rec = (nodes: readonly Unit[]): DocumentSymbol[] => {
    const out: DocumentSymbol[] = [];
    for (const n of nodes) {
      if (n.type === "Division" && n.implicit) {
        out.push(...rec(n.children));
        continue;
      }
      const name = n.label || (n.type === "Division" ? n.keyword : (n.enumerator ?? "")) || n.kind;
      const symbol: DocumentSymbol = {
        name,
        kind:
          n.type === "Division"
            ? DIVISION_KIND[n.kind]
            : n.kind === "point" || n.kind === "indent"
              ? SymbolKind.EnumMember
              : SymbolKind.Field,
        range: unitRange(n, lines),
        selectionRange: selectionRange(n, lines),
        children: rec(n.children),
      };
      const detail =
        n.type === "Division"
          ? n.heading
            ? oneLine(n.heading.text)
            : undefined
          : n.intro
            ? oneLine(n.intro.text, 60)
            : undefined;
      if (detail && detail !== name) symbol.detail = detail;
      if (n.deleted) symbol.tags = [SymbolTag.Deprecated];
      out.push(symbol);
    }
    return out;
  };
  return rec(doc.body);
}

const indexes = new WeakMap<Document, Map<string, Unit>>();

/** Units by eId (built once per parsed document). */
export function unitIndex(doc: Document): Map<string, Unit> {
  let map = indexes.get(doc);
  if (map) return map;
  const byEId = new Map<string, Unit>();
  const rec = (nodes: readonly Unit[]): void => {
    for (const n of nodes) {
      if (n.eId && !byEId.has(n.eId)) byEId.set(n.eId, n);
      rec(n.children);
    }
  };
  rec(doc.body);
  map = byEId;
  indexes.set(doc, map);
  return map;
}

/** The units around a position, outermost first. */
export function unitsAt(doc: Document, p: Position): Unit[] {
  const path: Unit[] = [];
  let nodes: readonly Unit[] = doc.body;
  for (;;) {
    const hit = nodes.find((n) => contains(n.range, p) || (n.type === "Division" && contains(n.headingRange, p)));
    if (!hit) return path;
    path.push(hit);
    nodes = hit.children;
  }
}

/** The cross reference under the cursor. */
export function referenceAt(doc: Document, p: Position): Reference | undefined {
  return doc.references.find((r) => contains(r.range, p));
}

/** Longest defined term of the bill that the words under the cursor use (inflection-tolerant). */
export function termAt(doc: Document, lines: TextLines, p: Position): Definition | undefined {
  if (doc.definitions.length === 0 || p.line >= lines.count) return undefined;
  const lineStart = lines.start(p.line);
  const offset = lineStart + p.character;
  const tokens = tokenize(lines.line(p.line), lineStart);
  const k = tokens.findIndex((t) => t.start <= offset && offset <= t.end && !t.boundary && !t.number);
  if (k < 0) return undefined;
  const longest = Math.max(...doc.definitions.map((d) => d.term.trim().split(/\s+/).length));
  // one word more than the longest term: a leading article ("the Agency")
  for (let n = Math.min(8, longest + 1); n >= 1; n--) {
    for (let i = Math.max(0, k - n + 1); i <= k && i + n <= tokens.length; i++) {
      const words = tokens.slice(i, i + n);
      if (words.some((t) => t.boundary)) continue;
      const phrase = lines.text.slice(words[0]!.start, words[words.length - 1]!.end);
      const def = findDefinition(doc.definitions, phrase, doc.language);
      if (def) return def;
    }
  }
  return undefined;
}

/**
 * Go to definition: from a cross reference to the provision it names; from a defined term's use
 * to where it is defined. Empty when the cursor is on neither.
 */
export function definitionAt(uri: string, doc: Document, lines: TextLines, p: Position): LocationLink[] {
  const ref = referenceAt(doc, p);
  if (ref?.targetEId) {
    const target = unitIndex(doc).get(ref.targetEId);
    if (target) {
      return [
        {
          originSelectionRange: toRange(ref.range),
          targetUri: uri,
          targetRange: unitRange(target, lines),
          targetSelectionRange: selectionRange(target, lines),
        },
      ];
    }
  }
  const def = termAt(doc, lines, p);
  if (def) {
    const target = toRange(def.range);
    return [{ targetUri: uri, targetRange: target, targetSelectionRange: target }];
  }
  return [];
}

/**
 * The provision a "find references" is about: the target of the cross reference under the cursor,
 * else the innermost unit under it (a division when on its heading).
 */
export function subjectAt(doc: Document, p: Position): Unit | undefined {
  const ref = referenceAt(doc, p);
  if (ref?.targetEId) {
    const target = unitIndex(doc).get(ref.targetEId);
    if (target) return target;
  }
  return unitsAt(doc, p).findLast((u) => u.type === "Provision" || !u.implicit);
}

/** Every cross reference of the bill to a unit or to a unit inside it (`Article 3(2)(a)` refers into Article 3). */
export function referencesTo(doc: Document, unit: Unit): Reference[] {
  if (!unit.eId) return [];
  const prefix = `${unit.eId}__`;
  return doc.references.filter(
    (r) => r.targetEId !== null && (r.targetEId === unit.eId || r.targetEId.startsWith(prefix)),
  );
}
