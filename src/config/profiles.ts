/**
 * Constitution profiles (RULES.md §5): loading, validation and the queries rules ask of them.
 *
 * Profiles are data in `rules/profiles/<id>.json`, validated against `rules/profiles/profile.schema.json`
 * with ajv. Nothing is read at import time; files are read on first use and cached. The directory is found
 * relative to this module (source tree: `src/config/` → `../../rules/profiles/`), else under the root of the
 * nearest enclosing `rightslint` package (the esbuild bundle lives in `dist/`), unless set with
 * `setProfileDirectory`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";

export type SeveritySetting = "error" | "warning" | "info" | "off";
export type ProfileStatus = "verified" | "provisional";

/**
 * Conditions of RULES.md §5.7 rows that are not sub-codes. A rule passes the ones that hold to
 * `severityFor`; a matching `conditionalSeverity` entry wins over `ruleSeverity`.
 */
export type SeverityCondition =
  /** The ground used is on the profile's `forbiddenMotives` (rule 2 `suspect-aim`). */
  | "forbidden-motive"
  /** `documentType: constitution` and the profile's general clause is in the same document (rule 3). */
  | "constitution-document"
  /** Blocking of a specific item by an administrative authority with notice and appeal (rule 20 `no-court`). */
  | "specific-item-order"
  /** Child-protection framing of an assembly ban (rule 28). */
  | "child-protection-framing"
  /** Foreign funding of political parties and election campaigns (rule 30). */
  | "party-election-funding"
  /** The profile option `appealLawAssumed` is true (rule 34). */
  | "appeal-law-assumed";

export interface ProfileRight {
  /** Right concept id (RULES.md §3.3); `right.privacy.*` covers every privacy sub-concept. */
  readonly right: string;
  /** Articles the right rests on, as cited after "art." (`7(1)–(2)`), or with an instrument (`Charter art. 8`). */
  readonly articles: readonly string[];
  /** Closed list of ground ids (RULES.md §3.4) permitted to limit this right. */
  readonly permittedGrounds: readonly string[];
  readonly absolute?: boolean;
  /** false: the article lists no grounds (only lawful, non-arbitrary interference); rule 2 `not-in-list` skips it. */
  readonly closedList?: boolean;
  readonly notes: string;
}

export interface AbsoluteRight {
  readonly article: string;
  readonly topic?: string;
  /** Right concept ids the article protects, where RULES.md names them. */
  readonly rights?: readonly string[];
  readonly notes?: string;
}

export interface GeneralClause {
  readonly article: string;
  readonly grounds: readonly string[];
  readonly requiresLaw: boolean;
  readonly requiresNecessity: boolean;
  readonly protectsEssence?: boolean;
}

export interface ProfileOptions {
  readonly inheritGeneralClause: boolean;
  readonly generalClauseSuppliesNecessity: boolean;
  readonly generalAppealLaw: string | null;
  readonly appealLawAssumed: boolean;
  readonly maxFounders: number;
  readonly maxNoticeDays: number;
  readonly superscriptFlattened: boolean;
}

export interface GlossaryEntry {
  readonly term: string;
  readonly lang?: "en" | "ru" | "kk";
  readonly definition?: string;
  readonly source?: string;
}

export interface Profile {
  readonly id: string;
  readonly title: string;
  readonly status: ProfileStatus;
  readonly instrument: string;
  /** How findings cite it: `KZ Constitution 2026` (see `citeArticle`). */
  readonly citation: string;
  readonly notes?: readonly string[];
  readonly rights: readonly ProfileRight[];
  readonly absoluteRights: readonly AbsoluteRight[];
  readonly generalClause: GeneralClause | null;
  readonly forbiddenMotives: readonly string[];
  readonly groundMapping: Readonly<Record<string, string>>;
  /** `family/name` or `family/name:sub-code` → severity. */
  readonly ruleSeverity: Readonly<Record<string, SeveritySetting>>;
  readonly conditionalSeverity?: Readonly<
    Partial<Record<SeverityCondition, Readonly<Record<string, SeveritySetting>>>>
  >;
  readonly options: ProfileOptions;
  readonly glossary: readonly GlossaryEntry[];
}

export interface ProfileIssue {
  /** JSON path of the offending value (`$.rights[2].permittedGrounds[0]`). */
  path: string;
  message: string;
}

