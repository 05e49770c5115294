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
 * 3. A deleted unit (`[Repealed]`, `Исключена.`, `Алып тасталды.`) keeps its number: no gap; so does a
 *    line between the neighbours that names the missing numbers as repealed ("Articles 15 to 20
 *    [Repealed]", «Статьи 15–20 исключены», a code's "§§ 15 bis 20 (weggefallen)"). A
 *    `<!-- reserved -->` comment (option `reservedMarker`) between the neighbours silences the gap.
 *    A number that stands elsewhere in the container (numbering out of order, which the parser
 *    reports) and a jump of more than 25 (a year or a mis-read enumerator) are not reported; nor is a
 *    run that does not start at 1, nor anything in a text whose title (or the line under it) calls it
 *    an excerpt ("consolidated excerpt", «выдержка», «извлечение», «үзінді»): the gaps are the parts
 *    left out.
 * The later neighbour is reported, on its heading (division) or enumerator (provision).
 *
 * The sequences are read in parts, one per lint unit (`context.unitParts`), so that a re-lint walks
 * only the articles an edit changed: a unit's part holds its numbering for the walk of the bill
 * (`unitSequences`) and, of each sequence inside it, the neighbours with numbers missing between
 * them (paths from the unit's root). At the end of the bill the divisions are walked with those
 * parts (`billSequences`), and each gap is checked on the nodes as they are now (reserved marker,
 * repeal line).
 */
import {
  billSequences,
  containerPhrase,
  type Document,
  defineRule,
  enumerator,
  headingOf,
  KIND_PHRASES,
  kindPhrase,
  LATIN,
  type Language,
  type Numbered,
  nodeAt,
  numberedOf,
  pathsUnder,
  REPEAL_MARKER,
  type RuleContext,
  toRoman,
  type Unit,
  unitSequences,
} from "../../src/engine/api.js";

/** Letters of Russian lists (ё, й, ъ, ы, ь are skipped) and of Kazakh ones. */
const RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя";
const KAZAKH = "аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщыіэюя";
/** A longer jump is a year or a mis-read enumerator, not a lost unit. */
const MAX_GAP = 25;

/** The numbers missing between two neighbours, written like `next`; null when there is no gap. */
function missingBetween(p: Numbered, q: Numbered, units: readonly Numbered[], language: Language): string[] | null {
  if (p.family !== q.family) return null;
  // the family's numbers are gathered only for a pair that could be a gap: a run of consecutive
  // numbers (the BGB's 2,400 sections) gathered them for every pair, quadratic in the run
  const same = (): readonly Numbered[] => units.filter((u) => u.family === q.family);
  if (q.family === "cyr") {
    let present: Set<string> | undefined;
    const alphabets = language === "kk" ? [KAZAKH, RUSSIAN] : [RUSSIAN, KAZAKH];
    let missing: string[] | null = null;
    for (const alphabet of alphabets) {
      const i = alphabet.indexOf(p.key);
      const j = alphabet.indexOf(q.key);
      if (i < 0 || j < 0) continue;
      if (j <= i + 1) return null;
      const between = [...alphabet.slice(i + 1, j)];
      present ??= new Set(same().map((u) => u.key));
      const seen = present;
      if (between.some((c) => seen.has(c))) return null;
      missing ??= between;
    }
    if (missing === null || missing.length > MAX_GAP) return null;
    const upper = q.shown !== q.shown.toLowerCase();
    return missing.map((c) => (upper ? c.toUpperCase() : c));
  }
  if (p.base === null || q.base === null || q.base <= p.base + 1 || q.base - p.base - 1 > MAX_GAP) return null;
  const present = new Set(same().map((u) => u.base));
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

/** The neighbours of a sequence with numbers missing between them, before the text between them is read. */
function gapsIn(units: readonly Numbered[], language: Language): [Numbered, Numbered, string[]][] {
  const gaps: [Numbered, Numbered, string[]][] = [];
  for (let i = 1; i < units.length; i++) {
    const p = units[i - 1] as Numbered;
    const q = units[i] as Numbered;
    const missing = missingBetween(p, q, units, language);
    if (missing !== null && missing.length > 0) gaps.push([p, q, missing]);
  }
  return gaps;
}

/** A gap of a sequence inside one lint unit, as a part keeps it: the neighbours' child-index paths from the unit's root. */
interface Gap {
  kind: string;
  container: string;
  p: number[];
  q: number[];
  missing: string[];
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

/** A line of `text` that names `first` (and `last`) as numbers and marks them repealed. */
function repealedLine(text: string, first: string, last: string): boolean {
  const num = (n: string): RegExp =>
    new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u");
  const a = num(first);
  const b = num(last);
  return text.split("\n").some((line) => REPEAL_MARKER.test(line) && a.test(line) && b.test(line));
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
    phrases: {
      ...KIND_PHRASES,
      theAct: "the act",
      listTwo: "{{first}} and {{last}}",
      listRange: "{{first}} to {{last}}",
    },
  },

  create(context: RuleContext) {
    const language = context.language;
    const option = String(context.options.reservedMarker ?? "reserved");
    const marker =
      option
        .replace(/^\s*<!--|-->\s*$/g, "")
        .trim()
        .toLowerCase() || "reserved";
    /** Reports the gap between `p` and `q` unless a reserved marker or a repeal line stands between them. */
    const check = (
      doc: Document,
      kind: string,
      container: string,
      p: Numbered,
      q: Numbered,
      missing: readonly string[],
    ): void => {
      if (reservedComment(doc, marker, p.node.range.end.offset, q.range.start.offset)) return;
      const first = missing[0] as string;
      const last = missing[missing.length - 1] as string;
      // "§§ 15 bis 20 (weggefallen)", "Articles 15 to 20 [Repealed]", «Статьи 15–20 исключены» between them
      const between = context.concepts.sourceOf({ start: p.range.start, end: q.range.start });
      if (repealedLine(between, first, last)) return;
      const written = (num: string): string => (q.node.type === "Provision" ? enumerator(num, q.node.style) : num);
      const common = {
        prev: p.shown,
        next: q.shown,
        container: containerPhrase(container),
        repealed: repealedForm(q.node, language, first),
        marker,
      };
      if (missing.length === 1) {
        context.report({
          node: q.node,
          range: q.range,
          messageId: "missing",
          data: { ...common, kind: kindPhrase(kind, language), n: written(first) },
        });
      } else {
        context.report({
          node: q.node,
          range: q.range,
          messageId: "missingSeveral",
          data: {
            ...common,
            kinds: kindPhrase(kind, language, true),
            list: {
              phrase: missing.length === 2 ? "listTwo" : "listRange",
              data: { first: written(first), last: written(last) },
            },
          },
        });
      }
    };

    return {
      "Document:exit"(doc) {
        const subtitle = (doc.preamble?.text ?? "").split("\n", 1)[0] ?? "";
        if (EXCERPT_TITLE.test(`${doc.title?.text ?? ""}\n${subtitle}`)) return;
        const parts = context.unitParts(
          "gaps",
          (unit) => {
            const { numbering, sequences } = unitSequences(unit.root, unit.headerOnly);
            const gaps: Gap[] = [];
            let pathOf: ((node: Unit) => number[]) | undefined;
            for (const seq of sequences) {
              for (const [p, q, missing] of gapsIn(seq.units, language)) {
                pathOf ??= pathsUnder(unit.root as Unit);
                gaps.push({ kind: seq.kind, container: seq.container, p: pathOf(p.node), q: pathOf(q.node), missing });
              }
            }
            return { numbering, gaps };
          },
          { perProfile: false },
        );
        const { sequences, entered } = billSequences(doc, parts);
        for (const seq of sequences) {
          for (const [p, q, missing] of gapsIn(seq.units, language)) check(doc, seq.kind, seq.container, p, q, missing);
        }
        for (const { unit, value } of entered) {
          const root = unit.root as Unit;
          for (const g of value.gaps) {
            const p = numberedOf(nodeAt(root, g.p)) as Numbered;
            const q = numberedOf(nodeAt(root, g.q)) as Numbered;
            check(doc, g.kind, g.container, p, q, g.missing);
          }
        }
      },
    };
  },
});
