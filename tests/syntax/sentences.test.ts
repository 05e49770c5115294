import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Language, TextBlock } from "../../src/syntax/ast.js";
import { LineIndex, textBlock } from "../../src/syntax/positions.js";
import { splitSentences } from "../../src/syntax/sentences.js";

/** A one-span block over the whole source. */
function whole(source: string): { block: TextBlock; index: LineIndex } {
  const index = new LineIndex(source);
  return { block: textBlock(index, [[0, source.length]]), index };
}

function texts(source: string, language: Language = "en"): string[] {
  const { block, index } = whole(source);
  return splitSentences(block, index, language).map((s) => s.text);
}

describe("splitSentences: English", () => {
  it("does not split after legal abbreviations, initials and numbers", () => {
    expect(
      texts(
        "See Art. 5 of Regulation No. 254-III and Arts. 6 to 8. The Agency shall act, e.g. by order, " +
          "cf. s. 4 and ss. 5 to 6, within para. 1.1 of Sch. 2. Mr. J. Smith signed it on 12.05.2020. " +
          "It applies under 42 U.S.C. Section 1983. Next.",
      ),
    ).toEqual([
      "See Art. 5 of Regulation No. 254-III and Arts. 6 to 8.",
      "The Agency shall act, e.g. by order, cf. s. 4 and ss. 5 to 6, within para. 1.1 of Sch. 2.",
      "Mr. J. Smith signed it on 12.05.2020.",
      "It applies under 42 U.S.C. Section 1983.",
      "Next.",
    ]);
  });

  it("splits on ! and ?, and after etc. only before an upper-case letter", () => {
    expect(texts("Is it lawful? Yes! Fees, charges etc. are due. Fees etc. Then more.")).toEqual([
      "Is it lawful?",
      "Yes!",
      "Fees, charges etc. are due.",
      "Fees etc.",
      "Then more.",
    ]);
  });

  it("needs whitespace and then an upper-case letter, a digit, a quote or a bracket", () => {
    expect(texts('The fee applies. the rest.x Next. 2. Two. "Quoted." (Bracket.) End.')).toEqual([
      "The fee applies. the rest.x Next.",
      "2.",
      "Two.",
      '"Quoted."',
      "(Bracket.)",
      "End.",
    ]);
  });

  it("keeps ; inside a sentence and the answer 'no.' is not an abbreviation", () => {
    expect(texts("The answer is no. The list: one; two; three. Nos. 4 and 5 apply.")).toEqual([
      "The answer is no.",
      "The list: one; two; three.",
      "Nos. 4 and 5 apply.",
    ]);
  });
});

describe("splitSentences: Russian and Kazakh", () => {
  it("does not split after Russian abbreviations", () => {
    expect(
      texts(
        "Согласно ст. 5 и п. 3 ч. 2 гл. 4, т.е. в порядке, см. разд. 2 и абз. 3 стст. 7, 8. Суд решил. " +
          "В 2020 г. Закон принят и т.д. Далее текст о 5 млн. руб. штрафа. Конец.",
        "ru",
      ),
    ).toEqual([
      "Согласно ст. 5 и п. 3 ч. 2 гл. 4, т.е. в порядке, см. разд. 2 и абз. 3 стст. 7, 8.",
      "Суд решил.",
      "В 2020 г. Закон принят и т.д.",
      "Далее текст о 5 млн. руб. штрафа.",
      "Конец.",
    ]);
  });

  it("treats РК. as an ordinary word", () => {
    expect(texts("Закон РК. Далее.", "ru")).toEqual(["Закон РК.", "Далее."]);
  });

  it("does not split after Kazakh abbreviations and initials", () => {
    expect(
      texts("2020 ж. 1 қаңтарда қабылданды. Осы бап т.б. Келесі сөйлем. Е.Кошанов қол қойды. Б. Ахметов та.", "kk"),
    ).toEqual([
      "2020 ж. 1 қаңтарда қабылданды.",
      "Осы бап т.б.",
      "Келесі сөйлем.",
      "Е.Кошанов қол қойды.",
      "Б. Ахметов та.",
    ]);
  });

  it('never splits inside «…», “…”, "…" or (…) closed in the block', () => {
    expect(
      texts(
        'Он сказал «Стоп. Иди.» и ушёл. Слова “Первое. Второе.” заменить. Текст "А. Б. В." тут. ' +
          "Срок (См. выше. Там же.) истёк. Конец.",
        "ru",
      ),
    ).toEqual([
      "Он сказал «Стоп. Иди.» и ушёл.",
      "Слова “Первое. Второе.” заменить.",
      'Текст "А. Б. В." тут.',
      "Срок (См. выше. Там же.) истёк.",
      "Конец.",
    ]);
  });

  it("an unclosed bracket or quote protects nothing", () => {
    expect(texts("Unclosed (bracket. Next sentence. «Open. Close.", "en")).toEqual([
      "Unclosed (bracket.",
      "Next sentence.",
      "«Open.",
      "Close.",
    ]);
  });
});

