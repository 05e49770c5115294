/**
 * Config files: `rightslint.config.json` or `.rightslintrc.json`, found by walking up from each
 * linted file's folder (docs/config.md).
 *
 * - `loadConfigFile` reads one file (a UTF-8 BOM is fine), checks it against the JSON Schema that
 *   ships in `schema/` (ajv) and the profiles it names; every problem becomes a `ConfigError` of
 *   one line that names the file, the key and what was expected.
 * - `checkConfigRules` checks what needs the rules (built-in and plugins'): unknown rule ids and
 *   sub-codes, options against the rule's `meta.schema`, waivers of unknown rules.
 * - `ConfigResolver` finds and merges the configs that apply to a file — farther first, nearer
 *   overriding; `extends` (presets and relative paths) before the file that names them; each
 *   config's `overrides` after its own keys — loads their plugins, and answers, per file, the
 *   `LintConfig` to lint it with, whether it is ignored, and a hash for caches.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { builtinRules } from "../../rules/index.js";
import schemaJson from "../../schema/rightslint.config.schema.json" with { type: "json" };
import type { DirectiveOptions } from "../engine/directives.js";
import type { Escalation } from "../engine/run.js";
import type { RuleModule, SeveritySetting } from "../engine/types.js";
import type { Waiver } from "../engine/waivers.js";
import type { Locale } from "../i18n/index.js";
import { ConfigError, type LintConfig, type RuleSetting } from "../lint.js";
import type { Language } from "../syntax/ast.js";
import {
  describeSchemaErrors,
  didYouMean,
  displayPath,
  findJsonSyntaxError,
  oneLine,
  type SchemaVocabulary,
  schemaPointers,
  suggestRule,
} from "./diagnose.js";
import { compileGlobs, type PathTest } from "./glob.js";
import { loadPlugin, type Plugin, PluginError } from "./plugins.js";
import { CONFIG_PRESETS, isConfigPreset, listConfigPresets } from "./presets.js";
import { loadProfile, ProfileError, resolvePreset } from "./profiles.js";

/** The names a config file may have, in the order they are looked for. */
export const CONFIG_NAMES: readonly string[] = ["rightslint.config.json", ".rightslintrc.json"];

/** The JSON Schema of config files (also `schema/rightslint.config.schema.json` in the package). */
export const CONFIG_SCHEMA: Readonly<Record<string, unknown>> = schemaJson as Record<string, unknown>;

/** The keys a config and an override share. */
export interface ConfigSettings {
  profiles?: string[];
  preset?: string;
  language?: Language;
  locale?: Locale;
  rules?: Record<string, RuleSetting>;
  waivers?: Waiver[];
  directives?: DirectiveOptions;
}

export interface ConfigOverride extends ConfigSettings {
  /** Globs relative to the config's folder. */
  files: string[];
  excludedFiles?: string[];
}

/** What a config file holds (checked against the schema). */
export interface ConfigFileContents extends ConfigSettings {
  $schema?: string;
  root?: boolean;
  extends?: string | string[];
  plugins?: string[];
  ignores?: string[];
  overrides?: ConfigOverride[];
}

export interface ConfigFileData {
  /** Absolute path. */
  file: string;
  contents: ConfigFileContents;
}

export interface LoadConfigOptions {
  /** Messages show file paths relative to this folder when the file is inside it (default: the process's). */
  cwd?: string;
}

/** How a message names a file: relative to `cwd` when inside it, else absolute. */
export function displayFile(file: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? file : rel.split(sep).join("/");
}

// ── one file ────────────────────────────────────────────────────────────────────────────────

let configValidator: ValidateFunction | undefined;
let vocabulary: SchemaVocabulary | undefined;

/**
 * The schema ajv compiles: the shipped one without `definitions.rules.properties`, the entries that
 * list every built-in rule and sub-code for editors' completion. They check nothing the catch-all
 * rule setting and `checkConfigRules` do not (options on a sub-code are refused there), and they
 * would triple the compile time (~100 ms instead of ~35 ms), which every run with a config pays.
 */
