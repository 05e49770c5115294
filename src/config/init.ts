/**
 * `rightslint init`: a starter config. The CLI asks its questions (or reads flags) and calls
 * `writeStarterConfig`; these functions only build and write the file, never over an existing
 * config unless told to.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ConfigError } from "../lint.js";
import type { Language } from "../syntax/ast.js";
import { CONFIG_NAMES, type ConfigFileContents, displayFile, parseConfigText } from "./file.js";
import { RECOMMENDED, STRICT } from "./presets.js";
import { defaultPreset } from "./profiles.js";

/** Where the schema is once rightslint is installed in the project (editors read `$schema`). */
export const SCHEMA_REFERENCE = "./node_modules/rightslint/schema/rightslint.config.schema.json";

export interface StarterOptions {
  /** Constitution profiles; with neither these nor `preset`, the default preset (kz-2026). */
  profiles?: string[];
  /** A preset of profiles (kz-2026, kz-1995, treaty, eu). */
  preset?: string;
  /** The bills' language, when every bill of the project has the same one. */
  language?: Language;
  /** Extend rightslint:strict instead of rightslint:recommended. */
  strict?: boolean;
}

export interface WriteStarterOptions extends StarterOptions {
  /** Overwrite an existing config. */
  force?: boolean;
}

/**
 * The text of a starter config: `$schema`, `root`, the preset extended, the profiles, the
 * language, and empty `rules`, `ignores` and `waivers` to fill in. Checked like a config file, so
 * an unknown profile is a `ConfigError`.
 */
export function starterConfig(options: StarterOptions = {}): string {
  const config: ConfigFileContents = {
    $schema: SCHEMA_REFERENCE,
    root: true,
    extends: options.strict ? STRICT : RECOMMENDED,
  };
  const hasProfiles = options.profiles !== undefined && options.profiles.length > 0;
  if (options.preset !== undefined) config.preset = options.preset;
  else if (!hasProfiles) config.preset = defaultPreset();
  if (hasProfiles) config.profiles = [...(options.profiles as string[])];
  if (options.language !== undefined) config.language = options.language;
  config.rules = {};
  config.ignores = [];
  config.waivers = [];
  const text = `${JSON.stringify(config, null, 2)}\n`;
  parseConfigText(text, CONFIG_NAMES[0] as string);
  return text;
}

/**
 * Writes a starter config in `dir` and returns its absolute path: `rightslint.config.json`, or the
 * existing config's own name when `force` overwrites it. Without `force`, an existing config (of
 * either name) is a `ConfigError` and nothing is written.
 */
export function writeStarterConfig(dir: string, options: WriteStarterOptions = {}): string {
  const folder = resolve(dir);
  const existing = CONFIG_NAMES.map((name) => join(folder, name)).filter((f) => existsSync(f));
  const text = starterConfig(options);
  if (existing.length > 1) {
    throw new ConfigError(
      `Two config files in one folder: ${existing.map((f) => displayFile(f)).join(" and ")}; keep one`,
    );
  }
  const target = existing[0] ?? join(folder, CONFIG_NAMES[0] as string);
  if (existing.length > 0 && !options.force) {
    throw new ConfigError(`${displayFile(target)} already exists; use --force to overwrite it`);
  }
  try {
    // "wx" fails if the file appeared since the check: never overwrite without force
    writeFileSync(target, text, { flag: options.force ? "w" : "wx" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new ConfigError(`${displayFile(target)} already exists; use --force to overwrite it`);
    throw new ConfigError(`${displayFile(target)}: cannot be written (${code ?? (e as Error).message})`);
  }
  return target;
}
