/**
 * Constitution profiles as data (RULES.md §5): schema validity, full rule coverage against the catalogue
 * (../shared/RULES.md is the contract), facts transcribed from §5, the loader's queries and its errors.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  canonicalGround,
  citeArticle,
  defaultPreset,
  findRight,
  isAbsolute,
  isForbiddenMotive,
  isGroundPermitted,
  listPresets,
  listProfiles,
  loadProfile,
  loadProfileFile,
  loadProfiles,
  type Profile,
  ProfileError,
  permittedGrounds,
  profileDirectory,
  resolvePreset,
  type SeveritySetting,
  setProfileDirectory,
  severityFor,
} from "../../src/config/profiles.js";

const RULES_MD = new URL("../../../shared/RULES.md", import.meta.url);
const PROFILE_IDS = ["kz-2026", "kz-1995", "iccpr", "echr", "eu-digital"] as const;
const LETTER: Record<string, SeveritySetting> = { E: "error", W: "warning", I: "info", "–": "off", off: "off" };

const ground = (...ids: string[]) => ids.map((id) => `ground.${id}`);
const sorted = (xs: readonly string[] | undefined) => [...(xs ?? [])].sort();

afterEach(() => setProfileDirectory(undefined));

describe("built-in profiles", () => {
  it("lists the five profiles of RULES.md §5", () => {
    expect(listProfiles()).toEqual([...PROFILE_IDS].sort());
  });

  it.each(PROFILE_IDS)("%s validates against the schema and is named after its file", (id) => {
    const profile = loadProfile(id);
    expect(profile.id).toBe(id);
    expect(Object.isFrozen(profile.rights)).toBe(true);
  });

  it.each(PROFILE_IDS)("%s has no duplicate right entries and only §3.4 ground ids in its lists", (id) => {
    const profile = loadProfile(id);
    const rights = profile.rights.map((r) => r.right);
    expect(new Set(rights).size).toBe(rights.length);
    const known = new Set(
      ground(
        "national-security",
        "public-safety",
        "public-order",
        "crime-prevention",
        "health",
        "morals",
        "rights-of-others",
        "reputation",
        "constitutional-order",
        "territorial-integrity",
        "economic-well-being",
        "confidential-information",
        "judiciary",
        "general-interest",
        "suspect.state-interest",
        "suspect.traditional-values",
        "suspect.state-prestige",
        "suspect.political",
        "suspect.social-harmony",
        "suspect.open",
      ),
    );
    const used = [
      ...profile.rights.flatMap((r) => r.permittedGrounds),
      ...(profile.generalClause?.grounds ?? []),
      ...profile.forbiddenMotives,
      ...Object.entries(profile.groundMapping).flat(),
    ];
    expect(used.filter((g) => !known.has(g))).toEqual([]);
  });

  it("caches loaded profiles and loads a list in order without duplicates", () => {
    expect(loadProfile("iccpr")).toBe(loadProfile("iccpr"));
    expect(loadProfiles(["kz-2026", "iccpr", "kz-2026"]).map((p) => p.id)).toEqual(["kz-2026", "iccpr"]);
  });

  it("rejects unknown ids, naming what is available", () => {
    expect(() => loadProfile("kz-2027")).toThrow(/Unknown profile "kz-2027".*available: echr, eu-digital/);
    expect(() => loadProfile("../package")).toThrow(ProfileError);
    expect(() => loadProfile("presets")).toThrow(/Unknown profile/);
  });
});

describe("presets (RULES.md §5.0)", () => {
  it("resolves the recommended combinations", () => {
    expect(listPresets().sort()).toEqual(["eu", "kz-1995", "kz-2026", "treaty"]);
    expect(resolvePreset("kz-2026")).toEqual(["kz-2026", "iccpr"]);
    expect(resolvePreset("kz-1995")).toEqual(["kz-1995", "iccpr"]);
    expect(resolvePreset("treaty")).toEqual(["iccpr", "echr"]);
    expect(resolvePreset("eu")).toEqual(["eu-digital", "echr"]);
    expect(defaultPreset()).toBe("kz-2026");
  });

  it("names only existing profiles", () => {
    for (const name of listPresets()) for (const id of resolvePreset(name)) expect(listProfiles()).toContain(id);
  });

  it("throws for an unknown preset", () => {
    expect(() => resolvePreset("un")).toThrow(/Unknown preset "un"/);
    expect(() => resolvePreset("toString")).toThrow(/Unknown preset/);
  });
});

describe.runIf(existsSync(RULES_MD))("against the catalogue (RULES.md)", () => {
  const text = existsSync(RULES_MD) ? readFileSync(RULES_MD, "utf8") : "";
  const ruleIds = [...new Set([...text.matchAll(/`([a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*)`/g)].map((m) => m[1]!))];
  // §1 "Rules at a glance": | # | `id` | default | summary | kz26 | kz95 | iccpr | echr | eu |
  const glance = new Map<string, { num: number; cells: string[] }>();
  for (const m of text.matchAll(/^\| (\d+) \| `([a-z/-]+)` \|(.*)\|\s*$/gm)) {
    const cells = m[3]!.split("|").map((c) => c.trim());
    glance.set(m[2]!, { num: Number(m[1]), cells: cells.slice(-5) });
  }
  const idByNumber = new Map([...glance].map(([id, { num }]) => [num, id]));

  it("has 40 rule ids, all in the §1 table", () => {
    expect(ruleIds).toHaveLength(40);
    expect(sorted([...glance.keys()])).toEqual(sorted(ruleIds));
  });

  it.each(PROFILE_IDS)("%s lists a severity for each of the 40 rule ids, as §1 gives it", (id) => {
    const profile = loadProfile(id);
    const column = PROFILE_IDS.indexOf(id);
    for (const ruleId of ruleIds) {
      const cell = glance.get(ruleId)!.cells[column]!;
      // "E/W", "W/E", "W/I": the first letter is the rule (main sub-code); the second is a sub-code (§5.7).
      const expected = LETTER[cell.split("/")[0]!.trim()];
      expect({ ruleId, severity: profile.ruleSeverity[ruleId] }).toEqual({ ruleId, severity: expected });
    }
  });

  it.each(PROFILE_IDS)("%s has sub-code severities as §5.7 gives them (plain sub-code rows)", (id) => {
    const profile = loadProfile(id);
    const column = PROFILE_IDS.indexOf(id);
    const section = text.slice(text.indexOf("### 5.7"), text.indexOf("## 6."));
    let checked = 0;
    for (const m of section.matchAll(/^\| (\d+:[a-z-]+(?:(?:, | \/ )(?:\d+)?:[a-z-]+)*) \|(.*)\|\s*$/gm)) {
      const subCodes = m[1]!.split(/, | \/ /).map((s) => s.split(":")[1]!);
      const ruleId = idByNumber.get(Number(m[1]!.split(":")[0]))!;
      const cell = m[2]!.split("|").map((c) => c.trim())[column]!;
      // "W / E" pairs with "closed-list / differential-treatment"; "E (off for privacy)", "**E**", "off [P: ...]"
      const letters = cell
        .replace(/\(.*?\)|\[.*?\]|\*/g, "")
        .split("/")
        .map((s) => s.trim());
      subCodes.forEach((subCode, n) => {
        const expected = LETTER[letters[Math.min(n, letters.length - 1)]!];
        expect({ key: `${ruleId}:${subCode}`, severity: severityFor(profile, ruleId, subCode) }).toEqual({
          key: `${ruleId}:${subCode}`,
          severity: expected,
        });
        checked++;
      });
    }
    expect(checked).toBeGreaterThanOrEqual(30);
  });

  it.each(PROFILE_IDS)("%s keys only catalogue rule ids, with sub-codes the rule entry names", (id) => {
    const profile = loadProfile(id);
    const keys = [
      ...Object.keys(profile.ruleSeverity),
      ...Object.values(profile.conditionalSeverity ?? {}).flatMap((t) => Object.keys(t ?? {})),
    ];
    for (const key of keys) {
      const [ruleId, subCode] = key.split(":");
      expect(ruleIds).toContain(ruleId);
      if (subCode !== undefined) expect(text).toContain(`\`${subCode}\``);
    }
  });
});