function validationSchema(): Record<string, unknown> {
  const definitions = CONFIG_SCHEMA.definitions as Record<string, Record<string, unknown>>;
  const { properties: _completionOnly, ...rules } = definitions.rules ?? {};
  return { ...CONFIG_SCHEMA, definitions: { ...definitions, rules } };
}

function validator(): { validate: ValidateFunction; vocabulary: SchemaVocabulary } {
  if (configValidator === undefined || vocabulary === undefined) {
    const schema = validationSchema();
    // the schema's own validity is a test (tests/config/schema.test.ts), not a start-up cost
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, validateSchema: false });
    configValidator = ajv.compile(schema);
    const presets = listConfigPresets().join(", ");
    const extendsEntry = `${presets} or a path to a JSON config relative to this file (./base.json)`;
    const ruleIds = builtinRules.map((r) => r.meta.id);
    vocabulary = {
      pointers: schemaPointers(schema),
      keyWord: "key",
      expected: {
        "#/definitions/extendsEntry": extendsEntry,
        "#/properties/extends": `${extendsEntry}, or a list of them`,
        "#/definitions/ruleSetting": "a severity (off, info, warn, warning, error) or [severity, {options}]",
        "#/definitions/waiver/properties/rule": "a rule id, rule:sub-code or family/*",
        "#/definitions/waiver/properties/reason": "a reason (not blank)",
        "#/definitions/glob": "a glob (negation with ! is not supported)",
      },
      preferBranch: new Set(["#/definitions/ruleSetting"]),
      propertyName: (pointer, name) =>
        pointer === "#/definitions/rules"
          ? `invalid rule id "${name}" (expected family/name or family/name:sub-code)${suggestRule(name, ruleIds)}`
          : undefined,
    };
  }
  return { validate: configValidator, vocabulary };
}

/** Reads, parses and checks one config file; any problem is a one-line `ConfigError`. */
export function loadConfigFile(path: string, options: LoadConfigOptions = {}): ConfigFileData {
  const cwd = options.cwd ?? process.cwd();
  const file = resolve(cwd, path);
  const shown = displayFile(file, cwd);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(`${shown}: cannot be read (${code ?? (e as Error).message})`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ConfigError(`${shown}: is not UTF-8 text`);
  }
  return { file, contents: parseConfigText(text, shown) };
}

/**
 * Parses and checks the text of a config (a leading BOM is dropped); `name` starts the messages
 * (`rightslint.config.json: ...`). Throws a one-line `ConfigError`.
 */
export function parseConfigText(text: string, name: string): ConfigFileContents {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    const where = findJsonSyntaxError(source);
    if (where === null) throw new ConfigError(`${name}: invalid JSON (${(e as Error).message})`);
    throw new ConfigError(`${name}:${where.line}:${where.column}: invalid JSON: ${where.message}`);
  }
  const { validate, vocabulary } = validator();
  if (!validate(data)) {
    throw new ConfigError(`${name}: ${oneLine(describeSchemaErrors(validate.errors ?? [], vocabulary))}`);
  }
  const contents = data as ConfigFileContents;
  checkProfiles(contents, "", name);
  contents.overrides?.forEach((o, i) => {
    checkProfiles(o, `overrides[${i}].`, name);
  });
  return contents;
}

/** Profiles and presets the schema accepts must also load (a profile file can be broken). */
function checkProfiles(settings: ConfigSettings, at: string, shown: string): void {
  const fail = (key: string, e: unknown): never => {
    if (e instanceof ProfileError) throw new ConfigError(`${shown}: "${at}${key}": ${e.message.split("\n")[0]}`);
    throw e;
  };
  settings.profiles?.forEach((id, i) => {
    try {
      loadProfile(id);
    } catch (e) {
      fail(`profiles[${i}]`, e);
    }
  });
  if (settings.preset !== undefined) {
    try {
      resolvePreset(settings.preset);
    } catch (e) {
      fail("preset", e);
    }
  }
}

