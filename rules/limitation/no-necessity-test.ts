/**
 * R3 `limitation/no-necessity-test` (RULES.md §4 A): a restriction that names a permitted aim must also
 * say that it goes only as far as that aim requires — necessity and proportionality.
 *
 * Per clause of an operative sentence: a restriction of a right object (./aims-common.ts); a ground
 * the profile permits for the right in scope (§2.4 `hasGround`, clause … article+refs, option
 * `scope`); and no live `marker.necessity` in the same scope ("necessary to protect", "only to the
 * extent necessary", "proportionate", «лишь в той мере, в какой это необходимо», «соразмерн*»,
 * «қажетті шамада ғана»). Discretion ("where necessary", «при необходимости», «қажет болған жағдайда»)
 * is not a test (the lexicon's stop phrases).
 *
 * Not reported: no ground named (rule 1), or only grounds the profile does not permit (rule 2), or
 * only grounds named inside a conduct element ("violent change of the constitutional order": the aim
 * is implicit in the conduct, R1 (f));
 * belief objects (rule 7); a necessity test in the article or in a unit it refers to ("subject to
 * Article 2"); the profile's general clause supplies necessity and is inherited (constitutions,
 * `inheritGeneralClause` with `generalClauseSuppliesNecessity`).
 *
 * Confidence medium; one step down for an implicit actor, a right object only in the chapeau, a
 * ground found only through a reference, a conduct element in the clause, a constitution.
 */
import type { Hit, Language, RuleContext, Sentence, Suggestion } from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";
import {
  AIM_PHRASES,
  articlesFor,
  generalClauseSuppliesNecessity,
  groundPhrase,
  groundsFor,
  isConstitution,
  mayRestrict,
  OPTIONS_SCHEMA,
  quote,
  type Restriction,
  restrictionsIn,
  rightPhrase,
  scopeOption,
} from "./aims-common.js";

const NECESSITY = "marker.necessity";
const CONDUCT = "marker.conduct";

/** The necessity clause a suggestion inserts, per language, and where. */
const TEST: Record<Language, { text: string; description: string }> = {
  en: {
    text: ", where this is necessary and proportionate",
    description: 'Add "where this is necessary and proportionate"',
  },
  ru: { text: ", если это необходимо и соразмерно", description: "Добавить «если это необходимо и соразмерно»" },
  kk: { text: "қажетті шамада ғана ", description: "«қажетті шамада ғана» деп толықтыру" },
};

export default defineRule({
  meta: {
    id: "limitation/no-necessity-test",
    family: "limitation",
    scope: "unit",
    severity: "warning",
    confidence: "medium",
    description:
      "A restriction of a right names a permitted aim but no necessity or proportionality test ('only to the extent necessary', 'proportionate').",
    docs: "rules/limitation/no-necessity-test.md",
    principle: {
      "kz-2026": "art. 41(1)",
      "kz-1995": "art. 39(1)",
      iccpr: "arts 19(3), 21, 22(2) (GC 34 §22; GC 37)",
      echr: "arts 8(2)–11(2)",
      "eu-digital": "Charter art. 52(1)",
    },
    messages: {
      noNecessity:
        'Restriction of {{right}} for {{ground}} has no necessity or proportionality test: "{{verb}}" names the aim but not that the measure is limited to what that aim requires ({{profile}} {{article}}); add "only to the extent necessary to protect {{ground}}" or a proportionality condition.',
    },
    phrases: { ...AIM_PHRASES, itsAim: "its aim" },
    schema: OPTIONS_SCHEMA,
    defaultOptions: { scope: "article+refs" },
    hasSuggestions: true,
  },

  create(context: RuleContext) {
    const cl = () => context.clauses;
    const scope = scopeOption(context);
    const language = context.language;

    const suggestion = (r: Restriction): Suggestion[] => {
      const { text, description } = TEST[language];
      // Kazakh puts the verb last: the test goes before it; English and Russian close the clause with it
      const at = language === "kk" ? r.verb.start : r.clause.end;
      return cl().insertion(r.sentence, at, text, description);
    };

    /**
     * A ground named inside a conduct element ("actions aimed at the violent change of the constitutional
     * order"): the measure answers conduct, and its aim is implicit (R1 (f)); no test is asked of it.
     */
    const conductBound = (s: Sentence, ground: Hit): boolean => {
      const clause = cl().clauseAt(s, ground);
      return clause !== undefined && cl().pick(clause.hits, CONDUCT).length > 0;
    };

    const check = (sentence: Sentence, r: Restriction): void => {
      if (r.beliefOnly) return;
      const object = r.objects.find((o) => groundsFor(context, o.right) !== null);
      if (!object) return;
      const permitted = cl().findWhere(
        sentence,
        r.clause,
        (h, s) =>
          h.concept.startsWith("ground.") &&
          context.law.isGroundPermitted(object.right, h.concept) === true &&
          !conductBound(s, h),
        scope,
      );
      // 1 before 3, 2 before 3: a named, permitted aim is what this rule needs
      if (!permitted) return;
      if (cl().findLive(sentence, r.clause, [NECESSITY], scope)) return;
      if (generalClauseSuppliesNecessity(context)) return;

      const constitution = isConstitution(context);
      const steps =
        r.steps + (permitted.level === "article+refs" ? 1 : 0) + (r.implicitAim ? 1 : 0) + (constitution ? 1 : 0);
      const confidence = cl().step("medium", steps);
      if (!confidence) return;
      const first = permitted.found[0];
      const ground = first ? groundPhrase(first.hit.concept) : { phrase: "itsAim" };
      context.report({
        node: sentence,
        range: cl().clauseRange(r.clause),
        messageId: "noNecessity",
        // §5.7: info in a constitution linted under its own profile
        ...(constitution ? { condition: "constitution-document" } : {}),
        confidence,
        data: {
          right: rightPhrase(object.right),
          ground,
          verb: quote(context, sentence, r.verb),
          profile: context.profile.citation,
          article: articlesFor(context, object.right, true),
        },
        suggestions: suggestion(r),
      });
    };

    return {
      Sentence(sentence: Sentence) {
        if (!mayRestrict(context, sentence)) return;
        if (!cl().isOperative(sentence)) return;
        for (const r of restrictionsIn(context, sentence)) check(sentence, r);
      },
    };
  },
});
