/**
 * R4 limitation/open-ended-discretion: the catalogue examples (RULES.md §4 A, R04-*), own cases in
 * several drafting styles, and hard negatives that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/limitation/open-ended-discretion.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const DISCRETION = { messageId: "discretion", subCode: "discretion", severity: "error" } as const;
const OPEN_LIST = { messageId: "openList", subCode: "open-list", severity: "error" } as const;
const OPEN_FORM = { messageId: "openForm", subCode: "open-form", severity: "error" } as const;

const R04_EN_X1 =
  "Article 5\n\n1. The akimat may deactivate a resident's city account in the cases listed in this Article and in other cases where it deems appropriate.";
const R04_RU_X1 =
  "Статья 5\n\n1. Министерство вправе приостановить выплату гранта, если сочтет это необходимым, а также по иным основаниям.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples (with the stub paragraph they cite, RULES.md §6.1) ----------------
    {
      name: "R04-en-v1",
      language: "en",
      code: "Article 5\n\n1. The akimat may deactivate a resident's city account only on the grounds exhaustively listed in paragraph 2 of this Article.\n2. The grounds are:\n(a) the death of the resident;\n(b) a written request of the resident.",
    },
    {
      name: "R04-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Министерство приостанавливает выплату гранта только по основаниям, исчерпывающе перечисленным в пункте 3 настоящей статьи.\n2. Решение о приостановлении может быть обжаловано в суд.\n3. Основаниями приостановления являются:\n1) нецелевое использование гранта;\n2) непредставление отчета в течение трех месяцев.",
    },
    {
      name: "R04-kk-v1 (own): suspension only on the grounds listed in the article",
      language: "kk",
      code: "5-бап\n\n1. Министрлік гранттың төленуін тек осы баптың 2-тармағында көзделген негіздер бойынша тоқтата тұрады.\n2. Гранттың төленуі мынадай жағдайларда ғана тоқтатыла тұрады:\n1) грант мақсатсыз пайдаланылса;\n2) есеп үш ай бойы ұсынылмаса.",
    },
    // --- hard negatives: the trigger words, used lawfully ----------------------------------------
    {
      name: "hard negative (en, tax code): discretion to extend a deadline or reduce a penalty is favourable",
      language: "en",
      code: "Article 7\n\n1. The tax authority may, at its discretion, extend the deadline for filing a return or reduce a late-filing penalty where the taxpayer shows good cause.",
    },
    {
      name: "hard negative (en, statute): a discretion bounded by criteria listed in the provision",
      language: "en",
      code: "Article 20\n\n1. The licensing authority may suspend the licence of a private security company where it considers that all of the following conditions are met:\n(a) the company has employed unlicensed guards;\n(b) it has been warned in writing;\n(c) it has failed to remedy the breach within thirty days.",
    },
    {
      name: "hard negative (ru, statute): other cases closed by the law itself",
      language: "ru",
      code: "Статья 5\n\n1. Уполномоченный орган вправе отказать в выдаче лицензии по основаниям, предусмотренным статьей 6 настоящего Закона, а также в других случаях, установленных законами Республики Казахстан.\n\nСтатья 6\n\n1. Основанием для отказа является представление недостоверных документов.",
    },
    {
      name: "hard negative (kk, statute): other cases set by the laws of the Republic",
      language: "kk",
      code: "5-бап\n\n1. Уәкілетті орган Қазақстан Республикасының заңдарында көзделген өзге де жағдайларда тіркеуден бас тартады.",
    },
    {
      name: "hard negative (en): other grounds set out in an article that exists",
      language: "en",
      code: "Article 5\n\n1. The Minister may suspend a licence on other grounds set out in Article 6 of this Law.\n\nArticle 6\n\n1. A licence is suspended where the licensee is declared bankrupt.",
    },
    {
      name: "hard negative (ru, by-law): «при необходимости» with a favourable power (extension)",
      language: "ru",
      code: "Статья 3\n\n1. Уполномоченный орган при необходимости вправе продлить срок рассмотрения заявления, но не более чем на десять рабочих дней.",
    },
    {
      name: "hard negative (ru): «иные меры, предусмотренные законодательством» and descriptive «и другие»",
      language: "ru",
      code: "Статья 5\n\n1. Акимат вправе приостановить работу объекта, а также принять иные меры, предусмотренные законодательством.\n2. Акимат вправе демонтировать рекламные конструкции, баннеры и другие объекты, размещенные с нарушением настоящей статьи.",
    },
    {
      name: "hard negative (en): a medium enumeration in a ban addressed to persons, and a court's discretion",
      language: "en",
      code: "Article 5\n\n1. Disclosure of such information in writing or otherwise is prohibited.\n2. The court may, at its discretion, suspend the sentence.",
    },
    {
      name: "definitions zone is not read",
      language: "en",
      code: 'Article 1. Definitions\n\n1. "suspension" means the withdrawal of a permit by the authority in other cases where it deems fit.',
    },
  ],

  invalid: [
    // --- catalogue ✗ examples ------------------------------------------------------------------
    {
      name: "R04-en-x1",
      language: "en",
      code: R04_EN_X1,
      errors: [
        {
          ...DISCRETION,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message: '("in other cases", "where it deems appropriate"): "deactivate"',
        },
      ],
    },
    {
      name: "R04-ru-x1",
      language: "ru",
      code: R04_RU_X1,
      errors: [
        {
          ...DISCRETION,
          line: 3,
          column: 4,
          label: "ст. 5 п. 1",
          suggestions: 1,
          message: "KZ Constitution 2026 (art. 41(1))",
        },
      ],
    },
    {
      name: "R04-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Министрлік қажет деп тапса, сондай-ақ өзге де негіздер бойынша гранттың төленуін тоқтата тұруға құқылы.",
      errors: [{ ...DISCRETION, line: 3, column: 4, label: "5-бап 1-тармақ", message: '"тоқтата тұруға"' }],
    },
    // --- own cases -----------------------------------------------------------------------------
    {
      name: "statute (en): on other grounds at its discretion",
      language: "en",
      code: "Article 14\n\n1. The transport inspectorate may withdraw a taxi driver's permit where the driver has been fined three times within one year, and on other grounds at its discretion.\n2. The driver may appeal against the withdrawal to a court.",
      errors: [{ ...DISCRETION, line: 3, column: 4, label: "Art. 14(1)" }],
    },
    {
      name: "plain English (en): the open list alone, deletable",
      language: "en",
      code: "Article 8\n\n1. The Minister can cancel a market trader's permit for late payment of fees or for any other reason.",
      errors: [
        {
          ...OPEN_LIST,
          line: 3,
          column: 4,
          label: "Art. 8(1)",
          suggestions: 1,
          message: '("for any other reason"): "cancel"',
        },
      ],
    },
    {
      name: "by-law list (en): the open case is a point, the power is in the chapeau (same provision only)",
      language: "en",
      code: "Article 5\n\n1. The authority may refuse registration where:\n1) the documents are incomplete;\n2) in other cases.",
      errors: [
        {
          ...OPEN_LIST,
          line: 5,
          column: 4,
          label: "Art. 5(1)(2)",
          message: "(the open term is in the same provision, not in the clause of the power)",
        },
      ],
    },
    {
      name: "code (ru): «в иных случаях, установленных уполномоченным органом» is left to the executive",
      language: "ru",
      code: "Статья 5\n\n1. Уполномоченный орган вправе отказать в регистрации в иных случаях, установленных уполномоченным органом.",
      errors: [{ ...OPEN_LIST, line: 3, column: 4, label: "ст. 5 п. 1" }],
    },
    {
      name: "by-law (ru): «при необходимости» with a suspension",
      language: "ru",
      code: "Статья 5\n\n1. Уполномоченный орган при необходимости приостанавливает действие разрешения.",
      errors: [{ ...DISCRETION, line: 3, column: 4, label: "ст. 5 п. 1", message: '("при необходимости")' }],
    },
    {
      name: "statute (kk): open choice of measures",
      language: "kk",
      code: "4-бап\n\n1. Уәкілетті орган тасымалдаушыға айыппұл салу, рұқсатын тоқтата тұру немесе өзге нысанда шектеу шараларын қолдануға құқылы.\n2. Уәкілетті органның шешіміне сотқа шағым жасалуы мүмкін.",
      errors: [{ ...OPEN_FORM, line: 3, column: 4, label: "4-бап 1-тармақ", message: '("өзге нысанда")' }],
    },
    {
      name: "amendment (ru): the quoted new wording opens the grounds",
      language: "ru",
      code: "Статья 1\n\nПункт 2 статьи 9 Закона Республики Казахстан «О лицензировании» изложить в следующей редакции:\n«2. Лицензиар вправе приостановить действие лицензии по своему усмотрению.».",
      errors: [{ ...DISCRETION, line: 3, column: 1, label: "ст. 1 абз. 1" }],
    },
    {
      name: "constitution style (en): a dangling reference does not close the open grounds",
      language: "en",
      code: "Article 5\n\n1. The Minister may suspend a licence on other grounds set out in Article 99 of this Law.",
      errors: [{ ...OPEN_LIST, line: 3, column: 4, label: "Art. 5(1)" }],
    },
    {
      name: "second clause (en): the range is the clause with the open term",
      language: "en",
      code: "Article 5\n\n1. A permit is valid for one year; the akimat may revoke it if it considers the holder unreliable.",
      errors: [{ ...DISCRETION, line: 3, column: 36, label: "Art. 5(1)" }],
    },
  ],
});

describe("limitation/open-ended-discretion profiles, confidence and suggestions", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  const apply = (language: "en" | "ru" | "kk", code: string): string => {
    const [finding] = tester.findings(rule, { language, code });
    const change = finding?.suggestions[0]?.edits[0];
    if (!change) return code;
    return code.slice(0, change.range.start.offset) + change.text + code.slice(change.range.end.offset);
  };

  it("cites the profile's own limitation clause (iccpr vs kz-1995), error in both", () => {
    const [iccpr] = tester.findings(rule, { language: "ru", code: R04_RU_X1, profile: "iccpr" });
    const [kz95] = tester.findings(rule, { language: "ru", code: R04_RU_X1, profile: "kz-1995" });
    expect(iccpr?.severity).toBe("error");
    expect(iccpr?.message).toContain("ICCPR (art. 19(3), art. 18(3), art. 21, art. 22(2))");
    expect(kz95?.severity).toBe("error");
    expect(kz95?.principle).toEqual(["KZ Constitution 1995 art. 39(1)"]);
  });

  it("follows a profile's severity and is silent where the profile turns it off", () => {
    const warn = { id: "custom-warn", citation: "Custom", ruleSeverity: { [rule.meta.id]: "warning" as const } };
    const off = { id: "custom-off", citation: "Custom", ruleSeverity: { [rule.meta.id]: "off" as const } };
    expect(tester.findings(rule, { language: "en", code: R04_EN_X1, profile: warn })[0]?.severity).toBe("warning");
    expect(tester.findings(rule, { language: "en", code: R04_EN_X1, profile: off })).toEqual([]);
  });

  it("gives medium confidence in the clause, low when only in the same provision", () => {
    expect(tester.findings(rule, { language: "en", code: R04_EN_X1 })[0]?.confidence).toBe(0.7);
    const chapeau =
      "Article 5\n\n1. The authority may refuse registration where:\n1) the documents are incomplete;\n2) in other cases.";
    expect(tester.findings(rule, { language: "en", code: chapeau })[0]?.confidence).toBe(0.5);
  });

  it("suggests deleting an open list that ends the clause", () => {
    expect(apply("ru", R04_RU_X1)).toContain("если сочтет это необходимым.");
    expect(apply("ru", R04_RU_X1)).not.toContain("по иным основаниям");
    expect(
      apply(
        "en",
        "Article 8\n\n1. The Minister can cancel a market trader's permit for late payment of fees or for any other reason.",
      ),
    ).toContain("for late payment of fees.");
  });
});

// A view bound to a finding of breach, criteria in a later sentence of the provision, a private
// party's view, and "or otherwise" that widens another verb are not open-ended restrictive powers.
new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    {
      name: "hard negative (en): the ministry's view is that the operator breaches its licence terms",
      language: "en",
      code: "Article 9\n\n2. The ministry may suspend the broadcasting licence where it considers that the operator is in breach of the conditions of that licence.",
    },
    {
      name: "hard negative (en): a private agent ends its own mandate when it deems fit",
      language: "en",
      code: "Article 9\n\n3. The appointed agent shall terminate the agency contract with the importer if it deems appropriate.",
    },
    {
      name: "hard negative (en): criteria in the next sentence of the same paragraph",
      language: "en",
      code: "Article 9\n\n4. The ministry may suspend the broadcasting licence where it considers it justified. All of the following conditions must then be met: the breach is serious, it was repeated and the operator was warned.",
    },
    {
      name: "hard negative (en): 'or otherwise' widens a verb that restricts nothing",
      language: "en",
      code: "Article 9\n\n5. Sums granted or otherwise made available to a newspaper under this Article may not be used for advertising prohibited by the ministry.",
    },
    {
      name: "hard negative (ru): усмотрение ограничено выводом о нарушении",
      language: "ru",
      code: "Статья 9\n\n2. Министерство вправе приостановить лицензию на вещание, если сочтет, что оператор нарушает условия лицензии.",
    },
    {
      name: "hard negative (kk): министрлік оператордың лицензия шарттарын бұзғанын анықтаса",
      language: "kk",
      code: "9-бап\n\n2. Министрлік оператор лицензия шарттарын бұзғаны анықталса және қажет деп тапса, хабар тарату лицензиясын тоқтата тұруға құқылы.",
    },
  ],
  invalid: [
    {
      name: "still fires (en): the ministry suspends where it deems it appropriate",
      language: "en",
      code: "Article 9\n\n2. The ministry may suspend the broadcasting licence where it deems it appropriate.",
      errors: [{ ...DISCRETION, line: 3, column: 4 }],
    },
    {
      name: "still fires (en): suspended temporarily or otherwise restricted",
      language: "en",
      code: "Article 9\n\n5. A rally may be suspended temporarily or otherwise restricted by the akimat.",
      errors: [{ ...OPEN_FORM, line: 3, column: 4 }],
    },
    {
      name: "still fires (ru): министерство приостанавливает, если сочтет нужным",
      language: "ru",
      code: "Статья 9\n\n2. Министерство вправе приостановить лицензию на вещание, если сочтет это необходимым.",
      errors: [{ ...DISCRETION, line: 3, column: 4 }],
    },
    {
      name: "still fires (kk): министрлік қажет деп тапса тоқтата тұрады",
      language: "kk",
      code: "9-бап\n\n2. Министрлік қажет деп тапса, хабар тарату лицензиясын тоқтата тұруға құқылы.",
      errors: [{ ...DISCRETION, line: 3, column: 4 }],
    },
  ],
});
