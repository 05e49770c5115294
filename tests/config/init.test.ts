/** `rightslint init`'s functions: the starter config's text, and writing it without overwriting. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigResolver } from "../../src/config/file.js";
import { SCHEMA_REFERENCE, starterConfig, writeStarterConfig } from "../../src/config/init.js";
import { ConfigError } from "../../src/lint.js";

const TMP = mkdtempSync(join(tmpdir(), "rightslint-init-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

let counter = 0;
const fresh = (): string => mkdtempSync(join(TMP, `d${++counter}-`));

function error(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("starterConfig", () => {
  it("defaults: the schema, root, recommended, the default preset and empty lists to fill in", () => {
    expect(starterConfig()).toBe(
      [
        "{",
        `  "$schema": "${SCHEMA_REFERENCE}",`,
        '  "root": true,',
        '  "extends": "rightslint:recommended",',
        '  "preset": "kz-2026",',
        '  "rules": {},',
        '  "ignores": [],',
        '  "waivers": []',
        "}",
        "",
      ].join("\n"),
    );
    expect(SCHEMA_REFERENCE).toBe("./node_modules/rightslint/schema/rightslint.config.schema.json");
  });

  it("profiles, a preset, the language and strict", () => {
    expect(JSON.parse(starterConfig({ profiles: ["kz-1995", "iccpr"], language: "ru", strict: true }))).toEqual({
      $schema: SCHEMA_REFERENCE,
      root: true,
      extends: "rightslint:strict",
      profiles: ["kz-1995", "iccpr"],
      language: "ru",
      rules: {},
      ignores: [],
      waivers: [],
    });
    expect(JSON.parse(starterConfig({ preset: "eu", profiles: [] })).preset).toBe("eu");
    expect(JSON.parse(starterConfig({ preset: "treaty", profiles: ["kz-2026"] }))).toMatchObject({
      preset: "treaty",
      profiles: ["kz-2026"],
    });
  });

  it("checks what it is given like a config file", () => {
    expect(error(() => starterConfig({ profiles: ["kz-2027"] }))).toBe(
      'rightslint.config.json: "profiles[0]": expected one of echr, eu-digital, iccpr, kz-1995, kz-2026 (got "kz-2027") (did you mean "kz-2026"?)',
    );
    expect(error(() => starterConfig({ preset: "asia" }))).toBe(
      'rightslint.config.json: "preset": expected one of kz-2026, kz-1995, treaty, eu (got "asia")',
    );
  });
});

describe("writeStarterConfig", () => {
  it("writes rightslint.config.json, which the resolver then reads", async () => {
    const dir = fresh();
    const path = writeStarterConfig(dir, { profiles: ["echr"], strict: true });
    expect(path).toBe(join(dir, "rightslint.config.json"));
    expect(readFileSync(path, "utf8")).toBe(starterConfig({ profiles: ["echr"], strict: true }));
    const fc = await new ConfigResolver({ cwd: dir }).forFile(join(dir, "bill.md"));
    expect(fc.sources).toEqual([path]);
    expect(fc.config).toEqual({
      profiles: ["echr"],
      escalate: { warning: "error", info: "warning" },
      directives: { requireReason: true, reportUnused: true },
    });
  });

  it("never overwrites a config without force, whichever its name", () => {
    const dir = fresh();
    writeFileSync(join(dir, "rightslint.config.json"), "{}\n");
    expect(error(() => writeStarterConfig(dir))).toBe(
      `${join(dir, "rightslint.config.json")} already exists; use --force to overwrite it`,
    );
    expect(readFileSync(join(dir, "rightslint.config.json"), "utf8")).toBe("{}\n");

    const other = fresh();
    writeFileSync(join(other, ".rightslintrc.json"), "{}\n");
    expect(error(() => writeStarterConfig(other, { preset: "eu" }))).toBe(
      `${join(other, ".rightslintrc.json")} already exists; use --force to overwrite it`,
    );
  });

  it("with force, overwrites the existing config under its own name", () => {
    const dir = fresh();
    writeFileSync(join(dir, ".rightslintrc.json"), "{}\n");
    const path = writeStarterConfig(dir, { force: true, preset: "eu" });
    expect(path).toBe(join(dir, ".rightslintrc.json"));
    expect(JSON.parse(readFileSync(path, "utf8")).preset).toBe("eu");
  });

  it("refuses a folder that already holds both names, even with force", () => {
    const dir = fresh();
    writeFileSync(join(dir, ".rightslintrc.json"), "{}\n");
    writeFileSync(join(dir, "rightslint.config.json"), "{}\n");
    expect(error(() => writeStarterConfig(dir, { force: true }))).toBe(
      `Two config files in one folder: ${join(dir, "rightslint.config.json")} and ${join(dir, ".rightslintrc.json")}; keep one`,
    );
  });

  it("a bad option writes nothing", () => {
    const dir = fresh();
    expect(() => writeStarterConfig(dir, { profiles: ["nowhere"] })).toThrow(ConfigError);
    expect(() => readFileSync(join(dir, "rightslint.config.json"))).toThrow(/ENOENT/);
  });
});
