/** File discovery: folders, globs, explicit files, ignore files per folder, and CI shards. */
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverFiles, IgnoreTree, parseShard, shardFiles } from "../../src/cli/discover.js";

function tree(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), "rightslint-discover-")));
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return root;
}

const rel = (root: string, files: string[]) => files.map((f) => path.relative(root, f).split(path.sep).join("/"));

describe("discoverFiles", () => {
  it("finds bills in folders, skips other files, node_modules and what .gitignore / .rightslintignore exclude", async () => {
    const root = tree({
      ".git/HEAD": "ref",
      ".gitignore": "build/\n*.draft.md\n",
      "bills/a.md": "x",
      "bills/B.TXT": "x",
      "bills/notes.json": "{}",
      "bills/old.draft.md": "x",
      "bills/archive/.rightslintignore": "2019-*.txt\n!2019-keep.txt\n",
      "bills/archive/2019-a.txt": "x",
      "bills/archive/2019-keep.txt": "x",
      "bills/archive/2020.txt": "x",
      "build/out.md": "x",
      "node_modules/pkg/readme.md": "x",
    });
    const d = await discoverFiles([], { cwd: root });
    expect(rel(root, d.files)).toEqual([
      "bills/B.TXT",
      "bills/a.md",
      "bills/archive/2019-keep.txt",
      "bills/archive/2020.txt",
    ]);
    expect(d.problems).toEqual([]);
    const all = await discoverFiles(["bills"], { cwd: root, useIgnoreFiles: false });
    expect(rel(root, all.files)).toContain("bills/old.draft.md");
  });

  it("lints an explicit file whatever its extension, but reports an ignored one instead of linting it", async () => {
    const root = tree({ ".gitignore": "skip.md\n", "law.bill": "x", "odd.xml": "<x/>", "skip.md": "x" });
    const d = await discoverFiles(["law.bill", "odd.xml", "skip.md"], { cwd: root });
    expect(rel(root, d.files)).toEqual(["law.bill", "odd.xml"]);
    expect(rel(root, d.ignoredExplicit)).toEqual(["skip.md"]);
  });

  it("expands globs, and names a missing path, an empty folder and a pattern with no match", async () => {
    const root = tree({ "a/one.md": "x", "a/two.txt": "x", "empty/readme.json": "{}" });
    const d = await discoverFiles(["a/*.md", "missing.md", "empty", "z/**/*.txt"], { cwd: root });
    expect(rel(root, d.files)).toEqual(["a/one.md"]);
    expect(d.problems).toEqual([
      "missing.md: no such file or folder",
      "empty: no bills found (looked for .txt, .text, .md, .markdown, .bill, .xml, .akn, .html, .htm, .docx)",
      "z/**/*.txt: no bills match this pattern",
    ]);
  });

  it("applies the config's exclusion too", async () => {
    const root = tree({ "a.md": "x", "b.md": "x" });
    const d = await discoverFiles(["."], { cwd: root, excluded: (f) => f.endsWith("b.md") });
    expect(rel(root, d.files)).toEqual(["a.md"]);
  });

  it("reads ignore files of the git root above the current folder", () => {
    const root = tree({ ".git/HEAD": "ref", ".gitignore": "drafts/\n", "sub/drafts/x.md": "x", "sub/y.md": "x" });
    const t = new IgnoreTree(path.join(root, "sub"));
    expect(t.ignores(path.join(root, "sub/drafts/x.md"))).toBe(true);
    expect(t.ignores(path.join(root, "sub/y.md"))).toBe(false);
  });
});

describe("shards", () => {
  it("parses i/n and refuses anything else in one line", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(() => parseShard("0/4")).toThrow('--shard expects <i>/<n> with 1 ≤ i ≤ n (got "0/4")');
    expect(() => parseShard("5/4")).toThrow(/got "5\/4"/);
    expect(() => parseShard("a")).toThrow(/got "a"/);
  });

  it("partitions the files: disjoint, complete, balanced by size, the same on every runner", () => {
    const files = Array.from({ length: 50 }, (_, i) => `/c/law-${String(i).padStart(2, "0")}.md`);
    const size = (f: string) => 1000 + ((Number(f.slice(7, 9)) * 7919) % 5000);
    const shards = [1, 2, 3].map((i) => shardFiles(files, i, 3, size));
    expect(shards.flat().sort()).toEqual(files);
    expect(new Set(shards.flat()).size).toBe(files.length);
    const loads = shards.map((s) => s.reduce((n, f) => n + size(f), 0));
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(6000);
    expect(shardFiles([...files].reverse(), 2, 3, size)).toEqual(shards[1]);
    expect(shardFiles(files, 1, 1, size)).toEqual(files);
  });
});