describe("splitSentences: ranges and text", () => {
  it("maps each sentence to its exact source range across segments and collapses whitespace", () => {
    // Two lines of one provision; the enumerator and the indentation are not part of the text.
    const source = "1. First  sentence ends\n   here. Second\n   one.\n";
    const index = new LineIndex(source);
    const a = source.indexOf("First");
    const lineEnd = source.indexOf("\n");
    const b = source.indexOf("here.");
    const bEnd = source.indexOf("\n", b);
    const c = source.indexOf("one.");
    const block = textBlock(index, [
      [a, lineEnd],
      [b, bEnd],
      [c, c + 4],
    ]);
    const s = splitSentences(block, index, "en");
    expect(s.map((x) => x.text)).toEqual(["First sentence ends here.", "Second one."]);
    expect(s.map((x) => [x.range.start.line, x.range.start.column, x.range.end.line, x.range.end.column])).toEqual([
      [1, 4, 2, 9],
      [2, 10, 3, 8],
    ]);
    expect(source.slice(s[0]?.range.start.offset, s[0]?.range.end.offset)).toBe("First  sentence ends\n   here.");
    expect(source.slice(s[1]?.range.start.offset, s[1]?.range.end.offset)).toBe("Second\n   one.");
  });

  it("returns [] for an empty or blank block and one sentence without a terminator", () => {
    const empty = new LineIndex("");
    expect(splitSentences(textBlock(empty, []), empty, "en")).toEqual([]);
    expect(texts("   \n  ")).toEqual([]);
    const { block, index } = whole("  no full stop here  ");
    expect(splitSentences(block, index, "en")).toEqual([
      {
        type: "Sentence",
        text: "no full stop here",
        range: { start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 20, offset: 19 } },
      },
    ]);
  });

  it("never throws and returns ordered, non-overlapping ranges inside the block", () => {
    const alphabet = fc.constantFrom(
      ..."aZ .!?;…«»“”„\"'()[]\n\t5Ст.т.е.ж.No.e.g.U.S.C.".split(""),
      "Art.",
      "ст.",
      "т.д.",
      " Статья ",
      " The ",
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (parts) => {
        const source = parts.join("");
        const { block, index } = whole(source);
        const s = splitSentences(block, index, "ru");
        let last = 0;
        for (const x of s) {
          expect(x.range.start.offset).toBeGreaterThanOrEqual(last);
          expect(x.range.end.offset).toBeGreaterThan(x.range.start.offset);
          expect(x.range.end.offset).toBeLessThanOrEqual(source.length);
          expect(x.text).toBe(source.slice(x.range.start.offset, x.range.end.offset).replace(/\s+/g, " "));
          last = x.range.end.offset;
        }
      }),
      { numRuns: 300 },
    );
  });
});
