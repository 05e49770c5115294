/**
 * The Node API of linting: lintText (pure: text in, findings out) and lintFiles (reads files).
 * The same core serves the CLI, workers and the language server.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import fg from "fast-glob";
import { builtinRules } from "../rules/index.js";
import { UsageError } from "./cli/read.js";
import { ConfigResolver } from "./config/file.js";
import type { Plugin } from "./config/plugins.js";
import { loadProfiles, resolvePreset } from "./config/profiles.js";
import type { DirectiveOptions } from "./engine/directives.js";
import { type Escalation, lintDocument, type UnitCache } from "./engine/index.js";
import type { Finding, RuleMeta, RuleModule, SeveritySetting } from "./engine/types.js";
import { applyBaseline, applyWaivers, type Baseline, type Waiver } from "./engine/waivers.js";
import { FormatError, type LoadedBill, loadBill, NotABillError } from "./formats/index.js";
import { isLocale, LOCALES, type Locale } from "./i18n/index.js";
import { compileLexicons, type LexiconFile, loadLexicons, type Matcher } from "./language/matcher.js";
import type { Document, Language } from "./syntax/ast.js";
import { reparseIndexed } from "./syntax/incremental.js";
import { parseIndexed } from "./syntax/index.js";
import type { LineIndex } from "./syntax/positions.js";

export interface LintOptions {
  filePath?: string;
  /** The bill's language; detected when absent. */
  language?: Language;
  /** Profile ids (`kz-2026`, `iccpr`, ...); default `["kz-2026"]` when no preset is given. */
  profiles?: readonly string[];
  /** A preset of profiles (`kz-2026`, `kz-1995`, `treaty`, `eu`). */
  preset?: string;
  /** The rules to run, as modules or built-in rule ids; all built-in rules by default. */
  rules?: readonly (RuleModule | string)[];
  /** Severity per rule or `rule:sub-code`, over the profiles'. */
  severity?: Readonly<Record<string, SeveritySetting>>;
  /** Raises the profiles' and rules' own severities (not those in `severity`): `{ warning: "error" }`. */
  escalate?: Escalation;
  ruleOptions?: Readonly<Record<string, Record<string, unknown>>>;
  directives?: DirectiveOptions;
  /** Accepted findings, each on one provision with a reason. */
  waivers?: readonly Waiver[];
  /** Findings recorded earlier for this file; only new ones are reported. */
  baseline?: Baseline;
  /** Extra concept lexicons (plugins): added to the built-in ones of the bill's language. */
  lexicons?: readonly LexiconFile[];
  /**
   * The language of the findings' messages: `en` (default), `ru` or `kk`. Independent of the
   * bill's language; the CLI passes `--locale`, or `detectLocale()` of the environment.
   */
  locale?: Locale;
  /**
   * A resolved config (what a config file holds, with its plugins loaded by `loadPlugins`). The
   * options above win over it where both are given.
   */
  config?: LintConfig;
  /**
   * Findings kept from the last lint of this same document (one `UnitCache` per document): rules
   * with `meta.scope: "unit"` run again only on the articles whose text changed. The language
   * server passes one; a one-off lint needs none. The findings are the same either way.
   */
  cache?: UnitCache;
}

/** A rule's setting in a config: a severity (`warn` = `warning`), or `[severity, options]`. */
export type RuleSetting = SeveritySetting | "warn" | [SeveritySetting | "warn", Record<string, unknown>];

export interface LintConfig {
  profiles?: readonly string[];
  preset?: string;
  language?: Language;
  /** Per rule id or `rule:sub-code`: a severity, or a severity and the rule's options. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Loaded plugins: their rules run with the built-in ones, their lexicons join the built-in ones. */
  plugins?: readonly Plugin[];
  waivers?: readonly Waiver[];
  directives?: DirectiveOptions;
  /**
   * Raises the severities the profiles and rules give (never one set in `rules`); the
   * `rightslint:strict` preset sets `{ info: "warning", warning: "error" }`.
   */
  escalate?: Escalation;
  /** The language of the messages (`en`, `ru`, `kk`). */
  locale?: Locale;
}

