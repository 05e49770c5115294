/**
 * Clause analysis shared by the rules: the predicates of RULES.md §2.4 (who acts, is it a
 * restriction, is it negated, is it passive, is it court-authorised) and the scope ladder of §2.5
 * with any test, plus source positions, quoting and suggestions. Built once per bill on top of
 * the `ConceptIndex`; rules reach it as `context.clauses`.
 *
 * The language heuristics here are deliberately small and testable: negators before a hit (EN,
 * RU), negative and "without" suffixes after it (KK), passive forms, agent phrases.
 */
import { enSavingClause, type Hit } from "../language/matcher.js";
import type { Token } from "../language/tokens.js";
import type { Division, Language, Position, Provision, Range, Sentence } from "../syntax/ast.js";
import type { Clause, ConceptIndex } from "./concepts.js";

export type Level = "clause" | "sentence" | "provision" | "article" | "article+refs";

export const LEVEL_ORDER: readonly Level[] = ["clause", "sentence", "provision", "article", "article+refs"];

/** A hit and the sentence it was found in. */
export interface Located {
  sentence: Sentence;
  hit: Hit;
}

/** What a scope search found: the narrowest level with a match, and every match there. */
export interface InScope {
  level: Level;
  found: Located[];
}

/** Who takes a measure (§2.4 statePower): a named state actor, a court, or nobody named (a passive). */
export interface Actor {
  kind: "state" | "court" | "implicit";
  hit?: Hit;
  /** The sentence the actor's hit is in: the clause's, or the chapeau's for a point. */
  sentence?: Sentence;
}

export type ConfidenceLevel = "high" | "medium" | "low";

interface SuggestionLike {
  description: string;
  edits: { range: Range; text: string }[];
}

const STATE = "actor.state";
const COURT = "actor.court";
const COURT_ORDER = "marker.court-order";
const INDEPENDENT = "marker.independent-authority";
const APPEAL = "marker.appeal";
const RESTRICT = "verb.restrict";
const PROHIBIT = "verb.prohibit";
const DEFINITIONS = "marker.definitions-heading";
const SANCTION = "marker.sanction";

const EN_BE = new Set(["be", "been", "being", "is", "are", "was", "were"]);
const EN_REQUIRE = /^requir(?:e|es|ed|ing)$/u;
const RU_REQUIRE = /^требу(?:ет|ют|ется|ются|ющ\p{L}*)$/u;
/** Modals: after one, the verb is active ("must remove"); a passive puts "be" between ("must be removed"). */
const EN_MODALS = new Set(["may", "must", "shall", "can", "will", "should", "might", "could", "would"]);
const EN_NEGATORS = new Set(["not", "no", "never", "nothing", "without", "neither", "nor"]);
const EN_AGENT_PREPOSITIONS = new Set(["by", "of", "with", "from"]);
const EN_ARTICLES = new Set(["a", "an", "the"]);
const RU_NEGATORS = new Set(["не", "ни", "нельзя", "без"]);
/** RU short passive participles (закрыта, приостановлено, запрещены), present reflexive passives, and
 * reflexive infinitives after a modal (могут прослушиваться). */
const RU_PASSIVE = /(?:ен|ена|ено|ены|ан|ана|ано|аны|ята|ято|яты|та|то|ты|ется|ются|ится|ятся|ться|тись)$/u;
/** KK passive verb forms after the stem: жабылады, шектеледі, бақыланады, тоқтатыла, тексерілуге, шектелуі. */
const KK_PASSIVE = /(?:[лн](?:а|е)(?:ды|ді|тын|тін)|(?:ыл|іл)(?:а|е|ып|іп)|[лн](?:у|ү)(?:ге|ға|ы|і)?)$/u;
/** KK negative verb endings (тексерілмейді, бекітпейді). */
const KK_NEGATIVE = /(?:ма|ме|ба|бе|па|пе)(?:йды|йді|йтын|йтін|ған|ген|у|ү)$/u;
/** KK "without" ending a word of the hit (рұқсатсыз, шешімінсіз), not сыз inside another word (қамтамасыз). */
const KK_WITHOUT = /(?:сыз|сіз)(?:дан|ден)?$/u;
const KK_NEGATIVE_WORDS = new Set(["емес", "жоқ"]);
/** Words that end in сыз/сіз without meaning "without". */
const KK_WITHOUT_NOT = new Set(["қамтамасыз", "жансыз", "сыз", "сіз"]);

