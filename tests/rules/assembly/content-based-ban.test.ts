/**
 * R28 assembly/content-based-ban: the catalogue examples (RULES.md §4 E, R28-*), own cases in
 * several drafting styles, and hard negatives that use the trigger words lawfully.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/assembly/content-based-ban.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const TOPIC_W = { messageId: "topic", subCode: "topic", severity: "warning" } as const;
const TOPIC_E = { messageId: "topic", subCode: "topic", severity: "error" } as const;
const IDENTITY_W = { messageId: "identity", subCode: "identity", severity: "warning" } as const;
const IDENTITY_E = { messageId: "identity", subCode: "identity", severity: "error" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R28-en-v1",
      language: "en",
      code: "Article 10\n\n1. A rally may be stopped only where participants use violence or call for imminent violence; the message of a rally is not a ground for restriction.",
    },
    {
      name: "R28-ru-v1",
      language: "ru",
      code: "Статья 10\n\n1. Митинг может быть прекращен только в случае применения участниками насилия или призывов к немедленному насилию; содержание лозунгов основанием для ограничения не является.",
    },
    {
      name: "R28-kk-v1 (own: only violence or weapons stop a rally; the message is no ground)",
      language: "kk",
      code: "10-бап\n\n1. Қатысушылары қару алып жүрген немесе зорлық-зомбылық жасаған митингті полиция тоқтата алады; митингте айтылған пікірлердің мазмұны оны шектеуге негіз болып табылмайды.",
    },
    // --- hard negatives -----------------------------------------------------------------
    {
      name: "hard negative (en, statute): a ban on assemblies that incite imminent violence",
      language: "en",
      code: "Article 10\n\n1. An assembly whose organisers incite participants to violence that is likely to follow immediately may be stopped by the police.",
    },
    {
      name: "hard negative (ru): ban on propaganda of war at public events",
      language: "ru",
      code: "Статья 10\n\n1. Запрещается проведение публичных мероприятий, пропагандирующих войну или национальную ненависть.",
    },
    {
      name: "hard negative (en): content-neutral time, place and manner rule",
      language: "en",
      code: "Article 10\n\n1. Rallies in support of or against any policy of the Government are subject to the same rules on time, place and volume.",
    },
    {
      name: "hard negative (en): minimum age for organisers is not an identity ban",
      language: "en",
      code: "Article 10\n\n1. Persons under the age of sixteen may not organise a march alone.",
    },
    {
      name: "hard negative (kk): a guarantee that criticism is no ground",
      language: "kk",
      code: "10-бап\n\n1. Үкіметті сынайтын митингтерге олардың мазмұнына қарамастан тыйым салынбайды.",
    },
    {
      name: "no assembly: criticism of a product in an advertisement",
      language: "en",
      code: "Article 10\n\n1. Advertisements criticising the products of competitors are prohibited.",
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R28-en-x1",
      language: "en",
      code: "Article 10\n\n1. Rallies criticising the State energy policy are prohibited during the heating season.",
      errors: [
        {
          ...TOPIC_W,
          line: 3,
          column: 4,
          label: "Art. 10(1)",
          message: 'because of its message ("criticising")',
        },
      ],
    },
    {
      name: "R28-ru-x1",
      language: "ru",
      code: "Статья 10\n\n1. Митинги, направленные против государственной политики в сфере энергетики, запрещаются в отопительный сезон.",
      errors: [{ ...TOPIC_W, line: 3, column: 4, message: '("против государственной политики")' }],
    },
    {
      name: "R28-kk-x1",
      language: "kk",
      code: "10-бап\n\n1. Жылыту маусымы кезінде мемлекеттік энергетикалық саясатқа қарсы бағытталған митингілерге тыйым салынады.",
      errors: [{ ...TOPIC_W, line: 3, column: 4, label: "10-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en): a march of persons of a certain sexual orientation is refused",
      language: "en",
      code: "Article 10\n\n1. The akimat shall refuse to agree a march of persons of non-traditional sexual orientation.",
      errors: [{ ...IDENTITY_W, line: 3, column: 4, message: 'who its participants are ("sexual orientation")' }],
    },
    {
      name: "plain English (en): foreigners may not organise rallies",
      language: "en",
      code: "Article 10\n\n1. Foreign citizens may not organise rallies.",
      errors: [{ ...IDENTITY_W, line: 3, column: 4 }],
    },
    {
      name: "code (en): a picket is stopped for slogans criticising the President",
      language: "en",
      code: "Article 10\n\n1. The police may terminate a picket whose participants display slogans criticising the President.",
      errors: [{ ...TOPIC_W, line: 3, column: 4 }],
    },
    {
      name: "statute (ru): pickets criticising the Government are prohibited to protect its authority",
      language: "ru",
      code: "Статья 10\n\n1. В целях защиты авторитета органов власти запрещается проведение пикетов, содержащих критику деятельности Правительства.",
      errors: [{ ...TOPIC_W, line: 3, column: 4 }],
    },
    {
      name: "by-law (ru): foreigners and stateless persons may not organise assemblies",
      language: "ru",
      code: "Статья 10\n\n1. Иностранцы и лица без гражданства не вправе быть организаторами мирных собраний.",
      errors: [{ ...IDENTITY_W, line: 3, column: 4 }],
    },
    {
      name: "child-protection framing (ru): a warning with low confidence, whatever the profile",
      language: "ru",
      code: "Статья 10\n\n1. Запрещаются публичные мероприятия, пропагандирующие нетрадиционные сексуальные отношения среди несовершеннолетних.",
      errors: [{ ...TOPIC_W, line: 3, column: 4, message: "framed as protecting minors" }],
    },
    {
      name: "statute (kk): marches against the government are prohibited",
      language: "kk",
      code: "10-бап\n\n1. Үкіметке қарсы шерулерге тыйым салынады.",
      errors: [{ ...TOPIC_W, line: 3, column: 4 }],
    },
    {
      name: "amendment (kk): the new wording bans propaganda at rallies",
      language: "kk",
      code: "1-бап\n\n«Бейбіт жиналыстар туралы» Заңның 10-бабы мынадай редакцияда жазылсын:\n«10-бап. Жыныстық бағдарды насихаттайтын митингілерге тыйым салынады.».",
      errors: [{ ...TOPIC_W, line: 3, column: 1 }],
    },
  ],
});

new RuleTester({ profile: "iccpr" }).run(rule, {
  valid: [
    {
      name: "iccpr (en): stopping a march for violence only",
      language: "en",
      code: "Article 10\n\n1. The police may stop a march only if participants commit acts of violence or carry weapons.",
    },
  ],
  invalid: [
    {
      name: "iccpr (en): a topic ban is an error",
      language: "en",
      code: "Article 10\n\n1. Rallies criticising the State energy policy are prohibited during the heating season.",
      errors: [{ ...TOPIC_E, line: 3, column: 4, message: "under ICCPR (art. 21)" }],
    },
    {
      name: "iccpr (en): an identity ban is an error",
      language: "en",
      code: "Article 10\n\n1. Foreign citizens may not organise rallies.",
      errors: [{ ...IDENTITY_E, line: 3, column: 4 }],
    },
  ],
});

describe("assembly/content-based-ban confidence and profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  it("reports child-protection framing one step lower", () => {
    const code =
      "Статья 10\n\n1. Запрещаются публичные мероприятия, пропагандирующие нетрадиционные сексуальные отношения среди несовершеннолетних.";
    expect(tester.findings(rule, { language: "ru", code }).map((f) => f.confidence)).toEqual([0.5]);
    const plain =
      "Статья 10\n\n1. Запрещаются публичные мероприятия, пропагандирующие нетрадиционные сексуальные отношения.";
    expect(tester.findings(rule, { language: "ru", code: plain }).map((f) => f.confidence)).toEqual([0.7]);
  });
  it("reports nothing under a profile that has the rule off (eu-digital)", () => {
    const code =
      "Article 10\n\n1. Rallies criticising the State energy policy are prohibited during the heating season.";
    expect(tester.findings(rule, { language: "en", code, profile: "eu-digital" })).toEqual([]);
  });
});

describe("assembly/content-based-ban: child-protection framing takes the profile's conditional severity", () => {
  const tester = new RuleTester();
  const P = ["kz-2026", "kz-1995", "iccpr", "echr", "eu-digital"] as const;
  const severities = (language: "en" | "ru" | "kk", code: string) =>
    P.map((profile) => tester.findings(rule, { language, code, profile }).map((f) => `${f.subCode}:${f.severity}`));
  // RULES.md §5.7 row "28 (child-protection framing)": W, W, W, W, – (the rule is off under eu-digital)
  const framed = [["topic:warning"], ["topic:warning"], ["topic:warning"], ["topic:warning"], []];
  it("a topic ban framed as protecting minors (en) is a warning in every profile that has the rule", () => {
    expect(
      severities("en", "Article 4\n\n1. Marches promoting same-sex relationships to minors are prohibited."),
    ).toEqual(framed);
  });
  it("a topic ban framed as protecting minors (ru)", () => {
    expect(
      severities(
        "ru",
        "Статья 4\n\n1. Запрещается проведение шествий, содержащих пропаганду смены пола среди несовершеннолетних.",
      ),
    ).toEqual(framed);
  });
  it("a topic ban framed as protecting minors (kk)", () => {
    expect(
      severities(
        "kk",
        "4-бап\n\n1. Кәмелетке толмағандар арасында жыныстық бағдарды насихаттайтын шерулерге тыйым салынады.",
      ),
    ).toEqual(framed);
  });
  it("the same ban without the framing keeps the rule's own severity: error under iccpr and echr", () => {
    expect(severities("en", "Article 4\n\n1. Marches promoting same-sex relationships are prohibited.")).toEqual([
      ["topic:warning"],
      ["topic:warning"],
      ["topic:error"],
      ["topic:error"],
      [],
    ]);
  });
});
