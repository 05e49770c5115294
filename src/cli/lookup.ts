/**
 * The config lookup of a run, built from plain options so worker threads can build the same one.
 */
import { type ConfigLookup, NO_CONFIG } from "./lint-file.js";

export interface LookupOptions {
  cwd: string;
  /** `-c/--config`: this file only, no discovery. */
  configFile?: string;
  /** `--no-config-lookup`: no config files at all. */
  noConfigLookup?: boolean;
}

export function makeConfigLookup(_options: LookupOptions): ConfigLookup {
  return NO_CONFIG;
}
