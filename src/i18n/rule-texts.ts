/**
 * The texts of the built-in rules by locale, as data: `rules/locales/<locale>.json`, one entry per
 * rule id (and `engine` for the engine's own findings) with its title, description, message
 * templates and phrases. English messages and descriptions stay in each rule's `meta` (the
 * source the translations follow); `en.json` holds the English titles only. The JSON is imported
 * once (the bundles inline it).
 */
import en from "../../rules/locales/en.json" with { type: "json" };
import kk from "../../rules/locales/kk.json" with { type: "json" };
import ru from "../../rules/locales/ru.json" with { type: "json" };
import type { Locale, Template } from "./index.js";

/** What a locale says about one rule; every part is optional (English fills what is missing). */
export interface RuleTexts {
  title?: string;
  description?: string;
  /** Templates by message id, with the same `{{placeholders}}` as the English ones. */
  messages?: Readonly<Record<string, Template>>;
  /** The rule's `meta.phrases`, translated. */
  phrases?: Readonly<Record<string, Template>>;
}

/** The pseudo rule id under which the engine's own messages (directives, rule errors) are translated. */
export const ENGINE_TEXTS_ID = "engine";

const BY_LOCALE: Readonly<Record<Locale, Readonly<Record<string, RuleTexts>>>> = {
  en: en as Readonly<Record<string, RuleTexts>>,
  ru: ru as Readonly<Record<string, RuleTexts>>,
  kk: kk as Readonly<Record<string, RuleTexts>>,
};

/** The texts of a rule (or of `engine`) in a locale, as `rules/locales/<locale>.json` has them. */
export function ruleTexts(ruleId: string, locale: Locale): RuleTexts | undefined {
  const table = Object.hasOwn(BY_LOCALE, locale) ? BY_LOCALE[locale] : undefined;
  return table && Object.hasOwn(table, ruleId) ? table[ruleId] : undefined;
}

/** The rule ids a locale has texts for (tests and `rules` listings). */
export function ruleTextIds(locale: Locale): string[] {
  return Object.keys(BY_LOCALE[locale]);
}
