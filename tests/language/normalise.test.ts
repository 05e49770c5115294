import { describe, expect, it } from "vitest";
import { normalise } from "../../src/language/normalise.js";
import { tokenize } from "../../src/language/tokens.js";

describe("normalise", () => {
  it("applies NFC and lower case", () => {
    // й written as и + combining breve; Ё as Е + combining diaeresis
    expect(normalise("Таи\u0306ный")).toBe("тайный");
    expect(normalise("ПРАВИТЕЛЬСТВО")).toBe("правительство");
    expect(normalise("The Ministry")).toBe("the ministry");
  });

  it("maps ё to е (after composing Е + diaeresis)", () => {
    expect(normalise("Ёлка, всё, Е\u0308ж")).toBe("елка, все, еж");
  });

  it("unifies quotes, dashes and hyphens and removes soft hyphens", () => {
    expect(normalise("«Закон» “Act” ‘x’ „y“")).toBe('"закон" "act" \'x\' "y"');
    expect(normalise("онлайн‐платформа – a—b − c")).toBe("онлайн-платформа - a-b - c");
    expect(normalise("огра\u00ADничение")).toBe("ограничение");
    expect(normalise("prosecutor’s")).toBe("prosecutor's");
  });

  it("turns a Latin i inside a Cyrillic word into Kazakh і", () => {
    expect(normalise("бiлiм")).toBe("білім");
    expect(normalise("Iс-шара")).toBe("іс-шара");
    expect(normalise("мемлекеттiк органдар")).toBe("мемлекеттік органдар");
    // Latin words keep their i
    expect(normalise("in the interests")).toBe("in the interests");
    expect(normalise("Article 5 і")).toBe("article 5 і");
  });

  it("maps the legacy Kazakh substitutes ќ→қ, ѕ→ң, є→ғ", () => {
    expect(normalise("ќызмет")).toBe("қызмет");
    expect(normalise("тањба ѕ")).toBe("тањба ң");
    expect(normalise("баєдарлама")).toBe("бағдарлама");
  });
});

describe("tokenize", () => {
  const norms = (s: string) => tokenize(s).map((t) => t.norm);

  it("keeps offsets into the original text plus base", () => {
    const text = "Ёлка, бiлiм; Law";
    const toks = tokenize(text, 100);
    expect(toks.map((t) => [t.norm, t.start, t.end, t.boundary ?? false])).toEqual([
      ["елка", 100, 104, false],
      [",", 104, 105, true],
      ["білім", 106, 111, false],
      [";", 111, 112, true],
      ["law", 113, 116, false],
    ]);
  });

  it("keeps soft hyphens and combining marks inside the word they split", () => {
    const text = "огра\u00ADничение таи\u0306ный";
    const toks = tokenize(text);
    expect(toks.map((t) => t.norm)).toEqual(["ограничение", "тайный"]);
    expect(toks[0]).toMatchObject({ start: 0, end: 12 });
    expect(toks[1]).toMatchObject({ start: 13, end: 20 });
  });

  it("joins hyphenated and apostrophised words, drops a trailing apostrophe", () => {
    expect(norms("онлайн-платформы, re‑registration, іс-шаралар")).toEqual([
      "онлайн-платформы",
      ",",
      "re-registration",
      ",",
      "іс-шаралар",
    ]);
    expect(norms("the children’s health and shareholders' meeting")).toEqual([
      "the",
      "children's",
      "health",
      "and",
      "shareholders",
      "meeting",
    ]);
    // a dash between spaced words is not a hyphen
    expect(norms("body – the")).toEqual(["body", "the"]);
  });

  it("reads numbers with separators and Kazakh suffixes as one flagged token", () => {
    const toks = tokenize("12.05.2020 12-1 1,5 30-ға 7-бап (30) days");
    expect(toks.map((t) => [t.norm, t.number ?? false])).toEqual([
      ["12.05.2020", true],
      ["12-1", true],
      ["1,5", true],
      ["30-ға", true],
      ["7-бап", true],
      ["30", true],
      ["days", false],
    ]);
    // a comma followed by a space is a boundary, not a decimal separator
    expect(norms("5, 6")).toEqual(["5", ",", "6"]);
  });

  it("flags ; : , as boundaries and skips other punctuation", () => {
    const toks = tokenize("a) «закон»: (b); c, d! e? f…");
    expect(toks.map((t) => t.norm)).toEqual(["a", "закон", ":", "b", ";", "c", ",", "d", "e", "f"]);
    expect(toks.filter((t) => t.boundary).map((t) => t.norm)).toEqual([":", ";", ","]);
  });

  it("splits dotted abbreviations into letters the same way in phrases and text", () => {
    expect(norms("и т.п.")).toEqual(["и", "т", "п"]);
  });
});
