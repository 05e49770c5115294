/**
 * Runs rules over a parsed bill: one walk of the tree for all rules and profiles (ESLint-style
 * listeners), reports turned into findings, a rule that throws isolated into one finding.
 */
import { ClauseAnalysis } from "../analysis/clauses.js";
import { ConceptIndex, ConceptMemory } from "../analysis/concepts.js";
import { findDefinition } from "../analysis/definitions.js";
import {
  citeArticle,
  findRight,
  isAbsolute,
  isForbiddenMotive,
  isGroundPermitted,
  type Profile,
  permittedGrounds,
} from "../config/profiles.js";
import type { Locale } from "../i18n/index.js";
import type { Matcher } from "../language/matcher.js";
import type { Division, Document, Provision, Range, Reference, Sentence } from "../syntax/ast.js";
import type { LineIndex } from "../syntax/positions.js";
import { engineMessage, formatMessage } from "./messages.js";
import { ruleOptions } from "./options.js";
import type {
  Confidence,
  Finding,
  NodeType,
  ProfileLaw,
  ProfileLike,
  ReportDescriptor,
  RuleContext,
  RuleModule,
  Severity,
  SeveritySetting,
  UnitPart,
  VisitedNode,
  Visitors,
} from "./types.js";
import { CONFIDENCE_VALUE } from "./types.js";
import {
  type CachedUnit,
  documentContextKey,
  type LintUnit,
  lintUnits,
  shiftFinding,
  type UnitCache,
} from "./units.js";

/** The `:exit` visitor key of each node type (made once, not per node). */
const EXIT: Readonly<Record<NodeType, string>> = {
  Document: "Document:exit",
  Division: "Division:exit",
  Provision: "Provision:exit",
  Sentence: "Sentence:exit",
};

/** Engine-level finding ids (not rules of the catalogue). */
export const RULE_ERROR_ID = "internal/rule-error";

export interface RunOptions {
  rules: readonly RuleModule[];
  /** The bill's text; needed for concept queries. */
  source?: string;
  /** The concept matcher (the built-in lexicons of the bill's language by default). */
  matcher?: Matcher;
  profiles: readonly ProfileLike[];
  /** Options per rule id (already validated). */
  ruleOptions?: Readonly<Record<string, Record<string, unknown>>>;
  /** Severity set by configuration, over the profile's (`rule` or `rule:sub-code`). */
  severity?: Readonly<Record<string, SeveritySetting>>;
  /**
   * Raises the severities that come from a profile or a rule's default (never one set in `severity`):
   * the `rightslint:strict` preset maps `warning` to `error` and `info` to `warning`.
   */
  escalate?: Escalation;
  /** The locale of the findings' messages (`rules/locales/<locale>.json`); English by default. */
  locale?: Locale;
  /**
   * Findings of unit-scoped rules kept from the last run over this document (the language server's
   * re-lint): units whose key did not change are not visited by those rules again. Needs `index`.
   */
  cache?: UnitCache;
  /** Line index of the source, to move kept findings to their new positions (with `cache`). */
  index?: LineIndex;
}

/** A severity mapping applied to profile and default severities (`{ warning: "error" }`). */
export type Escalation = Readonly<Partial<Record<Severity, Severity>>>;

type Parent = Division | Provision | null;

interface Listener {
  run: ActiveRun;
  fn: (node: never, parent: VisitedNode | null) => void;
}

interface ActiveRun {
  rule: RuleModule;
  profile: ProfileLike;
  severity: Severity;
  failed: boolean;
  /** Visits only the units not answered from the cache (`meta.scope: "unit"`, with a cache). */
  perUnit: boolean;
}

