/** The engine with small rules written for the test: traversal, reports, severities, isolation, directives. */
import { describe, expect, it } from "vitest";
import { loadProfile } from "../../src/config/profiles.js";
import { defineRule, lintDocument, RULE_ERROR_ID, runRules } from "../../src/engine/index.js";
import type { ProfileLike, RuleModule } from "../../src/engine/types.js";
import type { Provision } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";
import { LineIndex } from "../../src/syntax/positions.js";

const KZ: ProfileLike = { id: "kz-2026", citation: "KZ Constitution 2026", ruleSeverity: {} };
const ICCPR: ProfileLike = {
  id: "iccpr",
  citation: "ICCPR",
  ruleSeverity: { "test/restrict-word": "error", "test/restrict-word:forever": "off" },
};

/** Flags a sentence containing "restrict" (a toy trigger: the engine is under test, not the law). */
const restrictWord = defineRule({
  meta: {
    id: "test/restrict-word",
    family: "test",
    severity: "warning",
    confidence: "medium",
    description: "flags sentences with the word restrict",
    docs: "tests/engine/run.test.ts",
    principle: { "kz-2026": "art. 7(2)", iccpr: ["art. 18(3)", "art. 19(3)"] },
    messages: { restrict: "{{label}} restricts something; {{missing}} is missing" },
    subCodes: ["forever"],
  },
  create(context) {
    return {
      Sentence(sentence, parent) {
        if (!/restrict/i.test(sentence.text)) return;
        const p = parent as Provision;
        context.report({
          node: sentence,
          messageId: "restrict",
          data: { label: p.label, missing: "a ground" },
          ...(/forever/.test(sentence.text) ? { subCode: "forever" } : {}),
        });
      },
    };
  },
});

const BILL = [
  "Article 1",
  "",
  "1. The State may restrict the right.",
  "2. Everyone is free.",
  "",
  "Article 2",
  "",
  "<!-- rightslint-disable-next-line test/restrict-word -- justified by the emergency clause -->",
  "1. The Agency may restrict access.",
  "2. The Agency may restrict access forever.",
  "",
].join("\n");

function lint(text: string, rules: RuleModule[], profiles: ProfileLike[] = [KZ]) {
  const doc = parseBill(text, { language: "en" });
  return lintDocument(doc, new LineIndex(text), { rules, profiles });
}