type Unit = Division | Provision;

/** Headings of a division that holds an act's recitals or preamble, not its provisions. */
const RECITALS = /^(?:[-–—:.\s]*)(?:recitals?|preamble|whereas|преамбула|кіріспе)(?!\p{L})/iu;

/** Tokens between two hits (0 when they touch or overlap): "attached to" is a small gap (§2.3). */
export function tokenGap(
  a: { tokenStart: number; tokenEnd: number },
  b: { tokenStart: number; tokenEnd: number },
): number {
  if (a.tokenStart >= b.tokenEnd) return a.tokenStart - b.tokenEnd;
  if (b.tokenStart >= a.tokenEnd) return b.tokenStart - a.tokenEnd;
  return 0;
}

export class ClauseAnalysis {
  private readonly defining: Set<string>;
  private readonly deletedCache = new WeakMap<Sentence, boolean>();
  private readonly recitalCache = new WeakMap<Sentence, boolean>();
  private readonly locatedCache = new WeakMap<Unit, readonly Located[]>();
  private readonly referenceCache = new WeakMap<Division, readonly Located[]>();

  constructor(
    private readonly concepts: ConceptIndex,
    private readonly language: Language,
    definitionProvisions: readonly string[],
  ) {
    this.defining = new Set(definitionProvisions);
  }

  // ---- hits ----------------------------------------------------------------------------------

  /**
   * Hits of `concept` (or a sub-concept), one per span: a sub-concept hit comes with its parent's,
   * and the most specific one is kept (so `isA(hit, "actor.state.security")` works on the result).
   */
  pick(hits: readonly Hit[], concept: string): Hit[] {
    // called for every rule, profile and clause: plain loops, no closure per hit
    const out: Hit[] = [];
    for (const h of hits) {
      if (!this.concepts.isA(h.concept, concept)) continue;
      let i = -1;
      for (let k = 0; k < out.length; k++) {
        const o = out[k] as Hit;
        if (o.tokenStart === h.tokenStart && o.tokenEnd === h.tokenEnd) {
          i = k;
          break;
        }
      }
      if (i < 0) out.push(h);
      else if (this.concepts.isA(h.concept, (out[i] as Hit).concept) && h.concept !== (out[i] as Hit).concept) {
        out[i] = h;
      }
    }
    return out;
  }

  /**
   * A negator governs the hit (§2.3): "not", "without the approval", «не может быть», «без
   * разрешения», «рұқсатсыз», «тексерілмейді». `verb.restrict` hits carry the matcher's verdict.
   */
  negated(sentence: Sentence, hit: Hit): boolean {
    if (hit.concept === RESTRICT) return hit.negated === true;
    const tokens = this.concepts.tokens(sentence);
    // a hit of another sentence (a chapeau's actor) is judged in its own sentence by the caller
    if (hit.tokenEnd > tokens.length || hit.start < sentence.range.start.offset) return false;
    const before = (n: number): Token[] => {
      const out: Token[] = [];
      for (let i = hit.tokenStart - 1; i >= 0 && out.length < n; i--) {
        const t = tokens[i] as Token;
        if (t.boundary) break;
        out.push(t);
      }
      return out;
    };
    if (this.language === "en")
      return (
        before(3).some((t) => EN_NEGATORS.has(t.norm) || t.norm.endsWith("n't")) ||
        enSavingClause(hit.tokenStart, tokens)
      );
    if (this.language === "ru") return before(2).some((t) => RU_NEGATORS.has(t.norm));
    // KK, read narrowly: a negative or "without" ending on the hit's last word, or on the next word
    // (a negative verb, емес / жоқ within two words); «қамтамасыз» ("ensure") is no "without"
    const last = (tokens[hit.tokenEnd - 1] as Token | undefined)?.norm ?? "";
    if (KK_NEGATIVE.test(last) || (KK_WITHOUT.test(last) && !KK_WITHOUT_NOT.has(last))) return true;
    for (let i = hit.tokenEnd; i < Math.min(tokens.length, hit.tokenEnd + 2); i++) {
      const t = tokens[i] as Token;
      if (t.boundary) break;
      if (t.norm.startsWith("қамтамасыз")) continue;
      if (KK_NEGATIVE_WORDS.has(t.norm) || KK_NEGATIVE.test(t.norm)) return true;
      if (i === hit.tokenEnd && KK_WITHOUT.test(t.norm) && !KK_WITHOUT_NOT.has(t.norm)) return true;
    }
    return false;
  }

