// Suite "startup": cold start of the CLI, `node bin/rightslint.js --version`, wall time per spawn.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { binPath, fmt, median, percentile, repoRoot } from "../lib.mjs";

const TARGET_MS = 120;
const SPAWNS = 15;

function time(args) {
  const samples = [];
  let last;
  // One untimed spawn first, so the numbers do not include a cold disk cache.
  for (let i = 0; i <= SPAWNS; i++) {
    const t0 = performance.now();
    last = spawnSync(process.execPath, args, {
      cwd: repoRoot,
      encoding: "utf8",
      timeout: 30_000,
    });
    const ms = performance.now() - t0;
    if (last.error) throw last.error;
    if (last.status !== 0)
      throw new Error(`exit ${last.status ?? last.signal}: ${last.stderr.trim().split("\n").slice(-3).join(" | ")}`);
    if (i > 0) samples.push(ms);
  }
  return { samples, stdout: last.stdout.trim() };
}

export default {
  name: "startup",
  title: `Cold start: wall time of ${SPAWNS} spawns (after 1 untimed)`,
  description: `node bin/rightslint.js --version; target median <= ${TARGET_MS} ms (bare node shown for reference)`,
  needs: [],
  columns: [
    { key: "command", label: "command" },
    {
      key: "medianMs",
      label: "median ms",
      align: "right",
      format: (v) => fmt(v, 0),
    },
    { key: "p90Ms", label: "p90 ms", align: "right", format: (v) => fmt(v, 0) },
    { key: "minMs", label: "min ms", align: "right", format: (v) => fmt(v, 0) },
    { key: "output", label: "output" },
    { key: "target", label: "target" },
    { key: "status", label: "result" },
  ],
  async run(ctx) {
    const cases = [
      { command: "node -e 0 (baseline)", args: ["-e", "0"], target: null },
      {
        command: "node bin/rightslint.js --version",
        args: [binPath, "--version"],
        target: TARGET_MS,
      },
    ];
    const rows = [];
    for (const c of cases) {
      ctx.progress(`startup: ${c.command}`);
      const row = {
        command: c.command,
        target: c.target ? `<= ${c.target} ms` : "(info)",
      };
      if (c.args[0] === binPath && !existsSync(binPath)) {
        row.status = "SKIP";
        row.error = "bin/rightslint.js not found";
      } else {
        try {
          const { samples, stdout } = time(c.args);
          Object.assign(row, {
            samples,
            medianMs: median(samples),
            p90Ms: percentile(samples, 90),
            minMs: Math.min(...samples),
            output: stdout.split("\n")[0].slice(0, 30),
          });
          row.status = c.target === null ? "" : row.medianMs <= c.target ? "PASS" : "MISS";
        } catch (err) {
          row.status = "ERROR";
          row.error = String(err?.message ?? err);
        }
      }
      rows.push(row);
    }
    return { rows };
  },
};