describe("severities", () => {
  it("religion/national-security-ground is off in the KZ profiles and eu-digital, warning in iccpr and echr", () => {
    const s = (id: string) => severityFor(loadProfile(id), "religion/national-security-ground");
    expect([s("kz-2026"), s("kz-1995"), s("iccpr"), s("echr"), s("eu-digital")]).toEqual([
      "off",
      "off",
      "warning",
      "warning",
      "off",
    ]);
  });

  it("takes a sub-code override first, then the rule, and is undefined for unknown rules", () => {
    const iccpr = loadProfile("iccpr");
    expect(severityFor(iccpr, "expression/vague-offence")).toBe("error");
    expect(severityFor(iccpr, "expression/vague-offence", "criminal")).toBe("error");
    expect(severityFor(iccpr, "expression/vague-offence", "administrative")).toBe("warning");
    expect(severityFor(iccpr, "expression/vague-offence", "no-such-sub-code")).toBe("error");
    expect(severityFor(iccpr, "certainty/retroactive-liability", "kz-new-duties")).toBe("off");
    expect(severityFor(loadProfile("kz-1995"), "certainty/retroactive-liability", "kz-new-duties")).toBe("error");
    expect(severityFor(iccpr, "plugin/unknown-rule")).toBeUndefined();
  });

  it("reads §5.7 rows: foreign-funding disclosure, biometric identification, network shutdown", () => {
    const d = (id: string) => severityFor(loadProfile(id), "association/foreign-funding-stigma", "disclosure");
    expect(PROFILE_IDS.map(d)).toEqual(["off", "info", "warning", "warning", "off"]);
    expect(severityFor(loadProfile("kz-2026"), "association/foreign-funding-stigma", "label")).toBe("warning");
    expect(severityFor(loadProfile("echr"), "association/foreign-funding-stigma", "label")).toBe("error");
    expect(severityFor(loadProfile("eu-digital"), "digital/remote-biometric-identification", "public-space")).toBe(
      "error",
    );
    expect(severityFor(loadProfile("eu-digital"), "digital/remote-biometric-identification", "no-authorisation")).toBe(
      "warning",
    );
    expect(severityFor(loadProfile("kz-2026"), "digital/shutdown-or-blocking-without-court", "network-shutdown")).toBe(
      "warning",
    );
    expect(severityFor(loadProfile("eu-digital"), "limitation/aim-not-permitted-for-right", "not-in-list")).toBe("off");
    expect(severityFor(loadProfile("eu-digital"), "limitation/aim-not-permitted-for-right", "suspect-aim")).toBe(
      "warning",
    );
  });

  it("an off rule has no sub-code switched on", () => {
    for (const id of PROFILE_IDS) {
      const profile = loadProfile(id);
      for (const [key, severity] of Object.entries(profile.ruleSeverity)) {
        const [ruleId, subCode] = key.split(":");
        if (subCode !== undefined && profile.ruleSeverity[ruleId!] === "off")
          expect({ id, key, severity }).toEqual({ id, key, severity: "off" });
      }
    }
  });

  it("applies conditional rows of §5.7 when the rule passes the condition", () => {
    const kz95 = loadProfile("kz-1995");
    const rule2 = "limitation/aim-not-permitted-for-right";
    expect(severityFor(kz95, rule2, "suspect-aim")).toBe("warning");
    expect(severityFor(kz95, rule2, "suspect-aim", ["forbidden-motive"])).toBe("error");
    const blocking = "digital/shutdown-or-blocking-without-court";
    expect(severityFor(loadProfile("eu-digital"), blocking, "no-court")).toBe("error");
    expect(severityFor(loadProfile("eu-digital"), blocking, "no-court", ["specific-item-order"])).toBe("warning");
    expect(severityFor(loadProfile("echr"), blocking, "no-court", ["specific-item-order"])).toBe("error");
    expect(
      severityFor(loadProfile("iccpr"), "association/foreign-funding-stigma", "label", ["party-election-funding"]),
    ).toBe("warning");
    expect(
      severityFor(loadProfile("kz-2026"), "association/foreign-funding-stigma", "label", ["party-election-funding"]),
    ).toBe("off");
    for (const id of PROFILE_IDS) {
      expect(severityFor(loadProfile(id), "limitation/no-necessity-test", undefined, ["constitution-document"])).toBe(
        "info",
      );
      expect(severityFor(loadProfile(id), "remedy/no-appeal-route", "no-appeal", ["appeal-law-assumed"])).toBe("info");
    }
  });
});

