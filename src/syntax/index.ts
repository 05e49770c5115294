/**
 * parseBill: text → typed AST. Lexer and parser (Chevrotain) → line records → AST builder →
 * sentences, definitions, cross references. Total: any string gives a Document, never an exception.
 */
import { extractDefinitions } from "../analysis/definitions.js";
import { extractReferences } from "../analysis/references.js";
import { detectLanguage } from "../language/detect.js";
import type { Division, Document, Language, Provision } from "./ast.js";
import { buildDocument } from "./builder.js";
import { type LexParseResult, type LineRecord, parseChunks } from "./parser.js";
import { LineIndex, textBlock } from "./positions.js";
import { splitSentences } from "./sentences.js";
import { walk } from "./walk.js";

export interface ParseOptions {
  /** The bill's language; detected from its letters when absent. */
  language?: Language;
  filePath?: string;
  /** Characters lexed at a time (tests vary it; the result never depends on it). */
  chunkSize?: number;
}

export function parseBill(text: string, options: ParseOptions = {}): Document {
  return parseIndexed(text, options).document;
}

/** `parseBill`, with the line index of the text it built (the linter needs one too). */
export function parseIndexed(text: string, options: ParseOptions = {}): { document: Document; index: LineIndex } {
  const language = options.language ?? detectLanguage(text);
  const index = new LineIndex(text);
  try {
    return { document: parse(text, index, language, options), index };
  } catch (e) {
    // The parser is total by design (property-tested); should a defect slip through, the bill
    // still yields a Document holding all of its text, and the defect is reported, not thrown.
    return { document: fallbackDocument(text, index, language, e), index };
  }
}

function parse(text: string, index: LineIndex, language: Language, options: ParseOptions): Document {
  const errors: LexParseResult["errors"] = [];
  function* chunks(): Generator<LineRecord[]> {
    for (const chunk of parseChunks(text, options.chunkSize)) {
      errors.push(...chunk.errors);
      yield chunk.lines;
    }
  }
  const doc = buildDocument(text, chunks(), index, { language });
  walk(doc, (n) => {
    if (n.type !== "Provision") return;
    if (n.intro) n.sentences = splitSentences(n.intro, index, language);
    if (n.wrapUp) n.sentences = n.sentences.concat(splitSentences(n.wrapUp, index, language));
  });
  doc.definitions = extractDefinitions(doc, index);
  doc.references = extractReferences(doc, index);
  for (const e of errors) {
    const start = Math.min(e.offset, text.length);
    doc.diagnostics.push({
      type: "ParseDiagnostic",
      code: "syntax",
      severity: "error",
      message: e.message,
      range: index.range(start, Math.min(start + Math.max(e.length, 0), text.length)),
    });
  }
  return doc;
}

/** One implicit article with one alinea holding the whole text, and an error diagnostic. */
export function fallbackDocument(text: string, index: LineIndex, language: Language, error: unknown): Document {
  const all = index.range(0, text.length);
  const block = textBlock(index, text.length > 0 ? [[0, text.length]] : []);
  const alinea: Provision = {
    type: "Provision",
    kind: "alinea",
    enumerator: null,
    num: null,
    style: "none",
    intro: text.length > 0 ? block : null,
    children: [],
    wrapUp: null,
    sentences: [],
    deleted: false,
    notes: [],
    range: all,
    eId: "al_1",
    label: "",
  };
  const article: Division = {
    type: "Division",
    kind: "article",
    num: null,
    normNum: null,
    keyword: "",
    heading: null,
    headingRange: index.range(0, 0),
    deleted: false,
    implicit: true,
    intro: null,
    children: [alinea],
    notes: [],
    range: all,
    eId: "",
    label: "",
  };
  const message = error instanceof Error ? error.message : String(error);
  return {
    type: "Document",
    language,
    title: null,
    preamble: null,
    enactingFormula: null,
    body: [article],
    notes: [],
    comments: [],
    markup: [],
    definitions: [],
    references: [],
    diagnostics: [
      {
        type: "ParseDiagnostic",
        code: "syntax",
        severity: "error",
        message: `internal parser error, the bill was read as one provision: ${message}`,
        range: all,
      },
    ],
    range: all,
  };
}

export type * from "./ast.js";
