/** The built CLI (`bin/rightslint.js`) run as a subprocess: `parse`, `--version`, bad input. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/rightslint.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "rightslint-cli-"));

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const BILL = [
  "ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН",
  "",
  "Глава 1. ОБЩИЕ ПОЛОЖЕНИЯ",
  "",
  "Статья 1. Основные понятия",
  "",
  "1. Текст.",
  "",
  "Статья 2",
  "Исключена Законом РК от 01.01.2024.",
  "",
  "Статья 4. Пропуск",
  "",
  "1. Текст.",
  "",
].join("\n");

describe("rightslint parse", () => {
  it("prints an outline: line, label, heading, and parse diagnostics", () => {
    const r = run("parse", file("bill.txt", BILL));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      [
        "     3  гл. 1  ОБЩИЕ ПОЛОЖЕНИЯ",
        "     5    ст. 1  Основные понятия",
        "     9    ст. 2  Исключена Законом РК от 01.01.2024.  [deleted]",
        "    12    ст. 4  Пропуск",
        "    12  warning: Статья 4 does not follow Статья 2 (number-out-of-sequence)",
        "1 chapter, 3 articles, 2 provisions, 2 sentences, 0 definitions, 0 references (0 resolved, 0 external)",
        "",
      ].join("\n"),
    );
  });

  it("prints the AST as JSON with a type on every node and kind, num, eId, label on divisions", () => {
    const r = run("parse", file("bill2.txt", BILL), "--format", "json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.type).toBe("Document");
    expect(doc.language).toBe("ru");
    expect(doc.title.text).toBe("ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН");
    const chapter = doc.body[0];
    expect([chapter.type, chapter.kind, chapter.num, chapter.eId, chapter.label]).toEqual([
      "Division",
      "chapter",
      "1",
      "chp_1",
      "гл. 1",
    ]);
    const article = chapter.children[0];
    expect([article.kind, article.num, article.eId, article.label]).toEqual(["article", "1", "chp_1__art_1", "ст. 1"]);
    expect(article.children[0]).toMatchObject({
      type: "Provision",
      kind: "paragraph",
      eId: "chp_1__art_1__para_1",
      label: "ст. 1 п. 1",
    });
  });

  it("honours --language", () => {
    const r = run("parse", file("en.txt", "Article 1\n\n1. Text.\n"), "--language", "kk");
    expect(r.stdout.split("\n")[0]).toBe("     1  1-бап");
  });

  it("prints the version", () => {
    const r = run("--version");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("bad input: one line on stderr, exit code 2, no stack trace", () => {
  const cases: [string, () => string, RegExp][] = [
    ["a missing file", () => join(dir, "nope.txt"), /nope\.txt: no such file$/],
    ["a directory", () => dir, /is a directory, not a bill$/],
    [
      "a binary file",
      () => file("bin.txt", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2])),
      /looks like a binary file/,
    ],
    [
      "invalid UTF-8",
      () => file("bad.txt", new Uint8Array([0x41, 0x72, 0x74, 0xff, 0xfe, 0x0a])),
      /is not valid UTF-8/,
    ],
  ];
  for (const [what, path, message] of cases) {
    it(what, () => {
      const r = run("parse", path());
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it("an unknown format", () => {
    const r = run("parse", file("x.txt", "Article 1\n"), "--format", "xml");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/argument 'xml' is invalid/);
  });
});

describe("text encodings and line ends are read without losing text", () => {
  it("UTF-16 LE with a BOM", () => {
    const text = "Статья 1. Свобода\n\n1. Текст.\n";
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const r = run("parse", file("u16.txt", bytes));
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("     1  ст. 1  Свобода");
  });

  it("UTF-8 with a BOM and CRLF line ends", () => {
    const r = run("parse", file("crlf.txt", "\uFEFFArticle 1 - Scope\r\n\r\n1. Text.\r\nArticle 2\r\n"));
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(0, 2)).toEqual(["     1  Art. 1  Scope", "     4  Art. 2"]);
  });

  it("an empty file", () => {
    const r = run("parse", file("empty.txt", ""), "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ type: "Document", body: [], diagnostics: [] });
  });
});
