// Suite "many": the CLI on a folder of 200 generated bills (~20 KB each, different seeds), with
// 1 and 2 worker threads and a cached rerun. Target: 2 workers ≥ 1.7× one thread on this 2-core
// machine. Each case is a full `node bin/rightslint.js` spawn, as CI runs it. A fourth case runs
// two independent one-thread CLIs at once, each on half of the bills: what two cores give this
// workload when nothing at all is shared, the ceiling for worker threads on this machine.

import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { generateBill } from "../gen-bill.mjs";
import { binPath, fmt, median } from "../lib.mjs";

const FILES = 200;
const BYTES = 20_000;
const TARGET_SPEEDUP = 1.7;

function runCli(args, cwd) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [binPath, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 600_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  if (r.status === 2) throw new Error(`exit 2: ${r.stderr.trim().split("\n").slice(-2).join(" | ")}`);
  return { ms, stdout: r.stdout };
}

/** Runs the CLI once per argument list, all at once; resolves with the wall time until the last ends. */
function runCliTogether(argLists, cwd) {
  const t0 = performance.now();
  return Promise.all(
    argLists.map(
      (args) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, [binPath, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
          let stderr = "";
          child.stderr.on("data", (d) => {
            stderr += d;
          });
          child.on("error", reject);
          child.on("close", (code) =>
            code === 2 ? reject(new Error(`exit 2: ${stderr.trim().split("\n").slice(-2).join(" | ")}`)) : resolve(),
          );
        }),
    ),
  ).then(() => performance.now() - t0);
}

export default {
  name: "many",
  title: `Many files: ${FILES} generated bills of ~${BYTES / 1000} KB through the CLI`,
  description: `--concurrency off vs 2 (target ≥ ${TARGET_SPEEDUP}×), and a --cache rerun; wall time per spawn`,
  needs: [],
  columns: [
    { key: "case", label: "case" },
    { key: "medianMs", label: "median ms", align: "right", format: (v) => fmt(v, 0) },
    { key: "filesPerS", label: "files/s", align: "right", format: (v) => fmt(v, 1) },
    { key: "speedup", label: "vs 1 thread", align: "right", format: (v) => (v == null ? "" : `${fmt(v, 2)}×`) },
    { key: "target", label: "target" },
    { key: "status", label: "result" },
  ],
  async run(ctx) {
    const dir = mkdtempSync(join(tmpdir(), "rightslint-bench-many-"));
    try {
      mkdirSync(join(dir, "bills"));
      const names = [];
      for (let i = 0; i < FILES; i++) {
        names.push(`bill-${String(i).padStart(3, "0")}.md`);
        writeFileSync(join(dir, "bills", names[i]), generateBill(BYTES, i + 1));
      }
      const runs = Math.max(1, Math.min(ctx.options.runs, 3));
      const base = ["bills", "--format", "json", "--no-progress", "--no-config-lookup"];
      const time = (args) => {
        const samples = [];
        let out;
        for (let k = 0; k < runs; k++) {
          const r = runCli(args, dir);
          samples.push(r.ms);
          out = r.stdout;
        }
        return { ms: median(samples), out };
      };
      ctx.progress("many: 1 thread");
      const one = time([...base, "--concurrency", "off"]);
      ctx.progress("many: 2 workers");
      const two = time([...base, "--concurrency", "2"]);
      const cacheFile = join(dir, ".cache");
      runCli([...base, "--cache", "--cache-location", cacheFile], dir); // fill the cache
      ctx.progress("many: cached rerun");
      const cached = time([...base, "--cache", "--cache-location", cacheFile]);
      ctx.progress("many: 2 processes");
      const halves = [names.filter((_, i) => i % 2 === 0), names.filter((_, i) => i % 2 === 1)].map((half) => [
        ...half.map((n) => `bills/${n}`),
        ...base.slice(1),
        "--concurrency",
        "off",
      ]);
      const apart = [];
      for (let k = 0; k < runs; k++) apart.push(await runCliTogether(halves, dir));
      const processes = median(apart);
      const same = one.out === two.out && one.out === cached.out;
      const speedup = one.ms / two.ms;
      const cores = availableParallelism();
      return {
        rows: [
          {
            case: "1 thread",
            medianMs: one.ms,
            filesPerS: (FILES / one.ms) * 1000,
            speedup: 1,
            target: "",
            status: "",
          },
          {
            case: "2 workers",
            medianMs: two.ms,
            filesPerS: (FILES / two.ms) * 1000,
            speedup,
            target: `≥ ${TARGET_SPEEDUP}×`,
            status: cores < 2 ? "SKIP" : speedup >= TARGET_SPEEDUP ? "PASS" : "MISS",
          },
          {
            case: "2 processes",
            medianMs: processes,
            filesPerS: (FILES / processes) * 1000,
            speedup: one.ms / processes,
            target: "",
            status: "",
          },
          {
            case: "cached rerun",
            medianMs: cached.ms,
            filesPerS: (FILES / cached.ms) * 1000,
            speedup: one.ms / cached.ms,
            target: "",
            status: "",
          },
        ],
        notes: [
          `outputs identical across 1 thread, 2 workers and the cached rerun: ${same ? "yes" : "NO"}`,
          `${cores} cores available; ${runs} run(s) per case; bills written to a temp folder`,
          "2 processes: two one-thread CLIs at once on alternate bills, sharing nothing (the ceiling for workers here)",
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
