/**
 * The numbered sequences of a bill, for the structure rules (RULES.md §2.1, rules 37–38): divisions
 * numbered through the body per kind (each annex, and a run that restarts at 1 in its parent,
 * starting over), provisions per parent, kind and numbering family; numbers classified into a
 * family, a canonical key (`12-1` = `12.1` = `12¹`) and a base (`7`, `7-1` and `7a` all have 7);
 * units inside quoted amending text left out. Read whole (`numberedSequences`), or per lint unit
 * (`unitSequences`, kept in a rule's `context.unitParts`) and combined by `billSequences`, which
 * gives the same sequences.
 */
import type { Division, Document, Language, Provision, Range } from "../syntax/ast.js";
import { DIVISION_KEYWORDS } from "../syntax/keywords.js";
import { romanValue } from "../syntax/numbering.js";

/** The Latin alphabet, in list order (`z` → `aa`). */
export const LATIN = "abcdefghijklmnopqrstuvwxyz";

export type Unit = Division | Provision;
export type Family = "int" | "roman" | "latin" | "cyr" | "other";

export interface Numbered {
  node: Unit;
  /** The number as the bill writes it: `8`, `7-1`, `IV`, `(c)`, `б)`. */
  shown: string;
  family: Family;
  /** Canonical number: `7-1` for 7-1, 7.1 and 7¹; Roman numerals by value. */
  key: string;
  /** The base of the sequence: `7` for 7, 7-1 and 7a; a Roman numeral's value; a Latin letter's rank. */
  base: number | null;
  /** Where the finding goes: the heading or the enumerator. */
  range: Range;
}

export interface Sequence {
  /** Division or provision kind. */
  kind: string;
  /** The container in drafting terms: `the act`, `Annex 1`, `Art. 5`, `ст. 5`. */
  container: string;
  units: Numbered[];
}

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  "\u2070": "0",
  "\u00B9": "1",
  "\u00B2": "2",
  "\u00B3": "3",
  "\u2074": "4",
  "\u2075": "5",
  "\u2076": "6",
  "\u2077": "7",
  "\u2078": "8",
  "\u2079": "9",
};

const ALPHA_STYLES = new Set(["paren-alpha", "alpha-paren", "paren-ALPHA"]);
const ROMAN_STYLES = new Set(["paren-roman", "paren-ROMAN"]);
const CYR_STYLES = new Set(["cyr-paren", "paren-cyr"]);
const UNNUMBERED_STYLES = new Set(["dash", "bullet", "none"]);

/** `(7.1)` → `7-1`, `67¹` → `67-1`, `IV` → `iv`. */
function clean(num: string): string {
  return num
    .trim()
    .toLowerCase()
    .replace(
      /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/g,
      (m) => `-${[...m].map((c) => SUPERSCRIPT_DIGITS[c]).join("")}`,
    )
    .replace(/^[([]+|[)\].:]+$/g, "")
    .replace(/(\d)\.(?=\d)/g, "$1-");
}

type Classified = Readonly<{ family: Family; key: string; base: number | null }>;

/**
 * Numbers already classified, by style and number: a bill repeats `1.`, `2)`, `(a)` thousands of
 * times (two maps, so that a look-up makes no string: the walk of the bill asks on every lint).
 */
const classified = new Map<string, Map<string, Classified>>();
let classifiedCount = 0;

/** Family and canonical key of a number; `style` is the provision's numbering style (none for a heading). */
export function classify(num: string, style: string | null): Classified {
  let byNum = classified.get(style ?? "");
  let known = byNum?.get(num);
  if (known === undefined) {
    if (classifiedCount >= 10_000) {
      classified.clear();
      classifiedCount = 0;
      byNum = undefined;
    }
    if (!byNum) {
      byNum = new Map();
      classified.set(style ?? "", byNum);
    }
    known = classifyNumber(num, style);
    byNum.set(num, known);
    classifiedCount++;
  }
  return known;
}

