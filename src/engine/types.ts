/**
 * The rule API: what a rule declares (meta), what it gets (context) and what it produces
 * (findings). Rules live in rules/ and reach the engine only through these types.
 */
import type { ClauseAnalysis } from "../analysis/clauses.js";
import type { ConceptIndex } from "../analysis/concepts.js";
import type { Template } from "../i18n/index.js";
import type { Definition, Division, Document, Language, Provision, Range, Reference, Sentence } from "../syntax/ast.js";

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";
export type Confidence = "high" | "medium" | "low";

/** Confidence as a number, as RULES.md §2.7 gives it. */
export const CONFIDENCE_VALUE: Record<Confidence, number> = { high: 0.9, medium: 0.7, low: 0.5 };

/** Node types a rule may visit, in document order; `:exit` variants run after the children. */
export type VisitedNode = Document | Division | Provision | Sentence;
export type NodeType = VisitedNode["type"];
export type VisitorKey = NodeType | `${NodeType}:exit`;

export type Visitors = {
  [K in VisitorKey]?: (
    node: Extract<VisitedNode, { type: K extends `${infer T}:exit` ? T : K }>,
    parent: VisitedNode | null,
  ) => void;
};

/** A text edit a drafter can accept: replace `range` of the source with `text`. */
export interface TextEdit {
  range: Range;
  text: string;
}

export interface Suggestion {
  /** What accepting it does, in drafting terms: `Add "by decision of a court"`. */
  description: string;
  edits: TextEdit[];
}

/** The article of a profile a rule rests on, per profile id: `{ "kz-2026": "art. 7(2)", iccpr: "art. 18(3)" }`. */
export type PrincipleRefs = Record<string, string | string[]>;

export interface RuleMeta {
  /** `family/name`, the public id (RULES.md). */
  id: string;
  family: string;
  /** Severity when no profile sets one. */
  severity: SeveritySetting;
  /** Base confidence of the rule's findings. */
  confidence: Confidence;
  /** One line: what the rule checks. */
  description: string;
  /**
   * A short name for listings (`rules`, `explain`, formatters). The built-in rules have theirs in
   * `rules/locales/en.json`, beside the translations; a plugin rule may give one here.
   */
  title?: string;
  /** Path of the rule's doc, relative to the package root (`rules/religion/x.md`). */
  docs: string;
  principle: PrincipleRefs;
  /** Message templates by id, with `{{placeholder}}`s (English; translations in `rules/locales/<locale>.json`). */
  messages: Record<string, string>;
  /**
   * Fixed phrases the rule puts into its messages through data (`data: { x: { phrase: "id" } }`),
   * by id, so that they are translated with the messages instead of staying English. A phrase may
   * have plural forms, chosen by its own `data.count`.
   */
  phrases?: Record<string, Template>;
  /** JSON Schema of the rule's options object (validated with ajv). */
  schema?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  hasSuggestions?: boolean;
  /** Sub-codes the rule may report (`rule:sub-code` in config). */
  subCodes?: string[];
  /**
   * The rule checks drafting, not a profile's law (RULES.md family `structure`): it runs once,
   * under the first active profile that has it on, instead of once per profile.
   */
  profileIndependent?: boolean;
  /**
   * What the rule's findings depend on (`document` when absent). `unit`: what it reports while
   * visiting an article or section (or a provision outside them) depends only on that unit, its
   * ancestors' headings and lead-ins, the units it references, the bill's language, title and
   * definitions, and the bill-wide facts it asks through `context.fact`; its `Document` visitor (if
   * any) reads only the front matter (title, preamble, enacting formula), and it keeps no other
   * state across units. The language server then re-runs it only on units whose text changed
   * (src/engine/units.ts). Its `Document:exit` visitor, if any, runs on every lint and reports for
   * the whole bill (those findings are never kept): it may read the other units only through
   * `context.unitParts` and `context.fact`, never through state its other visitors gathered (they
   * see only the changed units). A rule that reads other articles on its own is `document`.
   */
  scope?: "unit" | "document";
}

