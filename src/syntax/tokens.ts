/**
 * The Chevrotain lexer of bills. Line-oriented and multi-mode:
 *  - `line` mode at the start of every line: Markdown and layout prefixes (`#`, `>`, `**`),
 *    division headings, enumerators, note keywords, fences, front matter, comments;
 *  - `mdhead` mode after Markdown `#` marks: headings with a looser end (`##### § 1 Beginn`);
 *  - `rest` mode for the remainder of a line: one Text token (never a token per word), comments.
 * Chevrotain drops the `u` flag, so letters are explicit ranges (`\u0400-\u04FF` holds Kazakh letters).
 */
import { createToken, Lexer, type TokenType } from "chevrotain";
import { HEADING_KEYWORDS, NOTE_KEYWORDS, ORDINAL_WORDS } from "./keywords.js";

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `article` → `article|Article|ARTICLE` (longest first so `art.` never shadows `article`). */
function variants(words: readonly string[]): string {
  return variantList(words)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}

function variantList(words: readonly string[]): string[] {
  const all = new Set<string>();
  for (const w of words) {
    all.add(w);
    all.add(w.charAt(0).toUpperCase() + w.slice(1));
    all.add(w.toUpperCase());
  }
  return [...all];
}

const WS = "[ \\t\\u00A0]";
const ORD = `(?:${variants(ORDINAL_WORDS)})(?![a-zа-яёәғқңөұүһі])`;
/** A heading number: 7, 7-1, 12.1, 12a, 67¹, IV, IV-1, a single capital letter, or an ordinal word. */
const NUM_PLAIN = `\\d{1,4}(?:[.\\-]\\d{1,4})*[A-Za-z]{0,2}[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]*|[IVXLCDM]{1,8}(?:-\\d{1,3})?(?![A-Za-z])|[A-Z](?![A-Za-z])`;
const NUM = `(?:${NUM_PLAIN})`;
/** Big divisions may be numbered in words (`РАЗДЕЛ ПЕРВЫЙ`, `Часть вторая`, `PART ONE`). */
const NUM_OR_ORDINAL = `(?:${NUM_PLAIN}|${ORD})`;
/**
 * What may follow a heading number outside Markdown headings: end of line, `.`/`:`, a dash, emphasis
 * (`**Article 3.**`, and right after the number `__Article 3__`, but not a form's blank `Article 3____`).
 */
const STRICT_END =
  "(?=[.:]?(?:[ \\t]*(?:[\\r\\n*]|[-\\u2013\\u2014][ \\t])|_{1,3}(?![_0-9A-Za-z\\u00C0-\\u024F\\u0400-\\u04FF]))|[.:][ \\t]|[ \\t]*[\\u2013\\u2014])";
/** In a Markdown heading the title may follow the number directly: `##### § 1 Beginn`. */
const LOOSE_END = "(?![0-9A-Za-z\\u00C0-\\u024F\\u0400-\\u04FF])";
/** A heading keyword without a number: `Article` alone, `Section - Front matter`. */
const NO_NUM_END = "(?=[ \\t]*(?:[\\r\\n]|[:\\-\\u2013\\u2014][ \\t]))";

function headingPattern(
  before: readonly string[],
  after: readonly string[],
  end: string,
  allowNoNumber: boolean,
  ordinals: boolean,
): RegExp {
  const alts: string[] = [];
  if (before.length > 0) {
    const words = before.filter((w) => w !== "§");
    if (words.length > 0) alts.push(`(?:${variants(words)})${WS}+${ordinals ? NUM_OR_ORDINAL : NUM}${end}`);
    if (before.includes("§")) alts.push(`§${WS}*${NUM}${end}`);
    // only full words stand without a number (`Article`, `ANNEX`), never abbreviations (`Art.`)
    const full = words.filter((w) => w.length >= 5 && !w.endsWith("."));
    if (full.length > 0 && allowNoNumber) alts.push(`(?:${variants(full)})${NO_NUM_END}`);
  }
  if (after.length > 0) {
    alts.push(
      `(?:\\d{1,4}(?:-\\d{1,3})*|[IVXLCDM]{1,8})(?:[-\\u2011\\u2013]${WS}?|${WS}+)(?:${variants(after)})${end}`,
    );
    if (ordinals) alts.push(`${ORD}${WS}+(?:${variants(after)})${end}`);
  }
  return new RegExp(alts.join("|"));
}

