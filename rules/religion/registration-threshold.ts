/**
 * R11 religion/registration-threshold (RULES.md §4 B): high membership, territorial-spread or
 * minimum-existence requirements for the legal personality of a religious body are
 * disproportionate (Legal Personality Guidelines 2014; Kimlya and Others v. Russia, 2009).
 *
 * Per clause with a threshold (`list.threshold.*`), in a sentence about founding, registering or
 * re-registering a religious body (`right.religion.organisation` with `list.founding` or
 * `verb.register`, in the sentence or the chapeau of a point; one confidence step lower when
 * only the article heading names them):
 * - `membership`: "at least N citizens / members / founders …" with N > `maxFounders` (rule option,
 *   else the profile's option, else 10); the counted noun must be persons, so an age ("aged at
 *   least 18 years") or a quorum share is not a threshold;
 * - `territorial`: presence in N regions or in all regions, tied to the body's members, residents,
 *   branches or activity (`list.territorial-anchor`), unless `allowTerritorialCondition`;
 * - `existence-period`: N years of prior existence or activity, N > `maxExistenceYears` (0).
 * Not reported: thresholds for the status of a national or umbrella body (`list.national-tier`)
 * or for a benefit (`list.benefit`, `list.facilitative`), thresholds expressly not required
 * (`list.not-required`), political parties and other non-religious bodies.
 * One finding per threshold; its range is the threshold phrase. For `membership` the rule
 * suggests the threshold of the options ("at least 10 citizens").
 */
import type { Clause, Hit, Language, RuleContext, Sentence, Suggestion, Token } from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";

const ORGANISATION = "right.religion.organisation";
const FOUNDING = "list.founding";
const REGISTER = "verb.register";
const THRESHOLD = "list.threshold";
const MEMBERSHIP = "list.threshold.membership";
const TERRITORIAL = "list.threshold.territorial";
const EXISTENCE = "list.threshold.existence-period";
const ANCHOR = "list.territorial-anchor";
const NATIONAL_TIER = "list.national-tier";
const BENEFITS = ["list.benefit", "list.facilitative"];
const NOT_REQUIRED = "list.not-required";
/** `<num> <unit>`: a period, not a head count. */
const PERIOD = "list.period";

const DEFAULT_MAX_FOUNDERS = 10;

/** The articles R11 rests on (RULES.md R11; eu-digital has it off). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 7(1)–(2)",
  "kz-1995": ["art. 5(2)", "art. 22"],
  iccpr: ["art. 18", "art. 22"],
  echr: ["art. 9", "art. 11"],
};

type SubCode = "membership" | "territorial" | "existence-period";

// ---- numbers --------------------------------------------------------------------------------

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
function wordValue(norm: string, language: Language): number | null {
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

/** The first number inside a hit (its token index and value). */
function numberIn(
  tokens: readonly Token[],
  hit: Hit,
  language: Language,
): { at: number; end: number; value: number; spelled: boolean } | null {
  for (let k = hit.tokenStart; k < hit.tokenEnd; k++) {
    const value = numberAt(tokens, k, language);
    if (value === null) continue;
    let end = k + 1;
    // "500 (five hundred)": the words repeat the digits
    const spelled =
      (tokens[k] as Token).number === true &&
      wordValue((tokens[k + 1] as Token | undefined)?.norm ?? "", language) !== null;
    if (!(tokens[k] as Token).number) {
      while (end < hit.tokenEnd && wordValue((tokens[end] as Token).norm, language) !== null) end++;
      // "two hundred and fifty"
      while (
        language === "en" &&
        end + 1 < hit.tokenEnd &&
        (tokens[end] as Token).norm === "and" &&
        wordValue((tokens[end + 1] as Token).norm, language) !== null
      )
        end += 2;
    }
    return { at: k, end, value, spelled };
  }
  return null;
}

