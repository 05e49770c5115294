/**
 * R12 religion/state-doctrinal-review (RULES.md §4 B): the state may not assess the legitimacy of
 * beliefs or the content of doctrine, nor control religious literature.
 *
 * Per clause of an operative sentence:
 * - `expert-review` / `literature-control`: a doctrinal review (`list.doctrinal-review`: a
 *   religious-studies or theological expert examination, an assessment of doctrine or of its
 *   conformity) held by the state — a state body in the sentence or the chapeau, or nobody named
 *   (an implicit passive, one confidence step lower) — and not by a court or in criminal
 *   proceedings. A generic expert examination counts when it is of religious texts. The sub-code
 *   is `literature-control` when the reviewed thing is a text (religious literature, textbooks,
 *   catechisms), `expert-review` otherwise (the doctrine of a community, founding documents).
 * - `literature-control`: a state approval (`verb.approve`) of religious texts.
 * - `distribution-places`: religious texts may be distributed only in designated places
 *   (`list.designated-premises`).
 * Not reported: a negated review ("doctrine is not assessed", «оценка вероучения не проводится»);
 * an approval in a provision that says doctrine is not assessed (neutral checks); heritage and
 * museum expertise (`list.heritage`); a body reviewing its own texts; academic research.
 */
import type { Clause, Hit, Language, PhraseRef, RuleContext, Sentence, Token } from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";
import { stateAddressee } from "./state-control-internal-affairs.js";

const REVIEW = "list.doctrinal-review";
const REVIEW_DOCTRINE = "list.doctrinal-review.doctrine";
const EXPERT = "list.expert-review";
const RELIGIOUS_TEXT = "list.religious-text";
const TEXT = "list.text";
const PLACES = "list.designated-premises";
const EXCLUSIVELY = "list.exclusively";
const OUTSIDE = "list.outside";
const APPEAL = "marker.appeal";
const HERITAGE = "list.heritage";
const CRIMINAL_CASE = "list.criminal-case";
const SECULAR = "list.secular-subject";
const APPROVE = "verb.approve";
const CONSENT = "list.consent";
const STATE = "actor.state";
const COURT = "actor.court";
const COURT_ORDER = "marker.court-order";
const RELIGION = "right.religion";
const ORGANISATION = "right.religion.organisation";
const DENOMINATION = "list.named-denomination";
const SELF_ORGAN = "list.religious-self-organ";
const ACADEMIC = "right.academic";
const REGISTER = "verb.register";

/** Negators that govern a hit from inside its span or just after it (RULES.md §2.3, widened). */
const NEGATORS: Record<Language, ReadonlySet<string>> = {
  en: new Set(["not", "no", "never", "nor", "neither", "none", "cannot"]),
  ru: new Set(["не", "ни", "нет"]),
  kk: new Set(["емес", "жоқ"]),
};
/** Tokens before a review in which a negator still governs it ("No State body may conduct a …"). */
const NEGATION_WINDOW = 6;
/** EN words that make the state body after an approval its addressee or agent ("with", "of", "by", "from"). */
/** RU noun forms of approval words («согласования», «с согласия», «разрешения»): not an active verb. */
const RU_NOUN = /(?:ие|ия|ию|ии|ием|ий|иям|иями)$/u;

/** The article each profile rests on; RULES.md R12 cites no KZ article, these are the separation clauses. */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 7(1)",
  "kz-1995": ["art. 1(1)", "art. 5(2)", "art. 22"],
  iccpr: "art. 18 (GC 22 §§4, 8)",
  echr: "art. 9",
};

/** Phrases of markers and of other rules' lists may hold an approval or an actor that they hid (§2.2). */
const composite = (hit: Hit): boolean => hit.concept.startsWith("marker.") || hit.concept.startsWith("list.");

type SubCode = "expert-review" | "literature-control" | "distribution-places";