/**
 * The characters a `headingPattern` can start with, given to Chevrotain as `start_chars_hint`:
 * without it the lexer parses every pattern with regexp-to-ast to find them, which for these
 * keyword alternations costs ~40 ms and ~15 MB of short-lived heap at the first parse. The same
 * alternatives as `headingPattern`; a test checks the hints against Chevrotain's own analysis.
 */
function headingStartChars(before: readonly string[], after: readonly string[], ordinals: boolean): string[] {
  const chars = new Set<string>();
  const words = before.filter((w) => w !== "§");
  for (const v of variantList(words)) chars.add(v.charAt(0));
  if (before.includes("§")) chars.add("§");
  if (after.length > 0) {
    for (const c of "0123456789IVXLCDM") chars.add(c);
    if (ordinals) for (const v of variantList(ORDINAL_WORDS)) chars.add(v.charAt(0));
  }
  return byCode(chars);
}

/** Sorted by code, so Chevrotain files each token once per first-character bucket. */
function byCode(chars: Iterable<string>): string[] {
  return [...new Set(chars)].sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0));
}

// ---- line ends and layout -------------------------------------------------------------------

export const NL = createToken({ name: "NL", pattern: /\r\n?|\n/, line_breaks: true, label: "end of line" });
/** The newline that ends `rest`/`mdhead` mode. */
export const NLPop = createToken({
  name: "NLPop",
  pattern: /\r\n?|\n/,
  line_breaks: true,
  pop_mode: true,
  categories: [NL],
  label: "end of line",
});
export const Blank = createToken({
  name: "Blank",
  pattern: /[ \t\u00A0\uFEFF\u2000-\u200B\u3000]+/,
  group: Lexer.SKIPPED,
});

/** `<!-- ... -->`, possibly over several lines (directives live here). */
export const Comment = createToken({ name: "Comment", pattern: /<!--[\s\S]*?-->/, line_breaks: true });
/** `<!--` that never closes: reported by the builder, the rest of the line stays text. */
export const CommentOpen = createToken({ name: "CommentOpen", pattern: /<!--/ });

/** Offset of the chunk being lexed in the whole text (the lexer sees one chunk at a time). */
let chunkBase = 0;
export function setChunkBase(offset: number): void {
  chunkBase = offset;
}

/** YAML front matter: `---` lines around it, at the very start of the file. */
export const FRONT_MATTER_PATTERN = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/;

/** YAML front matter, only at the very start of the file. */
export const FrontMatter = createToken({
  name: "FrontMatter",
  pattern: (text: string, offset: number) => {
    if (offset !== 0 || chunkBase !== 0) return null;
    return FRONT_MATTER_PATTERN.exec(text);
  },
  line_breaks: true,
  start_chars_hint: ["-"],
});
/** A fenced block (forms in annexes): kept verbatim as markup. */
export const Fence = createToken({
  name: "Fence",
  pattern: /(`{3,}|~{3,})[^\r\n]*(?:\r\n?|\n)(?:[\s\S]*?(?:\r\n?|\n))??[ \t]*\1[`~]*[ \t]*(?=\r|\n)/,
  line_breaks: true,
});