describe("kz-2026 (RULES.md §5.1)", () => {
  const p = () => loadProfile("kz-2026");
  const six = ground(
    "constitutional-order",
    "rights-of-others",
    "national-security",
    "public-order",
    "health",
    "morals",
  );

  it("is provisional (adopted text, unofficial copy) and cites KZ Constitution 2026", () => {
    expect(p().status).toBe("provisional");
    expect(citeArticle(p(), "7(2)")).toBe("KZ Constitution 2026 art. 7(2)");
  });

  it("permits the six art. 41(1) grounds for religion, national security included", () => {
    expect(sorted(permittedGrounds(p(), "right.religion.manifestation"))).toEqual(sorted(six));
    expect(sorted(permittedGrounds(p(), "right.religion.organisation"))).toEqual(sorted(six));
    expect(findRight(p(), "right.religion.organisation")?.articles).toEqual(["7(1)–(2)"]);
    expect(isGroundPermitted(p(), "right.religion.manifestation", "ground.national-security")).toBe(true);
  });

  it("adds honour and dignity (reputation) for expression, art. 23(4)", () => {
    expect(sorted(permittedGrounds(p(), "right.expression"))).toEqual(sorted([...six, "ground.reputation"]));
  });

  it("has the art. 41(1) general clause and art. 41(3) absolute rights and forbidden motive", () => {
    expect(p().generalClause).toEqual({ article: "41(1)", grounds: six, requiresLaw: true, requiresNecessity: true });
    expect(p().absoluteRights.map((a) => a.article)).toEqual(["12", "14", "16", "17", "20", "22", "25"]);
    expect(isAbsolute(p(), "right.religion.belief")).toBe(true);
    expect(permittedGrounds(p(), "right.religion.belief")).toEqual([]);
    expect(isAbsolute(p(), "right.equality")).toBe(true);
    expect(isAbsolute(p(), "right.religion.manifestation")).toBe(false);
    expect(p().forbiddenMotives).toEqual(["ground.suspect.political"]);
    expect(isForbiddenMotive(p(), "ground.suspect.political")).toBe(true);
  });

  it("maps social harmony to constitutional order, keeps traditional values suspect", () => {
    expect(canonicalGround(p(), "ground.suspect.social-harmony")).toBe("ground.constitutional-order");
    expect(isGroundPermitted(p(), "right.assembly", "ground.suspect.social-harmony")).toBe(true);
    expect(canonicalGround(p(), "ground.suspect.traditional-values")).toBe("ground.suspect.traditional-values");
    expect(isGroundPermitted(p(), "right.assembly", "ground.suspect.traditional-values")).toBe(false);
  });

  it("covers every privacy sub-concept through right.privacy.* (art. 21)", () => {
    expect(findRight(p(), "right.privacy.communications")?.articles).toEqual(["21(1)–(2)"]);
    expect(sorted(permittedGrounds(p(), "right.privacy.personal-data"))).toEqual(sorted(six));
    expect(permittedGrounds(p(), "right.religion")).toBeUndefined();
  });

  it("sets its options", () => {
    expect(p().options).toMatchObject({ inheritGeneralClause: false, maxFounders: 10, maxNoticeDays: 5 });
    expect(p().options.generalAppealLaw).toMatch(/Administrative Procedural and Process Code/);
  });
});

