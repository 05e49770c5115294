/**
 * Sentence segmentation of a provision's text, aware of the abbreviations of legal English,
 * Russian and Kazakh (`Art.`, `No.`, `e.g.`, `ст.`, `п.`, `т.е.`, `ж.`), of initials (`J. Smith`,
 * `Е.Кошанов`) and of numbers (`1.1`, `12.05.2020`). A sentence ends at `.`, `!`, `?` or `…`
 * followed by whitespace and then an upper-case letter, a digit, an opening quote or a bracket,
 * never inside a quotation («…», “…”, "…") or brackets ((…), […]) closed in the same block.
 * `;` never ends a sentence. Linear in the length of the block; never throws.
 */
import type { Language, Sentence, TextBlock } from "./ast.js";
import { isWhiteSpace, type LineIndex, textRange } from "./positions.js";

/**
 * Abbreviations (lower case, with their final dot) after which a sentence never ends.
 * Single letters (`J.`, `s.`, `п.`, `ж.`) and dotted letter groups (`e.g.`, `т.е.`, `U.S.C.`)
 * are handled by shape; `etc.`, `и т.д.`, `и т.п.`, `т.б.`, `т.с.с.` are not abbreviations here:
 * they end a sentence when an upper-case letter follows.
 */
const ABBREVIATIONS = new Set([
  // English
  "art.",
  "arts.",
  "para.",
  "paras.",
  "subpara.",
  "subparas.",
  "sec.",
  "secs.",
  "ss.",
  "pp.",
  "cf.",
  "mr.",
  "mrs.",
  "ms.",
  "dr.",
  "st.",
  "ch.",
  "pt.",
  "pts.",
  "sch.",
  "reg.",
  "regs.",
  "vs.",
  "ibid.",
  "approx.",
  "fig.",
  "vol.",
  "cl.",
  "subs.",
  "ltd.",
  "inc.",
  "jr.",
  "sr.",
  "prof.",
  "hon.",
  "viz.",
  "al.",
  "seq.",
  "op.",
  "cit.",
  "dept.",
  "govt.",
  "jan.",
  "feb.",
  "mar.",
  "apr.",
  "jun.",
  "jul.",
  "aug.",
  "sep.",
  "sept.",
  "oct.",
  "nov.",
  "dec.",
  // Russian
  "ст.",
  "стст.",
  "пп.",
  "гл.",
  "разд.",
  "абз.",
  "гг.",
  "руб.",
  "коп.",
  "тыс.",
  "млн.",
  "млрд.",
  "см.",
  "им.",
  "др.",
  "ред.",
  "изм.",
  "доп.",
  "обл.",
  "ул.",
  "кв.",
  "пр.",
  "проф.",
  "акад.",
  "напр.",
  "прим.",
  "прил.",
  "рис.",
  "табл.",
  "стр.",
  "тел.",
  "подп.",
  "ч.ч.",
  // Kazakh
  "жж.",
  "бб.",
  "тт.",
]);

/** Case-sensitive abbreviations (`No. 5` but not "the answer is no."). */
const ABBREVIATIONS_CASED = new Set(["No.", "Nos.", "NO.", "Nr."]);

/** Dotted letter groups that may end a sentence (they close an enumeration: "etc."). */
const ENUMERATION_ENDS = new Set(["т.д.", "т.п.", "т.б.", "т.с.с.", "т.с.", "etc."]);

/** Length of the longest listed abbreviation (lower-casing a word never makes it shorter). */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS, ...ABBREVIATIONS_CASED].map((a) => a.length));

/**
 * A sentence's whitespace runs become single spaces: this finds the runs that change (some
 * whitespace other than " ", or two spaces), whitespace being `isSpace` (`\s` and U+200B).
 */
