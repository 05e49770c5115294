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
import { defineRule, numberAt, wordValue } from "../../src/engine/api.js";

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
    scope: "unit",
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
        'Registration of a religious body requires {{years}} of prior existence under {{profile}} ({{article}}): "{{text}}". A minimum period of existence is disproportionate (Kimlya and Others v. Russia, 2009); drop the period.',
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
    phrases: { years: { one: "{{count}} year", other: "{{count}} years" } },
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
            data: { ...base, years: { phrase: "years", data: { count: n.value } }, text },
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