/** A config that names an unknown rule or an invalid setting (one line). */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

const SEVERITIES = new Set(["off", "info", "warning", "error", "warn"]);

interface Resolved {
  rules: readonly RuleModule[];
  severity: Record<string, SeveritySetting>;
  ruleOptions: Record<string, Record<string, unknown>>;
  lexicons: readonly LexiconFile[] | undefined;
}

const resolvedConfigs = new WeakMap<LintConfig, Resolved>();

/** The rules, severities, options and plugin lexicons of a config, checked and cached per config object. */
function resolveConfig(config: LintConfig): Resolved {
  const cached = resolvedConfigs.get(config);
  if (cached) return cached;
  const plugins = config.plugins ?? [];
  const rules = [...builtinRules, ...plugins.flatMap((p) => p.rules)];
  const known = new Set(rules.map((r) => r.meta.id));
  const severity: Record<string, SeveritySetting> = {};
  const ruleOptions: Record<string, Record<string, unknown>> = {};
  for (const [key, setting] of Object.entries(config.rules ?? {})) {
    const [id, sub] = key.split(":");
    if (!id || !known.has(id)) throw new ConfigError(`Unknown rule "${id}" in config "rules"`);
    const rule = rules.find((r) => r.meta.id === id) as RuleModule;
    if (sub !== undefined && !(rule.meta.subCodes ?? []).includes(sub)) {
      throw new ConfigError(`Rule ${id} has no sub-code "${sub}" (config "rules")`);
    }
    const [level, options] = Array.isArray(setting) ? setting : [setting, undefined];
    if (!SEVERITIES.has(level)) {
      throw new ConfigError(
        `Config "rules.${key}": severity must be off, info, warning or error (got ${JSON.stringify(level)})`,
      );
    }
    severity[key] = level === "warn" ? "warning" : level;
    if (options !== undefined) {
      if (sub !== undefined) throw new ConfigError(`Config "rules.${key}": options belong to the rule, not a sub-code`);
      ruleOptions[id] = options;
    }
  }
  const extra = plugins.flatMap((p) => p.lexicons);
  const resolved: Resolved = { rules, severity, ruleOptions, lexicons: extra.length > 0 ? extra : undefined };
  resolvedConfigs.set(config, resolved);
  return resolved;
}

const mergedLexicons = new WeakMap<readonly LexiconFile[], WeakMap<readonly LexiconFile[], LexiconFile[]>>();

/** The caller's lexicons and a config's, as one list with a stable identity (matchers are cached by it). */
function joinLexicons(
  a: readonly LexiconFile[] | undefined,
  b: readonly LexiconFile[] | undefined,
): readonly LexiconFile[] | undefined {
  if (!a) return b;
  if (!b) return a;
  let byB = mergedLexicons.get(a);
  if (!byB) {
    byB = new WeakMap();
    mergedLexicons.set(a, byB);
  }
  let joined = byB.get(b);
  if (!joined) {
    joined = [...a, ...b];
    byB.set(b, joined);
  }
  return joined;
}

export interface LintResult {
  filePath: string | undefined;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Waivers that matched no finding (stale). */
  unusedWaivers: Waiver[];
  /** The parsed bill (for formatters that show structure, and the language server). */
  document: Document;
}

export const DEFAULT_PROFILES: readonly string[] = ["kz-2026"];

/** The profile ids a lint runs under: a preset's (RULES.md §5.0: `kz-2026` = kz-2026 + iccpr), then the listed ones. */
export function resolveProfiles(options: Pick<LintOptions, "profiles" | "preset">): string[] {
  const out: string[] = [];
  const add = (id: string): void => {
    if (!out.includes(id)) out.push(id);
  };
  if (options.preset !== undefined) for (const id of resolvePreset(options.preset)) add(id);
  for (const id of options.profiles ?? (options.preset === undefined ? DEFAULT_PROFILES : [])) add(id);
  return out;
}

