/**
 * R19 `digital/prohibited-ai-practice` (RULES.md §4 C): the practices AI Act art. 5(1)(a)–(g) bans
 * outright — social scoring with detrimental treatment, crime prediction from a person's profile,
 * emotion recognition at work or in education, biometric categorisation by sensitive traits,
 * untargeted scraping of facial images, manipulation and exploitation of vulnerabilities. Outside
 * the EU the same practices engage privacy and equality (ICCPR arts 17, 26; ECHR arts 8, 14; KZ 2026
 * arts 21(1), 16): a warning there.
 *
 * Per clause of an operative sentence, by lexicon combination (RULES.md R19 "Fires"):
 * - `social-scoring`: a `list.scoring` hit and a detriment (`list.detriment`) in the clause, the
 *   sentence or the provision; or, one confidence step lower, in another sentence of the article
 *   that speaks of the score (`list.score-word`: "residents whose index falls below 50 points are
 *   refused …").
 * - `predictive-policing`: `list.predictive` (or `list.personality-traits` with a crime word in
 *   the sentence), done by a system (`list.ai-system`, `list.automated.system`) named in the
 *   sentence or provision; not when the provision bases the assessment on objective and verifiable
 *   facts (`list.factual-basis`, art. 5(1)(d) last sentence).
 * - `emotion-recognition`: `list.emotion` with the workplace or education (`list.work-education`)
 *   in the sentence or provision; a bare "emotional state" needs a system in the sentence; not for
 *   medical or safety reasons (`list.medical-safety`).
 * - `biometric-categorisation`: a sensitive trait (`list.sensitive-trait`), a categorising or
 *   inferring word (`list.categorisation`) and biometric data (`list.biometric-basis`,
 *   `list.biometric-id`) in one clause.
 * - `face-scraping`: `list.scraping`, or facial images (`list.face-image`) collected
 *   (`list.scrape-verb`) from the internet or CCTV (`list.open-source`) in one clause; not when
 *   the images are of specific or wanted persons (`list.specific-target`, `list.targeted-search`).
 * - `manipulation`: `list.manipulation` (confidence low; warning in every profile, HJ).
 *
 * Guarantees are left alone: a negated trigger ("do not use social scores"), and a ban that governs
 * it — before it ("No public body may use a social score", «не вправе использовать») or closing
 * the clause after it ("Social scoring … is prohibited", «… тыйым салынады») — unless the ban is
 * itself the detriment ("are prohibited from travelling", «шетелге шығуға тыйым салынады»).
 * A point whose chapeau bans what follows ("The following practices shall be prohibited:") is a
 * guarantee too. One finding per sentence and sub-code; the range is the trigger's clause.
 */
