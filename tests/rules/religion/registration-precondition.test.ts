/**
 * R10 religion/registration-precondition: the catalogue examples (RULES.md §4 B, R10-*), own cases
 * in several drafting styles, and hard negatives that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/religion/registration-precondition.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const CONDITIONED = { messageId: "worshipConditioned", subCode: "worship-conditioned", severity: "error" } as const;
const PENALISED = { messageId: "unregisteredPenalised", subCode: "unregistered-penalised", severity: "error" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R10-en-v1",
      language: "en",
      code: "Article 5\n\n1. Believers may meet for prayer, alone or in community, whether or not they are registered; registration gives a community the status of a legal entity.",
    },
    {
      name: "R10-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Верующие вправе собираться для молитвы независимо от государственной регистрации; регистрация дает общине статус юридического лица.",
    },
    {
      name: "R10-kk-v1 (own): unregistered groups may worship; registration gives legal personality",
      language: "kk",
      code: "5-бап\n\n1. Тіркелмеген діни топтар ғибадат жасауға және діни рәсімдер өткізуге құқылы.\n2. Діни бірлестік мемлекеттік тіркелгеннен кейін заңды тұлға мәртебесіне ие болады.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (ru, statute): registration needed only for the rights of a legal entity",
      language: "ru",
      code: "Статья 8\n\n1. Религиозное объединение вправе проводить богослужения с момента его создания; государственная регистрация необходима лишь для приобретения прав юридического лица.",
    },
    {
      name: "hard negative (en): only registered bodies receive grants (a privilege, not worship)",
      language: "en",
      code: "Article 12\n\n1. Only registered religious associations may receive grants from the state budget for the restoration of historic places of worship.",
    },
    {
      name: "hard negative (ru): an unregistered building, not an unregistered community",
      language: "ru",
      code: "Статья 15\n\n1. Здание, не зарегистрированное в качестве объекта недвижимости, не может быть передано в собственность религиозного объединения.",
    },
    {
      name: "hard negative (en, by-law): fire-safety registration of buildings used for worship",
      language: "en",
      code: "Article 9\n\n1. Fire-safety inspectors may close buildings used for worship that are not registered with the fire service.",
    },
    {
      name: "hard negative (kk): unregistered premises are a building matter",
      language: "kk",
      code: "9-бап\n\n1. Өрт қауіпсіздігі талаптарына сәйкес тіркелмеген ғимараттарда ғибадат өткізуге тыйым салынады.",
    },
    {
      name: "hard negative (ru): founders not registered at their place of residence",
      language: "ru",
      code: "Статья 7\n\n1. В регистрации религиозного объединения может быть отказано, если его учредители не зарегистрированы по месту жительства.",
    },
    {
      name: "hard negative (en): a deadline counted from registration is not a condition",
      language: "en",
      code: "Article 5\n\n1. Within 30 days after registration, a religious association shall notify the akimat of its places of worship.",
    },
    {
      name: "hard negative (en): unregistered firearms found in a place of worship",
      language: "en",
      code: "Article 3\n\n1. Unregistered firearms found in a place of worship shall be confiscated.",
    },
    {
      name: "hard negative (kk): an unregistered weapon found in a house of worship",
      language: "kk",
      code: "3-бап\n\n1. Ғибадат үйінде табылған тіркелмеген қару тәркіленеді.",
    },
    {
      name: "hard negative (en): members not registered as voters",
      language: "en",
      code: "Article 3\n\n1. Members of a religious association who are not registered as voters may not take part in elections.",
    },
    // --- guarantees ---------------------------------------------------------------------
    {
      name: "guarantees (en): double negation, 'without restriction', 'not conditional on registration'",
      language: "en",
      code: "Article 7\n\n1. Prohibiting worship by unregistered communities is not permitted.\n2. Unregistered communities may worship without restriction.\n3. Worship is not conditional on registration.",
    },
    {
      name: "guarantees (ru): a negated prohibition",
      language: "ru",
      code: "Статья 7\n\n1. Богослужения незарегистрированных религиозных групп не запрещаются и не ограничиваются.",
    },
    {
      name: "guarantees (kk): «шектеусіз» is a guarantee, not a restriction",
      language: "kk",
      code: "7-бап\n\n1. Тіркелмеген діни топтар шектеусіз ғибадат жасай алады.",
    },
    // --- zones --------------------------------------------------------------------------
    {
      name: "definitions zone is not read",
      language: "en",
      code: 'Article 1. Definitions\n\n1. "unregistered group" means a religious group whose worship is prohibited until registration.',
    },
    {
      name: "a repealed unit is not read",
      language: "en",
      code: "Article 5. Unregistered groups\n\n[Repealed]",
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R10-en-x1",
      language: "en",
      code: "Article 5\n\n1. Prayer meetings of a group that has not been registered as a religious association are prohibited.",
      errors: [
        {
          ...CONDITIONED,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message:
            'under KZ Constitution 2026 (art. 7(1)–(2)): "Prayer" is restricted for want of registration ("not been registered")',
        },
      ],
    },
    {
      name: "R10-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Молитвенные собрания группы, не зарегистрированной в качестве религиозного объединения, запрещаются.",
      errors: [{ ...CONDITIONED, line: 3, column: 4, label: "ст. 5 п. 1", message: '("не зарегистрированной")' }],
    },
    {
      name: "R10-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Діни бірлестік ретінде тіркелмеген топтың құлшылық жиналыстарына тыйым салынады.",
      errors: [{ ...CONDITIONED, line: 3, column: 4, label: "5-бап 1-тармақ", message: '"құлшылық"' }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en): worship allowed only after state registration",
      language: "en",
      code: "Article 6\n\n1. Religious associations may conduct worship services only after state registration.",
      errors: [
        {
          ...CONDITIONED,
          line: 3,
          column: 4,
          label: "Art. 6(1)",
          message: 'is allowed only with registration ("only after state registration")',
        },
      ],
    },
    {
      name: "constitution style (en): the activity of unregistered religious associations is prohibited",
      language: "en",
      code: "Article 3\n\n1. Religious associations are separate from the State.\n2. The activity of religious associations that have not been registered in accordance with law is prohibited.",
      errors: [{ ...CONDITIONED, line: 4, column: 4, label: "Art. 3(2)" }],
    },
    {
      name: "plain English: no prayer meetings for an unregistered group",
      language: "en",
      code: "Section 4\n\nIf your group is not registered, you cannot hold prayer meetings.",
      errors: [{ ...CONDITIONED, line: 3, column: 1, message: '"prayer"' }],
    },
    {
      name: "iccpr (en): a fine for each prayer meeting of an unregistered group",
      language: "en",
      profile: "iccpr",
      code: "Article 7\n\n1. A religious group that has not been registered shall be liable to a fine for every prayer meeting it holds.",
      errors: [
        {
          ...PENALISED,
          line: 3,
          column: 4,
          label: "Art. 7(1)",
          message: 'under ICCPR (art. 18(1)): "prayer" of an unregistered group carries "fine"',
        },
      ],
    },
    {
      name: "code (ru): leading or joining the worship of an unregistered association carries a fine",
      language: "ru",
      code: "Статья 489. Нарушение законодательства о религиозной деятельности\n\n3. Руководство незарегистрированным религиозным объединением, а также участие в его богослужениях влекут штраф в размере пятидесяти месячных расчетных показателей.",
      errors: [
        {
          ...PENALISED,
          line: 3,
          column: 4,
          label: "ст. 489 п. 3",
          message: '"штраф в размере пятидесяти месячных расчетных показателей"',
        },
      ],
    },
    {
      name: "statute (ru): unregistered groups may not hold services (a negated permission)",
      language: "ru",
      code: "Статья 9\n\n1. Религиозные группы, не прошедшие государственную регистрацию, не вправе проводить богослужения и религиозные обряды.",
      errors: [{ ...CONDITIONED, line: 3, column: 4, label: "ст. 9 п. 1", message: '"богослужения"' }],
    },
    {
      name: "amendment (ru): the quoted new paragraph bans missionary activity without registration",
      language: "ru",
      code: "Статья 1\n\nСтатью 5 Закона Республики Казахстан «О религиозной деятельности» дополнить пунктом 4 следующего содержания:\n«4. Миссионерская деятельность без регистрации в уполномоченном органе запрещается.».",
      errors: [{ ...CONDITIONED, line: 3, column: 1, message: '("без регистрации")' }],
    },
    {
      name: "statute (ru): missionary activity «осуществляется после регистрации» (a condition, no «только»)",
      language: "ru",
      code: "Статья 5\n\n1. Миссионерская деятельность осуществляется после регистрации миссионера в уполномоченном органе.",
      errors: [
        { ...CONDITIONED, line: 3, column: 4, message: 'is allowed only after registration ("после регистрации")' },
      ],
    },
    {
      name: "statute (kk): only registered associations may hold worship («тек … ғана»)",
      language: "kk",
      code: "6-бап\n\n1. Ғибадатты тек мемлекеттік тіркеуден өткен діни бірлестіктер ғана өткізе алады.",
      errors: [{ ...CONDITIONED, line: 3, column: 4, label: "6-бап 1-тармақ" }],
    },
    {
      name: "by-law list (kk): a point inherits the chapeau's prohibition",
      language: "kk",
      code: "12-бап\n\n1. Мыналарға тыйым салынады:\n1) тіркелмеген діни топтардың ғибадат өткізуіне;\n2) діни әдебиетті көшеде таратуға.",
      errors: [{ ...CONDITIONED, line: 4, column: 4, label: "12-бап 1-тармақ 1) тармақша" }],
    },
    {
      name: "statute (kk): unregistered groups «ғибадат өткізе алмайды» (the negated ability follows the verb)",
      language: "kk",
      code: "3-бап\n\n1. Тіркелмеген діни топтар ғибадат өткізе алмайды.",
      errors: [{ ...CONDITIONED, line: 3, column: 4, message: '("Тіркелмеген")' }],
    },
    {
      name: "code (kk): worship of an unregistered group carries a fine",
      language: "kk",
      code: "489-бап\n\n3. Тіркелмеген діни топтың ғибадатына қатысу айыппұл салуға әкеп соғады.",
      errors: [{ ...PENALISED, line: 3, column: 4 }],
    },
  ],
});

describe("religion/registration-precondition profiles and confidence", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  const ban = "Article 5\n\n1. Worship services of unregistered religious groups are prohibited.";
  it("reports an error under kz-2026, kz-1995, iccpr and echr, nothing under eu-digital (rule off)", () => {
    for (const profile of ["kz-2026", "kz-1995", "iccpr", "echr"]) {
      const found = tester.findings(rule, { language: "en", code: ban, profile });
      expect(
        found.map((f) => [f.subCode, f.severity, f.profile]),
        profile,
      ).toEqual([["worship-conditioned", "error", profile]]);
    }
    expect(tester.findings(rule, { language: "en", code: ban, profile: "eu-digital" })).toEqual([]);
  });
  it("follows a sub-code severity set by a profile", () => {
    const profile = {
      id: "custom",
      citation: "Custom profile",
      ruleSeverity: { "religion/registration-precondition:unregistered-penalised": "warning" as const },
    };
    const fine = "Article 5\n\n1. Worship in an unregistered religious group is punishable by a fine.";
    expect(tester.findings(rule, { language: "en", code: fine, profile }).map((f) => f.severity)).toEqual(["warning"]);
    expect(tester.findings(rule, { language: "en", code: ban, profile }).map((f) => f.severity)).toEqual(["error"]);
  });
  it("is high when the group is unregistered, medium for a bare «after registration»", () => {
    const [ban1] = tester.findings(rule, { language: "en", code: ban });
    expect(ban1?.confidence).toBe(0.9);
    const [after] = tester.findings(rule, {
      language: "kk",
      code: "5-бап\n\n1. Миссионерлік қызмет миссионер уәкілетті органда тіркелгеннен кейін жүзеге асырылады.",
    });
    expect(after?.confidence).toBe(0.7);
  });
});
