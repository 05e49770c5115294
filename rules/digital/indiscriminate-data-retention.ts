/**
 * R16 `digital/indiscriminate-data-retention` (RULES.md §4 C): a duty to retain communications
 * data must be targeted and time-limited; general and indiscriminate retention of everyone's data,
 * or retention with no maximum period, is disproportionate.
 *
 * Per clause of an operative sentence:
 * 1. A retention duty: `verb.retain` (store, retain, keep, preserve; хранить, сохранять; сақтау) or
 *    `list.preservation`, not negated and not under a later prohibition.
 * 2. Its object: `list.comms-data` (content or metadata of communications) in the clause, within
 *    `window` tokens.
 * 3. A holder the law binds: an intermediary (`actor.private.provider`) or a state body as subject
 *    (or in the chapeau of a point), or an implicit passive ("are stored", «хранятся»; confidence
 *    −1). A person keeping his own data is not a holder.
 * 4. Not: billing and accounting records with no communications content (`list.billing`); a
 *    targeted preservation (`list.preservation`, or a court order naming a person or account)
 *    with a maximum period.
 * Sub-codes, the most serious first (one finding per clause, its message names every defect):
 * `all-users` (`list.all-users` in the clause: everyone's data), `period-delegated` (no maximum
 * period, and the period is left to sub-law: `marker.delegation` with `list.period-word`; rule 5
 * may report the delegation too, §2.8), `no-max-period` (no `marker.duration` for the retention —
 * nor a bare period next to the verb, `list.period-amount`: "stored one year" — or
 * `marker.indefinite`).
 */
