/**
 * `rightslint [paths...]`: the lint run. Discovery → config per file → cache → lint (in this
 * thread or in workers) → baseline → formatter → exit code. Everything that can go wrong with
 * one file is one line on stderr and exit code 2 at the end; the other files are still linted.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { builtinRules } from "../../rules/index.js";
import { loadProfiles, ProfileError } from "../config/profiles.js";
import type { RuleMeta, SeveritySetting } from "../engine/types.js";
import { applyBaseline, type Baseline, recordBaseline } from "../engine/waivers.js";
import { type BillFormat, NotABillError, readBillSource } from "../formats/index.js";
import { getFormatter } from "../formatters/index.js";
import type { FileReport, FormatContext } from "../formatters/types.js";
import { detectLocale, type Locale, translator } from "../i18n/index.js";
import { resolveProfiles } from "../lint.js";
import { contentHash, LintCache } from "./cache.js";
import { discoverFiles, parseShard, shardFiles } from "./discover.js";
import { type CliOverrides, type LintedFile, lintSource, toReport } from "./lint-file.js";
import { type LookupOptions, makeConfigLookup } from "./lookup.js";
import { CLI_MESSAGES } from "./messages.js";
import { lintInWorkers, type PoolTask, parseConcurrency, threadsFor } from "./pool.js";
import { progressBar } from "./progress.js";
import { checkSupported, UsageError } from "./read.js";
import { VERSION } from "./version.js";

export interface LintCommandOptions {
  config?: string;
  configLookup?: boolean;
  profile?: string[];
  preset?: string;
  language?: CliOverrides["language"];
  /** `--locale`; else the config's `locale`, else the environment's. */
  locale?: Locale;
  rule?: string[];
  format: string;
  outputFile?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: string;
  baseline?: string;
  updateBaseline?: boolean;
  reportUnusedDirectives?: boolean;
  progress?: boolean;
  shard?: string;
  ignore?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  debug?: boolean;
}

export interface LintIo {
  cwd: string;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  readStdin: () => Promise<Buffer>;
  /**
   * Takes the run's reports instead of the formatter (`--format`, `--output-file`): the GitHub
   * Action writes SARIF, annotations and a job summary from one run. The exit code is the same.
   */
  emit?: (reports: readonly FileReport[], context: FormatContext) => void;
}

const SEVERITY_WORDS: Record<string, SeveritySetting> = {
  off: "off",
  info: "info",
  warn: "warning",
  warning: "warning",
  error: "error",
};

/** `--rule religion/x:error`, `--rule religion/x:sub-code:off` → severities by rule (or `rule:sub-code`). */
export function parseRuleFlags(values: readonly string[]): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const value of values) {
    const parts = value.split(":");
    const level = parts.pop() ?? "";
    const key = parts.join(":");
    const severity = SEVERITY_WORDS[level.trim()];
    if (!key || severity === undefined) {
      throw new UsageError(`--rule expects <rule-id>:<off|info|warn|error> (got "${value}")`);
    }
    out[key] = severity;
  }
  return out;
}

/** Checks `--rule` keys against the rules of the run (built-in and the configs' plugins). */
function checkRuleKeys(keys: readonly string[], rules: ReadonlyMap<string, RuleMeta>): void {
  for (const key of keys) {
    const [id, sub] = key.split(":") as [string, string | undefined];
    const meta = rules.get(id);
    if (!meta) throw new UsageError(`--rule: unknown rule "${id}" (\`rightslint rules\` lists them)`);
    if (sub !== undefined && !(meta.subCodes ?? []).includes(sub)) {
      const subs = meta.subCodes ?? [];
      throw new UsageError(
        `--rule: rule ${id} has no sub-code "${sub}"${subs.length > 0 ? ` (it has ${subs.join(", ")})` : ""}`,
      );
    }
  }
}

function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  const shown = rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel;
  return shown.split(path.sep).join("/");
}

function readBaseline(file: string, shown: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`${shown}: no such baseline file (create it with --update-baseline)`);
    throw new UsageError(`${shown}: not a baseline file (${(e as Error).message.split("\n")[0]})`);
  }
  const b = data as Baseline;
  if (b?.version !== 1 || typeof b.files !== "object" || b.files === null) {
    throw new UsageError(`${shown}: not a rightslint baseline (expected {"version": 1, "files": {...}})`);
  }
  return b;
}

