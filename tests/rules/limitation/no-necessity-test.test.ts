/**
 * R3 limitation/no-necessity-test: the catalogue examples (RULES.md §4 A, R03-*), own cases in several
 * drafting styles and profiles, hard negatives (necessity stated, referenced or inherited), the
 * interactions with rules 1 and 2, and the suggestions.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/limitation/no-necessity-test.js";
import { loadProfile } from "../../../src/config/profiles.js";
import { type ProfileLike, RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const NO_TEST = { messageId: "noNecessity", severity: "warning" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R03-en-v1",
      language: "en",
      code: "Article 5\n\n1. Street performances may be restricted only to the extent necessary to protect public order, and only by conditions on time, place or volume that are proportionate to the disturbance.",
    },
    {
      name: "R03-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Уличные выступления могут быть ограничены лишь в той мере, в какой это необходимо для охраны общественного порядка, и только соразмерными условиями о времени, месте и громкости.",
    },
    {
      name: "R03-kk-v1 (own: only to the necessary extent)",
      language: "kk",
      code: "5-бап\n\n1. Көшеде өнер көрсету қоғамдық тәртіпті сақтау үшін қажетті шамада ғана шектелуі мүмкін.",
    },
    // --- hard negatives -------------------------------------------------------------------
    {
      name: "hard negative (en): a diplomatic post is a mission abroad, not a post online",
      language: "en",
      code: "Section 8\n\n(a) The Minister may close a diplomatic post in order to protect public health.",
    },
    {
      name: "hard negative (en): funds released 'without regard to the prohibitions' of another section",
      language: "en",
      code: "Section 9\n\n(b) Funds of the Ministry shall be available, without regard to the prohibitions in section 4, for grants to media outlets in the interests of national security.",
    },
    {
      name: "hard negative (en): consular posts abroad closed for security",
      language: "en",
      code: "Section 9\n\n(a) The Minister may close consular posts abroad in the interests of national security.",
    },
    {
      name: "hard negative (en, echr): 'necessary in a democratic society' states the test",
      language: "en",
      profile: "echr",
      code: "Article 5\n\n1. The police may restrict an assembly where this is necessary in a democratic society in the interests of public safety.",
    },
    {
      name: "hard negative (ru, statute): the test is in a general article the clause refers to",
      language: "ru",
      code: "Статья 2\n\n1. Ограничения, предусмотренные настоящим Законом, применяются лишь в той мере, в какой это необходимо, и должны быть соразмерны преследуемой цели.\n\nСтатья 7\n\n1. По решению суда проведение собрания может быть ограничено в целях охраны общественного порядка с соблюдением требований статьи 2 настоящего Закона.",
    },
    {
      name: "hard negative (kk, court): a proportionate restriction for a specific person's honour",
      language: "kk",
      code: "8-бап\n\n1. Сот шешімі бойынша блогердің жарияланымдарды орналастыру құқығы нақты адамның ар-намысы мен қадір-қасиетін қорғау үшін қажетті шамада ғана үш айға дейінгі мерзімге шектелуі мүмкін.",
    },
    {
      name: "hard negative (ru): «менее строгие меры недостаточны» is a necessity test",
      language: "ru",
      code: "Статья 15\n\n1. Суд вправе ограничить распространение конкретного материала, если это необходимо для защиты прав и свобод других лиц, а менее строгие меры недостаточны.",
    },
    {
      name: "1 before 3: no ground named is rule 1's",
      language: "en",
      code: "Article 5\n\n1. The akimat may ban a street rally.",
    },
    {
      name: "2 before 3: only a suspect aim is rule 2's",
      language: "en",
      code: "Article 5\n\n1. The akimat may cancel a concert in order to protect traditional family values.",
    },
    {
      name: "a constitution under its own profile inherits the necessity of its general clause (kz-2026 art. 41(1))",
      language: "en",
      code: "Constitution of the Republic\n\nArticle 32\n\n1. The Government may restrict the exercise of the right to assemble in the interests of public order.",
    },
    {
      name: "hard negative (kk, statute): the aim is named only inside a conduct element (forcible change)",
      language: "kk",
      code: "12-бап\n\n1. Діни бірлестіктің қызметіне сот шешімі бойынша ғана тыйым салынуы мүмкін.\n2. Тыйым салуға мыналар негіз болып табылады:\n1) конституциялық құрылысты күштеп өзгертуге бағытталған әрекеттер жасау;\n2) азаматтарды мүлікті иеліктен шығаруға мәжбүрлеу.",
    },
    {
      name: "a guarantee that names an aim is not a restriction",
      language: "ru",
      code: "Статья 3\n\n1. Право на мирные собрания не может быть ограничено в целях охраны общественного порядка без решения суда.",
    },
    // 'limitations' of a kind of content restrict no one
    {
      name: "hard negative (en, AI regulation): the technical limitations of a kind of content",
      language: "en",
      code: "Article 50\n\n1. Deployers of systems that generate deep fakes shall disclose that the content has been generated, in order to protect the rights of others.\n2. Providers shall ensure that their marking solutions are reliable as far as technically feasible, taking into account the specificities and limitations of various types of content and the costs of implementation.",
    },
  ],

  invalid: [
    {
      name: "still fires (en): the right to publish limited to licence holders, no necessity test",
      language: "en",
      code: "Article 51\n\n1. The right to publish is limited to persons holding a licence, in order to protect the rights of others.",
      errors: [{ ...NO_TEST, line: 3, column: 4, label: "Art. 51(1)" }],
    },
    {
      name: "still fires (en): 'without regard to' something else does not waive the restriction",
      language: "en",
      code: "Section 7\n\n(a) The Minister may restrict the activities of an association, without regard to its membership, in the interests of national security.",
      errors: [{ ...NO_TEST, line: 3, column: 5, label: "s. 7(a)" }],
    },
    {
      name: "still fires (en): posts on a website removed for security, no test",
      language: "en",
      code: "Section 7\n\n(a) The Minister may remove posts from a website in the interests of national security.",
      errors: [{ ...NO_TEST, line: 3, column: 5, label: "s. 7(a)" }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R03-en-x1",
      language: "en",
      code: "Article 5\n\n1. Street performances may be restricted to protect public order.",
      errors: [
        {
          ...NO_TEST,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          suggestions: 1,
          message: "Restriction of freedom of expression for public order has no necessity or proportionality test",
        },
      ],
    },
    {
      name: "R03-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Уличные выступления могут быть ограничены в целях охраны общественного порядка.",
      errors: [{ ...NO_TEST, line: 3, column: 4, label: "ст. 5 п. 1", suggestions: 1 }],
    },
    {
      name: "R03-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Көшеде өнер көрсету қоғамдық тәртіпті сақтау мақсатында шектелуі мүмкін.",
      errors: [{ ...NO_TEST, line: 3, column: 4, label: "5-бап 1-тармақ", suggestions: 1 }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en): a court suspends a newspaper for public order, no test",
      language: "en",
      code: "Article 21\n\n1. A court may suspend the publication of a newspaper for up to three months in order to protect public order.",
      errors: [{ ...NO_TEST, line: 3, column: 4, message: '"A court may suspend" names the aim' }],
    },
    {
      name: "iccpr (en): 'where necessary' is discretion, not a necessity test",
      language: "en",
      profile: "iccpr",
      code: "Article 8\n\n1. A court may, where necessary, suspend the activity of a trade union for up to three months to protect public safety.",
      errors: [{ ...NO_TEST, line: 3, column: 4, message: "(ICCPR art. 22(2))" }],
    },
    {
      name: "iccpr (ru, code): «при необходимости» is discretion, not a necessity test",
      language: "ru",
      profile: "iccpr",
      code: "Статья 5\n\n1. При необходимости деятельность общественного объединения может быть приостановлена судом в целях охраны здоровья населения.",
      errors: [{ ...NO_TEST, line: 3, column: 4 }],
    },
    {
      name: "echr (kk): the police stop a march for public safety; an appeal, but no test",
      language: "kk",
      profile: "echr",
      code: "6-бап\n\n1. Полиция қоғамдық қауіпсіздікті қамтамасыз ету мақсатында шеруді тоқтатуға құқылы.\n2. Бұл шешімге сотқа шағымдануға болады.",
      errors: [{ ...NO_TEST, line: 3, column: 4, message: "(ECHR art. 11(2))" }],
    },
    {
      name: "by-law (ru): a point inherits the chapeau's power and aim",
      language: "ru",
      code: "Статья 9\n\n1. В целях охраны общественного порядка акимат вправе:\n1) ограничить время проведения собраний;\n2) утверждать планы мероприятий.",
      errors: [{ ...NO_TEST, line: 4, column: 4, label: "ст. 9 п. 1 пп. 1)" }],
    },
    {
      name: "amendment (en): the replacing text restricts assemblies for public health",
      language: "en",
      code: "Article 1\n\nArticle 12 of the Law on Public Events is replaced by the following:\n'Article 12. Restrictions\n1. Public events may be restricted by the akimat to protect public health.'",
      errors: [{ ...NO_TEST, line: 5, column: 4 }],
    },
    {
      name: "constitution (echr): no general clause to inherit; confidence low, severity info (§5.7 constitution-document)",
      language: "en",
      profile: "echr",
      code: "Constitution of the Republic\n\nArticle 32\n\n1. The Government may restrict the exercise of the right to assemble in the interests of public order.",
      errors: [{ ...NO_TEST, severity: "info", line: 5, column: 4 }],
    },
  ],
});

describe("limitation/no-necessity-test: suggestions, confidence, profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  const apply = (language: "en" | "ru" | "kk", code: string): string => {
    const [finding] = tester.findings(rule, { language, code });
    const change = finding?.suggestions[0]?.edits[0];
    if (!change) return code;
    return code.slice(0, change.range.start.offset) + change.text + code.slice(change.range.end.offset);
  };
  it("inserts the test where each language puts it, and the result passes", () => {
    const en = apply("en", "Article 5\n\n1. Street performances may be restricted to protect public order.");
    expect(en).toContain("to protect public order, where this is necessary and proportionate.");
    const ru = apply(
      "ru",
      "Статья 5\n\n1. Уличные выступления могут быть ограничены в целях охраны общественного порядка.",
    );
    expect(ru).toContain("общественного порядка, если это необходимо и соразмерно.");
    const kk = apply("kk", "5-бап\n\n1. Көшеде өнер көрсету қоғамдық тәртіпті сақтау мақсатында шектелуі мүмкін.");
    expect(kk).toContain("мақсатында қажетті шамада ғана шектелуі мүмкін.");
    expect(tester.findings(rule, { language: "en", code: en })).toEqual([]);
    expect(tester.findings(rule, { language: "ru", code: ru })).toEqual([]);
    expect(tester.findings(rule, { language: "kk", code: kk })).toEqual([]);
  });
  it("lowers confidence in a constitution (an implicit actor there would take it below low: not reported)", () => {
    const code =
      "Constitution of the Republic\n\nArticle 32\n\n1. The Government may restrict the exercise of the right to assemble in the interests of public order.";
    expect(tester.findings(rule, { language: "en", code, profile: "echr" }).map((f) => f.confidence)).toEqual([0.5]);
    const named = tester.findings(rule, {
      language: "en",
      code: "Article 21\n\n1. A court may suspend the publication of a newspaper in order to protect public order.",
    });
    expect(named.map((f) => f.confidence)).toEqual([0.7]);
    const passive =
      "Constitution of the Republic\n\nArticle 32\n\n1. The right to assemble may be restricted in the interests of public order.";
    expect(tester.findings(rule, { language: "en", code: passive, profile: "echr" })).toEqual([]);
    const bill = passive.replace("Constitution of the Republic\n\n", "");
    expect(tester.findings(rule, { language: "en", code: bill, profile: "echr" }).map((f) => f.confidence)).toEqual([
      0.5,
    ]);
  });
  it("names the profile's own articles", () => {
    const code = "Article 5\n\n1. The police may disperse an assembly in order to protect public order.";
    expect(tester.findings(rule, { language: "en", code })[0]?.message).toContain(
      "KZ Constitution 2026 art. 34, art. 41(1)",
    );
    expect(tester.findings(rule, { language: "en", code, profile: "iccpr" })[0]?.message).toContain("ICCPR art. 21");
  });
  it("reports nothing where the rule is off", () => {
    const base = loadProfile("kz-2026");
    const off = {
      ...base,
      ruleSeverity: { ...base.ruleSeverity, "limitation/no-necessity-test": "off" },
    } as ProfileLike;
    const code = "Article 5\n\n1. Street performances may be restricted to protect public order.";
    expect(tester.findings(rule, { language: "en", code, profile: off })).toEqual([]);
  });
});

// A necessity test in the chapeau, in the wrap-up after the points or in the next sentence of the
// paragraph covers the points, however far from the verb.
new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    {
      name: "necessity in a long chapeau (en)",
      language: "en",
      code: "Article 7\n\n1. Only to the extent strictly necessary to protect public order during a declared emergency, and after consulting the prosecutor and the local council and publishing a notice on its website, the regional akimat may:\n1) suspend the holding of rallies in the central squares;\n2) restrict the publication of newspapers printed in the region.",
    },
    {
      name: "necessity in the wrap-up after the points (ru)",
      language: "ru",
      code: "Статья 7\n\n1. В период чрезвычайного положения местный исполнительный орган вправе после консультаций с прокурором и представительным органом:\n1) приостановить проведение митингов на центральных площадях города;\n2) ограничить выпуск газет, печатаемых в регионе,\nлишь в той мере, в какой это необходимо для охраны общественного порядка.",
    },
    {
      name: "necessity in the chapeau (kk)",
      language: "kk",
      code: "7-бап\n\n1. Төтенше жағдай кезеңінде жергілікті атқарушы орган қоғамдық тәртіпті қорғау үшін қажетті шамада ғана:\n1) қаланың орталық алаңдарында митингілер өткізуді тоқтата тұруға;\n2) өңірде басылатын газеттерді шығаруды шектеуге құқылы.",
    },
    {
      name: "necessity in the next sentence (en)",
      language: "en",
      code: "Article 7\n\n2. The Ministry may suspend the broadcasting of programmes that show where quarantined persons live, to protect public health. The suspension shall be proportionate and last no longer than necessary.",
    },
  ],
  invalid: [
    {
      name: "still fires (en): a long chapeau with an aim and no test",
      language: "en",
      code: "Article 7\n\n1. In order to protect public order during a declared emergency, and after consulting the prosecutor and the local council, the regional akimat may:\n1) suspend the holding of rallies in the central squares;\n2) restrict the publication of newspapers printed in the region.",
      errors: [
        { ...NO_TEST, line: 4, column: 4 },
        { ...NO_TEST, line: 5, column: 4 },
      ],
    },
  ],
});
