/**
 * A progress bar on stderr for long runs: only when stderr is a terminal, there are enough files
 * to wait for, and `--no-progress` was not given. Redrawn at most ten times a second, erased at
 * the end so it never mixes with the report.
 */
export interface Progress {
  tick(): void;
  done(): void;
}

const SILENT: Progress = { tick: () => {}, done: () => {} };

export const PROGRESS_MIN_FILES = 20;

export function progressBar(total: number, enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || !stream.isTTY || total < PROGRESS_MIN_FILES) return SILENT;
  let count = 0;
  let last = 0;
  const width = 30;
  const draw = (): void => {
    const filled = Math.round((count / total) * width);
    stream.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${count}/${total} files`);
  };
  draw();
  return {
    tick() {
      count++;
      const now = Date.now();
      if (now - last >= 100 || count === total) {
        last = now;
        draw();
      }
    },
    done() {
      stream.write(`\r${" ".repeat(width + 24 + String(total).length * 2)}\r`);
    },
  };
}
