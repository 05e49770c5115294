/**
 * The numbered sequences read per lint unit (`unitSequences`, combined by `billSequences`, as the
 * numbering rules read them) are the sequences of the whole bill (`numberedSequences`): the same
 * runs with the same units, whatever crosses the units' bounds.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  billSequences,
  nodeAt,
  numberedSequences,
  pathsUnder,
  type Sequence,
  type Unit,
  unitSequences,
} from "../../src/analysis/sequences.js";
import { lintUnits } from "../../src/engine/units.js";
import type { Document } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";

const root = join(import.meta.dirname, "..", "..");

/** The parts of the bill's lint units, as a rule's `context.unitParts` gives them. */
function parts(doc: Document) {
  return lintUnits(doc, "", new Map(), new Map(), undefined, false).map((unit) => ({
    unit,
    value: unitSequences(unit.root, unit.headerOnly),
  }));
}

/** The sequences of the bill from its units' parts: the walk of the bill's, and those of the units it went into. */
function fromParts(doc: Document): readonly Sequence[] {
  const { sequences, entered } = billSequences(doc, parts(doc));
  return [...sequences, ...entered.flatMap((p) => p.value.sequences)];
}

/** Sequences as sorted lines (the order of the runs is not the same; the order within each is). */
const plain = (list: readonly Sequence[]): string[] =>
  list
    .map((q) =>
      JSON.stringify([q.kind, q.container, q.units.map((u) => [u.node.eId, u.shown, u.key, u.range.start.offset])]),
    )
    .sort();

const lines = (...l: string[]): string => l.join("\n");

const SHAPES: Record<string, string> = {
  "numbered paragraphs before the first article (each a unit of its own)": lines(
    "1. This Law applies to providers.",
    "2. It applies to the State.",
    "4. It applies to courts:",
    "(a) first;",
    "(c) second.",
    "",
    "Article 1",
    "",
    "1. Text.",
    "",
    "Article 3",
    "",
    "1. Text.",
  ),
  "chapters numbered through parts that hold no articles": lines(
    "Part 1",
    "",
    "Chapter 1",
    "",
    "1. The body acts.",
    "",
    "Chapter 2",
    "",
    "1. It acts.",
    "",
    "Part 2",
    "",
    "Chapter 4",
    "",
    "1. Again.",
    "3. Again.",
  ),
  "articles inside a section with provisions of its own": lines(
    "Section 1",
    "",
    "1. General rule.",
    "",
    "Article 1",
    "",
    "1. Text.",
    "",
    "Article 2",
    "",
    "1. Text.",
    "",
    "Section 2",
    "",
    "Article 2",
    "",
    "1. Text.",
  ),
  "an annex of articles and an annex of chapters": lines(
    "Article 1",
    "",
    "Text.",
    "",
    "Annex 1",
    "",
    "Article 1",
    "",
    "Text.",
    "",
    "Article 3",
    "",
    "Text.",
    "",
    "Annex 2",
    "",
    "Chapter 1",
    "",
    "1. Text.",
    "",
    "Chapter 3",
    "",
    "1. Text.",
  ),
  "quoted amending text across articles": lines(
    "Article 1",
    "",
    "1. Article 5 is replaced by the following: «",
    "",
    "Article 5",
    "",
    "1. New text.",
    "3. More text.»",
    "",
    "Article 2",
    "",
    "Text.",
    "",
    "Article 4",
    "",
    "Text.",
  ),
};

describe("numbered sequences per lint unit", () => {
  for (const [name, text] of Object.entries(SHAPES)) {
    it(name, () => {
      const doc = parseBill(text);
      expect(plain(fromParts(doc))).toEqual(plain(numberedSequences(doc)));
      // without parts the walk of the bill is the whole walk
      expect(plain(billSequences(doc, []).sequences)).toEqual(plain(numberedSequences(doc)));
    });
  }

  it("a unit's part holds paths, not nodes; the walk of the bill finds the nodes again", () => {
    const doc = parseBill(SHAPES["chapters numbered through parts that hold no articles"] as string);
    const all = parts(doc);
    const part1 = all.find((p) => p.unit.root.type === "Division" && p.unit.root.label === "Part 1");
    // the two chapters of Part 1 are numbered through the body: the walk of the bill numbers them
    expect(part1?.value.numbering).toEqual({
      delta: 0,
      closes: false,
      through: [
        { path: [0], first: true },
        { path: [1], first: false },
      ],
    });
    expect(JSON.parse(JSON.stringify(part1?.value.numbering))).toEqual(part1?.value.numbering);
    const chapters = billSequences(doc, all).sequences.find((q) => q.kind === "chapter");
    expect(chapters?.units.map((u) => u.shown)).toEqual(["1", "2", "4"]);
    const partRoot = part1?.unit.root as Unit;
    const path = pathsUnder(partRoot);
    for (const u of chapters?.units.slice(0, 2) ?? []) expect(nodeAt(partRoot, path(u.node))).toBe(u.node);
  });

  it("a unit inside quoted amending text is not entered: its own sequences are not the bill's", () => {
    const doc = parseBill(SHAPES["quoted amending text across articles"] as string);
    const { sequences, entered } = billSequences(doc, parts(doc));
    const labels = entered.map((p) => (p.unit.root.type === "Document" ? "" : p.unit.root.label));
    expect(labels).toEqual(["Art. 1", "Art. 2", "Art. 4"]);
    expect(sequences.find((q) => q.kind === "article")?.units.map((u) => u.shown)).toEqual(["1", "2", "4"]);
  });

  it("on the fixture bills", () => {
    for (const file of [
      "en/digital-services-bill.md",
      "en/statute.txt",
      "en/constitution-excerpt.txt",
      "en/oddities.txt",
      "ru/law-religion.txt",
      "ru/code-excerpt.md",
      "kk/law-religion.txt",
      "kk/code-excerpt.md",
    ]) {
      const doc = parseBill(readFileSync(join(root, "fixtures", "bills", file), "utf8"));
      expect(plain(fromParts(doc)), file).toEqual(plain(numberedSequences(doc)));
    }
  });
});