/** Runs the lint command; returns the exit code. */
export async function runLint(patterns: string[], opts: LintCommandOptions, io: LintIo): Promise<number> {
  const { cwd } = io;
  const formatter = getFormatter(opts.format);
  const concurrency = parseConcurrency(opts.concurrency ?? "off");
  const shard = opts.shard ? parseShard(opts.shard) : undefined;
  const cli: CliOverrides = {};
  if (opts.profile) cli.profiles = opts.profile;
  if (opts.preset) cli.preset = opts.preset;
  if (opts.language) cli.language = opts.language;
  if (opts.rule && opts.rule.length > 0) cli.severity = parseRuleFlags(opts.rule);
  if (opts.reportUnusedDirectives !== undefined) cli.directives = { reportUnused: opts.reportUnusedDirectives };
  const lookupOptions: LookupOptions = {
    cwd,
    ...(opts.config ? { configFile: path.resolve(cwd, opts.config) } : {}),
    ...(opts.configLookup === false ? { noConfigLookup: true } : {}),
  };
  const lookup = makeConfigLookup(lookupOptions);
  // the messages' language: the flag, then the config of the current folder, then the environment
  const locale = opts.locale ?? (await lookup.forFile(path.join(cwd, "_"))).locale ?? detectLocale();
  cli.locale = locale;
  const t = translator(CLI_MESSAGES, locale);
  const problems: string[] = [];

  // what to lint: stdin, or the files the patterns name
  interface Item {
    abs: string;
    shown: string;
    /** The bill's text, or its markup (Akoma Ntoso, USLM, CLML), or the text of a .docx. */
    text: string;
    format: BillFormat;
    hash: string;
    configHash: string;
  }
  const items: Item[] = [];
  const configs = new Map<string, Awaited<ReturnType<typeof lookup.forFile>>>();
  if (opts.stdin) {
    if (patterns.length > 0) throw new UsageError("--stdin lints standard input: give no paths with it");
    const bytes = await io.readStdin();
    const abs = path.resolve(cwd, opts.stdinFilename ?? "<stdin>");
    const shown = opts.stdinFilename ? displayPath(cwd, abs) : "<stdin>";
    const { text, format } = await readBillSource(bytes, shown);
    const fc = await lookup.forFile(abs);
    configs.set(abs, fc);
    items.push({ abs, shown, text, format, hash: contentHash(bytes), configHash: fc.hash });
  } else {
    if (opts.stdinFilename) throw new UsageError("--stdin-filename needs --stdin");
    const discovery = await discoverFiles(patterns, {
      cwd,
      useIgnoreFiles: opts.ignore !== false,
    });
    problems.push(...discovery.problems);
    for (const f of discovery.ignoredExplicit) {
      io.stderr.write(`rightslint: ${t("cli.fileIgnored", { file: displayPath(cwd, f) })}\n`);
    }
    let files = discovery.files;
    for (const f of files) {
      const fc = await lookup.forFile(f);
      configs.set(f, fc);
    }
    files = files.filter((f) => {
      if (!configs.get(f)?.ignored) return true;
      if (discovery.explicit.has(f)) {
        io.stderr.write(`rightslint: ${t("cli.fileIgnored", { file: displayPath(cwd, f) })}\n`);
      }
      return false;
    });
    if (shard) files = shardFiles(files, shard.index, shard.count);
    for (const abs of files) {
      const shown = displayPath(cwd, abs);
      try {
        checkSupported(shown);
      } catch (e) {
        problems.push((e as Error).message);
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = readFileSync(abs);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        problems.push(
          code === "EACCES"
            ? `${shown}: permission denied`
            : code === "EISDIR"
              ? `${shown}: is a folder, not a bill`
              : `${shown}: cannot be read (${code ?? (e as Error).message})`,
        );
        continue;
      }
      let source: { text: string; format: BillFormat };
      try {
        source = await readBillSource(bytes, shown);
      } catch (e) {
        // an XML or HTML file a folder or glob found that is not legislation: not a bill, skipped
        if (e instanceof NotABillError && !discovery.explicit.has(abs)) continue;
        problems.push((e as Error).message);
        continue;
      }
      items.push({ abs, shown, ...source, hash: contentHash(bytes), configHash: configs.get(abs)?.hash ?? "" });
    }
  }

  // every rule the run knows: built-in ones and those of the configs' plugins
  const rules = new Map<string, RuleMeta>(builtinRules.map((r) => [r.meta.id, r.meta]));
  for (const fc of configs.values()) {
    for (const p of fc.config.plugins ?? []) for (const r of p.rules) rules.set(r.meta.id, r.meta);
  }
  if (cli.severity) checkRuleKeys(Object.keys(cli.severity), rules);
  checkProfiles(cli);

  // the cache: findings per file, keyed by content, config and this run's options
  const runKey = contentHash(
    JSON.stringify({ version: VERSION, rules: builtinRules.map((r) => r.meta.id), cli, quiet: false }),
  );
  const cache = opts.cache
    ? LintCache.open(path.resolve(cwd, opts.cacheLocation ?? ".rightslintcache"), runKey)
    : undefined;
  const results: (LintedFile | undefined)[] = items.map((it) => cache?.get(it.abs, it.hash, it.configHash));
  const todo = items.map((_, i) => i).filter((i) => results[i] === undefined);
  const progress = progressBar(todo.length, opts.progress !== false, io.stderr);
  const totalBytes = todo.reduce((n, i) => n + (items[i]?.text.length ?? 0), 0);
  const threads = threadsFor(concurrency, todo.length, totalBytes);
  if (threads > 1) {
    const tasks: PoolTask[] = todo.map((i) => {
      const it = items[i] as Item;
      return { absPath: it.abs, displayPath: it.shown, text: it.text, format: it.format };
    });
    const out = await lintInWorkers(tasks, threads, { lookup: lookupOptions, cli }, () => progress.tick());
    out.forEach((r, k) => {
      const i = todo[k] as number;
      if ("result" in r) results[i] = r.result;
      else throw Object.assign(new Error(r.error), { stack: r.stack });
    });
  } else {
    for (const i of todo) {
      const it = items[i] as Item;
      const fc = configs.get(it.abs);
      results[i] = lintSource(it.text, it.shown, fc?.config ?? {}, cli, it.format);
      progress.tick();
    }
  }
  progress.done();
  // files that could not be read as their format (malformed XML...): problems, not reports
  const unreadable = new Set<number>();
  results.forEach((r, i) => {
    if (r?.problem === undefined) return;
    unreadable.add(i);
    problems.push(`${(items[i] as Item).shown}: ${r.problem}`);
  });
  if (cache) {
    for (const i of todo) {
      const it = items[i] as Item;
      if (!unreadable.has(i)) cache.set(it.abs, it.hash, it.configHash, results[i] as LintedFile);
    }
    const failed = cache.save();
    if (failed) io.stderr.write(`rightslint: ${failed}\n`);
  }

  const reported = items.filter((_, i) => !unreadable.has(i));
  let reports: FileReport[] = items.flatMap((it, i) =>
    unreadable.has(i) ? [] : [toReport(it.shown, it.text, results[i] as LintedFile)],
  );

  // the baseline: paths in it are relative to the baseline file's folder
  if (opts.baseline) {
    const file = path.resolve(cwd, opts.baseline);
    const base = path.dirname(file);
    const key = (r: FileReport, i: number) =>
      path
        .relative(base, reported[i]?.abs ?? r.filePath)
        .split(path.sep)
        .join("/");
    if (opts.updateBaseline) {
      let baseline: Baseline = { version: 1, files: {} };
      reports.forEach((r, i) => {
        if (r.findings.length > 0) baseline = recordBaseline(key(r, i), r.findings, baseline);
      });
      await mkdir(base, { recursive: true });
      writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
      io.stderr.write(
        `rightslint: ${t("cli.baselineWritten", { file: displayPath(cwd, file), count: reports.reduce((n, r) => n + r.findings.length, 0) })}\n`,
      );
    }
    const baseline = readBaseline(file, opts.baseline);
    reports = reports.map((r, i) => recount({ ...r, findings: applyBaseline(key(r, i), r.findings, baseline) }));
  } else if (opts.updateBaseline) {
    throw new UsageError("--update-baseline needs --baseline <file>");
  }

  if (opts.quiet)
    reports = reports.map((r) => recount({ ...r, findings: r.findings.filter((f) => f.severity === "error") }));

  const toFile = opts.outputFile !== undefined;
  const context: FormatContext = {
    cwd,
    rules,
    color: opts.color ?? (!toFile && colourWanted(io.stdout)),
    version: VERSION,
    locale,
    ...(opts.maxWarnings !== undefined && opts.maxWarnings >= 0 ? { maxWarnings: opts.maxWarnings } : {}),
    ...(process.env.RIGHTSLINT_DOCS_URL ? { docsUrl: process.env.RIGHTSLINT_DOCS_URL } : {}),
  };
  // nothing linted and something wrong (no bills found, only unreadable files): the error lines alone
  if (reports.length === 0 && problems.length > 0) {
    for (const p of problems) io.stderr.write(`rightslint: ${p}\n`);
    return 2;
  }
  io.emit?.(reports, context);
  const output = io.emit ? "" : formatter(reports, context);
  if (toFile && !io.emit) {
    const out = path.resolve(cwd, opts.outputFile as string);
    try {
      await mkdir(path.dirname(out), { recursive: true });
      writeFileSync(out, output);
    } catch (e) {
      throw new UsageError(`${opts.outputFile}: cannot write the report (${(e as NodeJS.ErrnoException).code})`);
    }
  } else if (output.length > 0) {
    io.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
  }

  for (const p of problems) io.stderr.write(`rightslint: ${p}\n`);
  if (problems.length > 0) return 2;
  const errors = reports.reduce((n, r) => n + r.errorCount, 0);
  const warnings = reports.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    io.stderr.write(`rightslint: ${t("cli.tooManyWarnings", { count: warnings, max: opts.maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

/** An unknown profile or preset on the command line stops the run before any linting. */
function checkProfiles(cli: CliOverrides): void {
  try {
    loadProfiles(resolveProfiles(cli));
  } catch (e) {
    if (e instanceof ProfileError) throw new UsageError(e.message.split("\n")[0] ?? "unknown profile");
    throw e;
  }
}

function recount(r: FileReport): FileReport {
  return {
    ...r,
    errorCount: r.findings.filter((f) => f.severity === "error").length,
    warningCount: r.findings.filter((f) => f.severity === "warning").length,
    infoCount: r.findings.filter((f) => f.severity === "info").length,
  };
}

/** Colour as ESLint decides it: `NO_COLOR` off, `FORCE_COLOR` on (unless 0), else a terminal. */
export function colourWanted(stream: NodeJS.WriteStream, env = process.env): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "") return env.FORCE_COLOR !== "0";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return stream.isTTY === true;
}
