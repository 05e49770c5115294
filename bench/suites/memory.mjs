// Suite "memory": peak RSS of one parse per input, each in a fresh `node --expose-gc` child.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { distIndex, distParser, fmt, MB } from "../lib.mjs";

const childScript = fileURLToPath(new URL("../mem-child.mjs", import.meta.url));
// the V8 settings bin/rightslint.js applies to its process (src/cli/runtime.ts)
const cliRuntime = fileURLToPath(new URL("../../dist/cli/runtime.js", import.meta.url));
const RATIO = 6;
// the child imports the parser entry (the parser without the lint engine), or the package root of
// a build that has none
const parserEntry = existsSync(distParser) ? distParser : distIndex;

/** The most telling line of a child's stderr: the thrown error, else the last line. */
function errorLine(stderr) {
  const lines = stderr.trim().split("\n");
  return lines.find((l) => /^\w*Error\b|FATAL ERROR/.test(l.trim())) ?? lines.at(-1) ?? "";
}
const BASE = 80 * MB;

/** One child: the peak RSS of parsing `paths`, as the CLI's process (cli) or with V8's defaults. */
function measure(paths, cli) {
  const pre = cli && existsSync(cliRuntime) ? ["--cli-runtime", cliRuntime] : [];
  const res = spawnSync(process.execPath, ["--expose-gc", childScript, ...pre, parserEntry, ...paths], {
    encoding: "utf8",
    timeout: 180_000,
    maxBuffer: 1 << 20,
  });
  if (res.error) throw res.error;
  if (res.status !== 0) throw new Error(`child exited with ${res.status ?? res.signal}: ${errorLine(res.stderr)}`);
  return JSON.parse(res.stdout.trim().split("\n").pop());
}

export default {
  name: "memory",
  title: "Peak memory: one parse per input in a fresh child process",
  description: `peak RSS = process.resourceUsage().maxRSS after the parse, in a child with the CLI's V8 settings (src/cli/runtime.ts); target <= ${RATIO} x input + ${BASE / MB} MB; "V8 defaults" = the same child without them (a library user's process)`,
  needs: ["parser", "inputs"],
  columns: [
    { key: "input", label: "input" },
    {
      key: "bytes",
      label: "MB",
      align: "right",
      format: (v) => fmt(v / MB, 3),
    },
    {
      key: "rssBeforeMB",
      label: "RSS before MB",
      align: "right",
      format: (v) => fmt(v, 1),
    },
    {
      key: "peakMB",
      label: "peak RSS MB",
      align: "right",
      format: (v) => fmt(v, 1),
    },
    {
      key: "defaultsPeakMB",
      label: "V8 defaults MB",
      align: "right",
      format: (v) => fmt(v, 1),
    },
    {
      key: "peakRatio",
      label: "peak/input",
      align: "right",
      format: (v) => `${fmt(v, 1)}x`,
    },
    {
      key: "growthRatio",
      label: "growth/input",
      align: "right",
      format: (v) => `${fmt(v, 1)}x`,
    },
    {
      key: "limitMB",
      label: "limit MB",
      align: "right",
      format: (v) => fmt(v, 1),
    },
    { key: "target", label: "target" },
    { key: "status", label: "result" },
  ],
  async run(ctx) {
    const rows = [];
    for (const input of ctx.inputs) {
      ctx.progress(`memory: ${input.name}`);
      const row = {
        input: input.name,
        kind: input.kind,
        bytes: input.bytes,
        target: `<= ${RATIO}x+${BASE / MB}`,
      };
      try {
        const paths = input.docs.map((d) => d.path);
        const m = measure(paths, true);
        const defaults = measure(paths, false);
        const peak = m.maxRSSAfterKB * 1024;
        const before = m.maxRSSBeforeKB * 1024;
        const limit = RATIO * m.bytes + BASE;
        Object.assign(row, {
          maxRSSBeforeKB: m.maxRSSBeforeKB,
          maxRSSAfterKB: m.maxRSSAfterKB,
          rssBeforeMB: before / MB,
          peakMB: peak / MB,
          defaultsPeakMB: (defaults.maxRSSAfterKB * 1024) / MB,
          v8Flags: m.v8Flags,
          peakRatio: peak / m.bytes,
          growthRatio: (peak - before) / m.bytes,
          limitMB: limit / MB,
          parseMs: m.ms,
          heapUsedAfterMB: m.heapUsedAfterBytes / MB,
          status: peak <= limit ? "PASS" : "MISS",
        });
      } catch (err) {
        row.status = "ERROR";
        row.error = String(err?.message ?? err);
      }
      rows.push(row);
    }
    return { rows };
  },
};
