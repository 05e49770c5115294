/**
 * Word .docx input. mammoth reads the document (runs, hyperlinks, fields, tracked insertions,
 * content controls, text boxes, tables); each paragraph becomes one line of text for the parser,
 * so line N of the text is paragraph N of the document (table cells give a paragraph each; empty
 * paragraphs give empty lines), and findings point at paragraphs.
 *
 * Word's automatic numbering is not text in the file: mammoth says only that a paragraph is
 * numbered and at what level. The numbers are computed here as Word shows them, from
 * `word/numbering.xml` (each level's start, format — decimal, letters, roman, Russian letters —
 * and text such as `Article %1.`, `%1)`, `(%2)`, `%1.%2.`; restarts by `startOverride`; lower
 * levels reset by higher ones) and written before the paragraph's text: `Article 1. Title`,
 * `1. The State…`, `(a) …`, which the parser then reads as in a text bill.
 */
import { toRoman } from "../syntax/numbering.js";
import { FormatError, parseXml, type XElement } from "./xml.js";
import { isZip, readZip, type ZipEntry, ZipError } from "./zip.js";

export interface DocxText {
  /** One line per paragraph. */
  text: string;
  paragraphs: number;
}

interface Level {
  start: number;
  format: string;
  text: string;
  pStyle: string | undefined;
  isLgl: boolean;
}

interface Numbering {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<string, Level>>;
  /** numId → abstractNumId and start overrides by ilvl. */
  nums: Map<string, { abstractId: string; overrides: Map<string, number> }>;
}

/** Extracts the text of a .docx: paragraphs as lines, automatic numbers written out. */
export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  if (!isZip(bytes)) throw new FormatError("not a Word document (.docx): not a zip archive");
  let entries: Map<string, ZipEntry>;
  try {
    entries = readZip(bytes);
  } catch (e) {
    throw new FormatError(`not a Word document (.docx): ${(e as Error).message}`);
  }
  const mainPart = mainDocumentPart(entries);
  if (!mainPart || !entries.has(mainPart)) {
    throw new FormatError("a zip archive, but not a Word document (.docx): it has no word/document.xml");
  }
  let labels: (string | null)[];
  try {
    labels = numberLabels(entries, mainPart);
  } catch (e) {
    if (e instanceof FormatError || e instanceof ZipError)
      throw new FormatError(`damaged Word document (.docx): ${e.message}`);
    throw e;
  }

  const lines: string[] = [];
  let numbered = 0;
  // loaded on first use: most runs read no Word file
  const { default: mammoth } = await import("mammoth");
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: MammothElement) => {
          const visit = (node: MammothElement): void => {
            if (node.type === "paragraph") {
              const nested: MammothElement[] = [];
              const text = paragraphText(node, nested).replace(/\s+/g, " ").trim();
              let label: string | null = null;
              if (node.numbering) label = labels[numbered++] ?? null;
              lines.push(label ? (text ? `${label} ${text}` : label) : text);
              for (const p of nested) visit(p);
              return;
            }
            for (const c of node.children ?? []) visit(c);
          };
          visit(document);
          return document;
        },
      },
    );
  } catch (e) {
    throw new FormatError(`damaged Word document (.docx): ${(e as Error).message.split("\n")[0]}`);
  }
  if (lines.every((l) => l.trim() === "")) throw new FormatError("the Word document has no text");
  return { text: `${lines.join("\n")}\n`, paragraphs: lines.length };
}

interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
  numbering?: { level: string; isOrdered: boolean } | null;
  styleName?: string | null;
}

/** The words of a paragraph; paragraphs nested in it (text boxes) are collected apart. */
function paragraphText(node: MammothElement, nested: MammothElement[]): string {
  let out = "";
  for (const c of node.children ?? []) {
    switch (c.type) {
      case "text":
        out += c.value ?? "";
        break;
      case "tab":
      case "break":
        out += " ";
        break;
      case "paragraph":
        nested.push(c);
        break;
      case "noteReference":
      case "commentReference":
      case "image":
      case "bookmarkStart":
        break;
      default:
        out += paragraphText(c, nested);
    }
  }
  return out;
}

