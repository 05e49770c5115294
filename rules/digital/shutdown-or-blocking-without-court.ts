/**
 * R20 `digital/shutdown-or-blocking-without-court` (RULES.md §4 C): network shutdowns are never
 * justified; blocking a website or a platform needs a precise legal basis, a specific target, a
 * maximum duration and prior control by a court or an independent body (GC 34 §43; Ahmet Yıldırım
 * v. Turkey; Vladimir Kharitonov v. Russia; DSA art. 9; KZ 2026 art. 23(5)).
 *
 * Per clause of an operative sentence, the first live trigger — a shutdown (`list.network-shutdown`)
 * or a blocking (`list.blocking`; its generic forms, "restrict access to information", only with
 * the internet or a platform in the provision, `list.network-context`) that is not negated and not
 * governed by a later prohibition ("… is not permitted", «… не допускается», «… жол берілмейді»):
 * 1. Who orders it (RULES.md §2.4 `actorOf`, with the actor hidden inside a delegation phrase put
 *    back): a state body, a court, or an implicit passive. An operator or platform the law obliges
 *    to act (`list.provider-duty`: "shall", «обязан», «міндетті») counts as the state acting
 *    through it (confidence one step lower); a provider acting under its own terms of service
 *    (`list.own-terms`), or with no duty, is not this rule's.
 * 2. `network-shutdown` — whatever the safeguards (error in the treaty profiles), unless the
 *    provision is about maintenance or technical outages (`list.technical-outage`) or the clause
 *    suspends the service of one subscriber (`list.individual-subscriber`: non-payment).
 * 3. Blocking: `csam-list` (warning) when the target is child sexual abuse material; else
 *    `no-court` when no court order, court or independent authority is in scope (clause …
 *    article+refs; a court that only hears an appeal does not count); else `whole-resource`
 *    (`list.whole-resource` in the clause), `vague-trigger` (`list.restrictive-term` or a
 *    `ground.suspect.*` in the sentence), `no-duration` (no `marker.duration` in scope, or
 *    `marker.indefinite` in the sentence).
 * One finding per clause: the first defect in that order names the sub-code, the message lists the
 * others. Under eu-digital an administrative order against a specific item with notice to the owner
 * and an appeal (DSA art. 9) is still `no-court`, at confidence low: RULES.md §5.7 makes it a warning
 * there, which the engine cannot yet express per finding (see the doc).
 */
