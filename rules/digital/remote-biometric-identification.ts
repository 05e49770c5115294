/**
 * R17 `digital/remote-biometric-identification` (RULES.md §4 C): identifying people by their face
 * (or gait) at a distance, by or for the state, is allowed in public spaces or at assemblies only
 * for an exhaustive list of serious purposes and with prior authorisation by a court or an
 * independent body; never for minor offences; elsewhere it still needs an authorisation.
 *
 * Per clause of an operative sentence with a `list.biometric-id` hit:
 * 1. Not a guarantee: the hit is not negated, no later prohibition governs it ("… is prohibited",
 *    «не допускается», «тыйым салынады»), and the verb that puts it to use (`list.use-verb`) is
 *    not negated ("shall not be used", «не применяется», «қолданылмайды»).
 * 2. Not 1:1 verification with the person's consent (`list.verification`) and not the issue of an
 *    identity document (`list.id-document`).
 * 3. By or for the state: a state body (`actor.state`) in the sentence or its provision (the
 *    police that deploy the cameras, or receive the matches). With none, an intermediary
 *    (`actor.private.provider`: a bank, an employer) in the clause means a private use, not this
 *    rule's; otherwise the use is implicit (confidence −1) and is judged only in public spaces, at
 *    assemblies or for minor offences.
 * 4. Where and what for, in the sentence or its provision: `list.minor-offence` → `minor-offences`
 *    (whatever the safeguards); `right.assembly` → `assembly-participants`; `list.public-space` →
 *    `public-space` — both unless a court or independent authorisation (`courtAuthorised`) AND a
 *    serious purpose (`list.serious-offence`, `list.targeted-search`) are in scope (clause …
 *    article+refs); elsewhere, no authorisation → `no-authorisation` (warning). One finding per
 *    clause.
 */