/** The main document part named in `_rels/.rels` (usually word/document.xml). */
function mainDocumentPart(entries: Map<string, ZipEntry>): string | null {
  const rels = entries.get("_rels/.rels");
  if (rels) {
    try {
      const root = parseXml(new TextDecoder().decode(rels.read()));
      for (const c of root.children) {
        if (c.type !== "element") continue;
        if (/\/officeDocument$/.test(c.attrs.Type ?? "") && c.attrs.Target) return c.attrs.Target.replace(/^\//, "");
      }
    } catch {
      // fall back to the usual name
    }
  }
  return entries.has("word/document.xml") ? "word/document.xml" : null;
}

function readPart(entries: Map<string, ZipEntry>, name: string): XElement | null {
  const e = entries.get(name);
  if (!e) return null;
  return parseXml(new TextDecoder().decode(e.read()));
}

function kids(el: XElement, name?: string): XElement[] {
  return el.children.filter((c): c is XElement => c.type === "element" && (name === undefined || c.name === name));
}

function first(el: XElement | undefined, name: string): XElement | undefined {
  return el ? kids(el, name)[0] : undefined;
}

function val(el: XElement | undefined): string | undefined {
  return el?.attrs.val;
}

function readNumbering(root: XElement | null): Numbering {
  const abstract = new Map<string, Map<string, Level>>();
  const nums = new Map<string, { abstractId: string; overrides: Map<string, number> }>();
  if (!root) return { abstract, nums };
  for (const a of kids(root, "abstractNum")) {
    const levels = new Map<string, Level>();
    for (const l of kids(a, "lvl")) {
      const ilvl = l.attrs.ilvl ?? "0";
      levels.set(ilvl, {
        start: Number(val(first(l, "start")) ?? "1") || 0,
        format: val(first(l, "numFmt")) ?? "decimal",
        text: val(first(l, "lvlText")) ?? `%${Number(ilvl) + 1}.`,
        pStyle: val(first(l, "pStyle")),
        isLgl: first(l, "isLgl") !== undefined,
      });
    }
    abstract.set(a.attrs.abstractNumId ?? "", levels);
  }
  for (const n of kids(root, "num")) {
    const overrides = new Map<string, number>();
    for (const o of kids(n, "lvlOverride")) {
      const s = val(first(o, "startOverride"));
      if (s !== undefined) overrides.set(o.attrs.ilvl ?? "0", Number(s) || 0);
    }
    nums.set(n.attrs.numId ?? "", { abstractId: val(first(n, "abstractNumId")) ?? "", overrides });
  }
  return { abstract, nums };
}

/**
 * The number Word shows before each numbered paragraph, in document order, for the paragraphs
 * mammoth marks as numbered (the same test: a `numPr` whose level exists, or a paragraph style
 * that a numbering level is linked to).
 */
function numberLabels(entries: Map<string, ZipEntry>, mainPart: string): (string | null)[] {
  const numbering = readNumbering(readPart(entries, "word/numbering.xml"));
  const doc = readPart(entries, mainPart);
  if (!doc) return [];
  const byStyle = new Map<string, { abstractId: string; ilvl: string }>();
  for (const [abstractId, levels] of numbering.abstract) {
    for (const [ilvl, level] of levels) if (level.pStyle) byStyle.set(level.pStyle, { abstractId, ilvl });
  }
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  const out: (string | null)[] = [];

  const number = (numId: string | null, abstractId: string, ilvl: string): string | null => {
    const levels = numbering.abstract.get(abstractId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return null;
    const num = numId === null ? undefined : numbering.nums.get(numId);
    // a num that restarts a level (startOverride) counts on its own; others share the list's counters
    const own = num && num.overrides.size > 0;
    const key = own ? `num:${numId}` : `abs:${abstractId}`;
    let c = counters.get(key);
    if (!c) {
      c = [];
      counters.set(key, c);
    }
    const L = Number(ilvl) || 0;
    const startOf = (k: number): number => {
      const o = num?.overrides.get(String(k));
      if (o !== undefined && !started.has(`${key}:${k}`)) return o;
      return levels.get(String(k))?.start ?? 1;
    };
    if (c[L] === undefined) {
      c[L] = startOf(L);
      started.add(`${key}:${L}`);
    } else c[L] = (c[L] as number) + 1;
    c.length = L + 1; // lower levels start again
    if (level.format === "bullet") return "•";
    if (level.format === "none") return null;
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const value = c[k] ?? startOf(k);
      const fmt = level.isLgl && k < L ? "decimal" : (levels.get(String(k))?.format ?? "decimal");
      return formatNumber(value, fmt);
    });
    return label.trim() === "" ? null : label.trim();
  };

  const visitParagraph = (p: XElement): void => {
    const pPr = first(p, "pPr");
    if (first(first(pPr, "rPr"), "del")) return; // a deleted paragraph mark: mammoth joins it to the next
    const numPr = first(pPr, "numPr");
    const ilvl = val(first(numPr, "ilvl"));
    const numId = val(first(numPr, "numId"));
    const styleId = val(first(pPr, "pStyle"));
    let found: { numId: string | null; abstractId: string; ilvl: string } | null = null;
    let decided = false;
    if (ilvl !== undefined && numId !== undefined) {
      decided = true;
      const n = numbering.nums.get(numId);
      if (n && numbering.abstract.get(n.abstractId)?.has(ilvl)) found = { numId, abstractId: n.abstractId, ilvl };
    }
    if (!decided && styleId !== undefined && byStyle.has(styleId)) {
      const s = byStyle.get(styleId) as { abstractId: string; ilvl: string };
      const numIdOfStyle = [...numbering.nums].find(([, n]) => n.abstractId === s.abstractId)?.[0] ?? null;
      found = { numId: numIdOfStyle, ...s };
      decided = true;
    }
    if (!decided && numId !== undefined) {
      const n = numbering.nums.get(numId);
      if (n && numbering.abstract.get(n.abstractId)?.has("0")) found = { numId, abstractId: n.abstractId, ilvl: "0" };
    }
    if (found) out.push(number(found.numId, found.abstractId, found.ilvl));
    // paragraphs nested in this one (text boxes), in document order
    for (const c of kids(p)) visit(c);
  };
  const visit = (el: XElement): void => {
    if (el.name === "p") {
      visitParagraph(el);
      return;
    }
    if (el.name === "Choice" || el.name === "pPr" || el.name === "pPrChange" || el.name === "del") return;
    for (const c of kids(el)) visit(c);
  };
  const body = first(doc, "body") ?? doc;
  visit(body);
  return out;
}

const RUSSIAN_LETTERS = "абвгдежзиклмнопрстуфхцчшщыэюя";

function letters(n: number, alphabet: string): string {
  const len = alphabet.length;
  const i = (n - 1) % len;
  const times = Math.floor((n - 1) / len) + 1;
  return (alphabet[i] as string).repeat(times);
}

/** A counter in a Word number format (`decimal`, `lowerLetter`, `upperRoman`, `russianLower`...). */
export function formatNumber(n: number, format: string): string {
  if (n <= 0 && format !== "decimal" && format !== "decimalZero") return String(n);
  switch (format) {
    case "lowerLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "upperLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz").toUpperCase();
    case "lowerRoman":
      return toRoman(n);
    case "upperRoman":
      return toRoman(n).toUpperCase();
    case "russianLower":
      return letters(n, RUSSIAN_LETTERS);
    case "russianUpper":
      return letters(n, RUSSIAN_LETTERS).toUpperCase();
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}
