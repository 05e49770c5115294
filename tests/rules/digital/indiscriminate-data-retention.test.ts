/**
 * R16 digital/indiscriminate-data-retention: the catalogue examples (RULES.md §4 C, R16-*), own
 * cases in several drafting styles, and hard negatives (a court-ordered preservation of a named
 * suspect's data with a maximum period, billing records, a negated or prohibited retention).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/digital/indiscriminate-data-retention.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const ID = "digital/indiscriminate-data-retention";
const ALL_USERS = { messageId: "allUsers", subCode: "all-users", severity: "warning" } as const;
const NO_MAX = { messageId: "noMaxPeriod", subCode: "no-max-period", severity: "warning" } as const;
const DELEGATED = { messageId: "periodDelegated", subCode: "period-delegated", severity: "warning" } as const;

const R16_EN_X1 =
  "Article 5\n\n1. The operator of the municipal Wi-Fi network shall store the browsing history and location data of all users for five years.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R16-en-v1",
      language: "en",
      code: "Article 5\n\n1. On a court order concerning a named suspect, the operator shall preserve that person's connection logs for up to 90 days; all other logs are deleted within seven days.",
    },
    {
      name: "R16-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. По решению суда в отношении конкретного подозреваемого оператор обеспечивает сохранность его журналов подключений на срок до 90 дней; иные журналы удаляются в течение семи дней.",
    },
    {
      name: "R16-kk-v1 (own: court decision, a specific subscriber, thirty days, then deleted)",
      language: "kk",
      code: "5-бап\n\n1. Сот шешімі бойынша оператор нақты абоненттің қосылу журналдарын отыз күн ішінде сақтайды және одан кейін жояды.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (en, statute): a judge's order for an identified account, 120 days, then erased",
      language: "en",
      code: "Article 8\n\n1. Where a judge so orders in respect of an identified account, the provider shall preserve the traffic data of that account for no more than 120 days and then erase it.",
    },
    {
      name: "hard negative (en, false positive of the catalogue): call records kept for invoicing",
      language: "en",
      code: "Article 8\n\n1. The operator keeps the call records needed to invoice subscribers.",
    },
    {
      name: "hard negative (en): archival law for official correspondence",
      language: "en",
      code: "Article 8\n\n1. Ministries keep their official correspondence in the state archive in accordance with the Law on Archives.",
    },
    {
      name: "hard negative (ru, by-law): court-ordered retention for one subscriber, ceiling in the next paragraph",
      language: "ru",
      code: "Статья 8\n\n1. По решению суда оператор хранит данные о местоположении конкретного абонента.\n2. Срок хранения данных, указанных в пункте 1, не может превышать шести месяцев.",
    },
    // --- guarantees, definitions ---------------------------------------------------------
    {
      name: "guarantee (kk): the operator does not store the content of messages",
      language: "kk",
      code: "8-бап\n\n1. Оператор хабарламалардың мазмұнын сақтамайды.",
    },
    {
      name: "guarantee (en): storing users' messages is prohibited",
      language: "en",
      code: "Article 8\n\n1. Storing the content of users' messages is prohibited.",
    },
    {
      name: "definitions zone is not read",
      language: "en",
      code: 'Article 1. Definitions\n\n1. "retention" means the storage of traffic data of all users by a provider.',
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R16-en-x1",
      language: "en",
      code: R16_EN_X1,
      errors: [
        {
          ...ALL_USERS,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message:
            'Retention of "browsing history" ("store") covers all users ("all users") under KZ Constitution 2026',
        },
      ],
    },
    {
      name: "R16-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Оператор городской сети Wi-Fi обязан хранить историю посещений и данные о местоположении всех пользователей в течение пяти лет.",
      errors: [{ ...ALL_USERS, line: 3, column: 4, label: "ст. 5 п. 1", message: '("всех пользователей")' }],
    },
    {
      name: "R16-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Қалалық Wi-Fi желісінің операторы барлық пайдаланушылардың кіру тарихы мен орналасқан жері туралы деректерді бес жыл бойы сақтауға міндетті.",
      errors: [{ ...ALL_USERS, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en, iccpr): metadata of all communications kept indefinitely (error)",
      language: "en",
      profile: "iccpr",
      code: "Article 20\n\n1. Operators shall retain the metadata of all communications indefinitely.",
      errors: [
        {
          ...ALL_USERS,
          severity: "error",
          line: 3,
          column: 4,
          label: "Art. 20(1)",
          message: "and has no maximum period under ICCPR (art. 17)",
        },
      ],
    },
    {
      name: "by-law (ru): the retention period is left to the authorised body (rule 5 may also report)",
      language: "ru",
      code: "Статья 4\n\n1. Провайдеры обязаны хранить журналы подключений пользователей в течение срока, определяемого уполномоченным органом.",
      errors: [
        { ...DELEGATED, line: 3, column: 4, label: "ст. 4 п. 1", message: '"определяемого уполномоченным органом"' },
      ],
    },
    {
      name: "code (kk): operators keep subscribers' metadata with no period",
      language: "kk",
      code: "12-бап\n\n1. Байланыс операторлары абоненттердің метадеректерін сақтайды.",
      errors: [{ ...NO_MAX, line: 3, column: 4, label: "12-бап 1-тармақ" }],
    },
    {
      name: "amendment (ru, echr): the new point makes operators keep all subscribers' texts for three years",
      language: "ru",
      profile: "echr",
      code: "Статья 1\n\nСтатью 15 Закона «О связи» дополнить пунктом 3 следующего содержания:\n«3. Операторы связи хранят текстовые сообщения всех абонентов в течение трех лет.».",
      errors: [{ ...ALL_USERS, severity: "error", line: 3, column: 1 }],
    },
    {
      name: "plain English: apps must keep copies of everyone's chats",
      language: "en",
      code: "Article 4\n\n1. Messaging apps must keep copies of everyone's chats.",
      errors: [{ ...ALL_USERS, line: 3, column: 4, label: "Art. 4(1)", message: "has no maximum period" }],
    },
    {
      name: "statute (ru): recordings of calls stored indefinitely (passive: low confidence)",
      language: "ru",
      code: "Статья 4\n\n1. Записи телефонных переговоров хранятся бессрочно.",
      errors: [{ ...NO_MAX, line: 3, column: 4, label: "ст. 4 п. 1", message: '("бессрочно")' }],
    },
    {
      name: "a deadline elsewhere in the article is not a retention period (en)",
      language: "en",
      code: "Article 8\n\n1. The provider shall store the location data of users.\n2. The provider shall answer requests of users within ten days.",
      errors: [{ ...NO_MAX, line: 3, column: 4, label: "Art. 8(1)" }],
    },
  ],
});

describe("digital/indiscriminate-data-retention: profiles and confidence", () => {
  const tester = new RuleTester({ profile: "kz-2026" });

  it("is a warning under the KZ profiles and an error under the treaty profiles", () => {
    const severities = ["kz-2026", "kz-1995", "iccpr", "echr", "eu-digital"].map(
      (profile) => tester.findings(rule, { language: "en", code: R16_EN_X1, profile })[0]?.severity,
    );
    expect(severities).toEqual(["warning", "warning", "error", "error", "error"]);
  });

  it("reports nothing under a profile that has the rule off", () => {
    const off = { id: "custom", citation: "Custom profile", ruleSeverity: { [ID]: "off" as const } };
    expect(tester.findings(rule, { language: "en", code: R16_EN_X1, profile: off })).toEqual([]);
  });

  it("cites ePrivacy art. 15(1) under eu-digital", () => {
    const [eu] = tester.findings(rule, { language: "en", code: R16_EN_X1, profile: "eu-digital" });
    expect(eu?.message).toContain("ePrivacy Directive 2002/58 art. 15(1)");
  });

  it("steps confidence down for a passive with no holder named", () => {
    const [passive] = tester.findings(rule, {
      language: "ru",
      code: "Статья 4\n\n1. Записи телефонных переговоров хранятся бессрочно.",
    });
    const [named] = tester.findings(rule, {
      language: "kk",
      code: "12-бап\n\n1. Байланыс операторлары абоненттердің метадеректерін сақтайды.",
    });
    expect([passive?.confidence, named?.confidence]).toEqual([0.5, 0.7]);
  });
});
