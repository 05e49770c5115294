/**
 * Cross references in the text of a bill, and their resolution to the bill's own nodes.
 *
 * Three small grammars, one per language, each turning a phrase into a chain of components
 * (largest unit first) and a scope:
 * - en: `Article 14`, `Articles 12 to 15`, `Article 3(2)(a)`, `section 4(2)`, `sections 4 and 5`,
 *   `paragraph 2 of Article 5 of this Law`, `paragraph 2 of this Article`, `point (a) of
 *   paragraph 1`, `subsection (3)`, `Chapter III`, `Annex 1`; external when followed by `of` and
 *   another act (`of the Law on …`, `of Regulation (EU) …`, `of the Constitution`) or by an
 *   acronym (`TFEU`);
 * - ru (smallest unit first, genitive chain): `подпункт 3) пункта 1 статьи 7-1 настоящего
 *   Закона`, `пунктами 27-29 настоящих Правил`, `пункта 2 настоящей статьи`, `главой 3`;
 *   external when another act follows (`Трудового кодекса`, `Закона Республики Казахстан «…»`);
 * - kk (largest unit first, number + hyphen + inflected noun): `осы Заңның 7-1-бабының
 *   1-тармағында`, `осы баптың 2-тармағында`, `52-бабы 1-тармағының 4) тармақшасына`;
 *   external when another act's name comes before (`Еңбек кодексінің 139-бабы`).
 * A list or range yields one reference per number written (`Articles 12 to 15` → 12 and 15):
 * the first covers the unit word, the last covers the tail (`of this Law`, `настоящих Правил`).
 * Other acts not named next to the reference (`markOtherActs`, and the resolution loop): a list
 * member takes the act named by the member after it (`titles II and XXI, and section 2821 of the
 * PHS Act`; in Kazakh the one before it), quoted text is another act's wording, `of such Act` and
 * `49 U.S.C. section 5312` are other acts, `of such section` hangs from the section cited last in
 * the block, and an unresolved bare unit in a sentence that has just cited another act continues
 * that citation; so does one right after another act's name (`the X Act (…), except section 21`),
 * one a few words before another act's unit in its sentence (`markBeforeOtherActs`), one whose
 * number a heading above it cites as another act's, and one of a kind of unit the text has none of.
 *
 * Resolution uses maps built once per document (divisions by kind and number, children by
 * number, top-level paragraphs by number), so the whole pass is linear in the document size.
 * It knows the numbering of each family: an annex's own articles first, decimal paragraphs
 * (`Article 10.3`), a UK schedule's paragraphs under its parts (`levelIn`), a US section's
 * `paragraph (1)(A)` inside its subsection, and points written inline in a paragraph
 * (`hasInlineLabel`: `…: (a) …; (b) …`), which resolve to that paragraph.
 * `targetEId` is the eId of the node the whole chain designates, or null when any link of the
 * chain is missing (then `external` is false: an unresolved internal reference).
 */
import type { Division, DivisionKind, Document, Provision, Reference, TextBlock } from "../syntax/ast.js";
import { type LineIndex, lastItem, textRange } from "../syntax/positions.js";
import { type BodyNode, CYR_LOWER, CYR_UPPER, divisionKeys, LETTER, numKey, romanKey } from "./numbers.js";

type Level = 1 | 2 | 3;

/** One link of a reference chain. */
type Comp =
  | { kind: "div"; kinds: readonly DivisionKind[]; num: string }
  /** `paren`: written in brackets (`paragraph (1)`), as US and UK sub-units are. */
  | { kind: "level"; level: Level; num: string; paren?: boolean };

/**
 * What the chain is relative to. "doc" is the act (`настоящего Закона`, `настоящих Правил`);
 * "instrument" is the order or decree that approves it (`настоящего приказа`, `осы бұйрықтың`),
 * whose own points stand directly in the body.
 */
type Scope =
  | "implicit"
  | "doc"
  | "instrument"
  | "article"
  | "level1"
  | "level2"
  | "chapter"
  | "part"
  | "external"
  /** `subsection (e) of such section`, `such section 640`: what was cited just before (resolved as implicit). */
  | "anaphor";

interface Item {
  comps: Comp[];
  from: number;
  to: number;
}

interface Phrase {
  items: Item[];
  scope: Scope;
  /** A Kazakh phrase: another act is named before its units (`Еңбек кодексінің 139-бабы`). */
  actFirst?: boolean;
  /** `of that section`, `of such Article`: the kinds of the unit cited before that the chain hangs from. */
  anaphorKinds?: readonly DivisionKind[];
  /** `point (h) thereof`: the chain hangs from the unit cited before, whatever its kind. */
  thereof?: boolean;
}

/** The nodes around a text block that relative references point to. */
interface Ctx {
  article: Division | null;
  /** The innermost annex around the block (a schedule, a protocol with articles of its own). */
  annex: Division | null;
  chapter: Division | null;
  part: Division | null;
  level1: Provision | null;
  level2: Provision | null;
  level3: Provision | null;
  /** The owner's ancestors, outermost first, ending with the owner. */
  path: readonly BodyNode[];
}

const SPACES = /\s+/g;
/** Whitespace other than " ", or two spaces in a row: what `SPACES` would change. */
const COLLAPSIBLE = /[\t-\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]| \s/;

/** `s` with its whitespace runs made single spaces (`s` itself when it has none to change). */
function collapseSpaces(s: string): string {
  return COLLAPSIBLE.test(s) ? s.replace(SPACES, " ") : s;
}

const ARTICLE: readonly DivisionKind[] = ["article"];
const SECTION: readonly DivisionKind[] = ["section"];
const CHAPTER: readonly DivisionKind[] = ["chapter"];
const PART: readonly DivisionKind[] = ["part", "book"];
const BIG_DIVISION: readonly DivisionKind[] = ["part", "section", "title"];
const TITLE: readonly DivisionKind[] = ["title"];
const BOOK: readonly DivisionKind[] = ["book"];
const SUBCHAPTER: readonly DivisionKind[] = ["subchapter"];
const ANNEX: readonly DivisionKind[] = ["annex"];

/**
 * The phrases found in each block text, kept from one parse of a document to the next (the
 * editor's re-parse): a block whose text did not change is not scanned again. Holds the texts of
 * the last parse only.
 */
export class ReferenceScans {
  #kept = new Map<string, readonly Phrase[]>();
  #used = new Map<string, readonly Phrase[]>();

  /** The phrases of `text`: kept ones, or `scan()`'s (a copy of the array it fills). */
  phrases(text: string, self: boolean, scan: () => Phrase[]): readonly Phrase[] {
    const key = self ? `\u0001${text}` : text;
    let found = this.#used.get(key) ?? this.#kept.get(key);
    if (!found) {
      const fresh = scan();
      found = fresh.length === 0 ? NO_PHRASES : fresh.slice();
    }
    this.#used.set(key, found);
    return found;
  }

  /** Drops a text no block holds any more (an edit replaced it without a whole extraction). */
  forget(text: string, self: boolean): void {
    const key = self ? `\u0001${text}` : text;
    this.#used.delete(key);
    this.#kept.delete(key);
  }

  /** Starts a parse: what the last one used is kept, the rest dropped. */
  next(): void {
    this.#kept = this.#used;
    this.#used = new Map();
  }
}

const NO_PHRASES: readonly Phrase[] = Object.freeze([]);

export function extractReferences(doc: Document, index: LineIndex, scans?: ReferenceScans): Reference[] {
  scans?.next();
  try {
    const self = isConstitution(doc);
    // One walk (in the order of `walkTextBlocks`) fills the maps for resolution and finds the
    // phrases; the references are resolved once the maps are complete.
    const targets = new Targets();
    const found: Pending[] = [];
    const path: BodyNode[] = [];
    let visits = 0;
    // the units of other acts that a division's heading names (`Declaration on Article 98 of the
    // Treaty on the Functioning of the European Union`): its text cites them bare
    const headingActs = new Map<BodyNode, Set<string>>();
    const visit = (nodes: readonly BodyNode[], parent: BodyNode | null, inUnit: boolean): void => {
      for (let k = 0; k < nodes.length; k++) {
        const node = nodes[k] as BodyNode;
        path.push(node);
        const unit = targets.add(node, parent, inUnit);
        if (node.type === "Division" && node.heading) {
          const keys = otherActUnits(node.heading.text, self);
          if (keys) headingActs.set(node, keys);
        }
        if (node.intro) scanBlock(node.intro, node, path, self, visits++, found, scans);
        visit(node.children, node, unit);
        if (node.type === "Provision" && node.wrapUp) scanBlock(node.wrapUp, node, path, self, visits++, found, scans);
        path.pop();
      }
    };
    visit(doc.body, null, false);
    const out: Reference[] = [];
    const pending: Pending[] = []; // the reference found for each of `out`
    let failed = -1; // a block whose references failed: its later ones are left out too
    // the last reference to another act: its block visit and where it ends
    let otherVisit = -1;
    let otherEnd = 0;
    let recent: Pending[] = []; // the references of the block being read, so far
    let lastVisit = -1;
    for (const f of found) {
      if (f.visit === failed) continue;
      if (recent.length > 0 && (recent[0] as Pending).visit !== f.visit) recent = [];
      if (f.visit !== lastVisit) {
        // a US proviso (`Provided further, That …`) goes on with the sentence of the text before it
        if (otherVisit >= 0 && otherVisit === lastVisit && PROVISO.test(f.block.text)) {
          otherVisit = f.visit;
          otherEnd = 0;
        }
        lastVisit = f.visit;
      }
      try {
        const [resolvedPhrase, resolvedItem, resolvedCtx] = anaphoric(f, recent);
        const ref = makeReference(f.block, index, f.owner, resolvedPhrase, resolvedItem, resolvedCtx, targets);
        // (as resolved: `point (c) thereof` after `(b) thereof` goes down from what that one did)
        recent.push(
          resolvedItem === f.item
            ? f
            : { ...f, phrase: resolvedPhrase, item: resolvedItem, ctx: resolvedCtx, origin: f.phrase },
        );
        if (ref.external) {
          otherVisit = f.visit;
          otherEnd = f.item.to;
        } else if (ref.targetEId === null && resolvedPhrase.scope === "anaphor") {
          // `section 4103A of such title`, `such section 9212` with no antecedent in the block: a
          // unit cited elsewhere (`38 U.S.C. 4102A`, an earlier paragraph), which cannot be checked;
          // the sentence goes on citing that act
          ref.external = true;
          otherVisit = f.visit;
          otherEnd = f.item.to;
        } else if (
          ref.targetEId === null &&
          otherVisit === f.visit &&
          otherEnd <= f.item.from &&
          (f.phrase.scope === "anaphor" ||
            (f.phrase.scope === "implicit" && !SENTENCE_END.test(f.block.text.slice(otherEnd, f.item.from + 1))))
        ) {
          // `sections 2021 and 2023 of title 38, United States Code: Provided, That notwithstanding
          // subsection (d) of section 2023`: a bare unit this bill does not have, in a sentence
          // that has just cited another act, continues that citation
          ref.external = true;
          otherEnd = f.item.to;
        } else if (
          ref.targetEId === null &&
          f.phrase.scope === "implicit" &&
          (afterActName(f) || namedInHeading(f, headingActs))
        ) {
          // `the National School Lunch Act (42 U.S.C. 1751 et seq.), except section 21`, `Public
          // Law 100–203, section 5051`: a bare unit this bill does not have, right after another
          // act's name, is a unit of that act; so is one that the heading above it cites as
          // another act's (`Declaration on Article 98 of the TFEU` … `Article 98 shall be applied`)
          ref.external = true;
          otherVisit = f.visit;
          otherEnd = f.item.to;
        }
        out.push(ref);
        pending.push(f);
      } catch {
        failed = f.visit;
      }
    }
    markBeforeOtherActs(out, pending);
    return out;
  } catch {
    // never throw (and without the maps for resolution, no reference is reported)
    return [];
  }
}

/**
 * Whether an edit that turned the text of one block from `before` into `after` leaves every cross
 * reference of the bill as it was (for the editor's re-parse, when the units around it are
 * unchanged): neither text holds a reference phrase, so no reference is made in the block and none
 * reads its text (what is read around a reference is in its own block), and both list the same
 * inline item labels (`…: (a) …; (b) …`), which references to points written inline are resolved
 * against. False when either text cannot be read.
 */
