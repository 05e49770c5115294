/**
 * The line parser of bills: the tokens of the lexer (tokens.ts) grouped into lines, each
 * classified. The grammar is total: every token sequence up to a line break is a line, so no
 * input is a syntax error; what a line means (heading, provision, note, layout) is decided here
 * from its tokens, and how lines nest is decided by the builder.
 *
 *   document := line*
 *   line     := token* NL
 *   token    := prefix* lead? rest*   (the first token of a lead type is the lead)
 *   prefix   := MdHashes | Quote | Emph | Comment | CommentOpen | Rule
 *   lead     := Heading | Enumerator | NoteStart | Fence | FrontMatter | Text
 *   rest     := Text | Comment | CommentOpen | Emph
 *
 * A grammar this flat needs no parser engine: one loop over the token vector finds the line
 * breaks (it was a Chevrotain EmbeddedActionsParser, whose per-token machinery cost more than
 * the classification, and whose optimised code took several MB to compile).
 */
import { type IToken, type TokenType, tokenMatcher } from "chevrotain";
import {
  allTokens,
  billLexer,
  CommentOpen,
  Enumerator,
  Fence,
  FRONT_MATTER_PATTERN,
  FrontMatter,
  Heading,
  LineText,
  NL,
  NoteStart,
  setChunkBase,
  Text,
} from "./tokens.js";

export type LeadKind = "heading" | "enumerator" | "note" | "fence" | "front-matter" | "text";

export interface LineRecord {
  /** Layout before the lead: `#` marks, `>`, emphasis, comments, rules. */
  prefixes: IToken[];
  lead: IToken | null;
  leadKind: LeadKind | null;
  /** Tokens after the lead (the heading title, the provision text, trailing comments). */
  rest: IToken[];
  /** The line break that ends the line (a synthetic one at the end of the input). */
  nl: IToken;
}

const LEAD_TYPES: readonly TokenType[] = [Heading, Enumerator, NoteStart, Fence, FrontMatter, Text];
const LEAD_KINDS: readonly LeadKind[] = ["heading", "enumerator", "note", "fence", "front-matter", "text"];

function leadKindOfType(type: TokenType): LeadKind | null {
  // a token of `type` as Chevrotain's matcher sees it (its type index and categories)
  const probe = { tokenTypeIdx: type.tokenTypeIdx, tokenType: type } as IToken;
  for (let k = 0; k < LEAD_TYPES.length; k++) {
    if (tokenMatcher(probe, LEAD_TYPES[k] as TokenType)) return LEAD_KINDS[k] as LeadKind;
  }
  return null;
}

/** The lead kind of each token type, by `tokenTypeIdx`: one lookup per token instead of six matcher calls. */
let leadKindByType: (LeadKind | null | undefined)[] | undefined;
/** Whether each token type, by `tokenTypeIdx`, is a line break (NL or of its category). */
let breakByType: boolean[] | undefined;

function tables(): void {
  leadKindByType = [];
  breakByType = [];
  for (const type of allTokens) {
    const probe = { tokenTypeIdx: type.tokenTypeIdx, tokenType: type } as IToken;
    leadKindByType[type.tokenTypeIdx as number] = leadKindOfType(type);
    breakByType[type.tokenTypeIdx as number] = tokenMatcher(probe, NL);
  }
}

function leadKindOf(token: IToken): LeadKind | null {
  if (leadKindByType === undefined) tables();
  const kind = (leadKindByType as (LeadKind | null | undefined)[])[token.tokenTypeIdx];
  return kind === undefined ? leadKindOfType(token.tokenType) : kind;
}

function isLineBreak(token: IToken): boolean {
  if (breakByType === undefined) tables();
  return (breakByType as boolean[])[token.tokenTypeIdx] ?? tokenMatcher(token, NL);
}

/** Splits the tokens of a line, `tokens[from, to)`, into layout prefixes, the lead token and the rest. */
function classify(tokens: IToken[], from: number, to: number, nl: IToken): LineRecord {
  // Most lines are `lead rest?`: find the lead, then slice (no arrays for empty parts).
  let at = from;
  let leadKind: LeadKind | null = null;
  for (; at < to; at++) {
    leadKind = leadKindOf(tokens[at] as IToken);
    if (leadKind !== null) break;
  }
  if (leadKind === null) {
    return {
      prefixes: to === from ? NO_TOKENS : tokens.slice(from, to),
      lead: null,
      leadKind: null,
      rest: NO_TOKENS,
      nl,
    };
  }
  return {
    prefixes: at === from ? NO_TOKENS : tokens.slice(from, at),
    lead: tokens[at] as IToken,
    leadKind,
    rest: at + 1 === to ? NO_TOKENS : tokens.slice(at + 1, to),
    nl,
  };
}

