/**
 * A small element tree of an XML file, with the source offset of every element and of every
 * character of text (entities and character references included), built with saxes. The
 * adapters (Akoma Ntoso, USLM, CLML) read the tree; the offsets let findings point at line and
 * column in the XML file.
 */
import { SaxesParser } from "saxes";

export interface XElement {
  type: "element";
  /** Local name (`section`); HTML tags are lower case. */
  name: string;
  /** Namespace URI ("" for none and for HTML). */
  uri: string;
  /** Attributes by local name (`xml:lang` is `lang`); HTML names are lower case. */
  attrs: Record<string, string>;
  children: XNode[];
  /** Offset of the `<` that opens the element. */
  start: number;
  /**
   * On the element a parser returns: the file's comments, and its `<?rightslint-… ?>` processing
   * instructions as comments (`rightslint-disable-next-line rule -- reason`: XML comments may not
   * hold the `--` before a reason).
   */
  comments?: XComment[];
}

export interface XComment {
  /** The text between `<!--` and `-->` (or the instruction: target, space, body), trimmed. */
  value: string;
  /** Source offsets [start, end). */
  start: number;
  end: number;
}

/**
 * A run of character data. `map` holds triples `[at, src, linear]`: from `value[at]` on, the
 * characters come from the source at `src` (one for one when `linear` is 1; all at `src` when it
 * is 0, as for an entity reference).
 */
export interface XText {
  type: "text";
  value: string;
  map: number[];
}

export type XNode = XElement | XText;

/** Malformed input: one line with the position (1-based line and column). */
export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormatError";
  }
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Decodes raw character data `source.slice(from, to)` (entity and character references, XML line
 * ends) and maps each character back to the source. `named` resolves other entity names (HTML).
 */
export function decodeText(
  source: string,
  from: number,
  to: number,
  named: (name: string) => string | undefined = (n) => XML_ENTITIES[n],
  newlines = true,
): XText {
  let value = "";
  const map: number[] = [];
  let linearOpen = false;
  const openLinear = (at: number, src: number): void => {
    map.push(at, src, 1);
    linearOpen = true;
  };
  let i = from;
  while (i < to) {
    // the next "&" or CR inside [i, to) (indexOf would search the rest of the file)
    let stop = i;
    while (stop < to) {
      const c = source.charCodeAt(stop);
      if (c === 38 || (c === 13 && newlines)) break;
      stop++;
    }
    if (stop > i) {
      if (!linearOpen) openLinear(value.length, i);
      value += source.slice(i, stop);
      i = stop;
      continue;
    }
    if (source.charCodeAt(i) === 13) {
      // CR LF and a lone CR are read as LF
      map.push(value.length, i, 0);
      value += "\n";
      linearOpen = false;
      i += source.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    // an entity or character reference
    const semi = source.indexOf(";", i);
    const ref = semi > i && semi < to && semi - i <= 40 ? source.slice(i + 1, semi) : null;
    const decoded = ref === null ? undefined : reference(ref, named);
    if (decoded === undefined) {
      // not a reference we know: keep the ampersand as text
      if (!linearOpen) openLinear(value.length, i);
      value += "&";
      i++;
      continue;
    }
    map.push(value.length, i, 0);
    value += decoded;
    linearOpen = false;
    i = (semi as number) + 1;
  }
  return { type: "text", value, map };
}

function reference(ref: string, named: (name: string) => string | undefined): string | undefined {
  if (ref.startsWith("#")) {
    const code =
      ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) return undefined;
    return String.fromCodePoint(code);
  }
  return named(ref);
}

/** Source offset of `text.value[at]` (or of the end of the text for `at = value.length`). */
export function textOffset(text: XText, at: number): number {
  const m = text.map;
  let k = 0;
  for (let j = 0; j < m.length; j += 3) {
    if ((m[j] as number) <= at) k = j;
    else break;
  }
  const start = m[k] as number;
  const src = m[k + 1] as number;
  return m[k + 2] === 1 ? src + (at - start) : src;
}

/**
 * Parses an XML document into an element tree. Malformed XML is a FormatError naming the line
 * and column where the parser stopped.
 */
