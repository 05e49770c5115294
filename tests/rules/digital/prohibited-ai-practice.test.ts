/**
 * R19 digital/prohibited-ai-practice: the catalogue examples (RULES.md §4 C, R19-*), own cases in
 * several drafting styles and languages, and hard negatives that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/digital/prohibited-ai-practice.js";
import { loadProfile } from "../../../src/config/profiles.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const SCORING = { messageId: "socialScoring", subCode: "social-scoring", severity: "warning" } as const;
const EMOTION = { messageId: "emotionRecognition", subCode: "emotion-recognition", severity: "warning" } as const;
const PREDICTIVE = { messageId: "predictivePolicing", subCode: "predictive-policing", severity: "warning" } as const;
const CATEGORISATION = {
  messageId: "biometricCategorisation",
  subCode: "biometric-categorisation",
  severity: "warning",
} as const;
const SCRAPING = { messageId: "faceScraping", subCode: "face-scraping", severity: "warning" } as const;
const MANIPULATION = { messageId: "manipulation", subCode: "manipulation", severity: "warning" } as const;

const R19_EN_X1 =
  "Article 5\n\n1. Each resident is assigned a civic-conduct score; residents scoring below 40 points lose priority on the municipal housing list.";
const R19_EN_X2 =
  "Article 5\n\n1. Universities shall use emotion-recognition cameras in lecture halls to measure student engagement.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R19-en-v1",
      language: "en",
      code: "Article 5\n\n1. Priority on the municipal housing list depends only on the statutory criteria of income, family size and length of residence.",
    },
    {
      name: "R19-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Очередность предоставления муниципального жилья определяется только установленными законом критериями дохода, состава семьи и срока проживания.",
    },
    {
      name: "R19-kk-v1 (own: housing priority by statutory criteria only)",
      language: "kk",
      code: "5-бап\n\n1. Муниципалдық тұрғын үй кезегіндегі басымдық тек заңда белгіленген табыс, отбасы құрамы және тұрғылықты жерде тұру мерзімі өлшемшарттары бойынша айқындалады.",
    },
    // --- hard negatives: the trigger words, used lawfully ---------------------------------
    {
      name: "hard negative (en, statute): social scoring banned by the law itself",
      language: "en",
      code: "Article 6\n\n1. No public body may use a social score of residents to grant or refuse public services.\n2. Residents may not be refused housing or benefits because of a civic rating.",
    },
    {
      name: "hard negative (ru, code): присвоение социального рейтинга запрещается",
      language: "ru",
      code: "Статья 6\n\n1. Присвоение гражданам социального рейтинга государственными органами запрещается.",
    },
    {
      name: "hard negative (kk, statute): әлеуметтік рейтинг жүйесін пайдалануға тыйым салынады",
      language: "kk",
      code: "6-бап\n\n1. Мемлекеттік органдардың азаматтарға әлеуметтік рейтинг беру жүйесін пайдалануына тыйым салынады.",
    },
    {
      name: "hard negative (en): AI Act style list under a prohibiting chapeau",
      language: "en",
      code: "Article 6\n\n1. The following practices are prohibited:\n(a) the use of emotion recognition systems in the workplace and in schools;\n(b) the untargeted scraping of facial images from the internet to build facial recognition databases.",
    },
    {
      name: "hard negative (ru): кредитный рейтинг заемщика within its own context (sector law)",
      language: "ru",
      code: "Статья 7\n\n1. Банк определяет кредитный рейтинг заемщика по его доходам и кредитной истории и отказывает в выдаче кредита при низком рейтинге.",
    },
    {
      name: "hard negative (en): ratings of schools and hospitals, not of persons",
      language: "en",
      code: "Article 7\n\n1. The Ministry publishes an annual rating of schools and hospitals; institutions with the lowest rating lose priority for capital grants.",
    },
    {
      name: "hard negative (en, by-law): emotion recognition for medical purposes with consent",
      language: "en",
      code: "Article 9\n\n1. Hospitals may use emotion-recognition software only for medical purposes, to monitor patients in intensive care with their consent.",
    },
    {
      name: "hard negative (ru): усталость водителя (safety), not emotion recognition at work",
      language: "ru",
      code: "Статья 9\n\n1. Автобусы оборудуются системой, которая распознает признаки усталости и эмоциональное состояние водителя в целях безопасности водителей и пассажиров.",
    },
    {
      name: "hard negative (en): a probation officer's risk assessment (no system)",
      language: "en",
      code: "Article 10\n\n1. Before release, the probation officer assesses the risk of reoffending and reports to the court.",
    },
    {
      name: "hard negative (en): risk assessment supporting an officer, on verifiable facts",
      language: "en",
      code: "Article 10\n\n1. The police may use software that assesses the risk of reoffending only on the basis of objective and verifiable facts directly linked to a criminal activity, and an officer decides.",
    },
    {
      name: "hard negative (kk): images of a specific wanted person, not untargeted scraping",
      language: "kk",
      code: "11-бап\n\n1. Полиция нақты іздестірілетін адамның бет-әлпет суреттерін интернеттен жинай алады.",
    },
    {
      name: "hard negative (ru): психолог оценивает эмоциональное состояние учащегося (no system)",
      language: "ru",
      code: "Статья 12\n\n1. Школьный психолог оценивает эмоциональное состояние учащихся по обращению родителей.",
    },
    {
      name: "hard negative (en): exploiting software vulnerabilities (cybersecurity testing)",
      language: "en",
      code: "Article 13\n\n1. The State Technical Service may exploit vulnerabilities of information systems to test their security with the owner's consent.",
    },
    {
      name: "hard negative (kk): жұмыс берушілер эмоционалдық күйді анықтайтын жүйелерді пайдалануға құқылы емес",
      language: "kk",
      code: "7-бап\n\n1. Жұмыс берушілер қызметкерлердің эмоционалдық күйін анықтайтын жүйелерді пайдалануға құқылы емес.",
    },
    {
      name: "definitions article is not read",
      language: "en",
      code: 'Article 1. Definitions\n\n1. "Social scoring" means the evaluation of persons by a social score that leads to refusal of public services.',
    },
    {
      name: "a repealed unit is not read",
      language: "en",
      code: "Article 5. Civic-conduct score\n\n[Repealed]",
    },
    {
      name: "hard negative (kk): the law bans AI that rates citizens' trustworthiness by social behaviour",
      language: "kk",
      code: "8-бап\n\n1. Жасанды интеллект жүйелерін азаматтардың әлеуметтік мінез-құлқы негізінде сенімділігін бағалау үшін пайдалануға тыйым салынады.",
    },
  ],

  invalid: [
    {
      name: "kk: a social rating from online behaviour, access to public services restricted («қол жеткізуін шектеуге»)",
      language: "kk",
      code: "1-бап\n\n1. Уәкілетті орган жасанды интеллектті пайдалана отырып азаматтарға интернеттегі мінез-құлқы негізінде әлеуметтік рейтинг береді және рейтингі төмен азаматтардың мемлекеттік қызметтерге қол жеткізуін шектеуге құқылы.",
      errors: [{ ...SCORING, line: 3, column: 4, label: "1-бап 1-тармақ" }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R19-en-x1",
      language: "en",
      code: R19_EN_X1,
      errors: [
        {
          ...SCORING,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message:
            'a conduct score of persons ("civic-conduct score") leads to detrimental treatment ("lose priority")',
        },
      ],
    },
    {
      name: "R19-en-x1 under eu-digital: error, cites AI Act art. 5(1)(c)",
      language: "en",
      profile: "eu-digital",
      code: R19_EN_X1,
      errors: [
        {
          ...SCORING,
          severity: "error",
          line: 3,
          column: 4,
          message: "an AI practice prohibited by AI Act art. 5(1)(c)",
        },
      ],
    },
    {
      name: "R19-en-x2",
      language: "en",
      code: R19_EN_X2,
      errors: [{ ...EMOTION, line: 3, column: 4, label: "Art. 5(1)", message: '("emotion-recognition")' }],
    },
    {
      name: "R19-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Каждому жителю присваивается рейтинг гражданского поведения; жители с рейтингом ниже 40 баллов лишаются приоритета в очереди на муниципальное жилье.",
      errors: [{ ...SCORING, line: 3, column: 4, label: "ст. 5 п. 1", message: '("лишаются приоритета")' }],
    },
    {
      name: "R19-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Әрбір тұрғынға азаматтық мінез-құлық рейтингі беріледі; рейтингі 40 балдан төмен тұрғындар муниципалдық тұрғын үй кезегіндегі басымдығынан айырылады.",
      errors: [{ ...SCORING, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "by-law (en, iccpr): employers infer employees' emotions",
      language: "en",
      profile: "iccpr",
      code: "Article 4\n\n1. Employers may install software that infers the emotional state of employees from their facial expressions during working hours.",
      errors: [{ ...EMOTION, line: 3, column: 4, message: "ICCPR (art. 17, art. 26)" }],
    },
    {
      name: "plain English: a behaviour score that makes people pay more",
      language: "en",
      code: "Article 3\n\n1. The city can give each person a score based on how they behave, and people with low scores pay more for parking.",
      errors: [{ ...SCORING, line: 3, column: 4 }],
    },
    {
      name: "statute (en): the detriment in the next paragraph of the article (confidence low)",
      language: "en",
      code: "Article 8\n\n1. The akimat keeps a trustworthiness index for every resident.\n2. Residents whose index falls below 50 points are refused places in municipal kindergartens.",
      errors: [
        {
          ...SCORING,
          line: 3,
          column: 4,
          label: "Art. 8(1)",
          message: '("refused places in municipal kindergartens")',
        },
      ],
    },
    {
      name: "code (ru): программа прогнозирует склонность к совершению преступлений",
      language: "ru",
      code: "Статья 11\n\n1. Органы внутренних дел используют программу, которая на основании возраста, места жительства и личностных черт гражданина прогнозирует его склонность к совершению преступлений.",
      errors: [{ ...PREDICTIVE, line: 3, column: 4, label: "ст. 11 п. 1", message: '("склонность к совершению")' }],
    },
    {
      name: "statute (en, echr): cameras sort passers-by by ethnicity inferred from faces",
      language: "en",
      profile: "echr",
      code: "Article 12\n\n1. The police may use street cameras that sort passers-by into categories by ethnic origin and religious belief inferred from their faces.",
      errors: [{ ...CATEGORISATION, line: 3, column: 4, message: '("ethnic")' }],
    },
    {
      name: "statute (kk): полиция бет-әлпеті бойынша этникалық тегін анықтайтын жүйелерді пайдаланады",
      language: "kk",
      code: "6-бап\n\n1. Полиция адамдардың бет-әлпеті бойынша олардың этникалық тегін анықтайтын бейнеталдау жүйелерін пайдалана алады.",
      errors: [{ ...CATEGORISATION, line: 3, column: 4, label: "6-бап 1-тармақ" }],
    },
    {
      name: "by-law (kk): мектептер оқушылардың эмоционалдық күйін анықтайтын камераларды пайдаланады",
      language: "kk",
      code: "14-бап\n\n1. Мектептер сабақ кезінде оқушылардың эмоционалдық күйін анықтайтын бейнекамераларды пайдаланады.",
      errors: [{ ...EMOTION, line: 3, column: 4, label: "14-бап 1-тармақ" }],
    },
    {
      name: "statute (kk, eu-digital): бет-әлпет суреттерін интернеттен жинау",
      language: "kk",
      profile: "eu-digital",
      code: "15-бап\n\n1. Ұлттық биометриялық деректер қорының операторы оны интернеттен және әлеуметтік желілерден жиналған бет-әлпет суреттерімен толықтырады.",
      errors: [{ ...SCRAPING, severity: "error", line: 3, column: 4, message: "AI Act art. 5(1)(e)" }],
    },
    {
      name: "manipulation is a warning even under eu-digital (RULES.md §5.7)",
      language: "en",
      profile: "eu-digital",
      code: "Article 15\n\n1. Operators of online lotteries may use techniques that exploit the vulnerabilities of players with a gambling addiction.",
      errors: [{ ...MANIPULATION, line: 3, column: 4, message: "AI Act art. 5(1)(a)–(b)" }],
    },
    {
      name: "amendment (ru): the quoted new wording introduces a social rating",
      language: "ru",
      code: "Статья 1\n\nСтатью 8 Закона «О государственных услугах» дополнить пунктом 3 следующего содержания:\n«3. Гражданам с низким социальным рейтингом отказывается в предоставлении государственных услуг.».",
      errors: [{ ...SCORING, line: 3, column: 1, label: "ст. 1 абз. 1" }],
    },
  ],
});

describe("digital/prohibited-ai-practice confidence and profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  it("is one step less sure when the detriment is found in another sentence of the article", () => {
    const code =
      "Article 8\n\n1. The akimat keeps a trustworthiness index for every resident.\n2. Residents whose index falls below 50 points are refused places in municipal kindergartens.";
    expect(tester.findings(rule, { language: "en", code }).map((f) => f.confidence)).toEqual([0.5]);
    expect(tester.findings(rule, { language: "en", code: R19_EN_X1 }).map((f) => f.confidence)).toEqual([0.7]);
  });
  it("reports manipulation at confidence low", () => {
    const code =
      "Article 15\n\n1. Operators of online lotteries may use subliminal techniques to prolong the play of their customers.";
    expect(tester.findings(rule, { language: "en", code }).map((f) => [f.subCode, f.confidence])).toEqual([
      ["manipulation", 0.5],
    ]);
  });
  it("cites the profile's articles", () => {
    const [kz] = tester.findings(rule, { language: "en", code: R19_EN_X2 });
    expect(kz?.principle).toEqual(["KZ Constitution 2026 art. 21(1)", "KZ Constitution 2026 art. 16"]);
    const [eu] = tester.findings(rule, { language: "en", code: R19_EN_X2, profile: "eu-digital" });
    expect(eu?.severity).toBe("error");
  });
  it("reports nothing under a profile that turns the rule off", () => {
    const base = loadProfile("kz-2026");
    const profile = {
      ...base,
      ruleSeverity: { ...base.ruleSeverity, "digital/prohibited-ai-practice": "off" as const },
    };
    expect(tester.findings(rule, { language: "en", code: R19_EN_X1, profile })).toEqual([]);
  });
});