let optionsAjv: Ajv2020 | undefined;
const optionValidators = new WeakMap<RuleModule, ValidateFunction>();
const optionVocabulary: SchemaVocabulary = { pointers: new Map(), expected: {}, keyWord: "option" };

function optionProblems(rule: RuleModule, given: Record<string, unknown>, at: string): string[] {
  const schema = rule.meta.schema;
  if (!schema) return [];
  let validate = optionValidators.get(rule);
  if (!validate) {
    // the engine reads options with the same dialect (src/engine/options.ts)
    optionsAjv ??= new Ajv2020({ allErrors: true, verbose: true, strict: false });
    validate = optionsAjv.compile(schema);
    optionValidators.set(rule, validate);
  }
  if (validate({ ...(rule.meta.defaultOptions ?? {}), ...given })) return [];
  return describeSchemaErrors(validate.errors ?? [], optionVocabulary, at);
}

/**
 * Checks what a schema cannot: that every rule and sub-code a config names exists among `rules`
 * (the built-in ones and its plugins'), that options suit the rule's schema, that waivers name
 * known rules. Throws a one-line `ConfigError` naming the file and the key.
 */
export function checkConfigRules(
  data: ConfigFileData,
  rules: readonly RuleModule[] = builtinRules,
  options: LoadConfigOptions = {},
): void {
  const shown = displayFile(data.file, options.cwd);
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const ids = [...byId.keys()];
  const families = new Set(rules.map((r) => r.meta.family));
  const problems: string[] = [];
  const checkRuleRef = (key: string, path: string): void => {
    if (key.endsWith("/*")) {
      const family = key.slice(0, -2);
      if (!families.has(family))
        problems.push(`"${path}": no rule of family "${family}"${didYouMean(family, families)}`);
      return;
    }
    const [id = "", sub] = key.split(":");
    const rule = byId.get(id);
    if (!rule) {
      problems.push(`"${path}": unknown rule "${id}"${suggestRule(id, ids)}`);
      return;
    }
    if (sub === undefined) return;
    const subs = rule.meta.subCodes ?? [];
    if (subs.includes(sub)) return;
    const hint = didYouMean(sub, subs);
    const list = hint !== "" ? hint : subs.length > 0 ? ` (its sub-codes: ${subs.join(", ")})` : " (it has none)";
    problems.push(`"${path}": ${id} has no sub-code "${sub}"${list}`);
  };
  const checkSettings = (settings: ConfigSettings, at: string): void => {
    for (const [key, setting] of Object.entries(settings.rules ?? {})) {
      const path = displayPath(`/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`, `${at}rules`);
      const before = problems.length;
      checkRuleRef(key, path);
      if (problems.length > before || !Array.isArray(setting)) continue;
      const [id = "", sub] = key.split(":");
      if (sub !== undefined) {
        problems.push(`"${path}": options belong to the rule ${id}, not to a sub-code`);
        continue;
      }
      problems.push(...optionProblems(byId.get(id) as RuleModule, setting[1], `${path}[1]`));
    }
    settings.waivers?.forEach((w, i) => {
      checkRuleRef(w.rule, `${at}waivers[${i}].rule`);
    });
  };
  checkSettings(data.contents, "");
  data.contents.overrides?.forEach((o, i) => {
    checkSettings(o, `overrides[${i}].`);
  });
  if (problems.length > 0) throw new ConfigError(`${shown}: ${oneLine(problems)}`);
}

// ── resolution ──────────────────────────────────────────────────────────────────────────────

