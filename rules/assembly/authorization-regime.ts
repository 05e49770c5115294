/**
 * R26 `assembly/authorization-regime` (RULES.md §4 E): peaceful assembly is a right, not a
 * permission. Notification may exist only to facilitate, with an exception for spontaneous
 * assemblies and a short lead time.
 *
 * Per clause of an operative sentence that names an assembly (`right.assembly`):
 * 1. `authorisation` — a permission word (`list.authorisation`, `verb.approve`) that conditions the
 *    assembly: a condition word next to it ("only if … permit", "requires … approval", «при
 *    наличии разрешения», «рұқсаты болған жағдайда ғана»: `list.authorisation-condition`), a phrase
 *    that is itself the condition («по согласованию», «келісімімен»: `list.authorisation.mode`), the
 *    assembly as its object ("permit for a rally", «разрешение на проведение митинга», «митинг
 *    өткізуге рұқсат»), a passive approval of the assembly («проведение шествия согласовывается с
 *    акиматом»; "are approved by the akimat" is read as marker.delegation and missed), an "unauthorised" assembly that is banned or sanctioned
 *    (`list.unauthorised`), or "without a permit" with a ban or a sanction. Not
 *    reported: a negated permission with no ban ("No permission is required", «не требуется»), a
 *    permit for something else (closing a road, a hall, private property: `list.ancillary-permit`),
 *    or the approval of rules, lists, plans or places (`list.regulatory-object`), or an approval by
 *    another act ("authorized under section 235 of the Appropriations Act").
 * 2. `no-spontaneous-exception` — a notification duty (`list.notification`: owed by the organiser
 *    or in the passive, not given by the state, not voluntary) with no `list.spontaneous` exception
 *    in the article or the units it references. Reported once per article.
 * 3. `long-notice-period` (warning) — the notice lead time (`list.notice-period.*`: "at least 10
 *    days before", «не позднее чем за 10 дней», «10 күн бұрын») exceeds `maxNoticeDays` (rule
 *    option, else the profile's option, else 5).
 * One finding per clause, the most serious first (§2.8: no double reports on one clause); when a
 * duty has no spontaneous exception and a long period, the message names both.
 */
import type {
  Clause,
  Hit,
  Language,
  PhraseRef,
  RuleContext,
  Sentence,
  Suggestion,
  Token,
} from "../../src/engine/api.js";
import { defineRule, tokenGap, wordValue } from "../../src/engine/api.js";

const ASSEMBLY = "right.assembly";
const AUTHORISATION = "list.authorisation";
const MODE = "list.authorisation.mode";
const APPROVE = "verb.approve";
const CONDITION = "list.authorisation-condition";
const NOT_REQUIRED = "list.not-required";
const ANCILLARY = "list.ancillary-permit";
const REGULATORY = "list.regulatory-object";
const NOTIFICATION = "list.notification";
const INFORM = "list.notification.inform";
const IN_ADVANCE = "list.in-advance";
const ORGANISER = "list.organiser";
const STATE = "actor.state";
const VOLUNTARY = "list.voluntary";
const SPONTANEOUS = "list.spontaneous";
const PERIOD = "list.notice-period";
const EXERCISE = "verb.exercise";
const SANCTION = "marker.sanction";
const UNAUTHORISED = "list.unauthorised";

/** Days per unit of a `list.notice-period.*` sub-id. */
const UNIT_DAYS: Record<string, number> = { hours: 1 / 24, days: 1, weeks: 7, months: 30 };

/** The article each profile rests on (RULES.md R26, §5); eu-digital has the rule off. */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 34",
  "kz-1995": "art. 32",
  iccpr: ["art. 21", "GC 37 §70"],
  echr: "art. 11",
};

/** The spontaneous-assembly exception the suggestion appends, per language. */
const SPONTANEOUS_EXCEPTION: Record<Language, string> = {
  en: "; no notice is required for a spontaneous assembly held in immediate response to events",
  ru: "; уведомление не требуется для спонтанного собрания, проводимого в ответ на безотлагательные события",
  kk: "; оқиғаларға жедел жауап ретінде кенеттен өткізілетін жиналыс үшін хабарлама талап етілмейді",
};

