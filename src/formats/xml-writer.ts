/**
 * A small XML writer: elements are built as a tree and serialised with every text and attribute
 * value escaped, so no bill text can break the markup. (No XML builder library is a dependency
 * of rightslint; this one is tested by re-parsing its output with saxes.) Characters XML 1.0 does
 * not allow (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped.
 */

export interface XmlNode {
  name: string;
  attrs: [string, string][];
  children: (XmlNode | string)[];
}

/** An element; attributes whose value is undefined are left out. */
export function el(
  name: string,
  attrs: Record<string, string | undefined> | null = null,
  ...children: (XmlNode | string | null | undefined | false)[]
): XmlNode {
  const list: [string, string][] = [];
  if (attrs) for (const [k, v] of Object.entries(attrs)) if (v !== undefined) list.push([k, v]);
  return { name, attrs: list, children: children.filter((c): c is XmlNode | string => !!c || c === "") };
}

/** A comment (`--` and a final `-`, which XML does not allow in one, are spaced out). */
export function comment(text: string): XmlNode {
  return { name: "#comment", attrs: [], children: [text] };
}

/** A processing instruction `<?target body?>` (`?>` in the body is spaced out). */
export function pi(target: string, body: string): XmlNode {
  return { name: "#pi", attrs: [["target", target]], children: [body] };
}

/** Anything but the common characters: a reason to look closer (controls, surrogates, U+FFFE/F). */
const UNUSUAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/;

/** `s` without the characters XML 1.0 forbids (C0 controls but TAB/LF/CR, lone surrogates, U+FFFE/F). */
export function xmlChars(s: string): string {
  if (!UNUSUAL.test(s)) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) continue;
    if (c === 0xfffe || c === 0xffff) continue;
    out += s[i];
  }
  return out;
}

/** Text content: `&`, `<`, `>` escaped (and CR, which a parser would otherwise turn into LF). */
export function escapeText(s: string): string {
  return xmlChars(s).replace(/[&<>\r]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&#13;",
  );
}

/** An attribute value in double quotes: also `"` and the white space a parser would normalise. */
export function escapeAttr(s: string): string {
  return xmlChars(s).replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "\t":
        return "&#9;";
      case "\n":
        return "&#10;";
      default:
        return "&#13;";
    }
  });
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

/**
 * Serialises a document: the XML declaration, then the root. Elements with only element children
 * are indented; an element with any text keeps its content on one line (white space in mixed
 * content is significant).
 */
export function serialize(root: XmlNode, indent = "  "): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const write = (node: XmlNode, depth: number, inline: boolean): void => {
    if (node.name === "#comment" || node.name === "#pi") {
      const text = xmlChars(String(node.children[0] ?? ""));
      const pad = inline ? "" : indent.repeat(depth);
      if (node.name === "#comment") {
        const safe = text.replace(/--/g, "- -").replace(/--/g, "- -").replace(/-$/, "- ");
        out.push(`${pad}<!--${safe}-->`);
      } else {
        const target = node.attrs[0]?.[1] ?? "";
        if (!NAME.test(target) || /^xml$/i.test(target))
          throw new Error(`invalid processing instruction ${JSON.stringify(target)}`);
        out.push(`${pad}<?${target}${text ? ` ${text.replace(/\?>/g, "? >")}` : ""}?>`);
      }
      if (!inline) out.push("\n");
      return;
    }
    if (!NAME.test(node.name)) throw new Error(`invalid XML element name ${JSON.stringify(node.name)}`);
    let open = `<${node.name}`;
    for (const [k, v] of node.attrs) {
      if (!NAME.test(k)) throw new Error(`invalid XML attribute name ${JSON.stringify(k)}`);
      open += ` ${k}="${escapeAttr(v)}"`;
    }
    const pad = inline ? "" : indent.repeat(depth);
    if (node.children.length === 0) {
      out.push(`${pad}${open}/>`);
      if (!inline) out.push("\n");
      return;
    }
    const mixed = node.children.some((c) => typeof c === "string");
    if (mixed || inline) {
      out.push(`${pad}${open}>`);
      for (const c of node.children) {
        if (typeof c === "string") out.push(escapeText(c));
        else write(c, 0, true);
      }
      out.push(`</${node.name}>`);
      if (!inline) out.push("\n");
      return;
    }
    out.push(`${pad}${open}>\n`);
    for (const c of node.children) write(c as XmlNode, depth + 1, false);
    out.push(`${pad}</${node.name}>\n`);
  };
  write(root, 0, false);
  return out.join("");
}
