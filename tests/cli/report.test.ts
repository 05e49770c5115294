/**
 * End to end, the reports: `-f html -o report.html` for a lint run, and `rightslint statement`
 * (Markdown and HTML, the bill's language by default, the config's waivers, profiles, bad input),
 * through the built `bin/rightslint.js` in folders made in the OS temp folder.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/rightslint.js", import.meta.url));
const MAIN = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));

const EN = `# Worship and Surveillance Bill

Article 1. Worship
1. Religious services may be held only after state registration of the religious association.

Article 2. Surveillance
The police may use facial recognition in public places.
`;
const RU = `Статья 1. Богослужения
1. Богослужения проводятся только после государственной регистрации религиозного объединения.
2. Каждый имеет право на свободу совести.
`;
const WAIVERS = {
  waivers: [
    {
      rule: "digital/remote-biometric-identification",
      provision: "art_2",
      reason: "Pilot scheme, reviewed by the ombudsman",
    },
    { rule: "assembly/*", provision: "art_9", reason: "Left from an earlier draft" },
  ],
};

function folder(files: Record<string, string | Buffer>): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "rightslint-report-")));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

function run(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, LANG: "C", LC_ALL: "", LC_MESSAGES: "", NO_COLOR: "", FORCE_COLOR: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const headings = (markdown: string) => markdown.split("\n").filter((l) => l.startsWith("#"));

describe("rightslint -f html", () => {
  it("writes one page for the run with -o, every finding of the run in it, and keeps the exit code", () => {
    const dir = folder({ "bills/en.md": EN, "bills/ru.txt": RU });
    const json = run(dir, ["-f", "json"]);
    const count = (JSON.parse(json.stdout) as { messages: unknown[] }[]).reduce((n, f) => n + f.messages.length, 0);
    expect(count).toBe(3);
    const r = run(dir, ["-f", "html", "-o", "out/report.html"]);
    expect(r).toMatchObject({ code: 1, stdout: "", stderr: "" });
    const page = readFileSync(path.join(dir, "out/report.html"), "utf8");
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page.match(/<div class="finding /g)).toHaveLength(count);
    expect(page).toContain('<h2 class="file">bills/en.md</h2>');
    expect(page).toContain('<h2 class="file">bills/ru.txt</h2>');
    expect(page).toContain('<p class="totals">3 problems (2 errors, 1 warning, 0 info) in 2 files</p>');
    expect(page).toContain('<h3 class="h" id="b1-art_1">Article 1. Worship</h3>');
    // to standard output without -o, in the locale asked for
    const ru = run(dir, ["-f", "html", "--locale", "ru", "bills/ru.txt"]);
    expect(ru.code).toBe(1);
    expect(ru.stdout.startsWith('<!DOCTYPE html>\n<html lang="ru">')).toBe(true);
    expect(ru.stdout).toContain("Отчёт о соответствии правам человека");
  });
});

describe("rightslint statement", () => {
  it("writes the statement in Markdown, in the bill's language, with the config's waivers and their reasons (exit 0)", () => {
    const dir = folder({ "en.md": EN, "rightslint.config.json": JSON.stringify(WAIVERS) });
    const r = run(dir, ["statement", "en.md"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(headings(r.stdout)).toEqual([
      "# Statement of compatibility with human rights",
      "## Summary",
      "## Rights engaged",
      "## Limitations found",
      "### Art. 1(1)",
      "## Open findings",
      "### Errors (1)",
      "## Waivers",
      "### Applied",
      "### Matched no finding (check whether they are still needed)",
    ]);
    const lines = r.stdout.split("\n");
    expect(lines.slice(2, 5)).toEqual([
      "- **Bill:** Worship and Surveillance Bill",
      "- **File:** en.md",
      "- **Checked against:** KZ Constitution 2026",
    ]);
    expect(lines).toContain("- Open findings: 1 (1 error, 0 warnings, 0 info).");
    expect(lines).toContain("- Waivers applied: 1; waivers that matched no finding: 1.");
    expect(lines).toContain(
      "- Art. 2 — `digital/remote-biometric-identification`: Pilot scheme, reviewed by the ombudsman (1 finding waived)",
    );
    expect(lines).toContain("- art\\_9 — `assembly/*`: Left from an earlier draft");
  });

  it("follows --preset and --profile, and --no-config-lookup drops the config's waivers", () => {
    const dir = folder({ "en.md": EN, "rightslint.config.json": JSON.stringify(WAIVERS) });
    const preset = run(dir, ["statement", "en.md", "--preset", "kz-2026"]);
    expect(preset.code).toBe(0);
    expect(preset.stdout).toContain("- **Checked against:** KZ Constitution 2026; ICCPR\n");
    expect(preset.stdout).toContain("- Open findings: 2 (2 errors, 0 warnings, 0 info).");
    // the waiver has no profile: it accepts the finding under both
    expect(preset.stdout).toContain("Pilot scheme, reviewed by the ombudsman (2 findings waived)");
    // a waived limitation still engages the right: the article and the principles stay in the table
    expect(preset.stdout).toContain(
      "| Art. 2. Surveillance | — | ICCPR art. 17; ICCPR art. 21; KZ Constitution 2026 art. 21(1); KZ Constitution 2026 art. 34 | 0 |",
    );
    const iccpr = run(dir, ["statement", "en.md", "--profile", "iccpr", "--no-config-lookup"]);
    expect(iccpr.stdout).toContain("- **Checked against:** ICCPR\n");
    expect(iccpr.stdout).toContain("No waivers apply to this bill.");
  });

  it("is in Russian for a Russian bill; --locale overrides", () => {
    const dir = folder({ "ru.txt": RU });
    const r = run(dir, ["statement", "ru.txt"]);
    expect(r.code).toBe(0);
    expect(headings(r.stdout)).toEqual([
      "# Заключение о соответствии правам человека",
      "## Сводка",
      "## Затрагиваемые права",
      "## Выявленные ограничения",
      "### ст. 1 п. 1",
      "## Открытые замечания",
      "### Ошибки (1)",
      "## Исключения",
    ]);
    expect(r.stdout).toContain(
      "| ст. 1. Богослужения | свобода совести и вероисповедания | KZ Constitution 2026 art. 7(1)–(2) | 1 |",
    );
    const en = run(dir, ["statement", "ru.txt", "--locale", "en"]);
    expect(en.stdout.split("\n")[0]).toBe("# Statement of compatibility with human rights");
    expect(en.stdout).toContain(
      "- **error** — Religious practice conditional on registration: Religious practice is made",
    );
  });

  it("writes HTML with --format html -o", () => {
    const dir = folder({ "en.md": EN });
    const r = run(dir, ["statement", "en.md", "--format", "html", "-o", "memo/statement.html"]);
    expect(r).toMatchObject({ code: 0, stdout: "", stderr: "" });
    const page = readFileSync(path.join(dir, "memo/statement.html"), "utf8");
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain("<h1>Statement of compatibility with human rights</h1>");
    expect(page).not.toContain("<script");
    expect(run(dir, ["statement", "en.md", "-f", "html"]).stdout).toBe(page);
  });

  it("bad input: one line on stderr, exit 2", () => {
    const dir = folder({
      "en.md": EN,
      "act.xml": "<akomaNtoso/>",
      "bin.txt": Buffer.from([0, 1, 2, 3]),
      "bad/rightslint.config.json": "{ not json",
      "bad/b.md": EN,
    });
    const cases: [string[], RegExp][] = [
      [["statement", "missing.md"], /^rightslint: missing\.md: no such file\n$/],
      [
        ["statement", "act.xml"],
        /^rightslint: act\.xml: not Akoma Ntoso, USLM or CLML XML \(root element <akomaNtoso> without a namespace\)\n$/,
      ],
      [["statement", "bin.txt"], /^rightslint: bin\.txt: looks like a binary file, not a bill\n$/],
      [["statement", "en.md", "--profile", "atlantis"], /^rightslint: Unknown profile "atlantis".*\n$/],
      [
        ["statement", "en.md", "--format", "pdf"],
        /^error: option '-f, --format <format>' argument 'pdf' is invalid\..*\n$/,
      ],
      [["statement", "bad/b.md"], /^rightslint: bad\/rightslint\.config\.json:1:3: invalid JSON.*\n$/],
      [["statement"], /^error: missing required argument 'file'\n$/],
    ];
    for (const [args, stderr] of cases) {
      const r = run(dir, args);
      expect([args, r.code, r.stdout]).toEqual([args, 2, ""]);
      expect(r.stderr).toMatch(stderr);
    }
    expect(existsSync(path.join(dir, "missing.md"))).toBe(false);
  });

  it("keeps the start-up light: the statement and its words are not in the CLI's entry chunk", () => {
    // the chunk that holds the commander program (main.js may only re-export it)
    const dir = path.dirname(MAIN);
    const chunks = readdirSync(dir).filter((f) => f.endsWith(".js"));
    const program = chunks
      .map((f) => readFileSync(path.join(dir, f), "utf8"))
      .filter((t) => t.includes('.command("statement")'));
    expect(program).toHaveLength(1);
    const main = program[0] as string;
    expect(main).not.toContain("Statement of compatibility with human rights");
    expect(main).not.toContain("Rights-compliance report");
  });
});
