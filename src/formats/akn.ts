/**
 * Akoma Ntoso import: AKN 3.0 XML, and the HTML rendering that marks elements with `akn-*`
 * classes (laws.africa), into the AST. The document's eIds are kept (`eId`, or `data-eid` in
 * HTML; the legacy AKN-2-style `id` values are not eIds and are replaced by AKN-NC ones); its
 * hierarchy gives divisions (`chapter`, `part`, `article`, `section`, ...) and provisions
 * (`paragraph`, `subsection`, `point`, `item` of a `blockList`, `alinea`, `indent`); `intro`,
 * `content` and `wrapUp` give their text. Quoted structures (`mod`, `quotedStructure`) stay text
 * of the provision that quotes them; editorial remarks and authorial notes are left out.
 */
import type { DivisionKind, Language, ProvisionKind } from "../syntax/ast.js";
import { splitHeading } from "../syntax/builder.js";
import { HEADING_KEYWORDS } from "../syntax/keywords.js";
import {
  type Assembled,
  type AssembleOptions,
  assemble,
  type DivisionDraft,
  type DocumentDraft,
  type Draft,
  divisionDraft,
  joinSpans,
  Projection,
  type ProvisionDraft,
  provisionDraft,
  type Span,
} from "./build.js";
import { parseHtml } from "./html.js";
import { FormatError, parseXml, type XElement, type XNode } from "./xml.js";

export const AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

export function isAknNamespace(uri: string): boolean {
  return uri.startsWith(AKN_NAMESPACE) || uri.startsWith("http://www.akomantoso.org/");
}

const DIVISIONS: Record<string, DivisionKind> = {
  book: "book",
  tome: "book",
  part: "part",
  subpart: "part",
  division: "part",
  subdivision: "part",
  title: "title",
  subtitle: "subtitle",
  chapter: "chapter",
  subchapter: "subchapter",
  section: "section",
  article: "article",
  rule: "article",
  transitional: "article",
};

const PROVISIONS: Record<string, ProvisionKind> = {
  paragraph: "paragraph",
  subparagraph: "point",
  subsection: "subsection",
  point: "point",
  item: "point",
  clause: "point",
  subclause: "point",
  subrule: "point",
  indent: "indent",
  alinea: "alinea",
  proviso: "alinea",
  level: "point",
};

/** Containers whose children belong to the enclosing unit. */
const TRANSPARENT = new Set(["intro", "content", "wrapUp", "list", "sublist", "container", "blockContainer"]);

/** Inline elements whose words are not the law's: editorial remarks, notes, markers. */
const SKIPPED = new Set([
  "remark",
  "authorialNote",
  "noteRef",
  "meta",
  "img",
  "marker",
  "popup",
  "eventRef",
  "componentRef",
  "documentRef",
  "coverPage",
]);

/** Quoted text of another act: words of the provision that quotes them, not units of this bill. */
const QUOTED = new Set(["quotedStructure", "embeddedStructure", "mod", "quotedText"]);

/** Elements that start a new line of text. */
const BLOCKS = new Set([
  "p",
  "listIntroduction",
  "listWrapUp",
  "blockList",
  "item",
  "tr",
  "table",
  "tblock",
  "foreign",
  "block",
  "formula",
  "longTitle",
  "docTitle",
  "subheading",
  "crossHeading",
  "quotedStructure",
  "embeddedStructure",
  "num",
  "heading",
  "intro",
  "wrapUp",
  "content",
]);

const DOC_TYPES = new Set([
  "act",
  "bill",
  "doc",
  "statement",
  "amendment",
  "amendmentList",
  "debate",
  "debateReport",
  "judgment",
  "officialGazette",
  "documentCollection",
  "portion",
]);

const LANGUAGES: Record<string, Language> = {
  eng: "en",
  en: "en",
  rus: "ru",
  ru: "ru",
  kaz: "kk",
  kk: "kk",
  kaz_: "kk",
};

/** How the importer sees an element: its AKN name, and its attributes by AKN name. */
interface View {
  name(el: XElement): string | null;
  attr(el: XElement, name: string): string | undefined;
  html: boolean;
}

