/**
 * R26 assembly/authorization-regime: the catalogue examples (RULES.md §4 E, R26-*), own cases in
 * several drafting styles, and hard negatives that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/assembly/authorization-regime.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const AUTH_W = { messageId: "authorisation", subCode: "authorisation", severity: "warning" } as const;
const AUTH_E = { messageId: "authorisation", subCode: "authorisation", severity: "error" } as const;
const SPONT_W = { messageId: "noSpontaneous", subCode: "no-spontaneous-exception", severity: "warning" } as const;
const SPONT_E = { messageId: "noSpontaneous", subCode: "no-spontaneous-exception", severity: "error" } as const;
const LONG = { messageId: "longNotice", subCode: "long-notice-period", severity: "warning" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R26-en-v1",
      language: "en",
      code: "Article 8\n\n1. The organiser informs the district administration of a planned rally at least 48 hours in advance; no notice is required for a spontaneous gathering that responds to recent events.",
    },
    {
      name: "R26-ru-v1",
      language: "ru",
      code: "Статья 8\n\n1. Организатор уведомляет районную администрацию о митинге не позднее чем за 48 часов; стихийные собрания в ответ на недавние события уведомления не требуют.",
    },
    {
      name: "R26-kk-v1 (own: two days' notice, spontaneous assemblies need none)",
      language: "kk",
      code: "8-бап\n\n1. Ұйымдастырушы жиналыс өткізілетін күнге дейін кемінде екі күн бұрын әкімдікті хабардар етеді; кенеттен өткізілетін жиналыстар үшін хабарлама талап етілмейді.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (en, UK enacting formula): Parliament assembled, with the advice and consent of the Lords",
      language: "en",
      code: "Be it enacted by the Queen's most Excellent Majesty, by and with the advice and consent of the Lords Spiritual and Temporal, and Commons, in this present Parliament assembled, and by the authority of the same, as follows:\n\n1 Extension of powers\n\n(1) The Secretary of State may by regulations extend the period.",
    },
    {
      name: "hard negative (en, US enacting clause): in Congress assembled, subject to the approval of appropriations acts",
      language: "en",
      code: "Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled, subject to the approval of appropriations acts, That the following sums are appropriated.",
    },
    {
      name: "hard negative (en, statute): notification with a spontaneous exception in the next paragraph",
      language: "en",
      code: "Article 8\n\n1. An organiser shall notify the akimat of a demonstration two days before it.\n2. Spontaneous demonstrations held in reaction to unforeseen events need no prior notice.",
    },
    {
      name: "hard negative (en): a traffic-management permit, the march itself needs no permission",
      language: "en",
      code: "Article 8\n\n1. An organiser who wants a road closed for a march asks the police for a traffic-management permit; a march on the pavement needs no permission.",
    },
    {
      name: "hard negative (en, plain): no permission is required",
      language: "en",
      code: "Article 8\n\n1. No permission is required to hold a rally, a march or a picket.",
    },
    {
      name: "hard negative (ru, by-law): the Government approves the rules for holding assemblies",
      language: "ru",
      code: "Статья 8\n\n1. Правила проведения мирных собраний утверждаются Правительством.",
    },
    {
      name: "hard negative (ru): permission to close a road, not to hold the march",
      language: "ru",
      code: "Статья 8\n\n1. Для перекрытия дорожного движения во время шествия организатор получает разрешение полиции.",
    },
    {
      name: "hard negative (kk): no permission is needed to hold assemblies",
      language: "kk",
      code: "8-бап\n\n1. Бейбіт жиналыстар өткізу үшін рұқсат талап етілмейді.",
    },
    {
      name: "hard negative (en): notification is voluntary",
      language: "en",
      code: "Article 8\n\n1. Organisers of a picket may notify the akimat in advance so that it can arrange traffic control.",
    },
    {
      name: "the state notifies the organiser: not a duty of the organiser",
      language: "ru",
      code: "Статья 8\n\n1. Акимат уведомляет организатора о своем решении в течение двух дней.",
    },
    {
      name: "hard negative (en): a mere mention of unauthorised events in a blocking rule",
      language: "en",
      code: "Article 21\n\n1. The authorised body blocks access to an internet resource that carries calls to participate in unauthorised public events, within six hours of detecting it.",
    },
    {
      name: "definitions zone is not read",
      language: "en",
      code: 'Article 1. Definitions\n\n1. "permit" means the permission of the akimat to hold a rally.',
    },
    // "demonstration" as a pilot programme that a statute set up; an "authorized level" is a quantity
    {
      name: "hard negative (en, appropriations): funds for a demonstration authorised by another act",
      language: "en",
      code: "Section 4\n\n(2) $3,000,000 shall be made available for the housing mobility demonstration authorized under section 12 of division C of the Housing Assistance Act, 2019.",
    },
    {
      name: "hard negative (en, appropriations): an authorized level of units, a demonstration programme",
      language: "en",
      code: "Section 5\n\n(1) No funds may be used to pay for more unit months under lease than a housing agency's authorized level of units under contract, except for housing agencies participating in the RAD demonstration.",
    },
  ],

  invalid: [
    // a permission under this act's own article is still a permission of the authorities
    {
      name: "en, statute: demonstrations authorised under an article of the same act",
      language: "en",
      code: "Article 9\n\n1. Only demonstrations authorised under Article 12 may be held in the central square.\n\nArticle 12\n\n1. The akimat decides on applications to hold a demonstration within three days.",
      errors: [{ ...AUTH_W, line: 3, column: 4, label: "Art. 9(1)", message: '("authorised under")' }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R26-en-x1",
      language: "en",
      code: "Article 8\n\n1. A rally may be held only if the district administration has issued a permit for it.",
      errors: [
        {
          ...AUTH_W,
          line: 3,
          column: 4,
          label: "Art. 8(1)",
          message: "under KZ Constitution 2026 (art. 34) peaceful assembly is a right, not a permission",
        },
      ],
    },
    {
      name: "R26-en-x2",
      language: "en",
      code: "Article 8\n\n1. The organiser shall notify the akimat five days before any assembly.",
      errors: [{ ...SPONT_W, line: 3, column: 4, label: "Art. 8(1)", suggestions: 1 }],
    },
    {
      name: "R26-ru-x1",
      language: "ru",
      code: "Статья 8\n\n1. Митинг может быть проведен только при наличии разрешения районной администрации.",
      errors: [{ ...AUTH_W, line: 3, column: 4, label: "ст. 8 п. 1", message: '("только при наличии разрешения")' }],
    },
    {
      name: "R26-kk-x1",
      language: "kk",
      code: "8-бап\n\n1. Митинг аудан әкімдігінің рұқсаты болған жағдайда ғана өткізілуі мүмкін.",
      errors: [{ ...AUTH_W, line: 3, column: 4, label: "8-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en): a picket requires the prior approval of the akimat",
      language: "en",
      code: "Article 8\n\n1. A picket requires the prior approval of the akimat.",
      errors: [{ ...AUTH_W, line: 3, column: 4, message: '("requires the prior approval")' }],
    },
    {
      name: "code (en): holding a rally without a permit is an offence",
      language: "en",
      code: "Article 412. Unauthorised rallies\n\n1. Holding a rally without a permit is an administrative offence punishable by a fine.",
      errors: [{ ...AUTH_W, line: 3, column: 4, label: "Art. 412(1)" }],
    },
    {
      name: "plain English (en): no rally may be held without permission (double negation)",
      language: "en",
      code: "Article 8\n\n1. No rally may be held without the permission of the akimat.",
      errors: [{ ...AUTH_W, line: 3, column: 4 }],
    },
    {
      name: "by-law (en): the akimat issues permits for demonstrations",
      language: "en",
      code: "Article 8\n\n1. The akimat issues permits for demonstrations within three days.",
      errors: [{ ...AUTH_W, line: 3, column: 4 }],
    },
    {
      name: "by-law (en): a list of conditions, the permit in a point read with its chapeau",
      language: "en",
      code: "Article 8\n\n1. A rally may be held only if:\n1) the akimat has issued a permit for it;\n2) the organiser has paid the fee.",
      errors: [{ ...AUTH_W, line: 4, column: 4, label: "Art. 8(1)(1)", message: 'Holding an assembly ("rally")' }],
    },
    {
      name: "statute (ru): processions are held by agreement with the akimat",
      language: "ru",
      code: "Статья 8\n\n1. Шествия проводятся по согласованию с акиматом.",
      errors: [{ ...AUTH_W, line: 3, column: 4, message: '("по согласованию")' }],
    },
    {
      name: "code (ru): holding a rally without agreement is prohibited",
      language: "ru",
      code: "Статья 8\n\n1. Проведение митинга без согласования с акиматом запрещается.",
      errors: [{ ...AUTH_W, line: 3, column: 4 }],
    },
    {
      name: "amendment (ru): the new wording makes marches subject to a permit",
      language: "ru",
      code: "Статья 1\n\nПункт 1 статьи 8 Закона «О мирных собраниях» изложить в следующей редакции:\n«1. Для проведения шествия необходимо получить разрешение акимата.».",
      errors: [{ ...AUTH_W, line: 3, column: 1 }],
    },
    {
      name: "statute (kk): marches are held by agreement with the akimat",
      language: "kk",
      code: "8-бап\n\n1. Шерулер әкімдікпен келісім бойынша өткізіледі.",
      errors: [{ ...AUTH_W, line: 3, column: 4, label: "8-бап 1-тармақ" }],
    },
    {
      name: "code (kk): a rally without permission is prohibited",
      language: "kk",
      code: "8-бап\n\n1. Рұқсатсыз митинг өткізуге тыйым салынады.",
      errors: [{ ...AUTH_W, line: 3, column: 4 }],
    },
    {
      name: "statute (ru): a notice duty with a spontaneous exception but a 15-day lead time",
      language: "ru",
      code: "Статья 8\n\n1. Организатор направляет уведомление в акимат не позднее чем за пятнадцать рабочих дней до дня проведения митинга.\n2. Стихийные собрания проводятся без предварительного уведомления.",
      errors: [{ ...LONG, line: 3, column: 4, message: "The notice period of 15 days" }],
    },
    {
      name: "code (ru): participation in an unsanctioned rally is fined (presupposes a permit regime)",
      language: "ru",
      code: "Статья 488\n\n3. Участие в несанкционированном митинге влечет штраф.",
      errors: [{ ...AUTH_W, line: 3, column: 4, label: "ст. 488 п. 3", message: '("несанкционированном")' }],
    },
    {
      name: "statute (kk): no spontaneous exception and a 10-day lead time, reported once",
      language: "kk",
      code: "8-бап\n\n1. Ұйымдастырушы әкімдікті пикет туралы кемінде он күн бұрын хабардар етеді.",
      errors: [{ ...SPONT_W, line: 3, column: 4, message: "its lead time of 10 days exceeds 5 days", suggestions: 1 }],
    },
    {
      name: "by-law (en): two notice duties in one article are reported once",
      language: "en",
      code: "Article 8\n\n1. The organiser of a march shall notify the akimat three days before it.\n2. The organiser of a picket shall notify the akimat two days before it.",
      errors: [{ ...SPONT_W, line: 3, column: 4 }],
    },
  ],
});

// severities differ between profiles: error under the ICCPR and the ECHR, off under eu-digital
new RuleTester({ profile: "iccpr" }).run(rule, {
  valid: [
    {
      name: "iccpr (ru): short notice with a spontaneous exception",
      language: "ru",
      code: "Статья 8\n\n1. Организатор информирует акимат о митинге не позднее чем за 48 часов.\n2. Уведомление не требуется для спонтанных собраний.",
    },
  ],
  invalid: [
    {
      name: "iccpr (en): authorisation is an error",
      language: "en",
      code: "Article 8\n\n1. A rally may be held only if the district administration has issued a permit for it.",
      errors: [{ ...AUTH_E, line: 3, column: 4, message: "under ICCPR (art. 21)" }],
    },
    {
      name: "iccpr (ru): no spontaneous exception is an error",
      language: "ru",
      code: "Статья 8\n\n1. Организатор уведомляет акимат о проведении пикета за 3 дня.",
      errors: [{ ...SPONT_E, line: 3, column: 4 }],
    },
    {
      name: "iccpr (en): a long notice period stays a warning",
      language: "en",
      code: "Article 8\n\n1. The organiser shall notify the akimat at least ten days before the rally; no notice is required for spontaneous assemblies.",
      errors: [{ ...LONG, line: 3, column: 4, message: "The notice period of 10 days" }],
    },
  ],
});

describe("assembly/authorization-regime options and profiles", () => {
  const tester = new RuleTester({ profile: "echr" });
  const longNotice =
    "Article 8\n\n1. The organiser shall notify the akimat at least ten days before the rally; no notice is required for spontaneous assemblies.";
  it("reads maxNoticeDays from the rule options", () => {
    expect(tester.findings(rule, { language: "en", code: longNotice, options: { maxNoticeDays: 10 } })).toEqual([]);
    expect(tester.findings(rule, { language: "en", code: longNotice, options: { maxNoticeDays: 9 } })).toHaveLength(1);
  });
  it("counts hours as parts of a day", () => {
    const hours =
      "Article 8\n\n1. The organiser shall notify the akimat 72 hours before the rally; no notice is required for spontaneous assemblies.";
    expect(tester.findings(rule, { language: "en", code: hours })).toEqual([]);
    expect(tester.findings(rule, { language: "en", code: hours, options: { maxNoticeDays: 2 } })).toHaveLength(1);
  });
  it("appends the spontaneous exception before the full stop", () => {
    const code = "Article 8\n\n1. The organiser shall notify the akimat five days before any assembly.";
    const [finding] = tester.findings(rule, { language: "en", code });
    const edit = finding?.suggestions[0]?.edits[0];
    expect(edit).toBeDefined();
    const fixed = code.slice(0, edit?.range.start.offset) + edit?.text + code.slice(edit?.range.end.offset);
    expect(fixed).toContain("any assembly; no notice is required for a spontaneous assembly");
    expect(fixed.endsWith("events.")).toBe(true);
  });
  it("reports nothing under a profile that has the rule off (eu-digital)", () => {
    const code = "Article 8\n\n1. A rally may be held only if the district administration has issued a permit for it.";
    expect(tester.findings(rule, { language: "en", code, profile: "eu-digital" })).toEqual([]);
  });
});

// An assembly that is a legislature acting by resolution is no gathering of persons.
new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    {
      name: "hard negative (en): a candidate approved by the Assembly by a resolution",
      language: "en",
      code: "Section 12\n\n(2) The head of the audit office must be approved by the Assembly by a resolution adopted with a supporting vote of two thirds of its members.",
    },
    {
      name: "hard negative (en): a budget authorised by resolution of the assembly",
      language: "en",
      code: "Section 12\n\n(3) The regional budget is authorised by resolution of the assembly of the region.",
    },
    {
      name: "hard negative (ru): кандидатура утверждается Собранием путем принятия постановления",
      language: "ru",
      code: "Статья 12\n\n2. Кандидатура руководителя счетной палаты утверждается Собранием путем принятия постановления большинством голосов.",
    },
    {
      name: "hard negative (kk): кандидатураны Мәжіліс қаулымен бекітеді",
      language: "kk",
      code: "12-бап\n\n2. Есеп комитетінің басшысының кандидатурасын Мәжіліс қаулымен бекітеді.",
    },
  ],
  invalid: [
    {
      name: "still fires (en): an assembly needs the approval of the akimat",
      language: "en",
      code: "Section 12\n\n(4) A public assembly may be held only after it is approved by the akimat.",
      errors: [{ ...AUTH_W, line: 3, column: 5 }],
    },
    {
      name: "still fires (ru): собрание проводится с разрешения акимата",
      language: "ru",
      code: "Статья 12\n\n4. Собрание граждан проводится только с разрешения акимата.",
      errors: [{ ...AUTH_W, line: 3, column: 4 }],
    },
  ],
});
