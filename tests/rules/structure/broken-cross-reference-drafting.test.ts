/**
 * R39 structure/broken-cross-reference against drafting patterns of real statutes (written here in
 * our own words): a bare unit of another act named just before it, a few words after it or in the
 * heading above it; list members past levels the AST has no word for; `(1) (a)` with a space; EU
 * qualifiers inside lists; schedules a file does not contain; unnumbered paragraphs cited by their
 * place; amending instructions ("by replacing"). Each group has hard negatives (lawful text that
 * must not fire) and a positive that still fires.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/structure/broken-cross-reference.js";
import { RuleTester } from "../../../src/engine/api.js";
import { runGuarded } from "../../helpers/hang-guard.js";

RuleTester.describe = describe;
RuleTester.it = it;

const DANGLING = { messageId: "dangling", subCode: "dangling", severity: "error" } as const;
const TAIL = {
  en: "\n\nArticle 2\n\n1. The authority keeps the register.",
  ru: "\n\nСтатья 2\n\n1. Уполномоченный орган ведет реестр.",
  kk: "\n\n2-бап\n\n1. Уәкілетті орган тізілімді жүргізеді.",
};

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    {
      name: "another act named in the heading: its article cited bare in the text (en)",
      language: "en",
      code: `Article 1. Use of Article 98 of the Labour Code\n\n1. Article 98 applies to seasonal work.${TAIL.en}`,
    },
    {
      name: "another act named in the heading (ru)",
      language: "ru",
      code: `Статья 1. Применение статьи 98 Трудового кодекса\n\n1. Статья 98 применяется к сезонной работе.${TAIL.ru}`,
    },
    {
      name: "another act named in the heading (kk)",
      language: "kk",
      code: `1-бап. Еңбек кодексінің 98-бабын қолдану\n\n1. 98-бап маусымдық жұмысқа қолданылады.${TAIL.kk}`,
    },
    {
      name: "US appropriation: bare units before the act cited later in the sentence",
      language: "en",
      code: `Article 1\n\n1. Funds are made available under title IV or in the case of section 12 on behalf of States under title IV of the Farm Act.${TAIL.en}`,
    },
    {
      name: "a bare article before another act's unit in the sentence (ru): статьей 9 и … статьи 7 Трудового кодекса",
      language: "ru",
      code: `Статья 1\n\n1. Отпуск предоставляется по основаниям, предусмотренным статьей 9 и указанным в пункте 2 статьи 7 Трудового кодекса.${TAIL.ru}`,
    },
    {
      name: "units of documents that are not acts: `of the joint explanatory statement`, `in prior Acts`",
      language: "en",
      code: `Article 1\n\n1. The notice includes the information specified under section 73 of the joint explanatory statement. Balances under title VIII in prior Acts lapse.${TAIL.en}`,
    },
    {
      name: "US appropriation: a unit right after another act's name (`Act (…), except section 21`, `Public Law …, section 5`)",
      language: "en",
      code: `Article 1\n\n1. For the School Meals Act (7 U.S.C. 100 et seq.), except section 21, and for Public Law 99-12, section 5, $10.${TAIL.en}`,
    },
    {
      name: "US list past subparts: `part A of title II, subpart 1 of part A of title IV … of the Schools Act`",
      language: "en",
      code: `Article 1\n\n1. Sums are granted under part B of title I, part A of title II, subpart 1 of part A of title IV, and parts C and E and subparts 1 and 4 of part F of title IV of the Schools Act.${TAIL.en}`,
    },
    {
      name: "a constitution's transitional list ending with the previous constitution, `(2)(a)and 41 (2)`",
      language: "en",
      code: "Section 1. Transitional\n\n(1) Sections 40(1)(a)and 41 (2) and (3) of the previous Constitution continue in force.\n\nSection 2. Commencement\n\n(1) This Act comes into force on publication.",
    },
    {
      name: "`subsection (1) (a) or (b)` with a space between the parts (en, statute)",
      language: "en",
      code: "Section 1. Removal\n\n(1) The Council may remove a member who—\n(a) is absent; or\n(b) is bankrupt.\n(2) A person removed under subsection (1) (a) or (b) may not serve again.",
    },
    {
      name: "EU list with `, second paragraph,` and `with the exception of … thereof` before the act",
      language: "en",
      code: `Article 1\n\n1. Articles 119, second paragraph, 126(1), 282(2), with the exception of the last sentence thereof, and 283 of the Treaty on Trade shall not apply.${TAIL.en}`,
    },
    {
      name: "by-law published without its schedules: `Schedule 2 of this By-law`, `Schedules 3 and 4`",
      language: "en",
      code: `Article 1\n\n1. The operator applies as prescribed in Schedule 2 of this By-law and Schedules 3 and 4.${TAIL.en}`,
    },
    {
      name: "rules without their annexes (ru): приложение 2 к настоящим Правилам",
      language: "ru",
      code: `Статья 1\n\n1. Заявление подается по форме согласно приложению 2 к настоящим Правилам.${TAIL.ru}`,
    },
    {
      name: "rules without their annexes (kk): осы Қағидаларға 2-қосымша",
      language: "kk",
      code: `1-бап\n\n1. Өтініш осы Қағидаларға 2-қосымшаға сәйкес нысан бойынша беріледі.${TAIL.kk}`,
    },
    {
      name: "unnumbered paragraphs cited by their place (en): Article 1(2)",
      language: "en",
      code: "Article 1\n\nThe Bank shall lend at cost.\n\nIt shall not hold shares.\n\nArticle 2\n\n1. The Bank may, subject to Article 1(2), sell securities.",
    },
    {
      name: "unnumbered parts cited by their place (ru): часть вторая статьи 1",
      language: "ru",
      code: "Статья 1\n\nБанк выдает кредиты по себестоимости.\n\nБанк не приобретает акции.\n\nСтатья 2\n\n1. Банк вправе с учетом части второй статьи 1 продавать ценные бумаги.",
    },
    {
      name: "gazette pages and a standard's parts are no units: `BGBl. I S. 1858`, `S.A.B.S. 0131: Parts 1 and 2`",
      language: "en",
      code: `Article 1\n\n1. As published (Federal Gazette I S. 1858), the walls are tested to S.A.B.S. 0131: Parts 1 and 2.${TAIL.en}`,
    },
    {
      name: "a schedule amending another act: `by replacing paragraph (b) of subsection (1)`",
      language: "en",
      code: `Article 1\n\n1. The amendment of section 9 of the Police Act by replacing paragraph (b) of subsection (1) with the following paragraph: “(b) the appointment of commissioners;”.${TAIL.en}`,
    },
    {
      name: "a repeal table: the title of a repealed by-law on one line, its sections on the next",
      language: "en",
      code: `Article 1\n\n1. The following are repealed:\nPN 12/1990\nTown Municipality: By-law relating to open fires\nSection 2(a) and 2(b)${TAIL.en}`,
    },
    {
      name: "`subsection (1) (h) and (i)`: (i) after (h) is a letter (en, constitution)",
      language: "en",
      code: "Section 1. Members\n\n(1) The Commission consists of—\n(a) the Chief Justice;\n(h) two advocates; and\n(i) four members.\n(2) It sits without the members designated in terms of subsection (1) (h) and (i).",
    },
    // a line that keeps the place of repealed units: "Articles 15 to 20 [Repealed]"
    {
      name: "hard negative (en, consolidated act): Articles 15 to 20 [Repealed] between 14 and 21",
      language: "en",
      code: "Article 14\n\nText one.\n\nArticles 15 to 20 [Repealed]\n\nArticle 21\n\nText two.",
    },
    {
      name: "hard negative (ru, consolidated law): «Статьи 15–20 исключены»",
      language: "ru",
      code: "Статья 14\n\nТекст.\n\nСтатьи 15–20 исключены.\n\nСтатья 21\n\nТекст.",
    },
    {
      name: "hard negative (kk, consolidated law): «15–20-баптар алынып тасталды»",
      language: "kk",
      code: "14-бап\n\nМәтін.\n\n15–20-баптар алынып тасталды.\n\n21-бап\n\nМәтін.",
    },
    {
      name: "hard negative (kk): 300 repealed articles listed on one line",
      language: "kk",
      code: `1-бап\n\n1. Мәтін.\n\n2-бап\n\n${Array.from({ length: 300 }, (_, i) => `${i + 15}-бап`).join(", ")} алынып тасталды.\n\n400-бап\n\nМәтін.`,
    },
  ],
  invalid: [
    {
      name: "en: a repeal line's verdict stays on its line: the next line of the same alinea still needs its target",
      language: "en",
      code: "Article 14\n\nText one.\n\nArticles 15 to 20 [Repealed]\nand Article 30 applies to refunds.\n\nArticle 21\n\nText two.",
      errors: [{ ...DANGLING, line: 6, column: 5, label: "Art. 14 al. 2" }],
    },
    {
      name: "en: a reference inside a sentence about a repeal still needs its target",
      language: "en",
      code: "Article 14\n\nThe Minister shall apply Article 30, which is repealed by the Act of 2020.\n\nArticle 21\n\nText two.",
      errors: [{ ...DANGLING, line: 3, column: 26, label: "Art. 14 al. 1" }],
    },
    {
      name: "the heading's act does not cover another number (9, within the bill's range) in a sentence of its own (en)",
      language: "en",
      code: `Article 1. Use of Article 98 of the Labour Code\n\n1. Article 98 applies to seasonal work. Article 9 applies to the rest.${TAIL.en}`,
      errors: [{ ...DANGLING, line: 3, column: 41, label: "Art. 1(1)" }],
    },
    {
      name: "the heading's act does not cover another number (ru)",
      language: "ru",
      code: `Статья 1. Применение статьи 98 Трудового кодекса\n\n1. Статья 98 применяется к сезонной работе. Статья 9 применяется к иной работе.${TAIL.ru}`,
      errors: [{ ...DANGLING, line: 3, column: 45, label: "ст. 1 п. 1" }],
    },
    {
      name: "the heading's act does not cover another number (kk)",
      language: "kk",
      code: `1-бап. Еңбек кодексінің 98-бабын қолдану\n\n1. 98-бап маусымдық жұмысқа қолданылады. Ал 9-бап басқа жұмысқа қолданылады.${TAIL.kk}`,
      errors: [{ ...DANGLING, line: 3, column: 45, label: "1-бап 1-тармақ" }],
    },
    {
      name: "Kazakh names the act before its units: a later act does not take the bare 9-бап along",
      language: "kk",
      code: `1-бап\n\n1. Демалыс 9-бапта көзделген және Еңбек кодексінің 7-бабының 2-тармағында көрсетілген негіздер бойынша беріледі.${TAIL.kk}`,
      errors: [{ ...DANGLING, line: 3, column: 12, label: "1-бап 1-тармақ" }],
    },
    {
      name: "`of this Law` after a document's unit in the text: still this bill's",
      language: "en",
      code: `Article 1\n\n1. The notice follows section 73 of the joint explanatory statement. Article 9 of this Law applies.${TAIL.en}`,
      errors: [{ ...DANGLING, line: 3, column: 70, label: "Art. 1(1)" }],
    },
    {
      name: "`this Act, except Article 9`: this bill's own section, which it lacks",
      language: "en",
      code: `Article 1\n\n1. Under this Act, except Article 9, fees are due.${TAIL.en}`,
      errors: [{ ...DANGLING, line: 3, column: 27, label: "Art. 1(1)" }],
    },
    {
      name: "`subsection (1) (c)` with a space: still checked, and subsection (1) has no (c)",
      language: "en",
      code: "Section 1. Removal\n\n(1) The Council may remove a member who—\n(a) is absent; or\n(b) is bankrupt.\n(2) A person removed under subsection (1) (c) may not serve again.",
      errors: [{ ...DANGLING, line: 6, column: 28, label: "s. 1(2)" }],
    },
    {
      name: "`subsection (1)(a) and (i)`: the letter (i), which subsection (1) does not have",
      language: "en",
      code: "Section 1. Members\n\n(1) The Commission consists of—\n(a) the Chief Justice; and\n(b) two advocates.\n(2) It sits without the members designated in terms of subsection (1)(a) and (i).",
      errors: [{ ...DANGLING, line: 6, column: 78, label: "s. 1(2)" }],
    },
    {
      name: "a schedule the bill has is checked: Schedule 3 where only Schedule 1 exists",
      language: "en",
      code: "Article 1\n\n1. The forms are set out in Schedule 3.\n\nSchedule 1\n\n1. Form of application.",
      errors: [{ ...DANGLING, line: 3, column: 29, label: "Art. 1(1)" }],
    },
    {
      name: "unnumbered paragraphs counted: Article 1(4) where Article 1 has two",
      language: "en",
      code: "Article 1\n\nThe Bank shall lend at cost.\n\nIt shall not hold shares.\n\nArticle 2\n\n1. The Bank may, subject to Article 1(4), sell securities.",
      errors: [{ ...DANGLING, line: 9, column: 29, label: "Art. 2(1)" }],
    },
    {
      name: "unnumbered parts counted (ru): часть пятая статьи 1 where Article 1 has two",
      language: "ru",
      code: "Статья 1\n\nБанк выдает кредиты по себестоимости.\n\nБанк не приобретает акции.\n\nСтатья 2\n\n1. Банк вправе с учетом части пятой статьи 1 продавать ценные бумаги.",
      errors: [{ ...DANGLING, line: 9, column: 25, label: "ст. 2 п. 1" }],
    },
  ],
});

describe("a line with thousands of references", () => {
  it("is read once, not once per reference: 60,000 dangling references on one line are all reported", () => {
    // in a child that is stopped if it runs on: reading the line again for each reference took
    // 21 s for 40,000 of them (quadratic)
    const run = runGuarded(
      'const r = m.lintText("1-бап\\n\\n1. " + "9-бабы ".repeat(60000) + "тыйым салынады.\\n", { filePath: "bill.md", language: "kk" }); const f = r.findings.filter((x) => x.ruleId === "structure/broken-cross-reference"); return [f.length, f[59999].range.start];',
    );
    expect(run).toEqual({
      timedOut: false,
      result: [60_000, { line: 3, column: 4 + 7 * 59_999, offset: 10 + 7 * 59_999 }],
      stderr: "",
    });
  });
});
