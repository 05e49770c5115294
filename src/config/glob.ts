/**
 * The globs of config files (`ignores`, `overrides[].files`, `overrides[].excludedFiles`), matched
 * against a path relative to the config's folder, with `/` separators.
 *
 * - `*` any characters but `/`; `?` one character but `/`; `**` as a whole segment, any number of
 *   folders (none included); `[abc]`, `[a-z]`, `[!a]`; `{a,b}` alternatives; `\x` a literal x.
 *   Names starting with a dot are matched like any other.
 * - A pattern without a slash (other than a trailing one) matches a name in any folder, as in
 *   .gitignore: `*.draft.md`, `archive`. One with a slash is anchored at the config's folder:
 *   `archive/2019/*.md`, `/notes.md`. A leading `./` is dropped.
 * - A pattern that matches a folder matches everything in it: `archive`, `archive/`, `drafts/**`.
 *
 * Written here rather than taken from a package: Node 20's `path.matchesGlob` is experimental
 * (it prints a warning) and skips dot-names, and the glob matchers fast-glob uses are not direct
 * dependencies.
 */

export type PathTest = (relativePath: string) => boolean;

/** A regular expression source for one pattern (without anchors or the folder suffix). */
function translate(pattern: string): string {
  let out = "";
  let i = 0;
  const n = pattern.length;
  while (i < n) {
    const c = pattern[i] as string;
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        const atStart = i === 0 || pattern[i - 1] === "/";
        const atEnd = i + 2 === n || pattern[i + 2] === "/";
        if (atStart && atEnd) {
          if (i + 2 === n) {
            out += ".*";
            i += 2;
          } else {
            // `**/`: any number of whole folders, none included
            out += "(?:[^/]*/)*";
            i += 3;
          }
          continue;
        }
      }
      // a lone `*` (or `**` inside a name) stays within one name
      while (pattern[i] === "*") i++;
      out += "[^/]*";
      continue;
    }
    if (c === "?") {
      out += "[^/]";
      i++;
      continue;
    }
    if (c === "\\" && i + 1 < n) {
      out += literal(pattern[i + 1] as string);
      i += 2;
      continue;
    }
    if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close > i) {
        let body = pattern.slice(i + 1, close);
        const negated = body.startsWith("!") || body.startsWith("^");
        if (negated) body = body.slice(1);
        body = body.replace(/[\\\]^]/g, (m) => `\\${m}`);
        out += negated ? `[^/${body}]` : `[${body}]`;
        i = close + 1;
        continue;
      }
      out += "\\[";
      i++;
      continue;
    }
    if (c === "{") {
      const close = matchingBrace(pattern, i);
      if (close > i) {
        const alternatives = splitTopLevel(pattern.slice(i + 1, close));
        if (alternatives.length > 1) {
          out += `(?:${alternatives.map(translate).join("|")})`;
          i = close + 1;
          continue;
        }
      }
      out += "\\{";
      i++;
      continue;
    }
    out += literal(c);
    i++;
  }
  return out;
}

function literal(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

function matchingBrace(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === "," && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** The regular expression a pattern matches relative paths with. */
export function globToRegExp(pattern: string): RegExp {
  let p = pattern.trim();
  while (p.startsWith("./")) p = p.slice(2);
  let anchored = false;
  if (p.startsWith("/")) {
    anchored = true;
    p = p.replace(/^\/+/, "");
  }
  p = p.replace(/\/+$/, "");
  if (p === "" || p === ".") return /^/;
  if (p.includes("/")) anchored = true;
  const body = translate(p);
  // anywhere when unanchored; everything inside a matched folder
  return new RegExp(`^${anchored ? "" : "(?:[^/]*/)*"}(?:${body})(?:/.*)?$`);
}

/** One test for several patterns: true when any matches. An empty list matches nothing. */
export function compileGlobs(patterns: readonly string[]): PathTest {
  if (patterns.length === 0) return () => false;
  const res = patterns.map(globToRegExp);
  return (path) => res.some((re) => re.test(path));
}