  /**
   * The restrictive verbs of a clause (§2.4 `restricts`): non-negated `verb.restrict` and
   * `verb.prohibit` hits, in order. A restriction that a later prohibition governs ("closing … is
   * not permitted", «ограничение … не допускается») is a guarantee and is dropped with it.
   */
  restrictions(clause: Clause): Hit[] {
    const prohibits = this.pick(clause.hits, PROHIBIT);
    const restricts = this.pick(clause.hits, RESTRICT).filter((v) => !this.negated(clause.sentence, v));
    const guarded = restricts.filter((v) => prohibits.some((p) => p.tokenStart >= v.tokenEnd));
    const live = restricts.filter((v) => !guarded.includes(v));
    const prohibitions = guarded.length > 0 ? [] : prohibits.filter((p) => !this.negated(clause.sentence, p));
    return [...live, ...prohibitions].sort((a, b) => a.tokenStart - b.tokenStart);
  }

  /** A verb whose object is restricted (a restriction) is doubly negated by a later prohibition. */
  guardedByProhibition(clause: Clause, verb: Hit): boolean {
    return this.pick(clause.hits, PROHIBIT).some((p) => p.tokenStart >= verb.tokenEnd);
  }

  /** A court named only as the forum of an appeal: "may be appealed to a court", «обжаловано в суд». */
  inAppeal(hits: readonly Hit[], court: Hit): boolean {
    return this.pick(hits, APPEAL).some((a) => a.tokenEnd <= court.tokenStart && court.tokenStart - a.tokenEnd <= 4);
  }

  // ---- where a sentence stands ---------------------------------------------------------------

  /** In a repealed unit (a deleted article or paragraph). */
  isDeleted(sentence: Sentence): boolean {
    const cached = this.deletedCache.get(sentence);
    if (cached !== undefined) return cached;
    let cur: Unit | null = this.concepts.parentOf(sentence);
    let deleted = false;
    while (cur) {
      if (cur.deleted) {
        deleted = true;
        break;
      }
      cur = this.concepts.parentOf(cur);
    }
    this.deletedCache.set(sentence, deleted);
    return deleted;
  }

  /** In a definitions article or a provision that defines a term: it names things, it does not act. */
  inDefinitions(sentence: Sentence): boolean {
    const article = this.concepts.articleOf(sentence);
    if (article && this.concepts.mentions(article, DEFINITIONS).length > 0) return true;
    const provision = this.concepts.provisionOf(sentence);
    return provision !== null && this.defining.has(provision.eId);
  }

  /** Neither repealed, nor a definition, nor a recital: a sentence rules should judge. */
  isOperative(sentence: Sentence): boolean {
    return !this.isDeleted(sentence) && !this.inDefinitions(sentence) && !this.inRecitals(sentence);
  }