const COLLAPSIBLE = "[\\t-\\r\\u00A0\\u1680\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]| {2}";
const COLLAPSIBLE_ALL = new RegExp(COLLAPSIBLE, "g");
/** Where the scan of a block stops: a terminator, or whitespace to collapse. */
const STOP = new RegExp(`[.!?…]|${COLLAPSIBLE}`, "g");
/** Quotation marks and brackets (see `computePairs`). */
const PAIR_MARK = /[«([„“”"»)\]]/g;
const DOTTED_GROUP = /^(?:[^.]{1,2}\.){2,}$/;

// The scan works on UTF-16 code units (`charCodeAt`): `text[i]` would allocate a string for every
// Cyrillic letter. The predicates below are the character classes of the segmentation rules.

/** `.`, `!`, `?`, `…`. */
function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** Whitespace: JavaScript's `\s` and U+200B (zero width space). */
function isSpace(c: number): boolean {
  return c === 0x200b || isWhiteSpace(c);
}

/** Latin, Latin-1/Latin Extended-A/B and Cyrillic letters (U+00C0–U+024F, U+0400–U+04FF). */
function isLetter(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff)
  );
}

/** Upper-case letters that may start a sentence: Latin, Latin-1, Russian and Kazakh. */
function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c < 0x400) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
  if (c <= 0x42f) return true;
  // Ғ Қ Ң Ү Ұ Һ Ә Ө
  return (
    c === 0x492 || c === 0x49a || c === 0x4a2 || c === 0x4ae || c === 0x4b0 || c === 0x4ba || c === 0x4d8 || c === 0x4e8
  );
}

/** Marks that may open the next sentence: `«“„"'‘([`. */
function isOpenerAfter(c: number): boolean {
  return (
    c === 0xab || c === 0x201c || c === 0x201e || c === 0x22 || c === 0x27 || c === 0x2018 || c === 0x28 || c === 0x5b
  );
}

/** Closing marks after a terminator inside a quotation or brackets: `»”“"’)]`. */
function isCloser(c: number): boolean {
  return c === 0xbb || c === 0x201d || c === 0x201c || c === 0x22 || c === 0x2019 || c === 0x29 || c === 0x5d;
}

/**
 * The sentences of the block being split, copied into an array of the right size at the end
 * (arrays grown by `push` keep spare capacity, and the AST keeps every provision's array).
 */
const found: (Sentence | null)[] = [];
let foundCount = 0;
/** Offsets, ascending, where the block being split has whitespace to collapse (see STOP). */
const spots: number[] = [];
let spotCount = 0;
/** The first spot not before the sentence being added. */
let spotCursor = 0;

/**
 * Splits a provision's text into sentences. The abbreviation lists of the three languages are
 * applied together (bills quote each other's languages), so `language` is not needed today; it
 * is part of the signature for language-specific rules later.
 */
export function splitSentences(block: TextBlock, index: LineIndex, _language: Language): Sentence[] {
  const text = block.text;
  try {
    let guarded = false; // quotation and bracket pairs computed (lazily: most blocks need none)
    let start = 0;
    const n = text.length;
    // `i` is where the search for the next terminator starts; a regex scans faster than a loop
    // over `charCodeAt` (block texts are often sliced or concatenated strings). The same scan
    // notes where whitespace needs collapsing: every character of every sentence is scanned.
    for (let i = 0; i < n; ) {
      STOP.lastIndex = i;
      if (!STOP.test(text)) break;
      i = STOP.lastIndex - 1;
      const c = text.charCodeAt(i);
      if (!isTerminator(c)) {
        spots[spotCount++] = c === 0x20 ? i - 1 : i; // two spaces, or other whitespace
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isTerminator(text.charCodeAt(j))) j++;
      // Only whitespace or a closing mark after the terminators can end a sentence here.
      const after = j < n ? text.charCodeAt(j) : -1;
      if (after < 0 || !(isSpace(after) || isCloser(after))) {
        i = j;
        continue;
      }
      if (!guarded) {
        computePairs(text);
        guarded = true;
      }
      if (isProtected(i)) {
        // `"Stop." Next` / `(See above.) Next`: the sentence may end after the closing marks
        // when they close every quotation and bracket around the terminator.
        let q = j;
        while (q < n && isCloser(text.charCodeAt(q))) q++;
        if (q === j || isProtected(q - 1)) {
          i = j;
          continue;
        }
        j = q;
      }
      let k = j;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      if (k === j || k >= n) {
        i = j;
        continue;
      }
      const next = text.charCodeAt(k);
      if (!(isUpper(next) || (next >= 0x30 && next <= 0x39) || isOpenerAfter(next))) {
        i = j;
        continue;
      }
      if (c === 0x2e && !isTerminator(text.charCodeAt(i + 1)) && isAbbreviation(text, i)) {
        i++;
        continue;
      }
      pushSentence(block, index, start, j);
      start = k;
      i = k;
    }
    pushSentence(block, index, start, n);
    return found.slice(0, foundCount) as Sentence[];
  } catch {
    // Segmentation is best effort: on any surprise the whole block is one sentence.
    const sentences: Sentence[] = [];
    const a = text.search(/\S/);
    if (a >= 0) {
      const b = text.trimEnd().length;
      sentences.push({
        type: "Sentence",
        text: text.slice(a, b).replace(/\s+/g, " "),
        range: textRange(index, block, a, b),
      });
    }
    return sentences;
  } finally {
    releaseBuffers();
  }
}

