/**
 * Every Akoma Ntoso, AKN-HTML, USLM and CLML document of the shared corpus imports, with as many
 * sections and articles as the file has, counted here by a tag scan of the raw text that shares
 * nothing with the importer; and the positions of sentences point at their words in the file.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectFormat, importMarkup, type MarkupFormat } from "../../src/formats/index.js";
import type { Division } from "../../src/syntax/ast.js";
import { walk } from "../../src/syntax/walk.js";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));
const present = existsSync(CORPUS);

const files = present
  ? ["za-akn", "us-uslm", "uk-clml"].flatMap((dir) =>
      readdirSync(join(CORPUS, dir))
        .filter((f) => /\.(xml|html)$/.test(f))
        .map((f) => `${dir}/${f}`),
    )
  : [];

interface Tag {
  name: string;
  attrs: string;
}

/**
 * Counts elements with a plain scan of the tags (comments and CDATA removed first): `counts`
 * decides for each start tag, given the open elements, whether it is one to count.
 */
function countTags(xml: string, counts: (tag: Tag, open: readonly Tag[]) => boolean): number {
  const src = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
  const open: Tag[] = [];
  let n = 0;
  for (const m of src.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g)) {
    const name = (m[2] as string).replace(/^.*:/, "");
    if (m[1]) {
      const at = open.map((t) => t.name).lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    const tag = { name, attrs: m[3] as string };
    if (counts(tag, open)) n++;
    if (!m[4]) open.push(tag);
  }
  return n;
}

const inside = (open: readonly Tag[], names: readonly string[]): boolean => open.some((t) => names.includes(t.name));

/** The sections and articles of a file, by its own rules. */
function expectedUnits(file: string, xml: string): number {
  if (file.endsWith(".html")) {
    // the HTML rendering nests no section in a section: every akn-section / akn-article counts
    return (xml.match(/class="akn-(?:section|article)"/g) ?? []).length;
  }
  if (file.startsWith("za-akn/")) {
    return countTags(
      xml,
      (t, open) =>
        (t.name === "section" || t.name === "article") &&
        !inside(open, ["section", "article", "quotedStructure", "embeddedStructure", "mod", "meta"]),
    );
  }
  if (file.startsWith("us-uslm/")) {
    // sections outside sections, quoted text and tables of contents; not the struck-out version
    return countTags(
      xml,
      (t, open) =>
        t.name === "section" &&
        !/changed="deleted"/.test(t.attrs) &&
        !inside(open, ["section", "quotedContent", "toc"]) &&
        !open.some((o) => /changed="deleted"/.test(o.attrs)),
    );
  }
  // CLML: P1 (and EU sections) outside quoted amendments and extracts, and outside schedules (a
  // schedule's P1 is a paragraph)
  const quoted = ["BlockAmendment", "BlockExtract", "BlockText", "Commentary", "Footnote"];
  return countTags(
    xml,
    (t, open) =>
      (t.name === "P1" && !inside(open, ["P1", "Schedule", ...quoted])) ||
      (t.name === "EUSection" && !inside(open, quoted)),
  );
}

describe.skipIf(!present)("the corpus in markup", () => {
  it("has files of every markup format", () => {
    const formats = new Set(files.map((f) => detectFormat(f, readFileSync(join(CORPUS, f), "utf8"))));
    expect([...formats].sort()).toEqual(["akn", "akn-html", "clml", "uslm"]);
  });

  for (const file of files) {
    it(`${file}: imports with the right number of sections and articles, positions in the file`, () => {
      const xml = readFileSync(join(CORPUS, file), "utf8");
      const format = detectFormat(file, xml) as MarkupFormat;
      const { document, index } = importMarkup(xml, format);
      const units: Division[] = [];
      walk(document, (n) => {
        if (n.type === "Division" && (n.kind === "section" || n.kind === "article")) units.push(n);
      });
      const expected = expectedUnits(file, xml);
      expect(expected).toBeGreaterThan(0);
      expect(units.length).toBe(expected);
      expect(document.language).toBe("en");

      // every sentence starts, in the file, with its first character (or the entity that writes it)
      const lineStarts = [0];
      for (let i = xml.indexOf("\n"); i >= 0; i = xml.indexOf("\n", i + 1)) lineStarts.push(i + 1);
      let sentences = 0;
      let misplaced = 0;
      walk(document, (n) => {
        if (n.type !== "Provision") return;
        for (const s of n.sentences) {
          sentences++;
          const at = (lineStarts[s.range.start.line - 1] as number) + s.range.start.column - 1;
          const c = xml[at];
          if (c !== s.text[0] && c !== "&") misplaced++;
        }
      });
      expect(sentences).toBeGreaterThan(0);
      expect(misplaced).toBe(0);
      // the offsets index the plain text the rules read
      expect(index.source.length).toBeGreaterThan(0);
      walk(document, (n) => {
        if (n.type !== "Provision" || !n.intro) return;
        expect(index.source.slice(n.intro.range.start.offset, n.intro.range.end.offset)).toBe(n.intro.text);
      });
    });
  }
});
