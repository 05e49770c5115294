/**
 * Concept hits of a bill, computed lazily per sentence and cached, and the scope queries rules
 * ask (RULES.md §2.3–2.5): does a sentence, a clause, a provision with its chapeau, an article,
 * or an article with the units it references, mention a concept?
 */
import { hasBit } from "../language/literals.js";
import { ALWAYS_POSSIBLE, getMatcher, type Hit, type Matcher, NEVER_POSSIBLE } from "../language/matcher.js";
import { type Token, tokenize } from "../language/tokens.js";
import type { Division, Document, Provision, Range, Reference, Sentence } from "../syntax/ast.js";
import { StretchMemory } from "./source-edit.js";

/** Where to look, widening step by step (§2.5). */
export type ScopeLevel = "sentence" | "clause" | "provision" | "article" | "article+refs";

const LEVELS: readonly ScopeLevel[] = ["clause", "sentence", "provision", "article", "article+refs"];

/** A clause: a sentence segment between `;`, `:` or the sentence ends (commas do not split). */
export interface Clause {
  sentence: Sentence;
  tokens: Token[];
  hits: Hit[];
  start: number;
  end: number;
}

export interface Found {
  /** The narrowest level at which the concept was found. */
  level: ScopeLevel;
  hits: Hit[];
}

type Unit = Division | Provision;

interface SentenceState {
  /** What is known of the sentence's stretch of the source (shared by sentences of one range). */
  known: Known;
  /** Its hits, once asked for in this lint (`mayHave` is exact from then on, as without a memory). */
  hits: Hit[] | undefined;
  clauses: Clause[] | undefined;
}

/** What is known of a stretch of the source [start, end): tokens, hits, prefilter mask, closure. */
interface Known {
  /** Tokens, at offsets `tokensShift` behind the stretch's (kept from an earlier lint and not asked for since). */
  tokens: Token[] | undefined;
  tokensShift: number;
  hits: Hit[] | undefined;
  hitsShift: number;
  /** Every concept its hits are (each hit's concept and its ancestors): `mayHave` once hits are known. */
  closure: ReadonlySet<string> | undefined;
  /** The concepts whose prefilter literals it holds (null: cannot be judged, any). */
  mask: Uint32Array | null | undefined;
}

const fresh = (): Known => ({
  tokens: undefined,
  tokensShift: 0,
  hits: undefined,
  hitsShift: 0,
  closure: undefined,
  mask: undefined,
});

/**
 * What the sentences of one document hold (tokens, concept hits, prefilter masks), kept between
 * its lints (the engine keeps one in the `UnitCache`): a re-lint after an edit tokenizes and
 * matches only the sentences the edit touched. A stretch of the source before the edit has the
 * same text at the same offsets; one after it has the same text moved by the edit's length, and its
 * tokens and hits are moved when a rule asks for them (`StretchMemory`). What is kept depends only
 * on that text and the matcher. Each lint keeps what it asked for and drops the rest.
 */
export class ConceptMemory {
  private matcher: Matcher | undefined;
  private readonly memory = new StretchMemory<Known>((old, moved) => {
    if (old === undefined) return fresh();
    // a stretch of the last lint is carried to one stretch of this one at most: the record moves
    // along (what it does not hold yet is computed at the new place, unshifted)
    if (old.tokens !== undefined) old.tokensShift += moved;
    if (old.hits !== undefined) old.hitsShift += moved;
    return old;
  });

  /** Starts a lint of `source` with `matcher` (what another matcher found is dropped). */
  begin(source: string, matcher: Matcher): void {
    this.memory.begin(source, this.matcher === matcher);
    this.matcher = matcher;
  }

  /** The record of [start, end) of this lint's source: from the last lint when the edit did not touch it. */
  known(start: number, end: number): Known {
    return this.memory.at(start, end);
  }

  /** Stretches asked about in this lint (for tests). */
  get size(): number {
    return this.memory.size;
  }
}

/** Tokens moved by `delta`. */
function shiftTokens(tokens: readonly Token[], delta: number): Token[] {
  const out: Token[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const moved: Token = { norm: t.norm, start: t.start + delta, end: t.end + delta };
    if (t.boundary !== undefined) moved.boundary = t.boundary;
    if (t.number !== undefined) moved.number = t.number;
    out[i] = moved;
  }
  return out;
}

/** Hits moved by `delta`. */
function shiftHits(hits: readonly Hit[], delta: number): Hit[] {
  const out: Hit[] = new Array(hits.length);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as Hit;
    const moved: Hit = {
      concept: h.concept,
      start: h.start + delta,
      end: h.end + delta,
      tokenStart: h.tokenStart,
      tokenEnd: h.tokenEnd,
    };
    if (h.negated !== undefined) moved.negated = h.negated;
    out[i] = moved;
  }
  return out;
}

