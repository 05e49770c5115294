/**
 * R7 limitation/non-derogable-right-restricted (RULES.md §4 A): absolute and non-derogable rights
 * admit no limitation at all — the forum internum of belief, life against arbitrary lethal force,
 * the ban on torture, non-retroactive criminal law, and the rights the active profile lists as
 * absolute.
 *
 * Per clause, the first of:
 * - `forum-internum` (confidence high): a forum-internum verb with its object
 *   (`list.forum-internum-verb`: declare, state, disclose, change, renounce a religion or belief)
 *   governed by a live duty or compulsion (`list.belief-duty`: shall, must, required, обязан, міндетті,
 *   мәжбүрле*) or by a restriction of the state; a freedom ("has the right to", «вправе») or a
 *   voluntary disclosure («по желанию») in the clause is not reported;
 * - `torture`: a permission (`list.permission`) of torture or cruel, inhuman or degrading treatment
 *   (`list.torture-treatment`), not negated, not prohibited, not criminalised; or a restriction
 *   of the protection itself ("the prohibition of torture may be suspended");
 * - `life`: lethal force (`list.lethal-force`) authorised on an official's opinion
 *   (`list.official-opinion`, `marker.discretion`) or for public order alone (`ground.public-order`
 *   or a suspect aim), with no strict-necessity limit (`list.strict-necessity-life`) in the provision;
 * - `kz-absolute`: a live `verb.restrict` over a right the profile lists as absolute (belief,
 *   personal liberty, …; not life and torture, which have their sub-codes, and not equality, rule
 *   35's), unless the object is manifestation or the right is named as a ground of discrimination;
 * - `retroactive-criminal`: criminal liability for acts before entry into force — off unless the
 *   option `retroactiveCriminal` is set or the profile has rule 31 off (RULES.md §2.8: 31 before 7).
 */
import type {
  Clause,
  Hit,
  Language,
  MessageData,
  PhraseRef,
  RuleContext,
  Sentence,
  Suggestion,
  Token,
} from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";

const FORUM_INTERNUM = "list.forum-internum-verb";
const DUTY = "list.belief-duty";
const RIGHT_HOLDER = "list.right-holder";
const VOLUNTARY = "list.voluntary-disclosure";
const PERMISSION = "list.permission";
const TORTURE = "list.torture-treatment";
const TORTURE_GUARANTEE = "list.torture-guarantee";
const TORTURE_PROTECTIVE = "list.torture-protective";
const LETHAL = "list.lethal-force";
const OPINION = "list.official-opinion";
const DISCRETION = "marker.discretion";
const STRICT_NECESSITY = "list.strict-necessity-life";
const RETROACTIVE = "list.retroactive-application";
const MANIFESTATION_WORD = "list.manifestation-word";
const MANIFESTATION = "right.religion.manifestation";
const DISCRIMINATION = "list.discrimination-context";
const PUBLIC_ORDER = "ground.public-order";
const SUSPECT = "ground.suspect";
const RESTRICT = "verb.restrict";
const PROHIBIT = "verb.prohibit";
const CRIMINAL = "marker.sanction.criminal";
const BELIEF = "right.religion.belief";
const LIFE = "right.life-integrity";
const LIBERTY = "right.liberty";
const RETRO_RULE = "certainty/retroactive-liability";

/** Rights `kz-absolute` reads: those the profile may list as absolute, other than life (own sub-codes) and equality (rule 35). */
const ABSOLUTE_CANDIDATES: readonly { id: string; words: string }[] = [
  { id: BELIEF, words: "freedom of conscience and belief" },
  { id: LIBERTY, words: "personal liberty" },
];

type SubCode = "forum-internum" | "torture" | "life" | "kz-absolute" | "retroactive-criminal";

