/**
 * The typed AST of a bill. Positions: line and column 1-based, column in UTF-16 code units
 * (what LSP and SARIF use), offset 0-based into the source string.
 */

export type Language = "en" | "ru" | "kk";

export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Position;
  /** Exclusive end: the position just after the last character. */
  end: Position;
}

/**
 * A run of the bill's own prose: the text of a provision, a heading title, a preamble.
 * When its lines follow one another (blank lines and indentation between them) `text` is that
 * stretch of the source, line breaks and indentation included, and `segments` has one entry;
 * when something else stands between its lines (a comment, a note) the lines are joined with
 * "\n" and each has a segment. Either way segment i maps
 * `text.slice(textStart, textStart + (end - start))` to `source.slice(start, end)`.
 */
export interface TextBlock {
  type: "Text";
  text: string;
  range: Range;
  segments: TextSegment[];
}

export interface TextSegment {
  /** Offset of the segment in `TextBlock.text`. */
  textStart: number;
  /** Source offsets [start, end). */
  start: number;
  end: number;
}

export interface Sentence {
  type: "Sentence";
  text: string;
  range: Range;
}

export type DivisionKind =
  | "book"
  | "part"
  | "title"
  | "subtitle"
  | "section"
  | "chapter"
  | "subchapter"
  | "article"
  | "annex"
  | "heading";

export type ProvisionKind = "paragraph" | "subsection" | "point" | "indent" | "alinea";

/** Numbering style of an enumerator, used to nest provisions and to check sequences. */
export type NumStyle =
  | "dec-dot" // 1.  3-1.
  | "dec-paren" // 1)  10-1)
  | "paren-dec" // (1)  (2a)
  | "paren-alpha" // (a)
  | "paren-roman" // (iv)
  | "paren-ALPHA" // (A)
  | "paren-ROMAN" // (IV)
  | "alpha-paren" // a)
  | "cyr-paren" // а)
  | "paren-cyr" // (а)
  | "dotted" // 1.1.
  | "dash" // — – -
  | "bullet" // * • +
  | "none"; // unnumbered

interface NodeBase {
  range: Range;
  /** Akoma Ntoso full-path eId (`chp_2__art_7-1__para_3__point_a`); "" for implicit nodes. */
  eId: string;
  /** Human label in the bill's language: `Art. 7-1(3)(a)`, `ст. 7-1 п. 3 пп. а)`, `7-1-бап 3-тармақ а) тармақша`. */
  label: string;
}

export interface Division extends NodeBase {
  type: "Division";
  kind: DivisionKind;
  /** The number exactly as written (`7-1`, `IV`, `ПЕРВЫЙ`, `671`), or null when the heading has none. */
  num: string | null;
  /** The number as used for eIds, labels and sequence checks (`67-1` for a flattened `671`). */
  normNum: string | null;
  /** The heading keyword as written (`Article`, `Статья`, `бап`, `§`). */
  keyword: string;
  heading: TextBlock | null;
  /** Range of the heading line(s): keyword, number and title. */
  headingRange: Range;
  deleted: boolean;
  /** True for the article wrapped around a fragment that has no headings. */
  implicit: boolean;
  /** Text between the heading and the first child provision (an unnumbered lead-in). */
  intro: TextBlock | null;
  children: (Division | Provision)[];
  notes: Note[];
}

export interface Provision extends NodeBase {
  type: "Provision";
  kind: ProvisionKind;
  /** Enumerator exactly as written (`1.`, `3-1.`, `(a)`, `10-1)`), null for an unnumbered alinea. */
  enumerator: string | null;
  /** Clean number (`1`, `3-1`, `a`, `10-1`, `iv`), null for an unnumbered alinea. */
  num: string | null;
  style: NumStyle;
  /** Text before the children (the whole text when there are no children). */
  intro: TextBlock | null;
  children: Provision[];
  /** Text after the children. */
  wrapUp: TextBlock | null;
  sentences: Sentence[];
  deleted: boolean;
  notes: Note[];
}

export interface Note {
  type: "Note";
  /** `Footnote`, `Сноска`, `Примечание`, `Ескерту`. */
  keyword: string;
  text: TextBlock;
  range: Range;
}

export interface Comment {
  type: "Comment";
  /** The text between `<!--` and `-->`, trimmed. */
  value: string;
  range: Range;
}

export type MarkupKind = "front-matter" | "fence" | "anchor" | "blockquote" | "emphasis" | "rule";

/** Lines that carry layout, not law: Markdown anchors, stamps in blockquotes, bold signature lines, fences. */
export interface Markup {
  type: "Markup";
  kind: MarkupKind;
  range: Range;
}

export interface Definition {
  type: "Definition";
  term: string;
  /** How it was defined: a definitions article, `means`, `(hereinafter "X")`, `(далее – X)`. */
  form: "definitions-list" | "means" | "hereinafter";
  range: Range;
  /** eId of the provision holding the definition. */
  provisionEId: string;
}

export interface Reference {
  type: "Reference";
  text: string;
  range: Range;
  /** eId of the provision the reference appears in. */
  sourceEId: string;
  /** eId of the target node inside this bill; null when external or unresolved. */
  targetEId: string | null;
  external: boolean;
}

export type DiagnosticSeverity = "error" | "warning" | "info";

export interface ParseDiagnostic {
  type: "ParseDiagnostic";
  code:
    | "number-out-of-sequence"
    | "duplicate-number"
    | "heading-without-number"
    | "superscript-flattened"
    | "unterminated-comment"
    | "syntax";
  severity: DiagnosticSeverity;
  message: string;
  range: Range;
}

export interface Document {
  type: "Document";
  language: Language;
  /** The first title line (`# Title` in Markdown, an all-capitals line, ...). */
  title: TextBlock | null;
  /** Recitals and other text before the body. */
  preamble: TextBlock | null;
  /** `ПРИКАЗЫВАЮ:`, `HAVE ADOPTED THIS REGULATION:`, `Be it enacted ...`. */
  enactingFormula: TextBlock | null;
  /** Top-level divisions (and provisions that stand outside any division). Annexes come last. */
  body: (Division | Provision)[];
  notes: Note[];
  comments: Comment[];
  markup: Markup[];
  definitions: Definition[];
  references: Reference[];
  diagnostics: ParseDiagnostic[];
  range: Range;
}

export type Node = Document | Division | Provision | Note | Comment | Markup | Sentence | TextBlock;
