/**
 * R2 `limitation/aim-not-permitted-for-right` (RULES.md §4 A): limitation lists are closed and read
 * strictly. A restriction of a right that names an aim outside the profile's list for that right
 * (`not-in-list`), or an always-suspect aim the profile does not map to a permitted one
 * (`suspect-aim`: traditional values, prestige of the state, interests of the state, social
 * harmony outside KZ, political reasons, "other purposes"), is reported.
 *
 * Per clause of an operative sentence: a restriction of a right object (./aims-common.ts); the
 * grounds named at the narrowest scope level that has any (clause … article+refs, option `scope`);
 * each ground the profile does not permit for the right (after its ground mapping, §5.6) is one
 * finding, whose range is that ground ("public order and the interests of the state": only the
 * second conjunct). A ground is reported once per sentence, however many clauses it serves.
 *
 * Not reported: a permitted or mapped ground; a religious body under executive power with no
 * permitted ground while rule 8 is on (rule 8's `no-ground` names the ground; §2.8 8 before 1, read
 * for rule 2 too); national security named for religious practice while
 * rule 9 is on (9 before 2; where rule 9 is off, as under kz-1995, rule 2 reports it); "public
 * interest" in a clause about taking property for compensation (ECHR P1-1); belief objects (rule 7);
 * a right the profile does not list; preambles and purpose articles (no restriction).
 */
import type { Hit, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";
import {
  AIM_PHRASES,
  articlesFor,
  groundPhrase,
  groundsFor,
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
const R9 = "religion/national-security-ground";
const SUSPECT = "ground.suspect";
const NATIONAL_SECURITY = "ground.national-security";
const STATE_INTEREST = "ground.suspect.state-interest";
const PROPERTY = "list.property-context";
const LIMITING = ["verb.restrict", "verb.prohibit", "list.negated-permission"];

export default defineRule({
  meta: {
    id: "limitation/aim-not-permitted-for-right",
    family: "limitation",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      "A restriction of a right names an aim that the profile's closed list for that right does not contain, or an always-suspect aim.",
    docs: "rules/limitation/aim-not-permitted-for-right.md",
    principle: {
      "kz-2026": ["art. 41(1)", "art. 41(3)", "art. 7(2)"],
      "kz-1995": ["art. 39(1)", "art. 39(3)"],
      iccpr: "arts 18(3), 19(3), 21, 22(2) (GC 22 §8)",
      echr: ["arts 8(2)–11(2)", "art. 18"],
      "eu-digital": "Charter art. 52(1)",
    },
    messages: {
      suspectAim:
        '"{{ground}}" is not a permitted aim for restricting {{right}} under {{profile}} ({{article}}): it is an always-suspect aim that no limitation clause lists. Replace it with the aim the measure actually serves, from: {{grounds}}.',
      notInList:
        '"{{ground}}" is not a permitted aim for restricting {{right}} under {{profile}} ({{article}}): the list for this right is closed ({{grounds}}).',
    },
    schema: OPTIONS_SCHEMA,
    defaultOptions: { scope: "article+refs" },
    phrases: { ...AIM_PHRASES, anyAim: "any recognised, non-arbitrary aim", none: "none" },
    subCodes: ["suspect-aim", "not-in-list"],
  },

  create(context: RuleContext) {
    const cl = () => context.clauses;
    const scope = scopeOption(context);
    /** Grounds already reported, by sentence and ground: one finding per aim and sentence. */
    const reported = new Set<string>();
    const keyOf = (where: Sentence, hit: Hit) => `${where.range.start.offset}:${hit.concept}`;

    // by id, not through the lexicon's parent links (another file may redeclare a sub-id without its parent)
    const isSuspect = (hit: Hit) => hit.concept.startsWith(`${SUSPECT}.`);
    /**
     * Beyond the provision (article, article+refs), only an aim stated in a limitation sentence — one
     * with a restrictive word, live or negated — is the aim of this restriction.
     */
    const limiting = (s: Sentence, of: Sentence): boolean => {
      const ci = context.concepts;
      const own = ci.provisionOf(of);
      const unit = ci.provisionOf(s);
      if (unit === own || (own && unit && context.parentOf(own) === unit)) return true;
      return ci.hits(s).some((h) => LIMITING.some((c) => ci.isA(h.concept, c)));
    };

    const eightReports = (sentence: Sentence, r: Restriction, right: string): boolean => {
      if (r.actor.kind === "court" || !ruleOn(context, R8)) return false;
      const body = r.objects.some((o) => o.right === ORGANISATION);
      if (right !== ORGANISATION && !(right === MANIFESTATION && body)) return false;
      const permitted = cl().findWhere(
        sentence,
        r.clause,
        (h) => h.concept.startsWith("ground.") && context.law.isGroundPermitted(right, h.concept) === true,
      );
      return permitted === null;
    };

    const check = (sentence: Sentence, r: Restriction): void => {
      if (r.beliefOnly) return;
      const object = r.objects.find((o) => groundsFor(context, o.right) !== null);
      if (!object) return;
      const grounds = groundsFor(context, object.right);
      if (!grounds) return;
      const named = cl().findWhere(
        sentence,
        r.clause,
        // the bare parent `ground.suspect` comes with each suspect sub-concept on the same span; beyond
        // the provision, only an aim stated in a limitation sentence is the aim of this restriction
        (h, s) => h.concept.startsWith("ground.") && h.concept !== SUSPECT && limiting(s, sentence),
        scope,
      );
      if (!named) return;
      // 8 before 2 (§2.8 by analogy with 8 before 1): a religious body under executive power with no
      // permitted ground is rule 8's `no-ground`, whose message names the ground it does not permit
      if (eightReports(sentence, r, object.right)) return;
      const nineOn = ruleOn(context, R9);
      for (const { sentence: where, hit } of named.found) {
        if (reported.has(keyOf(where, hit))) continue;
        if (context.law.isGroundPermitted(object.right, hit.concept) !== false) continue;
        // 9 before 2 (§2.8): national security for religious practice is rule 9's while it is on
        if (hit.concept === NATIONAL_SECURITY && object.right === MANIFESTATION && nineOn) continue;
        // "public interest" where property is taken for compensation: permitted for property (P1-1)
        if (hit.concept === STATE_INTEREST && context.concepts.hits(where).some((h) => h.concept === PROPERTY))
          continue;
        const suspect = isSuspect(hit);
        const steps = r.steps + (named.level === "article+refs" ? 1 : 0) + (r.implicitAim ? 1 : 0);
        const confidence = cl().step(suspect ? "high" : "medium", steps);
        if (!confidence) continue;
        reported.add(keyOf(where, hit));
        context.report({
          node: where,
          range: cl().rangeOf(where, hit.start, hit.end),
          messageId: suspect ? "suspectAim" : "notInList",
          subCode: suspect ? "suspect-aim" : "not-in-list",
          // a motive the profile forbids outright (KZ: political motives) takes its §5.7 severity
          ...(suspect && context.law.isForbiddenMotive(hit.concept) ? { condition: "forbidden-motive" } : {}),
          confidence,
          data: {
            ground: quote(context, where, hit),
            right: rightPhrase(object.right),
            profile: context.profile.citation,
            article: articlesFor(context, object.right, true),
            grounds: grounds.open
              ? { phrase: "anyAim" }
              : grounds.list.length > 0
                ? { list: grounds.list.map(groundPhrase), join: "comma" }
                : { phrase: "none" },
          },
        });
      }
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