export function referenceFreeEdit(before: string, after: string, doc: Document, scans: ReferenceScans): boolean {
  try {
    const self = isConstitution(doc);
    for (const text of [before, after]) {
      if (scans.phrases(text, self, () => scanAll(text, self)).length > 0) return false;
    }
    if (inlineLabels(before) !== inlineLabels(after)) return false;
    // no extraction rotates the memory on this path: the replaced text goes now, or every edit
    // would leave one behind
    scans.forget(before, self);
    return true;
  } catch {
    return false;
  } finally {
    if (PHRASES.length > 0) PHRASES.length = 0;
  }
}

/** The inline item labels of a text, in order, as one string. */
function inlineLabels(text: string): string {
  const out: string[] = [];
  INLINE_LABEL.lastIndex = 0;
  for (let m = INLINE_LABEL.exec(text); m; m = INLINE_LABEL.exec(text)) out.push((m[1] ?? m[2] ?? "").toLowerCase());
  return out.join("\u0000");
}

/**
 * The phrase, item and context to resolve `f` with. `subsection (10) of that section` hangs from
 * the section cited last in the block (`subsection (4) of section 29`): its chain is that
 * citation's down to the section, then its own; when that citation was to another act, so is
 * this one. Without such a citation the phrase keeps the scope "anaphor".
 */
function anaphoric(f: Pending, recent: readonly Pending[]): [Phrase, Item, Ctx] {
  const kinds = f.phrase.anaphorKinds;
  if (f.phrase.scope === "anaphor" && f.phrase.thereof) return thereofChain(f, recent);
  if (f.phrase.scope !== "anaphor" || !kinds) return [f.phrase, f.item, f.ctx];
  for (let i = recent.length - 1; i >= 0; i--) {
    const prev = recent[i] as Pending;
    const at = prev.item.comps.findIndex((c) => c.kind === "div" && c.kinds === kinds);
    if (at < 0) continue;
    const item: Item = { ...f.item, comps: [...prev.item.comps.slice(0, at + 1), ...f.item.comps] };
    return [{ ...f.phrase, scope: prev.phrase.scope === "anaphor" ? "implicit" : prev.phrase.scope }, item, prev.ctx];
  }
  return [f.phrase, f.item, f.ctx];
}

/**
 * The unresolved bare units that a later citation of another act in the same sentence takes
 * along: `payments under title XIX or in the case of section 1928 on behalf of States under
 * title XIX of the Social Security Act`, `authorized by section 310B and described in
 * subsections (a) and (c) of section 310B of the Farm Act`. Read from the end of each block, a
 * reference is another act's when the next reference is, and only a few words stand between them
 * (no end of sentence, no `;` or `:`). A unit the bill has (resolved) is never taken along, and it
 * stops the chain. Not in Kazakh, which names the act before its units.
 */
function markBeforeOtherActs(out: Reference[], pending: readonly Pending[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const ref = out[i] as Reference;
    const f = pending[i] as Pending;
    const next = pending[i + 1] as Pending;
    if (ref.external || ref.targetEId !== null || next.visit !== f.visit || !(out[i + 1] as Reference).external)
      continue;
    if (f.phrase.scope !== "implicit" && f.phrase.scope !== "anaphor") continue;
    // in Kazakh the act is named before its units (`Еңбек кодексінің 7-бабы`): it does not reach back
    if (next.phrase.actFirst || f.phrase.actFirst) continue;
    if (next.item.from < f.item.to || next.item.from - f.item.to > BEFORE_OTHER_GAP) continue;
    const gap = f.block.text.slice(f.item.to, next.item.from + 1);
    if (GAP_STOP.test(gap) || SENTENCE_END.test(gap)) continue;
    ref.external = true;
  }
}

/** How far (in characters) a later citation of another act takes a bare unit along. */
const BEFORE_OTHER_GAP = 60;
/** What ends the stretch a later citation reaches back over: a clause break or a new line. */
const GAP_STOP = /[;:\n]/;

/** `article:98`: the kind and number a chain starts with. */
function unitKey(comps: readonly Comp[]): string | null {
  const first = comps[0];
  return first && first.kind === "div" ? `${first.kinds[0]}:${numKey(first.num)}` : null;
}

/** The units of other acts that `text` (a heading) cites, as `unitKey`s, or null. */
function otherActUnits(text: string, self: boolean): Set<string> | null {
  let keys: Set<string> | null = null;
  try {
    for (const phrase of scanAll(text, self)) {
      if (phrase.scope !== "external") continue;
      for (const item of phrase.items) {
        const key = unitKey(item.comps);
        if (key === null) continue;
        if (!keys) keys = new Set();
        keys.add(key);
      }
    }
  } catch {
    // a heading we cannot read names nothing
  } finally {
    if (PHRASES.length > 0) PHRASES.length = 0;
  }
  return keys;
}

/** Whether a heading above `f` cites the unit `f` starts with as another act's. */
function namedInHeading(f: Pending, headingActs: ReadonlyMap<BodyNode, Set<string>>): boolean {
  if (headingActs.size === 0) return false;
  const key = unitKey(f.item.comps);
  if (key === null) return false;
  for (const node of f.ctx.path) if (headingActs.get(node)?.has(key)) return true;
  return false;
}

/**
 * Another act's name just before the phrase of `f` in its sentence: `… Act` or `… Act of 1966`
 * (not `this Act`), `Public Law 100–203`, `60 Stat. 636`, then at most a bracketed citation and a
 * few words (`(42 U.S.C. 1751 et seq.), except`, `(CERCLA), including`, `, `), or the next line
 * (a table row: the title of a repealed by-law, then the sections repealed).
 */
function afterActName(f: Pending): boolean {
  const from = f.phrase.items[0]?.from ?? f.item.from;
  const before = f.block.text.slice(Math.max(0, from - 240), from);
  const m = ACT_NAME_BEFORE.exec(before);
  // (a title may go on in small letters: `Municipality: By-law for preventing fires Section 2(a)`)
  return m !== null && !OWN_ACT_BEFORE.test(before.slice(0, m.index + (m[1] ?? "").length));
}

