/**
 * R31 `certainty/retroactive-liability` (RULES.md §4 G): sanctions — and, under the Kazakh
 * constitutions, new duties — reach facts that happened before the act entered into force; or
 * criminal sanctions enter into force on the day of publication.
 *
 * A temporal clause is a clause with
 * - explicit retroactive effect (`list.retroactive`: "has retroactive effect", «имеет обратную
 *   силу», «кері күші бар»), or
 * - facts dated before entry into force (`list.retroactive-period.*`: "offences committed before
 *   its entry into force", «зафиксированным с 1 января предыдущего года», «2025 жылғы 1
 *   шілдеден бастап тіркелген»; also the R7 vocabulary `list.retroactive-application` when the
 *   clause names an application verb or a sanction), or
 * - an application date (`list.application-from`: "applies from <date>") earlier than the date of
 *   entry into force found in the act.
 * A date is judged by its year against the year of entry into force (`list.entry-into-force` with a
 * year in the same sentence): "since <date>" is retroactive when its year is earlier; with no
 * entry-into-force year it is taken as retroactive at one confidence step lower; "after <date>"
 * only when the year is known to be earlier; a relative date ("of the previous year") is past.
 *
 * Not a temporal clause: a guarantee (`list.non-retroactive`, a negated application verb or
 * temporal phrase, a prohibition of retroactive application), a favourable clause
 * (`list.lex-mitior`: lower fines, abolished liability, amnesty), old rules kept for earlier facts
 * (`list.old-law`).
 *
 * What the clause carries back: the sanctions of the sentence itself (`marker.sanction`,
 * `list.liability`); else of the units the provision refers to (confidence −1); else, when the
 * sentence speaks of the act itself (`marker.self-reference`) or declares retroactive effect, of the
 * whole act (confidence −1). A sanction there → `retroactive` (error). None, under a profile that
 * has `kz-new-duties` on (KZ), and the same scope imposes duties on persons (`list.duty`, or
 * `list.duty-shall` after a private party; not duties of state bodies) → `kz-new-duties`.
 * Separately, an entry into force on the day of publication or signature (`list.same-day-entry`)
 * of an act (or the units it names) that makes conduct punishable by a criminal penalty
 * (`list.criminal-penalty`) → `no-vacatio-legis` (info).
 */
import {
  type Clause,
  type Confidence,
  type Division,
  defineRule,
  type Hit,
  type Provision,
  type RuleContext,
  type Sentence,
  type Token,
} from "../../src/engine/api.js";

const RETRO = "list.retroactive";
const PERIOD = "list.retroactive-period";
const BEFORE = "list.retroactive-period.before";
const SINCE = "list.retroactive-period.since";
const AFTER = "list.retroactive-period.after";
/** R7's vocabulary for the same idea (rules/lexicon/<lang>/limitation-scope.json). */
const R7_RETRO = "list.retroactive-application";
const APPLICATION_FROM = "list.application-from";
const NON_RETRO = "list.non-retroactive";
const APPLY = "list.retro-apply";
const FAVOURABLE = "list.lex-mitior";
const OLD_LAW = "list.old-law";
const PROHIBIT = "verb.prohibit";
const SANCTION = "marker.sanction";
/** A provision that makes conduct punishable by a criminal penalty (not a mention of crime in a guarantee). */
const CRIMINAL_PENALTY = "list.criminal-penalty";
const CRIMINAL = "marker.sanction.criminal";
const NOBODY = "list.nobody";
const EXCLUSION = "list.liability-exclusion";
const APPROVE = "verb.approve";
const CUSTODY_PLACE = "list.custody-place";
const LIABILITY = "list.liability";
const SELF = "marker.self-reference";
const DUTY = "list.duty";
const DUTY_SHALL = "list.duty-shall";
const PRIVATE = "list.private-party";
const STATE = "actor.state";
const STATE_PARTY = "list.state-party";
const EIF = "list.entry-into-force";
const SAME_DAY = "list.same-day-entry";
/** Words that carry a rule back in time, or say from when it applies: a sentence without them is not read. */
const TEMPORAL_WORDS: readonly string[] = [RETRO, PERIOD, R7_RETRO, APPLICATION_FROM];
const EXCEPTION = "marker.exception";
const MONTH = "list.month";

type Kind = "explicit" | "before" | "since" | "after";

/** The article each profile rests on (RULES.md R31, §5). */
const PRINCIPLE: Record<string, string> = {
  "kz-2026": "art. 5(5)",
  "kz-1995": "art. 77(3)(5)",
  iccpr: "art. 15(1)",
  echr: "art. 7",
  "eu-digital": "Charter art. 49",
};

