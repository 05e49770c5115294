/**
 * The accuracy harness as a regression guard: `npm run eval -- --json` over fixtures/eval must
 * load every item and stay within the targets of the rules issues (recall >= 0.9, false alarms
 * <= 0.05) overall and in every family.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

interface Metrics {
  items: number;
  recall: number | null;
  exactRecall: number | null;
  falseAlarmRate: number | null;
  precision: number | null;
}

describe("npm run eval", () => {
  it("meets the accuracy targets overall and per family", { timeout: 120_000 }, () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/eval.ts", "--json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { overall: Metrics; families: Record<string, Metrics> };
    expect(report.overall.items).toBeGreaterThanOrEqual(220);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.falseAlarmRate).toBeLessThanOrEqual(0.05);
    for (const [family, m] of Object.entries(report.families)) {
      expect(m.recall ?? 1, family).toBeGreaterThanOrEqual(0.9);
      expect(m.falseAlarmRate ?? 0, family).toBeLessThanOrEqual(0.05);
    }
  });
});
