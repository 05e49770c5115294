/**
 * R38 `structure/numbering-gap` (RULES.md §4 K): a number missing from a run of articles, sections,
 * chapters, paragraphs or points — usually a lost or unmarked repeal, or a renumbering left half done.
 *
 * Detection, once per bill (`Document:exit`), on the AST only:
 * 1. Containers as for R37 (RULES.md §2.1): divisions number through the whole body per kind, each
 *    annex restarts, and a division that opens its parent's run of that kind with number 1 restarts it
 *    (codes that number articles per chapter); provisions number per parent, kind and family (`1.`,
 *    `(a)`, `(iv)`, `а)`). Units inside quoted amending text are not checked.
 * 2. Each pair of neighbours of one family is compared on its base: `7`, `7-1`, `7.2`, `7a` and `67¹`
 *    (the parser's `671` → `67-1`) all have base 7, so insertions never break the sequence. Roman
 *    numerals by value; Latin letters in order (`z` → `aa`); Cyrillic letters in the Russian list
 *    alphabet (ё, й, ъ, ы, ь skipped) or the Kazakh one — a gap only when both see one.
 * 3. A deleted unit (`[Repealed]`, `Исключена.`, `Алып тасталды.`) keeps its number: no gap. A
 *    `<!-- reserved -->` comment (option `reservedMarker`) between the neighbours silences the gap.
 *    A number that stands elsewhere in the container (numbering out of order, which the parser
 *    reports) and a jump of more than 25 (a year or a mis-read enumerator) are not reported; nor is a
 *    run that does not start at 1, nor anything in a text whose title (or the line under it) calls it
 *    an excerpt ("consolidated excerpt", «выдержка», «извлечение», «үзінді»): the gaps are the parts
 *    left out.
 * The later neighbour is reported, on its heading (division) or enumerator (provision).
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
  /** The base of the sequence: `7` for 7, 7-1 and 7a; a Roman numeral's value; a Latin letter's rank. */
  base: number | null;
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
function classify(num: string, style: string | null): { family: Family; key: string; base: number | null } {
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

function plural(kind: string): string {
  return kind === "Annex" ? "Annexes" : `${kind}s`;
}

const LATIN = "abcdefghijklmnopqrstuvwxyz";
/** Letters of Russian lists (ё, й, ъ, ы, ь are skipped) and of Kazakh ones. */
const RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя";
const KAZAKH = "аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщыіэюя";
/** A longer jump is a year or a mis-read enumerator, not a lost unit. */
const MAX_GAP = 25;

const ROMAN_TABLE: readonly (readonly [number, string])[] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function toRoman(n: number): string {
  let out = "";
  let rest = n;
  for (const [v, s] of ROMAN_TABLE) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** The numbers missing between two neighbours, written like `next`; null when there is no gap. */
function missingBetween(p: Numbered, q: Numbered, units: readonly Numbered[], language: Language): string[] | null {
  if (p.family !== q.family) return null;
  const same = units.filter((u) => u.family === q.family);
  if (q.family === "cyr") {
    const present = new Set(same.map((u) => u.key));
    const alphabets = language === "kk" ? [KAZAKH, RUSSIAN] : [RUSSIAN, KAZAKH];
    let missing: string[] | null = null;
    for (const alphabet of alphabets) {
      const i = alphabet.indexOf(p.key);
      const j = alphabet.indexOf(q.key);
      if (i < 0 || j < 0) continue;
      if (j <= i + 1) return null;
      const between = [...alphabet.slice(i + 1, j)];
      if (between.some((c) => present.has(c))) return null;
      missing ??= between;
    }
    if (missing === null || missing.length > MAX_GAP) return null;
    const upper = q.shown !== q.shown.toLowerCase();
    return missing.map((c) => (upper ? c.toUpperCase() : c));
  }
  if (p.base === null || q.base === null || q.base <= p.base + 1 || q.base - p.base - 1 > MAX_GAP) return null;
  const present = new Set(same.map((u) => u.base));
  const missing: number[] = [];
  for (let v = p.base + 1; v < q.base; v++) {
    if (present.has(v)) return null; // out of order, not a gap
    missing.push(v);
  }
  const upper = q.shown !== q.shown.toLowerCase();
  return missing.map((v) => {
    if (q.family === "int") return String(v);
    const text =
      q.family === "roman" ? toRoman(v) : (LATIN[(v - 1) % 26] as string).repeat(Math.floor((v - 1) / 26) + 1);
    return upper ? text.toUpperCase() : text;
  });
}

/** How the bill would keep a repealed unit's number: `Article 4. [Repealed]`, `Статья 4. Исключена.`, `4-бап. Алып тасталды.` */
function repealedForm(node: Unit, language: Language, num: string): string {
  const heading = headingOf(node, language, num);
  const lead = node.type === "Division" ? `${heading}.` : heading;
  if (language === "en") return `${lead} [Repealed]`;
  if (language === "kk") return `${lead} Алып тасталды.`;
  if (node.type === "Division") {
    const k = node.keyword.toLowerCase();
    if (k.endsWith("ие")) return `${lead} Исключено.`;
    if (/[аяь]$/.test(k)) return `${lead} Исключена.`;
  }
  return `${lead} Исключен.`;
}

function reservedComment(doc: Document, marker: string, from: number, to: number): boolean {
  return doc.comments.some((c) => {
    if (c.range.start.offset < from || c.range.start.offset >= to) return false;
    const v = c.value.trim().toLowerCase();
    return v.startsWith(marker) && !/[\p{L}\p{N}]/u.test(v.charAt(marker.length));
  });
}

/** A title that says the text is an excerpt: its gaps are where the excerpt leaves text out. */
const EXCERPT_TITLE = /\b(?:excerpts?|extracts?)\b|извлечени|выдержк|выписк|үзінді/iu;

const TAIL =
  ' in {{container}}: a lost or unmarked repeal, or a renumbering left half done (legal certainty, Venice Commission Rule of Law Checklist II.B.1). If a number was repealed, keep its place as "{{repealed}}"; if the number is left free on purpose, mark the place with <!-- {{marker}} -->; otherwise renumber.';

export default defineRule({
  meta: {
    id: "structure/numbering-gap",
    family: "structure",
    profileIndependent: true,
    severity: "info",
    confidence: "high",
    description:
      "A number is missing from a run of articles, sections, chapters, paragraphs or points, with no repealed unit or reserved marker in its place.",
    docs: "rules/structure/numbering-gap.md",
    // Profile-independent: the source (Venice Commission Rule of Law Checklist II.B.1) is in the
    // message and the doc, not appended to a profile's citation.
    principle: {},
    messages: {
      missing: `{{kind}} {{n}} is missing between {{prev}} and {{next}}${TAIL}`,
      missingSeveral: `{{kinds}} {{list}} are missing between {{prev}} and {{next}}${TAIL}`,
    },
    schema: {
      type: "object",
      properties: {
        reservedMarker: {
          type: "string",
          minLength: 1,
          description: "Text of the comment that reserves a free number: `reserved` for <!-- reserved -->.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { reservedMarker: "reserved" },
  },

  create(context: RuleContext) {
    const language = context.language;
    const option = String(context.options.reservedMarker ?? "reserved");
    const marker =
      option
        .replace(/^\s*<!--|-->\s*$/g, "")
        .trim()
        .toLowerCase() || "reserved";
    return {
      "Document:exit"(doc) {
        const subtitle = (doc.preamble?.text ?? "").split("\n", 1)[0] ?? "";
        if (EXCERPT_TITLE.test(`${doc.title?.text ?? ""}\n${subtitle}`)) return;
        for (const seq of sequencesOf(doc)) {
          const units = seq.units;
          for (let i = 1; i < units.length; i++) {
            const p = units[i - 1] as Numbered;
            const q = units[i] as Numbered;
            const missing = missingBetween(p, q, units, language);
            if (missing === null || missing.length === 0) continue;
            if (reservedComment(doc, marker, p.node.range.end.offset, q.range.start.offset)) continue;
            const kind = kindWord(seq.kind, language);
            const first = missing[0] as string;
            const last = missing[missing.length - 1] as string;
            const written = (num: string): string =>
              q.node.type === "Provision" ? enumerator(num, q.node.style) : num;
            const common = {
              prev: p.shown,
              next: q.shown,
              container: seq.container,
              repealed: repealedForm(q.node, language, first),
              marker,
            };
            if (missing.length === 1) {
              context.report({
                node: q.node,
                range: q.range,
                messageId: "missing",
                data: { ...common, kind, n: written(first) },
              });
            } else {
              context.report({
                node: q.node,
                range: q.range,
                messageId: "missingSeveral",
                data: {
                  ...common,
                  kinds: plural(kind),
                  list: `${written(first)}${missing.length === 2 ? " and " : " to "}${written(last)}`,
                },
              });
            }
          }
        }
      },
    };
  },
});
