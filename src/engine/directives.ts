/**
 * Inline directives in bills (HTML comments):
 *   <!-- rightslint-disable-next-line religion/x, digital/y -- reason -->
 *   <!-- rightslint-disable religion/x -- reason --> ... <!-- rightslint-enable religion/x -->
 * No rule list means every rule. A reason after ` -- ` is required by default (a drafter must
 * say why a finding is accepted); a directive without one, and one that suppressed nothing,
 * are findings themselves.
 */
import type { Locale } from "../i18n/index.js";
import type { Division, Document, Provision, Range } from "../syntax/ast.js";
import type { LineIndex } from "../syntax/positions.js";
import { engineMessage, type LocalisedMessage } from "./messages.js";
import type { Finding } from "./types.js";

export const MISSING_REASON_ID = "directives/missing-reason";
export const UNUSED_DIRECTIVE_ID = "directives/unused";

export type DirectiveKind = "disable-next-line" | "disable" | "enable";

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids (or `family/*`); empty = all rules. */
  rules: string[];
  reason: string | null;
  /** The comment. */
  range: Range;
  /** Source offsets the directive covers ([start, end)); none for `enable`. */
  covers: [number, number] | null;
  used: boolean;
}

export interface DirectiveOptions {
  /** A directive without ` -- reason` is reported (default true). */
  requireReason?: boolean;
  /** A directive that suppressed nothing is reported (default true). */
  reportUnused?: boolean;
}

const DIRECTIVE = /^rightslint-(disable-next-line|disable|enable)(?=\s|$)\s*([\s\S]*)$/;

/** Reads the directives of a document from its comments, with the source stretch each covers. */
export function parseDirectives(doc: Document, index: LineIndex): Directive[] {
  const out: Directive[] = [];
  const open: Directive[] = [];
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.value);
    if (!m) continue;
    const kind = m[1] as DirectiveKind;
    const [list, reason] = splitReason(m[2] ?? "");
    const rules = list
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    const d: Directive = { kind, rules, reason, range: c.range, covers: null, used: false };
    if (kind === "disable-next-line") d.covers = nextUnit(index, doc, c.range.end.offset);
    else if (kind === "disable") {
      d.covers = [c.range.end.offset, index.source.length];
      open.push(d);
    } else {
      // close the open blocks this enable matches (same rules, or all when it names none)
      for (const o of open) {
        if (o.covers && o.covers[1] === index.source.length && (rules.length === 0 || sameRules(o.rules, rules))) {
          o.covers[1] = c.range.start.offset;
        }
      }
    }
    out.push(d);
  }
  return out;
}

function splitReason(rest: string): [string, string | null] {
  const at = rest.search(/(?:^|\s)--(?:\s|$)/);
  if (at < 0) return [rest.trim(), null];
  const reason = rest
    .slice(at)
    .replace(/^\s*--\s*/, "")
    .trim();
  return [rest.slice(0, at).trim(), reason === "" ? null : reason];
}

function sameRules(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

/**
 * The first division heading or provision (in document order) that starts in [from, to), with
 * where its heading or text ends: found by walking down the nodes that reach the line, not the
 * whole tree (a bill has a directive every few articles).
 */
function unitOnLine(nodes: readonly (Division | Provision)[], from: number, to: number): Stretch | null {
  let best: Stretch | null = null;
  for (const n of nodes) {
    if (n.range.end.offset < from) continue;
    if (n.range.start.offset >= to) break;
    const own =
      n.type === "Provision"
        ? { start: n.range.start.offset, end: n.range.end.offset }
        : n.implicit
          ? null
          : { start: n.headingRange.start.offset, end: n.headingRange.end.offset };
    // (a parent comes before its children, an earlier sibling before a later one: the first wins a tie)
    if (own && own.start >= from && own.start < to && (best === null || own.start < best.start)) best = own;
    const inner = unitOnLine(n.children, from, to);
    if (inner && (best === null || inner.start < best.start)) best = inner;
  }
  return best;
}

interface Stretch {
  start: number;
  end: number;
}

/**
 * "Next line" is the next non-blank line: when a provision starts there, the whole provision
 * (with its points); a division heading, its heading lines; otherwise just that line.
 */
function nextUnit(index: LineIndex, doc: Document, after: number): [number, number] | null {
  const src = index.source;
  let i = after;
  while (i < src.length && /\s/.test(src.charAt(i))) i++;
  if (i >= src.length) return null;
  const line = index.lineOf(i);
  const lineStart = index.lineStarts[line] as number;
  const nextLine = index.lineStarts[line + 1] ?? src.length;
  const unit = unitOnLine(doc.body, lineStart, nextLine);
  return unit ? [Math.min(unit.start, i), Math.max(unit.end, nextLine - 1)] : [i, nextLine];
}

function matches(d: Directive, ruleId: string): boolean {
  if (d.rules.length === 0) return true;
  return d.rules.some((r) => r === ruleId || (r.endsWith("/*") && ruleId.startsWith(r.slice(0, -1))));
}

/**
 * Drops the findings a directive covers and adds the directive findings: missing reasons and
 * directives that suppressed nothing. Engine findings about directives are never suppressed.
 * Their messages are in `locale` (English by default).
 */
export function applyDirectives(
  findings: Finding[],
  directives: Directive[],
  options: DirectiveOptions = {},
  locale: Locale = "en",
): Finding[] {
  const requireReason = options.requireReason ?? true;
  const reportUnused = options.reportUnused ?? true;
  const kept: Finding[] = [];
  for (const f of findings) {
    const at = f.range.start.offset;
    let suppressed = false;
    for (const d of directives) {
      if (!d.covers || at < d.covers[0] || at >= d.covers[1] || !matches(d, f.ruleId)) continue;
      d.used = true;
      suppressed = true;
    }
    if (!suppressed) kept.push(f);
  }
  for (const d of directives) {
    if (d.kind === "enable") continue;
    const data = { kind: d.kind, rules: d.rules.length > 0 ? d.rules.join(", ") : { phrase: "allRules" } };
    if (requireReason && d.reason === null) {
      kept.push(directiveFinding(MISSING_REASON_ID, engineMessage("missingReason", data, locale), d));
    }
    if (reportUnused && !d.used) {
      kept.push(directiveFinding(UNUSED_DIRECTIVE_ID, engineMessage("unusedDirective", data, locale), d));
    }
  }
  return kept;
}

function directiveFinding(ruleId: string, text: LocalisedMessage, d: Directive): Finding {
  return {
    ruleId,
    severity: "warning",
    ...text,
    range: d.range,
    eId: "",
    label: "",
    profile: "",
    principle: [],
    suggestions: [],
    confidence: 1,
  };
}