/** Where the clause's sanctions or duties were found, for the message. */
/** Where the sanctions or duties that reach back are, as the message names them (phrases `sanctions-<level>`, `duties-<level>`). */
const WHERE = {
  "sanctions-sentence": "the sanctions of this sentence",
  "sanctions-refs": "the sanctions of the provisions it refers to",
  "sanctions-act": "the sanctions of this act",
  "duties-sentence": "the duties of this sentence",
  "duties-refs": "the duties of the provisions it refers to",
  "duties-act": "the duties this act imposes",
} as const;
type Level = "sentence" | "refs" | "act";

export default defineRule({
  meta: {
    id: "certainty/retroactive-liability",
    family: "certainty",
    severity: "error",
    confidence: "high",
    description:
      "Sanctions (under the Kazakh constitutions also new duties) apply to facts before entry into force, or criminal sanctions enter into force on the day of publication.",
    docs: "rules/certainty/retroactive-liability.md",
    principle: PRINCIPLE,
    messages: {
      retroactive:
        'Sanctions apply to facts before entry into force: "{{temporal}}" makes {{where}} reach acts done before the act takes effect; {{profile}} ({{article}}) forbids retroactive liability — apply them only to acts committed after entry into force (only a milder rule may reach back).',
      newDuties:
        'New duties apply to facts before entry into force: "{{temporal}}" makes {{where}} reach back before the act takes effect; {{profile}} ({{article}}) gives no retroactive force to laws that impose new duties or worsen a person\'s position — apply them from entry into force.',
      noVacatio:
        'Criminal sanctions enter into force on the day of publication: "{{entry}}" leaves no time to learn the new offences before they bind ({{profile}}, {{article}}); set a period between publication and entry into force.',
    },
    phrases: { ...WHERE, ownArticle: "its non-retroactivity article" },
    subCodes: ["retroactive", "kz-new-duties", "no-vacatio-legis"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (h: Hit, concept: string): boolean => ci().isA(h.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const has = (hits: readonly Hit[], concept: string): boolean => hits.some((h) => isA(h, concept));
    const article = PRINCIPLE[context.profile.id] ?? { phrase: "ownArticle" };

    // ---- the act as a whole (computed once) -----------------------------------------------

    let operative: Sentence[] | null = null;
    const sentences = (): Sentence[] => {
      if (!operative) {
        const out: Sentence[] = [];
        const rec = (nodes: readonly (Division | Provision)[]): void => {
          for (const n of nodes) {
            if (n.type === "Provision") for (const s of n.sentences) if (cl().isOperative(s)) out.push(s);
            rec(n.children);
          }
        };
        rec(context.document.body);
        operative = out;
      }
      return operative;
    };

    /** A date written in a sentence between two token positions: its year, and month and day when named. */
    const dateIn = (s: Sentence, from: number, to: number): SimpleDate | null => {
      const tokens = ci().tokens(s);
      const year = yearIn(tokens, from, to);
      if (year === null) return null;
      const month = ci()
        .hits(s)
        .find((h) => h.tokenStart >= from && h.tokenEnd <= to && isA(h, MONTH) && h.concept !== MONTH);
      if (!month) return { year, month: null, day: null };
      const day = tokens[month.tokenStart - 1];
      const dayNumber = day?.number && /^\d{1,2}$/u.test(day.norm) ? Number(day.norm) : null;
      return { year, month: Number(month.concept.slice(-2)), day: dayNumber };
    };

    /** The date the act takes effect (the first dated entry-into-force sentence), if written. */
    let eifDate: SimpleDate | null | undefined;
    const entryIntoForce = (): SimpleDate | null => {
      if (eifDate === undefined) {
        eifDate = null;
        for (const s of sentences()) {
          if (!ci().mayHave(s, EIF)) continue;
          const hits = ci().hits(s);
          const eif = pick(hits, EIF)[0];
          if (!eif || has(hits, PERIOD) || has(hits, RETRO)) continue;
          const end = pick(hits, APPLICATION_FROM).find((a) => a.tokenStart > eif.tokenEnd)?.tokenStart;
          const date =
            language === "kk" ? dateIn(s, 0, eif.tokenStart) : dateIn(s, eif.tokenEnd, end ?? ci().tokens(s).length);
          if (date) {
            eifDate = date;
            break;
          }
        }
      }
      return eifDate;
    };
    const entryIntoForceYear = (): number | null => entryIntoForce()?.year ?? null;

    // ---- scope: what a temporal clause carries back ---------------------------------------

    const sanctionIn = (hits: readonly Hit[]): boolean => has(hits, SANCTION) || has(hits, LIABILITY);

    /** Duties of persons in a sentence: not of state bodies, not the act's own commencement. */
    const dutyIn = (s: Sentence): boolean => {
      if (!ci().mayHave(s, DUTY) && !ci().mayHave(s, DUTY_SHALL)) return false;
      const all = ci().hits(s);
      if (has(all, EIF) || has(all, PERIOD) || has(all, RETRO)) return false;
      for (const clause of ci().clauses(s)) {
        const hits = clause.hits;
        const before = (d: Hit) => hits.filter((h) => h.tokenEnd <= d.tokenStart);
        for (const d of hits) {
          const shall = d.concept === DUTY_SHALL;
          if (d.concept !== DUTY && !shall) continue;
          if (language !== "kk" && cl().negated(s, d)) continue;
          const prior = before(d);
          if (prior.some((h) => isA(h, STATE) || isA(h, STATE_PARTY) || isA(h, SELF))) continue;
          if (shall && !prior.some((h) => isA(h, PRIVATE))) continue;
          return true;
        }
      }
      return false;
    };

    /** The sentences a temporal sentence speaks for, widening from itself (§2.5, adapted). */
    const scopes = (sentence: Sentence): { level: Level; sentences: Sentence[] }[] => {
      const out: { level: Level; sentences: Sentence[] }[] = [{ level: "sentence", sentences: [sentence] }];
      const provision = ci().provisionOf(sentence);
      const refs = provision
        ? ci()
            .referencedUnits(provision)
            .flatMap((u) => cl().sentencesUnder(u))
        : [];
      if (refs.length > 0) {
        out.push({ level: "refs", sentences: refs });
        return out;
      }
      // the whole act's sanctions count only when the act itself reaches back ("This Law applies to
      // … before"); "such plan amendment applies retroactively" speaks for its own provision
      if (has(ci().hits(sentence), SELF)) {
        out.push({ level: "act", sentences: sentences().filter((s) => s !== sentence) });
      }
      return out;
    };

    // ---- the temporal clause ----------------------------------------------------------------

    /** The temporal hit of a clause that reaches back, with its kind, or null. */
    const temporal = (sentence: Sentence, clause: Clause): { hit: Hit; kind: Kind; steps: number } | null => {
      const hits = clause.hits;
      // guarantees: "does not apply to …", «обратной силы не имеет», «қолданылмайды», "… is prohibited"
      if (has(hits, NON_RETRO) || has(hits, PROHIBIT)) return null;
      if (pick(hits, APPLY).some((a) => cl().negated(sentence, a))) return null;
      const tokens = ci().tokens(sentence);
      const eif = entryIntoForceYear();
      for (const h of hits) {
        let kind: Kind | null = null;
        if (h.concept === RETRO) kind = "explicit";
        else if (h.concept === BEFORE) kind = "before";
        else if (h.concept === SINCE) kind = "since";
        else if (h.concept === APPLICATION_FROM) {
          // "applies from 1 January 2026" in an act that enters into force on 1 July 2026
          const eifFull = entryIntoForce();
          const date =
            language === "kk"
              ? dateIn(sentence, Math.max(0, h.tokenStart - 5), h.tokenStart)
              : dateIn(sentence, h.tokenEnd, Math.min(tokens.length, h.tokenEnd + 6));
          if (!eifFull || !date || compare(date, eifFull) >= 0) continue;
          // quote the date with the words: "applies from 1 January 2026"
          const year = tokens.findIndex(
            (t, i) => (language === "kk" ? i < h.tokenStart : i >= h.tokenEnd) && t.number && /\d{4}/u.test(t.norm),
          );
          const ends = [h.start, h.end, tokens[year]?.start ?? h.start, tokens[year]?.end ?? h.end];
          const shown = { ...h, start: Math.min(...ends), end: Math.max(...ends) };
          return { hit: shown, kind: "since", steps: 0 };
        } else if (h.concept === AFTER) kind = "after";
        else if (h.concept === R7_RETRO && (has(hits, APPLY) || sanctionIn(hits))) kind = "before";
        if (!kind) continue;
        if (language !== "kk" && cl().negated(sentence, h)) continue;
        if (language === "kk" && kind === "explicit" && cl().negated(sentence, h)) continue;
        const year = yearIn(tokens, h.tokenStart, h.tokenEnd);
        let steps = 0;
        if (kind === "before" && year !== null && eif !== null && year > eif) continue;
        if (kind === "since") {
          if (year !== null && eif !== null && year >= eif) continue;
          if (year !== null && eif === null) steps++;
        }
        if (kind === "after" && (year === null || eif === null || year >= eif)) continue;
        return { hit: h, kind, steps };
      }
      return null;
    };

    const checkRetroactive = (sentence: Sentence): void => {
      const all = ci().hits(sentence);
      if (has(all, FAVOURABLE) || has(all, OLD_LAW)) return;
      for (const clause of ci().clauses(sentence)) {
        const found = temporal(sentence, clause);
        if (!found) continue;
        const levels = scopes(sentence);
        const data = {
          temporal: cl().textOf(sentence, found.hit),
          profile: context.profile.citation,
          article,
        };
        for (const { level, sentences: scope } of levels) {
          if (!scope.some((s) => sanctionIn(ci().hits(s)))) continue;
          const confidence = cl().step("high", found.steps + (level === "sentence" ? 0 : 1)) as Confidence | null;
          if (!confidence) return;
          context.report({
            node: sentence,
            range: cl().clauseRange(clause),
            messageId: "retroactive",
            subCode: "retroactive",
            confidence,
            data: { ...data, where: { phrase: `sanctions-${level}` } },
          });
          return;
        }
        // no sanction in reach: new duties (KZ profiles; the sub-code is off elsewhere)
        for (const { level, sentences: scope } of levels) {
          if (!scope.some(dutyIn)) continue;
          const confidence = cl().step("high", found.steps + (level === "sentence" ? 0 : 1)) as Confidence | null;
          if (!confidence) return;
          context.report({
            node: sentence,
            range: cl().clauseRange(clause),
            messageId: "newDuties",
            subCode: "kz-new-duties",
            confidence,
            data: { ...data, where: { phrase: `duties-${level}` } },
          });
          return;
        }
        return;
      }
    };

    /**
     * A sentence that makes conduct punishable by a criminal penalty: a custodial penalty, or a
     * criminal-liability phrase of more than one word ("criminal offence", «уголовная
     * ответственность»; a bare «преступление» is a mention). Guarantees and immunities ("no one",
     * "shall not be liable", "without the consent of") mention crimes without creating them.
     */
    const criminalPenaltyIn = (s: Sentence): boolean => {
      if (!ci().mayHave(s, CRIMINAL)) return false;
      const hits = ci().hits(s);
      if (has(hits, NOBODY) || has(hits, EXCLUSION) || has(hits, APPROVE)) return false;
      // «места лишения свободы», "places of detention" name prisons, not a penalty
      const places = pick(hits, CUSTODY_PLACE);
      const inPlace = (h: Hit) => places.some((p) => p.tokenStart <= h.tokenStart && h.tokenEnd <= p.tokenEnd);
      return hits.some(
        (h) => (isA(h, CRIMINAL_PENALTY) || (isA(h, CRIMINAL) && h.tokenEnd - h.tokenStart >= 2)) && !inPlace(h),
      );
    };

    /** Criminal sanctions entering into force on publication (reported once per act). */
    let vacatioReported = false;
    const checkVacatio = (sentence: Sentence): void => {
      if (vacatioReported) return;
      const hits = ci().hits(sentence);
      const entry = pick(hits, SAME_DAY)[0];
      if (!entry || !has(hits, EIF) || has(hits, EXCEPTION)) return;
      const provision = ci().provisionOf(sentence);
      const refs = provision
        ? ci()
            .referencedUnits(provision)
            .flatMap((u) => cl().sentencesUnder(u))
        : [];
      const scope = refs.length > 0 ? refs : has(hits, SELF) || refs.length === 0 ? sentences() : [];
      if (!scope.some(criminalPenaltyIn)) return;
      vacatioReported = true;
      context.report({
        node: sentence,
        range: sentence.range,
        messageId: "noVacatio",
        subCode: "no-vacatio-legis",
        confidence: refs.length > 0 || has(hits, SELF) ? "high" : "medium",
        data: { entry: cl().textOf(sentence, entry), profile: context.profile.citation, article },
      });
    };

    return {
      Sentence(sentence: Sentence) {
        const c = ci();
        const temporalWords = c.mayHaveAny(sentence, TEMPORAL_WORDS);
        const sameDay = c.mayHave(sentence, SAME_DAY);
        if (!temporalWords && !sameDay) return;
        if (!cl().isOperative(sentence)) return;
        if (temporalWords) checkRetroactive(sentence);
        if (sameDay) checkVacatio(sentence);
      },
    };
  },
});

interface SimpleDate {
  year: number;
  month: number | null;
  day: number | null;
}

/** Negative when a is earlier than b; 0 when they cannot be told apart (an unknown month or day). */
function compare(a: SimpleDate, b: SimpleDate): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === null || b.month === null) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === null || b.day === null) return 0;
  return a.day - b.day;
}

/** The first four-digit year among tokens [from, to): `2024`, or the year of `12.05.2024`. */
function yearIn(tokens: readonly Token[], from: number, to: number): number | null {
  for (let i = from; i < to && i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.number) continue;
    const m = /(?:^|\.)(\d{4})(?:-|$)/u.exec(t.norm);
    if (m) return Number(m[1]);
  }
  return null;
}
