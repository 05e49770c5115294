/** The formatters' own words: summary lines with the plural forms of each locale. */
import { describe, expect, it } from "vitest";
import type { Totals } from "../../src/formatters/common.js";
import { totals } from "../../src/formatters/common.js";
import { CATALOGUES, formatterTranslator, maxWarningsLine, summaryLine } from "../../src/formatters/messages.js";
import { LOCALES } from "../../src/i18n/index.js";
import { reports } from "./fixtures.js";

const errorsIn = (problems: number, files = 1): Totals => ({
  problems,
  errors: problems,
  warnings: 0,
  infos: 0,
  files,
});

describe("summary line", () => {
  it("takes the Russian one/few/many forms for 1, 3, 5 and 21", () => {
    const t = formatterTranslator("ru");
    expect(summaryLine(t, errorsIn(1))).toBe(
      "1 проблема (1 ошибка, 0 предупреждений, 0 информационных сообщений) в 1 файле",
    );
    expect(summaryLine(t, errorsIn(3, 3))).toBe(
      "3 проблемы (3 ошибки, 0 предупреждений, 0 информационных сообщений) в 3 файлах",
    );
    expect(summaryLine(t, errorsIn(5, 5))).toBe(
      "5 проблем (5 ошибок, 0 предупреждений, 0 информационных сообщений) в 5 файлах",
    );
    expect(summaryLine(t, errorsIn(21, 21))).toBe(
      "21 проблема (21 ошибка, 0 предупреждений, 0 информационных сообщений) в 21 файле",
    );
    expect(summaryLine(t, { problems: 12, errors: 2, warnings: 4, infos: 6, files: 2 })).toBe(
      "12 проблем (2 ошибки, 4 предупреждения, 6 информационных сообщений) в 2 файлах",
    );
    expect(summaryLine(t, { problems: 0, errors: 0, warnings: 0, infos: 0, files: 21 })).toBe("21 файл, проблем нет");
    expect(summaryLine(t, { problems: 0, errors: 0, warnings: 0, infos: 0, files: 11 })).toBe("11 файлов, проблем нет");
  });

  it("keeps Kazakh nouns unchanged after numerals, files first", () => {
    const t = formatterTranslator("kk");
    expect(summaryLine(t, errorsIn(1))).toBe("1 файлда 1 мәселе (1 қате, 0 ескерту, 0 ақпарат)");
    expect(summaryLine(t, errorsIn(5, 3))).toBe("3 файлда 5 мәселе (5 қате, 0 ескерту, 0 ақпарат)");
    expect(summaryLine(t, { problems: 0, errors: 0, warnings: 0, infos: 0, files: 5 })).toBe("5 файл, мәселе жоқ");
  });

  it("uses English singular and plural", () => {
    const t = formatterTranslator("en");
    expect(summaryLine(t, errorsIn(1))).toBe("1 problem (1 error, 0 warnings, 0 info) in 1 file");
    expect(summaryLine(t, totals(reports()))).toBe("4 problems (1 error, 2 warnings, 1 info) in 3 files");
  });

  it("has the --max-warnings line only when the limit is exceeded", () => {
    const t = formatterTranslator("en");
    const counts = { problems: 3, errors: 0, warnings: 3, infos: 0, files: 1 };
    expect(maxWarningsLine(t, counts, undefined)).toBeUndefined();
    expect(maxWarningsLine(t, counts, 3)).toBeUndefined();
    expect(maxWarningsLine(t, counts, -1)).toBeUndefined(); // ESLint's "no limit"
    expect(maxWarningsLine(t, counts, 2)).toBe("Too many warnings: 3, the maximum is 2.");
    expect(maxWarningsLine(formatterTranslator("kk"), counts, 0)).toBe("Ескертулер тым көп: 3, ең көбі 0 болуы керек.");
  });

  it("has every key in every locale", () => {
    const keys = Object.keys(CATALOGUES.en).sort();
    for (const locale of LOCALES) expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(keys);
  });
});
