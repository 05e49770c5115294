/**
 * AST builder: turns the parser's line records into the typed AST. It decides what the parser
 * cannot: which division nests in which (by keyword rank, not Markdown depth), how enumerators
 * nest (by numbering style, roman-vs-letter by context), where titles, preambles, intros and
 * wrap-ups are, and which numbers are out of sequence. It never throws on well-formed line records.
 */
import type { IToken } from "chevrotain";
import type {
  Comment,
  Division,
  DivisionKind,
  Document,
  Language,
  Markup,
  MarkupKind,
  Note,
  NumStyle,
  ParseDiagnostic,
  Provision,
  ProvisionKind,
  Range,
  TextBlock,
} from "./ast.js";
import {
  DELETED_PATTERN,
  HEADING_KEYWORDS,
  isEnactingFormula,
  RANK_GENERIC_HEADING,
  RANK_PRIMARY,
  RANK_SECTION_DIVISION,
  RANK_SECTION_IN_ARTICLES,
} from "./keywords.js";
import { assignIds } from "./labels.js";
import { followsInSequence, isRomanNumber, mainValue, normaliseNum, romanValue } from "./numbering.js";
import type { LineRecord } from "./parser.js";
import { isWhiteSpace, type LineIndex, lastItem, textBlock } from "./positions.js";
import { Comment as CommentToken, HEADING_INDEX, hasArticleHeading } from "./tokens.js";

type Span = [number, number];

/** One line of the bill, classified. Holds offsets, strings and its lead token, not its chunk's tokens. */
interface Line {
  /** Offset of the line's first token. */
  start: number;
  /** Offset just after the line's last token, trailing white space dropped. */
  end: number;
  kind: "blank" | "heading" | "md-heading" | "enumerator" | "note" | "text" | "comment" | "markup";
  markup?: MarkupKind;
  /** Text spans of the line after the lead (comments cut out, whitespace trimmed). */
  spans: Span[];
  /** Markdown heading depth (number of `#`), 0 when none. */
  depth: number;
  /** For a heading: the keyword entry index. */
  keyword?: number;
  /** The lead token: heading, enumerator, note keyword or first text (the token itself: no copy per line). */
  lead: IToken | null;
  /** Whether layout prefixes (`#`, `>`, emphasis, comments) stand before the lead. */
  prefixed: boolean;
}

type Lead = NonNullable<Line["lead"]>;

/** Lines of lookahead the builder keeps beyond the line it works on (next-line titles look 6 ahead). */
const LOOKAHEAD = 8;

interface OpenProvision {
  prov: Provision;
  style: NumStyle;
  /** Source offsets of the provision's first line (its range is made when it closes). */
  start: number;
  end: number;
  introSpans: Span[];
  wrapSpans: Span[];
  /** Last text line ended a sentence with `.`; the next blank-separated text may be a wrap-up. */
  last: string;
}

interface OpenDivision {
  div: Division;
  rank: number;
  depth: number;
  /** Open provisions, outermost first. */
  pstack: OpenProvision[];
  introSpans: Span[];
  headingSpans: Span[];
  /** Whether the heading title may still come on the next line. */
  awaitingTitle: boolean;
}

const EMPTY_RANGE_TEXT = "";

/** Shared, frozen empty span list of lines without text. */
const NO_SPANS: Span[] = Object.freeze([]) as unknown as Span[];

/** Shared, frozen empty array of leaf provisions (replaced by a real array on the first push). */
const NONE: never[] = Object.freeze([]) as never[];
/** The range of a provision still open; replaced when it closes. */
const PENDING: Range = Object.freeze({
  start: Object.freeze({ line: 1, column: 1, offset: 0 }),
  end: Object.freeze({ line: 1, column: 1, offset: 0 }),
});

/** Appends to an array that may still be the shared empty one; returns the array to keep. */
function pushTo<T>(arr: T[], item: T): T[] {
  if (arr === (NONE as unknown)) return [item];
  arr.push(item);
  return arr;
}

export interface BuildOptions {
  language: Language;
}

/** Builds the AST from line records, given chunk by chunk (see parseChunks). */
export function buildDocument(
  source: string,
  chunks: Iterable<LineRecord[]>,
  index: LineIndex,
  options: BuildOptions,
): Document {
  const b = new Builder(source, index, options.language);
  return b.build(chunks);
}

class Builder {
  private readonly diagnostics: ParseDiagnostic[] = [];
  private readonly comments: Comment[] = [];
  private readonly markup: Markup[] = [];
  private readonly docNotes: Note[] = [];
  private readonly body: (Division | Provision)[] = [];
  private readonly bodyStack: OpenProvision[] = [];
  private readonly stack: OpenDivision[] = [];
  private hasArticles = false;
  private lastNote: { note: Note; spans: Span[] } | null = null;
  /** Whether the previous line was blank (or layout), i.e. the next text starts a new block. */
  private gap = true;
  /** Index of the last line of a Markdown title (`#` lines one under the other at the start). */
  private titleEnd = -1;

  constructor(
    private readonly source: string,
    private readonly index: LineIndex,
    private readonly language: Language,
  ) {}

