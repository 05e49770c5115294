/**
 * The contract between the CLI and its formatters (`src/formatters/<name>.ts`, one file each).
 * A formatter is a pure function: the reports of a run in, the text to print out.
 */
import type { Finding, RuleMeta } from "../engine/types.js";
import type { Locale, Translate } from "../i18n/index.js";
import type { Language } from "../syntax/ast.js";

/** The findings of one linted file. */
export interface FileReport {
  /** The path as users see it: relative to `cwd` when inside it, with `/` separators (`bills/religion.md`). */
  filePath: string;
  /** Findings sorted by position (line, column), then rule id. */
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** The file's text as linted (SARIF fingerprints, snippets). */
  source: string;
  /** The bill's language as linted (`--language`, the config's, or detected). */
  language?: Language;
}

export interface FormatContext {
  /** The folder paths are relative to (absolute, platform separators). */
  cwd: string;
  /** Metadata of every rule of the run, by id (SARIF `rules[]`, help text, docs paths). */
  rules: ReadonlyMap<string, RuleMeta>;
  /** Colours allowed (TTY and not `--no-color` / `NO_COLOR`); only `stylish` uses them. */
  color: boolean;
  /** rightslint's version (SARIF `semanticVersion`). */
  version: string;
  locale: Locale;
  /** `--max-warnings`, when given (the summary says when it is exceeded). */
  maxWarnings?: number;
  /**
   * Web address of the folder holding rightslint's `docs/` (`RIGHTSLINT_DOCS_URL`), when the rule
   * reference is published: SARIF then links each built-in rule to its page (`helpUri`).
   */
  docsUrl?: string;
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;

export type { Translate };
