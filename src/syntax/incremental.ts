/**
 * Incremental re-parse for the editor: after an edit inside one article, only that article is
 * parsed again; the rest of the previous Document is kept (nodes before the edit as they are,
 * nodes after it copied with their positions moved). The result is the Document `parseIndexed`
 * would build from the new text; whenever that cannot be made sure of cheaply (an edit that
 * touches a heading's keyword or number, changes the language or the numbering context, crosses
 * articles), the whole text is parsed again. An edit within a heading's title is re-parsed like
 * one in the body: a drafter renaming a section.
 *
 * How: the changed span is the text between the common prefix and the common suffix of the two
 * texts. The "region" is the lines from the heading of the innermost division before the change
 * (an article or section with no divisions inside) up to the line of the next division heading.
 * The region is parsed on its own; its one division must come out as the same unit (kind, number,
 * keyword, label, and heading unless the edit is in it), and the bill-wide facts the builder reads (whether the bill has article
 * headings) must be the same for the region as for the bill. Its positions are moved to the
 * region's place and its eIds put under the old unit's path. Definitions and diagnostics are
 * spliced. Cross references are kept, moved, when the unit's structure (nodes, numbers, eIds,
 * headings) is unchanged and the edited text holds no reference phrase and the same inline item
 * labels before and after (typing in a sentence); otherwise they are found and resolved again over
 * the whole Document, since a changed unit may be the target of references elsewhere.
 */
import { extractReferences, ReferenceScans, referenceFreeEdit } from "../analysis/references.js";
import { sourceEdit } from "../analysis/source-edit.js";
import { detectLanguage, LANGUAGE_SAMPLE } from "../language/detect.js";
import type {
  Division,
  Document,
  Language,
  Note,
  ParseDiagnostic,
  Position,
  Provision,
  Range,
  Sentence,
  TextBlock,
} from "./ast.js";
import { type ParseOptions, parseIndexed } from "./index.js";
import { containsArticles, isCitationBase } from "./labels.js";
import { LineIndex } from "./positions.js";
import { hasArticleHeading } from "./tokens.js";

/** A parse kept for the next one: the text and what `parseIndexed` gave for it. */
export interface ParsedText {
  text: string;
  document: Document;
  index: LineIndex;
  /** The language option it was parsed with (undefined: detected). */
  language: Language | undefined;
  /** `hasArticleHeading(text)`, when known. */
  articleHeadings?: boolean;
  /** The reference phrases of its blocks, for the next re-parse. */
  scans?: ReferenceScans;
}

/** A parse to keep for the next one, and whether it reused the one before. */
export interface ReparseResult extends ParsedText {
  /** Whether only the changed unit was parsed (false: the whole text). */
  incremental: boolean;
}

type BodyNode = Division | Provision;

/** Parses `text`, reusing `prev` (the parse of an earlier version of it) where the edit allows. */
export function reparseIndexed(prev: ParsedText | undefined, text: string, options: ParseOptions = {}): ReparseResult {
  if (prev && prev.language === options.language) {
    if (prev.text === text) return { ...prev, incremental: true };
    try {
      const done = spliced(prev, text, options);
      if (done) return { ...done, text, language: options.language, incremental: true };
    } catch {
      // a case the splice did not foresee: parse the whole text, which is always right
    }
  }
  return { ...parseIndexed(text, options), text, language: options.language, incremental: false };
}

