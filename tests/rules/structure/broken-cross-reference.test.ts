/**
 * R39 structure/broken-cross-reference: the catalogue examples (RULES.md §4 K, R39-*) set in
 * small real bills, own cases in several drafting styles, and hard negatives (references to
 * other acts, relative references that resolve, references that give no role to their target).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/structure/broken-cross-reference.js";
import { RuleTester } from "../../../src/engine/api.js";
import { UnitCache } from "../../../src/engine/units.js";
import { lintText } from "../../../src/lint.js";

RuleTester.describe = describe;
RuleTester.it = it;

const DANGLING = { messageId: "dangling", subCode: "dangling", severity: "error" } as const;
const EMPTY = { messageId: "emptyTarget", subCode: "empty-target", severity: "error" } as const;

/** Articles `from`..`to` of a bill, each with one neutral paragraph (or the text given for it). */
function articles(language: "en" | "ru" | "kk", from: number, to: number, texts: Record<number, string> = {}): string {
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const text =
      texts[n] ??
      {
        en: "The authorised body keeps the register of applications.",
        ru: "Уполномоченный орган ведет реестр заявлений.",
        kk: "Уәкілетті орган өтініштер тізілімін жүргізеді.",
      }[language];
    const head = { en: `Article ${n}`, ru: `Статья ${n}`, kk: `${n}-бап` }[language];
    out.push(`${head}\n\n1. ${text}`);
  }
  return out.join("\n\n");
}

const EN_GROUNDS =
  "Registration may be refused only where necessary to protect public order, public health or the rights and freedoms of others.";
const RU_GROUNDS =
  "В регистрации может быть отказано только в целях защиты общественного порядка, здоровья населения, прав и свобод других лиц.";
const KK_GROUNDS =
  "Тіркеуден қоғамдық тәртіпті, халықтың денсаулығын, басқа адамдардың құқықтары мен бостандықтарын қорғау мақсатында ғана бас тартылуы мүмкін.";
