// Suite "memory": peak RSS of one parse per input, each in a fresh `node --expose-gc` child.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { distIndex, distParser, fmt, MB } from "../lib.mjs";

const childScript = fileURLToPath(new URL("../mem-child.mjs", import.meta.url));
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

export default {
  name: "memory",
  title: "Peak memory: one parse per input in a fresh child process",
  description: `peak RSS = process.resourceUsage().maxRSS after the parse; target <= ${RATIO} x input + ${BASE / MB} MB`,
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
      const res = spawnSync(
        process.execPath,
        ["--expose-gc", childScript, parserEntry, ...input.docs.map((d) => d.path)],
        {
          encoding: "utf8",
          timeout: 180_000,
          maxBuffer: 1 << 20,
        },
      );
      try {
        if (res.error) throw res.error;
        if (res.status !== 0)
          throw new Error(`child exited with ${res.status ?? res.signal}: ${errorLine(res.stderr)}`);
        const m = JSON.parse(res.stdout.trim().split("\n").pop());
        const peak = m.maxRSSAfterKB * 1024;
        const before = m.maxRSSBeforeKB * 1024;
        const limit = RATIO * m.bytes + BASE;
        Object.assign(row, {
          maxRSSBeforeKB: m.maxRSSBeforeKB,
          maxRSSAfterKB: m.maxRSSAfterKB,
          rssBeforeMB: before / MB,
          peakMB: peak / MB,
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
