/**
 * R13 religion/state-control-internal-affairs (RULES.md §4 B): religious communities choose their
 * leaders and organise themselves; the state does not approve clergy, leaders, statutes or
 * internal structure.
 *
 * Per clause of an operative sentence (hits hidden by longer marker or list phrases put back, so
 * «утверждается уполномоченным органом» still shows its approval and its actor):
 * 1. an internal-affairs object (`list.internal-affairs`): clergy (religious by itself), or a
 *    leader, statute or structure word with a religious body in the clause or sentence (in the
 *    chapeau: one confidence step lower); not part of a state actor ("head of the akimat"), not a
 *    state post (`list.state-post`: army and prison chaplains);
 * 2. a state approval attached to it (within `window` tokens): `list.consent` (approval, consent
 *    of, agreed with, согласование, келісім, бекіт*) or `list.state-veto` held by the state — a
 *    state body as subject or agent, or an implicit passive (one step lower) — and not the
 *    body's own consent; or a state appointment or dismissal (`list.appoint`) with a state body
 *    as subject, or as agent of a passive.
 * Sub-code by the object: `leader-approval` (clergy, leaders, candidates), `statute-approval`
 * (charter, internal rules), `structure-control` (internal structure, branches, governing bodies).
 * A notice to a registry (no approval word) is not reported; a negated approval is a guarantee.
 */
import type {
  Actor,
  Clause,
  Hit,
  Language,
  PhraseRef,
  RuleContext,
  Sentence,
  Suggestion,
} from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";

const INTERNAL = "list.internal-affairs";
const CLERGY = "list.internal-affairs.clergy";
const LEADER = "list.internal-affairs.leader";
const STATUTE = "list.internal-affairs.statute";
const CONSENT = "list.consent";
const VETO = "list.state-veto";
const APPOINT = "list.appoint";
const STATE = "actor.state";
const ORGANISATION = "right.religion.organisation";
const SELF_ORGAN = "list.religious-self-organ";
const STATE_POST = "list.state-post";

/** EN words that make the state body after an approval its addressee or agent ("with", "of", "by", "from"). */
const ADDRESSEE_EN = new Set(["with", "of", "by", "from"]);
/** RU noun forms of approval words («согласования», «с согласия», «одобрения»): not an active verb. */
const RU_NOUN = /(?:ие|ия|ию|ии|ием|ий|иям|иями)$/u;

/** The article each profile rests on (RULES.md R13); eu-digital has the rule off. */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 7(1)–(2)",
  "kz-1995": "art. 5(2)",
  iccpr: "art. 18 (GC 22 §4)",
  echr: ["art. 9", "art. 11"],
};

/** What the suggestion adds at the end of the clause, per language. */
const NOTICE: Record<Language, string> = {
  en: "; the state body is only notified and may not object",
  ru: "; государственный орган лишь уведомляется и не вправе возражать",
  kk: "; мемлекеттік орган тек хабардар етіледі және қарсылық білдіруге құқылы емес",
};

type SubCode = "leader-approval" | "statute-approval" | "structure-control";

const MESSAGE_ID: Record<SubCode, string> = {
  "leader-approval": "leaderApproval",
  "statute-approval": "statuteApproval",
  "structure-control": "structureControl",
};

/** Phrases of markers and of other rules' lists may hold an approval or an actor that they hid (§2.2). */
const composite = (hit: Hit): boolean => hit.concept.startsWith("marker.") || hit.concept.startsWith("list.");

