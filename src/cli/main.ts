/**
 * The `rightslint` command. Kept small at start-up: the parser is built on first use, so
 * `rightslint --version` does no grammar work.
 */
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { FORMATTER_NAMES } from "../formatters/names.js";
import { detectLocale, type Locale, translator } from "../i18n/index.js";
import type { StatementCommandOptions } from "../report/statement-cli.js";
import type { Document, Language } from "../syntax/ast.js";
import { outline, walk } from "../syntax/walk.js";
import { CLI_MESSAGES } from "./messages.js";
import { checkSupported, readBillBytes, UsageError } from "./read.js";
import type { LintCommandOptions, LintIo } from "./run.js";
import { VERSION } from "./version.js";

const FORMATS = [...FORMATTER_NAMES];

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** What a program running the CLI in-process may add to a lint run (the GitHub Action: `emit`). */
export type LintHooks = Pick<LintIo, "emit">;

function program(hooks: LintHooks): Command {
  const cmd = new Command("rightslint")
    .description("Rights-compliance linter for draft legislation")
    .version(VERSION, "-v, --version")
    .option("--debug", "print stack traces of internal errors")
    .enablePositionalOptions() // options after a subcommand belong to it (`parse --language`)
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(s) });

  // `rightslint [paths...]`: lint bills and print the findings (exit 1 on errors, 2 on bad input)
  const list = (value: string, previous: string[] | undefined) => [
    ...(previous ?? []),
    ...value
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean),
  ];
  const repeat = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];
  cmd
    .argument("[paths...]", "bills, folders or globs to lint (default: the current folder)")
    .option("-c, --config <file>", "use this config file only (no lookup of rightslint.config.json)")
    .option("--no-config-lookup", "use no config files")
    .option(
      "--profile <ids>",
      "constitution profiles, comma-separated or repeated (kz-2026, kz-1995, iccpr, echr, eu-digital)",
      list,
    )
    .option("--preset <name>", "a preset of profiles (kz-2026 = kz-2026 + iccpr, kz-1995, treaty, eu)")
    .addOption(
      new Option("--language <lang>", "language of the bills (detected per bill when absent)").choices([
        "en",
        "ru",
        "kk",
      ]),
    )
    .addOption(
      new Option("--locale <locale>", "language of the messages (default: from LC_ALL / LANG)").choices([
        "en",
        "ru",
        "kk",
      ]),
    )
    .option("--rule <id:severity>", "set a rule's severity (off, info, warn, error); repeatable", repeat)
    .addOption(new Option("-f, --format <name>", "output format").choices(FORMATS).default("stylish"))
    .option("-o, --output-file <file>", "write the report to a file instead of standard output")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", (v: string) => {
      if (!/^-?\d+$/.test(v)) throw new InvalidArgumentError("expects a whole number");
      return Number(v);
    })
    .option("--quiet", "report errors only")
    .option("--color", "force colours")
    .option("--no-color", "no colours")
    .option("--cache", "keep findings of unchanged files between runs")
    .option("--cache-location <path>", "the cache file (default .rightslintcache)")
    .option("--concurrency <n|auto|off>", "lint in worker threads (default off)")
    .option("--baseline <file>", "report only findings not recorded in this baseline file")
    .option("--update-baseline", "record the current findings in the --baseline file")
    .option("--report-unused-directives", "report rightslint-disable comments that suppress nothing")
    .option("--no-report-unused-directives", "do not report unused rightslint-disable comments")
    .option("--no-progress", "no progress bar")
    .option("--shard <i/n>", "lint only shard i of n (a stable split of the files for CI matrices)")
    .option("--no-ignore", "do not read .gitignore and .rightslintignore")
    .option("--stdin", "lint standard input")
    .option("--stdin-filename <path>", "the path standard input stands for (config lookup, report)")
    .action(async (paths: string[], opts: LintCommandOptions) => {
      const { runLint } = await import("./run.js");
      process.exitCode = await runLint(
        paths,
        { ...opts, debug: cmd.opts().debug === true },
        {
          cwd: process.cwd(),
          stdout: process.stdout,
          stderr: process.stderr,
          readStdin,
          ...hooks,
        },
      );
    });

  cmd
    .command("rules")
    .description("list the rules, with their severity under each profile")
    .option(
      "--profile <ids>",
      "only these profiles, comma-separated or repeated (default: every profile)",
      (value: string, previous: string[] | undefined) => [...(previous ?? []), ...value.split(",").filter(Boolean)],
    )
    .option("--json", "print the list as JSON")
    .addOption(new Option("--locale <locale>", "language of the titles and descriptions").choices(["en", "ru", "kk"]))
    .action(async (opts: { profile?: string[]; json?: boolean; locale?: Locale }) => {
      const { ruleDescription, ruleTitle } = await import("../i18n/rules.js");
      const locale = opts.locale ?? detectLocale();
      const { builtinRules } = await import("../../rules/index.js");
      const { listProfiles, loadProfiles, ProfileError } = await import("../config/profiles.js");
      const { effectiveSeverity } = await import("../engine/run.js");
      let profiles: ReturnType<typeof loadProfiles>;
      try {
        // the catalogue's order: the default profile first, treaties after constitutions
        const order = ["kz-2026", "kz-1995", "iccpr", "echr", "eu-digital"];
        const all = listProfiles().sort((a, b) => {
          const i = order.indexOf(a);
          const j = order.indexOf(b);
          return (i < 0 ? order.length : i) - (j < 0 ? order.length : j) || (a < b ? -1 : 1);
        });
        profiles = loadProfiles(opts.profile ?? all);
      } catch (e) {
        if (e instanceof ProfileError) throw new UsageError(e.message.split("\n")[0] ?? "bad profile");
        throw e;
      }
      const rules = [...builtinRules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
      const rows = rules.map((r) => ({
        id: r.meta.id,
        family: r.meta.family,
        title: ruleTitle(r.meta, locale),
        description: ruleDescription(r.meta, locale),
        confidence: r.meta.confidence,
        docs: r.meta.docs,
        severity: Object.fromEntries(profiles.map((p) => [p.id, effectiveSeverity(r, p, undefined)])),
        subCodes: Object.fromEntries(
          (r.meta.subCodes ?? []).map((sub) => [
            sub,
            Object.fromEntries(profiles.map((p) => [p.id, effectiveSeverity(r, p, undefined, sub)])),
          ]),
        ),
      }));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const width = Math.max(...rows.map((r) => r.id.length));
      const cols = profiles.map((p) => Math.max(p.id.length, 7));
      const lines = [
        `${"rule".padEnd(width)}  ${profiles.map((p, i) => p.id.padEnd(cols[i] as number)).join("  ")}  description`,
      ];
      for (const r of rows) {
        const cells = profiles.map((p, i) => (r.severity[p.id] as string).padEnd(cols[i] as number)).join("  ");
        lines.push(`${r.id.padEnd(width)}  ${cells}  ${r.description}`);
      }
      const families = new Set(rows.map((r) => r.family)).size;
      lines.push("", `${rows.length} rules in ${families} families`);
      for (const p of profiles) {
        const count = (sev: string) => rows.filter((r) => r.severity[p.id] === sev).length;
        lines.push(
          `  ${p.id}: ${count("error")} error, ${count("warning")} warning, ${count("info")} info, ${count("off")} off`,
        );
      }
      process.stdout.write(`${lines.join("\n")}\n`);
    });

  cmd
    .command("explain")
    .description("show a rule: what it checks, the articles it rests on, its severity per profile, its doc")
    .argument("<rule>", "rule id (religion/registration-precondition) or its name alone")
    .addOption(new Option("--locale <locale>", "language of the headings").choices(["en", "ru", "kk"]))
    .action(async (wanted: string, opts: { locale?: Locale }) => {
      const { builtinRules } = await import("../../rules/index.js");
      const { listProfiles, loadProfiles } = await import("../config/profiles.js");
      const { effectiveSeverity, principleOf } = await import("../engine/run.js");
      const t = translator(CLI_MESSAGES, opts.locale ?? detectLocale());
      const matches = builtinRules.filter((r) => r.meta.id === wanted || r.meta.id.endsWith(`/${wanted}`));
      const rule = matches[0];
      if (!rule || matches.length > 1) {
        const near = builtinRules
          .map((r) => r.meta.id)
          .filter((id) => id.includes(wanted.split("/").pop() ?? wanted))
          .slice(0, 5);
        throw new UsageError(
          `unknown rule "${wanted}"${near.length > 0 ? ` (did you mean ${near.join(", ")}?)` : " (`rightslint rules` lists them)"}`,
        );
      }
      const meta = rule.meta;
      const profiles = loadProfiles(listProfiles());
      const { ruleDescription, ruleTitle } = await import("../i18n/rules.js");
      const locale = opts.locale ?? detectLocale();
      const lines = [`${meta.id}: ${ruleTitle(meta, locale)}`, ruleDescription(meta, locale), ""];
      lines.push(`${t("explain.severity")}:`);
      for (const p of profiles) lines.push(`  ${p.id.padEnd(10)} ${effectiveSeverity(rule, p, undefined)}`);
      lines.push("", `${t("explain.principle")}:`);
      for (const p of profiles) {
        const cites = principleOf(meta.principle[p.id], p);
        if (cites.length > 0) lines.push(`  ${p.id.padEnd(10)} ${cites.join("; ")}`);
      }
      // the generated reference page (docs/rules/), on the web when RIGHTSLINT_DOCS_URL says where
      const { packageRoot, readRuleDoc, ruleDocPath, ruleDocUrl } = await import("../formatters/docs.js");
      const root = packageRoot();
      const page = ruleDocPath(meta.id);
      const where =
        ruleDocUrl(meta, process.env.RIGHTSLINT_DOCS_URL) ?? (root && existsSync(join(root, page)) ? page : meta.docs);
      lines.push("", `${t("explain.doc")}: ${where}`, "");
      const doc = readRuleDoc(meta.docs) ?? "";
      process.stdout.write(`${lines.join("\n")}${doc.trimEnd()}\n`);
    });

  cmd
    .command("init")
    .description("write a starter rightslint.config.json in the current folder")
    .option("--profile <ids>", "constitution profiles, comma-separated", list)
    .option("--preset <name>", "a preset of profiles instead (kz-2026, kz-1995, treaty, eu)")
    .addOption(new Option("--language <lang>", "language of the bills").choices(["en", "ru", "kk"]))
    .option("--strict", "extend rightslint:strict (warnings become errors)")
    .option("--force", "overwrite an existing config")
    .option("-y, --yes", "ask nothing: take the flags and the defaults")
    .addOption(new Option("--locale <locale>", "language of the questions").choices(["en", "ru", "kk"]))
    .action(
      async (opts: {
        profile?: string[];
        preset?: string;
        language?: Language;
        strict?: boolean;
        force?: boolean;
        yes?: boolean;
        locale?: Locale;
      }) => {
        const { writeStarterConfig } = await import("../config/init.js");
        const t = translator(CLI_MESSAGES, opts.locale ?? detectLocale());
        const given = opts.profile || opts.preset || opts.language || opts.strict;
        const answers = { ...opts };
        if (!given && !opts.yes && process.stdin.isTTY && process.stdout.isTTY) {
          const { createInterface } = await import("node:readline/promises");
          const { listProfiles } = await import("../config/profiles.js");
          const rl = createInterface({ input: process.stdin, output: process.stdout });
          try {
            const profiles = (
              await rl.question(t("init.askProfiles", { choices: listProfiles().join(", "), default: "kz-2026" }))
            )
              .split(/[\s,]+/)
              .filter(Boolean);
            if (profiles.length > 0) answers.profile = profiles;
            const language = (await rl.question(t("init.askLanguage"))).trim();
            if (language === "en" || language === "ru" || language === "kk") answers.language = language;
            answers.strict = /^(y|yes|д|да|и|иә)$/i.test((await rl.question(t("init.askStrict"))).trim());
          } finally {
            rl.close();
          }
        }
        const file = writeStarterConfig(process.cwd(), {
          ...(answers.profile ? { profiles: answers.profile } : {}),
          ...(answers.preset ? { preset: answers.preset } : {}),
          ...(answers.language ? { language: answers.language } : {}),
          ...(answers.strict ? { strict: true } : {}),
          ...(answers.force ? { force: true } : {}),
        });
        process.stdout.write(`${t("init.written", { file: relative(process.cwd(), file) })}\n`);
      },
    );

  cmd
    .command("statement")
    .description("write a bill's compatibility statement (Markdown or HTML) for its explanatory memorandum")
    .argument("<file>", "the bill (.txt, .md)")
    .addOption(new Option("-f, --format <format>", "md or html").choices(["md", "html"]).default("md"))
    .option(
      "--profile <ids>",
      "constitution profiles, comma-separated or repeated (default: the config's, else kz-2026)",
      list,
    )
    .option("--preset <name>", "a preset of profiles (kz-2026, kz-1995, treaty, eu)")
    .addOption(
      new Option("--language <lang>", "language of the bill (detected when absent)").choices(["en", "ru", "kk"]),
    )
    .addOption(
      new Option("--locale <locale>", "language of the statement (default: the bill's language)").choices([
        "en",
        "ru",
        "kk",
      ]),
    )
    .option("-c, --config <file>", "use this config file only (its waivers are listed)")
    .option("--no-config-lookup", "use no config files")
    .option("-o, --output-file <file>", "write the statement to a file instead of standard output")
    .action(async (file: string, opts: StatementCommandOptions) => {
      const { runStatement } = await import("../report/statement-cli.js");
      process.exitCode = await runStatement(file, opts, { cwd: process.cwd(), stdout: process.stdout });
    });

  cmd
    .command("parse")
    .description("parse a bill and print its structure")
    .argument("<file>", "bill to parse (.txt, .md, Akoma Ntoso / USLM / CLML .xml, Akoma Ntoso .html, .docx)")
    .addOption(
      new Option("-f, --format <format>", "output format (akn: Akoma Ntoso 3.0 XML)")
        .choices(["json", "outline", "akn"])
        .default("outline"),
    )
    .addOption(
      new Option("--language <lang>", "language of the bill (detected when absent)").choices(["en", "ru", "kk"]),
    )
    .action(async (file: string, opts: { format: "json" | "outline" | "akn"; language?: Language }) => {
      const { parseBill } = await import("../syntax/index.js");
      const { loadBill } = await import("../formats/index.js");
      checkSupported(file);
      const loaded = await loadBill(readBillBytes(file), file, opts.language ? { language: opts.language } : {});
      const doc = loaded.document ?? parseBill(loaded.text, { language: opts.language, filePath: file });
      if (opts.format === "akn") {
        const { exportAkn } = await import("../formats/akn-export.js");
        const name = (file.split(/[\\/]/).pop() ?? "bill").replace(/\.[^.]*$/, "").replace(/\.akn$/i, "");
        process.stdout.write(exportAkn(doc, { name }));
        return;
      }
      if (opts.format === "json") {
        process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
        return;
      }
      const lines: string[] = [];
      for (const e of outline(doc)) {
        const heading = e.heading && e.heading !== e.label ? `  ${e.heading}` : "";
        const deleted = e.deleted ? "  [deleted]" : "";
        lines.push(`${String(e.line).padStart(6)}  ${"  ".repeat(e.depth)}${e.label}${heading}${deleted}`);
      }
      for (const d of doc.diagnostics) {
        lines.push(`${String(d.range.start.line).padStart(6)}  ${d.severity}: ${d.message} (${d.code})`);
      }
      lines.push(summary(doc));
      process.stdout.write(`${lines.join("\n")}\n`);
    });
  cmd
    .command("lsp")
    .description("run the language server for editors (LSP over standard input and output)")
    .option("--stdio", "talk LSP over standard input and output (the only transport, and the default)")
    // vscode-languageclient passes it; the server exits when that process is gone
    .option("--clientProcessId <pid>", "the editor's process id")
    .action(async () => {
      const { startServer } = await import("../lsp/server.js");
      startServer(); // serves until the client exits, which ends the process
    });
  return cmd;
}

