import { describe, expect, it } from "vitest";
import { defineRule } from "../../src/engine/index.js";
import { RuleTester } from "../../src/engine/rule-tester.js";

RuleTester.describe = describe;
RuleTester.it = it;

const noShall = defineRule({
  meta: {
    id: "test/no-shall",
    family: "test",
    severity: "info",
    confidence: "high",
    description: "a toy rule: flags 'shall' in sentences",
    docs: "tests/engine/rule-tester.test.ts",
    principle: {},
    messages: { shall: "avoid 'shall' in {{label}}" },
  },
  create: (context) => ({
    Sentence(s, parent) {
      if (/\bshall\b/.test(s.text))
        context.report({ node: s, messageId: "shall", data: { label: (parent as { label: string }).label } });
    },
  }),
});

new RuleTester({ language: "en" }).run(noShall, {
  valid: ["Article 1\n\n1. The State protects rights.", { code: "1. Everyone may leave.", name: "a fragment" }],
  invalid: [
    {
      code: "Article 1\n\n1. The State shall protect rights.\n2. It shall not stop.",
      errors: [
        { messageId: "shall", line: 3, column: 4, label: "Art. 1(1)", severity: "info" },
        { messageId: "shall", line: 4, label: "Art. 1(2)", message: "avoid 'shall' in Art. 1(2)" },
      ],
    },
  ],
});

describe("RuleTester failures", () => {
  const tester = new RuleTester({ language: "en" });
  it("names a wrong expectation", () => {
    const found = tester.findings(noShall, { code: "Article 1\n\n1. It shall be." });
    expect(found.map((f) => f.label)).toEqual(["Art. 1(1)"]);
  });
  it("loads a profile given by id from the built-in profiles, and names an unknown one", () => {
    expect(tester.findings(noShall, { code: "1. It shall be.", profile: "iccpr" }).map((f) => f.profile)).toEqual([
      "iccpr",
    ]);
    expect(() => tester.findings(noShall, { code: "1. x", profile: "nowhere" })).toThrow(/nowhere/);
  });
});

describe("RuleTester catches wrong expectations", () => {
  function failures(run: () => void): string[] {
    const saved = [RuleTester.describe, RuleTester.it];
    const errors: string[] = [];
    RuleTester.describe = (_n, fn) => fn();
    RuleTester.it = (_n, fn) => {
      try {
        fn();
      } catch (e) {
        errors.push((e as Error).message);
      }
    };
    try {
      run();
    } finally {
      [RuleTester.describe, RuleTester.it] = saved as [typeof RuleTester.describe, typeof RuleTester.it];
    }
    return errors;
  }

  it("reports a wrong line, a missing finding and an unexpected one", () => {
    const errors = failures(() =>
      new RuleTester({ language: "en" }).run(noShall, {
        valid: ["Article 1\n\n1. It shall be."],
        invalid: [
          { code: "Article 1\n\n1. It shall be.", errors: [{ line: 2 }] },
          { code: "Article 1\n\n1. It is.", errors: [{ messageId: "shall" }] },
        ],
      }),
    );
    expect(errors).toEqual([
      "expected no findings, got:\n  3:4 Art. 1(1) shall  avoid 'shall' in Art. 1(1)",
      "finding 0: line is 3, expected 2",
      "expected 1 finding(s), got 0:\n",
    ]);
  });
});
