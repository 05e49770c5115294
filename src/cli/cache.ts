/**
 * `--cache`: the findings of each file kept between runs, keyed by the file's content hash (not
 * its mtime, so a fresh CI checkout still hits), the hash of its config, and a run key (version,
 * rule set, command-line options). Any change to one of them lints the file again. A missing,
 * stale or corrupt cache file is simply rebuilt; it is written atomically (temp file + rename).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LintedFile } from "./lint-file.js";

const FORMAT = 1;

interface Entry {
  content: string;
  config: string;
  result: LintedFile;
}

interface CacheFile {
  format: number;
  run: string;
  /** By path relative to the cache file's folder (so a moved checkout keeps its cache). */
  files: Record<string, Entry>;
}

export function contentHash(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 32);
}

export class LintCache {
  private readonly base: string;
  private readonly entries: Record<string, Entry>;
  private dirty = false;
  hits = 0;
  misses = 0;

  private constructor(
    private readonly location: string,
    private readonly run: string,
    entries: Record<string, Entry>,
  ) {
    this.base = path.dirname(location);
    this.entries = entries;
  }

  /** Opens the cache at `location` for a run key; entries of another run key are dropped. */
  static open(location: string, run: string): LintCache {
    let entries: Record<string, Entry> = {};
    try {
      const data = JSON.parse(readFileSync(location, "utf8")) as CacheFile;
      if (data.format === FORMAT && data.run === run && data.files && typeof data.files === "object") {
        entries = data.files;
      }
    } catch {
      // no cache yet, or an unreadable one: start empty
    }
    return new LintCache(location, run, entries);
  }

  private key(absPath: string): string {
    return path.relative(this.base, absPath).split(path.sep).join("/");
  }

  get(absPath: string, content: string, config: string): LintedFile | undefined {
    const e = this.entries[this.key(absPath)];
    if (e && e.content === content && e.config === config) {
      this.hits++;
      return e.result;
    }
    this.misses++;
    return undefined;
  }

  set(absPath: string, content: string, config: string, result: LintedFile): void {
    this.entries[this.key(absPath)] = { content, config, result };
    this.dirty = true;
  }

  /** Writes the cache if anything changed; a failure to write is reported, not fatal. */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    const data: CacheFile = { format: FORMAT, run: this.run, files: this.entries };
    const tmp = `${this.location}.${process.pid}.tmp`;
    try {
      mkdirSync(this.base, { recursive: true });
      writeFileSync(tmp, JSON.stringify(data));
      renameSync(tmp, this.location);
      this.dirty = false;
      return undefined;
    } catch (e) {
      return `cannot write the cache ${this.location}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    }
  }
}
