/**
 * R22 `digital/processing-without-purpose-limits` (RULES.md §4 C): a law that lets the state
 * collect, keep, use or publish personal data must state what for and for how long (purpose
 * limitation, data minimisation, storage limitation: GDPR arts 5(1)(b), (c), (e), 6(3), 23(2); EU
 * Charter art. 8; KZ 2026 art. 21(1); S. and Marper v. UK).
 *
 * Per clause of an operative sentence:
 * 1. An object: personal data (`right.privacy.personal-data`) or identifiers of natural persons
 *    (`list.identifier`; a bare name or identification number, `list.identifier.weak`, only with a
 *    person noun, `list.natural-person`); not the data subject, not a recording of a meeting with
 *    no persons named. Registers of legal entities (`list.legal-entity`), office-holders in their
 *    public role (`list.office-holder`), scope statements ("This Law governs …",
 *    `list.scope-statement`), a data subject's rights (`list.data-right`) and recital-style "should"
 *    clauses are left alone; so is biometric identification (`list.biometric-id`), rule 17's.
 * 2. A verb next to the object (`OBJECT_WINDOW`) that is not negated, not governed by a later
 *    prohibition, and not itself what is stopped ("order … to stop processing"): collect, process,
 *    keep, use, transfer, publish (`verb.collect-process`, `verb.retain`, `verb.publish`,
 *    `list.data-use`, `list.publication-verb`).
 * 3. The state does it: a state subject before the verb (with actors hidden in delegation phrases
 *    put back), a state agent after it, a state website (`list.state-portal`) or the chapeau's state
 *    body; a passive with no agent counts one confidence step lower when its sentence names a state
 *    body. A private subject or a court is not this rule's.
 * 4. Sub-codes, one finding per clause, the first that applies:
 *    - `publication`: identifiers or personal data published (`list.publication-verb`), unless
 *      aggregated or anonymised (`list.aggregate`) or with the person's consent (`list.data-consent`);
 *    - otherwise, unless the article (or a unit it refers to) points to the general
 *      data-protection law (`list.dp-law-ref`): `open-purpose` — "for other purposes", "any
 *      purpose" (`list.any-purpose`, `ground.suspect.open`) in the clause, not negated;
 *      `no-purpose` — no `list.purpose` in scope (clause … article+refs); `no-retention-limit` —
 *      data collected or kept with no `marker.duration`, storage period (`list.retention-period`)
 *      or deletion duty (`list.deletion`) in scope, or kept indefinitely (`marker.indefinite`).
 * The message names every missing element; confidence falls a step when the purpose or the limit
 * is found only through a reference (§2.7).
 */
import type {
  Clause,
  Hit,
  InScope,
  MessageData,
  PhraseRef,
  RuleContext,
  Sentence,
  Token,
} from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";

const PERSONAL_DATA = "right.privacy.personal-data";
const IDENTIFIER = "list.identifier";
const WEAK = "list.identifier.weak";
const PERSON = "list.natural-person";
const LEGAL_ENTITY = "list.legal-entity";
const OFFICE_HOLDER = "list.office-holder";
const COLLECT = "verb.collect-process";
const RETAIN = "verb.retain";
const PUBLISH = "verb.publish";
const USE = "list.data-use";
const PORTAL = "list.state-portal";
const PUBLICATION = "list.publication-verb";
const DATA_SUBJECT = "list.data-subject";
const RECORDING = "list.recording";
const STATE = "actor.state";
const DATA_RIGHT = "list.data-right";
const SCOPE_STATEMENT = "list.scope-statement";
const AGGREGATE = "list.aggregate";
const CONSENT = "list.data-consent";
const DP_LAW = "list.dp-law-ref";
const PURPOSE = "list.purpose";
const ANY_PURPOSE = "list.any-purpose";
const OPEN_GROUND = "ground.suspect.open";
const DURATION = "marker.duration";
const DELETION = "list.deletion";
const RETENTION_PERIOD = "list.retention-period";
const PROVIDER = "actor.private.provider";
const BIOMETRIC_ID = "list.biometric-id";
const RESTRICT = "verb.restrict";
const INDEFINITE = "marker.indefinite";
const DELEGATION = "marker.delegation";

/**
 * Tokens between a processing verb and its object, and between a state subject and the verb (a
 * subject governs coordinated verbs: "The Ministry shall keep a register … and publish it").
 */