import type { Clause, Hit, InScope, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";

const RETAIN = "verb.retain";
const PRESERVATION = "list.preservation";
const COMMS_DATA = "list.comms-data";
const CONTENT = "list.comms-data.content";
const STATE = "actor.state";
const PROVIDER = "actor.private.provider";
const ALL_USERS = "list.all-users";
const BILLING = "list.billing";
const SPECIFIC = "list.specific-target";
const COURT_ORDER = "marker.court-order";
const DURATION = "marker.duration";
const INDEFINITE = "marker.indefinite";
const DELEGATION = "marker.delegation";
const PERIOD = "list.period-word";
const PERIOD_AMOUNT = "list.period-amount";

type SubCode = "all-users" | "period-delegated" | "no-max-period";

const MESSAGE_ID: Record<SubCode, string> = {
  "all-users": "allUsers",
  "period-delegated": "periodDelegated",
  "no-max-period": "noMaxPeriod",
};

/** The article each profile rests on (RULES.md R16). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 21(1)–(2)",
  "kz-1995": "art. 18",
  iccpr: "art. 17",
  echr: "art. 8",
  "eu-digital": ["Charter arts 7, 8, 52(1)", "ePrivacy Directive 2002/58 art. 15(1)", "GDPR art. 5(1)(c), (e)"],
};

/** Tokens between two hits (shared: `tokenGap`). */
const gap = tokenGap;

export default defineRule({
  meta: {
    id: "digital/indiscriminate-data-retention",
    family: "digital",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      "A duty to retain communications data of all users, or with no maximum period, instead of targeted and time-limited retention.",
    docs: "rules/digital/indiscriminate-data-retention.md",
    principle: PRINCIPLE,
    messages: {
      allUsers:
        'Retention of {{object}} ("{{verb}}") covers all users ("{{universal}}"){{also}} under {{profile}} ({{article}}): general and indiscriminate retention; limit it to persons or accounts named in a court order, for a stated maximum period, with deletion afterwards.',
      periodDelegated:
        'Retention of {{object}} ("{{verb}}") has no maximum period in the law: the period is left to "{{delegate}}" under {{profile}} ({{article}}); fix the longest retention period in the law itself and require deletion after it.',
      noMaxPeriod:
        'Retention of {{object}} ("{{verb}}") has no maximum period{{indefinite}} under {{profile}} ({{article}}); state the longest period the data may be kept (e.g. "for no longer than six months") and require deletion after it.',
    },
    schema: {
      type: "object",
      properties: { window: { type: "integer", minimum: 1, maximum: 50 } },
      additionalProperties: false,
    },
    defaultOptions: { window: 12 },
    phrases: {
      alsoDelegated: " and leaves the maximum period to sub-law",
      alsoNoMaxPeriod: " and has no maximum period",
      indefinite: " ({{words}})",
      privacyArticle: "its privacy article",
    },
    subCodes: ["all-users", "no-max-period", "period-delegated"],
  },

  create(context: RuleContext) {
    const window = typeof context.options.window === "number" ? context.options.window : 12;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (hit: Hit, concept: string): boolean => ci().isA(hit.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const has = (hits: readonly Hit[], concept: string): boolean => hits.some((h) => isA(h, concept));
    const negated = (sentence: Sentence, hit: Hit): boolean => cl().negated(sentence, hit);

    const textOf = (s: Sentence, h: Hit): string => cl().textOf(s, h);

    const articleFor = (): string | PhraseRef => {
      const articles = context.law.articlesFor("right.privacy.communications");
      if (articles.length > 0) return articles.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ");
      const p = PRINCIPLE[context.profile.id];
      return Array.isArray(p) ? p.join(", ") : (p ?? { phrase: "privacyArticle" });
    };

    /** The holder the retention duty binds: a provider or state body, an implicit passive, or none. */
    const holderOf = (sentence: Sentence, clause: Clause, verb: Hit): "named" | "implicit" | null => {
      const before = (concept: string) => pick(clause.hits, concept).some((h) => h.tokenEnd <= verb.tokenStart);
      if (before(PROVIDER) || before(STATE)) return "named";
      const chapeau = cl()
        .chapeauOf(sentence)
        .flatMap((s) => ci().hits(s));
      if (has(chapeau, PROVIDER) || has(chapeau, STATE)) return "named";
      // "data of all users are stored by the operator"
      if (pick(clause.hits, PROVIDER).some((h) => h.tokenStart >= verb.tokenEnd)) return "named";
      return cl().isPassive(clause, verb) ? "implicit" : null;
    };

    /**
     * A maximum period for the retention: any `marker.duration` in the clause, sentence or
     * provision; in the rest of the article (or the units it references) only one stated in a
     * sentence about retention or a period, so that a reply deadline elsewhere does not count.
     */
    const durationOf = (sentence: Sentence, clause: Clause): InScope | null => {
      const near = cl().findLive(sentence, clause, [DURATION], "provision");
      if (near) return near;
      const far = cl().findWhere(
        sentence,
        clause,
        (h, s) => isA(h, DURATION) && !negated(s, h) && (has(ci().hits(s), RETAIN) || has(ci().hits(s), PERIOD)),
      );
      return far && (far.level === "article" || far.level === "article+refs") ? far : null;
    };

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      const objects = pick(hits, COMMS_DATA);
      if (objects.length === 0) return;
      // billing and accounting records with no communications content
      if (has(hits, BILLING) && !has(hits, CONTENT)) return;
      const triggers = [...pick(hits, RETAIN), ...pick(hits, PRESERVATION)]
        .filter((t) => !negated(sentence, t) && !cl().guardedByProhibition(clause, t))
        .sort((a, b) => a.tokenStart - b.tokenStart);

      for (const verb of triggers) {
        const object = objects.filter((o) => gap(o, verb) <= window).sort((a, b) => gap(a, verb) - gap(b, verb))[0];
        if (!object) continue;
        const holder = holderOf(sentence, clause, verb);
        if (!holder) continue;

        const sentenceHits = ci().hits(sentence);
        const universal = pick(hits, ALL_USERS)[0];
        const targeted =
          has(sentenceHits, PRESERVATION) ||
          (has(sentenceHits, SPECIFIC) && cl().findLive(sentence, clause, [COURT_ORDER], "provision") !== null);
        const indefinite = cl().findLive(sentence, clause, [INDEFINITE], "provision");
        // a bare period next to the verb is its maximum: "stored one year", «хранится один год»
        const adjacent = pick(hits, PERIOD_AMOUNT).find((p) => gap(p, verb) <= 2);
        const duration: InScope | null = indefinite
          ? null
          : adjacent
            ? { level: "clause", found: [{ sentence, hit: adjacent }] }
            : durationOf(sentence, clause);
        if (targeted && !universal && duration) return;

        const delegation = duration
          ? null
          : cl().findWhere(sentence, clause, (h, s) => isA(h, DELEGATION) && has(ci().hits(s), PERIOD), "provision");
        const defects: SubCode[] = [];
        if (universal) defects.push("all-users");
        if (!duration) defects.push(delegation ? "period-delegated" : "no-max-period");
        const subCode = defects[0];
        if (!subCode) return;

        let steps = holder === "implicit" ? 1 : 0;
        if (duration?.level === "article+refs") steps++;
        const confidence = cl().step("medium", steps);
        if (!confidence) return;

        const firstDelegate = delegation?.found[0];
        const also =
          defects.length > 1 ? { phrase: defects[1] === "period-delegated" ? "alsoDelegated" : "alsoNoMaxPeriod" } : "";
        context.report({
          node: sentence,
          range: cl().clauseRange(clause),
          messageId: MESSAGE_ID[subCode],
          subCode,
          confidence,
          data: {
            object: { quote: textOf(sentence, object) },
            verb: textOf(sentence, verb),
            universal: universal ? textOf(sentence, universal) : "",
            delegate: firstDelegate ? textOf(firstDelegate.sentence, firstDelegate.hit) : "",
            indefinite: indefinite
              ? {
                  phrase: "indefinite",
                  data: {
                    words: {
                      quote: textOf(indefinite.found[0]?.sentence ?? sentence, indefinite.found[0]?.hit ?? verb),
                    },
                  },
                }
              : "",
            profile: context.profile.citation,
            article: articleFor(),
            also,
          },
        });
        return;
      }
    };

    return {
      Sentence(sentence: Sentence) {
        const c = ci();
        // most sentences keep no communications data: skip them before matching
        if (!c.mayHave(sentence, COMMS_DATA)) return;
        if (!c.mayHave(sentence, RETAIN) && !c.mayHave(sentence, PRESERVATION)) return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of c.clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