/**
 * The line records of a chunk's tokens, their offsets moved by `shift` (the chunk's offset in the
 * text). Every line ends with a line-break token (NL or its category); the lexer's input always
 * ends with a line break, so tokens after the last one cannot occur (they would make a line
 * ending with a synthetic empty break, and an error).
 */
function groupLines(tokens: IToken[], shift: number, errors: LexParseResult["errors"]): LineRecord[] {
  const records: LineRecord[] = [];
  let from = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as IToken;
    if (shift !== 0) {
      t.startOffset += shift;
      if (t.endOffset !== undefined) t.endOffset += shift;
    }
    if (isLineBreak(t)) {
      records.push(classify(tokens, from, k, t));
      from = k + 1;
    }
  }
  if (from < tokens.length) {
    const lastTok = tokens[tokens.length - 1] as IToken;
    const at = lastTok.startOffset + lastTok.image.length;
    const nl = {
      image: "",
      startOffset: at,
      endOffset: at - 1,
      tokenType: NL,
      tokenTypeIdx: NL.tokenTypeIdx,
    } as IToken;
    records.push(classify(tokens, from, tokens.length, nl));
    errors.push({ message: "a line without a line break at the end of the input", offset: at, length: 0 });
  }
  return records;
}

/** Shared empty token list (never written). */
const NO_TOKENS: IToken[] = Object.freeze([]) as unknown as IToken[];

export interface LexParseResult {
  lines: LineRecord[];
  /** Lexer errors (the grammar is total, so these mean a defect; they never throw). */
  errors: { message: string; offset: number; length: number }[];
}

/** Characters per chunk: tokens of one chunk at a time are alive, not those of the whole bill. */
export const CHUNK_SIZE = 16 * 1024;

/**
 * Lexes and parses `text` in chunks of whole lines, yielding each chunk's line records with
 * offsets into `text`. A chunk that would end inside a comment or a fenced block is extended,
 * so multi-line tokens are never cut. The last line gets a newline when the text lacks one.
 */
export function* parseChunks(text: string, chunkSize = CHUNK_SIZE): Generator<LexParseResult> {
  let start = 0;
  while (start < text.length) {
    let size = chunkSize;
    let end = boundary(text, start + size);
    if (start === 0) {
      // front matter is one token: the first chunk holds all of it
      const fm = FRONT_MATTER_PATTERN.exec(text);
      if (fm && end < fm[0].length) end = boundary(text, fm[0].length);
    }
    let tokens: IToken[];
    let errors: LexParseResult["errors"];
    for (;;) {
      const last = end >= text.length;
      const piece = text.slice(start, end);
      const input = last && !/[\r\n]$/.test(piece) ? `${piece}\n` : piece;
      setChunkBase(start);
      const lexed = billLexer().tokenize(input);
      tokens = lexed.tokens;
      errors = lexed.errors.map((e) => ({ message: e.message, offset: e.offset + start, length: e.length }));
      if (last || !cutsMultiLineToken(tokens)) break;
      size *= 2;
      end = boundary(text, start + size);
    }
    // the token vector dies here: the records hold what is needed, and die one by one
    const lines = groupLines(tokens, start, errors);
    yield { lines, errors };
    start = end;
  }
}

/** Offset just after the first line break at or after `at` (or the end of the text). */
function boundary(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const nl = text.indexOf("\n", at);
  if (nl >= 0) return nl + 1;
  const cr = text.indexOf("\r", at);
  return cr >= 0 ? cr + 1 : text.length;
}

/** A chunk cut inside `<!-- ... -->` or a fence shows an unclosed opener. */
function cutsMultiLineToken(tokens: IToken[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as IToken;
    if (t.tokenType === CommentOpen) return true;
    if (t.tokenType === LineText && (t.image.startsWith("```") || t.image.startsWith("~~~"))) return true;
  }
  return false;
}

/** Lexes and parses the whole text at once (tests and small inputs). */
export function parseLines(text: string): LexParseResult {
  const lines: LineRecord[] = [];
  const errors: LexParseResult["errors"] = [];
  for (const chunk of parseChunks(text, Number.POSITIVE_INFINITY)) {
    lines.push(...chunk.lines);
    errors.push(...chunk.errors);
  }
  return { lines, errors };
}