  /**
   * Under a division headed "Recitals", "Preamble" or "Whereas" (an EU act printed with its recitals
   * after the articles): reasons for the act, not its provisions.
   */
  inRecitals(sentence: Sentence): boolean {
    const cached = this.recitalCache.get(sentence);
    if (cached !== undefined) return cached;
    let cur: Unit | null = this.concepts.parentOf(sentence);
    let found = false;
    while (cur && !found) {
      if (cur.type === "Division" && cur.heading && RECITALS.test(cur.heading.text.trim())) found = true;
      cur = this.concepts.parentOf(cur);
    }
    this.recitalCache.set(sentence, found);
    return found;
  }

  /** The chapeau of a point: the sentences of the provision the point belongs to (§2.1). */
  chapeauOf(sentence: Sentence): Sentence[] {
    const provision = this.concepts.provisionOf(sentence);
    const parent = provision ? this.concepts.parentOf(provision) : null;
    return parent?.type === "Provision" ? parent.sentences : [];
  }

  // ---- scope (§2.5) --------------------------------------------------------------------------

  /** Sentences of a unit and everything under it, repealed units left out. */
  sentencesUnder(unit: Unit, out: Sentence[] = []): Sentence[] {
    if (unit.deleted) return out;
    if (unit.type === "Provision") out.push(...unit.sentences);
    for (const c of unit.children) this.sentencesUnder(c, out);
    return out;
  }

  /** Sentences of the units of this bill that an article references (depth 1), outside the article. */
  referencedSentences(article: Division): Sentence[] {
    return this.concepts.referencedUnits(article).flatMap((t) => this.sentencesUnder(t));
  }

  /**
   * Hits that satisfy `test`, at the narrowest level that has one: the clause, the sentence, the
   * provision with its chapeau, the article, then the units the article references. Null when
   * none up to `upTo` (default `article+refs`).
   */
  findWhere(
    sentence: Sentence,
    clause: Clause | null,
    test: (hit: Hit, sentence: Sentence) => boolean,
    upTo: Level = "article+refs",
  ): InScope | null {
    const last = LEVEL_ORDER.indexOf(upTo);
    const collect = (sentences: readonly Sentence[]): Located[] =>
      sentences.flatMap((s) =>
        this.concepts
          .hits(s)
          .filter((h) => test(h, s))
          .map((hit) => ({ sentence: s, hit })),
      );
    // the article and the units it references: every hit located once per unit, then filtered
    const filter = (located: readonly Located[]): Located[] => located.filter((l) => test(l.hit, l.sentence));
    const levels: [Level, () => Located[]][] = [
      ["clause", () => (clause ? clause.hits.filter((h) => test(h, sentence)).map((hit) => ({ sentence, hit })) : [])],
      ["sentence", () => collect([sentence])],
      [
        "provision",
        () => {
          const p = this.concepts.provisionOf(sentence);
          return p ? collect([...p.sentences, ...this.chapeauOf(sentence)]) : [];
        },
      ],
      [
        "article",
        () => {
          const a = this.concepts.articleOf(sentence);
          return a ? filter(this.locatedUnder(a)) : [];
        },
      ],
      [
        "article+refs",
        () => {
          const a = this.concepts.articleOf(sentence);
          return a ? filter(this.locatedInReferences(a)) : [];
        },
      ],
    ];
    for (let i = 0; i <= last; i++) {
      const [level, get] = levels[i] as [Level, () => Located[]];
      const found = get();
      if (found.length > 0) return { level, found };
    }
    return null;
  }

  /** Every hit under a unit with its sentence (repealed units left out), gathered once per unit. */
  private locatedUnder(unit: Unit): readonly Located[] {
    let located = this.locatedCache.get(unit);
    if (!located) {
      located = this.sentencesUnder(unit).flatMap((s) => this.concepts.hits(s).map((hit) => ({ sentence: s, hit })));
      this.locatedCache.set(unit, located);
    }
    return located;
  }

  /** Every hit of the units an article references (depth 1), with its sentence; once per article. */
  private locatedInReferences(article: Division): readonly Located[] {
    let located = this.referenceCache.get(article);
    if (!located) {
      located = this.referencedSentences(article).flatMap((s) =>
        this.concepts.hits(s).map((hit) => ({ sentence: s, hit })),
      );
      this.referenceCache.set(article, located);
    }
    return located;
  }

