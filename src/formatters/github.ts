/**
 * `github`: GitHub Actions workflow commands, one annotation per finding, shown on the pull
 * request's diff:
 *
 *   ::error file=bills/a.md,line=12,endLine=12,col=5,endColumn=40,title=rightslint religion/x (Art. 7(2))::message (citation)
 *
 * `::warning` for warnings, `::notice` for infos. Values are escaped as actions/toolkit does.
 * GitHub keeps only 10 annotations of a kind per step (50 per job) and drops the rest silently,
 * so the output ends with a plain summary line (not a command) and, past 10 of a kind, a hint to
 * upload the SARIF output instead.
 */
import type { Finding, Severity } from "../engine/types.js";
import { citation, ruleRef, totals } from "./common.js";
import { formatterTranslator, maxWarningsLine, summaryLine } from "./messages.js";
import type { Formatter } from "./types.js";

/** Annotations of one kind GitHub shows per step. */
export const ANNOTATIONS_PER_STEP = 10;

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

export const github: Formatter = (reports, context) => {
  const t = formatterTranslator(context.locale);
  const out: string[] = [];
  for (const report of reports) for (const f of report.findings) out.push(annotation(report.filePath, f));
  const counts = totals(reports);
  out.push(`rightslint: ${summaryLine(t, counts)}`);
  const max = maxWarningsLine(t, counts, context.maxWarnings);
  if (max !== undefined) out.push(`rightslint: ${max}`);
  if (Math.max(counts.errors, counts.warnings, counts.infos) > ANNOTATIONS_PER_STEP) {
    out.push(`rightslint: ${t("github.truncated")}`);
  }
  return `${out.join("\n")}\n`;
};

/** The workflow command of one finding. */
export function annotation(filePath: string, f: Finding): string {
  const { start, end } = f.range;
  const props: [string, string | number][] = [
    ["file", filePath],
    ["line", start.line],
    ["endLine", end.line],
  ];
  // GitHub rejects columns on an annotation that spans lines
  if (start.line === end.line) props.push(["col", start.column], ["endColumn", end.column]);
  props.push(["title", `rightslint ${ruleRef(f)}${f.label ? ` (${f.label})` : ""}`]);
  const cite = citation(f);
  const message = cite ? `${f.message} (${cite})` : f.message;
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${COMMAND[f.severity]} ${list}::${escapeData(message)}`;
}

/** Escapes a command's message: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a command property's value: as data, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