describe("kz-1995 (RULES.md §5.2)", () => {
  const p = () => loadProfile("kz-1995");
  const general = ground("constitutional-order", "public-order", "rights-of-others", "health", "morals");

  it("has the art. 39(1) general clause without national security", () => {
    expect(p().status).toBe("verified");
    expect(p().generalClause?.article).toBe("39(1)");
    expect(sorted(p().generalClause?.grounds)).toEqual(sorted(general));
    expect(sorted(permittedGrounds(p(), "right.religion.manifestation"))).toEqual(sorted(general));
    expect(isGroundPermitted(p(), "right.religion.manifestation", "ground.national-security")).toBe(false);
    expect(isGroundPermitted(p(), "right.religion.organisation", "ground.national-security")).toBe(true);
  });

  it("lists the art. 39(3) absolute rights", () => {
    expect(p().absoluteRights.map((a) => a.article)).toEqual([
      "10",
      "11",
      "13",
      "14",
      "15",
      "16(1)",
      "17",
      "19",
      "22",
      "26(2)",
    ]);
    expect(isAbsolute(p(), "right.religion.belief")).toBe(true);
    expect(isAbsolute(p(), "right.liberty")).toBe(true);
    expect(isAbsolute(p(), "right.assembly")).toBe(false);
  });

  it("unites arts 32 and 39(1) for assembly, and adds the art. 20(3) categories for expression", () => {
    expect(sorted(permittedGrounds(p(), "right.assembly"))).toEqual(
      sorted(
        ground("national-security", "public-order", "health", "rights-of-others", "constitutional-order", "morals"),
      ),
    );
    expect(permittedGrounds(p(), "right.expression")).toContain("ground.territorial-integrity");
  });

  it("treats political motives as forbidden and maps social harmony", () => {
    expect(p().forbiddenMotives).toEqual(["ground.suspect.political"]);
    expect(canonicalGround(p(), "ground.suspect.social-harmony")).toBe("ground.constitutional-order");
    expect(p().options.generalClauseSuppliesNecessity).toBe(true);
  });
});

