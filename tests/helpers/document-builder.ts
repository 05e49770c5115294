/** Builds Documents by hand for analysis tests, as the parser would, without parsing. */
import type {
  Division,
  DivisionKind,
  Document,
  Language,
  Provision,
  ProvisionKind,
  TextBlock,
} from "../../src/syntax/ast.js";
import { LineIndex, textBlock } from "../../src/syntax/positions.js";

/**
 * Builds a Document by hand over `source`. `t(text)` finds the text's lines in the source, in
 * order (call it in document order), and makes the TextBlock the parser would make.
 */
export function builder(source: string, language: Language) {
  const index = new LineIndex(source);
  let cursor = 0;
  const range = index.range(0, source.length);
  const t = (text: string): TextBlock => {
    const spans: [number, number][] = [];
    for (const line of text.split("\n")) {
      const at = source.indexOf(line, cursor);
      if (at < 0) throw new Error(`not in source: ${line}`);
      spans.push([at, at + line.length]);
      cursor = at + line.length;
    }
    return textBlock(index, spans);
  };
  const div = (
    kind: DivisionKind,
    num: string | null,
    eId: string,
    parts: { heading?: TextBlock; intro?: TextBlock; children?: (Division | Provision)[] } = {},
  ): Division => ({
    type: "Division",
    kind,
    num,
    normNum: num,
    keyword: "",
    heading: parts.heading ?? null,
    headingRange: range,
    deleted: false,
    implicit: false,
    intro: parts.intro ?? null,
    children: parts.children ?? [],
    notes: [],
    range,
    eId,
    label: "",
  });
  const prov = (
    kind: ProvisionKind,
    num: string | null,
    eId: string,
    intro: TextBlock | null,
    children: Provision[] = [],
    wrapUp: TextBlock | null = null,
  ): Provision => ({
    type: "Provision",
    kind,
    enumerator: num,
    num,
    style: "none",
    intro,
    children,
    wrapUp,
    sentences: [],
    deleted: false,
    notes: [],
    range,
    eId,
    label: "",
  });
  const doc = (body: (Division | Provision)[]): Document => ({
    type: "Document",
    language,
    title: null,
    preamble: null,
    enactingFormula: null,
    body,
    notes: [],
    comments: [],
    markup: [],
    definitions: [],
    references: [],
    diagnostics: [],
    range,
  });
  return { index, t, div, prov, doc };
}
