/** `github`: workflow-command annotations, escaped as actions/toolkit escapes them, and a summary line. */
import { describe, expect, it } from "vitest";
import type { Finding, Severity } from "../../src/engine/types.js";
import { annotation, escapeData, escapeProperty, github } from "../../src/formatters/github.js";
import { context, finding, RU_WARNING, rangeOf, report, reports } from "./fixtures.js";

describe("github", () => {
  it("prints one command per finding and a plain summary line", () => {
    expect(github(reports(), context())).toBe(
      [
        "::error file=bills/закон о религии.md,line=4,endLine=4,col=4,endColumn=81,title=rightslint religion/registration-precondition%3Aworship-conditioned (ст. 7 п. 2)::Религиозная деятельность поставлена в зависимость от регистрации. (KZ Constitution 2026 art. 7(1)–(2))",
        "::warning file=bills/закон о религии.md,line=6,endLine=7,title=rightslint religion/state-control-internal-affairs (ст. 8)::Проверка 100%25 объединений: без суда, без срока%0A<контроль> & «надзор» ]]> (KZ Constitution 2026 art. 7(1); ICCPR art. 18(3))",
        "::notice file=bills/kk/law-religion.txt,line=3,endLine=3,col=4,endColumn=18,title=rightslint religion/registration-threshold (5-бап 1-тармақ)::Тіркеу шарты тексерілуі керек. (KZ Constitution 2026 art. 7(2))",
        "::warning file=bills/kk/law-religion.txt,line=4,endLine=4,col=1,endColumn=78,title=rightslint directives/unused::rightslint-disable-next-line for religion/state-doctrinal-review suppresses nothing: remove it",
        "rightslint: 4 problems (1 error, 2 warnings, 1 info) in 3 files",
        "",
      ].join("\n"),
    );
  });

  it("escapes data (%, CR, LF) and property values (also : and ,) exactly", () => {
    expect(escapeData("100% a:b,c\r\nd")).toBe("100%25 a:b,c%0D%0Ad");
    expect(escapeProperty("100% a:b,c\r\nd")).toBe("100%25 a%3Ab%2Cc%0D%0Ad");
    // `%` first, so an escape already in the text is not taken for one
    expect(escapeData("%0A")).toBe("%250A");
    expect(escapeProperty("%3A:")).toBe("%253A%3A");
    expect(escapeData("<a> & ]]> «б» ::")).toBe("<a> & ]]> «б» ::");
  });

  it("escapes the file and the title, and omits columns on a multi-line range", () => {
    const source = "Статья 1, часть 2: текст\nпродолжение\n";
    const f = finding({
      ruleId: "expression/vague-offence",
      subCode: "no-definition",
      severity: "warning",
      message: "a\nb",
      range: rangeOf(source, "текст", "продолжение"),
      label: "ст. 1, ч. 2",
      principle: [],
      profile: "iccpr",
    });
    expect(annotation("bills/a,b:c.md", f)).toBe(
      "::warning file=bills/a%2Cb%3Ac.md,line=1,endLine=2,title=rightslint expression/vague-offence%3Ano-definition (ст. 1%2C ч. 2)::a%0Ab (iccpr)",
    );
    expect(annotation("a.md", RU_WARNING)).not.toMatch(/col=|endColumn=/);
  });

  it("summarises in the user's locale, with the --max-warnings line", () => {
    const out = github(reports(), context({ locale: "ru", maxWarnings: 1 })).split("\n");
    expect(out.slice(-3)).toEqual([
      "rightslint: 4 проблемы (1 ошибка, 2 предупреждения, 1 информационное сообщение) в 3 файлах",
      "rightslint: Слишком много предупреждений: 2, допустимо не более 1.",
      "",
    ]);
    expect(github([report("a.md", "x\n", [])], context())).toBe("rightslint: 1 file, no problems\n");
  });

  it("points to SARIF when a kind has more annotations than GitHub shows (10 per step)", () => {
    const many = (n: number, severity: Severity) => {
      const source = "x\n".repeat(n);
      const findings: Finding[] = Array.from({ length: n }, (_, i) =>
        finding({
          ruleId: "x/y",
          severity,
          message: "m",
          range: {
            start: { line: i + 1, column: 1, offset: 2 * i },
            end: { line: i + 1, column: 2, offset: 2 * i + 1 },
          },
        }),
      );
      return [report("a.md", source, findings)];
    };
    const hint = (text: string) => text.split("\n").filter((l) => l.includes("SARIF"));
    expect(hint(github(many(10, "error"), context()))).toEqual([]);
    expect(hint(github(many(10, "info"), context()))).toEqual([]);
    expect(hint(github(many(11, "error"), context()))).toEqual([
      "rightslint: GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (50 per job); the rest are not shown. Upload the SARIF output (formatter sarif) to code scanning to see every finding.",
    ]);
    expect(hint(github(many(11, "warning"), context()))).toHaveLength(1);
    expect(hint(github(many(11, "info"), context()))).toHaveLength(1);
    const out = github(many(11, "error"), context()).split("\n");
    expect(out.filter((l) => l.startsWith("::error ")).length).toBe(11);
    // the summary and the hint are plain lines, not commands
    expect(out.filter((l) => l && !l.startsWith("::")).every((l) => l.startsWith("rightslint: "))).toBe(true);
  });
});
