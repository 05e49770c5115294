/**
 * The one compiled phrase matcher over all concept lexicons (RULES.md §2.2–2.3, DESIGN.md
 * "Language and concepts").
 *
 * Compilation: every phrase and stop phrase of every concept of one language becomes a path in one
 * token trie. An edge is an exact word (Map lookup), a stem (`stem*`, found by walking the token's
 * characters through a per-node character trie of stems, so the cost does not grow with the number
 * of stems), a lemma (`~word`: any form whose Snowball stem is the word's, English and Russian), or a placeholder (`<num>`, `<date>`, `<unit>`, each consuming one or more tokens). `…`
 * is an epsilon edge into a node that may skip up to 3 non-boundary tokens before its next edge.
 *
 * Matching is one left-to-right pass over the tokens, simulating the trie as an NFA: at each token a
 * fresh state starts at the root and every live state advances on the token; states waiting after a
 * gap or a multi-token placeholder are parked at the position where they resume. The work per token
 * is bounded by the phrase lengths, not by the number of concepts, so a sentence is matched in
 * linear time whatever the number of rules.
 *
 * After the pass, per sentence: stop phrases drop the hits of their concept (and of its
 * sub-concepts) that they cover; `verb.restrict` hits get `negated`; a hit inside a strictly longer
 * hit of the same layer is dropped, and so is one overlapped by a longer phrase of its own concept
 * (equal spans, and different concepts that merely overlap, keep both; the shared concepts are one layer and
 * each rule list `list.x` its own, so no rule's vocabulary hides another's); finally every
 * hit is also reported for each ancestor concept (`parent` chain and `includes`), on the same span.
 * So a hit of `actor.state.security` comes with a hit of `actor.state`; `Matcher.isA` answers the same
 * question for a concept id.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Language } from "../syntax/ast.js";
import { hasBit, LiteralTrie, type PhraseLiteral } from "./literals.js";
import { hasStemmer, stemWord } from "./stem.js";
import { type Token, tokenize } from "./tokens.js";

// ---------------------------------------------------------------------------------------------
// Lexicon data

/** One concept of a lexicon file (rules/lexicon/lexicon.schema.json). */
export interface LexiconEntry {
  id: string;
  phrases: string[];
  stop: string[];
  /** The concept this sub-id inherits into. */
  parent?: string;
  /** Concepts whose hits also count as hits of this one. */
  includes?: string[];
  /** Used only through a placeholder (`marker.time-unit` is `<unit>`); not reported. */
  fragment?: boolean;
  notes?: string[];
}

/** A lexicon file: one family of concepts in one language. */
export interface LexiconFile {
  $schema?: string;
  language: Language;
  family: string;
  concepts: LexiconEntry[];
}

/** A concept found in a token sequence. Offsets are those of the tokens (source offsets when the
 * tokens were made with a base). `tokenEnd` and `end` are exclusive. */
export interface Hit {
  concept: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** Set on `verb.restrict` hits governed by a negator (§2.3): a guarantee, not a restriction. */
  negated?: boolean;
}

export interface Matcher {
  readonly language: Language;
  /** Every concept id of the compiled lexicons (fragments excluded). */
  readonly concepts: readonly string[];
  /** All concept hits in the tokens of one sentence (or any token run), sorted by position. */
  match(tokens: readonly Token[]): Hit[];
  /** Whether `concept` is `ancestor` or inherits into it (through `parent` or `includes`). */
  isA(concept: string, ancestor: string): boolean;
  /** The concepts a hit of `concept` is also reported as (nearest first), without itself. */
  ancestors(concept: string): readonly string[];
  /**
   * A quick necessary condition on raw text: false only when no phrase of `concept` (or of a
   * sub-concept) can match it, so callers may skip tokenizing and matching. Never false when
   * `match` would find the concept.
   */
  mayContain(text: string, concept: string): boolean;
  /**
   * The prefilter of every concept at once: the concept's bit in the masks of `literalMask`, or
   * ALWAYS_POSSIBLE (a phrase without a literal) or NEVER_POSSIBLE (no phrase gives the concept).
   */
  conceptBit(concept: string): number;
  /**
   * The concepts whose prefilter literals occur inside `text[start, end)` (one pass, literals.ts):
   * a necessary condition like `mayContain`; null when the stretch cannot be judged (any concept).
   */
  literalMask(text: string, start: number, end: number): Uint32Array | null;
}

/** `conceptBit` of a concept the prefilter cannot rule out anywhere. */
export const ALWAYS_POSSIBLE = -1;
/** `conceptBit` of a concept no phrase produces. */
export const NEVER_POSSIBLE = -2;

/** The concept whose phrases `<unit>` stands for. */
export const TIME_UNIT_CONCEPT = "marker.time-unit";
/** The concept whose hits get the negation test. */
export const NEGATABLE_CONCEPT = "verb.restrict";
/** Most tokens `…` may skip. */
export const GAP_TOKENS = 3;
/** Shortest stem allowed alone in a phrase (§2.2). */
export const MIN_STEM_LETTERS = 4;

// ---------------------------------------------------------------------------------------------
// Phrases

export type PhraseToken =
  | { kind: "word"; text: string }
  | { kind: "stem"; text: string }
  /** `~word`: any form of the word, by its Snowball stem (English, Russian). */
  | { kind: "lemma"; text: string }
  | { kind: "gap" }
  | { kind: "num" }
  | { kind: "date" }
  | { kind: "unit" };