/** A profile or preset file that cannot be read, parsed or validated; `message` names the file and the paths. */
export class ProfileError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly issues: readonly ProfileIssue[] = [],
  ) {
    super(issues.length === 0 ? message : `${message}\n${issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`);
    this.name = "ProfileError";
  }
}

const SCHEMA_FILE = "profile.schema.json";
const PRESETS_FILE = "presets.json";
const NON_PROFILE_FILES = new Set([SCHEMA_FILE, PRESETS_FILE]);
const PROFILE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

let directoryOverride: string | undefined;
let builtInDirectory: string | undefined;
const profileCache = new Map<string, Profile>();
const validatorCache = new Map<string, ValidateFunction>();
const presetCache = new Map<string, PresetTable>();

/**
 * Use `dir` (a path or file: URL) as the profile directory; `undefined` restores the built-in one.
 * Clears the caches. The schema and presets come from `dir` when it has them, else from the built-in directory.
 */
export function setProfileDirectory(dir: string | URL | undefined): void {
  directoryOverride = dir === undefined ? undefined : resolve(dir instanceof URL ? fileURLToPath(dir) : dir);
  profileCache.clear();
  presetCache.clear();
}

/** The directory profiles are read from. Throws when the built-in one cannot be found. */
export function profileDirectory(): string {
  return directoryOverride ?? findBuiltInDirectory();
}

function findBuiltInDirectory(): string {
  if (builtInDirectory !== undefined) return builtInDirectory;
  const tried: string[] = [];
  const accept = (dir: string): boolean => {
    tried.push(dir);
    if (!existsSync(join(dir, SCHEMA_FILE))) return false;
    builtInDirectory = dir;
    return true;
  };
  // Source tree and tsc output next to it: src/config/profiles.ts → rules/profiles/.
  if (accept(fileURLToPath(new URL("../../rules/profiles/", import.meta.url)))) return builtInDirectory!;
  // Bundled (dist/index.mjs) or installed: the root of the enclosing rightslint package.
  const root = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
  if (root !== undefined && accept(join(root, "rules", "profiles"))) return builtInDirectory!;
  throw new ProfileError(
    `Cannot find the rightslint profile directory (tried ${tried.join(", ")}); call setProfileDirectory()`,
    tried[0] ?? "",
  );
}

/** The root folder of the rightslint package (where rules/ and docs/ are), when it can be found. */
export function packageRoot(): string | undefined {
  return findPackageRoot(dirname(fileURLToPath(import.meta.url)));
}

/** The nearest directory at or above `start` whose package.json names the package "rightslint". */
function findPackageRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        const name = (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name;
        if (name === "rightslint") return dir;
      } catch {
        // an unreadable package.json is not ours: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A file of the active directory, else of the built-in one (schema, presets). */
function supportFile(name: string): string {
  if (directoryOverride !== undefined) {
    const own = join(directoryOverride, name);
    if (existsSync(own)) return own;
  }
  return join(findBuiltInDirectory(), name);
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ProfileError(`Cannot read ${what} ${file}: ${(error as Error).message}`, file);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ProfileError(`Invalid JSON in ${what} ${file}: ${(error as Error).message}`, file);
  }
}

function validator(): ValidateFunction {
  const file = supportFile(SCHEMA_FILE);
  let validate = validatorCache.get(file);
  if (validate === undefined) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    validate = ajv.compile(readJson(file, "profile schema") as object);
    validatorCache.set(file, validate);
  }
  return validate;
}

/** `/rights/0/permittedGrounds/1` → `$.rights[0].permittedGrounds[1]`. */
function jsonPath(pointer: string): string {
  if (pointer === "") return "$";
  return `$${pointer
    .split("/")
    .slice(1)
    .map((raw) => {
      const part = raw.replaceAll("~1", "/").replaceAll("~0", "~");
      if (/^\d+$/.test(part)) return `[${part}]`;
      return /^[A-Za-z_$][\w$]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`;
    })
    .join("")}`;
}

function describe(error: ErrorObject): ProfileIssue {
  const params = error.params as Record<string, unknown>;
  let path = jsonPath(error.instancePath);
  let message = error.message ?? "is invalid";
  switch (error.keyword) {
    case "additionalProperties":
      path = jsonPath(
        `${error.instancePath}/${String(params.additionalProperty).replaceAll("~", "~0").replaceAll("/", "~1")}`,
      );
      message = "is not an allowed property";
      break;
    case "required":
      message = `missing required property "${String(params.missingProperty)}"`;
      break;
    case "enum":
      message = `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
      break;
    case "propertyNames":
      message = `has an invalid key ${JSON.stringify(params.propertyName)}`;
      break;
    case "pattern":
      message = `must match ${String(params.pattern)}`;
      break;
  }
  return { path, message };
}

