/**
 * The "by decision of a court" suggestion shared by the rules that find a measure taken without
 * a court (R8 religion/intervention-without-permitted-ground, R15 digital/surveillance-without-
 * independent-authorisation, R17 digital/remote-biometric-identification, R18 digital/shutdown-or-
 * blocking-without-court, R30 association/mandatory-registration): the phrase per language, and
 * where it goes — before the verb in Russian and Kazakh («по решению суда блокирует»); in English
 * between commas after the word before the verb ("may, by decision of a court, block"), or after
 * the verb when its actor is implicit ("is blocked by decision of a court").
 */
import type { Clause, Hit, Language, RuleContext, Sentence, Suggestion } from "../src/engine/api.js";

/** Text the suggestion inserts, per language. */
export const COURT_PHRASE: Record<Language, string> = {
  en: "by decision of a court",
  ru: "по решению суда",
  kk: "сот шешімі бойынша",
};

/** The suggestion to make `verb` (in `clause` of `sentence`) depend on a court's decision. */
export function courtSuggestion(
  context: RuleContext,
  sentence: Sentence,
  clause: Clause,
  verb: Hit,
  implicit = false,
): Suggestion[] {
  const phrase = COURT_PHRASE[context.language];
  const description = `Add "${phrase}"`;
  const insert = (at: number, text: string): Suggestion[] => context.clauses.insertion(sentence, at, text, description);
  if (context.language !== "en") return insert(verb.start, `${phrase} `);
  if (implicit) return insert(verb.end, ` ${phrase}`);
  const prev = context.concepts.tokens(sentence)[verb.tokenStart - 1];
  if (prev && !prev.boundary && prev.start >= clause.start) return insert(prev.end, `, ${phrase},`);
  return insert(verb.start, `${phrase}, `);
}
