/**
 * Config presets, named in a config's `extends` (`"extends": "rightslint:strict"`). A preset is a
 * config layer written as data: it applies before the config that names it, so every key of that
 * config (and of any nearer config) wins over it.
 *
 * - `rightslint:recommended` changes nothing: every rule and sub-code keeps the severity its
 *   constitution profile gives (RULES.md §5.7), or the rule's own where the profile is silent. It
 *   exists so a config can say so explicitly, and as the base `rightslint init` writes.
 * - `rightslint:strict` raises those severities one step — `warning` becomes `error`, `info`
 *   becomes `warning` — for every rule and sub-code under every profile (a rule a profile turns
 *   `off` stays off, and a severity set in a config's `rules` is never changed), and makes inline
 *   directives give a reason and be used (`directives.requireReason`, `directives.reportUnused`).
 *
 * Profile presets (`"preset": "kz-2026"`, rules/profiles/presets.json) are a different thing: they
 * choose constitutions, not severities.
 */
import type { DirectiveOptions } from "../engine/directives.js";
import type { Escalation } from "../engine/run.js";

export interface ConfigPreset {
  /** One line for `rightslint init`, the schema and the docs. */
  readonly description: string;
  readonly escalate?: Escalation;
  readonly directives?: DirectiveOptions;
}

export const RECOMMENDED = "rightslint:recommended";
export const STRICT = "rightslint:strict";

export const CONFIG_PRESETS: Readonly<Record<string, ConfigPreset>> = Object.freeze({
  [RECOMMENDED]: Object.freeze({
    description: "The profiles' own severities for every rule and sub-code (nothing changed).",
  }),
  [STRICT]: Object.freeze({
    description:
      "Every rule and sub-code one step stricter under every profile (warning → error, info → warning; off stays off), and inline directives must give a reason and suppress something.",
    escalate: Object.freeze({ warning: "error", info: "warning" }),
    directives: Object.freeze({ requireReason: true, reportUnused: true }),
  }),
});

/** The names `extends` accepts besides relative paths. */
export function listConfigPresets(): string[] {
  return Object.keys(CONFIG_PRESETS);
}

export function isConfigPreset(name: string): boolean {
  return Object.hasOwn(CONFIG_PRESETS, name);
}
