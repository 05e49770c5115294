/**
 * The GitHub Action (`action.yml` at the repository root; `action/index.mjs` loads this module's
 * bundle, `dist/cli/action.js`). One lint run, in this process, through the CLI's own `main()`,
 * so options, configs and exit codes are the command's; the reports it makes become
 *
 * - a SARIF file (`sarif-file`) for `github/codeql-action/upload-sarif`;
 * - workflow annotations and the summary line on standard output (the `github` formatter);
 * - another report when `format` asks for one (to `output-file`, else the log);
 * - the outputs `errors`, `warnings` and `sarif-file` (appended to the file `GITHUB_OUTPUT` names);
 * - a Markdown job summary (appended to `GITHUB_STEP_SUMMARY` when it is set);
 * - the exit code, by `fail-on`: `error` (the command's own: errors, or more warnings than
 *   `max-warnings`), `warning` (any error or warning), `never`. Exit code 2 — bad inputs, a bad
 *   config, a file that cannot be read — fails the step whatever `fail-on` says.
 *
 * Inputs come as the runner passes them: `INPUT_<NAME>`, the name upper-cased with spaces as `_`
 * and hyphens kept (`INPUT_MAX-WARNINGS`). Paths in annotations and SARIF are relative to the
 * workspace (the repository), also when `working-directory` is a subfolder.
 */
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { citation, oneLine, ruleRef, totals } from "../formatters/common.js";
import { ruleDocUrl } from "../formatters/docs.js";
import { escapeData, github } from "../formatters/github.js";
import { FORMATTER_NAMES, getFormatter, isFormatterName } from "../formatters/index.js";
import { formatterTranslator, severityName, summaryLine } from "../formatters/messages.js";
import { sarif } from "../formatters/sarif.js";
import type { FileReport, FormatContext } from "../formatters/types.js";
import { type Catalogue, isLocale, type Locale, translator } from "../i18n/index.js";
import { main } from "./main.js";

export type FailOn = "error" | "warning" | "never";

/** The action's inputs, read and checked. Defaults are those of action.yml. */
export interface ActionInputs {
  paths: string[];
  profiles: string[];
  config: string;
  /** Another formatter's report besides SARIF and annotations ("" for none). */
  format: string;
  outputFile: string;
  sarifFile: string;
  maxWarnings: number | undefined;
  failOn: FailOn;
  locale: Locale | undefined;
  workingDirectory: string;
  /** More options of the lint command, split on whitespace. */
  args: string[];
}

/** A bad input: one line, exit code 2. */
export class InputError extends Error {
  override name = "InputError";
}

type Env = Readonly<Record<string, string | undefined>>;

/** The environment variable the runner sets for an input: `max-warnings` → `INPUT_MAX-WARNINGS`. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

/** An input's value, trimmed ("" when the runner did not set it). */
export function getInput(env: Env, name: string): string {
  return (env[inputVariable(name)] ?? "").trim();
}

const FAIL_ON: readonly FailOn[] = ["error", "warning", "never"];

export function readInputs(env: Env): ActionInputs {
  const lines = (value: string) =>
    value
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
  const words = (value: string) => value.split(/[\s,]+/).filter(Boolean);

  const failOn = getInput(env, "fail-on") || "error";
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new InputError(`fail-on must be error, warning or never (got "${failOn}")`);
  }
  const max = getInput(env, "max-warnings");
  if (max !== "" && !/^-?\d+$/.test(max)) throw new InputError(`max-warnings must be a whole number (got "${max}")`);
  const locale = getInput(env, "locale");
  if (locale !== "" && !isLocale(locale)) throw new InputError(`locale must be en, ru or kk (got "${locale}")`);
  let format = getInput(env, "format");
  if (format === "none") format = "";
  if (format !== "" && !isFormatterName(format)) {
    throw new InputError(
      `format "${format}" is not a rightslint formatter (use one of ${FORMATTER_NAMES.join(", ")}, or none)`,
    );
  }
  const paths = lines(getInput(env, "paths"));
  return {
    paths: paths.length > 0 ? paths : ["."],
    profiles: words(getInput(env, "profiles")),
    config: getInput(env, "config"),
    format,
    outputFile: getInput(env, "output-file"),
    sarifFile: getInput(env, "sarif-file") || "rightslint.sarif",
    maxWarnings: max === "" ? undefined : Number(max),
    failOn: failOn as FailOn,
    locale: locale === "" ? undefined : (locale as Locale),
    workingDirectory: getInput(env, "working-directory") || ".",
    args: getInput(env, "args").split(/\s+/).filter(Boolean),
  };
}

