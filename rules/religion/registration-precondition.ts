/**
 * R10 religion/registration-precondition (RULES.md §4 B): worship and religious activity must not
 * depend on state registration; registration may only confer legal personality.
 *
 * Per clause (a point is read with its chapeau):
 * 1. a religious object: a practice (`right.religion.manifestation`: worship, rites, prayer,
 *    missionary activity…) or a religious group (`right.religion.organisation`), in the clause or,
 *    one confidence step lower, in the chapeau;
 * 2. a registration condition: the group or the practice is unregistered (`list.unregistered`:
 *    unregistered, without registration, before registration…), and the clause restricts it
 *    (`restricts`, §2.4: a live restrictive verb, a prohibition, a negated permission such as
 *    "may not hold") or attaches a penalty (`marker.sanction`); or the practice is allowed "only"
 *    after or with registration (`list.only` + `verb.register`), or, one step lower, "after
 *    registration" with no "only" («осуществляется после регистрации»).
 * Not reported: registration that only confers legal personality (`list.legal-entity` and no
 * practice in the clause) or a benefit (`list.benefit`, `list.facilitative`); registration of a
 * building or property (`list.premises` next to the unregistered word); a deadline counted from
 * registration ("within 30 days after registration"); guarantees ("may not be prohibited",
 * "without restriction", "is not conditional on registration").
 *
 * `detectRegistrationPrecondition` is exported so that R8 can leave these clauses to this rule
 * (RULES.md §2.8: 10 before 6 and 29; R8 is told to skip them too).
 */