const xmlView: View = {
  name: (el) => (isAknNamespace(el.uri) ? el.name : null),
  attr: (el, name) => el.attrs[name],
  html: false,
};

const htmlView: View = {
  name: (el) => {
    const cls = el.attrs.class;
    if (cls) {
      const m = /(?:^|\s)akn-([A-Za-z][A-Za-z0-9]*)/.exec(cls);
      if (m) return m[1] as string;
    }
    if (/^h[1-6]$/.test(el.name)) return "#h";
    if (el.name === "br") return "eol";
    if (el.name === "p") return "p";
    if (el.name === "table" || el.name === "tr" || el.name === "td" || el.name === "th") return el.name;
    return null;
  },
  attr: (el, name) => {
    if (name === "eId") return el.attrs["data-eid"] ?? el.attrs.id;
    return el.attrs[`data-${name.toLowerCase()}`] ?? el.attrs[name.toLowerCase()];
  },
  html: true,
};

/** Imports Akoma Ntoso XML. */
export function importAkn(xml: string, options: AssembleOptions = {}): Assembled {
  const root = parseXml(xml);
  if (root.name !== "akomaNtoso" || !isAknNamespace(root.uri)) {
    throw new FormatError(`not Akoma Ntoso: the root element is <${root.name}>, expected <akomaNtoso>`);
  }
  return new AknReader(xmlView, xml).read(root, options);
}

/** Reads a tree already in the Akoma Ntoso shape (what the USLM and CLML adapters make). */
export function importAknTree(root: XElement, source: string, options: AssembleOptions = {}): Assembled {
  return new AknReader(xmlView, source).read(root, options);
}

/** Imports the HTML rendering of an Akoma Ntoso document (`class="akn-..."`). */
export function importAknHtml(html: string, options: AssembleOptions = {}): Assembled {
  const root = parseHtml(html);
  return new AknReader(htmlView, html).read(root, options);
}

interface TextPiece {
  type: "text";
  span: Span;
  /** From an `<intro>` element: the lead-in of the unit's children. */
  intro: boolean;
}

type Piece = TextPiece | { type: "unit"; draft: Draft };

class AknReader {
  private readonly p = new Projection();
  private readonly structured = new WeakMap<XElement, boolean>();

  constructor(
    private readonly view: View,
    private readonly source: string,
  ) {}

  read(root: XElement, options: AssembleOptions): Assembled {
    const docEl = this.findDocument(root);
    if (!docEl) throw new FormatError("no Akoma Ntoso document (act, bill, doc, ...) found");
    const draft: DocumentDraft = {
      language: null,
      title: null,
      preamble: null,
      formula: null,
      body: [],
      comments: root.comments ?? [],
    };
    const annexes: Draft[] = [];
    this.readDocument(docEl, draft, annexes);
    // components beside the document (an early AKN 3 form: `akomaNtoso > act + components`)
    for (const c of root.children) {
      if (c.type !== "element" || c === docEl) continue;
      const n = this.name(c);
      if (n === "components" || n === "attachments") annexes.push(...this.attachments(c));
    }
    draft.body.push(...annexes);
    return assemble(draft, this.p, this.source, options);
  }

  private name(el: XElement): string | null {
    return this.view.name(el);
  }

  private findDocument(root: XElement): XElement | null {
    const rec = (el: XElement): XElement | null => {
      for (const c of el.children) {
        if (c.type !== "element") continue;
        const n = this.name(c);
        if (n !== null && DOC_TYPES.has(n)) return c;
        const d = rec(c);
        if (d) return d;
      }
      return null;
    };
    return rec(root);
  }