const extended = new WeakMap<readonly LexiconFile[], Map<Language, Matcher>>();

/** The built-in lexicons of a language plus the caller's (plugins), compiled once per list and language. */
function matcherWith(language: Language, lexicons: readonly LexiconFile[]): Matcher {
  let byLanguage = extended.get(lexicons);
  if (!byLanguage) {
    byLanguage = new Map();
    extended.set(lexicons, byLanguage);
  }
  let m = byLanguage.get(language);
  if (!m) {
    m = compileLexicons([...loadLexicons(language), ...lexicons.filter((l) => l.language === language)], language);
    byLanguage.set(language, m);
  }
  return m;
}

/** Lints one bill given as text. Pure: no I/O beyond reading the built-in profiles and lexicons. */
export function lintText(text: string, given: LintOptions = {}): LintResult {
  const options = withConfig(given);
  checkLocale(options);
  const parseOptions = {
    ...(options.language ? { language: options.language } : {}),
    ...(options.filePath ? { filePath: options.filePath } : {}),
  };
  const cache = options.cache;
  if (!cache) {
    const { document, index } = parseIndexed(text, parseOptions);
    return lintParsed(document, index, options);
  }
  // the editor's re-lint: parse again only what the edit changed
  const parsed = reparseIndexed(cache.parsed, text, parseOptions);
  cache.parsed = parsed;
  cache.reparsed = parsed.incremental;
  return lintParsed(parsed.document, parsed.index, options);
}

/**
 * Lints a bill whose Document is built already: an Akoma Ntoso, USLM or CLML import
 * (`importMarkup`, `loadBill`), whose `index` maps the Document's offsets (into `index.source`,
 * the text the rules read) to lines and columns of the XML file. The document's language is
 * the one it was built with (`LintOptions.language` applies when importing).
 */
export function lintDocumentSource(document: Document, index: LineIndex, given: LintOptions = {}): LintResult {
  const options = withConfig(given);
  checkLocale(options);
  return lintParsed(document, index, options);
}

const builtinById = new Map(builtinRules.map((r) => [r.meta.id, r]));

/** Rule modules for `LintOptions.rules`: modules as given, ids of built-in rules looked up. */
function ruleModules(rules: readonly (RuleModule | string)[]): RuleModule[] {
  return rules.map((r) => {
    if (typeof r !== "string") {
      if (typeof r?.meta?.id !== "string" || typeof r.create !== "function") {
        throw new ConfigError("LintOptions.rules takes rule modules ({ meta, create }) or built-in rule ids");
      }
      return r;
    }
    const rule = builtinById.get(r);
    if (!rule)
      throw new ConfigError(`Unknown rule ${JSON.stringify(r)}: \`rightslint rules\` lists the built-in rules`);
    return rule;
  });
}

function checkLocale(options: LintOptions): void {
  if (options.locale !== undefined && !isLocale(options.locale)) {
    throw new ConfigError(`Unknown locale ${JSON.stringify(options.locale)}: use ${LOCALES.join(", ")}`);
  }
}

