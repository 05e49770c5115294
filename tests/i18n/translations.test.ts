/**
 * The translations of the built-in rules (rules/locales/<locale>.json): every rule and the engine
 * have a title, a description, every message and every phrase in Russian and Kazakh, with exactly
 * the placeholders of the English text and no English left in them.
 */
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../rules/index.js";
import { ENGINE_MESSAGES } from "../../src/engine/messages.js";
import type { Template } from "../../src/i18n/index.js";
import { ENGINE_TEXTS_ID, ruleTextIds, ruleTexts } from "../../src/i18n/rule-texts.js";
import { ruleDescription, ruleTitle } from "../../src/i18n/rules.js";

const LOCALES = ["ru", "kk"] as const;

/** The placeholders of a template, of all its plural forms together. */
function placeholders(template: Template): string[] {
  const forms = typeof template === "string" ? [template] : Object.values(template);
  const names = new Set<string>();
  for (const form of forms)
    for (const m of (form ?? "").matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)) names.add(m[1] as string);
  return [...names].sort();
}

/**
 * Latin words left in a translation, outside its placeholders: an abbreviation in capitals
 * (ICCPR, II.B.1) and the tool's name are allowed, any other word is English left behind.
 */
function latinWords(template: Template): string[] {
  const forms = typeof template === "string" ? [template] : Object.values(template);
  const words: string[] = [];
  for (const form of forms) {
    const text = (form ?? "").replace(/\{\{[^}]*\}\}/g, " ").replace(/rightslint-[a-z-]+|rightslint/g, " ");
    for (const m of text.matchAll(/[A-Za-z][A-Za-z'-]*/g)) if (/[a-z]/.test(m[0])) words.push(m[0]);
  }
  return words;
}

/** What a locale must translate for one rule (or the engine): its English messages and phrases. */
const SOURCES: { id: string; messages: Record<string, Template>; phrases: Record<string, Template> }[] = [
  { id: ENGINE_TEXTS_ID, messages: { ...ENGINE_MESSAGES.messages }, phrases: { ...ENGINE_MESSAGES.phrases } },
  ...builtinRules.map((r) => ({ id: r.meta.id, messages: r.meta.messages, phrases: r.meta.phrases ?? {} })),
];

describe.each(LOCALES)("rules/locales/%s.json", (locale) => {
  it("has texts for the 40 built-in rules and the engine, and for nothing else", () => {
    expect(builtinRules).toHaveLength(40);
    expect(ruleTextIds(locale).sort()).toEqual(SOURCES.map((s) => s.id).sort());
  });

  it.each(builtinRules.map((r) => r.meta.id))("%s has a title and a description", (id) => {
    const texts = ruleTexts(id, locale);
    expect(texts?.title?.trim()).toBeTruthy();
    expect(texts?.description?.trim()).toBeTruthy();
    expect(latinWords(texts?.title ?? "")).toEqual([]);
    expect(latinWords(texts?.description ?? "")).toEqual([]);
  });

  it.each(SOURCES.map((s) => [s.id, s] as const))(
    "%s: every message and phrase, same placeholders, no English",
    (id, source) => {
      const texts = ruleTexts(id, locale);
      for (const [kind, english, own] of [
        ["messages", source.messages, texts?.messages ?? {}],
        ["phrases", source.phrases, texts?.phrases ?? {}],
      ] as const) {
        expect(Object.keys(own).sort(), `${kind} of ${id}`).toEqual(Object.keys(english).sort());
        for (const [key, template] of Object.entries(english)) {
          const translated = own[key] as Template;
          expect(placeholders(translated), `placeholders of ${kind}.${key}`).toEqual(placeholders(template));
          expect(latinWords(translated), `English left in ${kind}.${key}`).toEqual([]);
          if (typeof translated !== "string")
            expect(translated.other, `${kind}.${key} has an "other" form`).toBeTruthy();
        }
      }
    },
  );
});

describe("English titles (rules/locales/en.json)", () => {
  it("every built-in rule has one, and en.json holds titles only", () => {
    expect(ruleTextIds("en").sort()).toEqual(builtinRules.map((r) => r.meta.id).sort());
    for (const id of ruleTextIds("en")) {
      expect(Object.keys(ruleTexts(id, "en") ?? {}), id).toEqual(["title"]);
      expect(ruleTexts(id, "en")?.title?.trim(), id).toBeTruthy();
    }
  });
});

describe("ruleTitle and ruleDescription", () => {
  it("give the locale's text, English otherwise, the id for an unknown rule", () => {
    expect(ruleTitle("limitation/no-legitimate-aim")).toBe("Restriction with no legitimate aim");
    expect(ruleTitle("limitation/no-legitimate-aim", "ru")).toBe("Ограничение без законной цели");
    expect(ruleTitle("limitation/no-legitimate-aim", "kk")).toBe("Заңды мақсатсыз шектеу");
    expect(ruleTitle("local/unknown", "ru")).toBe("local/unknown");
    const meta = builtinRules.find((r) => r.meta.id === "remedy/ouster-clause")?.meta;
    expect(ruleDescription("remedy/ouster-clause")).toBe(meta?.description);
    expect(ruleDescription("remedy/ouster-clause", "ru")).toMatch(/^Решение административного органа/);
    expect(ruleDescription("local/unknown", "kk")).toBe("");
  });

  it("take a plugin rule's own title and description from its meta", () => {
    const meta = { ...builtinRules[0]!.meta, id: "local/x", title: "Local rule", description: "Checks x." };
    expect(ruleTitle(meta, "ru")).toBe("Local rule");
    expect(ruleDescription(meta, "kk")).toBe("Checks x.");
  });
});
