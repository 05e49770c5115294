/** `stylish`: grouped, aligned lines for a terminal; summary in the user's locale. */
import { describe, expect, it } from "vitest";
import { displayWidth, padEnd } from "../../src/formatters/common.js";
import { stylish } from "../../src/formatters/stylish.js";
import {
  context,
  finding,
  KK_FILE,
  KK_SOURCE,
  RU_ERROR,
  RU_FILE,
  RU_SOURCE,
  rangeOf,
  report,
  reports,
} from "./fixtures.js";

/** An SGR escape sequence (ESC [ … m). */
const ANSI = new RegExp(`${String.fromCharCode(0x1b)}\\[[0-9;]*m`, "g");

describe("stylish", () => {
  it("groups findings by file, aligns position, label and severity, cites the principle", () => {
    expect(stylish(reports(), context())).toBe(
      [
        "bills/закон о религии.md",
        "  4:4  ст. 7 п. 2  error    Религиозная деятельность поставлена в зависимость от регистрации.  religion/registration-precondition:worship-conditioned  (KZ Constitution 2026 art. 7(1)–(2))",
        "  6:1  ст. 8       warning  Проверка 100% объединений: без суда, без срока <контроль> & «надзор» ]]>  religion/state-control-internal-affairs  (KZ Constitution 2026 art. 7(1); ICCPR art. 18(3))",
        "",
        "bills/kk/law-religion.txt",
        "  3:4  5-бап 1-тармақ  info     Тіркеу шарты тексерілуі керек.  religion/registration-threshold  (KZ Constitution 2026 art. 7(2))",
        "  4:1                  warning  rightslint-disable-next-line for religion/state-doctrinal-review suppresses nothing: remove it  directives/unused",
        "",
        "4 problems (1 error, 2 warnings, 1 info) in 3 files",
        "",
      ].join("\n"),
    );
  });

  it("pads positions to the widest of the file and drops the label column when no finding has one", () => {
    const source = `${"\n".repeat(11)}${"x".repeat(20)}\n`;
    const far = finding({
      ruleId: "structure/x",
      severity: "warning",
      message: "far",
      range: rangeOf(source, "xxxxxxxxxx"),
    });
    const near = finding({ ruleId: "structure/y", severity: "error", message: "near", range: rangeOf(source, "\n") });
    const out = stylish([report("a.md", source, [near, far])], context());
    expect(out.split("\n").slice(0, 3)).toEqual([
      "a.md",
      "  1:1   error    near  structure/y  (kz-2026)",
      "  12:1  warning  far  structure/x  (kz-2026)",
    ]);
  });

  it("says so when a run has no findings", () => {
    const clean = [report("a.md", "x\n", []), report("b.md", "y\n", [])];
    expect(stylish(clean, context())).toBe("2 files, no problems\n");
    expect(stylish(clean.slice(0, 1), context())).toBe("1 file, no problems\n");
    expect(stylish(clean, context({ locale: "ru" }))).toBe("2 файла, проблем нет\n");
    expect(stylish(clean, context({ locale: "kk" }))).toBe("2 файл, мәселе жоқ\n");
  });

  it("adds a line when there are more warnings than --max-warnings allows", () => {
    const last = (max: number | undefined) =>
      stylish(reports(), context({ maxWarnings: max }))
        .trimEnd()
        .split("\n")
        .at(-1);
    expect(last(1)).toBe("Too many warnings: 2, the maximum is 1.");
    expect(last(2)).toBe("4 problems (1 error, 2 warnings, 1 info) in 3 files");
    expect(last(undefined)).toBe("4 problems (1 error, 2 warnings, 1 info) in 3 files");
    expect(
      stylish(reports(), context({ maxWarnings: 0, locale: "ru" }))
        .trimEnd()
        .split("\n")
        .at(-1),
    ).toBe("Слишком много предупреждений: 2, допустимо не более 0.");
  });

  it("prints severities and the summary in Russian and Kazakh, rule messages untouched", () => {
    const ru = stylish([report(RU_FILE, RU_SOURCE, [RU_ERROR])], context({ locale: "ru" }));
    expect(ru).toBe(
      [
        "bills/закон о религии.md",
        "  4:4  ст. 7 п. 2  ошибка  Религиозная деятельность поставлена в зависимость от регистрации.  religion/registration-precondition:worship-conditioned  (KZ Constitution 2026 art. 7(1)–(2))",
        "",
        "1 проблема (1 ошибка, 0 предупреждений, 0 информационных сообщений) в 1 файле",
        "",
      ].join("\n"),
    );
    const kk = stylish(reports(), context({ locale: "kk" })).split("\n");
    expect(kk).toContain(
      "  3:4  5-бап 1-тармақ  ақпарат  Тіркеу шарты тексерілуі керек.  religion/registration-threshold  (KZ Constitution 2026 art. 7(2))",
    );
    expect(kk.at(-2)).toBe("3 файлда 4 мәселе (1 қате, 2 ескерту, 1 ақпарат)");
  });

  it("colours only when the context allows it, with the same text underneath", () => {
    const plain = stylish(reports(), context({ color: false }));
    const coloured = stylish(reports(), context({ color: true }));
    expect(plain).not.toMatch(ANSI);
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain("\u001b[4mbills/kk/law-religion.txt\u001b[24m"); // underlined path
    expect(coloured).toContain("\u001b[31merror  \u001b[39m"); // red, padded inside the colour
    expect(coloured.replace(ANSI, "")).toBe(plain);
  });

  it("prints a file with more findings than a function call takes arguments", () => {
    const n = 200_000;
    const source = "x\n".repeat(n);
    const findings = Array.from({ length: n }, (_, i) =>
      finding({
        ruleId: "x/y",
        severity: "warning",
        message: "m",
        range: { start: { line: i + 1, column: 1, offset: 2 * i }, end: { line: i + 1, column: 2, offset: 2 * i + 1 } },
      }),
    );
    const lines = stylish([report("a.md", source, findings)], context()).split("\n");
    expect(lines).toHaveLength(n + 4);
    expect(lines.at(-2)).toBe("200000 problems (0 errors, 200000 warnings, 0 info) in 1 file");
  });

  it("keeps a Kazakh file's columns straight", () => {
    const lines = stylish([report(KK_FILE, KK_SOURCE, reports()[1]!.findings)], context()).split("\n");
    const at = (line: string) => (line.indexOf("warning") >= 0 ? line.indexOf("warning") : line.indexOf("info"));
    expect(at(lines[1]!)).toBe(at(lines[2]!));
  });
});

describe("display width", () => {
  it("counts Cyrillic and Kazakh letters once, CJK twice, combining marks not at all", () => {
    expect(displayWidth("5-бап 1-тармақ")).toBe(14);
    expect(displayWidth("第7条")).toBe(5);
    expect(displayWidth("\u0438\u0306")).toBe(1); // и + combining breve
    expect(displayWidth("𝔸")).toBe(1); // one code point, two UTF-16 units
    expect(padEnd("第7条", 7)).toBe("第7条  ");
    expect(padEnd("ст. 8", 3)).toBe("ст. 8");
  });
});
