/**
 * R6 limitation/blanket-ban-essence: the catalogue examples (RULES.md §4 A, R06-*), own cases in
 * several drafting styles, and hard negatives (targeted bans with exceptions, bans narrowed by a
 * conduct element, bans on conduct no right protects, bans that protect a right).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/limitation/blanket-ban-essence.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const TOTAL = { messageId: "totalBan", subCode: "total-ban", severity: "warning" } as const;
const UNREGISTERED = { messageId: "unregisteredBan", subCode: "unregistered-ban", severity: "warning" } as const;

const R06_EN_X1 = "Article 5\n\n1. Any religious instruction of minors is prohibited.";
const UNREGISTERED_RU = "Статья 9\n\n1. Любая деятельность незарегистрированных религиозных групп запрещается.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -----------------------------------------------------------------
    {
      name: "R06-en-v1",
      language: "en",
      code: "Article 5\n\n1. Religious instruction of minors takes place with the consent of a parent or guardian; a court may stop it only where it involves violence or coercion against the child.",
    },
    {
      name: "R06-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Религиозное обучение несовершеннолетних проводится с согласия одного из родителей; суд может прекратить его лишь при применении к ребенку насилия или принуждения.",
    },
    {
      name: "R06-kk-v1 (own): religious instruction with a parent's consent, stopped only for violence",
      language: "kk",
      code: "5-бап\n\n1. Кәмелетке толмағандарды діни оқыту ата-анасының біреуінің келісімімен жүргізіледі; сот оны балаға зорлық-зомбылық немесе мәжбүрлеу қолданылған жағдайда ғана тоқтата алады.",
    },
    // --- hard negatives ----------------------------------------------------------------------------
    {
      name: "hard negative (en, by-law): a targeted ban with an exception",
      language: "en",
      code: "Article 6\n\n1. Any use of pyrotechnics at a public event is prohibited, except by licensed operators at events authorised for a fireworks display.",
    },
    {
      name: "hard negative (ru, code): a ban narrowed by a conduct element (calls to violence)",
      language: "ru",
      code: "Статья 7\n\n1. Запрещается любое распространение материалов, содержащих призывы к насилию в отношении конкретных лиц.",
    },
    {
      name: "hard negative (kk): a ban on conduct no right protects (torture, trafficking)",
      language: "kk",
      code: "3-бап\n\n1. Балаларды азаптауға және адам саудасына тартудың кез келген түріне тыйым салынады.",
    },
    {
      name: "hard negative (en, constitution): a ban that protects the right (censorship)",
      language: "en",
      code: "Article 20\n\n1. Freedom of speech and creative activity shall be guaranteed. Any censorship of the mass media is prohibited.",
    },
    {
      name: "hard negative (ru): a ban on obstructing an assembly protects it",
      language: "ru",
      code: "Статья 2\n\n1. Любые действия, направленные на воспрепятствование проведению собрания, запрещаются.",
    },
    {
      name: "hard negative (kk): a ban with an exception («бұған … қосылмайды»)",
      language: "kk",
      code: "8-бап\n\n1. Мектеп ғимараттарында кез келген діни рәсімдерді өткізуге тыйым салынады, бұған ата-аналардың өтініші бойынша сабақтан кейін өткізілетін рәсімдер қосылмайды.",
    },
    {
      name: "guarantee (en): a restriction of any assembly is itself prohibited (double negation)",
      language: "en",
      code: "Article 2\n\n1. Any restriction of peaceful assemblies on political grounds is prohibited.",
    },
    {
      name: "zone (en): a ban near a building is left to rule 27",
      language: "en",
      code: "Article 5\n\n1. Any assembly within 50 metres of a court building is prohibited.",
    },
    {
      name: "time-limited emergency measure with court review (ru): rules 1–3 judge it",
      language: "ru",
      code: "Статья 4\n\n1. На время чрезвычайного положения любые массовые мероприятия могут быть запрещены на срок до 30 дней; решение может быть обжаловано в суд.",
    },
    {
      name: "an authority's measure against one resource (kk): «толығымен» is its extent, not a category ban",
      language: "kk",
      code: "25-бап\n\n1. Уәкілетті орган сот шешімі бойынша интернет-ресурсқа қолжетімділікті толығымен бұғаттайды.",
    },
    {
      name: "unregistered groups under kz-2026 are left to rule 10 (RULES.md §2.8)",
      language: "ru",
      code: UNREGISTERED_RU,
    },
    {
      name: "no universal over the right (en): a rule of conduct for a whole category of persons",
      language: "en",
      code: "Article 4\n\n1. Every participant of a public event is prohibited from carrying weapons.",
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -----------------------------------------------------------------
    {
      name: "R06-en-x1",
      language: "en",
      code: R06_EN_X1,
      errors: [
        {
          ...TOTAL,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message: 'Total ban on religious manifestation ("Any … religious instruction", "is prohibited")',
        },
      ],
    },
    {
      name: "R06-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Любое религиозное обучение несовершеннолетних запрещается.",
      errors: [
        {
          ...TOTAL,
          line: 3,
          column: 4,
          label: "ст. 5 п. 1",
          message: "KZ Constitution 2026 (art. 7(1)–(2), art. 41(1))",
        },
      ],
    },
    {
      name: "R06-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Кәмелетке толмағандарды кез келген діни оқытуға тыйым салынады.",
      errors: [{ ...TOTAL, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases --------------------------------------------------------------------------------
    {
      name: "code (en): any publication commenting on pending cases",
      language: "en",
      code: "Article 3\n\n1. Any publication commenting on a pending criminal case is prohibited.",
      errors: [{ ...TOTAL, line: 3, column: 4, label: "Art. 3(1)", message: "Total ban on expression" }],
    },
    {
      name: "statute (kk): civil servants may express no opinion on social networks",
      language: "kk",
      code: "5-бап\n\n1. Мемлекеттік қызметшілерге әлеуметтік желілерде кез келген пікір білдіруге тыйым салынады.",
      errors: [{ ...TOTAL, line: 3, column: 4, label: "5-бап 1-тармақ", message: '"кез келген … пікір білдіруге"' }],
    },
    {
      name: "election law (ru, iccpr): all public events banned during the campaign",
      language: "ru",
      profile: "iccpr",
      code: "Статья 8\n\n1. В целях охраны общественного порядка в период проведения выборов запрещаются любые публичные мероприятия.",
      errors: [{ ...TOTAL, line: 3, column: 4, label: "ст. 8 п. 1", message: "ICCPR (art. 21, art. 5(1))" }],
    },
    {
      name: "second clause (en): a power to ban all rallies",
      language: "en",
      code: "Article 6\n\n1. A state of alert may be declared by the Government; the akimat may then ban all rallies in the region.",
      errors: [{ ...TOTAL, line: 3, column: 56, label: "Art. 6(1)", message: "peaceful assembly" }],
    },
    {
      name: "eu-digital (ru): rule 10 is off there, so rule 6 reports the ban on unregistered groups",
      language: "ru",
      profile: "eu-digital",
      code: UNREGISTERED_RU,
      errors: [{ ...UNREGISTERED, line: 3, column: 4, label: "ст. 9 п. 1" }],
    },
    {
      name: "by-law (ru): all activity of any association completely banned",
      language: "ru",
      code: "Статья 3\n\n1. Деятельность общественных объединений в государственных вузах полностью запрещается.",
      errors: [{ ...TOTAL, line: 3, column: 4, label: "ст. 3 п. 1", message: "association" }],
    },
  ],
});

describe("limitation/blanket-ban-essence profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  it("is a warning under kz-2026 and echr and cites each profile's article", () => {
    const [kz] = tester.findings(rule, { language: "en", code: R06_EN_X1 });
    const [echr] = tester.findings(rule, { language: "en", code: R06_EN_X1, profile: "echr" });
    expect(kz?.severity).toBe("warning");
    expect(echr?.severity).toBe("warning");
    expect(echr?.message).toContain("ECHR (art. 9(2), art. 17, art. 18)");
    expect(kz?.confidence).toBe(0.7);
  });
  it("follows a profile that raises it, and is silent where a profile turns it off", () => {
    const strict = { id: "strict", citation: "Strict", ruleSeverity: { [rule.meta.id]: "error" as const } };
    const off = { id: "off", citation: "Off", ruleSeverity: { [rule.meta.id]: "off" as const } };
    expect(tester.findings(rule, { language: "en", code: R06_EN_X1, profile: strict })[0]?.severity).toBe("error");
    expect(tester.findings(rule, { language: "en", code: R06_EN_X1, profile: off })).toEqual([]);
  });
});
