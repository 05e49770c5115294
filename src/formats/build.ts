/**
 * From markup to the AST. An adapter (Akoma Ntoso, USLM, CLML) walks its element tree and writes
 * the bill's words into a `Projection`: plain text, one line per heading and block, with every
 * character mapped back to its place in the XML file. It describes the structure as drafts
 * (divisions and provisions holding spans of that text), and `assemble` turns them into the same
 * Document the text parser makes: eIds (the source's own where it has them), labels, sentences,
 * definitions and cross references.
 *
 * Offsets in the Document are offsets into the projected text (what the rules read, as they read
 * a text bill); lines and columns are those of the XML file (`MappedLineIndex`), so findings point
 * at the element in the file.
 */
import { extractDefinitions } from "../analysis/definitions.js";
import { extractReferences } from "../analysis/references.js";
import { detectLanguage } from "../language/detect.js";
import type {
  Comment,
  Division,
  DivisionKind,
  Document,
  Language,
  NumStyle,
  Position,
  Provision,
  ProvisionKind,
  Range,
  TextBlock,
} from "../syntax/ast.js";
import { DELETED_PATTERN, DIVISION_KEYWORDS } from "../syntax/keywords.js";
import { assignIds } from "../syntax/labels.js";
import { normaliseNum, romanValue } from "../syntax/numbering.js";
import { LineIndex } from "../syntax/positions.js";
import { splitSentences } from "../syntax/sentences.js";
import { walk } from "../syntax/walk.js";
import type { XComment, XText } from "./xml.js";

/** [start, end) in the projected text. */
export type Span = readonly [number, number];

/**
 * Offsets of the projected text mapped to positions in the XML file: each anchor maps a stretch
 * of the text starting at `proj[k]` either one for one from `xml[k]` (`lin[k]` = 1: literal
 * text) or entirely to `xml[k]` (an entity, a collapsed run of white space, a rendered number).
 */
export class MappedLineIndex extends LineIndex {
  private readonly xmlIndex: LineIndex;

  constructor(
    text: string,
    private readonly proj: readonly number[],
    private readonly xml: readonly number[],
    private readonly lin: readonly number[],
    xmlSource: string,
  ) {
    super(text);
    this.xmlIndex = new LineIndex(xmlSource);
  }

  /** The XML file this index maps into. */
  get xmlSource(): string {
    return this.xmlIndex.source;
  }

