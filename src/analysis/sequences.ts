/**
 * The numbered sequences of a bill, for the structure rules (RULES.md §2.1, rules 37–38): divisions
 * numbered through the body per kind (each annex, and a run that restarts at 1 in its parent,
 * starting over), provisions per parent, kind and numbering family; numbers classified into a
 * family, a canonical key (`12-1` = `12.1` = `12¹`) and a base (`7`, `7-1` and `7a` all have 7);
 * units inside quoted amending text left out.
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

/** Numbers already classified, by style and number: a bill repeats `1.`, `2)`, `(a)` thousands of times. */
const classified = new Map<string, Classified>();

/** Family and canonical key of a number; `style` is the provision's numbering style (none for a heading). */
export function classify(num: string, style: string | null): Classified {
  const id = `${style ?? ""}\u0000${num}`;
  let known = classified.get(id);
  if (known === undefined) {
    if (classified.size >= 10_000) classified.clear();
    known = classifyNumber(num, style);
    classified.set(id, known);
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

const sequencesOf = new WeakMap<Document, readonly Sequence[]>();

/**
 * Every numbered sequence of the bill (RULES.md §2.1: articles through the body, others per parent).
 * Computed once per document: several structure rules read it.
 */
export function numberedSequences(doc: Document): readonly Sequence[] {
  const known = sequencesOf.get(doc);
  if (known) return known;
  const out: Sequence[] = [];
  const through = new Map<string, Sequence>();
  const open = (kind: string, container: string): Sequence => {
    const seq: Sequence = { kind, container, units: [] };
    out.push(seq);
    return seq;
  };

  const walk = (nodes: readonly Unit[], parent: Unit | null, scope: string, scopeLabel: string): void => {
    // most units have no children: nothing is made for them
    if (nodes.length === 0) return;
    const perParent = new Map<string, Sequence>();
    const kindsSeen = new Set<string>();
    // quoted amending text ("… is replaced by the following: «Article 9 …»") is not the bill's own numbering
    let quoteDepth = 0;
    let leadIn = false;
    let lastNumbered: Provision | null = null;
    for (const n of nodes) {
      const quoted = quoteDepth > 0;
      quoteDepth = Math.max(0, quoteDepth + subtreeDelta(n));
      if (quoted) continue;
      if (n.type === "Division") {
        const raw = n.normNum ?? n.num;
        if (raw !== null && !n.implicit && n.kind !== "heading") {
          const { family, key, base } = classify(raw, null);
          const unit: Numbered = { node: n, shown: n.num ?? raw, family, key, base, range: n.headingRange };
          if (n.kind === "annex") {
            let seq = perParent.get("annex");
            if (!seq) {
              seq = open("annex", containerOf(parent));
              perParent.set("annex", seq);
            }
            seq.units.push(unit);
          } else {
            const id = `${scope}|${n.kind}`;
            let seq = through.get(id);
            const restarts = seq !== undefined && !kindsSeen.has(n.kind) && seq.units.length > 0 && key === "1";
            if (!seq || restarts) {
              seq = open(n.kind, seq ? containerOf(parent) : scopeLabel);
              through.set(id, seq);
            }
            seq.units.push(unit);
          }
          kindsSeen.add(n.kind);
        }
        if (n.kind !== "annex" && leadDelta(n) > 0) continue;
        if (!n.children.some((c) => c.type === "Division")) {
          // provisions only: no sequence through the body is touched, and the scope is not read
          const known = inside.get(n);
          if (known) {
            for (const seq of known) out.push(seq);
            continue;
          }
          const from = out.length;
          walk(n.children, n, scope, scopeLabel);
          inside.set(n, out.slice(from));
          continue;
        }
        if (n.kind === "annex") walk(n.children, n, `annex:${n.eId}:${n.range.start.offset}`, containerOf(n));
        else walk(n.children, n, scope, scopeLabel);
        continue;
      }
      const numbered = n.num !== null && !UNNUMBERED_STYLES.has(n.style);
      const afterLeadIn = leadIn;
      leadIn = !numbered;
      if (numbered && n.num !== null) {
        const previous = lastNumbered;
        lastNumbered = n;
        const { family, key, base } = classify(n.num, n.style);
        const id = `${n.kind}|${family}`;
        let seq = perParent.get(id);
        // a list that starts again at 1), a) or а) after a new lead-in (an unnumbered alinea) or after a
        // list closed by a full stop (points end in ";" until the last)
        const restarts =
          seq !== undefined &&
          FIRST_KEYS.has(key) &&
          (afterLeadIn || (LIST_STYLES.has(n.style) && closesList(previous)));
        if (!seq || restarts) {
          seq = open(n.kind, containerOf(parent));
          perParent.set(id, seq);
        }
        seq.units.push({ node: n, shown: enumerator(n.num, n.style), family, key, base, range: enumeratorRange(n) });
      }
      if (leadDelta(n) <= 0) walk(n.children, n, scope, scopeLabel);
    }
  };
  walk(doc.body, null, "body", ACT);
  sequencesOf.set(doc, out);
  return out;
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
