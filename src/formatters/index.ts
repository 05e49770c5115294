/**
 * The built-in formatters by name (`--format <name>`).
 */
import { github } from "./github.js";
import { gitlab } from "./gitlab.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export type { FileReport, FormatContext, Formatter } from "./types.js";

import { FORMATTER_NAMES, type FormatterName } from "./names.js";

export { FORMATTER_NAMES, type FormatterName };

const FORMATTERS: Readonly<Record<FormatterName, Formatter>> = { stylish, json, sarif, github, junit, gitlab, html };

export function isFormatterName(name: string): name is FormatterName {
  return (FORMATTER_NAMES as readonly string[]).includes(name);
}

/** The formatter called `name`; throws a one-line Error listing the valid names for any other. */
export function getFormatter(name: string): Formatter {
  if (isFormatterName(name)) return FORMATTERS[name];
  throw new Error(`Unknown formatter ${JSON.stringify(name)}: use one of ${FORMATTER_NAMES.join(", ")}`);
}
