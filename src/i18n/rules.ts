/**
 * Titles and descriptions of rules in a locale, for `rules` and `explain` listings and the
 * formatters. A translation from `rules/locales/<locale>.json` when there is one; else English:
 * the title from `rules/locales/en.json` (or a plugin rule's `meta.title`), the description from
 * the rule's meta; else the rule id.
 */
import { builtinRules } from "../../rules/index.js";
import type { RuleMeta } from "../engine/types.js";
import type { Locale } from "./index.js";
import { ruleTexts } from "./rule-texts.js";

let builtin: Map<string, RuleMeta> | undefined;

function metaOf(rule: string | RuleMeta): RuleMeta | undefined {
  if (typeof rule !== "string") return rule;
  builtin ??= new Map(builtinRules.map((r) => [r.meta.id, r.meta]));
  return builtin.get(rule);
}

/** A rule's short name in `locale` (`ru`: «Ограничение без законной цели»); the rule id when it has none. */
export function ruleTitle(rule: string | RuleMeta, locale: Locale = "en"): string {
  const id = typeof rule === "string" ? rule : rule.id;
  return ruleTexts(id, locale)?.title ?? ruleTexts(id, "en")?.title ?? metaOf(rule)?.title ?? id;
}

/** A rule's one-line description in `locale`; English (its meta) when the locale has none, "" for an unknown id. */
export function ruleDescription(rule: string | RuleMeta, locale: Locale = "en"): string {
  const id = typeof rule === "string" ? rule : rule.id;
  return (locale !== "en" ? ruleTexts(id, locale)?.description : undefined) ?? metaOf(rule)?.description ?? "";
}
