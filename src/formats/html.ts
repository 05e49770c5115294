/**
 * A tolerant HTML reader for the Akoma Ntoso HTML rendering (`class="akn-section"`): tags,
 * attributes, text with entities, void elements, comments; no scripts. It builds the same
 * element tree as `parseXml` (names and attribute names in lower case, no namespaces), with
 * source offsets for every character of text.
 */
import { decodeText, type XComment, type XElement, type XNode } from "./xml.js";

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** Elements whose content is not markup (skipped: no law is written in them). */
const RAW = new Set(["script", "style", "template", "textarea", "title"]);

/** Open elements closed by a new sibling of the same kind (`<p>a<p>b`, `<li>`, `<td>`). */
const SELF_CLOSING_SIBLINGS = new Set(["p", "li", "tr", "td", "th", "option", "dt", "dd"]);

const HTML_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  zwnj: "\u200c",
  zwj: "\u200d",
  shy: "\u00ad",
  ndash: "\u2013",
  mdash: "\u2014",
  minus: "\u2212",
  hellip: "\u2026",
  lsquo: "\u2018",
  rsquo: "\u2019",
  sbquo: "\u201a",
  ldquo: "\u201c",
  rdquo: "\u201d",
  bdquo: "\u201e",
  laquo: "\u00ab",
  raquo: "\u00bb",
  sect: "\u00a7",
  para: "\u00b6",
  copy: "\u00a9",
  reg: "\u00ae",
  trade: "\u2122",
  middot: "\u00b7",
  bull: "\u2022",
  deg: "\u00b0",
  times: "\u00d7",
  divide: "\u00f7",
  frac12: "\u00bd",
  frac14: "\u00bc",
  frac34: "\u00be",
  sup1: "\u00b9",
  sup2: "\u00b2",
  sup3: "\u00b3",
  euro: "\u20ac",
  pound: "\u00a3",
  aacute: "\u00e1",
  agrave: "\u00e0",
  acirc: "\u00e2",
  auml: "\u00e4",
  eacute: "\u00e9",
  egrave: "\u00e8",
  ecirc: "\u00ea",
  euml: "\u00eb",
  iacute: "\u00ed",
  icirc: "\u00ee",
  iuml: "\u00ef",
  oacute: "\u00f3",
  ocirc: "\u00f4",
  ouml: "\u00f6",
  uacute: "\u00fa",
  ucirc: "\u00fb",
  uuml: "\u00fc",
  ccedil: "\u00e7",
  ntilde: "\u00f1",
  szlig: "\u00df",
  Eacute: "\u00c9",
  Auml: "\u00c4",
  Ouml: "\u00d6",
  Uuml: "\u00dc",
};

const htmlEntity = (name: string): string | undefined => HTML_ENTITIES[name];

const NAME = /[A-Za-z][A-Za-z0-9:_-]*/y;
const ATTR_NAME = /[^\s"'>/=]+/y;
const SPACE = /\s*/y;

export function parseHtml(source: string): XElement {
  const root: XElement = { type: "element", name: "#document", uri: "", attrs: {}, children: [], start: 0 };
  const stack: XElement[] = [root];
  const top = (): XElement => stack[stack.length - 1] as XElement;
  const pushText = (from: number, to: number): void => {
    if (to <= from) return;
    const t = decodeText(source, from, to, htmlEntity);
    if (t.value.length > 0) top().children.push(t);
  };
  const comments: XComment[] = [];
  let lower: string | undefined;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const lt = source.indexOf("<", i);
    if (lt < 0) {
      pushText(i, n);
      break;
    }
    pushText(i, lt);
    i = lt;
    if (source.startsWith("<!--", i)) {
      const end = source.indexOf("-->", i + 4);
      const to = end < 0 ? n : end + 3;
      comments.push({ value: source.slice(i + 4, end < 0 ? n : end).trim(), start: i, end: to });
      i = to;
      continue;
    }
    const next = source[i + 1] ?? "";
    if (next === "!" || next === "?") {
      const end = source.indexOf(">", i);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (next === "/") {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(source);
      const end = source.indexOf(">", i);
      if (!m) {
        i = end < 0 ? n : end + 1;
        continue;
      }
      const name = m[0].toLowerCase();
      for (let k = stack.length - 1; k > 0; k--) {
        if ((stack[k] as XElement).name === name) {
          stack.length = k;
          break;
        }
      }
      i = end < 0 ? n : end + 1;
      continue;
    }
    NAME.lastIndex = i + 1;
    const m = NAME.exec(source);
    if (!m) {
      // a lone "<" is text
      pushText(i, i + 1);
      i++;
      continue;
    }
    const name = m[0].toLowerCase();
    const attrs: Record<string, string> = {};
    let j = NAME.lastIndex;
    let selfClosing = false;
    for (;;) {
      SPACE.lastIndex = j;
      SPACE.exec(source);
      j = SPACE.lastIndex;
      if (j >= n) break;
      const c = source[j];
      if (c === ">") {
        j++;
        break;
      }
      if (c === "/") {
        if (source[j + 1] === ">") {
          selfClosing = true;
          j += 2;
          break;
        }
        j++;
        continue;
      }
      ATTR_NAME.lastIndex = j;
      const a = ATTR_NAME.exec(source);
      if (!a) {
        j++;
        continue;
      }
      j = ATTR_NAME.lastIndex;
      SPACE.lastIndex = j;
      SPACE.exec(source);
      let value = "";
      if (source[SPACE.lastIndex] === "=") {
        j = SPACE.lastIndex + 1;
        SPACE.lastIndex = j;
        SPACE.exec(source);
        j = SPACE.lastIndex;
        const q = source[j];
        if (q === '"' || q === "'") {
          const close = source.indexOf(q, j + 1);
          const end = close < 0 ? n : close;
          value = decodeText(source, j + 1, end, htmlEntity).value;
          j = end + 1;
        } else {
          let k = j;
          while (k < n && !/[\s>]/.test(source[k] as string)) k++;
          value = decodeText(source, j, k, htmlEntity).value;
          j = k;
        }
      }
      attrs[a[0].toLowerCase()] = value;
    }
    const el: XElement = { type: "element", name, uri: "", attrs, children: [], start: lt };
    if (SELF_CLOSING_SIBLINGS.has(name)) {
      // `<p>a<p>b`: the new element closes the open one of its kind in the same parent
      const last = stack.length - 1;
      if (last > 0 && (stack[last] as XElement).name === name) stack.length = last;
    }
    i = j;
    if (RAW.has(name)) {
      lower ??= source.toLowerCase();
      const close = lower.indexOf(`</${name}`, i);
      const end = close < 0 ? n : source.indexOf(">", close);
      i = end < 0 ? n : end + 1;
      continue;
    }
    top().children.push(el as XNode);
    if (!selfClosing && !VOID.has(name)) stack.push(el);
  }
  if (comments.length > 0) root.comments = comments;
  return root;
}

/** Whether a page is an Akoma Ntoso HTML rendering (elements with `akn-*` classes). */
export function hasAknClasses(source: string): boolean {
  return /class\s*=\s*["'][^"']*\bakn-[A-Za-z]/.test(source);
}