export interface FileConfig {
  /** The merged config, plugins loaded: pass it to `lintText(text, { config })`. */
  config: LintConfig;
  /** The locale of messages, when a config sets one. */
  locale?: Locale;
  /** The file matches an `ignores` glob of a config that applies: do not lint it. */
  ignored: boolean;
  /**
   * sha-256 (hex) of the canonical JSON of the merged settings and of every plugin's module file
   * (content) and package version: equal hashes mean the same config.
   */
  hash: string;
  /** Absolute paths of the config files used (extended ones before the file extending them), nearest last. */
  sources: string[];
}

export interface ConfigResolverOptions {
  /** Relative paths and messages are relative to it. */
  cwd: string;
  /** `-c`: use this file only, no discovery; its globs are relative to its folder. */
  configFile?: string;
  /** `--no-config-lookup`: use no config file at all (unless `configFile`). */
  noConfigLookup?: boolean;
}

/** The keys a layer of the cascade may set. */
interface Settings extends ConfigSettings {
  escalate?: Escalation;
}

interface Layer {
  /** The config file, or undefined for a preset. */
  file: string | undefined;
  /** The folder globs are relative to: the discovered (or `-c`) config's, also for what it extends. */
  baseDir: string;
  settings: Settings;
  ignores: PathTest | undefined;
  overrides: { files: PathTest; excluded: PathTest; settings: Settings }[];
}

interface LoadedPlugin {
  plugin: Plugin;
  /** Where it was named, for messages. */
  spec: string;
  fingerprint: string;
}

interface Chain {
  layers: readonly Layer[];
  plugins: readonly LoadedPlugin[];
  /** Merged configs by the overrides that matched. */
  merged: Map<string, { config: LintConfig; locale: Locale | undefined; hash: string }>;
  /** FileConfigs by ignored flag and overrides matched. */
  files: Map<string, FileConfig>;
  sources: string[];
}

const EMPTY_CHAIN = (): Chain => ({ layers: [], plugins: [], merged: new Map(), files: new Map(), sources: [] });

/** Settings of a config (or override), without the keys that are not settings. */
function settingsOf(c: ConfigSettings): Settings {
  const s: Settings = {};
  if (c.profiles !== undefined) s.profiles = c.profiles;
  if (c.preset !== undefined) s.preset = c.preset;
  if (c.language !== undefined) s.language = c.language;
  if (c.locale !== undefined) s.locale = c.locale;
  if (c.rules !== undefined) s.rules = c.rules;
  if (c.waivers !== undefined) s.waivers = c.waivers;
  if (c.directives !== undefined) s.directives = c.directives;
  return s;
}

/** `a/b/c.md` relative to `dir`, with `/`; undefined when the path is not inside `dir`. */
function inside(dir: string, path: string): string | undefined {
  const rel = relative(dir, path);
  if (rel === "" || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel)) return undefined;
  return sep === "/" ? rel : rel.split(sep).join("/");
}

/** JSON with sorted keys, so equal settings hash equally. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Where a plugin specifier points (as `loadPlugin` resolves it), and a fingerprint of it. */
function locatePlugin(spec: string, from: string): { key: string; fingerprint: string } {
  let file: string | undefined;
  if (spec.startsWith(".") || isAbsolute(spec)) file = resolve(from, spec);
  else {
    try {
      file = createRequire(join(from, "rightslint-config.js")).resolve(spec);
    } catch {
      // an ESM-only package: loadPlugin imports the bare name
    }
  }
  if (file === undefined) return { key: spec, fingerprint: `module:${spec}` };
  let content = "missing";
  try {
    content = sha256(readFileSync(file));
  } catch {
    // loadPlugin reports it
  }
  return { key: file, fingerprint: `${spec}:${content}${packageVersion(file)}` };
}

/** `@name@version` of the package a module file belongs to (outside it: nothing). */
function packageVersion(file: string): string {
  let dir = dirname(file);
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown; version?: unknown };
        if (typeof pkg.name === "string") return `@${pkg.name}@${String(pkg.version)}`;
      } catch {
        // not a package manifest we can read: keep looking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return "";
    dir = parent;
  }
}

