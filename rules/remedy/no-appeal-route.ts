/**
 * R34 `remedy/no-appeal-route` (RULES.md §4 H): a state body gets a power to refuse, ban,
 * suspend, block, revoke or dissolve, and neither its article nor the articles it references say
 * how the person can challenge the decision; for assemblies, also no deadline for the decision
 * before the planned date and no duty to give reasons.
 *
 * Per sentence of an operative provision, the first restrictive verb (`verb.restrict`, not
 * negated, not the object of an appeal or of a prohibition, §2.3) whose actor (§2.4 statePower)
 * is a state body — named, in an agent phrase, in the chapeau of a point, or implicit in a
 * passive (confidence one step lower). A court as the actor, or a measure "by decision of a
 * court", is not reported; nor is a restriction made by the law itself ("may be restricted by
 * law"), which is the business of the limitation rules; nor a measure named as an event of another
 * rule (its occasion, date or end: "where its designation has been suspended", "valid until the
 * permit is withdrawn", «со дня отзыва», «тоқтатылған жағдайда»), an attributive participle ("a
 * limited period"), a thing described by its purpose ("systems intended to be used … to revoke"),
 * or a measure on personal data that protects its subject ("data are deleted when the pilot ends").
 *
 * Then the scope (clause … article+refs, §2.5) is asked for a live `marker.appeal`:
 * - none → `no-appeal` (warning);
 * - the power is about an assembly (`right.assembly` in the sentence or the article heading) and
 *   there is no `marker.decision-deadline` → `no-deadline` (warning), else no `marker.reasons` →
 *   `no-reasons` (info).
 * Nothing is reported when the act refers to the general administrative procedure law
 * (`list.apl-ref`) anywhere. With the profile option `appealLawAssumed` (or the rule option of the
 * same name) and a `generalAppealLaw`, `no-appeal` is reported at low confidence and the message
 * names the law assumed (RULES.md: severity info; see the doc).
 */
import {
  type Clause,
  type Confidence,
  type Division,
  defineRule,
  type Hit,
  type Language,
  type PhraseRef,
  type Provision,
  type RuleContext,
  type Sentence,
  type Suggestion,
  type Token,
} from "../../src/engine/api.js";

const RESTRICT = "verb.restrict";
const PROHIBIT = "verb.prohibit";
const STATE = "actor.state";
const PRIVATE = "list.private-party";
const ENTITLEMENT = "list.entitlement";
const NOBODY = "list.nobody";
const NOUN = "list.restrict-noun";
const DECISION = "list.decision";
const PRIOR_REFUSAL = "list.prior-refusal";
const FINALITY = "list.finality";
/** Tokens around an ouster in which an appeal word is part of it ("обжалованию в суде не подлежит"). */
const OUSTER_WINDOW = 3;
const APPEAL = "marker.appeal";
const SELF = "marker.self-reference";
const DECISION_NOUN = "list.decision-noun";
/** A self-reference to the whole act, not to one article or paragraph of it. */
const WHOLE_ACT = /act|law|code|закон|кодекс|заң/iu;
const DEADLINE = "marker.decision-deadline";
const REASONS = "marker.reasons";
const ASSEMBLY = "right.assembly";
const APL_REF = "list.apl-ref";
const BY_LAW = "marker.by-law";
const COURT_ORDER = "marker.court-order";
/** Tokens between an appeal word and the verb it governs ("appeal against the refusal"). */
const APPEAL_OBJECT_GAP = 4;

/*
 * A measure named as an event — the occasion, the date or the end of a period in another rule — is
 * not a power the provision confers ("where its designation has been suspended, the body shall
 * inform …", "valid until the permit is withdrawn", "within 12 months of the withdrawal", "a limited
 * period", «если лицензия была отозвана», «со дня приостановления», «тіркеу тоқтатылған жағдайда»).
 * These are grammar words, per language.
 */
