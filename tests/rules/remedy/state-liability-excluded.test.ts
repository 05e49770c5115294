/**
 * R32 remedy/state-liability-excluded: the catalogue examples (RULES.md §4 H, R32-*), own cases in
 * several drafting styles, and hard negatives that limit liability lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/remedy/state-liability-excluded.js";
import { loadProfile } from "../../../src/config/profiles.js";
import { type ProfileLike, RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const EXCLUSION = { messageId: "excluded", subCode: "exclusion", severity: "error" } as const;
const CAP = { messageId: "capped", subCode: "cap", severity: "error" } as const;
const IMMUNITY = { messageId: "immunity", subCode: "immunity", severity: "error" } as const;
const PERMISSION = { messageId: "permission", subCode: "prosecution-permission", severity: "error" } as const;
const LAWFUL = { messageId: "lawfulActs", subCode: "lawful-acts", severity: "warning" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R32-en-v1",
      language: "en",
      code: "Article 5\n\n1. Where a fine issued by the automated system is annulled, the akimat refunds it and pays the person's costs and other losses from the local budget.",
    },
    {
      name: "R32-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Если штраф, наложенный автоматизированной системой, отменен, акимат возвращает его и возмещает лицу понесенные расходы и иные убытки за счет местного бюджета.",
    },
    {
      name: "R32-kk-v1 (own): the akimat refunds an annulled fine and pays the losses",
      language: "kk",
      code: "5-бап\n\n1. Автоматтандырылған жүйе салған айыппұл жойылса, әкімдік оны қайтарады және адамға келтірілген шығындарды жергілікті бюджет қаражаты есебінен өтейді.",
    },
    // --- hard negatives: liability limited lawfully ---------------------------------------
    {
      name: "hard negative (en, media law): a journalist is not liable for quoting Parliament verbatim",
      language: "en",
      code: "Article 21\n\n1. A journalist shall not be liable for reproducing verbatim statements made at an open session of Parliament.",
    },
    {
      name: "hard negative (ru, civil code): a private contractor's liability is limited to the contract price",
      language: "ru",
      code: "Статья 6\n\n1. Ответственность подрядчика перед заказчиком по договору ограничивается ценой договора, если иное не предусмотрено договором.",
    },
    {
      name: "hard negative (kk, constitution): judges are immune for opinions in judging, the State pays for unlawful acts of courts",
      language: "kk",
      code: "12-бап\n\n1. Судья сот төрелігін іске асыру кезінде айтқан пікірі үшін жауапқа тартылмайды.\n2. Соттың заңсыз әрекеттерімен келтірілген зиянды мемлекет толық көлемде өтейді.",
    },
    {
      name: "hard negative (en, procurement): force majeure in a public contract",
      language: "en",
      code: "Article 19\n\n1. The contracting authority shall not be liable for delays in payment caused by force majeure.",
    },
    {
      name: "hard negative (ru, statute on associations): the State does not answer for the debts of an association",
      language: "ru",
      code: "Статья 7\n\n1. Государство не несет ответственности по обязательствам общественных объединений, а общественные объединения не несут ответственности по обязательствам государства.",
    },
    {
      name: "hard negative (en): a civil servant who reports corruption is protected",
      language: "en",
      code: "Article 16\n\n1. A civil servant who reports corruption in good faith shall not be liable for the disclosure.",
    },
    {
      name: "hard negative (ru): a limitation period of three years for claims against state bodies",
      language: "ru",
      code: "Статья 11\n\n1. Иск о возмещении вреда, причиненного незаконными действиями государственных органов, может быть предъявлен в течение трех лет со дня, когда лицо узнало о нарушении своего права.",
    },
    {
      name: "hard negative (en): the State compensates in full",
      language: "en",
      code: "Article 15\n\n1. Harm caused to a person by unlawful acts of officials of the akimat shall be compensated by the State in full.",
    },
    {
      name: "hard negative (en): parliamentary immunity of deputies (not officials of the executive)",
      language: "en",
      code: "Article 52\n\n1. Deputies of Parliament enjoy immunity for opinions expressed in the exercise of their mandate.",
    },
    {
      name: "hard negative (en): a criminal case needs the approval of the head of the investigative unit (no official is shielded)",
      language: "en",
      code: "Article 190\n\n1. The investigator opens a criminal case against a suspect with the approval of the head of the investigative unit.",
    },
    // an official's personal exemption where the State pays for the harm
    {
      name: "hard negative (ru, civil service law): officials exempt, the harm compensated by the State",
      language: "ru",
      code: "Статья 4\n\n1. Должностные лица не несут ответственности за вред, причиненный при исполнении служебных обязанностей; такой вред возмещается государством.",
    },
    {
      name: "hard negative (kk, civil service law): мұндай зиянды мемлекет өтейді",
      language: "kk",
      code: "4-бап\n\n1. Лауазымды адамдар қызметтік міндеттерін атқару кезінде келтірілген зиян үшін жауапты болмайды; мұндай зиянды мемлекет өтейді.",
    },
    {
      name: "hard negative (en, civil service act): officials exempt, the harm compensated by the State",
      language: "en",
      code: "Section 4\n\n(1) Officials are not liable for harm caused in the performance of their duties; such harm is compensated by the State.",
    },
  ],

  invalid: [
    {
      name: "en, civil service act: officials exempt and nobody pays",
      language: "en",
      code: "Section 5\n\n(1) Officials are not liable for harm caused in the performance of their duties.",
      errors: [{ ...EXCLUSION, line: 3, column: 5, label: "s. 5(1)" }],
    },
    {
      name: "ru, civil service law: the State itself exempt, the budget paying only up to a cap",
      language: "ru",
      code: "Статья 6\n\n1. Государство не несет ответственности за вред, причиненный должностными лицами; такой вред возмещается за счет средств бюджета только в пределах ста месячных расчетных показателей.",
      errors: [{ ...EXCLUSION, line: 3, column: 4, label: "ст. 6 п. 1" }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R32-en-x1",
      language: "en",
      code: "Article 5\n\n1. The akimat bears no liability for damage caused by errors of the automated parking-enforcement system.",
      errors: [
        {
          ...EXCLUSION,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message: 'State liability excluded: "bears no liability" ("akimat")',
        },
      ],
    },
    {
      name: "R32-en-x2",
      language: "en",
      code: "Article 5\n\n1. Inspectors acting under this Law cannot be sued for anything done in the performance of their duties unless the Minister gives permission.",
      errors: [{ ...PERMISSION, line: 3, column: 4, label: "Art. 5(1)", message: '"Minister gives permission"' }],
    },
    {
      name: "R32-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Акимат не несет ответственности за вред, причиненный ошибками автоматизированной системы контроля парковки.",
      errors: [{ ...EXCLUSION, line: 3, column: 4, label: "ст. 5 п. 1", message: '"не несет ответственности"' }],
    },
    {
      name: "R32-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Әкімдік тұрақты бақылаудың автоматтандырылған жүйесінің қателіктерінен келтірілген зиян үшін жауапты болмайды.",
      errors: [{ ...EXCLUSION, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en, echr): compensation for unlawful detention capped",
      language: "en",
      profile: "echr",
      code: "Article 22\n\n1. Compensation paid by the Ministry of Internal Affairs for damage caused by unlawful detention shall not exceed fifty monthly calculation indices per person.",
      errors: [{ ...CAP, line: 3, column: 4, message: "ECHR (art. 5(5), art. 13)" }],
    },
    {
      name: "code (ru): damage from unlawful acts of the police is not compensated",
      language: "ru",
      code: "Статья 9\n\n1. Вред, причиненный гражданам в результате неправомерных действий сотрудников муниципальной полиции, возмещению не подлежит.",
      errors: [{ ...EXCLUSION, line: 3, column: 4, label: "ст. 9 п. 1", message: '"возмещению не подлежит"' }],
    },
    {
      name: "statute (kk): state inspectors cannot be prosecuted for acts in office",
      language: "kk",
      code: "8-бап\n\n1. Мемлекеттік инспекторлар қызметтік міндеттерін орындау кезінде жасаған әрекеттері үшін қылмыстық жауаптылыққа тартылмайды.",
      errors: [{ ...IMMUNITY, line: 3, column: 4, label: "8-бап 1-тармақ" }],
    },
    {
      name: "statute (ru, iccpr): a criminal case against a guard officer only with the consent of the head of the service",
      language: "ru",
      profile: "iccpr",
      code: "Статья 17\n\n1. Уголовное дело в отношении сотрудника службы государственной охраны может быть возбуждено только с согласия руководителя службы.",
      errors: [{ ...PERMISSION, line: 3, column: 4, label: "ст. 17 п. 1" }],
    },
    {
      name: "statute (en): no proceedings for damages against an intercepting authority",
      language: "en",
      code: "Section 9\n\n(2) No proceedings for damages may be brought against an intercepting authority in respect of conduct authorised by a warrant.",
      errors: [{ ...IMMUNITY, line: 3, column: 5 }],
    },
    {
      name: "by-law (en): lawful planning decisions only (warning, lawful-acts)",
      language: "en",
      code: "Article 30\n\n1. The State is not liable for losses caused to landowners by lawful planning decisions of the akimat.",
      errors: [{ ...LAWFUL, line: 3, column: 4, message: "covers only lawful acts" }],
    },
    {
      name: "plain (ru): the akimat pays no compensation for the closure of a market",
      language: "ru",
      code: "Статья 12\n\n1. Убытки торговцев от закрытия рынка по решению акимата не возмещаются.",
      errors: [{ ...EXCLUSION, line: 3, column: 4 }],
    },
    {
      name: "amendment (kk): the quoted new wording frees the authorised body from liability",
      language: "kk",
      code: "1-бап\n\n«Жол жүрісі туралы» Заңның 12-бабы мынадай редакцияда жазылсын:\n«12-бап. Уәкілетті орган бейнебақылау камераларының қателіктерінен келтірілген зиян үшін жауапты болмайды.».",
      errors: [{ ...EXCLUSION, line: 3, column: 1 }],
    },
  ],
});

describe("remedy/state-liability-excluded: severities and profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  const excluded =
    "Article 5\n\n1. The akimat bears no liability for damage caused by errors of the automated parking-enforcement system.";
  const lawful =
    "Article 30\n\n1. The State is not liable for losses caused to landowners by lawful planning decisions.";
  it("is an error for an exclusion and a warning when only lawful acts are covered, in every profile", () => {
    for (const profile of ["kz-2026", "kz-1995", "iccpr", "echr", "eu-digital"]) {
      expect(tester.findings(rule, { language: "en", code: excluded, profile })[0]?.severity).toBe("error");
      expect(tester.findings(rule, { language: "en", code: lawful, profile })[0]?.severity).toBe("warning");
    }
  });
  it("cites the remedy article of each profile", () => {
    expect(tester.findings(rule, { language: "en", code: excluded, profile: "kz-2026" })[0]?.principle).toEqual([
      "KZ Constitution 2026 art. 15(6)",
      "KZ Constitution 2026 art. 12(2)",
    ]);
    expect(tester.findings(rule, { language: "en", code: excluded, profile: "iccpr" })[0]?.principle).toContain(
      "ICCPR art. 2(3)",
    );
  });
  it("is less sure when the damage, not the State, is the subject", () => {
    const code =
      "Статья 9\n\n1. Вред, причиненный гражданам в результате неправомерных действий сотрудников муниципальной полиции, возмещению не подлежит.";
    expect(tester.findings(rule, { language: "ru", code })[0]?.confidence).toBe(0.5);
    expect(tester.findings(rule, { language: "en", code: excluded })[0]?.confidence).toBe(0.7);
  });
  it("reports nothing under a profile that turns the rule off, and honours a sub-code turned off", () => {
    const base = loadProfile("kz-2026");
    const off: ProfileLike = {
      ...base,
      ruleSeverity: { ...base.ruleSeverity, "remedy/state-liability-excluded": "off" },
    };
    expect(tester.findings(rule, { language: "en", code: excluded, profile: off })).toEqual([]);
    const lawfulOff: ProfileLike = {
      ...base,
      ruleSeverity: { ...base.ruleSeverity, "remedy/state-liability-excluded:lawful-acts": "off" },
    };
    expect(tester.findings(rule, { language: "en", code: lawful, profile: lawfulOff })).toEqual([]);
    expect(tester.findings(rule, { language: "en", code: excluded, profile: lawfulOff })).toHaveLength(1);
  });
});

describe("remedy/state-liability-excluded: pay is not compensation for damage", () => {
  it("a cap on an official's rate of compensation (salary) is not a cap on state liability", () => {
    const tester = new RuleTester({ profile: "iccpr" });
    // the shape of a US appropriations act that the corpus review flagged
    const code =
      "Section 12\n\n(1) The maximum annual rate of compensation of the Chief of Staff of the Joint Committee on Taxation shall not exceed the greater of $173,900 or the rate of pay in effect for such position under an order issued by the Speaker of the House of Representatives.";
    expect(tester.findings(rule, { language: "en", code })).toEqual([]);
  });
});
