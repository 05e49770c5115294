/**
 * CLML import (Crown Legislation Markup Language, legislation.gov.uk;
 * http://www.legislation.gov.uk/namespaces/legislation): Acts and instruments, and the EU
 * legislation retained in that form. The tree is renamed into the Akoma Ntoso shape and read by
 * the AKN importer:
 *   Part / Chapter / EUPart / EUTitle / EUChapter / EUSection → part, chapter, title, section;
 *   Pblock (a cross-heading) → a heading division; P1group's Title → the heading of its P1;
 *   P1 → a section (`id="section-…"`), an article (`id="article-…"`), or in a schedule a
 *   paragraph; P2 → a subsection of a section, a paragraph of an article; P3 and deeper → points;
 *   Pnumber → the number, printed as legislation.gov.uk prints it (`(1)`, `(a)`, or with the
 *   `PuncBefore`/`PuncAfter` given); Schedules → annexes; BlockAmendment → quoted text.
 * Commentaries, footnotes, margin notes, versions and the table of contents are left out.
 */
import { importAknTree } from "./akn.js";
import type { Assembled, AssembleOptions } from "./build.js";
import { akn, synthetic } from "./rewrite.js";
import { FormatError, parseXml, type XElement, type XNode } from "./xml.js";

export const CLML_NAMESPACE = "http://www.legislation.gov.uk/namespaces/legislation";

export function isClmlNamespace(uri: string): boolean {
  return uri.startsWith(CLML_NAMESPACE);
}

/** Left out: apparatus, not the text of the law. */
const DROPPED = new Set([
  "Metadata",
  "Contents",
  "Commentaries",
  "Commentary",
  "CommentaryRef",
  "Footnotes",
  "Footnote",
  "FootnoteRef",
  "MarginNotes",
  "MarginNote",
  "MarginNoteRef",
  "Versions",
  "Resources",
  "SignedSection",
  "Signature",
  "link",
  "Image",
  "IncludedDocument",
]);

const DIVISIONS: Record<string, string> = {
  Group: "part",
  Part: "part",
  Chapter: "chapter",
  EUPart: "part",
  EUTitle: "title",
  EUChapter: "chapter",
  EUSection: "section",
  EUSubsection: "subchapter",
  Division: "hcontainer",
  Pblock: "hcontainer",
  PsubBlock: "hcontainer",
};

type Context = "section" | "article" | "schedule";

export function importClml(xml: string, options: AssembleOptions = {}): Assembled {
  const root = parseXml(xml);
  if (!isClmlNamespace(root.uri)) throw new FormatError(`not CLML: the root element is <${root.name}>`);
  const tree = new Renamer(root.uri).document(root);
  if (root.comments) tree.comments = root.comments;
  return importAknTree(tree, xml, options);
}

class Renamer {
  constructor(private readonly ns: string) {}

  private els(el: XElement, name?: string): XElement[] {
    return el.children.filter(
      (c): c is XElement => c.type === "element" && c.uri === this.ns && (name === undefined || c.name === name),
    );
  }

  private first(el: XElement, name: string): XElement | undefined {
    return this.els(el, name)[0];
  }

  document(root: XElement): XElement {
    // Primary, Secondary, EURetained: the legislation itself
    const main = this.els(root).find((c) => !DROPPED.has(c.name)) ?? root;
    return akn("akomaNtoso", [this.doc(main, root)], root.start);
  }