function spliced(
  prev: ParsedText,
  text: string,
  options: ParseOptions,
): { document: Document; index: LineIndex; articleHeadings: boolean; scans: ReferenceScans } | null {
  const old = prev.text;
  const doc = prev.document;
  if (doc.diagnostics.some((d) => d.code === "syntax")) return null;

  // the changed span: old [from, oldTo) became new [from, newTo)
  const edit = sourceEdit(old, text);
  const from = edit.prefix;
  const tail = text.length - edit.suffixFrom;
  // (detection reads the start of the text only: an edit after it leaves the language as it was)
  const language =
    options.language ??
    (from >= LANGUAGE_SAMPLE && old.length >= LANGUAGE_SAMPLE ? doc.language : detectLanguage(text));
  if (language !== doc.language) return null;
  const oldTo = old.length - tail;
  const delta = text.length - old.length;
  // an edit that makes or breaks a comment delimiter may change what is comment far from it
  const near = (s: string, a: number, b: number): string => s.slice(Math.max(0, a - 3), b + 3);
  if (/<!--|-->/.test(near(old, from, oldTo)) || /<!--|-->/.test(near(text, from, text.length - tail))) return null;

  // the innermost division whose heading comes before the change, and the next heading after it
  const found = unitAt(doc.body, from);
  if (!found) return null;
  const { unit, ancestors, next } = found;
  if (unit.implicit || unit.normNum === null || unit.eId === "" || unit.deleted) return null;
  if (unit.children.some((c) => c.type === "Division")) return null;
  // the edit starts after the heading (its title lines included), or lies within the heading's
  // title, where it changes no number: a drafter renaming a section. The heading's diagnostics
  // stand as they were (they compare numbers with the neighbours'), so none may reach the edit.
  const title = unit.heading;
  const inTitle =
    title !== null &&
    from >= title.range.start.offset &&
    oldTo <= title.range.end.offset &&
    !doc.diagnostics.some((d) => d.range.end.offset >= from && d.range.start.offset <= unit.headingRange.end.offset);
  if (from <= unit.headingRange.end.offset && !inTitle) return null;
  const oldIndex = prev.index;
  const regionStart = oldIndex.lineStarts[unit.range.start.line - 1] as number;
  const cut = next ? (oldIndex.lineStarts[next.range.start.line - 1] as number) : old.length;
  // the edit ends before the line break in front of the next heading
  if (next && oldTo > cut - 1) return null;
  if (!next && oldTo > old.length) return null;

  // the bill-wide facts the builder and the labels read must be the same for the region alone
  const regionText = ownCopy(text.slice(regionStart, cut + delta));
  // a comment left open reads the rest of the bill as text
  if (unclosedComment(regionText) || unclosedComment(old.slice(regionStart, cut))) return null;
  // (whether a line starts with an article heading: outside the region the lines are the old ones,
  // so the region before and after the edit must both agree with the old text)
  const articleHeadings = prev.articleHeadings ?? hasArticleHeading(old);
  if (
    hasArticleHeading(regionText) !== articleHeadings ||
    hasArticleHeading(old.slice(regionStart, cut)) !== articleHeadings
  ) {
    return null;
  }
  const hasArticles = containsArticles(doc.body);
  if (!isCitationBase(unit, hasArticles) && ancestors.some((a) => isCitationBase(a, hasArticles))) return null;

  const part = parseIndexed(regionText, { language });
  const pdoc = part.document;
  const only = pdoc.body[0];
  if (
    pdoc.body.length !== 1 ||
    !only ||
    only.type !== "Division" ||
    pdoc.title ||
    pdoc.preamble ||
    pdoc.enactingFormula ||
    only.implicit ||
    only.kind !== unit.kind ||
    only.num !== unit.num ||
    only.normNum !== unit.normNum ||
    only.keyword !== unit.keyword ||
    only.deleted !== unit.deleted ||
    only.label !== unit.label ||
    (inTitle ? only.heading === null : (only.heading?.text ?? null) !== (unit.heading?.text ?? null)) ||
    only.children.some((c) => c.type === "Division") ||
    containsArticles(pdoc.body) !== hasArticles ||
    pdoc.diagnostics.some((d) => d.code === "syntax")
  ) {
    return null;
  }

  const index = new LineIndex(text);
  const regionLine = unit.range.start.line - 1; // lines before the region
  const cutLine = index.lineOf(cut + delta); // 0-based line of the next heading in the new text
  const dLine = next ? cutLine - (next.range.start.line - 1) : index.lineCount - oldIndex.lineCount;
  // "numbered like the one at line N": N may be a line that moved
  if (dLine !== 0 && doc.diagnostics.some((d) => d.code === "duplicate-number" && d.range.start.offset >= cut)) {
    return null;
  }

  // the region's nodes, moved to its place and put under the unit's path
  const prefix = only.eId;
  const rehome = (id: string): string => (id.startsWith(prefix) ? unit.eId + id.slice(prefix.length) : id);
  const inRegion = mover(0, regionStart, regionLine, rehome);
  const placed = inRegion.node(only) as Division;
  // the nodes after it, moved by the edit
  // (at the end of the bill the only positions after the cut are the end itself, whose column
  // the edit may change: they are looked up)
  const after = next ? mover(cut, delta, dLine) : mover(cut, delta, dLine, undefined, index);

  const body = replaceUnit(doc.body, unit, placed, new Set(ancestors), after, cut);
  if (!body) return null;
  const inside = (r: Range): boolean => r.start.offset >= regionStart && r.start.offset < cut;
  const splice = <T extends { range: Range }>(
    olds: readonly T[],
    news: readonly T[],
    keepOld?: (t: T) => boolean,
  ): T[] => {
    const out: T[] = [];
    let k = 0;
    for (; k < olds.length && (olds[k] as T).range.start.offset < regionStart; k++) out.push(olds[k] as T);
    for (; k < olds.length && inside((olds[k] as T).range); k++) if (keepOld?.(olds[k] as T)) out.push(olds[k] as T);
    for (const n of news) out.push(inRegion.item(n));
    for (; k < olds.length; k++) out.push(after.item(olds[k] as T));
    return out;
  };
  // diagnostics of the unit's heading compare it with its neighbours: the old ones stand
  const headingEnd = unit.headingRange.end.offset;
  const ofHeading = (d: ParseDiagnostic): boolean => d.range.start.offset <= headingEnd;
  const newDiagnostics = pdoc.diagnostics.filter((d) => d.range.start.offset > only.headingRange.end.offset);
  const diagnostics = splice(doc.diagnostics, newDiagnostics, ofHeading);
  // the builder sorts its diagnostics by start (a stable sort: equal starts keep their order)
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);

  const document: Document = {
    type: "Document",
    language: doc.language,
    title: doc.title,
    preamble: doc.preamble,
    enactingFormula: doc.enactingFormula,
    body,
    notes: splice(doc.notes, pdoc.notes),
    comments: splice(doc.comments, pdoc.comments),
    markup: splice(doc.markup, pdoc.markup),
    definitions: splice(doc.definitions, pdoc.definitions),
    references: [],
    diagnostics,
    range: after.range(doc.range),
  };
  const scans = prev.scans ?? new ReferenceScans();
  // an edit in text that holds no reference, with the unit's structure unchanged, changes no
  // reference: they are the old ones, moved (the common case: typing in a sentence)
  const kept = sameStructure(unit, placed) ? changedBlocks(unit, placed) : null;
  if (kept?.every(([a, b]) => referenceFreeEdit(a, b, doc, scans))) {
    const edited = mover(from, delta, 0, undefined, index);
    document.references = doc.references.map((r) =>
      r.range.end.offset <= from ? r : r.range.start.offset >= cut ? after.item(r) : edited.item(r),
    );
  } else document.references = extractReferences(document, index, scans);
  return { document, index, articleHeadings, scans };
}