// ---- numerals (the notice period's number) ----------------------------------------------------

/** The value of one numeral token: digits, or a numeral word of the language (null if neither). */
function numeralValue(token: Token, language: Language): number | null {
  if (token.number) {
    const digits = /^\d+/u.exec(token.norm.replaceAll(",", ""));
    return digits ? Number(digits[0]) : null;
  }
  return wordValue(token.norm, language);
}

/** The number a notice-period hit states ("ten", «пятнадцать», «он бес», "48"), or null. */
function periodNumber(tokens: readonly Token[], hit: Hit, language: Language): number | null {
  let total: number | null = null;
  let current = 0;
  let seen = false;
  for (let i = hit.tokenStart; i < hit.tokenEnd; i++) {
    const v = numeralValue(tokens[i] as Token, language);
    if (v === null) {
      if (seen) break;
      continue;
    }
    seen = true;
    if (v === 100 && current > 0) current *= 100;
    else current += v;
    total = current;
  }
  return total;
}

export default defineRule({
  meta: {
    id: "assembly/authorization-regime",
    family: "assembly",
    scope: "unit",
    severity: "error",
    confidence: "high",
    description:
      "Holding an assembly is made conditional on a permit or approval; or a notification duty has no exception for spontaneous assemblies, or too long a lead time.",
    docs: "rules/assembly/authorization-regime.md",
    principle: PRINCIPLE,
    messages: {
      authorisation:
        'Holding an assembly ("{{assembly}}") is made conditional on a permission of the authorities ("{{words}}"): under {{profile}} ({{article}}) peaceful assembly is a right, not a permission; replace the permit with a notification that only facilitates the assembly, with an exception for spontaneous assemblies.',
      noSpontaneous:
        'The notification duty ("{{words}}", for "{{assembly}}") has no exception for spontaneous assemblies{{period}}: under {{profile}} ({{article}}) an assembly held in immediate response to events must not need prior notice; add an exception for spontaneous assemblies.',
      longNotice:
        'The notice period of {{days}} ("{{words}}") is longer than {{max}}: under {{profile}} ({{article}}) notification may only facilitate the assembly; shorten the lead time.',
    },
    phrases: {
      assemblyClause: "its assembly clause",
      longLeadTime: ", and its lead time of {{days}} exceeds {{max}}",
      days: { one: "{{count}} day", other: "{{count}} days" },
    },
    schema: {
      type: "object",
      properties: { maxNoticeDays: { type: "number", minimum: 0 } },
      additionalProperties: false,
    },
    hasSuggestions: true,
    subCodes: ["authorisation", "no-spontaneous-exception", "long-notice-period"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const isA = (hit: Hit, concept: string): boolean => ci().isA(hit.concept, concept);
    const textOf = (sentence: Sentence, hit: { start: number; end: number }): string => cl().textOf(sentence, hit);

    const maxNoticeDays = (): number => {
      const own = context.options.maxNoticeDays;
      if (typeof own === "number") return own;
      const fromProfile = (context.profile as { options?: { maxNoticeDays?: unknown } }).options?.maxNoticeDays;
      return typeof fromProfile === "number" ? fromProfile : 5;
    };

    const articleCited = (): string | PhraseRef => {
      const articles = context.law.articlesFor(ASSEMBLY);
      if (articles.length > 0) return articles.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ");
      const p = PRINCIPLE[context.profile.id];
      return (Array.isArray(p) ? p[0] : p) ?? { phrase: "assemblyClause" };
    };

    /** Tokens between two hits are only short function words or an exercise verb ("permit for a", «на проведение»). */
    const linked = (tokens: readonly Token[], from: Hit, to: Hit, exercise: readonly Hit[], most: number): boolean => {
      if (to.tokenStart < from.tokenEnd) return false;
      if (to.tokenStart - from.tokenEnd > most) return false;
      for (let i = from.tokenEnd; i < to.tokenStart; i++) {
        const t = tokens[i] as Token;
        if (t.boundary) return false;
        if (exercise.some((e) => e.tokenStart <= i && i < e.tokenEnd)) continue;
        if (t.norm.length > 3) return false;
      }
      return true;
    };

    // ---- 1. authorisation -------------------------------------------------------------------

    /** The permission word that conditions an assembly in this clause, or null. */
    const conditioningPermission = (sentence: Sentence, clause: Clause): Hit | null => {
      const hits = clause.hits;
      const assemblies = pick(hits, ASSEMBLY);
      if (pick(hits, NOT_REQUIRED).length > 0) return null;
      if (assemblies.length === 0) {
        // a point of a list whose chapeau conditions the assembly: "A rally may be held only if: 1) the akimat
        // has issued a permit; …"
        const chapeau = cl()
          .chapeauOf(sentence)
          .flatMap((s) => ci().hits(s));
        if (pick(chapeau, ASSEMBLY).length === 0 || pick(chapeau, CONDITION).length === 0) return null;
        if (pick(hits, ANCILLARY).length > 0) return null;
        return [...pick(hits, AUTHORISATION), ...pick(hits, APPROVE)].find((p) => !cl().negated(sentence, p)) ?? null;
      }
      const tokens = ci().tokens(sentence);
      const permits = [...pick(hits, AUTHORISATION), ...pick(hits, APPROVE)]
        .filter((h, i, all) => all.findIndex((o) => o.tokenStart === h.tokenStart) === i)
        .sort((a, b) => a.tokenStart - b.tokenStart);
      if (permits.length === 0 && pick(hits, UNAUTHORISED).length === 0) return null;
      const conditions = pick(hits, CONDITION);
      const ancillary = pick(hits, ANCILLARY);
      const regulatory = pick(hits, REGULATORY);
      const exercise = pick(hits, EXERCISE);
      const modes = hits.filter((h) => h.concept === MODE);
      const banned = cl().restrictions(clause).length > 0 || pick(hits, SANCTION).length > 0;
      // "No rally may be held without a permit", «митинги не проводятся без согласования»: a second negation
      const negatedBefore = (permit: Hit): boolean =>
        [...assemblies, ...exercise].some((h) => h.tokenEnd <= permit.tokenStart && cl().negated(sentence, h));
      // "participation in an unauthorised rally is punishable by a fine": banning or sanctioning the unauthorised
      // assembly presupposes a permit regime (a mere mention of unauthorised events is not reported)
      const measures = [...cl().restrictions(clause), ...pick(hits, SANCTION)];
      for (const u of pick(hits, UNAUTHORISED)) {
        const assembly = assemblies.find((a) => a.tokenStart >= u.tokenEnd && a.tokenStart - u.tokenEnd <= 1);
        if (assembly && measures.some((m) => tokenGap(m, assembly) <= 8)) return u;
      }
      for (const permit of permits) {
        // a permit for something else: a road closure, a hall, private property ("traffic permit", "consent of the
        // owner", «для перекрытия дорожного движения … разрешение полиции»): only the assembly as its object counts
        if (ancillary.length > 0) {
          const object =
            language === "kk"
              ? assemblies.some((a) => linked(tokens, a, permit, exercise, 2))
              : assemblies.some((a) => linked(tokens, permit, a, exercise, 4));
          if (!object) continue;
        }
        if (cl().negated(sentence, permit)) {
          // "holding a rally without a permit is prohibited", «без согласования … запрещается»
          if (banned || negatedBefore(permit)) return permit;
          continue;
        }
        if (modes.some((m) => m.tokenStart === permit.tokenStart && m.tokenEnd === permit.tokenEnd)) return permit;
        // the assembly is the permit's object: "permit for a rally", «разрешение на проведение митинга»
        if (language !== "kk" && assemblies.some((a) => linked(tokens, permit, a, exercise, 4))) return permit;
        // kk: «митинг өткізуге рұқсат», «шеру өткізуді келісу»
        if (language === "kk" && assemblies.some((a) => linked(tokens, a, permit, exercise, 2))) return permit;
        // a condition next to it: "only if … permit", "requires … approval", «рұқсаты болған жағдайда ғана»
        const conditioned = conditions.some(
          (c) =>
            (c.tokenEnd <= permit.tokenStart && permit.tokenStart - c.tokenEnd <= 8) ||
            (c.tokenStart >= permit.tokenEnd && c.tokenStart - permit.tokenEnd <= 4),
        );
        // "marches are approved by the akimat", «проведение шествия согласовывается с акиматом»
        const passive =
          assemblies.some((a) => a.tokenEnd <= permit.tokenStart) &&
          regulatory.every((r) => r.tokenStart > permit.tokenStart) &&
          cl().isPassive(clause, permit);
        if (!conditioned && !passive) continue;
        // approved by another act, not by the authorities: "the mobility demonstration authorized under
        // section 235 of the Appropriations Act" is a programme a statute set up
        if (byOtherAct(sentence, tokens, permit)) continue;
        // what is approved is a rule, list, plan or the places, not the assembly
        if (regulatory.some((r) => r.tokenStart < permit.tokenEnd && tokenGap(r, permit) <= 6)) continue;
        return permit;
      }
      return null;
    };

    /**
     * The approval is followed (at most three words on: "under", "pursuant to", «в соответствии со»)
     * by a reference to another act: the legislature authorised it, not an authority.
     */
    const byOtherAct = (sentence: Sentence, tokens: readonly Token[], permit: Hit): boolean => {
      const provision = ci().provisionOf(sentence);
      if (!provision) return false;
      return context.referencesFrom(provision).some((r) => {
        if (!r.external || r.range.start.offset < permit.end) return false;
        const between = tokens.filter((t) => t.start >= permit.end && t.start < r.range.start.offset).length;
        return between <= 3;
      });
    };

    // ---- 2 and 3. notification ----------------------------------------------------------------

    /** The notification duty owed for an assembly in this clause, or null. */
    const notificationDuty = (sentence: Sentence, clause: Clause): Hit | null => {
      const hits = clause.hits;
      if (pick(hits, ASSEMBLY).length === 0 && pick(ci().hits(sentence), ASSEMBLY).length === 0) return null;
      if (pick(hits, VOLUNTARY).length > 0) return null;
      const notices = pick(hits, NOTIFICATION).filter((n) => !cl().negated(sentence, n));
      // a generic "inform" is a notice of the assembly only with a lead time or "in advance"
      const advance = pick(hits, PERIOD).length > 0 || pick(hits, IN_ADVANCE).length > 0;
      const informs = hits.filter((h) => h.concept === INFORM);
      for (const notice of notices) {
        if (!advance && informs.some((i) => i.tokenStart === notice.tokenStart)) continue;
        // who notifies: the first of organiser or state actor before the notice word is its subject
        const subjects = [...pick(hits, ORGANISER), ...pick(hits, STATE)]
          .filter((h) => h.tokenEnd <= notice.tokenStart)
          .sort((a, b) => a.tokenStart - b.tokenStart);
        const subject = subjects[0];
        if (subject && isA(subject, STATE)) continue;
        // the addressee is a state body: not organisers informing participants
        if (pick(ci().hits(sentence), STATE).length === 0) continue;
        return notice;
      }
      return null;
    };

    /** The longest notice period stated in a clause, in days, with its hit. */
    const noticePeriod = (sentence: Sentence, clause: Clause): { days: number; hit: Hit } | null => {
      const tokens = ci().tokens(sentence);
      let best: { days: number; hit: Hit } | null = null;
      // the sub-id names the unit (the parent hit on the same span carries none)
      for (const hit of clause.hits.filter((h) => h.concept.startsWith(`${PERIOD}.`))) {
        const unit = hit.concept.slice(PERIOD.length + 1);
        const per = UNIT_DAYS[unit];
        if (per === undefined) continue;
        const n = periodNumber(tokens, hit, language);
        if (n === null) continue;
        const days = n * per;
        if (!best || days > best.days) best = { days, hit };
      }
      return best;
    };

    const spontaneousSuggestion = (sentence: Sentence): Suggestion[] => {
      const end = sentence.range.end.offset;
      const text = sentence.text.trimEnd();
      const last = text.slice(-1);
      const at = last === "." || last === ";" ? end - (sentence.text.length - text.length) - 1 : end;
      const phrase = SPONTANEOUS_EXCEPTION[language];
      return cl().insertion(sentence, at, phrase, `Add "${phrase.slice(2)}"`);
    };

    /** Articles already reported for a missing spontaneous exception (once per article). */
    const reportedArticles = new Set<string>();

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const range = cl().clauseRange(clause);
      const base = { profile: context.profile.citation, article: articleCited() };
      /** The assembly of the clause, else of the sentence, else of the chapeau, quoted from its own sentence. */
      const assemblyIn = (): string => {
        const own = pick(clause.hits, ASSEMBLY)[0] ?? pick(ci().hits(sentence), ASSEMBLY)[0];
        if (own) return textOf(sentence, own);
        for (const s of cl().chapeauOf(sentence)) {
          const hit = pick(ci().hits(s), ASSEMBLY)[0];
          if (hit) return textOf(s, hit);
        }
        return "";
      };

      const permit = conditioningPermission(sentence, clause);
      if (permit) {
        // the words to quote: the permission with its condition (before it, else right after it)
        const mode = clause.hits.some((h) => h.concept === MODE && h.tokenStart === permit.tokenStart);
        const conditions = mode ? [] : pick(clause.hits, CONDITION);
        const condition =
          conditions.find((c) => c.tokenEnd <= permit.tokenStart && tokenGap(c, permit) <= 8) ??
          conditions.find((c) => c.tokenStart >= permit.tokenEnd && tokenGap(c, permit) <= 4);
        const from = Math.min(permit.start, condition?.start ?? permit.start);
        const to = Math.max(
          permit.end,
          condition && condition.tokenStart >= permit.tokenEnd ? condition.end : permit.end,
        );
        context.report({
          node: sentence,
          range,
          messageId: "authorisation",
          subCode: "authorisation",
          data: {
            ...base,
            words: textOf(sentence, { start: from, end: to }),
            assembly: assemblyIn(),
          },
        });
        return;
      }

      const notice = notificationDuty(sentence, clause);
      if (!notice) return;
      const period = noticePeriod(sentence, clause);
      const max = maxNoticeDays();
      const long = period !== null && period.days > max;
      const article = ci().articleOf(sentence);
      const key = article?.eId ?? "";
      const exception = cl().findWhere(sentence, clause, (h) => isA(h, SPONTANEOUS));
      if (!exception && !reportedArticles.has(key)) {
        reportedArticles.add(key);
        context.report({
          node: sentence,
          range,
          messageId: "noSpontaneous",
          subCode: "no-spontaneous-exception",
          data: {
            ...base,
            words: textOf(sentence, notice),
            assembly: assemblyIn(),
            period: long ? { phrase: "longLeadTime", data: { days: days(period.days), max: days(max) } } : "",
          },
          suggestions: spontaneousSuggestion(sentence),
        });
        return;
      }
      if (long) {
        context.report({
          node: sentence,
          range,
          messageId: "longNotice",
          subCode: "long-notice-period",
          data: { ...base, days: days(period.days), max: days(max), words: textOf(sentence, period.hit) },
        });
      }
    };

    return {
      Sentence(sentence: Sentence) {
        // no assembly word here or in the chapeau, no finding: skip the sentence before matching
        if (
          !ci().mayHave(sentence, ASSEMBLY) &&
          !cl()
            .chapeauOf(sentence)
            .some((s) => ci().mayHave(s, ASSEMBLY))
        ) {
          return;
        }
        if (!cl().isOperative(sentence)) return;
        for (const clause of ci().clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});

/** 10 → "10 days", 2.5 → "2.5 days", 1/24 → "0.04 days" (a phrase, with the plural form of the locale). */
function days(count: number): PhraseRef {
  return { phrase: "days", data: { count: Number.isInteger(count) ? count : Math.round(count * 100) / 100 } };
}
