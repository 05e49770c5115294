/**
 * `gitlab`: a GitLab Code Quality report (the subset of the Code Climate issue format GitLab reads,
 * docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format), for a CI job's
 * `artifacts: reports: codequality`:
 *
 *   [{ "description": "Art. 1(1): … (KZ Constitution 2026 art. 7(1)–(2))",
 *      "check_name": "religion/registration-precondition:worship-conditioned",
 *      "fingerprint": "<sha-256>", "severity": "major",
 *      "location": { "path": "bills/a.md", "lines": { "begin": 2, "end": 2 } } }]
 *
 * Severity: error → `major`, warning → `minor`, info → `info`. `critical` and `blocker` are left
 * unused: GitLab does not fail a pipeline on them (the job's exit code does), ESLint's and other
 * linters' GitLab reports map their errors to `major` too, so findings of several linters in one
 * merge request rank alike, and a rightslint error is a finding to review, not a proven defect.
 *
 * The fingerprint identifies a finding across pipelines (GitLab compares the merge request's report
 * with the target branch's to show new and fixed issues, and shows only the first issue of a
 * fingerprint): sha-256 of the path, the rule (and sub-code), the profile, the provision's eId,
 * the text the finding covers and its occurrence among findings with all of these equal. Line
 * numbers and the message are left out, so a finding keeps its fingerprint when lines are
 * inserted above it or when the report is made in another locale; line ends are read as LF, so a
 * CRLF checkout gives the same fingerprints.
 *
 * The description is the provision's label, the message on one line and the citation. Pretty-printed
 * (2 spaces), like `sarif`: an artifact people open, not a pipe.
 */
import { createHash } from "node:crypto";
import type { Finding, Severity } from "../engine/types.js";
import { citation, oneLine, ruleRef } from "./common.js";
import type { FileReport, Formatter } from "./types.js";

/** GitLab's severities, lowest first. */
export type CodeQualitySeverity = "info" | "minor" | "major" | "critical" | "blocker";

/** One issue of the report. */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number; end: number } };
}

export const SEVERITY: Readonly<Record<Severity, CodeQualitySeverity>> = {
  error: "major",
  warning: "minor",
  info: "info",
};

export const gitlab: Formatter = (reports) => `${JSON.stringify(codeQualityReport(reports), null, 2)}\n`;

/** The report as objects (what `gitlab` prints). */
export function codeQualityReport(reports: readonly FileReport[]): CodeQualityIssue[] {
  const issues: CodeQualityIssue[] = [];
  for (const report of reports) {
    const seen = new Map<string, number>();
    for (const f of report.findings) {
      const key = identity(report, f);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      issues.push(issue(report.filePath, f, fingerprint(`${key}#${occurrence}`)));
    }
  }
  return issues;
}

function issue(path: string, f: Finding, print: string): CodeQualityIssue {
  const cite = citation(f);
  return {
    description: `${f.label ? `${f.label}: ` : ""}${oneLine(f.message)}${cite ? ` (${cite})` : ""}`,
    check_name: ruleRef(f),
    fingerprint: print,
    severity: SEVERITY[f.severity],
    location: { path, lines: { begin: f.range.start.line, end: f.range.end.line } },
  };
}

/** What makes a finding the same finding in the next pipeline (as JSON: unambiguous whatever the fields hold). */
function identity(report: FileReport, f: Finding): string {
  const text = report.source.slice(f.range.start.offset, f.range.end.offset).replace(/\r\n?/g, "\n");
  return JSON.stringify([report.filePath, ruleRef(f), f.profile, f.eId, text]);
}

function fingerprint(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}
