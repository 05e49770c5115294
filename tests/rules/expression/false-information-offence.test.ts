/**
 * R24 expression/false-information-offence: the catalogue examples (RULES.md §4 D, R24-*), own
 * cases in several drafting styles, and hard negatives (civil defamation, false alarms, securities
 * and advertising law) that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/expression/false-information-offence.js";
import { type ProfileLike, RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const ADMIN_W = { messageId: "falseInfo", subCode: "administrative", severity: "warning" } as const;
const ADMIN_E = { messageId: "falseInfo", subCode: "administrative", severity: "error" } as const;
const CRIMINAL_W = { messageId: "falseInfo", subCode: "criminal", severity: "warning" } as const;
const STATE_W = { messageId: "stateHarm", subCode: "state-interest-harm", severity: "warning" } as const;
const STATE_E = { messageId: "stateHarm", subCode: "state-interest-harm", severity: "error" } as const;

const X1_EN =
  "Article 5\n\n1. Posting untrue reports about the work of public agencies is punishable by a fine of up to 300 monthly calculation indices.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R24-en-v1",
      language: "en",
      code: "Article 5\n\n1. A person whose reputation is harmed by an untrue statement may claim a correction and damages in civil proceedings; only knowingly false bomb alerts that cause an evacuation are punishable.",
    },
    {
      name: "R24-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Лицо, репутации которого причинен вред недостоверным сообщением, вправе требовать опровержения и возмещения вреда в гражданском порядке.",
    },
    {
      name: "R24-kk-v1 (own: civil retraction and damages)",
      language: "kk",
      code: "5-бап\n\n1. Беделіне жалған ақпарат таратумен зиян келтірілген адам оны сот тәртібімен теріске шығаруды және зиянды өтеуді талап етуге құқылы.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (ru, criminal code): knowingly false report of a terrorist act that caused an evacuation",
      language: "ru",
      code: "Статья 273\n\n1. Заведомо ложное сообщение об акте терроризма, повлекшее эвакуацию людей, наказывается лишением свободы на срок до трех лет.",
    },
    {
      name: "hard negative (en, securities statute): false information in a prospectus",
      language: "en",
      code: "Section 90\n\n(1) An issuer that publishes false information in a prospectus is liable to a penalty of up to five per cent of its turnover.",
    },
    {
      name: "hard negative (kk, advertising law): untrue information in an advertisement",
      language: "kk",
      code: "14-бап\n\n1. Тауар туралы жарнамада дұрыс емес ақпарат тарату жүз айлық есептік көрсеткіш мөлшерінде айыппұл салуға әкеп соғады.",
    },
    {
      name: "hard negative (en, code): perjury is a concrete harm",
      language: "en",
      code: "Article 420\n\n1. Giving false information under oath to a court is punishable by imprisonment for up to two years.",
    },
    {
      name: "hard negative (en, constitution): nobody may be punished for spreading inaccurate information",
      language: "en",
      code: "Article 20\n\n1. Nobody may be punished for disseminating inaccurate information in good faith.",
    },
    {
      name: "no sanction (ru): a platform's duty to label disinformation",
      language: "ru",
      code: "Статья 12\n\n1. Платформа размещает пометку на сообщениях, которые независимые проверяющие признали дезинформацией.",
    },
    {
      name: "definitions zone is not read",
      language: "en",
      code: '"Fake news" means false information disseminated as news; its dissemination is punishable under Article 7.',
    },
    {
      name: "hard negative (en, electoral act): a knowingly false statement about a candidate, to affect the result",
      language: "en",
      code: "Section 5\n\n(1) A person who knowingly publishes a false statement that a named candidate has withdrawn from an election, in order to affect the result, commits an offence.",
    },
  ],

  invalid: [
    {
      name: "en, information act: publishing false information 'commits an offence', liable on summary conviction",
      language: "en",
      code: "Section 6\n\n(1) A person who publishes false information commits an offence and is liable on summary conviction to a fine.",
      errors: [{ ...CRIMINAL_W, line: 3, column: 5, label: "s. 6(1)" }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R24-en-x1",
      language: "en",
      code: X1_EN,
      errors: [
        {
          ...ADMIN_W,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message:
            'Sanction for disseminating "untrue reports" without a concrete, individual harm (KZ Constitution 2026, art. 23)',
        },
      ],
    },
    {
      name: "R24-en-x1 under echr: an error",
      language: "en",
      profile: "echr",
      code: X1_EN,
      errors: [{ ...ADMIN_E, line: 3, column: 4, label: "Art. 5(1)", message: "(ECHR, art. 10(2))" }],
    },
    {
      name: "R24-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Размещение недостоверных сообщений о работе государственных органов влечет штраф в размере до трехсот месячных расчетных показателей.",
      errors: [
        {
          ...ADMIN_W,
          line: 3,
          column: 4,
          label: "ст. 5 п. 1",
          message: 'disseminating "Размещение недостоверных сообщений"',
        },
      ],
    },
    {
      name: "R24-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Мемлекеттік органдардың жұмысы туралы анық емес хабарламаларды орналастыру үш жүз айлық есептік көрсеткішке дейінгі мөлшерде айыппұл салуға әкеп соғады.",
      errors: [{ ...ADMIN_W, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "criminal code (ru): knowingly false information undermining the authority of state bodies (state-interest-harm)",
      language: "ru",
      code: "Статья 274\n\n1. Распространение заведомо ложной информации, подрывающей авторитет государственных органов, наказывается лишением свободы на срок до трех лет.",
      errors: [{ ...STATE_W, line: 3, column: 4, message: '"авторитет государственных органов"' }],
    },
    {
      name: "same offence under iccpr: state-interest-harm is an error",
      language: "ru",
      profile: "iccpr",
      code: "Статья 274\n\n1. Распространение заведомо ложной информации, подрывающей авторитет государственных органов, наказывается лишением свободы на срок до трех лет.",
      errors: [{ ...STATE_E, line: 3, column: 4 }],
    },
    {
      name: "plain English statute: fake news on social media, a fine",
      language: "en",
      code: "Section 11\n\n(1) Anyone who shares fake news on social media will be fined up to 100 units.",
      errors: [{ ...ADMIN_W, line: 3, column: 5 }],
    },
    {
      name: "criminal code (en): disinformation harming national interests",
      language: "en",
      code: "Article 9\n\n1. The dissemination of disinformation damaging national interests is punishable by imprisonment for up to four years.",
      errors: [{ ...STATE_W, line: 3, column: 4, message: '"national interests"' }],
    },
    {
      name: "code (kk): criminal sanction for false information",
      language: "kk",
      code: "274-бап\n\n1. Көрінеу жалған ақпарат тарату үш жылға дейінгі мерзімге бас бостандығынан айыруға жазаланады.",
      errors: [{ ...CRIMINAL_W, line: 3, column: 4, label: "274-бап 1-тармақ" }],
    },
    {
      name: "by-law (ru, points): the sanction in the chapeau applies to the point",
      language: "ru",
      code: "Статья 8\n\n1. Влекут штраф в размере пятидесяти месячных расчетных показателей:\n1) распространение недостоверной информации о деятельности акимата;\n2) нарушение порядка размещения рекламы на транспорте.",
      errors: [{ ...ADMIN_W, line: 4, column: 4 }],
    },
  ],
});

describe("expression/false-information-offence profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  it("reports a warning under kz-1995 and an error under eu-digital, with high confidence", () => {
    const [kz] = tester.findings(rule, { language: "en", code: X1_EN, profile: "kz-1995" });
    const [eu] = tester.findings(rule, { language: "en", code: X1_EN, profile: "eu-digital" });
    expect(kz?.severity).toBe("warning");
    expect(eu?.severity).toBe("error");
    expect(eu?.confidence).toBe(0.9);
  });
  it("reports nothing under a profile that turns the rule off", () => {
    const off: ProfileLike = {
      id: "custom",
      citation: "Custom profile",
      ruleSeverity: { "expression/false-information-offence": "off" },
    };
    expect(tester.findings(rule, { language: "en", code: X1_EN, profile: off })).toEqual([]);
  });
});
