/**
 * Which files a run lints: paths, folders and globs expanded with fast-glob, minus what
 * `.gitignore` and `.rightslintignore` files exclude (read with the `ignore` package, each file
 * applying to its own folder and below, as git reads them), then an optional CI shard.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import ignore, { type Ignore } from "ignore";
import { UsageError } from "./read.js";

/** Extensions of the bills rightslint reads: text, and the formats of src/formats. */
export const BILL_EXTENSIONS: readonly string[] = [
  "txt",
  "text",
  "md",
  "markdown",
  "bill",
  // src/formats: Akoma Ntoso, USLM, CLML, AKN-HTML, Word (an XML or HTML file found in a folder
  // that is none of these is skipped, not an error: see `NotABillError`)
  "xml",
  "akn",
  "html",
  "htm",
  "docx",
];

/** Folders never searched when a folder or glob is expanded. */
const ALWAYS_SKIPPED = ["**/node_modules/**", "**/.git/**", "**/.hg/**", "**/.svn/**"];

const IGNORE_FILES = [".gitignore", ".rightslintignore"];

export interface DiscoverOptions {
  cwd: string;
  /** Honour `.gitignore` and `.rightslintignore` (default true; `--no-ignore` turns it off). */
  useIgnoreFiles?: boolean;
  /** Extra exclusion (the config's `ignores`), asked per absolute path. */
  excluded?: (absPath: string) => boolean;
}

export interface Discovery {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** One-line problems with the patterns (a missing path, a folder with no bills): exit code 2. */
  problems: string[];
  /** Files named explicitly but ignored: a warning each, like ESLint's "File ignored". */
  ignoredExplicit: string[];
  /** The files named explicitly (not found by a folder or glob). */
  explicit: Set<string>;
}

function isGlob(pattern: string): boolean {
  return fg.isDynamicPattern(pattern);
}

const toPosix = (p: string): string => p.split(path.sep).join("/");

/**
 * The ignore files in force for a path, read once per folder: from the top folder (the git
 * root above cwd, or cwd) down to the file's folder.
 */
export class IgnoreTree {
  private readonly top: string;
  private readonly perDir = new Map<string, Ignore | null>();

  constructor(cwd: string) {
    this.top = findTop(path.resolve(cwd));
  }

  private rulesOf(dir: string): Ignore | null {
    let rules = this.perDir.get(dir);
    if (rules !== undefined) return rules;
    rules = null;
    for (const name of IGNORE_FILES) {
      const file = path.join(dir, name);
      if (!existsSync(file)) continue;
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        continue; // an unreadable ignore file ignores nothing rather than stopping the run
      }
      rules ??= ignore();
      rules.add(text);
    }
    this.perDir.set(dir, rules);
    return rules;
  }

  /** True when an ignore file excludes the path (the file itself or a folder above it). */
  ignores(absPath: string): boolean {
    const rel = path.relative(this.top, absPath);
    if (rel.startsWith("..") || path.isAbsolute(rel)) return false; // outside the tree: no ignore files apply
    const parts = rel.split(path.sep);
    let dir = this.top;
    // each folder's rules see the path relative to that folder; a parent folder ignored ignores all below
    for (let i = 0; i < parts.length; i++) {
      const rules = this.rulesOf(dir);
      if (rules) {
        const rest = parts.slice(i);
        for (let j = 1; j <= rest.length; j++) {
          const sub = rest.slice(0, j).join("/") + (j < rest.length ? "/" : "");
          if (rules.ignores(sub)) return true;
        }
      }
      dir = path.join(dir, parts[i] as string);
    }
    return false;
  }
}

/** The git root above `cwd` (ignore files there apply, as git applies them), or `cwd` itself. */
function findTop(cwd: string): string {
  let dir = cwd;
  for (;;) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return cwd;
    dir = up;
  }
}

function hasBillExtension(file: string): boolean {
  const dot = file.lastIndexOf(".");
  return dot > file.lastIndexOf("/") && BILL_EXTENSIONS.includes(file.slice(dot + 1).toLowerCase());
}

/**
 * Expands the patterns (default: the current folder). A path that names a file is linted even
 * with an unusual extension (the reader then says if it cannot read it); folders and globs yield
 * only bill files.
 */
export async function discoverFiles(patterns: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  const cwd = path.resolve(options.cwd);
  const tree = options.useIgnoreFiles === false ? null : new IgnoreTree(cwd);
  const excluded = (abs: string): boolean => (tree?.ignores(abs) ?? false) || (options.excluded?.(abs) ?? false);
  const found = new Set<string>();
  const problems: string[] = [];
  const ignoredExplicit: string[] = [];
  const explicit = new Set<string>();
  const billGlob = `**/*.{${BILL_EXTENSIONS.join(",")}}`;
  for (const pattern of patterns.length > 0 ? patterns : ["."]) {
    const abs = path.resolve(cwd, pattern);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      if (excluded(abs)) ignoredExplicit.push(abs);
      else {
        found.add(abs);
        explicit.add(abs);
      }
      continue;
    }
    let matches: string[];
    if (stat?.isDirectory()) {
      matches = await fg(billGlob, {
        cwd: abs,
        absolute: true,
        onlyFiles: true,
        dot: false,
        caseSensitiveMatch: false,
        ignore: ALWAYS_SKIPPED,
        followSymbolicLinks: true,
        suppressErrors: true,
      });
      matches = matches.map((m) => path.resolve(m)).filter((m) => !excluded(m));
      if (matches.length === 0)
        problems.push(`${pattern}: no bills found (looked for .${BILL_EXTENSIONS.join(", .")})`);
    } else if (isGlob(pattern)) {
      matches = await fg(toPosix(pattern), {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: false,
        ignore: ALWAYS_SKIPPED,
        suppressErrors: true,
      });
      matches = matches
        .map((m) => path.resolve(m))
        .filter((m) => hasBillExtension(toPosix(m)))
        .filter((m) => !excluded(m));
      if (matches.length === 0) problems.push(`${pattern}: no bills match this pattern`);
    } else {
      problems.push(`${pattern}: no such file or folder`);
      continue;
    }
    for (const m of matches) found.add(m);
  }
  const files = [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, problems, ignoredExplicit, explicit };
}

/** `--shard 2/4` → `{ index: 2, count: 4 }` (1-based), or a one-line error. */
export function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : Number.NaN;
  const count = m ? Number(m[2]) : Number.NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard expects <i>/<n> with 1 ≤ i ≤ n (got "${value}")`);
  }
  return { index, count };
}

/**
 * The files of shard `index` of `count`: a deterministic partition balanced by size (largest
 * file first to the lightest shard, ties by path), so n CI runners on the same checkout split the
 * work evenly and the union of their outputs is exactly one full run.
 */
export function shardFiles(
  files: readonly string[],
  index: number,
  count: number,
  sizeOf: (file: string) => number = (f) => statSync(f).size,
): string[] {
  if (count <= 1) return [...files];
  const sized = files.map((f) => ({ f, size: sizeOf(f) }));
  sized.sort((a, b) => b.size - a.size || (a.f < b.f ? -1 : a.f > b.f ? 1 : 0));
  const load = new Array<number>(count).fill(0);
  const mine: string[] = [];
  for (const { f, size } of sized) {
    let best = 0;
    for (let s = 1; s < count; s++) if ((load[s] as number) < (load[best] as number)) best = s;
    load[best] = (load[best] as number) + Math.max(size, 1);
    if (best === index - 1) mine.push(f);
  }
  return mine.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