/** A phrase of the rule's `meta.phrases` as a value of a message's data, with its own placeholders. */
export interface PhraseRef {
  phrase: string;
  data?: Readonly<MessageData>;
}

/** Words quoted from the bill, in the quotation marks of the locale ("…" in English, «…» in Russian and Kazakh). */
export interface Quoted {
  quote: string;
}

/**
 * A list as a value of a message's data: its items joined as the locale joins them ("a, b and c",
 * «a, b и c», «a, b және c»; `or` for alternatives, `comma` for commas only). `serial` puts a
 * comma before the conjunction in English ("a, b, or c").
 */
export interface PhraseList {
  list: readonly (string | PhraseRef | Quoted)[];
  join?: "and" | "or" | "comma";
  serial?: boolean;
}

/** The data of a message: text from the bill, numbers, and the rule's own phrases (translated). */
export type MessageData = Record<string, string | number | PhraseRef | PhraseList | Quoted>;

export interface ReportDescriptor {
  /** The node the finding is about; its range is used unless `range` is given. */
  node: VisitedNode;
  range?: Range;
  messageId: string;
  data?: MessageData;
  subCode?: string;
  /**
   * A condition of RULES.md §5.7 that sets the severity where the profile says so
   * (`conditionalSeverity`): `constitution-document`, `forbidden-motive`, `appeal-law-assumed`...
   * A severity the user configured for the rule or sub-code still wins.
   */
  condition?: string;
  /** Defaults to the rule's base confidence. */
  confidence?: Confidence;
  suggestions?: Suggestion[];
}

/** The constitution or treaty a rule runs under (RULES.md §5); the engine needs only this much. */
export interface ProfileLike {
  id: string;
  /** How findings cite it: `KZ Constitution 2026`. */
  citation: string;
  ruleSeverity?: Record<string, SeveritySetting>;
  /** Severities by condition (RULES.md §5.7), each a map of rule id or `rule:sub-code` to severity. */
  conditionalSeverity?: Record<string, Record<string, SeveritySetting>>;
}