  build(chunks: Iterable<LineRecord[]>): Document {
    // Lines are classified chunk by chunk and built with a window of lookahead; processed lines
    // are dropped, so only the AST and a chunk or two of lines are alive at any time.
    this.hasArticles = hasArticleHeading(this.source);
    // `lines[k]` is line `base + k`: once the body is being built, the lines behind the cursor are
    // cut off now and then, so the array stays small (grown to the bill's line count, it and its
    // copies would sit in the large-object space until a full GC)
    let lines: (Line | undefined)[] = [];
    let base = 0;
    let firstMd = -1;
    let firstMdDepth = 0;
    this.titleEnd = -1;
    let firstDivision = -1;
    let front: ReturnType<Builder["front"]> | null = null;
    let cursor = 0;
    const advance = (upTo: number): void => {
      for (; cursor < upTo; cursor++) {
        const at = cursor - base;
        this.line(lines[at] as Line, lines as Line[], at);
        if (at >= 2) lines[at - 2] = undefined;
      }
    };
    for (const recs of chunks) {
      for (let k = 0; k < recs.length; k++) {
        const l = this.classify(recs[k] as LineRecord);
        // drop the record (and its tokens) at once: short-lived objects die young, cheaply
        (recs as (LineRecord | undefined)[])[k] = undefined;
        const i = base + lines.push(l) - 1;
        if (l.kind === "md-heading" && firstMd < 0) {
          firstMd = i;
          firstMdDepth = l.depth;
          this.titleEnd = i;
        } else if (l.kind === "md-heading" && i === this.titleEnd + 1 && l.depth === firstMdDepth) {
          this.titleEnd = i; // a title in two languages: `# ...` lines one under the other
        } else if (firstDivision < 0 && (l.kind === "heading" || l.kind === "md-heading")) firstDivision = i;
        if (front === null && firstDivision >= 0 && i >= firstDivision + LOOKAHEAD) {
          // The front: title, preamble, enacting formula before the first division heading
          // (the lines are not cut off before: `base` is 0 here).
          front = this.front(lines as Line[], firstDivision);
          cursor = front.bodyStart;
        }
        if (front !== null) {
          // build what the lookahead allows (next-line titles look a few lines ahead)
          advance(base + lines.length - LOOKAHEAD);
          // keep the line before the cursor (a heading looks one line back)
          if (cursor - base >= 1024) {
            lines = lines.slice(cursor - 2 - base);
            base = cursor - 2;
          }
        }
      }
    }
    if (front === null && firstDivision >= 0) {
      front = this.front(lines as Line[], firstDivision);
      cursor = front.bodyStart;
    }
    let implicit: OpenDivision | null = null;
    if (front === null) {
      // A fragment (no headings) is one implicit article: only a Markdown `#` title stands apart.
      front = this.fragmentFront(lines as Line[]);
      cursor = front.bodyStart;
      if (lines.slice(front.bodyStart).some((l) => l?.kind === "enumerator" || l?.kind === "text")) {
        implicit = this.openImplicitArticle(lines as Line[], front.bodyStart);
      }
    }
    advance(base + lines.length);
    this.closeAll();

    const end = this.source.length;
    const doc: Document = {
      type: "Document",
      language: this.language,
      title: front.title,
      preamble: front.preamble,
      enactingFormula: front.enacting,
      body: this.body,
      notes: this.docNotes,
      comments: this.comments,
      markup: this.markup,
      definitions: [],
      references: [],
      diagnostics: this.diagnostics,
      range: this.index.range(0, end),
    };
    if (implicit) implicit.div.range = this.index.range(implicit.div.range.start.offset, end);
    this.checkDivisionNumbers(doc);
    assignIds(doc, this.language);
    this.diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
    return doc;
  }

  // ---- classification ----------------------------------------------------------------------

  private classify(rec: LineRecord): Line {
    const firstTok = rec.prefixes[0] ?? rec.lead ?? rec.nl;
    const start = firstTok.startOffset;
    const lastTok = lastItem(rec.rest) ?? rec.lead ?? lastItem(rec.prefixes) ?? firstTok;
    let end = lastTok === rec.nl ? start : lastTok.startOffset + lastTok.image.length;
    while (end > start && isSpace(this.source.charCodeAt(end - 1))) end--;
    const leadTok = rec.lead;
    // every field set here, so all lines share one hidden class (no properties added later)
    const line: Line = {
      start,
      end,
      kind: "blank",
      markup: undefined,
      spans: NO_SPANS,
      depth: 0,
      keyword: undefined,
      lead: leadTok,
      prefixed: rec.prefixes.length > 0,
    };
    // one pass over the layout prefixes
    let quoted = false;
    let ruled = false;
    let emphasised = false;
    let commented = false;
    let unclosed = false;
    const prefixes = rec.prefixes;
    for (let k = 0; k < prefixes.length; k++) {
      const t = prefixes[k] as IToken;
      switch (t.tokenType.name) {
        case "MdHashes":
          line.depth = t.image.length;
          break;
        case "Quote":
          quoted = true;
          break;
        case "Rule":
          ruled = true;
          break;
        case "Emph":
          emphasised = true;
          break;
        case "Comment":
          commented = true;
          this.addComment(t);
          break;
        case "CommentOpen":
          unclosed = true;
          this.unterminatedComment(t);
          break;
      }
    }
    const rest = rec.rest;
    for (let k = 0; k < rest.length; k++) {
      const t = rest[k] as IToken;
      if (t.tokenType.name === "Comment") this.addComment(t);
      else if (t.tokenType.name === "CommentOpen") this.unterminatedComment(t);
    }
    if (!leadTok) {
      if (ruled) return this.asMarkup(line, "rule");
      if (commented || unclosed) {
        line.kind = unclosed ? "text" : "comment";
        if (line.kind === "text") line.spans = this.spansOf([...rec.prefixes, ...rec.rest]);
        return line;
      }
      if (rec.prefixes.length > 0) return this.asMarkup(line, quoted ? "blockquote" : "emphasis");
      return line;
    }
    switch (rec.leadKind) {
      case "front-matter":
        return this.asMarkup(line, "front-matter");
      case "fence":
        return this.asMarkup(line, "fence");
      case "heading": {
        line.kind = "heading";
        line.keyword = HEADING_INDEX.get(leadTok.tokenType.name) ?? 0;
        line.spans = this.spansOf(rec.rest);
        // In a blockquote only an annex stamp is structure (`> *ПРИЛОЖЕНИЕ 1*`).
        if (quoted && HEADING_KEYWORDS[line.keyword]?.kind !== "annex") return this.asMarkup(line, "blockquote");
        return line;
      }
      case "enumerator":
        line.kind = quoted ? "markup" : "enumerator";
        if (quoted) line.markup = "blockquote";
        line.spans = this.spansOf(rec.rest);
        if (line.depth > 0) {
          // `## 1. Title` is a Markdown heading whose text starts with a number.
          line.kind = "md-heading";
          line.spans = this.spansOf(rec.rest, leadTok);
        }
        return line;
      case "note":
        line.kind = quoted ? "markup" : "note";
        if (quoted) line.markup = "blockquote";
        line.spans = this.spansOf(rec.rest);
        return line;
      default: {
        line.spans = this.spansOf(rec.rest, leadTok);
        if (line.depth > 0) {
          line.kind = "md-heading";
          return line;
        }
        if (quoted) return this.asMarkup(line, "blockquote");
        if (this.source.charCodeAt(leadTok.startOffset) === 60 /* < */) {
          if (/^<a\s[^>]*>\s*(?:<\/a>)?$/i.test(this.spanText(line.spans))) return this.asMarkup(line, "anchor");
        }
        if (emphasised && /(?:\*{1,3}|_{2,3})$/.test(this.spanText(line.spans))) {
          return this.asMarkup(line, "emphasis");
        }
        line.kind = "text";
        return line;
      }
    }
  }