/** Parses a phrase of the lexicon syntax into pattern tokens, normalising words as text is. */
export function parsePhrase(phrase: string): PhraseToken[] {
  const out: PhraseToken[] = [];
  for (const chunk of phrase.trim().split(/\s+/u)) {
    if (chunk === "…" || chunk === "...") out.push({ kind: "gap" });
    else if (chunk === "<num>") out.push({ kind: "num" });
    else if (chunk === "<date>") out.push({ kind: "date" });
    else if (chunk === "<unit>") out.push({ kind: "unit" });
    else if (chunk.startsWith("~") && chunk.length > 1) {
      const toks = tokenize(chunk.slice(1));
      toks.forEach((t, i) => {
        out.push({ kind: i === toks.length - 1 ? "lemma" : "word", text: t.norm });
      });
    } else {
      const star = chunk.endsWith("*");
      const toks = tokenize(star ? chunk.slice(0, -1) : chunk);
      toks.forEach((t, i) => {
        out.push({ kind: star && i === toks.length - 1 ? "stem" : "word", text: t.norm });
      });
    }
  }
  while (out[0]?.kind === "gap") out.shift();
  while (out[out.length - 1]?.kind === "gap") out.pop();
  return out;
}

const LETTER_RE = /\p{L}/gu;
function letterCount(s: string): number {
  return s.match(LETTER_RE)?.length ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Prefilter literals: what raw text must contain for a phrase to match (literals.ts walks them)

/**
 * The prefilter literals per concept: the longest literal word of each of its phrases and of its
 * sub-concepts' phrases (all phrases' literals go into one trie). A phrase with no literal (only `<num>`, `<date>`, `<unit>`) makes the concept
 * unfilterable (null). The word is cut where normalisation or Kazakh alternation could make text differ:
 * at a hyphen or apostrophe (its longest part is taken), and before a final к/қ/п.
 */
function prefilterLiterals(
  entries: Map<string, LexiconEntry>,
  ancestors: (id: string) => readonly string[],
  language: Language,
): { prefixes: Map<string, Set<string> | null>; phrases: PhraseLiterals[] } {
  const prefixes = new Map<string, Set<string> | null>();
  const phrases: PhraseLiterals[] = [];
  const add = (concept: string, prefix: string | null): void => {
    const cur = prefixes.get(concept);
    if (cur === null) return;
    if (prefix === null) {
      prefixes.set(concept, null);
      return;
    }
    if (cur) cur.add(prefix);
    else prefixes.set(concept, new Set([prefix]));
  };
  for (const e of entries.values()) {
    for (const phrase of e.phrases) {
      // every literal of a phrase must occur in a hit: the longest is the most selective
      // ("by automated means" is filtered on "automated", not on "by", which is everywhere)
      let prefix: string | null = null;
      // every part, and whether it is a whole part of the text's word (an exact word, or a part a
      // hyphen or apostrophe follows) or may go on (a stem, a lemma, a Kazakh word cut before к/қ/п)
      const all = new Map<string, boolean>();
      for (const token of parsePhrase(phrase)) {
        if (token.kind !== "word" && token.kind !== "stem" && token.kind !== "lemma") continue;
        // a lemma's forms share the part of the word its stem keeps ("happy" → "happi": "happ")
        const text = token.kind === "lemma" ? lemmaLiteral(token.text, language) : token.text;
        // any part between hyphens and apostrophes is written as it is in the text, and each part
        // starts where a token or a part of one starts: the longest is kept ("e-mails" → "mails",
        // not "e", which is everywhere). Only the word's end may alternate in Kazakh.
        const parts = text.split(/[-'’]/u);
        for (let k = 0; k < parts.length; k++) {
          let literal = parts[k] as string;
          const last = k === parts.length - 1;
          let whole = token.kind === "word" || (token.kind === "stem" && !last);
          if (last && language === "kk" && /[кқп]$/u.test(literal) && literal.length > 2) {
            literal = literal.slice(0, -1);
            whole = false;
          }
          if (literal.length > (prefix?.length ?? 0)) prefix = literal;
          // the same text as a whole part and as a start: the start is the weaker condition
          if (literal.length > 0) all.set(literal, whole && (all.get(literal) ?? true));
        }
      }
      const concepts = [e.id, ...ancestors(e.id)];
      for (const id of concepts) add(id, prefix);
      if (prefix !== null) {
        const anchor = prefix;
        const literals = [...all].map(([text, whole]) => ({ text, whole }));
        // the longest first: the phrase is looked at only when it is found
        literals.sort((a, b) => (a.text === anchor ? -1 : b.text === anchor ? 1 : 0));
        phrases.push({ literals, concepts });
      }
    }
  }
  return { prefixes, phrases };
}

/** Every literal of one phrase (the longest first) and the concepts a hit of it counts for. */
interface PhraseLiterals {
  literals: PhraseLiteral[];
  concepts: string[];
}

/** What every form of a lemma's word contains: the part its stem keeps, without an English final
 * `i` (Porter2 turns y and ie into i: happy, happiness → happi). */
function lemmaLiteral(word: string, language: Language): string {
  const kept = commonPrefix(word, stemWord(language, word));
  return language === "en" && kept.endsWith("i") && kept.length > 1 ? kept.slice(0, -1) : kept;
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return a.slice(0, i);
}

// ---------------------------------------------------------------------------------------------
// Trie

interface Accept {
  concept: number;
  stop: boolean;
}

interface CharNode {
  next: Map<number, CharNode> | null;
  /** Stems ending here: child token nodes; `vowel` = only when a vowel follows (Kazakh k/q/p→g/ğ/b). */
  targets: { node: TrieNode; vowel: boolean }[] | null;
}

interface TrieNode {
  exact: Map<string, TrieNode> | null;
  /** `~word` edges, keyed by the word's Snowball stem. */
  lemmas: Map<string, TrieNode> | null;
  stems: CharNode | null;
  num: TrieNode | null;
  date: TrieNode | null;
  unit: TrieNode | null;
  /** The node after a `…`: reached without consuming, may skip tokens. */
  gap: TrieNode | null;
  accepts: Accept[] | null;
  /** Has any consuming edge (worth keeping a state on). */
  live: boolean;
}

function newNode(): TrieNode {
  return {
    exact: null,
    lemmas: null,
    stems: null,
    num: null,
    date: null,
    unit: null,
    gap: null,
    accepts: null,
    live: false,
  };
}

/** Kazakh final voiceless consonants and their voiced alternants before a vowel. */
const KK_ALTERNATION: Record<string, string> = { к: "г", қ: "ғ", п: "б" };
const VOWELS = new Set([..."aeiouyаәеёиоөуұүыіэюя"].map((ch) => ch.charCodeAt(0)));

function stemChild(node: TrieNode, stem: string, vowel: boolean, target?: TrieNode): TrieNode {
  node.live = true;
  node.stems ??= { next: null, targets: null };
  let c = node.stems;
  for (let k = 0; k < stem.length; k++) {
    const ch = stem.charCodeAt(k);
    c.next ??= new Map();
    let n = c.next.get(ch);
    if (!n) {
      n = { next: null, targets: null };
      c.next.set(ch, n);
    }
    c = n;
  }
  c.targets ??= [];
  const found = c.targets.find((t) => t.vowel === vowel && (target === undefined || t.node === target));
  if (found) return found.node;
  const node2 = target ?? newNode();
  c.targets.push({ node: node2, vowel });
  return node2;
}

function addPath(root: TrieNode, pattern: PhraseToken[], accept: Accept, language: Language): void {
  let node = root;
  for (const p of pattern) {
    switch (p.kind) {
      case "word": {
        node.live = true;
        node.exact ??= new Map();
        let n = node.exact.get(p.text);
        if (!n) {
          n = newNode();
          node.exact.set(p.text, n);
        }
        node = n;
        break;
      }
      case "lemma": {
        node.live = true;
        node.lemmas ??= new Map();
        const key = stemWord(language, p.text);
        let n = node.lemmas.get(key);
        if (!n) {
          n = newNode();
          node.lemmas.set(key, n);
        }
        node = n;
        break;
      }
      case "stem": {
        const child = stemChild(node, p.text, false);
        const last = p.text[p.text.length - 1] ?? "";
        const alt = language === "kk" ? KK_ALTERNATION[last] : undefined;
        if (alt) stemChild(node, p.text.slice(0, -1) + alt, true, child);
        node = child;
        break;
      }
      case "gap":
        node.gap ??= newNode();
        node = node.gap;
        break;
      default: {
        const k = p.kind;
        node.live = true;
        node[k] ??= newNode();
        node = node[k];
      }
    }
  }
  node.accepts ??= [];
  if (!node.accepts.some((a) => a.concept === accept.concept && a.stop === accept.stop)) node.accepts.push(accept);
}

// ---------------------------------------------------------------------------------------------
// Numbers, dates, negators per language

const EN_NUMBERS = new Set(
  (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " +
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand"
  ).split(" "),
);

/** Russian cardinal numerals один…тысяча in all cases. */
const RU_NUMBER =
  /^(?:один|одн(?:а|о|ого|ой|ому|им|ом|у|и|их|ими)|дв(?:а|е|ух|ум|умя)|тр(?:и|ех|ем|емя)|четыр(?:е|ех|ем|ьмя)|(?:пят|шест|девят|десят)(?:ь|и|ью)|сем(?:ь|и|ью)|вос(?:емь|ьми|емью|ьмью)|(?:один|две|три|четыр|пят|шест|сем|восем|девят)надцат(?:ь|и|ью)|(?:двадцат|тридцат)(?:ь|и|ью)|сорок(?:а)?|(?:пят|шест|сем)(?:ьдесят|идесяти|ьюдесятью)|вос(?:емьдесят|ьмидесяти|емьюдесятью)|девяност[оа]|ст[оа]|двест[и]|трист[а]|четырест[а]|(?:двух|трех|четырех|пяти|шести|семи|восьми|девяти)(?:сот|стам|стами|стах)|(?:двум|трем|четырем)(?:стам)|(?:двумя|тремя|четырьмя)(?:стами)|(?:пят|шест|сем|восем|девят)ьсот|тысяч(?:а|и|у|ей|ью|ам|ами|ах)?)$/u;

const KK_NUMBER_ROOTS = [
  "бір",
  "екі",
  "үш",
  "төрт",
  "бес",
  "алты",
  "жеті",
  "сегіз",
  "тоғыз",
  "он",
  "жиырма",
  "отыз",
  "қырық",
  "елу",
  "алпыс",
  "жетпіс",
  "сексен",
  "тоқсан",
  "жүз",
  "мың",
];
/** Case endings a Kazakh numeral takes (none, dative, ablative, locative, accusative, genitive, instrumental). */
const KK_ENDINGS = [
  "",
  "ге",
  "ға",
  "ке",
  "қа",
  "не",
  "на",
  "ден",
  "дан",
  "тен",
  "тан",
  "нен",
  "нан",
  "де",
  "да",
  "те",
  "та",
  "ді",
  "ды",
  "ті",
  "ты",
  "ні",
  "ны",
  "дің",
  "дың",
  "тің",
  "тың",
  "нің",
  "ның",
  "мен",
  "бен",
  "пен",
];
const KK_NUMBERS = new Set<string>();
for (const r of KK_NUMBER_ROOTS) for (const e of KK_ENDINGS) KK_NUMBERS.add(r + e);
for (const w of ["онда", "онға", "оны"]) KK_NUMBERS.delete(w); // "there/then", "him": not numerals
for (const w of ["екеу", "үшеу", "төртеу", "бесеу", "алтау", "жетеу"]) KK_NUMBERS.add(w);

function isNumberWord(norm: string, language: Language): boolean {
  if (language === "en") {
    if (EN_NUMBERS.has(norm)) return true;
    if (norm.includes("-")) return norm.split("-").every((p) => EN_NUMBERS.has(p)); // twenty-one
    return false;
  }
  if (language === "ru") return RU_NUMBER.test(norm);
  return KK_NUMBERS.has(norm);
}

const MONTHS: Record<Language, readonly string[]> = {
  en: [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ],
  ru: [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
  ],
  // stems: Kazakh month names take case endings (қаңтардағы, қаңтарға)
  kk: [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
  ],
};
const RELATIVE_YEAR: Record<Language, ReadonlySet<string>> = {
  en: new Set(["previous", "preceding", "current", "next", "following", "same", "reporting", "last"]),
  ru: new Set(["предыдущего", "текущего", "следующего", "прошлого", "отчетного", "очередного", "истекшего"]),
  kk: new Set(["өткен", "ағымдағы", "келесі", "алдыңғы", "есепті", "сол"]),
};

const DAY = /^(?:[1-9]|[12]\d|3[01])$/;
const YEAR = /^\d{4}$/;
const NUMERIC_DATE = /^\d{1,2}\.\d{1,2}\.\d{2,4}(?:-[\p{L}]+)?$/u;

// negation (§2.3)
const EN_NEGATORS = new Set(["not", "no", "never", "nothing", "cannot"]);
/** The verb of a saving clause's subject `Nothing in this section …` (`shall`, `may be construed to`, `is intended to`). */
const EN_SAVING_MODALS = new Set(["shall", "may", "will", "should", "does", "is"]);
/** How far the verbs of a saving clause reach: from `nothing` to its modal, and from the modal to the verb. */
const EN_SAVING_SUBJECT = 12;
const EN_SAVING_VERBS = 8;
const RU_NEGATORS = new Set(["не", "ни", "нельзя"]);
const RU_MODALS = new Set([
  "может",
  "могут",
  "можно",
  "вправе",
  "должен",
  "должна",
  "должно",
  "должны",
  "следует",
  "подлежит",
  "подлежат",
  "будет",
  "будут",
]);
const RU_BE = new Set(["быть", "быть,"]);
/** Kazakh negative verb suffix after the matched stem, with an optional voice suffix before it. */
const KK_NEGATIVE_SUFFIX =
  /^(?:ын|ін|ыл|іл|н|л|ыс|іс|с|т|ыт|іт|дыр|дір|тыр|тір|ғыз|гіз|қыз|кіз)?(?:ма|ме|ба|бе|па|пе)(?:й|с|у|з|ған|ген|ды|ді)/u;
const KK_NEGATIVE_WORDS = new Set(["емес", "жоқ"]);

// ---------------------------------------------------------------------------------------------
// Compilation

interface Candidate {
  concept: number;
  tokenStart: number;
  tokenEnd: number;
  /** Characters of the last token after the matched stem (0 for an exact word or a placeholder). */
  restLen: number;
}

interface State {
  node: TrieNode;
  start: number;
  skips: number;
}

/** Builds the one matcher for all concepts of `files` in `language` (files of other languages are ignored). */
export function compileLexicons(files: readonly LexiconFile[], language: Language): Matcher {
  const entries = new Map<string, LexiconEntry>();
  for (const f of files) {
    if (f.language !== language) continue;
    for (const e of f.concepts) {
      const prev = entries.get(e.id);
      if (prev) {
        // the same id in two files: union of phrases, stops and includes; a parent set in either holds
        // (a rule file that adds phrases to a shared concept need not repeat its parent)
        if (prev.parent !== undefined && e.parent !== undefined && prev.parent !== e.parent) {
          throw new Error(`lexicon ${language} ${e.id}: parent "${e.parent}" in one file, "${prev.parent}" in another`);
        }
        const merged: LexiconEntry = {
          ...prev,
          phrases: [...prev.phrases, ...e.phrases],
          stop: [...prev.stop, ...e.stop],
        };
        const parent = prev.parent ?? e.parent;
        if (parent !== undefined) merged.parent = parent;
        const includes = [...new Set([...(prev.includes ?? []), ...(e.includes ?? [])])];
        if (includes.length > 0) merged.includes = includes;
        entries.set(e.id, merged);
      } else entries.set(e.id, e);
    }
  }

  const ids: string[] = [];
  const index = new Map<string, number>();
  const idOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      index.set(id, i);
    }
    return i;
  };

  // ancestors: parent chain and reverse `includes`
  const direct = new Map<string, string[]>();
  const link = (child: string, ancestor: string) => {
    const list = direct.get(child) ?? [];
    if (!list.includes(ancestor)) list.push(ancestor);
    direct.set(child, list);
  };
  for (const e of entries.values()) {
    if (e.parent) link(e.id, e.parent);
    for (const inc of e.includes ?? []) link(inc, e.id);
  }
  const ancestorCache = new Map<string, readonly string[]>();
  const ancestors = (id: string): readonly string[] => {
    const cached = ancestorCache.get(id);
    if (cached) return cached;
    const out: string[] = [];
    const queue = [...(direct.get(id) ?? [])];
    while (queue.length > 0) {
      const a = queue.shift()!;
      if (a === id || out.includes(a)) continue;
      out.push(a);
      queue.push(...(direct.get(a) ?? []));
    }
    ancestorCache.set(id, out);
    return out;
  };

  const root = newNode();
  const unitRoot = newNode();
  for (const e of entries.values()) {
    const concept = idOf(e.id);
    const target = e.fragment ? unitRoot : root;
    if (e.fragment && e.id !== TIME_UNIT_CONCEPT) continue;
    for (const [list, stop] of [
      [e.phrases, false],
      [e.stop, true],
    ] as const) {
      for (const phrase of list) {
        const pattern = parsePhrase(phrase);
        if (pattern.length === 0) throw new Error(`lexicon ${language} ${e.id}: empty phrase "${phrase}"`);
        checkShortStems(pattern, phrase, e.id, language);
        if (!hasStemmer(language) && pattern.some((p) => p.kind === "lemma")) {
          throw new Error(
            `lexicon ${language} ${e.id}: "~word" needs a stemmer, which ${language} does not have; write a stem with * ("${phrase}")`,
          );
        }
        if (e.fragment && pattern.some((p) => p.kind !== "word" && p.kind !== "stem")) {
          throw new Error(`lexicon ${language} ${e.id}: a fragment phrase may hold only words ("${phrase}")`);
        }
        addPath(target, pattern, { concept, stop }, language);
      }
    }
  }
  const fragments = new Set([...entries.values()].filter((e) => e.fragment).map((e) => e.id));
  const concepts = [...entries.keys()].filter((id) => !fragments.has(id));
  const stopAncestors = ids.map((id) => new Set([id, ...parentChain(id, entries)].map((x) => index.get(x) ?? -1)));
  const negatable = index.get(NEGATABLE_CONCEPT) ?? -1;
  // overlap layers: 0 for the shared concepts, one per rule list root (`list.legal-effect` for
  // `list.legal-effect.fine`)
  const layers = new Int32Array(ids.length);
  const roots = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!id.startsWith("list.")) return;
    const root = id.split(".").slice(0, 2).join(".");
    let layer = roots.get(root);
    if (layer === undefined) {
      layer = roots.size + 1;
      roots.set(root, layer);
    }
    layers[i] = layer;
  });

  const { prefixes: literals, phrases: phraseLiterals } = prefilterLiterals(entries, ancestors, language);
  // all phrases' literals in one trie, built on first use; a concept's bit in its masks
  const conceptBits = new Map<string, number>();
  for (const [concept, set] of literals) {
    conceptBits.set(concept, set === null || set.size === 0 ? ALWAYS_POSSIBLE : conceptBits.size);
  }
  let literalTrie: LiteralTrie | undefined;
  const literalTrieOf = (): LiteralTrie => {
    if (literalTrie) return literalTrie;
    let count = 0;
    const phrases = phraseLiterals.map(({ literals: words, concepts }) => {
      const bits: number[] = [];
      for (const c of concepts) {
        const bit = conceptBits.get(c) as number;
        if (bit < 0) continue; // a concept that cannot be filtered is always possible anyway
        bits.push(bit);
        count = Math.max(count, bit + 1);
      }
      return { literals: words, bits };
    });
    literalTrie = new LiteralTrie(phrases, count);
    return literalTrie;
  };
  /** isA is asked millions of times per bill: ancestors as sets, made on first use. */
  const ancestorSets = new Map<string, ReadonlySet<string>>();
  const matcher: Matcher = {
    language,
    concepts,
    isA: (concept, ancestor) => {
      if (concept === ancestor) return true;
      let set = ancestorSets.get(concept);
      if (!set) {
        set = new Set(ancestors(concept));
        ancestorSets.set(concept, set);
      }
      return set.has(ancestor);
    },
    ancestors,
    conceptBit: (concept) => conceptBits.get(concept) ?? NEVER_POSSIBLE,
    literalMask: (text, start, end) => literalTrieOf().scan(text, start, end),
    mayContain(text, concept) {
      const bit = conceptBits.get(concept) ?? NEVER_POSSIBLE;
      if (bit === ALWAYS_POSSIBLE) return true; // a phrase starts with <num>, <date> or <unit>
      if (bit === NEVER_POSSIBLE) return false; // no phrase can produce this concept
      const mask = literalTrieOf().scan(text, 0, text.length);
      return mask === null || hasBit(mask, bit);
    },
    match(tokens) {
      if (tokens.length === 0) return [];
      const run = new Run(tokens, new Context(tokens, language, unitRoot));
      run.scan(root);
      const { cands, stops } = run;
      return finish(cands, stops, tokens, ids, index, stopAncestors, negatable, language, ancestors, layers);
    },
  };
  return matcher;
}

