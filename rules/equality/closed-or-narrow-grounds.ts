/**
 * R35 equality/closed-or-narrow-grounds (RULES.md §4 I): non-discrimination lists are open-ended
 * ("or other status", ICCPR arts 2(1), 26; ECHR art. 14; KZ 1995 art. 14(2)), and differential
 * treatment by a protected ground needs an objective and reasonable justification.
 *
 * (a) `closed-list` (warning): a clause with a non-discrimination word (`list.non-discrimination`:
 *     discriminate, equality, regardless of, «независимо от», «кемсіт*», «қарамастан») and at least
 *     two protected grounds (`marker.protected-ground`), and no open ending
 *     (`marker.open-ended-grounds`: "or any other status", "including", «а также других
 *     обстоятельств», «соның ішінде») in the sentence or, for a list of points, the provision.
 *     The suggestion appends "or any other status" after the last ground.
 * (b) `differential-treatment` (error): rights, posts or benefits allocated to a group
 *     (`list.differential`: only adherents of, reserved for, priority is given to, «только лица»,
 *     «басымдық беріледі») attached to a protected ground in the clause (or a phrase that names the
 *     group by sex itself: "women only"), and no `list.justification` (objective and reasonable
 *     justification, temporary special measure, maternity, genuine occupational requirement) in the
 *     article or the units it references.
 */
