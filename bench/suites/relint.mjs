// Suite "relint": how long the editor waits for findings after a one-character edit, in a 100 KB
// and a 1 MB generated bill (bench/gen-bill.mjs). Three ways per size:
//   parse only   parseBill(text) of the edited text: the floor of any re-lint that re-parses
//   re-parse     reparseIndexed(previous, text): the parse a re-lint with a cache does, which
//                parses again only the article the edit is in
//   lintText     the lint function, on the edited text with no cache: a fresh lint (no config:
//                profile kz-2026, every built-in rule, English messages)
//   lintText + unit cache
//                the same with one UnitCache carried from edit to edit, as the server does:
//                rules with `scope: "unit"` re-run only on the articles whose text changed
//   server       the real language server (`node bin/rightslint.js lsp --stdio`, debounce 0):
//                from sending didChange to receiving publishDiagnostics for that version
// Each sample is a new one-character edit (an "x" typed into a word, at positions spread over
// the bill and applied one after the other), so no result cache can answer it.
// Target: median <= 40 ms for the 1 MB bill (issue 7); the 100 KB rows are for information.

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateBill } from "../gen-bill.mjs";
import { binPath, fmt, MB, median, percentile } from "../lib.mjs";

const TARGET_MS = 40;
/** Untimed edits first, in each way: the server's first lints run before V8 has optimised the engine. */
const WARMUP = 5;
const SIZES = [
  { bytes: 100_000, label: "100 KB", samples: 21, target: null },
  { bytes: 1_000_000, label: "1 MB", samples: 11, target: TARGET_MS },
];

/** Offsets of letters inside words, spread evenly over the middle of the bill. */
function editOffsets(text, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    let at = Math.floor(text.length * (0.1 + (0.8 * i) / Math.max(1, count - 1)));
    while (at < text.length - 1 && !(/\p{L}/u.test(text[at]) && /\p{L}/u.test(text[at + 1]))) at++;
    out.push(at + 1);
  }
  return out;
}

/** The texts after each edit, edits applied one after the other (an "x" typed into a word each time). */
function editedTexts(base, count) {
  const texts = [];
  let text = base;
  // later offsets first would keep earlier ones valid; going forwards, shift by the characters typed
  editOffsets(base, count).forEach((offset, i) => {
    const at = offset + i;
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    texts.push({ text, at });
  });
  return texts;
}