function lintParsed(doc: Document, index: LineIndex, options: LintOptions): LintResult {
  const profiles = loadProfiles(resolveProfiles(options));
  const plugins = options.lexicons;
  let findings = lintDocument(doc, index, {
    ...(plugins?.some((l) => l.language === doc.language) ? { matcher: matcherWith(doc.language, plugins) } : {}),
    rules: options.rules ? ruleModules(options.rules) : builtinRules,
    profiles,
    ...(options.severity ? { severity: options.severity } : {}),
    ...(options.escalate ? { escalate: options.escalate } : {}),
    ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
    ...(options.directives ? { directives: options.directives } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
  });
  let unusedWaivers: Waiver[] = [];
  if (options.waivers) {
    const w = applyWaivers(findings, options.waivers);
    findings = w.findings;
    unusedWaivers = w.unused;
  }
  if (options.baseline) findings = applyBaseline(options.filePath ?? "", findings, options.baseline);
  return {
    filePath: options.filePath,
    findings,
    unusedWaivers,
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning").length,
    infoCount: findings.filter((f) => f.severity === "info").length,
    document: doc,
  };
}

/** Folds `options.config` into the options (explicit options win). */
function withConfig(options: LintOptions): LintOptions {
  const config = options.config;
  if (!config) return options;
  const r = resolveConfig(config);
  const out: LintOptions = { ...options };
  if (out.language === undefined && config.language !== undefined) out.language = config.language;
  if (out.locale === undefined && config.locale !== undefined) out.locale = config.locale;
  if (out.profiles === undefined && out.preset === undefined) {
    if (config.profiles !== undefined) out.profiles = config.profiles;
    if (config.preset !== undefined) out.preset = config.preset;
  }
  out.rules ??= r.rules;
  out.severity = { ...r.severity, ...options.severity };
  out.ruleOptions = { ...r.ruleOptions, ...options.ruleOptions };
  if (out.waivers === undefined && config.waivers !== undefined) out.waivers = config.waivers;
  if (out.directives === undefined && config.directives !== undefined) out.directives = config.directives;
  if (out.escalate === undefined && config.escalate !== undefined) out.escalate = config.escalate;
  const lexicons = joinLexicons(options.lexicons, r.lexicons);
  if (lexicons !== undefined) out.lexicons = lexicons;
  return out;
}

export interface LintFilesOptions extends Omit<LintOptions, "filePath"> {
  /** Relative patterns, the results' relative `filePath`s and config lookups start here; `process.cwd()` by default. */
  cwd?: string;
  /**
   * Look up `rightslint.config.json` / `.rightslintrc.json` from each file's folder upwards, as the
   * CLI does (default true). Its settings apply under the options given here, and a file its
   * `ignores` match is skipped. Off (`false`) or when `config` is given: only these options apply.
   */
  configLookup?: boolean;
  /** Use this config file only, no lookup (the CLI's `-c`), relative to `cwd`. */
  configFile?: string;
}

/**
 * Lints the bills matching glob patterns: text (txt, md, bill), Akoma Ntoso / USLM / CLML XML,
 * Akoma Ntoso HTML and .docx (see `loadBill`). XML and HTML files that are not legislation are
 * skipped; so are files a config file's `ignores` match.
 */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const { cwd: given, configLookup, configFile, ...lintOptions } = options;
  const cwd = given ?? process.cwd();
  // paths as the patterns give them (relative ones relative to `cwd`), like the CLI prints them
  const files = await fg([...patterns], { cwd, onlyFiles: true, dot: false, unique: true });
  files.sort();
  const resolver =
    lintOptions.config === undefined && (configLookup !== false || configFile !== undefined)
      ? new ConfigResolver({
          cwd,
          ...(configFile !== undefined ? { configFile } : {}),
          noConfigLookup: configLookup === false,
        })
      : null;
  const results: LintResult[] = [];
  for (const file of files) {
    let fileOptions: LintOptions = { ...lintOptions, filePath: file };
    if (resolver) {
      const found = await resolver.forFile(file);
      if (found.ignored) continue;
      fileOptions = { ...fileOptions, config: found.config };
    }
    const language = fileOptions.language ?? fileOptions.config?.language;
    let loaded: LoadedBill;
    try {
      loaded = await loadBill(await readFile(resolve(cwd, file)), file, language ? { language } : {});
    } catch (e) {
      if (e instanceof NotABillError) continue;
      if (e instanceof UsageError || e instanceof FormatError) throw e;
      throw new UsageError(`${file}: cannot be read (${(e as Error).message})`);
    }
    results.push(
      loaded.document && loaded.index
        ? lintDocumentSource(loaded.document, loaded.index, fileOptions)
        : lintText(loaded.text, fileOptions),
    );
  }
  return results;
}

/** The metadata of the built-in rules (ids, families, severities, docs). */
export function listRules(rules: readonly RuleModule[] = builtinRules): RuleMeta[] {
  return rules.map((r) => r.meta).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