/** Adds the sentence `text[from, to)` without its surrounding whitespace, if any is left. */
function pushSentence(block: TextBlock, index: LineIndex, from: number, to: number): void {
  const text = block.text;
  let a = from;
  let b = to;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b <= a) return;
  while (spotCursor < spotCount && (spots[spotCursor] as number) < a) spotCursor++;
  const slice = text.slice(a, b);
  found[foundCount++] = {
    type: "Sentence",
    text: spotCursor < spotCount && (spots[spotCursor] as number) < b ? collapseSpaces(slice) : slice,
    range: textRange(index, block, a, b),
  };
}

/**
 * `s` with its whitespace runs made single spaces, for a string that starts and ends with a
 * non-space: the runs other than a single " " become " ", and the result is made of slices of
 * `s` rather than a copy of its characters.
 */
function collapseSpaces(s: string): string {
  let out = "";
  let last = 0;
  COLLAPSIBLE_ALL.lastIndex = 0;
  while (COLLAPSIBLE_ALL.test(s)) {
    const hit = COLLAPSIBLE_ALL.lastIndex - 1;
    let from = hit;
    while (from > last && isSpace(s.charCodeAt(from - 1))) from--;
    let to = hit + 1;
    while (isSpace(s.charCodeAt(to))) to++;
    out += `${s.slice(last, from)} `;
    last = to;
    COLLAPSIBLE_ALL.lastIndex = to;
  }
  return out + s.slice(last);
}

/** Whether the `.` at `dot` ends an abbreviation, an initial or a dotted letter group. */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  let innerDots = false;
  while (s > 0 && dot - s < 40) {
    const ch = text.charCodeAt(s - 1);
    if (ch === 0x2e) innerDots = true;
    else if (!isLetter(ch)) break;
    s--;
  }
  const length = dot + 1 - s;
  if (length < 2) return false;
  let letter = false;
  for (let p = s; p < dot && !letter; p++) letter = isLetter(text.charCodeAt(p));
  if (!letter) return false; // a number, a bracket or a quote before the dot
  const before = s > 0 ? text.charCodeAt(s - 1) : 0x20;
  if (before >= 0x30 && before <= 0x39) return false; // `12.05.2020.`, `5a.`
  // an ordinary word before the dot: longer than any listed abbreviation and not a dotted group
  if (!innerDots && length > LONGEST_ABBREVIATION) return false;
  const word = text.slice(s, dot + 1);
  if (ABBREVIATIONS_CASED.has(word)) return true;
  const lower = word.toLowerCase();
  if (ENUMERATION_ENDS.has(lower)) return false;
  if (ABBREVIATIONS.has(lower)) return true;
  // an initial or a one-letter abbreviation: `J.`, `s.`, `п.`, `ч.`, `г.`, `б.`, `ж.`
  if (word.length === 2) return true;
  // dotted letter groups: `e.g.`, `i.e.`, `U.S.C.`, `т.е.`, `т.к.`
  return DOTTED_GROUP.test(word);
}