export default defineRule({
  meta: {
    id: "religion/registration-threshold",
    family: "religion",
    severity: "warning",
    confidence: "high",
    description:
      "High membership, territorial-spread or years-of-existence thresholds for founding or registering a religious body.",
    docs: "rules/religion/registration-threshold.md",
    principle: PRINCIPLE,
    messages: {
      membership:
        'Founding threshold of {{n}} {{unit}} exceeds {{maxFounders}} for a religious body under {{profile}} ({{article}}): "{{text}}". See the OSCE/ODIHR–Venice Commission Guidelines on the Legal Personality of Religious or Belief Communities (2014); lower the number of founders needed for legal personality.',
      territorial:
        'Registration of a religious body requires presence in several regions under {{profile}} ({{article}}): "{{text}}". Local communities must be able to obtain legal personality (Legal Personality Guidelines, 2014); drop the territorial condition.',
      existencePeriod:
        'Registration of a religious body requires {{n}} years of prior existence under {{profile}} ({{article}}): "{{text}}". A minimum period of existence is disproportionate (Kimlya and Others v. Russia, 2009); drop the period.',
    },
    schema: {
      type: "object",
      properties: {
        maxFounders: { type: "integer", minimum: 1 },
        allowTerritorialCondition: { type: "boolean" },
        maxExistenceYears: { type: "integer", minimum: 0 },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowTerritorialCondition: false, maxExistenceYears: 0 },
    hasSuggestions: true,
    subCodes: ["membership", "territorial", "existence-period"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const profileOptions = (context.profile as { options?: { maxFounders?: unknown } }).options;
    const maxFounders =
      typeof context.options.maxFounders === "number"
        ? context.options.maxFounders
        : typeof profileOptions?.maxFounders === "number"
          ? profileOptions.maxFounders
          : DEFAULT_MAX_FOUNDERS;
    const allowTerritorial = context.options.allowTerritorialCondition === true;
    const maxYears = typeof context.options.maxExistenceYears === "number" ? context.options.maxExistenceYears : 0;
    const cl = () => context.clauses;
    const ci = () => context.concepts;
    const has = (hits: readonly Hit[], concept: string): boolean => cl().pick(hits, concept).length > 0;

    const article = (): string => {
      const p = PRINCIPLE[context.profile.id];
      if (p) return Array.isArray(p) ? p.join(", ") : p;
      const articles = context.law.articlesFor(ORGANISATION);
      return articles.length > 0
        ? articles.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ")
        : "ICCPR arts 18, 22";
    };

    /**
     * Is the sentence about founding or registering a religious body? 0 steps when the sentence
     * (or the chapeau of a point) says so, 1 when only the article heading does, null when nothing does.
     */
    const foundingContext = (sentence: Sentence): number | null => {
      const near = [sentence, ...cl().chapeauOf(sentence)].flatMap((s) => ci().hits(s));
      const body = has(near, ORGANISATION);
      const act = has(near, FOUNDING) || has(near, REGISTER);
      if (body && act) return 0;
      // another kind of body (a political party, a trade union) in the sentence: not a religious threshold
      if (!body && has(near, "right.association")) return null;
      const art = ci().articleOf(sentence);
      const heading = art ? ci().headingHits(art) : [];
      if ((body || has(heading, ORGANISATION)) && (act || has(heading, FOUNDING) || has(heading, REGISTER))) return 1;
      return null;
    };

    const suggestion = (sentence: Sentence, tokens: readonly Token[], at: number, end: number): Suggestion[] => {
      const from = tokens[at] as Token;
      const to = tokens[end - 1] as Token;
      const start = cl().positionAt(sentence, from.start);
      const stop = cl().positionAt(sentence, to.end);
      if (!start || !stop) return [];
      return [
        {
          description: `Lower the threshold to ${maxFounders}`,
          edits: [{ range: { start, end: stop }, text: String(maxFounders) }],
        },
      ];
    };

    const checkClause = (sentence: Sentence, clause: Clause, steps: number): void => {
      const hits = clause.hits;
      // the sub-concept hits (each comes with a `list.threshold` hit on the same span)
      const thresholds = hits.filter((h) => h.concept !== THRESHOLD && ci().isA(h.concept, THRESHOLD));
      if (thresholds.length === 0) return;
      const sentenceHits = ci().hits(sentence);
      // a higher tier (national, umbrella) or a benefit, not legal personality; or a threshold expressly not required
      if (has(sentenceHits, NATIONAL_TIER) || BENEFITS.some((b) => has(sentenceHits, b))) return;
      if (has(hits, NOT_REQUIRED)) return;
      const tokens = ci().tokens(sentence);
      const confidence = cl().step("high", steps);
      if (!confidence) return;
      const reported = new Set<SubCode>();
      const base = { profile: context.profile.citation, article: article() };

      for (const t of thresholds) {
        const range = cl().rangeOf(sentence, t.start, t.end);
        const text = cl().textOf(sentence, t);
        if (t.concept === MEMBERSHIP && !reported.has("membership")) {
          const n = numberIn(tokens, t, language);
          if (!n || n.value <= maxFounders) continue;
          // "кемінде он бес жыл бойы тұратын азаматтар": a number of years, not of persons
          if (hits.some((h) => h.concept === PERIOD && h.tokenStart === n.at)) continue;
          reported.add("membership");
          context.report({
            node: sentence,
            range,
            messageId: "membership",
            subCode: "membership",
            confidence,
            data: {
              ...base,
              n: n.value,
              unit: (tokens[t.tokenEnd - 1] as Token).norm,
              maxFounders,
              text,
            },
            // no suggestion for "500 (five hundred)": the words in brackets would stay
            suggestions: n.spelled ? [] : suggestion(sentence, tokens, n.at, n.end),
          });
        } else if (t.concept === TERRITORIAL && !reported.has("territorial") && !allowTerritorial) {
          // a requirement on members, residents, branches or activity — not a permission to act everywhere
          const anchored = has(hits, ANCHOR) || has(hits, MEMBERSHIP);
          if (!anchored) continue;
          reported.add("territorial");
          context.report({
            node: sentence,
            range,
            messageId: "territorial",
            subCode: "territorial",
            confidence,
            data: { ...base, text },
          });
        } else if (t.concept === EXISTENCE && !reported.has("existence-period")) {
          const n = numberIn(tokens, t, language);
          if (!n || n.value <= maxYears) continue;
          reported.add("existence-period");
          context.report({
            node: sentence,
            range,
            messageId: "existencePeriod",
            subCode: "existence-period",
            confidence,
            data: { ...base, n: n.value, text },
          });
        }
      }
    };

    return {
      Sentence(sentence: Sentence) {
        const c = ci();
        // most sentences name no religious body: skip them before matching (the body may be in a chapeau or heading)
        if (![sentence, ...cl().chapeauOf(sentence)].some((s) => c.mayHave(s, ORGANISATION))) {
          const art = c.articleOf(sentence);
          if (!art || !has(c.headingHits(art), ORGANISATION)) return;
        }
        if (!cl().isOperative(sentence)) return;
        const clauses = c.clauses(sentence);
        if (!clauses.some((k) => has(k.hits, THRESHOLD))) return;
        const steps = foundingContext(sentence);
        if (steps === null) return;
        for (const clause of clauses) checkClause(sentence, clause, steps);
      },
    };
  },
});