  private asMarkup(line: Line, kind: MarkupKind): Line {
    line.kind = "markup";
    line.markup = kind;
    return line;
  }

  /** Source spans of the text tokens in `tokens`, trimmed, with comments cut out. */
  private spansOf(tokens: IToken[], lead: IToken | null = null): Span[] {
    // the usual line is one text token: an exact one-element array (push would reserve 17 slots)
    const only = lead === null ? (tokens.length === 1 ? tokens[0] : undefined) : tokens.length === 0 ? lead : undefined;
    if (only !== undefined && only.tokenType !== CommentToken) {
      let s = only.startOffset;
      let e = s + only.image.length;
      while (e > s && isSpace(this.source.charCodeAt(e - 1))) e--;
      while (s < e && isSpace(this.source.charCodeAt(s))) s++;
      return e > s ? [[s, e]] : [];
    }
    const spans: Span[] = [];
    if (lead) this.addSpan(spans, lead);
    for (let k = 0; k < tokens.length; k++) this.addSpan(spans, tokens[k] as IToken);
    return spans;
  }

  private addSpan(spans: Span[], t: IToken): void {
    // a closed comment is not text; an unclosed `<!--` is (and is reported)
    if (t.tokenType === CommentToken) return;
    let s = t.startOffset;
    let e = t.startOffset + t.image.length;
    while (e > s && isSpace(this.source.charCodeAt(e - 1))) e--;
    while (s < e && isSpace(this.source.charCodeAt(s))) s++;
    if (e <= s) return;
    const last = lastItem(spans);
    if (last && onlyBlanks(this.source, last[1], s)) last[1] = e;
    else spans.push([s, e]);
  }

  private spanText(spans: Span[]): string {
    if (spans.length === 1) return this.source.slice((spans[0] as Span)[0], (spans[0] as Span)[1]);
    let out = "";
    for (let k = 0; k < spans.length; k++) {
      const [s, e] = spans[k] as Span;
      out += k === 0 ? this.source.slice(s, e) : ` ${this.source.slice(s, e)}`;
    }
    return out;
  }

  private addComment(t: IToken): void {
    const value = t.image.slice(4, -3).trim();
    this.comments.push({
      type: "Comment",
      value,
      range: this.index.range(t.startOffset, t.startOffset + t.image.length),
    });
  }

  private unterminatedComment(t: IToken): void {
    this.diagnostics.push({
      type: "ParseDiagnostic",
      code: "unterminated-comment",
      severity: "warning",
      message: "`<!--` is never closed by `-->`; the rest is read as text",
      range: this.index.range(t.startOffset, t.startOffset + t.image.length),
    });
  }

  // ---- the front -----------------------------------------------------------------------------

  private front(
    lines: Line[],
    end: number,
  ): { title: TextBlock | null; preamble: TextBlock | null; enacting: TextBlock | null; bodyStart: number } {
    let title: TextBlock | null = null;
    let enacting: TextBlock | null = null;
    const preambleSpans: Span[] = [];
    let enactingAt = -1;
    for (let i = 0; i < end; i++) {
      const l = lines[i] as Line;
      if ((l.kind === "text" || l.kind === "enumerator") && isEnactingFormula(this.spanText(l.spans))) {
        enactingAt = i;
      }
    }
    let seenText = 0;
    let bodyStart = end;
    for (let i = 0; i < end; i++) {
      const l = lines[i] as Line;
      if (l.kind === "markup" || l.kind === "comment" || l.kind === "blank") {
        if (l.kind === "markup") this.addMarkup(l);
        continue;
      }
      if (l.kind === "note") {
        // a note in the front annotates the document
        this.line(l, lines, i);
        continue;
      }
      this.lastNote = null;
      if (i === enactingAt) {
        enacting = textBlock(this.index, l.spans);
        bodyStart = i + 1;
        break;
      }
      if (title === null && seenText < 4 && (l.kind === "md-heading" || (l.kind === "text" && this.titleLike(l)))) {
        const spans = [...l.spans];
        // further `#` title lines right under the first (the title in a second language)
        while (l.kind === "md-heading" && i < this.titleEnd) spans.push(...(lines[++i] as Line).spans);
        title = textBlock(this.index, spans);
        seenText++;
        continue;
      }
      if (enactingAt < 0 && l.kind === "enumerator") {
        // numbered points before the first heading are body provisions (an order's operative part)
        bodyStart = i;
        break;
      }
      if (l.kind === "enumerator") {
        // recitals `(1) ...` before the enacting formula: keep their numbers in the preamble text
        preambleSpans.push(...this.withLead(l));
        seenText++;
      } else if (l.kind === "text" || l.kind === "md-heading") {
        preambleSpans.push(...l.spans);
        seenText++;
      }
    }
    this.lastNote = null;
    this.gap = true;
    const preamble = preambleSpans.length > 0 ? textBlock(this.index, preambleSpans) : null;
    return { title, preamble, enacting, bodyStart };
  }

  private fragmentFront(lines: Line[]): {
    title: TextBlock | null;
    preamble: null;
    enacting: null;
    bodyStart: number;
  } {
    const first = lines.findIndex((l) => l.kind !== "blank" && l.kind !== "markup" && l.kind !== "comment");
    const l = lines[first];
    if (l && l.kind === "md-heading") {
      const spans = [...l.spans];
      let end = first;
      while (end < this.titleEnd) spans.push(...(lines[++end] as Line).spans);
      return { title: textBlock(this.index, spans), preamble: null, enacting: null, bodyStart: end + 1 };
    }
    return { title: null, preamble: null, enacting: null, bodyStart: 0 };
  }

  private titleLike(l: Line): boolean {
    const text = this.spanText(l.spans);
    if (text.length === 0 || text.length > 200) return false;
    const letters = text.replace(/[^A-Za-z\u00C0-\u024F\u0400-\u04FF]/g, "");
    if (letters.length >= 3 && letters === letters.toUpperCase()) return true;
    return !/[.,;:]$/.test(text) && /^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«"“]/.test(text);
  }

  // ---- body lines ----------------------------------------------------------------------------