  private readDocument(docEl: XElement, draft: DocumentDraft, annexes: Draft[]): void {
    const visit = (el: XElement): void => {
      for (const c of el.children) {
        if (c.type !== "element") continue;
        const n = this.name(c);
        switch (n) {
          case "meta":
            draft.language ??= this.language(c);
            break;
          case "coverPage":
            break;
          case "preface":
            draft.title = joinSpans(draft.title, this.textBlock(c));
            break;
          case "preamble": {
            const formula = this.childNamed(c, "formula");
            draft.preamble = joinSpans(draft.preamble, this.textBlock(c, formula));
            if (formula) draft.formula = this.textBlock(formula);
            break;
          }
          case "body":
          case "mainBody":
          case "judgmentBody":
          case "debateBody":
          case "amendmentBody":
          case "collectionBody":
            draft.body.push(...this.units(c));
            break;
          case "conclusions":
            break;
          case "attachments":
          case "components":
          case "attachment":
          case "component":
          case "interstitial":
            annexes.push(...this.attachments(c));
            break;
          default:
            // HTML wrappers and anything unknown: look inside
            if (n === null) visit(c);
        }
      }
    };
    visit(docEl);
  }

  private language(meta: XElement): Language | null {
    let found: Language | null = null;
    const rec = (el: XElement): void => {
      for (const c of el.children) {
        if (c.type !== "element" || found) continue;
        if (c.name === "FRBRlanguage") {
          const code = (c.attrs.language ?? "").toLowerCase();
          found = LANGUAGES[code] ?? null;
        } else rec(c);
      }
    };
    rec(meta);
    return found;
  }

  private childNamed(el: XElement, name: string): XElement | undefined {
    for (const c of el.children) if (c.type === "element" && this.name(c) === name) return c;
    return undefined;
  }

  /** Whether an element holds units (a hierarchy or list element) anywhere below it. */
  private hasStructure(el: XElement): boolean {
    const cached = this.structured.get(el);
    if (cached !== undefined) return cached;
    let found = false;
    for (const c of el.children) {
      if (c.type !== "element") continue;
      const n = this.name(c);
      if (n !== null && (DIVISIONS[n] || PROVISIONS[n] || n === "blockList" || n === "hcontainer")) found = true;
      else if (n !== null && (QUOTED.has(n) || SKIPPED.has(n))) found = false;
      else found = this.hasStructure(c);
      if (found) break;
    }
    this.structured.set(el, found);
    return found;
  }

  // ---- text ------------------------------------------------------------------------------------

  /** The text of an element as one block (`except` left out), or null when it has none. */
  private textBlock(el: XElement, except?: XElement): Span | null {
    this.p.begin();
    this.inline(el, except);
    return this.p.end();
  }

  /** Writes the words of an element into the open block. */
  private inline(el: XElement, except?: XElement): void {
    for (const c of el.children) {
      if (c.type === "text") {
        this.p.text(c);
        continue;
      }
      if (c === except) continue;
      const n = this.name(c);
      if (n !== null && SKIPPED.has(n)) continue;
      if (n === "eol" || n === "eop") {
        this.p.lineBreak(c.start);
        continue;
      }
      if (n === "td" || n === "th") {
        this.p.space(c.start);
        this.inline(c);
        this.p.space();
        continue;
      }
      const block =
        (n !== null && BLOCKS.has(n)) || (this.view.html && /^(?:div|li|h[1-6]|section|article)$/.test(c.name));
      if (block) this.p.lineBreak(c.start);
      this.inline(c);
      if (block) this.p.lineBreak();
    }
  }

  // ---- structure -------------------------------------------------------------------------------

  /** The units of a body (or of any container): divisions and provisions, text as alineas. */
  private units(el: XElement): Draft[] {
    const holder = divisionDraft("heading", el.start);
    const pieces: Piece[] = [];
    this.collect(el, pieces);
    this.settleDivision(holder, pieces);
    return holder.children;
  }

