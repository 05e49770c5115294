/**
 * R6 limitation/blanket-ban-essence (RULES.md §4 A): a ban on a whole category of the exercise of
 * a right ("any religious instruction of minors is prohibited", «любые публичные мероприятия
 * запрещаются», «кез келген пікір білдіруге тыйым салынады») with no exception and no conduct
 * element leaves nothing of the right.
 *
 * Per clause: a restriction (`restricts`: a live `verb.restrict` or a `verb.prohibit`) and a
 * universal quantifier (`marker.universal`) over a right object (expression, assembly,
 * association, religious manifestation or body, academic activity): the quantifier stands right
 * before the object ("any religious instruction", «кез келген діни оқытуға»), or right next to
 * a general prohibition ("полностью запрещается") with the object in the clause. Not reported
 * when the provision has an exception (`marker.exception`) or a conduct element
 * (`marker.conduct`: violence, weapons, coercion); when the banned thing is conduct no right
 * protects (`list.non-protected-conduct`); when the ban protects the right ("any censorship of
 * the media is prohibited", `list.protective-ban`); when it covers only the vicinity of a place
 * (`list.place-limit`: "within 50 metres of", «вблизи»; rule 27 judges zones); or when it is
 * time-limited and open to a court (rules 1–3 judge it). A ban on all activity of unregistered groups is the sub-code
 * `unregistered-ban`, left to rules 10 and 29 where the profile has them on (RULES.md §2.8).
 */
