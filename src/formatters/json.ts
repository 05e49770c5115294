/**
 * `json`: the findings for programs, one object per file, compact (one line, as ESLint's `json`).
 *
 *   [{"filePath":"bills/a.md","messages":[{"ruleId":…,"severity":"error",…}],"errorCount":1,…}]
 *
 * Keys are written in a fixed order so the output diffs cleanly between runs. `subCode` is
 * present only when the finding has one.
 */
import type { Finding, Suggestion } from "../engine/types.js";
import type { Position } from "../syntax/ast.js";
import type { FileReport, Formatter } from "./types.js";

/** One finding as `json` prints it. */
export interface JsonMessage {
  ruleId: string;
  severity: Finding["severity"];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  eId: string;
  label: string;
  profile: string;
  principle: string[];
  suggestions: Suggestion[];
  subCode?: string;
  confidence: number;
}

/** One file as `json` prints it. */
export interface JsonFileResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export const json: Formatter = (reports) => `${JSON.stringify(reports.map(toJson))}\n`;

/** The object `json` prints for a file (exported for the Node API and tests). */
export function toJson(report: FileReport): JsonFileResult {
  return {
    filePath: report.filePath,
    messages: report.findings.map(message),
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    infoCount: report.infoCount,
  };
}

function message(f: Finding): JsonMessage {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
    eId: f.eId,
    label: f.label,
    profile: f.profile,
    principle: [...f.principle],
    suggestions: f.suggestions.map(suggestion),
    ...(f.subCode !== undefined ? { subCode: f.subCode } : {}),
    confidence: f.confidence,
  };
}

function suggestion(s: Suggestion): Suggestion {
  return {
    description: s.description,
    edits: s.edits.map((e) => ({
      range: { start: position(e.range.start), end: position(e.range.end) },
      text: e.text,
    })),
  };
}

function position(p: Position): Position {
  return { line: p.line, column: p.column, offset: p.offset };
}
