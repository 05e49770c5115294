/**
 * Shared analysis of the three limitation-aim rules (RULES.md §4 A: R1 `no-legitimate-aim`, R2
 * `aim-not-permitted-for-right`, R3 `no-necessity-test`). Not a rule: it finds, once per sentence,
 * the clauses that restrict a right by state power (§2.4 `restricts ∧ rightObject ∧ statePower`), and
 * answers the document-level questions the three rules share (document type, general clause).
 *
 * A restriction, per clause (a point is read with its chapeau):
 * - the restrictive word: a live `verb.restrict` (not negated, not governed by a prohibition — "no one
 *   may be restricted", «ограничение … не допускается»; not under "no one may be …", which guarantees
 *   persons against every measure of the clause); a `verb.prohibit` that does not prohibit an
 *   interference (`list.interference`: "obstructing journalists is prohibited" is a guarantee); or a
 *   negated permission attached to the exercise of a right (`list.negated-permission` + `verb.exercise`:
 *   "may not hold", «не вправе проводить»; in Kazakh «өткізуге құқылы емес» is a `verb.prohibit`);
 * - the actor (§2.4 statePower, via `context.clauses.actorOf`): a state body, a court, or an implicit
 *   actor — a passive with no agent, a prohibition laid down by the law itself, or a duty laid on a
 *   private intermediary ("operators shall suspend", `list.duty-modal`); a restriction whose only
 *   subject is a private person acting on its own ("the owner of a platform may remove") is none;
 * - the right object (§2.4 rightObject): a `right.*` hit in the clause, else within `window` tokens of
 *   the verb in the sentence, else in the chapeau (one confidence step down); after an active verb
 *   whose actor precedes it (EN, RU), before the verb in Kazakh. The word that is itself the verb
 *   ("shall not be published") is not its object, nor is a right named as the occasion ("use of
 *   pyrotechnics at a public event", `list.occasion`) or one behind a nearer non-right object ("close
 *   a road … for the duration of a rally", `list.non-right-object`). A clause that limits what is
 *   done with personal data ("stop processing personal data", «сбор … информации о частной жизни …
 *   не допускаются», "recordings are deleted") protects privacy: it restricts no right, unless the
 *   verb's object is the right itself ("restrict the rights of data subjects").
 * - a point under a chapeau that ends "in the following cases:" names a condition, not a measure,
 *   unless it has its own actor.
 * A restriction described inside a decision that is being appealed ("a decision to suspend … may be
 * appealed", «решение о запрете … может быть обжаловано»), or a measure that stays one ("suspend the
 * enforcement of a decision to ban a rally"), is not a new restriction. Each clause is first widened
 * with the hits that longer `list.*` and `marker.*` phrases hid (`context.clauses.withHidden`), so that
 * another rule's vocabulary ("police officers") does not hide a shared concept ("police").
 */
import type {
  Actor,
  Clause,
  Division,
  Document,
  Hit,
  Level,
  PhraseRef,
  RuleContext,
  Sentence,
  Token,
} from "../../src/engine/api.js";
import { tokenGap } from "../../src/engine/api.js";

export const RESTRICT = "verb.restrict";
export const PROHIBIT = "verb.prohibit";
export const NEGATED_PERMISSION = "list.negated-permission";
const EXERCISE = "verb.exercise";
const INTERFERENCE = "list.interference";
const STATE = "actor.state";
const PROVIDER = "actor.private.provider";
const DUTY = "list.duty-modal";
const CONDUCT = "marker.conduct";
const UNLAWFUL = "marker.unlawful";
const REGISTRATION_LACK = "list.registration-lack";
const NOBODY = "list.nobody";
const APPEAL = "marker.appeal";
const DECISION = "list.decision-noun";
const TITLE = "list.constitution-title";
const ERASURE = "list.erasure";
const CASES = "list.cases-lead-in";
const RIGHT_WORD = "list.right-word";
const PRIVATE_DECISION = "list.private-decision";
const NON_RIGHT_OBJECT = "list.non-right-object";
const OCCASION = "list.occasion";
const COURT = "actor.court";
const COURT_ORDER = "marker.court-order";
const PROCESSING = ["verb.collect-process", "verb.access", "verb.publish", "verb.retain", "list.data-handling"];

export const ORGANISATION = "right.religion.organisation";
export const MANIFESTATION = "right.religion.manifestation";
export const BELIEF = "right.religion.belief";
const PRIVACY = "right.privacy";

