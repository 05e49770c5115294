/**
 * `html`: one self-contained page — summary with charts and an index of findings, each bill's
 * contents and text with its findings marked in place; every piece of bill text escaped.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { exportAkn } from "../../src/formats/akn-export.js";
import { importMarkup } from "../../src/formats/index.js";
import { html } from "../../src/formatters/html.js";
import { lintDocumentSource } from "../../src/lint.js";
import { parseBill } from "../../src/syntax/index.js";
import { LineIndex } from "../../src/syntax/positions.js";
import { context, finding, KK_FILE, RU_FILE, rangeOf, report, reports } from "./fixtures.js";

/** The `<section class="bill" id="…">` of a page, without CRs (the fixture's CRLF lines stay as they are in the page). */
function section(page: string, key: string): string {
  const start = page.indexOf(`<section class="bill" id="${key}">`);
  if (start < 0) throw new Error(`no section ${key}`);
  return page.slice(start, page.indexOf("</section>", start) + "</section>".length).replace(/\r/g, "");
}

/** The bill text block of a section. */
function text(page: string, key: string): string {
  const s = section(page, key);
  const start = s.indexOf('<div class="text"');
  return start < 0 ? "" : s.slice(start, s.lastIndexOf("</div>") + "</div>".length);
}

/** Every start tag of a page: name and attribute names. */
function tags(page: string): { name: string; attributes: string[] }[] {
  const out: { name: string; attributes: string[] }[] = [];
  for (const m of page.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attributes = [...(m[2] ?? "").matchAll(/\s+([^\s=>]+)(?:="[^"]*")?/g)].map((a) => a[1] as string);
    out.push({ name: (m[1] as string).toLowerCase(), attributes });
  }
  return out;
}

const EN_SOURCE = [
  "# Public Order Bill",
  "",
  "## Article 1. Assemblies",
  "",
  "1. Assemblies may be held only with the permission of the akimat.",
  "2. The akimat may refuse permission on any grounds.",
  "",
  "## Article 2. Sanctions",
  "",
  "Organisers of an unauthorised assembly shall be liable to a fine.",
  "",
].join("\n");

const EN_PERMISSION = finding({
  ruleId: "assembly/authorization-regime",
  severity: "error",
  message: "Assemblies need the permission of the akimat: a permit regime.",
  range: rangeOf(EN_SOURCE, "Assemblies may", "akimat"),
  eId: "art_1__para_1",
  label: "Art. 1(1)",
  principle: ["ICCPR art. 21"],
  profile: "iccpr",
  suggestions: [{ description: 'Replace "permission" with "notification"', edits: [] }],
});
const EN_REFUSAL = finding({
  ruleId: "limitation/open-ended-discretion",
  severity: "warning",
  message: "Refusal on any grounds: open-ended discretion.",
  range: rangeOf(EN_SOURCE, "The akimat may refuse", "grounds"),
  eId: "art_1__para_2",
  label: "Art. 1(2)",
  principle: ["ICCPR art. 21"],
  profile: "iccpr",
});

describe("html: the page", () => {
  const page = html(reports(), context());

  it("is one self-contained document: charset, language, no external resources, a CSP with the hashes of its own style and script", () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(page.endsWith("</body>\n</html>\n")).toBe(true);
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page.match(/<style\b/g)).toHaveLength(1);
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "";
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? "";
    const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
    expect(csp).toBe(
      `default-src 'none'; style-src ${hash(style)}; script-src ${hash(script)}; img-src data:; base-uri 'none'; form-action 'none'`,
    );
    // every link is to a place on the page; nothing is loaded
    for (const m of page.matchAll(/\b(href|src)="([^"]*)"/g)) expect(m[2]).toMatch(/^#/);
    expect(page).not.toMatch(/<(?:link|img|iframe|object|embed)\b/);
  });

  it("summarises the run: totals, charts per severity (with filters), family and profile, an index linking to every finding", () => {
    expect(page).toContain('<p class="totals">4 problems (1 error, 2 warnings, 1 info) in 3 files</p>');
    const nav = page.slice(page.indexOf('<nav class="summary"'), page.indexOf("</nav>") + 6);
    const rows = [...nav.matchAll(/<tr><th scope="row">(.*?)<\/th>.*?<td class="n">(\d+)<\/td><\/tr>/g)].map(
      (m) => `${m[1]?.replace(/<[^>]+>/g, "").trim()} ${m[2]}`,
    );
    expect(rows).toEqual([
      "error 1",
      "warning 2",
      "info 1",
      "Religion and state 3",
      "Directives 1",
      "kz-2026 3",
      "no profile 1",
    ]);
    expect(nav).toContain(
      '<tr><th scope="row"><label><input type="checkbox" data-filter="error" checked> <a href="#b1-f1">error</a></label></th>',
    );
    // bars: 200 px for all findings
    expect(nav).toContain('<rect x="0" y="0" width="100" height="12"></rect>');
    expect(nav).toContain('<p class="shown">Findings shown: <output id="shown">4</output></p>');
    const index = [...nav.matchAll(/<li class="sev-(\w+)"><a href="#(b\d-f\d+)">([^<]*)<\/a>/g)].map(
      (m) => `${m[2]} ${m[3]} ${m[1]}`,
    );
    expect(index).toEqual([
      "b1-f1 ст. 7 п. 2 error",
      "b1-f2 ст. 8 warning",
      "b2-f1 5-бап 1-тармақ info",
      "b2-f2 whole bill warning",
    ]);
    expect(nav).toContain(
      `<li><a href="#b1">${RU_FILE}</a> <span class="muted">2 problems (1 error, 1 warning, 0 info) in 1 file</span>`,
    );
    expect(nav).toContain(`<li><a href="#b2">${KK_FILE}</a>`);
    // every link of the page has its target
    const ids = new Set([...page.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
    for (const m of page.matchAll(/href="#([^"]+)"/g)) expect(ids.has(m[1])).toBe(true);
  });

  it("shows a bill with its contents, headings as anchors and each finding marked in place, then described", () => {
    const s = section(page, "b1");
    expect(s).toContain(
      [
        '<nav class="toc" aria-label="Contents"><details open><summary>Contents</summary><ol>',
        '<li class="d0"><a href="#b1-art_7">ст. 7</a> <span class="heading">Регистрация</span> <span class="badge sev-error" title="1 finding">1</span></li>',
        '<li class="d0"><a href="#b1-art_8">ст. 8</a> <span class="heading">Проверки</span> <span class="badge sev-warning" title="1 finding">1</span></li>',
        "</ol></details></nav>",
      ].join("\n"),
    );
    const body = text(page, "b1");
    const cards = [...body.matchAll(/<div class="cards">[\s\S]*?<\/div>\n<\/div>\n/g)].map((m) => m[0]);
    const withoutCards = body.replace(/<div class="cards">[\s\S]*?<\/div>\n<\/div>\n/g, "[cards]\n");
    expect(withoutCards).toBe(
      [
        '<div class="text" lang="ru">',
        '<div class="t">Закон о религиозной деятельности',
        "",
        "</div>",
        '<h3 class="h" id="b1-art_7">Статья 7. Регистрация</h3>',
        '<div class="t">',
        '<span class="a" id="b1-art_7__para_2"></span>2. <mark class="sev-error" aria-describedby="b1-f1">Религиозная деятельность допускается только после государственной регистрации</mark>.',
        "</div>",
        "[cards]",
        '<h3 class="h" id="b1-art_8">Статья 8. Проверки</h3>',
        '<div class="t">',
        '<span class="a" id="b1-art_8__al_1"></span><mark class="sev-warning" aria-describedby="b1-f2">Уполномоченный орган вправе проверять',
        "деятельность религиозных объединений</mark>.",
        "</div>",
        "[cards]",
        "</div>",
      ].join("\n"),
    );
    expect(cards[0]).toBe(
      [
        '<div class="cards">',
        '<div class="finding sev-error" id="b1-f1" data-sev="error"><p class="fh"><span class="badge sev-error">error</span> ' +
          '<strong class="rule">Religious practice conditional on registration</strong> <code>religion/registration-precondition:worship-conditioned</code></p>' +
          '<p class="where"><a href="#b1-art_7__para_2">ст. 7 п. 2</a> · line 4, column 4 · profile kz-2026 · confidence 0.9</p>' +
          '<p class="msg">Религиозная деятельность поставлена в зависимость от регистрации.</p>' +
          '<p class="cite"><span class="k">Rests on:</span> KZ Constitution 2026 art. 7(1)–(2)</p>' +
          '<div class="sugg"><span class="k">Suggestion:</span><ul><li>Удалить условие о регистрации</li></ul></div></div>',
        "</div>",
        "",
      ].join("\n"),
    );
    // the message's markup characters are text
    expect(cards[1]).toContain(
      '<p class="msg">Проверка 100% объединений: без суда, без срока\n&lt;контроль&gt; &amp; «надзор» ]]&gt;</p>',
    );
    expect(cards[1]).toContain(
      '<p class="cite"><span class="k">Rests on:</span> KZ Constitution 2026 art. 7(1); ICCPR art. 18(3)</p>',
    );
  });

  it("shows a document-level finding with no provision as the whole bill's", () => {
    const body = text(page, "b2");
    expect(body).toContain(
      '<div class="t"><mark class="sev-warning" aria-describedby="b2-f2">&lt;!-- rightslint-disable-next-line religion/state-doctrinal-review -- ескі --&gt;</mark>\n</div>',
    );
    expect(body).toContain('<p class="where">whole bill · line 4, column 1 · no profile · confidence 1</p>');
  });

  it("gives a clean bill its heading and 'no problems', without its text", () => {
    expect(section(page, "b3")).toBe(
      [
        '<section class="bill" id="b3">',
        '<h2 class="file">bills/clean.md</h2>',
        '<p class="bill-title" lang="en">Clean bill</p>',
        '<p class="totals">1 file, no problems</p>',
        '<p class="clean">No problems found.</p>',
        "</section>",
      ].join("\n"),
    );
    const clean = html([report("a.md", "Article 1. Scope\nThis Law applies.\n", [])], context({ locale: "ru" }));
    expect(clean).toContain('<p class="totals">1 файл, проблем нет</p>');
    expect(clean).toContain('<p class="clean">Проблем не найдено.</p>');
    expect(clean).toContain('<li class="d0"><a href="#b1-art_1">Art. 1</a> <span class="heading">Scope</span></li>');
    expect(clean).not.toContain('<div class="text"');
    expect(clean).toContain('<output id="shown">0</output>');
  });
});

describe("html: an English bill", () => {
  const page = html([report("bills/public-order.md", EN_SOURCE, [EN_PERMISSION, EN_REFUSAL])], context());

  it("puts Markdown heading marks into the heading and a finding's description after its line", () => {
    expect(page).toContain("<title>Rights-compliance report: bills/public-order.md</title>");
    expect(text(page, "b1").replace(/<div class="finding[^\n]*\n/g, "[finding]\n")).toBe(
      [
        '<div class="text" lang="en">',
        '<div class="t"># Public Order Bill',
        "",
        "</div>",
        '<h3 class="h" id="b1-art_1">## Article 1. Assemblies</h3>',
        '<div class="t">',
        "",
        '<span class="a" id="b1-art_1__para_1"></span>1. <mark class="sev-error" aria-describedby="b1-f1">Assemblies may be held only with the permission of the akimat</mark>.',
        "</div>",
        '<div class="cards">',
        "[finding]",
        "</div>",
        '<div class="t"><span class="a" id="b1-art_1__para_2"></span>2. <mark class="sev-warning" aria-describedby="b1-f2">The akimat may refuse permission on any grounds</mark>.',
        "</div>",
        '<div class="cards">',
        "[finding]",
        "</div>",
        '<div class="t">',
        "</div>",
        '<h3 class="h" id="b1-art_2">## Article 2. Sanctions</h3>',
        '<div class="t">',
        "",
        '<span class="a" id="b1-art_2__al_1"></span>Organisers of an unauthorised assembly shall be liable to a fine.',
        "</div>",
        "</div>",
      ].join("\n"),
    );
    expect(page).toContain(
      '<p class="cite"><span class="k">Rests on:</span> ICCPR art. 21</p><div class="sugg"><span class="k">Suggestion:</span><ul><li>Replace &quot;permission&quot; with &quot;notification&quot;</li></ul></div>',
    );
    expect(page).toContain('<p class="bill-title" lang="en">Public Order Bill</p>');
  });

  it("cuts overlapping findings into segments, each marked once with every finding over it", () => {
    const source = "Article 1. Test\nAAAA BBBB CCCC DDDD\n";
    const f = (ruleId: string, severity: Finding["severity"], first: string, last: string) =>
      finding({
        ruleId,
        severity,
        message: ruleId,
        range: rangeOf(source, first, last),
        eId: "art_1__al_1",
        label: "Art. 1",
      });
    const page2 = html(
      [
        report("o.txt", source, [
          f("x/a", "info", "AAAA", "BBBB"),
          f("x/b", "warning", "BBBB", "CCCC"),
          f("x/c", "info", "AAAA", "BBBB"),
          f("x/d", "error", "BBBB", "BBBB"),
        ]),
      ],
      context(),
    );
    const line = text(page2, "b1").split("\n")[3];
    expect(line).toBe(
      '<span class="a" id="b1-art_1__al_1"></span>' +
        '<mark class="sev-info multi" aria-describedby="b1-f1 b1-f3">AAAA </mark>' +
        '<mark class="sev-error multi" aria-describedby="b1-f1 b1-f2 b1-f3 b1-f4">BBBB</mark>' +
        '<mark class="sev-warning" aria-describedby="b1-f2"> CCCC</mark> DDDD',
    );
    // each finding is described once, after the line
    expect(page2.match(/<div class="finding /g)).toHaveLength(4);
  });

  it("keeps an empty or out-of-range span: nothing marked, the finding still described", () => {
    const source = "Article 1. Test\nText.\n";
    const at = rangeOf(source, "Text");
    const empty = finding({
      ruleId: "x/empty",
      severity: "info",
      message: "m",
      range: { start: at.start, end: at.start },
    });
    const stale = finding({
      ruleId: "x/stale",
      severity: "info",
      message: "m",
      range: { start: { ...at.start, offset: 500 }, end: { ...at.end, offset: 900 } },
    });
    const page2 = html([report("e.txt", source, [empty, stale])], context());
    expect(page2).not.toContain("<mark");
    expect(page2.match(/<div class="finding /g)).toHaveLength(2);
  });
});

describe("html: a bill imported from its markup", () => {
  it("shows an Akoma Ntoso file as the lint read it: its outline, its text, each finding on its words", () => {
    // the English bill exported to Akoma Ntoso and linted from the XML, as the CLI lints a .akn.xml file
    const xml = exportAkn(parseBill(EN_SOURCE), { name: "public_order" });
    const { document, index } = importMarkup(xml, "akn");
    const findings = lintDocumentSource(document, index, { preset: "kz-2026" }).findings;
    const permit = findings.find((f) => f.ruleId === "assembly/authorization-regime");
    expect(permit?.label).toBe("Art. 1(1)");
    const page = html([{ ...report("bills/public-order.akn.xml", xml, findings), language: "en" }], context());
    const s = section(page, "b1");
    expect(s).toContain('<li class="d0"><a href="#b1-art_1">Art. 1</a> <span class="heading">Assemblies</span>');
    expect(s).toContain('<li class="d0"><a href="#b1-art_2">Art. 2</a> <span class="heading">Sanctions</span>');
    // the marks cover the bill's words, not XML tags
    const marked = [...text(page, "b1").matchAll(/<mark [^>]*>([^<]*)<\/mark>/g)].map((m) => m[1]);
    expect(marked.length).toBeGreaterThan(0);
    for (const m of marked) expect(m).not.toMatch(/[<>]|akn|xmlns/);
    expect(marked.join(" ")).toContain("Assemblies may be held only with the permission of the akimat");
    expect(text(page, "b1")).not.toContain("&lt;akomaNtoso");
  });

  it("parses a text bill in the language it was linted in", () => {
    // Russian words in a bill linted as Kazakh (--language kk): the page says kk, and so does its outline
    const source = "1-бап. Жиналыстар\n\n1. Собрания проводятся только с разрешения акимата.\n";
    const page = html([{ ...report("bill.txt", source, []), language: "kk" }], context());
    expect(section(page, "b1")).toContain('<a href="#b1-art_1">1-бап</a>');
  });
});

describe("html: escaping", () => {
  const source = [
    'Article 1. <script>alert(1)</script> "onload=alert(2)',
    `1. The body may publish <img src=x onerror="alert(3)"> & ' " <!-- x --> </div></mark></section>.`,
    "",
  ].join("\n");
  const evil = finding({
    ruleId: "expression/prior-restraint",
    severity: "error",
    message: "Quoted: \"<script>alert(4)</script>\" & 'x'",
    range: rangeOf(source, "<img", "</section>"),
    eId: 'art_1"><script>',
    label: 'Art. 1"><b>',
    profile: '"><i>',
    principle: ["<u>ICCPR</u>"],
    suggestions: [{ description: 'Add "<em>court</em>"', edits: [] }],
  });
  const page = html([report('bills/<x> "y".md', source, [evil])], context());

  it("escapes every piece of bill text, path, label, message and suggestion", () => {
    expect(page).not.toMatch(/<script>alert|<img|<b>|<i>|<u>|<em>/);
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &quot;onload=alert(2)");
    expect(page).toContain(
      '<mark class="sev-error" aria-describedby="b1-f1">&lt;img src=x onerror=&quot;alert(3)&quot;&gt; &amp; &#39; &quot; &lt;!-- x --&gt; &lt;/div&gt;&lt;/mark&gt;&lt;/section&gt;</mark>',
    );
    expect(page).toContain('<h2 class="file">bills/&lt;x&gt; &quot;y&quot;.md</h2>');
    expect(page).toContain("<title>Rights-compliance report: bills/&lt;x&gt; &quot;y&quot;.md</title>");
    expect(page).toContain(
      '<p class="msg">Quoted: &quot;&lt;script&gt;alert(4)&lt;/script&gt;&quot; &amp; &#39;x&#39;</p>',
    );
    expect(page).toContain("<li>Add &quot;&lt;em&gt;court&lt;/em&gt;&quot;</li>");
    expect(page).toContain("Art. 1&quot;&gt;&lt;b&gt;");
  });

  it("has only the page's own elements and attributes", () => {
    const allowed = new Set(
      "html head meta title style body header h1 h2 h3 h4 h5 h6 p nav div section table tr th td label input a svg rect output ol ul li details summary span strong code main mark script".split(
        " ",
      ),
    );
    const attributes = new Set(
      "lang charset name content http-equiv class id href aria-label aria-hidden aria-describedby type data-filter checked scope width height viewbox x y open title data-sev".split(
        " ",
      ),
    );
    for (const tag of tags(page)) {
      expect(allowed.has(tag.name), tag.name).toBe(true);
      for (const a of tag.attributes) expect(attributes.has(a.toLowerCase()), `${tag.name} ${a}`).toBe(true);
    }
    expect(tags(page).filter((t) => t.name === "script")).toHaveLength(1);
  });
});

describe("html: words in the locale", () => {
  it("Russian: page language, headings, plural forms", () => {
    const page = html(reports(), context({ locale: "ru" }));
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain("<h1>Отчёт о соответствии правам человека</h1>");
    expect(page).toContain(
      '<p class="totals">4 проблемы (1 ошибка, 2 предупреждения, 1 информационное сообщение) в 3 файлах</p>',
    );
    expect(page).toContain("<h3>По важности</h3>");
    expect(page).toContain("<h3>По группам правил</h3>");
    expect(page).toContain('<a href="#b1-f1">ошибка</a>');
    expect(page).toContain("<summary>2 замечания</summary>");
    expect(page).toContain('<p class="shown">Показано замечаний: <output id="shown">4</output></p>');
    expect(page).toContain("строка 4, столбец 4 · профиль kz-2026 · уверенность 0.9");
    expect(page).toContain('<span class="k">Основание:</span>');
    expect(page).toContain('<span class="k">Предложение:</span>');
    // rule titles in Russian too
    expect(page).not.toContain("Religious practice conditional on registration");
    const many = html(
      [
        report(
          "a.txt",
          "Статья 1. А\nТекст.\n",
          Array.from({ length: 5 }, (_, i) =>
            finding({
              ruleId: `x/r${i}`,
              severity: "info",
              message: "м",
              range: rangeOf("Статья 1. А\nТекст.\n", "Текст"),
            }),
          ),
        ),
      ],
      context({ locale: "ru" }),
    );
    expect(many).toContain("<summary>5 замечаний</summary>");
  });

  it("Kazakh: page language and words", () => {
    const page = html(reports(), context({ locale: "kk" }));
    expect(page).toContain('<html lang="kk">');
    expect(page).toContain("<h2>Жиынтық</h2>");
    expect(page).toContain("<summary>2 ескертпе</summary>");
    expect(page).toContain("4-жол, 4-баған");
  });
});

describe("html: a big bill", () => {
  it("renders a 1 MB bill with thousands of findings in reasonable time and size", () => {
    const articles: string[] = [];
    for (let i = 1, size = 0; size < 1_000_000; i++) {
      const article = `Article ${i}. Registration of associations number ${i}\n1. Associations may act only after state registration by the ministry.\n2. The ministry may refuse registration on any grounds, including the interests of the state.\n`;
      articles.push(article);
      size += article.length + 1;
    }
    const source = articles.join("\n");
    const index = new LineIndex(source);
    const findings: Finding[] = [];
    const base = { eId: "", label: "", principle: ["ICCPR art. 22"] };
    for (
      let at = source.indexOf("Associations may act");
      at >= 0;
      at = source.indexOf("Associations may act", at + 1)
    ) {
      // two findings per article, overlapping
      findings.push(
        finding({
          ...base,
          ruleId: "association/mandatory-registration",
          severity: "error",
          message: "m1",
          range: index.range(at, at + 60),
        }),
        finding({
          ...base,
          ruleId: "limitation/open-ended-discretion",
          severity: "warning",
          message: "m2",
          range: index.range(at + 40, at + 80),
        }),
      );
    }
    expect(source.length).toBeGreaterThan(1_000_000);
    expect(findings.length).toBeGreaterThan(6000);
    const started = performance.now();
    const page = html([report("big.txt", source, findings)], context());
    const elapsed = performance.now() - started;
    expect(page.match(/<div class="finding /g)).toHaveLength(findings.length);
    expect(elapsed).toBeLessThan(15_000);
    // the text once, escaped, plus a bounded size per finding
    expect(page.length).toBeLessThan(source.length + findings.length * 1200);
  }, 60_000);
});