describe("runRules", () => {
  it("visits Document, divisions, provisions and sentences in order, with :exit after the children", () => {
    const seen: string[] = [];
    const order = defineRule({
      meta: { ...restrictWord.meta, id: "test/order" },
      create: () => ({
        Document: () => seen.push("doc"),
        Division: (d) => seen.push(`div ${d.eId}`),
        "Division:exit": (d) => seen.push(`/div ${d.eId}`),
        Provision: (p) => seen.push(`prov ${p.eId}`),
        "Provision:exit": (p) => seen.push(`/prov ${p.eId}`),
        Sentence: (s) => seen.push(`s ${s.text}`),
        "Document:exit": () => seen.push("/doc"),
      }),
    });
    runRules(parseBill("Article 1\n\n1. One. Two.\n2. Three.\n"), { rules: [order], profiles: [KZ] });
    expect(seen).toEqual([
      "doc",
      "div art_1",
      "prov art_1__para_1",
      "s One.",
      "s Two.",
      "/prov art_1__para_1",
      "prov art_1__para_2",
      "s Three.",
      "/prov art_1__para_2",
      "/div art_1",
      "/doc",
    ]);
  });

  it("reports with interpolated messages, the unit's eId and label, and the profile's article", () => {
    const doc = parseBill(BILL, { language: "en" });
    const findings = runRules(doc, { rules: [restrictWord], profiles: [KZ] });
    expect(findings.map((f) => [f.ruleId, f.severity, f.eId, f.label, f.message, f.principle, f.confidence])).toEqual([
      [
        "test/restrict-word",
        "warning",
        "art_1__para_1",
        "Art. 1(1)",
        "Art. 1(1) restricts something; a ground is missing",
        ["KZ Constitution 2026 art. 7(2)"],
        0.7,
      ],
      [
        "test/restrict-word",
        "warning",
        "art_2__para_1",
        "Art. 2(1)",
        "Art. 2(1) restricts something; a ground is missing",
        ["KZ Constitution 2026 art. 7(2)"],
        0.7,
      ],
      [
        "test/restrict-word",
        "warning",
        "art_2__para_2",
        "Art. 2(2)",
        "Art. 2(2) restricts something; a ground is missing",
        ["KZ Constitution 2026 art. 7(2)"],
        0.7,
      ],
    ]);
    expect(findings[0]?.range.start).toEqual({ line: 3, column: 4, offset: 14 });
  });

  it("runs once per profile with that profile's severity; a sub-code can be off", () => {
    const doc = parseBill(BILL, { language: "en" });
    const findings = runRules(doc, { rules: [restrictWord], profiles: [KZ, ICCPR] });
    expect(findings.map((f) => [f.label, f.profile, f.severity, f.subCode ?? "", f.principle.join("; ")])).toEqual([
      ["Art. 1(1)", "iccpr", "error", "", "ICCPR art. 18(3); ICCPR art. 19(3)"],
      ["Art. 1(1)", "kz-2026", "warning", "", "KZ Constitution 2026 art. 7(2)"],
      ["Art. 2(1)", "iccpr", "error", "", "ICCPR art. 18(3); ICCPR art. 19(3)"],
      ["Art. 2(1)", "kz-2026", "warning", "", "KZ Constitution 2026 art. 7(2)"],
      ["Art. 2(2)", "kz-2026", "warning", "forever", "KZ Constitution 2026 art. 7(2)"],
    ]);
  });

  it("honours configured severities over the profile's, and 'off'", () => {
    const doc = parseBill(BILL, { language: "en" });
    expect(
      runRules(doc, { rules: [restrictWord], profiles: [ICCPR], severity: { "test/restrict-word": "off" } }),
    ).toEqual([]);
    const info = runRules(doc, { rules: [restrictWord], profiles: [KZ], severity: { "test/restrict-word": "info" } });
    expect(info.map((f) => f.severity)).toEqual(["info", "info", "info"]);
  });

  it("escalates the profiles' and rules' own severities, never a configured one or 'off'", () => {
    const doc = parseBill(BILL, { language: "en" });
    const escalate = { info: "warning", warning: "error" } as const;
    const raised = runRules(doc, { rules: [restrictWord], profiles: [KZ, ICCPR], escalate });
    // kz-2026 has no entry: the rule's own warning becomes error; iccpr's error stays; its sub-code stays off
    expect(raised.map((f) => [f.label, f.profile, f.severity, f.subCode ?? ""])).toEqual([
      ["Art. 1(1)", "iccpr", "error", ""],
      ["Art. 1(1)", "kz-2026", "error", ""],
      ["Art. 2(1)", "iccpr", "error", ""],
      ["Art. 2(1)", "kz-2026", "error", ""],
      ["Art. 2(2)", "kz-2026", "error", "forever"],
    ]);
    const configured = runRules(doc, {
      rules: [restrictWord],
      profiles: [KZ],
      escalate,
      severity: { "test/restrict-word": "info", "test/restrict-word:forever": "warning" },
    });
    expect(configured.map((f) => f.severity)).toEqual(["info", "info", "warning"]);
  });

  it("turns a rule that throws into one finding naming the rule and the provision, and goes on", () => {
    const broken = defineRule({
      meta: { ...restrictWord.meta, id: "test/broken" },
      create: () => ({
        Provision(p) {
          if (p.eId === "art_1__para_2") throw new Error("boom");
        },
      }),
    });
    const doc = parseBill(BILL, { language: "en" });
    const findings = runRules(doc, { rules: [broken, restrictWord], profiles: [KZ] });
    expect(findings.map((f) => [f.ruleId, f.label])).toEqual([
      ["test/restrict-word", "Art. 1(1)"],
      [RULE_ERROR_ID, "Art. 1(2)"],
      ["test/restrict-word", "Art. 2(1)"],
      ["test/restrict-word", "Art. 2(2)"],
    ]);
    expect(findings[1]?.message).toBe("Rule test/broken failed on Art. 1(2) and was stopped for this bill: boom");
  });

  it("rejects malformed rule definitions", () => {
    expect(() => defineRule({ ...restrictWord, meta: { ...restrictWord.meta, id: "Bad Id" } })).toThrow(
      'rule id "Bad Id" is not of the form family/name',
    );
    expect(() => defineRule({ ...restrictWord, meta: { ...restrictWord.meta, family: "other" } })).toThrow(
      "rule test/restrict-word is not in family other",
    );
  });
});

