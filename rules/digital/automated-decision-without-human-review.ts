/**
 * R18 `digital/automated-decision-without-human-review` (RULES.md §4, R18): a decision with a legal
 * effect (refusal, fine, termination, suspension, allocation, exclusion, a decision on an entitlement
 * such as a benefit or pension) left to an information
 * system, with no human review, no notice or explanation, or no way to contest it.
 *
 * Detection, per sentence of a live (not repealed) provision outside a definitions article:
 * 1. A `list.automated` hit attached to a `list.legal-effect.*` hit (same clause, or within
 *    `window` tokens in the sentence, §2.3). The effect must not be negated ("may not be
 *    refused"), and the automated word must not belong to a favourable decision instead
 *    ("granted automatically unless fined": the grant is nearer than the fine; an allocation in a
 *    clause that grants or renews).
 * 2. A system noun (`list.automated.system`: information system, algorithm, automated, AI, without
 *    human intervention) in the sentence or its provision: a bare "automatically" with no system is
 *    an effect by operation of law (a permit lapsing on its date) and is not reported.
 * 3. Human in the loop: `marker.human-review` in the sentence or its provision (with its chapeau)
 *    means an official takes, confirms or reviews the decision: not a decision based solely on
 *    automated processing (GDPR art. 22(1)); nothing is reported.
 * 4. Safeguards, looked up in scope (article, then article+refs, §2.5): `marker.human-review`
 *    (review on request elsewhere in the article), notice (`marker.notice-to-person`,
 *    `marker.reasons`, `list.decision-notice`) and contest (`marker.appeal`); negated hits ("may
 *    not be appealed") do not count.
 * One finding per sentence (§2.8: no double reports on one clause): its sub-code is the most
 * serious safeguard missing (`no-human-review`, then `no-contest`, then `no-notice`) and its
 * message names every missing one; severity follows the sub-code (eu-digital: `no-notice` is a
 * warning, the others errors). Confidence steps down when a safeguard is found only through a
 * reference (§2.7).
 */
import {
  type Confidence,
  type Division,
  defineRule,
  type Hit,
  type Language,
  type Provision,
  type RuleContext,
  type Sentence,
  type Suggestion,
  type Token,
  tokenGap,
} from "../../src/engine/api.js";

const AUTOMATED = "list.automated";
const SYSTEM = "list.automated.system";
const EFFECT_PREFIX = "list.legal-effect.";
/** The legal effects of the built-in lexicons (`list.legal-effect.<effect>`). */
const EFFECTS = [
  "refusal",
  "fine",
  "termination",
  "suspension",
  "deprivation",
  "deregistration",
  "allocation",
  "exclusion",
  "entitlement",
] as const;
/** How the message names an effect where its id is not the word ("Automated entitlement decision"). */
const EFFECT_WORDS: Partial<Record<(typeof EFFECTS)[number], string>> = { entitlement: "entitlement decision" };
/** The parent of every legal effect: a sentence with none cannot trigger (step 1). */
const LEGAL_EFFECT = "list.legal-effect";
const ALLOCATION = "list.legal-effect.allocation";
const FAVOURABLE = "list.favourable";
const HUMAN_REVIEW = "marker.human-review";
const GUARANTEE = "list.guarantee";
const APPEAL = "marker.appeal";
const NOTICE = ["marker.notice-to-person", "marker.reasons", "list.decision-notice"] as const;
const DEFINITIONS = "marker.definitions-heading";

type SubCode = "no-human-review" | "no-contest" | "no-notice";

/** The missing safeguards in message order, and their wording. */
const SAFEGUARDS: readonly { code: SubCode; words: string }[] = [
  { code: "no-human-review", words: "human review" },
  { code: "no-notice", words: "notice" },
  { code: "no-contest", words: "way to contest" },
];
/** Which missing safeguard names the finding: the most serious first. */
const SERIOUSNESS: readonly SubCode[] = ["no-human-review", "no-contest", "no-notice"];

const SUGGESTION: Record<Language, { text: string; description: string }> = {
  en: {
    text: "; the decision is taken or reviewed by an official on request",
    description: 'Add "the decision is taken or reviewed by an official on request"',
  },
  ru: {
    text: "; решение принимается или пересматривается должностным лицом по заявлению",
    description: "Добавить «решение принимается или пересматривается должностным лицом по заявлению»",
  },
  kk: {
    text: "; өтініш бойынша шешімді лауазымды адам қабылдайды немесе қайта қарайды",
    description: "«өтініш бойынша шешімді лауазымды адам қабылдайды немесе қайта қарайды» деп толықтыру",
  },
};