/** The severity of a rule (or one of its sub-codes) under a profile and the configuration. */
export function effectiveSeverity(
  rule: RuleModule,
  profile: ProfileLike,
  configured: RunOptions["severity"],
  subCode?: string,
  condition?: string,
  escalate?: Escalation,
): SeveritySetting {
  const id = rule.meta.id;
  const raise = (s: SeveritySetting): SeveritySetting => (s === "off" ? s : (escalate?.[s] ?? s));
  if (condition !== undefined) {
    // RULES.md §5.7 rows that depend on a condition the rule reports: a configured severity still
    // wins; then the profile's conditional severity for the sub-code, then for the rule
    const key = subCode === undefined ? undefined : `${id}:${subCode}`;
    const mine = (key !== undefined ? configured?.[key] : undefined) ?? configured?.[id];
    if (mine !== undefined) return mine;
    const table = profile.conditionalSeverity?.[condition];
    const byCondition = (key !== undefined ? table?.[key] : undefined) ?? table?.[id];
    if (byCondition !== undefined) return raise(byCondition);
  }
  if (subCode !== undefined) {
    const key = `${id}:${subCode}`;
    // what the user set for the sub-code, then for the whole rule, wins over the profile's table
    const mine = configured?.[key] ?? configured?.[id];
    if (mine !== undefined) return mine;
    const sub = profile.ruleSeverity?.[key];
    if (sub !== undefined) return raise(sub);
  }
  return configured?.[id] ?? raise(profile.ruleSeverity?.[id] ?? rule.meta.severity);
}

export function runRules(doc: Document, options: RunOptions): Finding[] {
  const parents = new Map<Division | Provision | Sentence, Parent>();
  const listeners = new Map<string, Listener[]>();
  /** The listeners of rules that run over the whole bill: those that still visit a kept unit. */
  const wholeBill = new Map<string, Listener[]>();
  const findings: Finding[] = [];

  const shared: Shared = {
    byEId: new Map(),
    refsFrom: new Map(),
    facts: new Map(),
    memo: options.cache ? { kept: options.cache.memo, used: new Map() } : null,
    parts: new Map(),
    partsUsed: new Map(),
  };
  for (const r of doc.references) {
    const list = shared.refsFrom.get(r.sourceEId);
    if (list) list.push(r);
    else shared.refsFrom.set(r.sourceEId, [r]);
  }
  const recordParents = (nodes: (Division | Provision)[], parent: Parent): void => {
    for (const n of nodes) {
      parents.set(n, parent);
      if (n.eId) shared.byEId.set(n.eId, n);
      if (n.type === "Provision") for (const s of n.sentences) parents.set(s, n);
      recordParents(n.children, n);
    }
  };
  recordParents(doc.body, null);

  const ruleError = (run: ActiveRun, node: VisitedNode, error: unknown): void => {
    run.failed = true;
    const unit = unitOf(node, parents);
    const text = engineMessage(
      "ruleError",
      {
        rule: run.rule.meta.id,
        unit: unit.label || { phrase: "theDocument" },
        error: error instanceof Error ? error.message : String(error),
      },
      options.locale,
    );
    findings.push({
      ruleId: RULE_ERROR_ID,
      severity: "error",
      ...text,
      range: node.range,
      eId: unit.eId,
      label: unit.label,
      profile: run.profile.id,
      principle: [],
      suggestions: [],
      confidence: 1,
    });
  };

  // numbers for stretches of this source (unit keys, `context.memo` by range), carried from the last
  // run; never reset, since a number is never given to two texts
  const source = options.source ?? options.index?.source;
  if (options.cache && source !== undefined) options.cache.texts.begin(source);
  const incremental = options.cache && options.index ? startIncremental(doc, options, shared) : null;
  // what startIncremental kept of the memo (it empties it when the rules or settings changed)
  if (shared.memo && options.cache) shared.memo.kept = options.cache.memo;
  const ranOnce = new Set<RuleModule>();
  for (const profile of options.profiles) {
    for (const rule of options.rules) {
      if (ranOnce.has(rule)) continue;
      const severity = effectiveSeverity(rule, profile, options.severity, undefined, undefined, options.escalate);
      if (severity === "off") continue;
      if (rule.meta.profileIndependent) ranOnce.add(rule);
      const run: ActiveRun = { rule, profile, severity, failed: false, perUnit: false };
      const context = makeContext(doc, run, options, parents, findings, shared, incremental);
      let visitors: Visitors;
      try {
        visitors = rule.create(context);
      } catch (e) {
        ruleError(run, doc, e);
        continue;
      }
      // a unit rule visits only the units not answered from the cache; its `Document:exit` (the
      // combine of its `unitParts`) runs on every lint, and what it reports there is not kept
      run.perUnit = incremental !== null && rule.meta.scope === "unit";
      for (const [key, fn] of Object.entries(visitors)) {
        if (typeof fn !== "function") continue;
        const listener = { run, fn: fn as Listener["fn"] };
        const list = listeners.get(key) ?? [];
        list.push(listener);
        listeners.set(key, list);
        if (!run.perUnit || key === "Document:exit") {
          const whole = wholeBill.get(key) ?? [];
          whole.push(listener);
          wholeBill.set(key, whole);
        }
      }
    }
  }
  if (listeners.size === 0 && !incremental) return sortFindings(findings);
  // whether a kept unit's nodes are visited at all: only when a whole-bill rule listens to them
  const wholeBillNodes = [...wholeBill.keys()].some((k) => k !== "Document" && k !== "Document:exit");

  const emit = (key: string, node: VisitedNode, parent: VisitedNode | null): void => {
    const list = incremental?.current?.kept !== undefined ? wholeBill.get(key) : listeners.get(key);
    if (!list) return;
    for (const l of list) {
      if (l.run.failed) continue;
      try {
        l.fn(node as never, parent);
      } catch (e) {
        ruleError(l.run, node, e);
      }
    }
  };
  const visit = (node: VisitedNode, parent: VisitedNode | null): void => {
    const type: NodeType = node.type;
    const unit = incremental && node.type !== "Sentence" ? incremental.byRoot.get(node) : undefined;
    const outer = incremental?.current ?? null;
    if (incremental && unit) {
      // a kept unit with no whole-bill rule listening to its nodes: nothing to visit (a part or
      // chapter kept for its own node still has units inside)
      if (unit.kept !== undefined && !unit.unit.headerOnly && !wholeBillNodes) return;
      incremental.current = unit;
    }
    emit(type, node, parent);
    // the bill's front matter is a unit for its own Document visit only
    if (incremental && node.type === "Document") incremental.current = null;
    if (node.type === "Provision") for (const s of node.sentences) visit(s, node);
    if (node.type !== "Sentence") {
      const children = node.type === "Document" ? node.body : node.children;
      for (const c of children) visit(c, node);
    }
    // a unit rule's `Document:exit` reports for the whole bill: its findings are made on every lint
    if (incremental && node.type === "Document") incremental.billLevel = true;
    emit(EXIT[type], node, parent);
    if (incremental && unit) incremental.current = outer;
  };
  visit(doc, null);
  if (options.cache && shared.memo) options.cache.memo = shared.memo.used;
  if (incremental) incremental.cache.parts = shared.partsUsed;
  if (incremental && !finishIncremental(incremental, findings, shared)) {
    // a bill-wide fact changed under the kept findings: lint every unit again
    return runRules(doc, options);
  }
  return sortFindings(findings);
}