  /** Reads the children of a unit (or of a transparent container) into pieces. */
  private collect(el: XElement, pieces: Piece[], intro = false): void {
    const openText = (at: number): void => {
      if (!this.p.open) this.p.begin();
      else this.p.lineBreak(at);
    };
    const closeText = (): void => {
      if (!this.p.open) return;
      const span = this.p.end();
      if (span) pieces.push({ type: "text", span, intro });
    };
    for (const c of el.children as XNode[]) {
      if (c.type === "text") {
        if (c.value.trim() === "") continue;
        if (!this.p.open) this.p.begin();
        this.p.text(c);
        continue;
      }
      const n = this.name(c);
      if (n === "num" || n === "heading" || n === "subheading" || n === "#h" || n === "crossHeading") continue;
      if (n !== null && (SKIPPED.has(n) || n === "meta")) continue;
      if (n !== null && (DIVISIONS[n] !== undefined || PROVISIONS[n] !== undefined || n === "hcontainer")) {
        closeText();
        const d = this.unit(c, n);
        if (d) pieces.push({ type: "unit", draft: d });
        continue;
      }
      if (n === "blockList") {
        for (const b of c.children) {
          if (b.type !== "element") continue;
          const bn = this.name(b);
          if (bn === "item") {
            closeText();
            pieces.push({ type: "unit", draft: this.unit(b, "item") as Draft });
          } else if (bn === "listIntroduction") {
            openText(b.start);
            this.inline(b);
          } else if (bn === "listWrapUp") {
            closeText();
            this.p.begin();
            this.inline(b);
          } else if (bn === "num" || bn === "heading") {
            // a numbered list carries no text of its own
          } else {
            openText(b.start);
            this.inline(b);
          }
        }
        continue;
      }
      const opaque = n !== null && (QUOTED.has(n) || n === "p");
      if (!opaque && ((n !== null && TRANSPARENT.has(n)) || this.hasStructure(c))) {
        if (this.hasStructure(c)) {
          closeText();
          this.collect(c, pieces, n === "intro" || intro);
          continue;
        }
        if (n === "intro") {
          closeText();
          this.p.begin();
          this.inline(c);
          const span = this.p.end();
          if (span) pieces.push({ type: "text", span, intro: true });
          continue;
        }
      }
      openText(c.start);
      this.inline(c);
    }
    closeText();
  }

  /** A unit element: a division, a provision, or an `hcontainer` (either, or text). */
  private unit(el: XElement, n: string): Draft | null {
    if (n === "hcontainer") {
      const hasHeading = this.childNamed(el, "heading") !== undefined || this.childNamed(el, "#h") !== undefined;
      if (!hasHeading) {
        // unnumbered text in a unit: an alinea
        const a = provisionDraft("alinea", el.start);
        this.fillProvision(a, el);
        return a;
      }
      const d = divisionDraft("heading", el.start);
      this.fillDivision(d, el);
      return d;
    }
    const divKind = DIVISIONS[n];
    if (divKind !== undefined) {
      const d = divisionDraft(divKind, el.start);
      this.fillDivision(d, el);
      return d;
    }
    const provKind = PROVISIONS[n] ?? "point";
    const hasNum = this.childNamed(el, "num") !== undefined;
    const p = provisionDraft(n === "level" && !hasNum ? "alinea" : provKind, el.start);
    this.fillProvision(p, el);
    return p;
  }

  private status(el: XElement): boolean {
    const s = this.view.attr(el, "status");
    return s === "repealed" || s === "removed";
  }

  private eIdOf(el: XElement): string | null {
    const e = this.view.html ? this.view.attr(el, "eId") : el.attrs.eId;
    return e && /^[A-Za-z0-9_.\-~]+$/.test(e) ? e : null;
  }