describe("iccpr (RULES.md §5.3)", () => {
  const p = () => loadProfile("iccpr");

  it("permits no national-security ground for manifestation of religion (art. 18(3))", () => {
    expect(findRight(p(), "right.religion.manifestation")?.articles).toEqual(["18(3)"]);
    expect(sorted(permittedGrounds(p(), "right.religion.manifestation"))).toEqual(
      sorted(ground("public-safety", "public-order", "health", "morals", "rights-of-others")),
    );
    expect(isGroundPermitted(p(), "right.religion.manifestation", "ground.national-security")).toBe(false);
  });

  it("lists art. 19(3) and 21 grounds", () => {
    expect(sorted(permittedGrounds(p(), "right.expression"))).toEqual(
      sorted(ground("reputation", "rights-of-others", "national-security", "public-order", "health", "morals")),
    );
    expect(sorted(permittedGrounds(p(), "right.assembly"))).toEqual(
      sorted(ground("national-security", "public-safety", "public-order", "health", "morals", "rights-of-others")),
    );
  });

  it("has no general clause, and the art. 4(2) non-derogable articles", () => {
    expect(p().generalClause).toBeNull();
    expect(p().absoluteRights.map((a) => a.article)).toEqual(["6", "7", "8(1)–(2)", "11", "15", "16", "18"]);
    expect(isAbsolute(p(), "right.religion.belief")).toBe(true);
    expect(isAbsolute(p(), "right.life-integrity")).toBe(true);
    expect(isAbsolute(p(), "right.religion.manifestation")).toBe(false);
  });

  it("maps crime prevention to public order and territorial integrity to national security [G]", () => {
    expect(canonicalGround(p(), "ground.crime-prevention")).toBe("ground.public-order");
    expect(canonicalGround(p(), "ground.territorial-integrity")).toBe("ground.national-security");
    expect(isGroundPermitted(p(), "right.expression", "ground.territorial-integrity")).toBe(true);
    expect(isGroundPermitted(p(), "right.expression", "ground.constitutional-order")).toBe(false);
  });

  it("treats art. 17 privacy as an open list: no not-in-list, suspect aims still out", () => {
    expect(findRight(p(), "right.privacy.communications")?.closedList).toBe(false);
    expect(isGroundPermitted(p(), "right.privacy.personal-data", "ground.public-order")).toBe(true);
    expect(isGroundPermitted(p(), "right.privacy.personal-data", "ground.suspect.state-interest")).toBe(false);
  });
});

