/**
 * R40 structure/undefined-term: the catalogue examples (RULES.md §4 K, R40-*) set in small bills,
 * own cases in several drafting styles, and hard negatives (inline definitions, purpose clauses,
 * preambles, guarantees, defined terms used in inflected forms).
 */
import { describe, it } from "vitest";
import rule from "../../../rules/structure/undefined-term.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const UNDEFINED = { messageId: "undefinedTerm", subCode: "undefined-restrictive-term", severity: "warning" } as const;
const UNUSED = { messageId: "unused", subCode: "defined-but-unused", severity: "info" } as const;

const EN_DEFS =
  'Article 1. Definitions\n\nIn this Law, the following terms have the following meanings:\n(a) "unlawful content" means material that a court has found to breach Article 6 of this Law;\n(b) "notice" means a written request to remove content.';
const RU_DEFS =
  "Статья 1. Основные понятия\n\nВ настоящем Законе используются следующие основные понятия:\n1) противоправный контент – материал, признанный судом нарушающим статью 6 настоящего Закона;\n2) уведомление – письменное требование удалить материал.";
const KK_DEFS =
  "1-бап. Негізгі ұғымдар\n\nОсы Заңда мынадай негізгі ұғымдар пайдаланылады:\n1) заңсыз контент – сот осы Заңның 6-бабын бұзады деп таныған материал;\n2) хабарлама – материалды жою туралы жазбаша талап.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R40-en-v1",
      language: "en",
      code: `${EN_DEFS}\n\nArticle 5\n\n1. Platforms shall remove unlawful content within three days of a notice.\n\nArticle 6\n\n1. No one may publish calls to violence.`,
    },
    {
      name: "R40-ru-v1",
      language: "ru",
      code: `${RU_DEFS}\n\nСтатья 5\n\n1. Платформы удаляют противоправный контент в течение трех дней после уведомления.\n\nСтатья 6\n\n1. Запрещается публиковать призывы к насилию.`,
    },
    {
      name: "R40-kk-v1 (own: defined term used in inflected form)",
      language: "kk",
      code: `${KK_DEFS}\n\n5-бап\n\n1. Платформалар хабарламадан кейін үш күн ішінде заңсыз контентті жояды.\n\n6-бап\n\n1. Зорлық-зомбылыққа шақыруларды жариялауға тыйым салынады.`,
    },
    {
      name: "defined term used in inflected form (ru, code): «противоправного контента»",
      language: "ru",
      code: "Статья 1. Основные понятия\n\nВ настоящем Законе используются следующие основные понятия:\n1) противоправный контент – материал, признанный судом нарушающим закон.\n\nСтатья 2\n\n1. Размещение противоправного контента запрещается.",
    },
    {
      name: "defined term used only in an article heading (en) counts as used",
      language: "en",
      code: `${EN_DEFS}\n\nArticle 5. Notice and removal\n\n1. Platforms shall remove unlawful content within three days.`,
    },
    // --- hard negatives -------------------------------------------------------------------
    {
      name: "defined in the definitions list, used in operative text (en, statute)",
      language: "en",
      code: 'Article 1. Definitions\n\nIn this Law, the following terms have the following meanings:\n(a) "extremist material" means material that a court has declared extremist under Article 3 of this Law.\n\nArticle 2\n\n1. The distribution of extremist material is prohibited.\n\nArticle 3\n\n1. A court may declare material extremist on application of the prosecutor.',
    },
    {
      name: 'inline definition (en): (hereinafter "extremist material")',
      language: "en",
      code: 'Article 2\n\n1. Material that a court has found to call for violence (hereinafter "extremist material") shall be removed by the platform.\n2. The distribution of extremist material is prohibited.',
    },
    {
      name: "inline definition (ru, code): (далее – экстремистские материалы)",
      language: "ru",
      code: "Статья 2\n\n1. Материалы, признанные судом призывающими к насилию (далее – экстремистские материалы), подлежат удалению.\n2. Распространение экстремистских материалов запрещается.",
    },
    {
      name: "inline definition (kk): (бұдан әрі – экстремистік материалдар)",
      language: "kk",
      code: "2-бап\n\n1. Сот зорлық-зомбылыққа шақырады деп таныған материалдар (бұдан әрі – экстремистік материалдар) жойылуға тиіс.\n2. Экстремистік материалдарды таратуға тыйым салынады.",
    },
    {
      name: "purpose clause (en): countering extremism is the aim, not a restriction",
      language: "en",
      code: "Article 1. Purpose of this Law\n\n1. The purpose of this Law is to counter extremism and to prohibit the financing of extremist organisations.",
    },
    {
      name: "purpose clause (ru): «Целью настоящего Закона является противодействие экстремизму»",
      language: "ru",
      code: "Статья 1\n\n1. Целью настоящего Закона является противодействие экстремизму и запрет финансирования экстремистских организаций.",
    },
    {
      name: "preamble (en, plain): the restrictive term before the articles",
      language: "en",
      code: "# Law on Online Platforms\n\nWhereas destructive content harms children and must be removed from platforms,\n\nArticle 1\n\n1. Platforms publish their terms of service.",
    },
    {
      name: "guarantee (en): a negated restriction of religious activity",
      language: "en",
      code: "Article 4\n\n1. Religious activity may not be restricted by the akimat.",
    },
    {
      name: "no restriction (kk, by-law): the term in a neutral sentence",
      language: "kk",
      code: "4-бап\n\n1. Діни қызмет туралы ақпарат уәкілетті органның сайтында жарияланады.",
    },
    {
      name: "definitions zone is not read for restrictive terms (ru)",
      language: "ru",
      code: "Статья 1. Основные понятия\n\nВ настоящем Законе используются следующие основные понятия:\n1) платформа – сервис, на котором запрещается размещать деструктивные призывы;\n2) пользователь – лицо, пользующееся платформой.\n\nСтатья 2\n\n1. Платформа публикует правила, обязательные для пользователя.",
    },
    {
      name: "a repealed unit is not read (en, amendment)",
      language: "en",
      code: "Article 4. Extremist materials\n\n[Repealed]",
    },
    {
      name: "glossary option silences the term (en)",
      language: "en",
      options: { glossary: ["extremism"] },
      code: "Article 4\n\n1. Financing of extremism is punishable by imprisonment.",
    },
    {
      name: "hard negative (kk): «зиянды» as the accusative of harm, compensated by the State",
      language: "kk",
      code: "4-бап\n\n1. Лауазымды адамдар қызметтік міндеттерін атқару кезінде келтірілген зиян үшін жауапты болмайды; мұндай зиянды мемлекет өтейді.",
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R40-en-x1",
      language: "en",
      code: "Article 5\n\n1. Platforms shall remove destructive content within three days of a notice.",
      errors: [
        {
          ...UNDEFINED,
          line: 3,
          column: 27,
          label: "Art. 5(1)",
          message: "“destructive content” restricts rights but is not defined in this act.",
        },
      ],
    },
    {
      name: "R40-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Платформы удаляют деструктивный контент в течение трех дней после уведомления.",
      errors: [{ ...UNDEFINED, line: 3, column: 22, label: "ст. 5 п. 1", message: "“деструктивный контент”" }],
    },
    {
      name: "R40-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Платформалар хабарлама алынғаннан кейін үш күн ішінде деструктивті контентті жояды.",
      errors: [{ ...UNDEFINED, line: 3, column: 58, label: "5-бап 1-тармақ", message: "“деструктивті контентті”" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en): sanction for extremist materials, no definition",
      language: "en",
      code: "Article 7\n\n1. The distribution of extremist materials is punishable by a fine.",
      errors: [{ ...UNDEFINED, line: 3, column: 24, label: "Art. 7(1)", message: "“extremist materials”" }],
    },
    {
      name: "plain English: two undefined terms in one prohibition",
      language: "en",
      code: "Article 4\n\n1. Religious activity outside a designated place is prohibited.",
      errors: [
        { ...UNDEFINED, line: 3, column: 4, label: "Art. 4(1)", message: "“Religious activity”" },
        { ...UNDEFINED, line: 3, column: 33, label: "Art. 4(1)", message: "“designated place”" },
      ],
    },
    {
      name: "code (ru): false information with an administrative sanction",
      language: "ru",
      code: "Статья 7\n\n1. Распространение недостоверной информации влечет штраф в размере ста месячных расчетных показателей.",
      errors: [{ ...UNDEFINED, line: 3, column: 20, label: "ст. 7 п. 1", message: "“недостоверной информации”" }],
    },
    {
      name: "by-law (kk): ban on radical organisations",
      language: "kk",
      code: "4-бап\n\n1. Радикалды ұйымдардың қызметіне тыйым салынады.",
      errors: [{ ...UNDEFINED, line: 3, column: 4, label: "4-бап 1-тармақ", message: "“Радикалды ұйымдардың”" }],
    },
    {
      name: "defined but unused (en): 'notice' is defined and never used",
      language: "en",
      code: `${EN_DEFS}\n\nArticle 5\n\n1. Platforms shall remove unlawful content within three days.\n\nArticle 6\n\n1. No one may publish calls to violence.`,
      errors: [
        {
          ...UNUSED,
          line: 5,
          column: 6,
          label: "Art. 1(b)",
          message: "“notice” is defined but not used elsewhere in this act.",
        },
      ],
    },
    {
      name: "defined but unused (ru): «уведомление» не используется",
      language: "ru",
      code: `${RU_DEFS}\n\nСтатья 5\n\n1. Платформы удаляют противоправного контента в течение трех дней.\n\nСтатья 6\n\n1. Запрещается публиковать призывы к насилию.`,
      errors: [{ ...UNUSED, line: 5, column: 4, label: "ст. 1 пп. 2)", message: "“уведомление”" }],
    },
    {
      name: "defined but unused (kk): «хабарлама» қолданылмайды",
      language: "kk",
      code: `${KK_DEFS}\n\n5-бап\n\n1. Платформалар үш күн ішінде заңсыз контентті жояды.\n\n6-бап\n\n1. Зорлық-зомбылыққа шақыруларды жариялауға тыйым салынады.`,
      errors: [{ ...UNUSED, line: 5, column: 4, label: "1-бап 2) тармақша", message: "“хабарлама”" }],
    },
  ],
});
