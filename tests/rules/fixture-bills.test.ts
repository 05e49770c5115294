/**
 * End to end: the fixture bills of each language linted with every built-in rule under the
 * kz-2026 preset (kz-2026 + iccpr) give exactly these findings.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/index.js";

function lintFixture(path: string) {
  const text = readFileSync(new URL(`../../fixtures/bills/${path}`, import.meta.url), "utf8");
  return lintText(text, { filePath: path, preset: "kz-2026" }).findings.map((f) => [
    `${f.range.start.line}:${f.range.start.column}`,
    f.label,
    `${f.ruleId}${f.subCode ? `:${f.subCode}` : ""}`,
    f.severity,
    f.profile,
  ]);
}

describe("fixture bills, linted", () => {
  it("en/oddities.txt: a missing article, a missing paragraph and a duplicate article (structure rules run once)", () => {
    expect(lintFixture("en/oddities.txt")).toEqual([
      ["14:1", "Art. 5", "structure/numbering-gap", "info", "kz-2026"],
      ["16:1", "Art. 5(3)", "structure/numbering-gap", "info", "kz-2026"],
      ["18:1", "Art. 5", "structure/duplicate-article-number", "error", "kz-2026"],
    ]);
  });

  it("the other fixture bills have no findings", () => {
    for (const f of ["en/constitution-excerpt.txt", "en/crlf.txt", "ru/code-excerpt.md", "kk/code-excerpt.md"]) {
      expect(lintFixture(f), f).toEqual([]);
    }
  });

  it("en/digital-services-bill.md: automated suspension of benefits (the directive covers the pilot in 6(2))", () => {
    expect(lintFixture("en/digital-services-bill.md")).toEqual([
      ["97:4", "Art. 6(1)", "digital/automated-decision-without-human-review:no-human-review", "warning", "iccpr"],
      ["97:4", "Art. 6(1)", "digital/automated-decision-without-human-review:no-human-review", "warning", "kz-2026"],
      // police facial recognition in public places; 7(2) says no court order is needed
      ["115:4", "Art. 7(1)", "digital/remote-biometric-identification:public-space", "error", "iccpr"],
      ["115:4", "Art. 7(1)", "digital/remote-biometric-identification:public-space", "warning", "kz-2026"],
      // metadata of all communications kept for five years
      ["143:4", "Art. 10(1)", "digital/indiscriminate-data-retention:all-users", "error", "iccpr"],
      ["143:4", "Art. 10(1)", "digital/indiscriminate-data-retention:all-users", "warning", "kz-2026"],
      // "The State shall not be liable for any loss or damage caused to service users by ..."
      ["153:1", "Art. 11 al. 1", "remedy/state-liability-excluded:exclusion", "error", "iccpr"],
      ["153:1", "Art. 11 al. 1", "remedy/state-liability-excluded:exclusion", "error", "kz-2026"],
    ]);
  });

  it("en/statute.txt: an ouster clause and an immunity of officials from damages", () => {
    expect(lintFixture("en/statute.txt")).toEqual([
      ["85:5", "s. 9(1)", "remedy/ouster-clause", "error", "iccpr"],
      ["85:5", "s. 9(1)", "remedy/ouster-clause", "error", "kz-2026"],
      ["87:5", "s. 9(2)", "remedy/state-liability-excluded:immunity", "error", "iccpr"],
      ["87:5", "s. 9(2)", "remedy/state-liability-excluded:immunity", "error", "kz-2026"],
    ]);
  });

  it("en/fragment.txt: a headless fragment still gets its rights findings (facial recognition without a court)", () => {
    expect(lintFixture("en/fragment.txt")).toEqual([
      ["1:1", "al. 1", "digital/remote-biometric-identification:public-space", "error", "iccpr"],
      ["1:1", "al. 1", "digital/remote-biometric-identification:public-space", "warning", "kz-2026"],
    ]);
  });

  it("ru/law-religion.txt: doctrinal review, registration as a precondition, a founders threshold", () => {
    expect(lintFixture("ru/law-religion.txt")).toEqual([
      // a state religious-studies expert review of materials (R12)
      ["40:4", "ст. 4 п. 2 пп. 2)", "religion/state-doctrinal-review:expert-review", "error", "iccpr"],
      ["40:4", "ст. 4 п. 2 пп. 2)", "religion/state-doctrinal-review:expert-review", "error", "kz-2026"],
      // missionary activity «осуществляется после регистрации» (R10, medium confidence)
      ["47:4", "ст. 5 п. 1", "religion/registration-precondition:worship-conditioned", "error", "iccpr"],
      ["47:4", "ст. 5 п. 1", "religion/registration-precondition:worship-conditioned", "error", "kz-2026"],
      // religious literature only in designated places
      ["59:4", "ст. 6 п. 1", "religion/state-doctrinal-review:distribution-places", "error", "iccpr"],
      ["59:4", "ст. 6 п. 1", "religion/state-doctrinal-review:distribution-places", "error", "kz-2026"],
      // import of religious literature after a state review
      ["60:4", "ст. 6 п. 2", "religion/state-doctrinal-review:literature-control", "error", "iccpr"],
      ["60:4", "ст. 6 п. 2", "religion/state-doctrinal-review:literature-control", "error", "kz-2026"],
      // the review article itself
      ["68:4", "ст. 7-1 п. 1", "religion/state-doctrinal-review:expert-review", "error", "iccpr"],
      ["68:4", "ст. 7-1 п. 1", "religion/state-doctrinal-review:expert-review", "error", "kz-2026"],
      // refusal on the strength of the review
      ["76:4", "ст. 8 п. 1", "religion/state-doctrinal-review:expert-review", "error", "iccpr"],
      ["76:4", "ст. 8 п. 1", "religion/state-doctrinal-review:expert-review", "error", "kz-2026"],
      // fifty founders (R11)
      ["85:60", "ст. 10 п. 1", "religion/registration-threshold:membership", "warning", "iccpr"],
      ["85:60", "ст. 10 п. 1", "religion/registration-threshold:membership", "warning", "kz-2026"],
      // the ban on unregistered associations: R10, not R8 (RULES.md §2.8: 10 before 6 and 29)
      ["86:4", "ст. 10 п. 2", "religion/registration-precondition:worship-conditioned", "error", "iccpr"],
      ["86:4", "ст. 10 п. 2", "religion/registration-precondition:worship-conditioned", "error", "kz-2026"],
    ]);
  });

  it("kk/law-religion.txt: the same findings in Kazakh", () => {
    expect(lintFixture("kk/law-religion.txt")).toEqual([
      // a state religious-studies expert review of materials (R12)
      ["40:4", "4-бап 2-тармақ 2) тармақша", "religion/state-doctrinal-review:expert-review", "error", "iccpr"],
      ["40:4", "4-бап 2-тармақ 2) тармақша", "religion/state-doctrinal-review:expert-review", "error", "kz-2026"],
      ["47:4", "5-бап 1-тармақ", "religion/registration-precondition:worship-conditioned", "error", "iccpr"],
      ["47:4", "5-бап 1-тармақ", "religion/registration-precondition:worship-conditioned", "error", "kz-2026"],
      // religious literature only in designated places
      ["59:4", "6-бап 1-тармақ", "religion/state-doctrinal-review:distribution-places", "error", "iccpr"],
      ["59:4", "6-бап 1-тармақ", "religion/state-doctrinal-review:distribution-places", "error", "kz-2026"],
      // import of religious literature after a state review
      ["60:4", "6-бап 2-тармақ", "religion/state-doctrinal-review:literature-control", "error", "iccpr"],
      ["60:4", "6-бап 2-тармақ", "religion/state-doctrinal-review:literature-control", "error", "kz-2026"],
      // the review article itself
      ["68:4", "7-1-бап 1-тармақ", "religion/state-doctrinal-review:expert-review", "error", "iccpr"],
      ["68:4", "7-1-бап 1-тармақ", "religion/state-doctrinal-review:expert-review", "error", "kz-2026"],
      // refusal on the strength of the review
      ["76:4", "8-бап 1-тармақ", "religion/state-doctrinal-review:expert-review", "error", "iccpr"],
      ["76:4", "8-бап 1-тармақ", "religion/state-doctrinal-review:expert-review", "error", "kz-2026"],
      ["85:56", "10-бап 1-тармақ", "religion/registration-threshold:membership", "warning", "iccpr"],
      ["85:56", "10-бап 1-тармақ", "religion/registration-threshold:membership", "warning", "kz-2026"],
      ["86:4", "10-бап 2-тармақ", "religion/registration-precondition:worship-conditioned", "error", "iccpr"],
      ["86:4", "10-бап 2-тармақ", "religion/registration-precondition:worship-conditioned", "error", "kz-2026"],
    ]);
  });
});