export default defineRule({
  meta: {
    id: "religion/state-control-internal-affairs",
    family: "religion",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      "The state approves, appoints or controls the leaders, clergy, statutes or internal structure of a religious body.",
    docs: "rules/religion/state-control-internal-affairs.md",
    principle: PRINCIPLE,
    messages: {
      leaderApproval:
        'The state approves or appoints the leaders or clergy of a religious body ("{{trigger}}" … "{{object}}"): under {{profile}} ({{article}}) a religious community chooses and removes its leaders and clergy itself; delete the state approval or appointment, or replace it by a notice for the register with no power to object.',
      statuteApproval:
        'The state approves the statute or internal rules of a religious body ("{{trigger}}" … "{{object}}"): under {{profile}} ({{article}}) a religious community adopts its own statute; keep at most a registration check of the fields the law requires, with no approval.',
      structureControl:
        'The state controls the internal structure of a religious body ("{{trigger}}" … "{{object}}"): under {{profile}} ({{article}}) a religious community organises itself; replace the approval by a notice for the register with no power to object.',
    },
    schema: {
      type: "object",
      properties: { window: { type: "integer", minimum: 1, maximum: 50 } },
      additionalProperties: false,
    },
    defaultOptions: { window: 12 },
    hasSuggestions: true,
    phrases: { religionClause: "its freedom of religion clause" },
    subCodes: ["leader-approval", "statute-approval", "structure-control"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const window = typeof context.options.window === "number" ? context.options.window : 12;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (hit: Hit, concept: string): boolean => ci().isA(hit.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);

    const articleFor = (): string | PhraseRef => {
      const ref = PRINCIPLE[context.profile.id];
      if (ref !== undefined) return Array.isArray(ref) ? ref.join(", ") : ref;
      const articles = context.law.articlesFor(ORGANISATION);
      return articles.length > 0 ? articles.join(", ") : { phrase: "religionClause" };
    };

    /** The religious body itself consents or approves: "consent of the association", «діни бірлестіктің келісімімен». */
    const ownAct = (clause: Clause, verb: Hit): boolean =>
      [...pick(clause.hits, ORGANISATION), ...pick(clause.hits, SELF_ORGAN)].some((b) =>
        language === "kk"
          ? b.tokenEnd <= verb.tokenStart && verb.tokenStart - b.tokenEnd <= 1
          : b.tokenStart >= verb.tokenEnd && b.tokenStart - verb.tokenEnd <= 2,
      );

    /** The actor is a state body of this clause standing after the verb (not the chapeau's). */
    const after = (clause: Clause, actor: Actor, verb: Hit): boolean =>
      actor.hit !== undefined && clause.hits.includes(actor.hit) && actor.hit.tokenStart >= verb.tokenEnd;

    /** A state approval: named state body as subject or agent, or an implicit passive; null otherwise. */
    const approver = (clause: Clause, verb: Hit): "state" | "implicit" | null => {
      if (ownAct(clause, verb)) return null;
      if (stateAddressee(context, clause, verb)) return "state";
      const actor = cl().actorOf(clause, verb);
      if (!actor || actor.kind === "court") return null;
      if (actor.kind === "state" && language === "ru" && after(clause, actor, verb)) {
        // RU: a state body after an active verb is its object or addressee, not its agent
        const word = ci().tokens(clause.sentence)[verb.tokenEnd - 1]?.norm ?? "";
        if (!cl().isPassive(clause, verb) && !RU_NOUN.test(word)) return null;
      }
      if (actor.kind === "implicit") {
        // "approved by its general meeting", «утверждается общим собранием»: a body of its own acts
        if (pick(clause.hits, SELF_ORGAN).some((b) => b.tokenStart >= verb.tokenEnd)) return null;
      }
      return actor.kind;
    };

    /** A state appointment: a state body as the subject of an active verb, or the agent of a passive. */
    const appointer = (clause: Clause, verb: Hit): boolean => {
      const actor = cl().actorOf(clause, verb);
      if (actor?.kind !== "state") return false;
      const passive = cl().isPassive(clause, verb);
      if (after(clause, actor, verb)) {
        if (!passive) return false;
        // "appointed by the religious association after … agreed with the Ministry": the nearer agent is the body
        const agent = actor.hit?.tokenStart ?? 0;
        const bodies = [...pick(clause.hits, ORGANISATION), ...pick(clause.hits, SELF_ORGAN)];
        if (bodies.some((b) => b.tokenStart >= verb.tokenEnd && b.tokenEnd <= agent)) return false;
      }
      if (!passive) {
        // "The religious association appoints …": the body is the subject
        const state = actor.hit && clause.hits.includes(actor.hit) ? actor.hit.tokenStart : -1;
        const body = [...pick(clause.hits, ORGANISATION), ...pick(clause.hits, SELF_ORGAN)].some(
          (b) => b.tokenEnd <= verb.tokenStart && b.tokenStart > state,
        );
        if (body) return false;
      }
      return true;
    };

    /** Hits of `concept`, one per span, each with its most specific sub-concept (a clergy hit, not its parent). */
    const specific = (hits: readonly Hit[], concept: string): Hit[] => {
      const bySpan = new Map<string, Hit>();
      for (const h of hits) {
        if (!isA(h, concept)) continue;
        const key = `${h.tokenStart}:${h.tokenEnd}`;
        const cur = bySpan.get(key);
        if (!cur || isA(h, cur.concept)) bySpan.set(key, h);
      }
      return [...bySpan.values()].sort((a, b) => a.tokenStart - b.tokenStart);
    };

    /** Internal-affairs objects of a clause, with the confidence steps their religious context costs. */
    const objectsOf = (sentence: Sentence, clause: Clause): { hit: Hit; steps: number }[] => {
      const states = pick(clause.hits, STATE);
      const bodyIn = (hits: readonly Hit[]) => pick(hits, ORGANISATION).length > 0;
      const context_ = bodyIn(clause.hits) || bodyIn(ci().hits(sentence)) ? 0 : null;
      const chapeau = cl()
        .chapeauOf(sentence)
        .some((s) => bodyIn(ci().hits(s)));
      const out: { hit: Hit; steps: number }[] = [];
      for (const o of specific(clause.hits, INTERNAL)) {
        // "head of the akimat", «руководитель уполномоченного органа», «әкімдік басшысы»: part of a state actor
        const ofState = states.some((s) =>
          language === "kk"
            ? s.tokenEnd <= o.tokenStart && o.tokenStart - s.tokenEnd <= 1
            : s.tokenStart >= o.tokenEnd && s.tokenStart - o.tokenEnd <= 3,
        );
        if (ofState && !isA(o, CLERGY)) continue;
        if (isA(o, CLERGY)) out.push({ hit: o, steps: 0 });
        else if (context_ !== null) out.push({ hit: o, steps: 0 });
        else if (chapeau) out.push({ hit: o, steps: 1 });
      }
      return out;
    };

    const subCodeOf = (object: Hit): SubCode =>
      isA(object, CLERGY) || isA(object, LEADER)
        ? "leader-approval"
        : isA(object, STATUTE)
          ? "statute-approval"
          : "structure-control";

    const suggestion = (sentence: Sentence, clause: Clause, trigger: string): Suggestion[] =>
      cl().insertion(
        sentence,
        clause.end,
        NOTICE[language],
        `Replace the approval by a notice: add "${NOTICE[language].slice(2)}" and delete "${trigger}"`,
      );

    const checkClause = (sentence: Sentence, raw: Clause): void => {
      if (pick(raw.hits, STATE_POST).length > 0) return;
      if (pick(raw.hits, INTERNAL).length === 0 && pick(raw.hits, VETO).length === 0) return;
      const clause = cl().withHidden(raw, composite);
      const hits = clause.hits;
      const objects = objectsOf(sentence, clause);
      const vetoes = pick(hits, VETO).length > 0;
      // "… notify the akimat of the election of its leader; the akimat may object": the veto reaches back
      const wider = vetoes
        ? ci()
            .clauses(sentence)
            .filter((c) => c !== raw)
            .flatMap((c) => objectsOf(sentence, c))
        : [];
      if (objects.length === 0 && wider.length === 0) return;

      const triggers = [...pick(hits, CONSENT), ...pick(hits, VETO), ...pick(hits, APPOINT)]
        .filter((v) => !cl().negated(sentence, v) && !cl().guardedByProhibition(clause, v))
        .sort((a, b) => a.tokenStart - b.tokenStart);
      for (const verb of triggers) {
        const appoint = isA(verb, APPOINT);
        let steps = 0;
        if (appoint) {
          if (!appointer(clause, verb)) continue;
        } else {
          const who = approver(clause, verb);
          if (!who) continue;
          if (who === "implicit") steps++;
        }
        // attached (§2.3): in the same clause, or within `window` tokens for a veto reaching back to another clause
        const candidates = [
          ...objects,
          ...(isA(verb, VETO) ? wider.filter(({ hit }) => tokenGap(hit, verb) <= window) : []),
        ]
          .filter(({ hit }) => hit.tokenStart !== verb.tokenStart)
          .filter(({ hit }) => !appoint || isA(hit, CLERGY) || isA(hit, LEADER))
          .sort((a, b) => tokenGap(a.hit, verb) - tokenGap(b.hit, verb));
        const object = candidates[0];
        if (!object) continue;
        const confidence = cl().step("medium", steps + object.steps);
        if (!confidence) continue;
        const subCode = subCodeOf(object.hit);
        const trigger = cl().textOf(sentence, verb);
        context.report({
          node: sentence,
          range: cl().clauseRange(raw),
          messageId: MESSAGE_ID[subCode],
          subCode,
          confidence,
          data: {
            profile: context.profile.citation,
            article: articleFor(),
            object: cl().textOf(sentence, object.hit),
            trigger,
          },
          suggestions: appoint ? [] : suggestion(sentence, raw, trigger),
        });
        return;
      }
    };

    return {
      Sentence(sentence: Sentence) {
        // no leader, clergy, statute or structure word: nothing to control (approval words may hide in longer phrases)
        if (!ci().mayHave(sentence, INTERNAL)) return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of ci().clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});

/**
 * The approval is asked of a state body right after the verb: "in coordination with the competent
 * state bodies", "approved by the Ministry", «по согласованию с уполномоченным органом»,
 * «утверждается уполномоченным органом». Shared with R12 (religion/state-doctrinal-review).
 */
export function stateAddressee(context: RuleContext, clause: Clause, verb: Hit): boolean {
  const language = context.language;
  if (language === "kk") return false;
  const tokens = context.concepts.tokens(clause.sentence);
  const norm = (i: number): string => tokens[i]?.norm ?? "";
  const state = context.clauses
    .pick(clause.hits, STATE)
    .find((s) => s.tokenStart >= verb.tokenEnd && s.tokenStart - verb.tokenEnd <= 3);
  if (!state) return false;
  const linking = [norm(verb.tokenEnd - 1), norm(verb.tokenEnd)];
  if (language === "en") return linking.some((w) => ADDRESSEE_EN.has(w));
  if (linking.some((w) => w === "с" || w === "со")) return true;
  return state.tokenStart === verb.tokenEnd && context.clauses.isPassive(clause, verb);
}