  private line(l: Line, lines: Line[], i: number): void {
    switch (l.kind) {
      case "blank":
        this.gap = true;
        this.lastNote = null;
        return;
      case "comment":
        this.gap = true;
        this.lastNote = null;
        return;
      case "markup":
        this.addMarkup(l);
        this.gap = true;
        this.lastNote = null;
        return;
      case "heading":
        this.heading(l, lines, i);
        return;
      case "md-heading":
        this.genericHeading(l, lines, i);
        return;
      case "note":
        this.note(l);
        return;
      case "enumerator":
        this.enumerator(l);
        return;
      case "text":
        this.text(l);
        return;
    }
  }

  private addMarkup(l: Line): void {
    this.markup.push({ type: "Markup", kind: l.markup ?? "emphasis", range: this.index.range(l.start, l.end) });
  }

  /** The line's spans with its lead token in front (for text lines whose lead is text after all). */
  private withLead(l: Line): Span[] {
    if (!l.lead) return l.spans;
    const leadSpan: Span = [l.lead.startOffset, l.lead.startOffset + l.lead.image.length];
    while (leadSpan[1] > leadSpan[0] && isSpace(this.source.charCodeAt(leadSpan[1] - 1))) leadSpan[1]--;
    const first = l.spans[0];
    if (first && /^[ \t]*$/.test(this.source.slice(leadSpan[1], first[0]))) {
      return [[leadSpan[0], first[1]], ...l.spans.slice(1)];
    }
    return [leadSpan, ...l.spans];
  }

  private note(l: Line): void {
    const lead = l.lead as Lead;
    const keyword = lead.image.replace(/[\s.:]+$/, "");
    const spans: Span[] = [[lead.startOffset, lead.startOffset + lead.image.length], ...l.spans];
    const note: Note = {
      type: "Note",
      keyword,
      text: textBlock(
        this.index,
        l.spans.length > 0 ? l.spans : [[lead.startOffset + lead.image.length, lead.startOffset + lead.image.length]],
      ),
      range: this.index.range(spans[0]?.[0] ?? 0, (lastItem(spans) as Span)[1]),
    };
    const owner = this.currentOwner();
    owner.notes = pushTo(owner.notes, note);
    this.lastNote = { note, spans: [...l.spans] };
    this.gap = false;
  }

  /** Notes attach to the innermost open provision, else division, else the document. */
  private currentOwner(): { notes: Note[] } {
    const top = lastItem(this.stack);
    const pstack = top ? top.pstack : this.bodyStack;
    const p = lastItem(pstack);
    if (p) return p.prov;
    if (top) return top.div;
    return { notes: this.docNotes };
  }

  private heading(l: Line, lines: Line[], i: number): void {
    const lead = l.lead as Lead;
    const entry = HEADING_KEYWORDS[l.keyword ?? 0] ?? (HEADING_KEYWORDS[0] as (typeof HEADING_KEYWORDS)[number]);
    const { keyword, num } = splitHeading(lead.image, entry.after);
    if (this.isWrappedReference(l, lines, i)) {
      // `... referred to in\nArticle 63.`: a sentence wrapped before a reference, not a heading
      this.text({ ...l, kind: "text", spans: this.withLead(l) });
      return;
    }
    let rank = entry.rank;
    let kind: DivisionKind = entry.kind;
    if (entry.name === "HSection") {
      if (num !== null && isRomanNumber(num)) rank = RANK_SECTION_DIVISION;
      else if (this.hasArticles) rank = RANK_SECTION_IN_ARTICLES;
      else rank = RANK_PRIMARY;
    }
    if (entry.name === "HSign") kind = "section";
    this.openDivision(l, lines, i, kind, rank, keyword, num, lead.startOffset);
  }

  /** A bare `Article 63.` right after a line that stops mid-sentence (`referred to in`). */
  private isWrappedReference(l: Line, lines: Line[], i: number): boolean {
    if (l.depth > 0 || l.prefixed) return false;
    if (this.spanText(l.spans) !== ".") return false;
    const prev = i > 0 ? lines[i - 1] : undefined;
    if (!prev || (prev.kind !== "text" && prev.kind !== "enumerator")) return false;
    return /[a-zа-яёәғқңөұүһі,]$/.test(this.spanText(prev.spans));
  }

