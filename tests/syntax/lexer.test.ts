/**
 * The lexer's start-character hints (`start_chars_hint`, given so Chevrotain need not parse the
 * keyword patterns at start-up) must tell it exactly what its own analysis of the patterns would:
 * the same tokens, in the same order, for every first-character bucket of every mode.
 */
import { createToken, Lexer, type TokenType } from "chevrotain";
import { describe, expect, it } from "vitest";
import { lexerDefinition } from "../../src/syntax/tokens.js";

type Modes = Record<string, TokenType[]>;

/** Chevrotain's first-character table of a lexer: bucket → names of the tokens tried there. */
function firstCharTable(modes: Modes): Record<string, (string[] | null)[]> {
  const lexer = new Lexer({ defaultMode: "line", modes }, { positionTracking: "onlyOffset", skipValidations: true });
  const internal = lexer as unknown as {
    charCodeToPatternIdxToConfig: Record<string, ({ tokenType: TokenType }[] | undefined)[]>;
    canModeBeOptimized: Record<string, boolean>;
  };
  const out: Record<string, (string[] | null)[]> = {};
  for (const [mode, table] of Object.entries(internal.charCodeToPatternIdxToConfig)) {
    expect(internal.canModeBeOptimized[mode]).toBe(true);
    out[mode] = Array.from(table, (configs) => (configs ? configs.map((c) => c.tokenType.name) : null));
  }
  return out;
}

describe("lexer start-character hints", () => {
  it("match Chevrotain's analysis of the patterns", () => {
    const modes = lexerDefinition.modes as Modes;
    const hinted = Object.values(modes)
      .flat()
      .filter((t) => (t as { START_CHARS_HINT?: unknown }).START_CHARS_HINT && t.PATTERN instanceof RegExp);
    expect(hinted.length).toBeGreaterThan(10);
    // the same tokens, but patterns only: Chevrotain finds their first characters itself
    const clones = new Map<TokenType, TokenType>();
    const unhinted = (t: TokenType): TokenType => {
      if (!hinted.includes(t)) return t;
      let c = clones.get(t);
      if (!c) {
        c = createToken({
          name: t.name,
          pattern: t.PATTERN as RegExp,
          ...(t.PUSH_MODE ? { push_mode: t.PUSH_MODE } : {}),
          ...(t.POP_MODE ? { pop_mode: true } : {}),
        });
        clones.set(t, c);
      }
      return c;
    };
    const plain = Object.fromEntries(Object.entries(modes).map(([m, ts]) => [m, ts.map(unhinted)]));
    expect(firstCharTable(modes)).toEqual(firstCharTable(plain));
  });
});
