/**
 * R37 `structure/duplicate-article-number` (RULES.md §4 K): two live units of the same kind with the
 * same number in one container, so that a reference to that number has two targets.
 *
 * Detection, once per bill (`Document:exit`), on the AST only:
 * 1. Containers (RULES.md §2.1). Divisions (articles, sections, chapters, parts …) number through the
 *    whole body, per kind; each annex restarts the numbering; a division that opens its parent's run
 *    of that kind with number 1 restarts it too (codes that number articles per chapter). Provisions
 *    (paragraphs, subsections, points, indents) number per parent, per kind and numbering family
 *    (`1.`, `(a)`, `(iv)`, `а)`). Unnumbered alineas, dashes and bullets have no number.
 * 2. Numbers are compared normalised: `12-1` ≡ `12.1` ≡ `12¹` (and the parser's `671` → `67-1`), case
 *    ignored, Roman section numbers by value.
 * 3. Not reported: deleted units (a repealed article and its replacement may share a number); units
 *    inside quoted amending text (a provision whose lead-in opens a quotation, and its siblings up to
 *    the one that closes it); consolidated texts that show versions side by side, marked
 *    `<!-- version -->` between the two.
 * The later unit is reported, on its heading (division) or enumerator (provision).
 */
import {
  type Division,
  type Document,
  defineRule,
  type Language,
  type Provision,
  type Range,
  type RuleContext,
} from "../../src/engine/api.js";

type Unit = Division | Provision;
type Family = "int" | "roman" | "latin" | "cyr" | "other";

interface Numbered {
  node: Unit;
  /** The number as the bill writes it: `8`, `7-1`, `IV`, `(c)`, `б)`. */
  shown: string;
  family: Family;
  /** Canonical number: `7-1` for 7-1, 7.1 and 7¹; Roman numerals by value. */
  key: string;
  /** Where the finding goes: the heading or the enumerator. */
  range: Range;
}