export const MdHashes = createToken({ name: "MdHashes", pattern: /#{1,6}(?=[ \t\r\n])/, push_mode: "mdhead" });
export const Quote = createToken({ name: "Quote", pattern: />/ });
export const Emph = createToken({ name: "Emph", pattern: /(?:\*{1,3}|_{2,3})(?=[^ \t\r\n*_])/ });
/** A horizontal rule or a Markdown underline run such as `## ________________`. */
export const Rule = createToken({ name: "Rule", pattern: /(?:-{3,}|_{3,}|\*{3,})(?=[ \t]*[\r\n])/ });

// ---- headings ---------------------------------------------------------------------------------

export const Heading = createToken({ name: "Heading", pattern: Lexer.NA });

/** Kinds numbered in words in real texts (`РАЗДЕЛ ПЕРВЫЙ`, `ЧАСТЬ ПЕРВАЯ`, `Бірінші бөлім`, `BOOK ONE`). */
const ORDINAL_KINDS = new Set(["book", "part", "section"]);

/** Kinds whose keyword may stand without a number (`Article`, `ANNEX`); `Title` alone is a title line. */
const NO_NUMBER_KINDS = new Set(["part", "section", "chapter", "article", "annex"]);

function headingTokens(
  end: string,
  suffix: string,
  loose: boolean,
  extra: Partial<Parameters<typeof createToken>[0]>,
): TokenType[] {
  return HEADING_KEYWORDS.map((k) =>
    createToken({
      name: k.name + suffix,
      pattern: headingPattern(k.before, k.after, end, !loose && NO_NUMBER_KINDS.has(k.kind), ORDINAL_KINDS.has(k.kind)),
      start_chars_hint: headingStartChars(k.before, k.after, ORDINAL_KINDS.has(k.kind)),
      categories: [Heading],
      ...extra,
    }),
  );
}

/** Headings at the start of a plain line (then the rest of the line is its title). */
export const LineHeadings = headingTokens(STRICT_END, "", false, { push_mode: "rest" });
/** Headings inside a Markdown heading line. */
export const MdHeadings = headingTokens(LOOSE_END, "Md", true, {});

const articleEntry = HEADING_KEYWORDS.find((k) => k.kind === "article");
/**
 * An article heading at the start of a line (sticky: tried at each line start). Before it, any
 * run of emphasis marks and `>`: what `(?:\*{1,3}|_{2,3}|>)` repeated reads, each run taken whole
 * (the lookaheads stop backtracking into it). Repeating `_{2,3}` itself split a line of n
 * underscores in exponentially many ways before failing: a form's blank line of 60 underscores
 * took seconds, of 70 minutes.
 */
const ARTICLE_LINE = articleEntry
  ? new RegExp(
      `[ \\t]*(?:(?:#{1,6}[ \\t]+)(?:${headingPattern(articleEntry.before, articleEntry.after, LOOSE_END, false, false).source})|(?:(?:\\*+(?!\\*)|_{2,}(?!_)|>)[ \\t]*)*(?:${headingPattern(articleEntry.before, articleEntry.after, STRICT_END, false, false).source}))`,
      "y",
    )
  : null;
/** The characters an ARTICLE_LINE match can have after its leading blanks (by code). */
const ARTICLE_LINE_START = new Set(
  articleEntry
    ? [..."#*_>", ...headingStartChars(articleEntry.before, articleEntry.after, false)].map((c) => c.charCodeAt(0))
    : [],
);

/**
 * Whether any line of `text` starts with an article heading. Decides, before building, whether
 * `Section 1` groups articles (EU) or is a statute's primary unit; cheap when no keyword occurs.
 * The pattern is tried only at line starts (the start of the text, or after `\r` or `\n`) whose
 * first character after blanks can begin it: one regex scan over the whole text tried every offset.
 */
export function hasArticleHeading(text: string): boolean {
  if (!ARTICLE_LINE) return false;
  if (!/rticle|RTICLE|Art|ART|татья|ТАТЬЯ|бап|БАП/.test(text)) return false;
  let cr = text.indexOf("\r");
  let lf = text.indexOf("\n");
  for (let at = 0; ; ) {
    let c = text.charCodeAt(at);
    let i = at;
    while (c === 32 || c === 9) c = text.charCodeAt(++i);
    if (ARTICLE_LINE_START.has(c)) {
      ARTICLE_LINE.lastIndex = at;
      if (ARTICLE_LINE.test(text)) return true;
    }
    // the next line start: just after the next `\r` or `\n`
    if (cr >= 0 && cr < at) cr = text.indexOf("\r", at);
    if (lf >= 0 && lf < at) lf = text.indexOf("\n", at);
    const next = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
    if (next < 0) return false;
    at = next + 1;
  }
}

/** Token name → keyword entry index, so the builder knows the kind of a heading token. */
export const HEADING_INDEX = new Map<string, number>();
HEADING_KEYWORDS.forEach((k, i) => {
  HEADING_INDEX.set(k.name, i);
  HEADING_INDEX.set(`${k.name}Md`, i);
});

// ---- enumerators ------------------------------------------------------------------------------

export const Enumerator = createToken({ name: "Enumerator", pattern: Lexer.NA });
const ENUM_END = "(?=[ \\t\\u00A0\\r\\n])";
const enumToken = (name: string, pattern: string): TokenType =>
  createToken({ name, pattern: new RegExp(pattern + ENUM_END), categories: [Enumerator], push_mode: "rest" });

/** `1.1.`, `12.1` */
export const EnumDotted = enumToken("EnumDotted", "\\d{1,3}(?:\\.\\d{1,3}){1,3}\\.?");
/** `1.`, `3-1.` */
export const EnumDecDot = enumToken("EnumDecDot", "\\d{1,4}(?:-\\d{1,3})*\\.");
/** `1)`, `10-1)` */
export const EnumDecParen = enumToken("EnumDecParen", "\\d{1,4}(?:-\\d{1,3})*\\)");
/** `(1)`, `(2a)`, `(1).` */
export const EnumParenDec = enumToken("EnumParenDec", "\\(\\d{1,4}[A-Za-z]{0,2}(?:-\\d{1,3})?\\)\\.?");
/** `(a)`, `(iv)`, `(A)`, `(IV)`, `(а)`, `(aa)` */
export const EnumParenLetter = enumToken(
  "EnumParenLetter",
  "\\((?:[ivxlcdm]{1,6}|[IVXLCDM]{1,6}|[a-z]{1,3}|[A-Z]{1,3}|[а-яёәғқңөұүһі]{1,2}|[А-ЯЁӘҒҚҢӨҰҮҺІ])\\)",
);
/** `a)`, `а)`, `iv)` */
export const EnumLetterParen = enumToken("EnumLetterParen", "(?:[ivxlcdm]{2,6}|[a-z]|[а-яёәғқңөұүһі])\\)");
/** `—`, `–`, `-` indents and Markdown dashes. */
export const EnumDash = enumToken("EnumDash", "[-\\u2013\\u2014]");
/** `*`, `•`, `+`, `·` bullets. */
export const EnumBullet = enumToken("EnumBullet", "[*\\u2022+\\u00B7]");

// ---- notes and text ---------------------------------------------------------------------------

export const NoteStart = createToken({
  name: "NoteStart",
  pattern: new RegExp(`(?:${variants(NOTE_KEYWORDS)})[ \\t]*[.:]`),
  start_chars_hint: byCode(variantList(NOTE_KEYWORDS).map((v) => v.charAt(0))),
  push_mode: "rest",
});

/** Rest of a line: everything but line breaks and the start of a comment. */
const TEXT = "(?:[\\u0000-\\u0009\\u000B\\u000C\\u000E-\\u003B\\u003D-\\uFFFF]+|<(?!!--))+";
export const Text = createToken({ name: "Text", pattern: new RegExp(TEXT) });
export const LineText = createToken({
  name: "LineText",
  pattern: new RegExp(TEXT),
  categories: [Text],
  push_mode: "rest",
});

const enumerators = [
  EnumDotted,
  EnumDecDot,
  EnumDecParen,
  EnumParenDec,
  EnumParenLetter,
  EnumLetterParen,
  EnumDash,
  EnumBullet,
];

export const lexerDefinition = {
  defaultMode: "line",
  modes: {
    line: [
      NL,
      FrontMatter,
      Fence,
      Comment,
      CommentOpen,
      Blank,
      MdHashes,
      Quote,
      Rule,
      ...LineHeadings,
      NoteStart,
      ...enumerators,
      Emph,
      LineText,
    ],
    mdhead: [NLPop, Comment, CommentOpen, Blank, Emph, ...MdHeadings, Text],
    rest: [NLPop, Comment, CommentOpen, Blank, Text],
  },
};

export const allTokens: TokenType[] = [
  NL,
  NLPop,
  Blank,
  Comment,
  CommentOpen,
  FrontMatter,
  Fence,
  MdHashes,
  Quote,
  Emph,
  Rule,
  Heading,
  ...LineHeadings,
  ...MdHeadings,
  Enumerator,
  ...enumerators,
  NoteStart,
  Text,
  LineText,
];

let lexer: Lexer | undefined;

/** The lexer, built once per process on first use (keeps CLI start-up small). */
export function billLexer(): Lexer {
  lexer ??= new Lexer(lexerDefinition, {
    positionTracking: "onlyOffset",
    ensureOptimizations: false,
    skipValidations: process.env.RIGHTSLINT_VALIDATE_GRAMMAR !== "1",
  });
  return lexer;
}
