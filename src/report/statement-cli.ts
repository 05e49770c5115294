/**
 * `rightslint statement <file>`: lints one bill under its config (the same lookup as a lint run:
 * `-c`, `--no-config-lookup`, profiles and preset from the flags or the config), takes the
 * config's waivers apart from the findings so the statement can list them with their reasons,
 * reads the bill's facts and writes the statement as Markdown or HTML, in `--locale` or else the
 * bill's language. Loaded by `src/cli/main.ts` only when the command runs.
 *
 * Exit code 0: a statement is a document, whatever it finds. Bad input (a missing or unreadable
 * file, an unsupported format, a bad config or profile) is one line on stderr and exit code 2,
 * through the CLI's usual errors.
 */
import { writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { builtinRules } from "../../rules/index.js";
import { makeConfigLookup } from "../cli/lookup.js";
import { checkSupported, readBillBytes, UsageError } from "../cli/read.js";
import { VERSION } from "../cli/version.js";
import { loadProfiles, ProfileError } from "../config/profiles.js";
import type { RuleMeta } from "../engine/types.js";
import { FormatError, loadBill, NotABillError } from "../formats/index.js";
import type { Locale } from "../i18n/index.js";
import { detectLanguage } from "../language/detect.js";
import { lintDocumentSource, lintText, resolveProfiles } from "../lint.js";
import type { Language } from "../syntax/ast.js";
import { billFacts } from "./facts.js";
import { statementHtml, statementMarkdown, useWaivers } from "./statement.js";

export interface StatementCommandOptions {
  format?: "md" | "html";
  profile?: string[];
  preset?: string;
  language?: Language;
  /** The statement's language; the bill's own language when absent. */
  locale?: Locale;
  config?: string;
  /** false for `--no-config-lookup`. */
  configLookup?: boolean;
  outputFile?: string;
}

interface Io {
  cwd: string;
  stdout: NodeJS.WritableStream;
}

/** Writes the statement of one bill; returns the exit code (0). Throws UsageError and config errors for bad input. */
export async function runStatement(file: string, opts: StatementCommandOptions, io: Io): Promise<number> {
  const abs = path.resolve(io.cwd, file);
  const rel = path.relative(io.cwd, abs);
  const shown = (rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel).split(path.sep).join("/");
  checkSupported(shown);
  let bytes: Buffer;
  try {
    bytes = readBillBytes(abs);
  } catch (e) {
    // the reason as the reader words it, with the path as the user gave it
    if (e instanceof UsageError) throw new UsageError(e.message.replace(abs, shown));
    throw e;
  }
  let loaded: Awaited<ReturnType<typeof loadBill>>;
  try {
    loaded = await loadBill(bytes, shown, opts.language ? { language: opts.language } : {});
  } catch (e) {
    if (e instanceof FormatError || e instanceof NotABillError || e instanceof UsageError) {
      throw new UsageError((e as Error).message.split("\n")[0] ?? "cannot read the bill");
    }
    throw e;
  }
  // the text the rules read: the bill's text, or the text projected from its markup
  const text = loaded.index ? loaded.index.source : loaded.text;
  const lookup = makeConfigLookup({
    cwd: io.cwd,
    ...(opts.config !== undefined ? { configFile: path.resolve(io.cwd, opts.config) } : {}),
    ...(opts.configLookup === false ? { noConfigLookup: true } : {}),
  });
  const { config } = await lookup.forFile(abs);
  const chosen =
    opts.profile || opts.preset
      ? { profiles: opts.profile, preset: opts.preset }
      : { profiles: config.profiles, preset: config.preset };
  let profiles: ReturnType<typeof loadProfiles>;
  try {
    profiles = loadProfiles(resolveProfiles(chosen));
  } catch (e) {
    if (e instanceof ProfileError) throw new UsageError(e.message.split("\n")[0] ?? "unknown profile");
    throw e;
  }
  const language = opts.language ?? config.language ?? detectLanguage(text);
  const locale = opts.locale ?? language;
  // waivers are applied here, not by the engine, to know which waiver accepted which findings
  const lintOptions = {
    filePath: shown,
    config,
    language,
    locale,
    waivers: [],
    ...(opts.profile ? { profiles: opts.profile } : {}),
    ...(opts.preset ? { preset: opts.preset } : {}),
  };
  const result =
    loaded.document && loaded.index
      ? lintDocumentSource(loaded.document, loaded.index, lintOptions)
      : lintText(text, lintOptions);
  const { open, uses } = useWaivers(result.findings, config.waivers ?? []);
  const rules = new Map<string, RuleMeta>(builtinRules.map((r) => [r.meta.id, r.meta]));
  for (const p of config.plugins ?? []) for (const r of p.rules) rules.set(r.meta.id, r.meta);
  const input = {
    filePath: shown,
    locale,
    version: VERSION,
    profiles: profiles.map((p) => ({ id: p.id, citation: p.citation })),
    facts: billFacts(result.document, text),
    findings: open,
    waivers: uses,
    rules,
  };
  const output = opts.format === "html" ? statementHtml(input) : statementMarkdown(input);
  if (opts.outputFile !== undefined) {
    const out = path.resolve(io.cwd, opts.outputFile);
    try {
      await mkdir(path.dirname(out), { recursive: true });
      writeFileSync(out, output);
    } catch (e) {
      throw new UsageError(`${opts.outputFile}: cannot write the statement (${(e as NodeJS.ErrnoException).code})`);
    }
  } else {
    io.stdout.write(output);
  }
  return 0;
}