/**
 * Finds the configs that apply to each file and merges them (docs/config.md). Configs, plugins
 * and merged results are cached per folder and per set of matching overrides, so many files in a
 * few folders read each config once and share one `LintConfig` object (the linter caches by it).
 */
export class ConfigResolver {
  readonly cwd: string;
  readonly #configFile: string | undefined;
  readonly #noLookup: boolean;
  readonly #files = new Map<string, ConfigFileData>();
  readonly #found = new Map<string, string | undefined>();
  readonly #chains = new Map<string, Promise<Chain>>();
  readonly #plugins = new Map<string, Promise<Plugin>>();
  #fixedChain: Promise<Chain> | undefined;

  constructor(options: ConfigResolverOptions) {
    this.cwd = resolve(options.cwd);
    this.#configFile = options.configFile === undefined ? undefined : resolve(this.cwd, options.configFile);
    this.#noLookup = options.noConfigLookup === true;
  }

  /** The config to lint a file with (relative paths are taken from `cwd`). */
  async forFile(path: string): Promise<FileConfig> {
    const file = resolve(this.cwd, path);
    const chain = await this.#chainFor(dirname(file));
    const matched: number[] = [];
    let index = 0;
    let ignored = false;
    for (const layer of chain.layers) {
      const rel = inside(layer.baseDir, file);
      if (rel !== undefined && layer.ignores?.(rel)) ignored = true;
      for (const o of layer.overrides) {
        if (rel !== undefined && o.files(rel) && !o.excluded(rel)) matched.push(index);
        index++;
      }
    }
    const key = matched.join(",");
    const fileKey = `${ignored ? "i" : "-"}${key}`;
    const cached = chain.files.get(fileKey);
    if (cached) return cached;
    let merged = chain.merged.get(key);
    if (!merged) {
      merged = mergeChain(chain, new Set(matched));
      chain.merged.set(key, merged);
    }
    const result: FileConfig = {
      config: merged.config,
      ignored,
      hash: merged.hash,
      sources: chain.sources,
    };
    if (merged.locale !== undefined) result.locale = merged.locale;
    chain.files.set(fileKey, result);
    return result;
  }

  /**
   * Whether a file or folder matches an `ignores` glob of the configs that apply to it (those of
   * its parent folder and above). A folder is also tested with a trailing slash, so `drafts/**`
   * prunes `drafts` itself: file discovery can skip it without listing it.
   */
  async isIgnored(path: string): Promise<boolean> {
    const target = resolve(this.cwd, path);
    const chain = await this.#chainFor(dirname(target));
    return chain.layers.some((layer) => {
      const rel = inside(layer.baseDir, target);
      return rel !== undefined && layer.ignores !== undefined && (layer.ignores(rel) || layer.ignores(`${rel}/`));
    });
  }

  /**
   * Forgets every config read (a resolver caches for its life): call it when config files change,
   * as a language server does on a watched-file event. Plugin modules stay in Node's import cache.
   */
  clear(): void {
    this.#files.clear();
    this.#found.clear();
    this.#chains.clear();
    this.#fixedChain = undefined;
  }

  /** The config file of a folder, if any; two of them is an error. */
  configFileIn(dir: string): string | undefined {
    if (this.#found.has(dir)) return this.#found.get(dir);
    const present = CONFIG_NAMES.map((name) => join(dir, name)).filter((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    });
    if (present.length > 1) {
      throw new ConfigError(
        `Two config files in one folder: ${present.map((f) => displayFile(f, this.cwd)).join(" and ")}; keep one`,
      );
    }
    this.#found.set(dir, present[0]);
    return present[0];
  }

  #chainFor(dir: string): Promise<Chain> {
    if (this.#configFile !== undefined) {
      this.#fixedChain ??= this.#extend(EMPTY_CHAIN(), this.#configFile);
      return this.#fixedChain;
    }
    if (this.#noLookup) {
      this.#fixedChain ??= Promise.resolve(EMPTY_CHAIN());
      return this.#fixedChain;
    }
    let chain = this.#chains.get(dir);
    if (chain) return chain;
    chain = this.#discover(dir);
    this.#chains.set(dir, chain);
    return chain;
  }

