/**
 * End to end: the built `bin/rightslint.js` run as a subprocess on bill folders made in the OS
 * temp folder — flags, formatters, exit codes, stdin, cache, baseline, workers, shards, bad input.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** An ANSI colour escape (built from a string: Biome refuses control characters in regex literals). */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);

const BIN = fileURLToPath(new URL("../../bin/rightslint.js", import.meta.url));

/** Bills of our own: one error (registration precondition) and one warning (facial recognition) in English. */
const EN = `Article 1. Worship
1. Religious services may be held only after state registration of the religious association.

Article 2. Surveillance
The police may use facial recognition in public places.
`;
const RU = `Статья 1. Богослужения
1. Богослужения проводятся только после государственной регистрации религиозного объединения.
2. Каждый имеет право на свободу совести.
`;
const KK = `1-бап. Құдайға құлшылық ету
1. Діни рәсімдер тек діни бірлестік мемлекеттік тіркелгеннен кейін ғана өткізіледі.
`;
const CLEAN = `Article 1. Scope
This Law governs the procedure for the publication of statutes.
`;
const WARN_ONLY = `Article 1. Surveillance
The police may use facial recognition in public places.
`;

function folder(files: Record<string, string | Buffer>): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "rightslint-e2e-")));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cwd: string, args: string[], input?: string | Buffer, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: "utf8",
    env: { ...process.env, LANG: "C", LC_ALL: "", LC_MESSAGES: "", NO_COLOR: "", FORCE_COLOR: "", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: string; line: number; column: number; label: string; message: string }[];
  errorCount: number;
  warningCount: number;
}

const json = (r: Run): JsonResult[] => JSON.parse(r.stdout) as JsonResult[];
const brief = (results: JsonResult[]) =>
  results.flatMap((f) =>
    f.messages.map((m) => `${f.filePath} ${m.line}:${m.column} ${m.label} ${m.severity} ${m.ruleId}`),
  );

