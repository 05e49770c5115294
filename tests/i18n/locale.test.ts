/** The i18n core: the locale from the environment, and plural forms of templates. */
import { describe, expect, it } from "vitest";
import { detectLocale, render, type Template, translator } from "../../src/i18n/index.js";

describe("detectLocale", () => {
  it.each([
    [{ LANG: "ru_RU.UTF-8" }, "ru"],
    [{ LANG: "kk_KZ" }, "kk"],
    [{ LANG: "kk_KZ.UTF-8" }, "kk"],
    [{ LANG: "en_GB.UTF-8" }, "en"],
    [{ LANG: "de_DE.UTF-8" }, "en"],
    [{ LANG: "C" }, "en"],
    [{ LANG: "C.UTF-8" }, "en"],
    [{ LANG: "POSIX" }, "en"],
    [{}, "en"],
  ] as const)("%o → %s", (env, locale) => {
    expect(detectLocale(env)).toBe(locale);
  });

  it("LC_ALL wins over LC_MESSAGES and LANG; LC_MESSAGES over LANG", () => {
    expect(detectLocale({ LC_ALL: "kk_KZ.UTF-8", LANG: "ru_RU.UTF-8" })).toBe("kk");
    expect(detectLocale({ LC_ALL: "C", LANG: "ru_RU.UTF-8" })).toBe("en");
    expect(detectLocale({ LC_MESSAGES: "ru_RU.UTF-8", LANG: "en_US.UTF-8" })).toBe("ru");
    expect(detectLocale({ LC_ALL: "", LANG: "ru_RU.UTF-8" })).toBe("ru");
  });
});

describe("render: Russian plural forms", () => {
  const findings: Template = {
    one: "{{count}} замечание",
    few: "{{count}} замечания",
    many: "{{count}} замечаний",
    other: "{{count}} замечания",
  };
  it.each([
    [1, "1 замечание"],
    [2, "2 замечания"],
    [5, "5 замечаний"],
    [11, "11 замечаний"],
    [21, "21 замечание"],
    [22, "22 замечания"],
    [1.5, "1.5 замечания"],
  ])("%d", (count, text) => {
    expect(render(findings, "ru", { count })).toBe(text);
  });

  it("English and Kazakh have one and other", () => {
    const en: Template = { one: "{{count}} finding", other: "{{count}} findings" };
    expect([1, 2, 21].map((count) => render(en, "en", { count }))).toEqual(["1 finding", "2 findings", "21 findings"]);
    expect(render({ other: "{{count}} ескерту" }, "kk", { count: 5 })).toBe("5 ескерту");
  });

  it("translator falls back to English, then to the key", () => {
    const t = translator({ en: { a: "A {{x}}", b: "B" }, ru: { a: "А {{x}}" } }, "ru");
    expect([t("a", { x: 1 }), t("b"), t("c")]).toEqual(["А 1", "B", "c"]);
  });
});