import type { Clause, Hit, Language, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";

export const RULE_ID = "religion/registration-precondition";

const MANIFESTATION = "right.religion.manifestation";
const ORGANISATION = "right.religion.organisation";
const UNREGISTERED = "list.unregistered";
const ATTRIBUTIVE = "list.unregistered.attributive";
const GROUP = "list.group";
const REGISTERED_AS = "list.registered-as";
const LEGAL_ENTITY = "list.legal-entity";
const ONLY = "list.only";
const AFTER = "list.after-registration";
const ONLY_AFTER = "list.only-after-registration";
const REGISTER = "verb.register";
const SANCTION = "marker.sanction";
const EXERCISE = "verb.exercise";
const NEGATED_PERMISSION = "list.negated-permission";
const WITHOUT = "list.without";
const BENEFITS = ["list.benefit", "list.facilitative"];
const PREMISES = "list.premises";
const ACTIVITY = "list.activity";
/** A period next to "after registration" makes it a deadline: "within 30 days after registration". */
const PERIODS = ["list.period", "marker.duration", "marker.decision-deadline"];

/** How far "only" may stand from the registration word ("only by religious associations that have completed state registration"). */
const ONLY_WINDOW = 8;
/** How far before "that are not registered" the building or body it qualifies may stand. */
const QUALIFIED_WINDOW = 6;

/** The articles R10 rests on per profile (RULES.md R10; eu-digital has it off). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 7(1)–(2)",
  "kz-1995": ["art. 22", "art. 5(2)"],
  iccpr: "art. 18(1)",
  echr: ["art. 9", "art. 11"],
};

export type ConditionKind = "unregistered" | "only" | "after";

/** What R10 found in a clause. */
export interface RegistrationPrecondition {
  subCode: "worship-conditioned" | "unregistered-penalised";
  kind: ConditionKind;
  /** The practice or group. */
  object: Hit;
  objectSentence: Sentence;
  /** The registration condition (the unregistered word, or the registration word). */
  condition: Hit;
  /** The restriction or the penalty, when there is one. */
  measure?: Hit;
  measureSentence?: Sentence;
  /** Confidence steps below `high`. */
  steps: number;
}

const gap = tokenGap;
const overlaps = (a: Hit, b: Hit): boolean => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;

/**
 * The restrictions of a clause in the sense of §2.4 `restricts`: live restrictive verbs and
 * prohibitions (`clauses.restrictions`), less the guarantees "without restriction" / «шектеусіз»,
 * plus a negated permission right before a practice verb ("may not hold", «не вправе проводить»,
 * "cannot perform").
 */
export function restrictionsOf(context: RuleContext, clause: Clause): Hit[] {
  const cl = context.clauses;
  const hits = clause.hits;
  const without = cl.pick(hits, WITHOUT);
  const out = cl
    .restrictions(clause)
    .filter(
      (v) => !without.some((w) => overlaps(w, v) || (w.tokenEnd <= v.tokenStart && v.tokenStart - w.tokenEnd <= 1)),
    );
  // the negated permission must govern the practice verb itself ("may not hold"), not another verb
  // ("may not restrict worship", "may not interfere with worship" are guarantees)
  const restrictive = cl.pick(hits, "verb.restrict");
  for (const p of cl.pick(hits, EXERCISE)) {
    if (restrictive.some((r) => overlaps(r, p))) continue;
    const permission = cl.pick(hits, NEGATED_PERMISSION).find((n) =>
      // Kazakh puts it after the verb: «ғибадат өткізе алмайды»
      context.language === "kk"
        ? n.tokenStart >= p.tokenEnd && n.tokenStart - p.tokenEnd <= 1
        : n.tokenEnd <= p.tokenStart &&
          p.tokenStart - n.tokenEnd <= 1 &&
          !restrictive.some((r) => r.tokenStart >= n.tokenEnd && r.tokenEnd <= p.tokenStart),
    );
    if (permission) out.push(permission);
  }
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

/** The most telling penalty words: a named penalty (a sub-concept), the longest, the later on a tie. */
function strongest<T extends { hit: Hit }>(found: readonly T[]): T | undefined {
  // a fine or imprisonment before a generic word ("liable to", «влечет»)
  const score = ({ hit }: T): number => (hit.concept === SANCTION ? 0 : 100) + hit.tokenEnd - hit.tokenStart;
  let best: T | undefined;
  for (const f of found) {
    if (!best || score(f) >= score(best)) best = f;
  }
  return best;
}

/** The registration words of a clause that are not part of an "unregistered" phrase. */
function registrations(context: RuleContext, clause: Clause): Hit[] {
  const cl = context.clauses;
  const unregistered = cl.pick(clause.hits, UNREGISTERED);
  return cl.pick(clause.hits, REGISTER).filter((r) => !unregistered.some((u) => overlaps(u, r)));
}

/** "only … registered" (EN, RU: the word before); KK «тек … тіркелген» or «тіркелгеннен кейін ғана». */
function onlyRegistration(context: RuleContext, clause: Clause, language: Language): Hit | undefined {
  const cl = context.clauses;
  // "only after state registration", «только после регистрации», «тіркелгеннен кейін ғана»: one phrase
  const phrase = clause.hits.find((h) => h.concept === ONLY_AFTER && !cl.negated(clause.sentence, h));
  if (phrase) return phrase;
  const only = cl.pick(clause.hits, ONLY).filter((o) => !cl.negated(clause.sentence, o));
  if (only.length === 0) return undefined;
  return registrations(context, clause).find((r) =>
    only.some((o) => {
      if (o.tokenEnd <= r.tokenStart && r.tokenStart - o.tokenEnd <= ONLY_WINDOW) return true;
      // Kazakh puts the particle after the word it limits: «тіркелгеннен кейін ғана»
      return language === "kk" && o.tokenStart >= r.tokenEnd && o.tokenStart - r.tokenEnd <= 1;
    }),
  );
}

/**
 * Whether an unregistered word is about a religious group, person or practice, and not about a
 * building, a weapon or a voter: an attributive form ("unregistered", «незарегистрированных»,
 * «тіркелмеген») must be followed by a religious or group noun; "not registered as X" /
 * «в качестве X» / «X ретінде тіркелмеген» must name one as X; otherwise the nearest noun it
 * qualifies must not be a building or property ("buildings used for worship that are not
 * registered", «Здание, не зарегистрированное»).
 */
function aboutReligiousGroup(u: Hit, clause: Clause, context: RuleContext): boolean {
  const cl = context.clauses;
  const hits = clause.hits;
  const premises = cl.pick(hits, PREMISES);
  const bodies = cl.pick(hits, ORGANISATION);
  const nouns = [...cl.pick(hits, MANIFESTATION), ...bodies, ...cl.pick(hits, GROUP)];
  // the first religious, group or building noun right after a word (a building word ends the search)
  const followedBy = (h: Hit, within: number): Hit | undefined => {
    const next = [...nouns, ...premises]
      .filter((n) => n.tokenStart >= h.tokenEnd && n.tokenStart - h.tokenEnd <= within)
      .sort((a, b) => a.tokenStart - b.tokenStart)[0];
    return next && !premises.includes(next) ? next : undefined;
  };
  const attributive = hits.some(
    (h) => h.concept === ATTRIBUTIVE && h.tokenStart === u.tokenStart && h.tokenEnd === u.tokenEnd,
  );
  if (attributive) return followedBy(u, 1) !== undefined;
  const as = cl.pick(hits, REGISTERED_AS);
  const after = as.find((a) => a.tokenStart === u.tokenEnd);
  if (after) return followedBy(after, 1) !== undefined;
  const before = context.language === "kk" ? as.find((a) => a.tokenEnd === u.tokenStart) : undefined;
  if (before) return nouns.some((n) => n.tokenEnd <= before.tokenStart && before.tokenStart - n.tokenEnd <= 1);
  return !qualifiesPremises(u, premises, nouns, bodies);
}

function qualifiesPremises(u: Hit, premises: readonly Hit[], nouns: readonly Hit[], bodies: readonly Hit[]): boolean {
  const after = [...premises, ...nouns]
    .filter((h) => h.tokenStart >= u.tokenEnd && h.tokenStart - u.tokenEnd <= 1)
    .sort((a, b) => a.tokenStart - b.tokenStart)[0];
  if (after) return premises.includes(after);
  // before it, only a building or a body can be what "is not registered" (a practice is not registered)
  const before = [...premises, ...bodies]
    .filter((h) => h.tokenEnd <= u.tokenStart && u.tokenStart - h.tokenEnd <= QUALIFIED_WINDOW)
    .sort((a, b) => b.tokenEnd - a.tokenEnd)[0];
  return before !== undefined && premises.includes(before);
}

/**
 * The R10 finding for a clause, or null. Shared with R8, which leaves these clauses to R10.
 */
export function detectRegistrationPrecondition(
  context: RuleContext,
  sentence: Sentence,
  clause: Clause,
): RegistrationPrecondition | null {
  const ci = context.concepts;
  const cl = context.clauses;
  const language = context.language;
  const hits = clause.hits;
  const pick = (concept: string): Hit[] => cl.pick(hits, concept);

  // the condition
  // (no negation test: «тіркелмеген», "not registered" carry their own negation)
  const unregistered = pick(UNREGISTERED).filter((u) => aboutReligiousGroup(u, clause, context));
  let kind: ConditionKind | null = null;
  let condition: Hit | undefined = unregistered[0];
  if (condition) kind = "unregistered";
  else {
    condition = onlyRegistration(context, clause, language);
    if (condition) kind = "only";
    else {
      const periods = PERIODS.flatMap((p) => pick(p));
      condition = pick(AFTER).find(
        (a) => !cl.negated(sentence, a) && !periods.some((p) => gap(p, a) <= 1 && !overlaps(p, a)),
      );
      if (condition) kind = "after";
    }
  }
  if (!condition || !kind) return null;

  // a benefit or privilege may depend on registration
  if (BENEFITS.some((b) => pick(b).length > 0)) return null;

  // the religious object: a practice, else a group (for a condition in time, a group's activity)
  let steps = kind === "after" ? 1 : 0;
  let objectSentence = sentence;
  let object = pick(MANIFESTATION)[0];
  const practiceInClause = object !== undefined;
  if (!object) {
    const group = pick(ORGANISATION)[0];
    if (group && (kind === "unregistered" || pick(ACTIVITY).length > 0)) object = group;
  }
  if (!object) {
    for (const s of cl.chapeauOf(sentence)) {
      const found = cl.pick(ci.hits(s), MANIFESTATION)[0] ?? cl.pick(ci.hits(s), ORGANISATION)[0];
      if (found) {
        object = found;
        objectSentence = s;
        steps++;
        break;
      }
    }
  }
  if (!object) return null;

  // registration that only confers legal personality
  if (pick(LEGAL_ENTITY).length > 0 && !practiceInClause) return null;

  if (kind !== "unregistered") {
    return { subCode: "worship-conditioned", kind, object, objectSentence, condition, steps };
  }

  // unregistered: the clause (or the chapeau of a point) restricts it or attaches a penalty (a penalty
  // in the clause or the sentence, or, when nothing restricts, anywhere in the provision: §2.4 `sanction`)
  const sanctionsOf = (s: Sentence, from: readonly Hit[]): { hit: Hit; sentence: Sentence }[] =>
    from.filter((h) => ci.isA(h.concept, SANCTION)).map((hit) => ({ hit, sentence: s }));
  let penalty = strongest(sanctionsOf(sentence, hits)) ?? strongest(sanctionsOf(sentence, ci.hits(sentence)));
  let measure: Hit | undefined = restrictionsOf(context, clause)[0];
  let measureSentence = sentence;
  if (!measure && !penalty) {
    for (const s of cl.chapeauOf(sentence)) {
      for (const c of ci.clauses(s)) {
        const r = restrictionsOf(context, c)[0];
        if (r) {
          measure = r;
          measureSentence = s;
          break;
        }
      }
      if (measure) break;
    }
  }
  if (!measure && !penalty) {
    const provision = ci.provisionOf(sentence);
    const around = provision ? [...provision.sentences, ...cl.chapeauOf(sentence)] : [sentence];
    penalty = strongest(around.flatMap((s) => sanctionsOf(s, ci.hits(s))));
  }
  if (penalty) {
    return {
      subCode: "unregistered-penalised",
      kind,
      object,
      objectSentence,
      condition,
      measure: penalty.hit,
      measureSentence: penalty.sentence,
      steps,
    };
  }
  if (!measure) return null;
  // the measure is a refusal of registration itself ("registration … may be refused"): legal status
  if (
    !practiceInClause &&
    measureSentence === sentence &&
    registrations(context, clause).some((r) => gap(r, measure as Hit) <= 3)
  ) {
    return null;
  }
  return { subCode: "worship-conditioned", kind, object, objectSentence, condition, measure, measureSentence, steps };
}

/** Whether R10 reports this clause under the profile of `context` (R8 leaves such clauses to it). */
export function registrationPreconditionReported(context: RuleContext, sentence: Sentence, clause: Clause): boolean {
  if (context.profile.ruleSeverity?.[RULE_ID] === "off") return false;
  const ci = context.concepts;
  if (!ci.mayHave(sentence, UNREGISTERED) && !ci.mayHave(sentence, REGISTER)) return false;
  return detectRegistrationPrecondition(context, sentence, clause) !== null;
}

export default defineRule({
  meta: {
    id: RULE_ID,
    family: "religion",
    scope: "unit",
    severity: "error",
    confidence: "high",
    description:
      "Worship or religious activity made conditional on state registration (banned or penalised for unregistered groups, or allowed only after registration).",
    docs: "rules/religion/registration-precondition.md",
    principle: PRINCIPLE,
    messages: {
      worshipConditioned:
        'Religious practice is made conditional on registration under {{profile}} ({{article}}): "{{object}}" {{how}} ("{{condition}}"). Registration may only confer legal personality; state that communities may worship whether or not they are registered.',
      unregisteredPenalised:
        'Religious practice without registration is penalised under {{profile}} ({{article}}): "{{object}}" of an unregistered group carries "{{penalty}}" ("{{condition}}"). Registration may only confer legal personality; remove the penalty for unregistered religious activity.',
    },
    phrases: {
      onlyWithRegistration: "is allowed only with registration",
      onlyAfterRegistration: "is allowed only after registration",
      restrictedWithoutRegistration: "is restricted for want of registration",
    },
    subCodes: ["worship-conditioned", "unregistered-penalised"],
  },

  create(context: RuleContext) {
    const cl = () => context.clauses;
    const article = (): string => {
      const p = PRINCIPLE[context.profile.id];
      if (p) return Array.isArray(p) ? p.join(", ") : p;
      const articles = context.law.articlesFor(MANIFESTATION);
      return articles.length > 0 ? articles.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ") : "ICCPR art. 18";
    };
    const how = (found: RegistrationPrecondition): PhraseRef => {
      if (found.kind === "only") return { phrase: "onlyWithRegistration" };
      if (found.kind === "after") return { phrase: "onlyAfterRegistration" };
      return { phrase: "restrictedWithoutRegistration" };
    };

    return {
      Sentence(sentence: Sentence) {
        const ci = context.concepts;
        // no registration word, no condition: skip the sentence before matching
        if (!ci.mayHave(sentence, UNREGISTERED) && !ci.mayHave(sentence, REGISTER)) return;
        if (![sentence, ...cl().chapeauOf(sentence)].some((s) => ci.mayHave(s, "right.religion"))) return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of ci.clauses(sentence)) {
          const found = detectRegistrationPrecondition(context, sentence, clause);
          if (!found) continue;
          const confidence = cl().step("high", found.steps);
          if (!confidence) continue;
          const data = {
            profile: context.profile.citation,
            article: article(),
            object: cl().textOf(found.objectSentence, found.object),
            condition: cl().textOf(sentence, found.condition),
          };
          if (found.subCode === "unregistered-penalised") {
            context.report({
              node: sentence,
              range: cl().clauseRange(clause),
              messageId: "unregisteredPenalised",
              subCode: found.subCode,
              confidence,
              data: { ...data, penalty: cl().textOf(found.measureSentence ?? sentence, found.measure as Hit) },
            });
          } else {
            context.report({
              node: sentence,
              range: cl().clauseRange(clause),
              messageId: "worshipConditioned",
              subCode: found.subCode,
              confidence,
              data: { ...data, how: how(found) },
            });
          }
        }
      },
    };
  },
});
