/** The lint cache: hits by content and config hash, a new run key empties it, a corrupt file is rebuilt. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentHash, LintCache } from "../../src/cli/cache.js";

const result = { findings: [], errorCount: 0, warningCount: 2, infoCount: 0 };

describe("LintCache", () => {
  it("returns a stored result only for the same content, config and run", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rightslint-cache-"));
    const loc = path.join(dir, ".rightslintcache");
    const file = path.join(dir, "bills", "a.md");
    const c1 = contentHash("Article 1. Text.");
    const c = LintCache.open(loc, "run-1");
    expect(c.get(file, c1, "cfg")).toBeUndefined();
    c.set(file, c1, "cfg", result);
    expect(c.save()).toBeUndefined();
    expect(Object.keys(JSON.parse(readFileSync(loc, "utf8")).files)).toEqual(["bills/a.md"]);

    const again = LintCache.open(loc, "run-1");
    expect(again.get(file, c1, "cfg")).toEqual(result);
    expect(again.get(file, contentHash("Article 1. Other text."), "cfg")).toBeUndefined();
    expect(again.get(file, c1, "cfg-2")).toBeUndefined();
    expect([again.hits, again.misses]).toEqual([1, 2]);
    expect(LintCache.open(loc, "run-2").get(file, c1, "cfg")).toBeUndefined();
  });

  it("starts empty on a corrupt cache file, and says in one line when it cannot write", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rightslint-cache-"));
    const loc = path.join(dir, "c.json");
    writeFileSync(loc, "{not json");
    const c = LintCache.open(loc, "r");
    expect(c.get(path.join(dir, "x.md"), "h", "cfg")).toBeUndefined();
    c.set(path.join(dir, "x.md"), "h", "cfg", result);
    expect(c.save()).toBeUndefined();
    const blocked = LintCache.open(path.join(loc, "inside-a-file", "cache"), "r");
    blocked.set(path.join(dir, "x.md"), "h", "cfg", result);
    expect(blocked.save()).toMatch(/^cannot write the cache .*inside-a-file.*: (ENOTDIR|EEXIST)$/);
  });
});
