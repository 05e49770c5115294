/**
 * R38 structure/numbering-gap: the catalogue examples (RULES.md §4 K, R38-*) expanded into small
 * bills, own cases in several drafting styles, and hard negatives (inserted numbers, repealed units,
 * reserved markers, flattened superscripts, annexes and chapters that restart their numbering).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/structure/numbering-gap.js";
import { RuleTester } from "../../../src/engine/api.js";
import { bill, constitution } from "./bills.js";

RuleTester.describe = describe;
RuleTester.it = it;

const GAP = { messageId: "missing", severity: "info" } as const;
const GAPS = { messageId: "missingSeveral", severity: "info" } as const;

/** Articles 3 and 5 around `middle` (nothing, a repealed Article 4, a marker), per language. */
const en = (...middle: string[]) =>
  bill(
    "LICENSING BILL",
    "",
    "Article 3. Notice",
    "1. The applicant is notified in writing.",
    "",
    ...middle,
    "Article 5. Fees",
    "1. The licence fee is paid annually.",
  );
const ru = (...middle: string[]) =>
  bill(
    "ЗАКОН О ЛИЦЕНЗИРОВАНИИ",
    "",
    "Статья 3. Уведомление",
    "1. Заявитель уведомляется в письменной форме.",
    "",
    ...middle,
    "Статья 5. Плата",
    "1. Плата за лицензию вносится ежегодно.",
  );