/** The lint command's arguments for the inputs (after `node rightslint`). */
export function lintArguments(inputs: ActionInputs): string[] {
  const out = ["--no-progress", "--concurrency", "auto"];
  if (inputs.profiles.length > 0) out.push("--profile", inputs.profiles.join(","));
  if (inputs.config) out.push("--config", inputs.config);
  if (inputs.maxWarnings !== undefined) out.push("--max-warnings", String(inputs.maxWarnings));
  if (inputs.locale) out.push("--locale", inputs.locale);
  out.push(...inputs.args);
  // "--": a path that starts with "-" is still a path
  out.push("--", ...inputs.paths);
  return out;
}

/** The step's exit code from the command's and the counts (undefined: the run stopped before linting). */
export function exitCode(
  lintCode: number,
  counts: { errors: number; warnings: number } | undefined,
  failOn: FailOn,
): number {
  if (counts === undefined) return lintCode === 0 ? 0 : 2;
  if (lintCode === 2) return 2;
  if (failOn === "never") return 0;
  if (failOn === "warning") return lintCode !== 0 || counts.errors + counts.warnings > 0 ? 1 : 0;
  return lintCode;
}

interface Out {
  write(text: string): unknown;
}

/** Runs the action; returns the step's exit code. */
export async function runAction(
  env: Env = process.env,
  io: { stdout: Out; stderr: Out; cwd: string; chdir: (dir: string) => void } = {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    chdir: (dir) => process.chdir(dir),
  },
): Promise<number> {
  let inputs: ActionInputs;
  const workspace = path.resolve(io.cwd, env.GITHUB_WORKSPACE || ".");
  const fail = (message: string) => {
    io.stdout.write(`::error title=rightslint::${escapeData(message)}\n`);
    return 2;
  };
  try {
    inputs = readInputs(env);
  } catch (e) {
    if (e instanceof InputError) return fail(e.message);
    throw e;
  }
  const cwd = path.resolve(workspace, inputs.workingDirectory);
  try {
    io.chdir(cwd);
  } catch (e) {
    return fail(
      `working-directory ${inputs.workingDirectory}: ${(e as NodeJS.ErrnoException).code ?? "cannot enter it"}`,
    );
  }
  const sarifFile = path.resolve(cwd, inputs.sarifFile);

  let run: { reports: FileReport[]; context: FormatContext } | undefined;
  const lintCode = await main(["node", "rightslint", ...lintArguments(inputs)], {
    emit: (reports, context) => {
      // paths relative to the workspace (the repository root), as annotations and code scanning expect
      const rebased = reports.map((r) => ({ ...r, filePath: repoPath(workspace, path.resolve(cwd, r.filePath)) }));
      const ctx: FormatContext = { ...context, cwd: workspace };
      run = { reports: rebased, context: ctx };
      mkdirSync(path.dirname(sarifFile), { recursive: true });
      writeFileSync(sarifFile, sarif(rebased, { ...ctx, color: false }));
      io.stdout.write(github(rebased, ctx));
      if (inputs.format) {
        if (inputs.outputFile) {
          const file = path.resolve(cwd, inputs.outputFile);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, getFormatter(inputs.format)(rebased, { ...ctx, color: false }));
        } else {
          const text = getFormatter(inputs.format)(rebased, ctx);
          io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
        }
      }
    },
  });

  const counts = run ? totals(run.reports) : undefined;
  const code = exitCode(lintCode, counts, inputs.failOn);
  if (run && counts) {
    const shownSarif = repoPath(workspace, sarifFile);
    if (env.GITHUB_OUTPUT) {
      setOutput(env.GITHUB_OUTPUT, "errors", String(counts.errors));
      setOutput(env.GITHUB_OUTPUT, "warnings", String(counts.warnings));
      setOutput(env.GITHUB_OUTPUT, "sarif-file", shownSarif);
    }
    if (env.GITHUB_STEP_SUMMARY) {
      appendFileSync(env.GITHUB_STEP_SUMMARY, jobSummary(run.reports, run.context, shownSarif));
    }
  }
  if (code === 2 && lintCode === 2) {
    io.stdout.write(
      `::error title=rightslint::${escapeData("rightslint stopped with exit code 2 (a bad input or config, or a file it cannot read): see the lines above")}\n`,
    );
  }
  return code;
}

