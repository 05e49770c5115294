/**
 * R29 `association/mandatory-registration` (RULES.md §4 F): freedom of association covers informal
 * groups, and an association may be dissolved only by a court, on grounds set by law.
 *
 * Per clause of an operative sentence:
 * 1. `unregistered-penalised` — a sanction (`marker.sanction` in the sentence or its provision) or a
 *    ban (`verb.prohibit`, a non-negated `verb.restrict`) over the activity of an association or
 *    group (`right.association`, `list.collective`) marked unregistered (`list.unregistered`: unregistered,
 *    not registered, without registration / незарегистрированное, без регистрации / тіркелмеген,
 *    тіркеусіз) in the same clause. Registration that only confers legal personality
 *    (`list.legal-entity`) with no sanction or ban is not reported. Religious groups are left to
 *    religion/registration-precondition (§2.8: 10 before 29).
 * 2. `extrajudicial-dissolution` — dissolving, liquidating or disbanding an association
 *    (`list.dissolution`), or banning its activity (`verb.prohibit`, or a ban word `list.ban`, with
 *    `list.activity`; a suspension is not a dissolution), by an executive actor (`actor.state`, or an implicit passive: confidence one
 *    step lower), with no court in scope (§2.4 `courtAuthorised`: a court order, an independent
 *    authority, or a court as the actor, up to `article+refs`; a court that only hears an appeal
 *    afterwards is not one). Dissolution by the association itself (its members, founders or general
 *    meeting: `list.self-dissolution`) is not reported.
 * One finding per clause (§2.8).
 */
import type { Clause, Hit, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";
import { courtSuggestion } from "../court-suggestion.js";

const ASSOCIATION = "right.association";
const GROUP = "list.collective";
const UNREGISTERED = "list.unregistered";
const LEGAL_ENTITY = "list.legal-entity";
const DISSOLUTION = "list.dissolution";
const ACTIVITY = "list.activity";
const BAN = "list.ban";
const SELF = "list.self-dissolution";
const RELIGION = "right.religion";
const PROHIBIT = "verb.prohibit";
const SANCTION = "marker.sanction";
const COURT = "actor.court";
const COURT_ORDER = "marker.court-order";
const INDEPENDENT = "marker.independent-authority";
const APPEAL = "marker.appeal";
const APPLICATION = "list.court-application";
const STATE = "actor.state";
const COURT_DISSOLUTION = "list.court-dissolution";

/** The articles each profile rests on (RULES.md R29, §5); eu-digital has the rule off. */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 26",
  "kz-1995": "art. 23",
  iccpr: "art. 22",
  echr: "art. 11",
};

