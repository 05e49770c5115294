/** The XML and HTML readers under the adapters, and the XML writer under the export. */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/formats/html.js";
import { FormatError, parseXml, textOffset, type XElement, type XText } from "../../src/formats/xml.js";
import { comment, el, escapeAttr, escapeText, pi, serialize, xmlChars } from "../../src/formats/xml-writer.js";

/** Text by innermost element, and attribute values, of an XML document read by saxes alone. */
function saxesRead(xml: string): { texts: Record<string, string>; attrs: string[] } {
  const p = new SaxesParser();
  const texts: Record<string, string> = {};
  const attrs: string[] = [];
  const stack: string[] = [];
  p.on("text", (t) => {
    const name = stack[stack.length - 1] ?? "";
    texts[name] = (texts[name] ?? "") + t;
  });
  p.on("opentag", (t) => {
    stack.push(t.name);
    for (const v of Object.values(t.attributes)) attrs.push(v as string);
  });
  p.on("closetag", () => {
    stack.pop();
  });
  p.write(xml).close();
  return { texts, attrs };
}

function texts(e: XElement): XText[] {
  const out: XText[] = [];
  const rec = (x: XElement): void => {
    for (const c of x.children) {
      if (c.type === "text") out.push(c);
      else rec(c);
    }
  };
  rec(e);
  return out;
}

describe("parseXml", () => {
  it("maps every character of text to its place in the file, entities and CRLF included", () => {
    const src =
      '<?xml version="1.0"?>\r\n<a xmlns="urn:x"><b k="1 &amp; 2">one &amp; two&#x2014;three</b>\r\n<c>x\r\ny<![CDATA[<z>]]></c></a>';
    const root = parseXml(src);
    expect(root.name).toBe("a");
    expect(root.uri).toBe("urn:x");
    const b = root.children.find((c) => c.type === "element" && c.name === "b") as XElement;
    expect(b.attrs.k).toBe("1 & 2");
    expect(src.slice(b.start, b.start + 2)).toBe("<b");
    const [t1, , t3, t4] = texts(root);
    expect(t1?.value).toBe("one & two\u2014three");
    // "t" of "two" and "t" of "three" are where they are in the file; "&amp;" and "&#x2014;" map to their "&"
    expect(src[textOffset(t1 as XText, 6)]).toBe("t");
    expect(src.slice(textOffset(t1 as XText, 4), textOffset(t1 as XText, 4) + 5)).toBe("&amp;");
    expect(src.slice(textOffset(t1 as XText, 9), textOffset(t1 as XText, 9) + 3)).toBe("&#x");
    expect(src.slice(textOffset(t1 as XText, 10), textOffset(t1 as XText, 10) + 5)).toBe("three");
    expect(t3?.value).toBe("x\ny");
    expect(src[textOffset(t3 as XText, 2)]).toBe("y");
    expect(t4?.value).toBe("<z>");
    expect(src.slice(textOffset(t4 as XText, 0), textOffset(t4 as XText, 0) + 3)).toBe("<z>");
  });

  it("reports malformed XML as one line with the line and column where reading stopped", () => {
    const cases: [string, RegExp][] = [
      ["<a>\n<b></a>", /^malformed XML at line 2, column \d+: unexpected close tag/],
      ["<a>\n  <b x=1/></a>", /^malformed XML at line 2, column \d+: /],
      ["<a>&nope;</a>", /^malformed XML at line 1, column \d+: /],
      ["<a>", /^malformed XML at line 1, column \d+: /],
      ["", /^malformed XML/],
    ];
    for (const [src, message] of cases) {
      let error: unknown;
      try {
        parseXml(src);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FormatError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain("\n");
    }
  });
});

describe("parseHtml", () => {
  it("reads tags, attributes, entities and void elements, and keeps source offsets", () => {
    const src =
      '<!DOCTYPE html><div class="akn-section" data-eId="sec_1"><h3>1. Title<br>more</h3><p>a &amp; b&nbsp;c<p>second<script>x<y</script></div>';
    const root = parseHtml(src);
    const div = root.children[0] as XElement;
    expect(div.name).toBe("div");
    expect(div.attrs["data-eid"]).toBe("sec_1");
    const h3 = div.children[0] as XElement;
    expect(h3.children.map((c) => (c.type === "text" ? c.value : c.name))).toEqual(["1. Title", "br", "more"]);
    const ps = div.children.filter((c) => c.type === "element" && c.name === "p") as XElement[];
    expect(ps).toHaveLength(2);
    const t = ps[0]?.children[0] as XText;
    expect(t.value).toBe("a & b\u00a0c");
    expect(src[textOffset(t, 4)]).toBe("b");
    expect(ps[1]?.children).toHaveLength(1);
  });
});

describe("the XML writer", () => {
  it("escapes text and attribute values so that any string reads back the same (saxes)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 60 }),
        fc.string({ unit: "binary", maxLength: 30 }),
        (text, attr) => {
          const xml = serialize(el("root", { a: attr }, el("p", null, text, el("b", null, text))));
          const read = saxesRead(xml);
          const expected = xmlChars(text);
          expect(read.attrs).toEqual([xmlChars(attr)]);
          expect(read.texts.p ?? "").toBe(expected);
          expect(read.texts.b ?? "").toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("escapes the characters that would end text or a value", () => {
    expect(escapeText('a<b>&"c"\r')).toBe('a&lt;b&gt;&amp;"c"&#13;');
    expect(escapeAttr('"x" & <y>\n')).toBe("&quot;x&quot; &amp; &lt;y&gt;&#10;");
    expect(xmlChars("a\u0000b\u0007c\ud800d\ufffee\u{1F600}")).toBe("abcde\u{1F600}");
  });

  it("writes comments and processing instructions that stay well-formed, and reads them back", () => {
    const xml = serialize(
      el(
        "a",
        null,
        comment(" a -- b --- c -"),
        pi("rightslint-disable", "x/y -- a reason ?> with end"),
        el("b", null, "t"),
      ),
    );
    const p = new SaxesParser();
    const seen: string[] = [];
    p.on("comment", (c) => seen.push(`comment:${c}`));
    p.on("processinginstruction", (i) => seen.push(`pi:${i.target}:${i.body}`));
    p.write(xml).close();
    expect(seen).toEqual(["comment: a - - b - - - c - ", "pi:rightslint-disable:x/y -- a reason ? > with end"]);
    const root = parseXml(xml);
    expect(root.comments?.map((c) => [c.value, xml.slice(c.start, c.start + 4)])).toEqual([
      ["a - - b - - - c -", "<!--"],
      ["rightslint-disable x/y -- a reason ? > with end", "<?ri"],
    ]);
    expect(() => serialize(el("a", null, pi("xml", "")))).toThrow(/invalid processing instruction/);
  });

  it("rejects invalid element and attribute names instead of writing broken markup", () => {
    expect(() => serialize(el("a b"))).toThrow(/invalid XML element name/);
    expect(() => serialize(el("a", { 'x"y': "1" }))).toThrow(/invalid XML attribute name/);
  });
});
