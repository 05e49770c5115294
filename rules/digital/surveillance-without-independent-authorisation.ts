/**
 * R15 `digital/surveillance-without-independent-authorisation` (RULES.md §4 C): secret access by
 * the state to communications or personal data needs prior authorisation by a court or an
 * independent body, a maximum duration and a serious-offence (or other defined) purpose.
 *
 * Per clause of an operative sentence:
 * 1. A trigger: `verb.access` (access, intercept, monitor, доступ, перехват, қол жеткізу) or a
 *    one-off transfer `list.handover` (obtain, request, transmit, hand over; получать, передавать;
 *    ұсыну, беру), not negated and not under a later prohibition ("access … without a court
 *    decision is prohibited" is a guarantee, §2.3).
 * 2. Its object: `right.privacy.communications` or `right.privacy.personal-data` in the clause,
 *    within `window` tokens, with no oversight object between them ("monitors compliance with the
 *    law on personal data" is not access to the data).
 * 3. The state takes the data: a state body as subject or agent of the trigger (§2.4 statePower,
 *    `context.clauses.actorOf`), a court that orders it, an implicit passive (confidence −1), or a
 *    duty on an intermediary (`actor.private.provider`) towards a state body named in the clause.
 *    A holder that gives (transmit, hand over) must give to a state body named in the clause.
 *    Personal data (not communications) count only when the access is covert or ongoing
 *    (`list.covert`), by law-enforcement or security bodies, or taken from intermediaries: a
 *    ministry reading its own register is rule 22's matter, not surveillance.
 * 4. Not: the data subject's access to his own data (`list.own-data`), anonymised or aggregated
 *    data (`list.aggregate`), open court proceedings (`list.open-court`), an independent
 *    supervisory authority acting itself.
 * Then the scope (clause … article+refs) is asked: no `courtAuthorised` → `no-authorisation`,
 * or `non-independent-authorisation` when only the requesting side authorises (head of unit,
 * prosecutor); a court but no `marker.duration` for ongoing access → `no-duration`; a court but
 * no `list.serious-offence` / `list.targeted-search` → `no-offence-threshold`. One finding per
 * clause; its message names every missing safeguard.
 */
