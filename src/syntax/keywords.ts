/**
 * Heading keywords, note keywords and formulas of bills in English, Russian and Kazakh (with the
 * German forms of the shared corpus). This is syntax, not law: what a heading looks like, never
 * what a provision means. Ranks order divisions: a lower rank is an outer division.
 */
import type { DivisionKind, Language } from "./ast.js";

export interface HeadingKeyword {
  /** Token name (one Chevrotain token per entry, all in the `Heading` category). */
  name: string;
  kind: DivisionKind;
  rank: number;
  /** Keyword before the number: `Article 7`, `Глава 2`, `Раздел I`. Lower case; case variants are generated. */
  before: string[];
  /** Keyword after the number (Kazakh): `7-бап`, `2-тарау`, `I БӨЛІМ`, `1-ҚОСЫМША`. */
  after: string[];
}

export const HEADING_KEYWORDS: readonly HeadingKeyword[] = [
  { name: "HBook", kind: "book", rank: 5, before: ["book", "книга", "buch"], after: ["кітап"] },
  { name: "HPart", kind: "part", rank: 10, before: ["part", "часть", "teil"], after: ["бөлік"] },
  { name: "HDivisionSection", kind: "section", rank: 12, before: ["раздел", "abschnitt"], after: ["бөлім"] },
  { name: "HTitle", kind: "title", rank: 14, before: ["title", "titel"], after: [] },
  { name: "HSubtitle", kind: "subtitle", rank: 16, before: ["subtitle", "untertitel"], after: [] },
  { name: "HChapter", kind: "chapter", rank: 20, before: ["chapter", "глава", "kapitel"], after: ["тарау"] },
  { name: "HSubchapter", kind: "subchapter", rank: 25, before: ["параграф", "subchapter"], after: ["параграф"] },
  // English "Section": a division when numbered in Roman numerals or when the bill has articles,
  // otherwise the primary unit of a statute; the builder decides the rank.
  { name: "HSection", kind: "section", rank: 40, before: ["section", "sec."], after: [] },
  { name: "HSign", kind: "section", rank: 40, before: ["§"], after: [] },
  { name: "HArticle", kind: "article", rank: 40, before: ["article", "art.", "art", "статья", "бап"], after: ["бап"] },
  {
    name: "HAnnex",
    kind: "annex",
    rank: 0,
    before: ["annex", "schedule", "appendix", "annexure", "приложение", "anlage"],
    after: ["қосымша"],
  },
];

export const RANK_SECTION_DIVISION = 12;
export const RANK_SECTION_IN_ARTICLES = 30;
export const RANK_PRIMARY = 40;
/** Rank of a Markdown heading without a keyword (a group heading such as `## I. - Die Grundrechte`). */
export const RANK_GENERIC_HEADING = 11;

/** Ordinal words used as heading numbers: `РАЗДЕЛ ПЕРВЫЙ`, `Часть вторая`, `Бірінші бөлім`, `Part One`. */
export const ORDINAL_WORDS: readonly string[] = [
  "первый",
  "первая",
  "второй",
  "вторая",
  "третий",
  "третья",
  "четвертый",
  "четвертая",
  "четвёртый",
  "четвёртая",
  "пятый",
  "пятая",
  "шестой",
  "шестая",
  "седьмой",
  "седьмая",
  "восьмой",
  "восьмая",
  "девятый",
  "девятая",
  "десятый",
  "десятая",
  "бірінші",
  "екінші",
  "үшінші",
  "төртінші",
  "бесінші",
  "алтыншы",
  "жетінші",
  "сегізінші",
  "тоғызыншы",
  "оныншы",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];

/** Editorial notes of consolidated texts; a line starting with one of these (then `.` or `:`) is a note. */
export const NOTE_KEYWORDS: readonly string[] = [
  "footnote",
  "editorial note",
  "сноска",
  "примечание",
  "ескерту",
  "ескертпе",
];