describe("rightslint [paths]: discovery and exit codes", () => {
  it("lints the current folder by default, in each language, with exact positions and labels", () => {
    const dir = folder({ "bills/en.md": EN, "bills/ru.txt": RU, "bills/kk.txt": KK, "notes.json": "{}" });
    const r = run(dir, ["-f", "json"]);
    expect(r.code).toBe(1);
    expect(brief(json(r))).toEqual([
      "bills/en.md 2:4 Art. 1(1) error religion/registration-precondition",
      "bills/en.md 5:1 Art. 2 al. 1 warning digital/remote-biometric-identification",
      "bills/kk.txt 2:4 1-бап 1-тармақ error religion/registration-precondition",
      "bills/ru.txt 2:4 ст. 1 п. 1 error religion/registration-precondition",
    ]);
  });

  it("exit 0 when clean or only warnings; 1 over --max-warnings; --quiet keeps errors only", () => {
    const dir = folder({ "clean.md": CLEAN, "warn.md": WARN_ONLY, "err.md": EN });
    expect(run(dir, ["clean.md"])).toMatchObject({ code: 0, stdout: "1 file, no problems\n" });
    expect(run(dir, ["warn.md"]).code).toBe(0);
    expect(run(dir, ["warn.md", "--max-warnings", "1"]).code).toBe(0);
    const over = run(dir, ["warn.md", "--max-warnings", "0"]);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe("rightslint: too many warnings (1, --max-warnings is 0)\n");
    const quiet = run(dir, ["err.md", "--quiet", "-f", "json"]);
    expect(brief(json(quiet))).toEqual(["err.md 2:4 Art. 1(1) error religion/registration-precondition"]);
    const quietWarn = run(dir, ["warn.md", "--quiet", "--max-warnings", "0"]);
    expect(quietWarn.code).toBe(0);
  });

  it("exit 2 with one line for usage errors: unknown option, format, rule, profile, bad --max-warnings", () => {
    const dir = folder({ "a.md": CLEAN });
    const cases: [string[], RegExp][] = [
      [["--frobnicate"], /^error: unknown option '--frobnicate'\n$/],
      [
        ["-f", "xml", "a.md"],
        /^error: option '-f, --format <name>' argument 'xml' is invalid\. Allowed choices are stylish, json, sarif, github, junit, gitlab, html\.\n$/,
      ],
      [
        ["--rule", "religion/nope:error", "a.md"],
        /^rightslint: --rule: unknown rule "religion\/nope" \(`rightslint rules` lists them\)\n$/,
      ],
      [
        ["--rule", "religion/registration-precondition", "a.md"],
        /^rightslint: --rule expects <rule-id>:<off\|info\|warn\|error> \(got "religion\/registration-precondition"\)\n$/,
      ],
      [
        ["--rule", "religion/registration-precondition:nosuch:off", "a.md"],
        /^rightslint: --rule: rule religion\/registration-precondition has no sub-code "nosuch" \(it has .+\)\n$/,
      ],
      [["--profile", "atlantis", "a.md"], /^rightslint: Unknown profile "atlantis".*\n$/],
      [
        ["--max-warnings", "many", "a.md"],
        /^error: option '--max-warnings <n>' argument 'many' is invalid\. expects a whole number\n$/,
      ],
      [["--shard", "3/2", "a.md"], /^rightslint: --shard expects <i>\/<n> with 1 ≤ i ≤ n \(got "3\/2"\)\n$/],
      [
        ["--concurrency", "lots", "a.md"],
        /^rightslint: --concurrency expects a number ≥ 1, "auto" or "off" \(got "lots"\)\n$/,
      ],
    ];
    for (const [args, stderr] of cases) {
      const r = run(dir, args);
      expect([args, r.code, r.stdout]).toEqual([args, 2, ""]);
      expect(r.stderr).toMatch(stderr);
    }
  });

  it("--rule sets a severity for the run; a sub-code can be turned off alone", () => {
    const dir = folder({ "a.md": EN });
    const off = run(dir, ["a.md", "-f", "json", "--rule", "religion/registration-precondition:off"]);
    expect([off.code, brief(json(off))]).toEqual([
      0,
      ["a.md 5:1 Art. 2 al. 1 warning digital/remote-biometric-identification"],
    ]);
    const up = run(dir, ["a.md", "-f", "json", "--rule", "digital/remote-biometric-identification:public-space:error"]);
    expect(json(up)[0]?.messages.map((m) => m.severity)).toEqual(["error", "error"]);
  });
});