  /** Source offset in the XML file of a text offset. */
  xmlOffset(offset: number): number {
    const p = this.proj;
    let lo = 0;
    let hi = p.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((p[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const base = this.xml[lo] as number;
    return this.lin[lo] === 1 ? base + Math.max(0, offset - (p[lo] as number)) : base;
  }

  override position(offset: number): Position {
    const clamped = Math.min(Math.max(offset, 0), this.source.length) | 0;
    const at = this.xmlIndex.position(this.xmlOffset(clamped));
    return { line: at.line, column: at.column, offset: clamped };
  }

  /** The text offset where the text at or after an XML offset starts (the end of the text if none). */
  offsetAtXml(xmlOffset: number): number {
    for (let k = 0; k < this.proj.length; k++) {
      if ((this.xml[k] as number) >= xmlOffset && this.source.charCodeAt(this.proj[k] as number) !== 10)
        return this.proj[k] as number;
    }
    return this.source.length;
  }

  /** A position at an XML offset, for a node with no text of its own (offset: where it would be). */
  positionAtXml(xmlOffset: number, offset: number): Position {
    const at = this.xmlIndex.position(xmlOffset);
    return { line: at.line, column: at.column, offset };
  }
}

const WS = /\s+/g;

/** The plain text of a bill in markup, written block by block, with its map to the XML file. */
export class Projection {
  private readonly parts: string[] = [];
  /** Offset of each part in the text. */
  private readonly partStarts: number[] = [];
  length = 0;
  readonly proj: number[] = [];
  readonly xml: number[] = [];
  readonly lin: number[] = [];
  /** Separator owed before the next character of the current block: 0 none, 1 space, 2 line. */
  private pending = 0;
  private pendingAt = 0;
  private lastXml = 0;
  private blockStart = 0;
  private inBlock = false;
  private sameLine = false;

  private anchor(xmlAt: number, linear: boolean): void {
    const k = this.proj.length - 1;
    if (linear && k >= 0 && this.lin[k] === 1) {
      // continue the previous literal run when the source continues too
      if ((this.xml[k] as number) + (this.length - (this.proj[k] as number)) === xmlAt) return;
    }
    if (k >= 0 && this.proj[k] === this.length) {
      this.xml[k] = xmlAt;
      this.lin[k] = linear ? 1 : 0;
      return;
    }
    this.proj.push(this.length);
    this.xml.push(xmlAt);
    this.lin.push(linear ? 1 : 0);
  }

  private put(s: string, xmlAt: number, linear: boolean): void {
    if (s.length === 0) return;
    this.anchor(xmlAt, linear);
    this.partStarts.push(this.length);
    this.parts.push(s);
    this.length += s.length;
    this.lastXml = linear ? xmlAt + s.length : xmlAt;
  }

  private flush(): void {
    if (this.pending > 0 && this.length > this.blockStart) {
      this.put(this.pending === 2 ? "\n" : " ", this.pendingAt, false);
    }
    this.pending = 0;
  }

  /** Starts a block (a heading, a provision's text): leading white space is dropped. */
  begin(): void {
    if (this.inBlock) this.end();
    if (this.length > 0) this.put(this.sameLine ? " " : "\n", this.lastXml, false);
    this.sameLine = false;
    this.blockStart = this.length;
    this.pending = 0;
    this.inBlock = true;
  }

  /** Ends the block: its span without trailing white space, or null when it has no text. */
  end(): Span | null {
    this.inBlock = false;
    this.pending = 0;
    return this.length > this.blockStart ? [this.blockStart, this.length] : null;
  }

  /** The next block continues the line (a provision's text after its number). */
  joinNext(): void {
    this.sameLine = true;
  }

  /** The text written so far from `start` to `end` (default: all of it since `start`). */
  slice(start: number, end = this.length): string {
    const starts = this.partStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= start) lo = mid;
      else hi = mid - 1;
    }
    let out = "";
    for (let k = lo; k < starts.length && (starts[k] as number) < end; k++) {
      const at = starts[k] as number;
      const part = this.parts[k] as string;
      out += part.slice(Math.max(0, start - at), Math.min(part.length, end - at));
    }
    return out;
  }

  get open(): boolean {
    return this.inBlock;
  }

  /** A break between two paragraphs of one block. */
  lineBreak(xmlAt?: number): void {
    if (this.length > this.blockStart) {
      this.pending = 2;
      this.pendingAt = xmlAt ?? this.lastXml;
    }
  }

  /** White space between two inline pieces (an element boundary that separates words). */
  space(xmlAt?: number): void {
    if (this.length > this.blockStart && this.pending === 0) {
      this.pending = 1;
      this.pendingAt = xmlAt ?? this.lastXml;
    }
  }

  /** Appends character data, runs of white space collapsed to one space. */
  text(t: XText): void {
    const m = t.map;
    const v = t.value;
    for (let j = 0; j < m.length; j += 3) {
      const at = m[j] as number;
      const to = j + 3 < m.length ? (m[j + 3] as number) : v.length;
      const src = m[j + 1] as number;
      const linear = m[j + 2] === 1;
      this.segment(v, at, to, src, linear);
    }
  }

  /** Appends a string that has no literal place in the source (a rendered number), at `xmlAt`. */
  synthetic(s: string, xmlAt: number): void {
    this.segment(s, 0, s.length, xmlAt, false);
  }

  private segment(v: string, from: number, to: number, src: number, linear: boolean): void {
    let i = from;
    WS.lastIndex = from;
    for (;;) {
      const m = WS.exec(v);
      const wsStart = m && m.index < to ? m.index : to;
      if (wsStart > i) {
        this.flush();
        this.put(v.slice(i, wsStart), linear ? src + (i - from) : src, linear);
      }
      if (!m || m.index >= to) break;
      const wsEnd = Math.min(m.index + m[0].length, to);
      if (this.length > this.blockStart && this.pending === 0) {
        this.pending = 1;
        this.pendingAt = linear ? src + (m.index - from) : src;
      }
      i = wsEnd;
      if (wsEnd >= to) break;
      WS.lastIndex = wsEnd;
    }
  }

  toString(): string {
    return this.parts.join("");
  }
}

// ---- drafts ---------------------------------------------------------------------------------------

export interface DivisionDraft {
  type: "Division";
  kind: DivisionKind;
  /** The source's eId, kept; null: made from the structure as for a text bill. */
  eId: string | null;
  keyword: string;
  /** The number as written (`7-1`, `IV`), without the keyword. */
  num: string | null;
  /** The heading line: number and title. */
  head: Span | null;
  heading: Span | null;
  intro: Span | null;
  children: Draft[];
  deleted: boolean;
  /** Where the element starts in the XML file (for a unit without text). */
  xmlStart: number;
}

export interface ProvisionDraft {
  type: "Provision";
  kind: ProvisionKind;
  eId: string | null;
  /** The enumerator as written (`1.`, `(a)`); null for an unnumbered unit. */
  enumerator: string | null;
  /** A clean number the source gives (USLM `value`); else read from the enumerator. */
  num?: string | null;
  numSpan: Span | null;
  intro: Span | null;
  wrapUp: Span | null;
  children: ProvisionDraft[];
  deleted: boolean;
  xmlStart: number;
}

export type Draft = DivisionDraft | ProvisionDraft;

export interface DocumentDraft {
  /** The language the document declares (FRBRlanguage, xml:lang). */
  language: Language | null;
  title: Span | null;
  preamble: Span | null;
  formula: Span | null;
  body: Draft[];
  /** Comments of the file (directives), placed where the text after them starts. */
  comments: XComment[];
}

export function divisionDraft(kind: DivisionKind, xmlStart: number): DivisionDraft {
  return {
    type: "Division",
    kind,
    eId: null,
    keyword: "",
    num: null,
    head: null,
    heading: null,
    intro: null,
    children: [],
    deleted: false,
    xmlStart,
  };
}

export function provisionDraft(kind: ProvisionKind, xmlStart: number): ProvisionDraft {
  return {
    type: "Provision",
    kind,
    eId: null,
    enumerator: null,
    numSpan: null,
    intro: null,
    wrapUp: null,
    children: [],
    deleted: false,
    xmlStart,
  };
}

/** A span covering both (either may be null). */
export function joinSpans(a: Span | null, b: Span | null): Span | null {
  if (!a) return b;
  if (!b) return a;
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

// ---- numbering styles -------------------------------------------------------------------------------

const CYRILLIC = "а-яёәғқңөұүһі";
const DEC_DOT = /^(\d+(?:-\d+)*[A-Za-z]{0,2})\.?$/;
const DOTTED = /^(\d+(?:\.\d+)+)\.?$/;
const PAREN_DEC = /^\((\d+[A-Za-z]{0,3}(?:-\d+)?)\)\.?$/;
const DEC_PAREN = /^(\d+(?:-\d+)*[A-Za-z]?)\)$/;
const PAREN_LETTERS = /^\(([A-Za-z]{1,6})\)\.?$/;
const LETTERS_PAREN = /^([A-Za-z]{1,6})[).]$/;
const PAREN_CYR = new RegExp(`^\\(([${CYRILLIC}]{1,2})\\)$`, "i");
const CYR_PAREN = new RegExp(`^([${CYRILLIC}]{1,2})\\)$`, "i");
const DASH = /^[-\u2010-\u2015\u2212]$/;
const BULLET = /^[\u2022\u25cf\u25aa\u25e6\u00b7*+\u2023\u2043]$/;