const EN_PROCEDURE = "An application is considered within ten working days of its receipt.";
const RU_PROCEDURE = "Заявление рассматривается в течение десяти рабочих дней со дня его поступления.";
const KK_PROCEDURE = "Өтініш ол келіп түскен күннен бастап он жұмыс күні ішінде қаралады.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R39-en-v1",
      language: "en",
      code: `Article 1\n\n1. The registering authority may refuse registration on the grounds listed in Article 9 of this Law.\n\n${articles("en", 2, 11, { 9: EN_GROUNDS })}`,
    },
    {
      name: "R39-ru-v1",
      language: "ru",
      code: `Статья 1\n\n1. Регистрирующий орган вправе отказать в регистрации по основаниям, предусмотренным статьей 9 настоящего Закона.\n\n${articles("ru", 2, 11, { 9: RU_GROUNDS })}`,
    },
    {
      name: "R39-kk-v1 (own: Article 9 lists the grounds)",
      language: "kk",
      code: `1-бап\n\n1. Тіркеуші орган осы Заңның 9-бабында көзделген негіздер бойынша тіркеуден бас тартуға құқылы.\n\n${articles("kk", 2, 11, { 9: KK_GROUNDS })}`,
    },
    // --- hard negatives -------------------------------------------------------------------
    {
      name: "reference to another act (en, statute): Article 15 of the Labour Code",
      language: "en",
      code: `Article 1\n\n1. An employer may suspend an employee only on the grounds listed in Article 15 of the Labour Code.\n\n${articles("en", 2, 11)}`,
    },
    {
      name: "reference to another act (ru, code): статьей 15 Трудового кодекса",
      language: "ru",
      code: `Статья 1\n\n1. Работодатель вправе отстранить работника по основаниям, предусмотренным статьей 15 Трудового кодекса Республики Казахстан.\n\n${articles("ru", 2, 11)}`,
    },
    {
      name: "reference to another act (kk): Еңбек кодексінің 15-бабы",
      language: "kk",
      code: `1-бап\n\n1. Жұмыс беруші Қазақстан Республикасы Еңбек кодексінің 15-бабында көзделген негіздер бойынша қызметкерді жұмыстан шеттетуге құқылы.\n\n${articles("kk", 2, 11)}`,
    },
    {
      name: "relative reference resolved inside the article (en): paragraph 2 of this Article",
      language: "en",
      code: `Article 1\n\n1. The authority may refuse registration on the grounds listed in paragraph 2 of this Article.\n2. ${EN_GROUNDS}\n\n${articles("en", 2, 5)}`,
    },
    {
      name: "relative reference resolved inside the article (ru): пунктом 2 настоящей статьи",
      language: "ru",
      code: `Статья 1\n\n1. Орган вправе отказать в регистрации по основаниям, предусмотренным пунктом 2 настоящей статьи.\n2. ${RU_GROUNDS}\n\n${articles("ru", 2, 5)}`,
    },
    {
      name: "relative reference resolved inside the article (kk): осы баптың 2-тармағы",
      language: "kk",
      code: `1-бап\n\n1. Орган осы баптың 2-тармағында көзделген негіздер бойынша тіркеуден бас тартуға құқылы.\n2. ${KK_GROUNDS}\n\n${articles("kk", 2, 5)}`,
    },
    {
      name: "no grounds role (en, plain): a procedural reference to a procedural article",
      language: "en",
      code: `Article 1\n\n1. You apply in the manner set out in Article 3 of this Law.\n\n${articles("en", 2, 5, { 3: EN_PROCEDURE })}`,
    },
    {
      name: "no grounds role (ru): «на основании статьи 3» means pursuant to",
      language: "ru",
      code: `Статья 1\n\n1. Решение принимается на основании статьи 3 настоящего Закона.\n\n${articles("ru", 2, 5, { 3: RU_PROCEDURE })}`,
    },
    {
      name: "no grounds role (kk, by-law): сәйкес (in accordance with)",
      language: "kk",
      code: `1-бап\n\n1. Өтініш осы Заңның 3-бабына сәйкес беріледі.\n\n${articles("kk", 2, 5, { 3: KK_PROCEDURE })}`,
    },
    {
      name: "grounds reached one reference further (en): Article 4 refers on to Article 9",
      language: "en",
      code: `Article 1\n\n1. The authority may refuse registration on the grounds listed in Article 4 of this Law.\n\n${articles("en", 2, 11, { 4: "The grounds are those of Article 9 of this Law.", 9: EN_GROUNDS })}`,
    },
    {
      name: "amending bill (ru): references in the amending article point to the base act",
      language: "ru",
      code: "Статья 1\n\nВнести в Закон Республики Казахстан «О религиозной деятельности» следующие изменения:\n1) статью 5 изложить в следующей редакции:\n«Статья 5. Отказ\n1. В регистрации отказывается по основаниям, предусмотренным статьей 15 настоящего Закона.»;\n2) в статье 8 слова «органы» заменить словами «орган».\n\nСтатья 2\n\n1. Настоящий Закон вводится в действие с 1 января 2027 года.",
    },
    {
      name: "amending bill (en): quoted replacement text refers to the amended Law",
      language: "en",
      code: 'Article 1\n\nThe Law on Religious Education is amended as follows:\n1) in Article 5, paragraph 3 is replaced by the following: "3. The fee is set by the Government.";\n2) Article 9 is replaced by the following:\n"Article 9. Refusal\n1. Registration may be refused on the grounds listed in Article 15 of this Law."\n\nArticle 2\n\n1. This Law enters into force on 1 January 2027.',
    },
    {
      name: "amending bill (kk): осы Заңның 15-бабы in the new wording of the base act",
      language: "kk",
      code: "1-бап\n\n«Діни білім беру туралы» Қазақстан Республикасының Заңына мынадай өзгерістер енгізілсін:\n1) 5-бап мынадай редакцияда жазылсын:\n«5-бап. Бас тарту\n1. Тіркеуден осы Заңның 15-бабында көзделген негіздер бойынша бас тартылады.»;\n2) 8-баптағы «органдар» деген сөз «орган» деген сөзбен ауыстырылсын.\n\n2-бап\n\n1. Осы Заң 2027 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.",
    },
    {
      name: "no grounds role (en, formal): 'on the ground that Article 3 … was not followed'",
      language: "en",
      code: `Article 1\n\n1. A decision may be annulled by a court on the ground that Article 3 of this Law was not followed.\n\n${articles("en", 2, 5, { 3: EN_PROCEDURE })}`,
    },
    {
      name: "hard negative (en, treaty style): a bare 'Article 228(2)' far beyond a five-article bill cites another act",
      language: "en",
      code: `Article 1\n\n1. The Court of Auditors shall act in accordance with Article 228(2) and Article 287.\n\n${articles("en", 2, 5)}`,
    },
    {
      name: "hard negative (ru): «статьей 140» far beyond a five-article law cites another act",
      language: "ru",
      code: `Статья 1\n\n1. Порядок определяется в соответствии со статьей 140.\n\n${articles("ru", 2, 5)}`,
    },
    {
      name: "a repealed unit is not read (en, amendment)",
      language: "en",
      code: `Article 1. Refusal\n\n[Repealed]\n\n${articles("en", 2, 5)}`,
    },

    // --- references to other acts written the way real statutes write them (own wording) ----
    {
      name: "hard negative (en, US amending section): subsections of the amended section",
      language: "en",
      code: "SEC. 1. SHORT TITLE.\n\nThis Act may be cited as the Clean Wells Act.\n\nSEC. 2. AMENDMENTS.\n\nSection 12 of the Safe Water Act is amended—\n\n(1) in subsection (c), by striking “2019” and inserting “2024”; and\n\n(2) in subsection (f)(3), by redesignating subparagraph (D) as subparagraph (E).",
    },
    {
      name: "hard negative (en, UK amending schedule): for … substitute, after … insert, a Repeals schedule",
      language: "en",
      code: "## Section 1. Short title\n\nThis Act may be cited as the Harbours Act 2031.\n\n## Schedule 1\n\nAmendments\n\n1 In section 19(4) of the Ports Act 2004, for “the council” substitute “the authority”.\n\n2 After section 21 of that Act insert— 21A The authority may appoint a deputy under section 21(3).\n\n## Schedule 2\n\nRepeals\n\nPorts Act 2004: section 40(2); in Schedule 3, paragraph 7.",
    },
    {
      name: "hard negative (en, US appropriation): a bare section in a sentence that has just cited another act",
      language: "en",
      code: "SEC. 1. RURAL HEALTH.\n\nFor grants under sections 201 and 204 of the Rural Health Act, $5,000,000: Provided, That section 206 shall not apply to such grants, and subsection (b) of such section shall govern reporting.\n\nSEC. 2. OTHER.\n\nThe Secretary shall report yearly.",
    },
    {
      name: "hard negative (en, EU): points written inline in a paragraph; commas before another act",
      language: "en",
      code: "Article 1\n\n1. The following practices are prohibited: (a) covert tracking of pupils; (b) emotion scoring at work; (c) social scoring by public bodies.\n\n2. Point (b) of paragraph 1 and paragraph 1, first subparagraph, point (c) do not apply to research authorised under Article 4(2), point (d), of Regulation (EU) No 2030/77.\n\nArticle 2\n\n1. The authorised body keeps the register of applications.",
    },
    {
      name: "hard negative (en): a table of equivalences lists the numbering of the earlier treaty",
      language: "en",
      code: `${articles("en", 1, 3)}\n\nAnnex I\n\nTables of equivalences\n\nOld numbering: Article 40 (repealed), Article 41 (moved), Article 42, paragraph 3 (replaced).`,
    },
    {
      name: "hard negative (en, za style): 'amended by the substitution for' and 'Schedule 2 to the … Act'",
      language: "en",
      code: "Section 1\n\n(1) Section 14 of the Water Services Act is amended by the substitution for subsection (3) of the following subsection: “(3) The board acts under paragraph (d).”\n\n(2) Paragraph 4 of Schedule 2 to the Water Services Act applies.\n\nSection 2\n\nThis Act is the Water Amendment Act.",
    },
    {
      name: "hard negative (ru): a list shares the code named at its end; quoted words of the amended law",
      language: "ru",
      code: "Статья 1\n\n1. Порядок определяется статьей 5, частью 3 статьи 8 Бюджетного кодекса.\n\nСтатья 2\n\n1. В статье 4 Закона «О гаражах» слова «статьей 40» заменить словами «статьей 41».",
    },
    {
      name: "hard negative (kk): the code named first carries on to the next article in the list",
      language: "kk",
      code: "1-бап\n\n1. Тәртіп Бюджет кодексінің 5-бабымен және 8-бабымен айқындалады.\n\n2-бап\n\n1. «Гараждар туралы» Заңның 4-бабынан «40-бабында» деген сөздер алып тасталсын.",
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R39-en-x1",
      language: "en",
      code: `Article 1\n\n1. The registering authority may refuse registration on the grounds listed in Article 15 of this Law.\n\n${articles("en", 2, 11)}`,
      errors: [
        {
          ...DANGLING,
          line: 3,
          column: 79,
          label: "Art. 1(1)",
          message: "“Article 15 of this Law” points to nothing in this bill.",
        },
      ],
    },
    {
      name: "far beyond the bill but named as this Law's own: still dangling (en)",
      language: "en",
      code: `Article 1\n\n1. The fee is set under Article 228 of this Law.\n\n${articles("en", 2, 5)}`,
      errors: [{ ...DANGLING, line: 3, column: 25, label: "Art. 1(1)" }],
    },
    {
      name: "a bare number just past the last article is dangling (en)",
      language: "en",
      code: `Article 1\n\n1. The fee is set under Article 9.\n\n${articles("en", 2, 5)}`,
      errors: [{ ...DANGLING, line: 3, column: 25, label: "Art. 1(1)" }],
    },
    {
      name: "R39-ru-x1",
      language: "ru",
      code: `Статья 1\n\n1. Регистрирующий орган вправе отказать в регистрации по основаниям, предусмотренным статьей 15 настоящего Закона.\n\n${articles("ru", 2, 11)}`,
      errors: [{ ...DANGLING, line: 3, column: 86, label: "ст. 1 п. 1" }],
    },
    {
      name: "R39-kk-x1",
      language: "kk",
      code: `1-бап\n\n1. Тіркеуші орган осы Заңның 15-бабында көзделген негіздер бойынша тіркеуден бас тартуға құқылы.\n\n${articles("kk", 2, 11)}`,
      errors: [{ ...DANGLING, line: 3, column: 19, label: "1-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "empty target (en, statute): Article 9 holds only procedure",
      language: "en",
      code: `Article 1\n\n1. The registering authority may refuse registration on the grounds listed in Article 9 of this Law.\n\n${articles("en", 2, 11, { 9: EN_PROCEDURE })}`,
      errors: [
        {
          ...EMPTY,
          line: 3,
          column: 79,
          label: "Art. 1(1)",
          message: "“Article 9 of this Law” points to a unit that contains no grounds.",
        },
      ],
    },
    {
      name: "empty target (ru, code): статья 9 содержит только порядок",
      language: "ru",
      code: `Статья 1\n\n1. Регистрирующий орган вправе отказать в регистрации по основаниям, предусмотренным статьей 9 настоящего Закона.\n\n${articles("ru", 2, 11, { 9: RU_PROCEDURE })}`,
      errors: [{ ...EMPTY, line: 3, column: 86, label: "ст. 1 п. 1" }],
    },
    {
      name: "empty target (kk): 9-бапта тек рәсім бар",
      language: "kk",
      code: `1-бап\n\n1. Тіркеуші орган осы Заңның 9-бабында көзделген негіздер бойынша тіркеуден бас тартуға құқылы.\n\n${articles("kk", 2, 11, { 9: KK_PROCEDURE })}`,
      errors: [{ ...EMPTY, line: 3, column: 19, label: "1-бап 1-тармақ" }],
    },
    {
      name: "dangling relative reference (en, code): paragraph 4 of this Article in a two-paragraph article",
      language: "en",
      code: `Article 1\n\n1. A fine under paragraph 4 of this Article is paid within thirty days.\n2. ${EN_PROCEDURE}\n\n${articles("en", 2, 3)}`,
      errors: [{ ...DANGLING, line: 3, column: 17, label: "Art. 1(1)" }],
    },
    {
      name: "dangling relative reference (ru, by-law): пункт 5 настоящей статьи",
      language: "ru",
      code: `Статья 1\n\n1. Заявление подается в порядке, установленном пунктом 5 настоящей статьи.\n2. ${RU_PROCEDURE}\n\n${articles("ru", 2, 3)}`,
      errors: [{ ...DANGLING, line: 3, column: 48, label: "ст. 1 п. 1" }],
    },
    {
      name: "dangling relative reference (kk, by-law): осы баптың 4-тармағы",
      language: "kk",
      code: `1-бап\n\n1. Өтініш осы баптың 4-тармағына сәйкес беріледі.\n2. ${KK_PROCEDURE}\n\n${articles("kk", 2, 3)}`,
      errors: [{ ...DANGLING, line: 3, column: 11, label: "1-бап 1-тармақ" }],
    },
    {
      name: "by-law (ru, rules approved by an order): пункт 12 настоящих Правил, and grounds in a point that has none",
      language: "ru",
      code: "ПРАВИЛА выдачи разрешений\n\n1. Настоящие Правила определяют порядок выдачи разрешений.\n2. Заявление рассматривается в порядке, установленном пунктом 12 настоящих Правил.\n3. В выдаче разрешения отказывается по основаниям, предусмотренным пунктом 1 настоящих Правил.",
      errors: [
        { ...DANGLING, line: 4, column: 55, label: "п. 2" },
        { ...EMPTY, line: 5, column: 68, label: "п. 3" },
      ],
    },
    {
      name: "by-law (en, order): paragraph 12 of these Rules",
      language: "en",
      code: "Order No. 5\n\nRules for issuing permits\n\n1. These Rules set out how permits are issued.\n2. An application is considered in the manner set out in paragraph 12 of these Rules.",
      errors: [{ ...DANGLING, line: 6, column: 58, label: "para. 2" }],
    },
    {
      name: "amending bill (en): the bill's own final article still checked",
      language: "en",
      code: 'Article 1\n\nThe Law on Religious Education is amended as follows:\n1) Article 9 is replaced by the following:\n"Article 9. Refusal\n1. Registration may be refused on the grounds listed in Article 15 of this Law."\n\nArticle 2\n\n1. This Law enters into force ten days after Article 3 of this Law.',
      errors: [{ ...DANGLING, line: 10, column: 46, label: "Art. 2(1)" }],
    },
    {
      name: "plain English: two dangling references in one sentence, each reported once",
      language: "en",
      code: `Article 1\n\n1. You can be fined under Article 12 of this Law or Article 14 of this Law.\n\n${articles("en", 2, 5)}`,
      errors: [
        { ...DANGLING, line: 3, column: 27, label: "Art. 1(1)" },
        { ...DANGLING, line: 3, column: 53, label: "Art. 1(1)" },
      ],
    },

    // --- real dangling references among citations of other acts (own wording) ---------------
    {
      name: "US section (en): paragraph (3)(A) inside a subsection that has paragraphs (1) and (2)",
      language: "en",
      code: "SEC. 1. GRANTS.\n\n(a) Grants.—The Secretary may award grants.\n\n(b) Conditions.—\n\n(1) A grant is limited to 3 years.\n\n(2) The limit in paragraph (3)(A) does not apply to tribes.",
      errors: [{ ...DANGLING, line: 9, column: 18 }],
    },
    {
      name: "US section (en): 'of that section' hangs from this bill's section 1, which has no subsection (c)",
      language: "en",
      code: "SEC. 1. SHORT TITLE.\n\n(a) In general.—This Act is the Clean Wells Act.\n\nSEC. 2. REPORTS.\n\n(a) Grantees report under subsection (a) of section 1 and subsection (c) of that section.",
      errors: [{ ...DANGLING, line: 7, column: 59 }],
    },
    {
      name: "a new sentence after a citation of another act is this bill's own again (en)",
      language: "en",
      code: `Article 1\n\n1. Fees follow section 230 of the Housing Act. Article 9 governs refunds.\n\n${articles("en", 2, 4)}`,
      errors: [{ ...DANGLING, line: 3, column: 48 }],
    },
    {
      name: "a point that the paragraph does not list inline (en, EU style)",
      language: "en",
      code: "Article 1\n\n1. The following practices are prohibited: (a) covert tracking; (b) emotion scoring.\n\n2. Paragraph 1, point (d), does not apply to courts.",
      errors: [{ ...DANGLING, line: 5 }],
    },
    {
      name: "this Law's own unit next to a citation of a code (ru)",
      language: "ru",
      code: `Статья 1\n\n1. Порядок определяется статьей 5 Бюджетного кодекса и пунктом 4 статьи 2 настоящего Закона.\n\n${articles("ru", 2, 3)}`,
      errors: [{ ...DANGLING, line: 3 }],
    },
    {
      name: "this Law's own article after a citation of a code (kk)",
      language: "kk",
      code: `1-бап\n\n1. Тәртіп Бюджет кодексінің 5-бабымен және осы Заңның 9-бабымен айқындалады.\n\n${articles("kk", 2, 3)}`,
      errors: [{ ...DANGLING, line: 3 }],
    },
    {
      name: "a bracketed continuation the subsection does not have: subsection (1)(a) or (c) (en, common law)",
      language: "en",
      code: "Section 1\n\n(1) A person may not sit if that person—\n(a) is a judge; or\n(b) is a soldier.\n\n(2) A person barred under subsection (1)(a) or (c) may stand again after a year.",
      errors: [{ ...DANGLING, line: 7 }],
    },
  ],
});

