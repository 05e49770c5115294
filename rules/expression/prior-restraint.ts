/**
 * R25 expression/prior-restraint (RULES.md §4 D): approval, permission or review by the state
 * required before publication, broadcast, distribution or public teaching is censorship
 * (KZ 2026 art. 23(5); KZ 1995 art. 20(1); ICCPR art. 19; ECHR art. 10; EU Charter art. 11).
 *
 * Per clause of an operative sentence: a `list.prior-approval` hit (before publication, prior
 * approval, until … approved, «до публикации», «предварительное согласование», «жарияланғанға
 * дейін», «алдын ала келісу»), a speech object in the sentence or its chapeau (`right.expression`,
 * `right.religion.manifestation`, `right.academic`), and the state as the approver (`actor.state`
 * in the sentence or chapeau; an approval with no named approver in a passive or "subject to"
 * clause counts as implicit, confidence one step lower). Sub-codes: `distribution-permit` for a
 * permit to distribute material; `age-rating` (warning) when the prior review is an age rating;
 * otherwise `pre-approval`.
 *
 * Left alone: guarantees ("is not subject to prior approval", «не подлежат предварительному
 * согласованию», «келісуге жатпайды»; "may publish without prior approval"), the state's own
 * publications ("The Ministry shall publish …"), and `list.prior-approval-exempt` contexts —
 * spectrum and broadcasting licences on technical criteria, editorial approval inside a
 * broadcaster, school textbooks, draft laws and legal acts, advertising of regulated products.
 * "Without approval … is prohibited" is a restraint, not a guarantee.
 */
import type { Clause, Hit, Language, RuleContext, Sentence, Token } from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";

const PRIOR = "list.prior-approval";
const PERMIT = "list.prior-approval.distribution-permit";
const TIMING = "list.prior-approval.timing";
const UNTIL = "list.prior-approval.until";
const DISTRIBUTION_OBJECT = "list.distribution-object";
/** RULES.md §2.3 "attached to": same clause, or within this many tokens in the sentence. */
const ATTACH = 12;
/** A clause longer than this is not one thought: co-occurrence in it needs the window. */
const LONG_CLAUSE = 40;
/** Tokens between an approval and what it is for: "permission of the akimat to distribute". */
const PERMIT_SPAN = 6;
const AGE_RATING = "list.age-rating";
const EXEMPT = "list.prior-approval-exempt";
const SPEECH_OBJECTS = ["right.expression", "right.religion.manifestation", "right.academic"] as const;
const STATE = "actor.state";
const APPROVE = "verb.approve";
const PROHIBIT = "verb.prohibit";
const PUBLISH = ["verb.publish", "list.dissemination"] as const;

/** The article each profile rests on (RULES.md R25). */
const PRINCIPLE: Record<string, string> = {
  "kz-2026": "art. 23(5)",
  "kz-1995": "art. 20(1)",
  iccpr: "art. 19(2)–(3)",
  echr: "art. 10",
  "eu-digital": "Charter art. 11",
};

/** Negators of an approval requirement (a guarantee) and "without" words (a condition). */
const NEGATORS: Record<Language, ReadonlySet<string>> = {
  en: new Set(["not", "no", "never", "nothing", "neither", "nor"]),
  ru: new Set(["не", "ни", "нельзя"]),
  kk: new Set(["емес", "жоқ"]),
};
const WITHOUT: Record<Language, ReadonlySet<string>> = {
  en: new Set(["without"]),
  ru: new Set(["без"]),
  kk: new Set([]),
};
/** KK negative verb endings after the approval (келісуге жатпайды, мақұлдауды талап етпейді). */
const KK_NEGATIVE = /(?:ма|ме|ба|бе|па|пе)(?:йды|йді|йтын|йтін|ған|ген|у|ү)$/u;
/** KK "without" suffix (рұқсатсыз, келісімсіз). */
const KK_WITHOUT = /(?:сыз|сіз)$/u;
/** Passive or obligation words that make an approver implicit: "subject to", «подлежит», «жатады». */
const IMPLICIT: Record<Language, readonly string[]> = {
  en: ["subject", "require", "requires", "required", "shall", "must"],
  ru: ["подлеж", "требу", "обязан", "должн", "допуска", "только"],
  kk: ["жатады", "міндетті", "тиіс", "қажет", "ғана"],
};