describe("bad input: one line each, the other files still linted", () => {
  it("a folder with no bills: the error line alone, no empty report", () => {
    const dir = folder({ "notes.json": "{}" });
    expect(run(dir, [])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "rightslint: .: no bills found (looked for .txt, .text, .md, .markdown, .bill, .xml, .akn, .html, .htm, .docx)\n",
    });
  });

  it("missing path, folder with no bills, binary, invalid UTF-8, unsupported format, malformed XML → exit 2 after linting the rest", () => {
    const dir = folder({
      "good.md": EN,
      "empty-dir/readme.json": "{}",
      "binary.txt": Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]),
      "latin1.txt": Buffer.from("Article 1. Caf\xe9 law\n", "latin1"),
      "x.json": "{}",
      "x.akn.xml": '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n<act><body>\n</act>\n',
    });
    const r = run(dir, [
      "good.md",
      "missing.md",
      "empty-dir",
      "binary.txt",
      "latin1.txt",
      "x.json",
      "x.akn.xml",
      "-f",
      "json",
    ]);
    expect(r.code).toBe(2);
    expect(brief(json(r))).toEqual([
      "good.md 2:4 Art. 1(1) error religion/registration-precondition",
      "good.md 5:1 Art. 2 al. 1 warning digital/remote-biometric-identification",
    ]);
    expect(r.stderr.split("\n")).toEqual([
      "rightslint: missing.md: no such file or folder",
      "rightslint: empty-dir: no bills found (looked for .txt, .text, .md, .markdown, .bill, .xml, .akn, .html, .htm, .docx)",
      "rightslint: binary.txt: looks like a binary file, not a bill",
      "rightslint: latin1.txt: is not valid UTF-8 (save it as UTF-8 or UTF-16 with a BOM)",
      "rightslint: x.json: .json files are not supported (rightslint reads .txt, .md, Akoma Ntoso, USLM and CLML .xml, Akoma Ntoso .html and .docx bills)",
      "rightslint: x.akn.xml: malformed XML at line 3, column 7: unexpected close tag",
      "",
    ]);
  });

  it("an unreadable file is one line and exit 2; the others are linted", () => {
    const dir = folder({ "good.md": CLEAN, "locked.md": EN });
    // root reads any file whatever its mode: then a file whose read fails (EIO) stands in for it
    let target = "locked.md";
    if (process.getuid?.() === 0) target = "/proc/self/mem";
    else spawnSync("chmod", ["000", path.join(dir, "locked.md")]);
    const r = run(dir, ["good.md", target]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("1 file, no problems\n");
    expect(r.stderr).toMatch(
      /^rightslint: (locked\.md: permission denied|\/proc\/self\/mem: cannot be read \(EIO\))\n$/,
    );
  });

  it("reads UTF-16 with a BOM, CRLF line ends and an empty file as they are", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EN, "utf16le")]);
    const dir = folder({ "utf16.txt": utf16, "crlf.txt": EN.replace(/\n/g, "\r\n"), "empty.txt": "" });
    const r = run(dir, ["-f", "json"]);
    expect(r.code).toBe(1);
    expect(brief(json(r))).toEqual([
      "crlf.txt 2:4 Art. 1(1) error religion/registration-precondition",
      "crlf.txt 5:1 Art. 2 al. 1 warning digital/remote-biometric-identification",
      "utf16.txt 2:4 Art. 1(1) error religion/registration-precondition",
      "utf16.txt 5:1 Art. 2 al. 1 warning digital/remote-biometric-identification",
    ]);
    expect(json(r).map((f) => [f.filePath, f.errorCount])).toContainEqual(["empty.txt", 0]);
  });
});

describe("stdin, output file, colour", () => {
  it("--stdin lints standard input under the name --stdin-filename gives", () => {
    const dir = folder({});
    const r = run(dir, ["--stdin", "--stdin-filename", "bills/draft.md", "-f", "json"], EN);
    expect(r.code).toBe(1);
    expect(brief(json(r))).toEqual([
      "bills/draft.md 2:4 Art. 1(1) error religion/registration-precondition",
      "bills/draft.md 5:1 Art. 2 al. 1 warning digital/remote-biometric-identification",
    ]);
    const anon = run(dir, ["--stdin"], CLEAN);
    expect([anon.code, anon.stdout]).toEqual([0, "1 file, no problems\n"]);
    expect(run(dir, ["--stdin", "a.md"], CLEAN)).toMatchObject({
      code: 2,
      stderr: "rightslint: --stdin lints standard input: give no paths with it\n",
    });
  });

  it("-o writes the report to a file and nothing to stdout; colour only when asked", () => {
    const dir = folder({ "a.md": EN });
    const r = run(dir, ["a.md", "-f", "sarif", "-o", "out/report.sarif"]);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    const sarif = JSON.parse(readFileSync(path.join(dir, "out/report.sarif"), "utf8"));
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual([
      "religion/registration-precondition",
      "digital/remote-biometric-identification",
    ]);
    expect(run(dir, ["a.md"]).stdout).not.toMatch(ANSI);
    expect(run(dir, ["a.md", "--color"]).stdout).toMatch(ANSI);
    expect(run(dir, ["a.md"], undefined, { FORCE_COLOR: "1" }).stdout).toMatch(ANSI);
    expect(run(dir, ["a.md", "--no-color"], undefined, { FORCE_COLOR: "1" }).stdout).not.toMatch(ANSI);
  });
});

