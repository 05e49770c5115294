/**
 * R30 association/foreign-funding-stigma: the catalogue examples (RULES.md §4 F, R30-*), own cases in
 * several drafting styles, and hard negatives that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/association/foreign-funding-stigma.js";
import { RuleTester } from "../../../src/engine/api.js";
import { lintText } from "../../../src/index.js";

RuleTester.describe = describe;
RuleTester.it = it;

const stigma = (subCode: string, severity: "error" | "warning") =>
  ({ messageId: "stigma", subCode, severity }) as const;
const LABEL_E = stigma("label", "error");
const LABEL_W = stigma("label", "warning");
const REGISTER_E = stigma("register", "error");
const MARKING_E = stigma("marking-duty", "error");
const BAN_E = stigma("activity-ban", "error");
const BAN_W = stigma("activity-ban", "warning");
const DISCLOSURE_W = { messageId: "disclosure", subCode: "disclosure", severity: "warning" } as const;

new RuleTester({ profile: "iccpr" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R30-en-v1",
      language: "en",
      code: "Article 14\n\n1. Every non-profit organisation publishes an annual report listing donors who gave more than 1,000 monthly calculation indices, whatever the donor's country.",
    },
    {
      name: "R30-ru-v1",
      language: "ru",
      code: "Статья 14\n\n1. Все некоммерческие организации ежегодно публикуют отчет о крупных пожертвованиях независимо от страны происхождения средств.",
    },
    {
      name: "R30-kk-v1 (own: every NGO publishes its income whatever the donor's country)",
      language: "kk",
      code: "14-бап\n\n1. Барлық коммерциялық емес ұйымдар демеушілердің еліне қарамастан жыл сайын өздерінің кірістері туралы есепті жариялайды.",
    },
    // --- hard negatives -----------------------------------------------------------------
    {
      name: "hard negative (en, statute): reporting of domestic and foreign donations alike",
      language: "en",
      code: "Article 14\n\n1. Associations report to the tax authority each donation above 500 indices, from domestic and foreign donors alike.",
    },
    {
      name: "hard negative (ru): anti-money-laundering checks by banks",
      language: "ru",
      code: "Статья 14\n\n1. Банки проверяют операции некоммерческих организаций, получающих средства от иностранных организаций, в соответствии с законодательством о противодействии легализации доходов.",
    },
    {
      name: "hard negative (en): foreign funding without restriction",
      language: "en",
      code: "Article 14\n\n1. Non-profit organisations may receive funding from foreign sources without restriction.",
    },
    {
      name: "hard negative (en): a guarantee that no association is labelled",
      language: "en",
      code: "Article 14\n\n1. No association may be labelled a foreign agent.",
    },
    {
      name: "hard negative (kk): a general register of all non-profit organisations",
      language: "kk",
      code: "14-бап\n\n1. Уәкілетті орган барлық коммерциялық емес ұйымдардың тізілімін жүргізеді.",
    },
    {
      name: "no association: data protection seals and marks",
      language: "en",
      code: "Article 14\n\n1. Certification bodies may issue data protection seals and marks for transfers to international organisations.",
    },
  ],

  invalid: [
    {
      name: "party and campaign funding (en): a warning under iccpr (RULES.md §5.7, conditionalSeverity party-election-funding)",
      language: "en",
      code: "Article 14\n\n1. Political parties and election candidates may not accept donations from foreign states or foreign citizens.",
      errors: [{ ...BAN_W, line: 3, column: 4 }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R30-en-x1",
      language: "en",
      code: "Article 14\n\n1. An organisation that receives any grant from abroad is entered in the Register of Foreign-Sponsored Bodies and shall mark all its publications with that status.",
      errors: [
        {
          ...LABEL_E,
          line: 3,
          column: 4,
          label: "Art. 14(1)",
          message:
            "a foreign-funding label, a special register of recipients of foreign funds and a duty to mark materials with that status",
        },
      ],
    },
    {
      name: "R30-ru-x1",
      language: "ru",
      code: "Статья 14\n\n1. Организация, получившая любой грант из-за рубежа, включается в реестр организаций, финансируемых из-за рубежа, и обязана указывать этот статус во всех своих материалах.",
      errors: [{ ...LABEL_E, line: 3, column: 4, label: "ст. 14 п. 1", message: "under ICCPR (art. 22(2))" }],
    },
    {
      name: "R30-kk-x1",
      language: "kk",
      code: "14-бап\n\n1. Шетелден кез келген грант алған ұйым шетелден қаржыландырылатын ұйымдар тізіліміне енгізіледі және өзінің барлық материалдарында осы мәртебені көрсетуге міндетті.",
      errors: [{ ...LABEL_E, line: 3, column: 4, label: "14-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en): a register of organisations receiving foreign funds",
      language: "en",
      code: "Article 14\n\n1. The Ministry keeps a register of non-profit organisations that receive money from foreign sources.",
      errors: [{ ...REGISTER_E, line: 3, column: 4 }],
    },
    {
      name: "by-law (ru): materials of registered organisations carry a mark (the foreign source in paragraph 1)",
      language: "ru",
      code: "Статья 14\n\n1. Уполномоченный орган ведет реестр некоммерческих организаций, получающих средства от иностранных источников.\n2. Материалы таких организаций должны содержать пометку об их включении в указанный реестр.",
      errors: [
        { ...REGISTER_E, line: 3, column: 4, label: "ст. 14 п. 1" },
        { ...MARKING_E, line: 4, column: 4, label: "ст. 14 п. 2" },
      ],
    },
    {
      name: "plain English (en): foreign-funded associations may not observe elections",
      language: "en",
      code: "Article 14\n\n1. Associations that receive money from foreign donors may not observe elections.",
      errors: [{ ...BAN_E, line: 3, column: 4 }],
    },
    {
      name: "statute (en): a ban on receiving foreign funds",
      language: "en",
      code: "Article 14\n\n1. Non-profit organisations may not receive funds from foreign states.",
      errors: [{ ...BAN_E, line: 3, column: 4 }],
    },
    {
      name: "code (ru): organisations recognised as foreign agents",
      language: "ru",
      code: "Статья 14\n\n1. Некоммерческая организация, получающая денежные средства от иностранных источников, признается иностранным агентом.",
      errors: [{ ...LABEL_E, line: 3, column: 4 }],
    },
    {
      name: "statute (en): a disclosure duty for foreign sources only (warning, human judgement)",
      language: "en",
      code: "Article 14\n\n1. Non-profit organisations shall report to the Ministry of Finance each payment received from a foreign state or a foreign organisation.",
      errors: [{ ...DISCLOSURE_W, line: 3, column: 4 }],
    },
    {
      name: "statute (kk): organisations funded from abroad mark their publications",
      language: "kk",
      code: "14-бап\n\n1. Шетелден қаржыландырылатын ұйымдар өздері тарататын барлық жарияланымдарда осы мәртебесін көрсетуге міндетті.",
      errors: [{ ...LABEL_E, line: 3, column: 4 }],
    },
    {
      name: "amendment (en): the new wording labels persons as foreign agents",
      language: "en",
      code: 'Article 1\n\nArticle 14 of the Law on Non-Profit Organisations is replaced by the following:\n"Article 14. A person who receives grants from foreign organisations shall be registered as a foreign agent."',
      errors: [{ ...LABEL_E, line: 3, column: 1 }],
    },
  ],
});

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    {
      name: "kz-2026 (ru): disclosure of foreign money is required by art. 6(5): off",
      language: "ru",
      code: "Статья 14\n\n1. Некоммерческие организации ежеквартально сообщают в уполномоченный орган о каждом поступлении денег от иностранных государств и иностранных организаций.",
    },
    {
      name: "kz-2026 (en): a ban on foreign funding of political parties is required by art. 6(4): off",
      language: "en",
      code: "Article 14\n\n1. Political parties may not receive funds from foreign states or foreign citizens.",
    },
  ],
  invalid: [
    {
      name: "kz-2026 (kk): a label is a warning",
      language: "kk",
      code: "14-бап\n\n1. Шетелдік көздерден қаражат алатын коммерциялық емес ұйымдар «шетелдік агент» деп танылады.",
      errors: [{ ...LABEL_W, line: 3, column: 4, message: "under KZ Constitution 2026 (art. 26, art. 6(3)–(5))" }],
    },
    {
      name: "kz-2026 (en): an activity ban is a warning",
      language: "en",
      code: "Article 14\n\n1. Associations that receive money from foreign donors may not observe elections.",
      errors: [{ ...BAN_W, line: 3, column: 4 }],
    },
  ],
});

describe("association/foreign-funding-stigma profiles", () => {
  const code =
    "Article 14\n\n1. Non-profit organisations shall report to the Ministry of Finance each payment received from a foreign state or a foreign organisation.";
  it("rates foreign-only disclosure by profile: warning (echr), info (kz-1995), off (kz-2026)", () => {
    const tester = new RuleTester();
    const severities = (profile: string) =>
      tester.findings(rule, { language: "en", code, profile }).map((f) => `${f.subCode}:${f.severity}`);
    expect(severities("echr")).toEqual(["disclosure:warning"]);
    expect(severities("kz-1995")).toEqual(["disclosure:info"]);
    expect(severities("kz-2026")).toEqual([]);
  });
  it("reports nothing under a profile that has the rule off (eu-digital)", () => {
    const label =
      "Article 14\n\n1. A non-profit organisation that receives money from foreign sources shall be recognised as a foreign agent.";
    expect(new RuleTester({ profile: "eu-digital" }).findings(rule, { language: "en", code: label })).toEqual([]);
  });
});

describe("association/foreign-funding-stigma: foreign money and a report far apart in a long clause", () => {
  it("an appropriation paragraph is not a disclosure duty for foreign sources only", () => {
    const tester = new RuleTester({ profile: "iccpr" });
    const code =
      "Section 7\n\n(1) For necessary expenses of grants to non-governmental organizations and associations that receive funding from foreign governments for humanitarian demining, $200,000,000, of which $50,000,000 shall remain available until September 30, 2021 for the purchase of equipment, training of local staff, rental of premises and the maintenance of vehicles, and the Secretary shall submit a report on the use of these funds to the Committees on Appropriations.";
    expect(tester.findings(rule, { language: "en", code })).toEqual([]);
  });
});

describe("association/foreign-funding-stigma: party and election funding takes the profile's conditional severity", () => {
  const tester = new RuleTester();
  const P = ["kz-2026", "kz-1995", "iccpr", "echr", "eu-digital"] as const;
  const severities = (language: "en" | "ru" | "kk", code: string) =>
    P.map((profile) => tester.findings(rule, { language, code, profile }).map((f) => `${f.subCode}:${f.severity}`));
  // RULES.md §5.7 row "30 (party-election funding)": off, off, W, W, – (the rule is off under eu-digital)
  const party = [[], [], ["activity-ban:warning"], ["activity-ban:warning"], []];
  it("a ban on foreign donations to parties (en): off in the Kazakh profiles, a warning under iccpr and echr", () => {
    expect(
      severities(
        "en",
        "Article 9\n\n1. A political party shall not receive contributions from foreign governments or from foreign organisations.",
      ),
    ).toEqual(party);
  });
  it("a ban on foreign donations to parties (ru)", () => {
    expect(
      severities(
        "ru",
        "Статья 9\n\n1. Политическим партиям запрещается принимать пожертвования от иностранных государств и иностранных граждан.",
      ),
    ).toEqual(party);
  });
  it("a ban on foreign donations to parties (kk)", () => {
    expect(
      severities(
        "kk",
        "9-бап\n\n1. Саяси партияларға шетелдік мемлекеттерден және шетелдік азаматтардан қайырмалдықтар қабылдауға тыйым салынады.",
      ),
    ).toEqual(party);
  });
  it("the same ban on an ordinary association keeps the sub-code's own severity in every profile", () => {
    expect(
      severities(
        "en",
        "Article 9\n\n1. A public association shall not receive contributions from foreign governments.",
      ),
    ).toEqual([["activity-ban:warning"], ["activity-ban:warning"], ["activity-ban:error"], ["activity-ban:error"], []]);
  });
  it("a configured severity still wins over the condition", () => {
    const code =
      "Article 9\n\n1. A political party shall not receive contributions from foreign governments or from foreign organisations.";
    const found = lintText(code, {
      language: "en",
      profiles: ["iccpr"],
      rules: [rule],
      severity: { "association/foreign-funding-stigma": "error" },
    }).findings.filter((f) => f.ruleId === rule.meta.id);
    expect(found.map((f) => f.severity)).toEqual(["error"]);
  });
});
