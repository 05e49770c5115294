/**
 * The JSON Schema of config files: a valid draft-07 schema, up to date with the rules, profiles
 * and presets it enumerates, with help text on every key, and shipped in the package.
 */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../rules/index.js";
import { buildConfigSchema, SCHEMA_FILE } from "../../scripts/config-schema.js";
import { CONFIG_SCHEMA } from "../../src/config/file.js";
import { listPresets, listProfiles } from "../../src/config/profiles.js";

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as Schema;
const definitions = schema.definitions as Record<string, Schema>;

function deref(s: Schema): Schema {
  const ref = (s.$ref ?? (s.allOf as Schema[] | undefined)?.[0]?.$ref) as string | undefined;
  return ref === undefined ? s : (definitions[ref.replace("#/definitions/", "")] as Schema);
}

describe("config schema", () => {
  it("is the schema scripts/config-schema.ts builds (run it after changing rules or profiles)", () => {
    expect(schema).toEqual(buildConfigSchema());
  });

  it("is what the loader validates with", () => {
    expect(CONFIG_SCHEMA).toEqual(schema);
  });

  it("is a valid draft-07 schema that ajv compiles in strict mode", () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.$id).toBe("urn:rightslint:config");
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it("describes every key, so editors show help", () => {
    const missing: string[] = [];
    const visit = (properties: Record<string, Schema>, at: string): void => {
      for (const [key, s] of Object.entries(properties)) {
        if (typeof s.description !== "string" && typeof deref(s).description !== "string") missing.push(`${at}${key}`);
      }
    };
    visit(schema.properties as Record<string, Schema>, "");
    for (const [name, def] of Object.entries(definitions)) {
      if (def.properties) visit(def.properties as Record<string, Schema>, `${name}.`);
    }
    expect(missing).toEqual([]);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties as object).sort()).toEqual(
      [
        "$schema",
        "root",
        "extends",
        "profiles",
        "preset",
        "language",
        "locale",
        "rules",
        "plugins",
        "ignores",
        "overrides",
        "waivers",
        "directives",
      ].sort(),
    );
  });

  it("accepts every built-in rule id and sub-code, and lists them for completion", () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    const validate = ajv.compile(schema);
    const rules: Record<string, unknown> = {};
    for (const r of builtinRules) {
      rules[r.meta.id] = ["warn", {}];
      for (const sub of r.meta.subCodes ?? []) rules[`${r.meta.id}:${sub}`] = "error";
    }
    expect(validate({ rules })).toBe(true);
    const listed = Object.keys((definitions.rules as { properties: object }).properties).sort();
    expect(listed).toEqual(Object.keys(rules).sort());
    expect(validate({ rules: { "religion/registration-threshold:membership": ["error", {}] } })).toBe(false);
  });

  it("enumerates the built-in profiles and presets", () => {
    expect((definitions.profileId as { enum: string[] }).enum).toEqual(listProfiles());
    expect((definitions.preset as { enum: string[] }).enum).toEqual(listPresets());
  });

  it("ships in the package", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { files: string[] };
    expect(pkg.files).toContain("schema");
  });
});
