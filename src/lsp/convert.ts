/**
 * From rightslint's shapes to LSP's: positions (1-based line and UTF-16 column, end exclusive →
 * 0-based line and character, end exclusive), findings → diagnostics, and the URL of a rule's doc.
 */
import { existsSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type Diagnostic,
  DiagnosticSeverity,
  type Position as LspPosition,
  type Range as LspRange,
} from "vscode-languageserver/node";
import type { Finding, RuleMeta, Severity } from "../engine/types.js";
import { hasReferencePage, packageRoot, ruleDocUrl as referenceUrl, ruleDocPath } from "../formatters/docs.js";
import type { Position, Range } from "../syntax/ast.js";
import { LineIndex } from "../syntax/positions.js";

/** The `source` of every diagnostic the server publishes. */
export const SOURCE = "rightslint";

export function toPosition(p: Position): LspPosition {
  return { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
}

export function toRange(r: Range): LspRange {
  return { start: toPosition(r.start), end: toPosition(r.end) };
}

/** Whether an LSP position falls inside an AST range (start inclusive, end exclusive; an empty range holds its start). */
export function contains(r: Range, p: LspPosition): boolean {
  const line = p.line + 1;
  const column = p.character + 1;
  const afterStart = line > r.start.line || (line === r.start.line && column >= r.start.column);
  if (!afterStart) return false;
  if (r.start.offset === r.end.offset) return line === r.start.line && column === r.start.column;
  return line < r.end.line || (line === r.end.line && column < r.end.column);
}

/** Whether an AST range and an LSP range overlap (touching counts, so a cursor at a finding's end finds it). */
export function overlaps(r: Range, l: LspRange): boolean {
  const a = toRange(r);
  const before = (x: LspPosition, y: LspPosition) =>
    x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, l.start) && !before(l.end, a.start);
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** `rule` or `rule:sub-code`, as configs name them. */
export function findingCode(f: Finding): string {
  return f.subCode ? `${f.ruleId}:${f.subCode}` : f.ruleId;
}

/**
 * Where a rule's documentation is, as a URL: today the rule's own Markdown file in the installed
 * package (`rules/<family>/<name>.md`, or a plugin's absolute path). The one place that decides
 * it, so that rendered pages can replace the files later.
 */
export function ruleDocUrl(meta: Pick<RuleMeta, "id" | "docs"> | undefined): string | undefined {
  if (!meta?.docs) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(meta.docs)) return meta.docs;
  if (isAbsolute(meta.docs)) return pathToFileURL(meta.docs).href;
  // a built-in rule: its reference page (docs/rules/, the published one when RIGHTSLINT_DOCS_URL says where)
  const published = referenceUrl(meta, process.env.RIGHTSLINT_DOCS_URL);
  if (published !== undefined) return published;
  const root = packageRoot();
  if (root === undefined) return undefined;
  if (hasReferencePage(meta)) {
    const page = join(root, ruleDocPath(meta.id));
    if (existsSync(page)) return pathToFileURL(page).href;
  }
  return pathToFileURL(join(root, meta.docs)).href;
}

/** The citation a finding rests on: the profile's articles, else the profile's id. */
export function citation(f: Finding): string {
  if (f.principle.length > 0) return f.principle.join("; ");
  return f.profile;
}

/**
 * `ruleDocUrl` of a rule, found once per rule and docs address (it may look at the file system):
 * the server converts every finding of a document on each edit.
 */
const docUrls = new WeakMap<Pick<RuleMeta, "id" | "docs">, { base: string | undefined; href: string | undefined }>();
function cachedDocUrl(meta: Pick<RuleMeta, "id" | "docs"> | undefined): string | undefined {
  if (!meta) return undefined;
  const base = process.env.RIGHTSLINT_DOCS_URL;
  const known = docUrls.get(meta);
  if (known && known.base === base) return known.href;
  const href = ruleDocUrl(meta);
  docUrls.set(meta, { base, href });
  return href;
}

/** The diagnostic made of each finding, with the rule table it was made with. */
const made = new WeakMap<Finding, { rules: ReadonlyMap<string, RuleMeta>; diagnostic: Diagnostic }>();

/**
 * Findings as diagnostics. A re-lint with a `UnitCache` returns the very finding objects of the
 * units before an edit (their positions unchanged), whose diagnostics are reused, not made again.
 */
export function toDiagnostics(findings: readonly Finding[], rules: ReadonlyMap<string, RuleMeta>): Diagnostic[] {
  return findings.map((f) => {
    const known = made.get(f);
    if (known && known.rules === rules) return known.diagnostic;
    const diagnostic = toDiagnostic(f, rules);
    made.set(f, { rules, diagnostic });
    return diagnostic;
  });
}

/** A finding as an LSP diagnostic; `data` carries what code actions and hover need back. */
export function toDiagnostic(f: Finding, rules: ReadonlyMap<string, RuleMeta>): Diagnostic {
  const cite = citation(f);
  const d: Diagnostic = {
    range: toRange(f.range),
    severity: SEVERITY[f.severity],
    code: findingCode(f),
    source: SOURCE,
    message: cite ? `${f.message}\n(${cite})` : f.message,
  };
  const href = cachedDocUrl(rules.get(f.ruleId));
  if (href !== undefined) d.codeDescription = { href };
  return d;
}

/** Line starts and ends of a text (the breaks LSP knows: `\r\n`, `\n`, `\r`), for ranges by line. */
export class TextLines {
  readonly #index: LineIndex;

  constructor(readonly text: string) {
    this.#index = new LineIndex(text);
  }

  get count(): number {
    return this.#index.lineCount;
  }

  /** Offset where a 0-based line starts (the text's end past the last line). */
  start(line: number): number {
    return this.#index.lineStarts[Math.max(0, line)] ?? this.text.length;
  }

  /** Offset where a 0-based line's text ends, before its line break. */
  end(line: number): number {
    let end = this.#index.lineStarts[line + 1] ?? this.text.length;
    if (end > this.start(line) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.start(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Length of a 0-based line in UTF-16 code units, without its line break. */
  length(line: number): number {
    return this.end(line) - this.start(line);
  }

  /** The text of a 0-based line, without its line break. */
  line(line: number): string {
    return this.text.slice(this.start(line), this.end(line));
  }

  /** The line break the text uses (its first one; `\n` when it has none). */
  get eol(): string {
    const m = /\r\n|\n|\r/.exec(this.text);
    return m ? m[0] : "\n";
  }
}