/** An act's name, then what may stand between it and a unit of it, up to the end of `before`. */
const ACT_NAME_BEFORE =
  /((?:[A-Z][A-Za-z'’.-]*[ \t]+)*(?:Act|Code|By-laws?|Regulations|Ordinance)(?:[ \t]+of[ \t]+\d{4})?|Public[ \t]+Law[ \t]+\d+[–-]\d+|\d+[ \t]+Stat\.[ \t]+\d+)(?![A-Za-z])((?:[ \t]+(?:for|relating[ \t]+to|on|concerning|regarding)[ \t]+[^.;:()\n]{1,160}?)?)(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*\n?[ \t]*,?[ \t]*(?:(?:except|including|excluding|other[ \t]+than|and|or)[ \t]+)?$/;
/** `this Act`, `such Act`, `that Code`, `this By-law`: not another act named here. */
const OWN_ACT_BEFORE =
  /(?:\b(?:this|such|that|said|the[ \t]+said)[ \t]+)(?:Act|Code|By-laws?|Regulations|Ordinance)(?:[ \t]+of[ \t]+\d{4})?$/i;

/**
 * `points 2 (d) and (e) thereof` after `Annex XI`, `point (h)(iii) thereof` after `paragraph 1,
 * point (h)`: the chain of the reference cited last in the block, down to its last link above the
 * first link of this one, then this one's own.
 */
function thereofChain(f: Pending, recent: readonly Pending[]): [Phrase, Item, Ctx] {
  const own = f.item.comps[0];
  // (the members of one list, `points 2 (d) and (e) thereof`, hang from the same unit)
  let prev: Pending | undefined;
  for (let i = recent.length - 1; i >= 0 && !prev; i--) {
    const r = recent[i] as Pending;
    if ((r.origin ?? r.phrase) !== f.phrase) prev = r;
  }
  if (own && prev) {
    const comps = prev.item.comps;
    let at = comps.length - 1;
    while (at >= 0 && !above(comps[at] as Comp, own)) at--;
    if (at >= 0) {
      const item: Item = { ...f.item, comps: [...comps.slice(0, at + 1), ...f.item.comps] };
      return [{ ...f.phrase, scope: prev.phrase.scope === "anaphor" ? "implicit" : prev.phrase.scope }, item, prev.ctx];
    }
  }
  return [f.phrase, f.item, f.ctx];
}

/** Whether link `a` is a larger unit than link `b` (a division above any level, a lower level above a higher). */
function above(a: Comp, b: Comp): boolean {
  if (a.kind === "div") return b.kind === "level";
  return b.kind === "level" && a.level < b.level;
}

/** The start of a US proviso, which continues the sentence before it. */
const PROVISO = /^\s*:?\s*Provided\b/;

/** The end of a sentence: a full stop (not of `U.S.C.` or `No.`) before a capital letter or a new line. */
const SENTENCE_END = new RegExp(`[.!?]["”»)]?(?:\\s+[A-Z${CYR_UPPER}]|\\s*\\n)`, "u");

/** A reference found in the walk, resolved once the whole document is known. */
interface Pending {
  /** Which block visit found it. */
  visit: number;
  block: TextBlock;
  owner: BodyNode;
  phrase: Phrase;
  item: Item;
  ctx: Ctx;
  /** The phrase as found, when `phrase` is the one it was resolved as. */
  origin?: Phrase;
}

function scanBlock(
  block: TextBlock,
  owner: BodyNode,
  path: readonly BodyNode[],
  self: boolean,
  visit: number,
  found: Pending[],
  scans: ReferenceScans | undefined,
): void {
  try {
    const phrases = scans
      ? scans.phrases(block.text, self, () => scanAll(block.text, self))
      : scanAll(block.text, self);
    if (phrases.length === 0) return;
    const ctx = contextOf(path);
    for (const phrase of phrases)
      for (const item of phrase.items) found.push({ visit, block, owner, phrase, item, ctx });
  } catch {
    // a block we cannot read yields no references
  } finally {
    if (PHRASES.length > 0) PHRASES.length = 0;
  }
}

function makeReference(
  block: TextBlock,
  index: LineIndex,
  owner: BodyNode,
  phrase: Phrase,
  item: Item,
  ctx: Ctx,
  targets: Targets,
): Reference {
  let external = phrase.scope === "external";
  const node = external ? null : resolve(item.comps, phrase.scope, ctx, targets);
  // a unit of a kind the text has none of (chapters of a text with none, the schedules of a
  // by-law published without them) cannot be checked: it is taken as another document's (not
  // sections, which a text bill numbers as paragraphs)
  if (
    !node &&
    !external &&
    item.comps.some((c) => c.kind === "div" && c.kinds !== SECTION && !c.kinds.some((k) => targets.kinds.has(k)))
  )
    external = true;
  return {
    type: "Reference",
    text: collapseSpaces(block.text.slice(item.from, item.to)),
    range: textRange(index, block, item.from, item.to),
    sourceEId: owner.eId,
    targetEId: node && node.eId !== "" ? node.eId : null,
    external,
  };
}

function contextOf(path: readonly BodyNode[]): Ctx {
  const ctx: Ctx = {
    article: null,
    annex: null,
    chapter: null,
    part: null,
    level1: null,
    level2: null,
    level3: null,
    path: [...path],
  };
  let depth = 0;
  for (const node of path) {
    if (node.type === "Division") {
      if (node.kind === "article" || node.kind === "section") ctx.article = node;
      else if (node.kind === "chapter") ctx.chapter = node;
      else if (node.kind === "part" || node.kind === "book") ctx.part = node;
      else if (node.kind === "annex") ctx.annex = node;
      depth = 0;
    } else {
      depth++;
      if (depth === 1) ctx.level1 = node;
      else if (depth === 2) ctx.level2 = node;
      else if (depth === 3) ctx.level3 = node;
    }
  }
  return ctx;
}

// ---- resolution ----------------------------------------------------------------------------

class Targets {
  /** Divisions by kind, then by number key (see `divisionKeys`), in document order. */
  private readonly divisions = new Map<DivisionKind, Map<string, Division[]>>();
  private readonly parents = new Map<BodyNode, BodyNode | null>();
  /** Paragraphs outside articles (rules, orders), by number, in document order. */
  private readonly topParagraphs = new Map<string, Provision[]>();
  private readonly childMaps = new Map<BodyNode, Map<string, BodyNode>>();
  private readonly divisionParagraphs = new Map<Division, Map<string, BodyNode>>();
  private readonly inlineTexts = new Map<BodyNode, string>();
  /** Annexes without a number (a `Schedules` component holding Schedules 1, 2, …), in document order. */
  readonly unnumberedAnnexes: Division[] = [];
  /** The kinds of division the document has. */
  readonly kinds = new Set<DivisionKind>();

  /**
   * Records `node` (met in document order, below `parent`, null in the body) and returns
   * whether its children are inside a unit (an article, an annex, a section holding
   * provisions). Only divisions and the provisions standing directly in the body or in a
   * division outside units are looked up across the document (deeper provisions are found as
   * children of their parents, see `child`), so only those get a parent (the ancestors of a
   * division are divisions).
   */
  add(node: BodyNode, parent: BodyNode | null, inUnit: boolean): boolean {
    if (node.type === "Division") {
      this.parents.set(node, parent);
      this.kinds.add(node.kind);
      if (node.kind === "annex" && (node.num === null || node.num === "")) this.unnumberedAnnexes.push(node);
      let byKey = this.divisions.get(node.kind);
      for (const key of this.keysOf(node)) {
        if (!byKey) {
          byKey = new Map();
          this.divisions.set(node.kind, byKey);
        }
        const list = byKey.get(key);
        if (list) list.push(node);
        else byKey.set(key, [node]);
      }
      return (
        inUnit ||
        node.kind === "article" ||
        node.kind === "annex" ||
        (node.kind === "section" && hasProvisionChild(node))
      );
    }
    if (!inUnit && (parent === null || parent.type === "Division") && node.num !== null) {
      const key = numKey(node.num);
      if (key !== "") {
        this.parents.set(node, parent);
        const list = this.topParagraphs.get(key);
        if (list) list.push(node);
        else this.topParagraphs.set(key, [node]);
      }
    }
    return inUnit;
  }

  /** The distinct keys of a division's numbers, in order. */
  private keysOf(d: Division): string[] {
    const keys = d.normNum ? divisionKeys(d.normNum) : [];
    if (d.num) for (const k of divisionKeys(d.num)) if (!keys.includes(k)) keys.push(k);
    // a renumbered unit, `40 (ex Article 41)`: found by its number
    const renumbered = d.num ? EX_NUMBER.exec(d.num) : null;
    if (renumbered) for (const k of divisionKeys(renumbered[1] as string)) if (!keys.includes(k)) keys.push(k);
    return keys;
  }

  division(kinds: readonly DivisionKind[], num: string, within: BodyNode | null): Division | null {
    // the keys of `divisionKeys(num)`, without building the array
    const key = numKey(num);
    if (key === "") return null;
    const roman = romanKey(key);
    for (const kind of kinds) {
      const byKey = this.divisions.get(kind);
      if (!byKey) continue;
      const found = this.firstWithin(byKey.get(key), within);
      if (found) return found;
      if (roman === null) continue;
      const other = this.firstWithin(byKey.get(roman), within);
      if (other) return other;
    }
    return null;
  }

  private firstWithin(list: readonly Division[] | undefined, within: BodyNode | null): Division | null {
    if (list) for (const cand of list) if (within === null || this.isAncestor(within, cand)) return cand;
    return null;
  }

  /**
   * The paragraph numbered `num` outside any article: of several (an order's own points and the
   * points of the rules it approves), the one sharing the deepest ancestor with the reference.
   */
  topParagraph(num: string, near: readonly BodyNode[], bodyOnly = false): Provision | null {
    const all = this.topParagraphs.get(numKey(num));
    const list = bodyOnly ? all?.filter((p) => (this.parents.get(p) ?? null) === null) : all;
    if (!list || list.length === 0) return null;
    if (list.length === 1) return list[0] ?? null;
    let best: Provision | null = null;
    let bestScore = -2;
    for (let c = 0; c < list.length && c < 64; c++) {
      const cand = list[c] as Provision;
      let score = -1;
      let p: BodyNode | null = this.parents.get(cand) ?? null;
      for (let guard = 0; p !== null && guard < 64; guard++) {
        // the depth of `p` among the ancestors of the reference (the path is short)
        const d = near.lastIndexOf(p);
        if (d >= 0) {
          score = d;
          break;
        }
        p = this.parents.get(p) ?? null;
      }
      if (score > bestScore) {
        best = cand;
        bestScore = score;
      }
    }
    return best;
  }

  child(node: BodyNode, num: string): BodyNode | null {
    let map = this.childMaps.get(node);
    if (!map) {
      map = new Map();
      this.fillChildren(node.children, map);
      this.childMaps.set(node, map);
    }
    return map.get(numKey(num)) ?? null;
  }

  private fillChildren(children: readonly BodyNode[], map: Map<string, BodyNode>): void {
    for (const c of children) {
      const num = c.type === "Division" ? (c.normNum ?? c.num) : c.num;
      if (num === null || num === "") {
        // unnumbered alineas and headings are transparent
        this.fillChildren(c.children, map);
        continue;
      }
      const keys = c.type === "Division" ? divisionKeys(num) : [numKey(num)];
      for (const k of keys) if (k !== "" && !map.has(k)) map.set(k, c);
    }
  }

  /**
   * The first provision numbered `num` among the provisions that stand in `d` outside any unit:
   * directly, or under its parts, chapters and headings, but not inside its articles or sections.
   */
  paragraphIn(d: Division, num: string): BodyNode | null {
    let map = this.divisionParagraphs.get(d);
    if (!map) {
      const m = new Map<string, BodyNode>();
      const rec = (nodes: readonly BodyNode[], depth: number): void => {
        for (const n of nodes) {
          if (n.type === "Provision") {
            const k = n.num === null ? "" : numKey(n.num);
            if (k !== "" && !m.has(k)) m.set(k, n);
          } else if (depth < 8 && n.kind !== "article" && n.kind !== "section" && n.kind !== "annex") {
            // a numbered block of a protocol's paragraphs that the markup gives a heading of its
            // own (`8. Article 141(1) … shall not apply`) is that paragraph
            const k = n.kind === "heading" && n.num !== null ? numKey(n.num) : "";
            if (k !== "" && !m.has(k)) m.set(k, n);
            rec(n.children, depth + 1);
          }
        }
      };
      rec(d.children, 0);
      map = m;
      this.divisionParagraphs.set(d, map);
    }
    return map.get(numKey(num)) ?? null;
  }

  /** `paragraphIn`, or for a decimal number (`4.6`) the item 4.6 under paragraph 4 there. */
  levelIn(d: Division, num: string): BodyNode | null {
    const found = this.paragraphIn(d, num);
    if (found) return found;
    const m = DECIMAL_NUM.exec(num);
    const head = m ? this.paragraphIn(d, m[1] as string) : null;
    const item = head ? this.child(head, num) : null;
    return item && item.type === "Provision" ? item : null;
  }

  /**
   * `Article 18(2)` where Article 18's paragraphs carry no numbers (the EU cites an unnumbered
   * paragraph by its place, and some sources drop the numbers): the `num`-th provision of `node`,
   * when it has several and none of them is numbered.
   */
  nthUnnumbered(node: BodyNode, num: string, points = false): BodyNode | null {
    const provisions = node.children.filter((c) => c.type === "Provision" && (!points || c.kind === "point"));
    if (provisions.length < 2 || provisions.some((c) => c.num !== null && c.num !== "")) return null;
    const place = placeOf(num, provisions.length);
    return place > 0 ? (provisions[place - 1] ?? null) : null;
  }

  /**
   * Whether the text of `node` (its own, and that of its unnumbered parts) lists an item labelled
   * `num` inline: `…: (a) …; (b) …`, `…; or (h) …`. Points written in one paragraph are not
   * units of the AST, but a reference to one of them is not dangling.
   */
  hasInlineLabel(node: BodyNode, num: string): boolean {
    if (!INLINE_LABEL_NUM.test(num)) return false;
    let text = this.inlineTexts.get(node);
    if (text === undefined) {
      const parts: string[] = [];
      const rec = (n: BodyNode, depth: number): void => {
        if (n.intro) parts.push(n.intro.text);
        for (const c of n.children) if (depth < 4 && c.num === null) rec(c, depth + 1);
        if (n.type === "Provision" && n.wrapUp) parts.push(n.wrapUp.text);
      };
      rec(node, 0);
      text = parts.join("\n");
      this.inlineTexts.set(node, text);
    }
    const label = num.toLowerCase();
    INLINE_LABEL.lastIndex = 0;
    for (let m = INLINE_LABEL.exec(text); m; m = INLINE_LABEL.exec(text)) {
      if ((m[1] ?? m[2] ?? "").toLowerCase() === label) return true;
    }
    return false;
  }

  private isAncestor(a: BodyNode, node: BodyNode): boolean {
    let p = this.parents.get(node) ?? null;
    for (let guard = 0; p !== null && guard < 64; guard++) {
      if (p === a) return true;
      p = this.parents.get(p) ?? null;
    }
    return false;
  }
}

/** A label that may be written inline: a number, a letter or two, a roman numeral. */
const INLINE_LABEL_NUM = /^(?:\d+|[a-z]{1,2}|[ivxl]{1,6})$/i;
/**
 * An item label where an inline list puts one: at the start of the text or a line, or after
 * `:` or `;` (and `; and`, `; or`) — `(h)`, `h)`.
 */
const INLINE_LABEL =
  /(?:^|\n|[:;][ \t]*(?:(?:and|or)[ \t]+)?)[ \t]*(?:\(([0-9]{1,3}|[a-z]{1,2}|[ivxl]{1,6})\)|([0-9]{1,3}|[a-z]{1,2})\))[ \t]/gi;

/** A number followed by the number it replaced: `40 (ex Article 41)`. */
const EX_NUMBER = /^(\d+[A-Za-z]?)\s*\(ex\b/i;

function hasProvisionChild(d: Division): boolean {
  return d.children.some((c) => c.type === "Provision");
}

function resolve(comps: readonly Comp[], scope: Scope, ctx: Ctx, t: Targets): BodyNode | null {
  const first = comps[0];
  if (!first) return null;
  let cur: BodyNode | null;
  if (first.kind === "div") {
    const within = scope === "chapter" ? ctx.chapter : scope === "part" ? ctx.part : null;
    // in an annex with units of its own (a protocol's articles), those first; so too in a part of
    // a bill whose parts number their sections afresh (the divisions of a US omnibus act)
    const annex = within === null && first.kinds !== ANNEX ? (ctx.annex ?? ctx.part) : null;
    cur = (annex && t.division(first.kinds, first.num, annex)) || t.division(first.kinds, first.num, within);
    if (!cur && first.kinds === SECTION) cur = t.topParagraph(first.num, ctx.path);
    // an article that the markup made a section (the same rank: `Article 9a` of a statute)
    if (!cur && first.kinds === ARTICLE)
      cur = (annex && t.division(SECTION, first.num, annex)) || t.division(SECTION, first.num, within);
    // `Schedule 2` in a `Schedules` component that numbers its schedules as parts or chapters
    if (!cur && first.kinds === ANNEX) cur = scheduleIn(t, first.num);
    if (!cur) cur = decimalParagraph(first, annex, within, t);
  } else {
    cur = startLevel(first, scope, ctx, t);
  }
  for (let i = 1; i < comps.length && cur; i++) {
    const c = comps[i] as Comp;
    let next = c.kind === "div" ? t.division(c.kinds, c.num, cur) : t.child(cur, c.num);
    if (!next && c.kind === "level") {
      // `paragraph 15 of Schedule 1`: a schedule's paragraphs stand under its parts and headings
      if (cur.type === "Division") next = t.levelIn(cur, c.num);
      // `paragraph 1, point (h)` where the points are written inline in paragraph 1: the paragraph
      if (!next && t.hasInlineLabel(cur, c.num)) next = cur;
      if (!next && c.level === 1) next = t.nthUnnumbered(cur, c.num);
      // `point (a)` of an article whose points the source left without labels
      if (!next && c.level > 1) next = t.nthUnnumbered(cur, c.num, true);
    }
    cur = next;
  }
  return cur;
}

const DECIMAL_NUM = /^(\d+[A-Za-z]?)\.(\d+)(?:\.\d+)*$/;
/** A paragraph's place: 1 to 99. */
const NTH = /^[1-9]\d?$/;
const ROMAN_PLACES = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

/**
 * The place a label gives in a list of `count` unlabelled items: `2` the second, `(b)` the second,
 * `(ii)` the second (`(i)`, `(v)`, `(x)` are roman numerals unless the list is long enough for the
 * letter); 0 when it is no label.
 */
function placeOf(num: string, count: number): number {
  if (NTH.test(num)) return Number(num);
  const label = num.toLowerCase();
  const roman = ROMAN_PLACES.indexOf(label) + 1;
  const letter = /^[a-z]$/.test(label) ? label.charCodeAt(0) - 96 : 0;
  if (roman > 0 && (letter === 0 || count < letter)) return roman;
  return letter;
}

/** Division `num` directly in an unnumbered annex (`<doc name="schedules">` with chapters 1, 2, …). */
function scheduleIn(t: Targets, num: string): BodyNode | null {
  for (const annex of t.unnumberedAnnexes) {
    const found = t.child(annex, num);
    if (found && found.type === "Division") return found;
  }
  return null;
}

/**
 * `Article 10.3` of a statute whose paragraphs are numbered `10.1`, `10.2`, … (the Statute of
 * the ESCB): paragraph 10.3 of Article 10.
 */
function decimalParagraph(
  c: { kinds: readonly DivisionKind[]; num: string },
  annex: Division | null,
  within: BodyNode | null,
  t: Targets,
): BodyNode | null {
  if (c.kinds !== ARTICLE && c.kinds !== SECTION) return null;
  const m = DECIMAL_NUM.exec(c.num);
  if (!m) return null;
  const unit = (annex && t.division(c.kinds, m[1] as string, annex)) || t.division(c.kinds, m[1] as string, within);
  return unit ? t.child(unit, c.num) : null;
}

/**
 * The innermost provision among the ancestors that is a paragraph: of that kind (USLM, CLML), or
 * numbered `(1)` (a US paragraph in a text bill), or null.
 */
function innermostParagraph(path: readonly BodyNode[]): Provision | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i] as BodyNode;
    if (n.type === "Division") return null;
    if (n.kind === "paragraph" || n.style === "paren-dec") return n;
  }
  return null;
}

