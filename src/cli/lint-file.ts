/**
 * Linting one file for the CLI, the same in the main thread and in worker threads: the file's
 * config (from the config files that apply to it) with the command line's options over it.
 */

import type { FileConfig } from "../config/file.js";
import type { DirectiveOptions } from "../engine/directives.js";
import type { Finding, SeveritySetting } from "../engine/types.js";
import { type BillFormat, FormatError, importMarkup, isMarkup } from "../formats/index.js";
import type { FileReport } from "../formatters/types.js";
import type { Locale } from "../i18n/index.js";
import { type LintConfig, type LintOptions, lintDocumentSource, lintText } from "../lint.js";
import type { Language } from "../syntax/ast.js";

/** What the command line sets over every file's config (plain data: it is sent to workers). */
export interface CliOverrides {
  profiles?: string[];
  preset?: string;
  language?: Language;
  locale?: Locale;
  /** `--rule id:severity`, per rule id or `rule:sub-code`. */
  severity?: Record<string, SeveritySetting>;
  directives?: DirectiveOptions;
}

/** What the CLI needs of the config layer: each file's config (src/config/file.ts `ConfigResolver`). */
export interface ConfigLookup {
  forFile(absPath: string): Promise<FileConfig>;
}

/** The findings of a file, without its text (what the cache stores and workers send back). */
export interface LintedFile {
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** The file could not be read as its format (malformed XML...): one line, reported with exit 2. */
  problem?: string;
  /** The bill's language as linted (given or detected), for reports that show its structure. */
  language?: Language;
}

/**
 * The `lintText` options for a file: its config with the overrides on top (the command line's, or
 * an editor's settings in the language server).
 */
export function lintOptions(filePath: string | undefined, config: LintConfig, cli: CliOverrides): LintOptions {
  return {
    ...(filePath !== undefined ? { filePath } : {}),
    config,
    ...(cli.language ? { language: cli.language } : {}),
    ...(cli.profiles ? { profiles: cli.profiles } : {}),
    ...(cli.preset ? { preset: cli.preset } : {}),
    ...(cli.locale ? { locale: cli.locale } : {}),
    ...(cli.severity ? { severity: cli.severity } : {}),
    ...(cli.directives ? { directives: { ...config.directives, ...cli.directives } } : {}),
  };
}

/**
 * Lints a bill's text under its config and the command line's options. For Akoma Ntoso, USLM and
 * CLML (`format`), `text` is the markup, imported here (in the main thread or a worker alike).
 */
export function lintSource(
  text: string,
  filePath: string,
  config: LintConfig,
  cli: CliOverrides,
  format: BillFormat = "text",
): LintedFile {
  const options = lintOptions(filePath, config, cli);
  let r: ReturnType<typeof lintText>;
  if (isMarkup(format)) {
    const language = cli.language ?? config.language;
    let imported: ReturnType<typeof importMarkup>;
    try {
      imported = importMarkup(text, format, language ? { language } : {});
    } catch (e) {
      if (e instanceof FormatError)
        return { findings: [], errorCount: 0, warningCount: 0, infoCount: 0, problem: e.message };
      throw e;
    }
    r = lintDocumentSource(imported.document, imported.index, options);
  } else r = lintText(text, options);
  return {
    findings: r.findings,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    language: r.document.language,
  };
}

export function toReport(filePath: string, source: string, linted: LintedFile): FileReport {
  const { language, problem: _, ...rest } = linted;
  return { filePath, source, ...rest, ...(language ? { language } : {}) };
}