  private fillDivision(d: DivisionDraft, el: XElement): void {
    d.eId = this.eIdOf(el);
    d.deleted = this.status(el);
    const num = this.childNamed(el, "num");
    const heading = this.childNamed(el, "heading");
    const h = this.childNamed(el, "#h");
    this.p.begin();
    const start = this.p.length;
    let numText = "";
    if (num) {
      this.inline(num);
      numText = this.currentText(start);
      if (heading) this.p.space();
    }
    let headingStart = this.p.length;
    if (heading) this.inline(heading);
    else if (h && !num) {
      // HTML: `<h3>1. Title</h3>` or `<h2>Chapter 1<br>Title</h2>`
      let br = -1;
      for (const c of h.children) {
        if (c.type === "text") this.p.text(c);
        else if (this.name(c) === "eol") {
          br = this.p.length;
          this.p.space(c.start);
        } else this.inline(c);
      }
      const all = this.currentText(start);
      if (br > start) {
        numText = all.slice(0, br - start).trim();
        headingStart = br + 1;
      } else {
        const m = HEADING_NUMBER.exec(all);
        if (m) {
          numText = (m[1] as string).trim();
          headingStart = start + m[0].length;
        } else headingStart = start;
      }
    }
    const head = this.p.end();
    d.head = head;
    d.heading =
      head && headingStart < head[1] && (heading || h) ? this.trim([Math.max(headingStart, head[0]), head[1]]) : null;
    if (numText) {
      const kw = splitKeyword(numText);
      d.keyword = kw.keyword;
      d.num = kw.num;
    }
    const pieces: Piece[] = [];
    this.collect(el, pieces);
    this.settleDivision(d, pieces);
  }

  private fillProvision(p: ProvisionDraft, el: XElement): void {
    p.eId = this.eIdOf(el);
    p.deleted = this.status(el);
    const num = this.childNamed(el, "num");
    if (num) {
      this.p.begin();
      const start = this.p.length;
      this.inline(num);
      const text = this.currentText(start);
      p.numSpan = this.p.end();
      p.enumerator = text === "" ? null : text;
      this.p.joinNext();
    }
    const pieces: Piece[] = [];
    this.collect(el, pieces);
    this.settleProvision(p, pieces);
  }

  private currentText(start: number): string {
    return this.p.slice(start).trim();
  }

  /** Text before the children: the intro; after them: the wrap-up; between them: alineas. */
  private settleProvision(p: ProvisionDraft, pieces: Piece[]): void {
    const first = pieces.findIndex((x) => x.type === "unit");
    let last = -1;
    for (let i = pieces.length - 1; i >= 0; i--)
      if ((pieces[i] as Piece).type === "unit") {
        last = i;
        break;
      }
    pieces.forEach((x, i) => {
      if (x.type === "text") {
        if (first < 0 || i < first) p.intro = joinSpans(p.intro, x.span);
        else if (i > last) p.wrapUp = joinSpans(p.wrapUp, x.span);
        else p.children.push(alinea(x.span));
      } else {
        const d = x.draft;
        if (d.type === "Provision") p.children.push(d);
        else p.children.push(...flattenDivision(d));
      }
    });
  }

  /**
   * A division's text: a lead-in before its units is its intro (from `<intro>`, or ending with
   * ":" or a dash, as a text bill reads it); other text is an alinea among its units.
   */
  private settleDivision(d: DivisionDraft, pieces: Piece[]): void {
    const first = pieces.findIndex((x) => x.type === "unit");
    pieces.forEach((x, i) => {
      if (x.type === "unit") {
        d.children.push(x.draft);
        return;
      }
      const leadIn = first >= 0 && i < first && (x.intro || /[:\u2014\u2013-]\s*$/.test(this.spanText(x.span)));
      if (leadIn) d.intro = joinSpans(d.intro, x.span);
      else d.children.push(alinea(x.span));
    });
  }

  /** A span without the white space at its start. */
  private trim(s: Span): Span | null {
    let a = s[0];
    while (a < s[1] && /\s/.test(this.p.slice(a, a + 1))) a++;
    return a < s[1] ? [a, s[1]] : null;
  }

  private spanText(s: Span): string {
    return this.p.slice(s[0], s[1]);
  }

  // ---- attachments -----------------------------------------------------------------------------

  private attachments(el: XElement): Draft[] {
    const n = this.name(el);
    if (n === "attachment" || n === "component" || n === "interstitial") return [this.annex(el)];
    const out: Draft[] = [];
    for (const c of el.children) {
      if (c.type !== "element") continue;
      const cn = this.name(c);
      if (cn === "attachment" || cn === "component" || cn === "interstitial") out.push(this.annex(c));
      else if (cn === null) out.push(...this.attachments(c));
    }
    return out;
  }