import type { Clause, Hit, InScope, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";

const SCORING = "list.scoring";
const SCORE_WORD = "list.score-word";
const DETRIMENT = "list.detriment";
const PREDICTIVE = "list.predictive";
const TRAITS = "list.personality-traits";
const CRIME = "list.crime-word";
const FACTUAL = "list.factual-basis";
const AI_SYSTEM = "list.ai-system";
const AUTOMATED_SYSTEM = "list.automated.system";
const EMOTION = "list.emotion";
const EMOTION_STATE = "list.emotion.state";
const WORK_EDUCATION = "list.work-education";
const MEDICAL = "list.medical-safety";
const SENSITIVE = "list.sensitive-trait";
const CATEGORISATION = "list.categorisation";
const BIOMETRIC_BASIS = "list.biometric-basis";
const BIOMETRIC_ID = "list.biometric-id";
const SCRAPING = "list.scraping";
const FACE_IMAGE = "list.face-image";
const OPEN_SOURCE = "list.open-source";
const SCRAPE_VERB = "list.scrape-verb";
const SPECIFIC = "list.specific-target";
const TARGETED = "list.targeted-search";
const MANIPULATION = "list.manipulation";
const PROHIBIT = "verb.prohibit";
const BAN = "list.practice-ban";

type SubCode =
  | "social-scoring"
  | "predictive-policing"
  | "emotion-recognition"
  | "biometric-categorisation"
  | "face-scraping"
  | "manipulation";

/** Per sub-code: the message, the AI Act art. 5(1) letter, and what the practice engages outside the EU. */
const PRACTICE: Record<SubCode, { messageId: string; letter: string }> = {
  manipulation: { messageId: "manipulation", letter: "a)–(b" },
  "social-scoring": { messageId: "socialScoring", letter: "c" },
  "predictive-policing": { messageId: "predictivePolicing", letter: "d" },
  "face-scraping": { messageId: "faceScraping", letter: "e" },
  "emotion-recognition": { messageId: "emotionRecognition", letter: "f" },
  "biometric-categorisation": { messageId: "biometricCategorisation", letter: "g" },
};

/** The articles each profile rests on (RULES.md R19). */
const PRINCIPLE: Record<string, string | string[]> = {
  "eu-digital": "AI Act art. 5(1)",
  iccpr: ["art. 17", "art. 26"],
  echr: ["art. 8", "art. 14"],
  "kz-2026": ["art. 21(1)", "art. 16"],
  "kz-1995": ["art. 18", "art. 14"],
};

/** Tokens after a closing ban that still leave it closing the clause ("is prohibited by law"). */
const CLOSING_TAIL = 3;

export default defineRule({
  meta: {
    id: "digital/prohibited-ai-practice",
    family: "digital",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      "An AI practice banned by AI Act art. 5(1): social scoring with detriment, crime prediction from profiles, emotion recognition at work or school, biometric categorisation by sensitive traits, face scraping, manipulation.",
    docs: "rules/digital/prohibited-ai-practice.md",
    principle: PRINCIPLE,
    messages: {
      socialScoring:
        'social-scoring: a conduct score of persons ("{{trigger}}") leads to detrimental treatment ("{{detriment}}") — {{verdict}}. Let each benefit depend only on its own statutory criteria (income, family size, length of residence), not on a general conduct score.',
      predictivePolicing:
        'predictive-policing: crime-risk prediction from a person\'s profile or traits ("{{trigger}}") — {{verdict}}. Base any risk assessment on objective and verifiable facts directly linked to a criminal activity, assessed by an officer.',
      emotionRecognition:
        'emotion-recognition: emotion inference ("{{trigger}}") at work or in education ("{{context}}") — {{verdict}}. Remove it, or confine it to medical or safety reasons.',
      biometricCategorisation:
        'biometric-categorisation: people are categorised ("{{trigger}}") by a sensitive trait ("{{trait}}") inferred from biometric data — {{verdict}}. Remove the categorisation by sensitive traits.',
      faceScraping:
        'face-scraping: untargeted collection of facial images ("{{trigger}}") to build a face database — {{verdict}}. Limit collection to images of specific persons, lawfully obtained.',
      manipulation:
        'manipulation: manipulative techniques or exploitation of vulnerabilities ("{{trigger}}") — {{verdict}} (needs human judgement).',
    },
    phrases: {
      prohibitedEu: "an AI practice prohibited by AI Act art. 5(1)({{letter}})",
      highRisk:
        "prohibited in the EU by AI Act art. 5(1)({{letter}}), and high-risk for private life and equality under {{profile}}{{cited}}",
    },
    subCodes: [
      "social-scoring",
      "predictive-policing",
      "emotion-recognition",
      "biometric-categorisation",
      "face-scraping",
      "manipulation",
    ],
  },

  create(context: RuleContext) {
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (hit: Hit, concept: string): boolean => ci().isA(hit.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const textOf = (sentence: Sentence, hit: Hit): string => cl().textOf(sentence, hit);
    const overlaps = (a: Hit, b: Hit): boolean => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;

    const verdict = (subCode: SubCode): PhraseRef => {
      const letter = PRACTICE[subCode].letter;
      if (context.profile.id === "eu-digital") return { phrase: "prohibitedEu", data: { letter } };
      const articles = PRINCIPLE[context.profile.id];
      const cited = articles === undefined ? "" : ` (${[articles].flat().join(", ")})`;
      return { phrase: "highRisk", data: { letter, profile: context.profile.citation, cited } };
    };

    /** A live hit of `concept` in scope (clause … `upTo`), negated hits left out. */
    const live = (sentence: Sentence, clause: Clause, concepts: readonly string[], upTo: "sentence" | "provision") =>
      cl().findLive(sentence, clause, concepts, upTo);

    /**
     * The trigger is a guarantee: negated ("do not use social scores"), or governed by a ban before
     * it or closing the clause after it. A ban that is the detriment itself ("are prohibited from
     * travelling", «шетелге шығуға тыйым салынады») governs nothing.
     */
    const guaranteed = (sentence: Sentence, clause: Clause, trigger: Hit): boolean => {
      if (cl().negated(sentence, trigger)) return true;
      const tokens = ci().tokens(sentence);
      const last = clause.tokens.at(-1);
      const clauseEnd = last ? tokens.indexOf(last) : -1;
      const detriments = pick(clause.hits, DETRIMENT);
      const bans = [...pick(clause.hits, PROHIBIT), ...pick(clause.hits, BAN)];
      return bans.some((ban) => {
        if (overlaps(ban, trigger)) return false;
        if (detriments.some((d) => overlaps(d, ban) || d.tokenEnd === ban.tokenStart)) return false;
        if (context.language === "en" && tokens[ban.tokenEnd]?.norm === "from") return false;
        if (ban.tokenEnd <= trigger.tokenStart) return true;
        return clauseEnd >= 0 && clauseEnd - (ban.tokenEnd - 1) <= CLOSING_TAIL;
      });
    };

    /** A point of a list whose chapeau bans what follows ("The following AI practices shall be prohibited:"). */
    const bannedByChapeau = (sentence: Sentence): boolean =>
      cl()
        .chapeauOf(sentence)
        .some((c) => {
          const hits = ci().hits(c);
          return pick(hits, PROHIBIT).length > 0 || pick(hits, BAN).length > 0;
        });

    /** The first trigger of the clause that is not a guarantee. */
    const firstLive = (sentence: Sentence, clause: Clause, triggers: readonly Hit[]): Hit | undefined =>
      bannedByChapeau(sentence) ? undefined : triggers.find((t) => !guaranteed(sentence, clause, t));

    const notNegated = (sentence: Sentence, hit: Hit): boolean => !cl().negated(sentence, hit);

    // ---- the practices ------------------------------------------------------------------------

    /** social-scoring: the score and the detriment, and the level at which the detriment was found. */
    const socialScoring = (sentence: Sentence, clause: Clause) => {
      const trigger = firstLive(sentence, clause, pick(clause.hits, SCORING));
      if (!trigger) return null;
      const near = cl().findWhere(
        sentence,
        clause,
        (h, s) => {
          if (!isA(h, DETRIMENT) || !notNegated(s, h)) return false;
          const own = cl().clauseAt(s, h);
          return !own || !guaranteed(s, own, h);
        },
        "provision",
      );
      if (near) return { trigger, detriment: near.found[0] as InScope["found"][number], steps: 0 };
      // another sentence of the article that speaks of the score
      const article = ci().articleOf(sentence);
      if (!article) return null;
      for (const s of cl().sentencesUnder(article)) {
        if (s === sentence || !cl().isOperative(s)) continue;
        if (!ci().mayHave(s, DETRIMENT)) continue;
        const hits = ci().hits(s);
        if (!hits.some((h) => isA(h, SCORE_WORD) || isA(h, SCORING))) continue;
        const d = pick(hits, DETRIMENT).find((h) => {
          if (!notNegated(s, h)) return false;
          const own = cl().clauseAt(s, h);
          return !own || !guaranteed(s, own, h);
        });
        if (d) return { trigger, detriment: { sentence: s, hit: d }, steps: 1 };
      }
      return null;
    };

    const hasSystem = (sentence: Sentence, clause: Clause, upTo: "sentence" | "provision"): boolean =>
      live(sentence, clause, [AI_SYSTEM, AUTOMATED_SYSTEM, BIOMETRIC_ID], upTo) !== null;

    const predictive = (sentence: Sentence, clause: Clause): Hit | null => {
      let trigger = firstLive(sentence, clause, pick(clause.hits, PREDICTIVE));
      if (!trigger && pick(ci().hits(sentence), CRIME).length > 0) {
        trigger = firstLive(sentence, clause, pick(clause.hits, TRAITS));
      }
      if (!trigger) return null;
      if (!hasSystem(sentence, clause, "provision")) return null;
      if (live(sentence, clause, [FACTUAL], "provision")) return null;
      return trigger;
    };

    const emotion = (sentence: Sentence, clause: Clause): { trigger: Hit; context: string } | null => {
      const triggers = pick(clause.hits, EMOTION).filter(
        (h) => !isA(h, EMOTION_STATE) || hasSystem(sentence, clause, "sentence"),
      );
      const trigger = firstLive(sentence, clause, triggers);
      if (!trigger) return null;
      const where = live(sentence, clause, [WORK_EDUCATION], "provision");
      if (!where) return null;
      if (live(sentence, clause, [MEDICAL], "provision")) return null;
      const found = where.found[0] as InScope["found"][number];
      return { trigger, context: textOf(found.sentence, found.hit) };
    };

    const categorisation = (sentence: Sentence, clause: Clause): { trigger: Hit; trait: Hit } | null => {
      const traits = pick(clause.hits, SENSITIVE);
      if (traits.length === 0) return null;
      const biometric = [...pick(clause.hits, BIOMETRIC_BASIS), ...pick(clause.hits, BIOMETRIC_ID)];
      if (biometric.length === 0) return null;
      const sorting = pick(clause.hits, CATEGORISATION).filter((h) => !traits.some((t) => overlaps(t, h)));
      const trigger = firstLive(sentence, clause, sorting);
      if (!trigger) return null;
      return { trigger, trait: traits[0] as Hit };
    };

    const scraping = (sentence: Sentence, clause: Clause): Hit | null => {
      if (pick(clause.hits, SPECIFIC).length > 0 || pick(clause.hits, TARGETED).length > 0) return null;
      const explicit = firstLive(sentence, clause, pick(clause.hits, SCRAPING));
      if (explicit) return explicit;
      if (pick(clause.hits, OPEN_SOURCE).length === 0 || pick(clause.hits, SCRAPE_VERB).length === 0) return null;
      return firstLive(sentence, clause, pick(clause.hits, FACE_IMAGE)) ?? null;
    };

    const manipulation = (sentence: Sentence, clause: Clause): Hit | null =>
      firstLive(sentence, clause, pick(clause.hits, MANIPULATION)) ?? null;

    // ---- reporting ----------------------------------------------------------------------------

    const report = (
      sentence: Sentence,
      clause: Clause,
      subCode: SubCode,
      data: Record<string, string>,
      steps: number,
      seen: Set<SubCode>,
    ): void => {
      if (seen.has(subCode)) return;
      const base = subCode === "manipulation" ? "low" : "medium";
      const confidence = cl().step(base, steps);
      if (!confidence) return;
      seen.add(subCode);
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: PRACTICE[subCode].messageId,
        subCode,
        confidence,
        data: { ...data, verdict: verdict(subCode) },
      });
    };

    const TRIGGERS = [SCORING, PREDICTIVE, TRAITS, EMOTION, CATEGORISATION, SCRAPING, FACE_IMAGE, MANIPULATION];

    return {
      Sentence(sentence: Sentence) {
        // most sentences name no such practice: skip them before matching
        if (!TRIGGERS.some((c) => ci().mayHave(sentence, c))) return;
        if (!cl().isOperative(sentence)) return;
        const seen = new Set<SubCode>();
        for (const clause of ci().clauses(sentence)) {
          const scoring = socialScoring(sentence, clause);
          if (scoring) {
            report(
              sentence,
              clause,
              "social-scoring",
              {
                trigger: textOf(sentence, scoring.trigger),
                detriment: textOf(scoring.detriment.sentence, scoring.detriment.hit),
              },
              scoring.steps,
              seen,
            );
          }
          const predicted = predictive(sentence, clause);
          if (predicted) {
            report(sentence, clause, "predictive-policing", { trigger: textOf(sentence, predicted) }, 0, seen);
          }
          const emotions = emotion(sentence, clause);
          if (emotions) {
            report(
              sentence,
              clause,
              "emotion-recognition",
              { trigger: textOf(sentence, emotions.trigger), context: emotions.context },
              0,
              seen,
            );
          }
          const categories = categorisation(sentence, clause);
          if (categories) {
            report(
              sentence,
              clause,
              "biometric-categorisation",
              { trigger: textOf(sentence, categories.trigger), trait: textOf(sentence, categories.trait) },
              0,
              seen,
            );
          }
          const scraped = scraping(sentence, clause);
          if (scraped) report(sentence, clause, "face-scraping", { trigger: textOf(sentence, scraped) }, 0, seen);
          const manipulated = manipulation(sentence, clause);
          if (manipulated) {
            report(sentence, clause, "manipulation", { trigger: textOf(sentence, manipulated) }, 0, seen);
          }
        }
      },
    };
  },
});
