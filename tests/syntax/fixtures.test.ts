/**
 * Fixture bills (fixtures/bills/<lang>/) against their hand-written expected structure
 * (`<name>.expected.json`): every division in order with kind, num, eId, label, line and heading,
 * and selected provisions with eId, label, line, column, num and kind.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Division, Provision } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";
import { walk } from "../../src/syntax/walk.js";

const ROOT = new URL("../../fixtures/bills/", import.meta.url);

interface Expected {
  language: "en" | "ru" | "kk";
  divisions: { kind: string; num: string | null; eId: string; label: string; line: number; heading: string | null }[];
  provisions: { eId: string; label: string; line: number; column: number; num: string | null; kind: string }[];
  /** Parse diagnostics the bill must produce (and no others), by code and line. */
  diagnostics?: { code: string; line: number }[];
  /** eIds of the units marked deleted (and no others). */
  deleted?: string[];
}

const bills: [string, string][] = [];
for (const lang of readdirSync(ROOT)) {
  if (!/^(en|ru|kk)$/.test(lang)) continue;
  for (const f of readdirSync(new URL(`${lang}/`, ROOT))) {
    if (/\.(txt|md)$/.test(f)) bills.push([lang, f]);
  }
}

describe("fixture bills", () => {
  it("has bills in every language", () => {
    expect(new Set(bills.map(([lang]) => lang))).toEqual(new Set(["en", "ru", "kk"]));
  });

  for (const [lang, f] of bills) {
    describe(`${lang}/${f}`, () => {
      const text = readFileSync(new URL(`${lang}/${f}`, ROOT), "utf8");
      const expected = JSON.parse(
        readFileSync(new URL(`${lang}/${f.replace(/\.(txt|md)$/, ".expected.json")}`, ROOT), "utf8"),
      ) as Expected;
      const doc = parseBill(text);
      const divisions: Division[] = [];
      const provisions = new Map<string, Provision>();
      walk(doc, (n) => {
        if (n.type === "Division" && !n.implicit) divisions.push(n);
        if (n.type === "Provision") provisions.set(n.eId, n);
      });

      it("detects the language", () => {
        expect(doc.language).toBe(expected.language);
      });

      it("finds every division with its kind, number, eId, label, line and heading", () => {
        expect(
          divisions.map((d) => ({
            kind: d.kind,
            num: d.num,
            eId: d.eId,
            label: d.label,
            line: d.headingRange.start.line,
            heading: d.heading ? d.heading.text.replace(/\s+/g, " ") : null,
          })),
        ).toEqual(expected.divisions);
      });

      it("places the selected provisions exactly", () => {
        const actual = expected.provisions.map((p) => {
          const n = provisions.get(p.eId);
          return n
            ? {
                eId: n.eId,
                label: n.label,
                line: n.range.start.line,
                column: n.range.start.column,
                num: n.num,
                kind: n.kind,
              }
            : { eId: p.eId, missing: true };
        });
        expect(actual).toEqual(expected.provisions);
      });

      it("reports exactly the expected parse diagnostics", () => {
        expect(doc.diagnostics.map((d) => ({ code: d.code, line: d.range.start.line }))).toEqual(
          expected.diagnostics ?? [],
        );
      });

      it("marks exactly the deleted units", () => {
        const deleted: string[] = [];
        walk(doc, (n) => {
          if (n.deleted) deleted.push(n.eId);
        });
        expect(deleted).toEqual(expected.deleted ?? []);
      });

      it("reports no syntax errors", () => {
        expect(doc.diagnostics.filter((d) => d.code === "syntax")).toEqual([]);
      });
    });
  }
});
