/**
 * R37 structure/duplicate-article-number: the catalogue examples (RULES.md §4 K, R37-*) expanded into
 * small bills, own cases in several drafting styles, and hard negatives (inserted numbers, repealed
 * units, quoted amending text, annexes and chapters that restart their numbering).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/structure/duplicate-article-number.js";
import { RuleTester } from "../../../src/engine/api.js";
import { bill, constitution } from "./bills.js";

RuleTester.describe = describe;
RuleTester.it = it;

const DUP = { messageId: "duplicate", severity: "error" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R37-en-v1: Article 8 and an inserted Article 8-1",
      language: "en",
      code: bill(
        "LICENSING BILL",
        "",
        "Article 8. Licence fees",
        "1. The licence fee is paid annually.",
        "",
        "Article 8-1. Exemptions",
        "1. Small businesses are exempt from the licence fee.",
      ),
    },
    {
      name: "R37-ru-v1: Статья 8 and Статья 8-1",
      language: "ru",
      code: bill(
        "ЗАКОН О ЛИЦЕНЗИРОВАНИИ",
        "",
        "Статья 8. Плата за лицензию",
        "1. Плата за лицензию вносится ежегодно.",
        "",
        "Статья 8-1. Льготы",
        "1. Субъекты малого предпринимательства освобождаются от платы.",
      ),
    },
    {
      name: "R37-kk-v1 (own): 8-бап and 8-1-бап",
      language: "kk",
      code: bill(
        "ЛИЦЕНЗИЯЛАУ ТУРАЛЫ ЗАҢ",
        "",
        "8-бап. Лицензия үшін төлем",
        "1. Лицензия үшін төлем жыл сайын енгізіледі.",
        "",
        "8-1-бап. Жеңілдіктер",
        "1. Шағын кәсіпкерлік субъектілері төлемнен босатылады.",
      ),
    },
    // --- hard negatives -------------------------------------------------------------------
    {
      name: "statute (en): inserted articles 7-1 and 7.2 after 7 are different numbers",
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
      name: "repealed article next to a new article with the same number (en)",
      language: "en",
      code: bill("Article 4. [Repealed]", "", "Article 4. Supervision", "1. The Commissioner supervises compliance."),
    },
    {
      name: "by-law (ru): two chapters, each with its own paragraph 1",
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
      name: "code (ru, Markdown): article numbering restarts in each chapter",
      language: "ru",
      code: bill(
        "# Кодекс о лицензировании",
        "",
        "## Глава 1. Общие положения",
        "",
        "### Статья 1. Задачи",
        "",
        "1. Кодекс определяет порядок лицензирования.",
        "",
        "## Глава 2. Нарушения",
        "",
        "### Статья 1. Деятельность без лицензии",
        "",
        "1. Деятельность без лицензии влечет штраф.",
        "",
        "### Статья 2. Нарушение условий лицензии",
        "",
        "1. Нарушение условий лицензии влечет предупреждение.",
      ),
    },
    {
      name: "annex (en): the annex restarts its own numbering at Article 1",
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
      name: "amending bill (en): numbers inside quoted amending text",
      language: "en",
      code: bill(
        "Article 1. Amendments to the Licensing Law",
        "1. Article 9 of the Licensing Law is replaced by the following:",
        '"Article 9. Fees',
        "1. The fee is set by the Government.",
        "1. The fee is paid to the state budget.",
        '2. Exempted persons pay nothing."',
        "2. Article 10 of the Licensing Law is repealed.",
      ),
    },
    {
      name: "amending bill (ru): quoted new wording of two articles numbered 8",
      language: "ru",
      code: bill(
        "Статья 1.",
        "Внести в Закон о лицензировании следующие изменения:",
        "1) статью 8 изложить в следующей редакции:",
        "«Статья 8. Плата за лицензию",
        "1. Плата взимается ежегодно.",
        "1. Плата зачисляется в бюджет.»;",
        "2) дополнить статьей 8-1 следующего содержания:",
        "«Статья 8-1. Льготы",
        "1. Льготы устанавливаются Правительством.»",
      ),
    },
    {
      name: "consolidated text (en): two versions of Article 8 marked <!-- version -->",
      language: "en",
      code: bill(
        "Article 8. Licence fees (in force until 31 December 2026)",
        "1. The fee is 100 units.",
        "",
        "<!-- version: from 1 January 2027 -->",
        "",
        "Article 8. Licence fees (in force from 1 January 2027)",
        "1. The fee is 120 units.",
      ),
    },
    {
      name: "constitution (en, Markdown): roman sections I–III each with articles numbered through",
      language: "en",
      code: constitution("III"),
    },
    {
      name: "constitution (en): two lists in one paragraph, each from 1), the first closed by a full stop",
      language: "en",
      code: bill(
        "Article 52",
        "5. The powers of a deputy cease on resignation or death.",
        "A deputy is deprived of the mandate in the following cases:",
        "1) departure for permanent residence abroad;",
        "2) loss of citizenship.",
        "A deputy of the Mazhilis loses the mandate in the case of:",
        "1) withdrawal from the party that nominated him or her;",
        "2) termination of the activities of that party.",
      ),
    },
    {
      name: "order (kk): points а) and б) in Cyrillic, and dashes that carry no number",
      language: "kk",
      code: bill(
        "5-бап. Өтініш",
        "1. Өтінішке мыналар қоса беріледі:",
        "а) жеке басты куәландыратын құжат;",
        "б) төлем туралы құжат.",
        "2. Өтініш:",
        "- қағаз жүзінде;",
        "- электрондық нысанда беріледі.",
      ),
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R37-en-x1",
      language: "en",
      code: bill(
        "LICENSING BILL",
        "",
        "Article 8. Licence fees",
        "1. The licence fee is paid annually.",
        "",
        "Article 8. Exemptions",
        "1. Small businesses are exempt from the licence fee.",
      ),
      errors: [
        {
          ...DUP,
          line: 6,
          column: 1,
          label: "Art. 8",
          message: 'Article 8 appears twice in the act ("Article 8" at lines 3 and 6)',
        },
      ],
    },
    {
      name: "R37-ru-x1",
      language: "ru",
      code: bill(
        "ЗАКОН О ЛИЦЕНЗИРОВАНИИ",
        "",
        "Статья 8. Плата за лицензию",
        "1. Плата за лицензию вносится ежегодно.",
        "",
        "Статья 8. Льготы",
        "1. Субъекты малого предпринимательства освобождаются от платы.",
      ),
      errors: [{ ...DUP, line: 6, column: 1, label: "ст. 8", message: '("Статья 8" at lines 3 and 6)' }],
    },
    {
      name: "R37-kk-x1",
      language: "kk",
      code: bill(
        "ЛИЦЕНЗИЯЛАУ ТУРАЛЫ ЗАҢ",
        "",
        "8-бап. Лицензия үшін төлем",
        "1. Лицензия үшін төлем жыл сайын енгізіледі.",
        "",
        "8-бап. Жеңілдіктер",
        "1. Шағын кәсіпкерлік субъектілері төлемнен босатылады.",
      ),
      errors: [{ ...DUP, line: 6, column: 1, label: "8-бап", message: '("8-1-бап")' }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "code (ru): Статья 5 in chapter 1 and again in chapter 2 (articles number through chapters)",
      language: "ru",
      code: bill(
        "Глава 1. Общие положения",
        "",
        "Статья 4. Задачи",
        "1. Задачи кодекса.",
        "",
        "Статья 5. Принципы",
        "1. Принципы лицензирования.",
        "",
        "Глава 2. Лицензии",
        "",
        "Статья 5. Виды лицензий",
        "1. Лицензии бывают генеральные и разовые.",
      ),
      errors: [{ ...DUP, line: 11, column: 1, label: "ст. 5", message: "Article 5 appears twice in the act" }],
    },
    {
      name: "statute (en): subsection (2) twice in section 2",
      language: "en",
      code: bill(
        "DATA PROTECTION ACT",
        "",
        "Section 1. Interpretation",
        "(1) In this Act, data means personal data.",
        "",
        "Section 2. Powers of the Commissioner",
        "(1) The Commissioner may request information.",
        "(2) The Commissioner may carry out an audit.",
        "(2) The Commissioner may issue a warning.",
      ),
      errors: [
        {
          ...DUP,
          line: 9,
          column: 1,
          label: "s. 2(2)",
          message: 'Subsection (2) appears twice in s. 2 ("(2)" at lines 8 and 9)',
        },
      ],
    },
    {
      // the parser reads the order's lead-in as an alinea holding the numbered paragraphs
      name: "order (ru): subparagraph 1) twice under paragraph 2",
      language: "ru",
      code: bill(
        "ПРИКАЗ",
        "Министра цифрового развития",
        "",
        "ПРИКАЗЫВАЮ:",
        "1. Утвердить прилагаемые Правила.",
        "2. Департаменту обеспечить:",
        "1) государственную регистрацию настоящего приказа;",
        "1) размещение настоящего приказа на интернет-ресурсе.",
        "3. Настоящий приказ вводится в действие по истечении десяти дней.",
      ),
      errors: [
        {
          ...DUP,
          line: 8,
          column: 1,
          label: "абз. 2 п. 2 пп. 1)",
          message: "Subparagraph 1) appears twice in абз. 2 п. 2",
        },
      ],
    },
    {
      name: "Markdown bill (en): Article 7-1 and Article 7.1 are the same number",
      language: "en",
      code: bill(
        "# Digital Services Bill",
        "",
        "### Article 7. Scope",
        "",
        "1. This Law applies to platforms.",
        "",
        "### Article 7-1. Registers",
        "",
        "1. The register is public.",
        "",
        "### Article 7.1. Notices",
        "",
        "1. Notices are published online.",
      ),
      errors: [{ ...DUP, line: 11, column: 5, label: "Art. 7.1", message: "Article 7.1 appears twice in the act" }],
    },
    {
      name: "constitution (en, Markdown): Section II twice",
      language: "en",
      code: constitution("II"),
      errors: [{ ...DUP, line: 15, column: 4, label: "Section II", message: "Section II appears twice in the act" }],
    },
    {
      name: "annex (en): Article 2 twice inside Annex 1",
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
        "Article 2. Form B",
        "1. Address of the applicant.",
        "",
        "Article 2. Form C",
        "1. Signature of the applicant.",
      ),
      errors: [{ ...DUP, line: 12, column: 1, label: "Art. 2", message: "Article 2 appears twice in Annex 1" }],
    },
    {
      name: "law (kk): point б) twice in Cyrillic",
      language: "kk",
      code: bill(
        "5-бап. Өтініш",
        "1. Өтінішке мыналар қоса беріледі:",
        "а) жеке басты куәландыратын құжат;",
        "б) төлем туралы құжат;",
        "б) мекенжай туралы анықтама.",
      ),
      errors: [{ ...DUP, line: 5, column: 1, label: "5-бап 1-тармақ б) тармақша", message: "Subparagraph б)" }],
    },
    {
      name: "statute (en): Chapter 2 twice",
      language: "en",
      code: bill(
        "Chapter 1. General provisions",
        "",
        "Article 1. Purpose",
        "1. This Law regulates licensing.",
        "",
        "Chapter 2. Licences",
        "",
        "Article 2. Kinds of licence",
        "1. Licences are general or single.",
        "",
        "Chapter 2. Final provisions",
        "",
        "Article 3. Entry into force",
        "1. This Law enters into force on 1 January 2027.",
      ),
      errors: [{ ...DUP, line: 11, column: 1, label: "Ch. 2", message: "Chapter 2 appears twice in the act" }],
    },
  ],
});

describe("structure/duplicate-article-number across profiles", () => {
  it("reports the same finding under every profile", () => {
    const code = bill("Article 8. Licence fees", "1. The fee is paid.", "", "Article 8. Exemptions", "1. None.");
    const tester = new RuleTester();
    const under = (profile: string) =>
      tester.findings(rule, { code, language: "en", profile }).map(({ profile: _p, ...rest }) => rest);
    expect(under("kz-2026")).toEqual(under("iccpr"));
    expect(under("kz-2026")[0]?.principle).toEqual([]);
  });
});
