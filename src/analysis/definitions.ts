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
import type { Definition, Document, Language, TextBlock } from "../syntax/ast.js";
import { isWhiteSpace, type LineIndex, textRange } from "../syntax/positions.js";
import { type BodyNode, CYR_LOWER } from "./numbers.js";

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

/**
 * Words the lead-ins of `DEF_INTROS` contain, with the same flags, one group per word: a lead-in
 * can only match a text that contains its word. `DEF_INTRO_WORDS[g]` lists the lead-ins of
 * group `g + 1`. One cheap scan instead of six costly ones on most intros.
 */
const DEF_INTRO_HINT = /(in\s+this)|(purpose)|(following\s+definitions)|(следующие)|(ұғымдар)/giu;
const DEF_INTRO_WORDS: readonly (readonly number[])[] = [[0, 1], [2], [3], [4], [5]];

/** Lead-ins are looked for in the first 600 characters of an intro. */
const INTRO_SPAN = 600;

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

/**
 * `(hereinafter "X")`, `(hereinafter referred to as "X")`, `(далее – X)`, `(бұдан әрі – X)`. The
 * term starts at a non-space, so the blanks before it go to `\s*` alone: when the term could
 * start with them too, a run of blanks with no `)` after it cost quadratic time (6,000 spaces, 5 s).
 */
const HEREINAFTER =
  /\(\s*(?:hereinafter(?:\s+(?:referred\s+to|called|cited|named|designated|defined))?(?:\s+as)?|далее(?:\s+по\s+тексту)?(?:\s*[-–—]?\s*именуем[а-яё]*)?|бұдан\s+әрі(?:\s+мәтін\s+бойынша)?)(?![A-Za-zа-яёәғқңөұүһі])\s*(?:[-–—:,]\s*)?([^()\s][^()\n]{0,149}?)\s*\)/dgiu;

