/**
 * R33 `remedy/ouster-clause` (RULES.md §4 H): a decision of a non-court body that affects a
 * person is declared final in a way that closes the courts ("final and cannot be challenged in
 * court", «обжалованию не подлежит», «шағымдануға жатпайды»).
 *
 * Per clause of an operative sentence:
 * 1. A `list.finality` hit. Strong wording (not subject to appeal, cannot be challenged, no appeal
 *    lies) closes every challenge by itself; weak wording (`list.finality.weak`: "is final",
 *    «является окончательным», «түпкілікті болып табылады») only says the decision takes effect,
 *    so it counts as an ouster only when no appeal route stands anywhere in the article (§2.5).
 * 2. The issuing body: a state body or a deciding commission or board (`actor.state`,
 *    `list.quasi-tribunal`) in the clause, else in the sentence, the provision or the article
 *    (confidence one step lower). Courts named as the forum of the appeal ("in court", «в
 *    судебном порядке») sit next to the finality words and are not the issuer.
 * 3. Not an ouster: a court or an apex court issues the decision (`list.apex-court`, `actor.court`);
 *    an appeal to a court stays open in the sentence ("final unless appealed to the administrative
 *    court"); a review that must come first before the court (`list.review-first`); finality only
 *    within the administration (`list.finality-internal`: "to a higher authority", «в вышестоящий
 *    орган»).
 */
import {
  type Clause,
  type Confidence,
  defineRule,
  type Hit,
  type Language,
  type RuleContext,
  type Sentence,
  type Suggestion,
} from "../../src/engine/api.js";

const FINALITY = "list.finality";
const WEAK = "list.finality.weak";
const STATE = "actor.state";
const QUASI = "list.quasi-tribunal";
const COURT = "actor.court";
const APEX = "list.apex-court";
const APPEAL = "marker.appeal";
const REVIEW_FIRST = "list.review-first";
const INTERNAL = "list.finality-internal";
const DECISION = "list.decision";
/** Tokens on either side of the finality words that name the forum ("in court", «в суде»). */
const FORUM_WINDOW = 4;

/** A clause that shields a decision, before it is reported. */
interface Candidate {
  clause: Clause;
  confidence: Confidence;
  body: { hit: Hit; sentence: Sentence };
  finality: Hit;
  strong: boolean;
}

const RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** The article each profile rests on (RULES.md R33, §5). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 12(2)",
  "kz-1995": "art. 13(2)",
  iccpr: ["art. 2(3)", "art. 14(1)"],
  echr: ["art. 6", "art. 13"],
  "eu-digital": "Charter art. 47",
};

/** What the suggestion appends to the clause: the route the ouster closed. */
const APPEAL_CLAUSE: Record<Language, { text: string; description: string }> = {
  en: {
    text: "; this does not limit an appeal against the decision to a court",
    description: 'Add "this does not limit an appeal against the decision to a court"',
  },
  ru: {
    text: "; это не ограничивает обжалование решения в суд",
    description: "Добавить «это не ограничивает обжалование решения в суд»",
  },
  kk: {
    text: "; бұл шешімге сотқа шағымдануды шектемейді",
    description: "«бұл шешімге сотқа шағымдануды шектемейді» деп толықтыру",
  },
};