interface Sequence {
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

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function romanValue(s: string): number | null {
  if (!/^[ivxlcdm]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] as string] as number;
    const next = ROMAN[s[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 4000 ? total : null;
}

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

/** Family and canonical key of a number; `style` is the provision's numbering style (none for a heading). */
function classify(num: string, style: string | null): { family: Family; key: string } {
  const s = clean(num);
  const int = /^0*(\d+)((?:-\d+)*)([a-z\u0430-\u044f]{0,2})$/.exec(s);
  if (int && (style === null || (!ALPHA_STYLES.has(style) && !ROMAN_STYLES.has(style)))) {
    return { family: "int", key: `${Number(int[1])}${int[2] ?? ""}${int[3] ?? ""}` };
  }
  const romanAllowed = style === null ? s.length > 1 || /^[ivx]$/.test(s) : ROMAN_STYLES.has(style);
  const roman = romanAllowed ? romanValue(s) : null;
  if (roman !== null) return { family: "roman", key: String(roman) };
  if (/^[a-z]+$/.test(s)) return { family: "latin", key: s };
  if (/^[\u0400-\u04ff]+$/.test(s) && (style === null || CYR_STYLES.has(style))) return { family: "cyr", key: s };
  return { family: "other", key: s };
}

/** The enumerator as written in the bill's style: `3.`, `3)`, `(3)`, `б)`. */
function enumerator(num: string, style: string): string {
  if (style.startsWith("paren-")) return `(${num})`;
  if (style.endsWith("-paren")) return `${num})`;
  return num;
}

/** The unit's heading or enumerator with a number, as a reader sees it: `Article 8`, `Статья 8`, `8-бап`, `(3)`. */
function headingOf(node: Unit, language: Language, num: string | null = null): string {
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

function enumeratorRange(p: Provision): Range {
  const len = (p.enumerator ?? "").length;
  const { start } = p.range;
  if (len === 0) return p.range;
  return { start, end: { line: start.line, column: start.column + len, offset: start.offset + len } };
}

/**
 * How many quotations a text opens (positive) or closes (negative): `«`, `„`, `“` and a `"` after a
 * space or at the start open; `»`, `”` and a `"` after a word close (`“` closes after `„`).
 */
function quoteDelta(text: string | undefined): number {
  if (!text) return 0;
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
    } else if (c === '"') delta += i === 0 || /[\s(:[\u2014\u2013-]/.test(text[i - 1] as string) ? 1 : -1;
  }
  return delta;
}

/** The unit's own lead text: a division's heading and lead-in, a provision's chapeau. */
function leadDelta(u: Unit): number {
  if (u.type === "Division") return quoteDelta(u.heading?.text) + quoteDelta(u.intro?.text);
  return quoteDelta(u.intro?.text);
}

function subtreeDelta(u: Unit): number {
  let d = leadDelta(u);
  for (const c of u.children) d += subtreeDelta(c);
  if (u.type === "Provision") d += quoteDelta(u.wrapUp?.text);
  return d;
}

const ACT = "the act";
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

/** Every numbered sequence of the bill (RULES.md §2.1: articles through the body, others per parent). */
function sequencesOf(doc: Document): Sequence[] {
  const out: Sequence[] = [];
  const through = new Map<string, Sequence>();
  const open = (kind: string, container: string): Sequence => {
    const seq: Sequence = { kind, container, units: [] };
    out.push(seq);
    return seq;
  };

  const walk = (nodes: readonly Unit[], parent: Unit | null, scope: string, scopeLabel: string): void => {
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
          const { family, key } = classify(raw, null);
          const unit: Numbered = { node: n, shown: n.num ?? raw, family, key, range: n.headingRange };
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
        if (n.kind === "annex") walk(n.children, n, `annex:${n.eId}:${n.range.start.offset}`, containerOf(n));
        else if (leadDelta(n) <= 0) walk(n.children, n, scope, scopeLabel);
        continue;
      }
      const numbered = n.num !== null && !UNNUMBERED_STYLES.has(n.style);
      const afterLeadIn = leadIn;
      leadIn = !numbered;
      if (numbered && n.num !== null) {
        const previous = lastNumbered;
        lastNumbered = n;
        const { family, key } = classify(n.num, n.style);
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
        seq.units.push({ node: n, shown: enumerator(n.num, n.style), family, key, range: enumeratorRange(n) });
      }
      if (leadDelta(n) <= 0) walk(n.children, n, scope, scopeLabel);
    }
  };
  walk(doc.body, null, "body", ACT);
  return out;
}

const KIND_WORDS: Record<string, string> = {
  book: "Book",
  part: "Part",
  title: "Title",
  subtitle: "Subtitle",
  section: "Section",
  chapter: "Chapter",
  subchapter: "Subchapter",
  article: "Article",
  annex: "Annex",
  paragraph: "Paragraph",
  subsection: "Subsection",
  point: "Point",
  indent: "Indent",
  alinea: "Paragraph",
};

function kindWord(kind: string, language: Language): string {
  if (kind === "point" && language !== "en") return "Subparagraph";
  return KIND_WORDS[kind] ?? kind;
}

/** A free inserted number for the second unit: `8` → `8-1` (or `8-2` when 8-1 is taken). */
function insertedNumber(unit: Numbered, taken: ReadonlySet<string>): string | null {
  if (unit.family !== "int" || !/^\d+$/.test(unit.key)) return null;
  for (let k = 1; k < 100; k++) {
    if (!taken.has(`${unit.key}-${k}`)) return `${unit.key}-${k}`;
  }
  return null;
}

function versionMarkerBetween(doc: Document, from: number, to: number): boolean {
  return doc.comments.some(
    (c) => c.range.start.offset >= from && c.range.start.offset < to && /^version\b/i.test(c.value.trim()),
  );
}

export default defineRule({
  meta: {
    id: "structure/duplicate-article-number",
    family: "structure",
    profileIndependent: true,
    severity: "error",
    confidence: "high",
    description:
      "Two articles, chapters, paragraphs or points of one container carry the same number, so a reference to that number has two targets.",
    docs: "rules/structure/duplicate-article-number.md",
    // Profile-independent: the source (Venice Commission Rule of Law Checklist II.B.1, II.B.3) is in
    // the message and the doc, not appended to a profile's citation.
    principle: {},
    messages: {
      duplicate:
        '{{kind}} {{num}} appears twice in {{container}} ("{{heading}}" at lines {{line}} and {{here}}): a reference to it has two targets (legal certainty, Venice Commission Rule of Law Checklist II.B.1). If the unit was pasted twice while editing, delete one copy; otherwise {{renumber}}.',
    },
  },

  create(context: RuleContext) {
    const language = context.language;
    return {
      "Document:exit"(doc) {
        for (const seq of sequencesOf(doc)) {
          const live = seq.units.filter((u) => !u.node.deleted);
          const intTaken = new Set(seq.units.filter((u) => u.family === "int").map((u) => u.key));
          const first = new Map<string, Numbered>();
          for (const u of live) {
            const id = `${u.family}:${u.key}`;
            const earlier = first.get(id);
            if (!earlier) {
              first.set(id, u);
              continue;
            }
            if (versionMarkerBetween(doc, earlier.range.start.offset, u.range.start.offset)) {
              first.set(id, u);
              continue;
            }
            const inserted = insertedNumber(u, intTaken);
            if (inserted) intTaken.add(inserted);
            const kind = kindWord(seq.kind, language);
            context.report({
              node: u.node,
              range: u.range,
              messageId: "duplicate",
              data: {
                kind,
                num: u.shown,
                container: seq.container,
                heading: headingOf(u.node, language),
                line: earlier.range.start.line,
                here: u.range.start.line,
                renumber: inserted
                  ? `number this one as an inserted unit ("${headingOf(u.node, language, inserted)}") and update the references to it`
                  : "renumber this one and update the references to it",
              },
            });
          }
        }
      },
    };
  },
});
