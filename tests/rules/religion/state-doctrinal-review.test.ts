/**
 * R12 religion/state-doctrinal-review: the catalogue examples (RULES.md §4 B, R12-*), own cases in
 * several drafting styles, and hard negatives that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/religion/state-doctrinal-review.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const EXPERT = { messageId: "expertReview", subCode: "expert-review", severity: "error" } as const;
const LITERATURE = { messageId: "literatureControl", subCode: "literature-control", severity: "error" } as const;
const PLACES = { messageId: "distributionPlaces", subCode: "distribution-places", severity: "error" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R12-en-v1",
      language: "en",
      code: "Article 5\n\n1. Textbooks for religious schools are checked only against the safety and teaching standards that apply to all private schools; their doctrine is not assessed.",
    },
    {
      name: "R12-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Учебники для религиозных школ проверяются только на соответствие санитарным и педагогическим требованиям, общим для всех частных школ; оценка вероучения не проводится.",
    },
    {
      name: "R12-kk-v1 (own: only sanitary and teaching standards, doctrine not assessed)",
      language: "kk",
      code: "5-бап\n\n1. Діни мектептерге арналған оқулықтар барлық жеке меншік мектептерге ортақ санитариялық және педагогикалық талаптарға сәйкестігі тұрғысынан ғана тексеріледі; олардың ілімі бағаланбайды.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (en, code of criminal procedure): a court orders an expert examination of one item",
      language: "en",
      code: "Article 243\n\n1. In a criminal case concerning incitement to violence, the court may order a religious-studies expert examination of a specific book seized as evidence.",
    },
    {
      name: "hard negative (ru): an investigator's expert examination in a criminal case",
      language: "ru",
      code: "Статья 243\n\n1. По уголовному делу о возбуждении религиозной розни следователь вправе назначить религиоведческую экспертизу конкретной брошюры, признанной вещественным доказательством.",
    },
    {
      name: "hard negative (kk): museum expertise of old religious manuscripts (cultural heritage)",
      language: "kk",
      code: "15-бап\n\n1. Мәдени мұра объектілері болып табылатын ежелгі діни кітаптар мен қолжазбалардың тарихи-мәдени құндылығын анықтау үшін уәкілетті орган сараптама жүргізеді.",
    },
    {
      name: "hard negative (en): university religious-studies research, no permit context",
      language: "en",
      code: "Article 8\n\n1. Universities may conduct research in religious studies and publish books on the history of religions.",
    },
    {
      name: "hard negative (ru, by-law): building expertise of a mosque's design documents",
      language: "ru",
      code: "Статья 8\n\n1. Проектная документация на строительство мечети подлежит государственной экспертизе проектов.",
    },
    {
      name: "hard negative (en): approval of secular school textbooks (no religious text)",
      language: "en",
      code: "Article 8\n\n1. The Ministry of Education approves textbooks for secondary schools.",
    },
    {
      name: "hard negative (ru): a parent's consent is not state approval",
      language: "ru",
      code: "Статья 8\n\n1. Религиозная литература может передаваться несовершеннолетним с согласия их родителей.",
    },
    {
      name: "hard negative (en): a religious body reviews the sermons of its own mosques",
      language: "en",
      code: "Article 8\n\n1. The Spiritual Board conducts a theological review of the sermons used in its mosques.",
    },
    // --- guarantees ------------------------------------------------------------------------
    {
      name: "guarantee (en, constitution style): no State body may review doctrine",
      language: "en",
      code: "Article 22\n\n1. No State body may conduct a theological review of religious literature.",
    },
    {
      name: "guarantee (ru, statute): literature circulates freely, no assessment of doctrine",
      language: "ru",
      code: "Статья 6\n\n1. Книги религиозного содержания распространяются свободно; государственные органы не проводят оценку вероучений.",
    },
    {
      name: "guarantee (en): 'not only' places is no confinement",
      language: "en",
      code: "Article 8\n\n1. Religious literature may be distributed not only in specialised shops but anywhere.",
    },
    {
      name: "guarantee (kk): not only in special places",
      language: "kk",
      code: "8-бап\n\n1. Діни әдебиетті тарату арнайы орындарда ғана емес, кез келген жерде жүзеге асырылуы мүмкін.",
    },
    {
      name: "an appeal against the conclusion is a remedy, not the review",
      language: "ru",
      code: "Статья 7\n\n1. Заключение религиоведческой экспертизы может быть обжаловано в суд.",
    },
    {
      name: "definitions zone is not read",
      language: "en",
      code: 'Article 1. Definitions\n\n1. "religious-studies expert examination" means a study of religious texts by qualified experts.',
    },
    {
      name: "a repealed unit is not read",
      language: "ru",
      code: "Статья 9. Исключена Законом РК от 01.01.2024 № 1-VIII.",
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R12-en-x1",
      language: "en",
      code: "Article 5\n\n1. Textbooks for religious schools may be used only after the Committee for Religious Affairs has confirmed that their doctrine is compatible with the national worldview.",
      errors: [
        {
          ...LITERATURE,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          suggestions: 0,
          message: '("doctrine is compatible" of "Textbooks")',
        },
      ],
    },
    {
      name: "R12-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Учебники для религиозных школ допускаются к использованию после заключения Комитета по делам религий о соответствии их вероучения национальному мировоззрению.",
      errors: [
        { ...LITERATURE, line: 3, column: 4, label: "ст. 5 п. 1", message: "under KZ Constitution 2026 (art. 7(1))" },
      ],
    },
    {
      name: "R12-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Діни мектептерге арналған оқулықтар Дін істері комитеті олардың ілімінің ұлттық дүниетанымға сәйкестігі туралы қорытынды бергеннен кейін ғана пайдаланылады.",
      errors: [{ ...LITERATURE, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en): doctrinal review in the registration procedure",
      language: "en",
      code: "Article 14\n\n1. The authorised body shall conduct a religious-studies expert examination of the doctrine of every religious association that applies for state registration.",
      errors: [{ ...EXPERT, line: 3, column: 4, label: "Art. 14(1)", message: '("religious-studies expert")' }],
    },
    {
      name: "iccpr (en): the same review is an error under the treaty floor",
      language: "en",
      profile: "iccpr",
      code: "Article 14\n\n1. The authorised body shall conduct a religious-studies expert examination of the doctrine of every religious association that applies for state registration.",
      errors: [{ ...EXPERT, line: 3, column: 4, message: "under ICCPR (art. 18 (GC 22 §§4, 8))" }],
    },
    {
      name: "by-law list (ru): the chapeau's authorised body organises the religious-studies expertise",
      language: "ru",
      code: "Статья 4\n\n1. Уполномоченный орган:\n1) ведет учет религиозных объединений;\n2) организует проведение религиоведческой экспертизы.",
      errors: [{ ...EXPERT, line: 5, column: 4, label: "ст. 4 п. 1 пп. 2)" }],
    },
    {
      name: "statute (ru): import of literature after a positive expert opinion, actor implicit (low)",
      language: "ru",
      code: "Статья 6\n\n1. Ввоз религиозной литературы осуществляется после получения положительного заключения религиоведческой экспертизы.",
      errors: [{ ...LITERATURE, line: 3, column: 4, label: "ст. 6 п. 1" }],
    },
    {
      name: "by-law (ru): import by agreement with the authorised body (approval hidden in a delegation phrase)",
      language: "ru",
      code: "Статья 8\n\n1. Ввоз религиозной литературы осуществляется по согласованию с уполномоченным органом.",
      errors: [{ ...LITERATURE, line: 3, column: 4, message: '"по согласованию"' }],
    },
    {
      name: "code (kk): import with the consent of the authorised body",
      language: "kk",
      code: "8-бап\n\n1. Діни әдебиетті әкелу уәкілетті органның келісімімен жүзеге асырылады.",
      errors: [{ ...LITERATURE, line: 3, column: 4, label: "8-бап 1-тармақ" }],
    },
    {
      name: "statute (kk): religious-studies expertise of founding documents at registration",
      language: "kk",
      code: "8-бап\n\n1. Уәкілетті орган діни бірлестікті тіркеу кезінде оның құрылтай құжаттарына дінтану сараптамасын жүргізеді.",
      errors: [{ ...EXPERT, line: 3, column: 4 }],
    },
    {
      name: "statute (ru): literature only in specialised shops and places of worship",
      language: "ru",
      code: "Статья 6\n\n1. Распространение религиозной литературы осуществляется исключительно в культовых зданиях и специализированных магазинах.",
      errors: [{ ...PLACES, line: 3, column: 4, message: '"культовых зданиях"' }],
    },
    {
      name: "plain English: leaflets only in places designated by the akimat",
      language: "en",
      code: "Article 8\n\n1. You may hand out religious leaflets only in places designated by the akimat.",
      errors: [{ ...PLACES, line: 3, column: 4, label: "Art. 8(1)" }],
    },
    {
      name: "code (kk): a ban outside houses of worship",
      language: "kk",
      code: "8-бап\n\n1. Діни әдебиетті ғибадат үйлерінен тыс таратуға тыйым салынады.",
      errors: [{ ...PLACES, line: 3, column: 4 }],
    },
    {
      name: "amendment (en): the new wording makes literature subject to a theological review",
      language: "en",
      code: 'Article 1\n\nArticle 9 of the Law on Religious Activity is amended to read as follows:\n"9. Religious literature is subject to a theological review by the Committee for Religious Affairs before distribution."',
      errors: [{ ...LITERATURE, line: 3, column: 1 }],
    },
    {
      name: "two sentences of one paragraph: review of literature, then designated places",
      language: "ru",
      code: "Статья 9\n\n1. Религиозная литература, ввозимая в Республику Казахстан, подлежит религиоведческой экспертизе, проводимой уполномоченным органом. Распространение религиозной литературы осуществляется только в специализированных магазинах.",
      errors: [
        { ...LITERATURE, line: 3, column: 4 },
        { ...PLACES, line: 3, column: 134 },
      ],
    },
  ],
});

describe("religion/state-doctrinal-review profiles and confidence", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  const passive = "Article 8\n\n1. Religious literature is subject to a religious-studies expert examination.";
  it("an implicit state actor lowers the confidence one step", () => {
    const [finding] = tester.findings(rule, { language: "en", code: passive });
    expect(finding?.subCode).toBe("literature-control");
    expect(finding?.confidence).toBe(0.5);
  });
  it("cites the profile article: KZ 1995 arts 1(1), 5(2), 22 and ECHR art. 9", () => {
    const [kz95] = tester.findings(rule, { language: "en", code: passive, profile: "kz-1995" });
    expect(kz95?.principle).toEqual([
      "KZ Constitution 1995 art. 1(1)",
      "KZ Constitution 1995 art. 5(2)",
      "KZ Constitution 1995 art. 22",
    ]);
    const [echr] = tester.findings(rule, { language: "en", code: passive, profile: "echr" });
    expect(echr?.severity).toBe("error");
    expect(echr?.principle).toEqual(["ECHR art. 9"]);
  });
  it("reports nothing under a profile that has rule 12 off (eu-digital)", () => {
    expect(tester.findings(rule, { language: "en", code: passive, profile: "eu-digital" })).toEqual([]);
  });
});
