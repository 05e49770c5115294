/** The rule engine: define rules, run them over a parsed bill, filter by directives. */
import type { Document } from "../syntax/ast.js";
import type { LineIndex } from "../syntax/positions.js";
import { applyDirectives, type DirectiveOptions, parseDirectives } from "./directives.js";
import { type RunOptions, runRules, sortFindings } from "./run.js";
import type { Finding, RuleModule } from "./types.js";

const RULE_ID = /^[a-z][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

/**
 * Declares a rule. Checks what a typo would otherwise hide until the rule fires: the id form,
 * the family prefix and that every message has text.
 */
export function defineRule(rule: RuleModule): RuleModule {
  const { meta } = rule;
  if (!RULE_ID.test(meta.id)) throw new Error(`rule id "${meta.id}" is not of the form family/name`);
  if (!meta.id.startsWith(`${meta.family}/`)) throw new Error(`rule ${meta.id} is not in family ${meta.family}`);
  if (Object.keys(meta.messages).length === 0) throw new Error(`rule ${meta.id} declares no messages`);
  for (const [id, text] of Object.entries(meta.messages)) {
    if (text.trim() === "") throw new Error(`rule ${meta.id}: message "${id}" is empty`);
  }
  return rule;
}

export interface LintDocumentOptions extends RunOptions {
  directives?: DirectiveOptions;
}

/** Runs rules over a parsed bill and applies its inline directives. */
export function lintDocument(doc: Document, index: LineIndex, options: LintDocumentOptions): Finding[] {
  const findings = runRules(doc, { source: index.source, index, ...options });
  const directives = parseDirectives(doc, index);
  return sortFindings(applyDirectives(findings, directives, options.directives, options.locale));
}

export { applyDirectives, parseDirectives } from "./directives.js";
export { ENGINE_MESSAGES, engineMessage, formatMessage, type LocalisedMessage } from "./messages.js";
export { type Escalation, effectiveSeverity, interpolate, RULE_ERROR_ID, runRules, sortFindings } from "./run.js";
export type * from "./types.js";
export { UnitCache } from "./units.js";
