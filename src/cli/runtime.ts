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
 * The flags are read by V8 while it runs (at each scavenge, at each optimising compile), so setting
 * them at start-up, before any bill is read, is enough. They are set only on the V8 they were
 * measured on; a flag already given on the command line (`node --semi-space-growth-factor=2 …`)
 * is left as given, and `RIGHTSLINT_V8_DEFAULTS=1` turns the tuning off.
 */
import { setFlagsFromString } from "node:v8";

export const RUNTIME_V8_FLAGS: readonly string[] = [
  "--semi-space-growth-factor=1",
  "--max-inlined-bytecode-size-cumulative=200",
];

/** The V8 major.minor the flags were measured on (Node 20). */
const MEASURED_ON = /^11\.3\./;

/** Applies RUNTIME_V8_FLAGS; returns the flags it set (none when skipped). */
export function tuneV8(
  env: NodeJS.ProcessEnv = process.env,
  execArgv: readonly string[] = process.execArgv,
  v8Version: string = process.versions.v8,
): string[] {
  if (env.RIGHTSLINT_V8_DEFAULTS === "1" || !MEASURED_ON.test(v8Version)) return [];
  const given = new Set(execArgv.map((a) => flagName(a)));
  const set: string[] = [];
  for (const flag of RUNTIME_V8_FLAGS) {
    if (given.has(flagName(flag))) continue;
    setFlagsFromString(flag);
    set.push(flag);
  }
  return set;
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