/**
 * Whether two versions of a unit have the same structure as cross references see it: the same
 * nodes, kinds, numbers, eIds, labels and headings, and text blocks in the same places (the
 * references of the bill resolve the same in both).
 */
function sameStructure(a: BodyNode, b: BodyNode): boolean {
  if (
    a.type !== b.type ||
    a.num !== b.num ||
    a.eId !== b.eId ||
    a.label !== b.label ||
    a.deleted !== b.deleted ||
    (a.intro === null) !== (b.intro === null) ||
    a.children.length !== b.children.length
  ) {
    return false;
  }
  if (a.type === "Division") {
    const d = b as Division;
    if (
      a.kind !== d.kind ||
      a.normNum !== d.normNum ||
      a.keyword !== d.keyword ||
      a.implicit !== d.implicit ||
      (a.heading?.text ?? null) !== (d.heading?.text ?? null)
    ) {
      return false;
    }
  } else {
    const p = b as Provision;
    if (
      a.kind !== p.kind ||
      a.style !== p.style ||
      a.enumerator !== p.enumerator ||
      (a.wrapUp === null) !== (p.wrapUp === null)
    ) {
      return false;
    }
  }
  for (let k = 0; k < a.children.length; k++) {
    if (!sameStructure(a.children[k] as BodyNode, b.children[k] as BodyNode)) return false;
  }
  return true;
}

