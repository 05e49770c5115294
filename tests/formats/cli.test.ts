/**
 * The formats through the built CLI: `parse --format akn`, linting Akoma Ntoso / USLM / CLML / Word
 * files (findings at lines and columns of the XML, at paragraphs of a .docx), the same output with
 * worker threads, and bad input as one line with exit 2.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { billToWord, docx, zip } from "../helpers/docx-writer.js";

const BIN = fileURLToPath(new URL("../../bin/rightslint.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));

function run(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    cwd,
    env: { ...process.env, NO_COLOR: "1", LANG: "C" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonMessage {
  ruleId: string;
  eId: string;
  label: string;
  line: number;
  column: number;
}

const messages = (stdout: string): JsonMessage[] =>
  (JSON.parse(stdout) as { messages: JsonMessage[] }[]).flatMap((f) => f.messages);

const tmp = () => mkdtempSync(join(tmpdir(), "rightslint-formats-cli-"));

function wellFormed(xml: string): string {
  const p = new SaxesParser({ xmlns: true });
  let uri = "";
  p.on("opentag", (t) => {
    uri ||= t.uri;
  });
  p.write(xml).close();
  return uri;
}

describe("rightslint with Akoma Ntoso", () => {
  it("parse --format akn writes AKN 3.0; linting it gives the text's findings at lines and columns of the XML", () => {
    const dir = tmp();
    const fixture = join(ROOT, "fixtures/bills/ru/law-religion.txt");
    const parsed = run(dir, ["parse", fixture, "--format", "akn"]);
    expect(parsed.code).toBe(0);
    expect(parsed.stderr).toBe("");
    expect(wellFormed(parsed.stdout)).toBe("http://docs.oasis-open.org/legaldocml/ns/akn/3.0");
    writeFileSync(join(dir, "law.akn.xml"), parsed.stdout);

    const fromText = run(dir, ["-f", "json", "--preset", "kz-2026", fixture]);
    const fromXml = run(dir, ["-f", "json", "--preset", "kz-2026", "law.akn.xml"]);
    expect(fromXml.stderr).toBe("");
    expect(fromXml.code).toBe(fromText.code);
    const a = messages(fromText.stdout);
    const b = messages(fromXml.stdout);
    expect(a.length).toBeGreaterThan(3);
    expect(b.map((m) => `${m.ruleId} ${m.eId} ${m.label}`).sort()).toEqual(
      a.map((m) => `${m.ruleId} ${m.eId} ${m.label}`).sort(),
    );
    // each finding points at the words of the bill in the XML file
    const xmlLines = parsed.stdout.split("\n");
    const textLines = readFileSync(fixture, "utf8").split("\n");
    const at = (lines: string[], m: JsonMessage) => (lines[m.line - 1] ?? "").slice(m.column - 1, m.column + 24);
    const textAt = new Map(a.map((m) => [`${m.ruleId} ${m.eId}`, at(textLines, m)]));
    for (const m of b) {
      expect(m.line).toBeGreaterThan(60); // past the metadata: in the body of the XML
      expect(at(xmlLines, m)).toBe(textAt.get(`${m.ruleId} ${m.eId}`));
    }

    // the outline of the XML has the text's structure, at XML lines
    const outlineXml = run(dir, ["parse", "law.akn.xml"]).stdout.trimEnd().split("\n");
    const outlineText = run(dir, ["parse", fixture]).stdout.trimEnd().split("\n");
    expect(outlineXml.at(-1)).toBe(outlineText.at(-1));
    expect(outlineXml.map((l) => l.slice(8))).toEqual(outlineText.map((l) => l.slice(8)));
  });

  it.skipIf(!existsSync(CORPUS))("lints USLM and CLML files of the corpus without a problem", () => {
    const dir = tmp();
    copyFileSync(join(CORPUS, "us-uslm/BILLS-114s32cds.xml"), join(dir, "us-bill.xml"));
    copyFileSync(join(CORPUS, "uk-clml/ukpga_20210005_en.xml"), join(dir, "uk-act.xml"));
    const r = run(dir, ["-f", "json", "."]);
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.code);
    const files = (JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath);
    expect(files).toEqual(["uk-act.xml", "us-bill.xml"]);
    const outline = run(dir, ["parse", "uk-act.xml"]);
    expect(outline.stdout).toMatch(/\n\s+85\s+s\. 1\s+Payment of maternity allowance: Ministerial office\n/);
  });
});

describe("rightslint with Word files", () => {
  it("lints a .docx to the text's findings, at paragraph lines; the same with worker threads", () => {
    const dir = tmp();
    const fixture = join(ROOT, "fixtures/bills/en/statute.txt");
    const text = readFileSync(fixture, "utf8");
    const word = billToWord(text);
    writeFileSync(join(dir, "statute.docx"), docx(word.paragraphs, word.numbering));
    const ru = readFileSync(join(ROOT, "fixtures/bills/ru/law-religion.txt"), "utf8");
    const ruWord = billToWord(ru);
    writeFileSync(join(dir, "ru.docx"), docx(ruWord.paragraphs, ruWord.numbering));
    writeFileSync(join(dir, "plain.txt"), ru);
    writeFileSync(join(dir, "ru.akn.xml"), run(dir, ["parse", "plain.txt", "--format", "akn"]).stdout);

    const one = run(dir, ["-f", "json", "--preset", "kz-2026", "statute.docx"]);
    expect(one.stderr).toBe("");
    const fromText = messages(run(dir, ["-f", "json", "--preset", "kz-2026", fixture]).stdout);
    const fromWord = messages(one.stdout);
    expect(fromWord.map((m) => `${m.ruleId} ${m.label}`).sort()).toEqual(
      fromText.map((m) => `${m.ruleId} ${m.label}`).sort(),
    );
    for (const m of fromWord) {
      const paragraph = word.paragraphs[m.line - 1]?.text ?? "";
      expect(paragraph.length).toBeGreaterThan(0);
    }

    const serial = run(dir, ["-f", "json", "--preset", "kz-2026", "--concurrency", "off", "."]);
    const threaded = run(dir, ["-f", "json", "--preset", "kz-2026", "--concurrency", "3", "."]);
    expect(serial.stderr).toBe("");
    expect(threaded.stderr).toBe("");
    expect(threaded.stdout).toBe(serial.stdout);
    expect((JSON.parse(serial.stdout) as { filePath: string }[]).map((f) => f.filePath)).toEqual([
      "plain.txt",
      "ru.akn.xml",
      "ru.docx",
      "statute.docx",
    ]);
  });
});

describe("bad input in the formats: one line each, exit 2, the other files still linted", () => {
  it("malformed XML, XML of another kind, a zip that is not a .docx, a .docx with no text, a fake .docx", () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "good.txt"),
      "Article 1. Religious associations\nMissionary activity is allowed only after state registration.\n",
    );
    writeFileSync(
      join(dir, "broken.akn.xml"),
      '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n<act>\n<body>\n</act>\n',
    );
    writeFileSync(join(dir, "report.xml"), '<?xml version="1.0"?>\n<testsuites><testsuite name="x"/></testsuites>\n');
    writeFileSync(join(dir, "page.html"), "<html><body><p>A page.</p></body></html>\n");
    writeFileSync(join(dir, "archive.docx"), zip({ "readme.txt": "not Word" }));
    writeFileSync(join(dir, "empty.docx"), docx([{ text: "" }]));
    writeFileSync(join(dir, "fake.docx"), "Article 1. Not a Word file.\n");
    const files = ["good.txt", "broken.akn.xml", "report.xml", "page.html", "archive.docx", "empty.docx", "fake.docx"];
    const r = run(dir, ["-f", "json", ...files]);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath)).toEqual(["good.txt"]);
    // files in path order, then what linting found (the XML is read when it is linted)
    expect(r.stderr.split("\n")).toEqual([
      "rightslint: archive.docx: a zip archive, but not a Word document (.docx): it has no word/document.xml",
      "rightslint: empty.docx: the Word document has no text",
      "rightslint: fake.docx: not a Word document (.docx): not a zip archive",
      "rightslint: page.html: an HTML page without Akoma Ntoso markup (no akn-* classes)",
      "rightslint: report.xml: not Akoma Ntoso, USLM or CLML XML (root element <testsuites> without a namespace)",
      "rightslint: broken.akn.xml: malformed XML at line 4, column 7: unexpected close tag",
      "",
    ]);

    // found in a folder, XML and HTML that are not legislation are skipped, not errors
    const folder = tmp();
    writeFileSync(join(folder, "good.txt"), readFileSync(join(dir, "good.txt")));
    writeFileSync(join(folder, "report.xml"), readFileSync(join(dir, "report.xml")));
    writeFileSync(join(folder, "page.html"), readFileSync(join(dir, "page.html")));
    const f = run(folder, ["-f", "json", "."]);
    expect(f.stderr).toBe("");
    expect((JSON.parse(f.stdout) as { filePath: string }[]).map((x) => x.filePath)).toEqual(["good.txt"]);

    for (const [file, message] of [
      ["broken.akn.xml", "broken.akn.xml: malformed XML at line 4, column 7: unexpected close tag"],
      ["empty.docx", "empty.docx: the Word document has no text"],
    ]) {
      const p = run(dir, ["parse", file as string, "--format", "akn"]);
      expect(p.code).toBe(2);
      expect(p.stdout).toBe("");
      expect(p.stderr).toBe(`rightslint: ${message}\n`);
    }
  });
});