/** Words right before the verb (past auxiliaries, temporal prepositions) that make it an event. */
const EVENT_BEFORE: Record<Language, ReadonlySet<string>> = {
  en: new Set(["been", "was", "were", "following", "after", "since", "upon"]),
  ru: new Set(["был", "была", "было", "были", "после", "дня", "даты", "момента"]),
  kk: new Set(),
};
/** Words that may stand between an event word and the verb ("has been fully withdrawn", "after the revocation"). */
const EVENT_FILLER: Record<Language, ReadonlySet<string>> = {
  en: new Set(["the", "its", "their", "a", "an", "fully", "partially", "wholly", "temporarily", "permanently"]),
  ru: new Set(["его", "ее", "их", "полностью", "частично", "временно"]),
  kk: new Set(),
};
/** Time units before "of the" ("within 30 days of the cessation"). */
const EN_TIME_UNIT = /^(?:hours?|days?|weeks?|months?|years?|date)$/u;
/** A period bounded by the measure: "until … is withdrawn", «до тех пор, пока … не будет отозвано». */
const UNTIL: Record<Language, ReadonlySet<string>> = {
  en: new Set(["until", "till"]),
  ru: new Set(["пока"]),
  kk: new Set(),
};
/** A modal between "until" and the verb gives the verb back its force ("until …, the authority may suspend"). */
const MODAL: Record<Language, RegExp> = {
  en: /^(?:may|shall|must|can|will|should)$/u,
  ru: /^(?:вправе|может|могут|обязан[аоы]?|должен|должн[аоы])$/u,
  kk: /^$/u,
};
/** Kazakh: a participle (-ған, -ғанға …) followed by a postposition or a date word. */
const KK_PARTICIPLE = /(?:ған|ген|қан|кен)(?:ға|ге|қа|ке|нан|нен|дан|ден)?$/u;
const KK_EVENT_AFTER = new Set([
  "жағдайда",
  "жағдайларда",
  "кезде",
  "кезінде",
  "кейін",
  "соң",
  "дейін",
  "күннен",
  "күнінен",
  "сәттен",
  "сәтінен",
  "күні",
]);
/** An attributive participle after a determiner: "a limited period", "the prohibited practices", "the closed end". */
const EN_DETERMINER = new Set(["a", "an", "the", "such", "any", "this", "that", "these", "those", "its", "their"]);
/** Russian long-form participles are attributive: «ограниченный срок», «запрещенные практики». */
const RU_LONG_PARTICIPLE = /(?:нн|т)(?:ый|ая|ое|ые|ого|ой|ому|ым|ых|ую|ыми|ом)$/u;
/** A thing described by its purpose: "AI systems intended to be used … to revoke benefits", «предназначенные для …». */
const PURPOSE_BEFORE: Record<Language, RegExp> = {
  en: /^(?:intended|designed)$/u,
  ru: /^предназначен\p{L}*$/u,
  kk: /^$/u,
};
/** Kazakh puts the purpose after the verb: «… тоқтатуға арналған». */
const KK_PURPOSE_AFTER = /^арнал\p{L}*$/u;
/** Handling of data: a measure on the data of a privacy object protects it ("stop the processing", "deleted"). */
const DATA_HANDLING = ["verb.collect-process", "list.data-handling", "list.erasure"];
const PRIVACY = "right.privacy";
/** Words that join coordinated verbs: "suspended, restricted, or fully withdrawn". */
const COORD: Record<Language, ReadonlySet<string>> = {
  en: new Set(["or", "and", "either", "fully", "partially", "wholly", "temporarily", "permanently"]),
  ru: new Set(["или", "либо", "и", "полностью", "частично", "временно"]),
  kk: new Set(["немесе", "және", "не", "толық", "ішінара", "уақытша"]),
};

type SubCode = "no-appeal" | "no-deadline" | "no-reasons";

/** The article each profile rests on (RULES.md R34, §5). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 12(2)",
  "kz-1995": "art. 13(2)",
  iccpr: "art. 2(3)",
  echr: "art. 13",
  "eu-digital": "Charter art. 47",
};

/** Text the suggestion appends to the clause, per sub-code and language. */
const ADD: Record<SubCode, Record<Language, string>> = {
  "no-appeal": {
    en: "; the decision may be appealed to a court",
    ru: "; решение может быть обжаловано в суд",
    kk: "; шешімге сотқа шағымдануға болады",
  },
  "no-deadline": {
    en: "; the decision is taken and notified to the organiser before the planned date",
    ru: "; решение принимается и доводится до организатора до запланированной даты",
    kk: "; шешім жоспарланған күнге дейін қабылданып, ұйымдастырушыға жеткізіледі",
  },
  "no-reasons": {
    en: "; the decision states its reasons",
    ru: "; решение должно быть мотивированным",
    kk: "; шешім дәлелді болуға тиіс",
  },
};

