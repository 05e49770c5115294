/**
 * R33 remedy/ouster-clause: the catalogue examples (RULES.md §4 H, R33-*), own cases in several
 * drafting styles, and hard negatives that declare decisions final lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/remedy/ouster-clause.js";
import { loadProfile } from "../../../src/config/profiles.js";
import { type ProfileLike, RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const OUSTER = { messageId: "ouster", severity: "error" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R33-en-v1",
      language: "en",
      code: "Article 8\n\n1. A user may appeal a decision of the Content Commission to the specialised administrative court within one month.",
    },
    {
      name: "R33-ru-v1",
      language: "ru",
      code: "Статья 8\n\n1. Решение Комиссии по контенту может быть обжаловано пользователем в специализированный административный суд в течение одного месяца.",
    },
    {
      name: "R33-kk-v1 (own): the decision may be appealed to the administrative court",
      language: "kk",
      code: "8-бап\n\n1. Контент жөніндегі комиссияның шешіміне пайдаланушы бір ай ішінде мамандандырылған әкімшілік сотқа шағымдана алады.",
    },
    // --- hard negatives: finality declared lawfully ---------------------------------------
    {
      name: "hard negative (ru, constitution): judgments of the Supreme Court are final",
      language: "ru",
      code: "Статья 61\n\n1. Постановление Верховного Суда является окончательным и обжалованию не подлежит.",
    },
    {
      name: "hard negative (kk, constitution): decisions of the Constitutional Court are final",
      language: "kk",
      code: "5-бап\n\n1. Конституциялық Соттың қорытынды шешімдері түпкілікті болып табылады және шағымдануға жатпайды.",
    },
    {
      name: "hard negative (en, code): a ruling of the court of cassation is final",
      language: "en",
      code: "Article 464\n\n1. A ruling of the court of cassation takes effect when it is pronounced and is final.",
    },
    {
      name: "hard negative (en, constitution): decisions of the Constitutional Council are final",
      language: "en",
      code: "Article 74\n\n1. Decisions of the Constitutional Council are final and not subject to appeal.",
    },
    {
      name: "hard negative (en, statute): final unless appealed to the administrative court",
      language: "en",
      code: "Article 9\n\n1. A decision of the Tariff Commission shall become final unless it is appealed to the administrative court within one month of its notification.",
    },
    {
      name: "hard negative (ru): no further appeal inside the administration, a court appeal stays open",
      language: "ru",
      code: "Статья 23\n\n1. Решение аттестационной комиссии обжалованию в вышестоящий орган не подлежит и может быть обжаловано в суд.",
    },
    {
      name: "hard negative (kk, by-law): a complaint to the appeals commission must come before the court",
      language: "kk",
      code: "16-бап\n\n1. Салық төлеуші сотқа жүгінгенге дейін апелляциялық комиссияға шағым беруге міндетті.\n2. Апелляциялық комиссияның шешіміне сотқа шағымдануға болады.",
    },
    {
      name: "weak finality with an appeal elsewhere in the article (ru)",
      language: "ru",
      code: "Статья 30\n\n1. Решение комиссии по тарифам является окончательным.\n2. Решение комиссии может быть обжаловано в суд в течение одного месяца.",
    },
    {
      name: "what is final is a text, not a decision (ru constitution): chapters that parliament cannot revise",
      language: "ru",
      code: "Статья 135\n\n1. Положения глав 1, 2 и 9 Конституции не могут быть пересмотрены парламентом.",
    },
    {
      name: "a repealed unit is not read",
      language: "en",
      code: "Article 8. Finality\n\n[Repealed]",
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R33-en-x1",
      language: "en",
      code: "Article 8\n\n1. Decisions of the Content Commission are final and cannot be challenged in court.",
      errors: [
        {
          ...OUSTER,
          line: 3,
          column: 4,
          label: "Art. 8(1)",
          suggestions: 1,
          message: 'Decisions of "Content Commission" are shielded from judicial review: "cannot be challenged"',
        },
      ],
    },
    {
      name: "R33-ru-x1",
      language: "ru",
      code: "Статья 8\n\n1. Решения Комиссии по контенту являются окончательными и обжалованию в суде не подлежат.",
      errors: [{ ...OUSTER, line: 3, column: 4, label: "ст. 8 п. 1", message: '"обжалованию в суде не подлежат"' }],
    },
    {
      name: "R33-kk-x1",
      language: "kk",
      code: "8-бап\n\n1. Контент жөніндегі комиссияның шешімдері түпкілікті болып табылады және сотқа шағымдануға жатпайды.",
      errors: [{ ...OUSTER, line: 3, column: 4, label: "8-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en, echr): no appeal lies to any court against a decision of a board",
      language: "en",
      profile: "echr",
      code: "Article 31\n\n1. No appeal shall lie to any court against a decision of the Migration Board on an application for a residence permit.",
      errors: [{ ...OUSTER, line: 3, column: 4, message: 'Decisions of "Migration Board"' }],
    },
    {
      name: "code (ru, iccpr): a fine imposed by the labour inspectorate cannot be appealed in court",
      language: "ru",
      profile: "iccpr",
      code: "Статья 40\n\n1. Постановление инспекции труда о наложении штрафа на работника не может быть обжаловано в судебном порядке.",
      errors: [{ ...OUSTER, line: 3, column: 4, label: "ст. 40 п. 1", message: "ICCPR (art. 2(3), art. 14(1))" }],
    },
    {
      name: "by-law (kk): the decision of the attestation commission cannot be appealed",
      language: "kk",
      code: "23-бап\n\n1. Аттестаттау комиссиясының шешіміне шағымдануға болмайды.",
      errors: [{ ...OUSTER, line: 3, column: 4, label: "23-бап 1-тармақ" }],
    },
    {
      name: "plain English: the mayor's ruling is final and no court may review it (two clauses, one finding)",
      language: "en",
      code: "Article 4\n\n1. A ruling of the mayor on a street-trading licence is final; no court may review it.",
      errors: [{ ...OUSTER, line: 3, column: 64, message: '"no court may review"' }],
    },
    {
      name: "weak finality alone (ru): 'является окончательным' with no appeal anywhere in the article",
      language: "ru",
      code: "Статья 30\n\n1. Решение комиссии по тарифам является окончательным.",
      errors: [{ ...OUSTER, line: 3, column: 4, label: "ст. 30 п. 1" }],
    },
    {
      name: "amendment (en): the quoted new wording closes the courts",
      language: "en",
      code: 'Article 1\n\nSection 12 of the Licensing Act is replaced by the following:\n"12. A decision of the Licensing Committee is final and shall not be called in question in any court."',
      errors: [{ ...OUSTER, line: 3, column: 1, label: "Art. 1 al. 1" }],
    },
  ],
});

describe("remedy/ouster-clause: suggestion, confidence and profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  it("appends a court appeal to the clause", () => {
    const code = "Article 8\n\n1. Decisions of the Content Commission are final and cannot be challenged in court.";
    const [finding] = tester.findings(rule, { language: "en", code });
    const edit = finding?.suggestions[0]?.edits[0];
    expect(edit).toBeDefined();
    const at = edit?.range.start.offset ?? 0;
    expect(code.slice(0, at) + edit?.text + code.slice(at)).toContain(
      "cannot be challenged in court; this does not limit an appeal against the decision to a court.",
    );
  });
  it("is less sure of weak finality ('is final') than of a strong ouster", () => {
    const weak = tester.findings(rule, {
      language: "ru",
      code: "Статья 30\n\n1. Решение комиссии по тарифам является окончательным.",
    });
    const strong = tester.findings(rule, {
      language: "ru",
      code: "Статья 30\n\n1. Решение комиссии по тарифам обжалованию не подлежит.",
    });
    expect(weak[0]?.confidence).toBe(0.7);
    expect(strong[0]?.confidence).toBe(0.9);
  });
  it("cites the article of each profile", () => {
    const code = "Article 8\n\n1. Decisions of the Content Commission are final and cannot be challenged in court.";
    expect(tester.findings(rule, { language: "en", code, profile: "echr" })[0]?.principle).toEqual([
      "ECHR art. 6",
      "ECHR art. 13",
    ]);
    expect(tester.findings(rule, { language: "en", code, profile: "kz-1995" })[0]?.principle).toEqual([
      "KZ Constitution 1995 art. 13(2)",
    ]);
  });
  it("reports nothing under a profile that turns the rule off", () => {
    const base = loadProfile("kz-2026");
    const off: ProfileLike = {
      ...base,
      ruleSeverity: { ...base.ruleSeverity, "remedy/ouster-clause": "off" },
    };
    const code = "Article 8\n\n1. Decisions of the Content Commission are final and cannot be challenged in court.";
    expect(tester.findings(rule, { language: "en", code, profile: off })).toEqual([]);
  });
});