/** The qualified rights the three rules judge, with how messages name them (belief is absolute: rule 7). */
export const RIGHTS: readonly { id: string; name: string }[] = [
  { id: ORGANISATION, name: "the activity of religious organisations" },
  { id: MANIFESTATION, name: "the manifestation of religion" },
  { id: "right.expression", name: "freedom of expression" },
  { id: "right.assembly", name: "freedom of peaceful assembly" },
  { id: "right.association", name: "freedom of association" },
  { id: "right.privacy.communications", name: "the privacy of communications" },
  { id: "right.privacy.personal-data", name: "the protection of personal data" },
  { id: "right.privacy.private-life", name: "respect for private and family life" },
  { id: "right.academic", name: "academic freedom" },
];

const RIGHT_NAME = new Map(RIGHTS.map((r) => [r.id, r.name]));

export function rightName(id: string): string {
  return RIGHT_NAME.get(id) ?? id.replace(/^right\./u, "").replaceAll(/[.-]/gu, " ");
}

/** `ground.public-order` → "public order"; `ground.suspect.state-prestige` → "state prestige". */
export function groundName(id: string): string {
  return id.replace(/^ground\.(suspect\.)?/u, "").replaceAll("-", " ");
}

/** The grounds of the built-in profiles and lexicons, named in messages by phrases (so they are translated). */
const GROUNDS: readonly string[] = [
  "ground.rights-of-others",
  "ground.public-order",
  "ground.health",
  "ground.national-security",
  "ground.morals",
  "ground.constitutional-order",
  "ground.public-safety",
  "ground.general-interest",
  "ground.crime-prevention",
  "ground.reputation",
  "ground.territorial-integrity",
  "ground.judiciary",
  "ground.economic-well-being",
  "ground.confidential-information",
  "ground.suspect",
  "ground.suspect.state-interest",
  "ground.suspect.social-harmony",
  "ground.suspect.political",
  "ground.suspect.state-prestige",
  "ground.suspect.traditional-values",
  "ground.suspect.open",
];

/** The phrases that name grounds in messages (`ground:<id>`), for the `meta.phrases` of the rules that list grounds. */
export const GROUND_PHRASES: Readonly<Record<string, string>> = Object.fromEntries(
  GROUNDS.map((g) => [`ground:${g}`, groundName(g)]),
);

/**
 * The phrases of the rules that name rights and grounds in messages (`right:<id>`, `ground:<id>`,
 * `limitationClause`): each rule spreads them into its `meta.phrases`.
 */
export const AIM_PHRASES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(RIGHTS.map((r) => [`right:${r.id}`, r.name])),
  ...GROUND_PHRASES,
  limitationClause: "its limitation clause",
};

/** A right as message data: its phrase (translated), or its id made readable for a right of a plugin. */
export function rightPhrase(id: string): string | PhraseRef {
  return RIGHT_NAME.has(id) ? { phrase: `right:${id}` } : rightName(id);
}

/** A ground as message data: its phrase (translated), or its id made readable for a ground of a plugin. */
export function groundPhrase(id: string): string | PhraseRef {
  return GROUNDS.includes(id) ? { phrase: `ground:${id}` } : groundName(id);
}

/** A right object and the sentence it was found in. */
export interface RightObject {
  right: string;
  hit: Hit;
  sentence: Sentence;
}

/** One restriction of a right by state power, in one clause. */
export interface Restriction {
  sentence: Sentence;
  clause: Clause;
  /** The restrictive word (for a negated permission: the modal through the exercise verb). */
  verb: Hit;
  actor: Actor;
  /** Right objects attached to the verb, nearest first (belief objects left out). */
  objects: RightObject[];
  /** The only right object is belief (forum internum): rule 7's, not these rules'. */
  beliefOnly: boolean;
  /** The right object was found only in the chapeau of the point. */
  fromChapeau: boolean;
  /**
   * The aim is implicit (R1 (f)): a conduct element (violence, coercion, weapons) in the clause, or
   * unlawfulness already established ("materials recognised by a court as unlawful", `marker.unlawful`).
   */
  implicitAim: boolean;
  /** The measure answers a want of registration ("without registration"): rule 10's ground for religion. */
  registrationLack: boolean;
  /** Confidence steps already due (§2.7): implicit actor, right object only from the chapeau. */
  steps: number;
}

/**
 * The words of a hit as written, for messages; when the sentence is not a plain slice of the source
 * (text joined across stripped layout), its normalised tokens.
 */
