/**
 * Waivers and baselines: the two ways to accept findings outside the bill's text.
 * - A waiver (in config) accepts one rule on one provision, with a reason: an audit trail for a
 *   limitation the drafters justified (`{ rule, provision: "art_7__para_2" | "Art. 7(2)", reason }`).
 * - A baseline (a file) records today's findings of an existing code so only new ones are
 *   reported; entries are keyed by rule, profile, provision eId and message, not by line, so they
 *   survive edits elsewhere in the bill. The message hashed is the English one (`Finding.english`
 *   when the run was in another locale), so a baseline works whatever the locale of the run, and
 *   baselines recorded before messages were translated keep working.
 */
import { createHash } from "node:crypto";
import type { Finding } from "./types.js";

export interface Waiver {
  /** Rule id, `rule:sub-code`, or `family/*`. */
  rule: string;
  /** eId (`art_7__para_2`) or label (`Art. 7(2)`, `ст. 7 п. 2`) of the provision; a unit covers its sub-units. */
  provision: string;
  reason: string;
  /** Only under this profile (all profiles when absent). */
  profile?: string;
}

export interface WaiverResult {
  findings: Finding[];
  /** Waivers that matched nothing (stale: the provision changed or the finding is gone). */
  unused: Waiver[];
}

function ruleMatches(pattern: string, f: Finding): boolean {
  if (pattern.endsWith("/*")) return f.ruleId.startsWith(pattern.slice(0, -1));
  const [rule, sub] = pattern.split(":");
  return rule === f.ruleId && (sub === undefined || sub === f.subCode);
}

function provisionMatches(target: string, f: Finding): boolean {
  if (f.eId === "") return false;
  return (
    f.eId === target ||
    f.eId.startsWith(`${target}__`) ||
    f.label === target ||
    f.label.startsWith(`${target}(`) ||
    f.label.startsWith(`${target} `)
  );
}

export function applyWaivers(findings: Finding[], waivers: readonly Waiver[]): WaiverResult {
  const used = new Set<Waiver>();
  const kept = findings.filter((f) => {
    const w = waivers.find(
      (w) => ruleMatches(w.rule, f) && provisionMatches(w.provision, f) && (!w.profile || w.profile === f.profile),
    );
    if (!w) return true;
    used.add(w);
    return false;
  });
  return { findings: kept, unused: waivers.filter((w) => !used.has(w)) };
}

export interface BaselineEntry {
  ruleId: string;
  profile: string;
  eId: string;
  /** sha-1 of the English message, short: a changed message is a new finding. */
  hash: string;
  count: number;
}

export interface Baseline {
  version: 1;
  /** Per file path (as given to the linter), the accepted findings. */
  files: Record<string, BaselineEntry[]>;
}

function keyOf(f: Finding): string {
  return `${f.ruleId}\u0000${f.profile}\u0000${f.eId}\u0000${messageHash(f)}`;
}

/** The hash of a finding's message in English: the same in every locale. */
function messageHash(f: Finding): string {
  return createHash("sha1")
    .update(f.english ?? f.message)
    .digest("hex")
    .slice(0, 12);
}

/** Records findings as a baseline for one file (merged into `baseline` when given). */
export function recordBaseline(filePath: string, findings: readonly Finding[], baseline?: Baseline): Baseline {
  const out: Baseline = baseline ? { version: 1, files: { ...baseline.files } } : { version: 1, files: {} };
  const counts = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const key = keyOf(f);
    const e = counts.get(key);
    if (e) e.count++;
    else counts.set(key, { ruleId: f.ruleId, profile: f.profile, eId: f.eId, hash: messageHash(f), count: 1 });
  }
  out.files[filePath] = [...counts.values()].sort((a, b) => (keyOf2(a) < keyOf2(b) ? -1 : 1));
  return out;
}

function keyOf2(e: BaselineEntry): string {
  return `${e.ruleId}\u0000${e.profile}\u0000${e.eId}\u0000${e.hash}`;
}

/** Drops findings the baseline accepts for this file (as many of each as it recorded). */
export function applyBaseline(filePath: string, findings: readonly Finding[], baseline: Baseline): Finding[] {
  const budget = new Map<string, number>();
  for (const e of baseline.files[filePath] ?? []) budget.set(keyOf2(e), e.count);
  return findings.filter((f) => {
    const key = keyOf(f);
    const left = budget.get(key) ?? 0;
    if (left <= 0) return true;
    budget.set(key, left - 1);
    return false;
  });
}
