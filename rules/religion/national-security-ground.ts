/**
 * R9 religion/national-security-ground (RULES.md §4 B): national security is not a permitted
 * ground for limiting the manifestation of religion (ICCPR art. 18(3), GC 22 §8; ECHR art. 9(2)).
 *
 * Per clause: a restriction (`restricts`, §2.4, or the chapeau's restriction for a point) of a
 * religious practice (`right.religion.manifestation`) or of religion as a whole (`right.religion`
 * with no religious body in the clause), and `ground.national-security` named as its ground (in
 * the clause or sentence; one confidence step lower in the provision with its chapeau, or in the
 * article when the clause points to "the grounds"). The profile decides: the rule reports only
 * where the profile does not permit national security for religious manifestation (off in
 * kz-2026, where art. 7(2) lists it, and in kz-1995, where rule 2 reports it).
 *
 * Not reported: the object is the body's legal status (a religious body with `verb.register` or
 * `list.legal-entity` in the clause: ICCPR art. 22(2) and ECHR art. 11(2) allow national
 * security there); the national-security words belong to an offence (`list.security-offence`:
 * "crimes against state security"); the clause denies the ground (`list.ground-denied`: "national
 * security is not a ground …"); guarantees (negated restrictions, "without restriction").
 * Confidence starts at medium; one step down for a mixed clause (a body and a practice), for
 * religion named only as a belief or as a whole, for an object found only in the chapeau and for
 * a ground found beyond the sentence. Below low: not reported.
 */
