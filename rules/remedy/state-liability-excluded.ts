/**
 * R32 `remedy/state-liability-excluded` (RULES.md §4 H): the State, a state body or an official is
 * freed in advance from paying for the damage it causes, the compensation is capped, officials
 * are made immune from proceedings, or proceedings against them need the executive's permission.
 *
 * Per clause of an operative sentence:
 * - `prosecution-permission`: a consent or permission (`verb.approve`) of the executive
 *   (`list.executive-head`: "with the consent of the Minister", «только с согласия
 *   руководителя», «министрдің келісімімен») in a sentence about proceedings (`list.proceedings`:
 *   sue, prosecute, уголовное дело, жауапқа тарту) against a person serving the State
 *   (`list.official`), or attached to an immunity.
 * - `immunity` / `exclusion`: a `list.liability-exclusion` hit. A liability exclusion ("is not
 *   liable", «не несет ответственности», «жауапты болмайды») and an immunity ("cannot be sued",
 *   «не может быть привлечен к ответственности», «жауаптылыққа тартылмайды») count when their
 *   subject — the first party named in the clause before them — is a state body or the State
 *   (`actor.state`, `list.state-party`); a refusal of compensation (`.compensation`: "no
 *   compensation", «возмещению не подлежит», «өтелмейді») counts when the damage it refuses comes
 *   from state action: a state body, the State or a state system (`list.state-system`) in the
 *   clause and no private party as the subject that escapes liability.
 * - `cap`: a compensation word (`list.compensation`) and a limit after it (`list.liability-cap`:
 *   shall not exceed, «не может превышать», «аспауға тиіс») for damage caused by a state body.
 * - `lawful-acts` (warning) instead of `exclusion`/`cap`: the clause covers only lawful acts
 *   (`marker.lawful` and no `marker.unlawful`).
 * Not reported: an official's personal exemption where the provision makes the State pay
 * (`list.state-compensates`: "such harm is compensated by the State", «возмещается государством»,
 * «мемлекет өтейді»); a court or judge as the subject (judicial immunity; the State's liability for
 * judicial error is a separate clause), a private party as the subject (journalists, contractors),
 * whistle-blower protection (`list.protected-disclosure`), force majeure (`list.force-majeure`).
 */
import {
  type Clause,
  type Confidence,
  defineRule,
  type Hit,
  type RuleContext,
  type Sentence,
  tokenGap,
} from "../../src/engine/api.js";

const EXCLUSION = "list.liability-exclusion";
const COMPENSATION_REFUSED = "list.liability-exclusion.compensation";
const IMMUNITY = "list.liability-exclusion.immunity";
const CAP = "list.liability-cap";
const COMPENSATION = "list.compensation";
const APPROVE = "verb.approve";
const EXECUTIVE = "list.executive-head";
/** "с согласия руководителя", "approval of the head of the agency": a consent phrase of its own. */
const NON_INDEPENDENT = "marker.non-independent-authorisation";
const OFFICIAL = "list.official";
const STATE_COMPENSATES = "list.state-compensates";
/** Tokens between a consent word and the executive who gives it ("consent of the Minister"). */
const CONSENT_GAP = 5;
const PROCEEDINGS = "list.proceedings";
const DAMAGE = "list.damage";
const STATE = "actor.state";
const STATE_PARTY = "list.state-party";
const STATE_SYSTEM = "list.state-system";
const AUTOMATED_SYSTEM = "list.automated.system";
const COURT = "actor.court";
const PRIVATE = "list.private-party";
const DISCLOSURE = "list.protected-disclosure";
const FORCE_MAJEURE = "list.force-majeure";
const LAWFUL = "marker.lawful";
const UNLAWFUL = "marker.unlawful";

type SubCode = "exclusion" | "cap" | "immunity" | "prosecution-permission" | "lawful-acts";

/** The article each profile rests on (RULES.md R32, §5). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": ["art. 15(6)", "art. 12(2)"],
  "kz-1995": "art. 13(2)",
  iccpr: ["art. 2(3)", "art. 9(5)", "art. 14(6)"],
  echr: ["art. 5(5)", "art. 13"],
  "eu-digital": "Charter art. 47",
};

/** How each sub-code names the defect in the message (phrases `what:<sub-code>`). */
const WHAT: Record<SubCode, string> = {
  exclusion: "State liability excluded",
  cap: "State liability capped",
  immunity: "Immunity of officials",
  "prosecution-permission": "Proceedings against officials need executive permission",
  "lawful-acts": "State liability excluded for lawful acts",
};

