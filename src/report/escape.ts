/**
 * Escaping for the reports (the `html` formatter, the compatibility statement): every piece of a
 * bill's text, a message or a path goes through one of these before it reaches HTML or Markdown,
 * so that a bill holding `<script>` or `" onload=` is shown, never run.
 */
import { createHash } from "node:crypto";

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text for HTML element content and quoted attribute values: `& < > " '` as references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * Text for Markdown (CommonMark) inline content: the ASCII punctuation that starts emphasis,
 * code, links, HTML, tables or entities is backslash-escaped; line breaks become spaces (one
 * item, one line). Safe inside a table cell (`|` escaped).
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>|#~&!]/g, "\\$&");
}

/** A Markdown code span holding `text` verbatim: a fence longer than any run of backticks in it. */
export function markdownCode(text: string): string {
  const flat = oneLine(text);
  const longest = (flat.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") ? " " : "";
  // no escape works inside a code span (outside a table a `\|` shows its backslash): callers put only
  // rule ids and similar identifiers, which hold no pipe, in code spans
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Line breaks and the blanks around them as one space. */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, " ");
}

/** `'sha256-…'`: a Content-Security-Policy source for an inline `<script>` or `<style>` with exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * `text` cut to at most `max` UTF-16 units with "…" (never inside a surrogate pair), on one line.
 * Used for excerpts of a bill in the statement.
 */
export function excerpt(text: string, max: number): string {
  const flat = oneLine(text).replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  let cut = max - 1;
  const last = flat.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${flat.slice(0, cut).trimEnd()}…`;
}