import type { Clause, Hit, PhraseList, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";
import { GROUND_PHRASES, groundPhrase } from "../limitation/aims-common.js";
import { restrictionsOf } from "./registration-precondition.js";

const MANIFESTATION = "right.religion.manifestation";
const ORGANISATION = "right.religion.organisation";
const RELIGION = "right.religion";
const NATIONAL_SECURITY = "ground.national-security";
const REGISTER = "verb.register";
const UNREGISTERED = "list.unregistered";
const LEGAL_ENTITY = "list.legal-entity";
const GROUND_DENIED = "list.ground-denied";
const SECURITY_OFFENCE = "list.security-offence";
const GROUNDS_WORD = "list.grounds-role";

/** The articles R9 rests on (RULES.md R9); the KZ profiles permit national security or leave it to rule 2. */
const PRINCIPLE: Record<string, string | string[]> = {
  iccpr: "art. 18(3)",
  echr: "art. 9(2)",
  "kz-1995": ["art. 22", "art. 39(1)"],
};

const overlaps = (a: Hit, b: Hit): boolean => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;

export default defineRule({
  meta: {
    id: "religion/national-security-ground",
    family: "religion",
    scope: "unit",
    severity: "warning",
    confidence: "medium",
    description:
      "National security named as the ground for limiting religious practice, where the profile does not permit it for the manifestation of religion.",
    docs: "rules/religion/national-security-ground.md",
    principle: PRINCIPLE,
    messages: {
      nationalSecurity:
        'National security is not a permitted ground for limiting religious practice under {{profile}} ({{article}}): "{{verb}}" limits "{{object}}" on the ground of "{{ground}}". Name a permitted aim instead ({{grounds}}); if the clause regulates the body\'s legal status (registration, legal entity), confirm and waive.',
    },
    phrases: { ...GROUND_PHRASES, none: "none", limitationClause: "its limitation clause" },
  },

  create(context: RuleContext) {
    // the profile decides: nothing to check where national security is a permitted ground for practice
    if (context.law.isGroundPermitted(MANIFESTATION, NATIONAL_SECURITY) !== false) return {};
    const cl = () => context.clauses;
    const ci = () => context.concepts;
    const isA = (hit: Hit, concept: string): boolean => ci().isA(hit.concept, concept);

    const article = (): string | PhraseRef => {
      const articles = context.law.articlesFor(MANIFESTATION);
      if (articles.length > 0) return articles.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ");
      const p = PRINCIPLE[context.profile.id];
      return Array.isArray(p) ? p.join(", ") : (p ?? { phrase: "limitationClause" });
    };
    const permitted = (): PhraseList | PhraseRef => {
      const grounds = context.law.permittedGrounds(MANIFESTATION) ?? [];
      return grounds.length > 0 ? { list: grounds.map(groundPhrase), join: "comma" } : { phrase: "none" };
    };

    /** The religious object of a clause's hits: a practice, else religion as a whole or a belief. */
    const objectIn = (hits: readonly Hit[]): { hit: Hit; generic: boolean } | null => {
      const practice = cl().pick(hits, MANIFESTATION)[0];
      if (practice) return { hit: practice, generic: false };
      const other = cl()
        .pick(hits, RELIGION)
        .find((h) => !isA(h, ORGANISATION) && !isA(h, MANIFESTATION));
      return other ? { hit: other, generic: true } : null;
    };

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      if (cl().pick(hits, GROUND_DENIED).length > 0) return;

      // the restriction: in the clause, else the chapeau's for a point
      let verb: Hit | undefined = restrictionsOf(context, clause)[0];
      let verbSentence = sentence;
      if (!verb) {
        for (const s of cl().chapeauOf(sentence)) {
          for (const c of ci().clauses(s)) {
            const r = restrictionsOf(context, c)[0];
            if (r) {
              verb = r;
              verbSentence = s;
              break;
            }
          }
          if (verb) break;
        }
      }
      if (!verb) return;

      // the object: religious practice (or religion as a whole) — not only a body's legal status
      let steps = 0;
      let objectSentence = sentence;
      let object = objectIn(hits);
      const bodies = cl().pick(hits, ORGANISATION);
      if (bodies.length > 0) {
        const unregistered = cl().pick(hits, UNREGISTERED);
        const registers = cl()
          .pick(hits, REGISTER)
          .filter((r) => !unregistered.some((u) => overlaps(u, r)));
        if (registers.length > 0 || cl().pick(hits, LEGAL_ENTITY).length > 0) return;
        if (!object) return; // a body alone: rule 8 and the body's grounds (ICCPR art. 22(2), ECHR art. 11(2))
        steps++; // a mixed clause: the body's status or its worship — a human must read it
      }
      if (!object) {
        for (const s of cl().chapeauOf(sentence)) {
          const found = objectIn(ci().hits(s));
          if (found && cl().pick(ci().hits(s), ORGANISATION).length === 0) {
            object = found;
            objectSentence = s;
            steps++;
            break;
          }
        }
      }
      if (!object) return;
      if (object.generic) steps++;

      // the ground: national security named as the aim
      // (the words inside an offence — "crimes against state security" — are a conduct element, not the aim)
      const inOffence = (h: Hit, s: Sentence): boolean =>
        ci()
          .hits(s)
          .some((o) => o.concept === SECURITY_OFFENCE && o.tokenStart <= h.tokenStart && h.tokenEnd <= o.tokenEnd);
      const ground = cl().findWhere(
        sentence,
        clause,
        (h, s) => isA(h, NATIONAL_SECURITY) && !inOffence(h, s),
        "article",
      );
      if (!ground) return;
      if (ground.level === "article" && cl().pick(hits, GROUNDS_WORD).length === 0) return;
      if (ground.level !== "clause" && ground.level !== "sentence") steps++;
      const at = ground.found[0];
      if (!at) return;

      const confidence = cl().step("medium", steps);
      if (!confidence) return;
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: "nationalSecurity",
        confidence,
        data: {
          profile: context.profile.citation,
          article: article(),
          verb: cl().textOf(verbSentence, verb),
          object: cl().textOf(objectSentence, object.hit),
          ground: cl().textOf(at.sentence, at.hit),
          grounds: permitted(),
        },
      });
    };

    return {
      Sentence(sentence: Sentence) {
        const c = ci();
        // no religion word here nor in a chapeau: nothing to limit
        if (![sentence, ...cl().chapeauOf(sentence)].some((s) => c.mayHave(s, RELIGION))) return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of c.clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
