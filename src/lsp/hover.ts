/**
 * Hover over a finding: the rule's title and short description in the locale of the messages, and
 * per profile the severity and the articles the finding rests on, with a link to the rule's doc.
 * Over a cross reference (with no finding there): the unit it points to.
 */
import type { Hover, MarkupContent, Position } from "vscode-languageserver/node";
import { MarkupKind } from "vscode-languageserver/node";
import { loadProfile } from "../config/profiles.js";
import type { Finding } from "../engine/types.js";
import { ruleDescription, ruleTitle } from "../i18n/rules.js";
import type { Document } from "../syntax/ast.js";
import { contains, findingCode, ruleDocUrl, toRange } from "./convert.js";
import type { LintOutcome } from "./lint-service.js";
import { referenceAt, unitIndex } from "./navigation.js";

/**
 * Bill text and messages inside hover Markdown: the characters that would start emphasis, code,
 * links or HTML escaped (the text is always inline, so list and heading markers are harmless).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, "\\$&");
}

function profileTitle(id: string): string | undefined {
  try {
    return loadProfile(id).title;
  } catch {
    return undefined; // a profile of a plugin, or one that does not load: the id is enough
  }
}

/** The hover text of the findings of one rule (one per profile) at a position. */
function ruleSection(findings: readonly Finding[], outcome: LintOutcome): string {
  const first = findings[0]!;
  const meta = outcome.rules.get(first.ruleId);
  const lines: string[] = [];
  const title = meta ? ruleTitle(meta, outcome.locale) : first.ruleId;
  lines.push(`**${escapeMarkdown(title)}** \`${findingCode(first)}\``);
  const description = meta ? ruleDescription(meta, outcome.locale) : "";
  if (description) lines.push("", escapeMarkdown(description));
  lines.push("");
  for (const f of findings) {
    if (!f.profile) {
      lines.push(`- ${f.severity}: ${escapeMarkdown(f.message)}`);
      continue;
    }
    const name = profileTitle(f.profile);
    const cite = f.principle.length > 0 ? f.principle.map(escapeMarkdown).join("; ") : "—";
    lines.push(`- **${escapeMarkdown(f.profile)}**${name ? ` (${escapeMarkdown(name)})` : ""}, ${f.severity}: ${cite}`);
  }
  const url = ruleDocUrl(meta);
  if (url) lines.push("", `[Rule documentation](${url})`);
  return lines.join("\n");
}

/** The hover at a position: the findings there, else the target of a cross reference. */
export function hoverAt(outcome: LintOutcome, doc: Document | null, p: Position): Hover | null {
  const here = outcome.findings.filter((f) => contains(f.range, p));
  if (here.length > 0) {
    const byRule = new Map<string, Finding[]>();
    for (const f of here) {
      const key = findingCode(f);
      const list = byRule.get(key);
      if (list) list.push(f);
      else byRule.set(key, [f]);
    }
    const value = [...byRule.values()].map((fs) => ruleSection(fs, outcome)).join("\n\n---\n\n");
    const contents: MarkupContent = { kind: MarkupKind.Markdown, value };
    return { contents, range: toRange(here[0]!.range) };
  }
  if (doc) {
    const ref = referenceAt(doc, p);
    const target = ref?.targetEId ? unitIndex(doc).get(ref.targetEId) : undefined;
    if (ref && target) {
      const heading = target.type === "Division" ? target.heading?.text : target.intro?.text;
      const text = heading ? heading.replace(/\s+/g, " ").trim() : "";
      const shown = text.length > 200 ? `${text.slice(0, 199)}…` : text;
      const value = `**${escapeMarkdown(target.label)}**${shown ? `\n\n${escapeMarkdown(shown)}` : ""}`;
      return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(ref.range) };
    }
  }
  return null;
}
