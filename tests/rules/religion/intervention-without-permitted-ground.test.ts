/**
 * R8 religion/intervention-without-permitted-ground: the catalogue examples (RULES.md §4 B, R08-*),
 * own cases in several drafting styles, and hard negatives that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/religion/intervention-without-permitted-ground.js";
import { loadProfile } from "../../../src/config/profiles.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const NO_GROUND = { messageId: "noGround", subCode: "no-ground", severity: "error" } as const;
const EXECUTIVE = { messageId: "executiveOnly", subCode: "executive-only", severity: "warning" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R08-en-v1",
      language: "en",
      code: "Article 5\n\n1. A court, on application of the Committee for Religious Affairs, may close a religious school for up to 90 days where its activity endangers pupils' health and less restrictive measures have failed.",
    },
    {
      name: "R08-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Суд по заявлению Комитета по делам религий вправе закрыть религиозную школу на срок до 90 дней, если ее деятельность угрожает здоровью учащихся, а менее строгие меры не дали результата.",
    },
    {
      name: "R08-kk-v1 (own: the court closes the school, on a health ground)",
      language: "kk",
      code: "5-бап\n\n1. Сот Дін істері комитетінің өтініші бойынша, егер діни мектептің қызметі оқушылардың денсаулығына қатер төндірсе және неғұрлым жеңіл шаралар нәтиже бермесе, діни мектепті 90 күнге дейінгі мерзімге жабуға құқылы.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (en, statute): restriction with a permitted ground and a court order",
      language: "en",
      code: "Article 5\n\n1. By decision of a court, the Committee for Religious Affairs may suspend the activity of a religious association for up to three months where necessary to protect public health.",
    },
    {
      name: "hard negative (ru, code): suspension by decision of a court for public order",
      language: "ru",
      code: "Статья 5\n\n1. Деятельность религиозного объединения может быть приостановлена по решению суда на срок до трех месяцев в целях защиты общественного порядка.",
    },
    {
      name: "hard negative (en): registration that only confers legal personality",
      language: "en",
      code: "Article 5\n\n1. The Ministry of Justice shall register a religious association within thirty days; registration confers the status of a legal entity and is not required for worship.",
    },
    {
      name: "hard negative (en): building-safety inspection of churches and mosques naming public safety",
      language: "en",
      code: "Article 5\n\n1. Fire safety inspectors shall inspect all public buildings, including churches and mosques, to protect public safety.",
    },
    {
      name: "hard negative (kk, by-law): sanitary inspection of mosques naming public health",
      language: "kk",
      code: "5-бап\n\n1. Уәкілетті орган халықтың денсаулығын қорғау мақсатында мешіттердің ғимараттарын тексереді.",
    },
    {
      name: "hard negative (ru): tax exemption for religious associations",
      language: "ru",
      code: "Статья 5\n\n1. Религиозные объединения освобождаются от уплаты налога на имущество, используемое для богослужений.",
    },
    {
      name: "hard negative (en): revoking a tax exemption is facilitative, not an intervention",
      language: "en",
      code: "Article 5\n\n1. The tax authority may revoke the tax exemption of a religious organisation that no longer uses its property for worship.",
    },
    {
      name: "hard negative (kk): tax exemption for religious associations",
      language: "kk",
      code: "5-бап\n\n1. Діни бірлестіктер ғибадат үшін пайдаланылатын мүлікке салынатын салықтан босатылады.",
    },
    {
      name: "constitution style (en): limitation by law on permitted grounds, with an appeal to a court",
      language: "en",
      code: "Article 7\n\n1. Religious associations are separate from the State.\n2. The activity of religious associations may be restricted only by law and only to the extent necessary to protect the constitutional order, public order, human rights and freedoms, and the health and morals of the population; a decision to suspend or dissolve a religious association may be appealed to a court.",
    },
    // --- guarantees, appeals, definitions, repealed units --------------------------------
    {
      name: "guarantees (en): negated restriction and negated permission",
      language: "en",
      code: "Article 5\n\n1. State bodies may not restrict the activity of religious associations.\n2. No permission of the akimat is required to hold worship services in a church.",
    },
    {
      name: "appeal against a refusal (en): the refusal is what is appealed",
      language: "en",
      code: "Article 5\n\n1. A religious association may appeal against a refusal of the authorised body to register it.",
    },
    {
      name: "guarantees (ru): appeal, negated power, double negation",
      language: "ru",
      code: "Статья 5\n\n1. Религиозное объединение вправе обжаловать отказ уполномоченного органа в суд.\n2. Государственные органы не вправе проверять деятельность религиозных объединений.\n3. Закрытие религиозной школы без решения суда не допускается.",
    },
    {
      name: "guarantees (kk): appeal and negated restriction",
      language: "kk",
      code: "5-бап\n\n1. Діни бірлестік уәкілетті органның бас тартуына сотқа шағымдана алады.\n2. Мемлекеттік органдар діни бірлестіктердің қызметін шектемейді.",
    },
    {
      name: "the religious body gives its own consent (ru): not state approval of it",
      language: "ru",
      code: "Статья 5\n\n1. Акимат с согласия религиозного объединения размещает информацию о нем на своем сайте.",
    },
    {
      name: "left to rule 10 (ru): a ban on unregistered religious associations (RULES.md §2.8)",
      language: "ru",
      code: "Статья 10\n\n2. Деятельность незарегистрированных религиозных объединений запрещается.",
    },
    {
      name: "definitions zone is not read",
      language: "en",
      code: 'Article 1. Definitions\n\n1. "oversight" means the inspection by the authorised body of religious associations.',
    },
    {
      name: "a repealed unit is not read",
      language: "en",
      code: "Article 5. Closure of religious schools\n\n[Repealed]",
    },
    // the act bans conduct it defines by violence: a rule of conduct, not an executive power
    {
      name: "hard negative (ru, religion law): activity aimed at the violent change of the constitutional order is banned",
      language: "ru",
      code: "Статья 10\n\n1. Запрещается деятельность религиозных объединений, направленная на насильственное изменение конституционного строя или посягательство на здоровье граждан.",
    },
    {
      name: "hard negative (kk, religion law): күштеп өзгертуге бағытталған қызметке тыйым салынады",
      language: "kk",
      code: "10-бап\n\n1. Конституциялық құрылысты күштеп өзгертуге бағытталған діни бірлестіктердің қызметіне тыйым салынады.",
    },
    {
      name: "hard negative (en, religion law): activity aimed at the violent overthrow of the constitutional order is prohibited",
      language: "en",
      code: "Section 10\n\n(1) The activity of a religious organisation aimed at the violent overthrow of the constitutional order is prohibited.",
    },
  ],

  invalid: [
    // the same conduct, banned by an executive body: still a power without a court
    {
      name: "ru, religion law: the authorised body bans activity aimed at violent change",
      language: "ru",
      code: "Статья 10\n\n1. Уполномоченный орган запрещает деятельность религиозных объединений, направленную на насильственное изменение конституционного строя.",
      errors: [{ ...EXECUTIVE, line: 3, column: 4, label: "ст. 10 п. 1" }],
    },
    {
      name: "ru, religion law: a ban on activity that 'threatens' the constitutional order, no conduct named",
      language: "ru",
      code: "Статья 10\n\n1. Запрещается деятельность религиозных объединений, угрожающая конституционному строю.",
      errors: [{ ...EXECUTIVE, line: 3, column: 4, label: "ст. 10 п. 1" }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R08-en-x1",
      language: "en",
      code: "Article 5\n\n1. The Committee for Religious Affairs may close a religious school for up to 90 days.",
      errors: [
        {
          ...NO_GROUND,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          suggestions: 0,
          message: "no ground permitted by KZ Constitution 2026 (art. 7(1)–(2))",
        },
      ],
    },
    {
      name: "R08-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Комитет по делам религий вправе закрыть религиозную школу на срок до 90 дней.",
      errors: [
        {
          ...NO_GROUND,
          line: 3,
          column: 4,
          label: "ст. 5 п. 1",
          message: '"закрыть" (applied to "религиозную школу")',
        },
      ],
    },
    {
      name: "R08-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Дін істері комитеті діни мектепті 90 күнге дейінгі мерзімге жабуға құқылы.",
      errors: [{ ...NO_GROUND, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en): permitted ground, executive decides alone",
      language: "en",
      code: "Article 5\n\n1. The authorised body may suspend the activity of a religious association for up to three months where necessary to protect public order.",
      errors: [
        {
          ...EXECUTIVE,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          suggestions: 1,
          message: "decided by the executive alone under KZ Constitution 2026 (art. 7(1)–(2))",
        },
      ],
    },
    {
      name: "kz-2026 (en): constitutional order is a permitted ground, so only executive-only",
      language: "en",
      code: "Article 5\n\n1. The Committee for Religious Affairs may suspend the activity of a religious association where its activity threatens the constitutional order.",
      errors: [{ ...EXECUTIVE, line: 3, column: 4, label: "Art. 5(1)", suggestions: 1 }],
    },
    {
      name: "iccpr (en): constitutional order is not an art. 18(3) ground, so no-ground (error)",
      language: "en",
      profile: "iccpr",
      code: "Article 5\n\n1. The Committee for Religious Affairs may suspend the activity of a religious association where its activity threatens the constitutional order.",
      errors: [
        {
          ...NO_GROUND,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message: '("constitutional order" is not a ground it permits for religion)',
        },
      ],
    },
    {
      name: "plain English: the mayor can shut down a church",
      language: "en",
      code: "Article 5\n\n1. The mayor can shut down a church for a month.",
      errors: [{ ...NO_GROUND, line: 3, column: 4, label: "Art. 5(1)" }],
    },
    {
      name: "by-law list (en): points inherit the actor of the chapeau",
      language: "en",
      code: "Article 5\n\n1. The akimat may:\n1) suspend the activity of a religious community for up to 30 days;\n2) inspect the premises of a religious community.",
      errors: [
        { ...NO_GROUND, line: 4, column: 4, label: "Art. 5(1)(1)" },
        { ...NO_GROUND, line: 5, column: 4, label: "Art. 5(1)(2)", message: '"inspect"' },
      ],
    },
    {
      name: "ground found only through a reference (level article+refs): executive-only",
      language: "en",
      code: "Article 5\n\n1. The Committee for Religious Affairs may suspend the activity of a religious association on the grounds set out in Article 6.\n\nArticle 6\n\n1. Religious associations shall respect public order.",
      errors: [{ ...EXECUTIVE, line: 3, column: 4, label: "Art. 5(1)" }],
    },
    {
      name: "by-law (ru): inspections of religious associations with no aim",
      language: "ru",
      code: "Статья 5\n\n1. Уполномоченный орган проводит проверки религиозных объединений не реже одного раза в год.",
      errors: [{ ...NO_GROUND, line: 3, column: 4, label: "ст. 5 п. 1" }],
    },
    {
      name: "statute (ru): implicit passive suspension with no aim",
      language: "ru",
      code: "Статья 5\n\n1. Деятельность религиозной организации может быть приостановлена на срок до шести месяцев.",
      errors: [{ ...NO_GROUND, line: 3, column: 4, label: "ст. 5 п. 1" }],
    },
    {
      name: "code (ru): reflexive passive sanction on a religious association",
      language: "ru",
      code: "Статья 489. Нарушение законодательства о религиозной деятельности\n\n5. Деятельность религиозного объединения приостанавливается на срок до трех месяцев.",
      errors: [{ ...NO_GROUND, line: 3, column: 4, label: "ст. 489 п. 5" }],
    },
    {
      name: "statute (ru): public order named, no court and no appeal",
      language: "ru",
      code: "Статья 5\n\n1. Уполномоченный орган вправе закрыть религиозную школу без решения суда в целях защиты общественного порядка.",
      errors: [{ ...EXECUTIVE, line: 3, column: 4, label: "ст. 5 п. 1", suggestions: 1 }],
    },
    {
      name: "amendment (ru): the quoted new wording gives the authorised body a bare power to suspend",
      language: "ru",
      code: "Статья 1\n\nПункт 2 статьи 9 Закона Республики Казахстан «О религиозной деятельности» изложить в следующей редакции:\n«2. Уполномоченный орган вправе приостановить деятельность религиозного объединения на срок до трех месяцев.».",
      errors: [{ ...NO_GROUND, line: 3, column: 1, label: "ст. 1 абз. 1" }],
    },
    {
      name: "by-law (kk): building a house of worship needs the consent of the local executive body",
      language: "kk",
      code: "5-бап\n\n1. Діни бірлестіктің ғибадат үйін салуы жергілікті атқарушы органның келісімімен жүзеге асырылады.",
      errors: [{ ...NO_GROUND, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    {
      name: "statute (kk): public order named, closure without a court decision",
      language: "kk",
      code: "5-бап\n\n1. Уәкілетті орган қоғамдық тәртіпті қорғау мақсатында діни мектепті сот шешімінсіз жабуға құқылы.",
      errors: [{ ...EXECUTIVE, line: 3, column: 4, label: "5-бап 1-тармақ", suggestions: 1 }],
    },
  ],
});

describe("religion/intervention-without-permitted-ground suggestions", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  const edit = (language: "en" | "ru" | "kk", code: string): string => {
    const [finding] = tester.findings(rule, { language, code });
    const change = finding?.suggestions[0]?.edits[0];
    if (!change) return code;
    const at = change.range.start.offset;
    return code.slice(0, at) + change.text + code.slice(change.range.end.offset);
  };
  it("inserts the court clause where the language puts it", () => {
    expect(
      edit(
        "en",
        "Article 5\n\n1. The authorised body may suspend the activity of a religious association where necessary to protect public order.",
      ),
    ).toContain("The authorised body may, by decision of a court, suspend the activity");
    expect(
      edit(
        "ru",
        "Статья 5\n\n1. Уполномоченный орган вправе закрыть религиозную школу без решения суда в целях защиты общественного порядка.",
      ),
    ).toContain("вправе по решению суда закрыть");
    expect(
      edit(
        "kk",
        "5-бап\n\n1. Уәкілетті орган қоғамдық тәртіпті қорғау мақсатында діни мектепті 90 күнге жабуға құқылы.",
      ),
    ).toContain("90 күнге сот шешімі бойынша жабуға құқылы");
  });
  it("reports the ban on unregistered associations itself when rule 10 is off", () => {
    const base = loadProfile("kz-2026");
    const profile = {
      ...base,
      ruleSeverity: { ...base.ruleSeverity, "religion/registration-precondition": "off" as const },
    };
    const code = "Статья 10\n\n2. Деятельность незарегистрированных религиозных объединений запрещается.";
    expect(tester.findings(rule, { language: "ru", code, profile }).map((f) => f.subCode)).toEqual(["no-ground"]);
  });
  it("reports nothing under a profile that has rule 8 off (eu-digital)", () => {
    const code = "Article 5\n\n1. The Committee for Religious Affairs may close a religious school for up to 90 days.";
    expect(tester.findings(rule, { language: "en", code, profile: "eu-digital" })).toEqual([]);
  });
});
