/**
 * `--concurrency`: lints files in worker threads. Tasks go to whichever worker is free, largest
 * first, and results come back in the order of the input, so the output is the same as one
 * thread's.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { BillFormat } from "../formats/index.js";
import type { LintedFile } from "./lint-file.js";
import { UsageError } from "./read.js";
import type { WorkerInit, WorkerTask } from "./worker.js";

/** Below this many files a pool costs more (each worker builds its own parser) than it saves. */
export const AUTO_MIN_FILES = 8;

/** `--concurrency n|auto|off` → a thread count (1 = in the main thread). */
export function parseConcurrency(value: string): number | "auto" {
  if (value === "auto") return "auto";
  if (value === "off") return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--concurrency expects a number ≥ 1, "auto" or "off" (got "${value}")`);
  return n;
}

/**
 * Threads for a run. `auto` takes half the cores: one lint thread already keeps about 1.4 cores
 * busy (V8 collects garbage and compiles on background threads), and each worker pays its own
 * warm-up (~0.6 s: parser, lexicons, JIT), so on 2 cores two workers measured no faster than one
 * thread (`npm run bench -- many`); from 4 cores up, workers pay off.
 */
export function threadsFor(setting: number | "auto", files: number, totalBytes: number): number {
  if (setting !== "auto") return Math.max(1, Math.min(setting, files));
  if (files < AUTO_MIN_FILES && totalBytes < 4_000_000) return 1;
  return Math.max(1, Math.min(Math.floor(availableParallelism() / 2), files));
}

export interface PoolTask {
  absPath: string;
  displayPath: string;
  text: string;
  format?: BillFormat;
}

export type PoolResult = { result: LintedFile } | { error: string; stack?: string };

/** Lints the tasks on `threads` workers; `onDone` is called as each finishes (progress). */
export async function lintInWorkers(
  tasks: readonly PoolTask[],
  threads: number,
  init: WorkerInit,
  onDone: () => void = () => {},
): Promise<PoolResult[]> {
  const results: PoolResult[] = new Array(tasks.length);
  const order = tasks.map((_, i) => i).sort((a, b) => (tasks[b]?.text.length ?? 0) - (tasks[a]?.text.length ?? 0));
  let next = 0;
  const url = new URL("./worker.js", import.meta.url);
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: Math.min(threads, tasks.length) }, () => {
        const worker = new Worker(url, { workerData: init });
        workers.push(worker);
        return new Promise<void>((resolve, reject) => {
          const feed = (): void => {
            if (next >= order.length) {
              resolve();
              return;
            }
            const id = order[next++] as number;
            const t = tasks[id] as PoolTask;
            const task: WorkerTask = {
              id,
              absPath: t.absPath,
              displayPath: t.displayPath,
              text: t.text,
              ...(t.format ? { format: t.format } : {}),
            };
            worker.postMessage(task);
          };
          worker.on("message", (m: { id: number } & PoolResult) => {
            results[m.id] =
              "error" in m ? { error: m.error, ...(m.stack ? { stack: m.stack } : {}) } : { result: m.result };
            onDone();
            feed();
          });
          worker.on("error", reject);
          worker.on("exit", (code) => {
            if (next < order.length || code !== 0) reject(new Error(`a worker thread stopped (exit code ${code})`));
          });
          feed();
        });
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
