/**
 * The formats rightslint reads, and the one entry the CLI and the Node API load bills through.
 *
 *   .txt .md .bill ...  text: the parser reads it.
 *   .xml .akn           the root element's namespace decides: Akoma Ntoso 3.0, USLM, or CLML;
 *                       the Document is built from the markup (positions in the XML file).
 *   .html .htm          the Akoma Ntoso HTML rendering (elements with `akn-*` classes).
 *   .docx               Word: paragraphs become lines of text, automatic numbers written out,
 *                       then the parser reads it (positions: line N = paragraph N).
 */
import { decodeBill } from "../cli/read.js";
import type { Document, Language } from "../syntax/ast.js";
import type { LineIndex } from "../syntax/positions.js";
import { importAkn, importAknHtml, isAknNamespace } from "./akn.js";
import type { Assembled } from "./build.js";
import { importClml, isClmlNamespace } from "./clml.js";
import { readDocx } from "./docx.js";
import { hasAknClasses } from "./html.js";
import { importUslm, isUslmNamespace } from "./uslm.js";
import { FormatError, rootElement } from "./xml.js";

export type MarkupFormat = "akn" | "akn-html" | "uslm" | "clml";
export type BillFormat = "text" | "docx" | MarkupFormat;

/** File extensions of the formats read besides text (lower case, no dot). */
export const FORMAT_EXTENSIONS: readonly string[] = ["xml", "akn", "html", "htm", "docx"];

export interface LoadedBill {
  format: BillFormat;
  /**
   * What is linted and what findings' lines and columns refer to: the bill's text; for Akoma
   * Ntoso, USLM and CLML the XML (or HTML) itself; for .docx the extracted text, one paragraph a line.
   */
  text: string;
  /** For markup: the Document built from it (its offsets index `index.source`, the plain text). */
  document?: Document;
  index?: LineIndex;
}

export interface LoadOptions {
  language?: Language;
}

/**
 * An XML or HTML file that is not legislation markup (a JUnit report, a web page): an error when
 * named on the command line, skipped when a folder or glob found it.
 */
export class NotABillError extends FormatError {
  constructor(message: string) {
    super(message);
    this.name = "NotABillError";
  }
}

/** Whether a format is markup imported into a Document (rather than text the parser reads). */
export function isMarkup(format: BillFormat): format is MarkupFormat {
  return format === "akn" || format === "akn-html" || format === "uslm" || format === "clml";
}

function extension(filePath: string): string {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** The format of a decoded file, from its extension and, for XML and HTML, its content. */
export function detectFormat(filePath: string, text: string): BillFormat {
  const ext = extension(filePath);
  if (ext === "xml" || ext === "akn") {
    const root = rootElement(text);
    if (!root) throw new FormatError(`${filePath}: malformed XML (no root element could be read)`);
    if (isAknNamespace(root.uri)) return "akn";
    if (isUslmNamespace(root.uri)) return "uslm";
    if (isClmlNamespace(root.uri)) return "clml";
    throw new NotABillError(
      `${filePath}: not Akoma Ntoso, USLM or CLML XML (root element <${root.name}>${root.uri ? ` in namespace ${root.uri}` : " without a namespace"})`,
    );
  }
  if (ext === "html" || ext === "htm") {
    if (hasAknClasses(text)) return "akn-html";
    throw new NotABillError(`${filePath}: an HTML page without Akoma Ntoso markup (no akn-* classes)`);
  }
  return "text";
}

/** Builds the Document of a markup source (sync: workers call it on the text they are sent). */
export function importMarkup(text: string, format: MarkupFormat, options: LoadOptions = {}): Assembled {
  const opts = options.language ? { language: options.language } : {};
  switch (format) {
    case "akn":
      return importAkn(text, opts);
    case "akn-html":
      return importAknHtml(text, opts);
    case "uslm":
      return importUslm(text, opts);
    case "clml":
      return importClml(text, opts);
  }
}

/**
 * A bill's source without importing markup (what the CLI sends to its workers): the decoded text
 * and its format; a .docx is extracted to text here (mammoth is asynchronous).
 */
export async function readBillSource(
  bytes: Uint8Array,
  filePath: string,
): Promise<{ text: string; format: BillFormat }> {
  if (extension(filePath) === "docx") {
    try {
      const { text } = await readDocx(bytes);
      return { format: "docx", text };
    } catch (e) {
      if (e instanceof FormatError) throw new FormatError(`${filePath}: ${e.message}`);
      throw e;
    }
  }
  const text = decodeBill(bytes, filePath);
  return { text, format: detectFormat(filePath, text) };
}

/**
 * Loads a bill from its bytes: decodes text, detects the format, imports markup and extracts
 * Word documents. Every problem is a FormatError (or the reader's UsageError) of one line
 * starting with the path.
 */
export async function loadBill(bytes: Uint8Array, filePath: string, options: LoadOptions = {}): Promise<LoadedBill> {
  const { text, format } = await readBillSource(bytes, filePath);
  if (!isMarkup(format)) return { format, text };
  try {
    const { document, index } = importMarkup(text, format, options);
    return { format, text, document, index };
  } catch (e) {
    if (e instanceof FormatError) throw new FormatError(`${filePath}: ${e.message}`);
    throw e;
  }
}

export { type AknExportOptions, exportAkn } from "./akn-export.js";
export type { Assembled } from "./build.js";
export { FormatError } from "./xml.js";