/** Read and validate one profile file (also for plugins' own profiles). Not cached. */
export function loadProfileFile(file: string | URL): Profile {
  const path = resolve(file instanceof URL ? fileURLToPath(file) : file);
  const data = readJson(path, "profile");
  const validate = validator();
  if (!validate(data)) {
    // an invalid key is reported both by propertyNames and by the key's own check: keep the clearer one
    const issues = (validate.errors ?? []).filter((e) => !e.propertyName).map(describe);
    const unique = issues.filter((i, n) => issues.findIndex((j) => j.path === i.path && j.message === i.message) === n);
    throw new ProfileError(`Invalid profile ${path}:`, path, unique);
  }
  return deepFreeze(data as Profile);
}

/** Load a profile by id from the profile directory (cached). */
export function loadProfile(id: string): Profile {
  const dir = profileDirectory();
  const file = join(dir, `${id}.json`);
  const cached = profileCache.get(file);
  if (cached !== undefined) return cached;
  if (!PROFILE_ID.test(id) || NON_PROFILE_FILES.has(`${id}.json`) || !existsSync(file)) {
    throw new ProfileError(`Unknown profile "${id}" (no ${file}); available: ${listProfiles().join(", ")}`, file);
  }
  const profile = loadProfileFile(file);
  if (profile.id !== id) {
    throw new ProfileError(`Invalid profile ${file}:`, file, [
      { path: "$.id", message: `must equal the file name "${id}" (found "${profile.id}")` },
    ]);
  }
  profileCache.set(file, profile);
  return profile;
}

/** Load several profiles, in order, without duplicates. */
export function loadProfiles(ids: readonly string[]): Profile[] {
  return [...new Set(ids)].map(loadProfile);
}

/** Ids of the profiles in the profile directory, sorted. */
export function listProfiles(): string[] {
  return readdirSync(profileDirectory())
    .filter((f) => f.endsWith(".json") && !NON_PROFILE_FILES.has(f))
    .map((f) => f.slice(0, -".json".length))
    .filter((id) => PROFILE_ID.test(id))
    .sort();
}

interface PresetTable {
  readonly default: string;
  readonly presets: Readonly<Record<string, readonly string[]>>;
}

function presetTable(): PresetTable {
  const file = supportFile(PRESETS_FILE);
  const cached = presetCache.get(file);
  if (cached !== undefined) return cached;
  const data = readJson(file, "presets") as { default?: unknown; presets?: unknown };
  const table = data?.presets;
  if (typeof table !== "object" || table === null || Array.isArray(table)) {
    throw new ProfileError(`Invalid presets ${file}:`, file, [{ path: "$.presets", message: "must be an object" }]);
  }
  const issues: ProfileIssue[] = [];
  for (const [name, ids] of Object.entries(table)) {
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((x) => typeof x === "string" && PROFILE_ID.test(x))) {
      issues.push({ path: jsonPath(`/presets/${name}`), message: "must be a non-empty array of profile ids" });
    }
  }
  const fallback = data.default ?? "kz-2026";
  if (typeof fallback !== "string" || !Object.hasOwn(table, fallback)) {
    issues.push({ path: "$.default", message: "must name one of the presets" });
  }
  if (issues.length > 0) throw new ProfileError(`Invalid presets ${file}:`, file, issues);
  const result = deepFreeze({ default: fallback as string, presets: { ...(table as Record<string, string[]>) } });
  presetCache.set(file, result);
  return result;
}

function presets(): Readonly<Record<string, readonly string[]>> {
  return presetTable().presets;
}

/** The preset used when the configuration names none (`kz-2026`, DESIGN.md). */
export function defaultPreset(): string {
  return presetTable().default;
}

/** Names of the recommended presets (RULES.md §5.0). */
export function listPresets(): string[] {
  return Object.keys(presets());
}

