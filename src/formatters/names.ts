/** The built-in formatters' names (kept apart from their code so `--help` loads none of them). */
export const FORMATTER_NAMES = ["stylish", "json", "sarif", "github", "junit", "gitlab", "html"] as const;
export type FormatterName = (typeof FORMATTER_NAMES)[number];
