/**
 * R35 equality/closed-or-narrow-grounds: the catalogue examples (RULES.md §4 I, R35-*), own cases
 * in several drafting styles, and hard negatives (open lists, statistics, maternity, temporary
 * special measures) that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/equality/closed-or-narrow-grounds.js";
import { type ProfileLike, RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const CLOSED = { messageId: "closedList", subCode: "closed-list", severity: "warning" } as const;
const DIFF = { messageId: "differential", subCode: "differential-treatment", severity: "error" } as const;

const X1_EN = "Article 5\n\n1. Platforms shall not discriminate against users on grounds of sex, race or citizenship.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R35-en-v1",
      language: "en",
      code: "Article 5\n\n1. Platforms shall not discriminate against users on any ground, including sex, race, ethnicity, language, religion, disability, age or any other personal status.",
    },
    {
      name: "R35-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Платформы не вправе дискриминировать пользователей по каким-либо признакам, в том числе по полу, расе, языку, религии, инвалидности, возрасту.",
    },
    {
      name: "R35-kk-v1 (own: open list ending in 'any other circumstances')",
      language: "kk",
      code: "5-бап\n\n1. Платформалар пайдаланушыларды жынысына, нәсіліне, тіліне, дініне немесе кез келген өзге де мән-жайларға қарай кемсітуге құқылы емес.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (en, constitution): open list ending 'or any other circumstance'",
      language: "en",
      code: "Article 14\n\n1. Everyone is equal before the law and court.\n2. No one may be subjected to any discrimination for reasons of origin, social or property status, sex, race, nationality, language, attitude towards religion, convictions, place of residence or any other circumstance.",
    },
    {
      name: "hard negative (ru, constitution): open list ending «а также других обстоятельств»",
      language: "ru",
      code: "Статья 19\n\n2. Государство гарантирует равенство прав и свобод человека независимо от пола, расы, национальности, языка, происхождения, а также других обстоятельств.",
    },
    {
      name: "hard negative (en, statistics law): grounds listed in a census provision",
      language: "en",
      code: "Article 30\n\n1. The census form records the age, sex, nationality and language of each respondent.",
    },
    {
      name: "hard negative (ru, labour code): priority for pregnant women to protect maternity",
      language: "ru",
      code: "Статья 186\n\n1. Преимущественное право на оставление на работе имеют беременные женщины по признаку пола в целях охраны материнства.",
    },
    {
      name: "hard negative (en, police act): temporary special measure for women",
      language: "en",
      code: "Article 9\n\n1. Until 2030, priority is given to candidates of the under-represented sex as a temporary special measure.",
    },
    {
      name: "hard negative (kk): open list with «соның ішінде»",
      language: "kk",
      code: "7-бап\n\n1. Жұмыс беруші қызметкерлерді кез келген белгі бойынша, соның ішінде жынысына, жасына, дініне қарай кемсітпеуге міндетті.",
    },
    {
      name: "one ground only is not a list",
      language: "en",
      code: "Article 3\n\n1. Men and women have equal rights; no one may be discriminated against because of sex.",
    },
    {
      name: "definitions zone is not read",
      language: "en",
      code: 'Article 1. Definitions\n\n1. "Discrimination" means a distinction on grounds of sex, race or religion.',
    },
    // one ground named twice is not a list of grounds
    {
      name: "hard negative (en, constitution): a gender equality commission promotes gender equality",
      language: "en",
      code: "Section 187\n\n(1) The Commission for Gender Equality must promote respect for gender equality and the protection of gender equality.",
    },
    {
      name: "hard negative (en, land reform): restitution of property lost under discriminatory laws",
      language: "en",
      code: "Section 25\n\n(7) A person dispossessed of property as a result of past discriminatory laws is entitled to restitution of that property or to equitable redress.",
    },
    {
      name: "hard negative (ru, statute): a commissioner for gender equality, the ground in two case forms",
      language: "ru",
      code: "Статья 4\n\n1. Уполномоченный по вопросам равенства полов содействует обеспечению равенства без различия пола.",
    },
    // «преимущество отдается» for merit, need or a temporary special measure
    {
      name: "hard negative (ru, education law): priority for olympiad winners",
      language: "ru",
      code: "Статья 9\n\n1. При зачислении в вуз преимущество отдается победителям международных олимпиад.",
    },
    {
      name: "hard negative (ru, civil service law): priority for persons with disabilities as a temporary special measure",
      language: "ru",
      code: "Статья 8\n\n1. При равной квалификации преимущество отдается лицам с инвалидностью в качестве временной специальной меры.",
    },
    // jobs closed to pregnant women protect maternity (a justification); jobs closed to all women do not
    {
      name: "hard negative (ru, labour code): pregnant women kept from hazardous work to protect maternity",
      language: "ru",
      code: "Статья 9\n\n1. Беременные женщины не допускаются к работам с вредными условиями труда в целях охраны материнства.",
    },
    {
      name: "hard negative (kk, labour code): жүкті әйелдердің еңбегін … ана болуды қорғау мақсатында",
      language: "kk",
      code: "9-бап\n\n1. Жүкті әйелдердің еңбегін зиянды еңбек жағдайлары бар жұмыстарда қолдануға ана болуды қорғау мақсатында тыйым салынады.",
    },
    {
      name: "hard negative (en, labour act): pregnant women kept from lead work",
      language: "en",
      code: "Section 9\n\n(1) Pregnant women may not be employed in work involving exposure to lead, to protect maternity.",
    },
  ],

  invalid: [
    {
      name: "ru, labour code: women barred from work with harmful conditions",
      language: "ru",
      code: "Статья 8\n\n1. Женщины не допускаются к работам с вредными условиями труда, перечень которых утверждается уполномоченным органом.",
      errors: [{ ...DIFF, line: 3, column: 4, label: "ст. 8 п. 1" }],
    },
    {
      name: "kk, labour code: әйелдердің еңбегін қолдануға тыйым салынады",
      language: "kk",
      code: "8-бап\n\n1. Зиянды еңбек жағдайлары бар жұмыстарға әйелдердің еңбегін қолдануға тыйым салынады.",
      errors: [{ ...DIFF, line: 3, column: 4, label: "8-бап 1-тармақ" }],
    },
    {
      name: "en, mining act: women may not be employed underground",
      language: "en",
      code: "Section 8\n\n(1) Women may not be employed in underground mining work.",
      errors: [{ ...DIFF, line: 3, column: 5, label: "s. 8(1)" }],
    },
    {
      name: "ru, civil service law: «преимущество отдается» persons of one nationality",
      language: "ru",
      code: "Статья 7\n\n1. При приеме на государственную службу преимущество отдается лицам казахской национальности.",
      errors: [{ ...DIFF, line: 3, column: 4, label: "ст. 7 п. 1" }],
    },
    // two different grounds, one of them named twice: still a closed list of two
    {
      name: "en, statute: sex twice and religion, a closed list",
      language: "en",
      code: "Article 8\n\n1. Employers shall not discriminate against applicants on grounds of sex or religion, whatever the sex of the employer.",
      errors: [{ ...CLOSED, line: 3, column: 4, label: "Art. 8(1)", suggestions: 1, message: 'on "sex", "religion";' }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R35-en-x1",
      language: "en",
      code: X1_EN,
      errors: [
        {
          ...CLOSED,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          suggestions: 1,
          message: 'Closed list of grounds: add "or any other status" (KZ Constitution 2026, art. 16)',
        },
      ],
    },
    {
      name: "R35-en-x2",
      language: "en",
      code: "Article 5\n\n1. Only adherents of the denominations listed in Annex 1 may be employed as school counsellors.",
      errors: [
        {
          ...DIFF,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message: 'Differential treatment by "denominations listed"',
        },
      ],
    },
    {
      name: "R35-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Платформы не вправе дискриминировать пользователей по признакам пола, расы или гражданства.",
      errors: [{ ...CLOSED, line: 3, column: 4, label: "ст. 5 п. 1", suggestions: 1 }],
    },
    {
      name: "R35-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Платформалар пайдаланушыларды жынысына, нәсіліне немесе азаматтығына қарай кемсітуге құқылы емес.",
      errors: [{ ...CLOSED, line: 3, column: 4, label: "5-бап 1-тармақ", suggestions: 1 }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "constitution (en, iccpr): equality regardless of a closed list of grounds",
      language: "en",
      profile: "iccpr",
      code: "Article 12\n\n1. Citizens are equal regardless of sex, race, language and religion.",
      errors: [{ ...CLOSED, line: 3, column: 4, message: "(ICCPR, art. 2(1), art. 26)" }],
    },
    {
      name: "labour code (ru): posts reserved by nationality",
      language: "ru",
      code: "Статья 31\n\n1. Преимущество имеют лица казахской национальности при приеме на государственную службу.",
      errors: [{ ...DIFF, line: 3, column: 4, message: '"национальности"' }],
    },
    {
      name: "by-law (kk): priority in grants by nationality",
      language: "kk",
      code: "10-бап\n\n1. Білім беру гранттарын бөлу кезінде қазақ ұлтының өкілдеріне басымдық беріледі.",
      errors: [{ ...DIFF, line: 3, column: 4 }],
    },
    {
      name: "plain English (echr): men only",
      language: "en",
      profile: "echr",
      code: "Section 4\n\n(1) Posts of fire-fighter are open to men only.",
      errors: [{ ...DIFF, line: 3, column: 5, message: "Differential treatment by sex" }],
    },
    {
      name: "by-law (en): a restriction aimed at persons of a particular religion",
      language: "en",
      code: "Article 10\n\n1. Public events organised by persons of a particular religion may be banned by the akimat.",
      errors: [{ ...DIFF, line: 3, column: 4, message: 'Differential treatment by "religion"' }],
    },
    {
      name: "amendment (en): the quoted new wording closes the list",
      language: "en",
      code: 'Article 1\n\nArticle 3 of the Law on Employment is replaced by the following:\n"Article 3. Equal treatment\n\n1. Employers shall not discriminate on grounds of sex or age."',
      errors: [{ ...CLOSED }],
    },
    {
      name: "list in points (en): the chapeau names discrimination, the points the grounds; no open ending",
      language: "en",
      code: "Article 6\n\n1. Discrimination in access to housing is prohibited on grounds of: (a) race; (b) religion; (c) disability.",
      errors: [{ ...CLOSED, line: 3, column: 4 }],
    },
  ],
});

describe("equality/closed-or-narrow-grounds suggestions and profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  const edit = (language: "en" | "ru" | "kk", code: string): string => {
    const [finding] = tester.findings(rule, { language, code });
    const change = finding?.suggestions[0]?.edits[0];
    if (!change) return code;
    return code.slice(0, change.range.start.offset) + change.text + code.slice(change.range.end.offset);
  };
  it("reads a lead-in with its points", () => {
    const code =
      "Article 6\n\n1. Discrimination in access to housing is prohibited on grounds of:\n1) race;\n2) religion;\n3) disability.";
    const found = tester.findings(rule, { language: "en", code });
    expect(found.map((f) => [f.subCode, f.range.start.line, f.suggestions.length])).toEqual([["closed-list", 3, 1]]);
    expect(edit("en", code)).toContain("3) disability, or any other status.");
  });
  it("appends an open ending after the last ground", () => {
    expect(edit("en", X1_EN)).toContain("sex, race or citizenship, or any other status.");
    expect(
      edit(
        "ru",
        "Статья 5\n\n1. Платформы не вправе дискриминировать пользователей по признакам пола, расы или гражданства.",
      ),
    ).toContain("гражданства, а также по иным обстоятельствам.");
  });
  it("keeps closed-list a warning and differential-treatment an error under kz-1995 and eu-digital", () => {
    const diff =
      "Article 5\n\n1. Only adherents of the denominations listed in Annex 1 may be employed as school counsellors.";
    for (const profile of ["kz-1995", "eu-digital"]) {
      expect(tester.findings(rule, { language: "en", code: X1_EN, profile })[0]?.severity).toBe("warning");
      expect(tester.findings(rule, { language: "en", code: diff, profile })[0]?.severity).toBe("error");
    }
  });
  it("reports nothing under a profile that turns the rule off, and can turn one sub-code off", () => {
    const off: ProfileLike = {
      id: "custom",
      citation: "Custom profile",
      ruleSeverity: { "equality/closed-or-narrow-grounds": "off" },
    };
    expect(tester.findings(rule, { language: "en", code: X1_EN, profile: off })).toEqual([]);
    const subOff: ProfileLike = {
      id: "custom",
      citation: "Custom profile",
      ruleSeverity: { "equality/closed-or-narrow-grounds:closed-list": "off" },
    };
    expect(tester.findings(rule, { language: "en", code: X1_EN, profile: subOff })).toEqual([]);
  });
});
