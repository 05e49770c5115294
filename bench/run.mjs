// rightslint benchmarks.
//
//   npm run bench                          # build, then every suite
//   node --expose-gc bench/run.mjs         # every suite (needs a build in dist/)
//   node --expose-gc bench/run.mjs parse   # one suite (several may be named)
//   options: --runs N (5) --gen-mb M (10) --seed S (1) --json --list --help
//
// Benchmarks report; they never fail a build: the exit code is 0 whatever the numbers (2 only for
// a bad command line).

import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildInputs, corpusDir, fmt, loadParser, repoRoot } from "./lib.mjs";
import { lintAll, lintReference } from "./suites/lint.mjs";
import manyFiles from "./suites/many-files.mjs";
import memory from "./suites/memory.mjs";
import parse from "./suites/parse.mjs";
import relint from "./suites/relint.mjs";
import startup from "./suites/startup.mjs";

// The suite registry. A suite is { name, title, description, needs, columns, run(ctx) -> { rows, notes? } }.
// `needs` may hold "parser" (ctx.parser = { parseBill }) and "inputs" (ctx.inputs, see lib.mjs).
// Rows are plain objects; `status` is PASS | MISS | SKIP | ERROR | "" (info); `error` is shown under the row.
// To add a suite (e.g. lint throughput): write bench/suites/<name>.mjs and list it here.
const SUITES = [parse, lintReference, lintAll, memory, startup, manyFiles, relint];

const USAGE = `usage: node --expose-gc bench/run.mjs [suite...] [--runs N] [--gen-mb M] [--seed S] [--json] [--list]
suites: ${SUITES.map((s) => s.name).join(", ")} (default: all)`;

