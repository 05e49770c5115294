/**
 * GitLab: the template docs/ci/gitlab-ci.yml, its script run as a GitLab runner runs it (bash,
 * `set -eo pipefail`, the job's variables) with the built CLI as `rightslint`, on bills in a temp
 * folder; the Code Quality report it makes has the fields GitLab's schema requires and
 * fingerprints that stay the same between pipelines.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { codeQualityErrors } from "../helpers/code-quality.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = path.join(ROOT, "bin/rightslint.js");

interface Job {
  stage: string;
  image: string;
  variables: Record<string, string>;
  cache: { key: string; paths: string[] };
  script: string[];
  artifacts: { when: string; reports: { codequality: string; junit: string }; paths: string[] };
}

const TEMPLATE = parse(readFileSync(path.join(ROOT, "docs/ci/gitlab-ci.yml"), "utf8")) as Record<string, Job>;

const WORSHIP = `Article 1. Worship
1. Religious services may be held only after state registration of the religious association.
`;
const CAMERAS = `Article 1. Surveillance
The police may use facial recognition in public places.
`;

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end?: number } };
}

/** Runs the job's script (without the npm install) in `dir`, with `rightslint` on PATH. */
function runJob(dir: string, variables: Record<string, string> = {}) {
  const job = TEMPLATE.rightslint!;
  const bin = realpathSync(mkdtempSync(path.join(tmpdir(), "rightslint-gitlab-bin-")));
  writeFileSync(path.join(bin, "rightslint"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(path.join(bin, "rightslint"), 0o755);
  const script = job.script.filter((line) => !line.startsWith("npm install")).join("\n");
  const r = spawnSync("bash", ["-c", `set -eo pipefail\n${script}`], {
    cwd: dir,
    encoding: "utf8",
    env: {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`,
      LANG: "C",
      LC_ALL: "",
      NO_COLOR: "1",
      FORCE_COLOR: "",
      ...job.variables,
      ...variables,
    },
  });
  const read = (file: string) => readFileSync(path.join(dir, file), "utf8");
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, read };
}

function bills(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "rightslint-gitlab-")));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe("docs/ci/gitlab-ci.yml", () => {
  const job = TEMPLATE.rightslint!;

  it("is a job whose Code Quality and JUnit reports are the files its script writes, kept on failure", () => {
    expect(Object.keys(TEMPLATE)).toEqual(["rightslint"]);
    expect(job.artifacts.when).toBe("always");
    expect(job.artifacts.reports).toEqual({
      codequality: "gl-code-quality-report.json",
      junit: "rightslint-junit.xml",
    });
    const script = job.script.join("\n");
    expect(script).toContain("-f gitlab -o gl-code-quality-report.json");
    expect(script).toContain("-f junit -o rightslint-junit.xml");
    expect(job.cache.paths).toEqual([".rightslintcache"]);
    expect(job.script[0]).toMatch(/^npm install --global --no-audit --no-fund "rightslint@\$\{RIGHTSLINT_VERSION\}"$/);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(job.variables.RIGHTSLINT_VERSION).toBe(pkg.version);
  });

  it("runs: findings in the log, a valid Code Quality report, a JUnit report, and fails on an error", () => {
    const dir = bills({ "bills/worship.md": WORSHIP, "bills/cams.md": CAMERAS, "notes/readme.md": "# Notes\n" });
    const r = runJob(dir, { RIGHTSLINT_PATHS: "bills", RIGHTSLINT_ARGS: "--preset kz-2026" });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\n4 problems \(3 errors, 1 warning, 0 info\) in 2 files\n$/);

    const report = JSON.parse(r.read("gl-code-quality-report.json")) as Issue[];
    expect(codeQualityErrors(report)).toEqual([]);
    expect(
      report.map((i) => [i.location.path, i.location.lines.begin, i.severity, i.check_name, i.fingerprint.length]),
    ).toEqual([
      ["bills/cams.md", 2, "major", "digital/remote-biometric-identification:public-space", 64],
      ["bills/cams.md", 2, "minor", "digital/remote-biometric-identification:public-space", 64],
      ["bills/worship.md", 2, "major", "religion/registration-precondition:worship-conditioned", 64],
      ["bills/worship.md", 2, "major", "religion/registration-precondition:worship-conditioned", 64],
    ]);
    // the same finding under two profiles (kz-2026 and iccpr) is two issues
    expect(new Set(report.map((i) => i.fingerprint)).size).toBe(4);
    expect(report[2]!.description).toMatch(/^Art\. 1\(1\): Religious practice is made conditional on registration/);

    expect(r.read("rightslint-junit.xml")).toMatch(/<testsuites name="rightslint" tests="4" failures="4" errors="0">/);
    expect(JSON.parse(r.read(".rightslintcache"))).toBeTruthy();
  });

  it("keeps fingerprints between pipelines, also when lines are added above a finding", () => {
    const first = runJob(bills({ "law.md": WORSHIP }));
    const again = runJob(bills({ "law.md": WORSHIP }));
    const moved = runJob(bills({ "law.md": `Preamble.\n\n${WORSHIP}` }));
    const prints = (r: ReturnType<typeof runJob>) =>
      (JSON.parse(r.read("gl-code-quality-report.json")) as Issue[]).map((i) => [
        i.fingerprint,
        i.location.lines.begin,
      ]);
    const [[print, line]] = prints(first) as [[string, number]];
    expect(prints(again)).toEqual([[print, line]]);
    expect(prints(moved)).toEqual([[print, line + 2]]);
  });

  it("passes with empty reports when there is nothing to report", () => {
    const r = runJob(bills({ "law.md": "Article 1. Scope\nThis Law governs the publication of statutes.\n" }));
    expect([r.code, r.stdout]).toEqual([0, "1 file, no problems\n"]);
    expect(r.read("gl-code-quality-report.json")).toBe("[]\n");
  });
});