describe("echr (RULES.md §5.4)", () => {
  const p = () => loadProfile("echr");

  it("has economic well-being for privacy only, and no national security or crime prevention for religion", () => {
    expect(permittedGrounds(p(), "right.privacy.private-life")).toContain("ground.economic-well-being");
    expect(permittedGrounds(p(), "right.expression")).not.toContain("ground.economic-well-being");
    expect(isGroundPermitted(p(), "right.expression", "ground.economic-well-being")).toBe(false);
    expect(sorted(permittedGrounds(p(), "right.religion.manifestation"))).toEqual(
      sorted(ground("public-safety", "public-order", "health", "morals", "rights-of-others")),
    );
  });

  it("lists the eleven art. 10(2) grounds", () => {
    expect(sorted(permittedGrounds(p(), "right.expression"))).toEqual(
      sorted(
        ground(
          "national-security",
          "territorial-integrity",
          "public-safety",
          "public-order",
          "crime-prevention",
          "health",
          "morals",
          "reputation",
          "rights-of-others",
          "confidential-information",
          "judiciary",
        ),
      ),
    );
  });

  it("has the art. 15(2) non-derogable articles and cites protocols", () => {
    expect(p().absoluteRights.map((a) => a.article)).toEqual(["2", "3", "4(1)", "7", "Protocol 6", "Protocol 13"]);
    expect(citeArticle(p(), "Protocol 1 art. 1")).toBe("ECHR Protocol 1 art. 1");
    expect(citeArticle(p(), "9(2)")).toBe("ECHR art. 9(2)");
    expect(permittedGrounds(p(), "right.property")).toEqual(["ground.suspect.state-interest"]);
  });
});

describe("eu-digital (RULES.md §5.5)", () => {
  const p = () => loadProfile("eu-digital");

  it("has the Charter art. 52(1) general clause with general interest, permitted here only", () => {
    expect(p().generalClause).toEqual({
      article: "Charter art. 52(1)",
      grounds: ["ground.general-interest", "ground.rights-of-others"],
      requiresLaw: true,
      requiresNecessity: true,
      protectsEssence: true,
    });
    expect(citeArticle(p(), "Charter art. 8")).toBe("EU Charter art. 8");
    for (const id of PROFILE_IDS.filter((x) => x !== "eu-digital")) {
      const profile = loadProfile(id);
      for (const right of profile.rights) expect(right.permittedGrounds).not.toContain("ground.general-interest");
    }
  });

  it("adds GDPR art. 23(1) grounds for personal data", () => {
    expect(sorted(permittedGrounds(p(), "right.privacy.personal-data"))).toEqual(
      sorted(
        ground(
          "general-interest",
          "rights-of-others",
          "national-security",
          "public-safety",
          "crime-prevention",
          "economic-well-being",
          "judiciary",
        ),
      ),
    );
  });

  it("turns religion, assembly and association rules off and keeps the others on", () => {
    const off = Object.entries(p().ruleSeverity)
      .filter(([key, s]) => !key.includes(":") && s === "off")
      .map(([key]) => key.split("/")[0]);
    expect(new Set(off)).toEqual(new Set(["religion", "assembly", "association"]));
    expect(isAbsolute(p(), "right.life-integrity")).toBe(true);
  });
});