  private annex(el: XElement): DivisionDraft {
    const d = divisionDraft("annex", el.start);
    d.eId = this.eIdOf(el);
    const inner = this.findDocument(el) ?? el;
    // its number and title: `heading`/`subheading` (HTML), `docNumber`/`docTitle` in its preface
    const numEl =
      this.childNamed(el, "heading") ?? this.childNamed(el, "num") ?? this.deep(inner, "docNumber") ?? undefined;
    const titleEl = this.childNamed(el, "subheading") ?? this.deep(inner, "docTitle");
    this.p.begin();
    const start = this.p.length;
    let numText = "";
    if (numEl) {
      this.inline(numEl);
      numText = this.currentText(start);
      this.p.space();
    }
    const titleStart = this.p.length;
    if (titleEl) this.inline(titleEl);
    const head = this.p.end();
    d.head = head;
    d.heading = head && titleEl && titleStart < head[1] ? this.trim([titleStart, head[1]]) : null;
    if (numText) {
      const kw = splitKeyword(numText);
      d.keyword = kw.keyword;
      d.num = kw.num;
    }
    const body = this.deep(inner, "mainBody") ?? this.deep(inner, "body");
    if (body) d.children = this.units(body);
    if (d.eId) prefixEIds(d.children, d.eId);
    return d;
  }

  private deep(el: XElement, name: string): XElement | undefined {
    for (const c of el.children) {
      if (c.type !== "element") continue;
      if (this.name(c) === name) return c;
      const n = this.name(c);
      if (n === "meta") continue;
      const d = this.deep(c, name);
      if (d) return d;
    }
    return undefined;
  }
}

function alinea(span: Span): ProvisionDraft {
  const a = provisionDraft("alinea", 0);
  a.intro = span;
  return a;
}

/** A division met inside a provision (not valid AKN): its units join the provision. */
function flattenDivision(d: DivisionDraft): ProvisionDraft[] {
  const out: ProvisionDraft[] = [];
  if (d.intro) out.push(alinea(d.intro));
  for (const c of d.children) {
    if (c.type === "Provision") out.push(c);
    else out.push(...flattenDivision(c));
  }
  return out;
}

/** eIds inside an attachment are local to it (`subsec_1`): prefix the attachment's (`att_1__subsec_1`). */
function prefixEIds(drafts: Draft[], prefix: string): void {
  for (const d of drafts) {
    if (d.eId && !d.eId.startsWith(`${prefix}__`)) d.eId = `${prefix}__${d.eId}`;
    prefixEIds(d.children, prefix);
  }
}

/** `1. Title`, `Part A – Title`, `Chapter 2 Title`: the number part of an HTML heading. */
const HEADING_NUMBER =
  /^((?:[A-Za-z\u0400-\u04FF]+\.?\s+)?(?:\d+[A-Za-z]{0,3}(?:[-.]\d+[A-Za-z]?)*|[IVXLCDM]+|[A-Z]))[.:]?(?:\s*[-\u2013\u2014]\s+|\s+|$)/;

const AFTER_KEYWORDS = HEADING_KEYWORDS.flatMap((k) => k.after);

/** `Article 7-1.` → `Article`, `7-1`; `7-1-бап` → `бап`, `7-1`; `1.` → ``, `1`; `SEC. 2.` → `SEC.`, `2`. */
export function splitKeyword(numText: string): { keyword: string; num: string | null } {
  const s = numText.replace(/\s+/g, " ").trim();
  if (s === "") return { keyword: "", num: null };
  if (/^[\d(]|^[IVXLCDM]+\.?$/.test(s) && !/^\d+(?:-\d+)*[-\s][^\d\s]/.test(s)) {
    return { keyword: "", num: cleanNum(s) };
  }
  const split = splitHeading(s, AFTER_KEYWORDS);
  return { keyword: split.keyword, num: split.num === null ? null : cleanNum(split.num) };
}

function cleanNum(s: string): string | null {
  const t = s.replace(/[.:]+$/, "").trim();
  return t === "" ? null : t;
}