describe("directives", () => {
  it("drops what disable-next-line covers: the whole next provision", () => {
    const findings = lint(BILL, [restrictWord]);
    expect(findings.map((f) => [f.ruleId, f.label])).toEqual([
      ["test/restrict-word", "Art. 1(1)"],
      ["test/restrict-word", "Art. 2(2)"],
    ]);
  });

  it("reports a directive without a reason, and one that suppresses nothing", () => {
    const text = "Article 1\n\n<!-- rightslint-disable-next-line test/restrict-word -->\n1. Everyone is free.\n";
    const findings = lint(text, [restrictWord]);
    expect(findings.map((f) => [f.ruleId, f.severity, f.range.start.line, f.message])).toEqual([
      [
        "directives/missing-reason",
        "warning",
        3,
        'rightslint-disable-next-line for test/restrict-word gives no reason: add " -- why this is accepted"',
      ],
      [
        "directives/unused",
        "warning",
        3,
        "rightslint-disable-next-line for test/restrict-word suppresses nothing: remove it",
      ],
    ]);
  });

  it("disables a block until enable, for named rules, a family or all rules", () => {
    const text = [
      "Article 1",
      "<!-- rightslint-disable test/* -- transitional regime, reviewed by the committee -->",
      "1. The State may restrict the right.",
      "<!-- rightslint-enable test/* -->",
      "2. The State may restrict the press.",
      "<!-- rightslint-disable -- whole annex is quoted law -->",
      "3. The State may restrict assembly.",
    ].join("\n");
    const findings = lint(text, [restrictWord]);
    expect(findings.map((f) => [f.ruleId, f.label])).toEqual([["test/restrict-word", "Art. 1(2)"]]);
  });
});

describe("context lookups", () => {
  it("resolves references and definitions and finds units by eId", () => {
    const text = [
      "Article 1. Definitions",
      "",
      'In this Law, "religious association" means a voluntary association of citizens.',
      "",
      "Article 2",
      "",
      "1. The rights in paragraph 2 of this Article and in Article 1 apply.",
      "2. Everyone is free.",
    ].join("\n");
    const seen: string[] = [];
    const probe = defineRule({
      meta: { ...restrictWord.meta, id: "test/probe" },
      create: (context) => ({
        Provision(p) {
          for (const r of context.referencesFrom(p))
            seen.push(`${p.eId} -> ${r.text} -> ${context.resolve(r)?.eId ?? "?"}`);
        },
        "Document:exit"() {
          seen.push(`def ${context.definitionOf("religious associations")?.term ?? "none"}`);
          seen.push(`eid ${context.byEId("art_2__para_2")?.label ?? "none"}`);
        },
      }),
    });
    runRules(parseBill(text, { language: "en" }), { rules: [probe], profiles: [KZ] });
    expect(seen).toEqual([
      "art_2__para_1 -> paragraph 2 of this Article -> art_2__para_2",
      "art_2__para_1 -> Article 1 -> art_1",
      "def religious association",
      "eid Art. 2(2)",
    ]);
  });
});

