/**
 * Lint units: the parts of a bill whose findings can be kept from one lint to the next when their
 * text did not change (the language server re-lints on every edit).
 *
 * A unit is an article or section with no article or section inside it (`articleOf` of the concept
 * index never looks past it), a division holding provisions of its own (all of it), or a provision
 * outside any of these, with its points. A division above units (a part, a chapter, a section of
 * articles) is a unit of its own node only: its heading and lead-in, not its children.
 *
 * A rule with `meta.scope: "unit"` promises that what it reports while visiting a unit's nodes
 * depends only on that unit, its ancestors' headings and lead-ins, the units it references, and
 * the bill-wide context in `contextKey` (language, title, definitions). The unit's key holds all of
 * these, so an equal key means equal findings; only their positions move (`shiftFinding`).
 */
import { ConceptMemory } from "../analysis/concepts.js";
import { TextIds } from "../analysis/source-edit.js";
import type { Division, Document, Provision, Range, Reference } from "../syntax/ast.js";
import type { ParsedText } from "../syntax/incremental.js";
import type { LineIndex } from "../syntax/positions.js";
import type { Finding } from "./types.js";

type Unit = Division | Provision;

export interface LintUnit {
  /** The node the unit starts at; the Document for the front matter (title, preamble, enacting formula). */
  root: Unit | Document;
  /** Only the root's own node (a part or chapter above articles), not its children. */
  headerOnly: boolean;
  /** Everything its findings may depend on, as one string. */
  key: string;
  /**
   * A number for the key in an incremental run (`UnitCache.keyIds`: the same key, the same number
   * from one lint to the next), by which its findings and parts are kept; 0 otherwise.
   */
  id: number;
  /** Offset and line of the root in the source, to move cached findings. */
  start: number;
  line: number;
}

/** What a unit-scoped rule's findings in a unit are kept as, with the offset the unit started at. */
export interface CachedUnit {
  start: number;
  line: number;
  findings: Finding[];
}

/**
 * Findings of unit-scoped rules kept between lints of one document (one per open document in the
 * language server). Pass the same object to each `lintText` of that document; it holds the units
 * of the last lint only, so it never grows past one bill's findings.
 */
export class UnitCache {
  /** The context the entries were made under (rules, profiles, settings, bill-wide facts). */
  context = "";
  entries = new Map<number, CachedUnit>();
  /**
   * The keys of the last run's units and their numbers: a key (a long string) is compared once per
   * lint, when its number is looked up; the entries and parts are kept by number.
   */
  keyIds = new Map<string, number>();
  /**
   * Bill-wide facts the kept findings were computed with (`context.fact`), by rule, profile and
   * name, as JSON: a re-lint recomputes them and lints every unit again when one changed.
   */
  facts = new Map<string, string>();
  /**
   * Values rules computed through `context.memo` in the last run, by rule and language, then by the
   * rule's key; a run keeps those it asked for again and drops the rest, so this never outgrows one bill.
   */
  memo = new Map<string, Map<string | number, unknown>>();
  /**
   * The parts rules computed through `context.unitParts` in the last run, by rule, language, profile
   * and name, then by unit key; a run keeps those of its units and drops the rest.
   */
  parts = new Map<string, Map<number, unknown>>();
  /**
   * The tokens, concept hits and prefilter masks of the last run's sentences, so that a re-lint
   * tokenizes and matches only the sentences an edit touched (whole-bill rules read every sentence).
   */
  concepts = new ConceptMemory();
  /** Numbers for the texts of units and of the units they reference, the same while the text is (`TextIds`). */
  texts = new TextIds();
  /**
   * The last text parsed and its Document: the next lint parses again only the article an edit
   * changed (`reparseIndexed`).
   */
  parsed: ParsedText | undefined = undefined;
  /** Whether the last lint's parse reused the one before (only the changed article parsed). */
  reparsed = false;
  /** Units reused and units linted in the last run, for logs and benchmarks. */
  reused = 0;
  linted = 0;
}

const isUnitKind = (d: Division): boolean => d.kind === "article" || d.kind === "section";

