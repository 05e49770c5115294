/**
 * Code actions on findings: each suggestion of a finding as a quick fix; "disable this rule for
 * this provision", which writes the directive comment (with a reason to fill in) on the line
 * above; "show documentation"; and removing a directive that suppresses nothing.
 */
import type { CodeAction, Diagnostic, Range as LspRange, TextEdit } from "vscode-languageserver/node";
import { CodeActionKind } from "vscode-languageserver/node";
import { UNUSED_DIRECTIVE_ID } from "../engine/directives.js";
import type { Finding } from "../engine/types.js";
import { findingCode, overlaps, type TextLines, toPosition, toRange } from "./convert.js";
import type { LintOutcome } from "./lint-service.js";
import { unitIndex } from "./navigation.js";

/** The command that opens a rule's documentation (arguments: the rule id). */
export const SHOW_DOCS_COMMAND = "rightslint.showRuleDocumentation";

/** What a drafter writes over: the directive's reason, to be replaced by the real one. */
export const REASON_PLACEHOLDER = "TODO: reason";

/** Rules that are the engine's own (directives, rule errors): nothing to disable or document. */
function isEngineFinding(f: Finding): boolean {
  return f.ruleId.startsWith("directives/") || f.ruleId.startsWith("internal/");
}

function sameRange(a: LspRange, b: LspRange): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/** The diagnostics of the request that stand for a finding (same code and range). */
function diagnosticsOf(f: Finding, given: readonly Diagnostic[]): Diagnostic[] {
  const range = toRange(f.range);
  const code = findingCode(f);
  return given.filter((d) => d.code === code && sameRange(d.range, range));
}

/**
 * The line the directive goes above: the first line of the finding's provision (then it covers the
 * whole provision, its points included), else the finding's own first line (a heading or a line of
 * text that is not a provision of its own). 0-based.
 */
export function directiveLine(f: Finding, outcome: LintOutcome): number {
  const unit = outcome.document && f.eId ? unitIndex(outcome.document).get(f.eId) : undefined;
  if (unit?.type === "Provision" && unit.range.start.offset <= f.range.start.offset) return unit.range.start.line - 1;
  return f.range.start.line - 1;
}

/** The edit that disables `ruleId` for the unit starting on `line`, with a reason to fill in. */
export function disableEdit(ruleId: string, line: number, lines: TextLines): TextEdit {
  const indent = /^[ \t]*/.exec(lines.line(line))?.[0] ?? "";
  const at = { line, character: 0 };
  return {
    range: { start: at, end: at },
    newText: `${indent}<!-- rightslint-disable-next-line ${ruleId} -- ${REASON_PLACEHOLDER} -->${lines.eol}`,
  };
}

/** The edit that deletes a directive comment, and its line when nothing else is on it. */
function removeDirectiveEdit(f: Finding, lines: TextLines): TextEdit {
  const r = toRange(f.range);
  const whole =
    r.start.line === r.end.line
      ? lines.line(r.start.line).trim() === lines.text.slice(f.range.start.offset, f.range.end.offset).trim()
      : false;
  if (whole && r.start.line + 1 < lines.count) {
    return {
      range: { start: { line: r.start.line, character: 0 }, end: { line: r.start.line + 1, character: 0 } },
      newText: "",
    };
  }
  return { range: r, newText: "" };
}

export function codeActions(
  outcome: LintOutcome,
  lines: TextLines,
  range: LspRange,
  given: readonly Diagnostic[],
  only: readonly string[] | undefined,
): CodeAction[] {
  if (
    only &&
    !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === "")
  ) {
    return [];
  }
  const uri = outcome.uri;
  const here = outcome.findings.filter((f) => overlaps(f.range, range));
  const fixes: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const docs: CodeAction[] = [];
  const seen = new Set<string>();
  const once = (key: string): boolean => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const f of here) {
    const diagnostics = diagnosticsOf(f, given);
    // one finding per profile is common: offer each fix, disable and doc once
    for (const s of f.suggestions) {
      if (s.edits.length === 0 || !once(`fix:${s.description}:${JSON.stringify(s.edits)}`)) continue;
      fixes.push({
        title: s.description,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        edit: {
          changes: {
            [uri]: s.edits.map((e) => ({
              range: { start: toPosition(e.range.start), end: toPosition(e.range.end) },
              newText: e.text,
            })),
          },
        },
      });
    }
    if (f.ruleId === UNUSED_DIRECTIVE_ID && once(`remove:${f.range.start.offset}`)) {
      fixes.push({
        title: "Remove this unused rightslint directive",
        kind: CodeActionKind.QuickFix,
        diagnostics,
        edit: { changes: { [uri]: [removeDirectiveEdit(f, lines)] } },
      });
    }
    if (isEngineFinding(f)) continue;
    const line = directiveLine(f, outcome);
    if (once(`disable:${f.ruleId}:${line}`)) {
      disables.push({
        title: `Disable ${f.ruleId} for this provision (with a reason)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [...new Set(here.filter((g) => g.ruleId === f.ruleId).flatMap((g) => diagnosticsOf(g, given)))],
        edit: { changes: { [uri]: [disableEdit(f.ruleId, line, lines)] } },
      });
    }
    if (outcome.rules.get(f.ruleId)?.docs && once(`docs:${f.ruleId}`)) {
      docs.push({
        title: `Show documentation for ${f.ruleId}`,
        kind: CodeActionKind.QuickFix,
        command: { title: `Show documentation for ${f.ruleId}`, command: SHOW_DOCS_COMMAND, arguments: [f.ruleId] },
      });
    }
  }
  return [...fixes, ...disables, ...docs];
}