const OBJECT_WINDOW = 12;
const SUBJECT_WINDOW = 30;
/** The same for a verb used as a noun (EN "processing", "collection" after a preposition or article). */
const NOMINAL_WINDOW = 6;
const EN_NOUN_MARKERS = new Set([
  "to",
  "of",
  "for",
  "in",
  "on",
  "with",
  "the",
  "a",
  "an",
  "any",
  "such",
  "its",
  "their",
]);

/** EN: the verb stands as a noun ("in relation to processing", "the collection of data"). */
function nominal(tokens: readonly Token[], verb: Hit): boolean {
  const word = tokens[verb.tokenStart]?.norm ?? "";
  if (!/(?:ing|ion|age|ure)$/u.test(word)) return false;
  return EN_NOUN_MARKERS.has(tokens[verb.tokenStart - 1]?.norm ?? "") || tokens[verb.tokenEnd]?.norm === "of";
}

/** Tokens after the verb within which a RU/KK agent (instrumental, «тарапынан») stands. */
const AGENT_WINDOW = 6;

type SubCode = "publication" | "open-purpose" | "no-purpose" | "no-retention-limit";

const MESSAGE_ID: Record<SubCode, string> = {
  publication: "publication",
  "open-purpose": "openPurpose",
  "no-purpose": "noPurpose",
  "no-retention-limit": "noRetentionLimit",
};

/** The articles each profile rests on (RULES.md R22). */
const PRINCIPLE: Record<string, string | string[]> = {
  "eu-digital": ["GDPR art. 5(1)(b), (c), (e)", "GDPR art. 6(3)", "Charter art. 8"],
  "kz-2026": "art. 21(1)",
  "kz-1995": "art. 18",
  iccpr: "art. 17",
  echr: "art. 8",
};

