/**
 * R27 `assembly/designated-zones-only` (RULES.md §4 E): assemblies must be able to take place
 * within sight and sound of their audience; no confinement to designated places and no blanket
 * ban over a whole zone.
 *
 * Per clause of an operative sentence that names an assembly (`right.assembly`):
 * 1. `designated-only` — a designated place (`list.designated-place`: designated sites, specially
 *    allocated places, venues listed in an annex, speakers' corners; «специализированные места»,
 *    «места, перечисленные в приложении»; «арнайы бөлінген орындар») governed by "only"
 *    (`list.only`: only, exclusively / только, исключительно / ғана, тек; not negated: "not only"),
 *    or stated as the rule with no "only" (`list.designated-place.mandatory`: "shall be held in designated
 *    places", «проводятся в специально отведенных местах», «арнайы бөлінген орындарда өткізіледі»),
 *    or holding an assembly elsewhere (`list.outside`: outside, elsewhere / вне, в иных местах /
 *    тыс) banned while the article names designated places. Not reported when the article says
 *    assemblies may be held in any public place (`list.any-public-place`) or the designated places
 *    are optional (`list.voluntary`: "not obliged to use them").
 * 2. `zone-ban` — a ban (`verb.prohibit`, or a non-negated `verb.restrict`) of assemblies over a
 *    whole zone (`list.zone`: the city centre, the historic centre, a whole district). A narrow
 *    perimeter (a stated distance around a building) has no zone word and is not reported.
 * One finding per clause (§2.8).
 */
import type { Clause, Hit, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";

const ASSEMBLY = "right.assembly";
const DESIGNATED = "list.designated-place";
const MANDATORY = "list.designated-place.mandatory";
const ONLY = "list.only";
const OUTSIDE = "list.outside";
const OUTSIDE_DESIGNATED = "list.outside.designated";
const ANY_PLACE = "list.any-public-place";
const VOLUNTARY = "list.voluntary";
const ZONE = "list.zone";
const SANCTION = "marker.sanction";
/**
 * §R12 `list.designated-premises` (religion family): "only in designated places", «только в
 * специально отведенных», «арнайы бөлінген орындарда ғана» as one phrase. Its longer hits win over
 * `list.designated-place` and `list.only` on the same words, so the rule reads them too; its
 * `.place` sub-id is a designated place without the "only".
 */
const PREMISES = "list.designated-premises";
const PREMISES_PLACE = "list.designated-premises.place";

/** The article each profile rests on (RULES.md R27, §5); eu-digital has the rule off. */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 34",
  "kz-1995": "art. 32",
  iccpr: ["art. 21", "GC 37"],
  echr: "art. 11",
};