const kk = (...middle: string[]) =>
  bill(
    "ЛИЦЕНЗИЯЛАУ ТУРАЛЫ ЗАҢ",
    "",
    "3-бап. Хабарлама",
    "1. Өтініш беруші жазбаша хабардар етіледі.",
    "",
    ...middle,
    "5-бап. Төлем",
    "1. Лицензия үшін төлем жыл сайын енгізіледі.",
  );

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    { name: "R38-en-v1: Article 4. [Repealed]", language: "en", code: en("Article 4. [Repealed]", "") },
    { name: "R38-ru-v1: Статья 4. Исключена.", language: "ru", code: ru("Статья 4. Исключена.", "") },
    { name: "R38-kk-v1: 4-бап. Алып тасталды.", language: "kk", code: kk("4-бап. Алып тасталды.", "") },
    // --- hard negatives -------------------------------------------------------------------
    {
      name: "reserved marker (en): <!-- reserved --> where Article 4 would be",
      language: "en",
      code: en("<!-- reserved -->", ""),
    },
    {
      name: "reserved marker (ru) for a paragraph, with a custom marker text",
      language: "ru",
      options: { reservedMarker: "<!-- зарезервировано -->" },
      code: bill(
        "Статья 3. Уведомление",
        "1. Заявитель уведомляется в письменной форме.",
        "<!-- зарезервировано: пункт 2 -->",
        "3. Уведомление направляется в течение трех дней.",
      ),
    },
    {
      name: "statute (en): inserted Articles 7-1 and 7.2 do not break 7 → 8",
      language: "en",
      code: bill(
        "Article 7. Scope",
        "1. This Law applies to providers.",
        "",
        "Article 7-1. Registers",
        "1. The register is public.",
        "",
        "Article 7.2. Fees",
        "1. No fee is charged.",
        "",
        "Article 8. Entry into force",
        "1. This Law enters into force on 1 January 2027.",
      ),
    },
    {
      name: "code (ru): flattened superscript Статья 671 is 67¹, between 67 and 68",
      language: "ru",
      code: bill(
        "Статья 67. Штрафы",
        "1. Штраф налагается судом.",
        "",
        "Статья 671. Предупреждение",
        "1. Предупреждение выносится в письменной форме.",
        "",
        "Статья 68. Конфискация",
        "1. Конфискация применяется по решению суда.",
      ),
    },
    {
      name: "annex (en): numbering restarts at Article 1 in the annex",
      language: "en",
      code: bill(
        "Article 1. Forms",
        "1. Applications are made on the forms in Annex 1.",
        "",
        "Article 2. Entry into force",
        "1. This Law enters into force on 1 January 2027.",
        "",
        "Annex 1. Application forms",
        "",
        "Article 1. Form A",
        "1. Name of the applicant.",
        "",
        "Article 2. Form B",
        "1. Address of the applicant.",
      ),
    },
    {
      name: "by-law (ru): two chapters, each with its own paragraphs from 1",
      language: "ru",
      code: bill(
        "ПРАВИЛА ВЫДАЧИ ЛИЦЕНЗИЙ",
        "",
        "Глава 1. Общие положения",
        "1. Настоящие Правила определяют порядок выдачи лицензий.",
        "2. Лицензия выдается уполномоченным органом.",
        "",
        "Глава 2. Порядок выдачи",
        "1. Заявление подается в электронной форме.",
        "2. Лицензия выдается в течение десяти рабочих дней.",
      ),
    },
    {
      name: "order (ru): points а) б) в) and и) к) in Cyrillic (й is skipped in lists)",
      language: "ru",
      code: bill(
        "Статья 2. Документы",
        "1. К заявлению прилагаются:",
        "а) копия документа, удостоверяющего личность;",
        "б) справка об отсутствии задолженности;",
        "в) квитанция об уплате сбора.",
        "2. Заявление содержит:",
        "и) фамилию заявителя;",
        "к) адрес заявителя.",
      ),
    },
    {
      name: "law (kk): points а) ә) б) follow the Kazakh alphabet",
      language: "kk",
      code: bill(
        "5-бап. Өтініш",
        "1. Өтінішке мыналар қоса беріледі:",
        "а) жеке басты куәландыратын құжат;",
        "ә) төлем туралы құжат;",
        "б) мекенжай туралы анықтама.",
      ),
    },
    {
      name: "constitution (en, Markdown): roman sections I, II, III",
      language: "en",
      code: constitution("III"),
    },
    {
      name: "amending bill (en): a gap inside quoted amending text is the amended act's",
      language: "en",
      code: bill(
        "Article 1. Amendments to the Licensing Law",
        "1. Article 9 of the Licensing Law is replaced by the following:",
        '"Article 9. Fees',
        "1. The fee is set by the Government.",
        '3. Exempted persons pay nothing."',
        "2. Article 10 of the Licensing Law is repealed.",
      ),
    },
    {
      name: "consolidated excerpt (en): sections I and VII, articles 3 and 83 — the rest is left out",
      language: "en",
      code: bill(
        "THE CONSTITUTION OF THE REPUBLIC",
        "(consolidated excerpt)",
        "",
        "Section I",
        "General provisions",
        "",
        "Article 3",
        "1. The Republic recognises and guarantees human rights.",
        "",
        "Section VII",
        "The Commissioner for Human Rights",
        "",
        "Article 83",
        "1. Parliament appoints the Commissioner for Human Rights.",
        "3. The Commissioner is independent.",
      ),
    },
    {
      name: "excerpt (ru, Markdown): «(выдержка)» in the title",
      language: "ru",
      code: bill(
        "# Об утверждении Кодекса цифровых государственных услуг (выдержка)",
        "",
        "### Статья 3. Принципы",
        "",
        "1. Услуги оказываются в электронной форме.",
        "",
        "### Статья 7. Сроки",
        "",
        "1. Услуга оказывается в течение трех дней.",
      ),
    },
    {
      name: "excerpt (kk, Markdown): a code excerpt starting at 12-бап has no gap before it",
      language: "kk",
      code: bill(
        "# Әкімшілік құқық бұзушылық туралы кодекс (үзінді)",
        "",
        "### 12-бап. Айыппұл",
        "",
        "1. Айыппұлды сот салады.",
        "",
        "### 13-бап. Ескерту",
        "",
        "1. Ескерту жазбаша нысанда жасалады.",
      ),
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
  ],

  invalid: [
    {
      name: "en: a line that names the missing articles without repealing them keeps the gap",
      language: "en",
      code: "Article 14\n\nText one; articles 15 to 20 apply to it.\n\nArticle 21\n\nText two.",
      errors: [{ ...GAPS, line: 5, column: 1, label: "Art. 21" }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R38-en-x1",
      language: "en",
      code: en(),
      errors: [
        {
          ...GAP,
          line: 6,
          column: 1,
          label: "Art. 5",
          message:
            'Article 4 is missing between 3 and 5 in the act: a lost or unmarked repeal, or a renumbering left half done (legal certainty, Venice Commission Rule of Law Checklist II.B.1). If a number was repealed, keep its place as "Article 4. [Repealed]"',
        },
      ],
    },
    {
      name: "R38-ru-x1",
      language: "ru",
      code: ru(),
      errors: [
        {
          ...GAP,
          line: 6,
          column: 1,
          label: "ст. 5",
          message:
            'Article 4 is missing between 3 and 5 in the act: a lost or unmarked repeal, or a renumbering left half done (legal certainty, Venice Commission Rule of Law Checklist II.B.1). If a number was repealed, keep its place as "Статья 4. Исключена."',
        },
      ],
    },
    {
      name: "R38-kk-x1",
      language: "kk",
      code: kk(),
      errors: [{ ...GAP, line: 6, column: 1, label: "5-бап", message: '"4-бап. Алып тасталды."' }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "a marker that is not the configured one does not reserve the number (en)",
      language: "en",
      options: { reservedMarker: "vacant" },
      code: en("<!-- reserved -->", ""),
      errors: [{ ...GAP, line: 8, column: 1, label: "Art. 5", message: "mark the place with <!-- vacant -->" }],
    },
    {
      name: "constitution (en, Markdown): Section III missing between II and IV",
      language: "en",
      code: constitution("IV"),
      errors: [
        { ...GAP, line: 15, column: 4, label: "Section IV", message: "Section III is missing between II and IV" },
      ],
    },
    {
      name: "statute (en): subsection (3) missing, and points (c) to (e)",
      language: "en",
      code: bill(
        "DATA PROTECTION ACT",
        "",
        "Section 2. Powers of the Commissioner",
        "(1) The Commissioner may:",
        "(a) request information;",
        "(b) carry out an audit;",
        "(f) issue a warning.",
        "(2) The Commissioner reports to Parliament.",
        "(4) The Commissioner publishes an annual report.",
      ),
      errors: [
        {
          ...GAPS,
          line: 7,
          column: 1,
          label: "s. 2(1)(f)",
          message: "Points (c) to (e) are missing between (b) and (f)",
        },
        {
          ...GAP,
          line: 9,
          column: 1,
          label: "s. 2(4)",
          message: "Subsection (3) is missing between (2) and (4) in s. 2",
        },
      ],
    },
    {
      name: "code (ru): Статья 3 missing across a chapter boundary (articles number through chapters)",
      language: "ru",
      code: bill(
        "Глава 1. Общие положения",
        "",
        "Статья 1. Задачи",
        "1. Задачи кодекса.",
        "",
        "Статья 2. Принципы",
        "1. Принципы лицензирования.",
        "",
        "Глава 2. Лицензии",
        "",
        "Статья 4. Виды лицензий",
        "1. Лицензии бывают генеральные и разовые.",
      ),
      errors: [
        { ...GAP, line: 11, column: 1, label: "ст. 4", message: "Article 3 is missing between 2 and 4 in the act" },
      ],
    },
    {
      name: "order (ru): points 1), 2), 4) of an order",
      language: "ru",
      code: bill(
        "Статья 1.",
        "1. Департаменту обеспечить:",
        "1) государственную регистрацию настоящего приказа;",
        "2) размещение настоящего приказа на интернет-ресурсе;",
        "4) представление сведений об исполнении.",
      ),
      errors: [
        {
          ...GAP,
          line: 5,
          column: 1,
          label: "ст. 1 п. 1 пп. 4)",
          message:
            'Subparagraph 3) is missing between 2) and 4) in ст. 1 п. 1: a lost or unmarked repeal, or a renumbering left half done (legal certainty, Venice Commission Rule of Law Checklist II.B.1). If a number was repealed, keep its place as "3) Исключен."',
        },
      ],
    },
    {
      name: "law (kk): point в) missing between б) and г)",
      language: "kk",
      code: bill(
        "5-бап. Өтініш",
        "1. Өтінішке мыналар қоса беріледі:",
        "а) жеке басты куәландыратын құжат;",
        "б) төлем туралы құжат;",
        "г) мекенжай туралы анықтама.",
      ),
      errors: [
        {
          ...GAP,
          line: 5,
          column: 1,
          label: "5-бап 1-тармақ г) тармақша",
          message: "Subparagraph в) is missing between б) and г)",
        },
      ],
    },
    {
      name: "Markdown bill (en): Articles 4 and 5 missing after an inserted 3-1",
      language: "en",
      code: bill(
        "# Digital Services Bill",
        "",
        "### Article 3. Notice",
        "",
        "1. The provider is notified in writing.",
        "",
        "### Article 3-1. Registers",
        "",
        "1. The register is public.",
        "",
        "### Article 6. Fees",
        "",
        "1. No fee is charged.",
      ),
      errors: [
        { ...GAPS, line: 11, column: 5, label: "Art. 6", message: "Articles 4 and 5 are missing between 3-1 and 6" },
      ],
    },
    {
      name: "annex (en): Article 2 missing inside Annex 1, restarted at 1",
      language: "en",
      code: bill(
        "Article 1. Forms",
        "1. Applications are made on the forms in Annex 1.",
        "",
        "Annex 1. Application forms",
        "",
        "Article 1. Form A",
        "1. Name of the applicant.",
        "",
        "Article 3. Form C",
        "1. Signature of the applicant.",
      ),
      errors: [
        { ...GAP, line: 9, column: 1, label: "Art. 3", message: "Article 2 is missing between 1 and 3 in Annex 1" },
      ],
    },
    {
      name: "statute (en): the repealed form offered for a missing paragraph is written like its neighbours",
      language: "en",
      code: bill("Article 5. Powers", "1. Inspectors may enter premises.", "3. Inspectors may require documents."),
      errors: [{ ...GAP, line: 3, column: 1, label: "Art. 5(3)", message: 'keep its place as "2. [Repealed]"' }],
    },
    {
      name: "fixture oddities (en): Article 4 and paragraph 2 of Article 5 missing",
      language: "en",
      code: bill(
        "Article 3. Notice of inspection",
        "1. The provider shall be notified in writing.",
        "",
        "Article 5. Powers of inspectors",
        "1. Inspectors may enter the premises of a provider.",
        "3. Inspectors may require the provider to disclose information.",
      ),
      errors: [
        { ...GAP, line: 4, column: 1, label: "Art. 5", message: "Article 4 is missing between 3 and 5" },
        { ...GAP, line: 6, column: 1, label: "Art. 5(3)", message: "Paragraph 2 is missing between 1 and 3 in Art. 5" },
      ],
    },
  ],
});

describe("structure/numbering-gap across profiles", () => {
  it("reports the same finding under every profile", () => {
    const tester = new RuleTester();
    const under = (profile: string) =>
      tester.findings(rule, { code: en(), language: "en", profile }).map(({ profile: _p, ...rest }) => rest);
    expect(under("kz-2026")).toEqual(under("iccpr"));
    expect(under("kz-2026")[0]?.principle).toEqual([]);
  });
});