function lspPosition(text, offset) {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

/** ms per call; no forced GC between calls, as in a server (a full GC shrinks the young generation and slows the next run). */
function timeSync(fn, samples) {
  const out = [];
  for (const s of samples) {
    const t0 = performance.now();
    fn(s);
    out.push(performance.now() - t0);
  }
  return out;
}

/** Drives the real server over stdio; resolves with the ms from each didChange to its diagnostics. */
async function throughServer(base, edits, bytes) {
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = await import("vscode-jsonrpc/node");
  const dir = mkdtempSync(join(tmpdir(), "rightslint-bench-relint-"));
  const file = join(dir, `bill-${bytes}.md`);
  writeFileSync(file, base);
  const uri = pathToFileURL(file).href;
  const child = spawn(process.execPath, [binPath, "lsp", "--stdio"], { cwd: dir, stdio: "pipe" });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const waiters = new Map();
  connection.onNotification("textDocument/publishDiagnostics", (p) => {
    const w = waiters.get(p.version);
    if (w) {
      waiters.delete(p.version);
      w(p);
    }
  });
  // the server logs each lint's own time ("linted <uri> version <n> in <ms> ms: ...")
  const lintMs = new Map();
  connection.onNotification("window/logMessage", (m) => {
    const match = /^linted \S+ version (\d+) in ([\d.]+) ms/.exec(m.message);
    if (match) lintMs.set(Number(match[1]), Number(match[2]));
  });
  connection.onRequest("client/registerCapability", () => null);
  connection.listen();
  const published = (version) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version}: ${stderr}`)), 120_000);
      waiters.set(version, (p) => {
        clearTimeout(timer);
        resolve(p);
      });
    });
  try {
    await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { debounce: 0 },
    });
    await connection.sendNotification("initialized", {});
    let version = 1;
    const opened = published(version);
    await connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "markdown", version, text: base },
    });
    await opened;
    const times = [];
    const inside = [];
    let previous = base;
    for (const [i, e] of edits.entries()) {
      version++;
      const change = {
        range: { start: lspPosition(previous, e.at), end: lspPosition(previous, e.at) },
        text: "x",
      };
      const done = published(version);
      const t0 = performance.now();
      await connection.sendNotification("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: [change],
      });
      await done;
      if (i >= WARMUP) {
        times.push(performance.now() - t0);
        if (lintMs.has(version)) inside.push(lintMs.get(version));
      }
      previous = e.text;
    }
    return { times, inside };
  } finally {
    try {
      await Promise.race([connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
      await connection.sendNotification("exit");
    } catch {}
    setTimeout(() => child.kill(), 2000).unref();
    connection.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

export default {
  name: "relint",
  title: "Re-lint latency after a one-character edit (language server)",
  description: `parse only / lintText / the server (didChange -> publishDiagnostics, debounce 0); target median <= ${TARGET_MS} ms for 1 MB`,
  needs: ["parser"],
  columns: [
    { key: "input", label: "input" },
    { key: "via", label: "measured" },
    { key: "edits", label: "edits", align: "right" },
    { key: "medianMs", label: "median ms", align: "right", format: (v) => fmt(v, 1) },
    { key: "p90Ms", label: "p90 ms", align: "right", format: (v) => fmt(v, 1) },
    { key: "minMs", label: "min ms", align: "right", format: (v) => fmt(v, 1) },
    { key: "target", label: "target" },
    { key: "status", label: "result" },
  ],
  async run(ctx) {
    const { parseBill, lintText, UnitCache, reparseIndexed } = ctx.parser;
    const rows = [];
    // The rows run in this process stand for the language server's work: give it the server's V8
    // settings (src/cli/runtime.ts; bench/run.mjs set the batch CLI's), as the spawned server has.
    const runtime = fileURLToPath(new URL("../../dist/cli/runtime.js", import.meta.url));
    if (existsSync(runtime)) {
      const set = (await import(pathToFileURL(runtime).href)).tuneV8({ server: true });
      if (set.length) ctx.note(`in-process rows run with the server's V8 flags: ${set.join(" ")}`);
    }
    for (const size of SIZES) {
      const base = generateBill(size.bytes, ctx.options.seed);
      const input = `generated ${size.label} bill (${fmt(Buffer.byteLength(base) / MB, 3)} MB)`;
      const edits = editedTexts(base, size.samples + WARMUP);
      const warmup = edits.slice(0, WARMUP);
      const timed = edits.slice(WARMUP);
      const cases = [
        {
          via: "parse only",
          run: () => {
            const parse = (e) => parseBill(e.text, { filePath: "bill.md" });
            timeSync(parse, warmup);
            return timeSync(parse, timed);
          },
        },
        ...(reparseIndexed
          ? [
              {
                via: "re-parse",
                run: () => {
                  let prev;
                  const parse = (e) => {
                    prev = reparseIndexed(prev, e.text, { filePath: "bill.md" });
                  };
                  parse({ text: base });
                  timeSync(parse, warmup);
                  return timeSync(parse, timed);
                },
              },
            ]
          : []),
        {
          via: "lintText",
          run: () => {
            const lint = (e) => lintText(e.text, { filePath: "bill.md", locale: "en" });
            timeSync(lint, warmup);
            return timeSync(lint, timed);
          },
        },
        {
          via: "lintText + unit cache",
          run: () => {
            const cache = new UnitCache();
            const lint = (e) => lintText(e.text, { filePath: "bill.md", locale: "en", cache });
            lint({ text: base });
            timeSync(lint, warmup);
            return timeSync(lint, timed);
          },
        },
        { via: "server", run: () => throughServer(base, edits, size.bytes), server: true },
      ];
      // what an editing session keeps: the live heap (after full GCs) before and after 100 more
      // edits through one cache, at offsets spread over the bill (information; needs --expose-gc)
      if (typeof globalThis.gc === "function") {
        // (the texts are made one at a time: only the current one is held)
        const cache = new UnitCache();
        const lint = (text) => lintText(text, { filePath: "bill.md", locale: "en", cache });
        const live = () => {
          globalThis.gc();
          globalThis.gc();
          return process.memoryUsage().heapUsed / MB;
        };
        let text = base;
        lint(text);
        const before = live();
        let most = 0;
        editOffsets(base, 100).forEach((offset, i) => {
          const at = offset + i;
          text = `${text.slice(0, at)}x${text.slice(at)}`;
          lint(text);
          if (i % 10 === 9) most = Math.max(most, live() - before);
        });
        ctx.note(
          `${size.label}: the live heap after the first lint, ${fmt(before, 1)} MB, grew by at most ${fmt(most, 1)} MB over 100 edits through one unit cache (measured every 10 edits)`,
        );
      }
      for (const c of cases) {
        ctx.progress(`relint: ${size.label}, ${c.via}`);
        const row = { input, via: c.via, edits: timed.length, target: size.target ? `<= ${size.target} ms` : "(info)" };
        if (c.server && !existsSync(binPath)) {
          Object.assign(row, { status: "SKIP", error: "bin/rightslint.js not found" });
          rows.push(row);
          continue;
        }
        try {
          let samples = await c.run();
          if (c.server) {
            // the server's own lint time of the same edits, to tell lint from protocol overhead
            const { inside } = samples;
            samples = samples.times;
            if (inside.length > 0) {
              rows.push({
                input,
                via: "server's lintText",
                edits: inside.length,
                samples: inside,
                medianMs: median(inside),
                p90Ms: percentile(inside, 90),
                minMs: Math.min(...inside),
                target: "(part)",
                status: "",
              });
            }
          }
          Object.assign(row, {
            samples,
            medianMs: median(samples),
            p90Ms: percentile(samples, 90),
            minMs: Math.min(...samples),
          });
          // the target is the editor's wait: the server row (and the cached lint it runs)
          const judged = c.server || c.via === "lintText + unit cache";
          row.status = size.target === null || !judged ? "" : row.medianMs <= size.target ? "PASS" : "MISS";
          if (size.target !== null && !judged && c.via !== "parse only") row.target = "(info)";
          if (c.via === "parse only") row.target = "(floor)";
          if (c.via === "re-parse") row.target = "(info)";
        } catch (err) {
          Object.assign(row, { status: "ERROR", error: String(err?.message ?? err) });
        }
        rows.push(row);
      }
    }
    return {
      rows,
      notes: [
        "with a unit cache an edit re-parses only the article it is in (the re-parse row); the unit cache keeps the findings of unit-scoped rules (38 of 40) in unchanged articles; the two numbering rules combine parts kept per article (docs/ARCHITECTURE.md)",
      ],
    };
  },
};