/** The articles each profile makes absolute, per sub-code, when the profile data names none. */
const FALLBACK_ARTICLE: Record<string, Partial<Record<SubCode, string>>> = {
  "kz-2026": { "forum-internum": "arts 25, 41(3)", torture: "arts 17, 41(3)", life: "arts 17, 41(3)" },
  "kz-1995": { "forum-internum": "arts 19, 22, 39(3)", torture: "arts 17, 39(3)", life: "arts 15, 39(3)" },
  iccpr: {
    "forum-internum": "art. 18(1)–(2)",
    torture: "art. 7",
    life: "art. 6",
    "retroactive-criminal": "art. 15",
  },
  echr: { "forum-internum": "art. 9(1)", torture: "art. 3", life: "art. 2", "retroactive-criminal": "art. 7" },
  "eu-digital": {
    "forum-internum": "Charter art. 10(1)",
    torture: "Charter art. 4",
    life: "Charter art. 2",
    "retroactive-criminal": "Charter art. 49",
  },
};

/** The profile's own absolute-rights clause (RULES.md R7 principle). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 41(3)",
  "kz-1995": "art. 39(3)",
  iccpr: ["art. 4(2)", "art. 18(1)–(2)"],
  echr: ["art. 15(2)", "art. 9(1)"],
  "eu-digital": ["Charter art. 4", "Charter art. 10(1)"],
};

/** Negators that make a duty or a permission a guarantee ("no one shall", «никто не обязан»). */
const NEGATORS: Record<Language, ReadonlySet<string>> = {
  en: new Set(["no", "not", "never", "nobody", "none", "neither", "nor", "cannot"]),
  ru: new Set(["не", "ни", "никто", "никого", "никому", "нельзя", "никогда"]),
  kk: new Set(["ешкім", "ешкімді", "ешкімге", "ешқашан"]),
};
/** Kazakh negative words after a verb (§2.2); before it «емес» belongs to a noun («коммерциялық емес ұйым»). */
const KK_NEGATIVE_AFTER: ReadonlySet<string> = new Set(["емес", "жоқ"]);
/** The voluntary counterpart a duty word is replaced by (suggestion). */
const MAY: Record<Language, { words: ReadonlySet<string>; text: string }> = {
  en: { words: new Set(["shall", "must"]), text: "may" },
  ru: { words: new Set(["обязан", "обязана", "обязано", "обязаны"]), text: "вправе" },
  kk: { words: new Set(["міндетті"]), text: "құқылы" },
};

interface AbsoluteEntry {
  article: string;
  rights?: readonly string[];
}

