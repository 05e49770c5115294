/**
 * R4 limitation/open-ended-discretion (RULES.md §4 A): a restrictive power must not be left to the
 * authority's own view ("as it deems fit", «по своему усмотрению», «қажет деп тапса»), to an open
 * list of cases ("in other cases", «по иным основаниям», «өзге де жағдайларда») or to an open
 * choice of measures ("in any other form", «в иной форме», «өзге нысанда»).
 *
 * Per clause: an open term (`marker.discretion`, `ground.suspect.open`, and the rule's lists
 * `list.open-cases`, `list.open-form`, `list.weak-open`) attached to a restrictive power:
 * `restricts` in the same clause (error, confidence medium), or only in the same provision, i.e.
 * another clause of the sentence within `window` tokens or the chapeau of a point (confidence
 * low; RULES.md asks for a warning here, which the engine cannot give per finding — see the doc).
 * Not reported when the provision closes the list (`marker.closed-list`), when criteria follow
 * ("all of the following conditions", also in a later sentence of the paragraph for a view), when
 * the view's object is a breach of the law (`list.breach-criterion`: "if it considers the operator to
 * be in breach of …"), when a private party holds the view, when an open form coordinated by "or"
 * widens a verb that restricts nothing, when the open term is tied to the law or to a unit of the
 * act that resolves ("in other cases provided for by law", «заңдарында көзделген өзге де
 * жағдайларда»), or when the power the term belongs to is favourable (grant, exempt, extend a
 * deadline, reduce a fine).
 */
import type { Clause, Hit, Language, RuleContext, Sentence, Suggestion, Token } from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";

const DISCRETION = "marker.discretion";
const OPEN_GROUND = "ground.suspect.open";
const OPEN_CASES = "list.open-cases";
const OPEN_FORM = "list.open-form";
const WEAK = "list.weak-open";
const CLOSED = "marker.closed-list";
const CRITERIA = "list.criteria-follow";
const BREACH = "list.breach-criterion";
const LAW_REF = "list.law-ref";
const BY_LAW = "marker.by-law";
const SELF_REFERENCE = "marker.self-reference";
const DELEGATION = "marker.delegation";
const DELEGATION_VERB = "list.delegation-verb";
const FAVOURABLE = "list.favourable-power";
const RESTRICT = "verb.restrict";
const STATE = "actor.state";

/** Every concept that can open a power; `mayHave` runs over them before a sentence is matched. */
const OPEN_TERMS = [DISCRETION, OPEN_GROUND, OPEN_CASES, OPEN_FORM, WEAK] as const;

type SubCode = "discretion" | "open-list" | "open-form";
/** Which sub-code names a clause with several open terms: the most serious first. */
const PRIORITY: readonly SubCode[] = ["discretion", "open-list", "open-form"];
const MESSAGE: Record<SubCode, string> = {
  discretion: "discretion",
  "open-list": "openList",
  "open-form": "openForm",
};

/** The article each profile rests on (RULES.md R4: limits only "by law", foreseeably). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 41(1)",
  "kz-1995": "art. 39(1)",
  iccpr: ["art. 19(3)", "art. 18(3)", "art. 21", "art. 22(2)"],
  echr: "arts 8(2)–11(2)",
  "eu-digital": "Charter art. 52(1)",
};

/** Tokens after the open term (EN, RU) or before it (KK) in which the law it is tied to is named. */
const BASIS_WINDOW = 8;
/** Tokens between a view ("if it considers") and the breach of law that is its object. */
const BREACH_WINDOW = 12;
/** A conjunction that coordinates an open form with the verb before it: "suspend … or otherwise restrict". */
const COORDINATING: Record<Language, ReadonlySet<string>> = {
  en: new Set(["or"]),
  ru: new Set(["или", "либо"]),
  kk: new Set(["немесе", "не"]),
};
/** A clause that ends with the open term after one of these may lose it with them: ", and on other grounds". */
const CONJUNCTIONS: Record<Language, ReadonlySet<string>> = {
  en: new Set(["and", "or", "also"]),
  ru: new Set(["а", "также", "и", "или", "либо"]),
  kk: new Set(["және", "немесе", "сондай-ақ", "сондай", "ақ"]),
};

interface OpenTerm {
  kind: SubCode;
  weak: boolean;
  hit: Hit;
}

