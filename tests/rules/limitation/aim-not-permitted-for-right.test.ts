/**
 * R2 limitation/aim-not-permitted-for-right: the catalogue examples (RULES.md §4 A, R02-*), own cases
 * in several drafting styles and profiles, hard negatives, and the §2.8 interaction with rule 9.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/limitation/aim-not-permitted-for-right.js";
import { loadProfile } from "../../../src/config/profiles.js";
import { type ProfileLike, RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

/** iccpr with a severity changed, as a configuration would set it. */
function iccprWith(overrides: Record<string, "off" | "warning" | "error">): ProfileLike {
  const base = loadProfile("iccpr");
  return { ...base, ruleSeverity: { ...base.ruleSeverity, ...overrides } } as ProfileLike;
}

const SUSPECT = { messageId: "suspectAim", subCode: "suspect-aim" } as const;
const NOT_IN_LIST = { messageId: "notInList", subCode: "not-in-list" } as const;

new RuleTester({ profile: "iccpr" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R02-en-v1",
      language: "en",
      code: "Article 5\n\n1. The akimat may move a concert to another date only where necessary to protect public safety, in particular where the venue's safe capacity would be exceeded.",
    },
    {
      name: "R02-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Доступ к учетной записи пользователя может быть ограничен по решению суда, если это необходимо для защиты репутации конкретного лица.",
    },
    {
      name: "R02-kk-v1 (own: a court, for the reputation of a specific person)",
      language: "kk",
      code: "5-бап\n\n1. Пайдаланушының есептік жазбасына қолжетімділік сот шешімі бойынша нақты адамның ар-намысын қорғау үшін қажетті шамада ғана шектелуі мүмкін.",
    },
    // --- hard negatives -------------------------------------------------------------------
    {
      name: "hard negative (en, statute): a permitted aim, 'where necessary and proportionate', a court order",
      language: "en",
      code: "Article 9\n\n1. By decision of a court, a public association may be suspended for up to three months where this is necessary and proportionate to protect public health.",
    },
    {
      name: "hard negative (echr): a home taken in the public interest with compensation (property, P1-1)",
      language: "en",
      profile: "echr",
      code: "Article 30\n\n1. By decision of a court, a dwelling may be seized for state needs in the public interest, subject to prior payment of full compensation at market value.",
    },
    {
      name: "hard negative (kz-2026, ru): national security is a ground for religion under art. 7(2)",
      language: "ru",
      profile: "kz-2026",
      code: "Статья 6\n\n1. Суд вправе запретить проведение конкретного религиозного обряда, если это необходимо для обеспечения национальной безопасности.",
    },
    {
      name: "9 before 2 (iccpr): national security for religious practice is left to rule 9",
      language: "ru",
      code: "Статья 6\n\n1. Суд вправе запретить проведение конкретного религиозного обряда, если это необходимо для обеспечения национальной безопасности.",
    },
    {
      name: "kz-2026 maps social harmony to the constitutional order (art. 41(2))",
      language: "kk",
      profile: "kz-2026",
      code: "7-бап\n\n1. Ұлтаралық татулықты сақтау мақсатында сот шешімі бойынша митинг өткізуге тыйым салынуы мүмкін.",
    },
    {
      name: "8 before 2: a religious body dissolved by the executive with no permitted ground is rule 8's",
      language: "en",
      code: "Article 9\n\n1. The Agency for Religious Affairs may dissolve a religious community whose activity undermines the constitutional order.",
    },
    {
      name: "a purpose article is not a restriction",
      language: "en",
      code: "Article 1. Purpose\n\n1. This Law aims to strengthen traditional family values and national unity.",
    },
    {
      name: "a guarantee that names a suspect motive is not a restriction",
      language: "en",
      code: "Article 2\n\n1. No one may be restricted in the exercise of the freedom of assembly for political reasons.",
    },
    {
      name: "eu-digital: not-in-list is off (Charter art. 52(1) aims are open-ended)",
      language: "en",
      profile: "eu-digital",
      code: "Article 4\n\n1. The regulator may restrict the broadcasting of a programme in the interests of public order.",
    },
    {
      name: "hard negative (en, emergency law, kz-2026): restricting movement in an area is no restriction of a 'movement'",
      language: "en",
      profile: "kz-2026",
      code: "Section 11\n\n(1) During a state of emergency declared under Article 44 of the Constitution, the Government may by decree restrict movement in the affected area for a period not exceeding 30 days, where strictly necessary to protect public safety; the decree may be challenged before the Constitutional Court.",
    },
  ],

  invalid: [
    {
      name: "en, kz-2026: a political movement suspended for public safety",
      language: "en",
      profile: "kz-2026",
      code: "Section 12\n\n(1) The Government may by decree suspend a political movement for up to 30 days where necessary to protect public safety; the decree may be challenged before the Supreme Court.",
      errors: [
        {
          ...NOT_IN_LIST,
          severity: "warning",
          line: 3,
          column: 108,
          label: "s. 12(1)",
          message:
            '"public safety" is not a permitted aim for restricting freedom of association under KZ Constitution 2026',
        },
      ],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R02-en-x1 (iccpr: error)",
      language: "en",
      code: "Article 5\n\n1. The akimat may cancel a concert in order to protect traditional family values.",
      errors: [
        {
          ...SUSPECT,
          severity: "error",
          line: 3,
          column: 56,
          label: "Art. 5(1)",
          message:
            '"traditional family values" is not a permitted aim for restricting freedom of expression under ICCPR (art. 19(3))',
        },
      ],
    },
    {
      name: "R02-en-x1 (kz-2026: warning)",
      language: "en",
      profile: "kz-2026",
      code: "Article 5\n\n1. The akimat may cancel a concert in order to protect traditional family values.",
      errors: [{ ...SUSPECT, severity: "warning", line: 3, column: 56 }],
    },
    {
      name: "R02-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Доступ к учетной записи пользователя может быть ограничен в целях защиты авторитета государственных органов.",
      errors: [{ ...SUSPECT, severity: "error", line: 3, column: 77, label: "ст. 5 п. 1" }],
    },
    {
      name: "R02-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Мемлекеттік органдардың беделін қорғау мақсатында пайдаланушының есептік жазбасына қолжетімділік шектелуі мүмкін.",
      errors: [{ ...SUSPECT, severity: "error", line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "kz-2026: a political motive is forbidden outright, so an error (§5.7 forbidden-motive), not the warning of other suspect aims",
      language: "en",
      profile: "kz-2026",
      code: "Article 5\n\n1. The akimat may refuse to register a newspaper for political reasons.",
      errors: [{ ...SUSPECT, severity: "error", line: 3, column: 54 }],
    },
    {
      name: "echr (en, statute): economic well-being is not an art. 10(2) aim",
      language: "en",
      profile: "echr",
      code: "Article 10\n\n1. The broadcasting regulator may restrict the broadcasting of programmes that criticise the national currency where necessary in the interests of the economic well-being of the country.\n2. The restriction may be appealed to a court.",
      errors: [
        {
          ...NOT_IN_LIST,
          severity: "error",
          line: 3,
          column: 152,
          message: "the list for this right is closed (national security, territorial integrity",
        },
      ],
    },
    {
      name: "iccpr (en): the constitutional order is not an art. 22(2) aim",
      language: "en",
      code: "Article 22\n\n1. A court may, on application of the prosecutor, suspend the activity of a political party for up to six months where this is necessary to protect the constitutional order.",
      errors: [{ ...NOT_IN_LIST, severity: "error", line: 3, column: 153 }],
    },
    {
      name: "kz-1995 (ru): national security is not a ground for religion, and rule 9 is off there",
      language: "ru",
      profile: "kz-1995",
      code: "Статья 6\n\n1. Суд вправе запретить проведение конкретного религиозного обряда, если это необходимо для обеспечения национальной безопасности.",
      errors: [{ ...NOT_IN_LIST, severity: "warning", line: 3, column: 105 }],
    },
    {
      name: "composite list (ru, echr): only the non-permitted conjunct is reported",
      language: "ru",
      profile: "echr",
      code: "Статья 9\n\n1. По решению суда доступ к учетной записи пользователя может быть ограничен в целях обеспечения общественного порядка и защиты интересов государства.",
      errors: [{ ...SUSPECT, severity: "error", line: 3, column: 129, message: '"интересов государства"' }],
    },
    {
      name: "code (en, by-law list): points share the chapeau's suspect aim, reported once",
      language: "en",
      code: "Article 14\n\n1. To preserve social stability, the authorised body may:\n1) suspend a newspaper for up to three months;\n2) ban a rally.",
      errors: [{ ...SUSPECT, severity: "error", line: 3, column: 16, message: '"social stability"' }],
    },
    {
      name: "constitution style (en): the aim is in a limitation article the right refers to (confidence lower)",
      language: "en",
      code: "Article 3\n\n1. Restrictions are permitted to protect the prestige of the state.\n\nArticle 4\n\n1. Freedom of assembly may be restricted on the grounds of Article 3.",
      errors: [{ ...SUSPECT, severity: "error", line: 3, column: 46, label: "Art. 3(1)" }],
    },
    {
      name: "eu-digital: a suspect aim is still reported (warning)",
      language: "en",
      profile: "eu-digital",
      code: "Article 4\n\n1. The regulator may restrict the broadcasting of a programme to protect national values.",
      errors: [{ ...SUSPECT, severity: "warning", line: 3, column: 74 }],
    },
    {
      name: "by-law (kk): the akimat may stop a rally for political reasons",
      language: "kk",
      code: "3-бап\n\n1. Әкімдік саяси себептер бойынша митингіні тоқтатуға құқылы.",
      errors: [
        { ...SUSPECT, severity: "error", line: 3, column: 12, label: "3-бап 1-тармақ", message: '"саяси себептер"' },
      ],
    },
    {
      name: "amendment (ru, kz-2026): the new wording suspends an outlet to protect spiritual values",
      language: "ru",
      profile: "kz-2026",
      code: "Статья 1\n\nСтатью 13 Закона Республики Казахстан «О средствах массовой информации» изложить в следующей редакции:\n«Статья 13. Приостановление выпуска\n1. Выпуск газеты может быть приостановлен судом в целях защиты духовно-нравственных ценностей.».",
      errors: [{ ...SUSPECT, severity: "warning", line: 5, column: 64, message: '"духовно-нравственных ценностей"' }],
    },
    {
      name: "rule 8 off: the same dissolution is reported here",
      language: "en",
      profile: iccprWith({ "religion/intervention-without-permitted-ground": "off" }),
      code: "Article 9\n\n1. The Agency for Religious Affairs may dissolve a religious community whose activity undermines the constitutional order.",
      errors: [{ ...NOT_IN_LIST, severity: "error", line: 3, column: 102, message: '"constitutional order"' }],
    },
    {
      name: "a court dissolving a religious community is not rule 8's: reported here",
      language: "en",
      code: "Article 9\n\n1. A court may dissolve a religious community whose activity undermines the constitutional order.",
      errors: [{ ...NOT_IN_LIST, severity: "error", line: 3, column: 77 }],
    },
    {
      name: "plain English (iccpr): the police can stop a rally for political reasons",
      language: "en",
      code: "Article 7\n\nThe police can stop a rally for political reasons.",
      errors: [{ ...SUSPECT, severity: "error", line: 3, column: 33 }],
    },
  ],
});