/** One left-to-right pass of the trie over the tokens (the NFA simulation of the module comment). */
class Run {
  readonly cands: Candidate[] = [];
  readonly stops: Candidate[] = [];
  private readonly agenda: (State[] | undefined)[];
  private readonly n: number;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly ctx: Context,
  ) {
    this.n = tokens.length;
    this.agenda = new Array(this.n + 1);
  }

  scan(root: TrieNode): void {
    const { tokens, agenda, n } = this;
    for (let j = 0; j < n; j++) {
      const tok = tokens[j]!;
      const waiting = agenda[j];
      agenda[j] = undefined;
      this.step(root, j, 0, tok, j);
      if (waiting) for (const s of waiting) this.step(s.node, s.start, s.skips, tok, j);
    }
  }

  private park(pos: number, node: TrieNode, start: number, skips: number): void {
    const list = this.agenda[pos];
    const state = { node, start, skips };
    if (list) list.push(state);
    else this.agenda[pos] = [state];
  }

  private enter(node: TrieNode, start: number, end: number, restLen: number): void {
    if (node.accepts) {
      for (const a of node.accepts) {
        (a.stop ? this.stops : this.cands).push({ concept: a.concept, tokenStart: start, tokenEnd: end, restLen });
      }
    }
    if (end >= this.n) return;
    if (node.live) this.park(end, node, start, 0);
    if (node.gap) this.park(end, node.gap, start, GAP_TOKENS);
  }

  private step(node: TrieNode, start: number, skips: number, tok: Token, j: number): void {
    const ctx = this.ctx;
    if (skips > 0 && !tok.boundary && j + 1 < this.n) this.park(j + 1, node, start, skips - 1);
    const end = j + 1;
    if (node.exact) {
      const c = node.exact.get(tok.norm);
      if (c) this.enter(c, start, end, 0);
    }
    if (node.stems) this.stems(node.stems, tok.norm, start, end);
    if (node.lemmas && !tok.boundary && !tok.number) {
      const c = node.lemmas.get(ctx.stemOf(j));
      if (c) this.enter(c, start, end, 0);
    }
    if (!tok.number && tok.norm.includes("-")) {
      const seg = ctx.lastSegment(j);
      if (seg !== null) {
        if (node.exact) {
          const c = node.exact.get(seg);
          if (c) this.enter(c, start, end, 0);
        }
        if (node.lemmas) {
          const c = node.lemmas.get(ctx.stemOfText(seg));
          if (c) this.enter(c, start, end, 0);
        }
        if (node.stems) this.stems(node.stems, seg, start, end);
      }
    }
    if (node.num) {
      const len = ctx.numLen(j);
      if (len > 0) this.enter(node.num, start, j + len, 0);
    }
    if (node.date) {
      const len = ctx.dateLen(j);
      if (len > 0) this.enter(node.date, start, j + len, 0);
    }
    if (node.unit) {
      const len = ctx.unitLen(j);
      if (len > 0) this.enter(node.unit, start, j + len, 0);
    }
  }

  /** Enters every stem target of the character trie that is a prefix of `word`. */
  private stems(stems: CharNode, word: string, start: number, end: number): void {
    let c: CharNode | undefined = stems;
    let i = 0;
    for (;;) {
      if (c.targets) {
        for (const t of c.targets) {
          if (t.vowel && !(i < word.length && VOWELS.has(word.charCodeAt(i)))) continue;
          this.enter(t.node, start, end, word.length - i);
        }
      }
      if (i >= word.length || !c.next) return;
      c = c.next.get(word.charCodeAt(i));
      if (!c) return;
      i++;
    }
  }
}

