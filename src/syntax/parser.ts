/**
 * The Chevrotain parser of bills: a total line grammar. Every token sequence up to a newline is
 * a line, so no input is a syntax error; what a line means (heading, provision, note, layout) is
 * decided here from its tokens, and how lines nest is decided by the builder.
 *
 *   document := line*
 *   line     := prefix* lead? rest* NL
 *   prefix   := MdHashes | Quote | Emph | Comment | CommentOpen | Rule
 *   lead     := Heading | Enumerator | NoteStart | Fence | FrontMatter | Text
 *   rest     := Text | Comment | CommentOpen | Emph
 */
import { EmbeddedActionsParser, type IOrAlt, type IToken, type TokenType, tokenMatcher } from "chevrotain";
import {
  allTokens,
  billLexer,
  Comment,
  CommentOpen,
  Emph,
  Enumerator,
  Fence,
  FRONT_MATTER_PATTERN,
  FrontMatter,
  Heading,
  LineText,
  MdHashes,
  NL,
  NoteStart,
  Quote,
  Rule,
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

function leadKindOf(token: IToken): LeadKind | null {
  if (leadKindByType === undefined) {
    leadKindByType = [];
    for (const type of allTokens) leadKindByType[type.tokenTypeIdx as number] = leadKindOfType(type);
  }
  const kind = leadKindByType[token.tokenTypeIdx];
  return kind === undefined ? leadKindOfType(token.tokenType) : kind;
}

class BillParser extends EmbeddedActionsParser {
  // Rules run once per line, so their bodies allocate nothing: the loop bodies and the
  // alternatives are built once, and the state of the current line lives on the instance.
  private records: LineRecord[] = [];
  /** The current line's tokens: `tokens[0, tokenCount)` (a scratch array kept from line to line). */
  private tokens: IToken[] = [];
  private tokenCount = 0;

  private readonly alts: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(MdHashes) },
    { ALT: () => this.CONSUME(Quote) },
    { ALT: () => this.CONSUME(Emph) },
    { ALT: () => this.CONSUME(Rule) },
    { ALT: () => this.CONSUME(Comment) },
    { ALT: () => this.CONSUME(CommentOpen) },
    { ALT: () => this.CONSUME(Heading) },
    { ALT: () => this.CONSUME(Enumerator) },
    { ALT: () => this.CONSUME(NoteStart) },
    { ALT: () => this.CONSUME(Fence) },
    { ALT: () => this.CONSUME(FrontMatter) },
    { ALT: () => this.CONSUME(Text) },
  ];

  private readonly lineToken = (): void => {
    const t = this.OR(this.alts);
    if (!this.RECORDING_PHASE) this.tokens[this.tokenCount++] = t;
  };

  private readonly nextLine = (): void => {
    const record = this.SUBRULE(this.line);
    if (!this.RECORDING_PHASE) this.records.push(record);
  };

  constructor() {
    super(allTokens, {
      recoveryEnabled: true,
      maxLookahead: 1,
      skipValidations: process.env.RIGHTSLINT_VALIDATE_GRAMMAR !== "1",
    });
    this.performSelfAnalysis();
  }

  document = this.RULE("document", (): LineRecord[] => {
    this.records = [];
    this.MANY(this.nextLine);
    const records = this.records;
    this.records = [];
    // let go of the last line's tokens (they hold slices of the text)
    this.tokens.length = 0;
    this.tokenCount = 0;
    return records;
  });

  line = this.RULE("line", (): LineRecord => {
    // one scratch array for every line, overwritten rather than emptied (`length = 0` would
    // drop its backing store, and the next line's first push allocate 17 slots again);
    // `classify` copies what a record keeps
    this.tokenCount = 0;
    this.MANY(this.lineToken);
    const nl = this.CONSUME(NL);
    if (this.RECORDING_PHASE) return RECORDING as LineRecord;
    return classify(this.tokens, this.tokenCount, nl);
  });
}

/** What `line` returns while Chevrotain records the grammar (never used). */
const RECORDING = Object.freeze({});

/** Splits a line's tokens, `tokens[0, count)`, into layout prefixes, the lead token and the rest. */
function classify(tokens: IToken[], count: number, nl: IToken): LineRecord {
  // Most lines are `lead rest?`: find the lead, then slice (no arrays for empty parts).
  let at = 0;
  let leadKind: LeadKind | null = null;
  for (; at < count; at++) {
    leadKind = leadKindOf(tokens[at] as IToken);
    if (leadKind !== null) break;
  }
  if (leadKind === null) {
    return {
      prefixes: count === 0 ? NO_TOKENS : tokens.slice(0, count),
      lead: null,
      leadKind: null,
      rest: NO_TOKENS,
      nl,
    };
  }
  return {
    prefixes: at === 0 ? NO_TOKENS : tokens.slice(0, at),
    lead: tokens[at] as IToken,
    leadKind,
    rest: at + 1 === count ? NO_TOKENS : tokens.slice(at + 1, count),
    nl,
  };
}

/** Shared empty token list (never written). */
const NO_TOKENS: IToken[] = Object.freeze([]) as unknown as IToken[];

let parser: BillParser | undefined;

export interface LexParseResult {
  lines: LineRecord[];
  /** Lexer and parser errors (the grammar is total, so these mean a defect; they never throw). */
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
  parser ??= new BillParser();
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
    if (start > 0) {
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k] as IToken;
        t.startOffset += start;
        if (t.endOffset !== undefined) t.endOffset += start;
      }
    }
    parser.input = tokens;
    const lines = parser.document() ?? [];
    // let go of the token vector: the records hold what is needed, and die one by one
    parser.input = [];
    for (const e of parser.errors) {
      const offset = Number.isFinite(e.token.startOffset) ? e.token.startOffset : start;
      errors.push({ message: e.message, offset, length: e.token.image.length });
    }
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