describe("limitation/aim-not-permitted-for-right: confidence and profiles", () => {
  const tester = new RuleTester({ profile: "iccpr" });
  it("reports nothing where the rule is off", () => {
    const off = iccprWith({ "limitation/aim-not-permitted-for-right": "off" });
    const code = "Article 5\n\n1. The akimat may cancel a concert in order to protect traditional family values.";
    expect(tester.findings(rule, { language: "en", code })).toHaveLength(1);
    expect(tester.findings(rule, { language: "en", code, profile: off })).toEqual([]);
  });
  it("is high for a suspect aim, medium for an aim outside the list, one step lower through a reference", () => {
    const suspect = tester.findings(rule, {
      language: "en",
      code: "Article 5\n\n1. The akimat may cancel a concert in order to protect traditional family values.",
    });
    expect(suspect.map((f) => f.confidence)).toEqual([0.9]);
    const notListed = tester.findings(rule, {
      language: "en",
      code: "Article 22\n\n1. A court may suspend the activity of a political party where necessary to protect the constitutional order.",
    });
    expect(notListed.map((f) => f.confidence)).toEqual([0.7]);
    const viaReference = tester.findings(rule, {
      language: "en",
      code: "Article 3\n\n1. Restrictions are permitted to protect the prestige of the state.\n\nArticle 4\n\n1. Freedom of assembly may be restricted on the grounds of Article 3.",
    });
    // Article 3's "Restrictions" has no right object: the aim is reached only from Article 4, through its reference
    expect(viaReference.map((f) => f.confidence)).toEqual([0.5]);
  });
});
