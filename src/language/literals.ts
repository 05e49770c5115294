/**
 * The prefilter literals of every phrase of a language in one trie, so one pass over a sentence's
 * raw text tells which concepts may occur in it (matcher.ts `prefilterLiterals`). It replaced a regex
 * per concept that scanned the whole bill once per concept a rule asked about; with 40 rules that was about
 * a hundred scans of every bill and most of the lint time. The trie reads each word start once,
 * whatever the number of concepts.
 *
 * A literal is a part of a phrase word between hyphens and apostrophes (before a final Kazakh
 * к/қ/п), and the matcher meets a phrase word only at the start of a token or of a token's last
 * hyphenated part (exact words, stems and lemmas all match from there), so each part begins where a
 * token or a part of one begins. The trie is walked only from positions that are not preceded by a
 * letter: every token start and every part after a hyphen or apostrophe is one. A phrase may occur
 * only where every one of its literals does ("and so on" needs "and", "so" and "on"): its concepts
 * are set when its longest literal is found and the others are found too. A literal that is a whole
 * part of the text's word (an exact word; a part before a hyphen or apostrophe) must not be followed
 * by a letter: "ban" is not looked for in "bank".
 *
 * Characters are compared lower-cased (one code unit to one) and folded the way normalisation
 * folds them (ё→е, the legacy Kazakh letters, Latin and Cyrillic i as one letter), on both sides,
 * so a token whose normalised form begins with a literal has that literal in its raw text. A
 * stretch that holds a character normalisation removes or composes (a soft hyphen, a combining
 * mark, a joiner) cannot be judged: any concept may be there, as with the per-concept prefilter.
 */
import { isWordLetter } from "./tokens.js";

/** The fold of each UTF-16 code unit; UNSAFE for the characters that make a stretch unjudgeable. */
const UNSAFE = 0xffff;
let foldTable: Uint16Array | undefined;

function folds(): Uint16Array {
  if (foldTable) return foldTable;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    // lone surrogates lower-case to themselves; astral letters stay two code units
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = c;
      continue;
    }
    const low = String.fromCharCode(c).toLowerCase();
    t[c] = low.length === 1 ? low.charCodeAt(0) : c;
  }
  const map = (from: string, to: string): void => {
    t[from.charCodeAt(0)] = to.charCodeAt(0);
    const upper = from.toUpperCase();
    if (upper.length === 1) t[upper.charCodeAt(0)] = to.charCodeAt(0);
  };
  map("ё", "е");
  map("ќ", "қ");
  map("ѕ", "ң");
  map("є", "ғ");
  // normalisation writes a Latin i next to Cyrillic letters as і: one letter here (a Latin literal
  // then also passes a Cyrillic і, which only makes the test more permissive)
  map("і", "i");
  t[0xad] = UNSAFE;
  t.fill(UNSAFE, 0x300, 0x370);
  t.fill(UNSAFE, 0x483, 0x48a);
  t[0x200c] = UNSAFE;
  t[0x200d] = UNSAFE;
  foldTable = t;
  return t;
}

/** 1 for the word letters of tokens.ts: a token never starts right after one. */
const LETTERS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isWordLetter(c)) LETTERS[c] = 1;

/** A literal: a part of a phrase word, and whether the text's part must end there (no letter after it). */
export interface PhraseLiteral {
  text: string;
  whole: boolean;
}

/** The literals of a phrase (the longest first) and the concepts (bit numbers) a hit of it counts for. */
export interface PhraseEntry {
  literals: readonly PhraseLiteral[];
  bits: readonly number[];
}

