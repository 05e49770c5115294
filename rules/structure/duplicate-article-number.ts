/**
 * R37 `structure/duplicate-article-number` (RULES.md §4 K): two live units of the same kind with the
 * same number in one container, so that a reference to that number has two targets.
 *
 * Detection, once per bill (`Document:exit`), on the AST only:
 * 1. Containers (RULES.md §2.1). Divisions (articles, sections, chapters, parts …) number through the
 *    whole body, per kind; each annex restarts the numbering; a division that opens its parent's run
 *    of that kind with number 1 restarts it too (codes that number articles per chapter). Provisions
 *    (paragraphs, subsections, points, indents) number per parent, per kind and numbering family
 *    (`1.`, `(a)`, `(iv)`, `а)`). Unnumbered alineas, dashes and bullets have no number.
 * 2. Numbers are compared normalised: `12-1` ≡ `12.1` ≡ `12¹` (and the parser's `671` → `67-1`), case
 *    ignored, Roman section numbers by value.
 * 3. Not reported: deleted units (a repealed article and its replacement may share a number); units
 *    inside quoted amending text (a provision whose lead-in opens a quotation, and its siblings up to
 *    the one that closes it); consolidated texts that show versions side by side, marked
 *    `<!-- version -->` between the two.
 * The later unit is reported, on its heading (division) or enumerator (provision).
 *
 * The sequences are read in parts, one per lint unit (`context.unitParts`), so that a re-lint walks
 * only the articles an edit changed: a unit's part holds its numbering for the walk of the bill
 * (`unitSequences`) and, of each sequence inside it, the units whose number repeats (paths from the
 * unit's root) with the numbers the sequence takes. At the end of the bill the divisions are walked
 * with those parts (`billSequences`) and every repeated number is checked on the nodes as they are
 * now (version markers, lines).
 */
import {
  billSequences,
  containerPhrase,
  type Document,
  defineRule,
  headingOf,
  KIND_PHRASES,
  kindPhrase,
  type Numbered,
  nodeAt,
  numberedOf,
  pathsUnder,
  type RuleContext,
  type Unit,
  unitSequences,
} from "../../src/engine/api.js";

function insertedNumber(unit: Numbered, taken: ReadonlySet<string>): string | null {
  if (unit.family !== "int" || !/^\d+$/.test(unit.key)) return null;
  for (let k = 1; k < 100; k++) {
    if (!taken.has(`${unit.key}-${k}`)) return `${unit.key}-${k}`;
  }
  return null;
}

function versionMarkerBetween(doc: Document, from: number, to: number): boolean {
  return doc.comments.some(
    (c) => c.range.start.offset >= from && c.range.start.offset < to && /^version\b/i.test(c.value.trim()),
  );
}

/** The number of a unit as its sequence compares it. */
const numberOf = (u: Numbered): string => `${u.family}:${u.key}`;

/**
 * The live units of a sequence whose number another live unit of it has too, in order: the only
 * ones the check reads (a number that stands once is never a duplicate, nor the first of one).
 */
function repeated(units: readonly Numbered[]): Numbered[] {
  if (units.length < 2) return [];
  const live = units.filter((u) => !u.node.deleted);
  // by family, then key: no string is made per unit (the bill's articles are counted on every lint)
  const count = new Map<string, Map<string, number>>();
  for (const u of live) {
    let keys = count.get(u.family);
    if (!keys) {
      keys = new Map();
      count.set(u.family, keys);
    }
    keys.set(u.key, (keys.get(u.key) ?? 0) + 1);
  }
  return live.filter((u) => (count.get(u.family)?.get(u.key) as number) > 1);
}

/** The integer numbers a sequence takes (the inserted number a duplicate could take is another). */
const intKeys = (units: readonly Numbered[]): string[] => units.filter((v) => v.family === "int").map((v) => v.key);

