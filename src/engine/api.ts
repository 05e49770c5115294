/**
 * What a rule may import: the rule API, its types, and the RuleTester for its tests. Rules in
 * rules/ import from here only, never from other engine internals.
 */
export type { Actor, ClauseAnalysis, InScope, Level, Located } from "../analysis/clauses.js";
export { tokenGap } from "../analysis/clauses.js";
export type { Clause, Found, ScopeLevel } from "../analysis/concepts.js";
export {
  ACT,
  billSequences,
  classify,
  containerPhrase,
  enumerator,
  enumeratorRange,
  type Family,
  headingOf,
  KIND_PHRASES,
  kindPhrase,
  kindWord,
  LATIN,
  type Numbered,
  nodeAt,
  numberedOf,
  numberedSequences,
  pathsUnder,
  type Sequence,
  type Unit,
  type UnitNumbering,
  unitSequences,
} from "../analysis/sequences.js";
export type { Hit } from "../language/matcher.js";
export { numberAt, wordValue } from "../language/numerals.js";
export type { Token } from "../language/tokens.js";
export type { Division, Document, Language, Provision, Range, Sentence } from "../syntax/ast.js";
export { REPEAL_MARKER } from "../syntax/keywords.js";
export { romanValue, toRoman } from "../syntax/numbering.js";
export { defineRule } from "./index.js";
export { RuleTester } from "./rule-tester.js";
export type * from "./types.js";
