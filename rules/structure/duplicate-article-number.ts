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
 */
import {
  containerPhrase,
  type Document,
  defineRule,
  headingOf,
  KIND_PHRASES,
  kindPhrase,
  type Numbered,
  numberedSequences,
  type RuleContext,
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
    return {
      "Document:exit"(doc) {
        for (const seq of numberedSequences(doc)) {
          if (seq.units.length < 2) continue;
          const live = seq.units.filter((u) => !u.node.deleted);
          // the numbers taken, for the inserted number a duplicate could take (made at the first duplicate)
          let intTaken: Set<string> | undefined;
          const first = new Map<string, Numbered>();
          for (const u of live) {
            const id = `${u.family}:${u.key}`;
            const earlier = first.get(id);
            if (!earlier) {
              first.set(id, u);
              continue;
            }
            if (versionMarkerBetween(doc, earlier.range.start.offset, u.range.start.offset)) {
              first.set(id, u);
              continue;
            }
            intTaken ??= new Set(seq.units.filter((v) => v.family === "int").map((v) => v.key));
            const inserted = insertedNumber(u, intTaken);
            if (inserted) intTaken.add(inserted);
            context.report({
              node: u.node,
              range: u.range,
              messageId: "duplicate",
              data: {
                kind: kindPhrase(seq.kind, language),
                num: u.shown,
                container: containerPhrase(seq.container),
                heading: headingOf(u.node, language),
                line: earlier.range.start.line,
                here: u.range.start.line,
                renumber: inserted
                  ? { phrase: "renumberInserted", data: { heading: headingOf(u.node, language, inserted) } }
                  : { phrase: "renumber" },
              },
            });
          }
        }
      },
    };
  },
});