describe("formatters through the CLI", () => {
  const dir = folder({ "bills/law, draft: v1.md": EN });

  it("sarif has every field GitHub code scanning requires", () => {
    const log = JSON.parse(run(dir, ["-f", "sarif"]).stdout);
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif/);
    const runObj = log.runs[0];
    expect(runObj.columnKind).toBe("utf16CodeUnits");
    for (const rule of runObj.tool.driver.rules) {
      for (const key of ["id", "name"]) expect(typeof rule[key]).toBe("string");
      for (const key of ["shortDescription", "fullDescription", "help"])
        expect(rule[key].text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
    }
    for (const res of runObj.results) {
      expect(res.message.text.length).toBeGreaterThan(0);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe("bills/law%2C%20draft%3A%20v1.md");
      for (const key of ["startLine", "startColumn", "endLine", "endColumn"])
        expect(loc.region[key]).toBeGreaterThan(0);
      expect(res.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]+:\d+$/);
      expect(runObj.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
    }
  });

  it("github annotations escape the file name's ',' and ':' and end with a summary line", () => {
    const lines = run(dir, ["-f", "github"]).stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /^::error file=bills\/law%2C draft%3A v1\.md,line=2,endLine=2,col=4,endColumn=93,title=rightslint religion\/registration-precondition%3Aworship-conditioned \(Art\. 1\(1\)\)::Religious practice/,
    );
    expect(lines.at(-1)).toBe("rightslint: 2 problems (1 error, 1 warning, 0 info) in 1 file");
  });

  it("junit is one testsuite per file with a failure per finding", () => {
    const xml = run(dir, ["-f", "junit"]).stdout;
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml).toMatch(/<testsuite name="bills\/law, draft: v1\.md"/);
  });
});

