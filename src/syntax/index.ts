/**
 * parseBill: text → typed AST. Lexer and parser (Chevrotain) → line records → AST builder →
 * sentences, definitions, cross references. Total: any string gives a Document, never an exception.
 */
import { extractDefinitions } from "../analysis/definitions.js";
import { extractReferences } from "../analysis/references.js";
import { detectLanguage } from "../language/detect.js";
import type { Document, Language } from "./ast.js";
import { buildDocument } from "./builder.js";
import { type LexParseResult, type LineRecord, parseChunks } from "./parser.js";
import { LineIndex } from "./positions.js";
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
  const language = options.language ?? detectLanguage(text);
  const index = new LineIndex(text);
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

export type * from "./ast.js";
