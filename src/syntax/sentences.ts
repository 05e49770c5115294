/**
 * Sentence segmentation of a provision's text, aware of the abbreviations of legal English,
 * Russian and Kazakh (`Art.`, `No.`, `e.g.`, `ст.`, `п.`, `т.е.`, `ж.`), of initials (`J. Smith`,
 * `Е.Кошанов`) and of numbers (`1.1`, `12.05.2020`). A sentence ends at `.`, `!`, `?` or `…`
 * followed by whitespace and then an upper-case letter, a digit, an opening quote or a bracket,
 * never inside a quotation («…», “…”, "…") or brackets ((…), […]) closed in the same block.
 * `;` never ends a sentence. Linear in the length of the block; never throws.
 */
import type { Language, Sentence, TextBlock } from "./ast.js";
import { type LineIndex, textRange } from "./positions.js";

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

const LETTER_RE = /[A-Za-z\u00C0-\u024F\u0400-\u04FF]/;
const UPPER_RE = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0400-\u042FӘҒҚҢӨҰҮҺІЇЄЎ]/;
const SPACE_RE = /[\s\u00A0\u2000-\u200B\u202F\u3000]/;
const TERMINATORS = ".!?…";
const OPENERS_AFTER = "«“„\"'‘([";
const CLOSERS = '»”“"’)]';

/**
 * Splits a provision's text into sentences. The abbreviation lists of the three languages are
 * applied together (bills quote each other's languages), so `language` is not needed today; it
 * is part of the signature for language-specific rules later.
 */
export function splitSentences(block: TextBlock, index: LineIndex, _language: Language): Sentence[] {
  const text = block.text;
  const sentences: Sentence[] = [];
  try {
    if (!/\S/.test(text)) return sentences;
    const inside = protectedMask(text);
    const push = (from: number, to: number): void => {
      let a = from;
      let b = to;
      while (a < b && SPACE_RE.test(text[a] as string)) a++;
      while (b > a && SPACE_RE.test(text[b - 1] as string)) b--;
      if (b <= a) return;
      sentences.push({
        type: "Sentence",
        text: text.slice(a, b).replace(/[\s\u00A0\u2000-\u200B\u202F\u3000]+/g, " "),
        range: textRange(index, block, a, b),
      });
    };
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text[i] as string;
      if (!TERMINATORS.includes(c)) continue;
      let j = i + 1;
      while (j < n && TERMINATORS.includes(text[j] as string)) j++;
      if (inside[i] !== 0) {
        // `"Stop." Next` / `(See above.) Next`: the sentence may end after the closing marks
        // when they close every quotation and bracket around the terminator.
        let q = j;
        while (q < n && CLOSERS.includes(text[q] as string)) q++;
        if (q === j || inside[q - 1] !== 0) {
          i = j - 1;
          continue;
        }
        j = q;
      }
      let k = j;
      while (k < n && SPACE_RE.test(text[k] as string)) k++;
      if (k === j || k >= n) {
        i = j - 1;
        continue;
      }
      const next = text[k] as string;
      if (!(UPPER_RE.test(next) || (next >= "0" && next <= "9") || OPENERS_AFTER.includes(next))) {
        i = j - 1;
        continue;
      }
      if (c === "." && (j === i + 1 || !TERMINATORS.includes(text[i + 1] as string)) && isAbbreviation(text, i)) {
        continue;
      }
      push(start, j);
      start = k;
      i = k - 1;
    }
    push(start, n);
  } catch {
    // Segmentation is best effort: on any surprise the whole block is one sentence.
    sentences.length = 0;
    const a = text.search(/\S/);
    if (a >= 0) {
      const b = text.trimEnd().length;
      sentences.push({
        type: "Sentence",
        text: text.slice(a, b).replace(/\s+/g, " "),
        range: textRange(index, block, a, b),
      });
    }
  }
  return sentences;
}

/** Whether the `.` at `dot` ends an abbreviation, an initial or a dotted letter group. */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && dot - s < 40) {
    const ch = text[s - 1] as string;
    if (ch === "." || LETTER_RE.test(ch)) s--;
    else break;
  }
  const word = text.slice(s, dot + 1);
  if (word.length < 2 || !LETTER_RE.test(word)) return false; // a number, a bracket or a quote before the dot
  const before = s > 0 ? (text[s - 1] as string) : " ";
  if (before >= "0" && before <= "9") return false; // `12.05.2020.`, `5a.`
  if (ABBREVIATIONS_CASED.has(word)) return true;
  const lower = word.toLowerCase();
  if (ENUMERATION_ENDS.has(lower)) return false;
  if (ABBREVIATIONS.has(lower)) return true;
  // an initial or a one-letter abbreviation: `J.`, `s.`, `п.`, `ч.`, `г.`, `б.`, `ж.`
  if (word.length === 2) return true;
  // dotted letter groups: `e.g.`, `i.e.`, `U.S.C.`, `т.е.`, `т.к.`
  return /^(?:[^.]{1,2}\.){2,}$/.test(word);
}

const PAIRS: Record<string, string> = { "»": "«", ")": "(", "]": "[", "”": "“" };

/**
 * For each offset of `text`, how many matched quotation or bracket pairs enclose it (only pairs
 * closed within the text count). Linear: each opener is pushed and popped at most once.
 */
function protectedMask(text: string): Int32Array {
  const n = text.length;
  const diff = new Int32Array(n + 1);
  const stack: { ch: string; at: number }[] = [];
  const open = new Map<string, number>();
  const push = (ch: string, at: number): void => {
    stack.push({ ch, at });
    open.set(ch, (open.get(ch) ?? 0) + 1);
  };
  const closeTo = (opener: string, at: number): boolean => {
    if ((open.get(opener) ?? 0) === 0) return false;
    while (stack.length > 0) {
      const top = stack.pop() as { ch: string; at: number };
      open.set(top.ch, (open.get(top.ch) ?? 1) - 1);
      if (top.ch === opener) {
        diff[top.at + 1] = (diff[top.at + 1] ?? 0) + 1;
        diff[at] = (diff[at] ?? 0) - 1;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < n; i++) {
    const c = text[i] as string;
    switch (c) {
      case "«":
      case "(":
      case "[":
      case "„":
        push(c, i);
        break;
      case "“":
        // `„…“` (German/Russian low-high quotes) or an opening `“`
        if (!closeTo("„", i)) push(c, i);
        break;
      case "”":
        if (!closeTo("“", i)) closeTo("„", i);
        break;
      case '"':
        if (stack.length > 0 && (stack[stack.length - 1] as { ch: string }).ch === '"') closeTo('"', i);
        else push(c, i);
        break;
      case "»":
      case ")":
      case "]":
        closeTo(PAIRS[c] as string, i);
        break;
      default:
        break;
    }
  }
  const mask = new Int32Array(n);
  let depth = 0;
  for (let i = 0; i < n; i++) {
    depth += diff[i] as number;
    mask[i] = depth;
  }
  return mask;
}
