/**
 * R8 religion/intervention-without-permitted-ground (RULES.md §4 B): the state may act against
 * a religious body only on a ground the constitution or treaty permits for religion, and a
 * measure decided by the executive alone needs a court or an appeal.
 *
 * Per clause: an executive actor (or an implicit passive) with a restrictive, approval or
 * oversight verb over a religious body; then the scope (clause … article+refs) is asked for a
 * ground the active profile permits. None → `no-ground`. A permitted ground for a restrictive or
 * approval measure with no court and no appeal in scope → `executive-only`, unless the act itself
 * bans conduct it defines by violence or unlawfulness (an impersonal "is prohibited" with
 * `marker.conduct` or `marker.unlawful` in the clause): a rule of conduct, not an executive power.
 */
import type { Actor, Clause, Hit, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";
import { courtSuggestion } from "../court-suggestion.js";
import { GROUND_PHRASES, groundPhrase } from "../limitation/aims-common.js";
import { registrationPreconditionReported } from "./registration-precondition.js";

const ORGANISATION = "right.religion.organisation";
const MANIFESTATION = "right.religion.manifestation";
const RESTRICT = "verb.restrict";
const APPROVE = "verb.approve";
const OVERSIGHT = "list.oversight-verb";
const FACILITATIVE = "list.facilitative";
const COURT_ORDER = "marker.court-order";
const INDEPENDENT = "marker.independent-authority";
const APPEAL = "marker.appeal";
const CONDUCT = "marker.conduct";
const UNLAWFUL = "marker.unlawful";
/** Grounds a general building-safety or sanitary inspection names (RULES.md R8, false positives). */
const SAFETY_GROUNDS = ["ground.public-safety", "ground.health"];

/** The article each profile rests on (RULES.md R8); eu-digital has rule 8 off. */
const PRINCIPLE: Record<string, string> = {
  "kz-2026": "art. 7(1)–(2)",
  "kz-1995": "art. 5(2)",
  iccpr: "art. 18(3)",
  echr: "art. 9(2)",
};

export default defineRule({
  meta: {
    id: "religion/intervention-without-permitted-ground",
    family: "religion",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      "State power over a religious body (closing, suspending, approving, inspecting) with no ground the profile permits for religion, or decided by the executive alone.",
    docs: "rules/religion/intervention-without-permitted-ground.md",
    principle: PRINCIPLE,
    messages: {
      noGround:
        'State power over a religious body with no ground permitted by {{profile}} ({{article}}): "{{verb}}" (applied to "{{object}}") states no permitted aim in the article{{named}}; name the aim it serves ({{grounds}}).',
      executiveOnly:
        'State power over a religious body decided by the executive alone under {{profile}} ({{article}}): "{{verb}}" (applied to "{{object}}") names a permitted ground but no court decision and no appeal; make it "by decision of a court" or add an appeal to a court.',
    },
    hasSuggestions: true,
    phrases: {
      ...GROUND_PHRASES,
      notPermitted: " ({{named}} is not a ground it permits for religion)",
      nonePermitted: "none is permitted",
      limitationClause: "its limitation clause",
    },
    subCodes: ["no-ground", "executive-only"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const concepts = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (hit: Hit, concept: string): boolean => concepts().isA(hit.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const textOf = (sentence: Sentence, hit: Hit): string => cl().textOf(sentence, hit);

    // ---- the check -------------------------------------------------------------------------

    const articleFor = (right: string): string | PhraseRef => {
      const articles = context.law.articlesFor(right);
      if (articles.length > 0) return articles.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ");
      return PRINCIPLE[context.profile.id] ?? { phrase: "limitationClause" };
    };

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      if (hits.some((h) => isA(h, FACILITATIVE))) return;
      // worship or a group's activity banned for want of registration: rule 10 reports it (RULES.md §2.8)
      if (registrationPreconditionReported(context, sentence, clause)) return;
      const verbs = [...pick(hits, RESTRICT), ...pick(hits, APPROVE), ...pick(hits, OVERSIGHT)]
        .filter((v) => v.concept === RESTRICT || v.concept === APPROVE || v.concept === OVERSIGHT)
        .filter((v) => !cl().negated(sentence, v))
        // double negation: "closing … is not permitted", «закрытие … не допускается» (RULES.md §2.3)
        .filter((v) => !cl().guardedByProhibition(clause, v))
        .sort((a, b) => a.tokenStart - b.tokenStart);
      if (verbs.length === 0) return;

      // the religious body
      let right = ORGANISATION;
      let object = pick(hits, ORGANISATION)[0];
      let steps = 0;
      if (!object) {
        const manifestation = pick(hits, MANIFESTATION)[0];
        const body = pick(concepts().hits(sentence), ORGANISATION)[0];
        if (manifestation && body) {
          right = MANIFESTATION;
          object = manifestation;
        } else {
          object = cl()
            .chapeauOf(sentence)
            .flatMap((s) => pick(concepts().hits(s), ORGANISATION))
            .at(0);
          if (!object) return;
          steps++;
        }
      }
      if (context.law.permittedGrounds(right) === undefined) return;

      // the state power over it: the first trigger with an executive (or implicit) actor
      const appeals = pick(hits, APPEAL);
      const bodies = pick(hits, ORGANISATION);
      const approves = (body: Hit, v: Hit): boolean =>
        language === "kk"
          ? body.tokenEnd === v.tokenStart
          : body.tokenStart >= v.tokenEnd && body.tokenStart - v.tokenEnd <= 1;
      let verb: Hit | undefined;
      let actor: Actor | null = null;
      for (const v of verbs) {
        // "may appeal against the refusal", «шағымдануға … бас тартуына»: the verb is what is appealed
        if (language !== "kk" && appeals.some((a) => a.tokenEnd <= v.tokenStart)) continue;
        if (language === "kk" && appeals.some((a) => a.tokenStart >= v.tokenEnd && a.tokenStart - v.tokenEnd <= 2)) {
          continue;
        }
        // "with the consent of the religious organisation", «с согласия религиозного объединения»,
        // «діни бірлестіктің келісімімен»: the body itself approves, the state does not approve it
        if (v.concept === APPROVE && bodies.some((b) => approves(b, v))) continue;
        const a = cl().actorOf(clause, v);
        if (a === null || a.kind === "court") continue;
        verb = v;
        actor = a;
        break;
      }
      if (!verb || !actor) return;
      if (actor.kind === "implicit") steps++;
      const oversight = verb.concept === OVERSIGHT;

      // the ground (scope up to article+refs)
      const grounds = cl().findWhere(sentence, clause, (h) => h.concept.startsWith("ground."));
      const named = grounds?.found ?? [];
      if (oversight && named.some(({ hit }) => SAFETY_GROUNDS.some((g) => isA(hit, g)))) return;
      const permitted = cl().findWhere(
        sentence,
        clause,
        (h) => h.concept.startsWith("ground.") && context.law.isGroundPermitted(right, h.concept) === true,
      );

      const range = cl().clauseRange(clause);
      const data = {
        profile: context.profile.citation,
        article: articleFor(right),
        verb: textOf(sentence, verb),
        object: textOf(sentence, object),
      };

      if (!permitted) {
        const confidence = cl().step("medium", steps);
        if (!confidence) return;
        const others = [...new Set(named.map(({ sentence: s, hit }) => textOf(s, hit)))];
        const list = (context.law.permittedGrounds(right) ?? []).map(groundPhrase);
        context.report({
          node: sentence,
          range,
          messageId: "noGround",
          subCode: "no-ground",
          confidence,
          data: {
            ...data,
            named:
              others.length > 0
                ? {
                    phrase: "notPermitted",
                    data: { named: { list: others.map((o) => ({ quote: o })), join: "comma" } },
                  }
                : "",
            grounds: list.length > 0 ? { list, join: "comma" } : { phrase: "nonePermitted" },
          },
        });
        return;
      }
      if (oversight) return;
      // the act itself bans conduct it defines by violence or unlawfulness ("activity aimed at the
      // violent change of the constitutional order is prohibited"): a rule of conduct, not a power
      // the executive holds; applying it to a body is for a court, under the act's enforcement rules
      if (
        actor.kind === "implicit" &&
        verb.concept === RESTRICT &&
        [CONDUCT, UNLAWFUL].some((c) => pick(hits, c).length > 0)
      ) {
        return;
      }

      // executive-only: no court as authoriser, no independent authority, no appeal in scope
      const authorised = cl().findLive(sentence, clause, [COURT_ORDER, INDEPENDENT, APPEAL]);
      if (authorised) return;
      if (permitted.level === "article+refs") steps++;
      const confidence = cl().step("medium", steps);
      if (!confidence) return;
      context.report({
        node: sentence,
        range,
        messageId: "executiveOnly",
        subCode: "executive-only",
        confidence,
        data,
        suggestions: courtSuggestion(context, sentence, clause, verb, actor.kind === "implicit"),
      });
    };

    return {
      Sentence(sentence: Sentence) {
        // a sentence with no restricting, approving or oversight verb cannot trigger: skip it before matching
        const ci = concepts();
        if (!ci.mayHave(sentence, RESTRICT) && !ci.mayHave(sentence, APPROVE) && !ci.mayHave(sentence, OVERSIGHT))
          return;
        // no religious body or manifestation in the sentence, nor a body in its chapeau: nothing to judge
        if (
          !ci.mayHave(sentence, ORGANISATION) &&
          !ci.mayHave(sentence, MANIFESTATION) &&
          !cl()
            .chapeauOf(sentence)
            .some((s) => ci.mayHave(s, ORGANISATION))
        )
          return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of concepts().clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