export interface RuleContext {
  readonly ruleId: string;
  readonly language: Language;
  /** The profile this run of the rule is for (a rule runs once per active profile). */
  readonly profile: ProfileLike;
  readonly options: Readonly<Record<string, unknown>>;
  readonly document: Document;
  report(descriptor: ReportDescriptor): void;
  /** The nearest ancestor division of `kind` (article, chapter, ...), or null. */
  scopeOf(node: Division | Provision | Sentence, kind: Division["kind"]): Division | null;
  /** The parent of a node in the tree (null for top-level units). */
  parentOf(node: Division | Provision | Sentence): Division | Provision | null;
  /** The unit with this eId, or null. */
  byEId(eId: string): Division | Provision | null;
  /** Cross references made in a unit's own text (not its children's). */
  referencesFrom(node: Division | Provision): Reference[];
  /** The unit a reference points to inside this bill; null when external or dangling. */
  resolve(reference: Reference): Division | Provision | null;
  /** Where a term is defined in this bill (inflection-tolerant), or undefined. */
  definitionOf(term: string): Definition | undefined;
  /**
   * A fact about the whole bill that a `scope: "unit"` rule's findings depend on ("the act refers
   * to the administrative procedure law somewhere"): register it in `create` and call the getter
   * when needed. It is computed once per lint, on first use. Its value must be plain data (it is
   * compared as JSON): when a re-lint finds it changed, every unit is linted again. A rule runs
   * once per profile, and so is each of its facts, unless `perProfile: false` says that the fact
   * does not depend on the profile (its `compute` reads the bill only): then the first run's is
   * computed once and every run of the rule in this lint gets its value.
   */
  fact<T>(name: string, compute: () => T, how?: { perProfile?: boolean }): () => T;
  /**
   * `compute()`, remembered under `key` between lints of one document (the language server passes a
   * `UnitCache`; without one it is simply called). For whole-bill rules that derive something per
   * sentence or per unit: the value must depend only on `key` (build it from the text it reads) and
   * the bill's language, and must not be changed by the caller. A `Range` as key stands for the
   * source text it covers (a sentence's range: the value depends only on that sentence's text): the
   * engine recognises the same text through the edit between two lints without copying or hashing
   * it, so this is the cheaper key for the text of a node. The value must not hold offsets.
   */
  memo<T>(key: string | Range, compute: () => T): T;
  /**
   * A whole-bill value in parts, one per lint unit (src/engine/units.ts): `compute(unit)` for every
   * unit of the bill, returned with the units in document order, for the rule to combine (an "is
   * there one anywhere", a count, the units that use a term). With a `UnitCache` a unit's part is
   * kept between lints while the unit's key is unchanged, so that a re-lint computes only the parts
   * of the units an edit changed and the combine. A part may depend only on what the key covers:
   * the unit's own nodes (of a header-only unit, its root alone; of the bill's own unit, the front
   * matter), its ancestors' headings and lead-ins, the text of the units it references, the bill's
   * language, title and definitions, and the rule's options; and it must hold no positions, ranges or
   * nodes (the unit may have moved): plain data, eIds and labels. What depends on more (an ancestor
   * that is repealed) is for the combine, which has the units. Asked twice with one name in a lint,
   * the parts are computed once; like `fact`, per profile unless `perProfile: false`.
   */
  unitParts<T>(name: string, compute: (unit: UnitView) => T, how?: { perProfile?: boolean }): readonly UnitPart<T>[];
  /** Concept hits and scope queries (`find`, `has`, `mentions`, `clauses`), shared by all rules. */
  readonly concepts: ConceptIndex;
  /**
   * Clause predicates shared by the rules (RULES.md §2.4–2.5): restrictions, negation, passive,
   * who acts, court authorisation, scope search with any test, positions and suggestions.
   */
  readonly clauses: ClauseAnalysis;
  /**
   * The profile's law (RULES.md §5) for this run: the grounds it permits for a right (closed list;
   * undefined when the profile has no entry for the right), whether a ground is permitted (after
   * the profile's ground mapping), whether a right is absolute, and how to cite an article.
   */
  readonly law: ProfileLaw;
}

export interface ProfileLaw {
  permittedGrounds(right: string): readonly string[] | undefined;
  isGroundPermitted(right: string, ground: string): boolean | undefined;
  isForbiddenMotive(ground: string): boolean;
  isAbsolute(right: string): boolean;
  /** The articles of the profile that protect a right (`["art. 7"]`), for messages. */
  articlesFor(right: string): readonly string[];
  /** A value of the profile's `options` (`maxFounders`, `appealLawAssumed`, `generalAppealLaw`...). */
  option(name: string): unknown;
  /** `KZ Constitution 2026 art. 7(2)`. */
  cite(article: string): string;
}

export interface RuleModule {
  meta: RuleMeta;
  create(context: RuleContext): Visitors;
}

export interface Finding {
  ruleId: string;
  /** The rule's message id (absent for engine findings). */
  messageId?: string;
  subCode?: string;
  severity: Severity;
  /** The message, in the locale of the run (`LintOptions.locale`; English by default). */
  message: string;
  /**
   * The same message in English, present only when `message` is in another locale. Baselines hash
   * it and findings are ordered by it, so neither depends on the locale of the run.
   */
  english?: string;
  range: Range;
  /** eId and label of the unit the finding is in. */
  eId: string;
  label: string;
  /** Profile id, and the article the finding rests on (`KZ Constitution 2026 art. 7(2)`). */
  profile: string;
  principle: string[];
  suggestions: Suggestion[];
  confidence: number;
}

/** A lint unit as `context.unitParts` shows it (src/engine/units.ts). */
export interface UnitView {
  /** The node the unit starts at; the Document for the bill's own unit (its front matter). */
  readonly root: Division | Provision | Document;
  /** Only the root's own node (its heading and lead-in), not its children. */
  readonly headerOnly: boolean;
}

/** One unit's part of a whole-bill value (`context.unitParts`). */
export interface UnitPart<T> {
  readonly unit: UnitView;
  readonly value: T;
}
