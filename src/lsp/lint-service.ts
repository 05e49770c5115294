/**
 * Linting an open document for the editor: its config (the config files that apply to its path,
 * as the CLI finds them) with the editor's settings over it, then `lintText`, then diagnostics.
 * Holds no per-document state; the server keeps the last outcome of each document and its
 * `UnitCache` (findings of unchanged articles, reused by the next lint).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "vscode-languageserver/node";
import { DiagnosticSeverity } from "vscode-languageserver/node";
import { builtinRules } from "../../rules/index.js";
import { lintOptions } from "../cli/lint-file.js";
import { ConfigResolver, type FileConfig } from "../config/file.js";
import type { Finding, RuleMeta } from "../engine/types.js";
import type { UnitCache } from "../engine/units.js";
import { type BillFormat, detectFormat, importMarkup, isMarkup } from "../formats/index.js";
import type { Locale } from "../i18n/index.js";
import { type LintConfig, lintDocumentSource, lintText } from "../lint.js";

/** Files whose text is markup to import rather than a bill to parse. */
const MARKUP_FILE = /\.(?:xml|akn|html?)$/i;

import type { Document } from "../syntax/ast.js";
import { SOURCE, toDiagnostics } from "./convert.js";
import type { ClientSettings } from "./settings.js";
import { overridesOf } from "./settings.js";

export interface LintOutcome {
  uri: string;
  version: number;
  /** The text that was linted. */
  text: string;
  /** The configuration generation it was linted under (bumped when configs or settings change). */
  generation: number;
  /** Identifies this result for pull diagnostics (`previousResultId`). */
  resultId: string;
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** The parsed bill; null when the document was not linted (ignored, or its config is broken). */
  document: Document | null;
  /** Metadata of the rules that may report (built-in and the config's plugins), by id. */
  rules: ReadonlyMap<string, RuleMeta>;
  locale: Locale;
  /** A config file's `ignores` matches the document. */
  ignored: boolean;
  /** Why the document could not be linted (a broken config, an unknown rule in the settings). */
  error?: string;
  /** Time spent in `lintText`, in milliseconds. */
  ms: number;
}

let resultCounter = 0;

const BUILTIN_RULES: ReadonlyMap<string, RuleMeta> = new Map(builtinRules.map((r) => [r.meta.id, r.meta]));
const rulesByConfig = new WeakMap<LintConfig, ReadonlyMap<string, RuleMeta>>();

/** Built-in rules and a config's plugin rules, by id. */
export function rulesOf(config: LintConfig | undefined): ReadonlyMap<string, RuleMeta> {
  if (!config?.plugins?.length) return BUILTIN_RULES;
  let map = rulesByConfig.get(config);
  if (!map) {
    const all = new Map(BUILTIN_RULES);
    for (const p of config.plugins) for (const r of p.rules) all.set(r.meta.id, r.meta);
    map = all;
    rulesByConfig.set(config, map);
  }
  return map;
}

const withRules = new WeakMap<LintConfig, Map<string, LintConfig>>();

/**
 * The config with the editor's rule severities over its own. One object per config and settings,
 * so `lintText`'s per-config caches (resolved rules, plugin lexicons) keep working.
 */
export function withSettingsRules(config: LintConfig, rules: ClientSettings["rules"]): LintConfig {
  const entries = Object.entries(rules);
  if (entries.length === 0) return config;
  const key = JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  let byKey = withRules.get(config);
  if (!byKey) {
    byKey = new Map();
    withRules.set(config, byKey);
  }
  let merged = byKey.get(key);
  if (!merged) {
    merged = { ...config, rules: { ...config.rules, ...rules } };
    byKey.set(key, merged);
  }
  return merged;
}

export interface LintServiceOptions {
  /** The workspace folder: relative paths in config messages are relative to it. */
  cwd: string;
  /** The editor's display locale, used when neither the settings nor a config set one. */
  clientLocale?: Locale;
}