  private genericHeading(l: Line, lines: Line[], i: number): void {
    let text = this.spanText(l.spans);
    if (/^[\s_*=~-]*$/.test(text)) {
      // `## ________________`: a rule drawn with a heading mark
      this.addMarkup(this.asMarkup(l, "rule"));
      this.gap = true;
      return;
    }
    let num: string | null = null;
    const m = /^((?:[IVXLCDM]+|\d+(?:[.-]\d+)*|[A-Z])\.?)(?:\s*[-–—:]\s*|\s+)(.*)$/.exec(text);
    if (m && (isRomanNumber(m[1] as string) || /^\d/.test(m[1] as string) || /^[A-Z]\.?$/.test(m[1] as string))) {
      num = (m[1] as string).replace(/\.$/, "");
      text = m[2] as string;
    }
    // Nest under the innermost open Markdown heading of smaller depth, else at group rank.
    let rank = RANK_GENERIC_HEADING;
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const d = this.stack[k] as OpenDivision;
      if (d.depth > 0 && d.depth < l.depth) {
        rank = Math.max(d.rank + 0.5, RANK_GENERIC_HEADING);
        break;
      }
    }
    const start = l.spans[0]?.[0] ?? l.start;
    this.openDivision(l, lines, i, "heading", rank, "", num, start, text);
  }

  private openDivision(
    l: Line,
    lines: Line[],
    i: number,
    kind: DivisionKind,
    rank: number,
    keyword: string,
    num: string | null,
    start: number,
    genericTitle?: string,
  ): void {
    this.lastNote = null;
    if (kind === "annex") {
      this.closeDivisionsTo(-1);
    } else {
      // pop divisions of the same or lower level; an annex stays open below everything
      let k = this.stack.length - 1;
      while (k >= 0) {
        const d = this.stack[k] as OpenDivision;
        if (d.div.kind === "annex" || d.rank < rank) break;
        k--;
      }
      this.closeDivisionsTo(k);
    }
    this.closeProvisions(this.bodyStack);

    // The title: the rest of the heading line after its separator.
    let titleSpans: Span[] = [];
    if (genericTitle !== undefined) {
      titleSpans = trimTitleSpans(this.source, l.spans, genericTitle);
    } else {
      titleSpans = stripSeparator(this.source, l.spans);
    }
    const headingLineEnd = l.end;
    // the division's range starts as its heading's (the same object: ranges are read-only) and
    // is replaced when the division closes
    const headingRange = this.index.range(start, headingLineEnd);
    const div: Division = {
      type: "Division",
      kind,
      num,
      normNum: num === null ? null : normaliseNum(num),
      keyword,
      heading: null,
      headingRange,
      deleted: false,
      implicit: false,
      intro: null,
      children: [],
      notes: [],
      range: headingRange,
      eId: "",
      label: "",
    };
    if (num === null && kind !== "heading") {
      this.diagnostics.push({
        type: "ParseDiagnostic",
        code: "heading-without-number",
        severity: "warning",
        message: `${keyword} heading has no number`,
        range: this.index.range(start, headingLineEnd),
      });
    }
    const open: OpenDivision = {
      div,
      rank,
      depth: l.depth,
      pstack: [],
      introSpans: [],
      headingSpans: titleSpans,
      awaitingTitle: titleSpans.length === 0,
    };
    const titleText = this.spanText(titleSpans);
    if (titleText.length > 200 && kind !== "heading") {
      // Not a title but the first provision of the article written on the heading line.
      open.headingSpans = [];
      open.awaitingTitle = false;
      this.pushDivision(open);
      this.gap = true;
      this.text({ ...l, kind: "text", spans: titleSpans });
      return;
    }
    if (DELETED_PATTERN.test(titleText)) div.deleted = true;
    if (open.awaitingTitle) this.lookAheadTitle(open, lines, i);
    this.pushDivision(open);
    this.gap = true;
  }

  /** A title on the next non-blank line: short, not numbered, not a sentence. */
  private lookAheadTitle(open: OpenDivision, lines: Line[], i: number): void {
    for (let j = i + 1; j < lines.length && j < i + 6; j++) {
      const n = lines[j] as Line;
      if (n.kind === "blank") continue;
      if (n.kind !== "text") return;
      const text = this.spanText(n.spans);
      // `Статья 9\nИсключена Законом ...`: the deletion note stands in the place of a title
      const deleted = DELETED_PATTERN.test(text);
      const after = lines[j + 1];
      const wrapped = !deleted && after?.kind === "text" && this.wrapsInto(text, this.spanText(after.spans));
      if (deleted || (!wrapped && this.headingTitleLike(text, open.div.kind))) {
        open.div.deleted ||= deleted;
        open.headingSpans = n.spans;
        open.awaitingTitle = false;
        n.kind = "blank"; // consumed as the title
        open.div.headingRange = this.index.range(open.div.headingRange.start.offset, (lastItem(n.spans) as Span)[1]);
        open.div.range = open.div.headingRange;
      }
      return;
    }
  }

  /** Whether `line` reads as a sentence broken before `next` rather than a title above it. */
  private wrapsInto(line: string, next: string): boolean {
    if (/^[a-zа-яёәғқңөұүһі]/.test(next)) return true;
    return FUNCTION_WORD_END.test(line);
  }

  private headingTitleLike(text: string, kind: DivisionKind): boolean {
    if (text.length === 0 || text.length > 200) return false;
    const letters = text.replace(/[^A-Za-z\u00C0-\u024F\u0400-\u04FF]/g, "");
    if (letters.length >= 2 && letters === letters.toUpperCase()) return true;
    if (/[.;,:]$/.test(text)) return false;
    if (kind === "article" || kind === "section") return /^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«"“]/.test(text);
    return true;
  }

  private pushDivision(open: OpenDivision): void {
    const parent = lastItem(this.stack);
    if (parent) {
      this.closeProvisions(parent.pstack);
      parent.div.children.push(open.div);
    } else this.body.push(open.div);
    open.div.heading =
      open.headingSpans.length > 0 ? textBlock(this.index, open.headingSpans, open.div.headingRange) : null;
    this.stack.push(open);
  }

  private openImplicitArticle(lines: Line[], from: number): OpenDivision {
    const firstLine = lines.slice(from).find((l) => l.kind === "enumerator" || l.kind === "text");
    const start = firstLine ? (firstLine.lead?.startOffset ?? firstLine.start) : 0;
    const div: Division = {
      type: "Division",
      kind: "article",
      num: null,
      normNum: null,
      keyword: "",
      heading: null,
      headingRange: this.index.range(start, start),
      deleted: false,
      implicit: true,
      intro: null,
      children: [],
      notes: [],
      range: this.index.range(start, start),
      eId: "",
      label: "",
    };
    const open: OpenDivision = {
      div,
      rank: RANK_PRIMARY,
      depth: 0,
      pstack: [],
      introSpans: [],
      headingSpans: [],
      awaitingTitle: false,
    };
    this.body.push(div);
    this.stack.push(open);
    return open;
  }

  // ---- provisions ----------------------------------------------------------------------------

  private container(): { pstack: OpenProvision[]; children: (Division | Provision)[]; div: OpenDivision | null } {
    const top = lastItem(this.stack);
    if (top) return { pstack: top.pstack, children: top.div.children, div: top };
    return { pstack: this.bodyStack, children: this.body, div: null };
  }

  private enumerator(l: Line): void {
    this.lastNote = null;
    const lead = l.lead as Lead;
    const c = this.container();
    const resolved = this.resolveStyle(lead, c.pstack);
    const style = resolved.style;
    let num = resolved.num;
    // a sibling of an open provision of the same style, else nested under the innermost
    let level = c.pstack.findIndex((p) => p.style === style);
    if (level < 0) {
      level = c.pstack.length;
      const top = lastItem(c.pstack);
      if (top && top.style === "none" && !/[:\u2014-]\s*$/.test(top.last)) level = c.pstack.length - 1;
    }
    const prevSibling = c.pstack[level];
    this.popProvisions(c.pstack, level);
    const parent = level > 0 ? (c.pstack[level - 1] ?? null) : null;
    if (
      prevSibling &&
      prevSibling.prov.num !== null &&
      num !== null &&
      !followsInSequence(prevSibling.prov.num, num, style)
    ) {
      const flat = flattenedSuperscript(prevSibling.prov.num, num);
      if (flat !== null && (style === "dec-dot" || style === "dec-paren")) {
        this.diagnostics.push({
          type: "ParseDiagnostic",
          code: "superscript-flattened",
          severity: "info",
          message: `${lead.image} read as ${flat}: a superscript number written flat`,
          range: this.index.range(lead.startOffset, lead.startOffset + lead.image.length),
        });
        num = flat;
      } else
        this.diagnostics.push({
          type: "ParseDiagnostic",
          code: "number-out-of-sequence",
          severity: "warning",
          message: `${lead.image} does not follow ${prevSibling.prov.enumerator ?? prevSibling.prov.num}`,
          range: this.index.range(lead.startOffset, lead.startOffset + lead.image.length),
        });
    }
    const kind = this.provisionKind(style, parent, c.div);
    const prov = this.newProvision(kind, lead.image, num, style);
    const open: OpenProvision = {
      prov,
      style,
      start: lead.startOffset,
      end: l.end,
      introSpans: l.spans,
      wrapSpans: [],
      last: this.spanText(l.spans),
    };
    if (DELETED_PATTERN.test(open.last)) prov.deleted = true;
    if (parent) {
      if (parent.prov.children.length === 0 && parent.wrapSpans.length > 0) {
        // text between two lists stays intro text
        parent.introSpans.push(...parent.wrapSpans);
        parent.wrapSpans = [];
      }
      parent.prov.children = pushTo(parent.prov.children, prov);
    } else c.children.push(prov);
    c.pstack.push(open);
    this.gap = false;
  }

  private provisionKind(style: NumStyle, parent: OpenProvision | null, div: OpenDivision | null): ProvisionKind {
    if (style === "dash" || style === "bullet") return "indent";
    if (style === "none") return "alinea";
    const atTop = parent === null || (parent.style === "none" && parent.prov === this.firstProvisionOf(div));
    if (atTop && (style === "dec-dot" || style === "paren-dec" || style === "dotted")) {
      const primarySection = div && div.div.kind === "section" && div.rank === RANK_PRIMARY;
      return primarySection && style === "paren-dec" ? "subsection" : "paragraph";
    }
    return "point";
  }

  private firstProvisionOf(div: OpenDivision | null): Provision | null {
    const children = div ? div.div.children : this.body;
    const first = children[0];
    return first && first.type === "Provision" ? first : null;
  }

  /** Style of an enumerator, with roman-vs-letter ambiguity resolved by the open lists. */
  private resolveStyle(lead: Lead, pstack: OpenProvision[]): { style: NumStyle; num: string | null } {
    const image = lead.image;
    switch (lead.tokenType.name) {
      case "EnumDotted": {
        const num = image.replace(/\.$/, "");
        const depth = num.split(".").length;
        return { style: depth >= 2 ? ("dotted" as NumStyle) : "dec-dot", num };
      }
      case "EnumDecDot":
        return { style: "dec-dot", num: image.slice(0, -1) };
      case "EnumDecParen":
        return { style: "dec-paren", num: image.slice(0, -1) };
      case "EnumParenDec":
        return { style: "paren-dec", num: image.replace(/^\(|\)\.?$/g, "") };
      case "EnumDash":
        return { style: "dash", num: null };
      case "EnumBullet":
        return { style: "bullet", num: null };
      case "EnumParenLetter": {
        const num = image.slice(1, -1);
        if (/^[\u0400-\u04FF]+$/.test(num)) return { style: "paren-cyr", num };
        const upper = num === num.toUpperCase();
        const alpha: NumStyle = upper ? "paren-ALPHA" : "paren-alpha";
        const roman: NumStyle = upper ? "paren-ROMAN" : "paren-roman";
        return { style: this.romanOrLetter(num, alpha, roman, pstack), num };
      }
      default: {
        // EnumLetterParen: a) а) iv)
        const num = image.slice(0, -1);
        if (/^[\u0400-\u04FF]$/.test(num)) return { style: "cyr-paren", num };
        return { style: this.romanOrLetter(num, "alpha-paren", "paren-roman", pstack), num };
      }
    }
  }

  private romanOrLetter(num: string, alpha: NumStyle, roman: NumStyle, pstack: OpenProvision[]): NumStyle {
    const lower = num.toLowerCase();
    const romanV = romanValue(lower);
    if (romanV === null) return alpha;
    const alphaList = pstack.find((p) => p.style === alpha);
    const romanList = pstack.find((p) => p.style === roman);
    if (lower.length === 1 && alphaList?.prov.num) {
      const prev = alphaList.prov.num.toLowerCase();
      if (prev.length === 1 && prev.charCodeAt(0) + 1 === lower.charCodeAt(0)) return alpha;
    }
    if (romanList?.prov.num) {
      const prevV = romanValue(romanList.prov.num.toLowerCase());
      if (prevV !== null && prevV + 1 === romanV) return roman;
    }
    if (lower.length > 1) return roman;
    if (lower === "i") return roman;
    return alpha;
  }

  /** A provision whose range is set when it closes (`finishProvision`) or by the caller. */
  private newProvision(kind: ProvisionKind, enumerator: string | null, num: string | null, style: NumStyle): Provision {
    return {
      type: "Provision",
      kind,
      enumerator,
      num: num === null ? null : normaliseNum(num),
      style,
      intro: null,
      // most provisions are leaves: they share one frozen empty array until they get a child or note
      children: NONE,
      wrapUp: null,
      sentences: NONE,
      deleted: false,
      notes: NONE,
      range: PENDING,
      eId: "",
      label: "",
    };
  }

  private text(l: Line): void {
    if (l.spans.length === 0) return;
    if (this.lastNote && !this.gap) {
      // a wrapped note line
      this.lastNote.spans.push(...l.spans);
      const n = this.lastNote.note;
      n.text = textBlock(this.index, this.lastNote.spans);
      n.range = this.index.range(n.range.start.offset, (lastItem(l.spans) as Span)[1]);
      return;
    }
    const c = this.container();
    const text = this.spanText(l.spans);
    const top = lastItem(c.pstack);
    if (top && !this.gap) {
      // a wrapped line continues the innermost provision
      this.appendText(top, l, text);
      return;
    }
    if (top && top.style !== "none") {
      const parent = c.pstack.length > 1 ? c.pstack[c.pstack.length - 2] : undefined;
      if (parent && /[.!?»"”)]$/.test(top.last) && /[:\u2014]\s*$/.test(lastIntro(parent, this.source))) {
        // after a closed list: the parent's wrap-up
        this.popProvisions(c.pstack, c.pstack.length - 1);
        parent.wrapSpans.push(...l.spans);
        parent.last = text;
        this.gap = false;
        return;
      }
      this.appendText(top, l, text);
      this.gap = false;
      return;
    }
    if (top && top.style === "none" && c.pstack.length > 1) {
      this.appendText(top, l, text);
      this.gap = false;
      return;
    }
    if (top && top.wrapSpans.length > 0) {
      this.appendText(top, l, text);
      this.gap = false;
      return;
    }
    // A new unnumbered alinea directly in the container.
    this.popProvisions(c.pstack, 0);
    const prov = this.newProvision("alinea", null, null, "none");
    const open: OpenProvision = {
      prov,
      style: "none",
      start: (l.spans[0] as Span)[0],
      end: (lastItem(l.spans) as Span)[1],
      introSpans: l.spans,
      wrapSpans: [],
      last: text,
    };
    c.children.push(prov);
    c.pstack.push(open);
    this.gap = false;
  }

  private appendText(p: OpenProvision, l: Line, text: string): void {
    if (p.prov.children.length > 0) p.wrapSpans.push(...l.spans);
    else p.introSpans.push(...l.spans);
    p.last = text;
    this.gap = false;
  }

  // ---- closing -------------------------------------------------------------------------------

  /** Closes provisions from `level` up (finalising their text blocks and ranges). */
  private popProvisions(pstack: OpenProvision[], level: number): void {
    while (pstack.length > level) this.finishProvision(pstack.pop() as OpenProvision);
  }

  private closeProvisions(pstack: OpenProvision[]): void {
    this.popProvisions(pstack, 0);
  }

  private finishProvision(p: OpenProvision): void {
    const prov = p.prov;
    prov.intro = p.introSpans.length > 0 ? textBlock(this.index, p.introSpans) : null;
    prov.wrapUp = p.wrapSpans.length > 0 ? textBlock(this.index, p.wrapSpans) : null;
    let end = p.end;
    const lastSpan = lastItem(p.wrapSpans) ?? lastItem(p.introSpans);
    if (lastSpan) end = Math.max(end, lastSpan[1]);
    const lastChild = lastItem(prov.children);
    if (lastChild) end = Math.max(end, lastChild.range.end.offset);
    const notes = prov.notes;
    for (let k = 0; k < notes.length; k++) end = Math.max(end, (notes[k] as Note).range.end.offset);
    // a list grown by `push` keeps spare slots (17 after the second push): the AST keeps an
    // exact copy (the grown one is still young, and dies cheaply)
    if (prov.children.length > 1) prov.children = prov.children.slice();
    if (notes.length > 1) prov.notes = notes.slice();
    // share the end position with whatever ends the provision (read-only ranges, fewer objects)
    const endsWith =
      prov.wrapUp?.range.end.offset === end
        ? prov.wrapUp.range
        : lastChild?.range.end.offset === end
          ? lastChild.range
          : prov.intro?.range.end.offset === end
            ? prov.intro.range
            : undefined;
    // an unnumbered provision starts where its text does: it shares the text's start position,
    // and its whole range when it also ends there
    const intro = prov.intro;
    if (intro !== null && intro.range.start.offset === p.start) {
      prov.range =
        endsWith === intro.range
          ? intro.range
          : { start: intro.range.start, end: endsWith ? endsWith.end : this.index.position(end) };
    } else {
      prov.range = { start: this.index.position(p.start), end: endsWith ? endsWith.end : this.index.position(end) };
    }
  }

  private closeDivisionsTo(keep: number): void {
    while (this.stack.length - 1 > keep) this.finishDivision(this.stack.pop() as OpenDivision);
  }

  private closeAll(): void {
    this.closeDivisionsTo(-1);
    this.closeProvisions(this.bodyStack);
  }

  private finishDivision(d: OpenDivision): void {
    this.closeProvisions(d.pstack);
    const div = d.div;
    // An unnumbered lead-in ending with ":" whose points follow is the division's intro.
    const first = div.children[0];
    if (first && first.type === "Provision" && first.kind === "alinea" && first.children.length > 0 && first.intro) {
      div.intro = first.intro;
      div.notes.push(...first.notes);
      const rest = div.children.slice(1);
      const lifted = first.children;
      for (const child of lifted)
        if (child.kind === "point" && (child.style === "dec-dot" || child.style === "paren-dec"))
          child.kind = "paragraph";
      div.children = [...lifted, ...rest];
      if (first.wrapUp) {
        // the text after the points is a trailing alinea of the division
        const wrap = this.newProvision("alinea", null, null, "none");
        wrap.range = first.wrapUp.range;
        wrap.intro = first.wrapUp;
        div.children.splice(lifted.length, 0, wrap);
      }
    }
    let end = div.range.end.offset;
    const last = lastItem(div.children);
    if (last) end = Math.max(end, last.range.end.offset);
    for (const n of div.notes) end = Math.max(end, n.range.end.offset);
    // exact copies of the lists grown by `push` (see finishProvision)
    if (div.children.length > 0) div.children = div.children.slice();
    if (div.notes.length > 0) div.notes = div.notes.slice();
    const endsWith = [last?.range, div.headingRange].find((r) => r?.end.offset === end);
    // a division that ends with its heading has the heading's range (the same object)
    div.range =
      endsWith === div.headingRange
        ? div.headingRange
        : { start: div.headingRange.start, end: endsWith ? endsWith.end : this.index.position(end) };
  }

  // ---- numbering of divisions ----------------------------------------------------------------

  private checkDivisionNumbers(doc: Document): void {
    // Articles are numbered through the body (annexes restart); other kinds per parent.
    const seen = new Map<string, Division>();
    let prevArticle: Division | null = null;
    const visit = (nodes: (Division | Provision)[], inAnnex: boolean): void => {
      let prevByKind = new Map<DivisionKind, Division>();
      for (let k = 0; k < nodes.length; k++) {
        const n = nodes[k] as Division | Provision;
        if (n.type !== "Division") continue;
        if (n.kind === "annex") {
          prevByKind = new Map();
          visit(n.children, true);
          continue;
        }
        if (n.kind === "article" && !n.implicit && n.num !== null) {
          const scope = inAnnex ? "annex:" : "";
          const prev = inAnnex ? prevByKind.get("article") : prevArticle;
          this.flattenedSuperscript(n, prev ?? null);
          const key = `${scope}${n.normNum}`;
          const dup = seen.get(key);
          if (dup) this.duplicate(n, dup);
          else if (prev?.normNum && n.normNum && !followsInSequence(prev.normNum, n.normNum, "heading")) {
            this.outOfSequence(n, prev);
          }
          seen.set(key, n);
          if (inAnnex) prevByKind.set("article", n);
          else prevArticle = n;
        } else if (n.num !== null && n.kind !== "heading" && n.kind !== "article") {
          const prev = prevByKind.get(n.kind);
          if (prev?.normNum && n.normNum && !followsInSequence(prev.normNum, n.normNum, "heading")) {
            // chapters and sections often run through the whole act: check against the last one seen
            const global = this.lastOfKind.get(n.kind);
            if (!global?.normNum || !followsInSequence(global.normNum, n.normNum, "heading"))
              this.outOfSequence(n, prev);
          }
          prevByKind.set(n.kind, n);
          this.lastOfKind.set(n.kind, n);
        }
        visit(n.children, inAnnex);
      }
    };
    visit(doc.body, false);
  }

  private readonly lastOfKind = new Map<DivisionKind, Division>();

  /** `Статья 671` after `Статья 67` is 67¹ written flat: read it as `67-1`. */
  private flattenedSuperscript(n: Division, prev: Division | null): void {
    if (!prev?.normNum || n.num === null) return;
    const flat = flattenedSuperscript(prev.normNum, n.num);
    if (flat !== null) {
      const [b, d] = flat.split("-").map(Number) as [number, number];
      n.normNum = flat;
      this.diagnostics.push({
        type: "ParseDiagnostic",
        code: "superscript-flattened",
        severity: "info",
        message: `${n.keyword} ${n.num} read as ${b}${superscript(d)} (${n.normNum}): a superscript number written flat`,
        range: n.headingRange,
      });
    }
  }

  private outOfSequence(n: Division, prev: Division): void {
    this.diagnostics.push({
      type: "ParseDiagnostic",
      code: "number-out-of-sequence",
      severity: "warning",
      message: `${n.keyword} ${n.num} does not follow ${prev.keyword} ${prev.num}`,
      range: n.headingRange,
    });
  }

  private duplicate(n: Division, first: Division): void {
    this.diagnostics.push({
      type: "ParseDiagnostic",
      code: "duplicate-number",
      severity: "warning",
      message: `${n.keyword} ${n.num} is numbered like the one at line ${first.headingRange.start.line}`,
      range: n.headingRange,
    });
  }
}