/** The texts of the blocks (lead-ins and wrap-ups) that differ between two versions of one structure, old and new. */
function changedBlocks(a: BodyNode, b: BodyNode, out: [string, string][] = []): [string, string][] {
  const pair = (x: TextBlock | null, y: TextBlock | null): void => {
    if (x && y && x.text !== y.text) out.push([x.text, y.text]);
  };
  pair(a.intro, b.intro);
  if (a.type === "Provision") pair(a.wrapUp, (b as Provision).wrapUp);
  for (let k = 0; k < a.children.length; k++) changedBlocks(a.children[k] as BodyNode, b.children[k] as BodyNode, out);
  return out;
}

/**
 * The last division, in document order, whose heading starts at or before `offset`, with its
 * ancestors and the division after it in document order (undefined at the end of the bill).
 */
function unitAt(
  body: readonly BodyNode[],
  offset: number,
): { unit: Division; ancestors: Division[]; next: Division | undefined } | null {
  const ancestors: Division[] = [];
  let nodes = body;
  let next: Division | undefined;
  for (;;) {
    let pick = -1;
    for (let k = 0; k < nodes.length; k++) {
      const n = nodes[k] as BodyNode;
      if (n.type !== "Division") continue;
      if (n.range.start.offset <= offset) pick = k;
      else break;
    }
    if (pick < 0) return null;
    const div = nodes[pick] as Division;
    for (let k = pick + 1; k < nodes.length; k++) {
      const n = nodes[k] as BodyNode;
      if (n.type === "Division") {
        next = n;
        break;
      }
    }
    const inner = div.children.find((c) => c.type === "Division" && c.range.start.offset <= offset);
    if (!inner) {
      // the division itself; the next one is its first child division, if it has one
      const first = div.children.find((c): c is Division => c.type === "Division");
      return { unit: div, ancestors, next: first ?? next };
    }
    ancestors.push(div);
    nodes = div.children;
  }
}

/**
 * The characters of `s` in a string of their own. A slice of the bill's text keeps the whole text
 * alive while it lives (V8 makes a long slice a view of its parent), and the region's nodes and
 * their texts outlive this version of the bill: without the copy, every edit of a drafting session
 * kept one more version of the whole bill in memory until the next whole parse.
 */
function ownCopy(s: string): string {
  // concatenated, then sliced: the slice is made of a flat copy of `s` and a space, not of the bill
  return `${s} `.slice(0, -1);
}

function unclosedComment(s: string): boolean {
  const open = s.lastIndexOf("<!--");
  return open >= 0 && s.indexOf("-->", open + 4) < 0;
}

/** Copies parts of the AST with their positions moved; what lies wholly before `cut` is kept. */
interface Mover {
  pos(p: Position): Position;
  range(r: Range): Range;
  node(n: BodyNode): BodyNode;
  /** A Note, Comment, Markup, Definition, Reference or diagnostic: a copy with its range moved. */
  item<T extends { range: Range }>(x: T): T;
  notes(ns: Note[]): Note[];
}

/**
 * Moves every position at or after `cut` by `delta` characters and `dLine` lines (the column
 * stays: `cut` is the start of a line), and passes eIds through `id`.
 */