/** A heading title or provision text that is only a deletion marker makes the unit deleted. */
export const DELETED_PATTERN =
  /^(?:\[\s*(?:repealed|deleted|omitted|excluded|spent)[^\]]*\]|\(\s*(?:repealed|deleted|weggefallen)\s*\)|(?:repealed|deleted|excluded|omitted)\b|исключен[аоы]?(?![а-яё])|утратил[аои]?\s+силу|алынып\s+тасталды|алып\s+тасталды|күші\s+жойылды)/i;

/** Enacting formulas: the line ends the preamble. */
export const ENACTING_PATTERN =
  /^(?:be it (?:therefore |further )?enacted\b.*|now,? therefore,? .*(?:enact|adopt).*)$|(?:have adopted this (?:regulation|directive|decision)|hereby enacts|приказываю|постановляет|постановляю|решил|қаулы етеді|бұйырамын|шешім қабылдады|қаулы етемін)\s*[:.,-]?\s*$/i;

/**
 * The EU formula as text extracted from a PDF prints it, in capitals with words cut by stray
 * spaces ("HAVE ADOPTED THIS REGUL ATION:"): tested on the line's end with the spaces removed.
 */
/**
 * A repeal word anywhere in a line: the line that keeps the place of a run of repealed units
 * ("Articles 15 to 20 [Repealed]", «Статьи 15–20 исключены», «15–20-баптар алынып тасталды», a German
 * code's "§§ 15 bis 20 (weggefallen)"). `DELETED_PATTERN`'s words, not anchored, for the structure rules.
 */
export const REPEAL_MARKER =
  /\b(?:repealed|deleted|omitted|revoked|spent|weggefallen|aufgehoben)\b|исключен|утратил[аои]?\s+силу|алынып\s+тасталды|алып\s+тасталды|күші\s+жойыл/i;
const SPACED_ENACTING = /HAVEADOPTEDTHIS(?:REGULATION|DIRECTIVE|DECISION)[:.,-]?$/;

/** Whether a line is an enacting formula (it ends the preamble). */
export function isEnactingFormula(line: string): boolean {
  return ENACTING_PATTERN.test(line) || SPACED_ENACTING.test(line.replace(/\s+/g, ""));
}

/** The heading keyword of each division kind, written out (an imported division that gives only its number, `<num>5</num>`). */
export const DIVISION_KEYWORDS: Record<Language, Record<DivisionKind, string>> = {
  en: {
    book: "Book",
    part: "Part",
    title: "Title",
    subtitle: "Subtitle",
    section: "Section",
    chapter: "Chapter",
    subchapter: "Subchapter",
    article: "Article",
    annex: "Annex",
    heading: "",
  },
  ru: {
    book: "Книга",
    part: "Часть",
    title: "Титул",
    subtitle: "Подтитул",
    section: "Раздел",
    chapter: "Глава",
    subchapter: "Параграф",
    article: "Статья",
    annex: "Приложение",
    heading: "",
  },
  kk: {
    book: "кітап",
    part: "бөлік",
    title: "титул",
    subtitle: "подтитул",
    section: "бөлім",
    chapter: "тарау",
    subchapter: "параграф",
    article: "бап",
    annex: "қосымша",
    heading: "",
  },
};

/** Legal abbreviation labels of division kinds per language (used by labels()). */
export const DIVISION_LABELS: Record<string, Record<DivisionKind, string>> = {
  en: {
    book: "Book",
    part: "Part",
    title: "Title",
    subtitle: "Subtitle",
    section: "Section",
    chapter: "Ch.",
    subchapter: "Subch.",
    article: "Art.",
    annex: "Annex",
    heading: "",
  },
  ru: {
    book: "кн.",
    part: "ч.",
    title: "титул",
    subtitle: "подтитул",
    section: "разд.",
    chapter: "гл.",
    subchapter: "§",
    article: "ст.",
    annex: "прил.",
    heading: "",
  },
  // Kazakh labels write the keyword out
  kk: DIVISION_KEYWORDS.kk,
};