  async #discover(dir: string): Promise<Chain> {
    const own = this.configFileIn(dir);
    const parentDir = dirname(dir);
    if (own === undefined) return parentDir === dir ? EMPTY_CHAIN() : this.#chainFor(parentDir);
    const data = this.#load(own);
    const parent = data.contents.root === true || parentDir === dir ? EMPTY_CHAIN() : await this.#chainFor(parentDir);
    return this.#extend(parent, own);
  }

  #load(file: string): ConfigFileData {
    let data = this.#files.get(file);
    if (!data) {
      data = loadConfigFile(file, { cwd: this.cwd });
      this.#files.set(file, data);
    }
    return data;
  }

  /** The parent chain with a config file (and what it extends) added on top. */
  async #extend(parent: Chain, file: string): Promise<Chain> {
    const data = this.#load(file);
    const baseDir = dirname(file);
    const expanded = this.#expand(data, baseDir, [file]);
    const plugins = [...parent.plugins];
    const sources = [...parent.sources];
    for (const { data: d } of expanded) {
      if (d === undefined) continue;
      if (!sources.includes(d.file)) sources.push(d.file);
      await this.#addPlugins(d, plugins);
    }
    const rules = [...builtinRules, ...plugins.flatMap((p) => p.plugin.rules)];
    for (const { data: d } of expanded) if (d !== undefined) checkConfigRules(d, rules, { cwd: this.cwd });
    return {
      layers: [...parent.layers, ...expanded.map((e) => e.layer)],
      plugins,
      merged: new Map(),
      files: new Map(),
      sources,
    };
  }

  /** A config file as layers: what it extends, in order and recursively, then itself. */
  #expand(data: ConfigFileData, baseDir: string, stack: string[]): { layer: Layer; data?: ConfigFileData }[] {
    const out: { layer: Layer; data?: ConfigFileData }[] = [];
    const shown = displayFile(data.file, this.cwd);
    const list = data.contents.extends;
    const entries = list === undefined ? [] : Array.isArray(list) ? list : [list];
    entries.forEach((entry, i) => {
      const key = Array.isArray(list) ? `extends[${i}]` : "extends";
      if (isConfigPreset(entry)) {
        const preset = CONFIG_PRESETS[entry];
        const settings: Settings = {};
        if (preset?.escalate) settings.escalate = preset.escalate;
        if (preset?.directives) settings.directives = { ...preset.directives };
        out.push({ layer: { file: undefined, baseDir, settings, ignores: undefined, overrides: [] } });
        return;
      }
      const target = resolve(dirname(data.file), entry);
      if (stack.includes(target)) {
        const cycle = [...stack.slice(stack.indexOf(target)), target].map((f) => displayFile(f, this.cwd));
        throw new ConfigError(`${shown}: "${key}" makes a cycle: ${cycle.join(" → ")}`);
      }
      if (!existsSync(target)) throw new ConfigError(`${shown}: "${key}": cannot find ${entry}`);
      out.push(...this.#expand(this.#load(target), baseDir, [...stack, target]));
    });
    const c = data.contents;
    out.push({
      data,
      layer: {
        file: data.file,
        baseDir,
        settings: settingsOf(c),
        ignores: c.ignores && c.ignores.length > 0 ? compileGlobs(c.ignores) : undefined,
        overrides: (c.overrides ?? []).map((o) => ({
          files: compileGlobs(o.files),
          excluded: compileGlobs(o.excludedFiles ?? []),
          settings: settingsOf(o),
        })),
      },
    });
    return out;
  }

  /** Loads a file's plugins (from its folder) into the chain's list; the same module once. */
  async #addPlugins(data: ConfigFileData, into: LoadedPlugin[]): Promise<void> {
    const from = dirname(data.file);
    const shown = displayFile(data.file, this.cwd);
    const owners = new Map<string, string>(builtinRules.map((r) => [r.meta.id, "the built-in rules"]));
    for (const p of into) for (const r of p.plugin.rules) owners.set(r.meta.id, `plugin "${p.spec}"`);
    for (const spec of data.contents.plugins ?? []) {
      const { key, fingerprint } = locatePlugin(spec, from);
      let pending = this.#plugins.get(key);
      if (!pending) {
        pending = loadPlugin(spec, from);
        this.#plugins.set(key, pending);
      }
      let plugin: Plugin;
      try {
        plugin = await pending;
      } catch (e) {
        if (e instanceof PluginError) throw new ConfigError(`${shown}: ${e.message}`);
        throw e;
      }
      if (into.some((p) => p.plugin === plugin)) continue;
      for (const r of plugin.rules) {
        const owner = owners.get(r.meta.id);
        if (owner)
          throw new ConfigError(`${shown}: Plugin "${spec}": rule ${r.meta.id} is already defined by ${owner}`);
        owners.set(r.meta.id, `plugin "${spec}"`);
      }
      into.push({ plugin, spec, fingerprint });
    }
  }
}

