// Child process for the "memory" suite: loads the parser, reads the input files, parses them once
// (keeping every Document alive) and prints process.resourceUsage().maxRSS before and after as JSON.
//
//   node --expose-gc bench/mem-child.mjs [--cli-runtime <dist/cli/runtime.js>] <dist/parser.mjs or dist/index.mjs> <file>...
//
// --cli-runtime: first apply the V8 settings that bin/rightslint.js applies (src/cli/runtime.ts),
// so the child runs as the CLI's process does; without it V8 keeps its defaults (a library user).

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const argv = process.argv.slice(2);
let v8Flags = [];
if (argv[0] === "--cli-runtime") {
  const { tuneV8 } = await import(pathToFileURL(argv[1]).href);
  v8Flags = tuneV8(); // the batch CLI's settings (a parse is batch work)
  argv.splice(0, 2);
}
const [distIndex, ...files] = argv;
const { parseBill } = await import(pathToFileURL(distIndex).href);
const texts = files.map((path) => ({ path, text: readFileSync(path, "utf8") }));
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t.text, "utf8"), 0);
if (typeof globalThis.gc === "function") {
  globalThis.gc();
  globalThis.gc();
}
const before = process.resourceUsage().maxRSS;
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const docs = texts.map((t) => parseBill(t.text, { filePath: t.path }));
const ms = performance.now() - t0;
const after = process.resourceUsage().maxRSS;
const mem = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    bytes,
    documents: docs.length,
    v8Flags,
    ms,
    maxRSSBeforeKB: before,
    maxRSSAfterKB: after,
    rssBeforeBytes: rssBefore,
    rssAfterBytes: mem.rss,
    heapUsedAfterBytes: mem.heapUsed,
  })}\n`,
);