export function quote(context: RuleContext, sentence: Sentence, hit: Hit): string {
  const text = context.clauses.textOf(sentence, hit);
  if (text !== hit.concept) return text;
  return context.concepts
    .tokens(sentence)
    .slice(hit.tokenStart, hit.tokenEnd)
    .map((t) => t.norm)
    .join(" ");
}

/** Tokens between two hits (the engine's `tokenGap`). */
export const gap = tokenGap;

function overlaps(a: Hit, b: Hit): boolean {
  return a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;
}

const EN_PASSIVE_GAP = new Set(["be", "been", "being"]);
const EN_NEGATORS = new Set(["not", "no", "never", "neither", "nor", "cannot", "nobody", "none"]);
const RU_NEGATORS = new Set(["не", "ни", "никто", "нельзя", "никакие", "никакое"]);
/** A Russian reflexive infinitive (отказаться, воздержаться) and the modals that make it active. */
const RU_REFLEXIVE_INFINITIVE = /(?:ться|тись)$/u;
const RU_ACTIVE_MODALS = new Set(["вправе", "обязан", "обязана", "обязано", "обязаны", "должен", "должна", "должны"]);
/** A Kazakh passive converb before an auxiliary (тоқтатыла, жабыла, шектеле). */
const KK_PASSIVE_CONVERB = /(?:ыл|іл|л)(?:а|е)$/u;
/** "not later than", «не позднее», «не более»: a negator that bounds a number, not the verb. */
const BOUNDING = new Set([
  "later",
  "more",
  "less",
  "earlier",
  "exceeding",
  "позднее",
  "позже",
  "более",
  "менее",
  "ранее",
  "свыше",
]);
const RU_PASSIVE_GAP = new Set(["быть"]);
/** Co-location window (§2.3 "attached to"), in tokens. */
export const WINDOW = 12;

const cache = new WeakMap<Sentence, Restriction[]>();

/** The restrictions of a right by state power in a sentence, one per clause (cached per sentence). */
export function restrictionsIn(context: RuleContext, sentence: Sentence): Restriction[] {
  const cached = cache.get(sentence);
  if (cached) return cached;
  const out: Restriction[] = [];
  for (const clause of context.concepts.clauses(sentence)) {
    // hits that another concept's longer phrase hid ("Police officers" as a rule's list of officials
    // hides actor.state "police") are put back: every list.* and marker.* phrase is looked into
    const full = context.clauses.withHidden(
      clause,
      (h) => h.concept.startsWith("list.") || h.concept.startsWith("marker."),
    );
    const r = restrictionOf(context, sentence, full);
    if (r) out.push(r);
  }
  cache.set(sentence, out);
  return out;
}

/** The modal and copula after "no one" that make the clause a guarantee of persons ("no one may be …"). */
const NOBODY_PASSIVE: Partial<Record<string, { modals: ReadonlySet<string>; copula: string; negator?: string }>> = {
  en: { modals: new Set(["may", "shall", "can", "must"]), copula: "be" },
  ru: { modals: new Set(["может", "могут", "должен", "должна"]), copula: "быть", negator: "не" },
};
/** Words after which the clause may restrict again ("no one may be detained, except that …"). */
const EXCEPTING = new Set(["except", "unless", "but", "however", "кроме", "за", "однако", "если"]);

/**
 * "No one may be evicted from their home, or have their home demolished, without an order of court",
 * «Никто не может быть выселен … или лишен членства …»: "no one" with a modal and a passive copula
 * protects persons from every measure the clause names, up to an exception. Returns the token range
 * the guarantee covers, or null. (Kazakh writes these as negated verbs, which the matcher reads.)
 */
function nobodyGuarantee(context: RuleContext, sentence: Sentence, clause: Clause): [number, number] | null {
  const words = NOBODY_PASSIVE[context.language];
  if (!words) return null;
  const tokens = context.concepts.tokens(sentence);
  const last = clause.tokens.at(-1);
  const end = last ? tokens.indexOf(last) + 1 : tokens.length;
  for (const n of context.clauses.pick(clause.hits, NOBODY)) {
    let i = n.tokenEnd;
    if (words.negator !== undefined) {
      if (tokens[i]?.norm !== words.negator) continue;
      i++;
    }
    if (!words.modals.has(tokens[i]?.norm ?? "") || tokens[i + 1]?.norm !== words.copula) continue;
    let stop = i + 2;
    while (stop < end && !EXCEPTING.has((tokens[stop] as Token).norm)) stop++;
    return [n.tokenStart, stop];
  }
  return null;
}