export class LintService {
  readonly resolver: ConfigResolver;
  readonly #cwd: string;
  #clientLocale: Locale | undefined;

  constructor(options: LintServiceOptions) {
    this.#cwd = options.cwd;
    this.resolver = new ConfigResolver({ cwd: options.cwd });
    this.#clientLocale = options.clientLocale;
  }

  /** Forgets every config file read: call it when one changes. */
  clearConfigs(): void {
    this.resolver.clear();
  }

  /** The file a document's config is looked up from: its path, or (untitled) the workspace folder. */
  static filePath(uri: string): string | undefined {
    if (!uri.startsWith("file:")) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  }

  /** The config of a document (config files for its path; an untitled document gets the workspace folder's). */
  async configFor(uri: string): Promise<FileConfig | undefined> {
    const path = LintService.filePath(uri) ?? join(this.#cwd, "untitled");
    return this.resolver.forFile(path);
  }

  /** Lints one version of a document. Never throws: a broken config becomes one diagnostic. */
  async lint(
    uri: string,
    version: number,
    text: string,
    settings: ClientSettings,
    generation: number,
    /** The document's findings kept from its last lint (re-lints only the articles that changed). */
    cache?: UnitCache,
  ): Promise<LintOutcome> {
    const base = {
      uri,
      version,
      text,
      generation,
      resultId: `${generation}.${++resultCounter}`,
      locale: settings.locale ?? this.#clientLocale ?? "en",
      ms: 0,
    } as const;
    let fileConfig: FileConfig | undefined;
    try {
      fileConfig = await this.configFor(uri);
    } catch (e) {
      return failed(base, e);
    }
    const locale: Locale = settings.locale ?? fileConfig?.locale ?? this.#clientLocale ?? "en";
    const rules = rulesOf(fileConfig?.config);
    if (fileConfig?.ignored) {
      return { ...base, locale, findings: [], diagnostics: [], document: null, rules, ignored: true };
    }
    try {
      const config = withSettingsRules(fileConfig?.config ?? {}, settings.rules);
      const overrides = { ...overridesOf(settings), locale };
      const started = performance.now();
      const filePath = LintService.filePath(uri);
      const options = lintOptions(filePath, config, overrides);
      // Akoma Ntoso, USLM, CLML and AKN-HTML are imported from their markup (positions stay in the file)
      const format: BillFormat = filePath && MARKUP_FILE.test(filePath) ? detectFormat(filePath, text) : "text";
      let result: ReturnType<typeof lintText>;
      if (isMarkup(format)) {
        const language = overrides.language ?? config.language;
        const { document, index } = importMarkup(text, format, language ? { language } : {});
        result = lintDocumentSource(document, index, options);
      } else result = lintText(text, cache ? { ...options, cache } : options);
      const ms = performance.now() - started;
      return {
        ...base,
        locale,
        ms,
        findings: result.findings,
        diagnostics: toDiagnostics(result.findings, rules),
        document: result.document,
        rules,
        ignored: false,
      };
    } catch (e) {
      return failed({ ...base, locale }, e);
    }
  }
}

type OutcomeBase = Pick<LintOutcome, "uri" | "version" | "text" | "generation" | "resultId" | "locale" | "ms">;

/** An outcome that is one error diagnostic at the top of the document (config or settings problems). */
function failed(base: OutcomeBase, e: unknown): LintOutcome {
  const message = e instanceof Error ? e.message.split("\n")[0] || e.name : String(e);
  const firstLine = base.text.search(/\r?\n|\r|$/);
  return {
    ...base,
    findings: [],
    diagnostics: [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: Math.max(firstLine, 0) } },
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        code: "config",
        message: `rightslint could not lint this file: ${message}`,
      },
    ],
    document: null,
    rules: BUILTIN_RULES,
    ignored: false,
    error: message,
  };
}