  /** Live (non-negated) hits of any of `concepts` in scope. */
  findLive(sentence: Sentence, clause: Clause | null, concepts: readonly string[], upTo?: Level): InScope | null {
    return this.findWhere(
      sentence,
      clause,
      (h, s) => concepts.some((c) => this.concepts.isA(h.concept, c)) && !this.negated(s, h),
      upTo,
    );
  }

  /**
   * §2.4 `courtAuthorised`: a court order, an independent authority or a court acting in scope,
   * not negated and not only the forum of an appeal.
   */
  courtAuthorised(sentence: Sentence, clause: Clause | null, upTo?: Level): InScope | null {
    return this.findWhere(
      sentence,
      clause,
      (h, s) => {
        if (this.negated(s, h)) return false;
        if (this.concepts.isA(h.concept, COURT_ORDER) || this.concepts.isA(h.concept, INDEPENDENT)) return true;
        return this.concepts.isA(h.concept, COURT) && !this.inAppeal(this.concepts.hits(s), h);
      },
      upTo,
    );
  }

  /** An appeal or review route in scope (`marker.appeal`, not negated: "may not be appealed" is none). */
  appealRoute(sentence: Sentence, clause: Clause | null, upTo?: Level): InScope | null {
    return this.findLive(sentence, clause, [APPEAL], upTo);
  }

  /** §2.4 `sanction`: a penalty in the sentence or its provision. */
  sanction(sentence: Sentence): Hit[] {
    const p = this.concepts.provisionOf(sentence);
    const sentences = p ? [...p.sentences, ...this.chapeauOf(sentence)] : [sentence];
    return sentences.flatMap((s) => this.pick(this.concepts.hits(s), SANCTION));
  }

  // ---- who acts (§2.4 statePower) ------------------------------------------------------------

  /** The verb is passive: "may be restricted", «может быть ограничено», «шектелуі мүмкін», "subject to". */
  isPassive(clause: Clause, verb: Hit): boolean {
    const tokens = this.concepts.tokens(clause.sentence);
    const first = clause.tokens[0];
    const lower = first ? tokens.indexOf(first) : 0;
    const norm = (i: number): string => (i >= lower && i < tokens.length ? (tokens[i] as Token).norm : "");
    const last = norm(verb.tokenEnd - 1);
    if (this.language === "en") {
      for (let i = verb.tokenStart - 1; i >= Math.max(lower, verb.tokenStart - 3); i--) {
        // a modal right before the verb makes it active: "a building which is vacant must remove"
        if (EN_MODALS.has(norm(i))) break;
        // "required to", "requires" — not the noun ("the requirements, to withdraw it")
        if (EN_BE.has(norm(i)) || EN_REQUIRE.test(norm(i))) return true;
      }
      return norm(verb.tokenStart - 2) === "subject" && norm(verb.tokenStart - 1) === "to";
    }
    if (this.language === "ru") {
      for (let i = verb.tokenStart - 1; i >= Math.max(lower, verb.tokenStart - 3); i--) {
        const w = norm(i);
        // «требует», «требуется» — not the noun («требованиям, приостановить»)
        if (w === "быть" || w.startsWith("подлеж") || RU_REQUIRE.test(w)) return true;
      }
      return RU_PASSIVE.test(last);
    }
    if (KK_PASSIVE.test(last)) return true;
    for (let i = verb.tokenEnd; i < Math.min(tokens.length, verb.tokenEnd + 3); i++) {
      const w = norm(i);
      if (w === "жатады" || w === "жатпайды" || w.startsWith("етілед")) return true;
    }
    return false;
  }

  /** An actor after the verb that is its agent: "by the Ministry", «уполномоченным органом». */
  private isAgent(tokens: readonly Token[], actor: Hit): boolean {
    if (this.language !== "en") return true;
    let i = actor.tokenStart - 1;
    if (i >= 0 && EN_ARTICLES.has((tokens[i] as Token).norm)) i--;
    return i >= 0 && EN_AGENT_PREPOSITIONS.has((tokens[i] as Token).norm);
  }

