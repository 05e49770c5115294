/**
 * R9 religion/national-security-ground: the catalogue examples (RULES.md §4 B, R09-*), own cases
 * in several drafting styles, and hard negatives that use the trigger words lawfully. The rule is
 * on (warning) under iccpr and echr and off under kz-2026 and kz-1995.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/religion/national-security-ground.js";
import { loadProfile } from "../../../src/config/profiles.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const NS = { messageId: "nationalSecurity", severity: "warning" } as const;

new RuleTester({ profile: "iccpr" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R09-en-v1",
      language: "en",
      code: "Article 5\n\n1. The Ministry may ask a court to prohibit the use of a specific teaching text that calls for violence against pupils of another faith, where the prohibition is necessary to protect their rights.",
    },
    {
      name: "R09-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Министерство вправе обратиться в суд с требованием запретить конкретный учебный текст, призывающий к насилию против учащихся иной веры, если запрет необходим для защиты их прав.",
    },
    {
      name: "R09-kk-v1 (own): a court limits a religious gathering only as far as public order requires",
      language: "kk",
      code: "5-бап\n\n1. Сот діни рәсімді қоғамдық тәртіпті қорғау үшін қажетті шамада ғана шектей алады.",
    },
    // --- hard negatives -----------------------------------------------------------------
    {
      name: "hard negative (ru): refusal of legal-entity registration for national security (legal status, art. 22(2))",
      language: "ru",
      code: "Статья 8\n\n1. В государственной регистрации религиозного объединения в качестве юридического лица может быть отказано решением суда, если это необходимо для защиты национальной безопасности.",
    },
    {
      name: "hard negative (en): national security for an association, not for religion",
      language: "en",
      code: "Article 4\n\n1. A court may suspend a public association for up to three months where this is necessary in a democratic society to protect national security.",
    },
    {
      name: "hard negative (en): the activity of a religious body only (no practice): rule 8's ground list decides",
      language: "en",
      code: "Article 7\n\n1. The activity of a religious association may be restricted by a court only where strictly necessary to protect national security.",
    },
    {
      name: "hard negative (ru, code): the words name an offence, not the aim",
      language: "ru",
      code: "Статья 20\n\n1. Суд вправе запретить проведение религиозного обряда, если в ходе него совершаются преступления против государственной безопасности, и только в той мере, в какой это необходимо для охраны общественного порядка.",
    },
    {
      name: "hard negative (kk): the clause denies national security as a ground",
      language: "kk",
      code: "14-бап\n\n1. Ұлттық қауіпсіздік діни ғибадатты шектеуге негіз бола алмайды.",
    },
    {
      name: "hard negative (en): a guarantee ('may not restrict')",
      language: "en",
      code: "Article 8\n\n1. The security service may not restrict worship in the name of national security.",
    },
    {
      name: "hard negative (en): the name of the security service is not a ground; it may not interfere",
      language: "en",
      code: "Article 8\n\n1. The national security service may not interfere with worship.",
    },
    {
      name: "hard negative (en): national security under kz-2026, where art. 7(2) lists it (rule off)",
      language: "en",
      profile: "kz-2026",
      code: "Article 5\n\n1. The Ministry may prohibit the use of a catechism in religious schools on grounds of national security.",
    },
    {
      name: "definitions zone is not read",
      language: "en",
      code: '1. Definitions\n\n"restricted worship" means worship restricted on grounds of national security.',
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R09-en-x1 (mixed: a school and a catechism — low confidence, still reported)",
      language: "en",
      code: "Article 5\n\n1. The Ministry may prohibit the use of a catechism in religious schools on grounds of national security.",
      errors: [
        {
          ...NS,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message:
            'under ICCPR (art. 18(3)): "prohibit" limits "catechism" on the ground of "national security". Name a permitted aim instead (public safety, public order, health, morals, rights of others)',
        },
      ],
    },
    {
      name: "R09-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Министерство вправе запретить использование катехизиса в религиозных школах по соображениям национальной безопасности.",
      errors: [{ ...NS, line: 3, column: 4, label: "ст. 5 п. 1", message: '"запретить" limits "катехизиса"' }],
    },
    {
      name: "R09-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Министрлік ұлттық қауіпсіздікті қамтамасыз ету мақсатында діни мектептерде катехизисті пайдалануға тыйым салуға құқылы.",
      errors: [{ ...NS, line: 3, column: 4, label: "5-бап 1-тармақ", message: '"ұлттық қауіпсіздікті"' }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en): the akimat may forbid open-air prayers for national security",
      language: "en",
      code: "Article 6\n\n1. The akimat may forbid open-air prayers in city parks in the interests of national security.\n2. A decision under paragraph 1 may be appealed to a court.",
      errors: [{ ...NS, line: 3, column: 4, label: "Art. 6(1)", message: '"forbid" limits "prayers"' }],
    },
    {
      name: "code (ru): a passive restriction of services for state security",
      language: "ru",
      code: "Статья 12\n\n1. Проведение богослужений вне культовых зданий может быть ограничено в целях обеспечения государственной безопасности.",
      errors: [{ ...NS, line: 3, column: 4, label: "ст. 12 п. 1" }],
    },
    {
      name: "by-law (kk): street rites banned to protect state security",
      language: "kk",
      code: "9-бап\n\n1. Уәкілетті орган мемлекеттік қауіпсіздікті қорғау мақсатында көшеде діни рәсімдер өткізуге тыйым салуға құқылы.",
      errors: [{ ...NS, line: 3, column: 4, label: "9-бап 1-тармақ", message: '"діни рәсімдер"' }],
    },
    {
      name: "list (en): points inherit the chapeau's ground",
      language: "en",
      code: "Article 15\n\n1. The Minister may, where national security so requires:\n1) suspend pilgrimages abroad;\n2) prohibit street preaching.",
      errors: [
        { ...NS, line: 4, column: 4, label: "Art. 15(1)(1)", message: '"suspend" limits "pilgrimages"' },
        { ...NS, line: 5, column: 4, label: "Art. 15(1)(2)", message: '"prohibit" limits "preaching"' },
      ],
    },
    {
      name: "constitution style (en): freedom of religion limited for national security",
      language: "en",
      code: "Article 22\n\n1. Freedom of religion may be restricted by law in the interests of national security, public order and public health.",
      errors: [{ ...NS, line: 3, column: 4, label: "Art. 22(1)", message: '"Freedom of religion"' }],
    },
    {
      name: "echr (ru, amendment): quoted new wording restricts missionary activity for national security",
      language: "ru",
      profile: "echr",
      code: "Статья 1\n\nПункт 3 статьи 8 Закона изложить в следующей редакции:\n«3. Миссионерская деятельность может быть запрещена в интересах национальной безопасности.».",
      errors: [{ ...NS, line: 3, column: 1, message: "under ECHR (art. 9(2))" }],
    },
    {
      name: "plain English, ground in the next sentence of the provision",
      language: "en",
      code: "Section 3\n\n(1) Officials can stop a prayer meeting. They do this to keep national security.",
      errors: [{ ...NS, line: 3, column: 5 }],
    },
  ],
});

describe("religion/national-security-ground profiles and confidence", () => {
  const tester = new RuleTester({ profile: "iccpr" });
  const code =
    "Article 6\n\n1. The akimat may forbid open-air prayers in city parks in the interests of national security.";
  it("is a warning under iccpr and echr, off under kz-2026, kz-1995 and eu-digital", () => {
    for (const profile of ["iccpr", "echr"]) {
      expect(
        tester.findings(rule, { language: "en", code, profile }).map((f) => [f.severity, f.profile, f.principle]),
      ).toEqual([["warning", profile, [profile === "iccpr" ? "ICCPR art. 18(3)" : "ECHR art. 9(2)"]]]);
    }
    for (const profile of ["kz-2026", "kz-1995", "eu-digital"]) {
      expect(tester.findings(rule, { language: "en", code, profile }), profile).toEqual([]);
    }
  });
  it("turned on by configuration, it follows the profile's grounds: kz-1995 reports, kz-2026 (art. 7(2) lists national security) does not", () => {
    const turnedOn = (id: string) => {
      const p = loadProfile(id);
      return { ...p, ruleSeverity: { ...p.ruleSeverity, "religion/national-security-ground": "warning" as const } };
    };
    expect(tester.findings(rule, { language: "en", code, profile: turnedOn("kz-1995") }).map((f) => f.message)).toEqual(
      [expect.stringContaining("under KZ Constitution 1995 (art. 22, art. 39(1))")],
    );
    expect(tester.findings(rule, { language: "en", code, profile: turnedOn("kz-2026") })).toEqual([]);
  });
  it("is medium for a practice named in the clause, low for a mixed clause or a ground beyond the sentence", () => {
    expect(tester.findings(rule, { language: "en", code }).map((f) => f.confidence)).toEqual([0.7]);
    const mixed =
      "Article 5\n\n1. The Ministry may prohibit the use of a catechism in religious schools on grounds of national security.";
    expect(tester.findings(rule, { language: "en", code: mixed }).map((f) => f.confidence)).toEqual([0.5]);
    const both =
      "Article 5\n\n1. The Ministry may, where national security so requires:\n1) prohibit the catechism of a religious school.";
    expect(tester.findings(rule, { language: "en", code: both })).toEqual([]);
  });
});
