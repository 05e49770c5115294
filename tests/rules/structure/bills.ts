/** Bills shared by the tests of the numbering rules (duplicate-article-number, numbering-gap). */

export const bill = (...lines: string[]): string => lines.join("\n");

/**
 * A Markdown constitution of three sections, one article each, articles numbered through the
 * sections. `third` is the number of the last section: `III` is lawful, `II` repeats a number,
 * `IV` leaves one out. Its heading is on line 15, column 4.
 */
export function constitution(third: string): string {
  return bill(
    "# Constitution of the Republic",
    "",
    "## Section I. The State",
    "",
    "### Article 1. Sovereignty",
    "",
    "The people are the source of state power.",
    "",
    "## Section II. Rights and Freedoms",
    "",
    "### Article 2. Equality",
    "",
    "Everyone is equal before the law.",
    "",
    `## Section ${third}. Courts`,
    "",
    "### Article 3. Independence",
    "",
    "Judges are independent.",
  );
}