  /**
   * Who takes the measure `verb` (§2.4 statePower): a court that is its subject or orders it, a
   * state actor before it or in an agent phrase, the chapeau's actor for a point, else `implicit`
   * for a passive with no agent. Null when the subject is nobody the state controls (a person, a
   * company) or cannot be told.
   */
  actorOf(clause: Clause, verb: Hit): Actor | null {
    const sentence = clause.sentence;
    const tokens = this.concepts.tokens(sentence);
    const liveCourt = (h: Hit, hits: readonly Hit[], s: Sentence) => !this.negated(s, h) && !this.inAppeal(hits, h);
    const courts = this.pick(clause.hits, COURT).filter((h) => liveCourt(h, clause.hits, sentence));
    const states = this.pick(clause.hits, STATE);
    if (courts.some((h) => h.tokenEnd <= verb.tokenStart)) return { kind: "court" };
    // the nearest state body before the verb is its subject ("the Ministry shall require the police to …")
    const stateBefore = states.filter((h) => h.tokenEnd <= verb.tokenStart).at(-1);
    if (stateBefore) return { kind: "state", hit: stateBefore, sentence };
    const orders = this.pick(clause.hits, COURT_ORDER).filter((h) => !this.negated(sentence, h));
    if (orders.length > 0) return { kind: "court" };
    const after = [...courts, ...states]
      .filter((h) => h.tokenStart >= verb.tokenEnd && this.isAgent(tokens, h))
      .sort((a, b) => a.tokenStart - b.tokenStart)[0];
    if (after) {
      return this.concepts.isA(after.concept, COURT) ? { kind: "court" } : { kind: "state", hit: after, sentence };
    }
    for (const s of this.chapeauOf(sentence)) {
      const hits = this.concepts.hits(s);
      if (this.pick(hits, COURT).some((h) => liveCourt(h, hits, s))) return { kind: "court" };
      const state = this.pick(hits, STATE)[0];
      if (state) return { kind: "state", hit: state, sentence: s };
    }
    return this.isPassive(clause, verb) ? { kind: "implicit" } : null;
  }

  // ---- positions, quoting, suggestions -------------------------------------------------------

