import { describe, expect, it } from "vitest";
import rule from "../../../rules/digital/automated-decision-without-human-review.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const ALL_MISSING = "with no human review, notice, or way to contest.";

// R18 examples of RULES.md, wrapped in a small article so that labels are real
const R18_EN_X1 =
  "Article 5\n\n1. A kindergarten place is refused automatically where the information system finds no vacancy matching the child's profile.";
const R18_EN_V1 =
  "Article 5\n\n1. The information system proposes an allocation; an education official decides, informs the parents of the main reasons, and the parents may ask for a review and appeal to court.";
const R18_RU_X1 =
  "Статья 5\n\n1. В предоставлении места в детском саду отказывается автоматически, если информационная система не находит места, соответствующего профилю ребенка.";
const R18_RU_V1 =
  "Статья 5\n\n1. Информационная система формирует предложение; решение принимает должностное лицо отдела образования, которое сообщает родителям основные причины; решение может быть обжаловано в суд.";
const R18_KK_X1 =
  "5-бап\n\n1. Ақпараттық жүйе баланың бейініне сәйкес келетін орын таппаса, балабақшадан орын беруден автоматты түрде бас тартылады.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    { name: "R18-en-v1", language: "en", code: R18_EN_V1 },
    {
      name: "hard negative: a right not to be subject to automatic refusal (GDPR-style guarantee, en)",
      language: "en",
      code: "Article 22\n\n1. The applicant has the right not to be subject to a decision based solely on automated processing, such as the automatic refusal of a credit application by an information system.",
    },
    {
      name: "hard negative: a decision may not be based solely on automated processing (ru)",
      language: "ru",
      code: "Статья 22\n\n1. Решение об отказе в выплате не может быть основано исключительно на автоматизированной обработке данных информационной системой.",
    },
    {
      name: "hard negative: a refusal cannot rest on automated processing alone (kk)",
      language: "kk",
      code: "22-бап\n\n1. Төлемнен бас тарту туралы шешім тек ақпараттық жүйенің автоматтандырылған өңдеуіне негізделе алмайды.",
    },
    { name: "R18-ru-v1", language: "ru", code: R18_RU_V1 },
    {
      name: "R18-kk-v1 (written for this rule): the system proposes, an official decides, informs, appeal to court",
      language: "kk",
      code: "5-бап\n\n1. Ақпараттық жүйе орын бөлу туралы ұсыныс қалыптастырады; шешімді лауазымды адам қабылдайды, ата-анасын негізгі себептер туралы хабардар етеді; шешімге сотқа шағым жасалуы мүмкін.",
    },
    {
      name: "hard negative: automatic grant of a benefit (statute, plain)",
      language: "en",
      code: "Article 4\n\n1. The child benefit is granted automatically on the basis of data held in the information system, without an application.",
    },
    {
      name: "hard negative: favourable allocation (assigned and allocated automatically)",
      language: "en",
      code: "Article 4\n\n1. A place in the free school-meals scheme is assigned and allocated automatically by the information system to every pupil whose family receives targeted social assistance.",
    },
    {
      name: "hard negative: automatic renewal; the fine is only its condition",
      language: "en",
      code: "Article 11\n\n1. The residents' parking permit is renewed automatically by the information system unless the holder has been fined for a parking offence in the previous year.",
    },
    {
      name: "hard negative: automatic calculation confirmed by an official",
      language: "en",
      code: "Article 8\n\n1. The amount of the late-payment penalty is calculated automatically by the information system and confirmed by an official of the state revenue body.",
    },
    {
      name: "hard negative (ru, code): traffic-camera output reviewed by an inspector, with appeal",
      language: "ru",
      code: "Статья 9\n\n1. Штраф за превышение скорости налагается на основании данных, зафиксированных в автоматическом режиме специальными техническими средствами; запись рассматривает инспектор, который выносит постановление.\n2. Постановление может быть обжаловано в суд.",
    },
    {
      name: "hard negative: a permit suspended by operation of law on its date (no system)",
      language: "en",
      code: "Article 6\n\n1. A fishing permit is suspended automatically on the date on which its term expires.",
    },
    {
      name: "hard negative (ru): действие разрешения приостанавливается автоматически (no system)",
      language: "ru",
      code: "Статья 6\n\n1. Действие разрешения автоматически приостанавливается со дня истечения срока, указанного в нем.",
    },
    {
      name: "hard negative (kk, by-law): the inspector checks the camera record and decides on the fine",
      language: "kk",
      code: "9-бап\n\n1. Арнаулы техникалық құралдар автоматты режимде тіркеген деректер бойынша айыппұл салу туралы шешімді инспектор жазбаны тексергеннен кейін қабылдайды.",
    },
    {
      name: "all safeguards found through a reference (scope level 4)",
      language: "en",
      code: "Article 5\n\n1. An application for a housing subsidy is refused automatically where the information system finds arrears, subject to Article 6 of this Law.\n\nArticle 6\n\n1. A person may request a human review of the decision, shall be informed of the main reasons and may appeal to court.",
    },
    {
      name: "not a legal effect: refuse collection, budget funds, fault tolerance (stop phrases)",
      language: "en",
      code: "Article 2\n\n1. Refuse collection routes are planned automatically by the information system.\n2. Funds are allocated automatically by the information system to district budgets.",
    },
    {
      name: "not a legal effect (ru): отказоустойчивость информационной системы",
      language: "ru",
      code: "Статья 2\n\n1. Оператор обеспечивает отказоустойчивость информационной системы и автоматическое резервное копирование.",
    },
    {
      name: "a negated effect is a guarantee",
      language: "en",
      code: "Article 3\n\n1. The information system may compare the data, but a benefit may not be refused by the information system alone.",
    },
    {
      name: "hard negative (en, digital services act): an annex naming the information system for the award of benefits",
      language: "en",
      code: "Annex 1 - Information systems connected to the portal\n\n1. The state register of the population.\n2. The information system for the award of social benefits.",
    },
    // a decision on a benefit with review by an officer, an appeal and reasons (the safeguards as drafters write them)
    {
      name: "hard negative (en, benefits act): automated benefit decisions, review by an officer, appeal, reasons",
      language: "en",
      code: "Section 9\n\n(1) Decisions on housing benefit claims are taken by an automated system; the claimant may ask for a review by an officer and appeal to the tribunal, and is told the reasons.",
    },
    {
      name: "hard negative (en, benefits act): the safeguards in the next subsection",
      language: "en",
      code: "Section 9\n\n(1) A refusal of a benefit is decided by an automated system.\n(2) The claimant may request a review of the refusal by an officer and may appeal to the tribunal, and shall be told the reasons.",
    },
    {
      name: "hard negative (ru, social protection law): пересмотр решения должностным лицом, обжалование, основания",
      language: "ru",
      code: "Статья 9\n\n1. Решение о назначении пособия принимается информационной системой автоматически. Заявитель вправе потребовать пересмотра решения должностным лицом и обжаловать его в суд; заявителю сообщаются основания решения.",
    },
    {
      name: "hard negative (kk, social protection law): лауазымды адамның қайта қарауы, шағым, негіздер",
      language: "kk",
      code: "9-бап\n\n1. Жәрдемақы тағайындау туралы шешімді ақпараттық жүйе автоматты түрде қабылдайды. Өтініш беруші шешімді лауазымды адамның қайта қарауын талап етуге және оған сотқа шағым жасауға құқылы; өтініш берушіге шешімнің негіздері хабарланады.",
    },
  ],
  invalid: [
    // a decision on an entitlement may be a refusal: it has a legal effect whatever its outcome
    {
      name: "ru, social protection law: benefits awarded by an information system without officials",
      language: "ru",
      code: "Статья 9\n\n1. Решение о назначении пособия принимается автоматически информационной системой без участия должностных лиц.",
      errors: [
        {
          messageId: "automated",
          subCode: "no-human-review",
          severity: "warning",
          suggestions: 1,
          line: 3,
          column: 4,
          label: "ст. 9 п. 1",
        },
      ],
    },
    {
      name: "kk, social protection law: жәрдемақы тағайындау туралы шешімді ақпараттық жүйе қабылдайды",
      language: "kk",
      code: "9-бап\n\n1. Жәрдемақы тағайындау туралы шешімді ақпараттық жүйе лауазымды адамдардың қатысуынсыз автоматты түрде қабылдайды.",
      errors: [
        {
          messageId: "automated",
          subCode: "no-human-review",
          severity: "warning",
          suggestions: 1,
          line: 3,
          column: 4,
          label: "9-бап 1-тармақ",
        },
      ],
    },
    {
      name: "en, benefits act: decisions on benefit claims taken by an automated system",
      language: "en",
      code: "Section 9\n\n(1) Decisions on housing benefit claims are taken by an automated system without the involvement of officials.",
      errors: [
        {
          messageId: "automated",
          subCode: "no-human-review",
          severity: "warning",
          suggestions: 1,
          line: 3,
          column: 5,
          label: "s. 9(1)",
          message: "Automated entitlement decision with no human review, notice, or way to contest.",
        },
      ],
    },
    {
      name: "R18-en-x1",
      language: "en",
      code: R18_EN_X1,
      errors: [
        {
          messageId: "automated",
          subCode: "no-human-review",
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          severity: "warning",
          message: `Automated refusal ${ALL_MISSING}`,
          suggestions: 1,
        },
      ],
    },
    {
      name: "R18-en-x1 under eu-digital: error",
      language: "en",
      code: R18_EN_X1,
      profile: "eu-digital",
      errors: [
        {
          messageId: "automated",
          subCode: "no-human-review",
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          severity: "error",
        },
      ],
    },
    {
      name: "R18-ru-x1",
      language: "ru",
      code: R18_RU_X1,
      errors: [
        {
          messageId: "automated",
          subCode: "no-human-review",
          line: 3,
          column: 4,
          label: "ст. 5 п. 1",
          severity: "warning",
          message: `Automated refusal ${ALL_MISSING}`,
          suggestions: 1,
        },
      ],
    },
    {
      name: "R18-kk-x1",
      language: "kk",
      code: R18_KK_X1,
      errors: [
        {
          messageId: "automated",
          subCode: "no-human-review",
          line: 3,
          column: 4,
          label: "5-бап 1-тармақ",
          severity: "warning",
          message: `Automated refusal ${ALL_MISSING}`,
          suggestions: 1,
        },
      ],
    },
    {
      name: "en code style: penalty without human intervention",
      language: "en",
      code: "Article 12\n\n1. Where the speed-monitoring algorithm records an excess over the limit, a penalty notice is issued to the registered keeper without human intervention.",
      errors: [
        {
          messageId: "automated",
          subCode: "no-human-review",
          line: 3,
          column: 4,
          label: "Art. 12(1)",
          message: `Automated fine ${ALL_MISSING}`,
        },
      ],
    },
    {
      name: "en statute: human review on request in the article, but no notice or contest",
      language: "en",
      code: "Article 7\n\n1. The housing benefit is terminated automatically where the information system records a change of address.\n2. The person may request a human review of the termination.",
      errors: [
        {
          messageId: "automated",
          subCode: "no-contest",
          line: 3,
          column: 4,
          label: "Art. 7(1)",
          severity: "warning",
          message: "Automated termination with no notice or way to contest.",
          suggestions: 0,
        },
      ],
    },
    {
      name: "the same under eu-digital: no-contest is an error",
      language: "en",
      profile: "eu-digital",
      code: "Article 7\n\n1. The housing benefit is terminated automatically where the information system records a change of address.\n2. The person may request a human review of the termination.",
      errors: [
        { messageId: "automated", subCode: "no-contest", line: 3, column: 4, label: "Art. 7(1)", severity: "error" },
      ],
    },
    {
      name: "ru, formal: review and appeal in the article, no notice — no-notice (warning even under eu-digital)",
      language: "ru",
      profile: "eu-digital",
      code: "Статья 3\n\n1. Решение об отказе в предоставлении субсидии формируется информационной системой автоматически.\n2. Заявитель вправе обжаловать решение; по его жалобе решение пересматривается должностным лицом.",
      errors: [
        {
          messageId: "automated",
          subCode: "no-notice",
          line: 3,
          column: 4,
          label: "ст. 3 п. 1",
          severity: "warning",
          message: "Automated refusal with no notice.",
        },
      ],
    },
    {
      name: "ru by-law: payment stopped by the algorithm",
      language: "ru",
      code: "Статья 4\n\n1. Выплата пособия прекращается по результатам проверки сведений алгоритмом без участия человека.",
      errors: [
        {
          messageId: "automated",
          subCode: "no-human-review",
          line: 3,
          column: 4,
          label: "ст. 4 п. 1",
          message: `Automated termination ${ALL_MISSING}`,
        },
      ],
    },
    {
      name: "en amending bill: the quoted new text is linted (label of the amending provision)",
      language: "en",
      code: 'Law amending the Law on Social Assistance\n\nArticle 1\n\n1. Article 14 of the Law on Social Assistance is replaced by the following:\n"Article 14. Suspension of assistance\n\n1. Targeted social assistance is suspended automatically where the information system finds that the family\'s income exceeds the threshold."',
      errors: [
        {
          messageId: "automated",
          subCode: "no-human-review",
          line: 8,
          column: 4,
          label: "Art. 1(1)",
          message: `Automated suspension ${ALL_MISSING}`,
        },
      ],
    },
    {
      name: "kk amending bill: мынадай редакцияда жазылсын",
      language: "kk",
      code: "1-бап\n\n1. «Әлеуметтік көмек туралы» Заңның 14-бабы мынадай редакцияда жазылсын:\n«14-бап. Көмекті тоқтата тұру\n\n1. Ақпараттық жүйе отбасы табысының шектен асқанын анықтаса, атаулы әлеуметтік көмекті төлеуді автоматты түрде тоқтата тұрады.»",
      errors: [
        {
          messageId: "automated",
          subCode: "no-human-review",
          line: 6,
          column: 4,
          label: "1-бап 1-тармақ",
          message: `Automated suspension ${ALL_MISSING}`,
        },
      ],
    },
    {
      name: "kk statute: the system suspends a benefit automatically",
      language: "kk",
      code: "7-бап\n\n1. Ақпараттық жүйе алушының табысы туралы мәліметтерде сәйкессіздік анықтаса, жәрдемақы төлеуді автоматты түрде тоқтата тұрады.",
      errors: [
        {
          messageId: "automated",
          subCode: "no-human-review",
          line: 3,
          column: 4,
          label: "7-бап 1-тармақ",
          message: `Automated suspension ${ALL_MISSING}`,
        },
      ],
    },
  ],
});

