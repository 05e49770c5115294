/**
 * Word input: .docx files written by the test writer (tests/helpers/docx-writer.ts) from fixture
 * bills, their numbers left to Word's automatic numbering, read back through mammoth into text
 * that lints as the original does; the numbering rules; bad files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatNumber, readDocx } from "../../src/formats/docx.js";
import { FormatError } from "../../src/formats/xml.js";
import { lintText } from "../../src/lint.js";
import { parseBill } from "../../src/syntax/index.js";
import { walk } from "../../src/syntax/walk.js";
import { billToWord, docx, zip } from "../helpers/docx-writer.js";

const BILLS = fileURLToPath(new URL("../../fixtures/bills/", import.meta.url));

function labels(text: string): string[] {
  const out: string[] = [];
  walk(parseBill(text), (n) => {
    if (n.type === "Division" && n.implicit) return;
    out.push(`${n.eId} ${n.label}`);
  });
  return out;
}

describe(".docx from fixture bills, with automatic numbering", () => {
  for (const file of ["en/statute.txt", "en/constitution-excerpt.txt", "ru/law-religion.txt", "kk/law-religion.txt"]) {
    it(`${file}: lints to the same rule ids and labels as the text; findings at paragraph lines`, async () => {
      const text = readFileSync(join(BILLS, file), "utf8");
      const word = billToWord(text);
      const bytes = docx(word.paragraphs, word.numbering);
      // the numbers Word supplies are not in the file's text
      expect(word.automatic).toBeGreaterThan(20);
      const documentXml = new TextDecoder().decode(
        (await import("../../src/formats/zip.js")).readZip(bytes).get("word/document.xml")?.read(),
      );
      expect((documentXml.match(/<w:numPr>/g) ?? []).length).toBe(word.automatic);

      const read = await readDocx(bytes);
      // one line per paragraph
      expect(read.paragraphs).toBe(word.paragraphs.length);
      expect(read.text.split("\n").length - 1).toBe(word.paragraphs.length);
      // the structure comes back with every number in place
      expect(labels(read.text)).toEqual(labels(text));

      const expected = lintText(text, { preset: "kz-2026" }).findings;
      const found = lintText(read.text, { preset: "kz-2026" }).findings;
      expect(expected.length).toBeGreaterThan(file.includes("constitution") ? -1 : 0);
      const brief = (fs: typeof found) => fs.map((f) => `${f.ruleId} ${f.label}`).sort();
      expect(brief(found)).toEqual(brief(expected));
      // line N of the text is paragraph N of the document
      const lines = read.text.split("\n");
      for (const f of found) {
        const paragraph = word.paragraphs[f.range.start.line - 1];
        expect(paragraph).toBeDefined();
        expect(lines[f.range.start.line - 1]).toContain((paragraph as { text: string }).text.slice(0, 30));
      }
    });
  }

  it("numbers levels, restarts, formats and headings as Word does", async () => {
    const bytes = docx(
      [
        { text: "Общие положения", style: "Heading1", num: { numId: 1, ilvl: 0 } },
        { text: "Первый пункт:", num: { numId: 1, ilvl: 1 } },
        { text: "подпункт", num: { numId: 1, ilvl: 2 } },
        { text: "подпункт", num: { numId: 1, ilvl: 2 } },
        { text: "Второй пункт.", num: { numId: 1, ilvl: 1 } },
        { text: "подпункт после нового пункта", num: { numId: 1, ilvl: 2 } },
        { text: "Вторая глава", style: "Heading1", num: { numId: 1, ilvl: 0 } },
        { text: "пункт второй главы", num: { numId: 1, ilvl: 1 } },
        { text: "" },
        { text: "a list restarted at 1", num: { numId: 2, ilvl: 0 } },
        { text: "next", num: { numId: 2, ilvl: 0 } },
        { text: "a second instance of the same list restarts", num: { numId: 3, ilvl: 0 } },
        { text: "roman", num: { numId: 4, ilvl: 0 } },
        { text: "roman", num: { numId: 4, ilvl: 0 } },
        { text: "roman", num: { numId: 4, ilvl: 0 } },
        { text: "roman", num: { numId: 4, ilvl: 0 } },
        { text: "the first list goes on", num: { numId: 2, ilvl: 0 } },
        { text: "by style", style: "Heading3" },
        { text: "bullet", num: { numId: 5, ilvl: 0 } },
        { text: "no numbering", num: { numId: 99, ilvl: 0 } },
      ],
      {
        abstract: [
          [
            { format: "decimal", text: "Глава %1." },
            { format: "decimal", text: "%2." },
            { format: "russianLower", text: "%3)" },
          ],
          [{ format: "upperLetter", text: "(%1)" }],
          [{ format: "lowerRoman", text: "%1." }],
          [{ format: "decimal", text: "Article %1.", start: 7, style: "Heading3" }],
          [{ format: "bullet", text: "\uf0b7" }],
        ],
        nums: [
          { abstractId: 0 },
          { abstractId: 1, startOverride: { 0: 1 } },
          { abstractId: 1, startOverride: { 0: 1 } },
          { abstractId: 2 },
          { abstractId: 4 },
        ],
      },
    );
    const { text } = await readDocx(bytes);
    expect(text.split("\n")).toEqual([
      "Глава 1. Общие положения",
      "1. Первый пункт:",
      "а) подпункт",
      "б) подпункт",
      "2. Второй пункт.",
      "а) подпункт после нового пункта",
      "Глава 2. Вторая глава",
      "1. пункт второй главы",
      "",
      "(A) a list restarted at 1",
      "(B) next",
      "(A) a second instance of the same list restarts",
      "i. roman",
      "ii. roman",
      "iii. roman",
      "iv. roman",
      "(C) the first list goes on",
      "Article 7. by style",
      "• bullet",
      "no numbering",
      "",
    ]);
  });

  it("formats counters in Word's number formats", () => {
    expect([1, 2, 26, 27].map((n) => formatNumber(n, "lowerLetter"))).toEqual(["a", "b", "z", "aa"]);
    expect([4, 9, 14, 40].map((n) => formatNumber(n, "upperRoman"))).toEqual(["IV", "IX", "XIV", "XL"]);
    expect([1, 6, 9, 10, 26].map((n) => formatNumber(n, "russianLower"))).toEqual(["а", "е", "и", "к", "ы"]);
    expect(formatNumber(7, "decimalZero")).toBe("07");
    expect(formatNumber(12, "ordinalText")).toBe("12");
  });
});

describe("bad Word files: one clear error", () => {
  const failure = async (bytes: Uint8Array): Promise<string> => {
    try {
      await readDocx(bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(FormatError);
      return (e as Error).message;
    }
    throw new Error("no error");
  };

  it("a file that is not a zip archive", async () => {
    expect(await failure(Buffer.from("Article 1. This is text, not Word.\n"))).toBe(
      "not a Word document (.docx): not a zip archive",
    );
  });

  it("a zip archive that is not a Word document", async () => {
    expect(await failure(zip({ "notes.txt": "hello", "data/x.json": "{}" }))).toBe(
      "a zip archive, but not a Word document (.docx): it has no word/document.xml",
    );
  });

  it("a truncated archive", async () => {
    const bytes = docx([{ text: "Article 1. Text." }]);
    expect(await failure(bytes.subarray(0, bytes.length - 30))).toMatch(/^not a Word document \(\.docx\): /);
  });

  it("a Word document with no text", async () => {
    expect(await failure(docx([{ text: "" }, { text: "   " }, { text: "" }]))).toBe("the Word document has no text");
  });

  it("a Word document whose XML is broken", async () => {
    const good = docx([{ text: "Article 1. Text." }], undefined, { deflate: false });
    const broken = Buffer.from(good.toString("latin1").replace("</w:body>", "</w:bodx>"), "latin1");
    expect(await failure(broken)).toMatch(/^damaged Word document \(\.docx\): /);
  });
});