describe("cache, baseline, workers, shards", () => {
  it("a second run reads the cache; a changed bill or option is linted again", () => {
    const dir = folder({ "a.md": EN, "b.md": CLEAN });
    const first = run(dir, ["--cache", "-f", "json"]);
    const cacheFile = path.join(dir, ".rightslintcache");
    const cache = JSON.parse(readFileSync(cacheFile, "utf8"));
    expect(Object.keys(cache.files).sort()).toEqual(["a.md", "b.md"]);
    // prove the second run reads the cache: a message changed in it comes out as it is
    cache.files["a.md"].result.findings[0].message = "FROM THE CACHE";
    writeFileSync(cacheFile, JSON.stringify(cache));
    const second = run(dir, ["--cache", "-f", "json"]);
    expect(json(second)[0]?.messages[0]?.message).toBe("FROM THE CACHE");
    // other options (here a rule's severity) make another run key: everything is linted again
    const other = run(dir, ["--cache", "-f", "json", "--rule", "religion/registration-precondition:warn"]);
    expect(json(other)[0]?.messages[0]?.message).toMatch(/^Religious practice/);
    // a changed bill is linted again
    run(dir, ["--cache", "-f", "json"]);
    writeFileSync(path.join(dir, "a.md"), CLEAN);
    expect(json(run(dir, ["--cache", "-f", "json"]))[0]?.messages).toEqual([]);
    expect(json(first)[0]?.messages).toHaveLength(2);
    const elsewhere = run(dir, ["--cache", "--cache-location", "tmp/cache.json"]);
    expect(elsewhere.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, "tmp/cache.json"), "utf8")).files["../a.md"]).toBeDefined();
  });

  it("--update-baseline records today's findings; later runs report only new ones", () => {
    const dir = folder({ "bills/a.md": EN });
    const rec = run(dir, ["--baseline", "ci/baseline.json", "--update-baseline"]);
    expect(rec.code).toBe(0);
    expect(rec.stderr).toBe("rightslint: ci/baseline.json: baseline written (2 findings)\n");
    const b = JSON.parse(readFileSync(path.join(dir, "ci/baseline.json"), "utf8"));
    expect(Object.keys(b.files)).toEqual(["../bills/a.md"]);
    expect(run(dir, ["--baseline", "ci/baseline.json"])).toMatchObject({ code: 0, stdout: "1 file, no problems\n" });
    // a provision added above: positions move, the old findings stay accepted, the new one is reported
    writeFileSync(
      path.join(dir, "bills/a.md"),
      `Article 0. New\nMissionary activity may be carried out only after state registration.\n\n${EN}`,
    );
    const after = run(dir, ["--baseline", "ci/baseline.json", "-f", "json"]);
    expect([after.code, brief(json(after))]).toEqual([
      1,
      ["bills/a.md 2:1 Art. 0 al. 1 error religion/registration-precondition"],
    ]);
    expect(run(dir, ["--baseline", "nope.json"])).toMatchObject({
      code: 2,
      stderr: "rightslint: nope.json: no such baseline file (create it with --update-baseline)\n",
    });
  });

  it("two workers give exactly the output of one thread; shards add up to the full run", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`b${String(i).padStart(2, "0")}.md`] = [EN, RU, KK, CLEAN][i % 4] as string;
    const dir = folder(files);
    const one = run(dir, ["-f", "json", "--concurrency", "off"]);
    const two = run(dir, ["-f", "json", "--concurrency", "2"]);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(run(dir, ["-f", "json", "--concurrency", "auto"]).stdout).toBe(one.stdout);
    const shards = [1, 2, 3].map((i) => json(run(dir, ["-f", "json", "--shard", `${i}/3`])));
    expect(shards.every((s) => s.length === 4)).toBe(true);
    const union = shards.flat().sort((a, b) => (a.filePath < b.filePath ? -1 : 1));
    expect(JSON.stringify(union)).toBe(JSON.stringify(json(one)));
  });
});

