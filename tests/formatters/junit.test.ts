/** `junit`: JUnit XML, one suite per file, well-formed whatever the messages hold. */
import { describe, expect, it } from "vitest";
import { attr, junit, text } from "../../src/formatters/junit.js";
import { context, finding, rangeOf, report, reports } from "./fixtures.js";

/**
 * A small XML 1.0 well-formedness check for what `junit` writes: one declaration, balanced
 * elements, quoted attributes without `<` or a bare `&`, character data without `<` or a bare
 * `&`, only characters XML allows. Returns the problems found (none for a well-formed document).
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  for (const ch of xml) {
    // code points XML 1.0 allows; a lone surrogate comes out of the iterator on its own
    const cp = ch.codePointAt(0)!;
    const allowed =
      cp === 0x9 ||
      cp === 0xa ||
      cp === 0xd ||
      (cp >= 0x20 && cp <= 0xd7ff) ||
      (cp >= 0xe000 && cp <= 0xfffd) ||
      (cp >= 0x10000 && cp <= 0x10ffff);
    if (!allowed) problems.push(`forbidden character U+${cp.toString(16).toUpperCase()}`);
  }
  const bareAmp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, "");
  if (body === xml) problems.push("no declaration");
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[A-Za-z][\w.-]*="[^"]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  for (const m of body.matchAll(token)) {
    const [, close, name, attrs, selfClose, chars, stray] = m;
    if (stray) {
      problems.push(`stray < at ${m.index}`);
      break;
    }
    if (chars !== undefined) {
      if (stack.length === 0 && chars.trim() !== "") problems.push("text outside the root");
      if (bareAmp.test(chars) || chars.includes(">") || chars.includes("]]>")) problems.push(`bad text: ${chars}`);
      continue;
    }
    for (const a of (attrs ?? "").matchAll(/="([^"]*)"/g)) {
      if (a[1]!.includes("<") || bareAmp.test(a[1]!)) problems.push(`bad attribute: ${a[1]}`);
    }
    if (close) {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
    } else if (!selfClose) stack.push(name!);
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(", ")}`);
  return problems;
}

describe("junit", () => {
  it("writes a suite per file, a failing testcase per error or warning, a passing one for infos and clean files", () => {
    expect(junit(reports(), context())).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="rightslint" tests="5" failures="3" errors="0">',
        '  <testsuite name="bills/закон о религии.md" tests="2" failures="2" errors="0" skipped="0">',
        '    <testcase classname="bills/закон о религии.md" name="religion/registration-precondition:worship-conditioned ст. 7 п. 2">',
        '      <failure type="error" message="Религиозная деятельность поставлена в зависимость от регистрации.">bills/закон о религии.md:4:4 ст. 7 п. 2',
        "Религиозная деятельность поставлена в зависимость от регистрации.",
        "religion/registration-precondition:worship-conditioned (KZ Constitution 2026 art. 7(1)–(2))</failure>",
        "    </testcase>",
        '    <testcase classname="bills/закон о религии.md" name="religion/state-control-internal-affairs ст. 8">',
        '      <failure type="warning" message="Проверка 100% объединений: без суда, без срока&#10;&lt;контроль&gt; &amp; «надзор» ]]&gt;">bills/закон о религии.md:6:1 ст. 8',
        "Проверка 100% объединений: без суда, без срока",
        "&lt;контроль&gt; &amp; «надзор» ]]&gt;",
        "religion/state-control-internal-affairs (KZ Constitution 2026 art. 7(1); ICCPR art. 18(3))</failure>",
        "    </testcase>",
        "  </testsuite>",
        '  <testsuite name="bills/kk/law-religion.txt" tests="2" failures="1" errors="0" skipped="0">',
        '    <testcase classname="bills/kk/law-religion.txt" name="religion/registration-threshold 5-бап 1-тармақ">',
        "      <system-out>bills/kk/law-religion.txt:3:4 5-бап 1-тармақ",
        "Тіркеу шарты тексерілуі керек.",
        "religion/registration-threshold (KZ Constitution 2026 art. 7(2))</system-out>",
        "    </testcase>",
        '    <testcase classname="bills/kk/law-religion.txt" name="directives/unused">',
        '      <failure type="warning" message="rightslint-disable-next-line for religion/state-doctrinal-review suppresses nothing: remove it">bills/kk/law-religion.txt:4:1',
        "rightslint-disable-next-line for religion/state-doctrinal-review suppresses nothing: remove it",
        "directives/unused</failure>",
        "    </testcase>",
        "  </testsuite>",
        '  <testsuite name="bills/clean.md" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase classname="bills/clean.md" name="rightslint"/>',
        "  </testsuite>",
        "</testsuites>",
        "",
      ].join("\n"),
    );
    expect(xmlProblems(junit(reports(), context()))).toEqual([]);
  });

  it("escapes markup and replaces characters XML 1.0 forbids", () => {
    expect(text(`a & b < c > d ]]> "e" 'f'`)).toBe(`a &amp; b &lt; c &gt; d ]]&gt; "e" 'f'`);
    expect(attr(`a & "b" <c>\td\ne\rf`)).toBe("a &amp; &quot;b&quot; &lt;c&gt;&#9;d&#10;e&#13;f");
    expect(text("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFFf")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
    expect(text("lone \uD800 high, lone \uDC00 low, pair 𝔸")).toBe("lone \uFFFD high, lone \uFFFD low, pair 𝔸");
    expect(text("tab\tlf\ncr\r")).toBe("tab\tlf\ncr\r");
  });

  it("stays well-formed with control characters, markup and CDATA ends in messages, labels and paths", () => {
    const source = "Статья 1.\r\nТекст\u0001.\r\n";
    const f = finding({
      ruleId: "x/y",
      severity: "error",
      message: "<b>жирный</b> & \u0000\u0008 ]]> \uDFFF \"кавычки\" 'апостроф'",
      range: rangeOf(source, "Текст"),
      label: 'ст. <1> & "2"',
    });
    const xml = junit([report('bills/<a> & "b".md', source, [f])], context());
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain(
      '<testcase classname="bills/&lt;a&gt; &amp; &quot;b&quot;.md" name="x/y ст. &lt;1&gt; &amp; &quot;2&quot;">',
    );
    expect(xml).toContain(
      "message=\"&lt;b&gt;жирный&lt;/b&gt; &amp; \uFFFD\uFFFD ]]&gt; \uFFFD &quot;кавычки&quot; 'апостроф'\"",
    );
    // the check itself rejects what it should
    expect(xmlProblems('<?xml version="1.0" encoding="UTF-8"?>\n<a>x & y</a>')).not.toEqual([]);
    expect(xmlProblems('<?xml version="1.0" encoding="UTF-8"?>\n<a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<?xml version="1.0" encoding="UTF-8"?>\n<a>\u0001</a>')).not.toEqual([]);
  });

  it("lists a run of clean files as passing tests", () => {
    expect(junit([report("a.md", "x\n", []), report("b b.md", "y\n", [])], context())).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="rightslint" tests="2" failures="0" errors="0">',
        '  <testsuite name="a.md" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase classname="a.md" name="rightslint"/>',
        "  </testsuite>",
        '  <testsuite name="b b.md" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase classname="b b.md" name="rightslint"/>',
        "  </testsuite>",
        "</testsuites>",
        "",
      ].join("\n"),
    );
  });
});