/** The profile ids of a preset (`kz-2026` → `["kz-2026", "iccpr"]`); throws for an unknown name. */
export function resolvePreset(name: string): readonly string[] {
  const table = presets();
  const ids = Object.hasOwn(table, name) ? table[name] : undefined;
  if (ids === undefined) {
    throw new ProfileError(
      `Unknown preset "${name}"; available: ${Object.keys(table).join(", ")}`,
      supportFile(PRESETS_FILE),
    );
  }
  return ids;
}

/**
 * The severity of a rule (or one of its sub-codes) under a profile: a `conditionalSeverity` entry for one of
 * `conditions` first (sub-code key, then rule key), then the sub-code override, then the rule.
 * `undefined` when the profile does not list the rule.
 */
export function severityFor(
  profile: Pick<Profile, "ruleSeverity" | "conditionalSeverity">,
  ruleId: string,
  subCode?: string,
  conditions: readonly SeverityCondition[] = [],
): SeveritySetting | undefined {
  const keys = subCode === undefined ? [ruleId] : [`${ruleId}:${subCode}`, ruleId];
  for (const condition of conditions) {
    const table = profile.conditionalSeverity?.[condition];
    if (table === undefined) continue;
    for (const key of keys) if (Object.hasOwn(table, key)) return table[key];
  }
  for (const key of keys) if (Object.hasOwn(profile.ruleSeverity, key)) return profile.ruleSeverity[key];
  return undefined;
}

/** Does `pattern` (a concept id, or `prefix.*`) cover the right concept `right`? */
function covers(pattern: string, right: string): boolean {
  if (pattern === right) return true;
  if (!pattern.endsWith(".*")) return false;
  const prefix = pattern.slice(0, -2);
  return right === prefix || right.startsWith(`${prefix}.`);
}

/** The profile's entry for a right: exact id first, then a `prefix.*` entry that covers it. */
export function findRight(profile: Profile, right: string): ProfileRight | undefined {
  return profile.rights.find((r) => r.right === right) ?? profile.rights.find((r) => covers(r.right, right));
}

/** The canonical id of a ground under a profile (RULES.md §5.6): follows `groundMapping`, else the id itself. */
export function canonicalGround(profile: Profile, groundId: string): string {
  let id = groundId;
  const seen = new Set<string>();
  while (Object.hasOwn(profile.groundMapping, id) && !seen.has(id)) {
    seen.add(id);
    id = profile.groundMapping[id]!;
  }
  return id;
}

/**
 * The closed list of grounds permitted to limit `right` under the profile (canonical ids); `[]` for an absolute
 * right or one with no limitation list; `undefined` when the profile has no entry for the right.
 */
export function permittedGrounds(profile: Profile, right: string): readonly string[] | undefined {
  return findRight(profile, right)?.permittedGrounds;
}

/**
 * Is `groundId` (mapped through `canonicalGround`) a permitted aim for `right`? For a right whose article lists
 * no grounds (`closedList: false`) every non-suspect ground is. `undefined` when the profile has no entry.
 */
export function isGroundPermitted(profile: Profile, right: string, groundId: string): boolean | undefined {
  const entry = findRight(profile, right);
  if (entry === undefined) return undefined;
  const canonical = canonicalGround(profile, groundId);
  if (entry.permittedGrounds.includes(canonical)) return true;
  return entry.closedList === false && !entry.absolute && !canonical.startsWith("ground.suspect.");
}

/** Is the ground a forbidden motive under the profile (after mapping)? */
export function isForbiddenMotive(profile: Profile, groundId: string): boolean {
  return (
    profile.forbiddenMotives.includes(groundId) || profile.forbiddenMotives.includes(canonicalGround(profile, groundId))
  );
}

/** Is `right` absolute under the profile: its entry says so, or an `absoluteRights` article covers it. */
export function isAbsolute(profile: Profile, right: string): boolean {
  if (findRight(profile, right)?.absolute === true) return true;
  return profile.absoluteRights.some((a) => a.rights?.some((r) => covers(r, right)) ?? false);
}

/** A citation for a finding: `KZ Constitution 2026 art. 7(2)`; `ECHR Protocol 1 art. 1`; `EU Charter art. 8`. */
export function citeArticle(profile: Pick<Profile, "citation">, article: string): string {
  return /^\d/.test(article) ? `${profile.citation} art. ${article}` : `${profile.citation} ${article}`;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