export default defineRule({
  meta: {
    id: "remedy/state-liability-excluded",
    family: "remedy",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      "The State or its officials are freed in advance from liability for the damage they cause, compensation is capped, officials are immune, or suing them needs executive permission.",
    docs: "rules/remedy/state-liability-excluded.md",
    principle: PRINCIPLE,
    messages: {
      excluded:
        '{{what}}: "{{trigger}}" ("{{subject}}") — under {{profile}} ({{article}}) the State must compensate damage caused by unlawful acts of its bodies and officials; remove the exclusion or limit it to lawful acts and force majeure.',
      capped:
        '{{what}}: "{{trigger}}" limits the compensation for damage caused by "{{subject}}" — under {{profile}} ({{article}}) damage from unlawful acts of state bodies is compensated in full; remove the cap.',
      immunity:
        '{{what}}: "{{trigger}}" ("{{subject}}") — under {{profile}} ({{article}}) officials may not be shielded in advance from civil or criminal proceedings for acts in office; remove the immunity.',
      permission:
        '{{what}}: "{{trigger}}" makes proceedings depend on the executive — under {{profile}} ({{article}}) a court, not a minister or a head of agency, decides whether an official answers for an act in office; remove the permission requirement.',
      lawfulActs:
        '{{what}}: "{{trigger}}" ("{{subject}}") covers only lawful acts — under {{profile}} ({{article}}) damage from unlawful acts must still be compensated; check that the clause cannot be read to cover unlawful acts or failures to act.',
    },
    phrases: {
      ...Object.fromEntries(Object.entries(WHAT).map(([k, v]) => [`what:${k}`, v])),
      remedyArticle: "its remedy article",
    },
    subCodes: ["exclusion", "cap", "immunity", "prosecution-permission", "lawful-acts"],
  },

  create(context: RuleContext) {
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (h: Hit, concept: string): boolean => ci().isA(h.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const principle = PRINCIPLE[context.profile.id];
    const article = Array.isArray(principle) ? principle.join(", ") : (principle ?? { phrase: "remedyArticle" });

    const isState = (h: Hit) => isA(h, STATE) || isA(h, STATE_PARTY);
    const isStateCause = (h: Hit) => isState(h) || isA(h, STATE_SYSTEM) || isA(h, AUTOMATED_SYSTEM);

    /** The provision of the sentence says the State pays for the harm (`list.state-compensates`). */
    const stateCompensates = (sentence: Sentence): boolean => {
      const provision = ci().provisionOf(sentence);
      const sentences = provision ? provision.sentences : [sentence];
      return sentences.some(
        (s) => ci().mayHave(s, STATE_COMPENSATES) && pick(ci().hits(s), STATE_COMPENSATES).length > 0,
      );
    };

    /** The first party named in the clause before the trigger: who the clause is about. */
    const subjectBefore = (clause: Clause, trigger: Hit): Hit | undefined =>
      clause.hits.find(
        (h) =>
          h.tokenEnd <= trigger.tokenStart &&
          (isState(h) || isA(h, COURT) || isA(h, PRIVATE) || isA(h, DAMAGE) || isA(h, COMPENSATION)),
      );

    /** The party named right after an immunity phrase that ends in "against" (no subject before it). */
    const partyAfter = (clause: Clause, trigger: Hit): Hit | undefined =>
      clause.hits.find(
        (h) =>
          h.tokenStart >= trigger.tokenEnd &&
          h.tokenStart - trigger.tokenEnd <= 2 &&
          (isState(h) || isA(h, COURT) || isA(h, PRIVATE)),
      );

    const report = (
      sentence: Sentence,
      clause: Clause,
      subCode: SubCode,
      messageId: string,
      trigger: Hit,
      subject: string,
      confidence: Confidence,
    ): void => {
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId,
        subCode,
        confidence,
        data: {
          what: { phrase: `what:${subCode}` },
          trigger: cl().textOf(sentence, trigger),
          subject,
          profile: context.profile.citation,
          article,
        },
      });
    };

    /** A consent of the executive in the clause: "consent of the Minister", «министрдің келісімімен». */
    const executiveConsent = (clause: Clause): Hit | null => {
      const whole = pick(clause.hits, NON_INDEPENDENT)[0];
      if (whole) return whole;
      const heads = clause.hits.filter((h) => isA(h, EXECUTIVE));
      for (const approve of pick(clause.hits, APPROVE)) {
        const by = heads.find((h) =>
          context.language === "kk"
            ? h.tokenEnd <= approve.tokenStart && approve.tokenStart - h.tokenEnd <= 1
            : gap(h, approve) <= CONSENT_GAP,
        );
        if (by) return { ...approve, start: Math.min(approve.start, by.start), end: Math.max(approve.end, by.end) };
      }
      return null;
    };

    /** Exclusions of liability, compensation or proceedings in the clause; true when one was reported. */
    const checkExclusion = (sentence: Sentence, clause: Clause, lawfulOnly: boolean): boolean => {
      const hits = clause.hits;
      for (const trigger of pick(hits, EXCLUSION)) {
        // "nothing in this Law exempts the State from liability": a guarantee (Kazakh phrases carry
        // their own negative suffix, which the negation test would read as a negator)
        if (context.language !== "kk" && cl().negated(sentence, trigger)) continue;
        const kind = hits.some((h) => same(h, trigger) && h.concept === IMMUNITY)
          ? "immunity"
          : hits.some((h) => same(h, trigger) && h.concept === COMPENSATION_REFUSED)
            ? "compensation"
            : "liability";
        // "no proceedings may be brought against an intercepting authority": the party follows the phrase
        const subject = subjectBefore(clause, trigger) ?? partyAfter(clause, trigger);
        let who: Hit | undefined;
        if (subject && isState(subject)) who = subject;
        else if (kind === "compensation" && !(subject && isA(subject, COURT))) {
          // compensation refused: the victim or the damage is the subject; is the damage the State's doing?
          who = hits.find(isStateCause);
          if (who && hits.some((h) => isA(h, COURT) && !cl().inAppeal(hits, h)) && !hits.some(isState)) who = undefined;
        }
        if (!who) continue;
        // "officials are not liable …; such harm is compensated by the State": the victim keeps the State
        const official = who;
        if (hits.some((h) => same(h, official) && isA(h, OFFICIAL)) && stateCompensates(sentence)) continue;
        const subCode: SubCode =
          lawfulOnly && kind !== "immunity" ? "lawful-acts" : kind === "immunity" ? "immunity" : "exclusion";
        const messageId = subCode === "lawful-acts" ? "lawfulActs" : subCode === "immunity" ? "immunity" : "excluded";
        const confidence: Confidence = subject && isState(subject) ? "medium" : "low";
        report(sentence, clause, subCode, messageId, trigger, cl().textOf(sentence, who), confidence);
        return true;
      }
      return false;
    };

    /** A cap on compensation for damage caused by a state body; true when reported. */
    const checkCap = (sentence: Sentence, clause: Clause, lawfulOnly: boolean): boolean => {
      const hits = clause.hits;
      for (const cap of pick(hits, CAP)) {
        const compensation = hits.find((h) => isA(h, COMPENSATION) && h.tokenEnd <= cap.tokenStart);
        if (!compensation) continue;
        const subject = subjectBefore(clause, compensation);
        if (subject && (isA(subject, PRIVATE) || isA(subject, COURT))) continue;
        const who = hits.find(isStateCause);
        if (!who) continue;
        const subCode: SubCode = lawfulOnly ? "lawful-acts" : "cap";
        report(
          sentence,
          clause,
          subCode,
          lawfulOnly ? "lawfulActs" : "capped",
          cap,
          cl().textOf(sentence, who),
          "medium",
        );
        return true;
      }
      return false;
    };

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      if (hits.some((h) => isA(h, DISCLOSURE) || isA(h, FORCE_MAJEURE))) return;
      // proceedings against officials only with the executive's consent
      const permission = executiveConsent(clause);
      if (permission) {
        const all = ci().hits(sentence);
        // judges: judicial immunity, a guarantee of independence (RULES.md R32 "Does not fire")
        const protectedParty = subjectBefore(clause, permission);
        const judge = protectedParty !== undefined && isA(protectedParty, COURT);
        const immune = pick(hits, IMMUNITY).length > 0;
        const againstOfficial = pick(all, PROCEEDINGS).length > 0 && pick(all, OFFICIAL).length > 0;
        if (!judge && (immune || againstOfficial)) {
          report(sentence, clause, "prosecution-permission", "permission", permission, "", "medium");
          return;
        }
      }
      const lawfulOnly = pick(hits, LAWFUL).length > 0 && pick(hits, UNLAWFUL).length === 0;
      if (checkExclusion(sentence, clause, lawfulOnly)) return;
      checkCap(sentence, clause, lawfulOnly);
    };

    return {
      Sentence(sentence: Sentence) {
        const c = ci();
        if (
          !c.mayHave(sentence, EXCLUSION) &&
          !c.mayHave(sentence, CAP) &&
          !c.mayHave(sentence, APPROVE) &&
          !c.mayHave(sentence, NON_INDEPENDENT)
        )
          return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of c.clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});

function same(a: Hit, b: Hit): boolean {
  return a.tokenStart === b.tokenStart && a.tokenEnd === b.tokenEnd;
}

/** Tokens between two hits (0 when they touch or overlap). */
/** Tokens between two hits (shared: `tokenGap`). */
const gap = tokenGap;
