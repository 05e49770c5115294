/**
 * R36 education/state-control-of-academic-activity: the catalogue examples (RULES.md §4 J, R36-*),
 * own cases in several drafting styles and languages, and hard negatives (university autonomy with
 * independent accreditation, school curricula, laboratory safety, research funding, clinical trials).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/education/state-control-of-academic-activity.js";
import { loadProfile } from "../../../src/config/profiles.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const PRIOR = { messageId: "priorApproval", subCode: "prior-approval", severity: "warning" } as const;
const CONTENT = { messageId: "contentControl", subCode: "content-control", severity: "warning" } as const;
const RECTOR = { messageId: "rectorAppointment", subCode: "rector-appointment", severity: "warning" } as const;
const LICENCE = { messageId: "licenceCondition", subCode: "licence-condition", severity: "warning" } as const;

const R36_EN_X1 =
  "Article 5\n\n1. University lecturers may give public lectures on historical or political topics only with prior clearance from the Ministry of Science.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R36-en-v1",
      language: "en",
      code: "Article 5\n\n1. Lecturers choose the topics of their teaching, research and public lectures freely; universities are accredited by an independent agency on quality criteria.",
    },
    {
      name: "R36-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Преподаватели свободно определяют темы преподавания, исследований и публичных лекций.",
    },
    {
      name: "R36-kk-v1 (own: lecturers choose their topics freely)",
      language: "kk",
      code: "5-бап\n\n1. Оқытушылар оқыту, зерттеу және көпшілікке арналған дәрістердің тақырыптарын еркін таңдайды.",
    },
    // --- hard negatives -------------------------------------------------------------------
    {
      name: "hard negative (en, statute): autonomy over curricula, accreditation on published criteria",
      language: "en",
      code: "Article 26\n\n1. Universities independently determine the content of their study programmes and research topics.\n2. Study programmes are accredited by an independent accreditation agency on published quality criteria.",
    },
    {
      name: "hard negative (en): the state standard and curriculum of compulsory schooling",
      language: "en",
      code: "Article 27\n\n1. The state compulsory standard of primary and secondary education, including the school curriculum, is approved by the Government.",
    },
    {
      name: "hard negative (kk, by-law): зертханалардағы өрт қауіпсіздігі қағидалары",
      language: "kk",
      code: "33-бап\n\n1. Жоғары оқу орындарының ғылыми зертханаларындағы өрт қауіпсіздігі қағидаларын уәкілетті орган бекітеді.",
    },
    {
      name: "hard negative (en): the Government chooses priority areas of research for state funding",
      language: "en",
      code: "Article 28\n\n1. The Government approves the priority areas of scientific research at universities for state funding.",
    },
    {
      name: "hard negative (ru, code): клинические исследования с разрешения уполномоченного органа",
      language: "ru",
      code: "Статья 29\n\n1. Клинические исследования лекарственных средств в университетских клиниках проводятся с разрешения уполномоченного органа в области здравоохранения.",
    },
    {
      name: "hard negative (en): the rector is elected by the academic council and confirmed by the Minister",
      language: "en",
      code: "Article 30\n\n1. The rector is elected by the academic council of the university by secret ballot and appointed by the Minister on that basis.",
    },
    {
      name: "hard negative (ru): публичные лекции не подлежат согласованию (a guarantee)",
      language: "ru",
      code: "Статья 31\n\n1. Публичные лекции преподавателей вузов не подлежат согласованию с государственными органами.",
    },
    {
      name: "hard negative (en): no lecture needs approval (a guarantee)",
      language: "en",
      code: "Article 31\n\n1. No lecture or research project at a university is subject to approval by a state body.",
    },
    {
      name: "hard negative (kk): дәрістер мемлекеттік органдармен келісуге жатпайды",
      language: "kk",
      code: "31-бап\n\n1. Жоғары оқу орындарындағы дәрістер мемлекеттік органдармен келісуге жатпайды.",
    },
    {
      name: "hard negative (ru): вузы самостоятельно утверждают образовательные программы",
      language: "ru",
      code: "Статья 7\n\n1. Организации высшего образования самостоятельно разрабатывают и утверждают образовательные программы.",
    },
    {
      name: "hard negative (kk): зерттеулер жүргізу қағидаларын бекіту (rules, not approval of research)",
      language: "kk",
      code: "7-бап\n\n1. Уәкілетті орган жоғары оқу орындарында ғылыми зерттеулер жүргізу қағидаларын бекітеді.",
    },
    {
      name: "hard negative (ru): правила проведения научных исследований утверждает уполномоченный орган",
      language: "ru",
      code: "Статья 5\n\n1. Уполномоченный орган в области науки утверждает правила организации и проведения научных исследований в научных организациях.",
    },
    {
      name: "left to the religion rules (kk): діни семинарияның ректоры уәкілетті органмен келісіліп тағайындалады",
      language: "kk",
      code: "11-бап\n\n1. Діни семинарияның ректоры уәкілетті органмен келісілгеннен кейін тағайындалады.",
    },
    {
      name: "hard negative (en): the rector appoints deans (self-government)",
      language: "en",
      code: "Article 32\n\n1. The rector appoints the deans of faculties.",
    },
    // dissertation councils and doctoral schools are academic bodies; school programmes are not higher education
    {
      name: "hard negative (ru, science law): dissertation councils approve dissertation topics themselves",
      language: "ru",
      code: "Статья 15\n\n1. Диссертационные советы самостоятельно утверждают темы диссертаций.",
    },
    {
      name: "hard negative (ru, school law): school study programmes approved by the authorised body",
      language: "ru",
      code: "Статья 16\n\n1. Программы обучения в общеобразовательных школах утверждаются уполномоченным органом.",
    },
  ],

  invalid: [
    // «программы обучения» are study programmes; a dissertation is higher education by itself
    {
      name: "ru, higher education law: study programmes need the authorised body's agreement",
      language: "ru",
      code: "Статья 13\n\n1. Программы обучения в высших учебных заведениях подлежат согласованию с уполномоченным органом в области образования.",
      errors: [{ ...CONTENT, line: 3, column: 4, label: "ст. 13 п. 1" }],
    },
    {
      name: "ru, science law: dissertation topics approved by the authorised body",
      language: "ru",
      code: "Статья 14\n\n1. Темы диссертаций утверждаются уполномоченным органом.",
      errors: [{ ...PRIOR, line: 3, column: 4, label: "ст. 14 п. 1" }],
    },
    {
      name: "kk, science law: диссертациялардың тақырыптарын уәкілетті орган бекітеді",
      language: "kk",
      code: "14-бап\n\n1. Диссертациялардың тақырыптарын уәкілетті орган бекітеді.",
      errors: [{ ...PRIOR, line: 3, column: 4, label: "14-бап 1-тармақ" }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R36-en-x1",
      language: "en",
      code: R36_EN_X1,
      errors: [
        {
          ...PRIOR,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message: '"public lectures" needs the approval ("clearance") of "Ministry"',
        },
      ],
    },
    {
      name: "R36-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Преподаватели вузов вправе проводить публичные лекции на исторические и политические темы только после согласования с министерством науки.",
      errors: [{ ...PRIOR, line: 3, column: 4, label: "ст. 5 п. 1", message: '("согласования")' }],
    },
    {
      name: "R36-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Жоғары оқу орындарының оқытушылары тарихи және саяси тақырыптарда көпшілікке арналған дәрістерді Ғылым министрлігімен келіскеннен кейін ғана оқи алады.",
      errors: [{ ...PRIOR, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en, iccpr): dissertation topics approved by the Ministry",
      language: "en",
      profile: "iccpr",
      code: "Article 24\n\n1. The topics of doctoral dissertations at state and private universities are approved by the Ministry of Science and Higher Education.",
      errors: [{ ...PRIOR, line: 3, column: 4, message: "ICCPR art. 19(2)" }],
    },
    {
      name: "by-law (ru, echr): содержание публичных лекций определяет уполномоченный орган",
      language: "ru",
      profile: "echr",
      code: "Статья 30\n\n1. Содержание и темы публичных лекций, проводимых преподавателями вузов, определяются уполномоченным органом в области образования.",
      errors: [{ ...CONTENT, line: 3, column: 4, label: "ст. 30 п. 1", message: "ECHR art. 10" }],
    },
    {
      name: "statute (kk): ректорларды уәкілетті орган тағайындайды",
      language: "kk",
      code: "31-бап\n\n1. Жоғары оқу орындарының ректорларын уәкілетті орган тағайындайды және қызметтен босатады.",
      errors: [{ ...RECTOR, line: 3, column: 4, label: "31-бап 1-тармақ", suggestions: 1 }],
    },
    {
      name: "statute (en): rectors appointed and dismissed by the Government",
      language: "en",
      code: "Article 25\n\n1. The rectors of all universities are appointed and dismissed by the Government on the proposal of the Minister of Education.",
      errors: [
        { ...RECTOR, line: 3, column: 4, suggestions: 1, message: '"Government" appoints or dismisses "rectors"' },
      ],
    },
    {
      name: "code (en, eu-digital): licence conditional on an intergovernmental agreement",
      language: "en",
      profile: "eu-digital",
      code: "Article 34\n\n1. A licence for educational activity in higher education is issued to a branch of a foreign university only if the Government has concluded an intergovernmental agreement with the state of its founders.",
      errors: [{ ...LICENCE, line: 3, column: 4, message: "EU Charter art. 13" }],
    },
    {
      name: "plain English: lecturers may not lecture without the akimat's approval",
      language: "en",
      code: "Article 35\n\n1. University lecturers may not give public lectures without the approval of the akimat.",
      errors: [{ ...PRIOR, line: 3, column: 4 }],
    },
    {
      name: "code (kk): көпшілікке арналған дәрістер әкімдіктің келісімінсіз өткізілмейді",
      language: "kk",
      code: "36-бап\n\n1. Көпшілікке арналған дәрістерді әкімдіктің келісімінсіз өткізуге болмайды.",
      errors: [{ ...PRIOR, line: 3, column: 4 }],
    },
    {
      name: "by-law (ru): типовые учебные планы вузов утверждает уполномоченный орган (content of curricula)",
      language: "ru",
      code: "Статья 7\n\n1. Типовые учебные планы и типовые учебные программы организаций высшего образования утверждаются уполномоченным органом в области образования.",
      errors: [{ ...CONTENT, line: 3, column: 4, label: "ст. 7 п. 1", message: '("утверждаются")' }],
    },
    {
      name: "amendment (ru): new wording requires permission for foreign conferences",
      language: "ru",
      code: "Статья 1\n\nПункт 3 статьи 12 Закона «О науке» изложить в следующей редакции:\n«3. Участие научных работников в международных конференциях допускается только с разрешения уполномоченного органа.».",
      errors: [{ ...PRIOR, line: 3, column: 1 }],
    },
  ],
});

describe("education/state-control-of-academic-activity confidence, suggestions and profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  it("is one step less sure when no approving body is named", () => {
    const code = "Article 24\n\n1. The topics of doctoral dissertations at universities are subject to approval.";
    expect(tester.findings(rule, { language: "en", code }).map((f) => [f.subCode, f.confidence])).toEqual([
      ["prior-approval", 0.5],
    ]);
  });
  it("suggests an academic council's proposal for executive appointments", () => {
    const code = "Статья 25\n\n1. Ректоры вузов назначаются уполномоченным органом.";
    const [finding] = tester.findings(rule, { language: "ru", code });
    const change = finding?.suggestions[0]?.edits[0];
    expect(change).toBeDefined();
    const fixed = change
      ? code.slice(0, change.range.start.offset) + change.text + code.slice(change.range.end.offset)
      : code;
    expect(fixed).toContain("по представлению ученого совета назначаются");
  });
  it("says that the KZ constitutions have no express article on academic freedom", () => {
    const [kz] = tester.findings(rule, { language: "en", code: R36_EN_X1 });
    expect(kz?.message).toContain("KZ Constitution 2026 has no express article");
    expect(kz?.principle).toEqual([]);
    const [eu] = tester.findings(rule, { language: "en", code: R36_EN_X1, profile: "eu-digital" });
    expect(eu?.principle).toEqual(["EU Charter art. 13"]);
  });
  it("reports nothing under a profile that turns the rule off", () => {
    const base = loadProfile("kz-2026");
    const profile = {
      ...base,
      ruleSeverity: { ...base.ruleSeverity, "education/state-control-of-academic-activity": "off" as const },
    };
    expect(tester.findings(rule, { language: "en", code: R36_EN_X1, profile })).toEqual([]);
  });
});
