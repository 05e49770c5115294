/**
 * Akoma Ntoso out and back in: the export of every fixture bill is well-formed AKN 3.0 and reads
 * back to the same structure; an imported bill lints as its text does; findings point into the XML.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { AKN_NAMESPACE, importAkn, importAknHtml, splitKeyword } from "../../src/formats/akn.js";
import { exportAkn } from "../../src/formats/akn-export.js";
import { lintDocumentSource, lintText } from "../../src/lint.js";
import type { Document } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";
import { walk } from "../../src/syntax/walk.js";

const BILLS = fileURLToPath(new URL("../../fixtures/bills/", import.meta.url));
const fixtures = ["en", "ru", "kk"].flatMap((lang) =>
  readdirSync(join(BILLS, lang))
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => `${lang}/${f}`),
);

/** The structure of a document: each division and provision in order, with what identifies it. */
function structure(doc: Document): string[] {
  const out: string[] = [];
  walk(doc, (n) => {
    if (n.type === "Division") {
      const heading = n.heading?.text.replace(/\s+/g, " ").trim() ?? "";
      out.push(`${n.kind} ${n.eId} [${n.label}] ${n.keyword} ${n.num} "${heading}"${n.deleted ? " deleted" : ""}`);
    } else {
      out.push(`${n.kind} ${n.eId} [${n.label}] ${n.enumerator} ${n.num} ${n.style}${n.deleted ? " deleted" : ""}`);
    }
  });
  return out;
}

/** Root element, namespace and well-formedness, read by saxes alone. */
function readWithSaxes(xml: string): { root: string; uri: string; elements: number } {
  const p = new SaxesParser({ xmlns: true });
  let root = "";
  let uri = "";
  let elements = 0;
  p.on("opentag", (t) => {
    if (elements++ === 0) {
      root = t.local;
      uri = t.uri;
    }
  });
  p.write(xml).close();
  return { root, uri, elements };
}

const options = { date: "2026-01-15", name: "test-bill" };

describe("Akoma Ntoso export and import of the fixture bills", () => {
  for (const file of fixtures) {
    it(`${file}: well-formed AKN 3.0 that reads back to the same structure`, () => {
      const text = readFileSync(join(BILLS, file), "utf8");
      const doc = parseBill(text);
      const xml = exportAkn(doc, options);
      const read = readWithSaxes(xml);
      expect(read.root).toBe("akomaNtoso");
      expect(read.uri).toBe(AKN_NAMESPACE);
      expect(xml).toMatch(/<bill name="test_bill">/);
      expect(xml).toContain(`<FRBRlanguage language="${{ en: "eng", ru: "rus", kk: "kaz" }[doc.language]}"/>`);
      const back = importAkn(xml).document;
      expect(back.language).toBe(doc.language);
      expect(structure(back)).toEqual(structure(doc));
      expect(structure(doc).length).toBeGreaterThan(0);
      // the text the rules read is the same text
      const sentences = (d: Document) => {
        const out: string[] = [];
        walk(d, (n) => {
          if (n.type === "Provision") for (const s of n.sentences) out.push(s.text.replace(/\s+/g, " "));
        });
        return out;
      };
      expect(sentences(back)).toEqual(sentences(doc));
      expect(back.definitions.map((d) => [d.term, d.provisionEId])).toEqual(
        doc.definitions.map((d) => [d.term, d.provisionEId]),
      );
      expect(back.references.map((r) => [r.sourceEId, r.targetEId])).toEqual(
        doc.references.map((r) => [r.sourceEId, r.targetEId]),
      );
      expect(back.title?.text.replace(/\s+/g, " ")).toBe(doc.title?.text.replace(/\s+/g, " "));
      expect(back.enactingFormula?.text).toBe(doc.enactingFormula?.text);
    });
  }

  it("marks resolved references with ref and defined terms with def (and a TLCTerm)", () => {
    const doc = parseBill(readFileSync(join(BILLS, "en/digital-services-bill.md"), "utf8"));
    const xml = exportAkn(doc, options);
    const resolved = doc.references.filter((r) => r.targetEId !== null);
    expect(resolved.length).toBeGreaterThan(3);
    for (const r of resolved) expect(xml).toContain(`<ref href="#${r.targetEId}">`);
    expect(xml).toContain('<def refersTo="#term-personal_data">personal data</def>');
    expect(xml).toContain(
      '<TLCTerm eId="term-personal_data" href="/ontology/term/this.eng.personal_data" showAs="personal data"/>',
    );
    expect(xml).toContain('<article eId="chp_1__art_1">');
    expect(xml).toContain("<num>Article 1</num>");
    expect(xml).toContain('<attachment eId="att_1">');
    expect(xml).toContain('<formula name="enactingFormula">');
    expect(xml).toContain('status="repealed"');
  });

  it("writes the bill's numbers as the bill does (Kazakh number first)", () => {
    const doc = parseBill(readFileSync(join(BILLS, "kk/law-religion.txt"), "utf8"));
    const xml = exportAkn(doc, options);
    expect(xml).toContain("<num>7-1-бап</num>");
    expect(xml).toContain("<num>1-тарау</num>");
    expect(splitKeyword("7-1-бап")).toEqual({ keyword: "бап", num: "7-1" });
    expect(splitKeyword("Статья 12.")).toEqual({ keyword: "Статья", num: "12" });
    expect(splitKeyword("SEC. 2.")).toEqual({ keyword: "SEC.", num: "2" });
    expect(splitKeyword("1.")).toEqual({ keyword: "", num: "1" });
  });
});

