/**
 * The `rightslint` command. Kept small at start-up: the parser is built on first use, so
 * `rightslint --version` does no grammar work.
 */
import { Command, CommanderError, Option } from "commander";
import type { LintResult } from "../lint.js";
import type { Document, Language } from "../syntax/ast.js";
import { outline, walk } from "../syntax/walk.js";
import { checkSupported, readBill, UsageError } from "./read.js";
import { VERSION } from "./version.js";

function program(): Command {
  const cmd = new Command("rightslint")
    .description("Rights-compliance linter for draft legislation")
    .version(VERSION, "-v, --version")
    .option("--debug", "print stack traces of internal errors")
    .enablePositionalOptions() // options after a subcommand belong to it (`parse --language`)
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(s) });

  // `rightslint <files...>`: lint bills and print the findings (exit 1 when there are errors)
  cmd
    .argument("[files...]", "bills to lint (.txt, .md)")
    .option(
      "--profile <ids>",
      "constitution profiles, comma-separated or repeated (kz-2026, kz-1995, iccpr, echr, eu-digital)",
      (value: string, previous: string[] | undefined) => [...(previous ?? []), ...value.split(",").filter(Boolean)],
    )
    .option("--preset <name>", "a preset of profiles (kz-2026 = kz-2026 + iccpr, kz-1995, treaty, eu)")
    .addOption(
      new Option("--language <lang>", "language of the bills (detected when absent)").choices(["en", "ru", "kk"]),
    )
    .action(async (files: string[], opts: { profile?: string[]; preset?: string; language?: Language }) => {
      if (files.length === 0) {
        cmd.help();
        return;
      }
      // loaded on use, so `--version` and `--help` stay fast
      const { lintText } = await import("../lint.js");
      const { ProfileError } = await import("../config/profiles.js");
      let errors = 0;
      let warnings = 0;
      let infos = 0;
      const out: string[] = [];
      for (const file of files) checkSupported(file);
      for (const file of files) {
        const text = readBill(file);
        let result: LintResult;
        try {
          result = lintText(text, {
            filePath: file,
            ...(opts.language ? { language: opts.language } : {}),
            ...(opts.profile ? { profiles: opts.profile } : {}),
            ...(opts.preset ? { preset: opts.preset } : {}),
          });
        } catch (e) {
          if (e instanceof ProfileError || /profile|preset/i.test((e as Error).message)) {
            throw new UsageError((e as Error).message.split("\n")[0] ?? "bad profile");
          }
          throw e;
        }
        errors += result.errorCount;
        warnings += result.warningCount;
        infos += result.infoCount;
        if (result.findings.length === 0) continue;
        out.push(file);
        for (const f of result.findings) {
          const where = `${f.range.start.line}:${f.range.start.column}`.padEnd(7);
          const rule = `${f.ruleId}${f.subCode ? `:${f.subCode}` : ""}`;
          const cites = f.principle.length > 0 ? ` (${f.principle.join("; ")})` : ` (${f.profile || "engine"})`;
          out.push(`  ${where} ${f.label.padEnd(16)} ${f.severity.padEnd(7)} ${f.message}  ${rule}${cites}`);
        }
        out.push("");
      }
      const total = errors + warnings + infos;
      out.push(
        total === 0
          ? `${files.length} bill(s), no problems`
          : `${total} problem(s) (${errors} error(s), ${warnings} warning(s), ${infos} info) in ${files.length} bill(s)`,
      );
      process.stdout.write(`${out.join("\n")}\n`);
      if (errors > 0) process.exitCode = 1;
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
    .action(async (opts: { profile?: string[]; json?: boolean }) => {
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
        description: r.meta.description,
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
    .command("parse")
    .description("parse a bill and print its structure")
    .argument("<file>", "bill to parse (.txt, .md)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "outline"]).default("outline"))
    .addOption(
      new Option("--language <lang>", "language of the bill (detected when absent)").choices(["en", "ru", "kk"]),
    )
    .action(async (file: string, opts: { format: "json" | "outline"; language?: Language }) => {
      const { parseBill } = await import("../syntax/index.js");
      checkSupported(file);
      const text = readBill(file);
      const doc = parseBill(text, { language: opts.language, filePath: file });
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

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    await program().parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help")
        return 0;
      return 2; // commander already printed its one-line message
    }
    if (e instanceof UsageError) {
      process.stderr.write(`rightslint: ${e.message}\n`);
      return 2;
    }
    const err = e as Error;
    process.stderr.write(`rightslint: internal error: ${err.message}\n`);
    if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
