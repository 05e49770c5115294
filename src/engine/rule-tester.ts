/**
 * RuleTester: a rule's tests read as valid and invalid provisions per language and profile,
 * like ESLint's. Plug the test framework in once: `RuleTester.describe = describe; RuleTester.it = it`.
 */
import { loadProfile } from "../config/profiles.js";
import type { Language } from "../syntax/ast.js";
import { parseBill } from "../syntax/index.js";
import { LineIndex } from "../syntax/positions.js";
import { lintDocument } from "./index.js";
import { RULE_ERROR_ID } from "./run.js";
import type { Finding, ProfileLike, RuleModule, Severity } from "./types.js";

export interface ValidCase {
  /** Shown in the test name; defaults to the start of the code. */
  name?: string;
  code: string;
  language?: Language;
  profile?: string | ProfileLike;
  options?: Record<string, unknown>;
}

export interface ExpectedFinding {
  messageId?: string;
  subCode?: string;
  line?: number;
  column?: number;
  label?: string;
  severity?: Severity;
  /** Number of suggestions offered. */
  suggestions?: number;
  /** Text the message must contain. */
  message?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

type Suite = (name: string, fn: () => void) => void;

export interface RuleTesterDefaults {
  language?: Language;
  profile?: string | ProfileLike;
  /** Turns a profile id into a profile; the built-in profiles (rules/profiles/) by default. */
  resolveProfile?: (id: string) => ProfileLike;
}

export class RuleTester {
  static describe: Suite = (_name, fn) => fn();
  static it: Suite = (_name, fn) => fn();

  constructor(private readonly defaults: RuleTesterDefaults = {}) {}

  run(rule: RuleModule, cases: { valid: (ValidCase | string)[]; invalid: InvalidCase[] }): void {
    RuleTester.describe(rule.meta.id, () => {
      RuleTester.describe("valid", () => {
        for (const c of cases.valid) {
          const vc = typeof c === "string" ? { code: c } : c;
          RuleTester.it(caseName(vc), () => {
            const found = this.findings(rule, vc);
            if (found.length > 0) throw new Error(`expected no findings, got:\n${describe(found)}`);
          });
        }
      });
      RuleTester.describe("invalid", () => {
        for (const c of cases.invalid) {
          RuleTester.it(caseName(c), () => {
            const found = this.findings(rule, c);
            if (found.length !== c.errors.length) {
              throw new Error(`expected ${c.errors.length} finding(s), got ${found.length}:\n${describe(found)}`);
            }
            for (let i = 0; i < c.errors.length; i++) check(c.errors[i] as ExpectedFinding, found[i] as Finding, i);
          });
        }
      });
    });
  }

  /** The rule's findings on one case (engine errors from the rule fail the case). */
  findings(rule: RuleModule, c: ValidCase): Finding[] {
    const language = c.language ?? this.defaults.language;
    const doc = parseBill(c.code, language ? { language } : {});
    const profile = this.profileOf(c.profile ?? this.defaults.profile);
    const found = lintDocument(doc, new LineIndex(c.code), {
      rules: [rule],
      profiles: [profile],
      ...(c.options ? { ruleOptions: { [rule.meta.id]: c.options } } : {}),
      directives: { reportUnused: false },
    });
    const failure = found.find((f) => f.ruleId === RULE_ERROR_ID);
    if (failure) throw new Error(failure.message);
    return found.filter((f) => f.ruleId === rule.meta.id);
  }

  private profileOf(p: string | ProfileLike | undefined): ProfileLike {
    if (p === undefined) return { id: "test", citation: "Test profile" };
    if (typeof p !== "string") return p;
    return (this.defaults.resolveProfile ?? loadProfile)(p);
  }
}

function caseName(c: ValidCase): string {
  const head = c.code.replace(/\s+/g, " ").trim();
  const lang = c.language ? `[${c.language}] ` : "";
  return c.name ?? `${lang}${head.length > 70 ? `${head.slice(0, 67)}...` : head}`;
}

function describe(found: Finding[]): string {
  return found
    .map(
      (f) =>
        `  ${f.range.start.line}:${f.range.start.column} ${f.label} ${f.messageId ?? ""} ${f.subCode ?? ""} ${f.message}`,
    )
    .join("\n");
}

function check(want: ExpectedFinding, got: Finding, i: number): void {
  const actual: Record<string, unknown> = {
    messageId: got.messageId,
    subCode: got.subCode,
    line: got.range.start.line,
    column: got.range.start.column,
    label: got.label,
    severity: got.severity,
    suggestions: got.suggestions.length,
  };
  for (const [key, value] of Object.entries(want)) {
    if (key === "message") {
      if (!got.message.includes(String(value)))
        throw new Error(`finding ${i}: message "${got.message}" lacks "${value}"`);
      continue;
    }
    if (actual[key] !== value) {
      throw new Error(`finding ${i}: ${key} is ${JSON.stringify(actual[key])}, expected ${JSON.stringify(value)}`);
    }
  }
}