/** `abs` relative to the workspace with `/` separators, or absolute when outside it. */
function repoPath(workspace: string, abs: string): string {
  const rel = path.relative(workspace, abs);
  const shown = rel === "" ? "." : rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel;
  return shown.split(path.sep).join("/");
}

/** Appends an output as the runner reads `GITHUB_OUTPUT`: `name=value`, or a heredoc for several lines. */
export function setOutput(file: string, name: string, value: string): void {
  if (!/[\r\n]/.test(value)) {
    appendFileSync(file, `${name}=${value}\n`);
    return;
  }
  let delimiter = "ghadelimiter_rightslint";
  while (value.includes(delimiter)) delimiter += "_";
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

/** Findings listed in the job summary; the rest are in the annotations' log and the SARIF file. */
export const SUMMARY_ROWS = 100;

const SUMMARY: Readonly<Record<Locale, Catalogue>> = {
  en: {
    severity: "Severity",
    location: "Location",
    provision: "Provision",
    finding: "Finding",
    rule: "Rule",
    more: "{{count}} more findings are not listed here: see the step's log or the SARIF file.",
    sarif: "SARIF for code scanning: {{file}}",
  },
  ru: {
    severity: "Уровень",
    location: "Место",
    provision: "Норма",
    finding: "Находка",
    rule: "Правило",
    more: "Не показано находок: {{count}}; все они — в журнале шага и в файле SARIF.",
    sarif: "SARIF для code scanning: {{file}}",
  },
  kk: {
    severity: "Деңгейі",
    location: "Орны",
    provision: "Норма",
    finding: "Нәтиже",
    rule: "Ереже",
    more: "Мұнда көрсетілмеген нәтижелер: {{count}}; барлығы қадамның журналында және SARIF файлында.",
    sarif: "Code scanning үшін SARIF: {{file}}",
  },
};

/** The Markdown job summary: the summary line, a table of the first findings, the SARIF file. */
export function jobSummary(reports: readonly FileReport[], context: FormatContext, sarifFile: string): string {
  const t = translator(SUMMARY, context.locale);
  const tf = formatterTranslator(context.locale);
  const counts = totals(reports);
  const out = ["### rightslint", "", escapeMarkdown(summaryLine(tf, counts)), ""];
  const rows: string[] = [];
  let all = 0;
  for (const r of reports) {
    for (const f of r.findings) {
      all++;
      if (rows.length >= SUMMARY_ROWS) continue;
      const cite = citation(f);
      const url = ruleDocUrl(context.rules.get(f.ruleId), context.docsUrl);
      const rule = escapeMarkdown(ruleRef(f));
      rows.push(
        `| ${[
          severityName(tf, f.severity),
          escapeMarkdown(`${r.filePath}:${f.range.start.line}:${f.range.start.column}`),
          escapeMarkdown(f.label),
          escapeMarkdown(`${oneLine(f.message)}${cite ? ` (${cite})` : ""}`),
          url ? `[${rule}](${url})` : rule,
        ].join(" | ")} |`,
      );
    }
  }
  if (rows.length > 0) {
    out.push(
      `| ${[t("severity"), t("location"), t("provision"), t("finding"), t("rule")].join(" | ")} |`,
      "| --- | --- | --- | --- | --- |",
      ...rows,
      "",
    );
  }
  if (all > rows.length) out.push(escapeMarkdown(t("more", { count: all - rows.length })), "");
  out.push(escapeMarkdown(t("sarif", { file: sarifFile })), "");
  return `${out.join("\n")}\n`;
}

/** Text that Markdown shows as it is, in a table cell too (backslash before punctuation that means something). */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]|<>#~]/g, "\\$&");
}