  /** The source position of an offset inside a sentence, when the sentence's text is the source slice. */
  positionAt(sentence: Sentence, offset: number): Position | null {
    const { start, end } = sentence.range;
    const text = sentence.text;
    if (text.length !== end.offset - start.offset) return null;
    let newlines = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) newlines++;
    // a sentence joined across stripped prefixes (Markdown quotes, list markers) is not the source slice
    if (newlines !== end.line - start.line) return null;
    const rel = offset - start.offset;
    if (rel < 0 || rel > text.length) return null;
    const before = text.slice(0, rel);
    const nl = before.lastIndexOf("\n");
    if (nl < 0) return { line: start.line, column: start.column + rel, offset };
    let lines = 0;
    for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) === 10) lines++;
    return { line: start.line + lines, column: rel - nl, offset };
  }

  /** The source range from `from` to `to` inside a sentence (the sentence's range when unmappable). */
  rangeOf(sentence: Sentence, from: number, to: number): Range {
    const a = this.positionAt(sentence, from);
    const b = this.positionAt(sentence, to);
    return a && b ? { start: a, end: b } : sentence.range;
  }

  /** The range of a clause (§2.7: a finding's range is the restrictive verb's clause). */
  clauseRange(clause: Clause): Range {
    return this.rangeOf(clause.sentence, clause.start, clause.end);
  }

  /** The words of a hit as written, spaces collapsed (for messages). */
  textOf(sentence: Sentence, hit: { start: number; end: number; concept?: string }): string {
    const base = sentence.range.start.offset;
    const ok =
      sentence.text.length === sentence.range.end.offset - base &&
      hit.start >= base &&
      hit.end <= sentence.range.end.offset;
    return ok ? sentence.text.slice(hit.start - base, hit.end - base).replace(/\s+/gu, " ") : (hit.concept ?? "");
  }

  /** A suggestion inserting `text` at a source offset inside a sentence (none when unmappable). */
  insertion(sentence: Sentence, offset: number, text: string, description: string): SuggestionLike[] {
    const pos = this.positionAt(sentence, offset);
    return pos ? [{ description, edits: [{ range: { start: pos, end: pos }, text }] }] : [];
  }

  /** Confidence lowered by `steps` (§2.7); null below `low` (the rule does not report). */
  step(base: ConfidenceLevel, steps: number): ConfidenceLevel | null {
    const order: ConfidenceLevel[] = ["high", "medium", "low"];
    const i = order.indexOf(base) + steps;
    return i < order.length ? (order[i] as ConfidenceLevel) : null;
  }

  /** Hits of a sentence's clause containing a token position. */
  clauseAt(sentence: Sentence, hit: Hit): Clause | undefined {
    return this.concepts.clauses(sentence).find((c) => c.start <= hit.start && hit.end <= c.end);
  }

  /**
   * The clause with the hits that longer overlapping phrases hid put back (§2.2 keeps only the
   * longest of overlapping hits, so `marker.delegation` «утверждаются уполномоченным органом»
   * hides the `verb.approve` and the `actor.state` in it). The tokens of every hit of two or more
   * tokens that `inside` accepts are matched again without their first and without their last
   * token, `depth` levels down. Let `inside` accept only phrases that may hold other concepts (a
   * marker, another rule's list), not words whose parts are rightly hidden ("authorised body" holds
   * no approval). Hidden hits carry their token positions in the sentence but no matcher negation
   * flag: test them with `negated`. The clause itself is not changed.
   */
  withHidden(clause: Clause, inside: (hit: Hit) => boolean, depth = 3): Clause {
    const sentence = clause.sentence;
    const tokens = this.concepts.tokens(sentence);
    const base = sentence.range.start.offset;
    const exact = sentence.text.length === sentence.range.end.offset - base;
    const hits = [...clause.hits];
    const known = new Set(hits.map((h) => `${h.concept}@${h.tokenStart}:${h.tokenEnd}`));
    const visited = new Set<string>();
    const rematch = (from: number, to: number, level: number): void => {
      const first = tokens[from];
      const last = tokens[to - 1];
      if (!first || !last || to <= from || visited.has(`${from}:${to}`)) return;
      visited.add(`${from}:${to}`);
      const part: Sentence = {
        type: "Sentence",
        text: exact ? sentence.text.slice(first.start - base, last.end - base) : "",
        range: {
          start: { line: sentence.range.start.line, column: 0, offset: first.start },
          end: { line: sentence.range.start.line, column: 0, offset: last.end },
        },
      };
      const partTokens = this.concepts.tokens(part);
      if (partTokens.length !== to - from || partTokens[0]?.start !== first.start) return;
      for (const h of this.concepts.hits(part)) {
        const hit: Hit = {
          concept: h.concept,
          start: h.start,
          end: h.end,
          tokenStart: h.tokenStart + from,
          tokenEnd: h.tokenEnd + from,
        };
        const key = `${hit.concept}@${hit.tokenStart}:${hit.tokenEnd}`;
        if (!known.has(key)) {
          known.add(key);
          hits.push(hit);
        }
        if (level < depth && hit.tokenEnd - hit.tokenStart >= 2 && inside(hit)) {
          rematch(hit.tokenStart + 1, hit.tokenEnd, level + 1);
          rematch(hit.tokenStart, hit.tokenEnd - 1, level + 1);
        }
      }
    };
    for (const h of clause.hits) {
      if (h.tokenEnd - h.tokenStart < 2 || !inside(h)) continue;
      rematch(h.tokenStart + 1, h.tokenEnd, 1);
      rematch(h.tokenStart, h.tokenEnd - 1, 1);
    }
    if (hits.length === clause.hits.length) return clause;
    hits.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
    return { ...clause, hits };
  }
}