import type { Actor, Clause, Hit, MessageData, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";
import { courtSuggestion } from "../court-suggestion.js";

const SHUTDOWN = "list.network-shutdown";
const BLOCKING = "list.blocking";
const GENERIC = "list.blocking.generic";
const NETWORK = "list.network-context";
const SPECIFIC = "list.specific-content";
const WHOLE = "list.whole-resource";
const CSAM = "list.csam";
const OUTAGE = "list.technical-outage";
const SUBSCRIBER = "list.individual-subscriber";
const OWNER_NOTICE = "list.owner-notice";
const NOTICE = "marker.notice-to-person";
const PROVIDER = "actor.private.provider";
const PROVIDER_DUTY = "list.provider-duty";
const OWN_TERMS = "list.own-terms";
const RESTRICTIVE_TERM = "list.restrictive-term";
const DURATION = "marker.duration";
const INDEFINITE = "marker.indefinite";
const DELEGATION = "marker.delegation";
const PROHIBIT = "verb.prohibit";
const BAN = "list.practice-ban";

type SubCode = "network-shutdown" | "no-court" | "whole-resource" | "vague-trigger" | "no-duration" | "csam-list";

const MESSAGE_ID: Record<SubCode, string> = {
  "network-shutdown": "networkShutdown",
  "no-court": "noCourt",
  "whole-resource": "wholeResource",
  "vague-trigger": "vagueTrigger",
  "no-duration": "noDuration",
  "csam-list": "csamList",
};

/** How each defect reads in the list of further defects. */
const DEFECT: Record<SubCode, string> = {
  "network-shutdown": "a network shutdown",
  "no-court": "no prior court decision",
  "whole-resource": "a whole resource rather than a specific item",
  "vague-trigger": "a vague trigger",
  "no-duration": "no time limit",
  "csam-list": "child sexual abuse material",
};

/** The articles each profile rests on (RULES.md R20). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": ["art. 23(5)", "art. 41(1)"],
  "kz-1995": ["art. 20", "art. 39(1)"],
  iccpr: "art. 19(3)",
  echr: "art. 10",
  "eu-digital": ["Charter art. 11", "DSA art. 9"],
};

export default defineRule({
  meta: {
    id: "digital/shutdown-or-blocking-without-court",
    family: "digital",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      "A network shutdown, or blocking of websites and platforms ordered by the executive without a court, a specific target or a time limit.",
    docs: "rules/digital/shutdown-or-blocking-without-court.md",
    principle: PRINCIPLE,
    messages: {
      networkShutdown:
        'network-shutdown: "{{trigger}}"{{actor}} cuts off or slows down communications for everyone in an area — restriction of access to communications that {{citation}} never accepts as proportionate, whatever the safeguards{{also}}. Remove the power; act against specific unlawful content by court order instead.',
      noCourt:
        'no-court: "{{trigger}}" is ordered by {{who}} with no prior court decision{{also}} — {{citation}} requires a court or an independent body to authorise blocking{{dsa}}. Make it "by decision of a court".',
      wholeResource:
        'whole-resource: "{{trigger}}" reaches a whole site, platform or network ("{{scope}}") instead of the specific unlawful item{{also}} ({{citation}}). Limit it to the specific page or item found unlawful.',
      vagueTrigger:
        'vague-trigger: blocking ("{{trigger}}") is triggered by "{{term}}", which is not defined by reference to a specific offence{{also}} ({{citation}}). Define the content that may be blocked precisely.',
      noDuration:
        'no-duration: blocking ("{{trigger}}") has no maximum duration{{also}} ({{citation}}). Add a time limit, e.g. "for up to 30 days".',
      csamList:
        'csam-list: blocking of child sexual abuse material ("{{trigger}}"){{also}} — a legitimate aim ({{citation}}); check that the list is kept under independent oversight, with notice and review.',
    },
    hasSuggestions: true,
    phrases: {
      ...DEFECT,
      also: "; also {{defects}}",
      dsa: " (an order against a specific item with notice and an appeal is admitted by DSA art. 9)",
      aCourt: "a court",
      executiveUnnamed: "the executive (no authority is named)",
      orderedBy: ' (ordered by "{{actor}}")',
    },
    subCodes: ["network-shutdown", "no-court", "whole-resource", "no-duration", "vague-trigger", "csam-list"],
  },

  create(context: RuleContext) {
    const _language = context.language;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (hit: Hit, concept: string): boolean => ci().isA(hit.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const textOf = (sentence: Sentence, hit: Hit): string => cl().textOf(sentence, hit);

    const citation = (): string => {
      const p = PRINCIPLE[context.profile.id];
      return p === undefined ? context.profile.citation : `${context.profile.citation} (${[p].flat().join(", ")})`;
    };

    /**
     * A live trigger: not negated, not governed by a later prohibition (a guarantee, §2.3) or by a
     * ban before it ("Nothing in this Law allows …"), and not a point of a list whose chapeau
     * prohibits what follows ("The following is prohibited:").
     */
    const liveTrigger = (sentence: Sentence, clause: Clause, hit: Hit): boolean =>
      !cl().negated(sentence, hit) &&
      !cl().guardedByProhibition(clause, hit) &&
      // "Nothing in this Law allows …", "No state body may …" (`list.practice-ban` before the trigger)
      !pick(clause.hits, BAN).some((b) => b.tokenEnd <= hit.tokenStart) &&
      !cl()
        .chapeauOf(sentence)
        .some((c) => cl().pick(ci().hits(c), PROHIBIT).length > 0);

    /** Who orders the measure; null when nobody the state controls does. */
    const whoActs = (clause: Clause, verb: Hit): { actor: Actor; steps: number } | null => {
      const full = cl().withHidden(clause, (h) => isA(h, DELEGATION));
      const actor = cl().actorOf(full, verb);
      if (actor) return { actor, steps: actor.kind === "implicit" ? 1 : 0 };
      // an operator or platform the law obliges to act, not under its own terms
      const providers = pick(clause.hits, PROVIDER).filter((p) => p.tokenEnd <= verb.tokenStart);
      if (providers.length === 0) return null;
      if (pick(clause.hits, OWN_TERMS).length > 0) return null;
      if (pick(clause.hits, PROVIDER_DUTY).length === 0) return null;
      return { actor: { kind: "implicit" }, steps: 1 };
    };

    const also = (defects: readonly SubCode[]): string | PhraseRef =>
      defects.length === 0
        ? ""
        : { phrase: "also", data: { defects: { list: defects.map((d) => ({ phrase: d })), join: "comma" } } };

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      const networkInProvision =
        cl().findWhere(sentence, clause, (h) => isA(h, NETWORK) || isA(h, CSAM), "provision") !== null;
      const shutdowns = pick(hits, SHUTDOWN).filter((h) => liveTrigger(sentence, clause, h));
      // "restrict access to information": blocking only where the internet or a platform is in view
      const generic = (h: Hit): boolean =>
        hits.some((g) => g.concept === GENERIC && g.tokenStart === h.tokenStart && g.tokenEnd === h.tokenEnd);
      const blockings = pick(hits, BLOCKING)
        .filter((h) => networkInProvision || !generic(h))
        .filter((h) => liveTrigger(sentence, clause, h))
        // a blocking phrase inside a shutdown phrase is the shutdown
        .filter((h) => !shutdowns.some((s) => s.tokenStart <= h.tokenStart && h.tokenEnd <= s.tokenEnd));
      const outage = cl().findWhere(sentence, clause, (h) => isA(h, OUTAGE), "provision") !== null;

      // a service suspended for one subscriber (non-payment) is a contract measure, not a shutdown
      const oneSubscriber = pick(hits, SUBSCRIBER).length > 0;
      const shutdown = outage || oneSubscriber ? undefined : shutdowns[0];
      const trigger = shutdown ?? blockings[0];
      if (!trigger) return;
      const who = whoActs(clause, trigger);
      if (!who) return;
      const { actor } = who;
      let steps = who.steps;

      const sentenceHits = ci().hits(sentence);
      const court = actor.kind === "court" || cl().courtAuthorised(sentence, clause) !== null;
      const whole = pick(hits, WHOLE)[0];
      const vague =
        pick(sentenceHits, RESTRICTIVE_TERM)[0] ?? sentenceHits.find((h) => h.concept.startsWith("ground.suspect."));
      const durationFound = cl().findLive(sentence, clause, [DURATION]);
      const indefinite = pick(sentenceHits, INDEFINITE).length > 0;
      const timeless = !durationFound || indefinite;

      const defects: SubCode[] = [];
      if (shutdown) defects.push("network-shutdown");
      const csam = !shutdown && pick(sentenceHits, CSAM).length > 0;
      if (csam) defects.push("csam-list");
      if (!court) defects.push("no-court");
      if (whole && !shutdown) defects.push("whole-resource");
      if (vague) defects.push("vague-trigger");
      if (timeless) defects.push("no-duration");
      const subCode = defects[0];
      if (!subCode) return;
      if (durationFound?.level === "article+refs") steps++;

      // DSA art. 9: an administrative order against a specific item, with notice and an appeal
      // (RULES.md §5.7 `specific-item-order`: each profile's conditional severity applies)
      let dsa: string | PhraseRef = "";
      let specificItemOrder = false;
      if (subCode === "no-court") {
        const specific = cl().findWhere(sentence, clause, (h) => isA(h, SPECIFIC), "provision") !== null;
        const notified = cl().findLive(sentence, clause, [OWNER_NOTICE, NOTICE], "article") !== null;
        const appeal = cl().appealRoute(sentence, clause) !== null;
        specificItemOrder = specific && notified && appeal && !whole;
        if (specificItemOrder && context.profile.id === "eu-digital") {
          dsa = { phrase: "dsa" };
          steps++;
        }
      }
      const confidence = cl().step("medium", steps);
      if (!confidence) return;

      const orderedBy =
        actor.kind === "state" && actor.hit
          ? { quote: textOf(actor.sentence ?? sentence, actor.hit) }
          : { phrase: actor.kind === "court" ? "aCourt" : "executiveUnnamed" };
      const data: MessageData = {
        trigger: textOf(sentence, trigger),
        citation: citation(),
        also: also(defects.slice(1)),
        actor:
          actor.kind === "state" && actor.hit
            ? { phrase: "orderedBy", data: { actor: textOf(actor.sentence ?? sentence, actor.hit) } }
            : "",
        who: orderedBy,
        dsa,
        scope: whole ? textOf(sentence, whole) : "",
        term: vague ? textOf(sentence, vague) : "",
      };
      const suggestions =
        subCode === "no-court" ? courtSuggestion(context, sentence, clause, trigger, actor.kind === "implicit") : [];
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: MESSAGE_ID[subCode],
        ...(specificItemOrder ? { condition: "specific-item-order" } : {}),
        subCode,
        confidence,
        data,
        suggestions,
      });
    };

    return {
      Sentence(sentence: Sentence) {
        // no shutdown or blocking word: skip the sentence before matching
        if (!ci().mayHave(sentence, SHUTDOWN) && !ci().mayHave(sentence, BLOCKING)) return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of ci().clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