/** Whether the letters of a list are roman numerals (`(i)`, `(ii)`) rather than letters. */
function romanList(nums: readonly string[]): boolean {
  const letters = nums.map((n) => n.toLowerCase()).filter((n) => /^[a-z]+$/.test(n));
  if (letters.length === 0 || !letters.every((n) => romanValue(n) !== null)) return false;
  return letters.some((n) => n.length > 1) || (letters.length === 1 && letters[0] === "i") || letters[0] === "i";
}

function letterPart(enumerator: string): string | null {
  const s = stripQuotes(enumerator);
  return PAREN_LETTERS.exec(s)?.[1] ?? LETTERS_PAREN.exec(s)?.[1] ?? (/^[A-Za-z]{1,6}$/.test(s) ? s : null);
}

function stripQuotes(s: string): string {
  return s.trim().replace(/^["\u201c\u201e\u00ab\u2018']+/, "");
}

/** The numbering style and clean number of an enumerator as written. */
export function enumeratorStyle(enumerator: string, roman: boolean): { style: NumStyle; num: string | null } {
  const s = stripQuotes(enumerator);
  if (s === "" || DASH.test(s)) return { style: s === "" ? "none" : "dash", num: null };
  if (BULLET.test(s)) return { style: "bullet", num: null };
  let m = PAREN_DEC.exec(s);
  if (m) return { style: "paren-dec", num: m[1] as string };
  m = DOTTED.exec(s);
  if (m) return { style: "dotted", num: m[1] as string };
  m = DEC_DOT.exec(s);
  if (m) return { style: "dec-dot", num: m[1] as string };
  m = DEC_PAREN.exec(s);
  if (m) return { style: "dec-paren", num: m[1] as string };
  m = PAREN_CYR.exec(s);
  if (m) return { style: "paren-cyr", num: m[1] as string };
  m = CYR_PAREN.exec(s);
  if (m) return { style: "cyr-paren", num: m[1] as string };
  m = PAREN_LETTERS.exec(s);
  if (m) {
    const num = m[1] as string;
    const upper = num === num.toUpperCase();
    if (roman && romanValue(num.toLowerCase()) !== null) return { style: upper ? "paren-ROMAN" : "paren-roman", num };
    return { style: upper ? "paren-ALPHA" : "paren-alpha", num };
  }
  m = LETTERS_PAREN.exec(s);
  if (m) {
    const num = m[1] as string;
    if (roman && romanValue(num.toLowerCase()) !== null) return { style: "paren-roman", num };
    return { style: "alpha-paren", num };
  }
  if (/^[A-Za-z]{1,6}$/.test(s)) {
    const upper = s === s.toUpperCase();
    if (roman && romanValue(s.toLowerCase()) !== null) return { style: upper ? "paren-ROMAN" : "paren-roman", num: s };
    return { style: upper ? "paren-ALPHA" : "paren-alpha", num: s };
  }
  // something else numbered (`Art. 3`, `I.`): keep its number, style of a decimal list
  const cleaned = normaliseNum(s.replace(/^[^\s\d]+\s+/, ""));
  return { style: "dec-dot", num: cleaned === "" ? null : cleaned };
}

// ---- assembly ------------------------------------------------------------------------------------

export interface Assembled {
  document: Document;
  /** Maps the document's offsets (into `index.source`, the projected text) to the XML file. */
  index: MappedLineIndex;
}

export interface AssembleOptions {
  /** Overrides the language the document declares. */
  language?: Language;
}

const NONE: never[] = [];

/** Builds the Document from an adapter's drafts. */
export function assemble(
  draft: DocumentDraft,
  projection: Projection,
  xmlSource: string,
  options: AssembleOptions = {},
): Assembled {
  const text = projection.toString();
  const index = new MappedLineIndex(text, projection.proj, projection.xml, projection.lin, xmlSource);
  const language = options.language ?? draft.language ?? detectLanguage(text);
  const block = (s: Span | null): TextBlock | null => {
    if (!s || s[1] <= s[0]) return null;
    return {
      type: "Text",
      text: text.slice(s[0], s[1]),
      range: index.range(s[0], s[1]),
      segments: [{ textStart: 0, start: s[0], end: s[1] }],
    };
  };
  const emptyRange = (xmlStart: number, offset: number): Range => {
    const p = index.positionAtXml(xmlStart, offset);
    return { start: p, end: p };
  };
  /** The text offset a unit without text stands at: where the next text starts. */
  let cursor = 0;
  const kept = new Map<Division | Provision, string>();

  const provision = (d: ProvisionDraft, roman: boolean): Provision => {
    const { style, num } =
      d.enumerator === null ? { style: "none" as NumStyle, num: null } : enumeratorStyle(d.enumerator, roman);
    const childRoman = romanList(d.children.map((c) => (c.enumerator ? (letterPart(c.enumerator) ?? "") : "")));
    const intro = block(d.intro);
    const children = d.children.map((c) => provision(c, childRoman));
    const wrapUp = block(d.wrapUp);
    const startOffset = d.numSpan?.[0] ?? d.intro?.[0] ?? children[0]?.range.start.offset ?? d.wrapUp?.[0];
    let range: Range;
    if (startOffset === undefined) range = emptyRange(d.xmlStart, cursor);
    else {
      const last = wrapUp?.range ?? children[children.length - 1]?.range ?? intro?.range;
      const end = last ? last.end : index.position(d.numSpan?.[1] ?? startOffset);
      range = { start: index.position(startOffset), end };
      cursor = end.offset;
    }
    const explicitNum = d.num !== undefined && d.num !== null && d.num !== "" ? normaliseNum(d.num) : null;
    const p: Provision = {
      type: "Provision",
      kind: d.kind,
      enumerator: d.enumerator,
      num: explicitNum ?? (num === null ? null : normaliseNum(num)),
      style: explicitNum !== null && style === "none" ? "dec-dot" : style,
      intro,
      children: children.length > 0 ? children : NONE,
      wrapUp,
      sentences: NONE,
      deleted: d.deleted || (intro !== null && DELETED_PATTERN.test(intro.text.trim()) && children.length === 0),
      notes: NONE,
      range,
      eId: "",
      label: "",
    };
    if (d.eId) kept.set(p, d.eId);
    return p;
  };

  const division = (d: DivisionDraft): Division => {
    const heading = block(d.heading);
    const headSpan = d.head ?? d.heading;
    const headingRange: Range = headSpan ? index.range(headSpan[0], headSpan[1]) : emptyRange(d.xmlStart, cursor);
    if (headSpan) cursor = headSpan[1];
    const intro = block(d.intro);
    const childRoman = romanList(
      d.children.map((c) => (c.type === "Provision" && c.enumerator ? (letterPart(c.enumerator) ?? "") : "")),
    );
    const children = d.children.map((c) => (c.type === "Division" ? division(c) : provision(c, childRoman)));
    const last = children[children.length - 1];
    const end = last && last.range.end.offset >= headingRange.end.offset ? last.range.end : headingRange.end;
    const num = d.num === null || d.num.trim() === "" ? null : d.num.trim();
    const div: Division = {
      type: "Division",
      kind: d.kind,
      num,
      normNum: num === null ? null : normaliseNum(num),
      keyword: d.keyword || DIVISION_KEYWORDS[language][d.kind],
      heading,
      headingRange,
      deleted: d.deleted || (heading !== null && DELETED_PATTERN.test(heading.text.trim())),
      implicit: false,
      intro,
      children,
      notes: [],
      range: { start: headingRange.start, end },
      eId: "",
      label: "",
    };
    if (d.eId) kept.set(div, d.eId);
    return div;
  };

  const title = block(draft.title);
  const preamble = block(draft.preamble);
  const enactingFormula = block(draft.formula);
  if (draft.formula) cursor = draft.formula[1];
  const topRoman = romanList(
    draft.body.map((c) => (c.type === "Provision" && c.enumerator ? (letterPart(c.enumerator) ?? "") : "")),
  );
  let body: (Division | Provision)[] = draft.body.map((c) =>
    c.type === "Division" ? division(c) : provision(c, topRoman),
  );
  if (body.length > 0 && body.every((n) => n.type === "Provision")) {
    // as for a text bill: provisions with no heading at all form one implicit article
    const first = body[0] as Provision;
    const last = body[body.length - 1] as Provision;
    body = [
      {
        type: "Division",
        kind: "article",
        num: null,
        normNum: null,
        keyword: "",
        heading: null,
        headingRange: { start: first.range.start, end: first.range.start },
        deleted: false,
        implicit: true,
        intro: null,
        children: body,
        notes: [],
        range: { start: first.range.start, end: last.range.end },
        eId: "",
        label: "",
      },
    ];
  }
  const all = index.range(0, text.length);
  const comments: Comment[] = draft.comments.map((c) => {
    const at = index.offsetAtXml(c.end);
    return {
      type: "Comment",
      value: c.value,
      range: { start: index.positionAtXml(c.start, at), end: index.positionAtXml(c.end, at) },
    };
  });
  const doc: Document = {
    type: "Document",
    language,
    title,
    preamble,
    enactingFormula,
    body,
    notes: [],
    comments,
    markup: [],
    definitions: [],
    references: [],
    diagnostics: [],
    range: all,
  };
  assignIds(doc, language);
  // the document's own eIds win over the made ones (each once: a duplicate keeps the made one)
  const used = new Set<string>();
  walk(doc, (n) => {
    const own = kept.get(n);
    if (own && !used.has(own)) {
      n.eId = own;
      used.add(own);
    }
  });
  walk(doc, (n) => {
    if (n.type !== "Provision") return;
    if (n.intro) n.sentences = splitSentences(n.intro, index, language);
    if (n.wrapUp) n.sentences = n.sentences.concat(splitSentences(n.wrapUp, index, language));
  });
  doc.definitions = extractDefinitions(doc, index);
  doc.references = extractReferences(doc, index);
  return { document: doc, index };
}
