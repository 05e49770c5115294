/**
 * The GitHub Action: action.yml, and its entry (action/index.mjs with the built dist/) run as the
 * runner runs it — a Node subprocess with the inputs as `INPUT_*` variables (every input of
 * action.yml, at its default unless the test sets it), `GITHUB_WORKSPACE`, `GITHUB_OUTPUT` and
 * `GITHUB_STEP_SUMMARY` — on bills written to a temp folder.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { exitCode, inputVariable, jobSummary, readInputs, setOutput } from "../../src/cli/action.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ENTRY = path.join(ROOT, "action/index.mjs");

interface ActionYaml {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}
const ACTION = parse(readFileSync(path.join(ROOT, "action.yml"), "utf8")) as ActionYaml;

/** One error (religion/registration-precondition at 2:4 under kz-2026). */
const WORSHIP = `Article 1. Worship
1. Religious services may be held only after state registration of the religious association.
`;
/** One warning under kz-2026 (an error under iccpr). */
const CAMERAS = `Article 1. Surveillance
The police may use facial recognition in public places.
`;
const CLEAN = `Article 1. Scope
This Law governs the procedure for the publication of statutes.
`;

const ERROR_ANNOTATION =
  '::error file=bills/worship.md,line=2,endLine=2,col=4,endColumn=93,title=rightslint religion/registration-precondition%3Aworship-conditioned (Art. 1(1))::Religious practice is made conditional on registration under KZ Constitution 2026 (art. 7(1)–(2)): "Religious services" is allowed only with registration ("only after state registration"). Registration may only confer legal personality; state that communities may worship whether or not they are registered. (KZ Constitution 2026 art. 7(1)–(2))';

function workspace(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "rightslint-action-")));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

interface Step {
  code: number | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT's content. */
  outputs: string;
  /** GITHUB_STEP_SUMMARY's content. */
  summary: string;
  dir: string;
}

/** The environment without anything of an outer CI run (GITHUB_*, INPUT_*, RIGHTSLINT_*) or a locale. */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(GITHUB_|INPUT_|RIGHTSLINT_|RUNNER_|LC_|LANG$|NO_COLOR$|FORCE_COLOR$)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, LANG: "C" };
}