import type { Clause, Hit, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";
import { COURT_PHRASE, courtSuggestion } from "../court-suggestion.js";

const BIOMETRIC = "list.biometric-id";
const USE = "list.use-verb";
const VERIFICATION = "list.verification";
const ID_DOCUMENT = "list.id-document";
const STATE = "actor.state";
const PROVIDER = "actor.private.provider";
const PUBLIC_SPACE = "list.public-space";
const ASSEMBLY = "right.assembly";
const MINOR = "list.minor-offence";
const SERIOUS = "list.serious-offence";
const TARGETED = "list.targeted-search";

type SubCode = "public-space" | "assembly-participants" | "minor-offences" | "no-authorisation";

const MESSAGE_ID: Record<SubCode, string> = {
  "public-space": "publicSpace",
  "assembly-participants": "assemblyParticipants",
  "minor-offences": "minorOffences",
  "no-authorisation": "noAuthorisation",
};

/** The article each profile rests on (RULES.md R17). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": ["art. 21(1)", "art. 34"],
  "kz-1995": ["art. 18", "art. 32"],
  iccpr: ["art. 17", "art. 21"],
  echr: ["art. 8", "art. 11"],
  "eu-digital": ["AI Act art. 5(1)(h), 5(2)–(3)", "Charter arts 7, 8, 12"],
};

export default defineRule({
  meta: {
    id: "digital/remote-biometric-identification",
    family: "digital",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      "Remote biometric identification (facial recognition) by or for the state in public spaces, of assembly participants or for minor offences, without an exhaustive serious purpose and prior judicial or independent authorisation.",
    docs: "rules/digital/remote-biometric-identification.md",
    principle: PRINCIPLE,
    messages: {
      publicSpace:
        'Remote biometric identification ("{{trigger}}") in {{place}} {{lack}} under {{profile}} ({{article}}); allow it only by prior decision of a court or an independent body, for each use, to search for specific victims or suspects of serious crimes listed in the law, for a limited time.',
      assemblyParticipants:
        'Remote biometric identification ("{{trigger}}") of people taking part in assemblies ({{place}}) {{lack}} under {{profile}} ({{article}}); identifying protesters by their face deters peaceful assembly: remove it, or limit it to a court-authorised search for a suspect of a serious crime.',
      minorOffences:
        'Remote biometric identification ("{{trigger}}") used for minor offences ("{{offence}}") under {{profile}} ({{article}}); it is disproportionate for such offences whatever the authorisation: limit it to serious crimes listed in the law.',
      noAuthorisation:
        'Biometric identification ("{{trigger}}") by the state with no prior authorisation by a court or an independent body under {{profile}} ({{article}}); require a decision of a court ("{{court}}") and state the purpose and the period of each use.',
    },
    hasSuggestions: true,
    phrases: {
      noPriorAuthorisation: "without prior authorisation by a court or an independent body",
      noSeriousPurpose: "without an exhaustive serious purpose",
      privacyArticle: "its privacy article",
    },
    subCodes: ["public-space", "assembly-participants", "minor-offences", "no-authorisation"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (hit: Hit, concept: string): boolean => ci().isA(hit.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const has = (hits: readonly Hit[], concept: string): boolean => hits.some((h) => isA(h, concept));
    const negated = (sentence: Sentence, hit: Hit): boolean => cl().negated(sentence, hit);

    const textOf = (s: Sentence, h: Hit): string => cl().textOf(s, h);

    const articleFor = (right: string): string | PhraseRef => {
      const articles = context.law.articlesFor(right);
      if (articles.length > 0) return articles.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ");
      const p = PRINCIPLE[context.profile.id];
      return Array.isArray(p) ? p.join(", ") : (p ?? { phrase: "privacyArticle" });
    };

    /** Hits of the sentence, its provision and the chapeau of a point (§2.5 levels 1–2). */
    const around = (sentence: Sentence): Hit[] => {
      const provision = ci().provisionOf(sentence);
      const sentences = provision ? [...provision.sentences, ...cl().chapeauOf(sentence)] : [sentence];
      if (!sentences.includes(sentence)) sentences.push(sentence);
      return sentences.flatMap((s) => ci().hits(s));
    };
    /** The hit of `concept` in the sentence nearest the trigger, else the first in its provision. */
    const nearest = (sentence: Sentence, concept: string, trigger: Hit): { sentence: Sentence; hit: Hit } | null => {
      const found = cl().findLive(sentence, null, [concept], "provision");
      if (!found) return null;
      const distance = (h: Hit) => Math.abs(h.tokenStart - trigger.tokenStart);
      const own = found.found.filter((f) => f.sentence === sentence).sort((a, b) => distance(a.hit) - distance(b.hit));
      return own[0] ?? found.found[0] ?? null;
    };

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      const trigger = pick(hits, BIOMETRIC).find((b) => !negated(sentence, b) && !cl().guardedByProhibition(clause, b));
      if (!trigger) return;
      // "shall not be used", «не применяется», «қолданылмайды»: a guarantee
      if (pick(hits, USE).some((u) => negated(sentence, u))) return;
      const sentenceHits = ci().hits(sentence);
      if (has(sentenceHits, VERIFICATION) || has(sentenceHits, ID_DOCUMENT)) return;

      const nearby = around(sentence);
      const state = has(nearby, STATE);
      if (!state && has(hits, PROVIDER)) return;
      const implicit = !state;

      const minor = nearest(sentence, MINOR, trigger);
      const assembly = nearest(sentence, ASSEMBLY, trigger);
      const place = nearest(sentence, PUBLIC_SPACE, trigger);
      if (implicit && !minor && !assembly && !place) return;

      const court = cl().courtAuthorised(sentence, clause);
      const purpose = cl().findLive(sentence, clause, [SERIOUS, TARGETED]);
      let subCode: SubCode | null = null;
      if (minor) subCode = "minor-offences";
      else if (assembly && !(court && purpose)) subCode = "assembly-participants";
      else if (place && !(court && purpose)) subCode = "public-space";
      else if (!assembly && !place && !court) subCode = "no-authorisation";
      if (!subCode) return;

      let steps = implicit ? 1 : 0;
      if (court?.level === "article+refs" || purpose?.level === "article+refs") steps++;
      const confidence = cl().step("medium", steps);
      if (!confidence) return;

      const lacks: PhraseRef[] = [];
      if (!court) lacks.push({ phrase: "noPriorAuthorisation" });
      if (!purpose) lacks.push({ phrase: "noSeriousPurpose" });
      const where = assembly ?? place;
      const right = subCode === "assembly-participants" ? "right.assembly" : "right.privacy.personal-data";
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: MESSAGE_ID[subCode],
        subCode,
        confidence,
        data: {
          trigger: textOf(sentence, trigger),
          place: where ? { quote: textOf(where.sentence, where.hit) } : "",
          offence: minor ? textOf(minor.sentence, minor.hit) : "",
          lack: lacks.length > 0 ? { list: lacks } : "",
          profile: context.profile.citation,
          article: articleFor(right),
          court: COURT_PHRASE[language],
        },
        suggestions: subCode === "no-authorisation" ? courtSuggestion(context, sentence, clause, trigger) : [],
      });
    };

    return {
      Sentence(sentence: Sentence) {
        // most sentences name no face recognition: skip them before matching
        if (!ci().mayHave(sentence, BIOMETRIC)) return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of ci().clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
