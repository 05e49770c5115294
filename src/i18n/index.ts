/**
 * Locales of the messages rightslint prints (CLI, formatters, rules): English, Russian, Kazakh.
 * Templates use `{{name}}` placeholders; a message that depends on a count is an object of
 * plural forms chosen by `Intl.PluralRules` (`one`, `few`, `many`, `other`).
 */
export type Locale = "en" | "ru" | "kk";

export const LOCALES: readonly Locale[] = ["en", "ru", "kk"];

/** A message: one template, or plural forms keyed by the `Intl.PluralRules` category of `data.count`. */
export type Template = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** A catalogue of one locale: message key → template. */
export type Catalogue = Readonly<Record<string, Template>>;

export type Translate = (key: string, data?: Readonly<Record<string, string | number>>) => string;

export function isLocale(value: unknown): value is Locale {
  return value === "en" || value === "ru" || value === "kk";
}

/**
 * The locale from the environment, as POSIX tools read it: `LC_ALL`, then `LC_MESSAGES`, then
 * `LANG` (`ru_RU.UTF-8` → `ru`, `kk_KZ` → `kk`); English otherwise.
 */
export function detectLocale(env: Readonly<Record<string, string | undefined>> = process.env): Locale {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (!value) continue;
    const lang = value.toLowerCase().split(/[_.@-]/)[0];
    return isLocale(lang) ? lang : "en";
  }
  return "en";
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** Fills `{{name}}` placeholders; an unknown placeholder is left as it is (visible, not silently empty). */
export function interpolate(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

/** The text of a template for `data` (plural form by `data.count`). */
export function render(
  template: Template,
  locale: Locale,
  data: Readonly<Record<string, string | number>> = {},
): string {
  if (typeof template === "string") return interpolate(template, data);
  const count = typeof data.count === "number" ? data.count : Number(data.count ?? 0);
  const form = template[pluralCategory(locale, count)] ?? template.other;
  return interpolate(form, data);
}

/**
 * A translator over catalogues per locale: the key in `locale`, else in English, else the key
 * itself (so a missing translation shows, rather than an empty line).
 */
export function translator(catalogues: Readonly<Partial<Record<Locale, Catalogue>>>, locale: Locale): Translate {
  const own = catalogues[locale] ?? {};
  const english = catalogues.en ?? {};
  return (key, data) => {
    const template = own[key] ?? english[key];
    if (template === undefined) return key;
    return render(template, own[key] !== undefined ? locale : "en", data);
  };
}
