/**
 * R22 digital/processing-without-purpose-limits: the catalogue examples (RULES.md §4 C, R22-*), own
 * cases in several drafting styles and languages, and hard negatives that process personal data
 * lawfully (stated purpose and retention, anonymised statistics, registers of legal entities).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/digital/processing-without-purpose-limits.js";
import { loadProfile } from "../../../src/config/profiles.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const PUBLICATION = { messageId: "publication", subCode: "publication", severity: "warning" } as const;
const OPEN = { messageId: "openPurpose", subCode: "open-purpose", severity: "warning" } as const;
const NO_PURPOSE = { messageId: "noPurpose", subCode: "no-purpose", severity: "warning" } as const;
const NO_LIMIT = { messageId: "noRetentionLimit", subCode: "no-retention-limit", severity: "warning" } as const;

const R22_EN_X1 =
  "Article 5\n\n1. The names, home addresses and vehicle numbers of residents fined for noise are published on the city portal.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R22-en-v1",
      language: "en",
      code: "Article 5\n\n1. The city portal publishes noise-fine statistics by district only; personal data of fined persons are processed solely to collect the fine and deleted two years after payment.",
    },
    {
      name: "R22-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Персональные данные, собранные городскими датчиками, обрабатываются исключительно в целях управления дорожным движением, обезличиваются и удаляются через 30 дней.",
    },
    {
      name: "R22-kk-v1 (own: purpose-bound processing with deletion)",
      language: "kk",
      code: "5-бап\n\n1. Қалалық датчиктер жинаған дербес деректер тек жол қозғалысын басқару мақсатында ғана өңделеді және 30 күннен кейін жойылады.",
    },
    // --- hard negatives -------------------------------------------------------------------
    {
      name: "hard negative (en, statute): purpose and retention period stated",
      language: "en",
      code: "Article 14\n\n1. The Ministry of Health processes personal data of vaccinated persons solely for the purpose of keeping the national immunisation register.\n2. The data are deleted five years after the person's last vaccination.",
    },
    {
      name: "hard negative (ru, code): ссылка на законодательство о персональных данных",
      language: "ru",
      code: "Статья 17\n\n1. Уполномоченный орган собирает персональные данные участников программы в соответствии с законодательством Республики Казахстан о персональных данных и их защите.",
    },
    {
      name: "hard negative (kk, by-law): иесіздендірілген статистиканы жариялау",
      language: "kk",
      code: "18-бап\n\n1. Әкімдік өз интернет-ресурсында айыппұлдар туралы иесіздендірілген статистикалық деректерді жариялайды.",
    },
    {
      name: "hard negative (en): the register of legal entities names directors",
      language: "en",
      code: "Article 15\n\n1. The register of legal entities, including the names of their directors, is published on the website of the Ministry of Justice.",
    },
    {
      name: "hard negative (ru): декларации депутатов (office-holders in their public role)",
      language: "ru",
      code: "Статья 19\n\n1. Уполномоченный орган публикует на своем сайте фамилии депутатов и сведения об их доходах.",
    },
    {
      name: "hard negative (ru): данные не могут использоваться в иных целях (a guarantee)",
      language: "ru",
      code: "Статья 20\n\n1. Персональные данные, полученные акиматом, не могут использоваться в иных целях.",
    },
    {
      name: "hard negative (en): a data subject's right of access",
      language: "en",
      code: "Article 21\n\n1. Every person has the right to obtain from the authorised body information on whether his or her personal data are processed and for what purpose.",
    },
    {
      name: "hard negative (en): a private employer, not the state",
      language: "en",
      code: "Article 22\n\n1. Employers process the personal data of employees for any purpose related to employment.",
    },
    {
      name: "hard negative (kk): жарияланым адамның жазбаша келісімімен",
      language: "kk",
      code: "23-бап\n\n1. Әкімдік жеңімпаздардың аты-жөнін тек олардың жазбаша келісімімен өз сайтында жариялайды.",
    },
    {
      name: "hard negative (en): a scope statement grants no power",
      language: "en",
      code: "Article 1\n\n1. This Law governs the provision of public services by digital means and the processing of personal data by public bodies.",
    },
    {
      name: "hard negative (en): identification numbers of notified bodies, not of persons",
      language: "en",
      code: "Article 35\n\n1. The Commission shall make publicly available the list of notified bodies, including their identification numbers.",
    },
    {
      name: "hard negative (en): 'in relation to processing' is a noun far from the state body",
      language: "en",
      code: "Article 51\n\n1. Each State shall provide for one or more independent public authorities to be responsible for monitoring the application of this Law in order to protect natural persons in relation to processing of personal data.",
    },
    {
      name: "hard negative (ru): пенсии — срок хранения указан словами («пяти лет после»)",
      language: "ru",
      code: "Статья 12\n\n1. Уполномоченный орган осуществляет сбор и хранение персональных данных получателей пенсий в целях назначения пенсий в течение срока их выплаты и пяти лет после ее прекращения.",
    },
    {
      name: "hard negative (en, eu-digital): the supervisory authority orders a body to stop processing",
      language: "en",
      profile: "eu-digital",
      code: "Article 12\n\n1. The supervisory authority may order a public body to stop processing the personal data of residents where the processing has no legal basis.",
    },
    {
      name: "left to rule 17 (ru): биометрическая идентификация по записям камер",
      language: "ru",
      code: "Статья 5\n\n1. Органы внутренних дел применяют биометрическую идентификацию участников митингов по записям камер.",
    },
    {
      name: "hard negative (ru): видеозапись заседания комиссии (no persons named)",
      language: "ru",
      code: "Статья 24\n\n1. Аудио- или видеозапись заседания аттестационной комиссии хранится один год в кадровой службе государственного органа.",
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R22-en-x1",
      language: "en",
      code: R22_EN_X1,
      errors: [
        {
          ...PUBLICATION,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message: '("names, home addresses, vehicle numbers") are published ("published")',
        },
      ],
    },
    {
      name: "R22-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Персональные данные, собранные городскими датчиками, могут использоваться акиматом также в иных целях.",
      errors: [{ ...OPEN, line: 3, column: 4, label: "ст. 5 п. 1", message: 'may serve "в иных целях"' }],
    },
    {
      name: "R22-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Шу үшін айыппұл салынған тұрғындардың аты-жөні, үй мекенжайлары және көлік нөмірлері қала порталында жарияланады.",
      errors: [{ ...PUBLICATION, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en): the Ministry collects personal data of all pupils, no purpose, no limit",
      language: "en",
      code: "Article 6\n\n1. The Ministry of Education collects the personal data of all pupils and stores them in the national education database.",
      errors: [
        {
          ...NO_PURPOSE,
          line: 3,
          column: 4,
          label: "Art. 6(1)",
          message: "states no purpose; also no retention limit",
        },
      ],
    },
    {
      name: "by-law (en, eu-digital): a purpose, but no retention limit",
      language: "en",
      profile: "eu-digital",
      code: "Article 7\n\n1. The akimat collects the personal data of applicants solely to assess their applications for social housing.",
      errors: [{ ...NO_LIMIT, line: 3, column: 4, message: "GDPR art. 5(1)(b), (c), (e)" }],
    },
    {
      name: "code (ru): уполномоченный орган хранит персональные данные бессрочно",
      language: "ru",
      code: "Статья 16\n\n1. Уполномоченный орган в целях назначения социальной помощи собирает персональные данные получателей и хранит их бессрочно.",
      errors: [{ ...NO_LIMIT, line: 3, column: 4, label: "ст. 16 п. 1", message: '("бессрочно")' }],
    },
    {
      name: "statute (kk): әкімдік дербес деректерді өзге де мақсаттарда пайдалана алады",
      language: "kk",
      code: "20-бап\n\n1. Қалалық бейнебақылау камералары жинаған дербес деректерді әкімдік өзге де мақсаттарда пайдалана алады.",
      errors: [{ ...OPEN, line: 3, column: 4, label: "20-бап 1-тармақ" }],
    },
    {
      name: "by-law (ru, echr): фамилии и фотографии нарушителей на сайте органов внутренних дел",
      language: "ru",
      profile: "echr",
      code: "Статья 19\n\n1. Органы внутренних дел размещают на своем сайте фамилии, фотографии и домашние адреса лиц, привлеченных к административной ответственности.",
      errors: [{ ...PUBLICATION, line: 3, column: 4, message: "ECHR (art. 8)" }],
    },
    {
      name: "statute (en): a register of persons kept and published by the Ministry (coordinated verbs)",
      language: "en",
      code: "Article 27\n\n1. The Ministry shall keep a national register of persons convicted of offences against minors, including their names, photographs and home addresses, and publish it on its website.",
      errors: [{ ...PUBLICATION, line: 3, column: 4, message: 'by "Ministry"' }],
    },
    {
      name: "plain English: the city keeps people's personal data forever",
      language: "en",
      code: "Article 8\n\n1. The city administration keeps the personal data of everyone who applies for a parking permit indefinitely.",
      errors: [{ ...NO_PURPOSE, line: 3, column: 4, message: "no retention limit" }],
    },
    {
      name: "amendment (kk): new wording lets the authorised body collect personal data",
      language: "kk",
      code: "1-бап\n\n«Білім туралы» Заңның 9-бабы мынадай редакцияда жазылсын:\n«9-бап. Уәкілетті орган білім алушылардың дербес деректерін жинайды және сақтайды.».",
      errors: [{ ...NO_PURPOSE, line: 3, column: 1 }],
    },
  ],
});

describe("digital/processing-without-purpose-limits confidence and profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  it("counts a passive with no agent one step lower when the sentence names a state body", () => {
    const code =
      "Article 9\n\n1. Personal data of applicants for benefits are collected and stored in the register; the akimat decides on each application.";
    expect(tester.findings(rule, { language: "en", code }).map((f) => [f.subCode, f.confidence])).toEqual([
      ["no-purpose", 0.5],
    ]);
  });
  it("is the same warning under kz-2026 and eu-digital and cites each profile", () => {
    const [kz] = tester.findings(rule, { language: "en", code: R22_EN_X1 });
    const [eu] = tester.findings(rule, { language: "en", code: R22_EN_X1, profile: "eu-digital" });
    expect([kz?.severity, eu?.severity]).toEqual(["warning", "warning"]);
    expect(kz?.principle).toEqual(["KZ Constitution 2026 art. 21(1)"]);
    expect(eu?.principle).toContain("EU Charter art. 8");
  });
  it("reports nothing under a profile that turns the rule off", () => {
    const base = loadProfile("kz-2026");
    const profile = {
      ...base,
      ruleSeverity: { ...base.ruleSeverity, "digital/processing-without-purpose-limits": "off" as const },
    };
    expect(tester.findings(rule, { language: "en", code: R22_EN_X1, profile })).toEqual([]);
  });
});