describe("profile directory and malformed profiles", () => {
  const withTempDir = (files: Record<string, unknown>, run: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), "rightslint-profiles-"));
    try {
      for (const [name, data] of Object.entries(files)) {
        writeFileSync(join(dir, name), typeof data === "string" ? data : JSON.stringify(data));
      }
      run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const copyOf = (id: string): Record<string, unknown> =>
    JSON.parse(readFileSync(join(profileDirectory(), `${id}.json`), "utf8")) as Record<string, unknown>;

  it("finds the built-in directory from the source tree", () => {
    expect(existsSync(join(profileDirectory(), "profile.schema.json"))).toBe(true);
  });

  it("reads profiles from a directory set by setProfileDirectory, with the built-in schema and presets", () => {
    const custom = { ...copyOf("iccpr"), id: "custom", citation: "Custom" };
    withTempDir({ "custom.json": custom }, (dir) => {
      setProfileDirectory(dir);
      expect(listProfiles()).toEqual(["custom"]);
      expect(loadProfile("custom").citation).toBe("Custom");
      expect(resolvePreset("treaty")).toEqual(["iccpr", "echr"]);
    });
    setProfileDirectory(undefined);
    expect(listProfiles()).toContain("kz-2026");
  });

  it("fails with the file, the JSON path and what was expected", () => {
    const bad = copyOf("echr") as { rights: { permittedGrounds: string[] }[]; ruleSeverity: Record<string, string> };
    bad.rights[1]!.permittedGrounds[0] = "public order";
    bad.ruleSeverity["expression/vague-offence"] = "fatal";
    withTempDir({ "echr.json": bad }, (dir) => {
      setProfileDirectory(dir);
      let error: unknown;
      try {
        loadProfile("echr");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ProfileError);
      const message = (error as ProfileError).message;
      expect(message).toContain(join(dir, "echr.json"));
      expect(message).toContain("$.rights[1].permittedGrounds[0]: must match ^ground\\.");
      expect(message).toContain(
        '$.ruleSeverity["expression/vague-offence"]: must be one of "error", "warning", "info", "off"',
      );
      expect((error as ProfileError).issues.map((i) => i.path)).toContain("$.rights[1].permittedGrounds[0]");
    });
  });

  it("reports unknown properties, missing properties, bad rule keys, id mismatch and bad JSON", () => {
    const bad = copyOf("iccpr") as Record<string, unknown> & { ruleSeverity: Record<string, string> };
    bad.extra = true;
    delete bad.citation;
    bad.ruleSeverity["Not A Rule"] = "error";
    withTempDir({ "iccpr.json": bad, "other.json": copyOf("echr"), "broken.json": "{ not json" }, (dir) => {
      setProfileDirectory(dir);
      expect(() => loadProfile("iccpr")).toThrow(/\$\.extra: is not an allowed property/);
      expect(() => loadProfile("iccpr")).toThrow(/\$: missing required property "citation"/);
      expect(() => loadProfile("iccpr")).toThrow(/\$\.ruleSeverity: has an invalid key "Not A Rule"/);
      expect(() => loadProfile("other")).toThrow(/\$\.id: must equal the file name "other" \(found "echr"\)/);
      expect(() => loadProfile("broken")).toThrow(/Invalid JSON in profile .*broken\.json/);
      expect(() => loadProfileFile(join(dir, "missing.json"))).toThrow(/Cannot read profile .*missing\.json/);
    });
  });

  it("accepts a valid profile file from anywhere", () => {
    withTempDir({ "x.json": copyOf("kz-1995") }, (dir) => {
      const profile: Profile = loadProfileFile(join(dir, "x.json"));
      expect(profile.id).toBe("kz-1995");
    });
  });
});
