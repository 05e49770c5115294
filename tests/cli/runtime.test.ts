/**
 * The V8 settings of the CLI's process (src/cli/runtime.ts): when they are set, and that they
 * take effect in a real process (the young generation stays small while an AST-like heap grows).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isServerCommand, RUNTIME_V8_FLAGS, SERVER_V8_FLAGS, tuneV8 } from "../../src/cli/runtime.js";

const RUNTIME = fileURLToPath(new URL("../../dist/cli/runtime.js", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/rightslint.js", import.meta.url));

/** A child that (maybe) applies the settings, keeps ~600k small objects alive, and reports the new space's size in MB. */
function newSpaceMB(tune: boolean, env: NodeJS.ProcessEnv = {}): { flags: string[]; mb: number } {
  const script = `
    import v8 from "node:v8";
    import { pathToFileURL } from "node:url";
    let flags = [];
    if (${tune}) flags = (await import(pathToFileURL(${JSON.stringify(RUNTIME)}).href)).tuneV8();
    const keep = [];
    for (let i = 0; i < 600000; i++) keep.push({ a: i, b: [i] });
    const ns = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
    console.log(JSON.stringify({ flags, mb: ns.space_size / 2 ** 20, n: keep.length }));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
    env: { ...process.env, RIGHTSLINT_V8_DEFAULTS: "", ...env },
  });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout);
}

describe("tuneV8", () => {
  it("sets nothing when RIGHTSLINT_V8_DEFAULTS=1 or on a V8 it was not measured on", () => {
    expect(tuneV8({ env: { RIGHTSLINT_V8_DEFAULTS: "1" }, execArgv: [], v8Version: "11.3.244.8-node.33" })).toEqual([]);
    expect(tuneV8({ env: {}, execArgv: [], v8Version: "12.4.254.21-node.33" })).toEqual([]);
  });

  it("leaves a flag given on the command line as given, in either spelling", () => {
    const set = tuneV8({ env: {}, execArgv: ["--expose-gc", "--semi_space_growth_factor=3"], v8Version: "11.3.244.8" });
    expect(set).toEqual(["--max-inlined-bytecode-size-cumulative=200"]);
    expect(
      tuneV8({
        env: {},
        execArgv: ["--max-inlined-bytecode-size-cumulative=500", "--semi-space-growth-factor=2"],
        v8Version: "11.3.1",
      }),
    ).toEqual([]);
  });

  it("gives the language server its own set, which keeps the young generation's growth", () => {
    expect(isServerCommand(["node", "bin/rightslint.js", "lsp", "--stdio"])).toBe(true);
    expect(isServerCommand(["node", "bin/rightslint.js", "--debug", "lsp"])).toBe(true);
    expect(isServerCommand(["node", "bin/rightslint.js", "bill.md", "lsp"])).toBe(false);
    expect(isServerCommand(["node", "bin/rightslint.js", "parse", "lsp"])).toBe(false);
    expect(SERVER_V8_FLAGS).toContain("--semi-space-growth-factor=2");
    expect(RUNTIME_V8_FLAGS).toContain("--semi-space-growth-factor=1");
  });

  it("keeps the young generation at its initial size in a process that applies it (Node 20)", () => {
    const defaults = newSpaceMB(false);
    expect(defaults.flags).toEqual([]);
    if (!/^11\.3\./.test(process.versions.v8)) return; // measured on Node 20's V8 only
    const tuned = newSpaceMB(true);
    expect(tuned.flags).toEqual(RUNTIME_V8_FLAGS);
    expect(tuned.mb).toBeLessThanOrEqual(2);
    expect(defaults.mb).toBeGreaterThanOrEqual(16);
    expect(newSpaceMB(true, { RIGHTSLINT_V8_DEFAULTS: "1" }).mb).toBeGreaterThanOrEqual(16);
  });

  it("the bin applies it and still runs: --version prints the version and nothing on stderr", () => {
    const r = spawnSync(process.execPath, [BIN, "--version"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(r.stderr).toBe("");
  });
});