function parentChain(id: string, entries: ReadonlyMap<string, LexiconEntry>): string[] {
  const out: string[] = [];
  let p = entries.get(id)?.parent;
  while (p && !out.includes(p)) {
    out.push(p);
    p = entries.get(p)?.parent;
  }
  return out;
}

/** §2.2: a stem shorter than 4 letters may stand only in a phrase with another word that anchors it
 * (`қылмыстарды аш*`, `ины* цел*`); alone it must be written as exact forms (`пол`, `пола`, not `пол*`). */
function checkShortStems(pattern: PhraseToken[], phrase: string, id: string, language: Language): void {
  const words = pattern.filter((p) => p.kind === "word" || p.kind === "stem");
  const only = words[0];
  if (words.length === 1 && only?.kind === "stem" && letterCount(only.text) < MIN_STEM_LETTERS) {
    throw new Error(
      `lexicon ${language} ${id}: stem "${only.text}*" in "${phrase}" is shorter than ${MIN_STEM_LETTERS} letters ` +
        "and has no anchoring word; write its exact forms instead",
    );
  }
}

/** Calls `found` for every stem of the character trie that is a prefix of `word`. */
function walkStems(stems: CharNode, word: string, found: (node: TrieNode) => void): void {
  let c: CharNode | undefined = stems;
  let i = 0;
  for (;;) {
    if (c.targets) {
      for (const t of c.targets) {
        if (t.vowel && !(i < word.length && VOWELS.has(word.charCodeAt(i)))) continue;
        found(t.node);
      }
    }
    if (i >= word.length || !c.next) return;
    c = c.next.get(word.charCodeAt(i));
    if (!c) return;
    i++;
  }
}

