// Shared helpers for the benchmark suites: paths, inputs, statistics, formatting.

import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateBill } from "./gen-bill.mjs";

/** MB everywhere in the benchmarks means 10^6 bytes. */
export const MB = 1e6;

export const repoRoot = fileURLToPath(new URL("../", import.meta.url));
export const corpusDir = fileURLToPath(new URL("../../shared/corpus/", import.meta.url));
// the package entry: the bundled Node API, as a program that imports rightslint loads it
export const distIndex = join(repoRoot, "dist", "index.mjs");
// the parser alone (`rightslint/parser`), as a program that only parses loads it
export const distParser = join(repoRoot, "dist", "parser.mjs");
export const binPath = join(repoRoot, "bin", "rightslint.js");

/** Corpus files that are bills in plain text or Markdown (the corpus README is not a bill). */
export function corpusFiles() {
  if (!existsSync(corpusDir)) return null;
  const out = [];
  const walk = (dir) => {
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, ent.name);
      if (ent.isDirectory()) walk(path);
      else if (/\.(txt|md)$/i.test(ent.name)) out.push({ path, name: relative(corpusDir, path) });
    }
  };
  walk(corpusDir);
  return out.filter((f) => !/^readme\.md$/i.test(f.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * Benchmark inputs: one per corpus file, the corpus together, the generated bill.
 * Each: { name, kind: "file"|"corpus"|"generated", bytes, docs: [{ text, filePath, path }] }.
 * `path` is a file on disk holding the text (for child processes).
 */
export function buildInputs(ctx) {
  const inputs = [];
  const files = corpusFiles();
  if (!files) {
    ctx.note(`corpus not found at ${corpusDir}: corpus inputs skipped`);
  } else {
    const docs = files.map((f) => {
      const text = readFileSync(f.path, "utf8");
      return {
        text,
        filePath: f.path,
        path: f.path,
        name: f.name,
        bytes: Buffer.byteLength(text, "utf8"),
      };
    });
    for (const d of docs) inputs.push({ name: d.name, kind: "file", bytes: d.bytes, docs: [d] });
    if (docs.length > 1) {
      inputs.push({
        name: `corpus: all ${docs.length} txt/md files`,
        kind: "corpus",
        bytes: docs.reduce((s, d) => s + d.bytes, 0),
        docs,
      });
    }
  }
  const genBytes = Math.round(ctx.options.genMB * MB);
  if (genBytes > 0) {
    const t0 = performance.now();
    const text = generateBill(genBytes, ctx.options.seed);
    const path = join(tmpdir(), `rightslint-bench-${process.pid}-generated.md`);
    writeFileSync(path, text);
    ctx.onExit(() => rmSync(path, { force: true }));
    ctx.progress(
      `generated ${fmt(genBytes / MB, 1)} MB bill (seed ${ctx.options.seed}) in ${fmt(performance.now() - t0, 0)} ms`,
    );
    const bytes = Buffer.byteLength(text, "utf8");
    inputs.push({
      name: `generated ${fmt(ctx.options.genMB, ctx.options.genMB < 1 ? 2 : 0)} MB en/ru/kk bill (seed ${ctx.options.seed})`,
      kind: "generated",
      bytes,
      docs: [
        {
          text,
          filePath: "generated-bill.md",
          path,
          name: "generated-bill.md",
          bytes,
        },
      ],
    });
  }
  return inputs;
}

/** Imports the built parser; returns { parseBill } or { error }. */
export async function loadParser() {
  if (!existsSync(distIndex))
    return {
      error: `${relative(repoRoot, distIndex)} not found (run \`npm run build\`)`,
    };
  try {
    const mod = await import(pathToFileURL(distIndex).href);
    if (typeof mod.parseBill !== "function")
      return {
        error: `${relative(repoRoot, distIndex)} does not export parseBill()`,
      };
    return {
      parseBill: mod.parseBill,
      lintText: mod.lintText,
      listRules: mod.listRules,
      builtinRules: mod.builtinRules,
      UnitCache: mod.UnitCache,
      reparseIndexed: mod.reparseIndexed,
    };
  } catch (err) {
    return {
      error: `cannot import ${relative(repoRoot, distIndex)}: ${err?.message ?? err}`,
    };
  }
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return Number.NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1];
}

export function gc() {
  if (typeof globalThis.gc === "function") {
    globalThis.gc();
    globalThis.gc();
  }
}

export function fmt(x, digits = 1) {
  if (x === null || x === undefined || Number.isNaN(x)) return "–";
  return x.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** Counts AST units (divisions, provisions) and diagnostics, tolerant of unexpected shapes. */
export function astStats(doc) {
  let divisions = 0;
  let provisions = 0;
  const stack = [...(Array.isArray(doc?.body) ? doc.body : [])];
  while (stack.length) {
    const n = stack.pop();
    if (n?.type === "Division") divisions++;
    else if (n?.type === "Provision") provisions++;
    if (Array.isArray(n?.children)) for (const c of n.children) stack.push(c);
  }
  const diagnostics = Array.isArray(doc?.diagnostics) ? doc.diagnostics.length : 0;
  return { divisions, provisions, diagnostics };
}