/** EU style `(‘the Charter’)`, `("the Board")` (English only). */
const PAREN_QUOTED = /\(\s*(["“‘])([^"“”‘’\n()]{1,120}?)(["”’])\s*\)/dgu;

// Cheap tests (case-sensitive substrings, or the patterns' own first tokens with the same
// flags) that every match of MEANS, HEREINAFTER and PAREN_QUOTED contains: a block failing
// them is not scanned by the costly pattern.
const MEANS_HINT = /mean|include|defined|refers/;
const HEREINAFTER_HINT = /\(\s*(?:hereinafter|далее|бұдан)/iu;
const PAREN_QUOTED_HINT = /\(\s*["“‘]/u;
/**
 * All the hints in one pattern (case-insensitive, so it matches at least where each of them
 * does): a block it does not match holds no definition but as a definitions-list item, and its
 * intro no lead-in. Most blocks are done with this one scan.
 */
const DEF_HINT =
  /in\s+this|purpose|following\s+definitions|следующие|ұғымдар|mean|include|defined|refers|\(\s*(?:hereinafter|далее|бұдан|["“‘])/iu;
const SPACES = /\s+/g;
/** Whitespace other than " ", or two spaces in a row: what `SPACES` would change. */
const COLLAPSIBLE = /[\t-\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]| \s/;

/** `s` with its whitespace runs made single spaces (`s` itself when it has none to change). */
function collapseSpaces(s: string): string {
  return COLLAPSIBLE.test(s) ? s.replace(SPACES, " ") : s;
}

interface Found {
  from: number;
  to: number;
  form: Definition["form"];
}

export function extractDefinitions(doc: Document, index: LineIndex): Definition[] {
  const out: Definition[] = [];
  try {
    const english = doc.language === "en";
    // One walk in the order of `walkTextBlocks` (a node's intro, its children, its wrap-up).
    // `trigger` says whether the nodes are the items of a definitions list: the children of a
    // node whose intro is a definitions lead-in, or of a division headed "Definitions".
    const visit = (nodes: readonly BodyNode[], trigger: ListTrigger | undefined): void => {
      for (let k = 0; k < nodes.length; k++) {
        const node = nodes[k] as BodyNode;
        const intro = node.intro?.text;
        const hinted = intro !== undefined && DEF_HINT.test(intro);
        const lead = hinted && isLeadIn(intro);
        const heading =
          !lead &&
          node.type === "Division" &&
          node.heading !== null &&
          DEF_HEADING.test(node.heading.text.slice(0, 200));
        const itemTrigger = node.type === "Provision" ? trigger : undefined;
        if (node.intro) collectSafely(node.intro, node, itemTrigger, hinted, english, index, out);
        visit(node.children, lead ? "lead-in" : heading ? "heading" : undefined);
        if (node.type === "Provision" && node.wrapUp) {
          const t = node.wrapUp === node.intro ? itemTrigger : undefined;
          collectSafely(node.wrapUp, node, t, null, english, index, out);
        }
      }
    };
    visit(doc.body, undefined);
  } catch {
    // never throw; a body that cannot be walked yields no definitions at all
    return [];
  }
  return out;
}

/** `collect`, where `hinted` is whether DEF_HINT matches the block's text (null: not tested yet). */
function collectSafely(
  block: TextBlock,
  owner: BodyNode,
  trigger: ListTrigger | undefined,
  hinted: boolean | null,
  english: boolean,
  index: LineIndex,
  out: Definition[],
): void {
  try {
    if (trigger === undefined && !(hinted ?? DEF_HINT.test(block.text))) return;
    collect(block, owner, trigger, english, index, out);
  } catch {
    // a block we cannot read yields no definitions
  }
}

/** Definitions in one text block; `trigger` is set when the block is the intro of a list item. */
function collect(
  block: TextBlock,
  owner: BodyNode,
  trigger: ListTrigger | undefined,
  english: boolean,
  index: LineIndex,
  out: Definition[],
): void {
  const text = block.text;
  const means = MEANS_HINT.test(text);
  const hasParen = text.indexOf("(") >= 0;
  const hereinafter = hasParen && HEREINAFTER_HINT.test(text);
  const parenQuoted = hasParen && english && PAREN_QUOTED_HINT.test(text);
  if (trigger === undefined && !means && !hereinafter && !parenQuoted) return;
  const found: Found[] = [];
  const seen = new Set<number>();
  const add = (from: number, to: number, form: Definition["form"]): void => {
    if (to <= from || seen.has(from)) return;
    seen.add(from);
    found.push({ from, to, form });
  };
  if (trigger !== undefined && owner.type === "Provision") {
    // Under a "Definitions" heading without a lead-in only points (`1)`, `(a)`) may be `term – text`.
    const term = listTerm(text, trigger === "lead-in" || owner.kind === "point");
    if (term) add(term[0], term[1], "definitions-list");
  }
  if (means) {
    MEANS.lastIndex = 0;
    for (let m = MEANS.exec(text); m; m = MEANS.exec(text)) {
      const open = m[1] as string;
      const close = m[3] as string;
      const span = m.indices?.[2];
      if (!span || QUOTE_PAIRS[open] !== close) continue;
      const trimmed = trimSpan(text, span[0], span[1]);
      if (trimmed) add(trimmed[0], trimmed[1], "means");
    }
  }
  if (hereinafter) {
    HEREINAFTER.lastIndex = 0;
    for (let m = HEREINAFTER.exec(text); m; m = HEREINAFTER.exec(text)) {
      const span = m.indices?.[1];
      if (!span) continue;
      const term = unquote(text, span[0], span[1]);
      if (term) add(term[0], term[1], "hereinafter");
    }
  }
  if (parenQuoted) {
    PAREN_QUOTED.lastIndex = 0;
    for (let m = PAREN_QUOTED.exec(text); m; m = PAREN_QUOTED.exec(text)) {
      const span = m.indices?.[2];
      if (!span || QUOTE_PAIRS[m[1] as string] !== m[3]) continue;
      const trimmed = trimSpan(text, span[0], span[1]);
      if (trimmed) add(trimmed[0], trimmed[1], "hereinafter");
    }
  }
  if (found.length > 1) found.sort((a, b) => a.from - b.from);
  for (const f of found) {
    out.push({
      type: "Definition",
      term: collapseSpaces(text.slice(f.from, f.to)),
      form: f.form,
      range: textRange(index, block, f.from, f.to),
      provisionEId: owner.eId,
    });
  }
}

type ListTrigger = "lead-in" | "heading";

/** Whether an intro opens a definitions list (a lead-in within its first 600 characters). */
function isLeadIn(intro: string): boolean {
  const head = intro.length > INTRO_SPAN ? intro.slice(0, INTRO_SPAN) : intro;
  let tried = 0; // bit set of the lead-ins already tested
  DEF_INTRO_HINT.lastIndex = 0;
  for (let m = DEF_INTRO_HINT.exec(head); m; m = DEF_INTRO_HINT.exec(head)) {
    DEF_INTRO_HINT.lastIndex = m.index + 1;
    for (let g = 0; g < DEF_INTRO_WORDS.length; g++) {
      if (m[g + 1] === undefined) continue;
      for (const r of DEF_INTRO_WORDS[g] as readonly number[]) {
        if (tried & (1 << r)) continue;
        tried |= 1 << r;
        if ((DEF_INTROS[r] as RegExp).test(head)) return true;
      }
    }
  }
  return false;
}

const LIST_QUOTED_TERM = /^\s*(?:\(\d+\)\s*)?(["“‘'«„])/u;
const LIST_DASH_TERM = /^(\s*)([^\n]{1,150}?)\s+[–—-]\s+\S/u;
const WORD_GAPS = /\s+/;
const SENTENCE_PUNCTUATION = /[.;:!?]/;
const QUOTED_TERM = /^((?:the|a|an)\s+)?(["“‘'«„])(.*)(["”’'»“])$/su;

/** The term of a definitions-list item: a quoted term at the start, or the text before ` – `. */
function listTerm(text: string, dashForm: boolean): [number, number] | null {
  const q = LIST_QUOTED_TERM.exec(text);
  if (q) {
    const open = q[1] as string;
    const close = QUOTE_PAIRS[open] as string;
    const from = q[0].length;
    const end = text.indexOf(close, from);
    if (end > from && end - from <= 150 && !text.slice(from, end).includes("\n")) return trimSpan(text, from, end);
  }
  const d = dashForm ? LIST_DASH_TERM.exec(text) : null;
  if (!d) return null;
  const from = (d[1] as string).length;
  const to = from + (d[2] as string).length;
  const term = unquote(text, from, to);
  if (!term) return null;
  const words = text.slice(term[0], term[1]).split(WORD_GAPS);
  if (words.length > 10 || SENTENCE_PUNCTUATION.test(text.slice(term[0], term[1]))) return null;
  return term;
}

/** Span without surrounding whitespace; null when empty. */
function trimSpan(text: string, from: number, to: number): [number, number] | null {
  let a = from;
  let b = to;
  while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
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
  const m = QUOTED_TERM.exec(s);
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