function classifyNumber(num: string, style: string | null): Classified {
  const s = clean(num);
  const int = /^0*(\d+)((?:-\d+)*)([a-z\u0430-\u044f]{0,2})$/.exec(s);
  if (int && (style === null || (!ALPHA_STYLES.has(style) && !ROMAN_STYLES.has(style)))) {
    return { family: "int", key: `${Number(int[1])}${int[2] ?? ""}${int[3] ?? ""}`, base: Number(int[1]) };
  }
  const romanAllowed = style === null ? s.length > 1 || /^[ivx]$/.test(s) : ROMAN_STYLES.has(style);
  const roman = romanAllowed ? romanValue(s) : null;
  if (roman !== null) return { family: "roman", key: String(roman), base: roman };
  // a … z, then aa, bb … (a repeated letter continues the alphabet)
  if (/^([a-z])\1{0,2}$/.test(s))
    return { family: "latin", key: s, base: (s.length - 1) * 26 + LATIN.indexOf(s[0] as string) + 1 };
  if (/^[a-z]+$/.test(s)) return { family: "latin", key: s, base: null };
  if (/^[\u0400-\u04ff]$/.test(s) && (style === null || CYR_STYLES.has(style)))
    return { family: "cyr", key: s, base: 0 };
  return { family: "other", key: s, base: null };
}

/** The enumerator as written in the bill's style: `3.`, `3)`, `(3)`, `б)`. */
export function enumerator(num: string, style: string): string {
  if (style.startsWith("paren-")) return `(${num})`;
  if (style.endsWith("-paren")) return `${num})`;
  return num;
}

/** The unit's heading or enumerator with a number, as a reader sees it: `Article 8`, `Статья 8`, `8-бап`, `(3)`. */
export function headingOf(node: Unit, language: Language, num: string | null = null): string {
  if (node.type === "Provision") {
    if (num === null) return node.enumerator ?? node.num ?? "";
    const written = enumerator(num, node.style);
    return node.style === "dec-dot" || node.style === "dotted" ? `${written}.` : written;
  }
  const n = num ?? node.num ?? "";
  if (language === "kk" && /^(?:бап|тарау|бөлім|бөлік|параграф|кітап|қосымша)$/i.test(node.keyword)) {
    return `${n}-${node.keyword}`;
  }
  return node.keyword === "" ? n : `${node.keyword} ${n}`;
}

export function enumeratorRange(p: Provision): Range {
  const len = (p.enumerator ?? "").length;
  const { start } = p.range;
  if (len === 0) return p.range;
  return { start, end: { line: start.line, column: start.column + len, offset: start.offset + len } };
}

/**
 * How many quotations a text opens (positive) or closes (negative): `«`, `„`, `“` and a `"` after a
 * space or at the start open; `»`, `”` and a `"` after a word close (`“` closes after `„`).
 */