export class ConceptIndex {
  private readonly matcher: Matcher;
  /** What is known of each sentence asked about, in one record: rules ask `mayHave` about every
   * sentence several times per rule and profile, so one lookup instead of one per cache. */
  private readonly states = new Map<Sentence, SentenceState>();
  private lastSentence: Sentence | undefined;
  private lastState: SentenceState | undefined;
  private readonly headingCache = new WeakMap<Division, Hit[]>();
  /** The prefilter bits of the concept lists `mayHaveAny` was asked about. */
  private readonly bitsOf = new WeakMap<readonly string[], number[]>();
  private readonly parents: ReadonlyMap<Unit | Sentence, Unit | null>;
  private readonly byEId: ReadonlyMap<string, Unit>;
  private readonly refCache = new WeakMap<Unit, Unit[]>();
  private readonly subtreeCache = new WeakMap<Unit, Hit[]>();
  private refsBySource: Map<string, Reference[]> | undefined;
  private readonly memory: ConceptMemory | undefined;

  constructor(
    private readonly doc: Document,
    /** The bill's text (the AST holds offsets into it). */
    private readonly source: string,
    matcher?: Matcher,
    /**
     * The bill's parent links (every unit and sentence; null at the top) and units by eId, when the
     * caller has them already (the engine builds them once for every rule).
     */
    tree?: { parents: ReadonlyMap<Unit | Sentence, Unit | null>; byEId: ReadonlyMap<string, Unit> },
    /** What the last lint of this document knew of its sentences (see `ConceptMemory`). */
    memory?: ConceptMemory,
  ) {
    this.matcher = matcher ?? getMatcher(doc.language);
    this.memory = memory;
    memory?.begin(source, this.matcher);
    if (tree) {
      this.parents = tree.parents;
      this.byEId = tree.byEId;
      return;
    }
    const parents = new Map<Unit | Sentence, Unit | null>();
    const byEId = new Map<string, Unit>();
    const rec = (nodes: Unit[], parent: Unit | null): void => {
      for (const n of nodes) {
        parents.set(n, parent);
        if (n.eId) byEId.set(n.eId, n);
        if (n.type === "Provision") for (const s of n.sentences) parents.set(s, n);
        rec(n.children, n);
      }
    };
    rec(doc.body, null);
    this.parents = parents;
    this.byEId = byEId;
  }

  private state(sentence: Sentence): SentenceState {
    // the engine hands each sentence to every rule in turn, so most calls ask about the last one
    if (sentence === this.lastSentence && this.lastState !== undefined) return this.lastState;
    let st = this.states.get(sentence);
    if (st === undefined) {
      const { start, end } = sentence.range;
      const known = this.memory ? this.memory.known(start.offset, end.offset) : fresh();
      st = { known, hits: undefined, clauses: undefined };
      this.states.set(sentence, st);
    }
    this.lastSentence = sentence;
    this.lastState = st;
    return st;
  }

  /** The source text a range covers (what `tokens` reads for a sentence with that range). */
  sourceOf(range: Range): string {
    return this.source.slice(range.start.offset, range.end.offset);
  }

  /** Tokens of a sentence, with source offsets. */
  tokens(sentence: Sentence): Token[] {
    const k = this.state(sentence).known;
    if (k.tokens === undefined) {
      const { start, end } = sentence.range;
      k.tokens = tokenize(this.source.slice(start.offset, end.offset), start.offset);
      k.tokensShift = 0;
    } else if (k.tokensShift !== 0) {
      k.tokens = shiftTokens(k.tokens, k.tokensShift);
      k.tokensShift = 0;
    }
    return k.tokens;
  }

  /** Every concept hit of a sentence (sub-concepts reported with their parents). */
  hits(sentence: Sentence): Hit[] {
    const st = this.state(sentence);
    if (st.hits !== undefined) return st.hits;
    const k = st.known;
    if (k.hits === undefined) {
      k.hits = this.matcher.match(this.tokens(sentence));
      k.hitsShift = 0;
    } else if (k.hitsShift !== 0) {
      k.hits = shiftHits(k.hits, k.hitsShift);
      k.hitsShift = 0;
    }
    st.hits = k.hits;
    return k.hits;
  }