/** The provisions around a reference, innermost first, up to its division. */
function enclosingProvisions(path: readonly BodyNode[]): BodyNode[] {
  const out: BodyNode[] = [];
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i] as BodyNode;
    if (n.type === "Division") break;
    out.push(n);
  }
  return out;
}

/** The node a chain that starts below the article level designates first. */
function startLevel(
  c: { level: Level; num: string; paren?: boolean },
  scope: Scope,
  ctx: Ctx,
  t: Targets,
): BodyNode | null {
  const TOP = "top" as const;
  const BODY = "body" as const;
  let bases: (BodyNode | null | typeof TOP | typeof BODY)[];
  switch (scope) {
    case "article":
      bases = c.level === 1 ? [ctx.article] : [ctx.article, ctx.level1];
      break;
    case "level1":
      // "of this paragraph" in a US section is the paragraph (1) inside subsection (a); in a list
      // of items ((b) holding (i) and (ii)), the item around the reference that has the unit
      bases = [ctx.level1, innermostParagraph(ctx.path), ...enclosingProvisions(ctx.path)];
      break;
    case "level2":
      bases = [ctx.level2];
      break;
    case "chapter":
      bases = [ctx.chapter];
      break;
    case "part":
      bases = [ctx.part];
      break;
    case "doc":
      bases = c.level === 1 ? [TOP, ctx.article] : c.level === 2 ? [ctx.level1] : [ctx.level2];
      break;
    case "instrument":
      bases = c.level === 1 ? [BODY, TOP] : c.level === 2 ? [ctx.level1] : [ctx.level2];
      break;
    default:
      bases = c.level === 1 ? [ctx.article, TOP] : c.level === 2 ? [ctx.level1, ctx.article] : [ctx.level2];
      break;
  }
  // US numbering: a section's subsection (a) holds paragraphs (1), which hold subparagraphs (A),
  // clauses (i), subclauses (I); `paragraph (1)(A)` inside subsection (c) is (c)(1)(A): the
  // provisions around the reference, innermost first, with a child written exactly so (before a
  // paragraph of the same number elsewhere in the body)
  if (c.paren && (scope === "implicit" || scope === "anaphor") && ctx.article !== null) {
    for (let i = ctx.path.length - 1; i >= 0; i--) {
      const p = ctx.path[i] as BodyNode;
      if (p.type !== "Provision") break;
      const found = t.child(p, c.num);
      if (found && found.type === "Provision" && found.num === c.num) return found;
    }
  }
  for (const base of bases) {
    if (base === null) continue;
    const found =
      base === TOP
        ? t.topParagraph(c.num, ctx.path)
        : base === BODY
          ? t.topParagraph(c.num, ctx.path, true)
          : t.child(base, c.num);
    if (found) return found;
  }
  // points written inline in the paragraph or article the reference starts from: that unit
  if (c.level > 1 || scope === "article") {
    for (const base of bases) {
      if (base !== null && base !== TOP && base !== BODY && t.hasInlineLabel(base, c.num)) return base;
    }
  }
  // a schedule's or a part's own paragraphs, outside any article (`paragraph 8` in Schedule 1)
  // (an EU annex calls its numbered items points: `point 3` in Annex VII, `point 4.6`)
  if ((c.level === 1 || ctx.annex !== null) && ctx.article === null && scope !== "instrument") {
    for (let i = ctx.path.length - 1; i >= 0; i--) {
      const d = ctx.path[i] as BodyNode;
      if (d.type !== "Division") continue;
      const found = t.levelIn(d, c.num);
      if (found) return found;
    }
  }
  return null;
}

// ---- scanning ------------------------------------------------------------------------------

/**
 * Whether the document is itself a constitution (`Constitution of the Republic of Kazakhstan`,
 * `КОНСТИТУЦИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ`, `ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ КОНСТИТУЦИЯСЫ`): then
 * "Article 5 of the Constitution" is internal. A bill amending the constitution is not one.
 */
function isConstitution(doc: Document): boolean {
  const title = (doc.title?.text ?? "").trim().slice(0, 200);
  return (
    /^(?:the\s+|draft\s+|new\s+|проект\s+)*(?:constitution|конституция)(?![a-zа-яё])/iu.test(title) ||
    /конституциясы\s*(?:\(жоба\))?$/iu.test(title)
  );
}

/** The phrases of the block being scanned (reused: the scan is not re-entrant). */
const PHRASES: Phrase[] = [];
/** Offsets, ascending, where English and Russian unit words may start in the block being scanned. */
const enHints: number[] = [];
const ruHints: number[] = [];
let enHintCount = 0;
let ruHintCount = 0;

/** The phrases of `text` in order; the array is reused by the next call. */
function scanAll(text: string, selfConstitution: boolean): Phrase[] {
  const phrases = PHRASES;
  if (phrases.length > 0) phrases.length = 0;
  // One scan finds every offset where a grammar may start a phrase; most blocks have none.
  // (Each grammar's pattern can only match where its hint does, and needs letters of its
  // script or a digit, so the original per-grammar pre-tests are implied.)
  enHintCount = 0;
  ruHintCount = 0;
  let kazakh = false;
  const hint = REFERENCE_HINT;
  hint.lastIndex = 0;
  for (let m = hint.exec(text); m; m = hint.exec(text)) {
    const at = m.index;
    // the first character tells the grammar: a digit or `)` Kazakh, Latin (or `ſ`) English
    const c = text.charCodeAt(at);
    if ((c >= 0x30 && c <= 0x39) || c === 0x29) kazakh = true;
    else if (c < 0x80 || c === 0x17f) enHints[enHintCount++] = at;
    else ruHints[ruHintCount++] = at;
    hint.lastIndex = at + 1;
  }
  if (enHintCount > 0) scanEnglish(text, selfConstitution, phrases);
  if (ruHintCount > 0) scanRussian(text, selfConstitution, phrases);
  if (kazakh && DIGIT.test(text)) scanKazakh(text, selfConstitution, phrases);
  if (phrases.length > 1) phrases.sort((a, b) => (a.items[0]?.from ?? 0) - (b.items[0]?.from ?? 0));
  if (phrases.length > 0) markOtherActs(text, phrases);
  if (enHints.length > 4096) enHints.length = 0;
  if (ruHints.length > 4096) ruHints.length = 0;
  return phrases;
}

// ---- references to other acts that no grammar sees alone ----------------------------------

/** Only a list separator between two phrases: `, `, ` and `, `, or `, ` и `, `; `. */
const COORDINATION =
  /^\s*(?:[,;]\s*)?(?:(?:and|or|and\/or|и|или|либо|а\s+также|және|мен|немесе)\s+)?(?:(?:in|under|to)\s+)?$/iu;
/**
 * The same with a level of a US act the AST has no word for before the next member (`part A of
 * title II, subpart 1 of part A of title IV`, `parts C and E and subparts 1 and 4 of part F`).
 */
const COORDINATION_EXTRA =
  /^\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:sub(?:parts?|chapters?|titles?)|divisions?|clauses?)\s+[0-9A-Za-z]{1,4}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[0-9A-Za-z]{1,4})*\s+of\s+$/i;

/**
 * Marks as external, in the block `text`, the phrases that point to another act although no
 * grammar sees the act next to them:
 * - a phrase inside quotation marks (`by striking “section 4980I(d)(1)”`, the quoted new wording
 *   of an amended act, «заменить словами «статьей 5»»): the quoted text is another act's wording,
 *   and its references point into that act;
 * - a phrase coordinated with a following one that names another act (`titles II and XXI, and
 *   section 2821 of the PHS Act`, `Article 2(1), point (c), of Regulation (EU) No 1025/2012`,
 *   «статьей 5, частью 2 статьи 7 Трудового кодекса»): the act named at the end of the list
 *   belongs to every member. In Kazakh the act comes first (`Еңбек кодексінің 5-бабы және
 *   7-бабы`), so there a phrase takes the act of the one before it.
 */
function markOtherActs(text: string, phrases: Phrase[]): void {
  // quotation depth at each phrase's start: “ ” « » „ (German „…“) ‘ ’
  let depth = 0;
  let at = 0;
  let german = 0;
  let single = 0;
  for (const p of phrases) {
    const from = p.items[0]?.from ?? 0;
    for (; at < from && at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (c === 0x201e) {
        depth++;
        german++;
      } else if (c === 0x201c) {
        if (german > 0) {
          german--;
          depth--;
        } else depth++;
      } else if (c === 0x201d || c === 0xbb) depth = Math.max(0, depth - 1);
      else if (c === 0xab) depth++;
      else if (c === 0x2018) {
        // ‘…’ (EU amending acts); ’ alone is an apostrophe
        depth++;
        single++;
      } else if (c === 0x2019 && single > 0) {
        single--;
        depth--;
      }
    }
    if (depth > 0) p.scope = "external";
  }
  for (let i = phrases.length - 2; i >= 0; i--) {
    const p = phrases[i] as Phrase;
    const next = phrases[i + 1] as Phrase;
    if (p.scope !== "implicit" || next.scope !== "external" || p.actFirst || next.actFirst) continue;
    const end = lastItem(p.items)?.to ?? 0;
    const start = next.items[0]?.from ?? 0;
    if (start < end) continue;
    const gap = text.slice(end, start);
    if ((start - end < 16 && COORDINATION.test(gap)) || (start - end < 60 && COORDINATION_EXTRA.test(gap)))
      p.scope = "external";
  }
  for (let i = 1; i < phrases.length; i++) {
    const p = phrases[i] as Phrase;
    const prev = phrases[i - 1] as Phrase;
    if (p.scope !== "implicit" || prev.scope !== "external" || !p.actFirst || !prev.actFirst) continue;
    const end = lastItem(prev.items)?.to ?? 0;
    const start = p.items[0]?.from ?? 0;
    if (start >= end && start - end < 16 && COORDINATION.test(text.slice(end, start))) p.scope = "external";
  }
}

/**
 * The match of the sticky regex `at` at the first offset from `from` where it matches, as a
 * global version of `at` would find it, trying only `hints[0, count)`: the ascending offsets
 * where `at` may match (see `scanAll`).
 */
