/**
 * Plugins: a module (an npm package or a file) that exports rules, rules declared as data, and
 * lexicon entries. A config names plugins; `loadPlugin` imports and checks one, so a broken plugin
 * fails with one line that names it, before any bill is linted.
 *
 *   export default {
 *     rules: [myRule],                      // RuleModule (defineRule) objects
 *     dataRules: [{ id: "local/x", ... }],  // DataRuleSpec (no code)
 *     lexicons: [{ language: "en", family: "marker", concepts: [...] }],
 *   };
 *
 * Named exports `rules`, `dataRules`, `lexicons` work as well as a default export.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { type DataRuleSpec, defineDataRule } from "../engine/data-rule.js";
import { defineRule } from "../engine/index.js";
import type { RuleModule } from "../engine/types.js";
import { type LexiconFile, lexiconDirectory } from "../language/matcher.js";

export interface Plugin {
  /** The specifier it was loaded from (`rightslint-plugin-x`, `./local-rules.mjs`). */
  name: string;
  rules: RuleModule[];
  lexicons: LexiconFile[];
}

/** A plugin that cannot be loaded or is malformed: the message is one line naming the plugin. */
export class PluginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PluginError";
  }
}

let lexiconValidator: ValidateFunction | undefined;

function validateLexicon(data: unknown): string | null {
  if (!lexiconValidator) {
    const schema = JSON.parse(readFileSync(join(lexiconDirectory(), "lexicon.schema.json"), "utf8")) as object;
    lexiconValidator = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  }
  if (lexiconValidator(data)) return null;
  const e = lexiconValidator.errors?.[0];
  return `${e?.instancePath || "lexicon"} ${e?.message ?? "is invalid"}`;
}

/** Where a specifier points, resolved from `from` (a folder) like Node resolves a require. */
function locate(specifier: string, from: string): string {
  if (specifier.startsWith(".") || isAbsolute(specifier)) return pathToFileURL(resolve(from, specifier)).href;
  try {
    return pathToFileURL(createRequire(join(from, "rightslint-config.js")).resolve(specifier)).href;
  } catch {
    // ESM-only packages have no require entry: leave the bare name to import()
    return specifier;
  }
}

/** Turns what a plugin module exports into a checked plugin. */
export function pluginFromModule(name: string, mod: Record<string, unknown>): Plugin {
  const root = (mod.default && typeof mod.default === "object" ? mod.default : mod) as Record<string, unknown>;
  const fail = (what: string): never => {
    throw new PluginError(`Plugin "${name}": ${what}`);
  };
  const list = (key: string): unknown[] => {
    const v = root[key];
    if (v === undefined) return [];
    if (Array.isArray(v)) return v;
    if (v && typeof v === "object") return Object.values(v);
    return fail(`"${key}" must be an array`);
  };
  const rules: RuleModule[] = [];
  for (const r of list("rules")) {
    const rule = r as Partial<RuleModule> | null;
    if (!rule || typeof rule !== "object" || !rule.meta || typeof rule.create !== "function") {
      fail('every entry of "rules" must be a rule ({ meta, create })');
    }
    try {
      rules.push(defineRule(rule as RuleModule));
    } catch (e) {
      fail((e as Error).message);
    }
  }
  for (const spec of list("dataRules")) {
    try {
      rules.push(defineDataRule(spec as DataRuleSpec));
    } catch (e) {
      fail((e as Error).message);
    }
  }
  const lexicons: LexiconFile[] = [];
  list("lexicons").forEach((l, i) => {
    const problem = validateLexicon(l);
    if (problem) fail(`lexicons[${i}]: ${problem}`);
    lexicons.push(l as LexiconFile);
  });
  if (rules.length === 0 && lexicons.length === 0) fail("exports no rules, dataRules or lexicons");
  return { name, rules, lexicons };
}

/** Imports and checks a plugin named in a config; `from` is the config's folder (default: cwd). */
export async function loadPlugin(specifier: string, from: string = process.cwd()): Promise<Plugin> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(locate(specifier, from))) as Record<string, unknown>;
  } catch (e) {
    const message = (e as Error).message.split("\n")[0];
    throw new PluginError(`Plugin "${specifier}" cannot be loaded: ${message}`);
  }
  return pluginFromModule(specifier, mod);
}

/** Loads several plugins; rule ids must be unique across them and the built-in rules. */
export async function loadPlugins(
  specifiers: readonly string[],
  from: string = process.cwd(),
  builtIn: readonly RuleModule[] = [],
): Promise<Plugin[]> {
  const plugins: Plugin[] = [];
  const seen = new Map<string, string>(builtIn.map((r) => [r.meta.id, "the built-in rules"]));
  for (const s of specifiers) {
    const p = await loadPlugin(s, from);
    for (const r of p.rules) {
      const owner = seen.get(r.meta.id);
      if (owner) throw new PluginError(`Plugin "${s}": rule ${r.meta.id} is already defined by ${owner}`);
      seen.set(r.meta.id, `plugin "${s}"`);
    }
    plugins.push(p);
  }
  return plugins;
}