/** `14 articles, 61 provisions, 93 sentences, 9 definitions, 12 references (10 resolved, 2 external)` */
function summary(doc: Document): string {
  const kinds = new Map<string, number>();
  let provisions = 0;
  let sentences = 0;
  walk(doc, (n) => {
    if (n.type === "Division" && !n.implicit) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
    if (n.type === "Provision") {
      provisions++;
      sentences += n.sentences.length;
    }
  });
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const parts = [...kinds].map(([kind, n]) => plural(n, kind));
  parts.push(
    plural(provisions, "provision"),
    plural(sentences, "sentence"),
    plural(doc.definitions.length, "definition"),
  );
  const resolved = doc.references.filter((r) => r.targetEId !== null).length;
  const external = doc.references.filter((r) => r.external).length;
  parts.push(`${plural(doc.references.length, "reference")} (${resolved} resolved, ${external} external)`);
  return parts.join(", ");
}

/** Errors of the user's input (config files, plugins, profiles, unreadable bills): one line, exit code 2. */
const ONE_LINE_ERRORS = new Set(["ConfigError", "PluginError", "ProfileError", "FormatError", "NotABillError"]);

export async function main(argv: string[], hooks: LintHooks = {}): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    await program(hooks).parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help")
        return 0;
      return 2; // commander already printed its one-line message
    }
    if (e instanceof UsageError || ONE_LINE_ERRORS.has((e as Error).name)) {
      process.stderr.write(`rightslint: ${(e as Error).message.split("\n")[0]}\n`);
      return 2;
    }
    const err = e as Error;
    process.stderr.write(`rightslint: internal error: ${err.message}\n`);
    if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
