/**
 * Runs a snippet against the built package (`dist/index.mjs`, as `m`) in a child process that is
 * killed after `limitMs`: a guard against catastrophic backtracking and quadratic loops, which a
 * test in this process cannot catch (a synchronous call is never interrupted, so a pathological
 * input would only make the suite slow). The limit is far above the normal time (tens of ms):
 * this is not a benchmark; the snippet's last expression, JSON-encoded, is the result.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const DIST = pathToFileURL(fileURLToPath(new URL("../../dist/index.mjs", import.meta.url))).href;

export function runGuarded(body: string, limitMs = 15_000): { timedOut: boolean; result: unknown; stderr: string } {
  const script = `const m = await import(${JSON.stringify(DIST)});\nconst result = (() => { ${body} })();\nprocess.stdout.write(JSON.stringify(result));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
    timeout: limitMs,
    maxBuffer: 1 << 24,
  });
  const timedOut = r.error !== undefined || r.signal !== null;
  return { timedOut, result: timedOut || r.status !== 0 ? undefined : JSON.parse(r.stdout), stderr: r.stderr };
}
