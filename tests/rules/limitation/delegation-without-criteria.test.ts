/**
 * R5 limitation/delegation-without-criteria: the catalogue examples (RULES.md §4 A, R05-*), own
 * cases in several drafting styles, and hard negatives (procedural or form-only delegations, a
 * delegation with criteria, limits and a time frame in the law).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/limitation/delegation-without-criteria.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const GROUNDS = { messageId: "delegated", subCode: "grounds-delegated", severity: "warning" } as const;
const DURATION = { messageId: "delegated", subCode: "duration-delegated", severity: "warning" } as const;
const SCOPE = { messageId: "delegated", subCode: "scope-delegated", severity: "warning" } as const;

const R05_EN_X1 =
  "Article 5\n\n1. Recordings of city cameras may be disclosed to third parties; the grounds and periods of disclosure are determined by the akimat.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -----------------------------------------------------------------
    {
      name: "R05-en-v1",
      language: "en",
      code: "Article 5\n\n1. Recordings may be disclosed only to a court or to an investigator holding a court order, and are deleted after 30 days; the akimat approves the form of the disclosure request.",
    },
    {
      name: "R05-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Записи передаются только суду или следователю на основании решения суда и уничтожаются через 30 дней; форма запроса утверждается акиматом.",
    },
    {
      name: "R05-kk-v1 (own): the law fixes recipients and period, the akimat only the form of the request",
      language: "kk",
      code: "5-бап\n\n1. Жазбалар тек сотқа немесе сот шешімі бар тергеушіге беріледі және 30 күннен кейін жойылады; сұрау нысанын әкімдік бекітеді.",
    },
    // --- hard negatives -------------------------------------------------------------------------
    {
      name: "hard negative (en, statute): a delegation to the Government with criteria, limits and a time frame",
      language: "en",
      code: "Article 30\n\n1. Personal data in the vaccination register may be disclosed only to the health-care provider treating the person, and only for that treatment; the data are erased five years after the last entry.\n2. Within these limits, the Government shall set the technical conditions of access to the register within six months of the entry into force of this Law.",
    },
    {
      name: "hard negative (en): grounds, maximum period and court in the law; only the form is delegated",
      language: "en",
      code: "Article 9\n\n1. The authorised body may suspend the accreditation of a foreign journalist for no more than thirty days, only by decision of a court and only where necessary to protect national security.\n2. The form of the application for accreditation is approved by the Ministry of Foreign Affairs.",
    },
    {
      name: "hard negative (ru, code): procedure delegated, grounds and period in the law",
      language: "ru",
      code: "Статья 4\n\n1. Доступ к интернет-ресурсу может быть приостановлен по решению суда на срок до 30 дней, если на нем размещены призывы к насильственному захвату власти.\n2. Решение суда исполняется оператором связи в порядке, установленном уполномоченным органом.",
    },
    {
      name: "hard negative (ru, by-law): time limits for considering applications are procedure",
      language: "ru",
      code: "Статья 5\n\n1. Уполномоченный орган вправе отказать в регистрации средства массовой информации.\n2. Порядок и сроки рассмотрения заявлений определяются уполномоченным органом.",
    },
    {
      name: "hard negative (kk): court, aim, maximum period in the law; filing procedure delegated",
      language: "kk",
      code: "12-бап\n\n1. Қоғамдық бірлестіктің қызметі сот шешімі бойынша ғана, қоғамдық қауіпсіздікті қорғау үшін қажетті шамада ғана және алты айдан аспайтын мерзімге тоқтатыла тұруы мүмкін.\n2. Сотқа өтініш беру тәртібін уәкілетті орган айқындайды.",
    },
    {
      name: "not an interference (en): delegation in an article that restricts no right",
      language: "en",
      code: "Article 3\n\n1. Museums are open to the public on working days.\n2. The opening hours and the conditions of admission are determined by the akimat.",
    },
    {
      name: "the period is fixed in the article (ru): only the conditions would be delegated, and a ground is named",
      language: "ru",
      code: "Статья 19\n\n1. Проведение собраний в помещениях государственных учреждений может быть ограничено на срок не более 30 дней в целях охраны общественного порядка.\n2. Условия и сроки такого ограничения определяются уполномоченным органом.",
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -----------------------------------------------------------------
    {
      name: "R05-en-x1",
      language: "en",
      code: R05_EN_X1,
      errors: [
        {
          ...GROUNDS,
          line: 3,
          column: 66,
          label: "Art. 5(1)",
          message:
            'leaves the "grounds" and "periods" of this interference to the executive ("are determined by the akimat")',
        },
      ],
    },
    {
      name: "R05-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Записи городских камер могут передаваться третьим лицам; основания и сроки передачи определяются акиматом.",
      errors: [{ ...GROUNDS, line: 3, column: 61, label: "ст. 5 п. 1", message: '"основания" and "сроки"' }],
    },
    {
      name: "R05-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Қалалық камералардың жазбалары үшінші тұлғаларға берілуі мүмкін; беру негіздері мен мерзімдерін әкімдік айқындайды.",
      errors: [{ ...GROUNDS, line: 3, column: 69, label: "5-бап 1-тармақ", message: '("әкімдік айқындайды")' }],
    },
    // --- own cases --------------------------------------------------------------------------------
    {
      name: "statute (en): the length of a suspension is set by the Government (ground named, period not)",
      language: "en",
      code: "Article 12\n\n1. The authorised body may suspend the accreditation of a foreign journalist where this is necessary to protect national security.\n2. The length of the suspension is set by the Government.\n3. The journalist may appeal against the suspension to a court.",
      errors: [{ ...DURATION, line: 4, column: 4, label: "Art. 12(2)", message: '"length"' }],
    },
    {
      name: "code (ru): grounds left to the Government in the same sentence as the restriction",
      language: "ru",
      code: "Статья 15\n\n1. Аккредитация иностранного журналиста может быть приостановлена уполномоченным органом по основаниям, установленным Правительством Республики Казахстан.",
      errors: [{ ...GROUNDS, line: 3, column: 4, label: "ст. 15 п. 1", message: '("установленным Правительством")' }],
    },
    {
      name: "by-law (ru): retention period of call recordings set by the Government",
      language: "ru",
      code: "Статья 15. Хранение информации\n\n1. Операторы связи хранят записи разговоров абонентов; сроки хранения устанавливаются Правительством.",
      errors: [{ ...DURATION, line: 3, column: 56, label: "ст. 15 п. 1" }],
    },
    {
      name: "GDPR-style (en): circumstances and duration of a restriction of data-subject rights left to the Minister",
      language: "en",
      profile: "eu-digital",
      code: "Article 9\n\n1. The Ministry may restrict the right of data subjects to obtain a copy of their personal data held in the migration register.\n2. The circumstances in which the restriction applies and its duration shall be determined by the Minister.",
      errors: [
        {
          ...GROUNDS,
          line: 4,
          column: 4,
          label: "Art. 9(2)",
          message: "EU (Charter art. 52(1), GDPR art. 23(2))",
        },
      ],
    },
    {
      name: "plain English (en): the Government decides which categories of data are kept",
      language: "en",
      code: "Article 4\n\n1. Platforms shall retain the personal data of users for one year.\n2. The Government shall determine the categories of data to be retained.",
      errors: [{ ...SCOPE, line: 4, column: 4, label: "Art. 4(2)", message: '"categories of data"' }],
    },
    {
      name: "statute (kk): grounds and periods of a suspension left to the Government",
      language: "kk",
      code: "7-бап\n\n1. Уәкілетті орган шетелдік журналистің аккредитациясын тоқтата тұруға құқылы.\n2. Аккредитацияны тоқтата тұрудың негіздері мен мерзімдерін Үкімет айқындайды.\n3. Уәкілетті органның шешіміне сотқа шағымдануға болады.",
      errors: [{ ...GROUNDS, line: 4, column: 4, label: "7-бап 2-тармақ" }],
    },
    {
      name: "by-law (kk): participle construction «Үкіметі белгілеген мерзімге»",
      language: "kk",
      code: "3-бап\n\n1. Пайдаланушылардың дербес деректері Үкіметі белгілеген мерзімге сақталады.",
      errors: [{ ...DURATION, line: 3, column: 4, label: "3-бап 1-тармақ" }],
    },
  ],
});

describe("limitation/delegation-without-criteria profiles and confidence", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  const SPLIT =
    "Article 12\n\n1. The authorised body may suspend the accreditation of a foreign journalist where this is necessary to protect national security.\n2. The length of the suspension is set by the Government.";

  it("is high in the sentence of the restriction, medium elsewhere in the article", () => {
    expect(tester.findings(rule, { language: "en", code: R05_EN_X1 })[0]?.confidence).toBe(0.9);
    expect(tester.findings(rule, { language: "en", code: SPLIT })[0]?.confidence).toBe(0.7);
  });

  it("is a warning under kz-2026 and echr, and silent where a profile turns it off", () => {
    expect(tester.findings(rule, { language: "en", code: R05_EN_X1, profile: "echr" })[0]?.severity).toBe("warning");
    expect(tester.findings(rule, { language: "en", code: R05_EN_X1, profile: "echr" })[0]?.principle).toEqual([
      "ECHR arts 8(2)–11(2)",
    ]);
    const strict = { id: "strict", citation: "Strict", ruleSeverity: { [rule.meta.id]: "error" as const } };
    const off = { id: "off", citation: "Off", ruleSeverity: { [rule.meta.id]: "off" as const } };
    expect(tester.findings(rule, { language: "en", code: R05_EN_X1, profile: strict })[0]?.severity).toBe("error");
    expect(tester.findings(rule, { language: "en", code: R05_EN_X1, profile: off })).toEqual([]);
  });
});