describe("lint of an imported Akoma Ntoso bill", () => {
  const brief = (findings: { ruleId: string; eId: string }[]) => findings.map((f) => `${f.ruleId} ${f.eId}`).sort();

  for (const file of ["en/statute.txt", "en/digital-services-bill.md", "ru/law-religion.txt", "kk/law-religion.txt"]) {
    it(`${file}: the same findings (rule, eId) as the text, at lines and columns of the XML`, () => {
      const text = readFileSync(join(BILLS, file), "utf8");
      const fromText = lintText(text, { preset: "kz-2026" }).findings;
      const xml = exportAkn(parseBill(text), options);
      const { document, index } = importAkn(xml);
      const fromXml = lintDocumentSource(document, index, { preset: "kz-2026" }).findings;
      expect(fromText.length).toBeGreaterThan(0);
      expect(brief(fromXml)).toEqual(brief(fromText));
      // each finding points at the same words, in the XML file
      const xmlLines = xml.split("\n");
      const textLines = text.split(/\r?\n/);
      const words = (lines: string[], r: { start: { line: number; column: number } }) =>
        (lines[r.start.line - 1] ?? "").slice(r.start.column - 1, r.start.column + 19);
      const byKey = new Map(fromText.map((f) => [`${f.ruleId} ${f.eId} ${f.profile} ${f.message}`, f]));
      for (const f of fromXml) {
        const t = byKey.get(`${f.ruleId} ${f.eId} ${f.profile} ${f.message}`);
        expect(t).toBeDefined();
        expect(words(xmlLines, f.range)).toBe(words(textLines, (t as (typeof fromText)[number]).range));
      }
    });
  }

  it("reads rightslint directives from processing instructions and comments of the XML", () => {
    const doc = parseBill(readFileSync(join(BILLS, "en/digital-services-bill.md"), "utf8"));
    const xml = exportAkn(doc, options);
    // the directive's reason follows "--", which an XML comment cannot hold: it is written as an instruction
    expect(xml).toMatch(
      /\n\s*<\?rightslint-disable-next-line digital\/automated-decision-without-human-review -- pilot only\?>\n\s*<paragraph eId="chp_2__art_6__para_2">/,
    );
    const rule = "digital/automated-decision-without-human-review";
    const flagged = (x: string) => {
      const { document, index } = importAkn(x);
      const fs = lintDocumentSource(document, index, { preset: "kz-2026" }).findings;
      return { eIds: [...new Set(fs.filter((f) => f.ruleId === rule).map((f) => f.eId))].sort(), findings: fs };
    };
    expect(flagged(xml).eIds).toEqual(["chp_2__art_6__para_1"]);
    const without = xml.replace(/<\?rightslint-disable-next-line[^?]*\?>/, "");
    expect(flagged(without).eIds).toEqual(["chp_2__art_6__para_1", "chp_2__art_6__para_2"]);
    // a comment without a reason works too, and is reported for its missing reason
    const commented = xml.replace(
      /<\?rightslint-disable-next-line ([^ ?]+)[^?]*\?>/,
      "<!-- rightslint-disable-next-line $1 -->",
    );
    const { eIds, findings } = flagged(commented);
    expect(eIds).toEqual(["chp_2__art_6__para_1"]);
    const missing = findings.find((f) => f.ruleId === "directives/missing-reason");
    expect(missing).toBeDefined();
    const line = commented.split("\n")[(missing?.range.start.line ?? 1) - 1] ?? "";
    expect(line.slice((missing?.range.start.column ?? 1) - 1)).toMatch(/^<!-- rightslint-disable-next-line/);
  });

  it("keeps the document's own eIds and points findings at its elements (AKN-HTML)", () => {
    const html = `<div class="akn-act"><span class="akn-body">
<section class="akn-chapter" id="chp_2" data-eId="chp_2"><h2>Chapter 2<br>Rights</h2>
<section class="akn-section" id="sec_15" data-eId="sec_15"><h3>15. Religion</h3>
<section class="akn-subsection" id="sec_15__subsec_1" data-eId="sec_15__subsec_1"><span class="akn-num">(1)</span><span class="akn-content"><span class="akn-p">A religious association may conduct missionary activity only after its state registration.</span></span></section>
</section></section></span></div>`;
    const { document, index } = importAknHtml(html);
    expect(structure(document)).toEqual([
      'chapter chp_2 [Ch. 2] Chapter 2 "Rights"',
      'section sec_15 [s. 15] Section 15 "Religion"',
      "subsection sec_15__subsec_1 [s. 15(1)] (1) 1 paren-dec",
    ]);
    const findings = lintDocumentSource(document, index, { preset: "kz-2026" }).findings;
    const f = findings.find((x) => x.ruleId === "religion/registration-precondition");
    expect(f?.eId).toBe("sec_15__subsec_1");
    const line = html.split("\n")[(f?.range.start.line ?? 1) - 1] ?? "";
    expect(line.slice((f?.range.start.column ?? 1) - 1)).toMatch(/^A religious association/);
  });
});