import type { Clause, Hit, Language, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";

const NON_DISCRIMINATION = "list.non-discrimination";
const GROUND = "marker.protected-ground";
const OPEN = "marker.open-ended-grounds";
const DIFFERENTIAL = "list.differential";
const BY_SEX = "list.differential.by-sex";
const JUSTIFICATION = "list.justification";

/** The article each profile rests on (RULES.md R35). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 16",
  "kz-1995": "art. 14(2)",
  iccpr: ["art. 2(1)", "art. 26"],
  echr: ["art. 14", "Protocol 12 art. 1"],
  "eu-digital": "Charter art. 21",
};

/** What the suggestion appends after the last ground of a closed list. */
const OPEN_ENDING: Record<Language, string> = {
  en: ", or any other status",
  ru: ", а также по иным обстоятельствам",
  kk: " немесе кез келген өзге де мән-жайларға",
};

/** Tokens between a differential phrase and the ground it allocates by (§2.3 `window`). */
const DEFAULT_WINDOW = 12;

export default defineRule({
  meta: {
    id: "equality/closed-or-narrow-grounds",
    family: "equality",
    scope: "unit",
    severity: "warning",
    confidence: "medium",
    description:
      "A non-discrimination clause with a closed list of grounds, or rights, posts or benefits allocated by a protected ground with no justification.",
    docs: "rules/equality/closed-or-narrow-grounds.md",
    principle: PRINCIPLE,
    messages: {
      closedList:
        'Closed list of grounds: add "or any other status" ({{profile}}, {{article}}). The clause protects only against discrimination on {{grounds}}; the list must stay open to other grounds.',
      differential:
        'Differential treatment by {{ground}} without justification ({{profile}}, {{article}}): "{{phrase}}" allocates rights, posts or benefits by a protected ground; state the objective and reasonable justification (a genuine occupational requirement, a temporary special measure) or remove the condition.',
    },
    schema: {
      type: "object",
      properties: { window: { type: "integer", minimum: 1, maximum: 50 } },
      additionalProperties: false,
    },
    defaultOptions: { window: DEFAULT_WINDOW },
    hasSuggestions: true,
    phrases: { sex: "sex", equalityArticle: "its equality article" },
    subCodes: ["closed-list", "differential-treatment"],
  },

  create(context: RuleContext) {
    const window = typeof context.options.window === "number" ? context.options.window : DEFAULT_WINDOW;
    const language = context.language;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);

    const article = (): string | PhraseRef => {
      const p = PRINCIPLE[context.profile.id];
      if (p) return Array.isArray(p) ? p.join(", ") : p;
      const arts = context.law.articlesFor("right.equality");
      return arts.length > 0
        ? arts.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ")
        : { phrase: "equalityArticle" };
    };

    /** Distinct grounds (one per span: a ground is also a hit of right.equality). */
    const groundsOf = (hits: readonly Hit[]): Hit[] => pick(hits, GROUND);

    /**
     * A ground's words without case and inflection, to tell grounds apart: English drops a plural
     * "s"; Russian and Kazakh keep all but the last two letters (at least three): «пол» / «пола»,
     * «религии» / «религия».
     */
    const groundKey = (sentence: Sentence, hit: Hit): string =>
      ci()
        .tokens(sentence)
        .slice(hit.tokenStart, hit.tokenEnd)
        .map((t) =>
          language === "en" ? t.norm.replace(/(?<=...)s$/u, "") : t.norm.slice(0, Math.max(3, t.norm.length - 2)),
        )
        .join(" ");

    /** The clause is followed by ":" in its sentence ("… on grounds of: (a) race; (b) religion"). */
    const leadsIn = (sentence: Sentence, clause: Clause): boolean => {
      const tokens = ci().tokens(sentence);
      const next = tokens.find((t) => t.start >= clause.end);
      return next?.boundary === true && next.norm === ":";
    };

    /** The grounds listed after a lead-in: later clauses of the sentence, then the provision's points. */
    const listGrounds = (sentence: Sentence, clause: Clause): { sentence: Sentence; hit: Hit }[] => {
      const out = groundsOf(ci().hits(sentence))
        .filter((h) => h.start >= clause.end)
        .map((hit) => ({ sentence, hit }));
      const provision = ci().provisionOf(sentence);
      if (provision && provision.sentences[provision.sentences.length - 1] === sentence) {
        for (const child of provision.children) {
          if (child.type !== "Provision") continue;
          for (const s of child.sentences) out.push(...groundsOf(ci().hits(s)).map((hit) => ({ sentence: s, hit })));
        }
      }
      return out;
    };

    const closedList = (sentence: Sentence, clause: Clause): boolean => {
      if (pick(clause.hits, NON_DISCRIMINATION).length === 0) return false;
      // the grounds of the clause; a lead-in ending in ":" takes those of its list (inline or points)
      let located = groundsOf(clause.hits).map((hit) => ({ sentence, hit }));
      if (located.length < 2 && leadsIn(sentence, clause)) located = listGrounds(sentence, clause);
      // a list names two different grounds: "gender equality … gender equality" or "property …
      // that property" repeats one word, it does not list grounds
      if (new Set(located.map((g) => groundKey(g.sentence, g.hit))).size < 2) return false;
      // an open ending in the sentence, or (for a list of points) anywhere in the provision
      if (cl().findLive(sentence, clause, [OPEN], "provision") !== null) return false;
      if (located.some((l) => l.sentence !== sentence && pick(ci().hits(l.sentence), OPEN).length > 0)) return false;
      const { sentence: lastSentence, hit: last } = located[located.length - 1] as { sentence: Sentence; hit: Hit };
      const byKey = new Map<string, string>();
      for (const g of located) {
        const key = groundKey(g.sentence, g.hit);
        if (!byKey.has(key)) byKey.set(key, cl().textOf(g.sentence, g.hit));
      }
      const names = [...byKey.values()];
      const shown = names.length > 6 ? [...names.slice(0, 6), "…"] : names;
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: "closedList",
        subCode: "closed-list",
        data: {
          grounds: { list: shown.map((s) => ({ quote: s })), join: "comma" },
          profile: context.profile.citation,
          article: article(),
        },
        suggestions: cl().insertion(
          lastSentence,
          last.end,
          OPEN_ENDING[language],
          `Add "${OPEN_ENDING[language].replace(/^[ ,]+/u, "")}"`,
        ),
      });
      return true;
    };

    const differential = (sentence: Sentence, clause: Clause): boolean => {
      const phrases = pick(clause.hits, DIFFERENTIAL);
      if (phrases.length === 0) return false;
      const bySex = clause.hits.find((h) => h.concept === BY_SEX);
      const grounds = groundsOf(clause.hits);
      let phrase: Hit | undefined;
      let ground: Hit | undefined;
      if (bySex) phrase = bySex;
      else {
        for (const p of phrases) {
          const g = grounds.find((x) => tokenGap(x, p) <= window);
          if (g) {
            phrase = p;
            ground = g;
            break;
          }
        }
      }
      if (!phrase) return false;
      if (cl().findLive(sentence, clause, [JUSTIFICATION]) !== null) return false;
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: "differential",
        subCode: "differential-treatment",
        data: {
          ground: ground ? { quote: cl().textOf(sentence, ground) } : { phrase: "sex" },
          phrase: cl().textOf(sentence, phrase),
          profile: context.profile.citation,
          article: article(),
        },
      });
      return true;
    };

    return {
      Sentence(sentence: Sentence) {
        // most sentences name neither discrimination nor a differential: skip them before matching
        // (a lead-in "on grounds of:" has its grounds in its points, so a non-discrimination word suffices)
        if (!ci().mayHave(sentence, NON_DISCRIMINATION) && !ci().mayHave(sentence, DIFFERENTIAL)) return;
        if (!cl().isOperative(sentence)) return;
        let closed = false;
        let diff = false;
        for (const clause of ci().clauses(sentence)) {
          if (!closed) closed = closedList(sentence, clause);
          if (!diff) diff = differential(sentence, clause);
        }
      },
    };
  },
});
