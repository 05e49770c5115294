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
 * (`list.criminal-penalty`) → `no-vacatio-legis` (info), once per act: at the first such sentence.
 *
 * Scope `unit` (a re-lint visits only the articles an edit changed): a temporal sentence's finding
 * reads its own unit, the units its provision refers to, and three bill-wide facts combined from
 * per-unit parts (`context.fact` over `context.unitParts`; when one changes, every unit is linted
 * again): the date of entry into force (the first dated entry-into-force sentence among the act's
 * operative sentences), whether some operative sentence has a sanction, whether some imposes
 * duties on persons. The act's level is tried only after the sentence itself showed neither, so
 * "the act" with or without that sentence is the same. `no-vacatio-legis` is decided at
 * `Document:exit` on every lint: each unit's part lists its same-day entries (a path to the
 * sentence, the words, whether its provision refers to units and those hold a criminal penalty);
 * the first whose reach has one (for an entry without references, the act: a part per unit,
 * whether it has a criminal penalty) is reported. A part is computed only when a finding needs it.
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
  type UnitView,
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
/** The words each test of a sentence asks `mayHave` about first (constants, for `mayHaveAny`). */
const EIF_WORDS: readonly string[] = [EIF];
const SANCTION_WORDS: readonly string[] = [SANCTION, LIABILITY];
const DUTY_WORDS: readonly string[] = [DUTY, DUTY_SHALL];
const CRIMINAL_WORDS: readonly string[] = [CRIMINAL];
const SAME_DAY_WORDS: readonly string[] = [SAME_DAY];
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
/** A reach of a temporal clause: whether a sanction, and whether duties on persons, are within it. */
interface Scope {
  level: Level;
  sanction: () => boolean;
  duty: () => boolean;
}

