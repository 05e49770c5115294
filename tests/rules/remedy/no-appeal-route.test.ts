/**
 * R34 remedy/no-appeal-route: the catalogue examples (RULES.md §4 H, R34-*, with the stub of
 * Article 6 that R34-*-v1 cite), own cases in several drafting styles, and hard negatives that use
 * restrictive verbs lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/remedy/no-appeal-route.js";
import { loadProfile } from "../../../src/config/profiles.js";
import { type ProfileLike, RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const NO_APPEAL = { messageId: "noAppeal", subCode: "no-appeal", severity: "warning" } as const;
const NO_DEADLINE = { messageId: "noDeadline", subCode: "no-deadline", severity: "warning" } as const;
const NO_REASONS = { messageId: "noReasons", subCode: "no-reasons", severity: "info" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples (Article 6 is the stub they cite) ---------------------------
    {
      name: "R34-en-v1",
      language: "en",
      code: "Article 5\n\n1. The akimat may suspend a resident's access to the city services app on the grounds in Article 6; the resident is given reasons within one day and may appeal to court.\n\nArticle 6\n\n1. Access may be suspended only where the resident has used the app to commit fraud.",
    },
    {
      name: "R34-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Акимат вправе приостановить доступ жителя к приложению городских услуг по основаниям статьи 6; в течение одного дня житель получает мотивированное уведомление и вправе обжаловать решение в суд.\n\nСтатья 6\n\n1. Доступ может быть приостановлен только в случае использования приложения для мошенничества.",
    },
    {
      name: "R34-kk-v1 (own): grounds in Article 6, reasons and an appeal to court",
      language: "kk",
      code: "5-бап\n\n1. Әкімдік осы Заңның 6-бабында көзделген негіздер бойынша тұрғынның қалалық қызметтер қосымшасына қолжетімділігін тоқтата тұруға құқылы; тұрғын бір күн ішінде дәлелді хабарлама алады және шешімге сотқа шағымдана алады.\n\n6-бап\n\n1. Қолжетімділік тек алаяқтық үшін пайдаланылған жағдайда тоқтатылады.",
    },
    // --- hard negatives: restrictive words used lawfully ----------------------------------
    {
      name: "hard negative (en, statute): the refusal may be appealed to a court",
      language: "en",
      code: "Article 11\n\n1. The licensing authority may refuse a licence to an applicant who does not meet the requirements of Article 10.\n2. A refusal may be appealed to a court within one month.",
    },
    {
      name: "hard negative (ru, code): the court suspends the licence on the authorised body's claim",
      language: "ru",
      code: "Статья 14\n\n1. Суд по иску уполномоченного органа вправе приостановить действие лицензии на срок до трех месяцев.",
    },
    {
      name: "hard negative (en): suspension only by decision of a court",
      language: "en",
      code: "Article 9\n\n1. The authorised body may suspend the accreditation of a foreign journalist only by decision of a court.",
    },
    {
      name: "hard negative (kk, by-law): the act refers to the Administrative Procedural and Process Code",
      language: "kk",
      code: "9-бап\n\n1. Әкімдік рұқсаттың қолданылуын тоқтата тұруға құқылы.\n2. Әкімдіктің шешіміне Әкімшілік рәсімдік-процестік кодексіне сәйкес шағымдануға болады.",
    },
    {
      name: "hard negative (ru): a guarantee — state bodies may not suspend private schools",
      language: "ru",
      code: "Статья 8\n\n1. Государственные органы не вправе приостанавливать деятельность частных школ.",
    },
    {
      name: "hard negative (ru, constitution): «Никто не может быть произвольно лишен жилища»",
      language: "ru",
      code: "Статья 40\n\n1. Органы государственной власти поощряют жилищное строительство.\n2. Никто не может быть произвольно лишен жилища.",
    },
    {
      name: "hard negative (en): a private employer's power",
      language: "en",
      code: "Article 44\n\n1. An employer may suspend an employee who appears at work intoxicated for the rest of the working day.",
    },
    {
      name: "hard negative (en, constitution): powers that organise the State (Parliament, Government)",
      language: "en",
      code: "Article 63\n\n1. The President of the Republic, after consulting the Prime Minister, may dissolve Parliament.\n2. The Government may suspend the acts of ministries that contradict the law.",
    },
    {
      name: "hard negative (en): the body appeals against a refusal (the refusal is what is appealed)",
      language: "en",
      code: "Article 12\n\n1. A public association may appeal to a court against a refusal of the Ministry to register it.",
    },
    {
      name: "hard negative (en): a ban stated by the law itself, not a power of a body",
      language: "en",
      code: "Article 3\n\n1. Forced labour is prohibited.",
    },
    {
      name: "assembly ban with an appeal, a deadline before the date and reasons (ru)",
      language: "ru",
      code: "Статья 8\n\n1. Местный исполнительный орган вправе запретить проведение заявленного пикета мотивированным решением.\n2. Решение о запрете доводится до организатора не позднее чем за 48 часов до начала пикета и может быть обжаловано в суд.",
    },
    // one appeal clause for every decision under the act, in another section
    {
      name: "hard negative (en, licensing act): 'a person aggrieved by a decision … under this Act may appeal'",
      language: "en",
      code: "Section 5\n\n(1) The Authority may revoke a licence if the holder breaches a condition of the licence.\n\nSection 40\n\n(1) A person aggrieved by a decision of the Authority under this Act may appeal to the High Court within 28 days.",
    },
    {
      name: "hard negative (ru, licensing law): «решения …, принятые в соответствии с настоящим Законом, могут быть обжалованы в суд»",
      language: "ru",
      code: "Статья 5\n\n1. Уполномоченный орган вправе отозвать лицензию в случае нарушения лицензиатом лицензионных требований.\n\nСтатья 40\n\n1. Решения уполномоченного органа, принятые в соответствии с настоящим Законом, могут быть обжалованы в суд.",
    },
    {
      name: "hard negative (kk, licensing law): «осы Заңға сәйкес қабылданған шешімдеріне сотқа шағым жасалуы мүмкін»",
      language: "kk",
      code: "5-бап\n\n1. Уәкілетті орган лицензиат лицензиялық талаптарды бұзған жағдайда лицензияны кері қайтарып алуға құқылы.\n\n40-бап\n\n1. Уәкілетті органның осы Заңға сәйкес қабылданған шешімдеріне сотқа шағым жасалуы мүмкін.",
    },
  ],

  invalid: [
    {
      name: "en, licensing act: the act's clause on its decisions closes the route ('may not be appealed')",
      language: "en",
      code: "Section 5\n\n(1) The Authority may revoke a licence if the holder breaches a condition of the licence.\n\nSection 40\n\n(1) Decisions of the Authority under this Act may not be appealed.",
      errors: [{ ...NO_APPEAL, line: 3, column: 5, label: "s. 5(1)" }],
    },
    {
      name: "en, licensing act: an appeal against decisions under another section only",
      language: "en",
      code: "Section 5\n\n(1) The Authority may revoke a licence if the holder breaches a condition of the licence.\n\nSection 40\n\n(1) A decision under this section may be appealed to the court.",
      errors: [{ ...NO_APPEAL, line: 3, column: 5, label: "s. 5(1)" }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R34-en-x1",
      language: "en",
      code: "Article 5\n\n1. The akimat may suspend a resident's access to the city services app.",
      errors: [
        {
          ...NO_APPEAL,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          suggestions: 1,
          message: 'Restrictive power with no appeal route in scope: "suspend" (akimat)',
        },
      ],
    },
    {
      name: "R34-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Акимат вправе приостановить доступ жителя к приложению городских услуг.",
      errors: [{ ...NO_APPEAL, line: 3, column: 4, label: "ст. 5 п. 1", suggestions: 1 }],
    },
    {
      name: "R34-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Әкімдік тұрғынның қалалық қызметтер қосымшасына қолжетімділігін тоқтата тұруға құқылы.",
      errors: [{ ...NO_APPEAL, line: 3, column: 4, label: "5-бап 1-тармақ", message: '"тоқтата тұруға" (Әкімдік)' }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en, echr): deregistration of a private school",
      language: "en",
      profile: "echr",
      code: "Article 18\n\n1. The Ministry of Education may deregister a private school that fails to submit its annual report.",
      errors: [{ ...NO_APPEAL, line: 3, column: 4, message: "ECHR (art. 13)" }],
    },
    {
      name: "complaints from passengers are the trigger, not an appeal route (en)",
      language: "en",
      code: "Article 7\n\n1. The licensing authority may revoke a taxi driver's permit if the driver receives three complaints from passengers within a year.",
      errors: [{ ...NO_APPEAL, line: 3, column: 4 }],
    },
    {
      name: "assembly (ru, iccpr): refusal with an appeal but no decision deadline",
      language: "ru",
      profile: "iccpr",
      code: "Статья 5\n\n1. Акимат вправе отказать в согласовании проведения пикета; отказ может быть обжалован в суд.",
      errors: [{ ...NO_DEADLINE, line: 3, column: 4, label: "ст. 5 п. 1", suggestions: 1 }],
    },
    {
      name: "assembly (en): ban decided before the date, appealable, but no reasons (info)",
      language: "en",
      code: "Article 8\n\n1. The akimat may ban a public meeting; the ban is notified to the organiser no later than three days before the planned date and may be appealed to a court.",
      errors: [{ ...NO_REASONS, line: 3, column: 4 }],
    },
    {
      name: "code (en): implicit passive in an article about the authority (confidence low)",
      language: "en",
      code: "Article 20\n\n1. The licensing authority keeps the register of licences.\n2. A licence may be suspended for up to three months where the licensee breaches the conditions of the licence.",
      errors: [{ ...NO_APPEAL, line: 4, column: 4, label: "Art. 20(2)" }],
    },
    {
      name: "by-law (kk): the points inherit the body and the power of the chapeau",
      language: "kk",
      code: "6-бап\n\n1. Уәкілетті орган:\n1) аң аулауға берілген рұқсатты кері қайтарып алуға;\n2) балық аулауға берілген рұқсаттың қолданылуын тоқтата тұруға құқылы.",
      errors: [
        { ...NO_APPEAL, line: 4, column: 4 },
        { ...NO_APPEAL, line: 5, column: 4 },
      ],
    },
    {
      name: "an ouster is not an appeal route (ru): «обжалованию не подлежит»",
      language: "ru",
      code: "Статья 5\n\n1. Акимат вправе аннулировать разрешение на размещение наружной рекламы.\n2. Решение акимата обжалованию не подлежит.",
      errors: [{ ...NO_APPEAL, line: 3, column: 4, label: "ст. 5 п. 1" }],
    },
    {
      name: "amendment (ru): the quoted new wording gives the akimat a power to revoke a permit",
      language: "ru",
      code: "Статья 1\n\nПункт 3 статьи 12 Закона «О наружной рекламе» изложить в следующей редакции:\n«3. Местный исполнительный орган вправе аннулировать разрешение на размещение наружной рекламы.».",
      errors: [{ ...NO_APPEAL, line: 3, column: 1 }],
    },
  ],
});

describe("remedy/no-appeal-route: options, severities and profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  const bare = "Article 5\n\n1. The akimat may suspend a resident's access to the city services app.";
  it("appends an appeal to a court where the language puts it", () => {
    const [finding] = tester.findings(rule, {
      language: "ru",
      code: "Статья 5\n\n1. Акимат вправе приостановить доступ жителя к приложению городских услуг.",
    });
    const edit = finding?.suggestions[0]?.edits[0];
    expect(edit?.text).toBe("; решение может быть обжаловано в суд");
    const code = "Статья 5\n\n1. Акимат вправе приостановить доступ жителя к приложению городских услуг.";
    const at = edit?.range.start.offset ?? 0;
    expect(code.slice(0, at) + edit?.text + code.slice(at)).toContain(
      "городских услуг; решение может быть обжаловано в суд.",
    );
  });
  it("lowers confidence and severity and names the law when a general appeal law is assumed", () => {
    const [plain] = tester.findings(rule, { language: "en", code: bare });
    const [assumed] = tester.findings(rule, {
      language: "en",
      code: bare,
      options: { appealLawAssumed: true, generalAppealLaw: "Administrative Procedural and Process Code" },
    });
    expect(plain?.confidence).toBe(0.7);
    expect(assumed?.confidence).toBe(0.5);
    // RULES.md §5.7 appeal-law-assumed: info instead of the warning
    expect([plain?.severity, assumed?.severity]).toEqual(["warning", "info"]);
    expect(assumed?.message).toContain("Administrative Procedural and Process Code is assumed");
  });
  it("is a warning for no-appeal and info for no-reasons under every profile", () => {
    const reasons =
      "Article 8\n\n1. The akimat may ban a public meeting; the ban is notified to the organiser no later than three days before the planned date and may be appealed to a court.";
    for (const profile of ["kz-2026", "kz-1995", "iccpr", "echr", "eu-digital"]) {
      expect(tester.findings(rule, { language: "en", code: bare, profile })[0]?.severity).toBe("warning");
      expect(tester.findings(rule, { language: "en", code: reasons, profile })[0]?.severity).toBe("info");
    }
  });
  it("reports nothing under a profile that turns the rule off", () => {
    const base = loadProfile("kz-2026");
    const off: ProfileLike = { ...base, ruleSeverity: { ...base.ruleSeverity, "remedy/no-appeal-route": "off" } };
    expect(tester.findings(rule, { language: "en", code: bare, profile: off })).toEqual([]);
  });
});

// A measure named as the occasion, the date or the end of a period of another rule, a thing
// described by its purpose, or a protective measure on personal data is not a power to challenge.
new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    {
      name: "hard negative (en): a suspension already decided is the occasion of a duty to inform",
      language: "en",
      code: "Article 12\n\n3. Where the licence of a testing laboratory has been suspended or partly revoked by the ministry, the laboratory shall tell its clients within five working days.",
    },
    {
      name: "hard negative (en): a licence valid until it is revoked",
      language: "en",
      code: "Article 12\n\n4. A taxi licence is granted to the holder by the ministry and remains valid until the vehicle changes hands or the licence is revoked.",
    },
    {
      name: "hard negative (en): a period counted from a withdrawal",
      language: "en",
      code: "Article 12\n\n5. The successor operator shall take over the clients of the operator within 60 days of the withdrawal of the licence by the ministry.",
    },
    {
      name: "hard negative (en): a limited period and the restricted zones are descriptions",
      language: "en",
      code: "Article 12\n\n6. The permit of the applicant is issued by the ministry for a limited period and lists the restricted zones of the port.",
    },
    {
      name: "hard negative (en): a system described by what it is designed to do",
      language: "en",
      code: "Annex II\n\n1. Software designed to be used by the ministry to rank tenants and to terminate their benefits.",
    },
    {
      name: "hard negative (en): a private owner must remove rubbish to the municipality's satisfaction",
      language: "en",
      code: "Article 12\n\n7. The tenant of a shop which is vacant must remove all stock and refuse from it to the satisfaction of the municipality.",
    },
    {
      name: "hard negative (en): personal data of participants are deleted when the pilot ends",
      language: "en",
      code: "Article 12\n\n8. Personal data of users collected by the ministry in the pilot are deleted when the pilot ends.",
    },
    {
      name: "hard negative (ru): приостановленная ранее аккредитация как повод для уведомления",
      language: "ru",
      code: "Статья 12\n\n3. В случае если лицензия лаборатории была приостановлена министерством, лаборатория уведомляет своих заказчиков в течение пяти рабочих дней.",
    },
    {
      name: "hard negative (ru): срок, исчисляемый со дня отзыва лицензии",
      language: "ru",
      code: "Статья 12\n\n5. Новый оператор принимает абонентов в течение шестидесяти дней со дня отзыва лицензии уполномоченным органом.",
    },
    {
      name: "hard negative (ru): ограниченный срок разрешения — описание",
      language: "ru",
      code: "Статья 12\n\n6. Уполномоченный орган выдает заявителю разрешение на ограниченный срок.",
    },
    {
      name: "hard negative (kk): тіркеу тоқтатылған жағдайда зертхана хабарлайды",
      language: "kk",
      code: "12-бап\n\n3. Зертхананың лицензиясын министрлік тоқтатқан жағдайда зертхана тапсырыс берушілерге бес жұмыс күні ішінде хабарлайды.",
    },
    {
      name: "hard negative (kk): лицензия кері қайтарылғанға дейін жарамды",
      language: "kk",
      code: "12-бап\n\n4. Министрлік берген лицензия министрлік оны тоқтатқанға дейін жарамды болады.",
    },
  ],
  invalid: [
    {
      name: "still fires (en): the ministry may suspend the accreditation",
      language: "en",
      code: "Article 12\n\n3. The ministry may suspend or partly revoke the licence of a testing laboratory.",
      errors: [{ ...NO_APPEAL, line: 3, column: 4 }],
    },
    {
      name: "still fires (en): until a date, the office may revoke a licence",
      language: "en",
      code: "Article 12\n\n4. Until the end of the year, the ministry may revoke the taxi licence of any holder.",
      errors: [{ ...NO_APPEAL, line: 3, column: 4 }],
    },
    {
      name: "still fires (en): a vacant building must be closed by the municipality",
      language: "en",
      code: "Article 12\n\n7. Where a shop is vacant, the municipality may close it and cancel the trading permit of its tenant.",
      errors: [{ ...NO_APPEAL, line: 3, column: 4 }],
    },
    {
      name: "still fires (ru): министерство вправе приостановить аккредитацию",
      language: "ru",
      code: "Статья 12\n\n3. Министерство вправе приостановить лицензию лаборатории.",
      errors: [{ ...NO_APPEAL, line: 3, column: 4 }],
    },
    {
      name: "still fires (kk): министрлік аккредиттеуді тоқтата тұруға құқылы",
      language: "kk",
      code: "12-бап\n\n3. Министрлік зертхананың лицензиясын тоқтата тұруға құқылы.",
      errors: [{ ...NO_APPEAL, line: 3, column: 4 }],
    },
  ],
});

describe("remedy/no-appeal-route: an act under the EU market surveillance regulation", () => {
  const tester = new RuleTester({ profile: "eu-digital" });
  it("refers its measures to the remedies of Regulation (EU) 2019/1020", () => {
    const measure =
      "Article 30\n\n1. The market surveillance authority may withdraw the registration of a toy importer.";
    expect(tester.findings(rule, { language: "en", code: measure }).map((f) => f.subCode)).toEqual(["no-appeal"]);
    const applied = `Article 29\n\n1. Regulation (EU) 2019/1020 applies to the toys covered by this Regulation.\n\n${measure}`;
    expect(tester.findings(rule, { language: "en", code: applied })).toEqual([]);
  });
  it("in Russian and Kazakh too", () => {
    const ru = "Статья 30\n\n1. Министерство вправе отозвать лицензию импортера игрушек.";
    expect(tester.findings(rule, { language: "ru", code: ru }).map((f) => f.subCode)).toEqual(["no-appeal"]);
    const ruApplied = `Статья 29\n\n1. К игрушкам применяется Регламент (ЕС) 2019/1020.\n\n${ru}`;
    expect(tester.findings(rule, { language: "ru", code: ruApplied })).toEqual([]);
    const kk = "30-бап\n\n1. Министрлік ойыншық импорттаушының лицензиясын тоқтата тұруға құқылы.";
    expect(tester.findings(rule, { language: "kk", code: kk }).map((f) => f.subCode)).toEqual(["no-appeal"]);
    const kkApplied = `29-бап\n\n1. Ойыншықтарға (ЕО) 2019/1020 регламенті қолданылады.\n\n${kk}`;
    expect(tester.findings(rule, { language: "kk", code: kkApplied })).toEqual([]);
  });
});