/** The units of a bill in document order, each with its key. */
export function lintUnits(
  doc: Document,
  source: string,
  /** The references made in each unit and the units by eId (the engine has them already). */
  refsFrom: ReadonlyMap<string, readonly Reference[]>,
  byEId: ReadonlyMap<string, Unit>,
  /**
   * Numbers standing for the texts of units in their keys (the same number, the same text), so that
   * a key is not a copy of the bill; without them keys hold the text itself.
   */
  texts?: TextIds,
  /** False: the units only, with empty keys (a lint with no cache asks for them through `context.unitParts`). */
  keyed = true,
): LintUnit[] {
  const slice = (r: Range): string => source.slice(r.start.offset, r.end.offset);
  const text = texts ? (r: Range): string => `#${texts.id(r.start.offset, r.end.offset)}` : slice;

  const units: LintUnit[] = [];
  const whole = (root: Unit, ancestors: string): void => {
    if (!keyed) {
      units.push({
        root,
        headerOnly: false,
        key: "",
        id: 0,
        start: root.range.start.offset,
        line: root.range.start.line,
      });
      return;
    }
    // the eIds and labels inside, the text, and the text of each unit referenced from inside
    const ids: string[] = [];
    const targets: string[] = [];
    const rec = (n: Unit): void => {
      ids.push(n.eId, n.label);
      for (const r of refsFrom.get(n.eId) ?? []) {
        const target = r.targetEId === null ? undefined : byEId.get(r.targetEId);
        if (target) targets.push(target.eId, text(target.range));
      }
      for (const c of n.children) rec(c);
    };
    rec(root);
    const key = [ancestors, ids.join("\u0001"), text(root.range), targets.join("\u0001")].join("\u0000");
    units.push({ root, headerOnly: false, key, id: 0, start: root.range.start.offset, line: root.range.start.line });
  };
  const walk = (nodes: readonly Unit[], ancestors: string): void => {
    for (const n of nodes) {
      // a division with provisions of its own is one unit: `articleOf` of its provisions' sentences
      // is the division itself (an article or section) and reads all of it
      if (n.type === "Provision" || !hasUnitDescendant(n) || n.children.some((c) => c.type === "Provision")) {
        whole(n, ancestors);
        continue;
      }
      const own = keyed
        ? [n.eId, n.label, slice(n.headingRange), n.intro ? slice(n.intro.range) : ""].join("\u0001")
        : "";
      units.push({
        root: n,
        headerOnly: true,
        key: `${ancestors}\u0000${own}`,
        id: 0,
        start: n.range.start.offset,
        line: n.range.start.line,
      });
      walk(n.children, `${ancestors}\u0002${own}`);
    }
  };
  // the bill's own node: a unit rule's Document visitor reads only the front matter
  const front = keyed
    ? [doc.title, doc.preamble, doc.enactingFormula].map((b) => (b ? slice(b.range) : "")).join("\u0001")
    : "";
  units.push({ root: doc, headerOnly: true, key: `\u0003${front}`, id: 0, start: 0, line: 1 });
  walk(doc.body, "");
  return units;
}

function hasUnitDescendant(d: Division): boolean {
  for (const c of d.children) if (c.type === "Division" && (isUnitKind(c) || hasUnitDescendant(c))) return true;
  return false;
}

/**
 * The bill-wide facts a unit-scoped rule may read besides its unit: the language, the title (a
 * constitution is known by it), and the definitions (terms, their form, and the provisions that
 * hold them). What a rule reads of a definition's text is a `context.fact` of its own.
 */
export function documentContextKey(doc: Document): string {
  const defs = doc.definitions.map((d) => `${d.term}\u0001${d.form}\u0001${d.provisionEId}`).join("\u0002");
  return [doc.language, doc.title?.text ?? "", defs].join("\u0000");
}

/**
 * A finding of a unit that started at `from` and now starts at `to`, at its new place. Lines are
 * looked up again: an edit before the unit may change the lines before it and not its offset.
 */
export function shiftFinding(f: Finding, from: CachedUnit, to: LintUnit, index: LineIndex): Finding {
  if (from.start === to.start && from.line === to.line) return f;
  const delta = to.start - from.start;
  const move = (r: Range): Range => ({
    start: index.position(r.start.offset + delta),
    end: index.position(r.end.offset + delta),
  });
  return {
    ...f,
    range: move(f.range),
    suggestions: f.suggestions.map((s) => ({ ...s, edits: s.edits.map((e) => ({ ...e, range: move(e.range) })) })),
  };
}
