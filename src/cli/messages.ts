/**
 * The command line's own messages in English, Russian and Kazakh (formatters keep theirs in
 * src/formatters/messages.ts, rules theirs in rules/locales/).
 */
import type { Catalogue, Locale } from "../i18n/index.js";

export const CLI_MESSAGES: Readonly<Record<Locale, Catalogue>> = {
  en: {
    "cli.fileIgnored": "{{file}}: ignored by an ignore file or the config's ignores (not linted)",
    "cli.baselineWritten": {
      one: "{{file}}: baseline written (1 finding)",
      other: "{{file}}: baseline written ({{count}} findings)",
    },
    "cli.tooManyWarnings": "too many warnings ({{count}}, --max-warnings is {{max}})",
    "init.written": "wrote {{file}}",
    "init.askProfiles": "Constitution profiles to check against ({{choices}}) [{{default}}]: ",
    "init.askLanguage": "Language of the bills (en, ru, kk; empty: detect per bill) []: ",
    "init.askStrict": "Strict (warnings become errors)? (y/N): ",
    "explain.principle": "Rests on",
    "explain.severity": "Severity by profile",
    "explain.doc": "Documentation",
  },
  ru: {
    "cli.fileIgnored": "{{file}}: исключён файлом игнорирования или ключом ignores конфигурации (не проверяется)",
    "cli.baselineWritten": {
      one: "{{file}}: базовый список записан ({{count}} замечание)",
      few: "{{file}}: базовый список записан ({{count}} замечания)",
      many: "{{file}}: базовый список записан ({{count}} замечаний)",
      other: "{{file}}: базовый список записан ({{count}} замечания)",
    },
    "cli.tooManyWarnings": "слишком много предупреждений ({{count}}, --max-warnings равен {{max}})",
    "init.written": "записан {{file}}",
    "init.askProfiles": "Конституционные профили для проверки ({{choices}}) [{{default}}]: ",
    "init.askLanguage": "Язык законопроектов (en, ru, kk; пусто — определять по тексту) []: ",
    "init.askStrict": "Строгий режим (предупреждения становятся ошибками)? (y/N): ",
    "explain.principle": "Основание",
    "explain.severity": "Уровень по профилям",
    "explain.doc": "Документация",
  },
  kk: {
    "cli.fileIgnored":
      "{{file}}: елемеу файлымен немесе конфигурацияның ignores кілтімен алынып тасталды (тексерілмейді)",
    "cli.baselineWritten": "{{file}}: базалық тізім жазылды ({{count}} ескерту)",
    "cli.tooManyWarnings": "ескертулер тым көп ({{count}}, --max-warnings мәні {{max}})",
    "init.written": "{{file}} жазылды",
    "init.askProfiles": "Тексерілетін конституциялық профильдер ({{choices}}) [{{default}}]: ",
    "init.askLanguage": "Заң жобаларының тілі (en, ru, kk; бос — мәтін бойынша анықталады) []: ",
    "init.askStrict": "Қатаң режим (ескертулер қатеге айналады)? (y/N): ",
    "explain.principle": "Негізі",
    "explain.severity": "Профильдер бойынша деңгейі",
    "explain.doc": "Құжаттама",
  },
};
