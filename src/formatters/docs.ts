/**
 * Rule documentation for the formatters (SARIF `help`, `fullDescription`): `RuleMeta.docs` is a
 * path relative to the rightslint package root (`rules/religion/x.md`), or absolute (plugins).
 *
 * The root is found from this module's own location, walking up to the nearest package.json that
 * names the package "rightslint". That works for the source tree (src/formatters/), tsc output
 * (dist/src/formatters/), the esbuild bundles (dist/cli/*.js, dist/index.mjs) and an installed
 * package (node_modules/rightslint/...), whatever the current directory is.
 */

import { readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { packageRoot as findPackageRoot } from "../config/profiles.js";

let root: string | null | undefined;
const docCache = new Map<string, string | undefined>();

/** The root directory of the rightslint package, or undefined when it cannot be found. */
export function packageRoot(): string | undefined {
  if (root === undefined) root = findPackageRoot() ?? null;
  return root ?? undefined;
}

/** Sets the directory `RuleMeta.docs` paths are read from (undefined: find it again). Clears the cache. */
export function setPackageRoot(dir: string | undefined): void {
  root = dir;
  docCache.clear();
}

/** The text of a rule's doc file, or undefined when it has none or it cannot be read. */
export function readRuleDoc(docs: string | undefined): string | undefined {
  if (!docs) return undefined;
  if (docCache.has(docs)) return docCache.get(docs);
  let text: string | undefined;
  const base = packageRoot();
  const file = isAbsolute(docs) ? docs : base !== undefined ? join(base, docs) : undefined;
  if (file !== undefined) {
    try {
      text = readFileSync(file, "utf8");
    } catch {
      text = undefined;
    }
  }
  docCache.set(docs, text);
  return text;
}

/**
 * Markdown as plain text: headings, emphasis, code spans and link targets dropped, tables and
 * lists kept as lines. Good enough for SARIF `help.text`, which viewers show verbatim.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, "\n")
    .replace(/^#{1,6}[ \t]+/gm, "")
    .replace(/^[ \t]*\|?[ \t]*:?-{3,}[-:| \t]*(?:\n|$)/gm, "") // table separator rows, rules
    .replace(/!?\[([^\]]*)\]\(([^)\s]*)\)/g, (_, text: string, url: string) => (url ? `${text} (${url})` : text))
    .replace(/\*\*(?!\s)([^*]+?)\*\*/g, "$1")
    .replace(/__(?!\s)([^_]+?)__/g, "$1")
    .replace(/(^|[^\w*\\])\*(?![\s*])([^*\n]+?)\*(?=[^\w*]|$)/g, "$1$2")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, "$1")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * A doc's "What it checks" section (else the text after the title) as plain text, whole
 * paragraphs while they fit in `limit` characters (at least the first one, which the caller
 * caps); undefined when the doc has no text.
 */
export function docSummary(markdown: string, limit = 1024): string | undefined {
  const text = markdown.replace(/\r\n?/g, "\n");
  const section = /^##[ \t]+What it checks[ \t]*\n([\s\S]*?)(?=^##[ \t]|(?![\s\S]))/m.exec(text);
  const body = section ? section[1]! : text.replace(/^#[^\n]*\n/, "");
  const paragraphs = body
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "" && !p.startsWith("#"))
    .map((p) => markdownToText(p).replace(/[ \t]*\n[ \t]*/g, /^\s*([-*+]|\d+[.)])\s/m.test(p) ? "\n" : " "));
  let out = "";
  for (const p of paragraphs) {
    const next = out ? `${out}\n\n${p}` : p;
    if (out && next.length > limit) break;
    out = next;
  }
  return out || undefined;
}

/** Where the generated rule reference lives, relative to the package root (`npm run rules-reference`). */
export const RULES_REFERENCE_DIR = "docs/rules";

/**
 * The reference page of a built-in rule, relative to the package root:
 * `religion/registration-precondition` → `docs/rules/religion/registration-precondition.md` (the
 * rule's metadata, severities and citations per profile, then its doc). `explain`, SARIF `helpUri`
 * and editor links point here; the page exists for the rules of `builtinRules` only.
 */
export function ruleDocPath(id: string): string {
  return `${RULES_REFERENCE_DIR}/${id}.md`;
}

/** Whether a rule is one of rightslint's own, with a reference page (plugins keep their docs elsewhere). */
export function hasReferencePage(meta: { id: string; docs: string }): boolean {
  return meta.docs === `rules/${meta.id}.md`;
}

/**
 * The web address of a built-in rule's reference page under `base`, the address of the folder
 * that holds `docs/` (`https://github.com/org/rightslint/blob/v0.1.0/`); undefined without a base
 * or for another rule.
 */
export function ruleDocUrl(
  meta: { id: string; docs: string } | undefined,
  base: string | undefined,
): string | undefined {
  if (!meta || !base || !hasReferencePage(meta)) return undefined;
  try {
    return new URL(ruleDocPath(meta.id), base.endsWith("/") ? base : `${base}/`).href;
  } catch {
    return undefined; // not an absolute URL
  }
}