export default defineRule({
  meta: {
    id: "limitation/open-ended-discretion",
    family: "limitation",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      'A restrictive power left to the authority\'s own view ("as it deems fit"), to an open list of cases ("in other cases") or to an open choice of measures ("in any other form").',
    docs: "rules/limitation/open-ended-discretion.md",
    principle: PRINCIPLE,
    messages: {
      discretion:
        'Restrictive power with open-ended discretion ({{marker}}): "{{verb}}" is left to the authority\'s own view{{where}}. {{profile}} ({{article}}) allows limits only on grounds the law itself states; state them exhaustively.',
      openList:
        'Restrictive power with an open list ({{marker}}): "{{verb}}" reaches cases the law does not name{{where}}. {{profile}} ({{article}}) allows limits only on grounds the law itself states; list the cases exhaustively or refer to the article that does.',
      openForm:
        'Restrictive power with an open choice of measures ({{marker}}): the law does not say which measures "{{verb}}" allows{{where}}. {{profile}} ({{article}}) requires the measures to be foreseeable; list them exhaustively.',
    },
    schema: {
      type: "object",
      properties: { window: { type: "integer", minimum: 1, maximum: 50 } },
      additionalProperties: false,
    },
    defaultOptions: { window: 12 },
    phrases: {
      provisionLevel: " (the open term is in the same provision, not in the clause of the power)",
      limitationClause: "its limitation clause",
    },
    hasSuggestions: true,
    subCodes: ["discretion", "open-list", "open-form"],
  },

  create(context: RuleContext) {
    const window = typeof context.options.window === "number" ? context.options.window : 12;
    const language = context.language;
    const concepts = () => context.concepts;
    const cl = () => context.clauses;
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const overlaps = (a: Hit, b: Hit): boolean => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;

    /** The open terms of a clause, one per span, with their sub-code. */
    const openTerms = (hits: readonly Hit[]): OpenTerm[] => {
      const all = OPEN_TERMS.flatMap((c) => pick(hits, c));
      // overlapping terms ("where it deems" + "it deems appropriate") make one span
      const spans: Hit[] = [];
      for (const h of all.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd)) {
        const last = spans[spans.length - 1];
        if (last && overlaps(last, h)) {
          if (h.tokenEnd > last.tokenEnd) spans[spans.length - 1] = { ...last, end: h.end, tokenEnd: h.tokenEnd };
        } else spans.push(h);
      }
      return spans.map((hit) => {
        const on = (concept: string) => all.some((h) => concepts().isA(h.concept, concept) && overlaps(h, hit));
        if (on(OPEN_FORM)) return { kind: "open-form", weak: false, hit };
        if (on(OPEN_CASES) || on(OPEN_GROUND)) return { kind: "open-list", weak: false, hit };
        if (on(WEAK)) return { kind: "open-list", weak: true, hit };
        return { kind: "discretion", weak: false, hit };
      });
    };

    /**
     * The open term is tied to the law: a reference that resolves (or names another act), a law
     * word, "by law" or "this Law" after it (EN, RU) or before it (KK), with no delegation to a
     * state body in between. A reference that resolves to nothing leaves it open (rule 39 reports it).
     */
    const tiedToLaw = (sentence: Sentence, clause: Clause, term: Hit): boolean => {
      const tokens = concepts().tokens(sentence);
      const inClause = (i: number) => {
        const t = tokens[i];
        return t !== undefined && t.start >= clause.start && t.end <= clause.end;
      };
      let from = term.tokenEnd;
      let to = term.tokenEnd + BASIS_WINDOW;
      if (language === "kk") {
        from = term.tokenStart - BASIS_WINDOW;
        to = term.tokenStart;
      }
      const idx: number[] = [];
      for (let i = Math.max(0, from); i < to; i++) if (inClause(i)) idx.push(i);
      if (idx.length === 0) return false;
      const first = tokens[idx[0] as number] as Token;
      const last = tokens[idx[idx.length - 1] as number] as Token;
      const refs = context.document.references.filter(
        (r) => r.range.start.offset >= first.start && r.range.start.offset < last.end,
      );
      if (refs.some((r) => r.targetEId === null && !r.external)) return false;
      if (refs.length > 0) return true;
      const within = (h: Hit) =>
        h.tokenStart >= (idx[0] as number) && h.tokenEnd <= (idx[idx.length - 1] as number) + 1;
      const hits = clause.hits.filter(within);
      if (pick(hits, DELEGATION).length > 0) return false;
      if (pick(hits, DELEGATION_VERB).some((v) => pick(clause.hits, STATE).some((a) => tokenGap(a, v) <= 3)))
        return false;
      return [LAW_REF, BY_LAW, SELF_REFERENCE].some((c) => pick(hits, c).length > 0);
    };

    /** The restriction the open term belongs to in its clause, or null (none, or a favourable power nearer). */
    const restrictionIn = (clause: Clause, term: Hit): Hit | null => {
      const restrictions = cl().restrictions(clause);
      if (restrictions.length === 0) return null;
      const nearest = [...restrictions].sort((a, b) => tokenGap(a, term) - tokenGap(b, term))[0] as Hit;
      // "may, at its discretion, extend the deadline", «по своему усмотрению продлить»: a favourable power
      // nearer to the open term than the restriction; "refuse to grant" keeps the grant as the refusal's object
      const favourable = pick(clause.hits, FAVOURABLE).filter(
        (f) => !restrictions.some((r) => f.tokenStart >= r.tokenEnd && f.tokenStart - r.tokenEnd <= 2),
      );
      if (favourable.some((f) => tokenGap(f, term) < tokenGap(nearest, term))) return null;
      return nearest;
    };

    /**
     * An open form coordinated by "or" ("or otherwise", «или иным способом», «немесе өзге тәсілмен»)
     * widens the verb it is coordinated with: a restrictive verb must end right before the conjunction
     * ("suspended temporarily or otherwise"); "appropriated or otherwise made available", "lock,
     * barricade or otherwise secure" widen other verbs.
     */
    const coordinatedWith = (sentence: Sentence, clause: Clause, term: Hit): boolean | null => {
      const tokens = concepts().tokens(sentence);
      const first = tokens[term.tokenStart];
      const before = tokens[term.tokenStart - 1];
      let conj: number;
      if (first && COORDINATING[language].has(first.norm)) conj = term.tokenStart;
      else if (before && COORDINATING[language].has(before.norm)) conj = term.tokenStart - 1;
      else return null; // not a coordinated form
      return (
        cl()
          .restrictions(clause)
          // at most an adverb and a comma between: "suspended temporarily, or otherwise"
          .some((r) => r.tokenEnd <= conj && conj - r.tokenEnd <= 2)
      );
    };

    /** Weak terms and open forms count only for a power a state body holds (not a ban addressed to persons). */
    const qualifies = (clause: Clause, term: OpenTerm, verb: Hit): boolean => {
      const actorOf = cl().actorOf(clause, verb);
      // a court's discretion is exercised in proceedings with their own guarantees
      if (actorOf?.kind === "court") return false;
      // the view of a private party ("the authorised representative shall terminate the mandate if it
      // considers …") is no power of the State
      if (term.kind === "discretion" && actorOf === null && concepts().isA(verb.concept, RESTRICT)) return false;
      if (!term.weak && term.kind !== "open-form") return true;
      if (verb.concept !== RESTRICT && !concepts().isA(verb.concept, RESTRICT)) return false;
      const actor = cl().actorOf(clause, verb);
      if (actor === null) return false;
      return term.weak ? actor.kind === "state" : true;
    };

    const deletion = (sentence: Sentence, clause: Clause, term: Hit): Suggestion[] => {
      const tokens = concepts().tokens(sentence);
      const lastInClause = clause.tokens[clause.tokens.length - 1];
      if (!lastInClause || (tokens[term.tokenEnd - 1] as Token).end !== lastInClause.end) return [];
      let k = term.tokenStart - 1;
      while (k >= 0 && CONJUNCTIONS[language].has((tokens[k] as Token).norm)) k--;
      if (k >= 0 && (tokens[k] as Token).norm === ",") k--;
      if (k < 0 || k === term.tokenStart - 1) return [];
      const from = (tokens[k] as Token).end;
      if (from < clause.start) return [];
      const range = cl().rangeOf(sentence, from, term.end);
      if (range === sentence.range) return [];
      const text = cl().textOf(sentence, { start: from, end: term.end }).trim();
      return [{ description: `Delete "${text}"`, edits: [{ range, text: "" }] }];
    };

    const report = (
      sentence: Sentence,
      clause: Clause,
      terms: { term: OpenTerm; verb: { sentence: Sentence; hit: Hit } }[],
      provisionLevel: boolean,
    ): void => {
      const kinds = new Set(terms.map((t) => t.term.kind));
      const subCode = PRIORITY.find((k) => kinds.has(k)) as SubCode;
      const main = terms.find((t) => t.term.kind === subCode) ?? terms[0];
      if (!main) return;
      const markers = [...new Set(terms.map((t) => cl().textOf(sentence, t.term.hit)))];
      const article = PRINCIPLE[context.profile.id];
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: MESSAGE[subCode],
        subCode,
        confidence: provisionLevel ? "low" : "medium",
        data: {
          marker: { list: markers.map((m) => ({ quote: m })), join: "comma" },
          verb: cl().textOf(main.verb.sentence, main.verb.hit),
          where: provisionLevel ? { phrase: "provisionLevel" } : "",
          profile: context.profile.citation,
          article: Array.isArray(article) ? article.join(", ") : (article ?? { phrase: "limitationClause" }),
        },
        suggestions: provisionLevel
          ? []
          : terms.filter((t) => t.term.kind !== "discretion").flatMap((t) => deletion(sentence, clause, t.term.hit)),
      });
    };

    const checkSentence = (sentence: Sentence): void => {
      const clauses = concepts().clauses(sentence);
      // a list closed by the provision itself ("only on the grounds exhaustively listed")
      if (cl().findLive(sentence, null, [CLOSED], "provision")) return;
      const all = concepts().hits(sentence);
      const criteria = pick(all, CRITERIA);
      // criteria that follow in a later sentence of the same provision ("… where it considers it
      // necessary. The following conditions must all be met: …") close the view too
      const provision = concepts().provisionOf(sentence);
      const later = provision ? provision.sentences.slice(provision.sentences.indexOf(sentence) + 1) : [];
      const criteriaLater = later.some((s) => pick(concepts().hits(s), CRITERIA).length > 0);
      // a view whose object is a breach of the law ("if it considers the provider to be acting contrary to
      // its obligations", «если сочтет, что … нарушает», «… бұзды деп тапса») is bound by the rules breached
      const breaches = pick(all, BREACH);
      const bound = (t: OpenTerm): boolean =>
        t.kind === "discretion" &&
        breaches.some((b) =>
          language === "kk"
            ? b.tokenEnd <= t.hit.tokenStart && t.hit.tokenStart - b.tokenEnd <= BREACH_WINDOW
            : b.tokenStart >= t.hit.tokenEnd && b.tokenStart - t.hit.tokenEnd <= BREACH_WINDOW,
        );
      for (const clause of clauses) {
        const terms = openTerms(clause.hits).filter(
          (t) =>
            !(t.kind === "discretion" && criteriaLater) &&
            !bound(t) &&
            !(t.kind === "open-form" && coordinatedWith(sentence, clause, t.hit) === false) &&
            !criteria.some((c) => c.tokenStart >= t.hit.tokenEnd) &&
            !tiedToLaw(sentence, clause, t.hit),
        );
        if (terms.length === 0) continue;
        // 1. the power is in the same clause
        const here: { term: OpenTerm; verb: { sentence: Sentence; hit: Hit } }[] = [];
        for (const term of terms) {
          const verb = restrictionIn(clause, term.hit);
          if (verb && qualifies(clause, term, verb)) here.push({ term, verb: { sentence, hit: verb } });
        }
        if (here.length > 0) {
          report(sentence, clause, here, false);
          continue;
        }
        if (cl().restrictions(clause).length > 0) continue; // a favourable power in this clause
        // 2. only in the same provision: another clause of the sentence within the window, or the chapeau
        const near: { term: OpenTerm; verb: { sentence: Sentence; hit: Hit } }[] = [];
        for (const term of terms) {
          for (const other of clauses) {
            if (other === clause) continue;
            const verb = restrictionIn(other, term.hit);
            if (verb && tokenGap(verb, term.hit) <= window && qualifies(other, term, verb)) {
              near.push({ term, verb: { sentence, hit: verb } });
              break;
            }
          }
          if (near.some((n) => n.term === term)) continue;
          for (const s of cl().chapeauOf(sentence)) {
            const found = concepts()
              .clauses(s)
              .map((c) => ({ c, verb: cl().restrictions(c)[0] }))
              .find((x) => x.verb !== undefined && qualifies(x.c, term, x.verb));
            if (found?.verb) {
              near.push({ term, verb: { sentence: s, hit: found.verb } });
              break;
            }
          }
        }
        if (near.length > 0) report(sentence, clause, near, true);
      }
    };

    return {
      Sentence(sentence: Sentence) {
        // most sentences hold no open term: skip them before matching
        if (!OPEN_TERMS.some((c) => concepts().mayHave(sentence, c))) return;
        if (!cl().isOperative(sentence)) return;
        checkSentence(sentence);
      },
    };
  },
});