describe("rule options", () => {
  const withOptions = defineRule({
    meta: {
      ...restrictWord.meta,
      id: "test/with-options",
      schema: {
        type: "object",
        properties: { window: { type: "integer", minimum: 1 } },
        additionalProperties: false,
      },
      defaultOptions: { window: 12 },
    },
    create: (context) => ({
      Document: () => {
        seenOptions.push(context.options);
      },
    }),
  });
  const seenOptions: unknown[] = [];

  it("fills defaults, applies given options and rejects invalid ones with a message naming the rule", () => {
    const doc = parseBill("Article 1\n\n1. Text.\n", { language: "en" });
    runRules(doc, { rules: [withOptions], profiles: [KZ] });
    runRules(doc, { rules: [withOptions], profiles: [KZ], ruleOptions: { "test/with-options": { window: 3 } } });
    expect(seenOptions).toEqual([{ window: 12 }, { window: 3 }]);
    expect(() =>
      runRules(doc, {
        rules: [withOptions],
        profiles: [KZ],
        ruleOptions: { "test/with-options": { window: 0, x: 1 } },
      }),
    ).toThrow("options of test/with-options: options must NOT have additional properties; /window must be >= 1");
  });
});

describe("profile-independent rules", () => {
  it("run once, under the first profile that has them on", () => {
    const structural = defineRule({
      meta: { ...restrictWord.meta, id: "test/structural", profileIndependent: true },
      create: (context) => ({
        Provision(p) {
          if (p.eId === "art_1__para_1")
            context.report({ node: p, messageId: "restrict", data: { label: p.label, missing: "x" } });
        },
      }),
    });
    const doc = parseBill(BILL, { language: "en" });
    const findings = runRules(doc, { rules: [structural], profiles: [KZ, ICCPR] });
    expect(findings.map((f) => [f.ruleId, f.profile])).toEqual([["test/structural", "kz-2026"]]);
    const kzOff: ProfileLike = { ...KZ, ruleSeverity: { "test/structural": "off" } };
    const offInKz = runRules(doc, { rules: [structural], profiles: [kzOff, ICCPR] });
    expect(offInKz.map((f) => [f.ruleId, f.profile])).toEqual([["test/structural", "iccpr"]]);
  });
});

describe("conditional severities (RULES.md §5.7) and profile options", () => {
  const rule = defineRule({
    meta: {
      id: "test/conditional",
      family: "test",
      severity: "warning",
      confidence: "high",
      description: "reports every provision, under a condition when the text says so",
      docs: "",
      principle: {},
      messages: { m: "found" },
      subCodes: ["sub"],
    },
    create(context) {
      return {
        Provision(p) {
          const condition = p.sentences.some((s) => s.text.includes("constitution"))
            ? "constitution-document"
            : undefined;
          context.report({ node: p, messageId: "m", subCode: "sub", ...(condition ? { condition } : {}) });
          context.report({ node: p, messageId: "m" });
        },
      };
    },
  });
  const profile = {
    ...loadProfile("kz-2026"),
    conditionalSeverity: { "constitution-document": { "test/conditional:sub": "info" as const } },
  };

  it("a reported condition takes the profile's severity for it; without it the rule's own", () => {
    const severities = (text: string, severity?: Record<string, "error">) =>
      runRules(parseBill(text, { language: "en" }), {
        source: text,
        rules: [rule],
        profiles: [profile],
        ...(severity ? { severity } : {}),
      }).map((f) => `${f.subCode ?? "-"}:${f.severity}`);
    expect(severities("Article 1\n\n1. This constitution applies.")).toEqual(["-:warning", "sub:info"]);
    expect(severities("Article 1\n\n1. This law applies.")).toEqual(["-:warning", "sub:warning"]);
    // a configured severity wins over the condition
    expect(severities("Article 1\n\n1. This constitution applies.", { "test/conditional": "error" })).toEqual([
      "-:error",
      "sub:error",
    ]);
  });

  it("rules read the profile's options", () => {
    const text = "Article 1\n\n1. Text.";
    const seen: unknown[] = [];
    const probe = defineRule({
      ...rule,
      create(context) {
        return { Document: () => void seen.push(context.law.option("maxFounders"), context.law.option("nope")) };
      },
    });
    runRules(parseBill(text, { language: "en" }), { source: text, rules: [probe], profiles: [profile] });
    expect(seen).toEqual([10, undefined]);
  });
});
