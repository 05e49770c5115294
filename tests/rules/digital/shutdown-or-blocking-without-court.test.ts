/**
 * R20 digital/shutdown-or-blocking-without-court: the catalogue examples (RULES.md §4 C, R20-*), own
 * cases in several drafting styles and languages, and hard negatives that use the trigger words
 * lawfully (court-ordered blocking of a specific page, maintenance, a provider's own terms).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/digital/shutdown-or-blocking-without-court.js";
import { loadProfile } from "../../../src/config/profiles.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const SHUTDOWN = { messageId: "networkShutdown", subCode: "network-shutdown", severity: "warning" } as const;
const NO_COURT = { messageId: "noCourt", subCode: "no-court", severity: "warning" } as const;
const WHOLE = { messageId: "wholeResource", subCode: "whole-resource", severity: "warning" } as const;
const VAGUE = { messageId: "vagueTrigger", subCode: "vague-trigger", severity: "warning" } as const;
const NO_DURATION = { messageId: "noDuration", subCode: "no-duration", severity: "warning" } as const;
const CSAM = { messageId: "csamList", subCode: "csam-list", severity: "warning" } as const;

const R20_EN_X1 =
  "Article 5\n\n1. The Minister of Digital Development may require mobile operators to disconnect mobile internet in any district for as long as a threat to public order persists.";
const EN_NO_COURT =
  "Article 21\n\n1. The authorised body blocks access to an internet resource that disseminates calls to riots within six hours of detecting it.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R20-en-v1",
      language: "en",
      code: "Article 5\n\n1. A court may order an operator to restrict access to a specific unlawful item for up to 30 days; restricting access to a whole network or service is not permitted.",
    },
    {
      name: "R20-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Суд вправе обязать оператора ограничить доступ к конкретному противоправному материалу на срок до 30 дней; ограничение доступа к сети или сервису целиком не допускается.",
    },
    {
      name: "R20-kk-v1 (own: a court restricts access to a specific page for up to thirty days)",
      language: "kk",
      code: "5-бап\n\n1. Сот прокурордың өтініші бойынша интернет-ресурстың нақты бетіне қолжетімділікті отыз күнге дейінгі мерзімге шектеу туралы шешім шығара алады.",
    },
    // --- hard negatives -------------------------------------------------------------------
    {
      name: "hard negative (en, statute): court-ordered blocking of a specific web page, with notice and appeal",
      language: "en",
      code: "Article 22\n\n1. On application of the prosecutor, a court may order a hosting provider to block access to a specific web page containing material that the court has found to incite violence, for a period of up to 60 days.\n2. The owner of the page shall be notified of the order and may appeal against it.",
    },
    {
      name: "hard negative (ru, by-law): профилактические работы оператора связи",
      language: "ru",
      code: "Статья 32\n\n1. Оператор связи вправе приостановить оказание услуг связи на время проведения профилактических работ, но не более чем на шесть часов, уведомив абонентов.",
    },
    {
      name: "hard negative (en): scheduled maintenance interrupts services for a few hours",
      language: "en",
      code: "Article 23\n\n1. The operator of the state network may suspend communication services for scheduled maintenance works for no more than four hours, after notifying its subscribers.",
    },
    {
      name: "hard negative (en): a platform blocks accounts under its own terms of service",
      language: "en",
      code: "Article 24\n\n1. A platform may block the account of a user who breaches its terms of service.",
    },
    {
      name: "hard negative (ru): блокирование банковского счета (a bank account, not a website)",
      language: "ru",
      code: "Статья 25\n\n1. Уполномоченный орган по финансовому мониторингу вправе заблокировать банковский счет клиента на срок до 30 дней.",
    },
    {
      name: "hard negative (en): a guarantee list under a prohibiting chapeau",
      language: "en",
      code: "Article 26\n\n1. The following measures are prohibited:\n(a) shutting down the internet in any part of the country;\n(b) blocking an entire website because of a single item.",
    },
    {
      name: "hard negative (kk): интернетті өшіруге жол берілмейді",
      language: "kk",
      code: "26-бап\n\n1. Мемлекеттік органдардың мобильді интернетті ажыратуына жол берілмейді.",
    },
    {
      name: "hard negative (ru): ограничение доступа к государственным секретам (no internet in view)",
      language: "ru",
      code: "Статья 27\n\n1. Уполномоченный орган вправе ограничить доступ к информации, составляющей государственные секреты.",
    },
    {
      name: "hard negative (en): 'Nothing in this Law allows …' is a guarantee",
      language: "en",
      code: "Article 11\n\n1. Nothing in this Law allows a state body to shut down the internet or to slow down mobile data in any part of the country.",
    },
    {
      name: "hard negative (kk): абонент төлемеген кезде қызметті тоқтата тұру (one subscriber, non-payment)",
      language: "kk",
      code: "12-бап\n\n1. Байланыс операторы абонент төлемеген жағдайда оған байланыс қызметтерін көрсетуді тоқтата тұруға міндетті.",
    },
    {
      name: "hard negative (ru): приостановление услуг связи абоненту за неоплату",
      language: "ru",
      code: "Статья 15\n\n1. Оператор связи обязан приостановить оказание услуг связи абоненту при неоплате услуг в течение двух месяцев.",
    },
    {
      name: "definitions article is not read",
      language: "en",
      code: 'Article 1. Definitions\n\n1. "Blocking" means a measure by which the authorised body restricts access to an internet resource.',
    },
    // access suspended («приостанавливается», «тоқтатыла тұрады») on a court's decision, and a service suspended for debt
    {
      name: "hard negative (ru, communications law): access suspended on a final court decision",
      language: "ru",
      code: "Статья 41\n\n1. Доступ к интернет-ресурсу, распространяющему информацию, признанную судом запрещенной, приостанавливается на основании вступившего в законную силу решения суда.",
    },
    {
      name: "hard negative (kk, communications law): access suspended on a final court decision",
      language: "kk",
      code: "41-бап\n\n1. Сот тыйым салынған деп таныған ақпаратты таратушы интернет-ресурсқа қолжетімділік соттың заңды күшіне енген шешімі негізінде тоқтатыла тұрады.",
    },
    {
      name: "hard negative (ru, contract law): an operator suspends service to a subscriber who has not paid",
      language: "ru",
      code: "Статья 44\n\n1. Оператор связи вправе приостановить оказание услуг абоненту, не оплатившему услуги связи, до погашения задолженности.",
    },
  ],

  invalid: [
    // suspending access («приостановить доступ», "suspend access") is blocking
    {
      name: "ru, communications law: the authorised body suspends access to internet resources",
      language: "ru",
      code: "Статья 43\n\n1. Уполномоченный орган вправе приостановить доступ к интернет-ресурсам в случае угрозы общественному порядку.",
      errors: [
        {
          ...NO_COURT,
          line: 3,
          column: 4,
          label: "ст. 43 п. 1",
          message: '"приостановить доступ к интернет-ресурсам"',
        },
      ],
    },
    {
      name: "en, platform law: the Ministry suspends access to a platform",
      language: "en",
      code: "Section 43\n\n(1) The Ministry may suspend access to an online platform that fails to remove content within 24 hours.",
      errors: [
        { ...NO_COURT, line: 3, column: 5, label: "s. 43(1)", message: '"suspend access to an online platform"' },
      ],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R20-en-x1",
      language: "en",
      code: R20_EN_X1,
      errors: [
        {
          ...SHUTDOWN,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message: '"disconnect mobile internet" (ordered by "Minister")',
        },
      ],
    },
    {
      name: "R20-en-x1 under iccpr: error, whatever the safeguards",
      language: "en",
      profile: "iccpr",
      code: R20_EN_X1,
      errors: [{ ...SHUTDOWN, severity: "error", line: 3, column: 4, message: "ICCPR (art. 19(3))" }],
    },
    {
      name: "R20-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Министр цифрового развития вправе обязать операторов отключить мобильный интернет в любом районе на время сохранения угрозы общественному порядку.",
      errors: [
        { ...SHUTDOWN, line: 3, column: 4, label: "ст. 5 п. 1", message: "no prior court decision, no time limit" },
      ],
    },
    {
      name: "R20-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Цифрлық даму министрі қоғамдық тәртіпке қатер сақталған уақыт ішінде кез келген ауданда мобильді интернетті ажыратуды операторларға міндеттеуге құқылы.",
      errors: [{ ...SHUTDOWN, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en): executive blocking with no court, with a suggestion",
      language: "en",
      code: EN_NO_COURT,
      errors: [
        {
          ...NO_COURT,
          line: 3,
          column: 4,
          label: "Art. 21(1)",
          suggestions: 1,
          message: 'ordered by "authorised body"',
        },
      ],
    },
    {
      name: "statute (en, echr): the same, an error under the ECHR",
      language: "en",
      profile: "echr",
      code: EN_NO_COURT,
      errors: [{ ...NO_COURT, severity: "error", line: 3, column: 4 }],
    },
    {
      name: "code (en): the court blocks the entire website",
      language: "en",
      code: "Article 28\n\n1. A court may order the blocking of the entire website on which an unlawful item was published, for up to 30 days.",
      errors: [{ ...WHOLE, line: 3, column: 4, message: '("entire website")' }],
    },
    {
      name: "statute (en): the court blocks, for up to 30 days, for 'extremist' content",
      language: "en",
      code: "Article 29\n\n1. A court may order the blocking of a web page that disseminates extremist materials for up to 30 days.",
      errors: [{ ...VAGUE, line: 3, column: 4, message: '"extremist"' }],
    },
    {
      name: "by-law (ru): суд ограничивает доступ к конкретной странице без срока",
      language: "ru",
      code: "Статья 30\n\n1. Суд вправе ограничить доступ к конкретной странице сайта, содержащей противоправные материалы.",
      errors: [{ ...NO_DURATION, line: 3, column: 4, label: "ст. 30 п. 1" }],
    },
    {
      name: "statute (en): hash list of child sexual abuse material (warning only)",
      language: "en",
      code: "Article 31\n\n1. The authorised body maintains a hash list of child sexual abuse material and may block access to web pages that contain it.",
      errors: [{ ...CSAM, line: 3, column: 4 }],
    },
    {
      name: "by-law (kk): уәкілетті орган сот шешімінсіз интернет-ресурсты толығымен бұғаттайды",
      language: "kk",
      code: "25-бап\n\n1. Уәкілетті орган интернет-ресурста жалған ақпарат орналастырылған жағдайда сот шешімінсіз оған қолжетімділікті толығымен бұғаттайды.",
      errors: [
        {
          ...NO_COURT,
          line: 3,
          column: 4,
          label: "25-бап 1-тармақ",
          suggestions: 1,
          message: "a whole resource rather than a specific item, a vague trigger, no time limit",
        },
      ],
    },
    {
      name: "code (ru, iccpr): министерство замедляет трафик социальных сетей",
      language: "ru",
      profile: "iccpr",
      code: "Статья 31\n\n1. Министерство цифрового развития вправе замедлять трафик социальных сетей в период проведения массовых мероприятий.",
      errors: [{ ...SHUTDOWN, severity: "error", line: 3, column: 4 }],
    },
    {
      name: "statute (en): operators obliged by law to block, on a register kept by the executive",
      language: "en",
      code: "Article 33\n\n1. Operators shall block access to websites included in the register of prohibited resources.",
      errors: [{ ...NO_COURT, line: 3, column: 4 }],
    },
    {
      name: "amendment (ru): new wording lets the authorised body block sites",
      language: "ru",
      code: "Статья 1\n\nПункт 2 статьи 41 Закона «О связи» изложить в следующей редакции:\n«2. Уполномоченный орган вправе блокировать интернет-ресурсы, распространяющие противоправную информацию.».",
      errors: [{ ...NO_COURT, line: 3, column: 1 }],
    },
  ],
});

describe("digital/shutdown-or-blocking-without-court suggestions and profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  const edit = (language: "en" | "ru" | "kk", code: string): string => {
    const [finding] = tester.findings(rule, { language, code });
    const change = finding?.suggestions[0]?.edits[0];
    if (!change) return code;
    return code.slice(0, change.range.start.offset) + change.text + code.slice(change.range.end.offset);
  };
  it("inserts the court clause where the language puts it", () => {
    expect(edit("en", EN_NO_COURT)).toContain("The authorised body, by decision of a court, blocks access");
    expect(
      edit(
        "ru",
        "Статья 5\n\n1. Уполномоченный орган вправе заблокировать доступ к интернет-ресурсу на срок до 10 дней.",
      ),
    ).toContain("вправе по решению суда заблокировать");
    expect(edit("kk", "5-бап\n\n1. Уәкілетті орган интернет-ресурсты он күнге дейінгі мерзімге бұғаттайды.")).toContain(
      "сот шешімі бойынша бұғаттайды",
    );
  });
  it("under eu-digital, a specific-item order with notice and appeal (DSA art. 9) is named, one step less sure, and a warning", () => {
    const code =
      "Article 34\n\n1. The authorised body may order a hosting provider to disable access to a specific item of illegal content; the owner of the content is notified and may appeal to a court.";
    const [eu] = tester.findings(rule, { language: "en", code, profile: "eu-digital" });
    expect(eu?.subCode).toBe("no-court");
    expect(eu?.confidence).toBe(0.5);
    expect(eu?.message).toContain("DSA art. 9");
    // RULES.md §5.7 specific-item-order: a warning under eu-digital and kz-2026, an error under echr
    expect(eu?.severity).toBe("warning");
    const [kz] = tester.findings(rule, { language: "en", code });
    expect([kz?.severity, kz?.confidence]).toEqual(["warning", 0.7]);
    const [echr] = tester.findings(rule, { language: "en", code, profile: "echr" });
    expect(echr?.severity).toBe("error");
  });
  it("reports nothing under a profile that turns the rule off", () => {
    const base = loadProfile("iccpr");
    const profile = {
      ...base,
      ruleSeverity: { ...base.ruleSeverity, "digital/shutdown-or-blocking-without-court": "off" as const },
    };
    expect(tester.findings(rule, { language: "en", code: R20_EN_X1, profile })).toEqual([]);
  });
});