// ---- quotations and brackets ----------------------------------------------------------------
//
// An offset is protected when it lies strictly inside a quotation or bracket pair closed within
// the block. Openers go on a stack; a closer pops down to its opener (dropping the unclosed
// openers above it) and the pair is recorded, so pairs nest and only the outermost ones matter:
// they are kept as sorted, disjoint intervals and looked up by binary search. The buffers are
// reused from block to block (splitSentences is not re-entrant).

/** Opener kinds: `«`, `(`, `[`, `„`, `“`, `"`. */
const openCount = new Int32Array(6);
const stackAt: number[] = [];
const stackKind: number[] = [];
let stackSize = 0;
/** Outermost pairs: the protected offsets are `pairFrom[i] < offset < pairTo[i]`. */
const pairFrom: number[] = [];
const pairTo: number[] = [];
let pairCount = 0;

function computePairs(text: string): void {
  openCount.fill(0);
  stackSize = 0;
  pairCount = 0;
  PAIR_MARK.lastIndex = 0;
  while (PAIR_MARK.test(text)) {
    const i = PAIR_MARK.lastIndex - 1;
    switch (text.charCodeAt(i)) {
      case 0xab: // «
        open(0, i);
        break;
      case 0x28: // (
        open(1, i);
        break;
      case 0x5b: // [
        open(2, i);
        break;
      case 0x201e: // „
        open(3, i);
        break;
      case 0x201c: // “: `„…“` (German/Russian low-high quotes) or an opening `“`
        if (!closeTo(3, i)) open(4, i);
        break;
      case 0x201d: // ”
        if (!closeTo(4, i)) closeTo(3, i);
        break;
      case 0x22: // "
        if (stackSize > 0 && stackKind[stackSize - 1] === 5) closeTo(5, i);
        else open(5, i);
        break;
      case 0xbb: // »
        closeTo(0, i);
        break;
      case 0x29: // )
        closeTo(1, i);
        break;
      case 0x5d: // ]
        closeTo(2, i);
        break;
      default:
        break;
    }
  }
}

function open(kind: number, at: number): void {
  stackAt[stackSize] = at;
  stackKind[stackSize] = kind;
  stackSize++;
  openCount[kind] = (openCount[kind] as number) + 1;
}

function closeTo(kind: number, at: number): boolean {
  if (openCount[kind] === 0) return false;
  while (stackSize > 0) {
    stackSize--;
    const top = stackKind[stackSize] as number;
    openCount[top] = (openCount[top] as number) - 1;
    if (top === kind) {
      const from = stackAt[stackSize] as number;
      // the pairs recorded so far that start after `from` lie inside this one
      while (pairCount > 0 && (pairFrom[pairCount - 1] as number) > from) pairCount--;
      pairFrom[pairCount] = from;
      pairTo[pairCount] = at;
      pairCount++;
      return true;
    }
  }
  return false;
}

/** Whether `offset` lies strictly inside a pair found by the last `computePairs`. */
function isProtected(offset: number): boolean {
  if (pairCount === 0 || (pairFrom[0] as number) >= offset) return false;
  let lo = 0;
  let hi = pairCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pairFrom[mid] as number) < offset) lo = mid;
    else hi = mid - 1;
  }
  return offset < (pairTo[lo] as number);
}

/** Empties the buffers after a block (and drops them after a block that needed large ones). */
function releaseBuffers(): void {
  found.fill(null, 0, foundCount); // a stale sentence would keep the source text alive
  foundCount = 0;
  spotCount = 0;
  spotCursor = 0;
  if (spots.length > 4096) spots.length = 0;
  stackSize = 0;
  pairCount = 0;
  if (found.length > 4096) found.length = 0;
  if (stackAt.length > 4096 || pairFrom.length > 4096) {
    stackAt.length = 0;
    stackKind.length = 0;
    pairFrom.length = 0;
    pairTo.length = 0;
  }
}