/** The step as the runner runs it: every input of action.yml at its default unless `inputs` sets it. */
function step(
  files: Record<string, string>,
  inputs: Record<string, string> = {},
  options: { entry?: string; env?: Record<string, string>; dir?: string } = {},
): Step {
  const dir = options.dir ?? workspace(files);
  const state = realpathSync(mkdtempSync(path.join(tmpdir(), "rightslint-runner-")));
  const outputFile = path.join(state, "output");
  const summaryFile = path.join(state, "summary.md");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: Record<string, string> = {
    ...cleanEnv(),
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...options.env,
  };
  for (const [name, input] of Object.entries(ACTION.inputs)) env[inputVariable(name)] = input.default ?? "";
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
  const r = spawnSync(process.execPath, [options.entry ?? ENTRY], { cwd: dir, env, encoding: "utf8" });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: readFileSync(outputFile, "utf8"),
    summary: readFileSync(summaryFile, "utf8"),
    dir,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: parsed SARIF
type Json = any;

/** The SARIF properties GitHub code scanning requires (../shared/notes/linters.md §3), missing or empty. */
function sarifProblems(log: Json): string[] {
  const problems: string[] = [];
  const need = (value: unknown, where: string) => {
    if (value === undefined || value === null || value === "") problems.push(where);
  };
  need(log.$schema, "$schema");
  if (log.version !== "2.1.0") problems.push("version");
  const run = log.runs?.[0];
  need(run?.tool?.driver?.name, "driver.name");
  if (!Array.isArray(run?.tool?.driver?.rules) || run.tool.driver.rules.length === 0) problems.push("driver.rules");
  for (const rule of run?.tool?.driver?.rules ?? []) {
    need(rule.id, "rule.id");
    need(rule.shortDescription?.text, `${rule.id}.shortDescription`);
    need(rule.fullDescription?.text, `${rule.id}.fullDescription`);
    need(rule.help?.text, `${rule.id}.help`);
  }
  if (!Array.isArray(run?.results)) problems.push("results");
  for (const r of run?.results ?? []) {
    need(r.message?.text, "result.message");
    const loc = r.locations?.[0]?.physicalLocation;
    need(loc?.artifactLocation?.uri, "result.uri");
    for (const k of ["startLine", "startColumn", "endLine", "endColumn"]) need(loc?.region?.[k], `result.region.${k}`);
    need(r.partialFingerprints?.primaryLocationLineHash, "result.primaryLocationLineHash");
  }
  return problems;
}

describe("action.yml", () => {
  it("is a node20 action whose entry exists, with every input and output described", () => {
    expect(ACTION.runs).toEqual({ using: "node20", main: "action/index.mjs" });
    expect(existsSync(path.join(ROOT, ACTION.runs.main))).toBe(true);
    expect(Object.keys(ACTION.inputs)).toEqual([
      "paths",
      "profiles",
      "config",
      "format",
      "output-file",
      "sarif-file",
      "max-warnings",
      "fail-on",
      "locale",
      "working-directory",
      "args",
    ]);
    for (const [name, input] of Object.entries(ACTION.inputs)) {
      expect([name, typeof input.description, input.description.length > 20]).toEqual([name, "string", true]);
      expect([name, typeof input.default]).toEqual([name, "string"]);
    }
    expect(ACTION.inputs["sarif-file"]?.default).toBe("rightslint.sarif");
    expect(ACTION.inputs["fail-on"]?.default).toBe("error");
    expect(Object.keys(ACTION.outputs)).toEqual(["errors", "warnings", "sarif-file"]);
  });

  it("has the defaults the entry assumes when an input is not set at all", () => {
    const defaults: Record<string, string> = {};
    for (const [name, input] of Object.entries(ACTION.inputs)) defaults[inputVariable(name)] = input.default ?? "";
    expect(readInputs(defaults)).toEqual(readInputs({}));
  });
});

describe("the action's inputs", () => {
  it("are read from INPUT_* variables named as the runner names them", () => {
    expect(inputVariable("max-warnings")).toBe("INPUT_MAX-WARNINGS");
    expect(inputVariable("fail-on")).toBe("INPUT_FAIL-ON");
    expect(inputVariable("working directory")).toBe("INPUT_WORKING_DIRECTORY");
    const inputs = readInputs({
      INPUT_PATHS: "bills\n  laws/part one  \n\n",
      INPUT_PROFILES: "kz-2026, iccpr echr",
      "INPUT_MAX-WARNINGS": " 3 ",
      "INPUT_FAIL-ON": "warning",
      INPUT_LOCALE: "kk",
      INPUT_FORMAT: "none",
      INPUT_ARGS: "--preset kz-2026   --cache",
    });
    expect(inputs).toMatchObject({
      paths: ["bills", "laws/part one"],
      profiles: ["kz-2026", "iccpr", "echr"],
      maxWarnings: 3,
      failOn: "warning",
      locale: "kk",
      format: "",
      args: ["--preset", "kz-2026", "--cache"],
      sarifFile: "rightslint.sarif",
      workingDirectory: ".",
    });
  });

  it("refuse bad values with one line", () => {
    expect(() => readInputs({ "INPUT_FAIL-ON": "sometimes" })).toThrow(
      'fail-on must be error, warning or never (got "sometimes")',
    );
    expect(() => readInputs({ "INPUT_MAX-WARNINGS": "ten" })).toThrow(
      'max-warnings must be a whole number (got "ten")',
    );
    expect(() => readInputs({ INPUT_LOCALE: "de" })).toThrow('locale must be en, ru or kk (got "de")');
    expect(() => readInputs({ INPUT_FORMAT: "xml" })).toThrow(
      'format "xml" is not a rightslint formatter (use one of stylish, json, sarif, github, junit, gitlab, html, or none)',
    );
  });

  it("decide the exit code by fail-on; exit code 2 fails in any case", () => {
    const none = { errors: 0, warnings: 0 };
    const warn = { errors: 0, warnings: 2 };
    const err = { errors: 1, warnings: 0 };
    expect([exitCode(0, none, "error"), exitCode(0, warn, "error"), exitCode(1, err, "error")]).toEqual([0, 0, 1]);
    expect([exitCode(0, none, "warning"), exitCode(0, warn, "warning"), exitCode(1, err, "warning")]).toEqual([
      0, 1, 1,
    ]);
    expect([exitCode(0, none, "never"), exitCode(0, warn, "never"), exitCode(1, err, "never")]).toEqual([0, 0, 0]);
    expect([exitCode(2, err, "never"), exitCode(2, undefined, "never"), exitCode(0, undefined, "error")]).toEqual([
      2, 2, 0,
    ]);
  });

  it("write outputs as the runner reads GITHUB_OUTPUT, several lines as a heredoc", () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "rightslint-output-")));
    const file = path.join(dir, "output");
    setOutput(file, "errors", "3");
    setOutput(file, "list", "a\nb");
    expect(readFileSync(file, "utf8")).toBe("errors=3\nlist<<ghadelimiter_rightslint\na\nb\nghadelimiter_rightslint\n");
  });
});

