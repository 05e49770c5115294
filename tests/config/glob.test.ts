/** The globs of config files: anchoring, `**`, classes, alternatives, folders. */
import { describe, expect, it } from "vitest";
import { compileGlobs, globToRegExp } from "../../src/config/glob.js";

const matches = (pattern: string, path: string): boolean => globToRegExp(pattern).test(path);

describe("config globs", () => {
  it("a pattern without a slash matches a name in any folder", () => {
    expect(matches("*.draft.md", "a.draft.md")).toBe(true);
    expect(matches("*.draft.md", "laws/2026/a.draft.md")).toBe(true);
    expect(matches("*.draft.md", "a.md")).toBe(false);
    expect(matches("notes.md", "x/notes.md")).toBe(true);
    expect(matches("notes.md", "x/notes.md.bak")).toBe(false);
  });

  it("a pattern with a slash is anchored at the config's folder", () => {
    expect(matches("laws/*.md", "laws/a.md")).toBe(true);
    expect(matches("laws/*.md", "old/laws/a.md")).toBe(false);
    expect(matches("laws/*.md", "laws/sub/a.md")).toBe(false);
    expect(matches("/notes.md", "notes.md")).toBe(true);
    expect(matches("/notes.md", "x/notes.md")).toBe(false);
    expect(matches("./laws/*.md", "laws/a.md")).toBe(true);
  });

  it("** spans any number of folders, none included", () => {
    expect(matches("laws/**/*.md", "laws/a.md")).toBe(true);
    expect(matches("laws/**/*.md", "laws/x/y/a.md")).toBe(true);
    expect(matches("**/*.kk.txt", "a.kk.txt")).toBe(true);
    expect(matches("**/*.kk.txt", "x/y/a.kk.txt")).toBe(true);
    expect(matches("**/*.kk.txt", "x/y/a.ru.txt")).toBe(false);
    expect(matches("laws/**", "laws/x/y.md")).toBe(true);
    expect(matches("**", "anything/at/all.md")).toBe(true);
    // ** inside a name is a *
    expect(matches("a**b.md", "axxb.md")).toBe(true);
    expect(matches("a**b.md", "ax/xb.md")).toBe(false);
  });

  it("a folder matches everything in it", () => {
    expect(matches("archive", "archive/2019/a.md")).toBe(true);
    expect(matches("archive/", "x/archive/a.md")).toBe(true);
    expect(matches("old/archive/", "old/archive/a.md")).toBe(true);
    expect(matches("archive/", "archived/a.md")).toBe(false);
  });

  it("?, classes, alternatives and escapes", () => {
    expect(matches("art-?.md", "art-7.md")).toBe(true);
    expect(matches("art-?.md", "art-17.md")).toBe(false);
    expect(matches("art-[0-4].md", "art-3.md")).toBe(true);
    expect(matches("art-[0-4].md", "art-5.md")).toBe(false);
    expect(matches("art-[!0-4].md", "art-5.md")).toBe(true);
    expect(matches("*.{md,txt}", "a/b.txt")).toBe(true);
    expect(matches("*.{md,txt}", "a/b.docx")).toBe(false);
    expect(matches("{laws,codes}/*.md", "codes/a.md")).toBe(true);
    expect(matches("\\[draft\\].md", "[draft].md")).toBe(true);
    expect(matches("a.md", "a_md")).toBe(false);
  });

  it("dot-names are matched like any other", () => {
    expect(matches("*.md", ".hidden.md")).toBe(true);
    expect(matches("**/*.md", ".drafts/a.md")).toBe(true);
  });

  it("compileGlobs: any pattern; none matches nothing", () => {
    const test = compileGlobs(["archive/", "*.tmp.md"]);
    expect(test("archive/a.md")).toBe(true);
    expect(test("laws/x.tmp.md")).toBe(true);
    expect(test("laws/x.md")).toBe(false);
    expect(compileGlobs([])("a.md")).toBe(false);
  });
});
