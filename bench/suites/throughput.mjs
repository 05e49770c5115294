// A throughput suite: median MB/s of one operation over every input (parse and lint use it).
// spec: { name, title, target (MB/s), unitsLabel, prepare(ctx) -> { op(text, filePath), units(results) } | { error } }

import { fmt, gc, MB, median } from "../lib.mjs";

/** Warm-up: at least this long (and at least one parse) before timing. */
const WARMUP_MS = 300;
/** One timed run repeats the parse until this long, so small files are not timer noise. */
const MIN_RUN_MS = 50;
/** Soft cap on the timed runs of one input; fewer runs are taken when a parse is slower. */
const BUDGET_MS = 15_000;

export function throughputSuite(spec) {
  const TARGET_MBS = spec.target;
  return {
    name: spec.name,
    title: spec.title,
    description: `median MB/s of --runs timed runs after a warm-up; ${TARGET_MBS === null ? "no target (reported)" : `target >= ${TARGET_MBS} MB/s`}`,
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
        key: "mbPerSec",
        label: "MB/s (median)",
        align: "right",
        format: (v) => fmt(v, 1),
      },
      { key: "range", label: "min–max", align: "right" },
      { key: "runs", label: "runs", align: "right" },
      {
        key: "msPerParse",
        label: "ms/parse",
        align: "right",
        format: (v) => fmt(v, v < 10 ? 2 : 0),
      },
      { key: "units", label: spec.unitsLabel, align: "right" },
      { key: "target", label: "target" },
      { key: "status", label: "result" },
    ],
    async run(ctx) {
      const prepared = spec.prepare(ctx);
      if (prepared.error) return { rows: [], notes: [prepared.error] };
      const rows = [];
      for (const input of ctx.inputs) {
        ctx.progress(`${spec.name}: ${input.name}`);
        const parseAll = () => {
          const out = [];
          for (const d of input.docs) out.push(prepared.op(d.text, d.filePath));
          return out;
        };
        const row = {
          input: input.name,
          kind: input.kind,
          bytes: input.bytes,
          target: TARGET_MBS === null ? "(info)" : `>= ${TARGET_MBS} MB/s`,
        };
        try {
          // One forced GC per input, before its warm-up, so the previous input's garbage is not
          // billed to this one. Not between timed runs: a forced (testing) GC makes V8 drop the
          // optimised code and type feedback of the hot functions (`node --trace-opt` shows ~29 of
          // them re-optimised, and `build` re-entered by OSR, after every `gc()`), so each run
          // would time a re-warming JIT that no real process goes through. Ordinary GCs do not.
          gc();
          // Warm-up (also gives the per-parse time used to fit the budget).
          let iters = 0;
          let docs;
          const w0 = performance.now();
          do {
            docs = parseAll();
            iters++;
          } while (performance.now() - w0 < WARMUP_MS);
          const perParse = (performance.now() - w0) / iters;
          const units = prepared.units(docs);
          docs = undefined;

          const runs = Math.max(1, Math.min(ctx.options.runs, Math.floor(BUDGET_MS / Math.max(perParse, MIN_RUN_MS))));
          const samples = [];
          let totalParses = 0;
          let totalMs = 0;
          for (let r = 0; r < runs; r++) {
            let n = 0;
            const t0 = performance.now();
            let t;
            do {
              parseAll();
              n++;
              t = performance.now() - t0;
            } while (t < MIN_RUN_MS);
            samples.push((input.bytes * n) / MB / (t / 1000));
            totalParses += n;
            totalMs += t;
          }
          row.mbPerSec = median(samples);
          row.samples = samples;
          row.range = `${fmt(Math.min(...samples), 1)}–${fmt(Math.max(...samples), 1)}`;
          row.runs = runs < ctx.options.runs ? `${runs} (budget)` : String(runs);
          row.msPerParse = totalMs / totalParses;
          row.units = units;
          row.status = TARGET_MBS === null ? "" : row.mbPerSec >= TARGET_MBS ? "PASS" : "MISS";
        } catch (err) {
          row.status = "ERROR";
          row.error = String(err?.stack ?? err)
            .split("\n")
            .slice(0, 3)
            .join(" | ");
        }
        rows.push(row);
      }
      return { rows };
    },
  };
}
