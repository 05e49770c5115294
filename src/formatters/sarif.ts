/**
 * `sarif`: SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer), with every property
 * GitHub requires (../shared/notes/linters.md §3):
 *
 * - `tool.driver.rules[]`: every rule of the run (context.rules) and any other rule a result
 *   names (engine findings), sorted by id; help from the rule's doc file, and `helpUri` (the
 *   rule's page of docs/rules/) when `context.docsUrl` says where the reference is published;
 * - results with `ruleId`/`ruleIndex`, `level`, the message with the provision label and the
 *   citation, the file as a URI relative to `%SRCROOT%` (the cwd), the region in UTF-16 columns
 *   (`columnKind: "utf16CodeUnits"`) and our own `primaryLocationLineHash`, so the raw upload API
 *   does not open duplicate alerts.
 *
 * Pretty-printed (2 spaces): SARIF files are uploaded or opened in viewers, rarely piped.
 */
import { pathToFileURL } from "node:url";
import { MISSING_REASON_ID, UNUSED_DIRECTIVE_ID } from "../engine/directives.js";
import type { Finding, RuleMeta, Severity, SeveritySetting } from "../engine/types.js";
import { citation } from "./common.js";
import { docSummary, markdownToText, readRuleDoc, ruleDocUrl } from "./docs.js";
import { lineFingerprints } from "./fingerprint.js";
import type { FileReport, FormatContext, Formatter } from "./types.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** GitHub's limit on `shortDescription` and `fullDescription` texts. */
export const DESCRIPTION_LIMIT = 1024;
const SRCROOT = "%SRCROOT%";
/** `engine/run.ts` RULE_ERROR_ID (not imported: that module loads the whole engine). */
const RULE_ERROR_ID = "internal/rule-error";

type Level = "error" | "warning" | "note" | "none";

/** Rules the engine reports without a RuleMeta: what they are about, for `rules[]`. */
const ENGINE_RULES: Record<string, string> = {
  [MISSING_REASON_ID]: "A rightslint-disable directive gives no reason for accepting the findings it suppresses.",
  [UNUSED_DIRECTIVE_ID]: "A rightslint-disable directive suppresses no finding.",
  [RULE_ERROR_ID]: "A rule failed on this bill and was stopped; its findings for the bill are missing.",
};

export const sarif: Formatter = (reports, context) => `${JSON.stringify(sarifLog(reports, context), null, 2)}\n`;

/** The SARIF log as an object (what `sarif` prints). */
export function sarifLog(reports: readonly FileReport[], context: FormatContext): Record<string, unknown> {
  const ids = new Set(context.rules.keys());
  for (const r of reports) for (const f of r.findings) ids.add(f.ruleId);
  const ordered = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(ordered.map((id, i) => [id, i]));
  const results: unknown[] = [];
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    // no spread: a bill can have more findings than a call has room for arguments
    const last = report.findings.reduce((n, f) => Math.max(n, f.range.start.line), 1);
    const prints = lineFingerprints(report.source, last);
    const uri = fileUri(report.filePath);
    for (const f of report.findings) results.push(result(f, index.get(f.ruleId)!, uri, prints));
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "rightslint",
            semanticVersion: context.version,
            rules: ordered.map((id) => descriptor(id, context.rules.get(id), context.docsUrl)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } },
        results,
        columnKind: "utf16CodeUnits",
      },
    ],
  };
}

function result(
  f: Finding,
  ruleIndex: number,
  uri: { uri: string; uriBaseId?: string },
  prints: readonly string[],
): Record<string, unknown> {
  const cite = citation(f);
  const text = `${f.label ? `${f.label}: ` : ""}${f.message}${cite ? ` (${cite})` : ""}`;
  const { start, end } = f.range;
  const properties: Record<string, unknown> = {
    eId: f.eId,
    label: f.label,
    profile: f.profile,
    principle: [...f.principle],
  };
  if (f.subCode !== undefined) properties.subCode = f.subCode;
  properties.confidence = f.confidence;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: uri,
          region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
        },
      },
    ],
    partialFingerprints: { primaryLocationLineHash: prints[start.line - 1] ?? "0:1" },
    properties,
  };
}

function descriptor(id: string, meta: RuleMeta | undefined, docsUrl: string | undefined): Record<string, unknown> {
  const short = meta?.description || ENGINE_RULES[id] || `rightslint rule ${id}`;
  const doc = readRuleDoc(meta?.docs);
  const full = (doc && docSummary(doc)) || short;
  const fallbackHelp = `${short}${meta?.docs ? `\n\nDocumentation: ${meta.docs}` : ""}`;
  const tags = [meta?.family ?? id.split("/")[0]!, ...Object.keys(meta?.principle ?? {})];
  const properties: Record<string, unknown> = { tags: [...new Set(tags.filter(Boolean))] };
  if (meta) {
    properties.precision = meta.confidence;
    const severity = LEVEL_OF_SETTING[meta.severity];
    if (severity !== "none") properties["problem.severity"] = PROBLEM_SEVERITY[severity];
  }
  // the rule's page in the published reference, when there is one (not in GitHub's list, valid SARIF)
  const helpUri = ruleDocUrl(meta, docsUrl);
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: cap(oneParagraph(short)) },
    fullDescription: { text: cap(full) },
    help: doc ? { text: markdownToText(doc), markdown: doc } : { text: fallbackHelp, markdown: fallbackHelp },
    ...(helpUri !== undefined ? { helpUri } : {}),
    defaultConfiguration: meta
      ? { level: LEVEL_OF_SETTING[meta.severity], ...(meta.severity === "off" ? { enabled: false } : {}) }
      : { level: "warning" },
    properties,
  };
}

const LEVEL: Record<Severity, Level> = { error: "error", warning: "warning", info: "note" };
const LEVEL_OF_SETTING: Record<SeveritySetting, Level> = { ...LEVEL, off: "none" };
const PROBLEM_SEVERITY: Record<Exclude<Level, "none">, string> = {
  error: "error",
  warning: "warning",
  note: "recommendation",
};

/** `religion/registration-precondition` → `ReligionRegistrationPrecondition` (SARIF `name`: an identifier, no spaces). */
export function ruleName(id: string): string {
  return id
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("")
    .slice(0, 255);
}

function oneParagraph(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

/** At most DESCRIPTION_LIMIT UTF-16 units, cut with "…" (never inside a surrogate pair). */
export function cap(text: string, limit = DESCRIPTION_LIMIT): string {
  if (text.length <= limit) return text;
  let cut = limit - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/**
 * The artifact location of a report's path: relative paths against %SRCROOT%, each segment
 * percent-encoded (spaces, Cyrillic, `#`, `%`); absolute paths (files outside the cwd) as file URIs.
 */
export function fileUri(filePath: string): { uri: string; uriBaseId?: string } {
  const path = filePath.replace(/\\/g, "/");
  const encode = (p: string): string => p.split("/").map(encodeSegment).join("/");
  if (/^[A-Za-z]:\//.test(path)) return { uri: `file:///${path.slice(0, 2)}${encode(path.slice(2))}` };
  if (path.startsWith("/")) return { uri: `file://${encode(path)}` };
  return { uri: encode(path), uriBaseId: SRCROOT };
}

/** encodeURIComponent, plus the characters it leaves that are awkward in a URI path. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `file:///work/project/`: the cwd as a file URI ending with "/" (SARIF requires the slash). */
function directoryUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith("/") ? href : `${href}/`;
}