describe("with a unit cache (the language server's re-lint), findings equal a fresh lint's", () => {
  const lint = (text: string, cache?: UnitCache) =>
    lintText(text, { rules: [rule], profiles: ["kz-2026"], ...(cache ? { cache } : {}) }).findings.map(
      (f) => `${f.subCode} ${f.range.start.line}:${f.range.start.column} ${f.label}`,
    );

  it("a target's grounds one reference further on change with an edit in a third article (en)", () => {
    const cite = "1. The authority may refuse registration on the grounds listed in Article 4 of this Law.";
    const bill = (nine: string) =>
      `Article 1\n\n${cite}\n\n${articles("en", 2, 11, { 4: "The grounds are those of Article 9 of this Law.", 9: nine })}`;
    const cache = new UnitCache();
    expect(lint(bill(EN_GROUNDS), cache)).toEqual([]);
    // Article 9 loses its grounds: Article 1 (whose key covers Article 4, not 9) is kept, its finding is not
    expect(lint(bill(EN_PROCEDURE), cache)).toEqual(["empty-target 3:67 Art. 1(1)"]);
    expect(cache.reused).toBeGreaterThan(5);
    expect(lint(bill(EN_PROCEDURE))).toEqual(["empty-target 3:67 Art. 1(1)"]);
    expect(lint(bill(EN_GROUNDS), cache)).toEqual([]);
  });

  it("a reference dangles, then resolves when the article it names is added, then dangles again (ru)", () => {
    const bill = (last: number) =>
      `Статья 1\n\n1. Заявление подается в порядке, предусмотренном статьей 12 настоящего Закона.\n\n${articles("ru", 2, last)}`;
    const cache = new UnitCache();
    expect(lint(bill(11), cache)).toEqual(["dangling 3:50 ст. 1 п. 1"]);
    expect(lint(bill(12), cache)).toEqual([]);
    expect(lint(bill(11), cache)).toEqual(["dangling 3:50 ст. 1 п. 1"]);
    expect(lint(bill(11))).toEqual(["dangling 3:50 ст. 1 п. 1"]);
  });

  it("the bill's numbering is a fact: a reference far beyond the last article is checked once the bill grows (kk)", () => {
    // 40-бап in a 12-article bill is beyond twice its numbering (another act's); in a 20-article bill it is checked
    const bill = (last: number) =>
      `1-бап\n\n1. Өтініш 40-бапта көзделген тәртіппен беріледі.\n\n${articles("kk", 2, last)}`;
    const cache = new UnitCache();
    expect(lint(bill(12), cache)).toEqual([]);
    expect(lint(bill(20), cache)).toEqual(["dangling 3:11 1-бап 1-тармақ"]);
    expect(lint(bill(20))).toEqual(["dangling 3:11 1-бап 1-тармақ"]);
    expect(lint(bill(12), cache)).toEqual([]);
  });
});