describe("config files through the CLI", () => {
  it("finds rightslint.config.json walking up from each file; nearer configs and overrides win", () => {
    const dir = folder({
      "rightslint.config.json": JSON.stringify({
        rules: { "digital/remote-biometric-identification": "error" },
        overrides: [{ files: ["archive/**"], rules: { "religion/registration-precondition": "off" } }],
        ignores: ["drafts/**"],
      }),
      "a.md": EN,
      "archive/old.md": EN,
      "drafts/wip.md": EN,
      "sub/.rightslintrc.json": JSON.stringify({ rules: { "digital/remote-biometric-identification": "off" } }),
      "sub/b.md": EN,
    });
    const r = run(dir, ["-f", "json"]);
    expect(r.code).toBe(1);
    expect(brief(json(r))).toEqual([
      "a.md 2:4 Art. 1(1) error religion/registration-precondition",
      "a.md 5:1 Art. 2 al. 1 error digital/remote-biometric-identification",
      "archive/old.md 5:1 Art. 2 al. 1 error digital/remote-biometric-identification",
      "sub/b.md 2:4 Art. 1(1) error religion/registration-precondition",
    ]);
    // a file the config ignores, named explicitly: a warning, not linted
    const named = run(dir, ["drafts/wip.md"]);
    expect(named.stderr).toBe(
      "rightslint: drafts/wip.md: ignored by an ignore file or the config's ignores (not linted)\n",
    );
    // -c uses that file only; --no-config-lookup none
    writeFileSync(
      path.join(dir, "other.json"),
      JSON.stringify({ rules: { "religion/registration-precondition": "off" } }),
    );
    expect(brief(json(run(dir, ["-f", "json", "-c", "other.json", "sub/b.md"])))).toEqual([
      "sub/b.md 5:1 Art. 2 al. 1 warning digital/remote-biometric-identification",
    ]);
    expect(brief(json(run(dir, ["-f", "json", "--no-config-lookup", "sub/b.md"])))).toHaveLength(2);
  });

  it("a broken config, an unknown key, an unknown rule or a plugin that fails to load: one line, exit 2", () => {
    const cases: [Record<string, string>, string][] = [
      [
        { "rightslint.config.json": '{ "rules": { ' },
        /^rightslint: rightslint\.config\.json:1:14: invalid JSON: unexpected end of file/.source,
      ],
      [
        { "rightslint.config.json": '{ "rulez": {} }' },
        /^rightslint: rightslint\.config\.json: unknown key "rulez" \(did you mean "rules"\?\)$/.source,
      ],
      [
        { "rightslint.config.json": '{ "rules": { "religion/nope": "error" } }' },
        /^rightslint: rightslint\.config\.json: .*religion\/nope/.source,
      ],
      [
        { "rightslint.config.json": '{ "profiles": ["atlantis"] }' },
        /^rightslint: rightslint\.config\.json: .*atlantis/.source,
      ],
      [
        { "rightslint.config.json": '{ "plugins": ["./broken.mjs"] }', "broken.mjs": 'throw new Error("boom");' },
        /^rightslint: rightslint\.config\.json: Plugin "\.\/broken\.mjs" cannot be loaded: boom$/.source,
      ],
    ];
    for (const [files, pattern] of cases) {
      const dir = folder({ ...files, "a.md": CLEAN });
      const r = run(dir, []);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr.trimEnd()).toMatch(new RegExp(pattern));
    }
  });

  it("a config change invalidates the cache", () => {
    const dir = folder({ "a.md": EN, "rightslint.config.json": "{}" });
    run(dir, ["--cache"]);
    const cacheFile = path.join(dir, ".rightslintcache");
    const cache = JSON.parse(readFileSync(cacheFile, "utf8"));
    cache.files["a.md"].result.findings[0].message = "FROM THE CACHE";
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect(json(run(dir, ["--cache", "-f", "json"]))[0]?.messages[0]?.message).toBe("FROM THE CACHE");
    writeFileSync(
      path.join(dir, "rightslint.config.json"),
      JSON.stringify({ rules: { "digital/remote-biometric-identification": "off" } }),
    );
    const after = json(run(dir, ["--cache", "-f", "json"]));
    expect(after[0]?.messages.map((m) => m.message.slice(0, 26))).toEqual(["Religious practice is made"]);
  });

  it("init writes a starter config from flags and refuses to overwrite it without --force", () => {
    const dir = folder({});
    const first = run(dir, ["init", "--preset", "kz-2026", "--language", "ru", "--strict"]);
    expect([first.code, first.stdout]).toEqual([0, "wrote rightslint.config.json\n"]);
    const config = JSON.parse(readFileSync(path.join(dir, "rightslint.config.json"), "utf8"));
    expect(config).toMatchObject({ preset: "kz-2026", language: "ru", extends: "rightslint:strict" });
    const again = run(dir, ["init", "--yes"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^rightslint: .*rightslint\.config\.json.*--force/);
    expect(run(dir, ["init", "--yes", "--force"]).code).toBe(0);
  });
});