export default defineRule({
  meta: {
    id: "religion/state-doctrinal-review",
    family: "religion",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      "The state examines, assesses or certifies religious doctrine or religious literature, or confines religious literature to designated places.",
    docs: "rules/religion/state-doctrinal-review.md",
    principle: PRINCIPLE,
    messages: {
      expertReview:
        'The state assesses religious doctrine ("{{trigger}}"): under {{profile}} ({{article}}) the state is neutral and may not judge the content or legitimacy of beliefs; delete the doctrinal review, and if a check is needed limit it to neutral criteria (safety, sanitary, teaching standards) that apply to everyone, stating that doctrine is not assessed.',
      literatureControl:
        'The state controls religious literature ("{{trigger}}" of "{{object}}"): under {{profile}} ({{article}}) the state may not review or approve religious texts for their doctrine; delete the review or approval, and leave a specific item to a court applying the general criminal law.',
      distributionPlaces:
        'Religious literature ("{{object}}") may be distributed only in designated places ("{{trigger}}"): under {{profile}} ({{article}}) sharing religious texts is part of manifesting religion; delete the place restriction or replace it by a neutral rule that applies to all printed matter.',
    },
    hasSuggestions: false,
    phrases: { religionClause: "its freedom of religion clause" },
    subCodes: ["expert-review", "literature-control", "distribution-places"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (hit: Hit, concept: string): boolean => ci().isA(hit.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const has = (hits: readonly Hit[], concept: string): boolean => hits.some((h) => isA(h, concept));
    /** Hits of `concept`, one per span, each with its most specific sub-concept (not the parent reported with it). */
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

    const articleFor = (): string | PhraseRef => {
      const ref = PRINCIPLE[context.profile.id];
      if (ref !== undefined) return Array.isArray(ref) ? ref.join(", ") : ref;
      const articles = context.law.articlesFor("right.religion.manifestation");
      return articles.length > 0 ? articles.join(", ") : { phrase: "religionClause" };
    };

    /** A negator governs the hit: before it (§2.3), inside its span, or right after it (RU «не проводится»). */
    const negatedAround = (sentence: Sentence, hit: Hit): boolean => {
      if (cl().negated(sentence, hit)) return true;
      const tokens = ci().tokens(sentence);
      const negators = NEGATORS[language];
      for (let i = hit.tokenStart; i < hit.tokenEnd; i++) if (negators.has((tokens[i] as Token).norm)) return true;
      // "No State body may conduct …", «органы не вправе проводить …»: the negator governs the verb before the hit
      for (let i = hit.tokenStart - 1; i >= Math.max(0, hit.tokenStart - NEGATION_WINDOW); i--) {
        const t = tokens[i] as Token;
        if (t.boundary) break;
        if (language !== "kk" && negators.has(t.norm)) return true;
      }
      if (language === "ru") {
        for (let i = hit.tokenEnd; i < Math.min(tokens.length, hit.tokenEnd + 2); i++) {
          const t = tokens[i] as Token;
          if (t.boundary) break;
          if (negators.has(t.norm)) return true;
        }
      }
      return false;
    };

    /** A religious word in the hits: a religious body, act or belief, a religious text, a named faith. */
    const religious = (hits: readonly Hit[]): boolean =>
      has(hits, RELIGION) || has(hits, RELIGIOUS_TEXT) || has(hits, DENOMINATION);

    /** The reviewed or approved texts of a clause: religious texts, or text nouns next to a religious word. */
    const textsOf = (clause: Clause): Hit[] => {
      const own = pick(clause.hits, RELIGIOUS_TEXT);
      return religious(clause.hits) ? [...own, ...pick(clause.hits, TEXT)] : own;
    };

    /** The state holds the review: a state body in the sentence or chapeau; else nobody named (implicit). */
    const reviewer = (sentence: Sentence, clause: Clause, review: Hit): "state" | "implicit" | null => {
      const hits = ci().hits(sentence);
      if (pick(hits, STATE).length > 0) return "state";
      if (
        cl()
          .chapeauOf(sentence)
          .some((s) => pick(ci().hits(s), STATE).length > 0)
      )
        return "state";
      // "The Spiritual Board reviews the sermons of its mosques": the body reviews its own texts
      const selfBefore = [...pick(clause.hits, ORGANISATION), ...pick(clause.hits, SELF_ORGAN)].some(
        (b) => b.tokenEnd <= review.tokenStart,
      );
      return selfBefore ? null : "implicit";
    };

    /** Who approves: the state (named, or an implicit passive), or null (a person, the body itself, a court). */
    const approver = (clause: Clause, verb: Hit): "state" | "implicit" | null => {
      const bodies = [...pick(clause.hits, ORGANISATION), ...pick(clause.hits, SELF_ORGAN)];
      // "consent of the religious association", «утверждаемыми ее высшим органом», «діни бірлестіктің келісімімен»
      const own = bodies.some((b) =>
        language === "kk"
          ? b.tokenEnd <= verb.tokenStart && verb.tokenStart - b.tokenEnd <= 1
          : b.tokenStart >= verb.tokenEnd && b.tokenStart - verb.tokenEnd <= 2,
      );
      if (own) return null;
      if (stateAddressee(context, clause, verb)) return "state";
      const actor = cl().actorOf(clause, verb);
      if (!actor || actor.kind === "court") return null;
      if (actor.kind === "state" && actor.hit && actor.hit.tokenStart >= verb.tokenEnd && language === "ru") {
        // RU: a state body after an active verb is its object or addressee, not its agent
        const word = ci().tokens(clause.sentence)[verb.tokenEnd - 1]?.norm ?? "";
        if (!cl().isPassive(clause, verb) && !RU_NOUN.test(word)) return null;
      }
      return actor.kind;
    };

    /** Some review or approval in the provision (or its chapeau) is negated: the provision says doctrine is not assessed. */
    const doctrineNotAssessed = (sentence: Sentence): boolean => {
      const provision = ci().provisionOf(sentence);
      const sentences = provision ? [...provision.sentences, ...cl().chapeauOf(sentence)] : [sentence];
      return sentences.some((s) => pick(ci().hits(s), REVIEW).some((h) => negatedAround(s, h)));
    };

    const report = (
      sentence: Sentence,
      clause: Clause,
      subCode: SubCode,
      trigger: Hit,
      object: Hit | undefined,
      steps: number,
    ): void => {
      const confidence = cl().step("medium", steps);
      if (!confidence) return;
      const messageId =
        subCode === "expert-review"
          ? "expertReview"
          : subCode === "literature-control"
            ? "literatureControl"
            : "distributionPlaces";
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId,
        subCode,
        confidence,
        data: {
          profile: context.profile.citation,
          article: articleFor(),
          trigger: cl().textOf(sentence, trigger),
          object: object ? cl().textOf(sentence, object) : "",
        },
      });
    };

    const checkClause = (sentence: Sentence, raw: Clause, religiousSentence: boolean, notAssessed: boolean): void => {
      // nothing reviewed, approved or confined without a review word or a text in the clause
      if (!has(raw.hits, REVIEW) && !has(raw.hits, EXPERT) && textsOf(raw).length === 0) return;
      const clause = cl().withHidden(raw, composite);
      const hits = clause.hits;
      const texts = textsOf(clause);
      const objectNear = (h: Hit): Hit | undefined =>
        [...texts].sort((a, b) => Math.abs(a.tokenStart - h.tokenStart) - Math.abs(b.tokenStart - h.tokenStart))[0];

      // 1. a doctrinal or expert review held by the state
      const reviews = specific(hits, REVIEW).filter(
        (h) => !negatedAround(sentence, h) && (!isA(h, REVIEW_DOCTRINE) || religiousSentence),
      );
      if (texts.length > 0) reviews.push(...pick(hits, EXPERT).filter((h) => !negatedAround(sentence, h)));
      reviews.sort((a, b) => a.tokenStart - b.tokenStart);
      const courtLive = pick(hits, COURT).some((h) => !cl().negated(sentence, h) && !cl().inAppeal(hits, h));
      const court = courtLive || pick(hits, COURT_ORDER).length > 0;
      const criminal = has(ci().hits(sentence), CRIMINAL_CASE);
      const academic =
        has(hits, ACADEMIC) && !has(ci().hits(sentence), STATE) && !has(hits, APPROVE) && !has(hits, REGISTER);
      // "the conclusion of the review may be appealed to a court": a remedy against the review, reported where the review is set up
      const appeal = pick(hits, APPEAL).some((h) => !cl().negated(sentence, h));
      if (reviews.length > 0 && !court && !criminal && !academic && !appeal) {
        const review = reviews[0] as Hit;
        const who = reviewer(sentence, clause, review);
        if (who) {
          const object = objectNear(review);
          report(
            sentence,
            raw,
            object ? "literature-control" : "expert-review",
            review,
            object,
            who === "implicit" ? 1 : 0,
          );
          return;
        }
      }

      // 2. a state approval of religious texts
      // textbooks for the secular subjects of a religious school follow the state education standards
      if (texts.length > 0 && !notAssessed && !has(hits, SECULAR)) {
        const approvals = [...pick(hits, APPROVE), ...pick(hits, CONSENT)]
          .filter((v) => !cl().negated(sentence, v) && !cl().guardedByProhibition(clause, v))
          .sort((a, b) => a.tokenStart - b.tokenStart);
        for (const verb of approvals) {
          const who = approver(clause, verb);
          if (!who) continue;
          report(sentence, raw, "literature-control", verb, objectNear(verb), who === "implicit" ? 1 : 0);
          return;
        }
      }

      // 3. religious texts only in designated places: "only in …", «только в …», «тек … ғана», or "outside … is prohibited"
      if (texts.length > 0) {
        const only = pick(hits, EXCLUSIVELY).filter((o) => !negatedAround(sentence, o));
        const banned = cl().restrictions(clause).length > 0;
        const outside = banned ? pick(hits, OUTSIDE) : [];
        const before = (a: Hit, place: Hit, max: number): boolean =>
          a.tokenEnd <= place.tokenStart && place.tokenStart - a.tokenEnd <= max;
        const after = (a: Hit, place: Hit, max: number): boolean =>
          a.tokenStart >= place.tokenEnd && a.tokenStart - place.tokenEnd <= max;
        const confined = (place: Hit): boolean =>
          only.some((o) => o.tokenEnd <= place.tokenStart || (language === "kk" && after(o, place, 2))) ||
          outside.some((o) => (language === "kk" ? after(o, place, 2) : before(o, place, 3)));
        const place = pick(hits, PLACES).find((h) => !negatedAround(sentence, h) && confined(h));
        if (place) report(sentence, raw, "distribution-places", place, objectNear(place), 0);
      }
    };

    return {
      Sentence(sentence: Sentence) {
        // most sentences hold no review, approval or place word: skip them before matching
        const c = ci();
        const review = c.mayHave(sentence, REVIEW) || c.mayHave(sentence, EXPERT);
        if (!review && !c.mayHave(sentence, APPROVE) && !c.mayHave(sentence, CONSENT) && !c.mayHave(sentence, PLACES))
          return;
        if (!review && !c.mayHave(sentence, RELIGIOUS_TEXT) && !c.mayHave(sentence, TEXT)) return;
        if (!cl().isOperative(sentence)) return;
        const hits = c.hits(sentence);
        // museum expertise and heritage protection of religious artefacts
        if (has(hits, HERITAGE)) return;
        const religiousSentence =
          religious(hits) ||
          cl()
            .chapeauOf(sentence)
            .some((s) => religious(c.hits(s)));
        const notAssessed = doctrineNotAssessed(sentence);
        for (const clause of c.clauses(sentence)) checkClause(sentence, clause, religiousSentence, notAssessed);
      },
    };
  },
});