/** `671` after `67` (or after `67-…`) is `67-1`; null when `num` is not such a flattened number. */
function flattenedSuperscript(prev: string, num: string): string | null {
  const v = mainValue(num);
  const base = /^(\d+)/.exec(normaliseNum(prev));
  if (v === null || !base) return null;
  const b = Number(base[1]);
  if (v === b + 1 || v < 10) return null;
  return Math.floor(v / 10) === b && v % 10 >= 1 ? `${b}-${v % 10}` : null;
}

/** A line ending in an article, preposition or conjunction stops mid-sentence. */
const FUNCTION_WORD_END =
  /(?:^|\s)(?:the|of|and|or|to|in|for|a|an|by|with|on|der|die|das|des|dem|den|und|oder|von|zu|im|mit|и|или|в|на|с|по|для|о|от|к|не|мен|және|немесе|да|де|та|те)$/i;

function superscript(d: number): string {
  return (
    ["\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074", "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"][d] ?? String(d)
  );
}

function onlyBlanks(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 10 || c === 13;
}

function lastIntro(p: OpenProvision, source: string): string {
  const s = lastItem(p.wrapSpans) ?? lastItem(p.introSpans);
  return s ? source.slice(s[0], s[1]) : EMPTY_RANGE_TEXT;
}

/** `Article 7-1` → keyword `Article`, num `7-1`; `7-1-бап` → `бап`, `7-1`; `I БӨЛІМ` → `БӨЛІМ`, `I`. */
export function splitHeading(image: string, after: readonly string[]): { keyword: string; num: string | null } {
  const s = image.trim();
  const last = /([^\s\-\u2011\u2013]+)$/.exec(s)?.[1]?.toLowerCase() ?? "";
  if (after.includes(last) && s.length > last.length) {
    // Kazakh: the number comes first (`7-1-бап`, `I БӨЛІМ`, `Бірінші бөлім`)
    const m = /^(\d{1,4}(?:-\d{1,3})*|[IVXLCDM]{1,8})(?:[-\u2011\u2013]\s?|\s+)(\S+)$/.exec(s);
    if (m) return { keyword: m[2] as string, num: m[1] as string };
    const o = /^(\S+)\s+(\S+)$/.exec(s);
    if (o) return { keyword: o[2] as string, num: o[1] as string };
  }
  const sign = /^(§)\s*(.*)$/.exec(s);
  if (sign) return { keyword: "§", num: (sign[2] as string) || null };
  const m = /^(\S+)\s+(.+)$/.exec(s);
  if (m) return { keyword: m[1] as string, num: m[2] as string };
  return { keyword: s, num: null };
}