  /** A document (the main one, or one in an attachment): preface, preamble, body, annexes. */
  private doc(main: XElement, root?: XElement): XElement {
    const parts: XNode[] = [];
    const language = root ? this.language(root) : "eng";
    parts.push(akn("meta", [akn("FRBRlanguage", [], 0, { language })], main.start));
    const preface: XNode[] = [];
    const preamble: XNode[] = [];
    const body: XNode[] = [];
    const annexes: XNode[] = [];
    for (const c of this.els(main)) {
      switch (c.name) {
        case "PrimaryPrelims":
        case "SecondaryPrelims":
        case "EUPrelims":
          for (const p of this.els(c)) {
            if (p.name === "Title" || p.name === "MultilineTitle" || p.name === "LongTitle" || p.name === "EUTitle")
              preface.push(akn("p", [akn("docTitle", this.inline(p), p.start)], p.start));
            else if (p.name === "PrimaryPreamble" || p.name === "SecondaryPreamble" || p.name === "EUPreamble")
              preamble.push(...this.preamble(p));
          }
          break;
        case "PrimaryPreamble":
        case "SecondaryPreamble":
        case "EUPreamble":
          preamble.push(...this.preamble(c));
          break;
        case "Body":
        case "EUBody":
          body.push(...this.units(c, "section"));
          break;
        case "Schedules":
        case "Attachments":
          for (const s of this.attachments(c)) annexes.push(this.annex(s));
          break;
        case "Schedule":
        case "Attachment":
          annexes.push(this.annex(c));
          break;
        default:
          if (!DROPPED.has(c.name)) body.push(...this.units(c, "section"));
      }
    }
    if (preface.length > 0) parts.push(akn("preface", preface, main.start));
    if (preamble.length > 0) parts.push(akn("preamble", preamble, main.start));
    parts.push(akn("body", body, main.start));
    if (annexes.length > 0) parts.push(akn("attachments", annexes, main.start));
    return akn("act", parts, main.start);
  }

  /** Schedule and Attachment elements, also inside groups (`AttachmentGroup`). */
  private attachments(el: XElement): XElement[] {
    const out: XElement[] = [];
    for (const c of this.els(el)) {
      if (c.name === "Schedule" || c.name === "Attachment") out.push(c);
      else if (!DROPPED.has(c.name)) out.push(...this.attachments(c));
    }
    return out;
  }

  private language(root: XElement): string {
    for (const m of this.els(root)) {
      if (m.name !== "Metadata") continue;
      for (const c of m.children) {
        if (c.type === "element" && c.name === "language") {
          const t = c.children.find((x) => x.type === "text");
          const code = t && t.type === "text" ? t.value.trim().toLowerCase() : "en";
          return code === "ru" ? "rus" : code === "kk" ? "kaz" : "eng";
        }
      }
    }
    return "eng";
  }

  private preamble(p: XElement): XNode[] {
    const out: XNode[] = [];
    for (const c of this.els(p)) {
      if (c.name === "EnactingText" || c.name === "EnactingTextOmitted")
        out.push(akn("formula", [akn("p", this.inline(c), c.start)], c.start, { name: "enactingFormula" }));
      else out.push(akn("p", this.inline(c), c.start));
    }
    return out;
  }

  private annex(s: XElement): XElement {
    const numEl = this.first(s, "Number");
    const titleBlock = this.first(s, "TitleBlock");
    const titleEl = titleBlock ? this.first(titleBlock, "Title") : this.first(s, "Title");
    const parts: XNode[] = [];
    if (numEl) parts.push(akn("heading", this.inline(numEl), numEl.start));
    if (titleEl) parts.push(akn("subheading", this.inline(titleEl), titleEl.start));
    const inner = this.first(s, "EURetained") ?? this.first(s, "Primary") ?? this.first(s, "Secondary");
    if (inner) parts.push(this.doc(inner));
    else {
      const body = this.first(s, "ScheduleBody") ?? s;
      const units = this.units(body, "schedule");
      parts.push(akn("doc", [akn("mainBody", units, body.start)], body.start));
    }
    return akn("attachment", parts, s.start);
  }

  /** The units of a container. */
  private units(el: XElement, ctx: Context): XNode[] {
    const out: XNode[] = [];
    for (const c of el.children) {
      if (c.type === "text") {
        if (c.value.trim() !== "") out.push(c);
        continue;
      }
      if (c.uri !== this.ns || DROPPED.has(c.name)) continue;
      const r = this.unit(c, ctx);
      if (r) out.push(...r);
    }
    return out;
  }

