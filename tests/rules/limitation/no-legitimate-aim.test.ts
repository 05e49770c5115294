/**
 * R1 limitation/no-legitimate-aim: the catalogue examples (RULES.md §4 A, R01-*), own cases in several
 * drafting styles, hard negatives that use the trigger words lawfully, and the §2.8 interactions.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/limitation/no-legitimate-aim.js";
import { loadProfile } from "../../../src/config/profiles.js";
import { type ProfileLike, RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const NO_AIM = { messageId: "noAim", subCode: "no-aim", severity: "warning" } as const;
const DANGLING = { messageId: "danglingReference", subCode: "dangling-reference", severity: "warning" } as const;

/** kz-2026 with a severity changed, as a configuration would set it. */
function kz2026With(overrides: Record<string, "off" | "warning" | "error">): ProfileLike {
  const base = loadProfile("kz-2026");
  return { ...base, ruleSeverity: { ...base.ruleSeverity, ...overrides } } as ProfileLike;
}
/** Rule 8 off: the catalogue runs each example with only its own rule (RULES.md §6.1). */
const RULE_8_OFF = kz2026With({ "religion/intervention-without-permitted-ground": "off" });

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R01-en-v1",
      language: "en",
      code: "Article 5\n\n1. The authorised body may apply to a court to suspend a user's right to publish posts for up to 30 days where this is necessary to protect the rights of another user whom the account holder has repeatedly threatened.",
    },
    {
      name: "R01-ru-v1",
      language: "ru",
      profile: RULE_8_OFF,
      code: "Статья 5\n\n1. Суд по заявлению уполномоченного органа вправе запретить проведение занятий в воскресной школе, если это необходимо для охраны здоровья учащихся.",
    },
    {
      name: "R01-kk-v1 (own: the court decides, for pupils' health)",
      language: "kk",
      profile: RULE_8_OFF,
      code: "5-бап\n\n1. Сот уәкілетті органның өтініші бойынша, егер бұл оқушылардың денсаулығын қорғау үшін қажет болса, діни мектепте сабақтар өткізуге тыйым салуға құқылы.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (en, statute): permitted aim, 'where necessary and proportionate', court order",
      language: "en",
      code: "Article 8\n\n1. By decision of a court, the authorised body may suspend the accreditation of a journalist for up to three months where this is necessary and proportionate to protect the rights of others.",
    },
    {
      name: "hard negative (en, constitution style): a guarantee 'may not be restricted'",
      language: "en",
      code: "Article 20\n\n1. Freedom of speech and creative activity is guaranteed.\n2. The right to hold peaceful assemblies may not be restricted.",
    },
    {
      name: "hard negative (ru): the ground is in the limitation article this article refers to",
      language: "ru",
      code: "Статья 4. Основания ограничения\n\n1. Деятельность общественного объединения может быть ограничена только для защиты общественного порядка, здоровья населения и прав и свобод других лиц.\n\nСтатья 5. Приостановление деятельности\n\n1. Деятельность общественного объединения может быть приостановлена судом по основаниям, предусмотренным статьей 4 настоящего Закона.",
    },
    {
      name: "hard negative (kk): obstructing a journalist is prohibited (a guarantee, not a ban)",
      language: "kk",
      code: "2-бап\n\n1. Азаматтардың бейбіт жиналыстарға қатысу құқығы шектелмейді.\n2. Журналистің кәсіби қызметіне кедергі келтіруге жол берілмейді.",
    },
    {
      name: "hard negative (ru): «никто не может быть ограничен» is a guarantee",
      language: "ru",
      code: "Статья 2\n\n1. Никто не может быть ограничен в праве на участие в мирных собраниях.",
    },
    {
      name: "a private platform acting under its own terms is not state power",
      language: "en",
      code: "Article 3\n\n1. The owner of an online platform may remove a post that breaches the platform's published terms of service.",
    },
    {
      name: "a restriction triggered only by violence against persons has an implicit aim (R1 (f))",
      language: "en",
      profile: "iccpr",
      code: "Article 9\n\n1. A court may prohibit a person convicted of using violence against participants of an assembly from attending assemblies for up to one year.",
    },
    {
      name: "stopping the processing of personal data protects privacy, it does not restrict it",
      language: "en",
      profile: "eu-digital",
      code: "Article 12\n\n1. The supervisory authority may order a public body to stop processing the personal data of residents where the processing has no legal basis.",
    },
    {
      name: "a decision that is appealed is not a second restriction",
      language: "ru",
      code: "Статья 8\n\n1. Решение о запрете пикета может быть обжаловано в суд.",
    },
    {
      name: "8 before 1: a religious body under executive power is rule 8's while rule 8 is on (R01-ru-x1 under kz-2026)",
      language: "ru",
      code: "Статья 5\n\n1. Уполномоченный орган вправе запретить проведение занятий в воскресной школе.",
    },
    {
      name: "7 before 1: a belief object (forum internum) is rule 7's",
      language: "en",
      code: "Article 6\n\n1. The authorised body may prohibit a change of religion by a minor.",
    },
    {
      name: "a constitution inherits its general limitation clause (scope level 5)",
      language: "en",
      code: "Constitution of the Republic\n\nArticle 20\n\n1. Rallies may be prohibited by law.",
    },
    {
      name: "a body dissolving itself is not state power (en, ru, kk)",
      language: "en",
      code: "Article 9\n\n1. A public association may be dissolved by decision of its general meeting.",
    },
    {
      name: "a body dissolving itself (ru): «по решению его учредителей»",
      language: "ru",
      code: "Статья 9\n\n1. Общественное объединение может быть ликвидировано по решению его учредителей.",
    },
    {
      name: "the nearer object is a road, the rally only its occasion (en)",
      language: "en",
      code: "Article 4\n\n1. The akimat may close a road to traffic for the duration of a rally.",
    },
    {
      name: "the nearer object is traffic, the rally only its occasion (kk)",
      language: "kk",
      code: "4-бап\n\n1. Әкімдік митинг өткізу уақытында көлік қозғалысын уақытша шектеуге құқылы.",
    },
    {
      name: "a public event named as the place of a safety ban",
      language: "en",
      code: "Article 6\n\n1. Any use of pyrotechnics at a public event is prohibited, except by licensed operators.",
    },
    {
      name: "a court staying a ban lifts a restriction",
      language: "ru",
      code: "Статья 7\n\n1. Суд вправе приостановить исполнение решения о запрете митинга до рассмотрения жалобы.",
    },
    {
      name: "a journalist's own refusal is not a restriction («вправе отказаться»)",
      language: "ru",
      code: "Статья 3\n\n1. Журналист вправе отказаться от подготовки материала.",
    },
    {
      name: "a prohibition to disseminate personal data without consent protects privacy (kk)",
      language: "kk",
      code: "3-бап\n\n1. Дербес деректерді субъектінің келісімінсіз таратуға тыйым салынады.",
    },
    {
      name: "blocking material a court has found unlawful: the aim is implicit",
      language: "ru",
      code: "Статья 20\n\n1. Доступ к конкретной странице интернет-ресурса, содержащей материалы, признанные судом противоправными, ограничивается на основании решения суда на срок до трех месяцев.",
    },
    {
      name: "§2.8 unregistered religious activity is rule 10's while it is on",
      language: "ru",
      code: "Статья 5\n\n1. Миссионерская деятельность без регистрации в уполномоченном органе запрещается.",
    },
    {
      name: "definitions zone is not read",
      language: "en",
      code: 'Article 1. Definitions\n\n1. "suspension" means the decision of the authorised body to suspend the accreditation of a journalist.',
    },
    {
      name: "a repealed unit is not read",
      language: "en",
      code: "Article 5. Suspension of accreditation\n\n[Repealed]",
    },
    // the information a court found prohibited carries the aim of the law that prohibits it
    {
      name: "hard negative (ru, communications law): access to information a court found prohibited is suspended",
      language: "ru",
      code: "Статья 41\n\n1. Доступ к интернет-ресурсу, распространяющему информацию, признанную судом запрещенной, приостанавливается на основании вступившего в законную силу решения суда.",
    },
    {
      name: "hard negative (kk, communications law): тыйым салынған деп таныған ақпарат",
      language: "kk",
      code: "41-бап\n\n1. Сот тыйым салынған деп таныған ақпаратты таратушы интернет-ресурсқа қолжетімділік соттың заңды күшіне енген шешімі негізінде тоқтатыла тұрады.",
    },
    // an epidemic is a health aim, though the provision does not say "public health"
    {
      name: "hard negative (en, public health act): gatherings limited to stop a notifiable disease spreading",
      language: "en",
      code: "Section 7\n\n(1) The Minister may, where necessary to prevent the spread of a notifiable disease, by order restrict gatherings of more than 50 persons for a period not exceeding 14 days.",
    },
    {
      name: "hard negative (ru, sanitary law): массовые мероприятия ограничиваются против инфекционных заболеваний",
      language: "ru",
      code: "Статья 7\n\n1. В целях предотвращения распространения инфекционных заболеваний местный исполнительный орган вправе ограничить проведение массовых мероприятий на срок не более четырнадцати дней.",
    },
    {
      name: "hard negative (kk, sanitary law): жұқпалы аурулардың таралуының алдын алу мақсатында",
      language: "kk",
      code: "7-бап\n\n1. Жұқпалы аурулардың таралуының алдын алу мақсатында жергілікті атқарушы орган бұқаралық іс-шараларды он төрт күннен аспайтын мерзімге шектеуге құқылы.",
    },
  ],

  invalid: [
    {
      name: "en, public order act: gatherings limited by order, with no aim at all",
      language: "en",
      code: "Section 8\n\n(1) The Minister may by order restrict gatherings of more than 50 persons.",
      errors: [{ ...NO_AIM, line: 3, column: 5, label: "s. 8(1)", message: '"restrict" (applied to "gatherings")' }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R01-en-x1",
      language: "en",
      code: "Article 5\n\n1. The authorised body may suspend a user's right to publish posts for up to 30 days.",
      errors: [
        {
          ...NO_AIM,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          suggestions: 0,
          message: 'Restriction of freedom of expression names no aim: "suspend" (applied to "posts")',
        },
      ],
    },
    {
      name: "R01-ru-x1 (rule 8 off, as the catalogue runs it)",
      language: "ru",
      profile: RULE_8_OFF,
      code: "Статья 5\n\n1. Уполномоченный орган вправе запретить проведение занятий в воскресной школе.",
      errors: [
        {
          ...NO_AIM,
          line: 3,
          column: 4,
          label: "ст. 5 п. 1",
          message:
            "Under KZ Constitution 2026 (art. 7(1)–(2), art. 41(1)) a restriction needs one of: constitutional order",
        },
      ],
    },
    {
      name: "R01-kk-x1 (rule 8 off, as the catalogue runs it)",
      language: "kk",
      profile: RULE_8_OFF,
      code: "5-бап\n\n1. Уәкілетті орган діни мектепте сабақтар өткізуге тыйым салуға құқылы.",
      errors: [{ ...NO_AIM, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (ru, iccpr): suspension of a print outlet, appeal but no aim",
      language: "ru",
      profile: "iccpr",
      code: "Статья 11\n\n1. Уполномоченный орган вправе приостановить выпуск печатного издания на срок до трех месяцев.\n2. Решение уполномоченного органа о приостановлении может быть обжаловано в суд.",
      errors: [
        {
          ...NO_AIM,
          line: 3,
          column: 4,
          label: "ст. 11 п. 1",
          message: "Under ICCPR (art. 19(3)) a restriction needs one of: reputation, rights of others",
        },
      ],
    },
    {
      name: "by-law list (en): points inherit the right object of the chapeau (confidence low)",
      language: "en",
      code: "Article 7\n\n1. The following measures apply to the accreditation of journalists:\n1) the authorised body may suspend accreditation for up to three months;\n2) the authorised body may revoke accreditation.",
      errors: [
        { ...NO_AIM, line: 4, column: 4, label: "Art. 7(1)(1)", message: '(applied to "journalists")' },
        { ...NO_AIM, line: 5, column: 4, label: "Art. 7(1)(2)", message: '"revoke"' },
      ],
    },
    {
      name: "statute (en): the only reference that could hold the aim is dangling",
      language: "en",
      code: "Article 19\n\n1. The activity of a non-profit organisation may be suspended by the Ministry of Justice on the grounds listed in Article 31 of this Law.",
      errors: [
        {
          ...DANGLING,
          line: 3,
          column: 4,
          label: "Art. 19(1)",
          message: 'relies on "Article 31 of this Law", which resolves to nothing in this act',
        },
      ],
    },
    {
      name: "amendment (ru): the new wording of an article gives a bare power over a newspaper",
      language: "ru",
      code: "Статья 1\n\nСтатью 9 Закона Республики Казахстан «О средствах массовой информации» изложить в следующей редакции:\n«Статья 9. Приостановление выпуска\n1. Уполномоченный орган вправе приостановить выпуск газеты на срок до трех месяцев.».",
      errors: [{ ...NO_AIM, line: 5, column: 4 }],
    },
    {
      name: "code (kk): an implicit passive suspension of pickets (confidence low)",
      language: "kk",
      code: "12-бап\n\n1. Пикет өткізу уақытша тоқтатылуы мүмкін.",
      errors: [{ ...NO_AIM, line: 3, column: 4, label: "12-бап 1-тармақ" }],
    },
    {
      name: "plain English (echr): the police can stop a march",
      language: "en",
      profile: "echr",
      code: "Article 4\n\nThe police can stop a march.",
      errors: [{ ...NO_AIM, line: 3, column: 1, message: "Under ECHR (art. 11(2))" }],
    },
    {
      name: "constitution (iccpr): no general clause to inherit under the Covenant",
      language: "en",
      profile: "iccpr",
      code: "Constitution of the Republic\n\nArticle 20\n\n1. Rallies may be prohibited by law.",
      errors: [{ ...NO_AIM, line: 5, column: 4, label: "Art. 20(1)" }],
    },
    {
      name: "iccpr privacy (art. 17 lists no grounds): a legitimate aim is still needed",
      language: "en",
      profile: "iccpr",
      code: "Article 15\n\n1. The Ministry of Justice may stop the correspondence of a prisoner.",
      errors: [{ ...NO_AIM, line: 3, column: 4, message: "a legitimate aim (the article lists none" }],
    },
    {
      name: "a negated permission restricts: foreigners may not hold pickets",
      language: "en",
      code: "Article 3\n\n1. Foreign citizens may not hold pickets.",
      errors: [{ ...NO_AIM, line: 3, column: 4, message: '"may not hold" (applied to "pickets")' }],
    },
    {
      name: "code (kk): the registering body may dissolve an association (the object inside the verb phrase)",
      language: "kk",
      code: "12-бап\n\n1. Тіркеуші орган жылдық есебін екі рет ұсынбаған қоғамдық бірлестікті таратуға құқылы.",
      errors: [{ ...NO_AIM, line: 3, column: 4, message: '(applied to "қоғамдық бірлестікті")' }],
    },
    {
      name: "unregistered associations: §2.8 gives rule 10 the religious case only, so rule 1 reports this one",
      language: "ru",
      code: "Статья 12\n\n1. Деятельность незарегистрированных общественных объединений запрещается.",
      errors: [{ ...NO_AIM, line: 3, column: 4 }],
    },
    {
      name: "unregistered religious activity where rule 10 is off",
      language: "ru",
      profile: kz2026With({ "religion/registration-precondition": "off" }),
      code: "Статья 5\n\n1. Миссионерская деятельность без регистрации в уполномоченном органе запрещается.",
      errors: [{ ...NO_AIM, line: 3, column: 4, message: "the manifestation of religion" }],
    },
    {
      name: "a duty laid on operators is a restriction by the law itself",
      language: "ru",
      code: "Статья 6\n\n1. Операторы связи обязаны приостановить распространение материалов блогера по предписанию уполномоченного органа.",
      errors: [{ ...NO_AIM, line: 3, column: 4 }],
    },
  ],
});

describe("limitation/no-legitimate-aim: confidence, profiles and options", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  it("lowers confidence for an implicit actor and for an object found only in the chapeau", () => {
    const [passive] = tester.findings(rule, {
      language: "kk",
      code: "12-бап\n\n1. Пикет өткізу уақытша тоқтатылуы мүмкін.",
    });
    expect(passive?.confidence).toBe(0.5);
    const [named] = tester.findings(rule, {
      language: "en",
      code: "Article 5\n\n1. The authorised body may suspend a user's right to publish posts for up to 30 days.",
    });
    expect(named?.confidence).toBe(0.7);
  });
  it("reports the same clause under several profiles, each with its own list of aims", () => {
    const code = "Article 5\n\n1. The akimat may ban a street rally.";
    const kz = tester.findings(rule, { language: "en", code });
    const echr = tester.findings(rule, { language: "en", code, profile: "echr" });
    expect(kz.map((f) => f.principle)).toEqual([["KZ Constitution 2026 art. 41(1)", "KZ Constitution 2026 art. 7(2)"]]);
    expect(echr[0]?.message).toContain("crime prevention");
    expect(kz[0]?.message).not.toContain("crime prevention");
  });
  it("reports nothing where the rule is off", () => {
    const code = "Article 5\n\n1. The akimat may ban a street rally.";
    const off = kz2026With({ "limitation/no-legitimate-aim": "off" });
    expect(tester.findings(rule, { language: "en", code, profile: off })).toEqual([]);
  });
  it("option scope: a ground elsewhere in the article counts only up to the level asked", () => {
    const code =
      "Article 5\n\n1. The akimat may ban a street rally.\n2. Rallies are regulated to protect public order.";
    expect(tester.findings(rule, { language: "en", code })).toEqual([]);
    expect(tester.findings(rule, { language: "en", code, options: { scope: "provision" } })).toHaveLength(1);
  });
  it("option documentType: a bill declared a constitution inherits the general clause", () => {
    const code = "Article 20\n\n1. Rallies may be prohibited by law.";
    expect(tester.findings(rule, { language: "en", code })).toHaveLength(1);
    expect(tester.findings(rule, { language: "en", code, options: { documentType: "constitution" } })).toEqual([]);
  });
});

