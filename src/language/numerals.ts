/**
 * Cardinal numbers written in words or digits, per language: "two hundred and fifty", «двухсот
 * пятидесяти», «екі жүз», "5 000", "500 (five hundred)". Rules read thresholds, periods and
 * amounts with it (R11 founders, R26 notice periods).
 */
import type { Language } from "../syntax/ast.js";
import type { Token } from "./tokens.js";

/** Number words of each language: value, and the forms (EN exact; RU and KK stems that take case endings). */
const EN_NUMBERS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
};

/** Russian numerals 1–10 and 40, 100 in all their case forms (short stems would catch other words: труд, семья). */
const RU_FORMS: Record<string, number> = {};
for (const [value, forms] of [
  [1, "один одного одному одним одном одна одной одну одно одни одних одними"],
  [2, "два две двух двум двумя"],
  [3, "три трех трем тремя"],
  [4, "четыре четырех четырем четырьмя"],
  [5, "пять пяти пятью"],
  [6, "шесть шести шестью"],
  [7, "семь семи семью"],
  [8, "восемь восьми восемью восьмью"],
  [9, "девять девяти девятью"],
  [10, "десять десяти десятью"],
  [40, "сорок сорока"],
  [100, "сто ста"],
] as const) {
  for (const f of forms.split(" ")) RU_FORMS[f] = value;
}

/** Russian numeral stems of five letters or more, which take their inflection after the stem. */
const RU_STEMS: readonly [string, number][] = [
  ["одиннадцат", 11],
  ["двенадцат", 12],
  ["тринадцат", 13],
  ["четырнадцат", 14],
  ["пятнадцат", 15],
  ["шестнадцат", 16],
  ["семнадцат", 17],
  ["восемнадцат", 18],
  ["девятнадцат", 19],
  ["двадцат", 20],
  ["тридцат", 30],
  ["пятьдесят", 50],
  ["пятидесят", 50],
  ["шестьдесят", 60],
  ["шестидесят", 60],
  ["семьдесят", 70],
  ["семидесят", 70],
  ["восемьдесят", 80],
  ["восьмидесят", 80],
  ["девяност", 90],
  ["двест", 200],
  ["двухсот", 200],
  ["двумстам", 200],
  ["трист", 300],
  ["трехсот", 300],
  ["тремстам", 300],
  ["четырест", 400],
  ["четырехсот", 400],
  ["пятьсот", 500],
  ["пятисот", 500],
  ["шестьсот", 600],
  ["шестисот", 600],
  ["семьсот", 700],
  ["семисот", 700],
  ["восемьсот", 800],
  ["восьмисот", 800],
  ["девятьсот", 900],
  ["девятисот", 900],
  ["тысяч", 1000],
];

/** Kazakh numeral roots; they take a case ending (елуден, жүзге, оннан). */
const KK_ROOTS: readonly [string, number][] = [
  ["бір", 1],
  ["екі", 2],
  ["үш", 3],
  ["төрт", 4],
  ["бес", 5],
  ["алты", 6],
  ["жеті", 7],
  ["сегіз", 8],
  ["тоғыз", 9],
  ["он", 10],
  ["жиырма", 20],
  ["отыз", 30],
  ["қырық", 40],
  ["елу", 50],
  ["алпыс", 60],
  ["жетпіс", 70],
  ["сексен", 80],
  ["тоқсан", 90],
  ["жүз", 100],
  ["мың", 1000],
];
/** Case endings after a Kazakh numeral (as the matcher reads `<num>`), and the collective forms. */
const KK_ENDINGS = new Set(
  "- ге ға ке қа не на ден дан тен тан нен нан де да те та ді ды ті ты ні ны дің дың тің тың нің ның мен бен пен"
    .split(" ")
    .map((e) => (e === "-" ? "" : e)),
);
const KK_NOT_NUMBERS = new Set(["онда", "онға", "оны"]);

/** The value of one number word, or null. */
export function wordValue(norm: string, language: Language): number | null {
  if (language === "en") {
    if (norm in EN_NUMBERS) return EN_NUMBERS[norm] as number;
    if (norm.includes("-")) {
      const parts = norm.split("-").map((p) => EN_NUMBERS[p]);
      if (parts.every((p) => p !== undefined)) return (parts as number[]).reduce((a, b) => a + b, 0);
    }
    return null;
  }
  if (language === "ru") {
    if (norm in RU_FORMS) return RU_FORMS[norm] as number;
    for (const [stem, value] of RU_STEMS) if (norm.startsWith(stem) && norm.length - stem.length <= 4) return value;
    return null;
  }
  if (KK_NOT_NUMBERS.has(norm)) return null;
  for (const [root, value] of KK_ROOTS)
    if (norm.startsWith(root) && KK_ENDINGS.has(norm.slice(root.length))) return value;
  return null;
}

/**
 * The number at the start of a run of tokens: digits ("500", "1,000", "5 000"), or number words
 * ("two hundred and fifty", «двухсот пятидесяти», «екі жүз»). Digits followed by the same number
 * in words ("500 (five hundred)") count once. Null when the first token is not a number.
 */
export function numberAt(tokens: readonly Token[], from: number, language: Language): number | null {
  const first = tokens[from];
  if (!first || first.boundary) return null;
  if (first.number) {
    let digits = first.norm.replace(/[^0-9.,]/gu, "");
    // thousands written with a space: "5 000"
    let k = from + 1;
    while (tokens[k]?.number && /^\d{3}$/u.test((tokens[k] as Token).norm)) {
      digits += (tokens[k] as Token).norm;
      k++;
    }
    const value = Number.parseInt(digits.replace(/[.,](?=\d{3}\b)/gu, "").replace(/[.,].*$/u, ""), 10);
    return Number.isNaN(value) ? null : value;
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.boundary) break;
    if (language === "en" && t.norm === "and" && seen) continue;
    const v = wordValue(t.norm, language);
    if (v === null) break;
    seen = true;
    if (v === 100) current = (current || 1) * 100;
    else if (v === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += v;
  }
  return seen ? total + current : null;
}
