/**
 * GitLab's Code Quality report format as a JSON Schema, for checking `gitlab` output: the fields
 * docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format marks required (description,
 * check_name, fingerprint, severity, location.path, and location.lines.begin — or
 * location.positions.begin.line, which rightslint does not use), with the severities GitLab knows.
 */
import { Ajv2020 } from "ajv/dist/2020.js";

export const CODE_QUALITY_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "array",
  items: {
    type: "object",
    required: ["description", "check_name", "fingerprint", "severity", "location"],
    properties: {
      description: { type: "string", minLength: 1 },
      check_name: { type: "string", minLength: 1 },
      fingerprint: { type: "string", minLength: 1 },
      severity: { enum: ["info", "minor", "major", "critical", "blocker"] },
      location: {
        type: "object",
        required: ["path", "lines"],
        properties: {
          path: { type: "string", minLength: 1, not: { pattern: "^/" } },
          lines: {
            type: "object",
            required: ["begin"],
            properties: { begin: { type: "integer", minimum: 1 }, end: { type: "integer", minimum: 1 } },
          },
        },
      },
    },
  },
} as const;

const validate = new Ajv2020({ allErrors: true }).compile(CODE_QUALITY_SCHEMA);

/** The schema errors of a parsed report, as `path: message` lines (none when it is valid). */
export function codeQualityErrors(report: unknown): string[] {
  if (validate(report)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? "invalid"}`);
}