// Words of a right inside the name of a body, an office or a sum of money, and bounds of funds or
// refuse (waste) are not restrictions of a right; an aim stated in the chapeau, in the wrap-up after
// the points or in the next sentence of the paragraph counts, however far from the verb.
new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    {
      name: "hard negative (en): an official removed from office in the Publishing Office",
      language: "en",
      code: "Section 9\n\n(a) The deputy head of the State Publishing Office may be removed from office by the Minister.",
    },
    {
      name: "hard negative (en): funds paid to a mortgage association, without regard to the limitations on fees",
      language: "en",
      code: "Section 9\n\n(b) Funds of the Ministry shall be available, without regard to the limitations on administrative fees, for payments to the Rural Mortgage Association.",
    },
    {
      name: "hard negative (en): a diplomat's post and the termination of his duties",
      language: "en",
      code: "Section 9\n\n(c) A consul who takes up his post abroad may import his furniture and may re-export it on termination of his duties, subject to the conditions set by the Ministry.",
    },
    {
      name: "hard negative (en): spending within the limits of funds",
      language: "en",
      code: "Section 9\n\n(d) The Ministry may contract for the printing of publications within the limits of funds available to it.",
    },
    {
      name: "aim in the chapeau, far from the verb (en)",
      language: "en",
      code: "Article 7\n\n1. In order to protect public order during a declared emergency, and after consulting the prosecutor and the local council and publishing a notice on its website and in two local newspapers, the regional akimat may:\n1) suspend the holding of rallies in the central squares of the city;\n2) restrict the publication of newspapers printed in the region.",
    },
    {
      name: "aim in the wrap-up after the points (ru)",
      language: "ru",
      code: "Статья 7\n\n1. В период чрезвычайного положения местный исполнительный орган вправе после консультаций с прокурором и представительным органом:\n1) приостановить проведение митингов на центральных площадях города;\n2) ограничить выпуск газет, печатаемых в регионе,\nв той мере, в какой это необходимо для охраны общественного порядка.",
    },
    {
      name: "aim in the chapeau before the points (kk)",
      language: "kk",
      code: "7-бап\n\n1. Төтенше жағдай кезеңінде жергілікті атқарушы орган прокурормен кеңескеннен кейін қоғамдық тәртіпті қорғау үшін:\n1) қаланың орталық алаңдарында митингілер өткізуді тоқтата тұруға;\n2) өңірде басылатын газеттерді шығаруды шектеуге құқылы.",
    },
    {
      name: "aim in the next sentence of the paragraph (ru)",
      language: "ru",
      code: "Статья 7\n\n2. Министерство вправе приостановить вещание телевизионных программ, показывающих места нахождения лиц на карантине. Такая мера применяется для охраны здоровья населения.",
    },
    {
      name: "hard negative (ru): должностное лицо издательства освобождается от должности",
      language: "ru",
      code: "Статья 9\n\n1. Заместитель директора государственного издательства освобождается от должности министром.",
    },
    {
      name: "hard negative (kk): қаражат шегінде басылымдар шығару",
      language: "kk",
      code: "9-бап\n\n1. Министрлік өзіне бөлінген қаражат шегінде басылымдарды басып шығаруға шарт жасасады.",
    },
  ],
  invalid: [
    {
      name: "still fires (en): the Ministry may remove a journalist's posts",
      language: "en",
      code: "Section 9\n\n(e) The Ministry may remove the posts of a journalist from the State news portal.",
      errors: [{ ...NO_AIM, line: 3, column: 5 }],
    },
    {
      name: "still fires (en): the akimat may dissolve an association of tenants",
      language: "en",
      code: "Section 9\n\n(f) The akimat may dissolve an association of tenants.",
      errors: [{ ...NO_AIM, line: 3, column: 5 }],
    },
    {
      name: "still fires (ru): министерство вправе приостановить выпуск газеты",
      language: "ru",
      code: "Статья 9\n\n2. Министерство вправе приостановить выпуск газеты.",
      errors: [{ ...NO_AIM, line: 3, column: 4 }],
    },
    {
      name: "still fires (kk): министрлік газет шығаруды тоқтата тұруға құқылы",
      language: "kk",
      code: "9-бап\n\n2. Министрлік газет шығаруды тоқтата тұруға құқылы.",
      errors: [{ ...NO_AIM, line: 3, column: 4 }],
    },
  ],
});

