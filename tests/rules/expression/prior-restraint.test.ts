/**
 * R25 expression/prior-restraint: the catalogue examples (RULES.md §4 D, R25-*), own cases in
 * several drafting styles, and hard negatives (age ratings after broadcast, technical licences,
 * textbooks, the state's own publications, court remedies after publication).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/expression/prior-restraint.js";
import { type ProfileLike, RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const PRE = { messageId: "preApproval", subCode: "pre-approval", severity: "error" } as const;
const PERMIT = { messageId: "distributionPermit", subCode: "distribution-permit", severity: "error" } as const;
const AGE = { messageId: "ageRating", subCode: "age-rating", severity: "warning" } as const;

const X1_EN =
  "Article 5\n\n1. Video bloggers with more than 10,000 subscribers shall submit each video on social topics to the authorised body for approval before release.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R25-en-v1",
      language: "en",
      code: "Article 5\n\n1. Content is not subject to prior approval; liability for unlawful content arises only after publication and is decided by a court.",
    },
    {
      name: "R25-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Материалы не подлежат предварительному согласованию; ответственность за противоправный контент наступает только после публикации и устанавливается судом.",
    },
    {
      name: "R25-kk-v1 (own: no prior approval, liability after publication by a court)",
      language: "kk",
      code: "5-бап\n\n1. Материалдар алдын ала келісуге жатпайды; заңсыз контент үшін жауаптылық тек жарияланғаннан кейін туындайды және оны сот белгілейді.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (en, broadcasting law): age rating shown after publication",
      language: "en",
      code: "Article 15\n\n1. Broadcasters shall display an age rating before each programme for children; the regulator reviews ratings after broadcast.",
    },
    {
      name: "hard negative (ru, statute): a broadcasting licence on technical criteria",
      language: "ru",
      code: "Статья 9\n\n1. Лицензия на телерадиовещание выдается уполномоченным органом до начала вещания по техническим критериям использования радиочастотного спектра.",
    },
    {
      name: "hard negative (kk, by-law): textbooks approved before they are distributed to schools",
      language: "kk",
      code: "8-бап\n\n1. Оқулықтар мектептерге таратылғанға дейін уәкілетті органның алдын ала сараптамасынан өтеді.",
    },
    {
      name: "hard negative (en, statute): the Ministry publishes its own draft rules after approval",
      language: "en",
      code: "Article 12\n\n1. The Ministry shall publish draft regulations on its website before their approval by the Government.",
    },
    {
      name: "hard negative (en): publishing without prior approval is a freedom",
      language: "en",
      code: "Article 4\n\n1. Journalists may publish material without prior approval of any state body.",
    },
    {
      name: "hard negative (ru): editorial approval inside the broadcaster",
      language: "ru",
      code: "Статья 6\n\n1. Материалы до выхода в эфир согласовываются с главным редактором телеканала.",
    },
    {
      name: "hard negative (en): removal after publication by order of a court",
      language: "en",
      code: "Article 16\n\n1. Published material may be removed only by order of a court after a hearing.",
    },
    {
      name: "definitions zone is not read",
      language: "en",
      code: 'Article 1. Definitions\n\n1. "Censorship" means a requirement to obtain prior approval of a state body before publication.',
    },
    {
      name: "hard negative (en, appropriations): reorganising offices needs the committees' prior approval",
      language: "en",
      code: "Section 405\n\n(7) None of the funds may be used for a program that creates or restructures a branch, division, office, bureau, board, commission, agency or department different from the budget justifications submitted to the Committees on Appropriations or the table accompanying the explanatory statement accompanying this Act, unless prior approval is received from the Committees on Appropriations.",
    },
  ],

  invalid: [
    {
      name: "en, statute: press articles on military matters need the ministry's prior approval",
      language: "en",
      code: "Article 5\n\n1. Newspapers may publish articles on military matters only with the prior approval of the Ministry of Defence.",
      errors: [{ ...PRE, line: 3, column: 4, label: "Art. 5(1)", message: 'prior approval by "Ministry"' }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R25-en-x1",
      language: "en",
      code: X1_EN,
      errors: [
        {
          ...PRE,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message:
            'Publication is made conditional on prior approval by "authorised body": prior restraint (KZ Constitution 2026, art. 23(5))',
        },
      ],
    },
    {
      name: "R25-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Видеоблогеры, имеющие более 10 000 подписчиков, обязаны до публикации направлять каждый ролик на общественно-политические темы на одобрение уполномоченного органа.",
      errors: [{ ...PRE, line: 3, column: 4, label: "ст. 5 п. 1", message: '"уполномоченного органа"' }],
    },
    {
      name: "R25-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. 10 000-нан астам жазылушысы бар бейнеблогерлер қоғамдық-саяси тақырыптағы әрбір бейнероликті жарияланғанға дейін уәкілетті органның мақұлдауына жіберуге міндетті.",
      errors: [{ ...PRE, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "by-law (ru): a permit of the akimat to distribute printed matter",
      language: "ru",
      code: "Статья 7\n\n1. Распространение печатных изданий допускается только при наличии разрешения акимата на распространение.",
      errors: [{ ...PERMIT, line: 3, column: 4, message: '"акимата"' }],
    },
    {
      name: "statute (en, plain): posts about elections wait until the Commission has approved them",
      language: "en",
      profile: "eu-digital",
      code: "Article 5\n\n1. Online platforms shall not publish user posts about elections until the Electoral Commission has approved them.",
      errors: [{ ...PRE, line: 3, column: 4, message: "(EU, Charter art. 11)" }],
    },
    {
      name: "religion (ru, iccpr): sermons sent for approval before they are delivered in public",
      language: "ru",
      profile: "iccpr",
      code: "Статья 8\n\n1. Тексты проповедей до их публичного произнесения направляются на одобрение в уполномоченный орган по делам религий.",
      errors: [{ ...PRE, line: 3, column: 4, message: "(ICCPR, art. 19(2)–(3))" }],
    },
    {
      name: "by-law (kk): a permit of the akimat is needed to distribute printed matter",
      language: "kk",
      code: "6-бап\n\n1. Баспа өнімдерін тарату үшін әкімдіктің рұқсатын алу міндетті.",
      errors: [{ ...PERMIT, line: 3, column: 4 }],
    },
    {
      name: "passive (en, code): films subject to prior approval with no approver named (implicit)",
      language: "en",
      code: "Article 21\n\n1. Films are subject to prior approval before public screening.",
      errors: [{ ...PRE, line: 3, column: 4, message: "a state body (implicit)" }],
    },
    {
      name: "age rating as a precondition (en): films shown only after the Ministry assigns an age rating (warning)",
      language: "en",
      code: "Article 22\n\n1. A film may be shown only after the Ministry of Culture has approved its age classification.",
      errors: [{ ...AGE, line: 3, column: 4 }],
    },
    {
      name: "amendment (en): the quoted new wording adds a pre-publication review",
      language: "en",
      code: 'Article 1\n\nArticle 14 of the Law on Mass Media is replaced by the following:\n"Article 14. Review of publications\n\n1. Newspapers shall send each issue to the Ministry of Information for pre-publication review."',
      errors: [{ ...PRE }],
    },
  ],
});

describe("expression/prior-restraint profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  it("is an error under kz-1995 and echr, and the age-rating sub-code a warning under echr", () => {
    const [kz] = tester.findings(rule, { language: "en", code: X1_EN, profile: "kz-1995" });
    expect(kz?.severity).toBe("error");
    expect(kz?.message).toContain("KZ Constitution 1995, art. 20(1)");
    const age =
      "Article 22\n\n1. A film may be shown only after the Ministry of Culture has approved its age classification.";
    const [echr] = tester.findings(rule, { language: "en", code: age, profile: "echr" });
    expect(echr?.severity).toBe("warning");
  });
  it("reports nothing under a profile that turns the rule off", () => {
    const off: ProfileLike = {
      id: "custom",
      citation: "Custom profile",
      ruleSeverity: { "expression/prior-restraint": "off" },
    };
    expect(tester.findings(rule, { language: "en", code: X1_EN, profile: off })).toEqual([]);
  });
});

describe("expression/prior-restraint: a speech word far from the approval in a long sentence", () => {
  it("a budget approval of a committee is not a prior restraint on the publications named forty words earlier", () => {
    const tester = new RuleTester({ profile: "iccpr" });
    const code =
      "Section 3\n\n(1) For necessary expenses of the Library of Congress, including the publication of reports on the collections, $700,000,000, of which $5,000,000 shall remain available until expended for the acquisition of buildings, and of which no amount may be obligated for new construction projects, renovations, relocations or other facility works without the prior approval of the Committees on Appropriations of the House of Representatives.";
    expect(tester.findings(rule, { language: "en", code })).toEqual([]);
    // the same approval attached to a publication is still reported
    const near =
      "Section 3\n\n(1) Reports on the collections shall be published only after prior approval by the Ministry of Culture.";
    expect(tester.findings(rule, { language: "en", code: near }).map((f) => f.ruleId)).toEqual([
      "expression/prior-restraint",
    ]);
  });
});