export default defineRule({
  meta: {
    id: "limitation/non-derogable-right-restricted",
    family: "limitation",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      "An absolute or non-derogable right is restricted: compelled disclosure or change of belief, lethal force on an official's opinion, torture, retroactive criminal liability, or a right the profile lists as absolute.",
    docs: "rules/limitation/non-derogable-right-restricted.md",
    principle: PRINCIPLE,
    messages: {
      forumInternum:
        'This provision compels a person to reveal, change or renounce a religion or belief ("{{object}}", "{{verb}}"): the forum internum is absolute under {{profile}} ({{article}}). Make it voluntary ("may indicate") or remove the duty.',
      torture:
        'This provision permits torture or cruel, inhuman or degrading treatment ("{{object}}"), which {{profile}} ({{article}}) prohibits absolutely, in every circumstance.',
      tortureProtection:
        'This provision restricts the protection against torture itself ("{{object}}", "{{verb}}"), which {{profile}} ({{article}}) makes absolute: it admits no suspension or limitation, even in an emergency.',
      life: 'Lethal force ("{{object}}") is authorised {{basis}}: under {{profile}} ({{article}}) it is lawful only where strictly unavoidable to protect life, as a last resort.',
      absolute:
        'This provision restricts {{right}} ("{{object}}", "{{verb}}"), which is absolute under {{profile}} ({{article}}) and admits no limitation.',
      retroactive:
        'Criminal liability is applied to acts committed before the law entered into force ("{{object}}"): prohibited without exception under {{profile}} ({{article}}).',
    },
    schema: {
      type: "object",
      properties: {
        window: { type: "integer", minimum: 1, maximum: 50 },
        retroactiveCriminal: { type: "boolean" },
      },
      additionalProperties: false,
    },
    defaultOptions: { window: 12, retroactiveCriminal: false },
    phrases: {
      ...Object.fromEntries(ABSOLUTE_CANDIDATES.map((r) => [`right:${r.id}`, r.words])),
      onOpinion: 'on an official\'s opinion ("{{words}}")',
      forPublicOrder: 'for public order alone ("{{words}}")',
      nonDerogableRights: "its non-derogable rights",
    },
    hasSuggestions: true,
    subCodes: ["forum-internum", "life", "torture", "retroactive-criminal", "kz-absolute"],
  },

  create(context: RuleContext) {
    const window = typeof context.options.window === "number" ? context.options.window : 12;
    const language = context.language;
    const concepts = () => context.concepts;
    const cl = () => context.clauses;
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const overlaps = (a: Hit, b: Hit): boolean => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;
    const retroactiveOn =
      context.options.retroactiveCriminal === true || context.profile.ruleSeverity?.[RETRO_RULE] === "off";

    /** The articles the profile makes absolute for a right (profile data), else the fallback per sub-code. */
    const articleFor = (subCode: SubCode, right: string | null): string | PhraseRef => {
      const entries = (context.profile as { absoluteRights?: readonly AbsoluteEntry[] }).absoluteRights ?? [];
      const own = right
        ? entries
            .filter((e) => e.rights?.some((r) => r === right || concepts().isA(right, r)))
            .map((e) => (/^\d/u.test(e.article) ? `art. ${e.article}` : e.article))
        : [];
      const fallback = FALLBACK_ARTICLE[context.profile.id]?.[subCode];
      // life and torture share one right concept: their own articles are more precise than the profile's list
      if (fallback && (subCode === "life" || subCode === "torture")) return fallback;
      if (own.length > 0) return own.join(", ");
      return fallback ?? { phrase: "nonDerogableRights" };
    };

    /**
     * A negator governs a duty or permission: the shared test (§2.3), a negator before it in the
     * clause ("no one may be compelled", «никто не обязан»), "not" right after it ("shall not"),
     * or a KK negative word after it.
     */
    const negatedWord = (sentence: Sentence, clause: Clause, hit: Hit): boolean => {
      if (cl().negated(sentence, hit)) return true;
      const tokens = concepts().tokens(sentence);
      const first = clause.tokens[0];
      const lower = first ? tokens.indexOf(first) : 0;
      const negators = NEGATORS[language];
      if (language === "kk") {
        for (let i = lower; i < hit.tokenStart; i++) if (negators.has((tokens[i] as Token).norm)) return true;
        for (let i = hit.tokenEnd; i < Math.min(tokens.length, hit.tokenEnd + 3); i++) {
          const t = tokens[i] as Token;
          if (t.boundary) break;
          if (KK_NEGATIVE_AFTER.has(t.norm)) return true;
        }
        return pick(clause.hits, PROHIBIT).some(
          (p) => p.tokenStart >= hit.tokenEnd && p.tokenStart - hit.tokenEnd <= 1,
        );
      }
      for (let i = Math.max(lower, hit.tokenStart - 5); i < hit.tokenStart; i++) {
        if (negators.has((tokens[i] as Token).norm)) return true;
      }
      const next = tokens[hit.tokenEnd];
      return next !== undefined && !next.boundary && (next.norm === "not" || next.norm === "never");
    };

    const report = (
      sentence: Sentence,
      clause: Clause,
      subCode: SubCode,
      messageId: string,
      data: MessageData,
      right: string | null,
      confidence: "high" | "medium" | "low" = "medium",
      suggestions: Suggestion[] = [],
    ): void => {
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId,
        subCode,
        confidence,
        data: { ...data, profile: context.profile.citation, article: articleFor(subCode, right) },
        suggestions,
      });
    };

    // ---- forum internum ------------------------------------------------------------------------

    const forumInternum = (sentence: Sentence, clause: Clause): boolean => {
      const objects = pick(clause.hits, FORUM_INTERNUM);
      if (objects.length === 0) return false;
      // a freedom or a voluntary disclosure ("has the right to indicate", «по желанию»)
      if (pick(clause.hits, RIGHT_HOLDER).length > 0 || pick(clause.hits, VOLUNTARY).length > 0) return false;
      const duties = pick(clause.hits, DUTY).filter((d) => !negatedWord(sentence, clause, d));
      const restrictions = cl()
        .restrictions(clause)
        .filter((v) => concepts().isA(v.concept, RESTRICT))
        .filter((v) => cl().actorOf(clause, v) !== null);
      for (const object of objects) {
        const duty = duties
          .filter((d) => tokenGap(d, object) <= window)
          .sort((a, b) => tokenGap(a, object) - tokenGap(b, object))[0];
        // "refuse to state his religion": the refusal is the person's, not a restriction of the state
        const verb =
          duty ??
          restrictions.find(
            (v) =>
              tokenGap(v, object) <= window &&
              !(v.tokenEnd <= object.tokenStart && object.tokenStart - v.tokenEnd <= 2),
          );
        if (!verb) continue;
        const suggestions: Suggestion[] = [];
        const single = verb.tokenEnd - verb.tokenStart === 1;
        const word = concepts().tokens(sentence)[verb.tokenStart]?.norm ?? "";
        if (duty && single && MAY[language].words.has(word)) {
          const range = cl().rangeOf(sentence, verb.start, verb.end);
          if (range !== sentence.range) {
            suggestions.push({
              description: `Replace "${cl().textOf(sentence, verb)}" with "${MAY[language].text}"`,
              edits: [{ range, text: MAY[language].text }],
            });
          }
        }
        report(
          sentence,
          clause,
          "forum-internum",
          "forumInternum",
          { object: cl().textOf(sentence, object), verb: cl().textOf(sentence, verb) },
          BELIEF,
          "high",
          suggestions,
        );
        return true;
      }
      return false;
    };

    // ---- torture -------------------------------------------------------------------------------

    const torture = (sentence: Sentence, clause: Clause): boolean => {
      const guarantees = pick(clause.hits, TORTURE_GUARANTEE);
      if (guarantees.length > 0) {
        // "the prohibition of torture may be suspended": a restriction of the protection itself
        const verb = cl()
          .restrictions(clause)
          .find((v) => concepts().isA(v.concept, RESTRICT) && !guarantees.some((g) => overlaps(g, v)));
        if (verb) {
          report(
            sentence,
            clause,
            "torture",
            "tortureProtection",
            { object: cl().textOf(sentence, guarantees[0] as Hit), verb: cl().textOf(sentence, verb) },
            LIFE,
          );
          return true;
        }
        return false;
      }
      const treatments = pick(clause.hits, TORTURE).filter((t) => !negatedWord(sentence, clause, t));
      if (treatments.length === 0) return false;
      if (pick(clause.hits, PROHIBIT).length > 0) return false;
      // "may be extradited unless there is a risk of torture": torture as a harm to prevent
      if (pick(clause.hits, TORTURE_PROTECTIVE).length > 0) return false;
      if (cl().sanction(sentence).length > 0) return false;
      const permissions = pick(clause.hits, PERMISSION).filter((p) => !negatedWord(sentence, clause, p));
      for (const t of treatments) {
        const allowed = permissions.some((p) =>
          language === "kk"
            ? p.tokenStart >= t.tokenEnd && p.tokenStart - t.tokenEnd <= 6
            : p.tokenEnd <= t.tokenStart && t.tokenStart - p.tokenEnd <= 8,
        );
        if (!allowed) continue;
        report(sentence, clause, "torture", "torture", { object: cl().textOf(sentence, t) }, LIFE);
        return true;
      }
      return false;
    };

    // ---- life ----------------------------------------------------------------------------------

    const life = (sentence: Sentence, clause: Clause): boolean => {
      const forces = pick(clause.hits, LETHAL).filter((f) => !negatedWord(sentence, clause, f));
      if (forces.length === 0) return false;
      if (pick(clause.hits, PROHIBIT).length > 0) return false;
      if (cl().findWhere(sentence, clause, (h) => concepts().isA(h.concept, STRICT_NECESSITY), "provision"))
        return false;
      const all = concepts().hits(sentence);
      const opinion = [...pick(all, OPINION), ...pick(all, DISCRETION)][0];
      const order = [...pick(all, PUBLIC_ORDER), ...pick(all, SUSPECT)][0];
      const basis = opinion
        ? { phrase: "onOpinion", data: { words: cl().textOf(sentence, opinion) } }
        : order
          ? { phrase: "forPublicOrder", data: { words: cl().textOf(sentence, order) } }
          : null;
      if (!basis) return false;
      report(sentence, clause, "life", "life", { object: cl().textOf(sentence, forces[0] as Hit), basis }, LIFE);
      return true;
    };

    // ---- other absolute rights of the profile ----------------------------------------------------

    const absolute = (sentence: Sentence, clause: Clause): boolean => {
      const verbs = cl()
        .restrictions(clause)
        .filter((v) => concepts().isA(v.concept, RESTRICT));
      if (verbs.length === 0) return false;
      if (pick(clause.hits, MANIFESTATION_WORD).length > 0 || pick(clause.hits, MANIFESTATION).length > 0) return false;
      if (pick(clause.hits, DISCRIMINATION).length > 0) return false;
      for (const right of ABSOLUTE_CANDIDATES) {
        if (!context.law.isAbsolute(right.id)) continue;
        for (const object of pick(clause.hits, right.id)) {
          const verb = verbs
            .filter((v) => tokenGap(v, object) <= window)
            .sort((a, b) => tokenGap(a, object) - tokenGap(b, object))[0];
          if (!verb || cl().actorOf(clause, verb) === null) continue;
          // liberty: a measure a court orders is the lawful exception, not a restriction of the right
          if (right.id === LIBERTY && cl().courtAuthorised(sentence, clause, "provision")) continue;
          report(
            sentence,
            clause,
            "kz-absolute",
            "absolute",
            {
              right: { phrase: `right:${right.id}` },
              object: cl().textOf(sentence, object),
              verb: cl().textOf(sentence, verb),
            },
            right.id,
          );
          return true;
        }
      }
      return false;
    };

    // ---- retroactive criminal liability (off unless rule 31 is off) -----------------------------

    const retroactive = (sentence: Sentence, clause: Clause): boolean => {
      if (!retroactiveOn) return false;
      const hits = pick(clause.hits, RETROACTIVE).filter((h) => !negatedWord(sentence, clause, h));
      if (hits.length === 0) return false;
      // a criminal sanction in the sentence or its provision (`sanction()` keeps one hit per span, the parent's)
      const criminal = cl().findWhere(sentence, clause, (h) => concepts().isA(h.concept, CRIMINAL), "provision");
      if (!criminal) return false;
      report(
        sentence,
        clause,
        "retroactive-criminal",
        "retroactive",
        { object: cl().textOf(sentence, hits[0] as Hit) },
        null,
      );
      return true;
    };

    const checks = [forumInternum, torture, life, absolute, retroactive];

    return {
      Sentence(sentence: Sentence) {
        // only sentences that can name an absolute right are read
        const ci = concepts();
        const candidates = [FORUM_INTERNUM, TORTURE, TORTURE_GUARANTEE, LETHAL, BELIEF, LIBERTY];
        if (retroactiveOn) candidates.push(RETROACTIVE);
        if (!candidates.some((c) => ci.mayHave(sentence, c))) return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of ci.clauses(sentence)) {
          for (const check of checks) if (check(sentence, clause)) break;
        }
      },
    };
  },
});