describe("the action's entry, run as the runner runs it", () => {
  it("writes SARIF, prints annotations with the summary line, sets outputs and a job summary; fails on an error", () => {
    const r = step({ "bills/worship.md": WORSHIP, "bills/clean.md": CLEAN }, { paths: "bills" });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n")).toEqual([
      ERROR_ANNOTATION,
      "rightslint: 1 problem (1 error, 0 warnings, 0 info) in 2 files",
      "",
    ]);
    expect(r.outputs).toBe("errors=1\nwarnings=0\nsarif-file=rightslint.sarif\n");

    const log = JSON.parse(readFileSync(path.join(r.dir, "rightslint.sarif"), "utf8"));
    expect(sarifProblems(log)).toEqual([]);
    const run = log.runs[0];
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toBe(`${new URL(`file://${r.dir}/`).href}`);
    expect(run.results).toHaveLength(1);
    const [result] = run.results;
    expect(result.ruleId).toBe("religion/registration-precondition");
    expect(result.level).toBe("error");
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "bills/worship.md", uriBaseId: "%SRCROOT%" },
      region: { startLine: 2, startColumn: 4, endLine: 2, endColumn: 93 },
    });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe("religion/registration-precondition");

    const summary = r.summary.split("\n");
    expect(summary.slice(0, 5)).toEqual([
      "### rightslint",
      "",
      "1 problem (1 error, 0 warnings, 0 info) in 2 files",
      "",
      "| Severity | Location | Provision | Finding | Rule |",
    ]);
    expect(summary[6]).toMatch(
      /^\| error \| bills\/worship\.md:2:4 \| Art\. 1\(1\) \| Religious practice is made conditional on registration .* \| religion\/registration-precondition:worship-conditioned \|$/,
    );
    expect(summary).toContain("SARIF for code scanning: rightslint.sarif");
  });

  it("sets the exit code by fail-on for errors, warnings and clean bills", () => {
    const cases: [string, string, Record<string, string>, number][] = [
      ["error", "error", {}, 1],
      ["error", "warning", {}, 1],
      ["error", "never", {}, 0],
      ["warning", "error", {}, 0],
      ["warning", "warning", {}, 1],
      ["warning", "never", {}, 0],
      ["warning", "error", { "max-warnings": "0" }, 1],
      ["warning", "error", { "max-warnings": "1" }, 0],
      ["clean", "warning", {}, 0],
    ];
    const bills: Record<string, string> = { error: WORSHIP, warning: CAMERAS, clean: CLEAN };
    const got = cases.map(([bill, failOn, more]) => {
      const r = step({ "bill.md": bills[bill]! }, { "fail-on": failOn, ...more });
      const counts = r.outputs.split("\n").slice(0, 2).join(" ");
      return [bill, failOn, more, r.code, counts];
    });
    expect(got).toEqual(
      cases.map(([bill, failOn, more, code]) => [
        bill,
        failOn,
        more,
        code,
        bill === "error" ? "errors=1 warnings=0" : bill === "warning" ? "errors=0 warnings=1" : "errors=0 warnings=0",
      ]),
    );
  });

  it("passes profiles, locale and config; names files relative to the repository from a working-directory", () => {
    const r = step(
      {
        "law/bills/cams.md": CAMERAS,
        "law/strict.json": JSON.stringify({ profiles: ["iccpr"] }),
      },
      { "working-directory": "law", config: "strict.json", locale: "ru", "sarif-file": "out/rl.sarif" },
    );
    expect(r.code).toBe(1); // an error under iccpr
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^::error file=law\/bills\/cams\.md,line=2,.*\(ICCPR art\. 17; ICCPR art\. 21\)$/);
    expect(lines[1]).toBe("rightslint: 1 проблема (1 ошибка, 0 предупреждений, 0 информационных сообщений) в 1 файле");
    expect(r.outputs).toBe("errors=1\nwarnings=0\nsarif-file=law/out/rl.sarif\n");
    const log = JSON.parse(readFileSync(path.join(r.dir, "law/out/rl.sarif"), "utf8"));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("law/bills/cams.md");
    expect(r.summary).toContain("| Уровень | Место | Норма | Находка | Правило |");

    const profiles = step({ "cams.md": CAMERAS }, { profiles: "iccpr", "fail-on": "never" });
    expect([profiles.code, profiles.outputs.split("\n")[0]]).toEqual([0, "errors=1"]);
  });

  it("writes another report in format to output-file, or to the log after the annotations", () => {
    const toFile = step({ "bill.md": WORSHIP }, { format: "junit", "output-file": "reports/rightslint.xml" });
    expect(toFile.code).toBe(1);
    const xml = readFileSync(path.join(toFile.dir, "reports/rightslint.xml"), "utf8");
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="rightslint" tests="1" failures="1"/,
    );
    expect(toFile.stdout.split("\n")).toHaveLength(3); // the annotation, the summary line, ""

    const toLog = step({ "bill.md": WORSHIP }, { format: "stylish" });
    const lines = toLog.stdout.split("\n");
    expect(lines[0]).toMatch(/^::error file=bill\.md,/);
    expect(lines.slice(2)).toEqual([
      "bill.md",
      expect.stringMatching(/^ {2}2:4 {2}Art\. 1\(1\) {2}error {2}Religious practice/),
      "",
      "1 problem (1 error, 0 warnings, 0 info) in 1 file",
      "",
    ]);
  });

  it("passes args to the lint command (here a shard of the files)", () => {
    const files = { "a.md": WORSHIP, "b.md": CAMERAS, "c.md": CLEAN };
    const shards = [1, 2].map((i) => step(files, { args: `--shard ${i}/2`, "fail-on": "never" }));
    const linted = shards.map((s) => Number(/in (\d+) files?/.exec(s.stdout)?.[1]));
    expect(linted[0]! + linted[1]!).toBe(3);
    const counts = shards.map((s) => s.outputs.split("\n").slice(0, 2));
    const sum = (k: number) => counts.reduce((n, c) => n + Number(c[k]!.split("=")[1]), 0);
    expect([sum(0), sum(1)]).toEqual([1, 1]);
  });

  it("fails with exit code 2 and an error annotation on bad inputs, a bad profile or an unreadable file", () => {
    const badInput = step({ "bill.md": CLEAN }, { "fail-on": "sometimes" });
    expect([badInput.code, badInput.stdout, badInput.outputs]).toEqual([
      2,
      '::error title=rightslint::fail-on must be error, warning or never (got "sometimes")\n',
      "",
    ]);
    expect(existsSync(path.join(badInput.dir, "rightslint.sarif"))).toBe(false);

    const badProfile = step({ "bill.md": CLEAN }, { profiles: "atlantis", "fail-on": "never" });
    expect(badProfile.code).toBe(2);
    expect(badProfile.stderr).toMatch(/^rightslint: .*atlantis/);
    expect(badProfile.stdout).toMatch(/^::error title=rightslint::rightslint stopped with exit code 2/);

    const noDir = step({ "bill.md": CLEAN }, { "working-directory": "nowhere" });
    expect([noDir.code, noDir.stdout]).toEqual([2, "::error title=rightslint::working-directory nowhere: ENOENT\n"]);

    // a binary file among the bills: the others are still reported, the step fails
    const binary = step({ "a.md": WORSHIP, "b.md": "\u0000\u0001\u0002" }, { "fail-on": "never" });
    expect(binary.code).toBe(2);
    expect(binary.outputs).toBe("errors=1\nwarnings=0\nsarif-file=rightslint.sarif\n");
    expect(binary.stderr).toMatch(/^rightslint: b\.md: /);
  });

  it("without dist/, builds it with npm first (a branch ref), and says so when that fails", () => {
    // the action's files without dist/, and an npm that "builds" a stand-in bundle
    const action = realpathSync(mkdtempSync(path.join(tmpdir(), "rightslint-action-src-")));
    cpSync(path.join(ROOT, "action"), path.join(action, "action"), { recursive: true });
    const bin = path.join(action, "fake-bin");
    mkdirSync(bin);
    const npm = path.join(bin, "npm");
    const stub = `export async function runAction(env) { console.log("stub ran, fail-on=" + env["INPUT_FAIL-ON"]); return 0; }\n`;
    writeFileSync(
      npm,
      `#!/bin/sh\necho "npm $*" >> "${action}/npm.log"\n[ "$1" = ci ] || exit 0\n[ -n "$FAIL_NPM" ] && exit 1\nmkdir -p dist/cli && printf '%s' '${stub}' > dist/cli/action.js\n`,
    );
    chmodSync(npm, 0o755);
    const env = { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}` };
    const entry = path.join(action, "action/index.mjs");

    const failed = step({}, {}, { entry, env: { ...env, FAIL_NPM: "1" } });
    expect(failed.code).toBe(2);
    expect(failed.stdout).toContain("::error title=rightslint::could not build rightslint for the action");
    expect(readFileSync(path.join(action, "npm.log"), "utf8")).toBe("npm ci --no-audit --no-fund\n");

    const built = step({}, {}, { entry, env });
    expect(built.code).toBe(0);
    expect(built.stdout.split("\n")).toEqual([
      "::group::rightslint: this ref of the action has no dist/; building it (npm ci)",
      "::endgroup::",
      "stub ran, fail-on=error",
      "",
    ]);
    // once built, it is used as it is
    const again = step({}, {}, { entry, env });
    expect(again.stdout).toBe("stub ran, fail-on=error\n");
    expect(readFileSync(path.join(action, "npm.log"), "utf8")).toBe(
      "npm ci --no-audit --no-fund\nnpm ci --no-audit --no-fund\n",
    );
  });
});

describe("the job summary", () => {
  it("escapes Markdown in cells and lists at most 100 findings", async () => {
    const { context, finding, rangeOf, report } = await import("../formatters/fixtures.js");
    const source = "Article 1. X\nA | B <b>*c*</b>\n";
    const f = finding({
      ruleId: "religion/registration-precondition",
      severity: "warning",
      message: "a | b\n<script> *x* [y](z)",
      range: rangeOf(source, "A | B"),
      label: "Art. 1",
    });
    const one = jobSummary([report("bills/my_bill.md", source, [f])], context(), "rightslint.sarif");
    expect(one.split("\n")[6]).toBe(
      "| warning | bills/my\\_bill.md:2:1 | Art. 1 | a \\| b \\<script\\> \\*x\\* \\[y\\](z) (kz-2026) | religion/registration-precondition |",
    );
    const many = jobSummary(
      [
        report(
          "a.md",
          source,
          Array.from({ length: 103 }, () => f),
        ),
      ],
      context(),
      "x.sarif",
    );
    expect(many.split("\n").filter((l) => l.startsWith("| warning"))).toHaveLength(100);
    expect(many).toContain("3 more findings are not listed here: see the step's log or the SARIF file.");
  });
});