/** A unit during an incremental run: its findings from the cache, or those its rules report now. */
interface UnitRun {
  unit: LintUnit;
  /** Findings kept from the last run (at their old positions); undefined when the unit is linted. */
  kept: Finding[] | undefined;
  /** What unit-scoped rules reported in it during this run. */
  reported: Finding[];
}

interface Incremental {
  cache: UnitCache;
  index: LineIndex;
  context: string;
  units: UnitRun[];
  byRoot: Map<VisitedNode, UnitRun>;
  current: UnitRun | null;
  /** The walk is at the bill's `Document:exit`: findings reported now belong to no unit and are not kept. */
  billLevel: boolean;
  failed: boolean;
  /**
   * `context.unitParts` kept from the last run (the cache holds this run's once the walk is done,
   * and a fact may still be computed after it, when the kept findings' facts are checked).
   */
  keptParts: ReadonlyMap<string, ReadonlyMap<number, unknown>>;
}

/** The last number given to a unit key (`UnitCache.keyIds`); never given twice. */
let lastKeyId = 0;

const identities = new WeakMap<object, number>();
let nextIdentity = 0;
/** A number per object: rules and profiles are compared by identity (a reloaded plugin is another rule). */
function identity(o: object): number {
  let n = identities.get(o);
  if (n === undefined) {
    n = ++nextIdentity;
    identities.set(o, n);
  }
  return n;
}