// "No one may be …": a guarantee of persons against every measure the clause names, not a ban.
new RuleTester({ profile: "iccpr" }).run(rule, {
  valid: [
    {
      name: "hard negative (en): no one may be expelled from a union or have their home searched without a court order",
      language: "en",
      code: "Section 30\n\n(2) No one may be expelled from a trade union, or have their home searched, without an order of a court.",
    },
    {
      name: "hard negative (ru): никто не может быть исключен или лишен иначе как по решению суда",
      language: "ru",
      code: "Статья 30\n\n2. Никто не может быть исключен из профессионального союза или лишен жилища иначе как по решению суда.",
    },
    {
      name: "hard negative (kk): ешкімді соттың шешімінсіз кәсіподақтан шығаруға болмайды",
      language: "kk",
      code: "30-бап\n\n2. Ешкімді соттың шешімінсіз кәсіподақтан шығаруға немесе тұрғын үйінен айыруға болмайды.",
    },
  ],
  invalid: [
    {
      name: "still fires (en): no one may hold a rally in the square (a ban on conduct)",
      language: "en",
      code: "Section 30\n\n(3) No one may hold a rally in the central square.",
      errors: [{ ...NO_AIM, line: 3, column: 5 }],
    },
    {
      name: "still fires (ru): никто не может проводить митинги на площади",
      language: "ru",
      code: "Статья 30\n\n3. Никто не вправе проводить митинги на центральной площади.",
      errors: [{ ...NO_AIM, line: 3, column: 4 }],
    },
    {
      name: "still fires (kk): орталық алаңда митинг өткізуге тыйым салынады",
      language: "kk",
      code: "30-бап\n\n3. Орталық алаңда митинг өткізуге тыйым салынады.",
      errors: [{ ...NO_AIM, line: 3, column: 4 }],
    },
  ],
});
