/**
 * One-line messages about a config file: where its JSON breaks (line and column, in words that do
 * not depend on the Node version), what a JSON Schema error means ("expected one of off, info...",
 * "unknown key "rulez" (did you mean "rules"?)"), and the nearest known name to a typo.
 */
import type { ErrorObject } from "ajv";

// ── did you mean ────────────────────────────────────────────────────────────────────────────

/** Levenshtein distance (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * The candidate nearest to `word` (case-insensitive), when it is near enough to be a typo: at most
 * a third of the longer word's length apart (one edit for short words).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (c === word) continue;
    const d = editDistance(w, c.toLowerCase());
    const limit = Math.max(1, Math.floor(Math.max(w.length, c.length) / 3));
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (did you mean "x"?)`, or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const c = closest(word, candidates);
  return c === undefined ? "" : ` (did you mean "${c}"?)`;
}

/**
 * A suggestion for an unknown rule id: the nearest id, else a rule of another family with the
 * same name (`religion/vague-offence` → `expression/vague-offence`).
 */
export function suggestRule(id: string, ids: readonly string[]): string {
  const near = closest(id, ids);
  if (near !== undefined) return ` (did you mean "${near}"?)`;
  const name = id.includes("/") ? id.slice(id.indexOf("/") + 1) : id;
  const same = ids.find((r) => r.slice(r.indexOf("/") + 1) === name);
  return same === undefined ? "" : ` (did you mean "${same}"?)`;
}

// ── JSON syntax ─────────────────────────────────────────────────────────────────────────────

export interface JsonSyntaxError {
  /** UTF-16 offset of the problem. */
  offset: number;
  line: number;
  column: number;
  message: string;
}

class Stop extends Error {
  constructor(
    readonly at: number,
    readonly why: string,
  ) {
    super(why);
  }
}