const ANY_QUOTE = /[«„»”“"]/;
const OPENS_AFTER = /[\s(:[\u2014\u2013-]/;

function quoteDelta(text: string | undefined): number {
  if (!text || !ANY_QUOTE.test(text)) return 0;
  let delta = 0;
  let low = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "«" || c === "„") {
      delta++;
      low ||= c === "„";
    } else if (c === "»" || c === "”") delta--;
    else if (c === "“") {
      if (low) {
        delta--;
        low = false;
      } else delta++;
    } else if (c === '"') delta += i === 0 || OPENS_AFTER.test(text[i - 1] as string) ? 1 : -1;
  }
  return delta;
}

/** The unit's own lead text: a division's heading and lead-in, a provision's chapeau. */
function leadDelta(u: Unit): number {
  if (u.type === "Division") return quoteDelta(u.heading?.text) + quoteDelta(u.intro?.text);
  return quoteDelta(u.intro?.text);
}

/**
 * Quote balance of a whole subtree (the walk asks at every level). The AST is read-only, so it is
 * kept per node: the incremental re-parse keeps the nodes before an edit, and so their balances.
 */
const deltas = new WeakMap<Unit, number>();
function subtreeDelta(u: Unit): number {
  let d = deltas.get(u);
  if (d === undefined) {
    d = leadDelta(u);
    for (const c of u.children) d += subtreeDelta(c);
    if (u.type === "Provision") d += quoteDelta(u.wrapUp?.text);
    deltas.set(u, d);
  }
  return d;
}

/**
 * The sequences inside a division with no divisions under it (its provisions, per parent): they
 * depend on its subtree only, so they are kept per node like the balances (an article the
 * re-parse kept is not walked again).
 */
const inside = new WeakMap<Division, readonly Sequence[]>();

export const ACT = "the act";
/** Numbers a list starts with (keys of `classify`: Roman i is 1). */
const FIRST_KEYS = new Set(["1", "a", "а"]);
/** Styles of points (lists inside a paragraph), whose items end in ";" until the last. */
const LIST_STYLES = new Set([
  "dec-paren",
  "alpha-paren",
  "paren-alpha",
  "paren-ALPHA",
  "paren-roman",
  "paren-ROMAN",
  "cyr-paren",
  "paren-cyr",
]);

function closesList(p: Provision | null): boolean {
  const text = (p?.wrapUp ?? p?.intro)?.text.trim() ?? "";
  // "… loss of citizenship." or "… loss of citizenship.\nA deputy loses the mandate in the case of:"
  return text.endsWith(".") || /\.\s*\n[^\n]*:$/.test(text);
}

function containerOf(parent: Unit | null): string {
  if (parent === null || (parent.type === "Division" && parent.implicit) || parent.label === "") return ACT;
  return parent.label;
}

/** A division's number as its sequence holds it; null without one (an implicit article, a heading). */
function numberedDivision(n: Division): Numbered | null {
  const raw = n.normNum ?? n.num;
  if (raw === null || n.implicit || n.kind === "heading") return null;
  const { family, key, base } = classify(raw, null);
  return { node: n, shown: n.num ?? raw, family, key, base, range: n.headingRange };
}

/** A provision's number as its sequence holds it; null for an unnumbered alinea, dash or bullet. */
function numberedProvision(n: Provision): Numbered | null {
  if (n.num === null || UNNUMBERED_STYLES.has(n.style)) return null;
  const { family, key, base } = classify(n.num, n.style);
  return { node: n, shown: enumerator(n.num, n.style), family, key, base, range: enumeratorRange(n) };
}

/** A unit's number as its sequence holds it, made from the node as it is now; null when it has none. */
export function numberedOf(node: Unit): Numbered | null {
  return node.type === "Division" ? numberedDivision(node) : numberedProvision(node);
}

/**
 * The walk that finds the sequences (RULES.md §2.1), one sibling list at a time: units inside quoted
 * amending text ("… is replaced by the following: «Article 9 …»") are left out, a division joins
 * the run of its kind through its scope (the body, or an annex), a provision the runs of its
 * parent, and then the walk goes into the node. What it reads of a subtree as a whole (`delta`,
 * `closes`) and how it goes into a node (`enter`) are methods, so that the walk of the bill over
 * its lint units can answer them from the units' parts (`billSequences`).
 */
class Numbering {
  readonly out: Sequence[] = [];
  /** The runs numbered through a scope, by scope and kind. */
  private readonly through = new Map<string, Map<string, Sequence>>();
  private annexes = 0;

  protected open(kind: string, container: string): Sequence {
    const seq: Sequence = { kind, container, units: [] };
    this.out.push(seq);
    return seq;
  }

  /** The quote balance of a node's whole subtree. */
  protected delta(n: Unit): number {
    return subtreeDelta(n);
  }

  /** Whether a provision ends its list (a list after it starting again at 1 is a new one). */
  protected closes(p: Provision): boolean {
    return closesList(p);
  }

  /**
   * A division numbered through `scope`: it joins the run of its kind there, or opens one when there
   * is none yet, or when it opens its parent's run of that kind (`first`: no sibling before it has
   * that kind) with number 1 (codes that number articles per chapter).
   */
  protected numberThrough(
    scope: string,
    scopeLabel: string,
    node: Division,
    unit: Numbered,
    first: boolean,
    parent: Unit | null,
  ): void {
    let runs = this.through.get(scope);
    if (!runs) {
      runs = new Map();
      this.through.set(scope, runs);
    }
    let seq = runs.get(node.kind);
    const restarts = seq !== undefined && first && seq.units.length > 0 && unit.key === "1";
    if (!seq || restarts) {
      seq = this.open(node.kind, seq ? containerOf(parent) : scopeLabel);
      runs.set(node.kind, seq);
    }
    seq.units.push(unit);
  }

  walk(nodes: readonly Unit[], parent: Unit | null, scope: string, scopeLabel: string): void {
    // most units have no children: nothing is made for them
    if (nodes.length === 0) return;
    const perParent = new Map<string, Sequence>();
    const kindsSeen = new Set<string>();
    // quoted amending text is not the bill's own numbering
    let quoteDepth = 0;
    let leadIn = false;
    let lastNumbered: Provision | null = null;
    for (const n of nodes) {
      const quoted = quoteDepth > 0;
      quoteDepth = Math.max(0, quoteDepth + this.delta(n));
      if (quoted) continue;
      if (n.type === "Division") {
        const unit = numberedDivision(n);
        if (unit !== null) {
          if (n.kind === "annex") {
            let seq = perParent.get("annex");
            if (!seq) {
              seq = this.open("annex", containerOf(parent));
              perParent.set("annex", seq);
            }
            seq.units.push(unit);
          } else this.numberThrough(scope, scopeLabel, n, unit, !kindsSeen.has(n.kind), parent);
          kindsSeen.add(n.kind);
        }
      } else {
        const unit = numberedProvision(n);
        const afterLeadIn = leadIn;
        leadIn = unit === null;
        if (unit !== null) {
          const previous = lastNumbered;
          lastNumbered = n;
          const id = `${n.kind}|${unit.family}`;
          let seq = perParent.get(id);
          // a list that starts again at 1), a) or а) after a new lead-in (an unnumbered alinea) or after a
          // list closed by a full stop (points end in ";" until the last)
          const restarts =
            seq !== undefined &&
            FIRST_KEYS.has(unit.key) &&
            (afterLeadIn || (LIST_STYLES.has(n.style) && previous !== null && this.closes(previous)));
          if (!seq || restarts) {
            seq = this.open(n.kind, containerOf(parent));
            perParent.set(id, seq);
          }
          seq.units.push(unit);
        }
      }
      this.enter(n, scope, scopeLabel);
    }
  }

  /**
   * Into a node's children, after its own number: not under a lead-in that opens a quotation (it
   * introduces amending text), except an annex's heading; an annex numbers its divisions anew.
   */
  enter(n: Unit, scope: string, scopeLabel: string): void {
    if (n.type === "Provision") {
      if (leadDelta(n) <= 0) this.walk(n.children, n, scope, scopeLabel);
      return;
    }
    if (n.kind !== "annex" && leadDelta(n) > 0) return;
    if (!n.children.some((c) => c.type === "Division")) {
      // provisions only: no run through a scope is touched, and the scope is not read
      const known = inside.get(n);
      if (known) {
        for (const seq of known) this.out.push(seq);
        return;
      }
      const from = this.out.length;
      this.walk(n.children, n, scope, scopeLabel);
      inside.set(n, this.out.slice(from));
    } else if (n.kind === "annex") this.walk(n.children, n, `annex:${++this.annexes}`, containerOf(n));
    else this.walk(n.children, n, scope, scopeLabel);
  }
}

const sequencesOf = new WeakMap<Document, readonly Sequence[]>();

/**
 * Every numbered sequence of the bill (RULES.md §2.1: articles through the body, others per parent).
 * Computed once per document. The structure rules read it in parts instead (`unitSequences`,
 * `billSequences`), so that a re-lint walks only the units an edit changed.
 */
export function numberedSequences(doc: Document): readonly Sequence[] {
  const known = sequencesOf.get(doc);
  if (known) return known;
  const numbering = new Numbering();
  numbering.walk(doc.body, null, "body", ACT);
  sequencesOf.set(doc, numbering.out);
  return numbering.out;
}

/**
 * What the walk of the bill needs of a lint unit (`billSequences`), as plain data: a rule keeps it
 * in its `context.unitParts` while the unit's key is unchanged, so it holds no nodes or positions.
 */
export interface UnitNumbering {
  /** The quote balance of the unit's whole subtree. */
  delta: number;
  /** The root is a provision that ends its list. */
  closes: boolean;
  /**
   * The divisions inside the unit numbered through the scope of its root (the chapters of a part
   * that holds no articles, the articles of a section with provisions of its own), in document
   * order: each one's child-index path from the root, and whether no sibling before it has its kind.
   */
  through: { path: number[]; first: boolean }[];
}

export interface UnitSequences {
  /** Null for a unit of its root's own node only (a part or chapter above articles, the front matter). */
  numbering: UnitNumbering | null;
  /**
   * The sequences wholly inside the unit, with its nodes: the provisions of each parent, the annexes
   * listed in it, the divisions numbered through an annex in it. They are the bill's when the walk
   * of the bill goes into the unit (`billSequences`).
   */
  sequences: readonly Sequence[];
}

/** The scope of a unit's root, which only the walk of the bill knows. */
const UNIT_SCOPE = "";

/** The walk of one lint unit: a division numbered through the scope of the root is noted, not numbered. */
class UnitNumberingWalk extends Numbering {
  readonly noted: { node: Division; first: boolean }[] = [];

  protected override numberThrough(
    scope: string,
    scopeLabel: string,
    node: Division,
    unit: Numbered,
    first: boolean,
    parent: Unit | null,
  ): void {
    if (scope === UNIT_SCOPE) this.noted.push({ node, first });
    else super.numberThrough(scope, scopeLabel, node, unit, first, parent);
  }
}

const NO_SEQUENCES: UnitSequences = { numbering: null, sequences: [] };
/** By root: the rules that read the numbering ask for the same units in one lint. */
const unitSequencesOf = new WeakMap<Unit, UnitSequences>();

/**
 * The numbering of one lint unit (src/engine/units.ts): for a rule's `context.unitParts`, so that a
 * re-lint walks only the units an edit changed. Its root's own number is left to `billSequences`,
 * which knows the root's siblings.
 */
export function unitSequences(root: Unit | Document, headerOnly: boolean): UnitSequences {
  if (root.type === "Document" || headerOnly) return NO_SEQUENCES;
  const known = unitSequencesOf.get(root);
  if (known) return known;
  const walk = new UnitNumberingWalk();
  walk.enter(root, UNIT_SCOPE, "");
  const pathOf = walk.noted.length > 0 ? pathsUnder(root) : null;
  const found: UnitSequences = {
    numbering: {
      delta: subtreeDelta(root),
      closes: root.type === "Provision" && closesList(root),
      through: walk.noted.map(({ node, first }) => ({ path: (pathOf as (n: Unit) => number[])(node), first })),
    },
    sequences: walk.out,
  };
  unitSequencesOf.set(root, found);
  return found;
}

/** A unit's part as `billSequences` reads it: its root, and its numbering from `unitSequences`. */
export interface NumberedPart {
  readonly unit: { readonly root: Unit | Document };
  readonly value: { readonly numbering: UnitNumbering | null };
}

/** The walk of the bill over its lint units: a unit's subtree is answered from its numbering. */
class BillNumberingWalk extends Numbering {
  /** The indexes of the parts of the units the walk went into, in document order. */
  readonly entered: number[] = [];
  private readonly parts: readonly NumberedPart[];
  /** The index of each unit's part, by root. */
  private readonly index = new Map<Unit, number>();
  private readonly deltas = new Map<Unit, number>();

  constructor(parts: readonly NumberedPart[]) {
    super();
    this.parts = parts;
    parts.forEach((p, i) => {
      const root = p.unit.root;
      if (root.type !== "Document" && p.value.numbering !== null) this.index.set(root, i);
    });
  }

  private numberingOf(n: Unit): UnitNumbering | undefined {
    const i = this.index.get(n);
    return i === undefined ? undefined : ((this.parts[i] as NumberedPart).value.numbering as UnitNumbering);
  }

  protected override delta(n: Unit): number {
    const numbering = this.numberingOf(n);
    if (numbering) return numbering.delta;
    let d = this.deltas.get(n);
    if (d === undefined) {
      d = leadDelta(n);
      for (const c of n.children) d += this.delta(c);
      if (n.type === "Provision") d += quoteDelta(n.wrapUp?.text);
      this.deltas.set(n, d);
    }
    return d;
  }

  protected override closes(p: Provision): boolean {
    return this.numberingOf(p)?.closes ?? closesList(p);
  }

  override enter(n: Unit, scope: string, scopeLabel: string): void {
    const i = this.index.get(n);
    if (i === undefined) {
      super.enter(n, scope, scopeLabel);
      return;
    }
    this.entered.push(i);
    for (const { path, first } of this.numberingOf(n)?.through ?? []) {
      const parent = nodeAt(n, path.slice(0, -1));
      const node = parent.children[path[path.length - 1] as number] as Division;
      this.numberThrough(scope, scopeLabel, node, numberedDivision(node) as Numbered, first, parent);
    }
  }
}

/**
 * The last walk of each bill: rules that read the numbering in parts ask at the end of a lint, each
 * with its own parts but the same numbering (`unitSequences` gives one object per unit), so the walk
 * is made once per lint.
 */
const lastWalks = new WeakMap<
  Document,
  { parts: readonly NumberedPart[]; sequences: readonly Sequence[]; entered: readonly number[] }
>();

/**
 * The sequences of the bill that no lint unit holds alone — the divisions numbered through the body
 * or an annex, the annexes and the provisions listed at the top — made from the units' parts (in
 * document order, each with its numbering from `unitSequences`), with the nodes as they are now;
 * and the parts of the units the walk went into, whose own `sequences` are the bill's too (those in
 * quoted amending text, or under a lead-in that opens a quotation, are not). The walk reads only the
 * units' roots and the divisions above them. Without parts it is `numberedSequences`.
 */
export function billSequences<P extends NumberedPart>(
  doc: Document,
  parts: readonly P[],
): { sequences: readonly Sequence[]; entered: readonly P[] } {
  let walked = lastWalks.get(doc);
  const same =
    walked !== undefined &&
    walked.parts.length === parts.length &&
    walked.parts.every(
      (p, i) => p.unit.root === (parts[i] as P).unit.root && p.value.numbering === (parts[i] as P).value.numbering,
    );
  if (!walked || !same) {
    const walk = new BillNumberingWalk(parts);
    walk.walk(doc.body, null, "body", ACT);
    walked = { parts, sequences: walk.out, entered: walk.entered };
    lastWalks.set(doc, walked);
  }
  return { sequences: walked.sequences, entered: walked.entered.map((i) => parts[i] as P) };
}

/**
 * The child-index path of a node under `root` (the paths are found on first use): what a lint
 * unit's part holds instead of the node, which the next lint may have moved.
 */
export function pathsUnder(root: Unit): (node: Unit) => number[] {
  let paths: Map<Unit, number[]> | undefined;
  return (node) => {
    if (!paths) {
      const found = new Map<Unit, number[]>();
      const rec = (n: Unit, path: number[]): void => {
        found.set(n, path);
        n.children.forEach((c, i) => {
          rec(c, [...path, i]);
        });
      };
      rec(root, []);
      paths = found;
    }
    const path = paths.get(node);
    if (!path) throw new Error(`${node.label || node.eId} is not under ${root.label || root.eId}`);
    return path;
  };
}

/** The node at a child-index path under `root` (`pathsUnder`). */
export function nodeAt(root: Unit, path: readonly number[]): Unit {
  let node = root;
  for (const i of path) node = node.children[i] as Unit;
  return node;
}

/** English words of the numbered kinds (each is a message phrase): a division's keyword, a provision's name. */
const { heading: _unnumbered, ...DIVISION_WORDS } = DIVISION_KEYWORDS.en;
const KIND_WORDS: Record<string, string> = {
  ...DIVISION_WORDS,
  paragraph: "Paragraph",
  subsection: "Subsection",
  point: "Point",
  indent: "Indent",
  alinea: "Paragraph",
};

export function kindWord(kind: string, language: Language): string {
  if (kind === "point" && language !== "en") return "Subparagraph";
  return KIND_WORDS[kind] ?? kind;
}

/** The English word of a kind, in the plural: "Articles", "Annexes". */
function pluralWord(word: string): string {
  return word === "Annex" ? "Annexes" : `${word}s`;
}

/**
 * The kinds of numbered units as message phrases, with their English words (`kindWord`):
 * `kind:<kind>` and `kinds:<kind>` (plural); `kind:subparagraph` is a point of a Russian or Kazakh
 * bill. A rule spreads them into its `meta.phrases` so the kinds are translated with its messages.
 */
export const KIND_PHRASES: Readonly<Record<string, string>> = Object.fromEntries(
  [...Object.entries(KIND_WORDS), ["subparagraph", "Subparagraph"] as const].flatMap(([kind, word]) => [
    [`kind:${kind}`, word],
    [`kinds:${kind}`, pluralWord(word)],
  ]),
);

/** A kind as message data: its phrase (see `KIND_PHRASES`), or the kind itself when it has none. */
export function kindPhrase(kind: string, language: Language, plural = false): { phrase: string } | string {
  const key = kind === "point" && language !== "en" ? "subparagraph" : kind;
  if (!Object.hasOwn(KIND_WORDS, key) && key !== "subparagraph") return plural ? pluralWord(kind) : kind;
  return { phrase: `${plural ? "kinds" : "kind"}:${key}` };
}

/** A container as message data: the act as a phrase (`theAct`), a unit's label as it is. */
export function containerPhrase(container: string): { phrase: string } | string {
  return container === ACT ? { phrase: "theAct" } : container;
}
