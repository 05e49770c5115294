/**
 * Reports the formatter tests share: a Russian bill with CRLF line ends and a file name with a
 * space, a Kazakh bill with an info and a document-level directive finding, and a clean file.
 */
import type { Finding, RuleMeta, Severity } from "../../src/engine/types.js";
import type { FileReport, FormatContext } from "../../src/formatters/types.js";
import { LineIndex } from "../../src/syntax/positions.js";

/** A message with everything the formatters must escape: `%`, `:`, `,`, a line break, `<`, `&`, `]]>`. */
export const NASTY_MESSAGE = "Проверка 100% объединений: без суда, без срока\n<контроль> & «надзор» ]]>";

export const RU_SOURCE = [
  "Закон о религиозной деятельности",
  "",
  "Статья 7. Регистрация",
  "2. Религиозная деятельность допускается только после государственной регистрации.",
  "Статья 8. Проверки",
  "Уполномоченный орган вправе проверять",
  "деятельность религиозных объединений.",
  "",
].join("\r\n");

export const KK_SOURCE = [
  "Дін туралы заң",
  "5-бап. Тіркеу",
  "1. Діни бірлестік тіркелгеннен кейін ғана қызметін жүзеге асырады.",
  "<!-- rightslint-disable-next-line religion/state-doctrinal-review -- ескі -->",
  "",
].join("\n");

/** The range of `first` … `last` (inclusive) in `source`, the first occurrences. */
export function rangeOf(source: string, first: string, last = first) {
  const start = source.indexOf(first);
  const end = source.indexOf(last, start) + last.length;
  if (start < 0 || end < start + first.length) throw new Error(`not in source: ${first} … ${last}`);
  return new LineIndex(source).range(start, end);
}

export function finding(partial: Partial<Finding> & Pick<Finding, "ruleId" | "severity" | "message" | "range">) {
  return {
    eId: "",
    label: "",
    profile: "kz-2026",
    principle: [],
    suggestions: [],
    confidence: 0.7,
    ...partial,
  } satisfies Finding;
}

export function report(filePath: string, source: string, findings: Finding[]): FileReport {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    filePath,
    findings,
    errorCount: count("error"),
    warningCount: count("warning"),
    infoCount: count("info"),
    source,
  };
}

export const RU_ERROR = finding({
  ruleId: "religion/registration-precondition",
  subCode: "worship-conditioned",
  severity: "error",
  message: "Религиозная деятельность поставлена в зависимость от регистрации.",
  range: rangeOf(RU_SOURCE, "Религиозная деятельность", "регистрации"),
  eId: "art_7__para_2",
  label: "ст. 7 п. 2",
  principle: ["KZ Constitution 2026 art. 7(1)–(2)"],
  confidence: 0.9,
  suggestions: [
    {
      description: "Удалить условие о регистрации",
      edits: [{ range: rangeOf(RU_SOURCE, " только после государственной регистрации"), text: "" }],
    },
  ],
});

export const RU_WARNING = finding({
  ruleId: "religion/state-control-internal-affairs",
  severity: "warning",
  message: NASTY_MESSAGE,
  range: rangeOf(RU_SOURCE, "Уполномоченный", "объединений"),
  eId: "art_8",
  label: "ст. 8",
  principle: ["KZ Constitution 2026 art. 7(1)", "ICCPR art. 18(3)"],
});

export const KK_INFO = finding({
  ruleId: "religion/registration-threshold",
  severity: "info",
  message: "Тіркеу шарты тексерілуі керек.",
  range: rangeOf(KK_SOURCE, "Діни бірлестік"),
  eId: "art_5__para_1",
  label: "5-бап 1-тармақ",
  principle: ["KZ Constitution 2026 art. 7(2)"],
  confidence: 0.5,
});

export const KK_DIRECTIVE = finding({
  ruleId: "directives/unused",
  severity: "warning",
  message: "rightslint-disable-next-line for religion/state-doctrinal-review suppresses nothing: remove it",
  range: rangeOf(KK_SOURCE, "<!--", "-->"),
  profile: "",
  confidence: 1,
});

export const RU_FILE = "bills/закон о религии.md";
export const KK_FILE = "bills/kk/law-religion.txt";
export const CLEAN_FILE = "bills/clean.md";

export function reports(): FileReport[] {
  return [
    report(RU_FILE, RU_SOURCE, [RU_ERROR, RU_WARNING]),
    report(KK_FILE, KK_SOURCE, [KK_INFO, KK_DIRECTIVE]),
    report(CLEAN_FILE, "# Clean bill\n\nNothing to see.\n", []),
  ];
}

/** Rule metadata as the CLI passes it: the rules that appear above, with their real doc files. */
export function rules(extra: RuleMeta[] = []): Map<string, RuleMeta> {
  const meta = (id: string, severity: RuleMeta["severity"], confidence: RuleMeta["confidence"]): RuleMeta => ({
    id,
    family: id.split("/")[0]!,
    severity,
    confidence,
    description: `Checks ${id}.`,
    docs: `rules/${id}.md`,
    principle: { "kz-2026": "art. 7", iccpr: "art. 18(3)" },
    messages: {},
  });
  const all = [
    meta("religion/registration-precondition", "error", "high"),
    meta("religion/state-control-internal-affairs", "warning", "medium"),
    meta("religion/registration-threshold", "info", "low"),
    ...extra,
  ];
  return new Map(all.map((m) => [m.id, m]));
}

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { cwd: "/work/project", rules: rules(), color: false, version: "0.1.0", locale: "en", ...overrides };
}