export class LiteralTrie {
  /** Number of 32-bit words of a concept mask. */
  readonly words: number;
  private readonly fold: Uint16Array;
  /** Children of the root, dense by folded code unit (0: none); most positions stop here. */
  private readonly rootNext = new Int32Array(0x10000);
  /**
   * The other edges in one open-addressing table (a Map per node cost most of the scan): slot of
   * (node, code unit) → child, 0 for an empty slot; the home slot is the top `32 − shift` bits of a
   * multiplicative hash, probing forward (`edgeMask` = size − 1).
   */
  private readonly edgeNode: Int32Array;
  private readonly edgeCode: Int32Array;
  private readonly edgeChild: Int32Array;
  private readonly edgeMask: number;
  private readonly edgeShift: number;
  /** The literal ending at a node, or −1; and the one that must also end the text's part there. */
  private readonly literalAt: Int32Array;
  private readonly wholeAt: Int32Array;
  /** Phrases whose longest literal is literal l: `anchored[anchorStart[l] .. anchorStart[l + 1])`. */
  private readonly anchorStart: Int32Array;
  private readonly anchored: Int32Array;
  /** Phrase p's other literals, `others[otherStart[p] .. otherStart[p + 1])`, and its concept bits. */
  private readonly otherStart: Int32Array;
  private readonly others: Int32Array;
  private readonly bitStart: Int32Array;
  private readonly bits: Int32Array;
  /** Scratch of a scan: the literals found (a bit per literal) and their list. */
  private readonly seen: Uint32Array;
  private readonly found: Int32Array;

  constructor(phrases: readonly PhraseEntry[], conceptCount: number) {
    this.words = Math.max(1, Math.ceil(conceptCount / 32));
    const fold = folds();
    this.fold = fold;
    const children: (Map<number, number> | null)[] = [null];
    const literalAt: number[] = [-1];
    const wholeAt: number[] = [-1];
    const literalIds = new Map<string, number>();
    let literalCount = 0;
    let edges = 0;
    const literalId = ({ text: literal, whole }: PhraseLiteral): number => {
      const key = `${whole ? "w" : "p"}${literal}`;
      let id = literalIds.get(key);
      if (id !== undefined) return id;
      let node = 0;
      for (let k = 0; k < literal.length; k++) {
        const c = fold[literal.charCodeAt(k)] as number;
        let n = node === 0 ? (this.rootNext[c] as number) : (children[node]?.get(c) ?? 0);
        if (n === 0) {
          n = children.length;
          children.push(null);
          literalAt.push(-1);
          wholeAt.push(-1);
          if (node === 0) this.rootNext[c] = n;
          else {
            const m = children[node] ?? new Map<number, number>();
            m.set(c, n);
            children[node] = m;
            edges++;
          }
        }
        node = n;
      }
      // two literals that fold alike end at one node and are one literal
      const at = whole ? wholeAt : literalAt;
      id = at[node] as number;
      if (id < 0) {
        id = literalCount++;
        at[node] = id;
      }
      literalIds.set(key, id);
      return id;
    };
    const kept = phrases.filter((p) => p.bits.length > 0 && p.literals.length > 0 && p.literals[0]?.text !== "");
    const anchors = kept.map((p) => literalId(p.literals[0] as PhraseLiteral));
    const otherIds = kept.map((p) => [...new Set(p.literals.slice(1).map(literalId))]);
    this.literalAt = Int32Array.from(literalAt);
    this.wholeAt = Int32Array.from(wholeAt);
    // phrases by anchor
    const byAnchor: number[][] = Array.from({ length: literalCount }, () => []);
    anchors.forEach((a, p) => {
      (byAnchor[a] as number[]).push(p);
    });
    this.anchorStart = new Int32Array(literalCount + 1);
    const anchored: number[] = [];
    byAnchor.forEach((list, l) => {
      this.anchorStart[l] = anchored.length;
      anchored.push(...list);
    });
    this.anchorStart[literalCount] = anchored.length;
    this.anchored = Int32Array.from(anchored);
    const flatOthers: number[] = [];
    const flatBits: number[] = [];
    this.otherStart = new Int32Array(kept.length + 1);
    this.bitStart = new Int32Array(kept.length + 1);
    kept.forEach((p, i) => {
      this.otherStart[i] = flatOthers.length;
      flatOthers.push(...(otherIds[i] as number[]).filter((o) => o !== anchors[i]));
      this.bitStart[i] = flatBits.length;
      flatBits.push(...p.bits);
    });
    this.otherStart[kept.length] = flatOthers.length;
    this.bitStart[kept.length] = flatBits.length;
    this.others = Int32Array.from(flatOthers);
    this.bits = Int32Array.from(flatBits);
    this.seen = new Uint32Array(Math.max(1, Math.ceil(literalCount / 32)));
    this.found = new Int32Array(literalCount);
    let size = 16;
    let bits = 4;
    while (size < edges * 2) {
      size *= 2;
      bits++;
    }
    this.edgeMask = size - 1;
    this.edgeShift = 32 - bits;
    this.edgeNode = new Int32Array(size);
    this.edgeCode = new Int32Array(size);
    this.edgeChild = new Int32Array(size);
    children.forEach((m, node) => {
      if (!m) return;
      for (const [c, child] of m) {
        let slot = edgeSlot(node, c) >>> this.edgeShift;
        while (this.edgeChild[slot] !== 0) slot = (slot + 1) & this.edgeMask;
        this.edgeNode[slot] = node;
        this.edgeCode[slot] = c;
        this.edgeChild[slot] = child;
      }
    });
  }

