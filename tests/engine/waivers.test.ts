/** Waivers, baselines and data rules through the Node API. */
import { describe, expect, it } from "vitest";
import { defineDataRule, lintText, recordBaseline } from "../../src/index.js";

/** A data rule: a sanction with no appeal anywhere in the article. */
const fineWithoutAppeal = defineDataRule({
  id: "local/fine-without-appeal",
  severity: "warning",
  message: "{{label}} imposes a sanction with no appeal route",
  when: ["marker.sanction"],
  unless: ["marker.appeal"],
  scope: "article",
});

const BILL = [
  "Article 1",
  "",
  "1. A person who breaches this Article shall be liable to a fine.",
  "",
  "Article 2",
  "",
  "1. A breach of this Article is punishable by a fine.",
  "2. The decision may be appealed to a court.",
  "",
  "Article 3",
  "",
  "1. A provider that breaches this Article shall be liable to a fine.",
  "",
].join("\n");

describe("data rules", () => {
  it("fire where the concepts co-occur and nothing in scope silences them", () => {
    const r = lintText(BILL, { rules: [fineWithoutAppeal], language: "en" });
    expect(r.findings.map((f) => [f.ruleId, f.label, f.message])).toEqual([
      ["local/fine-without-appeal", "Art. 1(1)", "Art. 1(1) imposes a sanction with no appeal route"],
      ["local/fine-without-appeal", "Art. 3(1)", "Art. 3(1) imposes a sanction with no appeal route"],
    ]);
  });

  it("reject a spec without concepts", () => {
    expect(() => defineDataRule({ id: "local/x", severity: "info", message: "m", when: [] })).toThrow(
      '"when" lists no concept',
    );
  });
});

describe("waivers", () => {
  it("accept one rule on one provision (by eId or label) and report waivers that matched nothing", () => {
    const r = lintText(BILL, {
      rules: [fineWithoutAppeal],
      language: "en",
      waivers: [
        { rule: "local/fine-without-appeal", provision: "Art. 1", reason: "appeal under the Administrative Code" },
        { rule: "local/fine-without-appeal", provision: "art_9", reason: "stale" },
      ],
    });
    expect(r.findings.map((f) => f.label)).toEqual(["Art. 3(1)"]);
    expect(r.unusedWaivers.map((w) => w.provision)).toEqual(["art_9"]);
    const byEId = lintText(BILL, {
      rules: [fineWithoutAppeal],
      language: "en",
      waivers: [{ rule: "local/*", provision: "art_3__para_1", reason: "x" }],
    });
    expect(byEId.findings.map((f) => f.label)).toEqual(["Art. 1(1)"]);
  });
});

describe("baselines", () => {
  it("suppress the findings recorded for a file and report new ones, whatever lines moved", () => {
    const first = lintText(BILL, { rules: [fineWithoutAppeal], language: "en", filePath: "bill.md" });
    const baseline = recordBaseline("bill.md", first.findings);
    expect(baseline.files["bill.md"]?.map((e) => [e.ruleId, e.eId, e.count])).toEqual([
      ["local/fine-without-appeal", "art_1__para_1", 1],
      ["local/fine-without-appeal", "art_3__para_1", 1],
    ]);
    // a new article above shifts every line; a new violation appears in it
    const edited = `Article 0\n\n1. An official who breaches this Article shall be liable to a fine.\n\n${BILL}`;
    const second = lintText(edited, { rules: [fineWithoutAppeal], language: "en", filePath: "bill.md", baseline });
    expect(second.findings.map((f) => f.label)).toEqual(["Art. 0(1)"]);
  });
});

describe("plugin lexicons", () => {
  it("add concepts a data rule can use, for the bill's language", () => {
    const drones = defineDataRule({
      id: "local/drone-surveillance",
      severity: "warning",
      message: "{{label}}: drones watch people with no court order",
      when: ["local.drone", "actor.state"],
      unless: ["marker.court-order"],
      scope: "provision",
    });
    const lexicons = [
      {
        language: "en" as const,
        family: "local",
        concepts: [{ id: "local.drone", phrases: ["drone*", "unmanned aircraft"], stop: [] }],
      },
    ];
    const text =
      "Article 1\n\n1. The police may use drones to observe public gatherings.\n2. The police may use drones by decision of a court.\n";
    const r = lintText(text, { rules: [drones], language: "en", lexicons });
    expect(r.findings.map((f) => [f.ruleId, f.label])).toEqual([["local/drone-surveillance", "Art. 1(1)"]]);
    expect(lintText(text, { rules: [drones], language: "en" }).findings).toEqual([]);
  });
});
