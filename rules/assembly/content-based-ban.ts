/**
 * R28 `assembly/content-based-ban` (RULES.md §4 E): restrictions on assemblies must be
 * content-neutral; the message of an assembly, or who its participants are, is not a ground.
 *
 * Per clause of an operative sentence: a restriction (`verb.prohibit`, a non-negated
 * `verb.restrict`, or a negated exercise verb: "may not organise", «не вправе проводить») over an
 * assembly (`right.assembly` in the clause) whose condition is
 * - `topic`: the message (`list.content-topic`: criticism, opposition to a policy, support,
 *   promotion or propaganda, sexual orientation, gender identity), or
 * - `identity`: who the participants are: a group named by its identity (`list.identity`:
 *   foreigners, stateless persons, LGBT persons), or a protected ground (`marker.protected-ground`)
 *   next to participants, organisers, persons (`list.participant`); minimum ages, property and
 *   occupation are not identities here (`list.identity-exempt`).
 * Not reported when the condition is conduct: violence, weapons, coercion (`marker.conduct`), an
 * incitement threshold (`list.rabat-harm` with `list.likelihood` in the provision), or content that
 * international law itself requires or allows to ban (`list.mandatory-ban`: war propaganda, advocacy
 * of hatred, terrorism); nor when the clause says the message is not a ground
 * (`list.content-neutral`).
 * Child-protection framing ("to minors", «среди несовершеннолетних»: `list.minors`) needs human
 * judgement: confidence one step lower, and the report names the condition `child-protection-framing`
 * so that the profile's `conditionalSeverity` sets its severity (RULES.md §5.7: warning, or off).
 */
import type { Clause, Hit, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";

const ASSEMBLY = "right.assembly";
const TOPIC = "list.content-topic";
const PROTECTED = "marker.protected-ground";
const PARTICIPANT = "list.participant";
const IDENTITY = "list.identity";
const EXEMPT = "list.identity-exempt";
const CONDUCT = "marker.conduct";
const RABAT_HARM = "list.rabat-harm";
const LIKELIHOOD = "list.likelihood";
const MANDATORY = "list.mandatory-ban";
const NEUTRAL = "list.content-neutral";
const MINORS = "list.minors";
const EXERCISE = "verb.exercise";
const RULE_ID = "assembly/content-based-ban";

/** How far (tokens) a topic or identity may stand from the assembly it conditions (§2.3 `window`). */
const WINDOW = 12;

/** The articles each profile rests on (RULES.md R28, §5); eu-digital has the rule off. */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 34",
  "kz-1995": "art. 32",
  iccpr: ["art. 21", "art. 19", "art. 26"],
  echr: ["art. 11", "art. 10", "art. 14"],
};

export default defineRule({
  meta: {
    id: RULE_ID,
    family: "assembly",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      "An assembly is banned or restricted because of its message or the identity of its participants, not their conduct.",
    docs: "rules/assembly/content-based-ban.md",
    principle: PRINCIPLE,
    messages: {
      topic:
        'Assembly ("{{assembly}}") restricted because of its message ("{{condition}}"), not its participants\' conduct{{minors}}: under {{profile}} ({{article}}) restrictions must be content-neutral; tie the restriction to violence or to incitement that is likely to cause imminent harm.',
      identity:
        'Assembly ("{{assembly}}") restricted because of who its participants are ("{{condition}}"), not their conduct{{minors}}: under {{profile}} ({{article}}) the identity of participants is not a ground; tie the restriction to conduct.',
    },
    phrases: {
      assemblyClause: "its assembly clause",
      minors: " (framed as protecting minors: a human must judge whether it targets a topic or an identity)",
    },
    subCodes: ["topic", "identity"],
  },

  create(context: RuleContext) {
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const textOf = (sentence: Sentence, hit: Hit): string => cl().textOf(sentence, hit);
    const overlaps = (a: Hit, b: Hit): boolean => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;

    const articleCited = (): string | PhraseRef => {
      const articles = context.law.articlesFor(ASSEMBLY);
      if (articles.length > 0) return articles.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ");
      const p = PRINCIPLE[context.profile.id];
      return (Array.isArray(p) ? p[0] : p) ?? { phrase: "assemblyClause" };
    };

    /** Restrictions of the clause, with negated exercise verbs ("may not organise", «не вправе проводить»). */
    const restrictions = (sentence: Sentence, clause: Clause): Hit[] => [
      ...cl().restrictions(clause),
      ...pick(clause.hits, EXERCISE).filter(
        (h) =>
          cl().negated(sentence, h) ||
          // «не вправе быть организаторами»: the negator governs the modal before a copula
          (context.language === "ru" && cl().negated(sentence, { ...h, tokenStart: h.tokenStart - 1 })),
      ),
    ];

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      const assemblies = pick(hits, ASSEMBLY);
      if (assemblies.length === 0) return;
      if (restrictions(sentence, clause).length === 0) return;
      // the condition is conduct, or content that must or may be banned, or the message is said not to count
      if (pick(hits, CONDUCT).length > 0 || pick(hits, MANDATORY).length > 0) return;
      if (pick(ci().hits(sentence), NEUTRAL).length > 0) return;
      const provision = cl().findLive(sentence, clause, [RABAT_HARM], "provision");
      if (provision && cl().findLive(sentence, clause, [LIKELIHOOD], "provision")) return;

      const near = (h: Hit): boolean => assemblies.some((a) => tokenGap(a, h) <= WINDOW);
      // who the participants are ("a march of persons of a certain sexual orientation") before what they say
      const exempt = pick(hits, EXEMPT);
      const participants = pick(hits, PARTICIPANT);
      let subCode: "topic" | "identity" | null = null;
      let condition: Hit | undefined =
        pick(hits, IDENTITY).find(near) ??
        pick(hits, PROTECTED)
          .filter((p) => !exempt.some((e) => overlaps(e, p)))
          .find((p) => near(p) && participants.some((q) => tokenGap(p, q) <= 6));
      if (condition) subCode = "identity";
      else {
        condition = pick(hits, TOPIC).find(near);
        if (condition) subCode = "topic";
      }
      if (!subCode || !condition) return;

      const minors = pick(hits, MINORS).length > 0;
      const assembly = assemblies.find((a) => tokenGap(a, condition as Hit) <= WINDOW) as Hit;
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: subCode,
        subCode,
        // RULES.md §5.7 row "28 (child-protection framing)": the profile's conditional severity
        ...(minors ? { condition: "child-protection-framing" } : {}),
        confidence: minors ? "low" : "medium",
        data: {
          profile: context.profile.citation,
          article: articleCited(),
          assembly: textOf(sentence, assembly),
          condition: textOf(sentence, condition),
          minors: minors ? { phrase: "minors" } : "",
        },
      });
    };

    return {
      Sentence(sentence: Sentence) {
        // no assembly word, no finding: skip the sentence before matching
        if (!context.concepts.mayHave(sentence, ASSEMBLY)) return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of ci().clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
