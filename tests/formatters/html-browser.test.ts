/**
 * The HTML report in a real browser: headless Chromium (Debian's `chromium`, which `.ci/run`
 * installs) loads the page of an English and of a Russian bill, runs its script, and the DOM after
 * that must hold every finding, with no console message at all (errors, CSP violations, anything
 * the bill could make the page do). A screenshot of the English page is kept in the OS temp folder
 * as an artifact of the run (its path is printed).
 *
 * Without Chromium on PATH the test fails and says how to install it: a report nobody checked in a
 * browser is not a passing test.
 */
import { spawn } from "node:child_process";
import {
  accessSync,
  constants,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { builtinRules } from "../../rules/index.js";
import { toReport } from "../../src/cli/lint-file.js";
import { html } from "../../src/formatters/html.js";
import type { FileReport, FormatContext } from "../../src/formatters/types.js";
import type { Locale } from "../../src/i18n/index.js";
import { lintText } from "../../src/lint.js";

const EN = `Article 1. Worship
1. Religious services may be held only after state registration of the religious association.

Article 2. Surveillance
The police may use facial recognition in public places.

Article 3. <script>console.error("xss")</script> Notices
The body may publish <img src=x onerror="console.error('xss')"> notices "onload=console.error(1) ' and <b>bold</b>.
`;

const RU = `Статья 1. Богослужения
1. Богослужения проводятся только после государственной регистрации религиозного объединения.
2. Каждый имеет право на свободу совести.

Статья 2. Наблюдение
Полиция вправе применять распознавание лиц в общественных местах.
`;

/** The first `chromium` or `chromium-browser` on PATH, or undefined. */
function findChromium(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    for (const name of ["chromium", "chromium-browser"]) {
      const file = path.join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        if (statSync(file).isFile()) return file;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs Chromium in its own process group and ends that group when it exits or times out, so no
 * renderer or GPU process outlives the test.
 */
function chromium(binary: string, args: string[], timeoutMs = 60_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    const endGroup = (): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // the group is gone already
      }
    };
    const timer = setTimeout(() => {
      endGroup();
      reject(new Error(`chromium did not finish within ${timeoutMs} ms: ${stderr.slice(-2000)}`));
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      endGroup();
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      endGroup();
      resolve({ code, stdout, stderr });
    });
  });
}

function lint(filePath: string, text: string, locale: Locale): FileReport {
  const r = lintText(text, { filePath, preset: "kz-2026", locale });
  return toReport(filePath, text, r);
}

function context(locale: Locale): FormatContext {
  return {
    cwd: process.cwd(),
    rules: new Map(builtinRules.map((r) => [r.meta.id, r.meta])),
    color: false,
    version: "0.0.0-test",
    locale,
  };
}

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0"];

describe("html report in headless Chromium", () => {
  const binary = findChromium();
  const dir = mkdtempSync(path.join(tmpdir(), "rightslint-html-report-"));
  // the pages and the screenshot stay; Chromium's profiles (megabytes each) go
  afterAll(() => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith("profile-")) rmSync(path.join(dir, name), { recursive: true, force: true });
    }
  });

  const check = async (name: string, report: FileReport, locale: Locale): Promise<string> => {
    if (!binary) {
      throw new Error(
        "headless Chromium is needed to check the HTML report: no chromium or chromium-browser on PATH " +
          "(install Debian's package: apt-get install -y chromium; .ci/run does it when run as root)",
      );
    }
    expect(report.findings.length).toBeGreaterThanOrEqual(2);
    const file = path.join(dir, `${name}.html`);
    writeFileSync(file, html([report], context(locale)));
    const run = await chromium(binary, [
      ...FLAGS,
      `--user-data-dir=${path.join(dir, `profile-${name}`)}`,
      "--dump-dom",
      pathToFileURL(file).href,
    ]);
    expect(run.code, run.stderr.slice(-2000)).toBe(0);
    // the page logs nothing: no error, no refused inline script or handler, nothing from the bill
    const logged = run.stderr.split("\n").filter((line) => line.includes(":CONSOLE"));
    expect(logged).toEqual([]);
    const dom = run.stdout;
    expect(dom).toContain(`<html lang="${locale}" data-findings="${report.findings.length}">`);
    expect(dom.match(/<div class="finding /g) ?? []).toHaveLength(report.findings.length);
    expect(dom).toContain(`<output id="shown">${report.findings.length}</output>`);
    expect(dom.match(/<mark /g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    return dom;
  };

  it("loads the page of an English bill without console messages and shows every finding, the bill's markup as text", async () => {
    const dom = await check("en", lint("bills/en.md", EN, "en"), "en");
    expect(dom.match(/<script\b/g)).toHaveLength(1);
    expect(dom).not.toMatch(/<img|<b>/);
    expect(dom).toContain('&lt;script&gt;console.error("xss")&lt;/script&gt;');
    expect(dom).toContain("&lt;img src=x onerror=\"console.error('xss')\"&gt;");
    expect(dom).toContain("Rights-compliance report");
  }, 120_000);

  it("loads the page of a Russian bill in Russian", async () => {
    const dom = await check("ru", lint("bills/ru.txt", RU, "ru"), "ru");
    expect(dom).toContain("Отчёт о соответствии правам человека");
    expect(dom).toContain('<div class="text" lang="ru">');
  }, 120_000);

  it("takes a screenshot of the English page (kept as an artifact)", async () => {
    if (!binary) throw new Error("headless Chromium is needed (see the tests above)");
    const file = path.join(dir, "en-shot.html");
    writeFileSync(file, html([lint("bills/en.md", EN, "en")], context("en")));
    const png = path.join(dir, "report.png");
    const run = await chromium(binary, [
      ...FLAGS,
      `--user-data-dir=${path.join(dir, "profile-shot")}`,
      `--screenshot=${png}`,
      "--window-size=1280,2000",
      "--hide-scrollbars",
      pathToFileURL(file).href,
    ]);
    expect(run.code, run.stderr.slice(-2000)).toBe(0);
    const bytes = readFileSync(png);
    // a PNG, 1280 × 2000, and not blank: a page of text compresses to far more than a few KB
    expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(bytes.readUInt32BE(16)).toBe(1280);
    expect(bytes.readUInt32BE(20)).toBe(2000);
    expect(bytes.length).toBeGreaterThan(20_000);
    console.log(`HTML report screenshot: ${png}`);
  }, 120_000);
});