/** Lazily computed facts about the token positions of one `match` call. */
class Context {
  private num: Int32Array | null = null;
  private date: Int32Array | null = null;
  private unit: Int32Array | null = null;
  private seg: (string | null | undefined)[] | null = null;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly language: Language,
    private readonly unitRoot: TrieNode,
  ) {}

  /** The Snowball stem of token j (memoised per word in stem.ts). */
  stemOf(j: number): string {
    return stemWord(this.language, this.tokens[j]!.norm);
  }

  stemOfText(word: string): string {
    return stemWord(this.language, word);
  }

  /** For a hyphenated word, its last part (so `онлайн-платформы` also meets `платформ*`); else null. */
  lastSegment(j: number): string | null {
    const tok = this.tokens[j]!;
    if (tok.number || !tok.norm.includes("-")) return null;
    this.seg ??= new Array(this.tokens.length);
    let s = this.seg[j];
    if (s === undefined) {
      const cut = tok.norm.lastIndexOf("-");
      s = cut > 0 && cut < tok.norm.length - 1 ? tok.norm.slice(cut + 1) : null;
      this.seg[j] = s;
    }
    return s;
  }

  private isNum(j: number): boolean {
    const t = this.tokens[j];
    if (!t || t.boundary) return false;
    return t.number === true || isNumberWord(t.norm, this.language);
  }

  /** Tokens of the longest number expression starting at j (digits, number words, "two hundred and five"). */
  numLen(j: number): number {
    this.num ??= new Int32Array(this.tokens.length).fill(-1);
    const cached = this.num[j]!;
    if (cached >= 0) return cached;
    let k = j;
    if (this.isNum(k)) {
      k++;
      for (;;) {
        if (this.isNum(k)) k++;
        else if (
          this.language === "en" &&
          this.tokens[k]?.norm === "and" &&
          this.isNum(k + 1) &&
          !this.tokens[k + 1]!.number
        )
          k += 2;
        else break;
      }
    }
    this.num[j] = k - j;
    return k - j;
  }

  /** Tokens of the longest time unit (marker.time-unit phrases) starting at j. */
  unitLen(j: number): number {
    this.unit ??= new Int32Array(this.tokens.length).fill(-1);
    const cached = this.unit[j]!;
    if (cached >= 0) return cached;
    let best = 0;
    let front: TrieNode[] = [this.unitRoot];
    for (let k = j; k < this.tokens.length && front.length > 0; k++) {
      const norm = this.tokens[k]!.norm;
      const next: TrieNode[] = [];
      for (const node of front) {
        const c = node.exact?.get(norm);
        if (c) next.push(c);
        if (node.stems) walkStems(node.stems, norm, (s) => next.push(s));
      }
      for (const node of next) if (node.accepts) best = k + 1 - j;
      front = next;
    }
    this.unit[j] = best;
    return best;
  }

  /** Tokens of the longest date starting at j: 12.05.2020; 1 January (2020 | of the previous year);
   * January 1(, 2020); 1 января (2020 (года|г) | предыдущего года); (2020 | өткен) жылғы 1 қаңтар*. */
  dateLen(j: number): number {
    this.date ??= new Int32Array(this.tokens.length).fill(-1);
    const cached = this.date[j]!;
    if (cached >= 0) return cached;
    const len = this.computeDate(j);
    this.date[j] = len;
    return len;
  }

  private norm(k: number): string {
    return this.tokens[k]?.norm ?? "";
  }

  private isMonth(k: number): boolean {
    const w = this.norm(k);
    if (!w) return false;
    const months = MONTHS[this.language];
    return this.language === "kk" ? months.some((m) => w.startsWith(m)) : months.includes(w);
  }

  private computeDate(j: number): number {
    const t = this.tokens[j]!;
    if (t.number && NUMERIC_DATE.test(t.norm)) return 1;
    const lang = this.language;
    const day = (k: number) => DAY.test(this.norm(k));
    if (lang === "kk") {
      let k = j;
      if ((YEAR.test(this.norm(k)) || RELATIVE_YEAR.kk.has(this.norm(k))) && this.norm(k + 1) === "жылғы") k += 2;
      if (day(k) && this.isMonth(k + 1)) return k + 2 - j;
      return 0;
    }
    if (day(j) && this.isMonth(j + 1)) {
      let k = j + 2;
      if (lang === "en") {
        if (YEAR.test(this.norm(k))) k++;
        else if (this.norm(k) === "of" && this.norm(k + 1) === "the" && RELATIVE_YEAR.en.has(this.norm(k + 2))) {
          if (this.norm(k + 3) === "year") k += 4;
        }
      } else {
        if (YEAR.test(this.norm(k))) {
          k++;
          if (this.norm(k) === "года" || this.norm(k) === "г") k++;
        } else if (RELATIVE_YEAR.ru.has(this.norm(k)) && this.norm(k + 1) === "года") k += 2;
      }
      return k - j;
    }
    if (lang === "en" && this.isMonth(j) && day(j + 1)) {
      let k = j + 2;
      if (this.norm(k) === "," && YEAR.test(this.norm(k + 1))) k += 2;
      else if (YEAR.test(this.norm(k))) k++;
      return k - j;
    }
    return 0;
  }
}