/** The first syntax error of a JSON text, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const n = text.length;
  const found = (at: number): string => {
    if (at >= n) return "the end of the file";
    const word = /^[A-Za-z0-9_$.+-]+/.exec(text.slice(at, at + 40))?.[0];
    return `'${word ?? text[at]}'`;
  };
  const ws = (): void => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const fail = (why: string, at = i): never => {
    throw new Stop(at, why);
  };
  const expectValueStart = (what: string): void => {
    if (i >= n) fail("unexpected end of file");
    if (text[i] === "/") fail("comments are not allowed in JSON");
    if (text[i] === "'") fail("strings need double quotes");
    fail(`expected ${what} (found ${found(i)})`);
  };
  const string = (): void => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("invalid \\u escape in a string");
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail(`invalid escape '\\${e ?? ""}' in a string`);
        i += 2;
        continue;
      }
      if (c < 0x20)
        fail(c === 0x0a || c === 0x0d ? "a line break inside a string" : "a control character inside a string");
      i++;
    }
    fail("unterminated string", start);
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      object();
      return;
    }
    if (c === "[") {
      array();
      return;
    }
    if (c === '"') {
      string();
      return;
    }
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
      const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
      if (!m) fail(`invalid number (found ${found(i)})`);
      i += (m as RegExpExecArray)[0].length;
      return;
    }
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    expectValueStart("a value");
  };
  const object = (): void => {
    i++;
    ws();
    if (text[i] === "}") {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') expectValueStart("a property name in double quotes");
      string();
      ws();
      if (text[i] !== ":") {
        if (i >= n) fail("unexpected end of file");
        fail(`expected ':' after a property name (found ${found(i)})`);
      }
      i++;
      value();
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      if (text[i] !== ",") {
        if (i >= n) fail("unexpected end of file");
        if (text[i] === "/") fail("comments are not allowed in JSON");
        fail(`expected ',' or '}' after a property value (found ${found(i)})`);
      }
      const comma = i;
      i++;
      ws();
      if (text[i] === "}") fail("a comma before '}' (JSON allows no trailing comma)", comma);
    }
  };
  const array = (): void => {
    i++;
    ws();
    if (text[i] === "]") {
      i++;
      return;
    }
    for (;;) {
      value();
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      if (text[i] !== ",") {
        if (i >= n) fail("unexpected end of file");
        if (text[i] === "/") fail("comments are not allowed in JSON");
        fail(`expected ',' or ']' after an item (found ${found(i)})`);
      }
      const comma = i;
      i++;
      ws();
      if (text[i] === "]") fail("a comma before ']' (JSON allows no trailing comma)", comma);
    }
  };
  try {
    value();
    ws();
    if (i < n) fail(`unexpected ${found(i)} after the end of the JSON value`);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const { line, column } = lineColumn(text, e.at);
    return { offset: e.at, line, column, message: e.why };
  }
}

/** 1-based line and UTF-16 column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = text.indexOf("\n"); k !== -1 && k < offset; k = text.indexOf("\n", k + 1)) {
    line++;
    start = k + 1;
  }
  return { line, column: offset - start + 1 };
}

// ── JSON Schema errors ──────────────────────────────────────────────────────────────────────

/** `/overrides/0/rules/religion~1x` → `overrides[0].rules.religion/x` (with a prefix path). */
export function displayPath(pointer: string, prefix = ""): string {
  let out = prefix;
  for (const raw of pointer.split("/").slice(1)) {
    const part = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    out += /^\d+$/.test(part) ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out;
}

/** A value as a message shows it: JSON, cut at 40 characters. */
export function shortJson(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

const TYPE_PHRASE: Record<string, string> = {
  string: "a string",
  array: "an array",
  object: "an object",
  boolean: "true or false",
  number: "a number",
  integer: "an integer",
  null: "null",
};

export interface SchemaVocabulary {
  /** Where each sub-schema sits in its schema (`#/definitions/waiver/properties/reason`), by identity. */
  pointers: ReadonlyMap<object, string>;
  /** What a sub-schema expects, in words, by pointer: used for `pattern` and `anyOf` errors. */
  expected: Readonly<Record<string, string>>;
  /** `anyOf` sub-schemas whose single non-type branch error reads better than `expected`. */
  preferBranch?: ReadonlySet<string>;
  /** How a property name is called in messages: `key` (config) or `option` (rule options). */
  keyWord: string;
  /** Messages for an invalid property name, by the pointer of the object schema. */
  propertyName?: (pointer: string, name: string) => string | undefined;
}

/** Every object sub-schema of a schema with its JSON pointer. */
export function schemaPointers(schema: unknown): Map<object, string> {
  const out = new Map<object, string>();
  const walk = (node: unknown, pointer: string): void => {
    if (node === null || typeof node !== "object") return;
    if (!Array.isArray(node)) out.set(node, pointer);
    for (const [k, v] of Object.entries(node)) {
      if (k === "enum" || k === "const" || k === "required") continue;
      walk(v, `${pointer}/${k.replaceAll("~", "~0").replaceAll("/", "~1")}`);
    }
  };
  walk(schema, "#");
  return out;
}

function pointerOf(vocabulary: SchemaVocabulary, schema: unknown): string {
  if (schema === null || typeof schema !== "object") return "";
  return vocabulary.pointers.get(schema) ?? "";
}

function located(path: string, message: string): string {
  return path === "" ? message : `"${path}": ${message}`;
}

/** One error (of a keyword other than anyOf) in words. */
function renderOne(e: ErrorObject, vocabulary: SchemaVocabulary, prefix: string): string {
  const path = displayPath(e.instancePath, prefix);
  const params = e.params as Record<string, unknown>;
  const got = ` (got ${shortJson(e.data)})`;
  switch (e.keyword) {
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map((v) => (typeof v === "string" ? v : shortJson(v)));
      const hint = typeof e.data === "string" ? didYouMean(e.data, allowed) : "";
      return located(path, `expected one of ${allowed.join(", ")}${got}${hint}`);
    }
    case "type": {
      const types = String(params.type).split(",");
      return located(path, `expected ${types.map((t) => TYPE_PHRASE[t] ?? t).join(" or ")}${got}`);
    }
    case "pattern": {
      const expected = vocabulary.expected[pointerOf(vocabulary, e.parentSchema)];
      return located(path, `expected ${expected ?? `a string matching ${String(params.pattern)}`}${got}`);
    }
    case "minLength":
      return located(path, `expected a non-empty string${got}`);
    case "minItems":
    case "maxItems": {
      const limit = Number(params.limit);
      const bound = e.keyword === "minItems" ? "at least" : "at most";
      return located(path, `expected ${bound} ${limit} item${limit === 1 ? "" : "s"}${got}`);
    }
    case "uniqueItems": {
      const list = e.data as unknown[];
      return located(path, `${shortJson(list[Number(params.j)])} is listed twice`);
    }
    case "required":
      return located(path, `missing key "${String(params.missingProperty)}"`);
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return located(path, `expected a number ${String(params.comparison)} ${String(params.limit)}${got}`);
    case "const":
      return located(path, `expected ${shortJson(params.allowedValue)}${got}`);
    default:
      return located(path, e.message ?? "is invalid");
  }
}

/**
 * The problems an ajv run found, one sentence each, in the order ajv met them. `anyOf` failures
 * are told once, by the deepest path that explains them; a property name that breaks
 * `propertyNames` is one problem, not two.
 */
export function describeSchemaErrors(
  errors: readonly ErrorObject[],
  vocabulary: SchemaVocabulary,
  prefix = "",
): string[] {
  const real = errors.filter((e) => e.propertyName === undefined);
  const groups = new Map<string, ErrorObject[]>();
  for (const e of real) {
    if (e.keyword === "additionalProperties" || e.keyword === "propertyNames") continue;
    const list = groups.get(e.instancePath);
    if (list) list.push(e);
    else groups.set(e.instancePath, [e]);
  }
  const paths = [...groups.keys()];
  // an unknown key first: a misspelt one also makes a required key missing
  const out: string[] = [];
  for (const e of real) {
    if (e.keyword !== "additionalProperties") continue;
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const properties = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const where = displayPath(`${e.instancePath}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`, prefix);
    out.push(`unknown ${vocabulary.keyWord} "${where}"${didYouMean(key, properties)}`);
  }
  const told = new Set<string>();
  for (const e of real) {
    if (e.keyword === "additionalProperties") continue;
    if (e.keyword === "propertyNames") {
      const name = String((e.params as { propertyName: string }).propertyName);
      const pointer = pointerOf(vocabulary, e.parentSchema);
      const message = vocabulary.propertyName?.(pointer, name) ?? `invalid ${vocabulary.keyWord} "${name}"`;
      out.push(located(displayPath(e.instancePath, prefix), message));
      continue;
    }
    if (told.has(e.instancePath)) continue;
    told.add(e.instancePath);
    const group = groups.get(e.instancePath) ?? [e];
    const anyOf = group.find((g) => g.keyword === "anyOf");
    if (anyOf) {
      // a deeper path (an array item, a key) says more than "no branch matched"
      if (paths.some((p) => p.startsWith(`${e.instancePath}/`))) continue;
      const pointer = pointerOf(vocabulary, anyOf.parentSchema);
      const branches = group.filter((g) => g.keyword !== "anyOf" && g.keyword !== "type");
      const expected = vocabulary.expected[pointer];
      if (expected === undefined || (vocabulary.preferBranch?.has(pointer) && branches.length === 1)) {
        out.push(
          branches[0]
            ? renderOne(branches[0], vocabulary, prefix)
            : renderOne(group[0] as ErrorObject, vocabulary, prefix),
        );
        continue;
      }
      const values = group.flatMap((g) =>
        g.keyword === "enum" ? ((g.params as { allowedValues: unknown[] }).allowedValues as unknown[]) : [],
      );
      const hint =
        typeof anyOf.data === "string"
          ? didYouMean(
              anyOf.data,
              values.filter((v): v is string => typeof v === "string"),
            )
          : "";
      out.push(
        located(displayPath(e.instancePath, prefix), `expected ${expected} (got ${shortJson(anyOf.data)})${hint}`),
      );
      continue;
    }
    const required = group.filter((g) => g.keyword === "required");
    if (required.length > 1) {
      const keys = required.map((g) => `"${String((g.params as { missingProperty: string }).missingProperty)}"`);
      out.push(located(displayPath(e.instancePath, prefix), `missing keys ${keys.join(", ")}`));
      continue;
    }
    out.push(renderOne(group[0] as ErrorObject, vocabulary, prefix));
  }
  return out;
}

/** The first problem, and how many more there are: `…; 2 more problems`. */
export function oneLine(problems: readonly string[]): string {
  const [first, ...rest] = problems;
  if (first === undefined) return "is invalid";
  return rest.length === 0 ? first : `${first} (and ${rest.length} more problem${rest.length === 1 ? "" : "s"})`;
}
