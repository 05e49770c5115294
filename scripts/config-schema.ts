/**
 * Builds the JSON Schema of rightslint config files (schema/rightslint.config.schema.json) from the
 * data it enumerates: the built-in rules and their sub-codes (so editors complete rule ids and show
 * what each checks), the constitution profiles, the profile presets and the config presets.
 *
 *   npx tsx scripts/config-schema.ts          # rewrite the schema file (then `npx biome format --write schema`)
 *   npx tsx scripts/config-schema.ts --check  # exit 1 when the file is out of date
 *
 * tests/config/schema.test.ts fails when the committed file differs from what this builds.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { builtinRules } from "../rules/index.js";
import { CONFIG_PRESETS } from "../src/config/presets.js";
import { listPresets, listProfiles, loadProfile } from "../src/config/profiles.js";

export const SCHEMA_FILE = fileURLToPath(new URL("../schema/rightslint.config.schema.json", import.meta.url));

const RULE_KEY = "^[a-z][a-z0-9-]*/[a-z0-9][a-z0-9-]*(:[a-z0-9][a-z0-9-]*)?$";
const WAIVER_RULE = "^[a-z][a-z0-9-]*/([a-z0-9][a-z0-9-]*(:[a-z0-9][a-z0-9-]*)?|\\*)$";
const CONFIG_PATH = "^\\.\\.?/.*\\.json$";

const LANGUAGES = ["en", "ru", "kk"];