export default defineRule({
  meta: {
    id: "certainty/retroactive-liability",
    family: "certainty",
    // a temporal sentence's finding reads its unit, the units it refers to and three bill-wide facts
    // (the date of entry into force, a sanction and a duty somewhere in the act); the one no-vacatio
    // finding of the act is combined from `unitParts` at the end of the bill
    scope: "unit",
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

    /** The date an entry-into-force sentence gives the act, if it gives one. */
    const entryDate = (s: Sentence): SimpleDate | null => {
      if (!ci().mayHave(s, EIF)) return null;
      const hits = ci().hits(s);
      const eif = pick(hits, EIF)[0];
      if (!eif || has(hits, PERIOD) || has(hits, RETRO)) return null;
      const end = pick(hits, APPLICATION_FROM).find((a) => a.tokenStart > eif.tokenEnd)?.tokenStart;
      return language === "kk" ? dateIn(s, 0, eif.tokenStart) : dateIn(s, eif.tokenEnd, end ?? ci().tokens(s).length);
    };

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

    /**
     * What a temporal sentence speaks for, widening from itself (§2.5, adapted), as two tests: a
     * sanction within reach, duties within reach. The act's level asks the bill-wide facts: it is
     * tried only after the sentence's own level found neither, so the sentence itself adds nothing.
     */
    const scopes = (sentence: Sentence): Scope[] => {
      const own: Scope = {
        level: "sentence",
        sanction: () => sanctionIn(ci().hits(sentence)),
        duty: () => dutyIn(sentence),
      };
      const out: Scope[] = [own];
      const provision = ci().provisionOf(sentence);
      const refs = provision
        ? ci()
            .referencedUnits(provision)
            .flatMap((u) => cl().sentencesUnder(u))
        : [];
      if (refs.length > 0) {
        out.push({
          level: "refs",
          sanction: () => refs.some((s) => sanctionIn(ci().hits(s))),
          duty: () => refs.some(dutyIn),
        });
        return out;
      }
      // the whole act's sanctions count only when the act itself reaches back ("This Law applies to
      // … before"); "such plan amendment applies retroactively" speaks for its own provision
      if (has(ci().hits(sentence), SELF)) out.push({ level: "act", sanction: actSanction, duty: actDuty });
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
        for (const { level, sanction } of levels) {
          if (!sanction()) continue;
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
        for (const { level, duty } of levels) {
          if (!duty()) continue;
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

    /**
     * A sentence that puts the act (or the units it names) into force on the day of publication, as
     * its unit's part: whether the provision refers to units of the bill and whether those hold a
     * criminal penalty, whether it speaks of the act itself, and the words quoted.
     */
    const sameDayEntry = (sentence: Sentence, path: readonly number[]): SameDayEntry | null => {
      if (!ci().mayHave(sentence, SAME_DAY)) return null;
      const hits = ci().hits(sentence);
      const entry = pick(hits, SAME_DAY)[0];
      if (!entry || !has(hits, EIF) || has(hits, EXCEPTION)) return null;
      const provision = ci().provisionOf(sentence);
      const refs = provision
        ? ci()
            .referencedUnits(provision)
            .flatMap((u) => cl().sentencesUnder(u))
        : [];
      return {
        path: [...path],
        entry: cl().textOf(sentence, entry),
        refs: refs.length > 0,
        refsCriminal: refs.some(criminalPenaltyIn),
        self: has(hits, SELF),
      };
    };

    // ---- the act as a whole: per-unit parts ------------------------------------------------
    // what a finding needs of other articles is read from per-unit parts (`context.unitParts`: a
    // re-lint computes only the parts of the changed units); for a temporal sentence's finding, which
    // is kept with its unit, it is a bill-wide fact (`context.fact`), compared after each re-lint.
    // Each part is asked for only when a finding needs it, as the whole act was read before.

    /**
     * Calls `visit` on each operative sentence of a unit that may hold one of `words` (`mayHaveAny`:
     * each test below asks it first), in document order, with its path (`SameDayEntry.path`), until
     * `visit` returns true.
     */
    const eachSentence = (
      unit: UnitView,
      words: readonly string[],
      visit: (s: Sentence, path: readonly number[]) => boolean,
    ): void => {
      // a header-only unit is a division's heading and lead-in, and the front matter has no sentences
      if (unit.root.type === "Document" || unit.headerOnly) return;
      const path: number[] = [];
      const rec = (n: Division | Provision): boolean => {
        if (n.type === "Provision") {
          for (let i = 0; i < n.sentences.length; i++) {
            const s = n.sentences[i] as Sentence;
            if (!ci().mayHaveAny(s, words) || !cl().isOperative(s)) continue;
            path.push(i);
            const stop = visit(s, path);
            path.pop();
            if (stop) return true;
          }
        }
        for (let i = 0; i < n.children.length; i++) {
          path.push(i);
          const stop = rec(n.children[i] as Division | Provision);
          path.pop();
          if (stop) return true;
        }
        return false;
      };
      rec(unit.root);
    };
    /** Per unit, whether one of its operative sentences passes `test` (it reads the bill only: one for every profile). */
    const unitsWith =
      (name: string, words: readonly string[], test: (s: Sentence) => boolean): (() => boolean) =>
      () =>
        context
          .unitParts(
            name,
            (unit) => {
              let found = false;
              eachSentence(unit, words, (s) => {
                found = test(s);
                return found;
              });
              return found;
            },
            { perProfile: false },
          )
          .some((p) => p.value);

    /** The date the act takes effect: that of the first dated entry-into-force sentence of the act, if any. */
    const entryIntoForce = context.fact(
      "entry-into-force",
      (): SimpleDate | null => {
        const parts = context.unitParts(
          "entry-into-force",
          (unit) => {
            let date: SimpleDate | null = null;
            eachSentence(unit, EIF_WORDS, (s) => {
              date = entryDate(s);
              return date !== null;
            });
            return date as SimpleDate | null;
          },
          { perProfile: false },
        );
        for (const p of parts) if (p.value) return p.value;
        return null;
      },
      { perProfile: false },
    );
    const entryIntoForceYear = (): number | null => entryIntoForce()?.year ?? null;
    /**
     * Some operative sentence of the act has a sanction; some imposes duties on persons. (The act's
     * level of a temporal sentence is tried only after the sentence itself showed neither, so
     * whether the act's sentences include it makes no difference.)
     */
    const actSanction = context.fact(
      "sanction",
      unitsWith("sanction", SANCTION_WORDS, (s) => sanctionIn(ci().hits(s))),
      { perProfile: false },
    );
    const actDuty = context.fact("duty", unitsWith("duty", DUTY_WORDS, dutyIn), { perProfile: false });
    /** Some operative sentence of the act has a criminal penalty (for `no-vacatio-legis`, made on every lint: no fact). */
    const actCriminal = unitsWith("criminal-penalty", CRIMINAL_WORDS, criminalPenaltyIn);

    /**
     * Criminal sanctions entering into force on publication, reported once per act: at the first
     * same-day entry, in document order, whose reach (the units its provision refers to, else the
     * whole act) has a criminal penalty. Made at the end of every lint from the units' parts.
     */
    const checkVacatio = (): void => {
      const parts = context.unitParts(
        "same-day-entry",
        (unit) => {
          const out: SameDayEntry[] = [];
          eachSentence(unit, SAME_DAY_WORDS, (s, path) => {
            const e = sameDayEntry(s, path);
            if (e) out.push(e);
            return false;
          });
          return out;
        },
        { perProfile: false },
      );
      for (const { unit, value } of parts) {
        for (const e of value) {
          // the act's criminal penalties are looked for only when a sentence without references needs them
          if (!(e.refs ? e.refsCriminal : actCriminal())) continue;
          const sentence = sentenceAt(unit, e.path);
          context.report({
            node: sentence,
            range: sentence.range,
            messageId: "noVacatio",
            subCode: "no-vacatio-legis",
            confidence: e.refs || e.self ? "high" : "medium",
            data: { entry: e.entry, profile: context.profile.citation, article },
          });
          return;
        }
      }
    };

    return {
      Sentence(sentence: Sentence) {
        if (!ci().mayHaveAny(sentence, TEMPORAL_WORDS)) return;
        if (!cl().isOperative(sentence)) return;
        checkRetroactive(sentence);
      },
      "Document:exit"() {
        checkVacatio();
      },
    };
  },
});

/** A same-day entry into force (the sentence is found again by its path). */
interface SameDayEntry {
  /** Child indices from the unit's root to the provision, then the sentence's index. */
  path: number[];
  /** The words of entry into force, as written. */
  entry: string;
  /** The provision refers to units of the bill, and whether they hold a criminal penalty. */
  refs: boolean;
  refsCriminal: boolean;
  /** The sentence speaks of the act itself (`marker.self-reference`). */
  self: boolean;
}

/** The sentence at `path` under a unit's root (`SameDayEntry.path`). */
function sentenceAt(unit: UnitView, path: readonly number[]): Sentence {
  let node = unit.root as Division | Provision;
  for (let i = 0; i < path.length - 1; i++) node = node.children[path[i] as number] as Division | Provision;
  return (node as Provision).sentences[path[path.length - 1] as number] as Sentence;
}

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
