/** Hand-written scans of the builder that stand for regexes: the same answer on any string. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trailingMarks } from "../../src/syntax/builder.js";

const TRAILING = /\s*(?:\*{1,3}|_{2,3})?\s*$/;

describe("trailingMarks", () => {
  it("matches the trailing white space and emphasis regex", () => {
    const char = fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u3000", "*", "_", "a", "я", ".", "-");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), fc.string({ maxLength: 3 }), (chars, pad) => {
        const text = chars.join("");
        const source = `${pad}${text}${pad}`;
        const expected = (TRAILING.exec(text) as RegExpExecArray)[0].length;
        expect(trailingMarks(source, pad.length, pad.length + text.length)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