describe("references made in a lead-in outside any article (an implicit division, which has no eId)", () => {
  const lint = (text: string, cache?: UnitCache) =>
    lintText(text, { rules: [rule], profiles: ["kz-2026"], ...(cache ? { cache } : {}) }).findings.map(
      (f) => `${f.subCode} ${f.range.start.line}:${f.range.start.column} "${f.label}"`,
    );

  it("are checked once, with or without a cache, as points below them change (en)", () => {
    const bill = (two: string) => `The agency shall, under Article 9 of this Law:\n1) keep a register;\n2) ${two}.\n`;
    const cache = new UnitCache();
    expect(lint(bill("publish it"), cache)).toEqual(['dangling 1:25 ""']);
    expect(lint(bill("publish it yearly"), cache)).toEqual(['dangling 1:25 ""']);
    expect(lint(bill("publish it yearly"))).toEqual(['dangling 1:25 ""']);
  });

  it("a lead-in citing another act's article is not reported; this Law's missing article is (ru)", () => {
    const bill = (act: string) => `Орган в соответствии со статьей 5 ${act}:\n1) ведет реестр;\n2) публикует его.\n`;
    expect(lint(bill("Кодекса Республики Казахстан об административных правонарушениях"))).toEqual([]);
    expect(lint(bill("настоящего Закона"))).toEqual(['dangling 1:25 ""']);
  });
});
