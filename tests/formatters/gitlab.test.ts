/** `gitlab`: GitLab Code Quality issues, their severities and fingerprints that survive line moves and locales. */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { codeQualityReport, gitlab } from "../../src/formatters/gitlab.js";
import { LineIndex } from "../../src/syntax/positions.js";
import { codeQualityErrors } from "../helpers/code-quality.js";
import { context, finding, RU_ERROR, RU_FILE, RU_SOURCE, rangeOf, report, reports } from "./fixtures.js";

describe("gitlab", () => {
  it("prints one issue per finding: label, message on one line and citation; rule; severity; path and lines", () => {
    expect(gitlab(reports(), context())).toBe(`[
  {
    "description": "ст. 7 п. 2: Религиозная деятельность поставлена в зависимость от регистрации. (KZ Constitution 2026 art. 7(1)–(2))",
    "check_name": "religion/registration-precondition:worship-conditioned",
    "fingerprint": "4df3c548d019dcef1985e2364e51a8a3e3c80eaeb76381f20e9ff4561a7a8d52",
    "severity": "major",
    "location": {
      "path": "bills/закон о религии.md",
      "lines": {
        "begin": 4,
        "end": 4
      }
    }
  },
  {
    "description": "ст. 8: Проверка 100% объединений: без суда, без срока <контроль> & «надзор» ]]> (KZ Constitution 2026 art. 7(1); ICCPR art. 18(3))",
    "check_name": "religion/state-control-internal-affairs",
    "fingerprint": "23c388a3c0cc13ad9eac21a224b4b6fa2ab73d7845b6622f4c2c9294d10a0ef9",
    "severity": "minor",
    "location": {
      "path": "bills/закон о религии.md",
      "lines": {
        "begin": 6,
        "end": 7
      }
    }
  },
  {
    "description": "5-бап 1-тармақ: Тіркеу шарты тексерілуі керек. (KZ Constitution 2026 art. 7(2))",
    "check_name": "religion/registration-threshold",
    "fingerprint": "6a5d1c5d96aac82bffe1cfa40ac1a7145125f8cb865e170220b121df61fde7f5",
    "severity": "info",
    "location": {
      "path": "bills/kk/law-religion.txt",
      "lines": {
        "begin": 3,
        "end": 3
      }
    }
  },
  {
    "description": "rightslint-disable-next-line for religion/state-doctrinal-review suppresses nothing: remove it",
    "check_name": "directives/unused",
    "fingerprint": "e62ae26eb5cc8e8996d962fe560a7e97083b43832a2750bb9d448bc0f5477e80",
    "severity": "minor",
    "location": {
      "path": "bills/kk/law-religion.txt",
      "lines": {
        "begin": 4,
        "end": 4
      }
    }
  }
]
`);
  });

  it("matches GitLab's Code Quality schema, with a distinct fingerprint per issue", () => {
    const issues = JSON.parse(gitlab(reports(), context())) as unknown;
    expect(codeQualityErrors(issues)).toEqual([]);
    const prints = (issues as { fingerprint: string }[]).map((i) => i.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{64}$/);
    // the helper is strict enough to fail: a missing line, an unknown severity
    expect(codeQualityErrors([{ description: "d", check_name: "c", fingerprint: "f", severity: "high" }])).toEqual([
      "/0: must have required property 'location'",
      "/0/severity: must be equal to one of the allowed values",
    ]);
  });

  it("prints an empty array when there are no findings (GitLab then shows no issues)", () => {
    expect(gitlab([report("a.md", "x\n", [])], context())).toBe("[]\n");
    expect(gitlab([], context())).toBe("[]\n");
  });

  it("fingerprints sha-256 of path, rule with sub-code, profile, eId, covered text and occurrence", () => {
    const text = "Религиозная деятельность допускается только после государственной регистрации";
    const key = JSON.stringify([
      RU_FILE,
      "religion/registration-precondition:worship-conditioned",
      "kz-2026",
      "art_7__para_2",
      text,
    ]);
    const expected = createHash("sha256").update(`${key}#1`).digest("hex");
    expect(codeQualityReport([report(RU_FILE, RU_SOURCE, [RU_ERROR])])[0]?.fingerprint).toBe(expected);
  });

  it("keeps a fingerprint when lines move, line ends change or the message is in another locale", () => {
    const print = (source: string, message = RU_ERROR.message) => {
      const f = finding({ ...RU_ERROR, message, range: rangeOf(source, "Религиозная деятельность", "регистрации") });
      const issue = codeQualityReport([report(RU_FILE, source, [f])])[0]!;
      return { line: issue.location.lines.begin, print: issue.fingerprint };
    };
    const base = print(RU_SOURCE);
    const moved = print(`Преамбула\r\n\r\n${RU_SOURCE}`);
    expect(moved.line).toBe(base.line + 2);
    expect(moved.print).toBe(base.print);
    expect(print(RU_SOURCE.replace(/\r\n/g, "\n")).print).toBe(base.print);
    expect(print(RU_SOURCE, "Religious practice is made conditional on registration.").print).toBe(base.print);
    // another text, file, rule or profile is another finding
    expect(print(RU_SOURCE.replace("допускается", "разрешается")).print).not.toBe(base.print);
    const other = (patch: Partial<typeof RU_ERROR>, file = RU_FILE) =>
      codeQualityReport([report(file, RU_SOURCE, [finding({ ...RU_ERROR, ...patch })])])[0]!.fingerprint;
    expect(other({}, "bills/other.md")).not.toBe(base.print);
    expect(other({ subCode: "unregistered-banned" })).not.toBe(base.print);
    expect(other({ profile: "iccpr" })).not.toBe(base.print);
  });

  it("tells apart findings that are otherwise equal by their occurrence, in a stable order", () => {
    const source = "Статья 1. Проверки\nПроверки без суда. Проверки без суда.\n";
    const phrase = "Проверки без суда";
    const lines = new LineIndex(source);
    const at = (start: number) =>
      finding({
        ruleId: "religion/state-control-internal-affairs",
        severity: "warning",
        message: "m",
        eId: "art_1",
        range: lines.range(start, start + phrase.length),
      });
    const twice = [report("a.md", source, [at(source.indexOf(phrase)), at(source.lastIndexOf(phrase))])];
    const prints = codeQualityReport(twice).map((i) => i.fingerprint);
    expect(prints).toHaveLength(2);
    expect(prints[0]).not.toBe(prints[1]);
    expect(codeQualityReport(twice).map((i) => i.fingerprint)).toEqual(prints);
  });
});
