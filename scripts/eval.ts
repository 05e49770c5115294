/**
 * The accuracy harness: lints every labelled provision of fixtures/eval/*.jsonl and prints recall,
 * exact-rule recall, false-alarm rate and precision per family, per language and overall, then the
 * misses and false alarms.
 *
 *   npm run eval                       # the table, misses and false alarms
 *   npm run eval -- --family religion  # only items of one family
 *   npm run eval -- --json             # machine-readable totals
 *   npm run eval -- --check            # exit 1 when overall recall < 0.9 or false alarms > 0.05
 *
 * An item is `{ id, language, profile, text, expected: [rule ids] }` (one JSON object per line;
 * `expected: []` = compliant). The item's family is the family of its first expected rule, else of
 * the rule whose name starts its id (`no-legitimate-aim-en-3`). Findings of `structure/*` rules are
 * ignored unless the item expects one or is a structure item (the other provisions are fragments,
 * not whole bills).
 *
 * Measures, per group of items:
 * - recall: items that should be flagged and are (by any rule);
 * - exact recall: expected (item, rule) pairs found;
 * - false alarms: compliant items with any finding;
 * - precision: fired (item, rule) pairs that were expected.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Ajv2020 as Ajv } from "ajv/dist/2020.js";
import { builtinRules } from "../rules/index.js";
import { lintText } from "../src/index.js";

interface Item {
  id: string;
  language: "en" | "ru" | "kk";
  profile: string;
  text: string;
  expected: string[];
  note?: string;
}

interface Outcome {
  item: Item;
  file: string;
  family: string;
  fired: string[];
  messages: string[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const evalDir = join(root, "fixtures", "eval");

const ITEM_SCHEMA = {
  type: "object",
  required: ["id", "language", "profile", "text", "expected"],
  additionalProperties: false,
  properties: {
    id: { type: "string", minLength: 1 },
    language: { enum: ["en", "ru", "kk"] },
    profile: { type: "string", minLength: 1 },
    text: { type: "string", minLength: 1 },
    expected: { type: "array", items: { type: "string", pattern: "^[a-z]+/[a-z-]+$" } },
    note: { type: "string" },
  },
};

function fail(message: string): never {
  process.stderr.write(`rightslint eval: ${message}\n`);
  process.exit(2);
}

let args: ReturnType<typeof parseArgs>;
try {
  args = parseArgs({
    options: {
      family: { type: "string" },
      language: { type: "string" },
      json: { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
    },
  });
} catch (e) {
  fail((e as Error).message);
}
const opts = args.values as { family?: string; language?: string; json: boolean; check: boolean; quiet: boolean };

const ruleIds = new Set(builtinRules.map((r) => r.meta.id));
const ruleNames = builtinRules
  .map((r) => ({ name: r.meta.id.split("/")[1] as string, family: r.meta.family }))
  .sort((a, b) => b.name.length - a.name.length);

const familyOf = (item: Item): string => {
  const first = item.expected[0];
  if (first) return first.split("/")[0] as string;
  const byName = ruleNames.find((r) => item.id.startsWith(`${r.name}-`));
  return byName?.family ?? "other";
};

// ---- load ------------------------------------------------------------------------------------

const validate = new Ajv({ allErrors: true }).compile<Item>(ITEM_SCHEMA);
const items: { item: Item; file: string }[] = [];
const seen = new Set<string>();
let files: string[];
try {
  files = readdirSync(evalDir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort();
} catch {
  fail(`no eval folder at ${evalDir}`);
}
const unknownRules = new Set<string>();
for (const file of files) {
  const lines = readFileSync(join(evalDir, file), "utf8").split("\n");
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      fail(`${file}:${i + 1}: not JSON (${(e as Error).message})`);
    }
    if (!validate(data)) {
      const err = validate.errors?.[0];
      fail(`${file}:${i + 1}: ${err?.instancePath || "item"} ${err?.message ?? "is invalid"}`);
    }
    if (seen.has(data.id)) fail(`${file}:${i + 1}: duplicate id "${data.id}"`);
    seen.add(data.id);
    for (const r of data.expected) if (!ruleIds.has(r)) unknownRules.add(r);
    items.push({ item: data, file });
  });
}
if (items.length === 0) fail(`no items in ${evalDir}/*.jsonl`);

// ---- run -------------------------------------------------------------------------------------

const outcomes: Outcome[] = [];
const started = performance.now();
for (const { item, file } of items) {
  const family = familyOf(item);
  if (opts.family && family !== opts.family) continue;
  if (opts.language && item.language !== opts.language) continue;
  const result = lintText(item.text, { language: item.language, profiles: [item.profile] });
  const keep = result.findings.filter(
    (f) =>
      f.ruleId.includes("/") &&
      (!f.ruleId.startsWith("structure/") || family === "structure" || item.expected.includes(f.ruleId)),
  );
  const fired = [...new Set(keep.map((f) => f.ruleId))].sort();
  outcomes.push({ item, file, family, fired, messages: keep.map((f) => `${f.ruleId}: ${f.message}`) });
}
const seconds = (performance.now() - started) / 1000;

// ---- measure ---------------------------------------------------------------------------------

interface Score {
  items: number;
  flagged: number;
  caught: number;
  pairs: number;
  pairsFound: number;
  compliant: number;
  falseAlarms: number;
  firedPairs: number;
  firedRight: number;
}

const score = (list: readonly Outcome[]): Score => {
  const s: Score = {
    items: list.length,
    flagged: 0,
    caught: 0,
    pairs: 0,
    pairsFound: 0,
    compliant: 0,
    falseAlarms: 0,
    firedPairs: 0,
    firedRight: 0,
  };
  for (const o of list) {
    const expected = o.item.expected;
    if (expected.length > 0) {
      s.flagged++;
      if (o.fired.length > 0) s.caught++;
    } else {
      s.compliant++;
      if (o.fired.length > 0) s.falseAlarms++;
    }
    s.pairs += expected.length;
    s.pairsFound += expected.filter((r) => o.fired.includes(r)).length;
    s.firedPairs += o.fired.length;
    s.firedRight += o.fired.filter((r) => expected.includes(r)).length;
  }
  return s;
};

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const show = (x: number | null): string => (x === null ? "   –" : x.toFixed(2));

const metrics = (s: Score) => ({
  items: s.items,
  recall: ratio(s.caught, s.flagged),
  exactRecall: ratio(s.pairsFound, s.pairs),
  falseAlarmRate: ratio(s.falseAlarms, s.compliant),
  precision: ratio(s.firedRight, s.firedPairs),
});

const groups = (key: (o: Outcome) => string): [string, Outcome[]][] => {
  const map = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    const k = key(o);
    const list = map.get(k) ?? [];
    list.push(o);
    map.set(k, list);
  }
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
};

const byFamily = groups((o) => o.family);
const byLanguage = groups((o) => o.item.language);
const overall = metrics(score(outcomes));
const misses = outcomes.filter((o) => o.item.expected.some((r) => !o.fired.includes(r)));
const falseAlarms = outcomes.filter((o) => o.fired.some((r) => !o.item.expected.includes(r)));

if (opts.json) {
  const table = (list: [string, Outcome[]][]) => Object.fromEntries(list.map(([k, v]) => [k, metrics(score(v))]));
  process.stdout.write(
    `${JSON.stringify(
      {
        overall,
        families: table(byFamily),
        languages: table(byLanguage),
        misses: misses.map((o) => ({ id: o.item.id, expected: o.item.expected, fired: o.fired })),
        falseAlarms: falseAlarms.map((o) => ({ id: o.item.id, expected: o.item.expected, fired: o.fired })),
      },
      null,
      2,
    )}\n`,
  );
} else {
  const out: string[] = [];
  const header = `${"".padEnd(14)}${"items".padStart(6)}${"recall".padStart(8)}${"exact".padStart(8)}${"false-al".padStart(10)}${"precision".padStart(11)}`;
  const row = (name: string, list: readonly Outcome[]): string => {
    const m = metrics(score(list));
    return `${name.padEnd(14)}${String(m.items).padStart(6)}${show(m.recall).padStart(8)}${show(m.exactRecall).padStart(8)}${show(m.falseAlarmRate).padStart(10)}${show(m.precision).padStart(11)}`;
  };
  out.push(
    `rightslint eval: ${outcomes.length} labelled provisions from ${files.length} files in ${seconds.toFixed(1)} s`,
  );
  out.push("", "by family", header, ...byFamily.map(([k, v]) => row(k, v)));
  out.push("", "by language", header, ...byLanguage.map(([k, v]) => row(k, v)));
  out.push("", header, row("overall", outcomes));
  out.push(
    "",
    "recall: flagged items caught by any rule · exact: expected (item, rule) pairs found · false-al: compliant items with a finding · precision: fired (item, rule) pairs that were expected",
  );
  if (unknownRules.size > 0)
    out.push("", `expected rules not (yet) implemented: ${[...unknownRules].sort().join(", ")}`);
  if (!opts.quiet) {
    out.push("", `misses (${misses.length})`);
    for (const o of misses) {
      const missing = o.item.expected.filter((r) => !o.fired.includes(r));
      out.push(
        `  ${o.item.id} [${o.file}] missing ${missing.join(", ")}${o.fired.length ? `; fired ${o.fired.join(", ")}` : ""}`,
      );
    }
    out.push("", `false alarms (${falseAlarms.length})`);
    for (const o of falseAlarms) {
      const extra = o.fired.filter((r) => !o.item.expected.includes(r));
      out.push(`  ${o.item.id} [${o.file}] fired ${extra.join(", ")}`);
      for (const m of o.messages.filter((x) => extra.some((r) => x.startsWith(`${r}:`)))) out.push(`      ${m}`);
    }
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

if (opts.check) {
  const bad =
    (overall.recall !== null && overall.recall < 0.9) ||
    (overall.falseAlarmRate !== null && overall.falseAlarmRate > 0.05);
  process.exit(bad ? 1 : 0);
}
