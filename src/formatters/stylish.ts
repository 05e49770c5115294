/**
 * `stylish`: findings for people at a terminal, grouped by file (ESLint's default look).
 *
 *   bills/religion.md
 *     12:5   Art. 7(2)  error    Religious practice is made conditional on …  religion/registration-precondition  (KZ Constitution 2026 art. 7(1)–(2))
 *
 *   1 problem (1 error, 0 warnings, 0 info) in 1 file
 *
 * Position, label and severity are padded to the widest of the file (display width, so Cyrillic
 * and CJK labels line up); the message is not padded (rule messages run to hundreds of
 * characters). Clean files are not listed; a run without findings prints only the summary
 * ("3 files, no problems"), because drafters want the confirmation.
 */
import { Chalk, type ChalkInstance } from "chalk";
import type { Severity } from "../engine/types.js";
import { citation, displayWidth, oneLine, padEnd, ruleRef, totals } from "./common.js";
import { formatterTranslator, maxWarningsLine, severityName, summaryLine } from "./messages.js";
import type { FileReport, Formatter } from "./types.js";

export const stylish: Formatter = (reports, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const t = formatterTranslator(context.locale);
  const out: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    // one push per line: a spread of a large file's lines would overflow the call stack
    for (const line of fileBlock(report, chalk, (s) => severityName(t, s))) out.push(line);
    out.push("");
  }
  const counts = totals(reports);
  const summary = summaryLine(t, counts);
  const colour = counts.errors > 0 ? chalk.red.bold : counts.warnings > 0 ? chalk.yellow.bold : chalk.green;
  out.push(colour(summary));
  const max = maxWarningsLine(t, counts, context.maxWarnings);
  if (max !== undefined) out.push(chalk.red(max));
  return `${out.join("\n")}\n`;
};

function fileBlock(report: FileReport, chalk: ChalkInstance, name: (s: Severity) => string): string[] {
  const rows = report.findings.map((f) => ({
    where: `${f.range.start.line}:${f.range.start.column}`,
    label: f.label,
    severity: f.severity,
    severityText: name(f.severity),
    message: oneLine(f.message),
    rule: ruleRef(f),
    cite: citation(f),
  }));
  const width = (pick: (r: (typeof rows)[number]) => string): number =>
    rows.reduce((n, r) => Math.max(n, displayWidth(pick(r))), 0);
  const whereWidth = width((r) => r.where);
  const labelWidth = width((r) => r.label);
  const severityWidth = width((r) => r.severityText);
  const lines = [chalk.underline(report.filePath)];
  for (const r of rows) {
    const cells = [chalk.dim(padEnd(r.where, whereWidth))];
    // a file whose findings are all document-level has no label column
    if (labelWidth > 0) cells.push(padEnd(r.label, labelWidth));
    cells.push(SEVERITY_COLOUR[r.severity](chalk)(padEnd(r.severityText, severityWidth)), r.message, chalk.dim(r.rule));
    if (r.cite) cells.push(chalk.dim(`(${r.cite})`));
    lines.push(`  ${cells.join("  ")}`);
  }
  return lines;
}

const SEVERITY_COLOUR: Record<Severity, (chalk: ChalkInstance) => (text: string) => string> = {
  error: (c) => c.red,
  warning: (c) => c.yellow,
  info: (c) => c.blue,
};