export default defineRule({
  meta: {
    id: "expression/prior-restraint",
    family: "expression",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      "Publication, broadcast, distribution or public teaching made conditional on prior approval or a permit of a state body (censorship).",
    docs: "rules/expression/prior-restraint.md",
    principle: PRINCIPLE,
    messages: {
      preApproval:
        'Publication is made conditional on prior approval by {{actor}}: prior restraint ({{profile}}, {{article}}). "{{trigger}}" subjects speech to review before it is made public; drop the approval and rely on liability after publication decided by a court.',
      distributionPermit:
        'Distribution of material is made conditional on a permit of {{actor}}: prior restraint ({{profile}}, {{article}}). "{{trigger}}" licenses speech itself; drop the permit and rely on liability after publication decided by a court.',
      ageRating:
        'Showing or publishing is made conditional on a prior age rating by {{actor}} ({{profile}}, {{article}}): "{{trigger}}" — check that the classification only informs the audience and cannot be used to withhold the work.',
    },
    phrases: { expressionArticle: "its expression article", stateBodyImplicit: "a state body (implicit)" },
    subCodes: ["pre-approval", "distribution-permit", "age-rating"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);

    const clauseTokens = (clause: Clause): Token[] => clause.tokens.filter((t) => !t.boundary);

    /** Words just before a hit within the clause (up to `n`). */
    const before = (clause: Clause, hit: Hit, n: number): string[] => {
      const toks = clauseTokens(clause).filter((t) => t.end <= hit.start);
      return toks.slice(-n).map((t) => t.norm);
    };
    /** Words just after a hit within the clause (up to `n`), and the hit's own last word. */
    const after = (clause: Clause, hit: Hit, n: number): string[] => {
      const toks = clauseTokens(clause);
      const own = toks.filter((t) => t.start >= hit.start && t.end <= hit.end).map((t) => t.norm);
      const next = toks
        .filter((t) => t.start >= hit.end)
        .slice(0, n)
        .map((t) => t.norm);
      return [...own.slice(-1), ...next];
    };

    /** "without (prior) approval", «без согласования», «рұқсатсыз». */
    const without = (clause: Clause, hit: Hit): boolean => {
      if (before(clause, hit, 3).some((w) => WITHOUT[language].has(w))) return true;
      return language === "kk" && after(clause, hit, 1).some((w) => KK_WITHOUT.test(w));
    };

    /** "not subject to prior approval", «не подлежат согласованию», «келісуге жатпайды», "No … shall require". */
    const negatedRequirement = (clause: Clause, hit: Hit): boolean => {
      if (before(clause, hit, 4).some((w) => NEGATORS[language].has(w) || w.endsWith("n't"))) return true;
      const words = clauseTokens(clause).map((t) => t.norm);
      if (language === "en" && ["no", "nothing", "neither"].includes(words[0] ?? "")) return true;
      if (language === "ru" && (words[0] === "никакие" || words[0] === "никакая" || words[0] === "никакое"))
        return true;
      if (language === "kk") {
        return after(clause, hit, 3).some((w) => NEGATORS.kk.has(w) || KK_NEGATIVE.test(w));
      }
      return false;
    };

    /** The state publishes its own text: "The Ministry shall publish …" (no private speaker). */
    const statePublishes = (clause: Clause): boolean => {
      const states = pick(clause.hits, STATE);
      const publishes = PUBLISH.flatMap((c) => pick(clause.hits, c));
      const first = clause.hits.filter((h) => !ci().isA(h.concept, STATE))[0];
      return (
        states.length > 0 &&
        publishes.some((p) => p === first && (states[0] as Hit).tokenEnd <= p.tokenStart) &&
        (states[0] as Hit).tokenStart <= (first as Hit).tokenStart
      );
    };

    const hitsAround = (sentence: Sentence): Hit[] => [
      ...ci().hits(sentence),
      ...cl()
        .chapeauOf(sentence)
        .flatMap((s) => ci().hits(s)),
    ];

    /** The sentence (this one or a chapeau sentence) that holds a hit, for quoting it. */
    const sentenceOf = (sentence: Sentence, hit: Hit): Sentence =>
      [sentence, ...cl().chapeauOf(sentence)].find(
        (s) => s.range.start.offset <= hit.start && hit.end <= s.range.end.offset,
      ) ?? sentence;

    /**
     * The hit that makes the clause a prior approval: an approval phrase ("prior approval"); a
     * moment before the speech with an approval verb in the clause ("for approval before release");
     * a condition followed by a state approval ("until the Commission has approved"); a permit
     * ("permit to distribute", or an approval followed by what it is for: «разрешения акимата на
     * распространение»).
     */
    const triggerOf = (clause: Clause): Hit | null => {
      const approvals = pick(clause.hits, APPROVE);
      const objects = pick(clause.hits, DISTRIBUTION_OBJECT);
      for (const a of approvals) {
        if (
          objects.some(
            (o) => Math.abs(o.tokenStart - a.tokenEnd) <= PERMIT_SPAN || Math.abs(a.tokenStart - o.tokenEnd) <= 1,
          )
        )
          return { ...a, concept: PERMIT };
      }
      for (const h of pick(clause.hits, PRIOR)) {
        const sub = clause.hits.find(
          (x) =>
            x.tokenStart === h.tokenStart &&
            x.tokenEnd === h.tokenEnd &&
            x.concept !== PRIOR &&
            ci().isA(x.concept, PRIOR),
        );
        const concept = sub?.concept ?? PRIOR;
        if (concept === UNTIL) {
          // "may not be published until approved" is a restraint: no negation test here
          const next = approvals.some((a) =>
            language === "kk" ? Math.abs(a.tokenEnd - h.tokenStart) <= 1 : a.tokenStart >= h.tokenEnd,
          );
          if (next) return { ...h, concept };
          continue;
        }
        if (negatedRequirement(clause, h)) continue;
        // "may publish without prior approval" is a freedom; "… without approval is prohibited" a restraint
        if (without(clause, h) && pick(clause.hits, PROHIBIT).length === 0) continue;
        if (concept === TIMING && approvals.filter((a) => !negatedRequirement(clause, a)).length === 0) continue;
        return { ...h, concept };
      }
      return null;
    };

    const checkClause = (sentence: Sentence, clause: Clause): boolean => {
      const trigger = triggerOf(clause);
      if (!trigger) return false;

      const around = hitsAround(sentence);
      // the speech the approval is for: attached to it (same clause, or within ATTACH tokens in the
      // sentence, RULES.md §2.3), or named in the chapeau of a point — not any speech word somewhere
      // in a long sentence ("without the prior approval of the Committees on Appropriations …
      // catalogs …")
      const own = ci().hits(sentence);
      const chapeau = cl()
        .chapeauOf(sentence)
        .flatMap((s) => ci().hits(s));
      // (a clause of more than LONG_CLAUSE tokens — an appropriation paragraph — counts only the window)
      const attached = (h: Hit): boolean =>
        (clause.hits.includes(h) && clause.tokens.length <= LONG_CLAUSE) || tokenGap(h, trigger) <= ATTACH;
      if (!SPEECH_OBJECTS.some((o) => pick(own, o).some(attached) || pick(chapeau, o).length > 0)) return false;
      if (pick(around, EXEMPT).length > 0) return false;
      if (statePublishes(clause)) return false;

      // the approver: a state body in the sentence or chapeau; else implicit in a passive or duty clause
      const approver = pick(around, STATE)[0];
      let steps = 0;
      if (!approver) {
        const words = clauseTokens(clause).map((t) => t.norm);
        const passive = words.some((w) => IMPLICIT[language].some((p) => w.startsWith(p)));
        if (!passive) return false;
        steps = 1;
      }
      const confidence = cl().step("medium", steps);
      if (!confidence) return false;

      const ageRating = cl().findLive(sentence, clause, [AGE_RATING], "provision") !== null;
      const permit = trigger.concept === PERMIT;
      const [messageId, subCode] = ageRating
        ? ["ageRating", "age-rating"]
        : permit
          ? ["distributionPermit", "distribution-permit"]
          : ["preApproval", "pre-approval"];
      const actorText = approver
        ? { quote: cl().textOf(sentenceOf(sentence, approver), approver) }
        : { phrase: "stateBodyImplicit" };
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId,
        subCode,
        confidence,
        data: {
          actor: actorText,
          trigger: cl().textOf(sentence, trigger),
          profile: context.profile.citation,
          article: PRINCIPLE[context.profile.id] ?? { phrase: "expressionArticle" },
        },
      });
      return true;
    };

    return {
      Sentence(sentence: Sentence) {
        // most sentences hold no prior-approval phrase: skip them before matching
        if (!ci().mayHave(sentence, PRIOR)) return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of ci().clauses(sentence)) if (checkClause(sentence, clause)) return;
      },
    };
  },
});
