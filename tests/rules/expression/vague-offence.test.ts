/**
 * R23 expression/vague-offence: the catalogue examples (RULES.md §4 D, R23-*), own cases in
 * several drafting styles, and hard negatives that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/expression/vague-offence.js";
import { type ProfileLike, RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const CRIMINAL_W = { messageId: "vague", subCode: "criminal", severity: "warning" } as const;
const CRIMINAL_E = { messageId: "vague", subCode: "criminal", severity: "error" } as const;
const ADMIN_W = { messageId: "vague", subCode: "administrative", severity: "warning" } as const;

const X1_EN =
  "Article 5\n\n1. Posting destructive content that undermines interfaith harmony is punishable by imprisonment for up to five years.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R23-en-v1",
      language: "en",
      code: "Article 5\n\n1. Whoever intentionally posts content calling for violence against a person because of his or her religion, where such violence is likely to follow, is punishable by imprisonment for up to five years.",
    },
    {
      name: "R23-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Умышленное размещение материалов, призывающих к насилию в отношении лица по признаку его религии, если такое насилие реально может последовать, наказывается лишением свободы на срок до пяти лет.",
    },
    {
      name: "R23-kk-v1 (own: intentional call for violence with a real threat)",
      language: "kk",
      code: "5-бап\n\n1. Адамға оның діні бойынша зорлық-зомбылық жасауға қасақана шақыратын материалдарды орналастыру, егер мұндай зорлық-зомбылықтың нақты қатері болса, бес жылға дейінгі мерзімге бас бостандығынан айыруға жазаланады.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (en, civil code): defamation remedy, no sanction",
      language: "en",
      code: "Article 152\n\n1. A citizen whose honour is discredited by a publication may claim a retraction and damages in civil proceedings.",
    },
    {
      name: "hard negative (en, criminal code): financing an organisation recognised by a court as extremist",
      language: "en",
      code: "Article 258\n\n1. Providing funds or property to an organisation recognised by a court as extremist is punishable by imprisonment for up to six years.",
    },
    {
      name: "hard negative (ru, criminal code): war propaganda (ICCPR art. 20(1))",
      language: "ru",
      code: "Статья 161\n\n1. Публичные призывы к развязыванию агрессивной войны и пропаганда войны наказываются лишением свободы на срок до пяти лет.",
    },
    {
      name: "hard negative (en, statute): the vague term is defined by intent, violence and likelihood",
      language: "en",
      code: 'Article 1. Definitions\n\n1. "Extremism" means the intentional incitement of violence against a group of persons where such violence is likely to follow.\n\nArticle 5\n\n1. Public calls to extremism are punishable by imprisonment for up to five years.',
    },
    {
      name: "hard negative (en, constitution): a guarantee that no one is punished for views",
      language: "en",
      code: "Article 20\n\n1. No one may be punished for holding or expressing radical opinions.",
    },
    {
      name: "hard negative (kk, constitution): ban on propaganda with no sanction in the provision",
      language: "kk",
      code: "20-бап\n\n3. Әлеуметтік, нәсілдік, ұлттық, діни артықшылықты насихаттауға жол берілмейді.",
    },
    {
      name: "definitions zone is not read",
      language: "ru",
      code: "Статья 1. Основные понятия\n\n1. экстремистские материалы – документы, призывающие к насилию, за распространение которых наступает уголовная ответственность.",
    },
    {
      name: "a repealed unit is not read",
      language: "en",
      code: "Article 5. Discrediting the authorities\n\n[Repealed]",
    },
    // common-law drafting creates offences with "commits an offence"
    {
      name: "hard negative (en, public order act): incitement with intent and likelihood, 'commits an offence'",
      language: "en",
      code: "Section 7\n\n(1) A person who, with intent to stir up racial hatred, publishes threatening words that are likely to stir up such hatred commits an offence.",
    },
    {
      name: "hard negative (kk): the right to spread criticism of state bodies is guaranteed",
      language: "kk",
      code: "12-бап\n\n1. Мемлекеттік органдардың қызметіне сын айтатын ақпаратты тарату құқығына кепілдік беріледі.",
    },
  ],

  invalid: [
    {
      name: "kk: information that discredits («жамандайтын») state bodies, a fine",
      language: "kk",
      code: "2-бап\n\n1. Мемлекеттік органдарды жамандайтын ақпаратты таратқан адамдар айыппұл салуға әкеп соғады.",
      errors: [{ ...ADMIN_W, line: 3, column: 4, label: "2-бап 1-тармақ" }],
    },
    {
      name: "en, public order act: information that undermines public confidence in the State, 'commits an offence'",
      language: "en",
      code: "Section 1\n\n(1) A person who publishes information that undermines public confidence in the State commits an offence.",
      errors: [{ ...CRIMINAL_W, line: 3, column: 5, label: "s. 1(1)" }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R23-en-x1",
      language: "en",
      code: X1_EN,
      errors: [
        {
          ...CRIMINAL_W,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message: 'Speech offence defined by "destructive", "undermines" without an intent element or a likely harm',
        },
      ],
    },
    {
      name: "R23-en-x1 under iccpr: criminal is an error",
      language: "en",
      profile: "iccpr",
      code: X1_EN,
      errors: [{ ...CRIMINAL_E, line: 3, column: 4, label: "Art. 5(1)", message: "(ICCPR, art. 19(3), art. 20(2))" }],
    },
    {
      name: "R23-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Размещение деструктивного контента, подрывающего межконфессиональное согласие, наказывается лишением свободы на срок до пяти лет.",
      errors: [{ ...CRIMINAL_W, line: 3, column: 4, label: "ст. 5 п. 1", message: '"деструктивного", "подрывающего"' }],
    },
    {
      name: "R23-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Конфессияаралық келісімге нұқсан келтіретін деструктивті контентті орналастыру бес жылға дейінгі мерзімге бас бостандығынан айыруға жазаланады.",
      errors: [{ ...CRIMINAL_W, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "administrative code (ru): discrediting the authorities, a fine (kz-2026: warning)",
      language: "ru",
      code: "Статья 456\n\n1. Распространение в сети Интернет материалов, выражающих явное неуважение к государству, влечет штраф в размере ста месячных расчетных показателей.",
      errors: [{ ...ADMIN_W, line: 3, column: 4, label: "ст. 456 п. 1", message: "without an intent element" }],
    },
    {
      name: "plain English by-law (echr): a fine for propaganda of non-traditional views is administrative (warning)",
      language: "en",
      profile: "echr",
      code: "Section 3\n\n(1) Anyone who posts propaganda of non-traditional views online will be fined up to 50 units.",
      errors: [{ ...ADMIN_W, line: 3, column: 5 }],
    },
    {
      name: "criminal code (en, echr): incitement to enmity with intent but no likely harm is still an error",
      language: "en",
      profile: "echr",
      code: "Article 174\n\n1. Intentional acts inciting social enmity committed publicly or through the mass media are punishable by restriction of liberty for up to seven years.",
      errors: [
        {
          ...CRIMINAL_E,
          line: 3,
          column: 4,
          message: "without a likely harm of violence, discrimination or hostility",
        },
      ],
    },
    {
      name: "code (kk): disrespect for state bodies, a fine",
      language: "kk",
      code: "9-бап\n\n1. Мемлекеттік органдарды құрметтемеушілік білдіретін пікірлерді әлеуметтік желілерде жариялау елу айлық есептік көрсеткіш мөлшерінде айыппұл салуға әкеп соғады.",
      errors: [{ ...ADMIN_W, line: 3, column: 4, label: "9-бап 1-тармақ" }],
    },
    {
      name: "penal provision in points (en): the sanction is in the chapeau (confidence one step lower)",
      language: "en",
      code: "Article 7\n\n1. The following acts are punishable by imprisonment for up to three years:\n(a) dissemination of extremist materials;\n(b) theft of public property.",
      errors: [{ ...CRIMINAL_W, line: 4, column: 5 }],
    },
    {
      name: "amendment (ru): the quoted new wording defines an offence by 'radical views'",
      language: "ru",
      code: "Статья 1\n\nСтатью 174 Уголовного кодекса изложить в следующей редакции:\n«Статья 174. Пропаганда радикальных взглядов\n\n1. Пропаганда радикальных взглядов в сети Интернет наказывается лишением свободы на срок до семи лет.».",
      errors: [{ ...CRIMINAL_W }],
    },
  ],
});

describe("expression/vague-offence profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  it("reports criminal as a warning under eu-digital and an error under echr", () => {
    const [eu] = tester.findings(rule, { language: "en", code: X1_EN, profile: "eu-digital" });
    const [echr] = tester.findings(rule, { language: "en", code: X1_EN, profile: "echr" });
    expect(eu?.severity).toBe("warning");
    expect(echr?.severity).toBe("error");
    expect(echr?.confidence).toBe(0.7);
  });
  it("reports nothing under a profile that turns the rule off", () => {
    const off: ProfileLike = {
      id: "custom",
      citation: "Custom profile",
      ruleSeverity: { "expression/vague-offence": "off" },
    };
    expect(tester.findings(rule, { language: "en", code: X1_EN, profile: off })).toEqual([]);
  });
});