// negation of a safeguard or an effect (§2.3, applied here to more than verb.restrict)
const EN_NEGATORS = new Set(["not", "no", "never", "without", "cannot", "nor"]);
const RU_NEGATORS = new Set(["не", "ни", "без", "нельзя"]);
const RU_NEGATED_AFTER = new Set(["подлежит", "подлежат", "допускается", "допускаются"]);
const KK_NEGATIVE_WORDS = new Set(["емес", "жоқ"]);
const KK_NEGATIVE_AUX = /^(?:жат|бол|ал)(?:па|ма)(?:й|с|у|з|ған|ды)/u;
const KK_NEGATIVE_SUFFIX = /(?:ма|ме|ба|бе|па|пе)(?:й|с|у|з|ған|ген|ды|ді)|(?:сыз|сіз)$/u;

/** Tokens between two hits (shared: `tokenGap`). */
const gap = tokenGap;

function isNegated(tokens: readonly Token[], hit: Hit, language: Language): boolean {
  const norm = (k: number): string => tokens[k]?.norm ?? "";
  const before = (n: number, test: (w: string) => boolean): boolean => {
    for (let k = hit.tokenStart - 1; k >= 0 && k >= hit.tokenStart - n; k--) {
      if (tokens[k]?.boundary) return false;
      if (test(norm(k))) return true;
    }
    return false;
  };
  if (language === "en") return before(3, (w) => EN_NEGATORS.has(w) || w.endsWith("n't"));
  if (language === "ru") {
    if (before(3, (w) => RU_NEGATORS.has(w))) return true;
    // «обжалованию не подлежит»
    return norm(hit.tokenEnd) === "не" && RU_NEGATED_AFTER.has(norm(hit.tokenEnd + 1));
  }
  const last = norm(hit.tokenEnd - 1);
  if (last.length > 4 && KK_NEGATIVE_SUFFIX.test(last.slice(4))) return true;
  for (let k = hit.tokenEnd; k < tokens.length && k < hit.tokenEnd + 2; k++) {
    if (tokens[k]?.boundary) break;
    if (KK_NEGATIVE_WORDS.has(norm(k)) || KK_NEGATIVE_AUX.test(norm(k))) return true;
  }
  return false;
}

/** "grant or refuse", «назначает или отказывает»: the two hits are one coordinated decision. */
const COORDINATORS = new Set(["or", "and", "или", "и", "либо", "немесе", "не", "және", "әлде", ","]);
function coordinated(tokens: readonly Token[], a: Hit, b: Hit): boolean {
  const [first, second] = a.tokenStart <= b.tokenStart ? [a, b] : [b, a];
  const between = tokens.slice(first.tokenEnd, second.tokenStart);
  return between.length > 0 && between.length <= 2 && between.every((t) => COORDINATORS.has(t.norm));
}

const LEVEL_RANK = { clause: 0, sentence: 1, provision: 2, article: 3, "article+refs": 4 } as const;