  /**
   * The concepts of the phrases whose literals all occur inside `text[start, end)` at positions not
   * preceded by a letter, as a bit mask; null when the stretch holds a character the scan cannot
   * judge (then any concept may occur).
   */
  scan(text: string, start: number, end: number): Uint32Array | null {
    const { fold, rootNext, edgeNode, edgeCode, edgeChild, edgeMask, edgeShift, literalAt, wholeAt, seen, found } =
      this;
    const letters = LETTERS;
    let count = 0;
    let afterLetter = false;
    let judged = true;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      const c = fold[code] as number;
      if (c === UNSAFE) {
        judged = false;
        break;
      }
      const wordStart = !afterLetter;
      afterLetter = letters[code] === 1;
      if (!wordStart) continue;
      let node = rootNext[c] as number;
      let k = i;
      while (node !== 0) {
        const l = literalAt[node] as number;
        if (l >= 0 && ((seen[l >>> 5] as number) & (1 << (l & 31))) === 0) {
          seen[l >>> 5] = (seen[l >>> 5] as number) | (1 << (l & 31));
          found[count++] = l;
        }
        const w = wholeAt[node] as number;
        if (
          w >= 0 &&
          ((seen[w >>> 5] as number) & (1 << (w & 31))) === 0 &&
          (k + 1 >= end || letters[text.charCodeAt(k + 1)] !== 1)
        ) {
          seen[w >>> 5] = (seen[w >>> 5] as number) | (1 << (w & 31));
          found[count++] = w;
        }
        if (++k >= end) break;
        // an unjudgeable character ends the walk here (no edge) and the stretch in the outer loop
        const ck = fold[text.charCodeAt(k)] as number;
        let slot = edgeSlot(node, ck) >>> edgeShift;
        let child = 0;
        for (;;) {
          const e = edgeChild[slot] as number;
          if (e === 0) break;
          if (edgeNode[slot] === node && edgeCode[slot] === ck) {
            child = e;
            break;
          }
          slot = (slot + 1) & edgeMask;
        }
        node = child;
      }
    }
    const mask = judged ? this.phrasesOf(count) : null;
    for (let x = 0; x < count; x++) {
      const l = found[x] as number;
      seen[l >>> 5] = 0;
    }
    return mask;
  }

  /** The concepts of the phrases all of whose literals are among the `count` literals found. */
  private phrasesOf(count: number): Uint32Array {
    const mask = new Uint32Array(this.words);
    const { seen, found, anchorStart, anchored, otherStart, others, bitStart, bits } = this;
    for (let x = 0; x < count; x++) {
      const l = found[x] as number;
      for (let a = anchorStart[l] as number, to = anchorStart[l + 1] as number; a < to; a++) {
        const p = anchored[a] as number;
        let all = true;
        for (let o = otherStart[p] as number, oe = otherStart[p + 1] as number; o < oe; o++) {
          const m = others[o] as number;
          if (((seen[m >>> 5] as number) & (1 << (m & 31))) === 0) {
            all = false;
            break;
          }
        }
        if (!all) continue;
        for (let b = bitStart[p] as number, be = bitStart[p + 1] as number; b < be; b++) {
          const bit = bits[b] as number;
          mask[bit >>> 5] = (mask[bit >>> 5] as number) | (1 << (bit & 31));
        }
      }
    }
    return mask;
  }
}

/** The home slot of an edge (multiplicative hashing of node and code unit). */
function edgeSlot(node: number, code: number): number {
  return Math.imul(Math.imul(node, 0x9e3779b1) ^ code, 0x85ebca6b);
}

/** Whether bit `bit` is set in `mask`. */
export function hasBit(mask: Uint32Array, bit: number): boolean {
  return ((mask[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
}
