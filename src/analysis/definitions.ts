/**
 * Defined terms of a bill:
 * - definitions lists: the child points of a provision (or division) introduced by "In this Law
 *   ... the following terms ...", "For the purposes of this Regulation", «В настоящем Законе
 *   используются следующие основные понятия», «Осы Заңда мынадай негізгі ұғымдар пайдаланылады»
 *   (or of a division headed "Definitions", «Основные понятия», «Негізгі ұғымдар»), each point
 *   being `term – definition` or `"term" means …` → form "definitions-list";
 * - anywhere: `"X" means`, `“X” means`, `the term "X" means` → form "means";
 * - anywhere: `(hereinafter "X")`, `(hereinafter referred to as "X")`, `(далее – X)`,
 *   `(бұдан әрі – X)`, and in English the EU form `(‘the Charter’)` → form "hereinafter".
 * The term is kept as written, without its quotes; its range is the term's own source range.
 * Linear in the size of the document; never throws.
 */
import type { Definition, Document, Language, Provision, TextBlock } from "../syntax/ast.js";
import { type LineIndex, textRange } from "../syntax/positions.js";
import { type BodyNode, CYR_LOWER, walkTextBlocks } from "./numbers.js";

/** Lead-ins of definitions articles and paragraphs. */
const DEF_INTROS: readonly RegExp[] = [
  // English: "In this Law, the following terms have the following meanings:", "In this Act—"
  /\bIn\s+this\s+(?:Law|Act|Regulation|Code|Part|Chapter|Directive|Decision|Section|Article|Schedule|Order|Bill|Decree|Constitution|Rules)\b[^.]{0,200}?(?:\bmeans?\b|\bthe\s+following\s+(?:terms|words|expressions|definitions)\b|\bhave\s+the\s+(?:following\s+)?meanings?\b)/iu,
  /^\s*In\s+this\s+(?:Law|Act|Regulation|Code|Part|Chapter|Directive|Section|Article|Schedule|Order|Bill|Decree|Rules)\b[^.]{0,80}?[:\u2014\u2013-]\s*$/iu,
  /\bFor\s+the\s+purposes?\s+of\s+this\s+(?:Law|Act|Regulation|Code|Part|Chapter|Directive|Decision|Section|Article|Order|Bill|Decree|Rules)\b\s*(?::|,?\s*(?:the\s+following|unless\s+the\s+context)|[\u2014\u2013-]?\s*$)/iu,
  /\bthe\s+following\s+definitions\s+(?:shall\s+)?apply\b/iu,
  // Russian: «В настоящем Законе используются следующие основные понятия», «Для целей настоящего …»
  /(?:^|[^а-яё])(?:В|Для\s+целей)\s+настоящ[а-яё]{1,3}\s+[А-ЯЁа-яё]{3,}[^.:]{0,80}?\s(?:использу|применя)(?:е|ю)тся\s+следующие\s+(?:основные\s+)?(?:понятия|термины|определения)/iu,
  // Kazakh: «Осы Заңда мынадай негізгі ұғымдар пайдаланылады»
  /(?:^|[^а-яёәғқңөұүһі])Осы\s+[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]{3,}\s+(?:мынадай\s+)?(?:негізгі\s+)?ұғымдар\s+(?:пайдаланылады|қолданылады)/iu,
];

/** Headings of definitions articles. */
const DEF_HEADING =
  /^\s*(?:definitions?|interpretation|terms\s+used|meaning\s+of\s+terms)\b|основные\s+понятия|термины\s+и\s+определения|негізгі\s+ұғымдар/iu;

const QUOTE_PAIRS: Record<string, string> = {
  '"': '"',
  "“": "”",
  "‘": "’",
  "'": "'",
  "«": "»",
  "„": "“",
};

const NOT_WORD_BEFORE = `(?<![A-Za-z0-9\\u00C0-\\u024F${CYR_LOWER}\\u0400-\\u04FF])`;

/** `"X" means`, `“X” means`, `‘X’ means` anywhere. */
const MEANS = new RegExp(
  `${NOT_WORD_BEFORE}(["“‘'«„])([^"“”‘’'«»„\\n]{1,150}?)(["”’'»“])\\s*,?\\s+(?:means|shall\\s+mean|includes|shall\\s+include|has\\s+the\\s+meaning|have\\s+the\\s+meaning|is\\s+defined\\s+as|refers\\s+to)(?![A-Za-z])`,
  "dgu",
);