export default defineRule({
  meta: {
    id: "digital/processing-without-purpose-limits",
    family: "digital",
    scope: "unit",
    severity: "warning",
    confidence: "medium",
    description:
      "State collection, storage or use of personal data with no stated purpose, an open purpose or no retention limit, or publication of identifiers of natural persons.",
    docs: "rules/digital/processing-without-purpose-limits.md",
    principle: PRINCIPLE,
    messages: {
      publication:
        'publication: identifiers of natural persons ("{{object}}") are published ("{{verb}}"){{actor}} — {{citation}} protects personal data; publish aggregated or anonymised data instead, or limit publication to what a law requires for a stated purpose and period.',
      openPurpose:
        'open-purpose: state processing of personal data ("{{object}}") may serve "{{purpose}}"{{missing}} — an open purpose defeats purpose limitation ({{citation}}). List the purposes exhaustively.',
      noPurpose:
        'no-purpose: state processing of personal data ("{{object}}", "{{verb}}") states no purpose{{missing}} ({{citation}}). Add "solely for the purpose of …"{{add}}.',
      noRetentionLimit:
        'no-retention-limit: personal data ("{{object}}") are {{verbed}} ("{{verb}}") with no retention limit or deletion duty{{indefinite}} ({{citation}}). Add a maximum storage period, e.g. "deleted … after …".',
    },
    phrases: {
      byActor: ' by "{{actor}}"',
      indefinite: " ({{words}})",
      also: "; also {{missing}}",
      noSpecificPurpose: "no specific purpose",
      noRetentionLimit: "no retention limit",
      addRetention: " and a retention period",
      kept: "kept",
      collectedOrProcessed: "collected or processed",
    },
    subCodes: ["no-purpose", "open-purpose", "no-retention-limit", "publication"],
  },

  create(context: RuleContext) {
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (hit: Hit, concept: string): boolean => ci().isA(hit.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const textOf = (sentence: Sentence, hit: Hit): string => cl().textOf(sentence, hit);
    const overlaps = (a: Hit, b: Hit): boolean => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;

    const citation = (): string => {
      const p = PRINCIPLE[context.profile.id];
      return p === undefined ? context.profile.citation : `${context.profile.citation} (${[p].flat().join(", ")})`;
    };

    const live = (sentence: Sentence, clause: Clause, hit: Hit): boolean =>
      !cl().negated(sentence, hit) && !cl().guardedByProhibition(clause, hit);

    /**
     * Personal data or identifiers of natural persons in the clause: not the data subject (a person),
     * and not a recording of a meeting or an interview unless persons are named with it.
     */
    const objectsOf = (clause: Clause): Hit[] => {
      const hasPerson = pick(clause.hits, PERSON).length > 0;
      const subjects = pick(clause.hits, DATA_SUBJECT);
      const recordings = pick(clause.hits, RECORDING);
      // names and identification numbers belong to bodies and companies too: only with a person noun
      const weak = clause.hits.filter((n) => n.concept === WEAK);
      return [...pick(clause.hits, PERSONAL_DATA), ...pick(clause.hits, IDENTIFIER)]
        .filter((o) => hasPerson || !weak.some((w) => overlaps(w, o)))
        .filter((o) => !subjects.some((d) => overlaps(d, o)))
        .filter((o) => hasPerson || !recordings.some((r) => overlaps(r, o)))
        .sort((a, b) => a.tokenStart - b.tokenStart);
    };

    /**
     * The state body that processes (§2.4 statePower, held close to the verb): a state subject at most
     * `SUBJECT_WINDOW` tokens before it with no operator or platform in between, an agent just after
     * it ("by the akimat", «акиматом», «әкімдік тарапынан»), a state website, or the chapeau's state
     * actor for a point. A passive with no agent counts (one step lower) only when its sentence
     * names a state body.
     */
    const processor = (
      sentence: Sentence,
      clause: Clause,
      full: Clause,
      verb: Hit,
    ): { by?: Hit; steps: number } | null => {
      const tokens = ci().tokens(sentence);
      const states = pick(full.hits, STATE);
      // the nearest state body before the verb, with no operator or platform between them; a noun
      // ("in relation to processing", "the collection of") needs its body close by
      const reach = nominal(tokens, verb) ? NOMINAL_WINDOW : SUBJECT_WINDOW;
      const providers = pick(full.hits, PROVIDER);
      const before = states
        .filter((h) => h.tokenEnd <= verb.tokenStart && verb.tokenStart - h.tokenEnd <= reach)
        .filter((h) => !providers.some((p) => p.tokenStart >= h.tokenEnd && p.tokenEnd <= verb.tokenStart));
      if (before.length > 0) return { by: before.at(-1), steps: 0 };
      const after = states.find((h) => {
        if (h.tokenStart < verb.tokenEnd || h.tokenStart - verb.tokenEnd > AGENT_WINDOW) return false;
        if (context.language !== "en") return true;
        let i = h.tokenStart - 1;
        if (["a", "an", "the"].includes(tokens[i]?.norm ?? "")) i--;
        return tokens[i]?.norm === "by";
      });
      if (after) return { by: after, steps: 0 };
      if (pick(clause.hits, PORTAL).length > 0) return { steps: 0 };
      for (const s of cl().chapeauOf(sentence)) {
        const state = pick(ci().hits(s), STATE)[0];
        if (state) return { steps: 0 };
      }
      if (!cl().isPassive(clause, verb)) return null;
      const named = cl().findWhere(sentence, clause, (h) => isA(h, STATE), "sentence");
      return named ? { steps: 1 } : null;
    };

    /** The narrowest level at which a live hit of `concepts` is found (clause … article+refs). */
    const findLive = (sentence: Sentence, clause: Clause, concepts: readonly string[]): InScope | null =>
      cl().findLive(sentence, clause, concepts);

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      // recital style ("personal data should be processed …"): explanation, not a binding power
      if (context.language === "en" && clause.tokens.some((t) => t.norm === "should")) return;
      if (pick(hits, LEGAL_ENTITY).length > 0 || pick(hits, OFFICE_HOLDER).length > 0) return;
      // "This Law governs … the processing of personal data": a scope statement grants no power
      if (pick(hits, SCOPE_STATEMENT).length > 0) return;
      // biometric identification of persons is rule 17's (digital/remote-biometric-identification)
      if (pick(hits, BIOMETRIC_ID).length > 0) return;
      // a data subject's right of access or information: a guarantee about processing
      if (pick(ci().hits(sentence), DATA_RIGHT).length > 0) return;
      if (
        cl()
          .chapeauOf(sentence)
          .some((c) => pick(ci().hits(c), DATA_RIGHT).length > 0)
      )
        return;
      const objects = objectsOf(clause);
      if (objects.length === 0) return;
      const restricts = pick(hits, RESTRICT);
      const stopped = (v: Hit): boolean =>
        restricts.some((r) =>
          context.language === "kk"
            ? r.tokenStart >= v.tokenEnd && r.tokenStart - v.tokenEnd <= 2
            : r.tokenEnd <= v.tokenStart && v.tokenStart - r.tokenEnd <= 2,
        );
      const verbs = [
        ...pick(hits, COLLECT),
        ...pick(hits, RETAIN),
        ...pick(hits, PUBLISH),
        ...pick(hits, PUBLICATION),
        ...pick(hits, USE),
      ]
        // a verb word inside the object phrase ("processing of personal data" is no object of itself)
        .filter((v) => !objects.some((o) => overlaps(o, v)))
        .filter((v) => live(sentence, clause, v))
        // "order … to stop processing", «прекратить обработку», «өңдеуді тоқтату»: a protective measure
        .filter((v) => !stopped(v))
        .sort((a, b) => a.tokenStart - b.tokenStart);
      if (verbs.length === 0) return;

      // who does it: the first verb next to its object with a state (or implicit) actor
      const full = cl().withHidden(clause, (h) => isA(h, DELEGATION));
      let verb: Hit | undefined;
      let by: Hit | undefined;
      let steps = 0;
      for (const v of verbs) {
        if (!objects.some((o) => tokenGap(o, v) <= OBJECT_WINDOW)) continue;
        const who = processor(sentence, clause, full, v);
        if (!who) continue;
        if (!verb || who.steps < steps) {
          verb = v;
          by = who.by;
          steps = who.steps;
        }
        if (steps === 0) break;
      }
      if (!verb) return;
      const named = [...new Set(objects.map((o) => textOf(sentence, o)))];
      const data: MessageData = {
        object: named.slice(0, 3).join(", ") + (named.length > 3 ? ", …" : ""),
        verb: textOf(sentence, verb),
        citation: citation(),
      };

      // publication of identifiers
      const published = verbs.find((v) => isA(v, PUBLICATION) && objects.some((o) => tokenGap(o, v) <= OBJECT_WINDOW));
      if (published) {
        const anonymised = pick(hits, AGGREGATE).length > 0;
        const consent = pick(hits, CONSENT).length > 0;
        if (anonymised || consent) return;
        const confidence = cl().step("medium", steps);
        if (!confidence) return;
        context.report({
          node: sentence,
          range: cl().clauseRange(clause),
          messageId: MESSAGE_ID.publication,
          subCode: "publication",
          confidence,
          data: {
            ...data,
            verb: textOf(sentence, published),
            actor: by ? { phrase: "byActor", data: { actor: textOf(sentence, by) } } : "",
          },
        });
        return;
      }

      // the general data-protection law supplies purpose and storage limits
      if (findLive(sentence, clause, [DP_LAW])) return;

      const openPurpose = [...pick(hits, ANY_PURPOSE), ...pick(hits, OPEN_GROUND)].find(
        (h) => !cl().negated(sentence, h) && !cl().guardedByProhibition(clause, h),
      );
      const purpose = findLive(sentence, clause, [PURPOSE]);
      const keeps = verbs.some((v) => isA(v, COLLECT) || isA(v, RETAIN));
      const limit = findLive(sentence, clause, [DURATION, DELETION, RETENTION_PERIOD]);
      const indefinite = pick(ci().hits(sentence), INDEFINITE)[0];
      const unlimited = keeps && (!limit || indefinite !== undefined);

      let subCode: SubCode | null = null;
      if (openPurpose) subCode = "open-purpose";
      else if (!purpose) subCode = "no-purpose";
      else if (unlimited) subCode = "no-retention-limit";
      if (!subCode) return;
      if (purpose?.level === "article+refs" || limit?.level === "article+refs") steps++;
      const confidence = cl().step("medium", steps);
      if (!confidence) return;

      const missing: PhraseRef[] = [];
      if (subCode === "open-purpose" && !purpose) missing.push({ phrase: "noSpecificPurpose" });
      if (subCode !== "no-retention-limit" && unlimited) missing.push({ phrase: "noRetentionLimit" });
      const retention = subCode !== "no-retention-limit" && unlimited;
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: MESSAGE_ID[subCode],
        subCode,
        confidence,
        data: {
          ...data,
          purpose: openPurpose ? textOf(sentence, openPurpose) : "",
          missing: missing.length > 0 ? { phrase: "also", data: { missing: { list: missing, join: "comma" } } } : "",
          add: retention ? { phrase: "addRetention" } : "",
          verbed: { phrase: verbs.some((v) => isA(v, RETAIN)) ? "kept" : "collectedOrProcessed" },
          indefinite: indefinite
            ? { phrase: "indefinite", data: { words: { quote: textOf(sentence, indefinite) } } }
            : "",
        },
      });
    };

    return {
      Sentence(sentence: Sentence) {
        // no personal data and no identifier: nothing to judge
        if (!ci().mayHave(sentence, PERSONAL_DATA) && !ci().mayHave(sentence, IDENTIFIER)) return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of ci().clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