/** A number key for (concept, tokenStart, tokenEnd): token positions below 2^20, concepts below 2^12. */
function spanKey(concept: number, tokenStart: number, tokenEnd: number): number {
  return (concept * 1048576 + tokenStart) * 1048576 + tokenEnd;
}

interface Kept {
  concept: number;
  tokenStart: number;
  tokenEnd: number;
  negated: boolean;
}

/** Stops, negation, overlap resolution and ancestor expansion (see the module comment). */
function finish(
  cands: Candidate[],
  stops: Candidate[],
  tokens: readonly Token[],
  ids: readonly string[],
  index: ReadonlyMap<string, number>,
  stopAncestors: readonly ReadonlySet<number>[],
  negatable: number,
  language: Language,
  ancestors: (id: string) => readonly string[],
  layers: Int32Array,
): Hit[] {
  // 1. dedupe (several phrases of one concept can give one span) and apply stop phrases
  const seen = new Set<number>();
  const hits: Kept[] = [];
  for (const c of cands) {
    const key = spanKey(c.concept, c.tokenStart, c.tokenEnd);
    if (seen.has(key)) continue;
    seen.add(key);
    if (stops.length > 0) {
      const own = stopAncestors[c.concept]!;
      if (stops.some((s) => own.has(s.concept) && s.tokenStart <= c.tokenStart && s.tokenEnd >= c.tokenEnd)) continue;
    }
    const negated = c.concept === negatable && isNegated(c, tokens, language);
    hits.push({ concept: c.concept, tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, negated });
  }
  // 2. overlaps: a hit loses against a strictly longer hit of the same layer that contains it, or a
  //    longer overlapping phrase of its own concept; equal spans keep both, and hits of different
  //    concepts that only overlap keep both. Layers: the shared concepts are one, each rule list (`list.x` with
  //    its sub-lists) is its own, so a rule's vocabulary never hides what other rules rely on.
  hits.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
  let longest = 0;
  for (const h of hits) longest = Math.max(longest, h.tokenEnd - h.tokenStart);
  const kept: Kept[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const len = h.tokenEnd - h.tokenStart;
    const layer = layers[h.concept];
    let beaten = false;
    // hits before h (sorted by start) contain it when they end at or after its end
    for (let k = i - 1; k >= 0 && !beaten; k--) {
      const g = hits[k]!;
      if (g.tokenStart + longest <= h.tokenStart) break; // too far back to reach h
      if (g.tokenEnd <= h.tokenStart || layers[g.concept] !== layer || g.tokenEnd - g.tokenStart <= len) continue;
      if (g.tokenEnd >= h.tokenEnd || g.concept === h.concept) beaten = true;
    }
    for (let k = i + 1; k < hits.length && !beaten; k++) {
      const g = hits[k]!;
      if (g.tokenStart >= h.tokenEnd) break;
      if (layers[g.concept] !== layer || g.tokenEnd - g.tokenStart <= len) continue;
      // a later start contains h only when it starts with it; its own longer phrase beats h anyway
      if ((g.tokenStart === h.tokenStart && g.tokenEnd >= h.tokenEnd) || g.concept === h.concept) beaten = true;
    }
    if (!beaten) kept.push(h);
  }
  // 3. report, with every ancestor concept on the same span
  const out: Hit[] = [];
  const emitted = new Set<number>();
  const emit = (concept: string, h: Kept) => {
    const key = spanKey(index.get(concept) ?? -1, h.tokenStart, h.tokenEnd);
    if (emitted.has(key)) return;
    emitted.add(key);
    const hit: Hit = {
      concept,
      start: tokens[h.tokenStart]!.start,
      end: tokens[h.tokenEnd - 1]!.end,
      tokenStart: h.tokenStart,
      tokenEnd: h.tokenEnd,
    };
    if (h.negated) hit.negated = true;
    out.push(hit);
  };
  for (const h of kept) {
    const id = ids[h.concept]!;
    const up = ancestors(id);
    if (up.length === 0) {
      const hit: Hit = {
        concept: id,
        start: tokens[h.tokenStart]!.start,
        end: tokens[h.tokenEnd - 1]!.end,
        tokenStart: h.tokenStart,
        tokenEnd: h.tokenEnd,
      };
      if (h.negated) hit.negated = true;
      out.push(hit);
      emitted.add(spanKey(h.concept, h.tokenStart, h.tokenEnd));
      continue;
    }
    emit(id, h);
    for (const a of up) emit(a, h);
  }
  out.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd || (a.concept < b.concept ? -1 : 1));
  return out;
}

