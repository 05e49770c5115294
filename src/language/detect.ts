import type { Language } from "../syntax/ast.js";

/** Letters that Kazakh Cyrillic has and Russian has not (ә ғ қ ң ө ұ ү һ і, both cases). */
const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;

/**
 * Detects the language of a bill from its letters: Latin script is English, Cyrillic with Kazakh
 * letters above a small share is Kazakh, other Cyrillic is Russian. Reads at most `sample` chars.
 */
/** How many characters from the start `detectLanguage` reads by default. */
export const LANGUAGE_SAMPLE = 40_000;

export function detectLanguage(text: string, sample = LANGUAGE_SAMPLE): Language {
  const s = text.length > sample ? text.slice(0, sample) : text;
  let latin = 0;
  let cyrillic = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
  }
  if (cyrillic <= latin) return "en";
  const kazakh = s.match(KAZAKH_ONLY)?.length ?? 0;
  return kazakh / cyrillic > 0.006 ? "kk" : "ru";
}