/** `(hereinafter "X")`, `(hereinafter referred to as "X")`, `(далее – X)`, `(бұдан әрі – X)`. */
const HEREINAFTER =
  /\(\s*(?:hereinafter(?:\s+(?:referred\s+to|called|cited|named|designated|defined))?(?:\s+as)?|далее(?:\s+по\s+тексту)?(?:\s*[-–—]?\s*именуем[а-яё]*)?|бұдан\s+әрі(?:\s+мәтін\s+бойынша)?)(?![A-Za-zа-яёәғқңөұүһі])\s*(?:[-–—:,]\s*)?([^()\n]{1,150}?)\s*\)/dgiu;

/** EU style `(‘the Charter’)`, `("the Board")` (English only). */
const PAREN_QUOTED = /\(\s*(["“‘])([^"“”‘’\n()]{1,120}?)(["”’])\s*\)/dgu;

interface Found {
  from: number;
  to: number;
  form: Definition["form"];
}

export function extractDefinitions(doc: Document, index: LineIndex): Definition[] {
  const out: Definition[] = [];
  try {
    const listItems = markListItems(doc);
    const english = doc.language === "en";
    walkTextBlocks(doc, (block, owner) => {
      try {
        collect(block, owner, listItems, english, index, out);
      } catch {
        // a block we cannot read yields no definitions
      }
    });
  } catch {
    // never throw: return what was found
  }
  return out;
}

function collect(
  block: TextBlock,
  owner: BodyNode,
  listItems: ReadonlyMap<Provision, ListTrigger>,
  english: boolean,
  index: LineIndex,
  out: Definition[],
): void {
  const text = block.text;
  const found: Found[] = [];
  const seen = new Set<number>();
  const add = (from: number, to: number, form: Definition["form"]): void => {
    if (to <= from || seen.has(from)) return;
    seen.add(from);
    found.push({ from, to, form });
  };
  const trigger = owner.type === "Provision" && owner.intro === block ? listItems.get(owner) : undefined;
  if (trigger !== undefined && owner.type === "Provision") {
    // Under a "Definitions" heading without a lead-in only points (`1)`, `(a)`) may be `term – text`.
    const term = listTerm(text, trigger === "lead-in" || owner.kind === "point");
    if (term) add(term[0], term[1], "definitions-list");
  }
  for (const m of text.matchAll(MEANS)) {
    const open = m[1] as string;
    const close = m[3] as string;
    const span = m.indices?.[2];
    if (!span || QUOTE_PAIRS[open] !== close) continue;
    const trimmed = trimSpan(text, span[0], span[1]);
    if (trimmed) add(trimmed[0], trimmed[1], "means");
  }
  for (const m of text.matchAll(HEREINAFTER)) {
    const span = m.indices?.[1];
    if (!span) continue;
    const term = unquote(text, span[0], span[1]);
    if (term) add(term[0], term[1], "hereinafter");
  }
  if (english) {
    for (const m of text.matchAll(PAREN_QUOTED)) {
      const span = m.indices?.[2];
      if (!span || QUOTE_PAIRS[m[1] as string] !== m[3]) continue;
      const trimmed = trimSpan(text, span[0], span[1]);
      if (trimmed) add(trimmed[0], trimmed[1], "hereinafter");
    }
  }
  found.sort((a, b) => a.from - b.from);
  for (const f of found) {
    out.push({
      type: "Definition",
      term: text.slice(f.from, f.to).replace(/\s+/g, " "),
      form: f.form,
      range: textRange(index, block, f.from, f.to),
      provisionEId: owner.eId,
    });
  }
}

type ListTrigger = "lead-in" | "heading";

/** The provisions that are items of a definitions list (children of a definitions lead-in or heading). */
function markListItems(doc: Document): Map<Provision, ListTrigger> {
  const items = new Map<Provision, ListTrigger>();
  const mark = (children: readonly BodyNode[], trigger: ListTrigger): void => {
    for (const c of children) if (c.type === "Provision" && items.get(c) !== "lead-in") items.set(c, trigger);
  };
  const visit = (nodes: readonly BodyNode[]): void => {
    for (const node of nodes) {
      const intro = node.intro?.text;
      const lead =
        intro !== undefined && DEF_INTROS.some((re) => re.test(intro.length > 600 ? intro.slice(0, 600) : intro));
      const heading =
        node.type === "Division" && node.heading !== null && DEF_HEADING.test(node.heading.text.slice(0, 200));
      if (lead || heading) mark(node.children, lead ? "lead-in" : "heading");
      visit(node.children);
    }
  };
  visit(doc.body);
  return items;
}

/** The term of a definitions-list item: a quoted term at the start, or the text before ` – `. */
function listTerm(text: string, dashForm: boolean): [number, number] | null {
  const q = /^\s*(?:\(\d+\)\s*)?(["“‘'«„])/u.exec(text);
  if (q) {
    const open = q[1] as string;
    const close = QUOTE_PAIRS[open] as string;
    const from = q[0].length;
    const end = text.indexOf(close, from);
    if (end > from && end - from <= 150 && !text.slice(from, end).includes("\n")) return trimSpan(text, from, end);
  }
  const d = dashForm ? /^(\s*)([^\n]{1,150}?)\s+[–—-]\s+\S/u.exec(text) : null;
  if (!d) return null;
  const from = (d[1] as string).length;
  const to = from + (d[2] as string).length;
  const term = unquote(text, from, to);
  if (!term) return null;
  const words = text.slice(term[0], term[1]).split(/\s+/);
  if (words.length > 10 || /[.;:!?]/.test(text.slice(term[0], term[1]))) return null;
  return term;
}

/** Span without surrounding whitespace; null when empty. */
function trimSpan(text: string, from: number, to: number): [number, number] | null {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a] as string)) a++;
  while (b > a && /\s/.test(text[b - 1] as string)) b--;
  return b > a ? [a, b] : null;
}

/**
 * Span of a term without its quotes: `"X"` → `X`, `the "Agency"` → `Agency`, `«Правила»` →
 * `Правила`; an unquoted term is only trimmed.
 */
function unquote(text: string, from: number, to: number): [number, number] | null {
  const span = trimSpan(text, from, to);
  if (!span) return null;
  const s = text.slice(span[0], span[1]);
  const m = /^((?:the|a|an)\s+)?(["“‘'«„])(.*)(["”’'»“])$/su.exec(s);
  if (m && QUOTE_PAIRS[m[2] as string] === m[4]) {
    const inner = span[0] + (m[1]?.length ?? 0) + 1;
    return trimSpan(text, inner, inner + (m[3] as string).length);
  }
  return span;
}

// ---- lookup --------------------------------------------------------------------------------

/**
 * The definition of `term`: an exact case-insensitive match first, then one tolerant of
 * inflection — English singular/plural (and a leading article), Russian/Kazakh words compared
 * on a crude stem (words of 5+ letters may differ in their last 1–3 letters, 1–4 in Kazakh).
 */
export function findDefinition(defs: Definition[], term: string, language: Language): Definition | undefined {
  try {
    const wanted = normaliseTerm(term, language);
    if (wanted.length === 0) return undefined;
    let loose: Definition | undefined;
    for (const def of defs) {
      const have = normaliseTerm(def.term, language);
      if (have.join(" ") === wanted.join(" ")) return def;
      if (
        loose === undefined &&
        have.length === wanted.length &&
        have.every((w, i) => sameWord(w, wanted[i] as string, language))
      ) {
        loose = def;
      }
    }
    return loose;
  } catch {
    return undefined;
  }
}

function normaliseTerm(term: string, language: Language): string[] {
  let s = term
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[«»“”„"‘’'`]/g, " ")
    .replace(/[.,;:!?()]/g, " ")
    .trim();
  if (language === "en") s = s.replace(/^(?:the|a|an)\s+/, "");
  return s.split(/\s+/).filter((w) => w.length > 0);
}

function sameWord(a: string, b: string, language: Language): boolean {
  if (a === b) return true;
  if (language === "en") return singular(a) === singular(b);
  if (a.length < 5 || b.length < 5) return false;
  let p = 0;
  const n = Math.min(a.length, b.length);
  while (p < n && a[p] === b[p]) p++;
  const maxDrop = language === "kk" ? 4 : 3;
  return p >= 4 && a.length - p <= maxDrop && b.length - p <= maxDrop;
}

function singular(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}