/** The units of the bill, each answered from the cache when its key is unchanged. */
function startIncremental(doc: Document, options: RunOptions, shared: Shared): Incremental {
  const cache = options.cache as UnitCache;
  const index = options.index as LineIndex;
  const context = JSON.stringify([
    options.rules.map(identity),
    options.profiles.map(identity),
    options.ruleOptions ?? null,
    options.severity ?? null,
    options.escalate ?? null,
    options.locale ?? null,
    options.matcher ? identity(options.matcher) : null,
    documentContextKey(doc),
  ]);
  if (cache.context !== context) {
    cache.context = context;
    cache.entries.clear();
    cache.facts.clear();
    cache.memo = new Map();
    cache.parts = new Map();
    cache.concepts = new ConceptMemory();
  }
  const units = lintUnits(doc, index.source, shared.refsFrom, shared.byEId, cache.texts);
  // each key's number: the last run's for a key it had, else a new one
  const keyIds = new Map<string, number>();
  // two units with one key (a repeated article) cannot tell their entries apart: both are linted
  const seen = new Map<number, number>();
  for (const u of units) {
    let id = keyIds.get(u.key);
    if (id === undefined) {
      id = cache.keyIds.get(u.key) ?? ++lastKeyId;
      keyIds.set(u.key, id);
    }
    u.id = id;
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  cache.keyIds = keyIds;
  const runs: UnitRun[] = units.map((unit) => {
    const entry = seen.get(unit.id) === 1 ? cache.entries.get(unit.id) : undefined;
    const kept = entry?.findings.map((f) => shiftFinding(f, entry, unit, index));
    return { unit, kept, reported: [] };
  });
  const byRoot = new Map<VisitedNode, UnitRun>();
  for (const r of runs) byRoot.set(r.unit.root, r);
  return {
    cache,
    index,
    context,
    units: runs,
    byRoot,
    current: null,
    billLevel: false,
    failed: false,
    keptParts: cache.parts,
  };
}

/**
 * Adds the kept findings and stores this run's units for the next one. False (and the cache
 * emptied) when a fact the kept findings were computed with has another value now.
 */
function finishIncremental(inc: Incremental, findings: Finding[], shared: Shared): boolean {
  for (const [key, value] of inc.cache.facts) {
    const fact = shared.facts.get(key);
    if (!fact || JSON.stringify(fact.get()) !== value) {
      // the kept findings go; the parts, memo values and concept memory stay (they depend on the
      // units' keys and the cache's context, never on a fact), so the lint again reuses them
      inc.cache.entries.clear();
      inc.cache.facts.clear();
      return false;
    }
  }
  for (const [key, fact] of shared.facts) if (fact.done) inc.cache.facts.set(key, JSON.stringify(fact.get()));
  const entries = new Map<number, CachedUnit>();
  let reused = 0;
  for (const r of inc.units) {
    if (r.kept) {
      reused++;
      findings.push(...r.kept);
    }
    entries.set(r.unit.id, { start: r.unit.start, line: r.unit.line, findings: r.kept ?? r.reported });
  }
  inc.cache.reused = reused;
  inc.cache.linted = inc.units.length - reused;
  // a rule that failed stopped halfway: nothing of this run is kept
  if (inc.failed || findings.some((f) => f.ruleId === RULE_ERROR_ID)) {
    inc.cache.context = "";
    inc.cache.entries.clear();
    inc.cache.facts.clear();
    inc.cache.parts = new Map();
    return true;
  }
  inc.cache.entries = entries;
  return true;
}

/** A bill-wide fact of a rule run (`context.fact`): computed once, on first use. */
interface Fact {
  get(): unknown;
  done: boolean;
}

/** Values of `context.memo` in one space (a rule and language; by key or by text number). */
type MemoMap = Map<string | number, unknown>;

/** A memo space's values asked for in this run, and those kept from the last one. */
interface MemoSpace {
  used: MemoMap;
  kept: MemoMap | undefined;
}

function memoSpace(memo: NonNullable<Shared["memo"]>, space: string): MemoSpace {
  let used = memo.used.get(space);
  if (!used) {
    used = new Map();
    memo.used.set(space, used);
  }
  return { used, kept: memo.kept.get(space) };
}

/** Lookups built once per bill and shared by every rule's context. */
interface Shared {
  byEId: Map<string, Division | Provision>;
  refsFrom: Map<string, Reference[]>;
  /** Facts by rule, profile and name. */
  facts: Map<string, Fact>;
  /** `context.memo`: the values kept from the last run and those asked for in this one (with a cache). */
  memo: { kept: ReadonlyMap<string, MemoMap>; used: Map<string, MemoMap> } | null;
  /** `context.unitParts` of this run by space (rule, language, profile, name), and their values by unit key to keep. */
  parts: Map<string, readonly UnitPart<unknown>[]>;
  partsUsed: Map<string, Map<number, unknown>>;
  /** The lint units (those of the incremental run; without a cache, made on the first `unitParts`). */
  units?: readonly LintUnit[];
  concepts?: ConceptIndex;
  clauses?: ClauseAnalysis;
}

function makeContext(
  doc: Document,
  run: ActiveRun,
  options: RunOptions,
  parents: Map<Division | Provision | Sentence, Parent>,
  findings: Finding[],
  shared: Shared,
  incremental: Incremental | null,
): RuleContext {
  const { rule, profile } = run;
  const meta = rule.meta;
  const options_ = ruleOptions(rule, options.ruleOptions?.[meta.id]);
  const space = `${meta.id}\u0000${doc.language}`;
  const textSpace = `${space}\u0000#`;
  // this rule's memo spaces in this run, found once
  let byKey: MemoSpace | undefined;
  let byText: MemoSpace | undefined;
  return {
    ruleId: meta.id,
    language: doc.language,
    profile,
    options: options_,
    document: doc,
    report(d: ReportDescriptor): void {
      if (!Object.hasOwn(meta.messages, d.messageId)) throw new Error(`unknown messageId "${d.messageId}"`);
      let severity: Severity = run.severity;
      if (d.subCode !== undefined || d.condition !== undefined) {
        const s = effectiveSeverity(rule, profile, options.severity, d.subCode, d.condition, options.escalate);
        if (s === "off") return;
        severity = s;
      }
      const unit = unitOf(d.node, parents);
      const confidence: Confidence = d.confidence ?? meta.confidence;
      const text = formatMessage(meta.id, meta, d.messageId, d.data ?? {}, options.locale);
      const finding: Finding = {
        ruleId: meta.id,
        messageId: d.messageId,
        severity,
        message: text.message,
        range: d.range ?? d.node.range,
        eId: unit.eId,
        label: unit.label,
        profile: profile.id,
        principle: principleOf(meta.principle[profile.id], profile),
        suggestions: d.suggestions ?? [],
        confidence: CONFIDENCE_VALUE[confidence],
      };
      if (d.subCode !== undefined) finding.subCode = d.subCode;
      if (text.english !== undefined) finding.english = text.english;
      findings.push(finding);
      if (run.perUnit && incremental) {
        // outside any unit (the bill's own node) nothing can be kept
        if (incremental.current) incremental.current.reported.push(finding);
        else if (!incremental.billLevel) incremental.failed = true;
      }
    },
    scopeOf(node, kind) {
      let cur: Parent | undefined = node.type === "Division" && node.kind === kind ? node : parents.get(node);
      while (cur) {
        if (cur.type === "Division" && cur.kind === kind) return cur;
        cur = parents.get(cur);
      }
      return null;
    },
    parentOf(node) {
      return parents.get(node) ?? null;
    },
    byEId(eId) {
      return shared.byEId.get(eId) ?? null;
    },
    referencesFrom(node) {
      return shared.refsFrom.get(node.eId) ?? [];
    },
    resolve(reference) {
      return reference.targetEId === null ? null : (shared.byEId.get(reference.targetEId) ?? null);
    },
    definitionOf(term) {
      return findDefinition(doc.definitions, term, doc.language);
    },
    fact<T>(name: string, compute: () => T, how?: { perProfile?: boolean }): () => T {
      // a fact that does not depend on the profile is one for all the rule's runs in this lint
      const perProfile = how?.perProfile !== false;
      const key = `${meta.id}\u0000${perProfile ? profile.id : ""}\u0000${name}`;
      const known = perProfile ? undefined : shared.facts.get(key);
      if (known) return () => known.get() as T;
      let value: T;
      const fact: Fact = {
        done: false,
        get() {
          if (!fact.done) {
            value = compute();
            fact.done = true;
          }
          return value;
        },
      };
      shared.facts.set(key, fact);
      return () => fact.get() as T;
    },
    memo<T>(by: string | Range, compute: () => T): T {
      const memo = shared.memo;
      if (!memo || !options.cache) return compute();
      // by rule and language first: the key itself (often a slice of the source) is never copied; a
      // range stands for its text by the text's number (`TextIds`), in a space of its own
      let key: string | number;
      let where: MemoSpace;
      if (typeof by === "string") {
        key = by;
        where = byKey ??= memoSpace(memo, space);
      } else {
        key = options.cache.texts.id(by.start.offset, by.end.offset);
        where = byText ??= memoSpace(memo, textSpace);
      }
      const { used, kept } = where;
      if (used.has(key)) return used.get(key) as T;
      const value = kept?.has(key) ? (kept.get(key) as T) : compute();
      used.set(key, value);
      return value;
    },
    unitParts<T>(name: string, compute: (unit: LintUnit) => T, how?: { perProfile?: boolean }): readonly UnitPart<T>[] {
      const perProfile = how?.perProfile !== false;
      const key = `${space}\u0000${perProfile ? profile.id : ""}\u0000${name}`;
      const known = shared.parts.get(key);
      if (known) return known as readonly UnitPart<T>[];
      let parts: UnitPart<T>[];
      if (incremental) {
        // a unit's part depends only on its key: kept from the last run, or shared by units of one key
        const kept = incremental.keptParts.get(key);
        const used = new Map<number, unknown>();
        parts = incremental.units.map(({ unit }) => {
          let value: T;
          if (used.has(unit.id)) value = used.get(unit.id) as T;
          else {
            value = kept?.has(unit.id) ? (kept.get(unit.id) as T) : compute(unit);
            used.set(unit.id, value);
          }
          return { unit, value };
        });
        shared.partsUsed.set(key, used);
      } else {
        shared.units ??= lintUnits(doc, "", shared.refsFrom, shared.byEId, undefined, false);
        parts = shared.units.map((unit) => ({ unit, value: compute(unit) }));
      }
      shared.parts.set(key, parts);
      return parts;
    },
    get law(): ProfileLaw {
      return lawOf(profile);
    },
    get concepts(): ConceptIndex {
      if (!shared.concepts) {
        if (options.source === undefined) throw new Error("concept queries need the bill's source (RunOptions.source)");
        shared.concepts = new ConceptIndex(
          doc,
          options.source,
          options.matcher,
          { parents, byEId: shared.byEId },
          options.cache?.concepts,
        );
      }
      return shared.concepts;
    },
    get clauses(): ClauseAnalysis {
      if (!shared.clauses) {
        shared.clauses = new ClauseAnalysis(
          this.concepts,
          doc.language,
          doc.definitions.map((d) => d.provisionEId),
        );
      }
      return shared.clauses;
    },
  };
}

const LAW = new WeakMap<ProfileLike, ProfileLaw>();

/** Profile queries for rules; a profile given only as id and citation (tests) permits nothing. */
function lawOf(profile: ProfileLike): ProfileLaw {
  let law = LAW.get(profile);
  if (law) return law;
  const full = isFullProfile(profile) ? profile : null;
  law = {
    permittedGrounds: (right) => (full ? permittedGrounds(full, right) : undefined),
    isGroundPermitted: (right, ground) => (full ? isGroundPermitted(full, right, ground) : undefined),
    isForbiddenMotive: (ground) => (full ? isForbiddenMotive(full, ground) : false),
    isAbsolute: (right) => (full ? isAbsolute(full, right) : false),
    articlesFor: (right) => (full ? (findRight(full, right)?.articles ?? []) : []),
    option: (name) => (full ? (full.options as unknown as Record<string, unknown> | undefined)?.[name] : undefined),
    cite: (article) => citeArticle(profile, article),
  };
  LAW.set(profile, law);
  return law;
}

function isFullProfile(p: ProfileLike): p is Profile {
  return Array.isArray((p as Partial<Profile>).rights);
}

export function principleOf(ref: string | string[] | undefined, profile: ProfileLike): string[] {
  if (ref === undefined) return [];
  return (Array.isArray(ref) ? ref : [ref]).map((r) => `${profile.citation} ${r}`);
}

/** The unit (division or provision) a node belongs to, for a finding's eId and label. */
function unitOf(
  node: VisitedNode,
  parents: Map<Division | Provision | Sentence, Parent>,
): { eId: string; label: string } {
  let cur: Division | Provision | Sentence | null | undefined = node.type === "Document" ? null : node;
  while (cur && cur.type === "Sentence") cur = parents.get(cur);
  while (cur && cur.type === "Division" && cur.implicit) cur = parents.get(cur);
  return cur ? { eId: cur.eId, label: cur.label } : { eId: "", label: "" };
}

export { interpolate } from "./messages.js";

/** Deterministic order: position, then rule, profile, sub-code and message (in English: the same in every locale). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.range.start.offset - b.range.start.offset ||
      a.range.end.offset - b.range.end.offset ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.profile, b.profile) ||
      compare(a.subCode ?? "", b.subCode ?? "") ||
      compare(a.english ?? a.message, b.english ?? b.message),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
