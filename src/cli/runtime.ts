/**
 * V8 settings for rightslint's own processes: the CLI, its worker threads and the language server
 * (`bin/rightslint.js` applies them before it loads anything else). The library never sets them: a
 * program that imports rightslint keeps its own V8 configuration.
 *
 * A parse builds an AST that lives as long as the bill is linted, so nearly every object it makes
 * survives. With V8's defaults that costs memory the work does not need (measured on Node 20 /
 * V8 11.3, `npm run bench` memory suite, see bench/README.md):
 *
 * - `--semi-space-growth-factor=1`: V8 grows the young generation whenever many bytes survive its
 *   scavenges, which for an AST is always, up to 2 × 16 MB of semi-spaces that hold nothing once
 *   the objects are promoted. Kept at its initial size, the peak RSS of parsing the generated 10 MB
 *   bill drops by ~30 MB and the whole corpus by ~28 MB, at no measured cost in parse or lint time.
 * - `--max-inlined-bytecode-size-cumulative=200` (default 920): TurboFan's compile zones for the
 *   large parser and matcher functions took ~10 MB outside the heap; with less inlining they take
 *   ~1 MB, and parse and lint throughput stay within noise.
 *
 * The language server (`rightslint lsp`) keeps the young generation's growth: it holds the ASTs of
 * the open bills, so with 1 MB semi-spaces every re-lint ran many scavenges over a large old
 * generation, and the 1 MB re-lint bench went from ~45 to ~55–63 ms (A/B, three runs each).
 *
 * The flags are read by V8 while it runs (at each scavenge, at each optimising compile), so setting
 * them at start-up, before any bill is read, is enough. They are set only on the V8 they were
 * measured on; a flag already given on the command line (`node --semi-space-growth-factor=2 …`)
 * is left as given, and `RIGHTSLINT_V8_DEFAULTS=1` turns the tuning off.
 */
import { setFlagsFromString } from "node:v8";

/** For the young generation: batch work only (the CLI's lint and parse, the Action). */
const BATCH_FLAGS: readonly string[] = ["--semi-space-growth-factor=1"];
/** For every process. */
const COMMON_FLAGS: readonly string[] = ["--max-inlined-bytecode-size-cumulative=200"];
export const RUNTIME_V8_FLAGS: readonly string[] = [...BATCH_FLAGS, ...COMMON_FLAGS];
/** What the language server sets: the young generation's growth as V8's default has it (2), said
 * so that a process that ran batch work (the bench) can be switched to the server's settings. */
export const SERVER_V8_FLAGS: readonly string[] = ["--semi-space-growth-factor=2", ...COMMON_FLAGS];

/** The V8 major.minor the flags were measured on (Node 20). */
const MEASURED_ON = /^11\.3\./;

export interface TuneOptions {
  /** The language server's process: SERVER_V8_FLAGS instead of RUNTIME_V8_FLAGS. */
  server?: boolean;
  env?: NodeJS.ProcessEnv;
  execArgv?: readonly string[];
  v8Version?: string;
}

/** Applies the flags for this kind of process; returns the flags it set (none when skipped). */
export function tuneV8(options: TuneOptions = {}): string[] {
  const { env = process.env, execArgv = process.execArgv, v8Version = process.versions.v8 } = options;
  if (env.RIGHTSLINT_V8_DEFAULTS === "1" || !MEASURED_ON.test(v8Version)) return [];
  const given = new Set(execArgv.map((a) => flagName(a)));
  const set: string[] = [];
  for (const flag of options.server ? SERVER_V8_FLAGS : RUNTIME_V8_FLAGS) {
    if (given.has(flagName(flag))) continue;
    setFlagsFromString(flag);
    set.push(flag);
  }
  return set;
}

/** Whether CLI arguments (`process.argv`) start the language server: its command is the first word. */
export function isServerCommand(argv: readonly string[]): boolean {
  return argv.slice(2).find((a) => !a.startsWith("-")) === "lsp";
}

/** `--semi-space-growth-factor=1` → `semi_space_growth_factor` (V8 reads `-` and `_` alike). */
function flagName(arg: string): string {
  return (
    arg
      .replace(/^--?(no-?)?/, "")
      .split("=")[0]
      ?.replace(/-/g, "_") ?? ""
  );
}