import type { Actor, Clause, Hit, InScope, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";
import { COURT_PHRASE, courtSuggestion } from "../court-suggestion.js";

const ACCESS = "verb.access";
const HANDOVER = "list.handover";
const GIVE = "list.handover.give";
const COMMUNICATIONS = "right.privacy.communications";
const PERSONAL_DATA = "right.privacy.personal-data";
const STATE = "actor.state";
const SECURITY = "actor.state.security";
const LAW_ENFORCEMENT = "actor.state.law-enforcement";
const PROVIDER = "actor.private.provider";
const INDEPENDENT = "marker.independent-authority";
const NON_INDEPENDENT = "marker.non-independent-authorisation";
const DURATION = "marker.duration";
const INDEFINITE = "marker.indefinite";
const SERIOUS = "list.serious-offence";
const TARGETED = "list.targeted-search";
const COVERT = "list.covert";
const AGGREGATE = "list.aggregate";
const OWN_DATA = "list.own-data";
const OPEN_COURT = "list.open-court";
const OVERSIGHT_OBJECT = "list.oversight-object";
const PAST = "list.past-event";

type SubCode = "no-authorisation" | "non-independent-authorisation" | "no-duration" | "no-offence-threshold";

const MESSAGE_ID: Record<SubCode, string> = {
  "no-authorisation": "noAuthorisation",
  "non-independent-authorisation": "nonIndependent",
  "no-duration": "noDuration",
  "no-offence-threshold": "noOffenceThreshold",
};

/** The article each profile rests on (RULES.md R15). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 21(2)",
  "kz-1995": "art. 18(2)",
  iccpr: "art. 17",
  echr: "art. 8",
  "eu-digital": ["Charter arts 7, 8, 52(1)", "ePrivacy Directive 2002/58 art. 15(1)"],
};

/** Tokens between two hits (shared: `tokenGap`). */
const gap = tokenGap;

function between(h: Hit, a: Hit, b: Hit): boolean {
  const from = Math.min(a.tokenEnd, b.tokenEnd);
  const to = Math.max(a.tokenStart, b.tokenStart);
  return h.tokenStart >= from && h.tokenEnd <= to;
}

/** KK dative ending of the recipient («органдарына», «қызметке», «полицияға»). */
const KK_DATIVE = /(?:ға|ге|қа|ке|на|не)$/u;
/** RU reflexive verb forms read as passives («прослушиваться», «перехватывается»). */
const RU_REFLEXIVE = /(?:ся|сь)$/u;
/** How far from a transfer verb its recipient may stand (tokens). */
const RECIPIENT_WINDOW = 8;

/** How the state comes to the data. */
type Taker = Actor | { kind: "provider"; hit?: Hit };

export default defineRule({
  meta: {
    id: "digital/surveillance-without-independent-authorisation",
    family: "digital",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      "State access to communications or personal data without prior authorisation by a court or an independent body, a maximum duration and a serious-offence purpose.",
    docs: "rules/digital/surveillance-without-independent-authorisation.md",
    principle: PRINCIPLE,
    messages: {
      noAuthorisation:
        'State access to {{object}} ("{{verb}}") without prior authorisation by a court or an independent body under {{profile}} ({{article}}){{also}}; require a decision of a court ("{{court}}") before access.',
      nonIndependent:
        'State access to {{object}} ("{{verb}}") authorised only by "{{authoriser}}", on the side of the body that asks, under {{profile}} ({{article}}){{also}}; require a decision of a court ("{{court}}") or of an independent body instead.',
      noDuration:
        'Court-authorised access to {{object}} ("{{verb}}") has no maximum duration under {{profile}} ({{article}}){{also}}; state how long one authorisation lasts (e.g. "for no more than three months") and how often it may be renewed.',
      noOffenceThreshold:
        'Court-authorised access to {{object}} ("{{verb}}") is not limited to serious offences or another defined purpose under {{profile}} ({{article}}); list the offences it may serve (e.g. "serious crimes punishable by at least five years\' imprisonment").',
    },
    schema: {
      type: "object",
      properties: { window: { type: "integer", minimum: 1, maximum: 50 } },
      additionalProperties: false,
    },
    defaultOptions: { window: 12 },
    hasSuggestions: true,
    phrases: {
      noMaxDuration: "no maximum duration",
      noThreshold: "no serious-offence threshold",
      andNoThreshold: " and no serious-offence threshold",
      withEither: " (with {{missing}} either)",
      privacyArticle: "its privacy article",
    },
    subCodes: ["no-authorisation", "non-independent-authorisation", "no-duration", "no-offence-threshold"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const window = typeof context.options.window === "number" ? context.options.window : 12;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (hit: Hit, concept: string): boolean => ci().isA(hit.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const has = (hits: readonly Hit[], concept: string): boolean => hits.some((h) => isA(h, concept));
    const negated = (sentence: Sentence, hit: Hit): boolean => cl().negated(sentence, hit);

    const articleFor = (right: string): string | PhraseRef => {
      const articles = context.law.articlesFor(right);
      if (articles.length > 0) return articles.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ");
      const p = PRINCIPLE[context.profile.id];
      return Array.isArray(p) ? p.join(", ") : (p ?? { phrase: "privacyArticle" });
    };

    /** Who takes the data through `verb`, or null when it is not the state. */
    const takerOf = (sentence: Sentence, clause: Clause, verb: Hit, give: boolean): Taker | null => {
      const hits = clause.hits;
      const states = pick(hits, STATE);
      const providerBefore =
        pick(hits, PROVIDER).find((p) => p.tokenEnd <= verb.tokenStart) ??
        cl()
          .chapeauOf(sentence)
          .flatMap((s) => pick(ci().hits(s), PROVIDER))
          .at(0);
      if (give) {
        // a holder gives to a state body named near the verb: after it ("transmit to the police"),
        // or before it in the Kazakh dative («ішкі істер органдарына … ұсынады»)
        const tokens = ci().tokens(sentence);
        const dative = (h: Hit): boolean => KK_DATIVE.test(tokens[h.tokenEnd - 1]?.norm ?? "");
        const recipient = states.find(
          (s) =>
            gap(s, verb) <= RECIPIENT_WINDOW && (s.tokenStart > verb.tokenStart || (language === "kk" && dative(s))),
        );
        if (!recipient) return null;
        if (providerBefore) return { kind: "provider", hit: providerBefore };
        const giver = states.find((s) => s !== recipient && s.tokenEnd <= verb.tokenStart && !dative(s));
        return giver ? null : { kind: "state", hit: recipient };
      }
      const actor = cl().actorOf(clause, verb);
      if (actor) return actor;
      if (providerBefore && states.length > 0) return { kind: "provider", hit: providerBefore };
      // RU reflexive passive after a modal: «могут прослушиваться», «может перехватываться»
      const last = ci().tokens(sentence)[verb.tokenEnd - 1]?.norm ?? "";
      if (language === "ru" && !providerBefore && RU_REFLEXIVE.test(last)) return { kind: "implicit" };
      return null;
    };

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      if (has(hits, AGGREGATE) || has(hits, OWN_DATA)) return;
      const objects = [...pick(hits, COMMUNICATIONS), ...pick(hits, PERSONAL_DATA)];
      if (objects.length === 0) return;
      const handovers = pick(hits, HANDOVER);
      const oneOffAt = (t: Hit): boolean => handovers.some((h) => h.tokenStart === t.tokenStart);
      // ongoing access ("access", "intercept") before one-off transfers ("give", "obtain") of the same data
      const triggers = [...pick(hits, ACCESS), ...handovers]
        .filter((t, i, all) => all.findIndex((u) => u.tokenStart === t.tokenStart) === i)
        .filter((t) => !negated(sentence, t) && !cl().guardedByProhibition(clause, t))
        .sort((a, b) => Number(oneOffAt(a)) - Number(oneOffAt(b)) || a.tokenStart - b.tokenStart);
      const oversight = pick(hits, OVERSIGHT_OBJECT);

      for (const verb of triggers) {
        const object = objects
          .filter((o) => gap(o, verb) <= window && !oversight.some((x) => between(x, o, verb)))
          .sort((a, b) => gap(a, verb) - gap(b, verb))[0];
        if (!object) continue;
        // sub-concept hits come with their parent's on the same span: read them from the raw hits
        const atVerb = hits.filter((h) => h.tokenStart === verb.tokenStart && isA(h, HANDOVER));
        const give = atVerb.some((h) => isA(h, GIVE));
        const oneOff = atVerb.length > 0;
        const taker = takerOf(sentence, clause, verb, give);
        if (!taker) continue;
        // "the number of persons whose communications were intercepted": a record of the past, not a power
        if (
          taker.kind === "implicit" &&
          pick(hits, PAST).some((p) => p.tokenEnd <= verb.tokenStart && gap(p, verb) <= 3)
        ) {
          continue;
        }

        // an independent supervisory authority inspecting is oversight, not surveillance
        // police or security bodies as the taker, or named before the verb ("give the police access")
        const actor = taker.hit;
        const policing = hits.some(
          (h) =>
            (isA(h, SECURITY) || isA(h, LAW_ENFORCEMENT)) &&
            (h.tokenEnd <= verb.tokenStart || (actor !== undefined && h.tokenStart === actor.tokenStart)),
        );
        if (!policing && pick(hits, INDEPENDENT).some((h) => h.tokenEnd <= verb.tokenStart)) continue;

        // personal data are a surveillance object only when taken covertly, by police or from intermediaries
        const communications = isA(object, COMMUNICATIONS) || objects.some((o) => isA(o, COMMUNICATIONS));
        if (!communications) {
          const covert = has(ci().hits(sentence), COVERT);
          const intermediary = taker.kind === "provider" || has(hits, PROVIDER);
          if (!covert && !policing && !intermediary) continue;
        }

        // the first trigger that reaches private data decides the clause (one finding per clause)
        report(sentence, clause, verb, object, taker, oneOff);
        return;
      }
    };

    const report = (sentence: Sentence, clause: Clause, verb: Hit, object: Hit, taker: Taker, oneOff: boolean) => {
      const court = cl().courtAuthorised(sentence, clause);
      const indefinite = cl().findLive(sentence, clause, [INDEFINITE], "provision");
      const duration: InScope | null = indefinite ? null : cl().findLive(sentence, clause, [DURATION]);
      const threshold = cl().findLive(sentence, clause, [SERIOUS, TARGETED]);
      const needsDuration = !oneOff || indefinite !== null;

      let subCode: SubCode;
      const missing: PhraseRef[] = [];
      let authoriser = "";
      if (!court) {
        const non = cl().findLive(sentence, clause, [NON_INDEPENDENT]);
        const first = non?.found[0];
        if (first) authoriser = cl().textOf(first.sentence, first.hit);
        subCode = first ? "non-independent-authorisation" : "no-authorisation";
        if (needsDuration && !duration) missing.push({ phrase: "noMaxDuration" });
        if (!threshold) missing.push({ phrase: "noThreshold" });
      } else {
        if (needsDuration && !duration) missing.push({ phrase: "noMaxDuration" });
        if (!threshold) missing.push({ phrase: "noThreshold" });
        if (missing.length === 0) return;
        subCode = needsDuration && !duration ? "no-duration" : "no-offence-threshold";
      }

      let steps = taker.kind === "implicit" ? 1 : 0;
      if (court?.level === "article+refs") steps++;
      const confidence = cl().step("medium", steps);
      if (!confidence) return;

      const right = isA(object, COMMUNICATIONS) ? COMMUNICATIONS : PERSONAL_DATA;
      const also: string | PhraseRef =
        subCode === "no-duration"
          ? missing.length > 1
            ? { phrase: "andNoThreshold" }
            : ""
          : subCode === "no-offence-threshold" || missing.length === 0
            ? ""
            : { phrase: "withEither", data: { missing: { list: missing } } };
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: MESSAGE_ID[subCode],
        subCode,
        confidence,
        data: {
          object: { quote: cl().textOf(sentence, object) },
          verb: cl().textOf(sentence, verb),
          profile: context.profile.citation,
          article: articleFor(right),
          court: COURT_PHRASE[language],
          authoriser,
          also,
        },
        suggestions:
          subCode === "no-authorisation" || subCode === "non-independent-authorisation"
            ? courtSuggestion(context, sentence, clause, verb)
            : [],
      });
    };

    return {
      Sentence(sentence: Sentence) {
        const c = ci();
        // most sentences name no access verb or no private data: skip them before matching
        if (!c.mayHave(sentence, ACCESS) && !c.mayHave(sentence, HANDOVER)) return;
        if (!c.mayHave(sentence, COMMUNICATIONS) && !c.mayHave(sentence, PERSONAL_DATA)) return;
        if (!cl().isOperative(sentence)) return;
        if (has(c.hits(sentence), OPEN_COURT)) return;
        for (const clause of c.clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
