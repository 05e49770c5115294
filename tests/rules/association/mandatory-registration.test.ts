/**
 * R29 association/mandatory-registration: the catalogue examples (RULES.md §4 F, R29-*), own cases in
 * several drafting styles, and hard negatives that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/association/mandatory-registration.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const UNREG_W = { messageId: "unregistered", subCode: "unregistered-penalised", severity: "warning" } as const;
const UNREG_E = { messageId: "unregistered", subCode: "unregistered-penalised", severity: "error" } as const;
const DISSOLVE_W = { messageId: "extrajudicial", subCode: "extrajudicial-dissolution", severity: "warning" } as const;
const DISSOLVE_E = { messageId: "extrajudicial", subCode: "extrajudicial-dissolution", severity: "error" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R29-en-v1 (with a stub of Article 9, RULES.md §6.1)",
      language: "en",
      code: "Article 8\n\n1. Volunteer groups may operate without registration; registration is needed only to acquire legal personality. Only a court may dissolve a foundation, on the grounds listed in Article 9, after a written warning.\n\nArticle 9\n\n1. The grounds for dissolving a foundation are the repeated use of violence and calls for violence.",
    },
    {
      name: "R29-ru-v1",
      language: "ru",
      code: "Статья 12\n\n1. Волонтерские группы вправе действовать без регистрации; регистрация необходима лишь для приобретения статуса юридического лица.",
    },
    {
      name: "R29-kk-v1 (own: volunteer groups may act unregistered)",
      language: "kk",
      code: "12-бап\n\n1. Еріктілер топтары тіркеусіз әрекет ете алады; мемлекеттік тіркеу тек заңды тұлға мәртебесін алу үшін қажет.",
    },
    // --- hard negatives -----------------------------------------------------------------
    {
      name: "hard negative (en, statute): registration only confers legal personality",
      language: "en",
      code: "Article 12\n\n1. An association that wishes to acquire the rights of a legal entity applies for state registration; an unregistered association may hold meetings and collect donations.",
    },
    {
      name: "hard negative (ru): liquidation only by a court on listed grounds after a warning",
      language: "ru",
      code: "Статья 12\n\n1. Общественное объединение может быть ликвидировано только по решению суда по основаниям, указанным в пункте 2 настоящей статьи, после письменного предупреждения.",
    },
    {
      name: "hard negative (en): the Ministry applies to a court for liquidation",
      language: "en",
      code: "Article 12\n\n1. The Ministry may apply to a court for the liquidation of a public association that has used violence.",
    },
    {
      name: "hard negative (kk): the registering body brings a claim to a court",
      language: "kk",
      code: "12-бап\n\n1. Уәкілетті орган қоғамдық бірлестікті тарату туралы сотқа талап арыз береді.",
    },
    {
      name: "hard negative (kk): a public association is dissolved by decision of a court",
      language: "kk",
      code: "12-бап\n\n1. Қоғамдық бірлестік сот шешімі бойынша таратылады.",
    },
    {
      name: "hard negative (ru): the association dissolves itself by decision of its members",
      language: "ru",
      code: "Статья 12\n\n1. Общественное объединение может быть ликвидировано по решению его участников.",
    },
    {
      name: "hard negative (ru, constitution): a ban on associations that pursue violent change",
      language: "ru",
      code: "Статья 13\n\n5. Запрещается создание и деятельность общественных объединений, цели или действия которых направлены на насильственное изменение основ конституционного строя.",
    },
    {
      name: "false positive (en): registration of political parties for ballot access",
      language: "en",
      code: "Article 12\n\n1. Only political parties registered by the Central Election Commission may nominate party lists.",
    },
    {
      name: "unregistered religious groups are rule 10's (RULES.md §2.8)",
      language: "en",
      code: "Article 12\n\n1. Prayer meetings of a religious group that has not been registered are prohibited.",
    },
    {
      name: "suspension of activity is not dissolution (rules 1-3 and 34 judge it)",
      language: "en",
      code: "Article 12\n\n1. The Ministry may suspend the activity of a public association for up to three months.",
    },
    {
      name: "no association: unregistered weapons",
      language: "en",
      code: "Article 12\n\n1. Unregistered weapons are confiscated.",
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R29-en-x1",
      language: "en",
      code: "Article 12\n\n1. Taking part in the work of an unregistered volunteer group is punishable by a fine.",
      errors: [
        {
          ...UNREG_W,
          line: 3,
          column: 4,
          label: "Art. 12(1)",
          message: '"is punishable by a fine" applies to "volunteer group"',
        },
      ],
    },
    {
      name: "R29-en-x2",
      language: "en",
      code: "Article 12\n\n1. The Ministry of Justice may dissolve a foundation that twice fails to file its annual report.",
      errors: [
        {
          ...DISSOLVE_W,
          line: 3,
          column: 4,
          suggestions: 1,
          message: "under KZ Constitution 2026 (art. 26, art. 6(3)–(5))",
        },
      ],
    },
    {
      name: "R29-ru-x1",
      language: "ru",
      code: "Статья 12\n\n1. Участие в деятельности незарегистрированной волонтерской группы влечет штраф.",
      errors: [{ ...UNREG_W, line: 3, column: 4, label: "ст. 12 п. 1" }],
    },
    {
      name: "R29-kk-x1",
      language: "kk",
      code: "12-бап\n\n1. Тіркелмеген еріктілер тобының қызметіне қатысу айыппұл салуға әкеп соғады.",
      errors: [{ ...UNREG_W, line: 3, column: 4, label: "12-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "code (en): acting for an association that has not undergone state registration",
      language: "en",
      code: "Article 489. Unregistered associations\n\n8. Acting on behalf of a public association that has not undergone state registration is an administrative offence.",
      errors: [{ ...UNREG_W, line: 3, column: 4, label: "Art. 489(8)" }],
    },
    {
      name: "statute (en): a passive liquidation with no court, implicit actor",
      language: "en",
      code: "Article 12\n\n1. A public association that fails to submit its report for two years is subject to liquidation.",
      errors: [{ ...DISSOLVE_W, line: 3, column: 4, message: "the executive (no court is named)" }],
    },
    {
      name: "statute (en): an appeal to a court afterwards is not a court decision",
      language: "en",
      code: "Article 12\n\n1. The registering authority may liquidate a non-profit organisation that has failed twice to submit its annual report.\n2. The organisation may appeal the liquidation decision to a court.",
      errors: [{ ...DISSOLVE_W, line: 3, column: 4 }],
    },
    {
      name: "by-law (en): the Ministry may prohibit the activity of an association",
      language: "en",
      code: "Article 12\n\n1. The Ministry may prohibit the activity of a public association that breaches its charter.",
      errors: [{ ...DISSOLVE_W, line: 3, column: 4 }],
    },
    {
      name: "by-law (en): a point inherits the actor of its chapeau",
      language: "en",
      code: "Article 12\n\n1. The Ministry of Justice may:\n1) dissolve a public association that fails to file its report;\n2) inspect the accounts of a public association.",
      errors: [{ ...DISSOLVE_W, line: 4, column: 4, label: "Art. 12(1)(1)", message: 'is decided by "Ministry' }],
    },
    {
      name: "statute (ru): activity of unregistered public associations is prohibited",
      language: "ru",
      code: "Статья 12\n\n1. Деятельность незарегистрированных общественных объединений запрещается.",
      errors: [{ ...UNREG_W, line: 3, column: 4 }],
    },
    {
      name: "statute (ru): the Ministry of Justice decides to liquidate a foundation",
      language: "ru",
      code: "Статья 12\n\n1. Министерство юстиции вправе принять решение о ликвидации общественного фонда, если тот не представил отчет о своей деятельности.",
      errors: [{ ...DISSOLVE_W, line: 3, column: 4, suggestions: 1 }],
    },
    {
      name: "statute (ru): an association that has not reported is subject to liquidation",
      language: "ru",
      code: "Статья 12\n\n1. Общественное объединение, не представившее отчет, подлежит ликвидации.",
      errors: [{ ...DISSOLVE_W, line: 3, column: 4 }],
    },
    {
      name: "statute (kk): the registering body may dissolve a public association",
      language: "kk",
      code: "12-бап\n\n1. Тіркеуші орган жылдық есебін екі рет ұсынбаған қоғамдық бірлестікті таратуға құқылы.",
      errors: [{ ...DISSOLVE_W, line: 3, column: 4, suggestions: 1 }],
    },
    {
      name: "code (kk): activity of an unregistered public association is prohibited",
      language: "kk",
      code: "12-бап\n\n1. Тіркелмеген қоғамдық бірлестіктің қызметіне тыйым салынады.",
      errors: [{ ...UNREG_W, line: 3, column: 4 }],
    },
  ],
});

new RuleTester({ profile: "iccpr" }).run(rule, {
  valid: [
    {
      name: "iccpr (en): only a court dissolves, after a warning",
      language: "en",
      code: "Article 12\n\n1. A court may dissolve a foundation on application of the Ministry of Justice only where the foundation has used violence, and only after a written warning.",
    },
  ],
  invalid: [
    {
      name: "iccpr (en): unregistered-penalised is an error",
      language: "en",
      code: "Article 12\n\n1. Taking part in the work of an unregistered volunteer group is punishable by a fine.",
      errors: [{ ...UNREG_E, line: 3, column: 4, message: "under ICCPR (art. 22(2))" }],
    },
    {
      name: "iccpr (en): extrajudicial dissolution is an error",
      language: "en",
      code: "Article 12\n\n1. The Ministry of Justice may dissolve a foundation that twice fails to file its annual report.",
      errors: [{ ...DISSOLVE_E, line: 3, column: 4 }],
    },
  ],
});

describe("association/mandatory-registration suggestions, confidence and profiles", () => {
  const tester = new RuleTester({ profile: "echr" });
  const edit = (language: "en" | "ru" | "kk", code: string): string => {
    const [finding] = tester.findings(rule, { language, code });
    const change = finding?.suggestions[0]?.edits[0];
    if (!change) return code;
    return code.slice(0, change.range.start.offset) + change.text + code.slice(change.range.end.offset);
  };
  it("inserts the court clause where the language puts it", () => {
    expect(
      edit(
        "en",
        "Article 12\n\n1. The Ministry of Justice may dissolve a foundation that twice fails to file its report.",
      ),
    ).toContain("may, by decision of a court, dissolve a foundation");
    expect(edit("ru", "Статья 12\n\n1. Министерство юстиции вправе ликвидировать общественный фонд.")).toContain(
      "вправе по решению суда ликвидировать",
    );
    expect(edit("kk", "12-бап\n\n1. Тіркеуші орган қоғамдық бірлестікті таратуға құқылы.")).toContain(
      "сот шешімі бойынша таратуға құқылы",
    );
  });
  it("lowers confidence for an implicit actor", () => {
    const named = "Article 12\n\n1. The Ministry may liquidate a public association.";
    const implicit = "Article 12\n\n1. A public association may be liquidated.";
    expect(tester.findings(rule, { language: "en", code: named }).map((f) => f.confidence)).toEqual([0.9]);
    expect(tester.findings(rule, { language: "en", code: implicit }).map((f) => f.confidence)).toEqual([0.7]);
  });
  it("does not report a passive dissolution when the bill has a court dissolve associations", () => {
    const code =
      "Article 12\n\n1. A public association may be liquidated where it repeatedly uses violence.\n\nArticle 13\n\n1. Only a court may liquidate a public association.";
    expect(tester.findings(rule, { language: "en", code })).toEqual([]);
  });
  it("reports nothing under a profile that has the rule off (eu-digital)", () => {
    const code = "Article 12\n\n1. Taking part in the work of an unregistered volunteer group is punishable by a fine.";
    expect(tester.findings(rule, { language: "en", code, profile: "eu-digital" })).toEqual([]);
  });
});
