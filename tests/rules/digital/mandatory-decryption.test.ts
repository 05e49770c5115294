/**
 * R21 digital/mandatory-decryption: the catalogue examples (RULES.md §4 C, R21-*), own cases in
 * several drafting styles, and hard negatives (a court order for a specific account's stored
 * messages, the state's own cryptography, export control, express safeguards).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/digital/mandatory-decryption.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const ID = "digital/mandatory-decryption";
const KEYS_KZ = { messageId: "keyDisclosure", subCode: "key-disclosure", severity: "warning" } as const;
const KEYS = { ...KEYS_KZ, severity: "error" } as const;
const BACKDOOR = { messageId: "backdoor", subCode: "backdoor", severity: "error" } as const;
const BAN_KZ = { messageId: "e2eeBan", subCode: "e2ee-ban", severity: "warning" } as const;
const BAN = { ...BAN_KZ, severity: "error" } as const;

const R21_EN_X1 =
  "Article 5\n\n1. Messaging services shall hand over their encryption keys to the State Technical Service on request.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R21-en-v1",
      language: "en",
      code: "Article 5\n\n1. Nothing in this Law requires a messaging service to weaken, bypass or disclose the keys of its end-to-end encryption.",
    },
    {
      name: "R21-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Ничто в настоящем Законе не обязывает сервис обмена сообщениями ослаблять сквозное шифрование, обходить его или раскрывать ключи.",
    },
    {
      name: "R21-kk-v1 (own: this Law does not require providers to weaken encryption)",
      language: "kk",
      code: "5-бап\n\n1. Осы Заң провайдерлерден шифрлауды әлсіретуді талап етпейді.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (ru, code): an investigating judge orders decryption of one subscriber's stored messages",
      language: "ru",
      code: "Статья 4\n\n1. По постановлению следственного судьи оператор расшифровывает хранящиеся у него сообщения конкретного абонента.",
    },
    {
      name: "hard negative (en, false positive of the catalogue): keys of the state's own government network",
      language: "en",
      code: "Article 4\n\n1. The State Technical Service keeps the encryption keys of government communications networks.",
    },
    {
      name: "hard negative (en): export control of cryptographic goods",
      language: "en",
      code: "Article 4\n\n1. The export of encryption software requires a licence from the Ministry of Trade.",
    },
    {
      name: "hard negative (en): operators keep their keys and shall not disclose them",
      language: "en",
      code: "Article 4\n\n1. Operators shall keep their encryption keys secure and shall not disclose them to the authorities.",
    },
    {
      name: "hard negative (ru): operators are not obliged to disclose keys",
      language: "ru",
      code: "Статья 4\n\n1. Операторы не обязаны раскрывать ключи шифрования государственным органам.",
    },
    {
      name: "double negation (en): banning end-to-end encryption is prohibited",
      language: "en",
      code: "Article 4\n\n1. Banning end-to-end encryption is prohibited.",
    },
    {
      name: "a duty to offer end-to-end encryption (en)",
      language: "en",
      code: "Article 4\n\n1. Providers shall offer end-to-end encryption by default and may not disable it.",
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R21-en-x1",
      language: "en",
      code: R21_EN_X1,
      errors: [
        {
          ...KEYS_KZ,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message: 'A duty on "Messaging services" to hand over keys or decrypt communications ("encryption keys")',
        },
      ],
    },
    {
      name: "R21-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Сервисы обмена сообщениями обязаны по запросу передавать ключи шифрования Государственной технической службе.",
      errors: [{ ...KEYS_KZ, line: 3, column: 4, label: "ст. 5 п. 1", message: '("ключи шифрования")' }],
    },
    {
      name: "R21-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Хабар алмасу сервистері сұрау бойынша шифрлау кілттерін Мемлекеттік техникалық қызметке беруге міндетті.",
      errors: [{ ...KEYS_KZ, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en, iccpr): a technical means to bypass end-to-end encryption (error, medium)",
      language: "en",
      profile: "iccpr",
      code: "Article 11\n\n1. Providers of messaging services shall install, at the request of the national security bodies, technical means allowing them to bypass end-to-end encryption.",
      errors: [{ ...BACKDOOR, line: 3, column: 4, label: "Art. 11(1)", message: "under ICCPR (art. 17)" }],
    },
    {
      name: "by-law (ru, echr): operators hand cryptographic keys to the authorised body (error)",
      language: "ru",
      profile: "echr",
      code: "Статья 11\n\n1. Операторы связи обязаны передавать уполномоченному органу криптографические ключи, используемые для защиты сообщений пользователей.",
      errors: [{ ...KEYS, line: 3, column: 4, label: "ст. 11 п. 1" }],
    },
    {
      name: "code (kk): messaging services must switch off end-to-end encryption",
      language: "kk",
      code: "11-бап\n\n1. Хабар алмасу сервистері ұштан-ұшқа шифрлауды өшіруге міндетті.",
      errors: [{ ...BAN_KZ, line: 3, column: 4, label: "11-бап 1-тармақ" }],
    },
    {
      name: "amendment (en): the new paragraph makes operators decrypt any message on police request",
      language: "en",
      code: 'Article 2\n\nArticle 9 of the Law on Communications is supplemented by the following paragraph:\n"3. Operators shall decrypt, at the request of the police, any message of their subscribers."',
      errors: [{ ...KEYS_KZ, line: 3, column: 1, message: '("decrypt")' }],
    },
    {
      name: "plain English (iccpr): apps may not offer end-to-end encryption",
      language: "en",
      profile: "iccpr",
      code: "Article 4\n\n1. Apps may not offer end-to-end encryption.",
      errors: [{ ...BAN, line: 3, column: 4, label: "Art. 4(1)" }],
    },
    {
      name: "statute (ru): messenger operators may not apply end-to-end encryption",
      language: "ru",
      code: "Статья 4\n\n1. Операторы мессенджеров не вправе применять сквозное шифрование.",
      errors: [{ ...BAN_KZ, line: 3, column: 4, label: "ст. 4 п. 1" }],
    },
    {
      name: "a court order does not save handing over the service's keys (en)",
      language: "en",
      code: "Article 4\n\n1. On an order of an investigating judge, the operator shall hand over its encryption keys to the police.",
      errors: [{ ...KEYS_KZ, line: 3, column: 4, label: "Art. 4(1)" }],
    },
    {
      name: "kk: operators must decrypt users' messages on the authorised body's demand",
      language: "kk",
      code: "4-бап\n\n1. Операторлар уәкілетті органның талабы бойынша пайдаланушылардың хабарламаларының шифрын ашуға міндетті.",
      errors: [{ ...KEYS_KZ, line: 3, column: 4, label: "4-бап 1-тармақ" }],
    },
  ],
});

describe("digital/mandatory-decryption: profiles and confidence", () => {
  const tester = new RuleTester({ profile: "kz-2026" });

  it("is a warning under the KZ profiles and an error under the treaty profiles", () => {
    const severities = ["kz-2026", "kz-1995", "iccpr", "echr", "eu-digital"].map(
      (profile) => tester.findings(rule, { language: "en", code: R21_EN_X1, profile })[0]?.severity,
    );
    expect(severities).toEqual(["warning", "warning", "error", "error", "error"]);
  });

  it("reports nothing under a profile that has the rule off", () => {
    const off = { id: "custom", citation: "Custom profile", ruleSeverity: { [ID]: "off" as const } };
    expect(tester.findings(rule, { language: "en", code: R21_EN_X1, profile: off })).toEqual([]);
  });

  it("is high for keys and e2ee bans, medium for backdoors", () => {
    const keys = tester.findings(rule, { language: "en", code: R21_EN_X1 });
    const backdoor = tester.findings(rule, {
      language: "ru",
      code: "Статья 10\n\n1. Владельцы мессенджеров обязаны предусмотреть техническую возможность обхода шифрования для органов национальной безопасности.",
    });
    const ban = tester.findings(rule, {
      language: "ru",
      code: "Статья 4\n\n1. Операторы мессенджеров не вправе применять сквозное шифрование.",
    });
    expect([keys[0]?.confidence, backdoor[0]?.subCode, backdoor[0]?.confidence, ban[0]?.confidence]).toEqual([
      0.9,
      "backdoor",
      0.7,
      0.9,
    ]);
  });
});
