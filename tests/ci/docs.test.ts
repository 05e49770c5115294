/**
 * docs/ci.md: its YAML parses, its workflows use only the action's real inputs and outputs, and
 * the files and hooks it names exist.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DOC = readFileSync(path.join(ROOT, "docs/ci.md"), "utf8");
const ACTION = parse(readFileSync(path.join(ROOT, "action.yml"), "utf8")) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

const FENCE = "```";

/** The doc's fenced blocks in a language. */
function blocks(lang: string): string[] {
  return [...DOC.matchAll(new RegExp(`^${FENCE}${lang}\\n([\\s\\S]*?)^${FENCE}$`, "gm"))].map((m) => m[1]!);
}

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  if?: string;
}

/** Every step of the doc's workflows (a block that is a workflow, or a list of steps). */
function steps(): Step[] {
  const out: Step[] = [];
  for (const text of blocks("yaml")) {
    const doc = parse(text) as unknown;
    if (Array.isArray(doc)) out.push(...(doc as Step[]));
    const jobs = (doc as { jobs?: Record<string, { steps?: Step[] }> } | null)?.jobs;
    for (const job of Object.values(jobs ?? {})) out.push(...(job.steps ?? []));
  }
  return out;
}

describe("docs/ci.md", () => {
  it("has YAML that parses", () => {
    const yaml = blocks("yaml");
    expect(yaml.length).toBeGreaterThanOrEqual(7);
    for (const text of yaml) expect(() => parse(text)).not.toThrow();
  });

  it("uses the action with its real inputs, and its real outputs", () => {
    const uses = steps().filter((s) => s.uses?.startsWith("<owner>/rightslint@"));
    expect(uses.length).toBeGreaterThanOrEqual(3);
    for (const s of uses) {
      for (const key of Object.keys(s.with ?? {})) expect(Object.keys(ACTION.inputs)).toContain(key);
    }
    const outputs = [...DOC.matchAll(/steps\.rightslint\.outputs\.([\w-]+)/g)].map((m) => m[1]!);
    expect(outputs.length).toBeGreaterThan(0);
    for (const name of outputs) expect(Object.keys(ACTION.outputs)).toContain(name);
    // every input is in the doc's table
    for (const name of Object.keys(ACTION.inputs)) expect(DOC).toContain(`| \`${name}\``);
  });

  it("uploads SARIF with the permission code scanning needs", () => {
    const workflows = blocks("yaml")
      .map((t) => parse(t) as { permissions?: Record<string, string>; jobs?: unknown })
      .filter((w) => w?.jobs);
    expect(workflows.length).toBe(2);
    for (const w of workflows) expect(w.permissions?.["security-events"]).toBe("write");
    const uploads = steps().filter((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    expect(uploads.length).toBe(2);
    for (const s of uploads) expect(s.with?.sarif_file).toBeTruthy();
  });

  it("names hooks, templates and files that exist", () => {
    const hooks = parse(readFileSync(path.join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as { id: string }[];
    const config = blocks("yaml")
      .map((t) => parse(t) as { repos?: { hooks: { id: string }[] }[] })
      .find((c) => c?.repos);
    expect(config?.repos?.[0]?.hooks.map((h) => h.id)).toEqual(hooks.map((h) => h.id));
    const template = parse(readFileSync(path.join(ROOT, "docs/ci/gitlab-ci.yml"), "utf8")) as Record<string, unknown>;
    const include = blocks("yaml")
      .map((t) => parse(t) as { include?: { remote: string }[]; [job: string]: unknown })
      .find((c) => c?.include);
    expect(include?.include?.[0]?.remote).toMatch(/\/docs\/ci\/gitlab-ci\.yml$/);
    for (const job of Object.keys(include ?? {}).filter((k) => k !== "include")) {
      expect(Object.keys(template)).toContain(job);
    }
    for (const m of DOC.matchAll(/\]\(([^)#:\s]+)(?:#[^)]*)?\)/g)) {
      expect([m[1], existsSync(path.join(ROOT, "docs", m[1]!))]).toEqual([m[1], true]);
    }
  });
});
