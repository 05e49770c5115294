/**
 * The formatters' own words (summary lines, "no problems", the --max-warnings line, severity
 * names in `stylish`) in English, Russian and Kazakh. Rule messages come translated (or not) in
 * the findings and are never touched here.
 *
 * Counts are plural templates: Russian nouns take one/few/many forms after numerals
 * (1 проблема, 3 проблемы, 5 проблем, 21 проблема); Kazakh nouns do not change after a numeral
 * (1 мәселе, 5 мәселе). Phrases with a count are built from those pieces, so a locale can put
 * them in its own order (Kazakh: "2 файлда 5 мәселе").
 */
import type { Severity } from "../engine/types.js";
import { type Catalogue, type Locale, type Translate, translator } from "../i18n/index.js";
import type { Totals } from "./common.js";

const en: Catalogue = {
  "count.problems": { one: "{{count}} problem", other: "{{count}} problems" },
  "count.errors": { one: "{{count}} error", other: "{{count}} errors" },
  "count.warnings": { one: "{{count}} warning", other: "{{count}} warnings" },
  "count.infos": "{{count}} info",
  "count.files": { one: "{{count}} file", other: "{{count}} files" },
  "count.inFiles": { one: "in {{count}} file", other: "in {{count}} files" },
  "summary.problems": "{{problems}} ({{errors}}, {{warnings}}, {{infos}}) {{inFiles}}",
  "summary.clean": "{{files}}, no problems",
  "summary.maxWarnings": "Too many warnings: {{count}}, the maximum is {{max}}.",
  "severity.error": "error",
  "severity.warning": "warning",
  "severity.info": "info",
  "github.truncated":
    "GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (50 per job); the rest are not shown. Upload the SARIF output (formatter sarif) to code scanning to see every finding.",
};

const ru: Catalogue = {
  "count.problems": {
    one: "{{count}} проблема",
    few: "{{count}} проблемы",
    many: "{{count}} проблем",
    other: "{{count}} проблемы",
  },
  "count.errors": {
    one: "{{count}} ошибка",
    few: "{{count}} ошибки",
    many: "{{count}} ошибок",
    other: "{{count}} ошибки",
  },
  "count.warnings": {
    one: "{{count}} предупреждение",
    few: "{{count}} предупреждения",
    many: "{{count}} предупреждений",
    other: "{{count}} предупреждения",
  },
  // not «замечание»: reports call every finding a «замечание», so the info level needs its own word
  "count.infos": {
    one: "{{count}} информационное сообщение",
    few: "{{count}} информационных сообщения",
    many: "{{count}} информационных сообщений",
    other: "{{count}} информационного сообщения",
  },
  "count.files": { one: "{{count}} файл", few: "{{count}} файла", many: "{{count}} файлов", other: "{{count}} файла" },
  // prepositional case: в 1 файле, в 3 файлах, в 5 файлах, в 21 файле
  "count.inFiles": { one: "в {{count}} файле", other: "в {{count}} файлах" },
  "summary.problems": "{{problems}} ({{errors}}, {{warnings}}, {{infos}}) {{inFiles}}",
  "summary.clean": "{{files}}, проблем нет",
  "summary.maxWarnings": "Слишком много предупреждений: {{count}}, допустимо не более {{max}}.",
  "severity.error": "ошибка",
  "severity.warning": "предупреждение",
  "severity.info": "информация",
  "github.truncated":
    "GitHub показывает не более 10 аннотаций каждого вида (ошибки, предупреждения, уведомления) на шаг и 50 на задание; остальные не видны. Загрузите вывод SARIF (форматер sarif) в code scanning, чтобы увидеть все находки.",
};

const kk: Catalogue = {
  "count.problems": "{{count}} мәселе",
  "count.errors": "{{count}} қате",
  "count.warnings": "{{count}} ескерту",
  "count.infos": "{{count}} ақпарат",
  "count.files": "{{count}} файл",
  // locative: 1 файлда, 5 файлда
  "count.inFiles": "{{count}} файлда",
  "summary.problems": "{{inFiles}} {{problems}} ({{errors}}, {{warnings}}, {{infos}})",
  "summary.clean": "{{files}}, мәселе жоқ",
  "summary.maxWarnings": "Ескертулер тым көп: {{count}}, ең көбі {{max}} болуы керек.",
  "severity.error": "қате",
  "severity.warning": "ескерту",
  "severity.info": "ақпарат",
  "github.truncated":
    "GitHub бір қадамда әр түрдің (қате, ескерту, хабарлама) ең көбі 10 аннотациясын, бір жұмыста 50 аннотацияны көрсетеді; қалғандары көрінбейді. Барлық нәтижені көру үшін SARIF шығысын (sarif форматтаушысы) code scanning-ке жүктеңіз.",
};

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, ru, kk };

/** The formatters' translator for a locale (English for a missing key). */
export function formatterTranslator(locale: Locale): Translate {
  return translator(CATALOGUES, locale);
}

/** The severity's name in the locale (`error`, `ошибка`, `қате`). */
export function severityName(t: Translate, severity: Severity): string {
  return t(`severity.${severity}`);
}

/**
 * The run's summary: `5 problems (2 errors, 3 warnings, 0 info) in 3 files`, or, without
 * findings, `3 files, no problems`.
 */
export function summaryLine(t: Translate, counts: Totals): string {
  const files = counts.files;
  if (counts.problems === 0) return t("summary.clean", { files: t("count.files", { count: files }) });
  return t("summary.problems", {
    problems: t("count.problems", { count: counts.problems }),
    errors: t("count.errors", { count: counts.errors }),
    warnings: t("count.warnings", { count: counts.warnings }),
    infos: t("count.infos", { count: counts.infos }),
    inFiles: t("count.inFiles", { count: files }),
  });
}

/** The `--max-warnings` line when the run has more warnings than allowed, else undefined. */
export function maxWarningsLine(t: Translate, counts: Totals, maxWarnings: number | undefined): string | undefined {
  if (maxWarnings === undefined || maxWarnings < 0 || counts.warnings <= maxWarnings) return undefined;
  return t("summary.maxWarnings", { count: counts.warnings, max: maxWarnings });
}