/** The restrictive words of a clause, in order, guarantees left out. */
function restrictiveHits(context: RuleContext, sentence: Sentence, clause: Clause): Hit[] {
  const cl = context.clauses;
  const language = context.language;
  const hits = clause.hits;
  const nobody = nobodyGuarantee(context, sentence, clause);
  if (nobody) {
    const [from, to] = nobody;
    const outside = (h: Hit) => h.tokenEnd <= from || h.tokenStart >= to;
    return restrictiveHits(context, sentence, { ...clause, hits: hits.filter(outside) });
  }
  // Kazakh prohibitions are negative forms (жол берілмейді): the negation test would drop them all
  const prohibits = cl.pick(hits, PROHIBIT).filter((p) => language === "kk" || !cl.negated(sentence, p));
  const interference = cl.pick(hits, INTERFERENCE);
  const guarantees = new Set<Hit>();
  // "obstructing journalists is prohibited", «кедергі келтіруге жол берілмейді»: a guarantee
  for (const p of prohibits) if (interference.some((i) => gap(i, p) <= 8)) guarantees.add(p);
  const restricts: Hit[] = [];
  for (const v of cl.pick(hits, RESTRICT)) {
    // double negation (§2.3): "closing … is not permitted" (the prohibition follows), "it is prohibited
    // to restrict", "no one may be restricted" (it precedes closely)
    const governing = prohibits.filter(
      (p) => p.tokenStart >= v.tokenEnd || (p.tokenEnd <= v.tokenStart && v.tokenStart - p.tokenEnd <= 4),
    );
    if (governing.length > 0) {
      for (const p of governing) guarantees.add(p);
      continue;
    }
    if (negatedVerb(context, sentence, v) || negatedNear(context, sentence, clause, v)) continue;
    restricts.push(v);
  }
  const out = [...restricts, ...prohibits.filter((p) => !guarantees.has(p))];
  // a negated permission attached to the exercise of a right: "may not hold", «не вправе проводить»
  if (language !== "kk") {
    const tokens = context.concepts.tokens(sentence);
    const passiveGap = language === "en" ? EN_PASSIVE_GAP : RU_PASSIVE_GAP;
    const exercise = cl.pick(hits, EXERCISE);
    for (const n of cl.pick(hits, NEGATED_PERMISSION)) {
      if (out.some((h) => overlaps(h, n))) continue;
      const e = exercise.find((x) => {
        if (x.tokenStart < n.tokenEnd) return false;
        const between = tokens.slice(n.tokenEnd, x.tokenStart);
        return between.length <= 2 && between.every((t) => passiveGap.has(t.norm));
      });
      if (!e) continue;
      out.push({
        concept: NEGATED_PERMISSION,
        start: n.start,
        end: e.end,
        tokenStart: n.tokenStart,
        tokenEnd: e.tokenEnd,
      });
    }
  }
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * The matcher's negation of a restrictive verb; a hit put back from inside a longer phrase carries no
 * verdict and gets the shared language test (negators before it, Kazakh suffixes after it).
 */
function negatedVerb(context: RuleContext, sentence: Sentence, verb: Hit): boolean {
  if (verb.negated !== undefined) return verb.negated;
  return context.clauses.negated(sentence, { ...verb, concept: NEGATED_PERMISSION });
}

/**
 * A negator a few words before the verb that the matcher's test misses: "no one may be arbitrarily
 * deprived", «никто не может быть произвольно лишен», "shall be neither restricted nor prohibited".
 * Kazakh negation is a suffix, which the matcher already reads.
 */
function negatedNear(context: RuleContext, sentence: Sentence, clause: Clause, verb: Hit): boolean {
  if (context.language === "kk") return false;
  const tokens = context.concepts.tokens(sentence);
  const negators = context.language === "en" ? EN_NEGATORS : RU_NEGATORS;
  const first = clause.tokens[0] ? tokens.indexOf(clause.tokens[0]) : 0;
  for (let i = verb.tokenStart - 1; i >= Math.max(first, verb.tokenStart - 5); i--) {
    const t = tokens[i] as Token;
    if (t.boundary) break;
    if (negators.has(t.norm) && !BOUNDING.has(tokens[i + 1]?.norm ?? "")) return true;
  }
  return false;
}

/** A restrictive word named as the content of a decision that is appealed: not a new restriction. */
function describedInAppeal(context: RuleContext, sentence: Sentence, clause: Clause, verb: Hit): boolean {
  const cl = context.clauses;
  if (!cl.pick(clause.hits, APPEAL).some((a) => !cl.negated(sentence, a))) return false;
  const decisions = cl.pick(clause.hits, DECISION);
  if (context.language === "kk") {
    // «тоқтата тұру туралы шешімге … шағым»: the decision noun follows the verb
    return decisions.some((d) => d.tokenStart >= verb.tokenEnd && d.tokenStart - verb.tokenEnd <= 2);
  }
  return decisions.some((d) => d.tokenEnd <= verb.tokenStart && verb.tokenStart - d.tokenEnd <= 5);
}

/**
 * The verb acts on a decision that restricts ("suspend the enforcement of a decision to ban a rally",
 * «приостановить исполнение решения о запрете митинга»): it lifts or stays a restriction.
 */
function actsOnDecision(context: RuleContext, clause: Clause, verb: Hit): boolean {
  const cl = context.clauses;
  const decisions = cl.pick(clause.hits, DECISION);
  const later = cl.pick(clause.hits, RESTRICT).filter((v) => v !== verb && !overlaps(v, verb));
  const forward = context.language !== "kk";
  return decisions.some((d) =>
    forward
      ? d.tokenStart >= verb.tokenEnd &&
        d.tokenStart - verb.tokenEnd <= 4 &&
        later.some((v) => v.tokenStart >= d.tokenEnd && v.tokenStart - d.tokenEnd <= 2)
      : d.tokenEnd <= verb.tokenStart &&
        verb.tokenStart - d.tokenEnd <= 4 &&
        later.some((v) => v.tokenEnd <= d.tokenStart && d.tokenStart - v.tokenEnd <= 2),
  );
}

/** Who takes the measure: the shared §2.4 predicate, plus the law itself and duties laid on intermediaries. */
function actorFor(context: RuleContext, clause: Clause, verb: Hit): Actor | null {
  const cl = context.clauses;
  const hits = clause.hits;
  if (verb.concept === NEGATED_PERMISSION) {
    // "state bodies may not publish …" binds the state; it restricts nobody's right
    if (cl.pick(hits, STATE).some((s) => s.tokenEnd <= verb.tokenStart)) return null;
    return { kind: "implicit" };
  }
  let actor = cl.actorOf(clause, verb);
  // «журналист вправе отказаться»: a reflexive infinitive after a permission or a duty is active
  if (actor?.kind === "implicit" && context.language === "ru") {
    const tokens = context.concepts.tokens(clause.sentence);
    const last = tokens[verb.tokenEnd - 1]?.norm ?? "";
    const before = tokens[verb.tokenStart - 1]?.norm ?? "";
    if (RU_REFLEXIVE_INFINITIVE.test(last) && RU_ACTIVE_MODALS.has(before)) actor = null;
  }
  // "dissolved by decision of its general meeting", «ликвидировано по решению его учредителей»
  if (actor?.kind === "implicit" && cl.pick(hits, PRIVATE_DECISION).length > 0) return null;
  if (actor) return actor;
  if (context.concepts.isA(verb.concept, PROHIBIT)) return { kind: "implicit" };
  // Kazakh compound passives mark the first word: «тоқтатыла тұруы мүмкін», «жабыла тұрады»
  if (context.language === "kk") {
    const words = context.concepts.tokens(clause.sentence).slice(verb.tokenStart, verb.tokenEnd - 1);
    if (words.some((t) => KK_PASSIVE_CONVERB.test(t.norm))) return { kind: "implicit" };
  }
  // "operators shall suspend …", «операторы обязаны приостановить», «операторлар … тоқтатуға міндетті»
  const provider = cl.pick(hits, PROVIDER).find((p) => p.tokenEnd <= verb.tokenStart);
  if (!provider) return null;
  const duty = cl
    .pick(hits, DUTY)
    .find((d) =>
      context.language === "kk"
        ? d.tokenStart >= verb.tokenEnd && d.tokenStart - verb.tokenEnd <= 2
        : d.tokenStart >= provider.tokenEnd && d.tokenEnd <= verb.tokenStart,
    );
  return duty ? { kind: "implicit" } : null;
}

/** Right hits of a list of hits, as objects, the verb's own words left out. */
function rightHits(context: RuleContext, hits: readonly Hit[], sentence: Sentence, verb: Hit | null): RightObject[] {
  const out: RightObject[] = [];
  for (const r of [...RIGHTS.map((x) => x.id), BELIEF]) {
    for (const hit of context.clauses.pick(hits, r)) {
      // the verb's own word ("shall not be published") is not its object; a Kazakh verb phrase that
      // takes its object inside («бірлестікті таратуға») still has it
      if (verb && hit.tokenStart >= verb.tokenStart && hit.tokenEnd <= verb.tokenEnd) continue;
      if (out.some((o) => o.sentence === sentence && o.hit.tokenStart === hit.tokenStart && o.right === r)) continue;
      out.push({ right: r, hit, sentence });
    }
  }
  return out;
}

function restrictionOf(context: RuleContext, sentence: Sentence, clause: Clause): Restriction | null {
  const cl = context.clauses;
  const ci = context.concepts;
  const sentenceHits = ci.hits(sentence);
  for (const verb of restrictiveHits(context, sentence, clause)) {
    if (describedInAppeal(context, sentence, clause, verb)) continue;
    if (actsOnDecision(context, clause, verb)) continue;
    const actor = actorFor(context, clause, verb);
    if (!actor) continue;

    // the right object: clause, then the sentence near the verb, then the chapeau
    let fromChapeau = false;
    const side = objectSide(context, clause, verb, actor);
    const placed = (o: RightObject) =>
      side === "both" || (side === "after" ? o.hit.tokenStart >= verb.tokenEnd : o.hit.tokenStart < verb.tokenStart);
    // the nearer object is a thing no right protects ("close a road … for the duration of a rally")
    const things = cl.pick(clause.hits, NON_RIGHT_OBJECT);
    const shielded = (o: RightObject) =>
      o.sentence === sentence &&
      things.some((t) =>
        o.hit.tokenStart >= verb.tokenEnd
          ? t.tokenStart >= verb.tokenEnd && t.tokenEnd <= o.hit.tokenStart
          : t.tokenStart >= o.hit.tokenEnd && t.tokenEnd <= verb.tokenStart,
      );
    // "use of pyrotechnics at a public event", «көпшілік іс-шара кезінде»: the right is the occasion
    const occasions = cl.pick(sentenceHits, OCCASION);
    const occasion = (o: RightObject) =>
      o.sentence === sentence &&
      occasions.some((w) =>
        context.language === "kk"
          ? w.tokenStart >= o.hit.tokenEnd && w.tokenStart - o.hit.tokenEnd <= 1
          : w.tokenEnd <= o.hit.tokenStart && o.hit.tokenStart - w.tokenEnd <= 3,
      );
    const candidate = (o: RightObject) => placed(o) && !shielded(o) && !occasion(o);
    let objects = rightHits(context, clause.hits, sentence, verb).filter(candidate);
    if (objects.length === 0) {
      objects = rightHits(context, sentenceHits, sentence, verb).filter(
        (o) => candidate(o) && gap(o.hit, verb) <= WINDOW,
      );
    }
    if (objects.length === 0) {
      objects = cl.chapeauOf(sentence).flatMap((s) => rightHits(context, ci.hits(s), s, null));
      fromChapeau = objects.length > 0;
    }
    // a privacy object is protected, not restricted, when the clause is about processing, disclosure or
    // storage ("stop processing personal data", «сбор … информации о частной жизни … не допускаются»)
    // or erases the data ("recordings are deleted after 30 days"): the measure limits what is done with
    // the data; unless its object is the right itself ("restrict the rights of data subjects")
    const processing = PROCESSING.flatMap((c) => cl.pick(clause.hits, c));
    const protectsPrivacy =
      objects.some((o) => o.right.startsWith(PRIVACY)) &&
      !restrictsRightWord(context, clause, verb) &&
      (cl.pick(clause.hits, ERASURE).some((e) => overlaps(e, verb)) || processing.length > 0);
    // the other right words of such a clause describe the data ("data revealing trade union membership")
    if (protectsPrivacy) continue;
    if (objects.length === 0) continue;
    // a point under "… in the following cases:" names a condition, not a measure, unless it has its own actor
    if (casesChapeau(context, sentence) && !ownActor(context, clause)) continue;
    const qualified = objects.filter((o) => o.right !== BELIEF);
    // "a user's right to publish posts": the thing restricted ("posts") before the act ("publish")
    const exercise = cl.pick(sentenceHits, EXERCISE);
    const act = (o: RightObject) =>
      o.sentence === sentence &&
      exercise.some((e) => overlaps(e, o.hit)) &&
      qualified.some(
        (x) => x.sentence === sentence && x.hit.tokenStart >= o.hit.tokenEnd && x.hit.tokenStart - o.hit.tokenEnd <= 2,
      )
        ? 1
        : 0;
    qualified.sort(
      (a, b) => act(a) - act(b) || gap(a.hit, verb) - gap(b.hit, verb) || (a.sentence === sentence ? -1 : 1),
    );
    return {
      sentence,
      clause,
      verb,
      actor,
      objects: qualified,
      beliefOnly: qualified.length === 0,
      fromChapeau,
      implicitAim: [CONDUCT, UNLAWFUL].some((c) => cl.pick(clause.hits, c).length > 0),
      registrationLack: cl.pick(clause.hits, REGISTRATION_LACK).length > 0,
      steps: (actor.kind === "implicit" ? 1 : 0) + (fromChapeau ? 1 : 0),
    };
  }
  return null;
}

/** The point's chapeau ends with a lead-in of cases or grounds ("shall lose the mandate in the case of:"). */
function casesChapeau(context: RuleContext, sentence: Sentence): boolean {
  return context.clauses.chapeauOf(sentence).some((chapeau) => {
    const tokens = context.concepts.tokens(chapeau);
    // the lead-in closes its clause (the clause ends at the colon that opens the list)
    return context.concepts.clauses(chapeau).some((c) => {
      const end = c.tokens.at(-1);
      const last = end ? tokens.indexOf(end) : -1;
      return context.clauses.pick(c.hits, CASES).some((h) => last - (h.tokenEnd - 1) <= 1);
    });
  });
}

/**
 * The verb's object is a right itself ("restrict the rights of data subjects", «ограничить право на …»,
 * «құқығын шектеу»): a restriction of the right even where data processing is discussed.
 */
function restrictsRightWord(context: RuleContext, clause: Clause, verb: Hit): boolean {
  return context.clauses
    .pick(clause.hits, RIGHT_WORD)
    .some((w) =>
      context.language === "kk"
        ? w.tokenEnd <= verb.tokenStart && verb.tokenStart - w.tokenEnd <= 2
        : w.tokenStart >= verb.tokenEnd && w.tokenStart - verb.tokenEnd <= 3,
    );
}

/**
 * Where the object of the verb stands: after an active verb whose actor precedes it in English and
 * Russian ("the akimat may ban rallies"); before the verb in Kazakh; either side for a passive, a
 * prohibition or a noun ("rallies may be banned", "it is prohibited to hold rallies").
 */
function objectSide(context: RuleContext, clause: Clause, verb: Hit, actor: Actor): "before" | "after" | "both" {
  if (context.language === "kk") return "before";
  if (actor.kind === "implicit" || context.concepts.isA(verb.concept, PROHIBIT)) return "both";
  if (verb.concept === NEGATED_PERMISSION) return "both";
  const cl = context.clauses;
  // "… may be suspended by decision of a court", «по решению суда … может быть приостановлена»
  if (cl.isPassive(clause, verb)) return "both";
  const orders = cl.pick(clause.hits, COURT_ORDER);
  const subject =
    actor.hit ??
    cl
      .pick(clause.hits, COURT)
      .find((c) => c.tokenEnd <= verb.tokenStart && !orders.some((o) => overlaps(o, c) && !overlaps(o, verb)));
  return subject && subject.tokenEnd <= verb.tokenStart && clause.hits.includes(subject) ? "after" : "both";
}

/** A state body, a court or a court order named in the clause itself. */
function ownActor(context: RuleContext, clause: Clause): boolean {
  const cl = context.clauses;
  return [STATE, COURT, COURT_ORDER].some((c) => cl.pick(clause.hits, c).length > 0);
}

/** Cheap test before any matching: can the sentence hold a restrictive word at all? */
export function mayRestrict(context: RuleContext, sentence: Sentence): boolean {
  const ci = context.concepts;
  return ci.mayHave(sentence, RESTRICT) || ci.mayHave(sentence, PROHIBIT) || ci.mayHave(sentence, NEGATED_PERMISSION);
}

// ---- the law of the profile -------------------------------------------------------------------

/** The part of a full profile these rules read (RULES.md §5.0); absent from a bare test profile. */
interface GeneralClauseData {
  article: string;
  grounds: readonly string[];
  requiresNecessity: boolean;
}
interface ProfileData {
  generalClause?: GeneralClauseData | null;
  options?: { inheritGeneralClause?: boolean; generalClauseSuppliesNecessity?: boolean };
}

export function generalClause(context: RuleContext): GeneralClauseData | null {
  return (context.profile as ProfileData).generalClause ?? null;
}

/** Is a rule of another family on under this run's profile (for the §2.8 interactions)? */
export function ruleOn(context: RuleContext, id: string): boolean {
  const s = context.profile.ruleSeverity?.[id];
  return s !== undefined && s !== "off";
}

/** The closed list of grounds for a right, or null when these rules do not judge it under the profile. */
export function groundsFor(context: RuleContext, right: string): { list: readonly string[]; open: boolean } | null {
  const list = context.law.permittedGrounds(right);
  if (list === undefined) return null;
  if (list.length > 0) return { list, open: false };
  // an article that lists no grounds (ICCPR art. 17): any recognised, non-suspect aim will do
  if (context.law.isGroundPermitted(right, "ground.public-order") === true) return { list, open: true };
  return null; // absolute, or no limitation clause: rule 7's or nobody's
}

/** "art. 23, art. 41(1)": the right's articles and the general clause, for messages. */
export function articlesFor(context: RuleContext, right: string, withGeneral: boolean): string | PhraseRef {
  const fmt = (a: string) => (/^\d/u.test(a) ? `art. ${a}` : a);
  const list = context.law.articlesFor(right).map(fmt);
  const gc = generalClause(context);
  if (withGeneral && gc) list.push(fmt(gc.article));
  const unique = [...new Set(list)];
  return unique.length > 0 ? unique.join(", ") : { phrase: "limitationClause" };
}

// ---- the document -------------------------------------------------------------------------------

const titleCache = new WeakMap<Document, boolean>();

/**
 * `documentType: constitution` (RULES.md §2.1): set by the rule option, else detected from the title
 * (`list.constitution-title`: Constitution, Конституция, Конституциясы).
 */
export function isConstitution(context: RuleContext): boolean {
  const option = context.options.documentType;
  if (typeof option === "string") return option === "constitution";
  const doc = context.document;
  let known = titleCache.get(doc);
  if (known === undefined) {
    // the title is matched like a heading: the concept index reads only `heading` of the unit it is given
    known =
      doc.title !== null &&
      context.concepts.headingHits({ heading: doc.title } as unknown as Division).some((h) => h.concept === TITLE);
    titleCache.set(doc, known);
  }
  return known;
}

/**
 * Scope level 5 (§2.5): the profile's general limitation clause is inherited when the profile says so,
 * and always for a constitution (its own general clause stands in the same document).
 */
export function inheritsGeneralClause(context: RuleContext): boolean {
  if (generalClause(context) === null) return false;
  if (isConstitution(context)) return true;
  return (context.profile as ProfileData).options?.inheritGeneralClause === true;
}

/** The general clause supplies the necessity test (`generalClauseSuppliesNecessity`, effective only when inherited). */
export function generalClauseSuppliesNecessity(context: RuleContext): boolean {
  const gc = generalClause(context);
  return (
    inheritsGeneralClause(context) &&
    gc?.requiresNecessity === true &&
    (context.profile as ProfileData).options?.generalClauseSuppliesNecessity === true
  );
}

/** The scope option (§2.5 levels 1–4), `article+refs` by default. */
export function scopeOption(context: RuleContext): Level {
  const s = context.options.scope;
  return s === "sentence" || s === "provision" || s === "article" || s === "article+refs" ? s : "article+refs";
}

/** JSON schema of the options the three rules share. */
export const OPTIONS_SCHEMA = {
  type: "object",
  properties: {
    scope: { enum: ["sentence", "provision", "article", "article+refs"] },
    documentType: { enum: ["bill", "amending-bill", "consolidated-act", "constitution", "by-law"] },
  },
  additionalProperties: false,
} as const;

/** An internal reference in the sentence that resolves to nothing ("on the grounds in Article 31"). */
export function danglingReference(context: RuleContext, sentence: Sentence): string | null {
  const { start, end } = sentence.range;
  for (const unit of provisionAndChapeau(context, sentence)) {
    for (const r of context.referencesFrom(unit)) {
      if (r.external || r.targetEId !== null) continue;
      if (r.range.start.offset >= start.offset && r.range.end.offset <= end.offset) return r.text;
    }
  }
  return null;
}

/** A reference to another act in the sentence's provision ("on the grounds provided by the Law on …"). */
export function externalReference(context: RuleContext, sentence: Sentence): boolean {
  return provisionAndChapeau(context, sentence).some((u) => context.referencesFrom(u).some((r) => r.external));
}

function provisionAndChapeau(context: RuleContext, sentence: Sentence) {
  const p = context.concepts.provisionOf(sentence);
  if (!p) return [];
  const parent = context.parentOf(p);
  return parent?.type === "Provision" ? [p, parent] : [p];
}
