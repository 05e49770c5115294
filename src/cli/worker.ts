/**
 * A worker thread of `--concurrency`: builds its own config lookup (plugins are modules, they
 * cannot be sent between threads) and lints the texts the main thread sends, one at a time.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { BillFormat } from "../formats/index.js";
import { type CliOverrides, lintSource } from "./lint-file.js";
import { type LookupOptions, makeConfigLookup } from "./lookup.js";

export interface WorkerInit {
  lookup: LookupOptions;
  cli: CliOverrides;
}

export interface WorkerTask {
  id: number;
  absPath: string;
  displayPath: string;
  text: string;
  format?: BillFormat;
}

const init = workerData as WorkerInit;
const lookup = makeConfigLookup(init.lookup);
const port = parentPort;
if (!port) throw new Error("worker.ts runs only as a worker thread");

port.on("message", async (task: WorkerTask) => {
  try {
    const { config } = await lookup.forFile(task.absPath);
    const result = lintSource(task.text, task.displayPath, config, init.cli, task.format);
    port.postMessage({ id: task.id, result });
  } catch (e) {
    port.postMessage({ id: task.id, error: (e as Error).message, stack: (e as Error).stack });
  }
});
