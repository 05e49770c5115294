/**
 * R11 religion/registration-threshold: the catalogue examples (RULES.md §4 B, R11-*), own cases in
 * several drafting styles, hard negatives (thresholds for a national status or a tax benefit, a
 * political party, an age, a quorum), the options and the suggestion.
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/religion/registration-threshold.js";
import { RuleTester } from "../../../src/engine/api.js";
import { numberAt } from "../../../src/language/numerals.js";
import { tokenize } from "../../../src/language/tokens.js";

RuleTester.describe = describe;
RuleTester.it = it;

const MEMBERSHIP = { messageId: "membership", subCode: "membership", severity: "warning" } as const;
const TERRITORIAL = { messageId: "territorial", subCode: "territorial", severity: "warning" } as const;
const EXISTENCE = { messageId: "existencePeriod", subCode: "existence-period", severity: "warning" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R11-en-v1",
      language: "en",
      code: "Article 5\n\n1. A religious association may be founded by at least three adults; no period of prior existence is required.",
    },
    {
      name: "R11-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Религиозное объединение может быть создано не менее чем тремя совершеннолетними лицами.",
    },
    {
      name: "R11-kk-v1 (own): three adults may found a religious association",
      language: "kk",
      code: "5-бап\n\n1. Діни бірлестікті кемінде үш кәмелетке толған азамат құра алады.",
    },
    // --- hard negatives -----------------------------------------------------------------
    {
      name: "hard negative (ru): members in five regions for the status of a republican centre (a higher tier)",
      language: "ru",
      code: "Статья 12\n\n1. Религиозное объединение, имеющее не менее пятисот членов не менее чем в пяти областях, вправе ходатайствовать о присвоении статуса республиканского религиозного центра.",
    },
    {
      name: "hard negative (en): a membership threshold for a national umbrella status",
      language: "en",
      code: "Article 14\n\n1. A registered religious association with at least one thousand members may apply to be recognised as a national religious centre.",
    },
    {
      name: "hard negative (kk): a membership threshold for a tax exemption",
      language: "kk",
      code: "15-бап\n\n1. Кемінде жүз мүшесі бар және тіркелген діни бірлестіктер жер салығынан босатылады.",
    },
    {
      name: "hard negative (en): a membership threshold for a tax benefit",
      language: "en",
      code: "Article 15\n\n1. A registered religious community with at least 100 members is entitled to a tax exemption for its places of worship.",
    },
    {
      name: "hard negative (en): a political party (another standard)",
      language: "en",
      code: "Article 5\n\n1. A political party shall be registered if it has at least twenty thousand members in all regions.",
    },
    {
      name: "hard negative (ru): the age of founders and the quorum of their meeting",
      language: "ru",
      code: "Статья 9\n\n1. Учредителями религиозного объединения могут быть граждане, достигшие восемнадцати лет; общее собрание учредителей правомочно, если на нем присутствуют не менее двух третей учредителей.",
    },
    {
      name: "hard negative (en): a permission to act everywhere is not a territorial condition",
      language: "en",
      code: "Article 6\n\n1. A registered religious association may carry out its activity in all regions of the country.",
    },
    {
      name: "hard negative (en): thresholds expressly not required",
      language: "en",
      code: "Article 10\n\n1. Any three adults may found a religious association.\n2. For its registration, a religious association shall not be required to have existed for at least ten years.",
    },
    {
      name: "hard negative (kk): a founder's years of residence are not the body's existence",
      language: "kk",
      code: "10-бап\n\n1. Діни бірлестікті Қазақстанда кемінде бес жыл бойы тұратын азаматтар құра алады.",
    },
    {
      name: "hard negative (kk): fifteen years of residence of the founders is not a head count",
      language: "kk",
      code: "10-бап\n\n1. Діни бірлестікті Қазақстанда кемінде он бес жыл бойы тұратын азаматтар құра алады.",
    },
    {
      name: "definitions zone is not read",
      language: "en",
      code: '1. Definitions\n\n"national religious association" means a religious association founded by at least five thousand citizens.',
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R11-en-x1 (membership and territorial)",
      language: "en",
      code: "Article 5\n\n1. A religious association may be founded by at least two hundred adult citizens residing in at least five regions.",
      errors: [
        {
          ...MEMBERSHIP,
          line: 3,
          column: 46,
          label: "Art. 5(1)",
          suggestions: 1,
          message:
            'Founding threshold of 200 citizens exceeds 10 for a religious body under KZ Constitution 2026 (art. 7(1)–(2)): "at least two hundred adult citizens"',
        },
        { ...TERRITORIAL, line: 3, column: 91, label: "Art. 5(1)", message: '"in at least five regions"' },
      ],
    },
    {
      name: "R11-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Религиозное объединение создается по инициативе не менее двухсот граждан, проживающих не менее чем в пяти областях.",
      errors: [
        { ...MEMBERSHIP, line: 3, column: 52, label: "ст. 5 п. 1", message: "Founding threshold of 200 граждан" },
        { ...TERRITORIAL, line: 3, column: 90, label: "ст. 5 п. 1" },
      ],
    },
    {
      name: "R11-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Діни бірлестік кемінде бес облыста тұратын кемінде екі жүз азаматтың бастамасы бойынша құрылады.",
      errors: [
        { ...TERRITORIAL, line: 3, column: 19, label: "5-бап 1-тармақ", message: '"кемінде бес облыста"' },
        { ...MEMBERSHIP, line: 3, column: 47, label: "5-бап 1-тармақ", message: "Founding threshold of 200" },
      ],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en): no fewer than one hundred founders",
      language: "en",
      code: "Article 10\n\n1. A religious association shall be established by no fewer than one hundred citizens of full age who permanently reside in the region concerned.",
      errors: [{ ...MEMBERSHIP, line: 3, column: 52, message: "Founding threshold of 100 citizens" }],
    },
    {
      name: "statute (en): fifteen years of prior operation before registration (Kimlya)",
      language: "en",
      code: "Article 11\n\n1. A religious group may apply for registration as a religious association if it has operated in Kazakhstan for at least fifteen years.",
      errors: [
        {
          ...EXISTENCE,
          line: 3,
          column: 86,
          message: "requires 15 years of prior existence under KZ Constitution 2026",
          suggestions: 0,
        },
      ],
    },
    {
      name: "by-law (ru): registration conditioned on members living in three regions",
      language: "ru",
      code: "Статья 10\n\n1. Религиозное объединение регистрируется при условии, что его участники проживают не менее чем в трех областях.",
      errors: [{ ...TERRITORIAL, line: 3, column: 84 }],
    },
    {
      name: "by-law (ru): a list of at least five hundred founders for registration",
      language: "ru",
      code: "Статья 6\n\n1. Для государственной регистрации религиозного объединения представляется список не менее чем пятисот учредителей.",
      errors: [{ ...MEMBERSHIP, line: 3, column: 83, message: "500 учредителей" }],
    },
    {
      name: "code (kk): fifty founders and ten years of activity",
      language: "kk",
      code: "10-бап\n\n1. Діни бірлестік кемінде елу азаматтың бастамасы бойынша құрылады және кемінде он жыл бойы қызметін жүзеге асырған жағдайда тіркеледі.",
      errors: [
        { ...MEMBERSHIP, line: 3, column: 19, message: "Founding threshold of 50" },
        { ...EXISTENCE, line: 3, column: 73, message: "requires 10 years" },
      ],
    },
    {
      name: "iccpr (en): ten years' activity and five hundred adherents",
      language: "en",
      profile: "iccpr",
      code: "Article 10\n\n1. To be registered, a religious community must show that it has been active in the country for at least ten years and has at least five hundred adherents.",
      errors: [
        { ...EXISTENCE, line: 3, column: 66, message: "under ICCPR (art. 18, art. 22)" },
        { ...MEMBERSHIP, line: 3, column: 124, message: "500 adherents" },
      ],
    },
    {
      name: "statute (kk): branches in all regions",
      language: "kk",
      code: "11-бап\n\n1. Діни бірлестік барлық облыстарда филиалдары болған жағдайда ғана тіркеледі.",
      errors: [{ ...TERRITORIAL, line: 3, column: 19 }],
    },
    {
      name: "amendment (ru): the quoted new wording raises the founders to 500 (digits and words)",
      language: "ru",
      code: "Статья 1\n\nПункт 1 статьи 10 Закона изложить в следующей редакции:\n«1. Религиозное объединение создается по инициативе не менее 500 (пятисот) граждан.».",
      // the quoted fragment is joined to its lead-in: the finding falls back to the sentence's range
      errors: [
        {
          ...MEMBERSHIP,
          line: 3,
          column: 1,
          label: "ст. 1 абз. 1",
          message: "Founding threshold of 500",
          suggestions: 0,
        },
      ],
    },
    {
      name: "by-law list (en): the heading and the chapeau give the context (one step lower when only the heading does)",
      language: "en",
      code: "Article 8. Registration of religious associations\n\n1. The application shall be accompanied by:\n1) a list of at least 50 founders;\n2) the charter.",
      errors: [{ ...MEMBERSHIP, line: 4, column: 14, label: "Art. 8(1)(1)", message: "50 founders" }],
    },
  ],
});

describe("religion/registration-threshold options, profiles and suggestion", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  const code =
    "Article 5\n\n1. A religious association may be founded by at least twenty citizens who have lived in at least two regions for at least five years, and that has existed for at least three years.";
  const subCodes = (options?: Record<string, unknown>, profile?: string) =>
    tester
      .findings(rule, { language: "en", code, ...(options ? { options } : {}), ...(profile ? { profile } : {}) })
      .map((f) => f.subCode);

  it("reads maxFounders, allowTerritorialCondition and maxExistenceYears", () => {
    expect(subCodes()).toEqual(["membership", "territorial", "existence-period"]);
    expect(subCodes({ maxFounders: 20 })).toEqual(["territorial", "existence-period"]);
    expect(subCodes({ allowTerritorialCondition: true })).toEqual(["membership", "existence-period"]);
    expect(subCodes({ maxExistenceYears: 3 })).toEqual(["membership", "territorial"]);
  });

  it("is a warning under kz-2026, kz-1995, iccpr and echr, off under eu-digital", () => {
    for (const profile of ["kz-1995", "iccpr", "echr"]) {
      const found = tester.findings(rule, { language: "en", code, profile });
      expect(
        found.map((f) => f.severity),
        profile,
      ).toEqual(["warning", "warning", "warning"]);
    }
    expect(subCodes(undefined, "eu-digital")).toEqual([]);
  });

  it("follows a sub-code severity set by a profile", () => {
    const profile = {
      id: "custom",
      citation: "Custom profile",
      ruleSeverity: {
        "religion/registration-threshold:existence-period": "error" as const,
        "religion/registration-threshold:territorial": "off" as const,
      },
    };
    expect(tester.findings(rule, { language: "en", code, profile }).map((f) => [f.subCode, f.severity])).toEqual([
      ["membership", "warning"],
      ["existence-period", "error"],
    ]);
  });

  it("takes maxFounders from the profile's options when the rule has none", () => {
    const profile = { id: "strict", citation: "Strict profile", options: { maxFounders: 25 } };
    expect(tester.findings(rule, { language: "en", code, profile }).map((f) => f.subCode)).toEqual([
      "territorial",
      "existence-period",
    ]);
  });

  it("is one step lower when only the article heading names the body and the founding", () => {
    const headingOnly = "Article 8. Founding of religious associations\n\n1. At least 50 citizens are required.";
    expect(tester.findings(rule, { language: "en", code: headingOnly }).map((f) => f.confidence)).toEqual([0.7]);
    expect(tester.findings(rule, { language: "en", code }).map((f) => f.confidence)).toEqual([0.9, 0.9, 0.9]);
  });

  it("suggests the threshold of the options in place of the number", () => {
    const text = "Article 5\n\n1. A religious association may be founded by at least two hundred adult citizens.";
    const [finding] = tester.findings(rule, { language: "en", code: text });
    const change = finding?.suggestions[0]?.edits[0];
    expect(change).toBeDefined();
    if (!change) return;
    const fixed = text.slice(0, change.range.start.offset) + change.text + text.slice(change.range.end.offset);
    expect(fixed).toContain("founded by at least 10 adult citizens.");
    const ru = "Статья 5\n\n1. Религиозное объединение создается по инициативе не менее пятидесяти граждан.";
    const [r] = tester.findings(rule, { language: "ru", code: ru });
    const e = r?.suggestions[0]?.edits[0];
    expect(e && ru.slice(0, e.range.start.offset) + e.text + ru.slice(e.range.end.offset)).toContain(
      "не менее 10 граждан",
    );
  });
});

describe("numberAt", () => {
  const value = (text: string, language: "en" | "ru" | "kk") => numberAt(tokenize(text), 0, language);
  it("reads digits and number words in the three languages", () => {
    expect(value("500", "en")).toBe(500);
    expect(value("1,000", "en")).toBe(1000);
    expect(value("5 000", "ru")).toBe(5000);
    expect(value("two hundred and fifty", "en")).toBe(250);
    expect(value("twenty-one", "en")).toBe(21);
    expect(value("двухсот пятидесяти", "ru")).toBe(250);
    expect(value("пяти тысяч", "ru")).toBe(5000);
    expect(value("тремя", "ru")).toBe(3);
    expect(value("екі жүз", "kk")).toBe(200);
    expect(value("бір мың бес жүз", "kk")).toBe(1500);
    expect(value("елуден", "kk")).toBe(50);
  });
  it("does not read ordinary words as numbers", () => {
    expect(value("труда", "ru")).toBeNull();
    expect(value("семьи", "ru")).toBeNull();
    expect(value("онда", "kk")).toBeNull();
    expect(value("often", "en")).toBeNull();
  });
});