interface ProfileOptions {
  generalAppealLaw?: string | null;
  appealLawAssumed?: boolean;
}

export default defineRule({
  meta: {
    id: "remedy/no-appeal-route",
    family: "remedy",
    scope: "unit",
    severity: "warning",
    confidence: "medium",
    description:
      "A state body may refuse, ban, suspend, block or dissolve, and the article (with the articles it cites) names no appeal route; for assemblies, no decision deadline or reasons.",
    docs: "rules/remedy/no-appeal-route.md",
    principle: PRINCIPLE,
    messages: {
      noAppeal:
        'Restrictive power with no appeal route in scope: "{{verb}}" ({{actor}}) can be used against a person, but neither this article nor the articles it refers to say how to challenge the decision; {{profile}} ({{article}}) requires an effective remedy — add an appeal to a court{{assumed}}.',
      noDeadline:
        'Restrictive power over an assembly with no decision deadline in scope: "{{verb}}" ({{actor}}) has an appeal route, but no time limit makes the decision (and the appeal) come before the planned date; {{profile}} ({{article}}) requires prompt review — set a deadline before the date of the assembly.',
      noReasons:
        'Restrictive power over an assembly with no duty to give reasons: "{{verb}}" ({{actor}}) — a decision without reasons is hard to challenge under {{profile}} ({{article}}); require a reasoned decision.',
    },
    schema: {
      type: "object",
      properties: {
        appealLawAssumed: { type: "boolean" },
        generalAppealLaw: { type: "string", minLength: 1 },
      },
      additionalProperties: false,
    },
    phrases: {
      noBodyNamed: "no body named",
      aStateBody: "a state body",
      assumed: " (the {{law}} is assumed to supply one: check that it covers this decision)",
      remedyArticle: "its remedy article",
    },
    hasSuggestions: true,
    subCodes: ["no-appeal", "no-deadline", "no-reasons"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (h: Hit, concept: string): boolean => ci().isA(h.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const principle = PRINCIPLE[context.profile.id];
    const article = Array.isArray(principle) ? principle.join(", ") : (principle ?? { phrase: "remedyArticle" });

    // the general appeal law the profile (or the configuration) assumes to apply
    const profileOptions = (context.profile as { options?: ProfileOptions }).options ?? {};
    const generalAppealLaw =
      (typeof context.options.generalAppealLaw === "string" ? context.options.generalAppealLaw : null) ??
      profileOptions.generalAppealLaw ??
      null;
    const assumed =
      (typeof context.options.appealLawAssumed === "boolean"
        ? context.options.appealLawAssumed
        : profileOptions.appealLawAssumed === true) && generalAppealLaw !== null;

    /**
     * Whether some operative sentence of a live provision of the act passes `test` (the facts below):
     * asked of each lint unit, whose answer a re-lint keeps while the unit is unchanged.
     */
    const someSentence = (name: string, test: (s: Sentence) => boolean): boolean => {
      const visit = (nodes: readonly (Division | Provision)[]): boolean => {
        for (const n of nodes) {
          if (n.type === "Provision" && !n.deleted && n.sentences.some((s) => test(s) && cl().isOperative(s)))
            return true;
          if (visit(n.children)) return true;
        }
        return false;
      };
      return context
        .unitParts(name, (unit) => !unit.headerOnly && unit.root.type !== "Document" && visit([unit.root]), {
          perProfile: false,
        })
        .some((part) => part.value);
    };

    /** Does the act refer to the general administrative procedure law anywhere (operative text)? A bill-wide fact. */
    const refersToAppealLaw = context.fact(
      "refers-to-appeal-law",
      (): boolean =>
        someSentence("refers-to-appeal-law", (s) => ci().mayHave(s, APL_REF) && pick(ci().hits(s), APL_REF).length > 0),
      { perProfile: false },
    );

    /**
     * The act has one appeal clause for all its decisions ("A person aggrieved by a decision of the
     * Authority under this Act may appeal to the High Court", «Решения …, принятые в соответствии с
     * настоящим Законом, могут быть обжалованы в суд»): a live route, a decision and the act itself
     * named in one operative sentence.
     */
    const generalAppealClause = context.fact(
      "general-appeal-clause",
      (): boolean =>
        someSentence("general-appeal-clause", (s) => {
          if (!ci().mayHave(s, APPEAL) || !ci().mayHave(s, SELF)) return false;
          const hits = ci().hits(s);
          return (
            hits.some((h) => isRoute(h, s)) &&
            pick(hits, DECISION_NOUN).length > 0 &&
            pick(hits, SELF).some((h) => WHOLE_ACT.test(cl().textOf(s, h)))
          );
        }),
      { perProfile: false },
    );

    /**
     * A live appeal word (`marker.appeal`, not negated) that is not part of an ouster: "cannot be
     * challenged", «обжалованию не подлежит» (`list.finality`) close the route they name.
     */
    const isRoute = (h: Hit, s: Sentence): boolean => {
      if (!isA(h, APPEAL) || cl().negated(s, h)) return false;
      return !pick(ci().hits(s), FINALITY).some(
        (f) => h.tokenStart < f.tokenEnd + OUSTER_WINDOW && f.tokenStart < h.tokenEnd + OUSTER_WINDOW,
      );
    };

    /** A verb that is what an appeal is brought against ("may appeal against the refusal", «бас тартуына … шағымдана»). */
    const appealed = (hits: readonly Hit[], verb: Hit): boolean =>
      pick(hits, APPEAL).some((a) =>
        language === "kk"
          ? a.tokenStart >= verb.tokenEnd && a.tokenStart - verb.tokenEnd <= APPEAL_OBJECT_GAP
          : a.tokenEnd <= verb.tokenStart && verb.tokenStart - a.tokenEnd <= APPEAL_OBJECT_GAP,
      );

    /**
     * Whom the power hits: a right (`right.*`), a person or private body (`list.private-party`), or
     * something a person holds (`list.entitlement`: a permit, a registration, access, an activity)
     * that is not an organ of the State's ("suspend the activities of Ministries", "terminate the
     * powers of Parliament" organise the State and are left alone). In the clause or the chapeau.
     */
    const affectsPerson = (sentence: Sentence, clause: Clause, actor: Hit | undefined): boolean => {
      const hits = [
        ...clause.hits,
        ...cl()
          .chapeauOf(sentence)
          .flatMap((s) => ci().hits(s)),
      ];
      if (hits.some((h) => h.concept.startsWith("right.") || isA(h, PRIVATE))) return true;
      if (!hits.some((h) => isA(h, ENTITLEMENT))) return false;
      // an entitlement of a state organ: another state body named beside the actor
      return !clause.hits.some((h) => isA(h, STATE) && !(actor && same(h, actor)));
    };

    /** The restrictive word is an event named by another rule, not a power (see EVENT_BEFORE). */
    const event = (clause: Clause, verb: Hit): boolean => {
      const tokens = ci().tokens(clause.sentence);
      const first = clause.tokens[0];
      const lower = first ? tokens.indexOf(first) : 0;
      const norm = (i: number): string => (i >= lower && i < tokens.length ? (tokens[i] as Token).norm : "");
      const single = verb.tokenEnd - verb.tokenStart === 1;
      const word = norm(verb.tokenStart);
      if (language === "kk") {
        if ([1, 2, 3].some((k) => KK_PURPOSE_AFTER.test(norm(verb.tokenEnd - 1 + k)))) return true;
        return KK_PARTICIPLE.test(norm(verb.tokenEnd - 1)) && KK_EVENT_AFTER.has(norm(verb.tokenEnd));
      }
      if (language === "en" && single && /(?:ed|en)$/u.test(word) && EN_DETERMINER.has(norm(verb.tokenStart - 1)))
        return true;
      if (language === "ru" && single && RU_LONG_PARTICIPLE.test(word)) return true;
      if (language === "en" && norm(verb.tokenEnd) === "date") return true; // "the termination date"
      let i = verb.tokenStart - 1;
      while (i >= lower && verb.tokenStart - i <= 3 && EVENT_FILLER[language].has(norm(i))) i--;
      if (EVENT_BEFORE[language].has(norm(i))) return true;
      // "within 12 months of the withdrawal"
      if (language === "en" && norm(i) === "of" && EN_TIME_UNIT.test(norm(i - 1))) return true;
      // "valid until any condition changes or the permit is withdrawn", no modal between; and a thing
      // described by its purpose, "systems intended to be used … to revoke benefits"
      for (let j = verb.tokenStart - 1; j >= lower; j--) {
        if (MODAL[language].test(norm(j))) break;
        if (UNTIL[language].has(norm(j)) || PURPOSE_BEFORE[language].test(norm(j))) return true;
      }
      return false;
    };

    /**
     * A measure on personal data that protects its subject ("stop the processing", "data are deleted
     * once …", «обработка прекращается»): the only right object is privacy and the clause handles data.
     */
    const protectsData = (clause: Clause, verb: Hit): boolean => {
      const rights = clause.hits.filter((h) => h.concept.startsWith("right."));
      if (rights.length === 0 || !rights.every((h) => isA(h, PRIVACY) || h.concept.startsWith(`${PRIVACY}.`)))
        return false;
      return DATA_HANDLING.some((c) => pick(clause.hits, c).some((h) => !same(h, verb) || c === "list.erasure"));
    };

    /** Verbs coordinated with an event share it: "has been suspended, restricted, or fully withdrawn". */
    const coordinated = (clause: Clause, previous: Hit, verb: Hit): boolean => {
      const tokens = ci().tokens(clause.sentence);
      const between = tokens.slice(previous.tokenEnd, verb.tokenStart);
      return between.length <= 5 && between.every((t) => COORD[language].has(t.norm) || !/[\p{L}\p{N}]/u.test(t.norm));
    };

    /** The restrictive power of a clause held by the executive, with its actor. */
    const power = (clause: Clause): { verb: Hit; actor: string | PhraseRef; implicit: boolean } | null => {
      const sentence = clause.sentence;
      const hits = clause.hits;
      const bans = pick(hits, PROHIBIT);
      const nobody = pick(hits, NOBODY);
      let lastEvent: Hit | null = null;
      for (const verb of cl().restrictions(clause)) {
        // a measure named as the occasion or date of another rule, alone or coordinated with one
        if (event(clause, verb) || (lastEvent && coordinated(clause, lastEvent, verb))) {
          lastEvent = verb;
          continue;
        }
        // "No one may be arbitrarily deprived of …", «Никто не может быть произвольно лишен …»: a guarantee
        if (nobody.some((n) => n.tokenEnd <= verb.tokenStart)) continue;
        // "is prohibited", «запрещается»: a ban by the law itself, not a decision of a body
        if (
          verb.concept !== RESTRICT ||
          bans.some((b) => b.tokenStart <= verb.tokenStart && verb.tokenEnd <= b.tokenEnd)
        )
          continue;
        if (appealed(hits, verb)) continue;
        // a noun ("any refusal", «ликвидации последствий») is a power only with a decision named
        if (
          hits.some((h) => h.concept === NOUN && same(h, verb)) &&
          !hits.some((h) => isA(h, DECISION) && !same(h, verb))
        )
          continue;
        const actor = cl().actorOf(clause, verb);
        if (!actor || actor.kind === "court") continue;
        // "without the participation of an official", «без участия должностного лица»: nobody decides
        if (actor.hit && cl().negated(actor.sentence ?? sentence, actor.hit)) continue;
        // a body after an active verb is its object or a partner ("remove a member of the Government",
        // «отзывает после консультаций с комитетами»), not its agent
        if (
          actor.hit &&
          clause.hits.includes(actor.hit) &&
          actor.hit.tokenStart >= verb.tokenEnd &&
          !cl().isPassive(clause, verb)
        )
          continue;
        // "may suspend …, only by decision of a court": the court decides
        if (cl().courtAuthorised(sentence, clause, "clause")) continue;
        if (!affectsPerson(sentence, clause, actor.hit)) continue;
        if (protectsData(clause, verb)) continue;
        if (actor.kind === "implicit") {
          // "may be restricted by law", "by decision of a court": not an executive decision
          if (hits.some((h) => isA(h, BY_LAW) || isA(h, COURT_ORDER))) continue;
          // a passive with no body anywhere in the article is a rule of law, not a power
          if (!cl().findWhere(sentence, clause, (h) => isA(h, STATE), "article")) continue;
          return { verb, actor: { phrase: "noBodyNamed" }, implicit: true };
        }
        const name = actor.hit
          ? quote(
              ci().tokens(actor.sentence ?? sentence),
              actor.sentence ?? sentence,
              actor.hit,
              cl().textOf(actor.sentence ?? sentence, actor.hit),
            )
          : { phrase: "aStateBody" };
        return { verb, actor: name, implicit: false };
      }
      return null;
    };

    const aboutAssembly = (sentence: Sentence): boolean => {
      if (pick(ci().hits(sentence), ASSEMBLY).length > 0) return true;
      const art = ci().articleOf(sentence);
      return art !== null && pick(ci().headingHits(art), ASSEMBLY).length > 0;
    };

    const suggestion = (sentence: Sentence, clause: Clause, subCode: SubCode): Suggestion[] => {
      const text = ADD[subCode][language];
      return cl().insertion(sentence, clause.end, text, `Add "${text.slice(2)}"`);
    };

    const checkSentence = (sentence: Sentence): void => {
      for (const clause of ci().clauses(sentence)) {
        const found = power(clause);
        if (!found) continue;
        const appeal = cl().findWhere(sentence, clause, isRoute);
        let subCode: SubCode | null = null;
        let steps = found.implicit ? 1 : 0;
        if (!appeal) {
          subCode = "no-appeal";
          if (assumed) steps++;
        } else if (aboutAssembly(sentence) && clause.hits.some((h) => isA(h, PRIOR_REFUSAL) && same(h, found.verb))) {
          // a refusal or ban of a planned assembly must come, with its reasons, before the date
          if (!cl().findLive(sentence, clause, [DEADLINE])) subCode = "no-deadline";
          else if (!cl().findLive(sentence, clause, [REASONS])) subCode = "no-reasons";
        }
        if (!subCode) return;
        const confidence: Confidence | null = cl().step("medium", steps);
        if (!confidence) return;
        const messageId = subCode === "no-appeal" ? "noAppeal" : subCode === "no-deadline" ? "noDeadline" : "noReasons";
        context.report({
          node: sentence,
          range: cl().clauseRange(clause),
          messageId,
          subCode,
          // §5.7: info when the profile's general appeal law is assumed to supply the route
          ...(assumed ? { condition: "appeal-law-assumed" } : {}),
          confidence,
          data: {
            verb: quote(ci().tokens(sentence), sentence, found.verb, cl().textOf(sentence, found.verb)),
            actor: found.actor,
            profile: context.profile.citation,
            article,
            assumed: assumed ? { phrase: "assumed", data: { law: generalAppealLaw ?? "" } } : "",
          },
          suggestions: suggestion(sentence, clause, subCode),
        });
        return; // one finding per sentence
      }
    };

    return {
      Sentence(sentence: Sentence) {
        if (!ci().mayHave(sentence, RESTRICT)) return;
        if (!cl().isOperative(sentence)) return;
        if (refersToAppealLaw() || generalAppealClause()) return;
        checkSentence(sentence);
      },
    };
  },
});

function same(a: Hit, b: Hit): boolean {
  return a.tokenStart === b.tokenStart && a.tokenEnd === b.tokenEnd;
}

/** The words of a hit as written, or its normalised tokens when the sentence is not a source slice. */
function quote(tokens: readonly Token[], _sentence: Sentence, hit: Hit, written: string): string {
  if (written !== hit.concept) return written;
  return tokens
    .slice(hit.tokenStart, hit.tokenEnd)
    .map((t) => t.norm)
    .join(" ");
}