function firstAt(
  at: RegExp,
  hints: readonly number[],
  count: number,
  text: string,
  from: number,
): RegExpExecArray | null {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hints[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < count; k++) {
    at.lastIndex = hints[k] as number;
    const m = at.exec(text);
    if (m) return m;
  }
  return null;
}

/** A number as written in the phrase, with its offsets in the text. */
interface Num {
  num: string;
  from: number;
  to: number;
  /** Sub-references written right after it: `(2)(a)` in `Article 3(2)(a)`. */
  subs: string[];
  /** The number is a bare `(b)` continuing the previous item (`32(a), (b)`). */
  bare?: boolean;
  /** The number is written in brackets (`paragraph (1)`). */
  paren?: boolean;
}

/**
 * Items of a phrase: one per number in `nums`, each with `prefix` comps (larger units) before
 * its own and `suffix` comps after; the first item starts at `from`, the last ends at `to`.
 */
function itemsOf(
  nums: readonly Num[],
  from: number,
  to: number,
  own: (n: Num, previous: Num | null) => Comp[],
  prefix: readonly Comp[],
): Item[] {
  const items: Item[] = [];
  let prev: Num | null = null;
  nums.forEach((n, i) => {
    items.push({
      comps: [...prefix, ...own(n, prev)],
      from: i === 0 ? from : n.from,
      to: i === nums.length - 1 ? to : n.to,
    });
    if (!n.bare) prev = n;
  });
  return items;
}

const NUM_RANGE = /^(\d+)[-–—](\d+)$/;

/** `27-29` after a plural unit word is a range: split it into its two ends. */
function splitRange(n: Num, plural: boolean): Num[] {
  if (!plural) return [n];
  const m = NUM_RANGE.exec(n.num);
  if (!m || Number(m[2]) <= Number(m[1])) return [n];
  const a = m[1] as string;
  const b = m[2] as string;
  return [
    { num: a, from: n.from, to: n.from + a.length, subs: [] },
    { num: b, from: n.to - b.length, to: n.to, subs: n.subs },
  ];
}

// ---- English ---------------------------------------------------------------------------------

type EnUnit = { div: readonly DivisionKind[] } | { level: Level };

const EN_UNIT_WORDS =
  "Articles?|Arts?\\.|Sections?|Secs?\\.|ss?\\.|Subsections?|Subsecs?\\.|Paragraphs?|Paras?\\.|Subparagraphs?|Sub-paragraphs?|Subparas?\\.|Points?|Chapters?|Ch\\.|Parts?|Pts?\\.|Titles?|Annex(?:es)?|Schedules?|Sch\\.|Appendix|Appendices|Books?";