describe("rightslint explain", () => {
  it("prints the rule's severity and citations per profile and its doc; an unknown rule is exit 2", () => {
    const dir = folder({});
    const r = run(dir, ["explain", "registration-precondition"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^religion\/registration-precondition: /);
    expect(lines).toContain("  kz-2026    KZ Constitution 2026 art. 7(1)–(2)");
    expect(lines).toContain("Documentation: docs/rules/religion/registration-precondition.md");
    expect(r.stdout).toMatch(/\n# /);
    const ru = run(dir, ["explain", "registration-precondition", "--locale", "ru"]);
    expect(ru.stdout.split("\n")).toContain("Документация: docs/rules/religion/registration-precondition.md");
    // the published reference, when its address is given
    const web = run(dir, ["explain", "registration-precondition"], undefined, {
      RIGHTSLINT_DOCS_URL: "https://example.org/rightslint/blob/v0.1.0/",
    });
    expect(web.stdout.split("\n")).toContain(
      "Documentation: https://example.org/rightslint/blob/v0.1.0/docs/rules/religion/registration-precondition.md",
    );
    const bad = run(dir, ["explain", "nosuch-rule"]);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'rightslint: unknown rule "nosuch-rule" (`rightslint rules` lists them)\n',
    ]);
  });
});

describe("directives", () => {
  it("an unused rightslint-disable is a warning; --no-report-unused-directives and --report-unused-directives decide over the config", () => {
    const bill = `Article 1. Scope
<!-- rightslint-disable-next-line religion/registration-precondition -- accepted by the committee -->
This Law governs the procedure for the publication of statutes.
`;
    const dir = folder({
      "a.md": bill,
      "quiet/rightslint.config.json": '{ "directives": { "reportUnused": false } }',
      "quiet/b.md": bill,
    });
    expect(brief(json(run(dir, ["-f", "json", "a.md"])))).toEqual(["a.md 2:1  warning directives/unused"]);
    expect(brief(json(run(dir, ["-f", "json", "a.md", "--no-report-unused-directives"])))).toEqual([]);
    expect(brief(json(run(dir, ["-f", "json", "quiet/b.md"])))).toEqual([]);
    expect(brief(json(run(dir, ["-f", "json", "quiet/b.md", "--report-unused-directives"])))).toEqual([
      "quiet/b.md 2:1  warning directives/unused",
    ]);
  });
});

describe("more flags", () => {
  it("--no-ignore lints what .gitignore and .rightslintignore exclude", () => {
    const dir = folder({ ".rightslintignore": "drafts/\n", "drafts/a.md": EN, "b.md": CLEAN });
    expect(json(run(dir, ["-f", "json"])).map((f) => f.filePath)).toEqual(["b.md"]);
    expect(json(run(dir, ["-f", "json", "--no-ignore"])).map((f) => f.filePath)).toEqual(["b.md", "drafts/a.md"]);
  });

  it("--locale ru gives Russian messages and summary; LANG=kk_KZ.UTF-8 gives Kazakh", () => {
    const dir = folder({ "a.txt": RU });
    const ru = run(dir, ["--locale", "ru"]);
    expect(ru.stdout).toMatch(/ошибка +Исповедование религии поставлено в зависимость от регистрации/);
    expect(ru.stdout.trimEnd().split("\n").at(-1)).toBe(
      "1 проблема (1 ошибка, 0 предупреждений, 0 информационных сообщений) в 1 файле",
    );
    const kk = run(dir, [], undefined, { LANG: "kk_KZ.UTF-8" });
    expect(kk.stdout.trimEnd().split("\n").at(-1)).toMatch(/^1 файлда 1 мәселе \(1 қате/);
    // a baseline recorded in English still accepts the findings when they are reported in Russian
    expect(run(dir, ["--baseline", "b.json", "--update-baseline"]).code).toBe(0);
    expect(run(dir, ["--baseline", "b.json", "--locale", "ru"])).toMatchObject({ code: 0 });
  });

  it("--language and --preset reach the engine", () => {
    const dir = folder({ "a.txt": RU });
    const preset = json(run(dir, ["-f", "json", "--preset", "kz-2026"]));
    expect(preset[0]?.messages.map((m) => m.ruleId)).toEqual([
      "religion/registration-precondition",
      "religion/registration-precondition",
    ]);
    const asEnglish = json(run(dir, ["-f", "json", "--language", "en"]));
    expect(asEnglish[0]?.messages).toEqual([]);
  });
});
