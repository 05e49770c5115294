/** The formatter registry: built-in names, and a one-line error for any other. */
import { describe, expect, it } from "vitest";
import { FORMATTER_NAMES, getFormatter, isFormatterName } from "../../src/formatters/index.js";
import { context, reports } from "./fixtures.js";

describe("getFormatter", () => {
  it("knows the built-in formatters, each returning text that ends with a newline", () => {
    expect([...FORMATTER_NAMES]).toEqual(["stylish", "json", "sarif", "github", "junit", "gitlab", "html"]);
    for (const name of FORMATTER_NAMES) {
      expect(isFormatterName(name)).toBe(true);
      const out = getFormatter(name)(reports(), context());
      expect(out.endsWith("\n")).toBe(true);
      expect(out.length).toBeGreaterThan(1);
    }
  });

  it("throws a one-line error listing the valid names for an unknown one", () => {
    expect(isFormatterName("checkstyle")).toBe(false);
    expect(() => getFormatter("checkstyle")).toThrow(
      new Error('Unknown formatter "checkstyle": use one of stylish, json, sarif, github, junit, gitlab, html'),
    );
    expect(() => getFormatter("a\nb")).toThrow(/^Unknown formatter "a\\nb": use one of [^\n]+$/);
    // names are exact: no case folding, no inherited properties
    expect(() => getFormatter("JSON")).toThrow(/Unknown formatter/);
    expect(() => getFormatter("toString")).toThrow(/Unknown formatter/);
  });
});