export default defineRule({
  meta: {
    id: "digital/automated-decision-without-human-review",
    family: "digital",
    scope: "unit",
    severity: "warning",
    confidence: "medium",
    description:
      "A decision with a legal effect taken by an information system alone, with no human review, notice or way to contest it.",
    docs: "rules/digital/automated-decision-without-human-review.md",
    principle: {
      "eu-digital": ["GDPR art. 22", "AI Act arts 14, 86"],
      "kz-2026": "art. 21(1)",
    },
    messages: {
      automated: "Automated {{effect}} with no {{missing}}.",
    },
    // the effects (sub-concepts of list.legal-effect) and the safeguards, as the message names them
    phrases: {
      ...Object.fromEntries(EFFECTS.map((e) => [`effect-${e}`, EFFECT_WORDS[e] ?? e])),
      ...Object.fromEntries(SAFEGUARDS.map((s) => [s.code, s.words])),
    },
    schema: {
      type: "object",
      properties: { window: { type: "integer", minimum: 1, maximum: 50 } },
      additionalProperties: false,
    },
    defaultOptions: { window: 12 },
    hasSuggestions: true,
    subCodes: ["no-human-review", "no-notice", "no-contest"],
  },

  create(context: RuleContext) {
    const window = typeof context.options.window === "number" ? context.options.window : 12;
    const language = context.language;

    /** Every sentence of the bill by start offset, to test negation of hits found outside the sentence. */
    let sentences: Sentence[] | null = null;
    const sentenceAt = (offset: number): Sentence | null => {
      if (!sentences) {
        const all: Sentence[] = [];
        const rec = (nodes: (Division | Provision)[]): void => {
          for (const n of nodes) {
            if (n.type === "Provision") all.push(...n.sentences);
            rec(n.children);
          }
        };
        rec(context.document.body);
        sentences = all;
      }
      return sentences.find((s) => s.range.start.offset <= offset && offset < s.range.end.offset) ?? null;
    };
    const live = (hit: Hit): boolean => {
      const s = sentenceAt(hit.start);
      return !s || !isNegated(context.concepts.tokens(s), hit, language);
    };

    /** The narrowest level at which a non-negated hit of one of `concepts` is found, or null. */
    const findLive = (
      sentence: Sentence,
      concepts: readonly string[],
      upTo: "provision" | "article+refs",
    ): keyof typeof LEVEL_RANK | null => {
      let best: keyof typeof LEVEL_RANK | null = null;
      for (const concept of concepts) {
        const found = context.concepts.find(sentence, concept, { from: "sentence", upTo });
        if (!found?.hits.some(live)) continue;
        if (best === null || LEVEL_RANK[found.level] < LEVEL_RANK[best]) best = found.level;
      }
      return best;
    };

    const outOfScope = (sentence: Sentence): boolean => {
      let cur: Division | Provision | null = context.parentOf(sentence);
      while (cur) {
        if (cur.deleted) return true;
        cur = context.parentOf(cur);
      }
      const article = context.scopeOf(sentence, "article");
      return article !== null && context.concepts.mentions(article, DEFINITIONS).length > 0;
    };

    return {
      Sentence(sentence) {
        const ci = context.concepts;
        // most sentences hold no automated-processing word: skip them before matching
        if (!ci.mayHave(sentence, AUTOMATED) || !ci.mayHave(sentence, LEGAL_EFFECT)) return;
        const hits = ci.hits(sentence);
        if (!hits.some((h) => h.concept === AUTOMATED)) return;
        // "the right not to be subject to a decision based solely on automated processing": a guarantee
        if (hits.some((h) => h.concept === GUARANTEE)) return;
        if (outOfScope(sentence)) return;
        const tokens = ci.tokens(sentence);
        const clauses = ci.clauses(sentence);
        const clauseOf = (h: Hit) => clauses.find((c) => c.start <= h.start && h.end <= c.end);

        const automated = hits.filter((h) => h.concept === AUTOMATED);
        const effects = hits.filter((h) => h.concept.startsWith(EFFECT_PREFIX) && !isNegated(tokens, h, language));
        // a favourable word next to an effect is its object ("refusal to grant", «отказ в предоставлении»)
        const favourable = hits.filter(
          (h) =>
            h.concept === FAVOURABLE &&
            !isNegated(tokens, h, language) &&
            !effects.some((e) => gap(h, e) <= 1 && !coordinated(tokens, h, e)),
        );

        let effect: Hit | null = null;
        for (const e of effects) {
          const clause = clauseOf(e);
          const inClause = (h: Hit) => clause !== undefined && clauseOf(h) === clause;
          // an allocation in a clause that grants or renews is a favourable decision
          if (e.concept === ALLOCATION && favourable.some(inClause)) continue;
          const attached = automated.find((a) => {
            if (!(inClause(a) || gap(a, e) <= window)) return false;
            // "granted automatically unless fined": the automated word belongs to the nearer grant
            return !favourable.some((f) => inClause(f) && gap(a, f) < gap(a, e) && !coordinated(tokens, f, e));
          });
          if (attached) {
            effect = e;
            break;
          }
        }
        if (!effect) return;

        // a bare "automatically" with no system is an effect by operation of law
        if (findLive(sentence, [SYSTEM], "provision") === null) return;
        // an official takes, confirms or reviews the decision: not solely automated
        if (findLive(sentence, [HUMAN_REVIEW], "provision") !== null) return;

        const levels = {
          "no-human-review": findLive(sentence, [HUMAN_REVIEW], "article+refs"),
          "no-notice": findLive(sentence, NOTICE, "article+refs"),
          "no-contest": findLive(sentence, [APPEAL], "article+refs"),
        };
        const missing = SAFEGUARDS.filter((s) => levels[s.code] === null);
        if (missing.length === 0) return;
        const subCode = SERIOUSNESS.find((c) => levels[c] === null) as SubCode;
        const viaReference = Object.values(levels).some((l) => l === "article+refs");
        const confidence: Confidence = viaReference ? "low" : "medium";

        const suggestions: Suggestion[] = [];
        if (levels["no-human-review"] === null) {
          const { text, description } = SUGGESTION[language];
          const end = sentence.range.end;
          const last = sentence.text.trimEnd().slice(-1);
          // before the closing full stop, on the same line
          const at = last === "." || last === ";" ? { ...end, column: end.column - 1, offset: end.offset - 1 } : end;
          suggestions.push({ description, edits: [{ range: { start: at, end: at }, text }] });
        }

        context.report({
          node: sentence,
          messageId: "automated",
          data: {
            effect: effectPhrase(effect.concept.slice(EFFECT_PREFIX.length)),
            missing: { list: missing.map((m) => ({ phrase: m.code })), join: "or", serial: true },
          },
          subCode,
          confidence,
          suggestions,
        });
      },
    };
  },
});

/** "human review", "notice or way to contest", "human review, notice, or way to contest". */
/** An effect of the built-in lexicons as a phrase (translated); one a plugin added, as its id. */
function effectPhrase(effect: string): string | { phrase: string } {
  return (EFFECTS as readonly string[]).includes(effect) ? { phrase: `effect-${effect}` } : effect;
}
