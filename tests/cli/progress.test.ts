/** The progress bar: drawn only on a terminal and for enough files, erased at the end. */
import { describe, expect, it } from "vitest";
import { PROGRESS_MIN_FILES, progressBar } from "../../src/cli/progress.js";

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, s: { isTTY, write: (x: string) => writes.push(x) } as unknown as NodeJS.WriteStream };
}

describe("progressBar", () => {
  it("draws on a terminal, counts files and erases itself", () => {
    const { writes, s } = stream(true);
    const bar = progressBar(PROGRESS_MIN_FILES, true, s);
    for (let i = 0; i < PROGRESS_MIN_FILES; i++) bar.tick();
    bar.done();
    expect(writes[0]).toBe(`\r[${" ".repeat(30)}] 0/${PROGRESS_MIN_FILES} files`);
    expect(writes.at(-2)).toBe(`\r[${"#".repeat(30)}] ${PROGRESS_MIN_FILES}/${PROGRESS_MIN_FILES} files`);
    expect(writes.at(-1)).toMatch(/^\r +\r$/);
  });

  it("stays silent when not a terminal, when turned off (--no-progress) or for few files", () => {
    for (const [tty, enabled, total] of [
      [false, true, 500],
      [true, false, 500],
      [true, true, PROGRESS_MIN_FILES - 1],
    ] as const) {
      const { writes, s } = stream(tty);
      const bar = progressBar(total, enabled, s);
      bar.tick();
      bar.done();
      expect(writes).toEqual([]);
    }
  });
});