export function buildConfigSchema(): Record<string, unknown> {
  const profiles = listProfiles();
  const presets = listPresets();
  const configPresets = Object.keys(CONFIG_PRESETS);
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of [...builtinRules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
    const { id, description, docs, subCodes, schema } = rule.meta;
    const options = schema ? " Options: [severity, {…}] (see the rule's doc)." : "";
    ruleProperties[id] = {
      description: `${description}. Docs: ${docs}.${options}`,
      allOf: [{ $ref: "#/definitions/ruleSetting" }],
    };
    for (const sub of subCodes ?? []) {
      ruleProperties[`${id}:${sub}`] = {
        description: `Sub-code "${sub}" of ${id}: a severity only (options belong to the rule).`,
        allOf: [{ $ref: "#/definitions/severity" }],
      };
    }
  }
  const profileTitles = profiles.map((id) => `${id} (${loadProfile(id).title})`).join("; ");

  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "urn:rightslint:config",
    title: "rightslint config",
    description:
      "A rightslint.config.json or .rightslintrc.json. Found by walking up from each linted file to the filesystem root (or a config with root: true); farther configs apply first, nearer ones override them. Reference: docs/config.md.",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: {
        description:
          "The JSON Schema of this file, for editors: ./node_modules/rightslint/schema/rightslint.config.schema.json.",
        type: "string",
      },
      root: {
        description: "true: do not look for configs in the folders above this one.",
        type: "boolean",
      },
      extends: {
        description: `Configs this one builds on, applied first and in order: a preset (${configPresets.join(", ")}) or a path to another JSON config relative to this file (./base.json). This file's own keys win over them.`,
        anyOf: [
          { $ref: "#/definitions/extendsEntry" },
          { type: "array", items: { $ref: "#/definitions/extendsEntry" } },
        ],
      },
      profiles: { $ref: "#/definitions/profiles" },
      preset: { $ref: "#/definitions/preset" },
      language: { $ref: "#/definitions/language" },
      locale: { $ref: "#/definitions/locale" },
      rules: { $ref: "#/definitions/rules" },
      plugins: {
        description:
          "Plugins: npm packages or paths relative to this file (./local-rules.mjs) exporting rules, dataRules and lexicons. Plugins of farther configs stay available to nearer ones.",
        type: "array",
        uniqueItems: true,
        items: { type: "string", minLength: 1 },
      },
      ignores: {
        description:
          "Files not to lint: globs relative to this file's folder (*, **, ?, [abc], {a,b}). A pattern without a slash matches a name in any folder (*.draft.md); one with a slash is anchored at this folder (archive/2019/**); a folder ignores everything in it (archive/).",
        allOf: [{ $ref: "#/definitions/globs" }],
      },
      overrides: {
        description:
          "Settings for some files only: each entry applies, after this file's own keys, to files matching `files` (globs relative to this file's folder) and not `excludedFiles`.",
        type: "array",
        items: { $ref: "#/definitions/override" },
      },
      waivers: { $ref: "#/definitions/waivers" },
      directives: { $ref: "#/definitions/directives" },
    },
    definitions: {
      extendsEntry: {
        description: `A preset (${configPresets.map((p) => `${p}: ${CONFIG_PRESETS[p]?.description}`).join(" ")}) or a path to a JSON config relative to this file.`,
        anyOf: [{ enum: configPresets }, { type: "string", pattern: CONFIG_PATH }],
      },
      profileId: {
        description: `A constitution profile: ${profileTitles}.`,
        enum: profiles,
      },
      profiles: {
        description:
          "Constitution profiles to check against (findings name their profile). A config that sets profiles or preset replaces the selection of farther configs; profiles given with a preset are added to it. Default: the kz-2026 preset.",
        type: "array",
        minItems: 1,
        uniqueItems: true,
        items: { $ref: "#/definitions/profileId" },
      },
      preset: {
        description:
          "A recommended combination of profiles (kz-2026 = kz-2026 + iccpr; kz-1995 = kz-1995 + iccpr; treaty = iccpr + echr; eu = eu-digital + echr).",
        enum: presets,
      },
      language: {
        description: "The language of the bills (en, ru, kk); detected per bill when absent.",
        enum: LANGUAGES,
      },
      locale: {
        description:
          "The language of rightslint's own messages (en, ru, kk); from LC_ALL / LC_MESSAGES / LANG when absent.",
        enum: LANGUAGES,
      },
      severity: {
        description: "off, info, warn (= warning), warning or error.",
        enum: ["off", "info", "warn", "warning", "error"],
      },
      ruleSetting: {
        description: "A severity, or [severity, {options}] with the rule's options.",
        anyOf: [
          { $ref: "#/definitions/severity" },
          {
            type: "array",
            minItems: 2,
            maxItems: 2,
            items: [{ $ref: "#/definitions/severity" }, { type: "object" }],
          },
        ],
      },
      rules: {
        description:
          "Severity per rule (family/name) or sub-code (family/name:sub-code), over the profiles'; a rule also takes [severity, {options}]. Merged key by key with farther configs; a severity alone keeps options set farther away.",
        type: "object",
        propertyNames: { $ref: "#/definitions/ruleKey" },
        properties: ruleProperties,
        additionalProperties: { $ref: "#/definitions/ruleSetting" },
      },
      ruleKey: {
        description: "family/name or family/name:sub-code.",
        type: "string",
        pattern: RULE_KEY,
      },
      glob: {
        description: "A glob relative to the config's folder: *, **, ?, [abc], {a,b}; no slash: a name in any folder.",
        type: "string",
        minLength: 1,
        pattern: "^[^!]",
      },
      globs: {
        type: "array",
        items: { $ref: "#/definitions/glob" },
      },
      waiver: {
        description: "Accepts the findings of one rule on one provision, with the reason (an audit trail).",
        type: "object",
        additionalProperties: false,
        required: ["rule", "provision", "reason"],
        properties: {
          rule: {
            description: "A rule id, rule:sub-code, or family/* for every rule of a family.",
            type: "string",
            pattern: WAIVER_RULE,
          },
          provision: {
            description:
              "The provision: its eId (art_7__para_2) or label (Art. 7(2), ст. 7 п. 2); a unit covers its sub-units.",
            type: "string",
            minLength: 1,
          },
          reason: {
            description: "Why the finding is accepted (required, not blank).",
            type: "string",
            pattern: "\\S",
          },
          profile: {
            description: "Only under this profile (every profile when absent).",
            allOf: [{ $ref: "#/definitions/profileId" }],
          },
        },
      },
      waivers: {
        description: "Accepted findings, each on one provision with a reason. Added to the waivers of farther configs.",
        type: "array",
        items: { $ref: "#/definitions/waiver" },
      },
      directives: {
        description: "How inline directives (<!-- rightslint-disable... -->) are checked.",
        type: "object",
        additionalProperties: false,
        properties: {
          requireReason: {
            description: "A directive without ` -- reason` is reported (default true).",
            type: "boolean",
          },
          reportUnused: {
            description: "A directive that suppresses nothing is reported (default true).",
            type: "boolean",
          },
        },
      },
      override: {
        description: "Settings for the files matching `files` and not `excludedFiles`.",
        type: "object",
        additionalProperties: false,
        required: ["files"],
        properties: {
          files: {
            description: "Globs relative to the config's folder, as in ignores (chapters/*.md, **/*.kk.txt).",
            type: "array",
            minItems: 1,
            items: { $ref: "#/definitions/glob" },
          },
          excludedFiles: {
            description: "Globs of files the override does not apply to, although they match files.",
            allOf: [{ $ref: "#/definitions/globs" }],
          },
          profiles: { $ref: "#/definitions/profiles" },
          preset: { $ref: "#/definitions/preset" },
          language: { $ref: "#/definitions/language" },
          locale: { $ref: "#/definitions/locale" },
          rules: { $ref: "#/definitions/rules" },
          waivers: { $ref: "#/definitions/waivers" },
          directives: { $ref: "#/definitions/directives" },
        },
      },
    },
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const schema = buildConfigSchema();
  if (process.argv.includes("--check")) {
    const current = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as unknown;
    if (!isDeepStrictEqual(current, schema)) {
      console.error(`${SCHEMA_FILE} is out of date: run npx tsx scripts/config-schema.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_FILE, `${JSON.stringify(schema, null, 2)}\n`);
  }
}