describe("digital/automated-decision-without-human-review suggestion", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  for (const [language, code] of [
    ["en", R18_EN_X1],
    ["ru", R18_RU_X1],
    ["kk", R18_KK_X1],
  ] as const) {
    it(`${language}: inserts the human-review clause before the full stop, and the fixed text passes`, () => {
      const [finding] = tester.findings(rule, { code, language });
      const edit = finding?.suggestions[0]?.edits[0];
      expect(edit).toBeDefined();
      if (!edit) return;
      expect(edit.range.start).toEqual(edit.range.end);
      expect(code[edit.range.start.offset]).toBe(".");
      const fixed = code.slice(0, edit.range.start.offset) + edit.text + code.slice(edit.range.end.offset);
      expect(tester.findings(rule, { code: fixed, language })).toEqual([]);
    });
  }

  it("names the profile article and steps confidence down when a safeguard is found only through a reference", () => {
    const [eu] = tester.findings(rule, { code: R18_EN_X1, language: "en", profile: "eu-digital" });
    expect(eu?.principle).toEqual(["EU GDPR art. 22", "EU AI Act arts 14, 86"]);
    const code =
      "Article 5\n\n1. An application is refused automatically where the information system finds arrears, subject to Article 6 of this Law.\n\nArticle 6\n\n1. A person may request a human review of the decision.";
    const [f] = tester.findings(rule, { code, language: "en" });
    expect(f?.subCode).toBe("no-contest");
    expect(f?.confidence).toBe(0.5);
    expect(f?.principle).toEqual(["KZ Constitution 2026 art. 21(1)"]);
  });
});
