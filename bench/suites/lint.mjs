// Suites "lint" and "lint-all": lintText() throughput (text -> findings) per input, all lexicons,
// two profiles (preset kz-2026 = kz-2026 + iccpr).
//   lint      the engine target of the rule-engine issue: the two reference rules
//             (religion/intervention-without-permitted-ground, digital/automated-decision-without-human-review);
//             target >= 10 MB/s
//   lint-all  every built-in rule (reported; the per-rule cost grows with the catalogue)
import { astStats } from "../lib.mjs";
import { throughputSuite } from "./throughput.mjs";

const REFERENCE_RULES = [
  "religion/intervention-without-permitted-ground",
  "digital/automated-decision-without-human-review",
];

function prepare(ctx, pickRules) {
  const { lintText, builtinRules } = ctx.parser;
  if (typeof lintText !== "function") return { error: "dist/index.mjs does not export lintText()" };
  if (!Array.isArray(builtinRules)) return { error: "dist/index.mjs does not export builtinRules" };
  const rules = pickRules(builtinRules);
  ctx.note(`${rules.length} rule(s): ${rules.map((r) => r.meta.id).join(", ") || "none"}`);
  return {
    op: (text, filePath) => lintText(text, { filePath, preset: "kz-2026", rules }),
    units(results) {
      const provisions = results.reduce((n, r) => n + astStats(r.document).provisions, 0);
      const findings = results.reduce((n, r) => n + r.findings.length, 0);
      return `${provisions}/${findings}`;
    },
  };
}

export const lintReference = throughputSuite({
  name: "lint",
  title: "Lint throughput: lintText(text), the two reference rules, all lexicons, two profiles (preset kz-2026)",
  target: 10,
  unitsLabel: "provs/findings",
  prepare: (ctx) => prepare(ctx, (all) => all.filter((r) => REFERENCE_RULES.includes(r.meta.id))),
});

export const lintAll = throughputSuite({
  name: "lint-all",
  title: "Lint throughput: lintText(text), every built-in rule, all lexicons, two profiles (preset kz-2026)",
  target: null,
  unitsLabel: "provs/findings",
  prepare: (ctx) => prepare(ctx, (all) => all),
});
