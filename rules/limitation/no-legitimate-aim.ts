/**
 * R1 `limitation/no-legitimate-aim` (RULES.md §4 A): a state restriction of a qualified right must
 * name the aim it pursues, and the aim must come from the closed list of the profile.
 *
 * Per clause of an operative sentence: a restriction by state power of a right object (shared analysis
 * in ./aims-common.ts: restrictive word, actor, right object); then the scope — clause, sentence,
 * provision with its chapeau, article, the units the article references within the act (option
 * `scope`) — is asked for any `ground.*`, permitted or suspect. None → `no-aim`; none because the
 * only reference that might hold the aim resolves to nothing → `dangling-reference`.
 *
 * Not reported (§2.8 and the entry's "does not fire"): a named ground (rules 2 and 3 judge it); a
 * religious body restricted by the executive while rule 8 is on (rule 8 replaces rule 1); religious
 * activity banned for want of registration while rule 10 is on (§2.8 "→ 10 only"); a belief
 * object (forum internum: rule 7); a guarantee; a restriction triggered only by a conduct element
 * (violence, coercion, weapons: an implicit aim); a right the profile does not list, or lists as
 * absolute; a constitution (or a profile with `inheritGeneralClause`) whose general clause names the
 * grounds (scope level 5).
 */
import type { RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";
import {
  AIM_PHRASES,
  articlesFor,
  danglingReference,
  externalReference,
  groundPhrase,
  groundsFor,
  inheritsGeneralClause,
  MANIFESTATION,
  mayRestrict,
  OPTIONS_SCHEMA,
  ORGANISATION,
  quote,
  type Restriction,
  restrictionsIn,
  rightPhrase,
  ruleOn,
  scopeOption,
} from "./aims-common.js";

const R8 = "religion/intervention-without-permitted-ground";
const R10 = "religion/registration-precondition";

export default defineRule({
  meta: {
    id: "limitation/no-legitimate-aim",
    family: "limitation",
    scope: "unit",
    severity: "warning",
    confidence: "medium",
    description:
      "A state restriction of a qualified right (expression, assembly, association, religious practice, privacy) names no aim in the article or the provisions it refers to.",
    docs: "rules/limitation/no-legitimate-aim.md",
    principle: {
      "kz-2026": ["art. 41(1)", "art. 7(2)"],
      "kz-1995": "art. 39(1)",
      iccpr: "arts 18(3), 19(3), 21, 22(2)",
      echr: "arts 8(2)–11(2)",
      "eu-digital": "Charter art. 52(1)",
    },
    messages: {
      noAim:
        'Restriction of {{right}} names no aim: "{{verb}}" (applied to "{{object}}") states no legitimate aim in the article or the provisions it refers to. Under {{profile}} ({{article}}) a restriction needs one of: {{grounds}}; name the aim the measure serves.',
      danglingReference:
        'Restriction of {{right}} names no aim: "{{verb}}" (applied to "{{object}}") relies on "{{reference}}", which resolves to nothing in this act. Under {{profile}} ({{article}}) a restriction needs one of: {{grounds}}; correct the reference or state the aim.',
    },
    schema: OPTIONS_SCHEMA,
    defaultOptions: { scope: "article+refs" },
    phrases: {
      ...AIM_PHRASES,
      anyLegitimateAim: "a legitimate aim (the article lists none; the interference must not be arbitrary)",
    },
    subCodes: ["no-aim", "dangling-reference"],
  },

  create(context: RuleContext) {
    const cl = () => context.clauses;
    const scope = scopeOption(context);

    const check = (sentence: Sentence, r: Restriction): void => {
      if (r.beliefOnly || r.implicitAim) return;
      // 8 before 1 (§2.8): a religious body under executive power is rule 8's while rule 8 is on
      let objects = r.objects;
      if (r.actor.kind !== "court" && ruleOn(context, R8)) {
        const body = objects.some((o) => o.right === ORGANISATION);
        objects = objects.filter((o) => o.right !== ORGANISATION && !(body && o.right === MANIFESTATION));
      }
      // §2.8 "unregistered religious activity → 10 only": a religious ban for want of registration is
      // rule 10's while it is on (associations have no such line: rule 29 and this rule both report)
      if (r.registrationLack && ruleOn(context, R10)) {
        objects = objects.filter((o) => !o.right.startsWith("right.religion"));
      }
      const object = objects.find((o) => groundsFor(context, o.right) !== null);
      if (!object) return;
      const grounds = groundsFor(context, object.right);
      if (!grounds) return;

      // any ground, permitted or suspect, in scope: rules 2 and 3 judge it (2 before 1, 1 before 3)
      const named = cl().findWhere(sentence, r.clause, (h) => h.concept.startsWith("ground."), scope);
      if (named) return;
      // scope level 5: the general clause names the grounds (constitutions, inheritGeneralClause)
      if (inheritsGeneralClause(context)) return;

      const reference = danglingReference(context, sentence);
      const steps = r.steps + (reference === null && externalReference(context, sentence) ? 1 : 0);
      const confidence = cl().step("medium", steps);
      if (!confidence) return;
      const list = grounds.open
        ? { phrase: "anyLegitimateAim" }
        : { list: grounds.list.map(groundPhrase), join: "comma" as const };
      context.report({
        node: sentence,
        range: cl().clauseRange(r.clause),
        messageId: reference === null ? "noAim" : "danglingReference",
        subCode: reference === null ? "no-aim" : "dangling-reference",
        confidence,
        data: {
          right: rightPhrase(object.right),
          verb: quote(context, sentence, r.verb),
          object: quote(context, object.sentence, object.hit),
          profile: context.profile.citation,
          article: articlesFor(context, object.right, true),
          grounds: list,
          ...(reference === null ? {} : { reference }),
        },
      });
    };

    return {
      Sentence(sentence: Sentence) {
        // most sentences restrict nothing: skip them before matching
        if (!mayRestrict(context, sentence)) return;
        if (!cl().isOperative(sentence)) return;
        for (const r of restrictionsIn(context, sentence)) check(sentence, r);
      },
    };
  },
});