function mover(
  cut: number,
  delta: number,
  dLine: number,
  id: (eId: string) => string = (e) => e,
  lookup?: LineIndex,
): Mover {
  const pos = (p: Position): Position =>
    p.offset < cut
      ? p
      : lookup
        ? lookup.position(p.offset + delta)
        : { line: p.line + dLine, column: p.column, offset: p.offset + delta };
  const range = (r: Range): Range => (r.end.offset < cut ? r : { start: pos(r.start), end: pos(r.end) });
  const at = (o: number): number => (o < cut ? o : o + delta);
  const block = (b: TextBlock | null): TextBlock | null => {
    if (b === null || b.range.end.offset < cut) return b;
    const segments = b.segments.map((g) => ({ textStart: g.textStart, start: at(g.start), end: at(g.end) }));
    return { type: "Text", text: b.text, range: range(b.range), segments };
  };
  const list = <T>(xs: T[], f: (x: T) => T): T[] => {
    if (xs.length === 0) return xs;
    const out = new Array<T>(xs.length);
    for (let k = 0; k < xs.length; k++) out[k] = f(xs[k] as T);
    return out;
  };
  const sentence = (s: Sentence): Sentence =>
    s.range.end.offset < cut ? s : { type: "Sentence", text: s.text, range: range(s.range) };
  const note = (n: Note): Note =>
    n.range.end.offset < cut ? n : { ...n, text: block(n.text) as TextBlock, range: range(n.range) };
  const node = (n: BodyNode): BodyNode => {
    if (n.range.end.offset < cut) return n;
    if (n.type === "Provision") {
      return {
        ...n,
        intro: block(n.intro),
        children: list(n.children, node) as Provision[],
        wrapUp: block(n.wrapUp),
        sentences: list(n.sentences, sentence),
        notes: list(n.notes, note),
        range: range(n.range),
        eId: id(n.eId),
      };
    }
    return {
      ...n,
      heading: block(n.heading),
      headingRange: range(n.headingRange),
      intro: block(n.intro),
      children: list(n.children, node),
      notes: list(n.notes, note),
      range: range(n.range),
      eId: id(n.eId),
    };
  };
  const item = <T extends { range: Range }>(x: T): T => {
    if (x.range.end.offset < cut) return x;
    const out = { ...x, range: range(x.range) };
    if ((x as { type?: string }).type === "Note")
      (out as unknown as Note).text = block((x as unknown as Note).text) as TextBlock;
    const d = out as unknown as { provisionEId?: string };
    if (typeof d.provisionEId === "string") d.provisionEId = id(d.provisionEId);
    return out;
  };
  return { pos, range, node, item, notes: (ns) => list(ns, note) };
}

/**
 * The body with `unit` replaced by `placed`, the nodes after it moved (`after`), those before kept;
 * null when an ancestor of the unit ends inside the region other than where the unit ends.
 */
function replaceUnit(
  nodes: readonly BodyNode[],
  unit: Division,
  placed: Division,
  ancestors: ReadonlySet<BodyNode>,
  after: Mover,
  cut: number,
): BodyNode[] | null {
  const out: BodyNode[] = new Array(nodes.length);
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k] as BodyNode;
    if (n === unit) out[k] = placed;
    else if (ancestors.has(n)) {
      // an ancestor of the unit: its children replaced, its end moved
      const end = n.range.end;
      let newEnd: Position;
      if (end.offset >= cut) newEnd = after.pos(end);
      else if (end.offset === unit.range.end.offset) newEnd = placed.range.end;
      else return null;
      const children = replaceUnit(n.children, unit, placed, ancestors, after, cut);
      if (!children) return null;
      out[k] = {
        ...n,
        range: { start: n.range.start, end: newEnd },
        children,
        notes: after.notes(n.notes),
      } as BodyNode;
    } else out[k] = after.node(n);
  }
  return out;
}