/**
 * A saving clause (§2.3, "nothing … within 3 tokens" widened for the subject it heads): `Nothing in
 * this section shall prohibit, restrict or limit …`, `nothing in this Act may be construed to
 * restrict …`. `nothing` must head the subject (no comma between it and its modal) and the hit must
 * be among the modal's verbs (words, commas and `or` between them; no `;` or `:`).
 */
export function enSavingClause(start: number, tokens: readonly Token[]): boolean {
  let modal = -1;
  for (let k = start - 1; k >= 0 && k >= start - EN_SAVING_VERBS; k--) {
    const t = tokens[k]!;
    if (t.boundary && t.norm !== ",") return false;
    if (EN_SAVING_MODALS.has(t.norm)) {
      modal = k;
      break;
    }
  }
  if (modal < 0) return false;
  for (let k = modal - 1; k >= 0 && k >= modal - EN_SAVING_SUBJECT; k--) {
    const t = tokens[k]!;
    if (t.boundary) return false;
    if (t.norm === "nothing") return true;
  }
  return false;
}

/** §2.3 negation of a `verb.restrict` hit. */
function isNegated(c: Candidate, tokens: readonly Token[], language: Language): boolean {
  const at = (k: number) => tokens[k];
  if (language === "en") {
    for (let k = c.tokenStart - 1; k >= 0 && k >= c.tokenStart - 3; k--) {
      const t = at(k)!;
      if (t.boundary) break;
      if (EN_NEGATORS.has(t.norm) || t.norm.endsWith("n't")) return true;
    }
    return enSavingClause(c.tokenStart, tokens);
  }
  if (language === "ru") {
    let k = c.tokenStart - 1;
    if (RU_NEGATORS.has(at(k)?.norm ?? "")) return true;
    if (RU_BE.has(at(k)?.norm ?? "")) k--;
    if (!RU_MODALS.has(at(k)?.norm ?? "")) return false;
    return RU_NEGATORS.has(at(k - 1)?.norm ?? "");
  }
  // kk: negative suffix after the matched stem, or емес / жоқ within two tokens after the verb
  if (c.restLen > 0) {
    const norm = tokens[c.tokenEnd - 1]!.norm;
    if (KK_NEGATIVE_SUFFIX.test(norm.slice(norm.length - c.restLen))) return true;
  }
  for (let k = c.tokenEnd; k < tokens.length && k < c.tokenEnd + 2; k++) {
    const t = at(k)!;
    if (t.boundary) break;
    if (KK_NEGATIVE_WORDS.has(t.norm)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Loading

let lexiconDir: string | undefined;
const fileCache = new Map<Language, LexiconFile[]>();
const matcherCache = new Map<Language, Matcher>();

/** Uses `dir` (holding `<lang>/<family>.json`) instead of the package's rules/lexicon; `undefined`
 * restores the default. Clears the caches. */
export function setLexiconDirectory(dir: string | undefined): void {
  lexiconDir = dir;
  fileCache.clear();
  matcherCache.clear();
}

/** The lexicon folder: the one set, else rules/lexicon beside src/ (source checkout), else the
 * rules/lexicon of the nearest package.json named `rightslint` above this module (bundled dist/). */
export function lexiconDirectory(): string {
  if (lexiconDir) return lexiconDir;
  const here = new URL("../../rules/lexicon/", import.meta.url);
  if (here.protocol === "file:") {
    const p = fileURLToPath(here);
    if (existsSync(p)) return p;
  }
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        const name = (JSON.parse(readFileSync(pkg, "utf8")) as { name?: unknown }).name;
        if (name === "rightslint") return join(dir, "rules", "lexicon");
      } catch {
        // unreadable package.json: keep walking up
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error("rightslint: cannot find rules/lexicon (use setLexiconDirectory)");
    dir = up;
  }
}

/** Reads `rules/lexicon/<language>/*.json` (sorted by file name); cached per language. */
export function loadLexicons(language: Language): LexiconFile[] {
  const cached = fileCache.get(language);
  if (cached) return cached;
  const dir = join(lexiconDirectory(), language);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const data = JSON.parse(readFileSync(join(dir, f), "utf8")) as LexiconFile;
      if (data.language !== language) {
        throw new Error(`lexicon ${join(dir, f)}: language "${data.language}" in the folder of "${language}"`);
      }
      return data;
    });
  fileCache.set(language, files);
  return files;
}

/** The compiled matcher for `language`, built once per process from `loadLexicons(language)`. */
export function getMatcher(language: Language): Matcher {
  let m = matcherCache.get(language);
  if (!m) {
    m = compileLexicons(loadLexicons(language), language);
    matcherCache.set(language, m);
  }
  return m;
}