  /**
   * A cheap test before matching: false when the sentence cannot hold `concept` (or a sub-concept),
   * so a rule can skip a sentence without tokenizing it. Exact once the sentence's hits are known.
   */
  mayHave(sentence: Sentence, concept: string): boolean {
    const st = this.state(sentence);
    const known = st.known;
    // exact once this lint asked for the hits (a closure kept from the last lint is the same set)
    if (st.hits !== undefined) {
      if (known.closure === undefined) {
        const set = new Set<string>();
        for (const h of st.hits) {
          if (set.has(h.concept)) continue;
          set.add(h.concept);
          for (const a of this.matcher.ancestors(h.concept)) set.add(a);
        }
        known.closure = set;
      }
      return known.closure.has(concept);
    }
    const bit = this.matcher.conceptBit(concept);
    if (bit === ALWAYS_POSSIBLE) return true;
    if (bit === NEVER_POSSIBLE) return false;
    // one pass over the sentence answers every concept a rule asks about
    if (known.mask === undefined) {
      known.mask = this.matcher.literalMask(this.source, sentence.range.start.offset, sentence.range.end.offset);
    }
    return known.mask === null || hasBit(known.mask, bit);
  }

  /**
   * `mayHave` of any of `concepts` (the same answer as asking each in turn, in one lookup of the
   * sentence): for a rule that skips a sentence unless one of several concepts may be in it. Pass
   * the same array each time (a constant): its concepts' prefilter bits are found once.
   */
  mayHaveAny(sentence: Sentence, concepts: readonly string[]): boolean {
    const st = this.state(sentence);
    if (st.hits !== undefined) {
      for (const c of concepts) if (this.mayHave(sentence, c)) return true;
      return false;
    }
    let bits = this.bitsOf.get(concepts);
    if (bits === undefined) {
      bits = concepts.map((c) => this.matcher.conceptBit(c));
      this.bitsOf.set(concepts, bits);
    }
    const known = st.known;
    for (const bit of bits) {
      if (bit === ALWAYS_POSSIBLE) return true;
      if (bit === NEVER_POSSIBLE) continue;
      if (known.mask === undefined) {
        known.mask = this.matcher.literalMask(this.source, sentence.range.start.offset, sentence.range.end.offset);
      }
      if (known.mask === null || hasBit(known.mask, bit)) return true;
    }
    return false;
  }

  /** Hits in a division's heading (article titles count for right objects, §2.5). */
  headingHits(division: Division): Hit[] {
    let h = this.headingCache.get(division);
    if (!h) {
      const heading = division.heading;
      // the heading's stretch of the source, read like a sentence (and kept like one between lints)
      h = heading ? this.hits({ type: "Sentence", text: heading.text, range: heading.range }) : [];
      this.headingCache.set(division, h);
    }
    return h;
  }

  /** The parent unit of a node (null at the top). */
  parentOf(node: Sentence | Unit): Unit | null {
    return this.parents.get(node) ?? null;
  }

  /** The clauses of a sentence, each with its tokens and hits (cached). */
  clauses(sentence: Sentence): Clause[] {
    const st = this.state(sentence);
    if (st.clauses === undefined) st.clauses = this.splitClauses(sentence);
    return st.clauses;
  }

  private splitClauses(sentence: Sentence): Clause[] {
    const tokens = this.tokens(sentence);
    const hits = this.hits(sentence);
    const out: Clause[] = [];
    let from = 0;
    const cut = (to: number): void => {
      const part = tokens.slice(from, to);
      if (part.length > 0) {
        const start = (part[0] as Token).start;
        const end = (part[part.length - 1] as Token).end;
        out.push({ sentence, tokens: part, hits: hits.filter((h) => h.start >= start && h.end <= end), start, end });
      }
      from = to + 1;
    };
    tokens.forEach((t, i) => {
      if (t.boundary && (t.norm === ";" || t.norm === ":")) cut(i);
    });
    cut(tokens.length);
    return out;
  }

  /** Whether `concept` is `ancestor` or one of its sub-concepts. */
  isA(concept: string, ancestor: string): boolean {
    return concept === ancestor || this.matcher.isA(concept, ancestor);
  }

  /** Hits of `concept` in the node's own text: a sentence, a provision's sentences, a division's heading. */
  mentions(node: Sentence | Unit, concept: string): Hit[] {
    const pick = (hits: Hit[]): Hit[] => hits.filter((h) => h.concept === concept);
    if (node.type === "Sentence") return pick(this.hits(node));
    if (node.type === "Division") return pick(this.headingHits(node));
    return node.sentences.flatMap((s) => pick(this.hits(s)));
  }