import type { Clause, Hit, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";

const UNIVERSAL = "marker.universal";
const EXCEPTION = "marker.exception";
const CONDUCT = "marker.conduct";
const DURATION = "marker.duration";
const NON_PROTECTED = "list.non-protected-conduct";
const PROTECTIVE = "list.protective-ban";
const UNREGISTERED = "list.ban-unregistered";
const PLACE_LIMIT = "list.place-limit";
const PROHIBIT = "verb.prohibit";
const RESTRICT = "verb.restrict";

/** Rights whose exercise a blanket ban can empty; a ban on interference with privacy, life or liberty protects them. */
const RIGHTS: readonly { id: string; words: string }[] = [
  { id: "right.religion.manifestation", words: "religious manifestation" },
  { id: "right.religion.organisation", words: "the activity of religious bodies" },
  { id: "right.expression", words: "expression" },
  { id: "right.assembly", words: "peaceful assembly" },
  { id: "right.association", words: "association" },
  { id: "right.academic", words: "academic activity" },
];

/** The rule a ban on unregistered groups is left to, per right (RULES.md §2.8: 10 before 6 and 29). */
const REGISTRATION_RULE: Record<string, string> = {
  "right.religion.manifestation": "religion/registration-precondition",
  "right.religion.organisation": "religion/registration-precondition",
  "right.association": "association/mandatory-registration",
};

/** How far the quantifier may stand before the object ("any religious instruction", «любая деятельность … групп»). */
const BEFORE_OBJECT = 2;

/** The essence clause each profile rests on (RULES.md R6). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 41(1)",
  "kz-1995": "art. 39(1)",
  iccpr: "art. 5(1)",
  echr: ["art. 17", "art. 18"],
  "eu-digital": "Charter art. 52(1)",
};

export default defineRule({
  meta: {
    id: "limitation/blanket-ban-essence",
    family: "limitation",
    scope: "unit",
    severity: "warning",
    confidence: "medium",
    description:
      "A whole category of the exercise of a right is banned with no exception and no conduct element, which may destroy the essence of the right.",
    docs: "rules/limitation/blanket-ban-essence.md",
    principle: PRINCIPLE,
    messages: {
      totalBan:
        'Total ban on {{right}} ("{{universal}} … {{object}}", "{{verb}}") with no exception and no conduct element: check whether the essence of the right survives. {{profile}} ({{article}}) allows limits, not the removal of the right; name the harmful conduct or add exceptions.',
      unregisteredBan:
        'Ban on all activity of unregistered groups ("{{universal}} … {{object}}", "{{verb}}"): {{freedom}} does not depend on state registration. {{profile}} ({{article}}) allows limits, not the removal of the right.',
    },
    phrases: {
      ...Object.fromEntries(RIGHTS.map((r) => [`right:${r.id}`, r.words])),
      freedomOfAssociation: "freedom of association",
      freedomOfReligion: "freedom of religion",
      limitationClause: "its limitation clause",
    },
    subCodes: ["total-ban", "unregistered-ban"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const concepts = () => context.concepts;
    const cl = () => context.clauses;
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);

    const articleFor = (right: string): string | PhraseRef => {
      const own = context.law.articlesFor(right).map((a) => (/^\d/u.test(a) ? `art. ${a}` : a));
      const essence = PRINCIPLE[context.profile.id];
      const general = Array.isArray(essence) ? essence : essence ? [essence] : [];
      const all = [...new Set([...own, ...general])];
      return all.length > 0 ? all.join(", ") : { phrase: "limitationClause" };
    };

    /** The registration rule is on in this profile (the ban on unregistered groups is its to report). */
    const registrationRuleOn = (right: string): boolean => {
      const id = REGISTRATION_RULE[right];
      if (!id) return false;
      const severity = context.profile.ruleSeverity?.[id];
      return severity !== undefined && severity !== "off";
    };

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const restrictions = cl()
        .restrictions(clause)
        .filter((v) => concepts().isA(v.concept, PROHIBIT) || concepts().isA(v.concept, RESTRICT));
      if (restrictions.length === 0) return;
      const universals = pick(clause.hits, UNIVERSAL);
      if (universals.length === 0) return;

      // the universal over a right object
      let found: { right: (typeof RIGHTS)[number]; object: Hit; universal: Hit; verb: Hit } | null = null;
      for (const right of RIGHTS) {
        for (const object of pick(clause.hits, right.id)) {
          const before = universals.find(
            (u) => u.tokenEnd <= object.tokenStart && object.tokenStart - u.tokenEnd <= BEFORE_OBJECT,
          );
          // "полностью запрещается": an adverb on a general prohibition; an authority's measure against one
          // target («оған қолжетімділікті толығымен бұғаттайды», "blocks it completely") is not a category ban
          const general = restrictions.filter(
            (v) => concepts().isA(v.concept, PROHIBIT) || cl().actorOf(clause, v)?.kind === "implicit",
          );
          const adverb = universals.find((u) => general.some((v) => tokenGap(u, v) <= 1));
          const universal = before ?? adverb;
          if (!universal) continue;
          // Kazakh is verb-final: a restrictive verb before the object only modifies it
          // («өздері тарататын барлық жарияланымдарда» — "in all publications they distribute")
          const governing =
            language === "kk" ? restrictions.filter((v) => v.tokenStart >= object.tokenEnd) : restrictions;
          const verb = [...governing].sort((a, b) => tokenGap(a, object) - tokenGap(b, object))[0];
          if (!verb) continue;
          found = { right, object, universal, verb };
          break;
        }
        if (found) break;
      }
      if (!found) return;

      // what keeps the ban from being total
      if (pick(clause.hits, NON_PROTECTED).length > 0) return;
      if (pick(clause.hits, PROTECTIVE).length > 0) return;
      // "within 50 metres of a court building": a zone, not the whole right (rule 27 judges zones)
      if (pick(clause.hits, PLACE_LIMIT).length > 0) return;
      // not `findLive`: Kazakh exception words are negative verb forms themselves («қолданылмайды», «қосылмайды»)
      const narrowing = (h: Hit) => concepts().isA(h.concept, EXCEPTION) || concepts().isA(h.concept, CONDUCT);
      if (cl().findWhere(sentence, clause, narrowing, "provision")) return;
      const limited = cl().findLive(sentence, clause, [DURATION], "provision");
      if (
        limited &&
        (cl().courtAuthorised(sentence, clause, "provision") || cl().appealRoute(sentence, clause, "provision"))
      )
        return;

      const unregistered = pick(clause.hits, UNREGISTERED).length > 0;
      if (unregistered && registrationRuleOn(found.right.id)) return;
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: unregistered ? "unregisteredBan" : "totalBan",
        subCode: unregistered ? "unregistered-ban" : "total-ban",
        data: {
          right: { phrase: `right:${found.right.id}` },
          freedom: { phrase: found.right.id === "right.association" ? "freedomOfAssociation" : "freedomOfReligion" },
          universal: cl().textOf(sentence, found.universal),
          object: cl().textOf(sentence, found.object),
          verb: cl().textOf(sentence, found.verb),
          profile: context.profile.citation,
          article: articleFor(found.right.id),
        },
      });
    };

    return {
      Sentence(sentence: Sentence) {
        // no universal quantifier, no blanket ban: skip the sentence before matching
        const ci = concepts();
        if (!ci.mayHave(sentence, UNIVERSAL)) return;
        if (!ci.mayHave(sentence, PROHIBIT) && !ci.mayHave(sentence, RESTRICT)) return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of ci.clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
