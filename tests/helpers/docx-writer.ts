/**
 * A minimal .docx writer for the tests: a zip archive (stored or deflated entries, CRC-32) with
 * the parts Word needs ([Content_Types].xml, relationships, document, styles, numbering).
 * Paragraphs may use Word's automatic numbering (`w:numPr` pointing into numbering.xml), and
 * `billToWord` turns a text bill into the paragraphs a drafter would have typed in Word, with the
 * numbers of headings and list items left to automatic numbering wherever Word could produce them.
 */
import { deflateRawSync } from "node:zlib";
import type { Division, Provision } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";
import { walk } from "../../src/syntax/walk.js";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of the files (UTF-8 names; deflated unless `deflate` is false). */
export function zip(files: Record<string, string | Uint8Array>, deflate = true): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    const packed = deflate ? deflateRawSync(data) : data;
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface WordParagraph {
  text: string;
  style?: string;
  /** Automatic numbering: a `w:num` id (1-based index into `WordNumbering.nums`) and a level. */
  num?: { numId: number; ilvl: number };
  bold?: boolean;
}

export interface WordLevel {
  /** numFmt: decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, russianLower, bullet... */
  format: string;
  /** lvlText: `%1.`, `(%2)`, `Статья %1.` */
  text: string;
  start?: number;
  /** A paragraph style linked to the level (`w:pStyle`). */
  style?: string;
}

export interface WordNumbering {
  /** Abstract numbering definitions, each a list of levels. */
  abstract: WordLevel[][];
  /** `w:num` instances: numId = index + 1. */
  nums: { abstractId: number; startOverride?: Record<number, number> }[];
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A .docx file with these paragraphs and numbering definitions. */
export function docx(
  paragraphs: WordParagraph[],
  numbering?: WordNumbering,
  options: { deflate?: boolean } = {},
): Buffer {
  const body = paragraphs
    .map((p) => {
      const props: string[] = [];
      if (p.style) props.push(`<w:pStyle w:val="${esc(p.style)}"/>`);
      if (p.num) props.push(`<w:numPr><w:ilvl w:val="${p.num.ilvl}"/><w:numId w:val="${p.num.numId}"/></w:numPr>`);
      const pPr = props.length > 0 ? `<w:pPr>${props.join("")}</w:pPr>` : "";
      const rPr = p.bold ? "<w:rPr><w:b/></w:rPr>" : "";
      const run = p.text === "" ? "" : `<w:r>${rPr}<w:t xml:space="preserve">${esc(p.text)}</w:t></w:r>`;
      return `<w:p>${pPr}${run}</w:p>`;
    })
    .join("\n");
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>\n${body}\n<w:sectPr/></w:body></w:document>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">${[1, 2, 3, 4]
    .map(
      (n) =>
        `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/></w:style>`,
    )
    .join(
      "",
    )}<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${numbering ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : ""}</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    "word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${numbering ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : ""}</Relationships>`,
    "word/document.xml": document,
    "word/styles.xml": styles,
  };
  if (numbering) {
    const abstract = numbering.abstract
      .map(
        (levels, id) =>
          `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="${levels.length > 1 ? "multilevel" : "singleLevel"}"/>${levels
            .map(
              (l, ilvl) =>
                `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${esc(l.format)}"/>${l.style ? `<w:pStyle w:val="${esc(l.style)}"/>` : ""}<w:lvlText w:val="${esc(l.text)}"/><w:lvlJc w:val="left"/></w:lvl>`,
            )
            .join("")}</w:abstractNum>`,
      )
      .join("\n");
    const nums = numbering.nums
      .map(
        (n, i) =>
          `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${n.abstractId}"/>${Object.entries(n.startOverride ?? {})
            .map(([lvl, v]) => `<w:lvlOverride w:ilvl="${lvl}"><w:startOverride w:val="${v}"/></w:lvlOverride>`)
            .join("")}</w:num>`,
      )
      .join("\n");
    files["word/numbering.xml"] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">\n${abstract}\n${nums}\n</w:numbering>`;
  }
  return zip(files, options.deflate ?? true);
}

// ---- a text bill as a Word author would type it ------------------------------------------------------

