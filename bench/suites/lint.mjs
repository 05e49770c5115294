// Suite "lint": lintText() throughput (text -> findings) per input, every built-in rule, preset kz-2026.
import { astStats } from "../lib.mjs";
import { throughputSuite } from "./throughput.mjs";

export default throughputSuite({
  name: "lint",
  title: "Lint throughput: lintText(text) with every built-in rule, all lexicons, two profiles (preset kz-2026)",
  target: 10,
  unitsLabel: "provs/findings",
  prepare(ctx) {
    const { lintText, listRules } = ctx.parser;
    if (typeof lintText !== "function") return { error: "dist/index.mjs does not export lintText()" };
    const rules = listRules().map((m) => m.id);
    ctx.note(`lint suite: ${rules.length} built-in rule(s): ${rules.join(", ") || "none yet"}`);
    return {
      op: (text, filePath) => lintText(text, { filePath, preset: "kz-2026" }),
      units(results) {
        const provisions = results.reduce((n, r) => n + astStats(r.document).provisions, 0);
        const findings = results.reduce((n, r) => n + r.findings.length, 0);
        return `${provisions}/${findings}`;
      },
    };
  },
});
