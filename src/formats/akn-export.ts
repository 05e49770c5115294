/**
 * Akoma Ntoso 3.0 export (`rightslint parse <file> --format akn`): a `bill` (or `act`) with FRBR
 * identification in `meta`, the title in the `preface`, the preamble and enacting formula in the
 * `preamble`, the hierarchy in the `body` (`num` as written, `heading`, `intro`/`content`/`wrapUp`,
 * full-path AKN-NC eIds), annexes as `attachments`, `ref` around resolved cross references and
 * `def` around defined terms (with a `TLCTerm` per term in `meta/references`), editorial notes in
 * `meta/notes`. Built as a tree by `xml-writer.ts`, which escapes every value.
 */
import type { Definition, Division, Document, Language, Note, Provision, Reference, TextBlock } from "../syntax/ast.js";
import { HEADING_KEYWORDS } from "../syntax/keywords.js";
import { AKN_NAMESPACE } from "./akn.js";
import { comment, el, pi, serialize, type XmlNode } from "./xml-writer.js";

export interface AknExportOptions {
  /** The work's name in its FRBR URI (a slug is made of it); default "bill". */
  name?: string;
  /** ISO 3166 country code of the FRBR URI; default "kz". */
  country?: string;
  /** The date of the FRBR URIs (YYYY-MM-DD); default today. */
  date?: string;
  /** `bill` (default) or `act`. */
  docType?: "bill" | "act";
}

const LANG3: Record<Language, string> = { en: "eng", ru: "rus", kk: "kaz" };

const ELEMENT: Record<Division["kind"], string> = {
  book: "book",
  part: "part",
  title: "title",
  subtitle: "subtitle",
  section: "section",
  chapter: "chapter",
  subchapter: "subchapter",
  article: "article",
  annex: "attachment",
  heading: "hcontainer",
};

const AFTER_KEYWORDS = new Set(HEADING_KEYWORDS.flatMap((k) => k.after));

/** A run of a block's text to wrap in an inline element. */
interface Mark {
  from: number;
  to: number;
  make: (text: string) => XmlNode;
}

export function exportAkn(doc: Document, options: AknExportOptions = {}): string {
  return serialize(aknTree(doc, options));
}

