/**
 * Messages in the locale of the run at the engine level: the engine's own findings (directives,
 * rule errors), phrases in data, the English fallback, and baselines that do not depend on the
 * locale.
 */
import { describe, expect, it } from "vitest";
import { defineRule } from "../../src/engine/index.js";
import { engineMessage, formatMessage } from "../../src/engine/messages.js";
import type { MessageData, PhraseList, RuleModule } from "../../src/engine/types.js";
import { applyBaseline, recordBaseline } from "../../src/engine/waivers.js";
import { ConfigError, type LintOptions, lintText } from "../../src/lint.js";

/** Flags "restrict"; the phrase it puts in says how long (a toy: the engine is under test). */
const restrictWord = defineRule({
  meta: {
    id: "test/restrict-word",
    family: "test",
    severity: "warning",
    confidence: "medium",
    description: "flags sentences with the word restrict",
    docs: "tests/i18n/engine-messages.test.ts",
    principle: {},
    messages: { restrict: "{{label}} restricts something {{how}}" },
    phrases: { forever: "for ever", days: { one: "for {{count}} day", other: "for {{count}} days" } },
  },
  create(context) {
    return {
      Sentence(sentence, parent) {
        if (!/restrict/i.test(sentence.text) || parent?.type !== "Provision") return;
        const days = /(\d+) days?/.exec(sentence.text);
        context.report({
          node: sentence,
          messageId: "restrict",
          data: {
            label: parent.label,
            how: days ? { phrase: "days", data: { count: Number(days[1]) } } : { phrase: "forever" },
          },
        });
      },
    };
  },
});

const throwing: RuleModule = defineRule({
  meta: { ...restrictWord.meta, id: "test/throws", phrases: {} },
  create() {
    return {
      Provision() {
        throw new Error("boom");
      },
    };
  },
});

const BILL = [
  "Article 1",
  "",
  "<!-- rightslint-disable-next-line test/restrict-word -->",
  "1. Everyone is free.",
  "2. The Agency may restrict access.",
  "3. The Agency may restrict access for 1 day.",
  "4. The Agency may restrict access for 21 days.",
  "",
].join("\n");

const lint = (options: LintOptions) => lintText(BILL, { language: "en", rules: [restrictWord], ...options }).findings;

describe("the engine's own messages in a locale", () => {
  it("directive findings in Russian and Kazakh, with the English kept beside them", () => {
    const [ru] = lint({ locale: "ru" }).filter((f) => f.ruleId === "directives/missing-reason");
    expect(ru?.message).toBe(
      "Директива rightslint-disable-next-line для test/restrict-word не содержит обоснования: добавьте « -- почему это допустимо»",
    );
    expect(ru?.english).toBe(
      'rightslint-disable-next-line for test/restrict-word gives no reason: add " -- why this is accepted"',
    );
    const [kk] = lint({ locale: "kk" }).filter((f) => f.ruleId === "directives/unused");
    expect(kk?.message).toBe(
      "test/restrict-word үшін rightslint-disable-next-line директивасы ешбір ескертуді жасырмайды: оны алып тастаңыз",
    );
  });

  it("English has no second copy of the message", () => {
    const findings = lint({});
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.english).toBeUndefined();
    expect(lint({ locale: "en" })).toEqual(findings);
  });

  it("a rule that throws is one finding in the locale, naming the rule and the unit", () => {
    const errors = lintText("Article 1\n\n1. Everyone is free.\n", { language: "en", rules: [throwing], locale: "ru" });
    expect(errors.findings[0]?.message).toBe(
      "Правило test/throws завершилось с ошибкой при проверке Art. 1(1) и для этого проекта остановлено: boom",
    );
  });

  it("an unknown locale is a ConfigError", () => {
    expect(() => lint({ locale: "de" as never })).toThrow(ConfigError);
  });
});

describe("rule messages and phrases", () => {
  it("phrases in data are written out, with plural forms by their own count", () => {
    const messages = lint({})
      .filter((f) => f.ruleId === "test/restrict-word")
      .map((f) => f.message);
    expect(messages).toEqual([
      "Art. 1(2) restricts something for ever",
      "Art. 1(3) restricts something for 1 day",
      "Art. 1(4) restricts something for 21 days",
    ]);
  });

  it("a rule with no translation stays English in every locale", () => {
    const ru = lint({ locale: "ru" }).filter((f) => f.ruleId === "test/restrict-word");
    expect(ru.map((f) => f.message)).toEqual(
      lint({})
        .filter((f) => f.ruleId === "test/restrict-word")
        .map((f) => f.message),
    );
    for (const f of ru) expect(f.english).toBeUndefined();
  });

  it("lists are joined and quotes set in the words and marks of the locale", () => {
    // through the engine's rule-error message, which every locale translates: `{{error}}` is the value
    const text = (error: MessageData[string], locale: "en" | "ru" | "kk") =>
      engineMessage("ruleError", { rule: "r", unit: "u", error }, locale).message.replace(/^.*: /u, "");
    const list = (join?: "and" | "or" | "comma", serial?: boolean): PhraseList => ({
      list: [{ quote: "x" }, { phrase: "allRules" }, "c"],
      ...(join ? { join } : {}),
      ...(serial ? { serial } : {}),
    });
    expect(text(list(), "en")).toBe('"x", all rules and c');
    expect(text(list("or", true), "en")).toBe('"x", all rules, or c');
    expect(text(list("or"), "en")).toBe('"x", all rules or c');
    expect(text(list("comma"), "en")).toBe('"x", all rules, c');
    expect(text(list(), "ru")).toBe("«x», всех правил и c");
    expect(text(list("or", true), "ru")).toBe("«x», всех правил или c");
    expect(text(list(), "kk")).toBe("«x», барлық ережелер және c");
    expect(text({ list: [{ quote: "x" }, "y"], join: "or" }, "kk")).toBe("«x» немесе y");
    expect(text({ list: [] }, "en")).toBe("");
    expect(text({ quote: "слово" }, "ru")).toBe("«слово»");
  });

  it("a phrase's data may hold phrases, lists and quotes", () => {
    const english = { messages: { m: "X{{also}}." }, phrases: { also: "; also {{what}}", d: "no duration" } };
    const data = { also: { phrase: "also", data: { what: { list: [{ phrase: "d" }, { quote: "q" }] } } } };
    expect(formatMessage("test/none", english, "m", data).message).toBe('X; also no duration and "q".');
  });

  it("an unknown message id or phrase is an error, not an empty message", () => {
    expect(() => formatMessage("test/x", { messages: { a: "{{x}}" } }, "b", {})).toThrow('unknown messageId "b"');
    expect(() => formatMessage("test/x", { messages: { a: "{{x}}" } }, "a", { x: { phrase: "nope" } })).toThrow(
      'unknown phrase "nope"',
    );
    expect(formatMessage("test/x", { messages: { a: "{{x}} and {{y}}" } }, "a", { x: 1 }).message).toBe("1 and {{y}}");
  });
});

describe("baselines across locales", () => {
  it("a baseline recorded in English suppresses the same findings in Russian, and the reverse", () => {
    const en = lint({ filePath: "bill.md" });
    const ru = lint({ filePath: "bill.md", locale: "ru" });
    expect(ru.map((f) => f.message)).not.toEqual(en.map((f) => f.message));
    expect(applyBaseline("bill.md", ru, recordBaseline("bill.md", en))).toEqual([]);
    expect(applyBaseline("bill.md", en, recordBaseline("bill.md", ru))).toEqual([]);
    expect(recordBaseline("bill.md", ru)).toEqual(recordBaseline("bill.md", en));
  });
});
