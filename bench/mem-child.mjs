// Child process for the "memory" suite: loads the parser, reads the input files, parses them once
// (keeping every Document alive) and prints process.resourceUsage().maxRSS before and after as JSON.
//
//   node --expose-gc bench/mem-child.mjs <dist/parser.mjs or dist/index.mjs> <file>...

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [distIndex, ...files] = process.argv.slice(2);
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
    ms,
    maxRSSBeforeKB: before,
    maxRSSAfterKB: after,
    rssBeforeBytes: rssBefore,
    rssAfterBytes: mem.rss,
    heapUsedAfterBytes: mem.heapUsed,
  })}\n`,
);