export function parseXml(source: string): XElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const root: XElement = { type: "element", name: "#document", uri: "", attrs: {}, children: [], start: 0 };
  const stack: XElement[] = [root];
  let markupEnd = 0;
  let tagStart = 0;
  let failure: FormatError | null = null;
  parser.on("error", (e) => {
    if (!failure) {
      const m = /^(?:[^:]*:)?\d+:\d+: (.*)$/s.exec(e.message);
      failure = new FormatError(
        `malformed XML at line ${parser.line}, column ${parser.column + 1}: ${(m?.[1] ?? e.message).replace(/\.$/, "")}`,
      );
    }
  });
  parser.on("opentagstart", () => {
    tagStart = Math.max(0, source.lastIndexOf("<", parser.position - 1));
  });
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
    const el: XElement = { type: "element", name: tag.local, uri: tag.uri, attrs, children: [], start: tagStart };
    (stack[stack.length - 1] as XElement).children.push(el);
    if (!tag.isSelfClosing) stack.push(el);
    markupEnd = parser.position;
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
    markupEnd = parser.position;
  });
  parser.on("text", (value) => {
    if (stack.length === 1) return; // whitespace around the root element
    let from = markupEnd;
    if (from > 0 && source.charCodeAt(from - 1) !== 62 /* > */) from = source.indexOf(">", from) + 1;
    const end = parser.position - 1;
    const to = source.charCodeAt(end) === 60 /* < */ ? end : source.length;
    let text = decodeText(source, from, to);
    if (text.value !== value) text = { type: "text", value, map: [0, from, 0] };
    (stack[stack.length - 1] as XElement).children.push(text);
  });
  parser.on("cdata", (value) => {
    const from = source.lastIndexOf("<![CDATA[", parser.position) + 9;
    (stack[stack.length - 1] as XElement).children.push({ type: "text", value, map: [0, from, 1] });
    markupEnd = parser.position;
  });
  const comments: XComment[] = [];
  parser.on("comment", (value) => {
    const start = source.lastIndexOf("<!--", parser.position);
    const close = source.indexOf(">", parser.position - 1);
    comments.push({ value: value.trim(), start: Math.max(0, start), end: close < 0 ? source.length : close + 1 });
    markupEnd = parser.position;
  });
  parser.on("processinginstruction", (pi) => {
    if (pi.target.startsWith("rightslint-")) {
      const start = source.lastIndexOf("<?", parser.position);
      const close = source.indexOf(">", parser.position - 1);
      comments.push({
        value: `${pi.target} ${pi.body}`.trim(),
        start: Math.max(0, start),
        end: close < 0 ? source.length : close + 1,
      });
    }
    markupEnd = parser.position;
  });
  for (const ev of ["doctype", "xmldecl"] as const) {
    parser.on(ev, () => {
      markupEnd = parser.position;
    });
  }
  try {
    parser.write(source).close();
  } catch (e) {
    if (!failure) failure = new FormatError(`malformed XML: ${(e as Error).message}`);
  }
  if (failure) throw failure;
  const top = root.children.find((c): c is XElement => c.type === "element");
  if (!top) throw new FormatError("malformed XML: no root element");
  if (comments.length > 0) top.comments = comments;
  return top;
}

/** The namespace URI and local name of the root element, read without parsing the whole file. */
export function rootElement(source: string): { name: string; uri: string } | null {
  const parser = new SaxesParser({ xmlns: true });
  let found: { name: string; uri: string } | null = null;
  parser.on("error", () => {
    throw new Error("stop");
  });
  parser.on("opentag", (tag) => {
    found = { name: tag.local, uri: tag.uri };
    throw new Error("stop");
  });
  try {
    // the root element starts within the first few kilobytes of any real file
    parser.write(source.slice(0, 65536));
  } catch {
    // stopped at the root element, or at an error before it
  }
  return found;
}

// ---- helpers over the tree ----------------------------------------------------------------------

export function elements(el: XElement): XElement[] {
  return el.children.filter((c): c is XElement => c.type === "element");
}

export function child(el: XElement, name: string): XElement | undefined {
  for (const c of el.children) if (c.type === "element" && c.name === name) return c;
  return undefined;
}

/** Every descendant element named `name` (document order, not below a match). */
export function findAll(el: XElement, name: string, out: XElement[] = []): XElement[] {
  for (const c of el.children) {
    if (c.type !== "element") continue;
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

export function find(el: XElement, name: string): XElement | undefined {
  for (const c of el.children) {
    if (c.type !== "element") continue;
    if (c.name === name) return c;
    const d = find(c, name);
    if (d) return d;
  }
  return undefined;
}

/** The text of an element and its descendants, whitespace collapsed. */
export function textOf(el: XElement): string {
  let out = "";
  const rec = (e: XElement): void => {
    for (const c of e.children) {
      if (c.type === "text") out += c.value;
      else rec(c);
    }
  };
  rec(el);
  return out.replace(/\s+/g, " ").trim();
}