/** Of a sequence inside one lint unit: what the check needs, as a part keeps it. */
interface Repeats {
  kind: string;
  container: string;
  /** The repeated units: child-index paths from the unit's root. */
  units: number[][];
  ints: string[];
}

export default defineRule({
  meta: {
    id: "structure/duplicate-article-number",
    family: "structure",
    profileIndependent: true,
    severity: "error",
    confidence: "high",
    description:
      "Two articles, chapters, paragraphs or points of one container carry the same number, so a reference to that number has two targets.",
    docs: "rules/structure/duplicate-article-number.md",
    // Profile-independent: the source (Venice Commission Rule of Law Checklist II.B.1, II.B.3) is in
    // the message and the doc, not appended to a profile's citation.
    principle: {},
    messages: {
      duplicate:
        '{{kind}} {{num}} appears twice in {{container}} ("{{heading}}" at lines {{line}} and {{here}}): a reference to it has two targets (legal certainty, Venice Commission Rule of Law Checklist II.B.1). If the unit was pasted twice while editing, delete one copy; otherwise {{renumber}}.',
    },
    phrases: {
      ...KIND_PHRASES,
      theAct: "the act",
      renumberInserted: 'number this one as an inserted unit ("{{heading}}") and update the references to it',
      renumber: "renumber this one and update the references to it",
    },
  },

  create(context: RuleContext) {
    const language = context.language;

    /** Reports each repeated unit of one sequence after the first with its number (`units`: the repeated ones). */
    const check = (
      doc: Document,
      kind: string,
      container: string,
      units: readonly Numbered[],
      ints: () => readonly string[],
    ): void => {
      // the numbers taken, for the inserted number a duplicate could take (made at the first duplicate)
      let intTaken: Set<string> | undefined;
      const first = new Map<string, Numbered>();
      for (const u of units) {
        const id = numberOf(u);
        const earlier = first.get(id);
        if (!earlier) {
          first.set(id, u);
          continue;
        }
        if (versionMarkerBetween(doc, earlier.range.start.offset, u.range.start.offset)) {
          first.set(id, u);
          continue;
        }
        intTaken ??= new Set(ints());
        const inserted = insertedNumber(u, intTaken);
        if (inserted) intTaken.add(inserted);
        context.report({
          node: u.node,
          range: u.range,
          messageId: "duplicate",
          data: {
            kind: kindPhrase(kind, language),
            num: u.shown,
            container: containerPhrase(container),
            heading: headingOf(u.node, language),
            line: earlier.range.start.line,
            here: u.range.start.line,
            renumber: inserted
              ? { phrase: "renumberInserted", data: { heading: headingOf(u.node, language, inserted) } }
              : { phrase: "renumber" },
          },
        });
      }
    };

    return {
      "Document:exit"(doc) {
        const parts = context.unitParts(
          "repeats",
          (unit) => {
            const { numbering, sequences } = unitSequences(unit.root, unit.headerOnly);
            const repeats: Repeats[] = [];
            let pathOf: ((node: Unit) => number[]) | undefined;
            for (const seq of sequences) {
              const units = repeated(seq.units);
              if (units.length === 0) continue;
              pathOf ??= pathsUnder(unit.root as Unit);
              const path = pathOf;
              repeats.push({
                kind: seq.kind,
                container: seq.container,
                units: units.map((u) => path(u.node)),
                ints: intKeys(seq.units),
              });
            }
            return { numbering, repeats };
          },
          { perProfile: false },
        );
        const { sequences, entered } = billSequences(doc, parts);
        for (const seq of sequences) check(doc, seq.kind, seq.container, repeated(seq.units), () => intKeys(seq.units));
        for (const { unit, value } of entered) {
          for (const r of value.repeats) {
            const units = r.units.map((path) => numberedOf(nodeAt(unit.root as Unit, path)) as Numbered);
            check(doc, r.kind, r.container, units, () => r.ints);
          }
        }
      },
    };
  },
});
