/**
 * R14 religion/state-religion-entanglement: the catalogue examples (RULES.md §4 B, R14-*), own
 * cases in several drafting styles, and hard negatives that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/religion/state-religion-entanglement.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const PRIVILEGE = { messageId: "privilegedStatus", subCode: "privileged-status", severity: "warning" } as const;
const LAW = { messageId: "religiousLawSource", subCode: "religious-law-source", severity: "warning" } as const;
const FUNCTION = {
  messageId: "stateFunctionDelegated",
  subCode: "state-function-delegated",
  severity: "warning",
} as const;
const PREAMBLE = { messageId: "preamble", subCode: "preamble", severity: "info" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R14-en-v1",
      language: "en",
      code: "Article 5\n\n1. Religious schools may apply for state recognition of their diplomas on the same criteria as other private schools.",
    },
    {
      name: "R14-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Диплом религиозной школы признается государством на тех же условиях, что и дипломы иных частных школ.",
    },
    {
      name: "R14-kk-v1 (own: diplomas recognised after the same state accreditation as other private schools)",
      language: "kk",
      code: "10-бап\n\n1. Діни оқу орындарының дипломдары басқа жеке меншік оқу орындарына қойылатын талаптар бойынша мемлекеттік аккредиттеуден өткен жағдайда танылады.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (en, statute): restoration of historic mosques and churches on neutral criteria",
      language: "en",
      code: "Article 12\n\n1. The State finances the restoration of historic mosques, churches and synagogues included in the State List of Monuments of History and Culture, on the same criteria as other listed monuments.",
    },
    {
      name: "hard negative (ru, tax code): a tax exemption for all charities and religious associations of all faiths",
      language: "ru",
      code: "Статья 7\n\n1. От налога на имущество освобождаются благотворительные организации и религиозные объединения всех вероисповеданий в отношении имущества, используемого в уставной деятельности.",
    },
    {
      name: "hard negative (kk): a tax exemption for religious associations of all confessions",
      language: "kk",
      code: "2-бап\n\n1. Барлық конфессиялардың діни бірлестіктері мүлік салығынан босатылады.",
    },
    {
      name: "hard negative (en): subsidies on equal terms, faiths named as examples",
      language: "en",
      code: "Article 2\n\n1. Religious associations of all faiths, including Muslim and Christian communities, may receive subsidies on equal terms.",
    },
    {
      name: "hard negative (en, labour code): a public holiday named after a religious feast",
      language: "en",
      code: "Article 2\n\n1. Orthodox Christmas on 7 January is a public holiday.",
    },
    {
      name: "hard negative (ru): a church settles its internal disputes under canon law",
      language: "ru",
      code: "Статья 2\n\n1. Религиозная организация вправе разрешать внутренние споры между своими членами в соответствии с каноническим правом.",
    },
    {
      name: "hard negative (en): the Ministry licenses religious schools (the body is the licensee)",
      language: "en",
      code: "Article 2\n\n1. The Ministry of Education issues licences to religious schools.",
    },
    {
      name: "hard negative (ru): a religious school operates under a licence",
      language: "ru",
      code: "Статья 2\n\n1. Религиозные организации образования осуществляют деятельность на основании лицензии.",
    },
    {
      name: "hard negative (en): only civil marriage has legal force",
      language: "en",
      code: "Article 15\n\n1. Only marriages registered by a state civil registry office have legal force; a religious marriage ceremony does not create the rights and duties of spouses.",
    },
    // --- guarantees ------------------------------------------------------------------------
    {
      name: "guarantee (en, constitution style): no state religion",
      language: "en",
      code: "Article 1\n\n1. No religion may be established as a state or official religion, and Islam, Christianity and other faiths are equal before the law.",
    },
    {
      name: "guarantee (ru): religious norms are not applied by state bodies",
      language: "ru",
      code: "Статья 2\n\n1. Религиозные нормы не применяются государственными органами при принятии решений.",
    },
    {
      name: "guarantee (kk): no faith receives budget funding",
      language: "kk",
      code: "2-бап\n\n1. Ислам, христиандық және басқа діндер мемлекеттік бюджеттен қаржыландырылмайды.",
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R14-en-x1",
      language: "en",
      code: "Article 5\n\n1. Certificates of completion issued by the Spiritual Board have the force of state diplomas.",
      errors: [
        {
          ...FUNCTION,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          suggestions: 0,
          message: 'a religious body ("Spiritual Board") exercises a state function ("force of state diplomas")',
        },
      ],
    },
    {
      name: "R14-en-x2 (the faiths named as a class: confidence low)",
      language: "en",
      code: "Article 5\n\n1. The state budget pays the salaries of the clergy of the denominations listed in Annex 1.",
      errors: [{ ...PRIVILEGE, line: 3, column: 4, label: "Art. 5(1)", message: '("denominations listed")' }],
    },
    {
      name: "R14-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Свидетельство о браке, выданное духовным управлением, имеет силу государственного свидетельства о регистрации брака.",
      errors: [
        {
          ...FUNCTION,
          line: 3,
          column: 4,
          label: "ст. 5 п. 1",
          message:
            "Under KZ Constitution 2026 (art. 7(1)) the state is secular and religion is separate from it, and religious bodies do not exercise state functions",
        },
      ],
    },
    {
      name: "R14-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Діни басқарма берген неке туралы куәлік некені мемлекеттік тіркеу туралы куәліктің заңдық күшіне ие болады.",
      errors: [{ ...FUNCTION, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "budget law (en): imams' salaries of one faith's mosques from the state budget",
      language: "en",
      code: "Article 6\n\n1. The salaries of imams of mosques belonging to the Spiritual Administration of Muslims are paid from the state budget.",
      errors: [{ ...PRIVILEGE, line: 3, column: 4, label: "Art. 6(1)" }],
    },
    {
      name: "iccpr (en): the same privilege is info under the treaty floor",
      language: "en",
      profile: "iccpr",
      code: "Article 2\n\n1. The Orthodox Church receives an annual subsidy from the state budget for the upkeep of its clergy.",
      errors: [
        {
          ...PRIVILEGE,
          severity: "info",
          line: 3,
          column: 4,
          message: "Under ICCPR (art. 18 (GC 22 §9)) an official or traditional religion must not lead to privileges",
        },
      ],
    },
    {
      name: "constitution style (en): a faith named as the state religion",
      language: "en",
      code: "Article 2\n\n1. Islam is the state religion of the Republic.",
      errors: [{ ...PRIVILEGE, line: 3, column: 4 }],
    },
    {
      name: "tax code (ru): two named faiths exempted from property tax",
      language: "ru",
      code: "Статья 2\n\n1. Православная церковь и исламские организации освобождаются от налога на имущество.",
      errors: [{ ...PRIVILEGE, line: 3, column: 4, label: "ст. 2 п. 1" }],
    },
    {
      name: "civil code (ru): inheritance disputes under sharia",
      language: "ru",
      code: "Статья 3\n\n1. Споры о наследовании имущества разрешаются в соответствии с нормами шариата.",
      errors: [{ ...LAW, line: 3, column: 4, message: '"шариата"' }],
    },
    {
      name: "code (kk): courts decide family disputes according to sharia norms",
      language: "kk",
      code: "2-бап\n\n1. Соттар отбасылық дауларды шариғат нормаларына сәйкес шешеді.",
      errors: [{ ...LAW, line: 3, column: 4, label: "2-бап 1-тармақ" }],
    },
    {
      name: "by-law (kk): the spiritual board licenses madrasas (a heuristic actor: confidence low)",
      language: "kk",
      code: "8-бап\n\n1. Мешіттер жанындағы медреселерге білім беру қызметін жүргізуге лицензияны діни басқарма береді.",
      errors: [{ ...FUNCTION, line: 3, column: 4 }],
    },
    {
      name: "passive (en): licences issued by the Spiritual Board",
      language: "en",
      code: "Article 2\n\n1. Licences for madrasas are issued by the Spiritual Board.",
      errors: [{ ...FUNCTION, line: 3, column: 4 }],
    },
    {
      name: "preamble (en): a faith's historic role, info",
      language: "en",
      code: "LAW ON RELIGIOUS ACTIVITY\n\nThis Law, recognising the historic role of Hanafi Islam and Orthodox Christianity in the culture of the people, establishes the legal framework.\n\nArticle 1\n\n1. Religious associations are separate from the State.",
      errors: [{ ...PREAMBLE, line: 3, column: 1, message: '"historic role" (privileged status)' }],
    },
    {
      name: "purpose article (ru): the same statement in an article headed Цели is info",
      language: "ru",
      code: "Статья 1. Цели настоящего Закона\n\n1. Настоящий Закон, признавая историческую роль ислама ханафитского направления и православного христианства, направлен на укрепление межконфессионального согласия.",
      errors: [{ ...PREAMBLE, line: 3, column: 4, label: "ст. 1 п. 1" }],
    },
  ],
});

describe("religion/state-religion-entanglement profiles and confidence", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  const code =
    "Article 2\n\n1. The Orthodox Church receives an annual subsidy from the state budget for the upkeep of its clergy.";
  it("is a warning under kz-2026 and kz-1995, info under iccpr and echr, off under eu-digital", () => {
    const severity = (profile: string) =>
      tester.findings(rule, { language: "en", code, profile }).map((f) => f.severity);
    expect(severity("kz-2026")).toEqual(["warning"]);
    expect(severity("kz-1995")).toEqual(["warning"]);
    expect(severity("iccpr")).toEqual(["info"]);
    expect(severity("echr")).toEqual(["info"]);
    expect(severity("eu-digital")).toEqual([]);
  });
  it("a faith named only as a class (listed in an annex) lowers the confidence", () => {
    const [finding] = tester.findings(rule, {
      language: "en",
      code: "Article 5\n\n1. The state budget pays the salaries of the clergy of the denominations listed in Annex 1.",
    });
    expect(finding?.confidence).toBe(0.5);
    const [named] = tester.findings(rule, { language: "en", code });
    expect(named?.confidence).toBe(0.7);
  });
  it("cites KZ 1995 arts 1(1) and 5(2)", () => {
    const [finding] = tester.findings(rule, { language: "en", code, profile: "kz-1995" });
    expect(finding?.principle).toEqual(["KZ Constitution 1995 art. 1(1)", "KZ Constitution 1995 art. 5(2)"]);
  });
});
