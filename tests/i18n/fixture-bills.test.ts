/**
 * A real fixture bill linted in Russian and Kazakh: the same findings as in English (rule, place,
 * profile), with translated messages, and baselines that work across locales.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recordBaseline } from "../../src/engine/waivers.js";
import type { Finding } from "../../src/index.js";
import { type LintOptions, lintText } from "../../src/lint.js";

const RU = "fixtures/bills/ru/law-religion.txt";
const KK = "fixtures/bills/kk/law-religion.txt";
const read = (file: string): string => readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");

/** What must not depend on the locale. */
const where = (f: Finding) => [f.ruleId, f.subCode, f.messageId, f.range.start.line, f.range.start.column, f.profile];

describe.each([
  [RU, "ru", /[А-Яа-яЁё]/u],
  [KK, "kk", /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/u],
] as const)("%s in %s", (file, locale, script) => {
  const text = read(file);
  for (const options of [{}, { preset: "kz-2026" }] as LintOptions[]) {
    it(`the findings of English, with the messages translated (${JSON.stringify(options)})`, () => {
      const en = lintText(text, { filePath: file, ...options }).findings;
      const local = lintText(text, { filePath: file, locale, ...options }).findings;
      expect(en.length).toBeGreaterThan(5);
      expect(local.map(where)).toEqual(en.map(where));
      for (const [i, f] of local.entries()) {
        const english = en[i] as Finding;
        expect(f.english).toBe(english.message);
        expect(f.message).not.toBe(english.message);
        expect(f.message).toMatch(script);
        expect(f.message).not.toMatch(/\{\{|\}\}/);
      }
    });
  }

  it("a baseline recorded in English suppresses every finding in the locale, and the reverse", () => {
    const en = lintText(text, { filePath: file, preset: "kz-2026" });
    const baseline = recordBaseline(file, en.findings);
    expect(lintText(text, { filePath: file, preset: "kz-2026", locale, baseline }).findings).toEqual([]);
    const local = lintText(text, { filePath: file, preset: "kz-2026", locale });
    expect(
      lintText(text, { filePath: file, preset: "kz-2026", baseline: recordBaseline(file, local.findings) }).findings,
    ).toEqual([]);
    // a baseline of another bill's findings suppresses nothing: the test can fail
    const other = recordBaseline(file, lintText(read(locale === "ru" ? KK : RU), { filePath: file }).findings);
    expect(lintText(text, { filePath: file, preset: "kz-2026", locale, baseline: other }).findings).toHaveLength(
      local.findings.length,
    );
  });
});

describe("one exact message", () => {
  it("R10 on the Russian bill, in Russian", () => {
    const { findings } = lintText(read(RU), { locale: "ru" });
    const f = findings.find((x) => x.ruleId === "religion/registration-precondition" && x.range.start.line === 47);
    expect(f?.message).toBe(
      "Исповедование религии поставлено в зависимость от регистрации, согласно KZ Constitution 2026 (art. 7(1)–(2)): " +
        "«Миссионерская деятельность» допускается только после регистрации («после регистрации»). Регистрация может " +
        "лишь наделять правами юридического лица; укажите, что общины вправе совершать богослужения независимо от того, " +
        "зарегистрированы ли они.",
    );
    expect(f?.english).toBe(
      'Religious practice is made conditional on registration under KZ Constitution 2026 (art. 7(1)–(2)): "Миссионерская ' +
        'деятельность" is allowed only after registration ("после регистрации"). Registration may only confer legal ' +
        "personality; state that communities may worship whether or not they are registered.",
    );
  });

  it("R11 on the Kazakh bill, in Kazakh", () => {
    const { findings } = lintText(read(KK), { locale: "kk" });
    const f = findings.find((x) => x.ruleId === "religion/registration-threshold");
    expect(f?.message).toMatch(
      /^Құрылтайшылар санына қойылатын талап \(50 азаматының\) діни бірлестік үшін 10 шегінен асады/u,
    );
  });
});