/** The AKN document as an element tree (for callers that add to it). */
export function aknTree(doc: Document, options: AknExportOptions = {}): XmlNode {
  const lang = LANG3[doc.language];
  const docType = options.docType ?? "bill";
  const country = (options.country ?? "kz").toLowerCase();
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const name = slug(options.name ?? "bill") || "bill";
  const work = `/akn/${country}/${docType}/${date}/${name}`;
  const expression = `${work}/${lang}@${date}`;

  // defined terms: one TLCTerm each
  const terms = new Map<string, string>();
  for (const d of doc.definitions) {
    const key = d.term.toLowerCase();
    if (!terms.has(key)) terms.set(key, `term-${slug(d.term) || terms.size + 1}`);
  }
  const marks = inlineMarks(doc, terms);

  const notes: XmlNode[] = [];
  const noteOf = (n: Note, owner: string): void => {
    notes.push(
      el(
        "note",
        { eId: `${owner ? `${owner}__` : ""}note_${notes.length + 1}` },
        ...paragraphs(n.text, [], n.keyword ? `${n.keyword}.` : undefined),
      ),
    );
  };
  for (const n of doc.notes) noteOf(n, "");

  // comments (directives among them) go before the unit that follows them in the text
  const pending = [...doc.comments].sort((a, b) => a.range.end.offset - b.range.end.offset);
  const commentsBefore = (offset: number): XmlNode[] => {
    const out: XmlNode[] = [];
    while (pending.length > 0 && (pending[0] as (typeof pending)[number]).range.end.offset <= offset) {
      const c = pending.shift() as (typeof pending)[number];
      // a directive's reason follows `--`, which an XML comment may not hold: an instruction can
      const m = /^(rightslint-[a-z-]+)(?:\s+([\s\S]*))?$/.exec(c.value);
      out.push(m ? pi(m[1] as string, (m[2] ?? "").trim()) : comment(` ${c.value} `));
    }
    return out;
  };

  const unit = (node: Division | Provision): XmlNode[] => {
    for (const n of node.notes) noteOf(n, node.eId);
    if (node.type === "Division") {
      if (node.implicit) return node.children.flatMap(unit);
      return [...commentsBefore(node.headingRange.start.offset), division(node)];
    }
    return [...commentsBefore(node.range.start.offset), provision(node)];
  };

  const division = (d: Division): XmlNode => {
    const elName = ELEMENT[d.kind];
    const children: XmlNode[] = [];
    const numText = divisionNum(d, doc.language);
    if (numText) children.push(el("num", null, numText));
    if (d.heading) children.push(el("heading", null, flat(d.heading.text)));
    const units = d.children.flatMap(unit);
    if (units.length > 0) {
      if (d.intro) children.push(el("intro", null, ...paragraphs(d.intro, marks)));
      children.push(...units);
    } else children.push(el("content", null, ...(d.intro ? paragraphs(d.intro, marks) : [el("p", null)])));
    return el(
      elName,
      {
        eId: d.eId || undefined,
        name: d.kind === "heading" ? "heading" : undefined,
        status: d.deleted ? "repealed" : undefined,
      },
      ...children,
    );
  };

  const provision = (p: Provision): XmlNode => {
    const children: XmlNode[] = [];
    if (p.enumerator !== null) children.push(el("num", null, p.enumerator.trim()));
    const units = p.children.flatMap(unit);
    if (units.length > 0) {
      if (p.intro) children.push(el("intro", null, ...paragraphs(p.intro, marks)));
      children.push(...units);
      if (p.wrapUp) children.push(el("wrapUp", null, ...paragraphs(p.wrapUp, marks)));
    } else {
      const text = [...(p.intro ? paragraphs(p.intro, marks) : []), ...(p.wrapUp ? paragraphs(p.wrapUp, marks) : [])];
      children.push(el("content", null, ...(text.length > 0 ? text : [el("p", null)])));
    }
    return el(p.kind, { eId: p.eId || undefined, status: p.deleted ? "repealed" : undefined }, ...children);
  };

  const body = doc.body.filter((n) => !(n.type === "Division" && n.kind === "annex")).flatMap(unit);
  const annexes = doc.body.filter((n): n is Division => n.type === "Division" && n.kind === "annex");
  const attachments = annexes.flatMap((a, i) => {
    const before = commentsBefore(a.headingRange.start.offset);
    const eId = a.eId || `att_${i + 1}`;
    const numText = divisionNum(a, doc.language);
    const units = a.children.flatMap(unit);
    for (const n of a.notes) noteOf(n, eId);
    const attachment = el(
      "attachment",
      { eId },
      el(
        "doc",
        { name: "annex" },
        el(
          "meta",
          null,
          identification(`${work}/!${eId}`, `${expression}/!${eId}`, work, expression, lang, country, date),
        ),
        numText || a.heading
          ? el(
              "preface",
              null,
              numText ? el("p", null, el("docNumber", null, numText)) : null,
              a.heading ? el("p", null, el("docTitle", null, flat(a.heading.text))) : null,
            )
          : null,
        el("mainBody", null, ...(units.length > 0 ? units : [el("p", null)])),
      ),
    );
    return [...before, attachment];
  });
  // comments after the last unit close the body (or the attachments)
  (attachments.length > 0 ? attachments : body).push(...commentsBefore(Number.POSITIVE_INFINITY));

  const tlc: XmlNode[] = [
    el("TLCOrganization", { eId: "rightslint", href: "/ontology/organization/rightslint", showAs: "rightslint" }),
    el("TLCOrganization", { eId: "drafter", href: `/ontology/organization/${country}/drafter`, showAs: "Drafter" }),
  ];
  const seen = new Set<string>();
  for (const d of doc.definitions) {
    const id = terms.get(d.term.toLowerCase()) as string;
    if (seen.has(id)) continue;
    seen.add(id);
    tlc.push(el("TLCTerm", { eId: id, href: `/ontology/term/this.${lang}.${id.slice(5)}`, showAs: d.term }));
  }

  const title = doc.title
    ? el("preface", null, ...lines(doc.title.text).map((t) => el("p", { class: "title" }, el("docTitle", null, t))))
    : null;
  const preambleParts: XmlNode[] = [];
  if (doc.preamble) preambleParts.push(...paragraphs(doc.preamble, marks));
  if (doc.enactingFormula)
    preambleParts.push(el("formula", { name: "enactingFormula" }, ...paragraphs(doc.enactingFormula, marks)));

  const main = el(
    docType,
    { name },
    el(
      "meta",
      null,
      identification(`${work}/!main`, `${expression}/!main`, work, expression, lang, country, date),
      el("references", { source: "#rightslint" }, ...tlc),
      notes.length > 0 ? el("notes", { source: "#rightslint" }, ...notes) : null,
    ),
    title,
    preambleParts.length > 0 ? el("preamble", null, ...preambleParts) : null,
    el(
      "body",
      null,
      ...(body.length > 0 ? body : [el("hcontainer", { name: "empty" }, el("content", null, el("p", null)))]),
    ),
    attachments.length > 0 ? el("attachments", null, ...attachments) : null,
  );
  return el("akomaNtoso", { xmlns: AKN_NAMESPACE }, main);
}