export default defineRule({
  meta: {
    id: "remedy/ouster-clause",
    family: "remedy",
    scope: "unit",
    severity: "error",
    confidence: "high",
    description:
      "A decision of an administrative body, commission or board is declared final and shielded from the courts.",
    docs: "rules/remedy/ouster-clause.md",
    principle: PRINCIPLE,
    messages: {
      ouster:
        'Decisions of {{body}} are shielded from judicial review: "{{finality}}" closes the way to a court, but {{profile}} ({{article}}) guarantees access to a court against decisions that affect a person; keep the decision final within the administration if needed and state that it may be appealed to a court.',
    },
    phrases: { fairTrialArticle: "its fair-trial article" },
    hasSuggestions: true,
  },

  create(context: RuleContext) {
    const language = context.language;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const isA = (h: Hit, concept: string): boolean => ci().isA(h.concept, concept);
    const principle = PRINCIPLE[context.profile.id];
    const article = Array.isArray(principle) ? principle.join(", ") : (principle ?? { phrase: "fairTrialArticle" });

    /** A hit standing next to a finality hit: the forum or object of the ouster, not a route or an issuer. */
    const nearFinality = (finals: readonly Hit[], h: Hit): boolean =>
      finals.some(
        (f) =>
          (h.tokenStart >= f.tokenEnd && h.tokenStart - f.tokenEnd < FORUM_WINDOW) ||
          (f.tokenStart >= h.tokenEnd && f.tokenStart - h.tokenEnd < FORUM_WINDOW) ||
          (h.tokenStart >= f.tokenStart && h.tokenEnd <= f.tokenEnd),
      );

    /** An appeal route in a sentence: a live `marker.appeal` hit that is not part of an ouster. */
    const appealIn = (s: Sentence): boolean => {
      const hits = ci().hits(s);
      const finals = pick(hits, FINALITY);
      return pick(hits, APPEAL).some((a) => !cl().negated(s, a) && !nearFinality(finals, a));
    };

    /** The body whose decision is final: in the clause (steps 0) or further up the scope ladder. */
    const issuer = (
      sentence: Sentence,
      clause: Clause,
      finals: readonly Hit[],
    ): { hit: Hit; sentence: Sentence; steps: number } | null => {
      const isBody = (h: Hit) => ci().isA(h.concept, STATE) || ci().isA(h.concept, QUASI);
      const inClause = clause.hits.find((h) => isBody(h) && !finals.some((f) => inside(h, f)));
      if (inClause) return { hit: inClause, sentence, steps: 0 };
      const first = cl().findWhere(sentence, null, isBody, "article")?.found[0];
      return first ? { hit: first.hit, sentence: first.sentence, steps: 1 } : null;
    };

    /** The body's name as written; in English with the capitalised words before it ("Tariff Commission"). */
    const bodyName = (sentence: Sentence, hit: Hit): string => {
      const tokens = ci().tokens(sentence);
      let start = hit.tokenStart;
      while (language === "en" && start > 0) {
        const prev = tokens[start - 1];
        if (!prev || prev.boundary) break;
        const word = cl().textOf(sentence, prev);
        if (!/^\p{Lu}/u.test(word) || start - 1 === 0) break;
        start--;
      }
      const from = tokens[start];
      return cl().textOf(sentence, { start: from ? from.start : hit.start, end: hit.end });
    };

    const suggestion = (sentence: Sentence, clause: Clause): Suggestion[] => {
      const { text, description } = APPEAL_CLAUSE[language];
      return cl().insertion(sentence, clause.end, text, description);
    };

    const checkClause = (sentence: Sentence, clause: Clause): Candidate | null => {
      const hits = clause.hits;
      const finals = pick(hits, FINALITY);
      if (finals.length === 0) return null;
      // a court (an apex court, a court of cassation) decides: its finality is the end of the judicial road
      const courts = pick(hits, COURT).filter((c) => !nearFinality(finals, c) && !cl().inAppeal(hits, c));
      if (courts.length > 0) return null;
      // "Constitutional Court", "Supreme Court", «суда кассационной инстанции», "Constitutional Council"
      const apex = pick(hits, APEX);
      const bodies = hits.filter((h) => isA(h, COURT) || isA(h, QUASI) || isA(h, STATE));
      const nextTo = (a: Hit, b: Hit): boolean =>
        a.tokenEnd === b.tokenStart || (a.tokenStart >= b.tokenEnd && a.tokenStart - b.tokenEnd <= 2);
      if (apex.some((a) => bodies.some((b) => nextTo(a, b)))) return null;
      // final only inside the administration, or a review that must come before the court
      if (pick(hits, INTERNAL).length > 0) return null;
      if (pick(ci().hits(sentence), REVIEW_FIRST).length > 0) return null;

      // what is final must be a decision ("Decisions of …", «Решение …», «шешімі»), not a text
      if (pick(ci().hits(sentence), DECISION).length === 0) return null;
      const weak = hits.filter((h) => h.concept === WEAK);
      const strong = finals.filter((f) => !weak.some((w) => same(w, f)));
      const weakOnly = strong.length === 0;
      // an appeal to a court stays open in the sentence ("final unless appealed to the court")
      if (appealIn(sentence)) return null;
      let steps = 0;
      if (weakOnly) {
        // "is final" alone: an ouster only when nothing in the article opens a route to a court
        const article = ci().articleOf(sentence);
        const others = article
          ? cl()
              .sentencesUnder(article)
              .filter((s) => s !== sentence)
          : [];
        if (others.some(appealIn)) return null;
        if (cl().findWhere(sentence, null, (h) => ci().isA(h.concept, REVIEW_FIRST), "article")) return null;
        steps++;
      }
      const body = issuer(sentence, clause, finals);
      if (!body) return null;
      steps += body.steps;
      const confidence: Confidence | null = cl().step("high", steps);
      if (!confidence) return null;
      return { clause, confidence, body, finality: strong[0] ?? (finals[0] as Hit), strong: !weakOnly };
    };

    /** One finding per sentence: the clause with the surest ouster. */
    const checkSentence = (sentence: Sentence): void => {
      let best: Candidate | null = null;
      for (const clause of ci().clauses(sentence)) {
        const c = checkClause(sentence, clause);
        if (!c) continue;
        const better =
          !best ||
          RANK[c.confidence] < RANK[best.confidence] ||
          (RANK[c.confidence] === RANK[best.confidence] && c.strong && !best.strong);
        if (better) best = c;
      }
      if (!best) return;
      context.report({
        node: sentence,
        range: cl().clauseRange(best.clause),
        messageId: "ouster",
        confidence: best.confidence,
        data: {
          body: { quote: bodyName(best.body.sentence, best.body.hit) },
          finality: cl().textOf(sentence, best.finality),
          profile: context.profile.citation,
          article,
        },
        suggestions: suggestion(sentence, best.clause),
      });
    };

    return {
      Sentence(sentence: Sentence) {
        if (!ci().mayHave(sentence, FINALITY)) return;
        if (!cl().isOperative(sentence)) return;
        checkSentence(sentence);
      },
    };
  },
});

function same(a: Hit, b: Hit): boolean {
  return a.tokenStart === b.tokenStart && a.tokenEnd === b.tokenEnd;
}

function inside(a: Hit, b: Hit): boolean {
  return a.tokenStart >= b.tokenStart && a.tokenEnd <= b.tokenEnd;
}