/** The layers of a chain (and the overrides that matched) folded into one config. */
function mergeChain(
  chain: Chain,
  matched: ReadonlySet<number>,
): { config: LintConfig; locale: Locale | undefined; hash: string } {
  let profiles: string[] | undefined;
  let preset: string | undefined;
  let language: Language | undefined;
  let locale: Locale | undefined;
  let escalate: Escalation | undefined;
  const severity = new Map<string, SeveritySetting>();
  const options = new Map<string, Record<string, unknown>>();
  const waivers: Waiver[] = [];
  const directives: DirectiveOptions = {};
  const apply = (s: Settings): void => {
    // profiles and preset are one choice: a layer that makes it replaces the farther one
    if (s.profiles !== undefined || s.preset !== undefined) {
      profiles = s.profiles;
      preset = s.preset;
    }
    if (s.language !== undefined) language = s.language;
    if (s.locale !== undefined) locale = s.locale;
    if (s.escalate !== undefined) escalate = s.escalate;
    for (const [key, setting] of Object.entries(s.rules ?? {})) {
      const [level, opts] = Array.isArray(setting) ? setting : [setting, undefined];
      severity.set(key, level === "warn" ? "warning" : level);
      if (opts !== undefined) options.set(key, opts);
    }
    if (s.waivers) waivers.push(...s.waivers.map((w) => ({ ...w })));
    if (s.directives) Object.assign(directives, s.directives);
  };
  let index = 0;
  for (const layer of chain.layers) {
    apply(layer.settings);
    for (const o of layer.overrides) {
      if (matched.has(index)) apply(o.settings);
      index++;
    }
  }
  const rules: Record<string, RuleSetting> = {};
  for (const [key, level] of severity) {
    const opts = options.get(key);
    rules[key] = opts === undefined ? level : [level, opts];
  }
  const config: LintConfig = {};
  if (profiles !== undefined) config.profiles = profiles;
  if (preset !== undefined) config.preset = preset;
  if (language !== undefined) config.language = language;
  if (severity.size > 0) config.rules = rules;
  if (chain.plugins.length > 0) config.plugins = chain.plugins.map((p) => p.plugin);
  if (waivers.length > 0) config.waivers = waivers;
  if (Object.keys(directives).length > 0) config.directives = directives;
  if (escalate !== undefined) config.escalate = escalate;
  const hash = sha256(
    canonical({
      profiles,
      preset,
      language,
      locale,
      rules,
      waivers,
      directives,
      escalate,
      plugins: chain.plugins.map((p) => p.fingerprint),
    }),
  );
  return { config, locale, hash };
}
