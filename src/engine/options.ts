/** Rule options checked against the rule's JSON Schema (ajv), with defaults filled in. */
import { Ajv2020 } from "ajv/dist/2020.js";
import type { RuleModule } from "./types.js";

let ajv: Ajv2020 | undefined;
const compiled = new WeakMap<RuleModule, ReturnType<Ajv2020["compile"]>>();

export class RuleOptionsError extends Error {}

/** The options a rule runs with: its defaults, overridden by `given`, validated when it has a schema. */
export function ruleOptions(rule: RuleModule, given: Record<string, unknown> | undefined): Record<string, unknown> {
  const options = { ...(rule.meta.defaultOptions ?? {}), ...(given ?? {}) };
  const schema = rule.meta.schema;
  if (!schema) return options;
  let validate = compiled.get(rule);
  if (!validate) {
    ajv ??= new Ajv2020({ allErrors: true, strict: false });
    validate = ajv.compile(schema);
    compiled.set(rule, validate);
  }
  if (!validate(options)) {
    const why = (validate.errors ?? [])
      .map((e) => `${e.instancePath || "options"} ${e.message ?? "is invalid"}`)
      .join("; ");
    throw new RuleOptionsError(`options of ${rule.meta.id}: ${why}`);
  }
  return options;
}
