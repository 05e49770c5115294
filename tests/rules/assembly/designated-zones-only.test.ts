/**
 * R27 assembly/designated-zones-only: the catalogue examples (RULES.md §4 E, R27-*), own cases in
 * several drafting styles, and hard negatives that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/assembly/designated-zones-only.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const ONLY_W = { messageId: "designatedOnly", subCode: "designated-only", severity: "warning" } as const;
const ONLY_E = { messageId: "designatedOnly", subCode: "designated-only", severity: "error" } as const;
const ZONE_W = { messageId: "zoneBan", subCode: "zone-ban", severity: "warning" } as const;
const ZONE_E = { messageId: "zoneBan", subCode: "zone-ban", severity: "error" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R27-en-v1",
      language: "en",
      code: "Article 9\n\n1. Rallies may be held in any public place; the akimat may change the route only where necessary for traffic safety, keeping the rally within sight and sound of its audience.",
    },
    {
      name: "R27-ru-v1",
      language: "ru",
      code: "Статья 9\n\n1. Митинги могут проводиться в любом общественном месте; акимат вправе изменить маршрут лишь при необходимости обеспечения безопасности дорожного движения.",
    },
    {
      name: "R27-kk-v1 (own: any public place, designated places an option)",
      language: "kk",
      code: "9-бап\n\n1. Митингілер кез келген көпшілік орында өткізілуі мүмкін.\n2. Әкімдік арнайы бөлінген орындарды ұйымдастырушылар қаласа ғана пайдаланатын қосымша мүмкіндік ретінде белгілейді.",
    },
    // --- hard negatives -----------------------------------------------------------------
    {
      name: "hard negative (en): speakers' corners as an option while any public place stays open",
      language: "en",
      code: "Article 9\n\n1. Assemblies may be held in any public place.\n2. The akimat shall equip speakers' corners in each district; assemblies may be held only there if the organiser so chooses.",
    },
    {
      name: "hard negative (en): designated venues that organisers are not obliged to use",
      language: "en",
      code: "Article 9\n\n1. The designated venues listed in Annex 3 are provided with sound equipment, but organisers are not obliged to use them.",
    },
    {
      name: "hard negative (ru, statute): a 50-metre perimeter around a court during hearings",
      language: "ru",
      code: "Статья 9\n\n1. Во время судебного заседания пикеты не проводятся ближе 50 метров от входа в здание суда.",
    },
    {
      name: "hard negative (ru): assemblies may also be held outside specialised places",
      language: "ru",
      code: "Статья 9\n\n1. Мирные собрания могут проводиться и вне специализированных мест.",
    },
    {
      name: "hard negative (en): not only at designated places",
      language: "en",
      code: "Article 9\n\n1. Rallies may be held not only at designated places but in any street or square.",
    },
    {
      name: "no assembly: the city centre is closed to lorries",
      language: "en",
      code: "Article 9\n\n1. Lorries are prohibited in the city centre between 7 and 10 a.m.",
    },
    // designated places as an option: "may be held", «могут проводиться», «… да өткізілуі мүмкін»
    {
      name: "hard negative (ru, assemblies law): assemblies may be held in designated places",
      language: "ru",
      code: "Статья 4\n\n1. Мирные собрания могут проводиться в специально отведенных местах.",
    },
    {
      name: "hard negative (ru, assemblies law): any public place, designated places among them",
      language: "ru",
      code: "Статья 4\n\n1. Мирные собрания проводятся в любых общественных местах, в том числе в специально отведенных местах.",
    },
    {
      name: "hard negative (kk, assemblies law): арнайы бөлінген орындарда да өткізілуі мүмкін",
      language: "kk",
      code: "4-бап\n\n1. Бейбіт жиналыстар арнайы бөлінген орындарда да өткізілуі мүмкін.",
    },
    {
      name: "hard negative (en, assemblies law): assemblies may be held in designated places",
      language: "en",
      code: "Section 4\n\n(1) Assemblies may be held in designated places.",
    },
  ],

  invalid: [
    // the place stated as the rule, with no "only": «проводятся в специально отведенных местах»
    {
      name: "ru, assemblies law: assemblies are held in places the akimats set aside",
      language: "ru",
      code: "Статья 4\n\n1. Мирные собрания проводятся в специально отведенных местах, определяемых местными исполнительными органами.",
      errors: [
        {
          ...ONLY_W,
          line: 3,
          column: 4,
          label: "ст. 4 п. 1",
          message: '("проводятся в специально отведенных местах")',
        },
      ],
    },
    {
      name: "kk, assemblies law: арнайы бөлінген орындарда өткізіледі",
      language: "kk",
      code: "4-бап\n\n1. Бейбіт жиналыстар жергілікті атқарушы органдар айқындайтын арнайы бөлінген орындарда өткізіледі.",
      errors: [{ ...ONLY_W, line: 3, column: 4, label: "4-бап 1-тармақ" }],
    },
    {
      name: "en, assemblies law: assemblies shall be held in designated places",
      language: "en",
      code: "Section 4\n\n(1) Assemblies shall be held in designated places determined by the akimat.",
      errors: [{ ...ONLY_W, line: 3, column: 5, label: "s. 4(1)", message: '("shall be held in designated places")' }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R27-en-x1",
      language: "en",
      code: "Article 9\n\n1. Rallies may be held only at the three venues listed in Annex 2 to this Law.",
      errors: [
        {
          ...ONLY_W,
          line: 3,
          column: 4,
          label: "Art. 9(1)",
          message: '("only at the three venues listed in Annex")',
        },
      ],
    },
    {
      name: "R27-ru-x1",
      language: "ru",
      code: "Статья 9\n\n1. Митинги проводятся исключительно в местах, перечисленных в приложении 2 к настоящему Закону.",
      errors: [{ ...ONLY_W, line: 3, column: 4, label: "ст. 9 п. 1", message: "under KZ Constitution 2026 (art. 34)" }],
    },
    {
      name: "R27-kk-x1",
      language: "kk",
      code: "9-бап\n\n1. Митингілер осы Заңға 2-қосымшада көрсетілген орындарда ғана өткізіледі.",
      errors: [{ ...ONLY_W, line: 3, column: 4, label: "9-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en): holding rallies outside the designated places is prohibited",
      language: "en",
      code: "Article 9\n\n1. Holding rallies outside the designated places is prohibited.",
      errors: [{ ...ONLY_W, line: 3, column: 4, message: '("outside the designated places")' }],
    },
    {
      name: "plain English (en): demonstrations are banned in the city centre",
      language: "en",
      code: "Article 9\n\n1. Demonstrations are prohibited in the city centre.",
      errors: [{ ...ZONE_W, line: 3, column: 4, message: '("city centre")' }],
    },
    {
      name: "by-law (ru): pickets only in specially allocated places set by the maslikhat",
      language: "ru",
      code: "Статья 9\n\n1. Пикеты проводятся только в специально отведенных местах, определяемых решением маслихата.",
      errors: [{ ...ONLY_W, line: 3, column: 4 }],
    },
    {
      name: "code (ru): assemblies outside specialised places are prohibited",
      language: "ru",
      code: "Статья 9\n\n1. Проведение мирных собраний вне специализированных мест запрещается.",
      errors: [{ ...ONLY_W, line: 3, column: 4 }],
    },
    {
      name: "statute (ru): rallies banned in the historic centre",
      language: "ru",
      code: "Статья 9\n\n1. Проведение митингов запрещается в пределах исторического центра города.",
      errors: [{ ...ZONE_W, line: 3, column: 4 }],
    },
    {
      name: "statute (kk): assemblies only in specially allocated places",
      language: "kk",
      code: "9-бап\n\n1. Бейбіт жиналыстар арнайы бөлінген орындарда ғана өткізіледі.",
      errors: [{ ...ONLY_W, line: 3, column: 4 }],
    },
    {
      name: "code (kk): a rally in the city centre is prohibited",
      language: "kk",
      code: "9-бап\n\n1. Қала орталығында митинг өткізуге тыйым салынады.",
      errors: [{ ...ZONE_W, line: 3, column: 4 }],
    },
    {
      name: "amendment (en): the new wording confines marches to designated areas",
      language: "en",
      code: 'Article 1\n\nIn Article 9 of the Law on Public Events, paragraph 1 is replaced by the following:\n"1. Marches may take place only in designated areas."',
      errors: [{ ...ONLY_W, line: 3, column: 1, label: "Art. 1 al. 1" }],
    },
  ],
});

new RuleTester({ profile: "echr" }).run(rule, {
  valid: [
    {
      name: "echr (en): any public place, the akimat may only suggest another place",
      language: "en",
      code: "Article 9\n\n1. Rallies may be held at any public location; the akimat may suggest another place only when another event is held at the same place.",
    },
  ],
  invalid: [
    {
      name: "echr (en): designated-only is an error",
      language: "en",
      code: "Article 9\n\n1. Rallies may be held only at the three venues listed in Annex 2 to this Law.",
      errors: [{ ...ONLY_E, line: 3, column: 4, message: "under ECHR (art. 11(2))" }],
    },
    {
      name: "echr (ru): a zone ban is an error",
      language: "ru",
      code: "Статья 9\n\n1. Проведение митингов запрещается в пределах исторического центра города.",
      errors: [{ ...ZONE_E, line: 3, column: 4 }],
    },
  ],
});

describe("assembly/designated-zones-only profiles", () => {
  it("reports nothing under a profile that has the rule off (eu-digital)", () => {
    const tester = new RuleTester({ profile: "eu-digital" });
    const code = "Article 9\n\n1. Rallies may be held only at the three venues listed in Annex 2 to this Law.";
    expect(tester.findings(rule, { language: "en", code })).toEqual([]);
  });
});