/** Number formats of the enumerator styles Word can number automatically, and their level text. */
const AUTO: Partial<Record<Provision["style"], { format: string; text: string; value: (n: string) => number | null }>> =
  {
    "dec-dot": { format: "decimal", text: "%1.", value: decimal },
    "paren-dec": { format: "decimal", text: "(%1)", value: decimal },
    "dec-paren": { format: "decimal", text: "%1)", value: decimal },
    "paren-alpha": { format: "lowerLetter", text: "(%1)", value: (n) => letter(n, "abcdefghijklmnopqrstuvwxyz") },
    "paren-ALPHA": { format: "upperLetter", text: "(%1)", value: (n) => letter(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") },
    "paren-roman": { format: "lowerRoman", text: "(%1)", value: (n) => roman(n) },
    "alpha-paren": { format: "lowerLetter", text: "%1)", value: (n) => letter(n, "abcdefghijklmnopqrstuvwxyz") },
    "cyr-paren": { format: "russianLower", text: "%1)", value: (n) => letter(n, "абвгдежзиклмнопрстуфхцчшщыэюя") },
  };

function decimal(n: string): number | null {
  return /^\d+$/.test(n) ? Number(n) : null;
}

function letter(n: string, alphabet: string): number | null {
  const i = alphabet.indexOf(n);
  return n.length === 1 && i >= 0 ? i + 1 : null;
}

function roman(n: string): number | null {
  const values = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
  const i = values.indexOf(n);
  return i >= 0 ? i + 1 : null;
}

const HEADING_STYLE: Partial<Record<Division["kind"], string>> = {
  part: "Heading1",
  section: "Heading1",
  chapter: "Heading1",
  subchapter: "Heading2",
  article: "Heading2",
  annex: "Heading1",
};

export interface WordBill {
  paragraphs: WordParagraph[];
  numbering: WordNumbering;
  /** How many paragraphs got their number from automatic numbering. */
  automatic: number;
}

/**
 * The paragraphs of a text bill as typed in Word: a heading or a numbered unit starts a
 * paragraph, wrapped lines join it, blank lines are empty paragraphs. Numbers Word can produce
 * (a heading `Статья %1.` counting on from the previous one, a list item continuing its list)
 * are left to automatic numbering, each list restarting with `startOverride`; others (`7-1`,
 * `3-1.`) stay typed text, as a drafter would type them.
 */
export function billToWord(text: string): WordBill {
  const doc = parseBill(text);
  const lines = text.split(/\r?\n/);
  const numbering: WordNumbering = { abstract: [], nums: [] };
  const numFor = (levels: WordLevel[], startOverride?: number): number => {
    numbering.abstract.push(levels);
    numbering.nums.push({
      abstractId: numbering.abstract.length - 1,
      ...(startOverride !== undefined ? { startOverride: { 0: startOverride } } : {}),
    });
    return numbering.nums.length;
  };
  // what starts at each line: the paragraph text without a number Word will supply, and its numbering
  const starts = new Map<number, WordParagraph & { heading: boolean }>();
  let automatic = 0;

  // headings: one list per keyword, counting through the bill
  const headingLists = new Map<string, { numId: number; last: number }>();
  walk(doc, (n) => {
    if (n.type !== "Division" || n.implicit) return;
    const line = n.headingRange.start.line;
    const raw = (lines[line - 1] ?? "").trim();
    const style = HEADING_STYLE[n.kind];
    const value = n.num !== null && /^\d+$/.test(n.num) ? Number(n.num) : null;
    const title =
      n.heading && n.heading.range.start.line === line
        ? raw.slice(raw.indexOf(n.heading.text.split("\n")[0] as string))
        : "";
    const lead = title ? raw.slice(0, raw.length - title.length).trim() : raw;
    const template =
      value !== null && lead.split(String(value)).length === 2 ? lead.replace(String(value), "%1") : null;
    const key = `${n.kind}:${n.keyword.toLowerCase()}:${template}`;
    const list = headingLists.get(key);
    if (template !== null && value !== null && (list ? value === list.last + 1 : true)) {
      const numId = list?.numId ?? numFor([{ format: "decimal", text: template, start: value }]);
      headingLists.set(key, { numId, last: value });
      starts.set(line, { text: title, ...(style ? { style } : {}), num: { numId, ilvl: 0 }, heading: true });
      automatic++;
    } else starts.set(line, { text: raw, ...(style ? { style } : {}), heading: true });
  });

  // list items: one list per parent and style, restarting at its first number
  const groups = new Map<unknown, Map<string, Provision[]>>();
  const parents = new Map<Provision, unknown>();
  walk(doc, (n, parent) => {
    if (n.type !== "Provision") return;
    parents.set(n, parent);
    const byStyle = groups.get(parent) ?? new Map<string, Provision[]>();
    groups.set(parent, byStyle);
    const list = byStyle.get(n.style) ?? [];
    list.push(n);
    byStyle.set(n.style, list);
  });
  for (const byStyle of groups.values()) {
    for (const [style, items] of byStyle) {
      const auto = AUTO[style as Provision["style"]];
      let numId: number | null = null;
      let last: number | null = null;
      for (const p of items) {
        const line = p.range.start.line;
        const raw = (lines[line - 1] ?? "").trim();
        const value = auto && p.num !== null ? auto.value(p.num) : null;
        const rest =
          p.enumerator !== null && raw.startsWith(p.enumerator) ? raw.slice(p.enumerator.length).trim() : null;
        if (auto && value !== null && rest !== null && (last === null || value === last + 1)) {
          numId ??= numFor([{ format: auto.format, text: auto.text, start: 1 }], value);
          last = value;
          starts.set(line, { text: rest, num: { numId, ilvl: 0 }, heading: false });
          automatic++;
        } else starts.set(line, { text: raw, heading: false });
      }
    }
  }

  const paragraphs: WordParagraph[] = [];
  let open: WordParagraph | null = null;
  let afterHeading = false;
  lines.forEach((l, i) => {
    if (i === lines.length - 1 && l === "") return;
    const start = starts.get(i + 1);
    if (l.trim() === "") {
      open = null;
      afterHeading = false;
      paragraphs.push({ text: "" });
      return;
    }
    if (start) {
      const { heading, ...p } = start;
      paragraphs.push(p);
      open = heading ? null : p;
      afterHeading = heading;
      return;
    }
    if (open && !afterHeading) {
      open.text = `${open.text} ${l.trim()}`;
      return;
    }
    open = { text: l.trim() };
    afterHeading = false;
    paragraphs.push(open);
  });
  return { paragraphs, numbering, automatic };
}
