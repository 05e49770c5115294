/**
 * The editor's settings (`rightslint.*`), read per document through `workspace/configuration`
 * or pushed with `workspace/didChangeConfiguration`. They act like the command line's flags:
 * what is set wins over the config files, what is unset leaves them alone.
 */
import type { CliOverrides } from "../cli/lint-file.js";
import type { SeveritySetting } from "../engine/types.js";
import { isLocale, type Locale } from "../i18n/index.js";

export interface ClientSettings {
  /** Profile ids (`kz-2026`, `iccpr`, ...); empty: the config's. */
  profiles: string[];
  /** The language of the messages; undefined: the config's, else the editor's display language. */
  locale: Locale | undefined;
  /** Severities per rule id or `rule:sub-code`, over the config's. */
  rules: Record<string, SeveritySetting>;
}

export const DEFAULT_SETTINGS: ClientSettings = { profiles: [], locale: undefined, rules: {} };

const SEVERITIES = new Set(["off", "info", "warning", "error"]);

/**
 * Reads whatever the client sent (any shape) into settings, dropping what does not fit and saying
 * what was dropped, so a typo in settings.json is a message, not a crash.
 */
export function parseSettings(raw: unknown): { settings: ClientSettings; problems: string[] } {
  const problems: string[] = [];
  const settings: ClientSettings = { profiles: [], locale: undefined, rules: {} };
  if (raw === null || raw === undefined) return { settings, problems };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { settings, problems: ["rightslint settings must be an object"] };
  }
  const o = raw as Record<string, unknown>;
  if (o.profiles !== undefined && o.profiles !== null) {
    if (Array.isArray(o.profiles) && o.profiles.every((p) => typeof p === "string")) {
      settings.profiles = (o.profiles as string[]).map((p) => p.trim()).filter(Boolean);
    } else if (typeof o.profiles === "string") {
      settings.profiles = o.profiles
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean);
    } else problems.push("rightslint.profiles must be a list of profile ids");
  }
  if (o.locale !== undefined && o.locale !== null && o.locale !== "") {
    if (isLocale(o.locale)) settings.locale = o.locale;
    else problems.push(`rightslint.locale must be en, ru or kk (got ${JSON.stringify(o.locale)})`);
  }
  if (o.rules !== undefined && o.rules !== null) {
    if (typeof o.rules === "object" && !Array.isArray(o.rules)) {
      for (const [id, value] of Object.entries(o.rules as Record<string, unknown>)) {
        const level = value === "warn" ? "warning" : value;
        if (typeof level === "string" && SEVERITIES.has(level)) settings.rules[id] = level as SeveritySetting;
        else problems.push(`rightslint.rules["${id}"] must be off, info, warning or error`);
      }
    } else problems.push("rightslint.rules must be an object of rule ids and severities");
  }
  return { settings, problems };
}

/** The settings as the overrides of a lint (what the CLI's flags would be). */
export function overridesOf(settings: ClientSettings): CliOverrides {
  const out: CliOverrides = {};
  if (settings.profiles.length > 0) out.profiles = settings.profiles;
  if (settings.locale !== undefined) out.locale = settings.locale;
  return out;
}

/** The editor's display locale (`ru-RU`, `kk`, `en-GB`) as a message locale, if it is one of ours. */
export function clientLocale(locale: string | undefined): Locale | undefined {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : undefined;
}