function fail(msg) {
  process.stderr.write(`${msg}\n${USAGE}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      runs: { type: "string", default: "5" },
      "gen-mb": { type: "string", default: "10" },
      seed: { type: "string", default: "1" },
      json: { type: "boolean", default: false },
      list: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
} catch (err) {
  fail(err.message);
}
if (args.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (args.values.list) {
  for (const s of SUITES) process.stdout.write(`${s.name.padEnd(10)} ${s.title}\n${" ".repeat(11)}${s.description}\n`);
  process.exit(0);
}
const options = {
  runs: Number(args.values.runs),
  genMB: Number(args.values["gen-mb"]),
  seed: Number(args.values.seed),
  json: args.values.json,
};
if (!Number.isInteger(options.runs) || options.runs < 1) fail("--runs must be a positive integer");
if (!Number.isFinite(options.genMB) || options.genMB < 0) fail("--gen-mb must be a number >= 0");
if (!Number.isInteger(options.seed)) fail("--seed must be an integer");
const unknown = args.positionals.filter((n) => !SUITES.some((s) => s.name === n));
if (unknown.length) fail(`unknown suite: ${unknown.join(", ")}`);
const selected = args.positionals.length ? SUITES.filter((s) => args.positionals.includes(s.name)) : SUITES;

// ---------------------------------------------------------------------------------------------

const exitHooks = [];
process.on("exit", () => {
  for (const h of exitHooks) h();
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));

const notes = [];
const ctx = {
  options,
  progress: (msg) => process.stderr.write(`  … ${msg}\n`),
  note: (msg) => notes.push(msg),
  onExit: (fn) => exitHooks.push(fn),
  parser: null,
  inputs: null,
};

function machine() {
  let version = null;
  try {
    version = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
  } catch {}
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
    rightslint: version,
    gcExposed: typeof globalThis.gc === "function",
    repoRoot,
    corpusDir,
  };
}

// This process runs the parse and lint suites as the CLI's process does: with the V8 settings
// bin/rightslint.js applies (src/cli/runtime.ts); the memory suite measures with and without them.
const runtimeModule = fileURLToPath(new URL("../dist/cli/runtime.js", import.meta.url));
const v8Flags = existsSync(runtimeModule) ? (await import(pathToFileURL(runtimeModule).href)).tuneV8() : [];

const info = machine();
info.v8Flags = v8Flags;
if (info.loadAverage[0] > info.cpus / 2)
  ctx.note(
    `the machine is busy (1-min load average ${info.loadAverage[0]} on ${info.cpus} CPUs): throughput and start-up numbers will be low and noisy`,
  );
if (!info.gcExposed) ctx.note("run with `node --expose-gc` for a GC between timed runs (numbers are noisier without)");

const results = [];
for (const suite of selected) {
  const t0 = performance.now();
  const result = {
    name: suite.name,
    title: suite.title,
    description: suite.description,
    rows: [],
    notes: [],
  };
  try {
    if (suite.needs.includes("parser")) {
      if (!ctx.parser) {
        const p = await loadParser();
        if (p.error) {
          result.skipped = p.error;
          results.push(result);
          continue;
        }
        ctx.parser = p;
      }
    }
    if (suite.needs.includes("inputs") && !ctx.inputs) ctx.inputs = buildInputs(ctx);
    const out = await suite.run(ctx);
    result.rows = out.rows;
    result.notes = out.notes ?? [];
  } catch (err) {
    result.error = String(err?.stack ?? err);
  }
  result.seconds = (performance.now() - t0) / 1000;
  results.push(result);
}

// ---------------------------------------------------------------------------------------------

const summary = { PASS: 0, MISS: 0, ERROR: 0, SKIP: 0 };
for (const r of results) {
  for (const row of r.rows) if (row.status in summary) summary[row.status]++;
  if (r.skipped || r.error) summary[r.error ? "ERROR" : "SKIP"]++;
}

if (options.json) {
  process.stdout.write(`${JSON.stringify({ machine: info, options, notes, summary, suites: results }, null, 2)}\n`);
  process.exit(0);
}

function table(suite, rows) {
  const cols = suite.columns;
  const cells = rows.map((row) =>
    cols.map((c) => {
      const v = row[c.key];
      if (v === undefined || v === null) return "";
      return c.format ? c.format(v) : String(v);
    }),
  );
  const widths = cols.map((c, i) => Math.max(c.label.length, ...cells.map((r) => r[i].length)));
  const line = (vals) =>
    vals
      .map((v, i) => (cols[i].align === "right" ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  const out = [line(cols.map((c) => c.label)), line(widths.map((w) => "-".repeat(w)))];
  rows.forEach((row, i) => {
    out.push(line(cells[i]));
    if (row.error) out.push(`    ${row.status === "SKIP" ? "skipped" : "error"}: ${row.error}`);
  });
  return out.join("\n");
}

const out = [];
out.push(
  `rightslint ${info.rightslint ?? "?"} benchmarks — ${info.date}`,
  `node ${info.node} on ${info.platform}, ${info.cpus} CPUs (${info.cpuModel}), ${info.memoryGB} GB RAM, load ${info.loadAverage.join(" ")}; MB = 10^6 bytes`,
  `options: --runs ${options.runs} --gen-mb ${options.genMB} --seed ${options.seed}`,
  `V8 flags of the CLI's process (src/cli/runtime.ts): ${info.v8Flags.length ? info.v8Flags.join(" ") : "none (V8 defaults)"}`,
);
for (const n of notes) out.push(`note: ${n}`);
for (const r of results) {
  out.push("", `== ${r.name}: ${r.title}`, `   ${r.description}`);
  if (r.skipped) out.push(`   SKIPPED: ${r.skipped}`);
  else if (r.error) out.push(`   ERROR: ${r.error}`);
  else {
    out.push(
      table(
        SUITES.find((s) => s.name === r.name),
        r.rows,
      ),
    );
    for (const n of r.notes) out.push(`note: ${n}`);
    out.push(`   (${fmt(r.seconds, 1)} s)`);
  }
}
out.push(
  "",
  `summary: ${summary.PASS} PASS, ${summary.MISS} MISS, ${summary.ERROR} ERROR, ${summary.SKIP} SKIP (benchmarks report only; exit code 0)`,
);
process.stdout.write(`${out.join("\n")}\n`);
process.exit(0);