export default defineRule({
  meta: {
    id: "assembly/designated-zones-only",
    family: "assembly",
    scope: "unit",
    severity: "error",
    confidence: "high",
    description: "Assemblies are confined to designated places, or banned over a whole zone such as a city centre.",
    docs: "rules/assembly/designated-zones-only.md",
    principle: PRINCIPLE,
    messages: {
      designatedOnly:
        'Assemblies ("{{assembly}}") are confined to designated places ("{{words}}"): under {{profile}} ({{article}}) an assembly must be able to take place in any public place within sight and sound of its audience; allow assemblies in any public place and keep designated places as an option.',
      zoneBan:
        'Assemblies ("{{assembly}}") are banned over a whole zone ("{{words}}"): under {{profile}} ({{article}}) a blanket ban on a place is not allowed; limit any restriction to a stated perimeter, time and reason, decided case by case.',
    },
    phrases: { assemblyClause: "its assembly clause" },
    subCodes: ["designated-only", "zone-ban"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const textOf = (sentence: Sentence, hit: { start: number; end: number }): string => cl().textOf(sentence, hit);

    const articleCited = (): string | PhraseRef => {
      const articles = context.law.articlesFor(ASSEMBLY);
      if (articles.length > 0) return articles.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ");
      const p = PRINCIPLE[context.profile.id];
      return (Array.isArray(p) ? p[0] : p) ?? { phrase: "assemblyClause" };
    };

    /** "only" that governs the designated place: before it (en, ru, kk «тек»), or right after it (kk «ғана»). */
    const governs = (only: Hit, place: Hit): boolean => {
      if (only.tokenEnd <= place.tokenStart) return place.tokenStart - only.tokenEnd <= 6;
      return language === "kk" && only.tokenStart >= place.tokenEnd && only.tokenStart - place.tokenEnd <= 2;
    };

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      const assembly = pick(hits, ASSEMBLY)[0] ?? pick(ci().hits(sentence), ASSEMBLY)[0];
      if (!assembly) return;
      const range = cl().clauseRange(clause);
      const base = {
        profile: context.profile.citation,
        article: articleCited(),
        assembly: textOf(sentence, assembly),
      };
      const banned = cl().restrictions(clause);

      // 2. zone-ban (reported first: a ban is the heavier defect)
      const zone = pick(hits, ZONE)[0];
      if (zone && banned.length > 0) {
        context.report({
          node: sentence,
          range,
          messageId: "zoneBan",
          subCode: "zone-ban",
          data: { ...base, words: textOf(sentence, zone) },
        });
        return;
      }

      // 1. designated-only, unless any public place stays open or the places are optional
      if (cl().findWhere(sentence, clause, (h) => ci().isA(h.concept, ANY_PLACE), "article")) return;
      if (pick(ci().hits(sentence), VOLUNTARY).length > 0) return;
      const same = (a: Hit, b: Hit): boolean => a.tokenStart === b.tokenStart && a.tokenEnd === b.tokenEnd;
      const premisesPlaces = hits.filter((h) => h.concept === PREMISES_PLACE);
      // "outside … designated places" (same span as an outside phrase) confines only with a ban, below
      const outsides = pick(hits, OUTSIDE);
      const confined = hits.filter(
        (h) =>
          h.concept === PREMISES &&
          !premisesPlaces.some((p) => same(p, h)) &&
          !outsides.some((o) => same(o, h)) &&
          !cl().negated(sentence, h),
      )[0];
      if (confined) {
        context.report({
          node: sentence,
          range,
          messageId: "designatedOnly",
          subCode: "designated-only",
          data: { ...base, words: textOf(sentence, confined) },
        });
        return;
      }
      const places = [...pick(hits, DESIGNATED), ...premisesPlaces];
      const onlys = pick(hits, ONLY).filter((o) => !cl().negated(sentence, o));
      for (const place of places) {
        // «собрания проводятся в специально отведенных местах», "shall be held in designated places":
        // the place stated as the rule confines as "only" does
        if (place.concept === MANDATORY && !cl().negated(sentence, place)) {
          context.report({
            node: sentence,
            range,
            messageId: "designatedOnly",
            subCode: "designated-only",
            data: { ...base, words: textOf(sentence, place) },
          });
          return;
        }
        const only = onlys.find((o) => governs(o, place));
        if (!only) continue;
        const from = Math.min(only.start, place.start);
        const to = Math.max(only.end, place.end);
        context.report({
          node: sentence,
          range,
          messageId: "designatedOnly",
          subCode: "designated-only",
          data: { ...base, words: textOf(sentence, { start: from, end: to }) },
        });
        return;
      }
      // "holding rallies outside the designated places is prohibited", «вне специализированных мест … запрещается»
      const outside = outsides[0];
      if (outside && (banned.length > 0 || pick(hits, SANCTION).length > 0)) {
        const named =
          outsides.some((o) => hits.some((h) => h.concept === OUTSIDE_DESIGNATED && same(h, o))) ||
          cl().findWhere(
            sentence,
            clause,
            (h) => ci().isA(h.concept, DESIGNATED) || ci().isA(h.concept, PREMISES),
            "article",
          );
        if (!named) return;
        context.report({
          node: sentence,
          range,
          messageId: "designatedOnly",
          subCode: "designated-only",
          data: { ...base, words: textOf(sentence, outside) },
        });
      }
    };

    return {
      Sentence(sentence: Sentence) {
        // no assembly word, no finding: skip the sentence before matching
        if (!ci().mayHave(sentence, ASSEMBLY)) return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of ci().clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
