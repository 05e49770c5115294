/**
 * The config lookup of a run, built from plain options so worker threads can build the same one
 * (plugins are modules: a resolved config cannot be sent between threads).
 */
import { ConfigResolver } from "../config/file.js";
import type { ConfigLookup } from "./lint-file.js";

export interface LookupOptions {
  cwd: string;
  /** `-c/--config`: this file only, no discovery. */
  configFile?: string;
  /** `--no-config-lookup`: no config files at all. */
  noConfigLookup?: boolean;
}

export function makeConfigLookup(options: LookupOptions): ConfigLookup {
  return new ConfigResolver({
    cwd: options.cwd,
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
    ...(options.noConfigLookup ? { noConfigLookup: true } : {}),
  });
}
