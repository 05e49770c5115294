/**
 * R5 limitation/delegation-without-criteria (RULES.md §4 A): the essential elements of an
 * interference (its grounds, its duration, its scope) belong in the law, not in a decree or an
 * order of the body that applies it.
 *
 * Per clause: a delegation to the executive (`marker.delegation`, or a delegation verb of
 * `list.delegation-verb` with a state body next to it: "the Government shall determine", "is set
 * by the Ministry", «установленным Правительством», «Үкіметі белгілеген») whose object is a core
 * element (`marker.core-element`, classified by `list.core-element-{grounds,duration,scope}`):
 * the element stands just before the delegation ("the grounds and periods of disclosure are
 * determined by the akimat") or just after an active one ("the Government shall determine the
 * grounds"). It is reported when the article restricts a right (`restricts` with a `right.*`
 * object) or imposes a data duty (`verb.access`, `verb.retain`, `verb.publish` on personal data),
 * and the article does not itself fix the element: no `ground.*` or `marker.conduct` for
 * delegated grounds, no `marker.duration` for a delegated period, no `marker.closed-list` for a
 * delegated scope. Form-only delegations (`marker.technical-only`) are never reported.
 * Confidence high when the restriction or duty is in the same sentence, medium otherwise.
 */
import type { Clause, Division, Hit, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";

const DELEGATION = "marker.delegation";
const DELEGATION_VERB = "list.delegation-verb";
const STATE = "actor.state";
const CORE = "marker.core-element";
const TECHNICAL = "marker.technical-only";
const BY_LAW = "marker.by-law";
const DURATION = "marker.duration";
const CONDUCT = "marker.conduct";
const CLOSED = "marker.closed-list";
const DATA_DUTIES = ["verb.access", "verb.retain", "verb.publish"] as const;
/**
 * Privacy objects of a data duty, and the right objects whose restriction makes an interference
 * (equality words such as age or sex are rule 35's). Sub-concepts are listed one by one: a file
 * that repeats a shared sub-concept without its parent would otherwise hide it from its union.
 */
const PRIVACY = [
  "right.privacy",
  "right.privacy.private-life",
  "right.privacy.communications",
  "right.privacy.personal-data",
] as const;
const RIGHTS = [
  "right.religion",
  "right.religion.belief",
  "right.religion.manifestation",
  "right.religion.organisation",
  "right.expression",
  "right.assembly",
  "right.association",
  ...PRIVACY,
  "right.life-integrity",
  "right.liberty",
  "right.academic",
] as const;

type Element = "grounds" | "duration" | "scope";
type SubCode = `${Element}-delegated`;
const ELEMENT_LIST: Record<Element, string> = {
  grounds: "list.core-element-grounds",
  duration: "list.core-element-duration",
  scope: "list.core-element-scope",
};
/** Which sub-code names a clause that delegates several elements: the most serious first. */
const PRIORITY: readonly Element[] = ["grounds", "duration", "scope"];

/** How far a core element may stand before the delegation, and after an active one (tokens). */
const BEFORE = 6;
const AFTER = 3;
/** How far apart coordinated core elements may stand ("the circumstances … and its duration"). */
const CHAIN = 8;

/** The article each profile rests on (RULES.md R5: an interference must be "provided for by law"). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 41(1)",
  "kz-1995": "art. 39(1)",
  iccpr: ["art. 17(1)", "art. 19(3)", "art. 21", "art. 22(2)"],
  echr: "arts 8(2)–11(2)",
  "eu-digital": ["Charter art. 52(1)", "GDPR art. 23(2)"],
};

interface Linked {
  element: Element;
  hit: Hit;
}

export default defineRule({
  meta: {
    id: "limitation/delegation-without-criteria",
    family: "limitation",
    scope: "unit",
    severity: "warning",
    confidence: "medium",
    description:
      "The grounds, duration or scope of an interference with a right are left to a decree or an order of the executive instead of the law.",
    docs: "rules/limitation/delegation-without-criteria.md",
    principle: PRINCIPLE,
    messages: {
      delegated:
        'The law leaves the {{elements}} of this interference to the executive ("{{delegation}}"): state this in the law itself. {{profile}} ({{article}}) allows an interference only on a basis in law that fixes its grounds, duration and scope.',
    },
    phrases: { limitationClause: "its limitation clause" },
    subCodes: ["grounds-delegated", "duration-delegated", "scope-delegated"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const concepts = () => context.concepts;
    const cl = () => context.clauses;
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const overlaps = (a: Hit, b: Hit): boolean => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;

    /** Sentences of an article that restrict a right or impose a data duty (computed once per article). */
    const interferences = new Map<Division | Sentence, Set<Sentence>>();
    const interferingSentences = (sentence: Sentence): Set<Sentence> => {
      const article = concepts().articleOf(sentence);
      const key = article ?? sentence;
      let found = interferences.get(key);
      if (found) return found;
      found = new Set<Sentence>();
      const sentences = article ? cl().sentencesUnder(article) : [sentence];
      for (const s of sentences) {
        if (!cl().isOperative(s)) continue;
        const hits = concepts().hits(s);
        const hasRight = RIGHTS.some((r) => pick(hits, r).length > 0);
        const restricts =
          hasRight &&
          concepts()
            .clauses(s)
            .some((c) => cl().restrictions(c).length > 0);
        const duty =
          PRIVACY.some((r) => pick(hits, r).length > 0) &&
          DATA_DUTIES.some((d) => pick(hits, d).some((h) => !cl().negated(s, h)));
        if (restricts || duty) found.add(s);
      }
      interferences.set(key, found);
      return found;
    };

    /** Delegations of a clause: the marker, or a delegation verb with a state body within 3 tokens. */
    const delegations = (clause: Clause): { hit: Hit; active: boolean }[] => {
      const states = pick(clause.hits, STATE);
      const out: { hit: Hit; active: boolean }[] = [];
      for (const d of pick(clause.hits, DELEGATION)) {
        out.push({ hit: d, active: language === "kk" });
      }
      for (const v of pick(clause.hits, DELEGATION_VERB)) {
        if (out.some((o) => overlaps(o.hit, v))) continue;
        const before = states.find((a) => a.tokenEnd <= v.tokenStart && v.tokenStart - a.tokenEnd <= 3);
        const after = states.find((a) => a.tokenStart >= v.tokenEnd && a.tokenStart - v.tokenEnd <= 3);
        // the nearer state body is the one the verb delegates to ("… органом по основаниям, установленным Правительством")
        const actor =
          before && after
            ? v.tokenStart - before.tokenEnd < after.tokenStart - v.tokenEnd
              ? before
              : after
            : (before ?? after);
        if (!actor) continue;
        const span = { ...v, start: Math.min(v.start, actor.start), end: Math.max(v.end, actor.end) };
        span.tokenStart = Math.min(v.tokenStart, actor.tokenStart);
        span.tokenEnd = Math.max(v.tokenEnd, actor.tokenEnd);
        out.push({ hit: span, active: actor === before });
      }
      return out.sort((a, b) => a.hit.tokenStart - b.hit.tokenStart);
    };

    const elementOf = (clause: Clause, core: Hit): Element | null => {
      for (const e of PRIORITY) if (pick(clause.hits, ELEMENT_LIST[e]).some((h) => overlaps(h, core))) return e;
      return null;
    };

    /** Core elements that are the object of a delegation: just before it (with coordinated ones), or just after an active one. */
    const linkedCores = (clause: Clause, d: { hit: Hit; active: boolean }): Linked[] => {
      const technical = pick(clause.hits, TECHNICAL);
      const byLaw = pick(clause.hits, BY_LAW);
      const cores = pick(clause.hits, CORE)
        .filter(
          (c) =>
            !technical.some((t) => overlaps(t, c) || (t.tokenStart >= c.tokenEnd && t.tokenStart - c.tokenEnd <= 1)),
        )
        .sort((a, b) => a.tokenStart - b.tokenStart);
      const out: Linked[] = [];
      const add = (c: Hit) => {
        const element = elementOf(clause, c);
        if (element && !out.some((o) => o.hit === c)) out.push({ element, hit: c });
      };
      const before = cores.filter((c) => c.tokenEnd <= d.hit.tokenStart).reverse();
      let edge = d.hit.tokenStart;
      let limit = BEFORE;
      for (const c of before) {
        if (edge - c.tokenEnd > limit) break;
        if (byLaw.some((b) => b.tokenStart >= c.tokenEnd && b.tokenEnd <= edge)) break;
        add(c);
        edge = c.tokenStart;
        limit = CHAIN;
      }
      if (d.active) {
        for (const c of cores) {
          if (c.tokenStart >= d.hit.tokenEnd && c.tokenStart - d.hit.tokenEnd <= AFTER) add(c);
        }
      }
      return out;
    };

    /** Is the element fixed in the article itself (or in a unit it refers to)? */
    const fixed = (sentence: Sentence, clause: Clause, element: Element): boolean => {
      if (element === "grounds") {
        return (
          cl().findWhere(
            sentence,
            clause,
            (h) => h.concept.startsWith("ground.") || concepts().isA(h.concept, CONDUCT),
            "article+refs",
          ) !== null
        );
      }
      if (element === "duration") return cl().findLive(sentence, clause, [DURATION], "article+refs") !== null;
      return cl().findLive(sentence, clause, [CLOSED], "article") !== null;
    };

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      for (const d of delegations(clause)) {
        const linked = linkedCores(clause, d);
        if (linked.length === 0) continue;
        const interfering = interferingSentences(sentence);
        if (interfering.size === 0) return;
        const open = linked.filter((l) => !fixed(sentence, clause, l.element));
        if (open.length === 0) continue;
        const element = PRIORITY.find((e) => open.some((o) => o.element === e)) as Element;
        const subCode: SubCode = `${element}-delegated`;
        const words = [
          ...new Set(open.sort((a, b) => a.hit.tokenStart - b.hit.tokenStart).map((o) => cl().textOf(sentence, o.hit))),
        ];
        const article = PRINCIPLE[context.profile.id];
        context.report({
          node: sentence,
          range: cl().clauseRange(clause),
          messageId: "delegated",
          subCode,
          confidence: interfering.has(sentence) ? "high" : "medium",
          data: {
            elements: { list: words.map((w) => ({ quote: w })) },
            delegation: cl().textOf(sentence, d.hit),
            profile: context.profile.citation,
            article: Array.isArray(article) ? article.join(", ") : (article ?? { phrase: "limitationClause" }),
          },
        });
        return; // one finding per clause
      }
    };

    return {
      Sentence(sentence: Sentence) {
        // a sentence with no delegation cannot trigger: skip it before matching
        const ci = concepts();
        if (!ci.mayHave(sentence, DELEGATION) && !ci.mayHave(sentence, DELEGATION_VERB)) return;
        if (!ci.mayHave(sentence, CORE)) return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of ci.clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