function identification(
  workThis: string,
  exprThis: string,
  work: string,
  expression: string,
  lang: string,
  country: string,
  date: string,
): XmlNode {
  return el(
    "identification",
    { source: "#rightslint" },
    el(
      "FRBRWork",
      null,
      el("FRBRthis", { value: workThis }),
      el("FRBRuri", { value: work }),
      el("FRBRdate", { date, name: "generation" }),
      el("FRBRauthor", { href: "#drafter" }),
      el("FRBRcountry", { value: country }),
    ),
    el(
      "FRBRExpression",
      null,
      el("FRBRthis", { value: exprThis }),
      el("FRBRuri", { value: expression }),
      el("FRBRdate", { date, name: "generation" }),
      el("FRBRauthor", { href: "#drafter" }),
      el("FRBRlanguage", { language: lang }),
    ),
    el(
      "FRBRManifestation",
      null,
      el("FRBRthis", { value: `${exprThis}.akn` }),
      el("FRBRuri", { value: `${expression}.akn` }),
      el("FRBRdate", { date, name: "transform" }),
      el("FRBRauthor", { href: "#rightslint" }),
    ),
  );
}

/** The number of a division as the bill writes it: `Article 7-1`, `Статья 7-1`, `7-1-бап`, `I БӨЛІМ`. */
export function divisionNum(d: Division, language: Language): string {
  const num = d.num ?? "";
  const keyword = d.keyword.trim();
  if (!num) return d.kind === "annex" || (keyword && d.kind !== "heading") ? keyword : "";
  if (!keyword) return num;
  if (keyword === "§") return `§ ${num}`;
  if (AFTER_KEYWORDS.has(keyword.toLowerCase()) && (language === "kk" || !/^[A-Za-z]/.test(keyword)))
    return /^\d/.test(num) ? `${num}-${keyword}` : `${num} ${keyword}`;
  return `${keyword} ${num}`;
}

/** Inline marks by text block: resolved references (`ref`) and defined terms (`def`). */
function inlineMarks(doc: Document, terms: Map<string, string>): Map<string, Mark[]> {
  // keyed by the source offset where a mark starts; each block picks the marks inside it
  const out = new Map<string, Mark[]>();
  const add = (start: number, mark: { end: number; make: (t: string) => XmlNode }): void => {
    const key = String(start);
    const list = out.get(key) ?? [];
    list.push({ from: start, to: mark.end, make: mark.make });
    out.set(key, list);
  };
  for (const r of doc.references as Reference[]) {
    if (r.targetEId === null) continue;
    const href = `#${r.targetEId}`;
    add(r.range.start.offset, { end: r.range.end.offset, make: (t) => el("ref", { href }, t) });
  }
  for (const d of doc.definitions as Definition[]) {
    const refersTo = `#${terms.get(d.term.toLowerCase())}`;
    add(d.range.start.offset, { end: d.range.end.offset, make: (t) => el("def", { refersTo }, t) });
  }
  return out;
}

/** A block's text as `<p>`s (split at blank lines), with the marks that fall inside it. */
function paragraphs(block: TextBlock, marks: Map<string, Mark[]> | Mark[], lead?: string): XmlNode[] {
  const text = block.text;
  // marks in text offsets
  const inBlock: Mark[] = [];
  if (!Array.isArray(marks)) {
    for (const seg of block.segments) {
      for (let s = seg.start; s < seg.end; s++) {
        const list = marks.get(String(s));
        if (!list) continue;
        for (const m of list) {
          if (m.to > seg.end) continue;
          const from = seg.textStart + (m.from - seg.start);
          inBlock.push({ from, to: from + (m.to - m.from), make: m.make });
        }
      }
    }
  }
  inBlock.sort((a, b) => a.from - b.from || b.to - a.to);
  const out: XmlNode[] = [];
  const breaks = /\n[ \t]*(?:\r?\n[ \t]*)+|\r\n[ \t]*(?:\r?\n[ \t]*)+/g;
  let start = 0;
  const ranges: [number, number][] = [];
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    ranges.push([start, m.index]);
    start = m.index + m[0].length;
  }
  ranges.push([start, text.length]);
  let first = true;
  for (let [a, b] of ranges) {
    while (a < b && /\s/.test(text[a] as string)) a++;
    while (b > a && /\s/.test(text[b - 1] as string)) b--;
    if (b <= a) continue;
    const children: (XmlNode | string)[] = [];
    if (first && lead) children.push(`${lead} `);
    first = false;
    let cursor = a;
    for (const m of inBlock) {
      if (m.from < cursor || m.from < a || m.to > b || m.to <= m.from) continue;
      if (m.from > cursor) children.push(flat(text.slice(cursor, m.from), true));
      children.push(m.make(flat(text.slice(m.from, m.to), true)));
      cursor = m.to;
    }
    if (b > cursor) children.push(flat(text.slice(cursor, b), true));
    out.push(el("p", null, ...children.filter((c) => c !== "")));
  }
  return out;
}

/** Line breaks inside a paragraph read as spaces. */
function flat(s: string, keepEdges = false): string {
  const t = s.replace(/[ \t]*\r?\n[ \t]*/g, " ");
  return keepEdges ? t : t.trim();
}

function lines(s: string): string[] {
  return s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** A name for URIs and term ids: letters and digits, `_` between words. */
export function slug(s: string): string {
  return s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 80);
}