  /**
   * Looks for `concept` around `sentence`, widening from the clause (or sentence) up to `upTo`
   * (§2.5; default `article+refs`), and says where it was first found.
   */
  find(
    sentence: Sentence,
    concept: string,
    options: { from?: ScopeLevel; upTo?: ScopeLevel; clause?: Clause } = {},
  ): Found | null {
    const from = LEVELS.indexOf(options.from ?? (options.clause ? "clause" : "sentence"));
    const upTo = LEVELS.indexOf(options.upTo ?? "article+refs");
    for (let i = from; i <= upTo; i++) {
      const level = LEVELS[i] as ScopeLevel;
      const hits = this.hitsAt(sentence, level, concept, options.clause);
      if (hits.length > 0) return { level, hits };
    }
    return null;
  }

  has(
    sentence: Sentence,
    concept: string,
    options: { from?: ScopeLevel; upTo?: ScopeLevel; clause?: Clause } = {},
  ): boolean {
    return this.find(sentence, concept, options) !== null;
  }

  /** The provision a sentence belongs to, and the nearest article (or primary section) around it. */
  provisionOf(sentence: Sentence): Provision | null {
    const p = this.parents.get(sentence);
    return p && p.type === "Provision" ? p : null;
  }

  articleOf(node: Sentence | Unit): Division | null {
    let cur = this.parents.get(node) ?? null;
    if (node.type === "Division" && node.kind === "article") return node;
    while (cur) {
      if (cur.type === "Division" && (cur.kind === "article" || cur.kind === "section")) return cur;
      cur = this.parents.get(cur) ?? null;
    }
    return null;
  }

  private hitsAt(sentence: Sentence, level: ScopeLevel, concept: string, clause?: Clause): Hit[] {
    const match = (hits: Hit[]): Hit[] => hits.filter((h) => this.isA(h.concept, concept));
    switch (level) {
      case "clause":
        return clause ? match(clause.hits) : [];
      case "sentence":
        return match(this.hits(sentence));
      case "provision": {
        // the provision with its chapeau and wrap-up: a point inherits its list's lead-in (§2.1)
        const p = this.provisionOf(sentence);
        if (!p) return [];
        const units: Provision[] = [p];
        const parent = this.parents.get(p);
        if (parent?.type === "Provision") units.push(parent);
        return units.flatMap((u) => u.sentences.flatMap((s) => match(this.hits(s))));
      }
      case "article": {
        const article = this.articleOf(sentence);
        return article ? this.subtreeHits(article, match, true) : [];
      }
      case "article+refs": {
        const article = this.articleOf(sentence);
        if (!article) return [];
        const out: Hit[] = [];
        for (const target of this.referencedFrom(article)) out.push(...this.subtreeHits(target, match, false));
        return out;
      }
    }
  }

  private subtreeHits(unit: Unit, match: (hits: Hit[]) => Hit[], withHeading: boolean): Hit[] {
    // every hit under a unit, gathered once and reused by every query about that unit
    let all = this.subtreeCache.get(unit);
    if (!all) {
      const collected: Hit[] = [];
      const rec = (u: Unit): void => {
        if (u.type === "Provision") for (const s of u.sentences) collected.push(...this.hits(s));
        for (const c of u.children) rec(c);
      };
      rec(unit);
      all = collected;
      this.subtreeCache.set(unit, all);
    }
    const out = match(all);
    if (unit.type === "Division" && withHeading) out.push(...match(this.headingHits(unit)));
    return out;
  }

  /** Units of this bill that a unit (or anything inside it) references, resolved, depth 1 (cached). */
  referencedUnits(unit: Unit): Unit[] {
    return this.referencedFrom(unit);
  }

  private referencedFrom(unit: Unit): Unit[] {
    const cached = this.refCache.get(unit);
    if (cached) return cached;
    if (!this.refsBySource) {
      this.refsBySource = new Map();
      for (const r of this.doc.references) {
        const list = this.refsBySource.get(r.sourceEId);
        if (list) list.push(r);
        else this.refsBySource.set(r.sourceEId, [r]);
      }
    }
    const inside = new Set<string>();
    const units: Unit[] = [];
    const rec = (u: Unit): void => {
      inside.add(u.eId);
      units.push(u);
      for (const c of u.children) rec(c);
    };
    rec(unit);
    const out: Unit[] = [];
    for (const u of units) {
      for (const r of this.refsBySource.get(u.eId) ?? []) {
        if (r.targetEId === null || inside.has(r.targetEId)) continue;
        const target = this.byEId.get(r.targetEId);
        if (target && !out.includes(target)) out.push(target);
      }
    }
    this.refCache.set(unit, out);
    return out;
  }
}