  private unit(c: XElement, ctx: Context): XNode[] | null {
    const division = DIVISIONS[c.name];
    if (division !== undefined) {
      const parts: XNode[] = [];
      const num = this.first(c, "Number");
      const title = this.first(c, "Title");
      if (num) parts.push(akn("num", this.inline(num), num.start));
      if (title) parts.push(akn("heading", this.inline(title), title.start));
      for (const k of this.els(c)) {
        if (k === num || k === title) continue;
        const r = this.unit(k, ctx);
        if (r) parts.push(...r);
      }
      if (division === "hcontainer" && !title && !num) return parts.filter((p) => p.type === "element");
      return [akn(division, parts, c.start)];
    }
    switch (c.name) {
      case "P1group":
      case "P2group":
      case "P3group": {
        const title = this.first(c, "Title");
        const ps = this.els(c).filter((k) => k !== title);
        const single = ps.length === 1 && /^P\d$/.test((ps[0] as XElement).name);
        if (single) return this.p(ps[0] as XElement, ctx, title);
        const parts: XNode[] = [];
        if (title) parts.push(akn("heading", this.inline(title), title.start));
        for (const k of ps) {
          const r = this.unit(k, ctx);
          if (r) parts.push(...r);
        }
        return title ? [akn("hcontainer", parts, c.start)] : parts;
      }
      case "P1":
      case "P2":
      case "P3":
      case "P4":
      case "P5":
      case "P6":
      case "P7":
        return this.p(c, ctx);
      case "P":
        if (this.first(c, "Pnumber")) return this.p(c, ctx);
        return [akn("p", this.inline(c), c.start)];
      case "Title":
        return null;
      default:
        return [this.block(c)];
    }
  }

  /** A numbered paragraph (P1…P7): its number, title, and text and sub-paragraphs. */
  private p(el: XElement, ctx: Context, groupTitle?: XElement): XNode[] {
    const level = Number(el.name.slice(1)) || 0;
    const id = el.attrs.id ?? "";
    let name: string;
    let inner: Context = ctx;
    if (level === 1 && ctx !== "schedule") {
      const article = /^article/.test(id) || /^\s*article\b/i.test(this.numberText(el));
      name = article ? "article" : "section";
      inner = article ? "article" : "section";
    } else if (level === 1) name = "paragraph";
    else if (level === 2 && ctx === "section") name = "subsection";
    else if (level === 2) name = "paragraph";
    else name = "point";
    const parts: XNode[] = [];
    const pn = this.first(el, "Pnumber");
    if (pn) parts.push(akn("num", this.number(pn, name), pn.start));
    const title = groupTitle ?? this.first(el, "Title");
    if (title && (name === "section" || name === "article"))
      parts.push(akn("heading", this.inline(title), title.start));
    for (const k of this.els(el)) {
      if (k === pn || k === title) continue;
      if (/^P\dpara$/.test(k.name)) parts.push(akn("content", this.units(k, inner), k.start));
      else {
        const r = this.unit(k, inner);
        if (r) parts.push(...r);
      }
    }
    return [akn(name, parts, el.start)];
  }

  /** Pnumber as printed: `(1)` for subsections and points unless the file gives the punctuation. */
  private number(pn: XElement, name: string): XNode[] {
    const text = this.inline(pn);
    const before = pn.attrs.PuncBefore;
    const after = pn.attrs.PuncAfter;
    const bare = name === "section" || name === "article";
    const open = before ?? (bare ? "" : "(");
    const close = after ?? (bare ? "" : ")");
    return [...(open ? [synthetic(open, pn.start)] : []), ...text, ...(close ? [synthetic(close, pn.start)] : [])];
  }

  private numberText(el: XElement): string {
    const pn = this.first(el, "Pnumber");
    if (!pn) return "";
    let s = "";
    for (const c of pn.children) if (c.type === "text") s += c.value;
    return s;
  }

  /** A block of text: lists become AKN block lists, amendments quoted text, the rest paragraphs. */
  private block(c: XElement): XNode {
    switch (c.name) {
      case "Text":
      case "Para":
        return akn("p", this.inline(c), c.start);
      case "OrderedList":
      case "UnorderedList":
        return akn(
          "blockList",
          this.els(c, "ListItem").map((li) => akn("item", this.units(li, "schedule"), li.start)),
          c.start,
        );
      case "BlockAmendment":
      case "BlockExtract":
      case "BlockText":
        return akn("quotedStructure", this.inline(c), c.start);
      case "Tabular":
        return akn("p", this.inline(c), c.start);
      default:
        return akn(c.name === "AppendText" ? "p" : "span", this.inline(c), c.start);
    }
  }

  /** Inline content, with apparatus (commentary references, footnotes) left out. */
  private inline(el: XElement): XNode[] {
    const out: XNode[] = [];
    for (const c of el.children) {
      if (c.type === "text") out.push(c);
      else if (!DROPPED.has(c.name)) {
        const block = c.name === "Text" || c.name === "P" || c.name === "Para" || /^P\d/.test(c.name);
        out.push(akn(block ? "p" : "span", this.inline(c), c.start));
      }
    }
    return out;
  }
}