/** A unit word (the phrase starts there); sticky, tried where `EN_UNIT_HINT` matches. */
// not inside a dotted abbreviation: the `S.` of `S.A.B.S. 0131` is no section
const EN_UNIT = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F])(?<![A-Za-z]\\.)(${EN_UNIT_WORDS})[ \\t\\u00A0\\n]+`, "iy");
/** The words of EN_UNIT_WORDS (the same strings), sharing their prefixes: a faster scan. */
const EN_UNIT_WORDS_FACTORED =
  "art(?:icles?|s?\\.)|sec(?:tions?|s?\\.)|ss?\\.|sub(?:sec(?:tions?|s?\\.)|-?paragraphs?|paras?\\.)|par(?:agraphs?|as?\\.|ts?)|points?|ch(?:apters?|\\.)|pts?\\.|titles?|annex(?:es)?|sch(?:edules?|\\.)|appendi(?:x|ces)|books?";
const EN_UNIT_HINT = `(?:${EN_UNIT_WORDS_FACTORED})[ \\t\\u00A0\\n]`;
const EN_UNIT_STICKY = new RegExp(`(${EN_UNIT_WORDS})[ \\t\\u00A0\\n]+`, "iy");
// `1860D–16` (an en dash after a letter joins the parts of a US section number; `12–15` is a range)
const EN_ARABIC = /\d+[A-Za-z]{0,2}(?:[-.]\d+[A-Za-z]{0,2}|(?<=[A-Za-z])–\d+[A-Za-z]{0,2})*(?![0-9A-Za-z])/y;
const EN_BRACKET = /\(([0-9]+[A-Za-z]?|[A-Za-z]{1,4})\)/y;
/**
 * A sub-reference after a space: `subsection (1) (a)`, `section 91 (10)`, `points 2 (d)`: a
 * number, one or two small letters, a small roman numeral, or a capital (US subparagraphs).
 */
const EN_SPACED_SUB = /[ \u00A0]\(([0-9]{1,3}[A-Za-z]?|[a-z]{1,2}|[ivx]{1,5}|[A-Z])\)(?![0-9A-Za-z(])/y;
/** `subparagraph 10-1)`, `a)`: Kazakhstan's English translations. */
const EN_HALF_BRACKET = /(\d+(?:-\d+)*|[a-z])\)/y;
/** `IV`, and `IV–E` (title IV–E of the Social Security Act). */
const EN_ROMAN = /[IVXLCDM]+(?:[-–][A-Z](?![0-9A-Za-z]))?(?![0-9A-Za-z])/y;
/** A day.month.year date, never a unit number (`4.5.2016`, `27.11.26`). */
const EN_DATE = /^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{2}|\d{4})$/;
/** A lettered part or annex (`Part B`, `Annex C`), not the first letter of a dotted abbreviation (`S.A.B.S.`). */
const EN_LETTER = /[A-Z](?![0-9A-Za-z]|\.[A-Za-z])/y;
// (`(2)(a)and 239`: a missing space after a bracket)
const EN_SEP =
  /(?:[ \t]*,[ \t\n]*(?:and[ \t\n]+|or[ \t\n]+)?|(?<=\))(?:and|or)[ \t\n]+|[ \t\n]+(?:and|or|and\/or)[ \t\n]+|[ \t\n]+(?:to|through)[ \t\n]+|[ \t]*[–—][ \t]*|[ \t]+-[ \t]+)/iy;
/** ` of ` between two links of a chain; EU style may put a comma first (`point 1(a), of Annex III`). */
const EN_OF = /,?[ \t\n]+of[ \t\n]+/y;
const EN_THIS = /[ \t\n]+of[ \t\n]+(?:this|these|the[ \t\n]+present)[ \t\n]+([A-Za-z-]+)/iy;
/** ` of ` before another act's name; EU style puts a comma first (`point (c), of Regulation …`). */
const EN_OF_OTHER = /,?[ \t\n]+of[ \t\n]+/y;
/**
 * `, United States Code` / ` of the United States Code` / ` U.S.C.` right after `title 38`, and
 * the same for the Code of Federal Regulations (`part 200 of title 2, Code of Federal Regulations`).
 */
const EN_US_CODE =
  /(?:,[ \t\n]*|[ \t\n]+of[ \t\n]+the[ \t\n]+)(?:United[ \t\n]+States[ \t\n]+Code|Code[ \t\n]+of[ \t\n]+Federal[ \t\n]+Regulations)|[ \t\n]+(?:U\.S\.C|C\.F\.R)\./y;
/**
 * ` of such Act`, ` of that section`, `, of that Regulation`, ` of said title`: the unit of an act
 * (or of a unit of one) named before, which an unresolved chain cannot be checked against.
 */
const EN_OF_ANAPHOR = /,?[ \t\n]+of[ \t\n]+(?:such|said|that|the[ \t\n]+said|its|their)[ \t\n]+([A-Za-z-]+)/y;
/** Nouns of acts: `of such Act`, `of that Regulation`, `of its Guide` never mean this bill. */
const EN_ACT_NOUN =
  /^(?:act|code|regulation|directive|decision|treaty|convention|law|order|agreement|statute|constitution|rules|guide|policy|policies|plan|instrument)s?$/i;
/** ` to the Health and Personal Social Services (Northern Ireland) Order 1972`, after a schedule. */
const EN_SCHEDULE_TO =
  /[ \t\n]+to[ \t\n]+the[ \t\n]+[A-Z][^.;:\n]{0,150}?\b(?:Act|Order|Regulations|Rules|Code|Measure)(?![A-Za-z])(?:[ \t\n]+\d{4})?/y;
/** `such section 640`, `said title`: a unit cited before, written before the unit word. */
const EN_ANAPHOR_BEFORE = /(?<![A-Za-z])(?:such|said)[ \t\n]+$/;
/** `49 U.S.C. section 5312`, `42 CFR part 431`: a unit of the US Code or of the CFR. */
const EN_CODE_BEFORE = /(?:U\.S\.C\.|C\.F\.R\.|\bCFR)[ \t\n]+$/;
/** A remark in brackets inside a list (`169(c) (notwithstanding … such section) and 170`). */
const EN_LIST_REMARK = /[ \t]*\([^()\n]{1,200}\)/y;
/**
 * An EU qualifier of a list member, before the comma that goes on with the list: `, second
 * paragraph`, `, first and second subparagraphs`, `, with the exception of the last sentence thereof`.
 */
const EN_LIST_QUALIFIER =
  /[ \t]*,[ \t\n]*(?:(?:first|second|third|fourth|fifth|sixth|last)(?:[ \t\n]+(?:and|or)[ \t\n]+(?:first|second|third|fourth|fifth|sixth|last))?[ \t\n]+(?:sub-?paragraph|paragraph|sentence|indent)s?|with[ \t\n]+the[ \t\n]+exception[ \t\n]+of[ \t\n]+[^,;()\n]{1,80}?[ \t\n]+thereof)(?=[ \t]*,)/iy;
/**
 * `of the first subparagraph` between two links of a chain (`point (g) of the first subparagraph
 * of paragraph 1`): the EU names an unnumbered level by its rank; the chain goes on past it.
 */
const EN_CHAIN_ORDINAL =
  /[ \t\n]+of[ \t\n]+the[ \t\n]+(?:first|second|third|fourth|fifth|sixth|last)[ \t\n]+(?:sub-?paragraph|paragraph|sentence|indent)(?=[ \t\n]+of[ \t\n])/iy;
/**
 * ` of the joint explanatory statement`, ` of the report`, ` in prior Acts`: a unit of a document
 * that is not an act named by its title (and not this bill).
 */
const EN_OF_DOCUMENT =
  /,?[ \t\n]+(?:of|in)[ \t\n]+(?:(?:the|such|any|a)[ \t\n]+)?(?:(?:(?:joint|explanatory|accompanying|conference|committee)[ \t\n]+)*(?:statement|report|memorandum|guidance|manual)s?|(?:prior|previous|earlier|other)[ \t\n]+(?:appropriations[ \t\n]+)?(?:Acts|acts|laws|statutes))(?![A-Za-z])/y;
/** ` thereof` after a unit: of the unit cited just before (`point (h)(iii) thereof`). */
const EN_THEREOF = /,?[ \t\n]+thereof(?![A-Za-z])/y;
/** A page of a German gazette (`BGBl. I S. 1858`, `ABl. EG Nr. L 101 S. 17`), not a section. */
const EN_PAGE_BEFORE = /(?:\d|\b[IVX]+)[ \t\u00A0\n]+$/;
/** A technical standard's number before its parts (`S.A.B.S. 0131: Parts 1 and 2`, `BS 5839: Part 1`). */
const EN_STANDARD_BEFORE = /(?:\b(?:[A-Z]\.){2,}|\b[A-Z]{2,6})[ \t]*\d+(?:[-.]\d+)*[ \t]*:[ \t]*$/;
/**
 * Units of US and UK acts that name no level of their own in the AST but link a chain to its act:
 * `part I of subchapter B of chapter 2 of title II of the Trade Act of 1974`, `subpart 1 of part A`.
 */
const EN_CHAIN_EXTRA =
  /[ \t\n]+of[ \t\n]+(?:subchapter|subpart|subtitle|division|clause|subclause)[ \t\n]+(?:[0-9]+[A-Za-z]?|[A-Z]{1,4}|\([a-z0-9]{1,4}\))(?![A-Za-z0-9])/y;
/** `paragraph 1, first subparagraph, point (h)`: the EU way of going down a level. */
const EN_EU_STEP =
  /,[ \t\n]*(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)[ \t\n]+(?:sub-?paragraph|paragraph|indent|sentence)[ \t\n]*,[ \t\n]*)?$/i;
/** ` of division O` (then ` of <another act>`): the trailing gap is handed to the name reader. */
const EN_DIVISION_OF =
  /[ \t\n]+of[ \t\n]+(?:division|title|subtitle)[ \t\n]+[A-Z0-9]{1,6}(?=[ \t\n]+of[ \t\n])[ \t\n]/y;
const EN_NAME_TOKEN =
  /(?:[A-Z][A-Za-z'’-]*|\([A-Za-z]{1,6}\)|\d+(?:[/.-]\d+)*(?:\/[A-Z]{1,4})*|(?:of|on|and|for|the|in|to|de|concerning|relating|that|those|said|such|previous|former|interim|new|present)(?![A-Za-z]))/y;
const EN_ACRONYM = /[ \t]+([A-Z]{3,6})(?![A-Za-z])/y;
const EN_NOT_ACRONYMS = new Set([
  "AND",
  "THE",
  "FOR",
  "NOT",
  "ANY",
  "ALL",
  "SHALL",
  "MAY",
  "MUST",
  "WITH",
  "ARE",
  "WAS",
  "HAS",
  "ITS",
  "WHO",
  "THIS",
  "THAT",
  "FROM",
  "INTO",
  "UPON",
  "LAW",
  "ACT",
  "BUT",
  "NOR",
]);

const FINAL_DOT = /\.$/;
const EN_PLURAL =
  /^(?:articles|arts|sections|secs|ss|subsections|subsecs|paragraphs|paras|subparagraphs|sub-paragraphs|subparas|points|chapters|parts|pts|titles|annexes|schedules|appendices|books)$/;
const EN_ARTICLE_WORD = /^(?:articles?|arts?)$/;
const EN_SECTION_WORD = /^(?:sections?|secs?|ss?)$/;
const EN_SUBSECTION_WORD = /^(?:subsections?|subsecs?)$/;
const EN_PARAGRAPH_WORD = /^(?:paragraphs?|paras?)$/;
const EN_POINT_WORD = /^(?:sub-?paragraphs?|subparas?|points?)$/;
const EN_CHAPTER_WORD = /^(?:chapters?|ch)$/;
const EN_PART_WORD = /^(?:parts?|pts?)$/;
const EN_TITLE_WORD = /^titles?$/;
const EN_BOOK_WORD = /^books?$/;
const EN_ANNEX_WORD = /^(?:annex(?:es)?|schedules?|sch|appendix|appendices)$/;

/**
 * Unit words met so far and what they denote: the same few words recur all through a bill.
 * The values are never modified. Cleared when large (words in odd cases).
 */
const EN_UNITS = new Map<string, { unit: EnUnit; plural: boolean } | null>();
const RU_UNITS = new Map<string, RuUnit | null>();
const KK_UNITS = new Map<string, Map<string, KkUnit | null>>();
const UNIT_CACHE_SIZE = 256;

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= UNIT_CACHE_SIZE) cache.clear();
  cache.set(key, value);
  return value;
}

function enUnit(word: string): { unit: EnUnit; plural: boolean } | null {
  const known = EN_UNITS.get(word);
  return known !== undefined ? known : remember(EN_UNITS, word, enUnitOf(word));
}

function enUnitOf(word: string): { unit: EnUnit; plural: boolean } | null {
  const w = word.toLowerCase().replace(FINAL_DOT, "");
  const plural = EN_PLURAL.test(w);
  if (EN_ARTICLE_WORD.test(w)) return { unit: { div: ARTICLE }, plural };
  if (EN_SECTION_WORD.test(w)) return { unit: { div: SECTION }, plural };
  if (EN_SUBSECTION_WORD.test(w)) return { unit: { level: 1 }, plural };
  if (EN_PARAGRAPH_WORD.test(w)) return { unit: { level: 1 }, plural };
  if (EN_POINT_WORD.test(w)) return { unit: { level: 2 }, plural };
  if (EN_CHAPTER_WORD.test(w)) return { unit: { div: CHAPTER }, plural };
  if (EN_PART_WORD.test(w)) return { unit: { div: PART }, plural };
  if (EN_TITLE_WORD.test(w)) return { unit: { div: TITLE }, plural };
  if (EN_BOOK_WORD.test(w)) return { unit: { div: BOOK }, plural };
  if (EN_ANNEX_WORD.test(w)) return { unit: { div: ANNEX }, plural };
  return null;
}

/** Length of the match of the sticky `re` at `at`, or -1 (no match array is built). */
function stickyLength(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex - at : -1;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

const ROMAN_UPPER = /^[IVXLCDM]+$/;

/** A number after an English unit word, with its bracketed sub-references. */
function enNumber(text: string, at: number, unit: EnUnit, allowBare: boolean): Num | null {
  let num: string | null = null;
  let end = at;
  let bare = false;
  let paren = false;
  const isLevel = "level" in unit;
  const half = isLevel ? sticky(EN_HALF_BRACKET, text, at) : null;
  const bracket = sticky(EN_BRACKET, text, at);
  if (half) {
    num = half[1] as string;
    end = at + half[0].length;
  } else if (bracket && (isLevel || allowBare)) {
    num = bracket[1] as string;
    end = at + bracket[0].length;
    bare = !isLevel;
    paren = true;
  } else {
    const m =
      sticky(EN_ARABIC, text, at) ??
      (!isLevel ? sticky(EN_ROMAN, text, at) : null) ??
      (!isLevel && (unit.div === ANNEX || unit.div === PART) ? sticky(EN_LETTER, text, at) : null);
    if (!m) return null;
    // `OJ L 119, 4.5.2016, p. 1`: a date after `s.` or a unit word is not a number of a unit
    if (EN_DATE.test(m[0])) return null;
    if (!isLevel && ROMAN_UPPER.test(m[0]) && unit.div !== ANNEX && unit.div !== PART && divisionKeys(m[0]).length < 2)
      return null;
    num = m[0];
    end = at + m[0].length;
  }
  const n: Num = { num, from: at, to: end, subs: [], bare, paren };
  for (;;) {
    // `(1)(a)`, and `(1) (a)` or `91 (10)` with a space between the parts
    const b = sticky(EN_BRACKET, text, end) ?? sticky(EN_SPACED_SUB, text, end);
    if (!b) break;
    n.subs.push(b[1] as string);
    end += b[0].length;
  }
  n.to = end;
  return n;
}

const LETTERS_1_4 = /^[a-z]{1,4}$/i;
const ROMAN_ITEM = /^(?:ii|iii|iv|vi|vii|viii|ix|x)$/;

function enLevelOf(unit: EnUnit, num: string): Level {
  if (!("level" in unit)) return 1;
  if (unit.level === 1 && LETTERS_1_4.test(num)) return 2; // `paragraph (a)` (common law)
  if (unit.level === 2 && ROMAN_ITEM.test(num)) return 3;
  return unit.level;
}

function enComps(unit: EnUnit, n: Num, previous: Num | null): Comp[] {
  const comps: Comp[] = [];
  let level: Level;
  if (n.bare && previous) {
    // `(b)` in `Article 32(a), (b)` or `Article 2(1)(b) and (c)`: it replaces the deepest
    // sub-reference of the same style (digit, roman, letter) of the previous number.
    const style = continuedStyle(n.num, previous.subs);
    let k = previous.subs.length - 1;
    while (k >= 0 && subStyle(previous.subs[k] as string) !== style) k--;
    const subs = k >= 0 ? [...previous.subs.slice(0, k), n.num, ...n.subs] : [n.num, ...n.subs];
    return enComps(unit, { num: previous.num, from: n.from, to: n.to, subs }, null);
  }
  if ("level" in unit) {
    level = enLevelOf(unit, n.num);
    comps.push(n.paren ? { kind: "level", level, num: n.num, paren: true } : { kind: "level", level, num: n.num });
  } else {
    comps.push({ kind: "div", kinds: unit.div, num: n.num });
    level = 0 as Level;
  }
  for (const s of n.subs) {
    level = Math.min(3, level + 1) as Level;
    comps.push({ kind: "level", level, num: s });
  }
  return comps;
}

/** The last number of a list that is not a bare continuation. */
function lastWhole(nums: readonly Num[]): Num | null {
  for (let i = nums.length - 1; i >= 0; i--) if (!(nums[i] as Num).bare) return nums[i] as Num;
  return null;
}

const DIGIT_FIRST = /^\d/;
const ROMAN_SUB = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/i;

/**
 * The style of a continuing `(i)`, `(v)` or `(x)`: a letter when the list it continues ends in a
 * letter and holds no roman numeral (`subsection (1)(h) and (i)`, `(1)(e), (i) or (j)`), as the
 * builder reads `(i)` after `(h)`.
 */
function continuedStyle(sub: string, previous: readonly string[]): "digit" | "roman" | "letter" {
  const style = subStyle(sub);
  if (style !== "roman" || !AMBIGUOUS_LETTER.test(sub)) return style;
  const last = lastItem(previous);
  const lettered = last !== undefined && subStyle(last) === "letter";
  return lettered && !previous.some((p) => subStyle(p) === "roman") ? "letter" : style;
}

const AMBIGUOUS_LETTER = /^[ivx]$/;

function subStyle(sub: string): "digit" | "roman" | "letter" {
  if (DIGIT_FIRST.test(sub)) return "digit";
  return ROMAN_SUB.test(sub) ? "roman" : "letter";
}

function scanEnglish(text: string, selfConstitution: boolean, phrases: Phrase[]): void {
  let resume = 0; // where the search for the next unit word starts
  let last: { comps: Comp[]; to: number; scope: Scope } | null = null; // the previous phrase's last item
  const count = enHintCount;
  for (let m = firstAt(EN_UNIT, enHints, count, text, 0); m; m = firstAt(EN_UNIT, enHints, count, text, resume)) {
    const from = m.index;
    resume = from + m[0].length;
    let info = enUnit(m[1] as string);
    if (!info) continue;
    if (m[1] === "S." && EN_PAGE_BEFORE.test(text.slice(Math.max(0, from - 12), from))) continue;
    let first = enNumber(text, from + m[0].length, info.unit, false);
    if (!first) {
      resume = from + (m[1] as string).length;
      continue;
    }
    if (!first.paren && first.subs.length > 0 && EN_SUBSECTION_WORD.test((m[1] as string).toLowerCase())) {
      // `subsection 37(6)`: subsections are bracketed, so this is subsection (6) of section 37
      info = { unit: { div: SECTION }, plural: info.plural };
      first = enNumber(text, from + m[0].length, info.unit, false) ?? first;
    }
    // the list: `Articles 12 to 15`, `sections 4 and 5`, `Article 32(a), (b) and (f)(ii)`
    let nums: Num[] = splitRange(first, info.plural);
    let end = first.to;
    for (;;) {
      // a remark in brackets may stand between two members: `169(c) (notwithstanding …) and 170`;
      // so may an EU qualifier: `Articles 119, second paragraph, 126(1)`
      const remark = stickyLength(EN_LIST_REMARK, text, end);
      const qualifier = remark > 0 ? -1 : stickyLength(EN_LIST_QUALIFIER, text, end);
      const at = remark > 0 ? end + remark : qualifier > 0 ? end + qualifier : end;
      const sep = stickyLength(EN_SEP, text, at);
      if (sep < 0) break;
      const next = enNumber(text, at + sep, info.unit, true);
      if (!next) break;
      // `subsection (1)(a) or (b)`: a bracketed number of the style of the previous one's last
      // sub-reference, not of its own, continues that sub-reference
      // (`paragraph 2(3)(b), (4)(b)`: after an unbracketed number, brackets are always its subs)
      const prev = lastWhole(nums);
      const style = continuedStyle(next.num, prev?.subs ?? []);
      if (
        next.paren &&
        prev?.subs.some((sub) => subStyle(sub) === style) &&
        (!prev.paren || style !== subStyle(prev.num))
      )
        next.bare = true;
      nums = nums.concat(splitRange(next, info.plural));
      end = next.to;
    }
    // the chain: `point (a) of paragraph 1 of Article 5`
    const outer: Comp[] = [];
    for (let links = 0; links < 8; links++) {
      const extra = stickyLength(EN_CHAIN_EXTRA, text, end);
      if (extra > 0) {
        // a level the AST does not have (`of subchapter B`): passed over, the chain goes on
        end += extra;
        continue;
      }
      const ordinal = stickyLength(EN_CHAIN_ORDINAL, text, end);
      if (ordinal > 0) {
        end += ordinal;
        continue;
      }
      const of = stickyLength(EN_OF, text, end);
      if (of < 0) break;
      const u = sticky(EN_UNIT_STICKY, text, end + of);
      if (!u) break;
      const uInfo = enUnit(u[1] as string);
      if (!uInfo) break;
      const n = enNumber(text, end + of + u[0].length, uInfo.unit, false);
      if (!n) break;
      outer.unshift(...enComps(uInfo.unit, n, null));
      end = n.to;
    }
    // the scope: `of this Law`, `of this Article`, `of the Law on …`, `TFEU`, `of such Act`
    let scope: Scope = "implicit";
    const own = sticky(EN_THIS, text, end);
    const anaphor = own ? null : sticky(EN_OF_ANAPHOR, text, end);
    let anaphorKinds: readonly DivisionKind[] | undefined;
    const before = text.slice(Math.max(0, from - 12), from);
    let thereof = false;
    if (own) {
      scope = enScope(own[1] as string);
      end += own[0].length;
    } else if (anaphor) {
      // `of such Act` is another act; `of such section` the unit cited before
      // (`of such memorandum`: a document that is no unit of this bill is another one)
      const noun = anaphor[1] as string;
      scope = EN_ACT_NOUN.test(noun) || enUnit(noun) === null ? "external" : "anaphor";
      const unit = scope === "anaphor" ? enUnit(noun) : null;
      if (unit && "div" in unit.unit) anaphorKinds = unit.unit.div;
      end += anaphor[0].length;
    } else if (EN_CODE_BEFORE.test(before) || EN_STANDARD_BEFORE.test(text.slice(Math.max(0, from - 30), from))) {
      scope = "external";
    } else if (stickyLength(EN_OF_DOCUMENT, text, end) > 0) {
      scope = "external";
      end += stickyLength(EN_OF_DOCUMENT, text, end);
    } else if (stickyLength(EN_THEREOF, text, end) > 0) {
      // `point (h)(iii) thereof`: below the unit cited just before
      scope = "anaphor";
      thereof = true;
      end += stickyLength(EN_THEREOF, text, end);
    } else if (
      (outer[0]?.kind === "div" ? outer[0].kinds : "div" in info.unit ? info.unit.div : null) === ANNEX &&
      stickyLength(EN_SCHEDULE_TO, text, end) > 0
    ) {
      // `paragraph 1 of Schedule 8 to the Terrorism Act 2000`: a schedule is "to" its act
      scope = "external";
      end += stickyLength(EN_SCHEDULE_TO, text, end);
    } else if (EN_ANAPHOR_BEFORE.test(before)) {
      scope = "anaphor";
    } else {
      const other = enExternal(text, end);
      if (other > end) {
        // "of the Constitution …, adopted on 28 January 1993": an earlier constitution, not this one
        const self =
          selfConstitution &&
          EN_OF_CONSTITUTION.test(text.slice(end, other)) &&
          !EN_ADOPTED.test(text.slice(other, other + 40));
        scope = self ? "doc" : "external";
        end = other;
      }
    }
    // `paragraph 1, first subparagraph, point (h)`, `Article 14(4), points (d) and (j)`: a point
    // written after a comma goes down from the unit just before it
    if (outer.length === 0 && "level" in info.unit && info.unit.level === 2 && last && last.to <= from) {
      const step = EN_EU_STEP.exec(text.slice(last.to, from));
      if (step && step.index === 0) {
        outer.push(...last.comps);
        if (scope === "implicit") scope = last.scope;
      }
    }
    const items = itemsOf(nums, from, end, (n, prev) => enComps(info.unit, n, prev), outer);
    if (items.length > 0) {
      phrases.push(
        anaphorKinds ? { items, scope, anaphorKinds } : thereof ? { items, scope, thereof } : { items, scope },
      );
      const tail = lastItem(items) as Item;
      last = { comps: tail.comps, to: tail.to, scope };
    }
    resume = Math.max(end, from + 1);
  }
}

/** This constitution, also as "the new Constitution" (its transitional schedule's words for it). */
const EN_OF_CONSTITUTION = /^\s+of\s+(?:the\s+)?(?:new\s+|present\s+)?Constitution(?![A-Za-z])/;
const EN_ADOPTED = /^,?\s*(?:adopted|enacted|of\s+\d{4}|\(\d{4}\))/i;

function enScope(noun: string): Scope {
  const w = noun.toLowerCase();
  if (w === "article" || w === "section") return "article";
  if (w === "subsection" || w === "paragraph") return "level1";
  if (w === "subparagraph" || w === "sub-paragraph" || w === "point") return "level2";
  if (w === "chapter") return "chapter";
  if (w === "part") return "part";
  return "doc";
}

const LOWER_FIRST = /^[a-z]/;
/** Words that may open another act's name before its capitalised words (`of the previous Constitution`). */
const EN_NAME_ARTICLES = /^(?:the|that|those|said|such|previous|former|interim|new|present)$/;
const EN_NAME_GAP = /[ \t\n]+/y;

/** End of an external act's name after `end` (`of the Law on Personal Data`), or `end`. */
function enExternal(text: string, end: number): number {
  // `of title 38, United States Code`, `of title 5 of the United States Code`: the US Code
  const code = stickyLength(EN_US_CODE, text, end);
  if (code > 0) return end + code;
  // `of division O of the Consolidated Appropriations Act, 2017`: a division of another act
  const division = stickyLength(EN_DIVISION_OF, text, end);
  if (division > 0) {
    const after = enExternal(text, end + division - 1);
    if (after > end + division - 1) return after;
  }
  const acronym = sticky(EN_ACRONYM, text, end);
  if (acronym && !EN_NOT_ACRONYMS.has(acronym[1] as string)) return end + acronym[0].length;
  const of = stickyLength(EN_OF_OTHER, text, end);
  if (of < 0) return end;
  let at = end + of;
  let good = end;
  for (let count = 0; count < 24; count++) {
    const tok = sticky(EN_NAME_TOKEN, text, at);
    if (!tok) break;
    const t = tok[0];
    const connector = LOWER_FIRST.test(t);
    if (connector && good === end && !EN_NAME_ARTICLES.test(t)) break;
    at += t.length;
    if (!connector) good = at;
    const gap = stickyLength(EN_NAME_GAP, text, at);
    if (gap < 0) break;
    at += gap;
  }
  return good;
}

// ---- Russian ---------------------------------------------------------------------------------

const RU_UNIT_WORDS =
  "подпункт(?:ами|ам|ах|ов|ом|а|у|е|ы)?|пункт(?:ами|ам|ах|ов|ом|а|у|е|ы)?|част(?:ями|ям|ях|ью|ей|ь|и)|стать(?:ями|ям|ях|ей|ёй|я|и|е|ю)|статей|глав(?:ами|ам|ах|ой|ою|а|ы|е|у)|раздел(?:ами|ам|ах|ом|ов|а|у|е|ы)?|параграф(?:ами|ам|ах|ом|ов|а|у|е|ы)?|приложени(?:ями|ям|ях|ем|е|я|ю|и|й)";
/** A unit word (the phrase starts there); sticky, tried where `RU_UNIT_HINT` matches. */
const RU_UNIT = new RegExp(`(?<![${LETTER}\\d])(${RU_UNIT_WORDS})(?![${LETTER}])\\s+`, "iuy");
const RU_UNIT_HINT = "п(?:одпункт|ункт|араграф|риложени)|част|стат|глав|раздел";
const RU_UNIT_STICKY = new RegExp(`(${RU_UNIT_WORDS})(?![${LETTER}])\\s+`, "iuy");
const RU_NUM = new RegExp(`\\d+(?:[-.]\\d+)*(?![\\d${LETTER}])`, "uy");
/** `3)`, `10-1)`, `а)` after подпункт. */
const RU_SUBPOINT = new RegExp(`(?:\\d+(?:-\\d+)*|[${CYR_LOWER}a-z])\\)`, "iuy");
/** `пункт «а»` (Russian Federation style). */
const RU_QUOTED_LETTER = new RegExp(`[«"“]([${CYR_LOWER}a-z])[»"”]`, "iuy");
/** `статьями 23 (часть 1), 24`: a part of the article in brackets. */
const RU_PAREN_PART = /\s*\((?:част[ьи]|пункт[а]?)\s+(\d+(?:-\d+)*)\)/iuy;
const RU_ORDINAL =
  /(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)(?:ая|ой|ую|ья|ьей|ью|ые|ых)(?![а-яё])/iuy;
const RU_ORDINALS = ["перв", "втор", "трет", "четв", "пят", "шест", "седьм", "восьм", "девят", "десят"];
const RU_SEP = /(?:\s*,\s*|\s+(?:и|или|либо)\s+|\s*[–—]\s*|\s+-\s+)/iuy;
const RU_GAP = /\s+/y;
const RU_OWN = /\s+(?:к\s+)?настоящ(?:его|ей|их|ему|им|ими|ем|ая|ий|ее|ую|ие)\s+([А-ЯЁа-яё]+)/iuy;
const RU_OTHER = new RegExp(
  "\\s+(?:к\\s+)?(?:(?:[А-ЯЁа-яё]+-)?[А-ЯЁа-яё]+(?:ого|его|ой|ей|ых|их)\\s+)?" +
    "(?:[Зз]акон|[Кк]одекс|Конституци|Указ|[Пп]остановлени|Положени|Правил|Регламент|[Дд]оговор|Конвенци|Пакт|Соглашени|Директив|Декрет|[Пп]риказ|Инструкци|Устав)[а-яё]*" +
    "(?:\\s+(?:Республики\\s+Казахстан|Российской\\s+Федерации|РК|РФ)(?![А-ЯЁа-яё]))?" +
    "(?:\\s+от\\s+\\d{1,2}(?:\\s+[а-яё]+\\s+|\\.\\d{1,2}\\.)\\d{4}(?:\\s+года|\\s*г\\.)?)?" +
    "(?:\\s+(?:№|N)\\s*[\\dA-Za-zА-ЯЁа-яё-]+)?" +
    "(?:\\s+«[^«»\\n]{1,300}»)?",
  "uy",
);

interface RuUnit {
  comp: { div: readonly DivisionKind[] } | { level: Level };
  rank: number;
  plural: boolean;
}

const RU_PLURAL_ENDING = /(?:ами|ями|ам|ям|ах|ях|ов)$/;
const RU_PLURAL_WORD = /^(?:статей|частей|(?:под)?пункты|разделы|параграфы|приложений)$/;

function ruUnit(word: string): RuUnit | null {
  const known = RU_UNITS.get(word);
  return known !== undefined ? known : remember(RU_UNITS, word, ruUnitOf(word));
}

function ruUnitOf(word: string): RuUnit | null {
  const w = word.toLowerCase();
  const plural = RU_PLURAL_ENDING.test(w) || RU_PLURAL_WORD.test(w);
  if (w.startsWith("подпункт")) return { comp: { level: 2 }, rank: 1, plural };
  if (w.startsWith("пункт")) return { comp: { level: 1 }, rank: 2, plural };
  if (w.startsWith("част")) return { comp: { level: 1 }, rank: 3, plural };
  if (w.startsWith("стат")) return { comp: { div: ARTICLE }, rank: 4, plural };
  if (w.startsWith("параграф")) return { comp: { div: SUBCHAPTER }, rank: 5, plural };
  if (w.startsWith("глав")) return { comp: { div: CHAPTER }, rank: 6, plural };
  if (w.startsWith("раздел")) return { comp: { div: BIG_DIVISION }, rank: 7, plural };
  if (w.startsWith("приложени")) return { comp: { div: ANNEX }, rank: 8, plural };
  return null;
}

function ruNumber(text: string, at: number, unit: RuUnit): Num | null {
  const isLevel = "level" in unit.comp;
  const sub = "level" in unit.comp && unit.comp.level === 2 ? sticky(RU_SUBPOINT, text, at) : null;
  if (sub) return { num: sub[0].slice(0, -1), from: at, to: at + sub[0].length, subs: [] };
  const m = sticky(RU_NUM, text, at);
  if (m) {
    const n: Num = { num: m[0], from: at, to: at + m[0].length, subs: [] };
    const part = isLevel ? null : sticky(RU_PAREN_PART, text, n.to);
    if (part) {
      n.subs.push(part[1] as string);
      n.to += part[0].length;
    }
    return n;
  }
  const quoted = isLevel ? sticky(RU_QUOTED_LETTER, text, at) : null;
  if (quoted) return { num: quoted[1] as string, from: at, to: at + quoted[0].length, subs: [] };
  if (unit.rank === 3) {
    const o = sticky(RU_ORDINAL, text, at);
    if (o) {
      const stem = (o[1] as string).toLowerCase().replace("ё", "е");
      const i = RU_ORDINALS.findIndex((s) => stem.startsWith(s));
      if (i >= 0) return { num: String(i + 1), from: at, to: at + o[0].length, subs: [] };
    }
  }
  return null;
}

/** Comps of one Russian number: the unit's own and a bracketed part (`23 (часть 1)`). */
function ruComps(u: RuUnit["comp"], n: Num): Comp[] {
  const comps = [compOf(u, n.num)];
  for (const s of n.subs) comps.push({ kind: "level", level: 1, num: s });
  return comps;
}

function compOf(u: RuUnit["comp"], num: string): Comp {
  return "level" in u ? { kind: "level", level: u.level, num } : { kind: "div", kinds: u.div, num };
}

function scanRussian(text: string, selfConstitution: boolean, phrases: Phrase[]): void {
  let resume = 0; // where the search for the next unit word starts
  const count = ruHintCount;
  for (let m = firstAt(RU_UNIT, ruHints, count, text, 0); m; m = firstAt(RU_UNIT, ruHints, count, text, resume)) {
    const from = m.index;
    resume = from + m[0].length;
    const unit = ruUnit(m[1] as string);
    if (!unit) continue;
    const first = ruNumber(text, from + m[0].length, unit);
    if (!first) {
      resume = from + (m[1] as string).length;
      continue;
    }
    let nums = splitRange(first, unit.plural);
    let end = first.to;
    for (;;) {
      const sep = stickyLength(RU_SEP, text, end);
      if (sep < 0) break;
      const next = ruNumber(text, end + sep, unit);
      if (!next) break;
      nums = nums.concat(hasDash(text, end, end + sep) ? [next] : splitRange(next, unit.plural));
      end = next.to;
    }
    // larger units follow in the genitive: `пункта 1 статьи 7-1`
    const larger: Comp[] = [];
    let rank = unit.rank;
    for (;;) {
      const gap = stickyLength(RU_GAP, text, end);
      if (gap < 0) break;
      const u = sticky(RU_UNIT_STICKY, text, end + gap);
      if (!u) break;
      const uInfo = ruUnit(u[1] as string);
      if (!uInfo || uInfo.rank <= rank) break;
      const n = ruNumber(text, end + gap + u[0].length, uInfo);
      if (!n) break;
      larger.unshift(...ruComps(uInfo.comp, n));
      rank = uInfo.rank;
      end = n.to;
    }
    let scope: Scope = "implicit";
    const own = sticky(RU_OWN, text, end);
    if (own) {
      scope = ruScope(own[1] as string);
      end += own[0].length;
    } else {
      const other = sticky(RU_OTHER, text, end);
      if (other) {
        scope = selfConstitution && RU_OF_CONSTITUTION.test(other[0]) ? "doc" : "external";
        end += other[0].length;
      }
    }
    const items = itemsOf(nums, from, end, (n) => ruComps(unit.comp, n), larger);
    if (items.length > 0) phrases.push({ items, scope });
    resume = Math.max(end, from + 1);
  }
}

const RU_OF_CONSTITUTION = /^\s+(?:к\s+)?Конституци/u;
const RU_INSTRUMENT = /^(?:приказ|постановлени|распоряжени|решени|указ)/;

/** Whether `text[from, to)` holds a dash (`–`, `—` or `-`). */
function hasDash(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

function ruScope(noun: string): Scope {
  const w = noun.toLowerCase();
  if (w.startsWith("стать")) return "article";
  if (w.startsWith("подпункт")) return "level2";
  if (w.startsWith("пункт") || w.startsWith("част")) return "level1";
  if (w.startsWith("глав")) return "chapter";
  if (w.startsWith("раздел")) return "part";
  if (RU_INSTRUMENT.test(w)) return "instrument";
  return "doc";
}

// ---- Kazakh ----------------------------------------------------------------------------------

const KK_NOUNS = "тармақша|тармақ|тармағ|бап|баб|тарау|бөлім|бөлік|қосымша|параграф";
const KK_LIST_SEP = "(?:\\s*,\\s*|\\s+(?:және|мен|немесе)\\s+)";
const KK_TOKEN = new RegExp(
  `(?<![\\d${LETTER}-])(?:((?:\\d+(?:-\\d+)*${KK_LIST_SEP}){0,8})(\\d+(?:-\\d+)*)-(${KK_NOUNS})([${CYR_LOWER}]*)` +
    `|((?:(?:\\d+(?:-\\d+)*|[${CYR_LOWER}])\\)${KK_LIST_SEP}){0,8})(\\d+(?:-\\d+)*|[${CYR_LOWER}])\\)\\s+(тармақша)([${CYR_LOWER}]*))(?![${LETTER}])`,
  "giu",
);
/**
 * What every match of KK_TOKEN contains (under the same flags): a number, a hyphen and a noun,
 * or `) тармақша`. A block without it has no Kazakh reference.
 */
const KK_HINT = "\\d-(?:тарма[қғ]|ба[пб]|тарау|бөлі[мк]|қосымша|параграф)|\\)\\s+тармақша";
const DIGIT = /\d/;

/**
 * The hints of the three grammars in one pattern: Kazakh tokens (starting with a digit or `)`),
 * Russian unit words (Cyrillic) and English ones (Latin; `ſ` folds to `s` under `iu`, whose
 * flags match at least what EN_UNIT's `i` does). Where a grammar's pattern matches, so does
 * its hint, and the first character tells which.
 */
const REFERENCE_HINT = new RegExp(`${KK_HINT}|${RU_UNIT_HINT}|${EN_UNIT_HINT}`, "giu");
const SPACES_ONLY = /^\s+$/;
const KK_LIST_NUM = new RegExp(`\\d+(?:-\\d+)*|[${CYR_LOWER}](?=\\))`, "giu");
const KK_OWN = new RegExp(`(?:^|[^${LETTER}])(осы\\s+(?:([${LETTER}]+)\\s+)?)$`, "iu");
const KK_ACT_NOUNS =
  "[Кк]одекс|[Зз]аң|[Кк]онституция|[Жж]арлығ|[Жж]арлық|[Ққ]аулы|[Бб]ұйрығ|[Бб]ұйрық|[Ққ]ағидалар|[Ее]реже|[Рр]егламент|[Шш]арт|[Кк]онвенция|[Пп]акт|[Кк]елісім|[Дд]иректива";
const KK_OTHER = new RegExp(
  `(?:^|[^${LETTER}])((?:Қазақстан\\s+Республикасының\\s+|ҚР\\s+)?(?:«[^«»\\n]{1,300}»\\s+|[${CYR_UPPER}][${CYR_LOWER}-]*\\s+)?(?:${KK_ACT_NOUNS})[${CYR_LOWER}]*\\s+)$`,
  "u",
);
const KK_PAREN_BEFORE = /\([^()]{0,200}\)\s*$/u;

interface KkToken {
  from: number;
  to: number;
  rank: number;
  comp: RuUnit["comp"];
  nums: Num[];
}

const KK_PLURAL = /^(?:тар|тер|дар|дер|лар|лер)/;

type KkUnit = { comp: RuUnit["comp"]; rank: number; plural: boolean };

function kkUnit(noun: string, suffix: string): KkUnit | null {
  let bySuffix = KK_UNITS.get(noun);
  if (!bySuffix) bySuffix = remember(KK_UNITS, noun, new Map<string, KkUnit | null>());
  const known = bySuffix.get(suffix);
  return known !== undefined ? known : remember(bySuffix, suffix, kkUnitOf(noun, suffix));
}

function kkUnitOf(noun: string, suffix: string): KkUnit | null {
  const n = noun.toLowerCase();
  const plural = KK_PLURAL.test(suffix.toLowerCase());
  if (n === "тармақша") return { comp: { level: 2 }, rank: 1, plural };
  if (n === "тармақ" || n === "тармағ") return { comp: { level: 1 }, rank: 2, plural };
  if (n === "бап" || n === "баб") return { comp: { div: ARTICLE }, rank: 4, plural };
  if (n === "параграф") return { comp: { div: SUBCHAPTER }, rank: 5, plural };
  if (n === "тарау") return { comp: { div: CHAPTER }, rank: 6, plural };
  if (n === "бөлім") return { comp: { div: BIG_DIVISION }, rank: 7, plural };
  if (n === "бөлік") return { comp: { div: PART }, rank: 7, plural };
  if (n === "қосымша") return { comp: { div: ANNEX }, rank: 8, plural };
  return null;
}

function kkToken(m: RegExpExecArray): KkToken | null {
  const hyphen = m[3] !== undefined;
  const listText = (hyphen ? m[1] : m[5]) ?? "";
  const main = (hyphen ? m[2] : m[6]) as string;
  const unit = kkUnit((hyphen ? m[3] : m[7]) as string, (hyphen ? m[4] : m[8]) ?? "");
  if (!unit) return null;
  const nums: Num[] = [];
  const re = KK_LIST_NUM;
  re.lastIndex = 0;
  for (let n = re.exec(listText); n; n = re.exec(listText)) {
    nums.push({ num: n[0], from: m.index + n.index, to: m.index + n.index + n[0].length, subs: [] });
  }
  const mainFrom = m.index + listText.length;
  nums.push(...splitRange({ num: main, from: mainFrom, to: mainFrom + main.length, subs: [] }, unit.plural));
  return { from: m.index, to: m.index + m[0].length, rank: unit.rank, comp: unit.comp, nums };
}

function scanKazakh(text: string, selfConstitution: boolean, phrases: Phrase[]): void {
  const re = KK_TOKEN;
  re.lastIndex = 0;
  let chain: KkToken[] = [];
  const flush = (): void => {
    if (chain.length > 0) phrases.push(kkPhrase(text, chain, selfConstitution));
    chain = [];
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const tok = kkToken(m);
    if (!tok) continue;
    const last = lastItem(chain);
    if (last && !(tok.rank < last.rank && SPACES_ONLY.test(text.slice(last.to, tok.from)))) flush();
    chain.push(tok);
  }
  flush();
}

const KK_CONSTITUTION = /^(?:Қазақстан\s+Республикасының\s+|ҚР\s+)?Конституция/u;
const KK_INSTRUMENT = /^(?:бұйрық|бұйрығ|қаулы|өкім|шешім|жарлық|жарлығ)/;

function kkPhrase(text: string, chain: readonly KkToken[], selfConstitution: boolean): Phrase {
  const head = chain[0] as KkToken;
  const tail = lastItem(chain) as KkToken;
  let from = head.from;
  let scope: Scope = "implicit";
  const before = text.slice(Math.max(0, head.from - 400), head.from);
  const own = KK_OWN.exec(before);
  if (own) {
    scope = own[2] === undefined ? "doc" : kkScope(own[2]);
    from = head.from - (own[1] as string).length;
  } else {
    const other = KK_OTHER.exec(before);
    if (other) {
      const self = selfConstitution && KK_CONSTITUTION.test(other[1] as string);
      scope = self ? "doc" : "external";
      from = head.from - (other[1] as string).length;
    } else {
      // `Еңбек кодексінің (бұдан әрі – Еңбек кодексі) 139-бабының`: look behind the parenthesis
      const paren = KK_PAREN_BEFORE.exec(before);
      if (paren && KK_OTHER.test(before.slice(0, paren.index))) scope = "external";
    }
  }
  const larger = chain.slice(0, -1).map((t) => compOf(t.comp, (t.nums[0] as Num).num));
  return {
    items: itemsOf(tail.nums, from, tail.to, (n) => [compOf(tail.comp, n.num)], larger),
    scope,
    actFirst: true,
  };
}

function kkScope(noun: string): Scope {
  const w = noun.toLowerCase();
  if (w.startsWith("бап") || w.startsWith("баб")) return "article";
  if (w.startsWith("тармақша")) return "level2";
  if (w.startsWith("тармақ") || w.startsWith("тармағ")) return "level1";
  if (w.startsWith("тарау")) return "chapter";
  if (w.startsWith("бөлім") || w.startsWith("бөлік")) return "part";
  if (KK_INSTRUMENT.test(w)) return "instrument";
  return "doc";
}