/** Drops the separator between a heading number and its title, and trailing emphasis marks. */
function stripSeparator(source: string, spans: Span[]): Span[] {
  const out = spans.map((s) => [...s] as Span);
  const first = out[0];
  if (first) {
    const text = source.slice(first[0], first[1]);
    const m = /^[\s.:]*(?:[-\u2013\u2014][\s]*)?(?:\*{1,3}|_{2,3})?\s*/.exec(text);
    if (m) first[0] += m[0].length;
    if (first[0] >= first[1]) out.shift();
  }
  const last = lastItem(out);
  if (last) {
    last[1] -= trailingMarks(source, last[0], last[1]);
    if (last[1] <= last[0]) out.pop();
  }
  return out;
}

/**
 * Length of what `/\s*(?:\*{1,3}|_{2,3})?\s*$/` matches in `source.slice(from, to)`: white space,
 * one run of emphasis marks, white space, at the end. Read from the end: the regex tries every
 * position of the title from the left.
 */
export function trailingMarks(source: string, from: number, to: number): number {
  let e = to;
  while (e > from && isWhiteSpace(source.charCodeAt(e - 1))) e--;
  const c = e > from ? source.charCodeAt(e - 1) : -1;
  let run = 0;
  if (c === 42 /* * */ || c === 95 /* _ */) {
    while (e - run > from && source.charCodeAt(e - run - 1) === c) run++;
    run = c === 95 && run < 2 ? 0 : Math.min(run, 3);
  }
  if (run === 0) return to - e;
  let s = e - run;
  while (s > from && isWhiteSpace(source.charCodeAt(s - 1))) s--;
  return to - s;
}

function trimTitleSpans(source: string, spans: Span[], title: string): Span[] {
  const first = spans[0];
  if (!first || title.length === 0) return [];
  const text = source.slice(first[0], first[1]);
  const at = text.indexOf(title);
  const s: Span = [first[0] + Math.max(0, at), first[1]];
  return stripSeparator(source, [s, ...spans.slice(1)]);
}
