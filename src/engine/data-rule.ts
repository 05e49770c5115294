/**
 * Rules declared as data (in config or a plugin), with no code: concepts that must co-occur in
 * a sentence, and concepts whose presence in a wider scope silences the rule.
 *
 *   { "id": "local/fine-without-appeal", "severity": "warning",
 *     "message": "A fine with no appeal route", "when": ["marker.sanction"],
 *     "unless": ["marker.appeal"], "scope": "article" }
 */
import type { ScopeLevel } from "../analysis/concepts.js";
import { defineRule } from "./index.js";
import type { Confidence, PrincipleRefs, RuleModule, SeveritySetting } from "./types.js";

export interface DataRuleSpec {
  id: string;
  description?: string;
  severity: SeveritySetting;
  confidence?: Confidence;
  /** The message; `{{label}}` is the provision's label. */
  message: string;
  /** Concepts that must all occur in the same sentence (a negated restriction does not count). */
  when: string[];
  /** Concepts whose presence in scope (from the sentence up to `scope`) silences the rule. */
  unless?: string[];
  /** How far `unless` looks: sentence, provision, article or article+refs (default article). */
  scope?: ScopeLevel;
  principle?: PrincipleRefs;
  docs?: string;
}

export function defineDataRule(spec: DataRuleSpec): RuleModule {
  if (spec.when.length === 0) throw new Error(`data rule ${spec.id}: "when" lists no concept`);
  const family = spec.id.split("/")[0] ?? spec.id;
  return defineRule({
    meta: {
      id: spec.id,
      family,
      severity: spec.severity,
      confidence: spec.confidence ?? "medium",
      description: spec.description ?? spec.message,
      docs: spec.docs ?? "",
      principle: spec.principle ?? {},
      messages: { match: spec.message },
    },
    create(context) {
      const upTo = spec.scope ?? "article";
      return {
        Sentence(sentence, parent) {
          if (parent?.type !== "Provision" || parent.deleted) return;
          const hits = context.concepts.hits(sentence);
          const present = (concept: string): boolean =>
            hits.some((h) => context.concepts.isA(h.concept, concept) && !h.negated);
          if (!spec.when.every(present)) return;
          if ((spec.unless ?? []).some((c) => context.concepts.has(sentence, c, { upTo }))) return;
          context.report({ node: sentence, messageId: "match", data: { label: parent.label } });
        },
      };
    },
  });
}
