/**
 * R13 religion/state-control-internal-affairs: the catalogue examples (RULES.md §4 B, R13-*), own
 * cases in several drafting styles, and hard negatives that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/religion/state-control-internal-affairs.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const LEADER = { messageId: "leaderApproval", subCode: "leader-approval", severity: "error" } as const;
const STATUTE = { messageId: "statuteApproval", subCode: "statute-approval", severity: "error" } as const;
const STRUCTURE = { messageId: "structureControl", subCode: "structure-control", severity: "error" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R13-en-v1",
      language: "en",
      code: "Article 5\n\n1. A religious association appoints the rector of its seminary under its own charter and informs the registry of the appointment within 30 days.",
    },
    {
      name: "R13-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Религиозное объединение самостоятельно назначает настоятеля в соответствии со своим уставом и в течение 30 дней уведомляет регистрирующий орган.",
    },
    {
      name: "R13-kk-v1 (own: the association elects its head itself and notifies the registry)",
      language: "kk",
      code: "5-бап\n\n1. Діни бірлестік өзінің басшысын жарғысына сәйкес дербес сайлайды және бұл туралы бір ай ішінде тіркеуші органды хабардар етеді.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (ru): the organisation's own statute governs its clergy, approved by its own governing body",
      language: "ru",
      code: "Статья 20\n\n1. Порядок назначения и освобождения священнослужителей определяется уставом религиозной организации и внутренними правилами, утверждаемыми ее высшим руководящим органом.",
    },
    {
      name: "hard negative (en): the charter is approved by the association's general meeting",
      language: "en",
      code: "Article 5\n\n1. The charter of a religious association is approved by its general meeting and submitted to the registering authority.",
    },
    {
      name: "hard negative (kk): the charter is approved by its own general meeting",
      language: "kk",
      code: "5-бап\n\n1. Діни бірлестіктің жарғысы оның жалпы жиналысымен бекітіледі.",
    },
    {
      name: "hard negative (en, by-law): the Ministry of Defence appoints military chaplains (a state post)",
      language: "en",
      code: "Article 5\n\n1. The Ministry of Defence appoints military chaplains on the proposal of religious associations.",
    },
    {
      name: "hard negative (en): the association appoints its imams itself, after consultation",
      language: "en",
      code: "Article 5\n\n1. The religious association appoints its imams after consultation with the akimat.",
    },
    {
      name: "hard negative (ru): a branch is entered in the register (registration, not approval)",
      language: "ru",
      code: "Статья 5\n\n1. Филиалы религиозных организаций подлежат учетной регистрации в органах юстиции.",
    },
    {
      name: "hard negative (en): the registering authority checks only the fields the law requires",
      language: "en",
      code: "Article 10\n\n1. When registering a religious association, the registering authority verifies only that the charter states the name, the address and the governing body of the association; it does not assess other provisions of the charter.",
    },
    {
      name: "hard negative (en): the head of the akimat is the actor, not the object",
      language: "en",
      code: "Article 5\n\n1. The head of the akimat approves the plan of events for the anniversary of the mosque.",
    },
    {
      name: "hard negative (ru): the designated purpose of a plot of land is not an appointment",
      language: "ru",
      code: "Статья 5\n\n1. Изменение целевого назначения земельного участка религиозного объединения согласовывается с акиматом.",
    },
    // --- guarantees ------------------------------------------------------------------------
    {
      name: "guarantee (en, constitution style): no approval is required",
      language: "en",
      code: "Article 22\n\n1. No approval of a State body is required for the appointment of clergy.",
    },
    {
      name: "guarantee (ru): no agreement with state bodies",
      language: "ru",
      code: "Статья 5\n\n1. Назначение священнослужителей не требует согласования с государственными органами.",
    },
    {
      name: "guarantee (kk): no agreement with state bodies",
      language: "kk",
      code: "5-бап\n\n1. Діни қызметшілерді тағайындау мемлекеттік органдармен келісуді талап етпейді.",
    },
    {
      name: "definitions zone is not read",
      language: "en",
      code: 'Article 1. Definitions\n\n1. "clergy" means persons appointed by a religious association with the approval of its council.',
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R13-en-x1",
      language: "en",
      code: "Article 5\n\n1. The rector of a theological seminary is appointed by the religious association after the candidate has been agreed with the Ministry of Culture.",
      errors: [
        {
          ...LEADER,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          suggestions: 1,
          message: '("agreed with" … "candidate")',
        },
      ],
    },
    {
      name: "R13-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Кандидатура настоятеля прихода подлежит согласованию с акиматом области.",
      errors: [
        {
          ...LEADER,
          line: 3,
          column: 4,
          label: "ст. 5 п. 1",
          suggestions: 1,
          message: "under KZ Constitution 2026 (art. 7(1)–(2))",
        },
      ],
    },
    {
      name: "R13-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Діни семинарияның ректоры Мәдениет министрлігімен келісілгеннен кейін ғана тағайындалады.",
      errors: [{ ...LEADER, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (ru): the authorised body approves the charter (approval hidden in a delegation phrase)",
      language: "ru",
      code: "Статья 12\n\n1. Устав религиозного объединения, а также вносимые в него изменения и дополнения утверждаются уполномоченным органом.",
      errors: [{ ...STATUTE, line: 3, column: 4, label: "ст. 12 п. 1", message: '"Устав"' }],
    },
    {
      name: "code (kk): the district akimat appoints and dismisses the chief imam (no suggestion)",
      language: "kk",
      code: "4-бап\n\n1. Мешіттің бас имамын аудандық әкімдік тағайындайды және лауазымынан босатады.",
      errors: [{ ...LEADER, line: 3, column: 4, label: "4-бап 1-тармақ", suggestions: 0 }],
    },
    {
      name: "iccpr (ru): internal structure with the consent of the ministry",
      language: "ru",
      profile: "iccpr",
      code: "Статья 5\n\n1. Изменение внутренней структуры религиозной организации, включая создание и упразднение ее филиалов, производится с согласия Министерства культуры и информации.",
      errors: [{ ...STRUCTURE, line: 3, column: 4, message: "under ICCPR (art. 18 (GC 22 §4))" }],
    },
    {
      name: "by-law list (en): points inherit the authorised body of the chapeau",
      language: "en",
      code: "Article 5\n\n1. The authorised body shall:\n1) agree the candidacy of the head of a religious association;\n2) approve amendments to the charter of a religious association.",
      errors: [
        { ...LEADER, line: 4, column: 4, label: "Art. 5(1)(1)" },
        { ...STATUTE, line: 5, column: 4, label: "Art. 5(1)(2)" },
      ],
    },
    {
      name: "amendment (en): quoted new wording, consent of the Ministry for foreign clergy",
      language: "en",
      profile: "echr",
      code: 'Article 2\n\nArticle 17 of the Law on Religious Activity is amended to read as follows:\n"17. Clergy of foreign religious centres may serve in the country only with the consent of the Ministry of Culture."',
      errors: [{ ...LEADER, line: 3, column: 1, message: "under ECHR (art. 9, art. 11)" }],
    },
    {
      name: "plain English: notice with a power to object is an approval",
      language: "en",
      code: "Article 5\n\n1. A religious community shall notify the akimat of the election of its leader; the akimat may object within 30 days.",
      errors: [{ ...LEADER, line: 3, column: 81, message: '("may object" … "leader")' }],
    },
    {
      name: "statute (ru): branches only with the permission of the local executive body",
      language: "ru",
      code: "Статья 5\n\n1. Открытие филиала религиозной организации допускается с разрешения местного исполнительного органа.",
      errors: [{ ...STRUCTURE, line: 3, column: 4 }],
    },
    {
      name: "statute (kk): the authorised body approves the charter",
      language: "kk",
      code: "5-бап\n\n1. Діни бірлестіктің жарғысын уәкілетті орган бекітеді.",
      errors: [{ ...STATUTE, line: 3, column: 4 }],
    },
    {
      name: "constitution style (en): the chief mufti is appointed and dismissed on the Government's proposal",
      language: "en",
      code: "Article 44\n\n1. The chief mufti is appointed and dismissed on the proposal of the Government.",
      errors: [{ ...LEADER, line: 3, column: 4 }],
    },
  ],
});

describe("religion/state-control-internal-affairs suggestions, profiles and confidence", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  const edit = (language: "en" | "ru" | "kk", code: string): string => {
    const [finding] = tester.findings(rule, { language, code });
    const change = finding?.suggestions[0]?.edits[0];
    if (!change) return code;
    return code.slice(0, change.range.start.offset) + change.text + code.slice(change.range.end.offset);
  };
  it("offers a notice instead of the approval at the end of the clause", () => {
    expect(
      edit("ru", "Статья 5\n\n1. Кандидатура настоятеля прихода подлежит согласованию с акиматом области."),
    ).toContain("акиматом области; государственный орган лишь уведомляется и не вправе возражать.");
    expect(
      edit("en", "Article 5\n\n1. The charter of a religious association is approved by the Ministry of Justice."),
    ).toContain("Ministry of Justice; the state body is only notified and may not object.");
  });
  it("an implicit state approval lowers the confidence one step", () => {
    const [finding] = tester.findings(rule, {
      language: "ru",
      code: "Статья 5\n\n1. Устав религиозного объединения подлежит утверждению.",
    });
    expect(finding?.subCode).toBe("statute-approval");
    expect(finding?.confidence).toBe(0.5);
  });
  it("is an error under kz-1995 and off under eu-digital", () => {
    const code = "Article 5\n\n1. The charter of a religious association is approved by the Ministry of Justice.";
    const [kz95] = tester.findings(rule, { language: "en", code, profile: "kz-1995" });
    expect(kz95?.severity).toBe("error");
    expect(kz95?.principle).toEqual(["KZ Constitution 1995 art. 5(2)"]);
    expect(tester.findings(rule, { language: "en", code, profile: "eu-digital" })).toEqual([]);
  });
});
