/**
 * Messages of findings in the locale of the run: a rule's template from `rules/locales/<locale>.json`
 * when it has one, English (`meta.messages`) otherwise, with the rule's phrases (`meta.phrases`)
 * in data translated the same way. The English text is made alongside: baselines key on it, so a
 * baseline recorded in one locale suppresses the same findings in another.
 */
import { interpolate, type Locale, render, type Template } from "../i18n/index.js";
import { ENGINE_TEXTS_ID, type RuleTexts, ruleTexts } from "../i18n/rule-texts.js";
import type { MessageData, PhraseList, PhraseRef, Quoted } from "./types.js";

/** English templates and phrases of one rule (its meta) or of the engine. */
export interface EnglishTexts {
  messages: Readonly<Record<string, Template>>;
  phrases?: Readonly<Record<string, Template>> | undefined;
}

export interface LocalisedMessage {
  message: string;
  /** The English message, when `message` is in another locale. */
  english?: string;
}

/** The engine's own messages (`engine` in the locale files). */
export const ENGINE_MESSAGES: EnglishTexts = {
  messages: {
    ruleError: "Rule {{rule}} failed on {{unit}} and was stopped for this bill: {{error}}",
    missingReason: 'rightslint-{{kind}} for {{rules}} gives no reason: add " -- why this is accepted"',
    unusedDirective: "rightslint-{{kind}} for {{rules}} suppresses nothing: remove it",
  },
  phrases: {
    allRules: "all rules",
    theDocument: "the document",
  },
};

/**
 * The message `messageId` of a rule (`ruleId`, English texts `english`) for `data`, in `locale`.
 * The English template must exist; a missing translation falls back to English as a whole.
 */
export function formatMessage(
  ruleId: string,
  english: EnglishTexts,
  messageId: string,
  data: Readonly<MessageData>,
  locale: Locale = "en",
): LocalisedMessage {
  const template = english.messages[messageId];
  if (template === undefined) throw new Error(`unknown messageId "${messageId}"`);
  const inEnglish = fill(template, "en", resolve(data, english.phrases, undefined, "en"));
  if (locale === "en") return { message: inEnglish };
  const texts = ruleTexts(ruleId, locale);
  const own = texts?.messages?.[messageId];
  if (own === undefined) return { message: inEnglish };
  return { message: fill(own, locale, resolve(data, english.phrases, texts, locale)), english: inEnglish };
}

/** A message of the engine itself (directives, rule errors). */
export function engineMessage(messageId: string, data: Readonly<MessageData>, locale: Locale = "en"): LocalisedMessage {
  return formatMessage(ENGINE_TEXTS_ID, ENGINE_MESSAGES, messageId, data, locale);
}

/** Data with its phrases written out in `locale` (English when the locale lacks one). */
function resolve(
  data: Readonly<MessageData>,
  english: EnglishTexts["phrases"],
  texts: RuleTexts | undefined,
  locale: Locale,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== "object") out[key] = value;
    else if ("list" in value) {
      const items = value.list.map((v) =>
        typeof v === "string" ? v : "quote" in v ? quoted(v, locale) : phrase(v, english, texts, locale),
      );
      out[key] = joinList(items, value, locale);
    } else if ("quote" in value) out[key] = quoted(value, locale);
    else out[key] = phrase(value, english, texts, locale);
  }
  return out;
}

const QUOTES: Readonly<Record<Locale, readonly [string, string]>> = { en: ['"', '"'], ru: ["«", "»"], kk: ["«", "»"] };

function quoted(value: Quoted, locale: Locale): string {
  const [open, close] = QUOTES[locale];
  return `${open}${value.quote}${close}`;
}

const JOIN: Readonly<Record<"and" | "or", Readonly<Record<Locale, string>>>> = {
  and: { en: "and", ru: "и", kk: "және" },
  or: { en: "or", ru: "или", kk: "немесе" },
};

/** "a", "a and b", "a, b and c" (or "a, b, c") in the words of the locale. */
function joinList(items: readonly string[], list: PhraseList, locale: Locale): string {
  const join = list.join ?? "and";
  if (items.length <= 1 || join === "comma") return items.join(", ");
  const serial = list.serial && locale === "en" && items.length > 2 ? "," : "";
  return `${items.slice(0, -1).join(", ")}${serial} ${JOIN[join][locale]} ${items[items.length - 1]}`;
}

function phrase(
  ref: PhraseRef,
  english: EnglishTexts["phrases"],
  texts: RuleTexts | undefined,
  locale: Locale,
): string {
  const own = texts?.phrases?.[ref.phrase];
  const template = own ?? english?.[ref.phrase];
  if (template === undefined) throw new Error(`unknown phrase "${ref.phrase}"`);
  return fill(template, own !== undefined ? locale : "en", resolve(ref.data ?? {}, english, texts, locale));
}

/** A template (plural forms by `data.count`) with its `{{placeholders}}` filled; unknown ones stay visible. */
function fill(template: Template, locale: Locale, data: Readonly<Record<string, string | number>>): string {
  return typeof template === "string" ? interpolate(template, data) : render(template, locale, data);
}

export { interpolate };