export default defineRule({
  meta: {
    id: "association/mandatory-registration",
    family: "association",
    scope: "unit",
    severity: "error",
    confidence: "high",
    description:
      "Taking part in an unregistered association is penalised or banned, or an association is dissolved or banned by the executive without a court.",
    docs: "rules/association/mandatory-registration.md",
    principle: PRINCIPLE,
    messages: {
      unregistered:
        'Unregistered association penalised: "{{measure}}" applies to "{{group}}" because it is not registered ("{{mark}}"); under {{profile}} ({{article}}) freedom of association covers informal groups, and registration may only confer legal personality.',
      extrajudicial:
        'Association dissolved without a court: "{{measure}}" (applied to "{{group}}") is decided by {{actor}}; under {{profile}} ({{article}}) an association may be dissolved or banned only by a court, on grounds set by law; make it "by decision of a court".',
    },
    phrases: {
      associationClause: "its association clause",
      executiveNoCourt: "the executive (no court is named)",
    },
    hasSuggestions: true,
    subCodes: ["unregistered-penalised", "extrajudicial-dissolution"],
  },

  create(context: RuleContext) {
    const _language = context.language;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const textOf = (sentence: Sentence, hit: Hit): string => cl().textOf(sentence, hit);

    const articleCited = (): string | PhraseRef => {
      const articles = context.law.articlesFor(ASSOCIATION);
      if (articles.length > 0) return articles.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ");
      const p = PRINCIPLE[context.profile.id];
      return (Array.isArray(p) ? p[0] : p) ?? { phrase: "associationClause" };
    };

    /** The words of a hit of the sentence or of its chapeau (the actor of a point stands in the chapeau). */
    const quote = (sentence: Sentence, hit: Hit): string => {
      const inside = (s: Sentence) => s.range.start.offset <= hit.start && hit.end <= s.range.end.offset;
      const own = inside(sentence) ? sentence : cl().chapeauOf(sentence).find(inside);
      return own ? textOf(own, hit) : hit.concept;
    };

    /** Associations and groups of the clause (right.association first). */
    const groupsOf = (hits: readonly Hit[]): Hit[] => [...pick(hits, ASSOCIATION), ...pick(hits, GROUP)];

    // ---- 1. unregistered-penalised --------------------------------------------------------------

    const unregisteredPenalised = (sentence: Sentence, clause: Clause): boolean => {
      const hits = clause.hits;
      const marks = pick(hits, UNREGISTERED);
      if (marks.length === 0) return false;
      const groups = groupsOf(hits);
      const mark = marks.find((m) => groups.some((g) => tokenGap(g, m) <= 4));
      if (!mark) return false;
      // the sanction of this sentence ("… is punishable by a fine", «… влечет штраф»), not of a neighbouring one
      const measures = [...cl().restrictions(clause), ...pick(ci().hits(sentence), SANCTION)];
      const measure = measures[0];
      if (!measure) return false;
      const group = groups.find((g) => tokenGap(g, mark) <= 4) as Hit;
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: "unregistered",
        subCode: "unregistered-penalised",
        data: {
          profile: context.profile.citation,
          article: articleCited(),
          measure: textOf(sentence, measure),
          group: textOf(sentence, group),
          mark: textOf(sentence, mark),
        },
      });
      return true;
    };

    // ---- 2. extrajudicial-dissolution -----------------------------------------------------------

    /**
     * §2.4 `courtAuthorised`, read strictly: a court order, an independent authority, or a court
     * that is not only the forum of an appeal named earlier in its clause ("may appeal the
     * liquidation decision to a court" is a remedy afterwards, not a court decision).
     */
    const courtInScope = (sentence: Sentence, clause: Clause): boolean =>
      cl().findWhere(sentence, clause, (h, s) => {
        if (cl().negated(s, h)) return false;
        if (ci().isA(h.concept, COURT_ORDER) || ci().isA(h.concept, INDEPENDENT)) return true;
        if (ci().isA(h.concept, COURT_DISSOLUTION)) return true;
        // "the Ministry may apply to a court for the liquidation": the court decides on the state's application
        if (ci().isA(h.concept, APPLICATION)) {
          const own = cl().clauseAt(s, h);
          return pick(own?.hits ?? [], STATE).some((st) => st.tokenEnd <= h.tokenStart);
        }
        if (!ci().isA(h.concept, COURT)) return false;
        const own = cl().clauseAt(s, h);
        const appeals = pick(own?.hits ?? ci().hits(s), APPEAL);
        return !appeals.some((a) => a.tokenEnd <= h.tokenStart) && !cl().inAppeal(ci().hits(s), h);
      }) !== null;

    /** Some sentence of the bill has a court dissolve an association (a court order or a court as actor): a bill-wide fact. */
    const courtDissolvesElsewhere = context.fact("court-dissolves", (): boolean => {
      let found = false;
      const visit = (units: readonly (typeof context.document.body)[number][]): void => {
        for (const u of units) {
          if (found) return;
          if (u.type === "Provision") {
            for (const s of u.sentences) {
              if (!ci().mayHave(s, DISSOLUTION)) continue;
              for (const clause of ci().clauses(s)) {
                const dissolution = pick(clause.hits, DISSOLUTION)[0];
                if (!dissolution) continue;
                if (cl().actorOf(clause, dissolution)?.kind === "court" || courtInScope(s, clause)) {
                  found = true;
                  return;
                }
              }
            }
          }
          visit(u.children);
        }
      };
      visit(context.document.body);
      return found;
    });

    const extrajudicialDissolution = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      const groups = groupsOf(hits);
      if (groups.length === 0) return;
      if (pick(hits, SELF).length > 0) return;
      const activities = pick(hits, ACTIVITY);
      // an inherently negative prohibition ("is prohibited", «запрещается»), even when verb.restrict has the same span
      const prohibitions = pick(hits, PROHIBIT);
      const inherent = (r: Hit): boolean =>
        prohibitions.some((p) => p.tokenStart === r.tokenStart && p.tokenEnd === r.tokenEnd);
      // bans only: a suspension or another restriction of the activity is not a dissolution
      const bans = pick(hits, BAN);
      const restrictive = cl()
        .restrictions(clause)
        .filter((r, i, all) => all.findIndex((o) => o.tokenStart === r.tokenStart) === i)
        .filter((r) => inherent(r) || bans.some((b) => b.tokenStart <= r.tokenStart && r.tokenStart < b.tokenEnd));
      // dissolution words with an association, and bans of its activity
      const measures = [
        ...pick(hits, DISSOLUTION).filter((d) => !cl().negated(sentence, d) && !cl().guardedByProhibition(clause, d)),
        ...restrictive.filter(
          (r) => !inherent(r) && activities.some((a) => tokenGap(a, r) <= 4) && groups.some((g) => tokenGap(g, r) <= 8),
        ),
        ...restrictive.filter(
          (r) => inherent(r) && activities.some((a) => tokenGap(a, r) <= 8) && groups.some((g) => tokenGap(g, r) <= 10),
        ),
      ].sort((a, b) => a.tokenStart - b.tokenStart);
      for (const measure of measures) {
        // the association whose dissolution it is: the nearest in the clause (relative clauses can be long)
        const group = [...groups].sort((a, b) => tokenGap(a, measure) - tokenGap(b, measure))[0] as Hit;
        const actor = cl().actorOf(clause, measure);
        if (actor === null || actor.kind === "court") continue;
        // an impersonal prohibition ("the creation of associations that use violence is prohibited") is the
        // legislator's, not an executive ban: only a named state actor makes it one
        if (inherent(measure) && actor.kind === "implicit") continue;
        if (courtInScope(sentence, clause)) return;
        const implicit = actor.kind === "implicit";
        // "an association may be dissolved where …": the bill says elsewhere that a court dissolves
        if (implicit && courtDissolvesElsewhere()) return;
        const confidence = cl().step("high", implicit ? 1 : 0);
        if (!confidence) return;
        context.report({
          node: sentence,
          range: cl().clauseRange(clause),
          messageId: "extrajudicial",
          subCode: "extrajudicial-dissolution",
          confidence,
          data: {
            profile: context.profile.citation,
            article: articleCited(),
            measure: textOf(sentence, measure),
            group: textOf(sentence, group),
            actor: actor.hit ? { quote: quote(sentence, actor.hit) } : { phrase: "executiveNoCourt" },
          },
          suggestions: courtSuggestion(context, sentence, clause, measure, implicit),
        });
        return;
      }
    };

    return {
      Sentence(sentence: Sentence) {
        const c = ci();
        // no association or group word, no finding: skip the sentence before matching
        if (!c.mayHave(sentence, ASSOCIATION) && !c.mayHave(sentence, GROUP)) return;
        if (!cl().isOperative(sentence)) return;
        // unregistered religious groups are rule 10's (§2.8)
        if (pick(c.hits(sentence), RELIGION).length > 0) return;
        for (const clause of c.clauses(sentence)) {
          if (unregisteredPenalised(sentence, clause)) continue;
          if (pick(clause.hits, LEGAL_ENTITY).length > 0 && pick(clause.hits, DISSOLUTION).length === 0) continue;
          extrajudicialDissolution(sentence, clause);
        }
      },
    };
  },
});
