/**
 * `html`: one self-contained page for a run, for a committee or a drafter to read in a browser,
 * offline. Inline CSS and a few lines of inline JavaScript, nothing loaded from anywhere (a
 * Content-Security-Policy allows only the page's own style and script, by hash).
 *
 * - A summary: the run's totals, bar charts (inline SVG) of the findings per severity (with a
 *   filter), per rule family and per profile, and per bill an index of its findings that links to
 *   each of them.
 * - Each bill with findings: its table of contents (divisions, with their labels, headings and
 *   counts of findings, linking to the headings), then its text with every division heading as an
 *   anchor, every finding's exact source span in a `<mark>` and, after the line where a finding
 *   ends, the finding: severity, rule title, message, the principle it rests on, suggestions.
 *   Overlapping findings are cut into segments, each marked once with all the findings over it.
 *   A clean bill gets its heading, "no problems" and its contents.
 *
 * Every piece of a bill (text, headings, labels, paths) and every message is escaped: a bill that
 * holds `<script>` shows it. The page is built as an array of strings joined once, so a 1 MB bill
 * costs one pass over its text plus a sort of its findings' boundaries.
 */
import type { Finding, Severity } from "../engine/types.js";
import { detectFormat, importMarkup, isMarkup } from "../formats/index.js";
import type { Translate } from "../i18n/index.js";
import { ruleTitle } from "../i18n/rules.js";
import { cspHash, escapeHtml as esc } from "../report/escape.js";
import { familyName, reportTranslator } from "../report/messages.js";
import type { Division, Document, Provision } from "../syntax/ast.js";
import { parseBill } from "../syntax/index.js";
import { outline } from "../syntax/walk.js";
import { citation, ruleRef, totals } from "./common.js";
import { formatterTranslator, severityName, summaryLine } from "./messages.js";
import type { FileReport, FormatContext, Formatter } from "./types.js";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const html: Formatter = (reports, context) => {
  const t = reportTranslator(context.locale);
  const ft = formatterTranslator(context.locale);
  const out: string[] = [];
  const bills = reports.map((report, i) => prepare(report, i + 1));
  out.push(
    "<!DOCTYPE html>\n",
    `<html lang="${esc(context.locale)}">\n<head>\n<meta charset="utf-8">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspHash(CSS)}; script-src ${cspHash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'">\n`,
    `<meta name="generator" content="${esc(t("html.generator", { version: context.version }))}">\n`,
    `<title>${esc(pageTitle(t, reports))}</title>\n<style>${CSS}</style>\n</head>\n<body>\n`,
    `<header class="top"><h1>${esc(t("html.title"))}</h1>`,
    `<p class="totals">${esc(summaryLine(ft, totals(reports)))}</p>`,
    `<p class="generator">${esc(t("html.generator", { version: context.version }))}</p></header>\n`,
  );
  summary(out, bills, t, ft, context);
  out.push("<main>\n");
  for (const bill of bills) billSection(out, bill, t, ft, context);
  out.push(`</main>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`);
  return out.join("");
};

function pageTitle(t: Translate, reports: readonly FileReport[]): string {
  const only = reports.length === 1 ? reports[0] : undefined;
  return only ? `${t("html.title")}: ${only.filePath}` : t("html.title");
}

// ── one bill, prepared ───────────────────────────────────────────────────────────────────────

interface Bill {
  report: FileReport;
  /** `b1`, `b2`, … : the prefix of every id of this bill on the page. */
  key: string;
  /** Findings in report order with their page ids (`b1-f3`). */
  items: { finding: Finding; id: string }[];
  /** The bill as it was linted: parsed in its language, or imported from its markup. */
  document: Document;
  /** The text the findings' offsets point into: the file, or the text of an imported act. */
  text: string;
}

function prepare(report: FileReport, n: number): Bill {
  const key = `b${n}`;
  return {
    report,
    key,
    items: report.findings.map((finding, i) => ({ finding, id: `${key}-f${i + 1}` })),
    ...asLinted(report),
  };
}

/** The bill's structure as the lint saw it: Akoma Ntoso, USLM and CLML are imported as the CLI does. */
function asLinted(r: FileReport): { document: Document; text: string } {
  const language = r.language ? { language: r.language } : {};
  const format = detectFormat(r.filePath, r.source);
  if (isMarkup(format)) {
    try {
      const { document, index } = importMarkup(r.source, format, language);
      return { document, text: index.source };
    } catch {
      // linted files were imported once already; should this one fail now, show it as text
    }
  }
  return { document: parseBill(r.source, { filePath: r.filePath, ...language }), text: r.source };
}

function anchorOf(bill: Bill, eId: string): string {
  return `${bill.key}-${eId}`;
}

// ── the summary ──────────────────────────────────────────────────────────────────────────────

interface Row {
  label: string;
  count: number;
  /** The page id of the first finding of the row. */
  first: string;
  worst: Severity;
  filter?: Severity;
}

function summary(out: string[], bills: readonly Bill[], t: Translate, ft: Translate, context: FormatContext): void {
  const bySeverity = new Map<string, Row>();
  const byFamily = new Map<string, Row>();
  const byProfile = new Map<string, Row>();
  const add = (map: Map<string, Row>, key: string, label: () => string, f: Finding, id: string): void => {
    const row = map.get(key);
    if (row) {
      row.count++;
      if (RANK[f.severity] > RANK[row.worst]) row.worst = f.severity;
    } else map.set(key, { label: label(), count: 1, first: id, worst: f.severity });
  };
  for (const bill of bills) {
    for (const { finding: f, id } of bill.items) {
      add(bySeverity, f.severity, () => severityName(ft, f.severity), f, id);
      const family = f.ruleId.split("/")[0] ?? f.ruleId;
      add(byFamily, family, () => familyName(t, family), f, id);
      add(byProfile, f.profile, () => f.profile || t("html.noProfile"), f, id);
    }
  }
  // every severity has a row (and a filter), found or not
  const severityRows: Row[] = SEVERITIES.map((s) => ({
    ...(bySeverity.get(s) ?? { label: severityName(ft, s), count: 0, first: "", worst: s }),
    filter: s,
  }));
  const sorted = (map: Map<string, Row>): Row[] =>
    [...map.entries()]
      .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([, row]) => row);
  const all = bills.reduce((n, b) => n + b.items.length, 0);
  out.push(`<nav class="summary" id="summary" aria-label="${esc(t("html.summary"))}">\n`);
  out.push(`<h2>${esc(t("html.summary"))}</h2>\n<div class="charts">\n`);
  chart(out, t("html.bySeverity"), severityRows, all);
  if (byFamily.size > 0) chart(out, t("html.byFamily"), sorted(byFamily), all);
  if (byProfile.size > 0) chart(out, t("html.byProfile"), sorted(byProfile), all);
  out.push("</div>\n");
  out.push(`<p class="shown">${esc(t("html.shown"))} <output id="shown">${all}</output></p>\n`);
  out.push(`<h3>${esc(t("html.bills"))}</h3>\n<ol class="bills">\n`);
  for (const bill of bills) {
    const r = bill.report;
    const line = summaryLine(ft, { ...totals([r]), files: 1 });
    out.push(`<li><a href="#${bill.key}">${esc(r.filePath)}</a> <span class="muted">${esc(line)}</span>`);
    if (bill.items.length > 0) {
      // a long index starts closed; the findings are one click away either way
      out.push(
        `<details${bill.items.length <= 50 ? " open" : ""}><summary>${esc(t("html.findings", { count: bill.items.length }))}</summary><ol class="index">`,
      );
      for (const { finding: f, id } of bill.items) {
        out.push(
          `<li class="sev-${f.severity}"><a href="#${id}">${esc(f.label || t("html.wholeBill"))}</a> `,
          `<span class="badge sev-${f.severity}">${esc(severityName(ft, f.severity))}</span> `,
          `${esc(ruleTitle(context.rules.get(f.ruleId) ?? f.ruleId, context.locale))}</li>`,
        );
      }
      out.push("</ol></details>");
    }
    out.push("</li>\n");
  }
  out.push("</ol>\n</nav>\n");
}

const BAR_WIDTH = 200;

function chart(out: string[], title: string, rows: readonly Row[], all: number): void {
  out.push(`<section class="chart"><h3>${esc(title)}</h3><table>\n`);
  for (const row of rows) {
    const width = all > 0 ? Math.round((row.count / all) * BAR_WIDTH) : 0;
    const name = row.first ? `<a href="#${row.first}">${esc(row.label)}</a>` : esc(row.label);
    const label = row.filter
      ? `<label><input type="checkbox" data-filter="${row.filter}" checked> ${name}</label>`
      : name;
    out.push(
      `<tr><th scope="row">${label}</th>`,
      `<td><svg class="bar sev-${row.worst}" width="${BAR_WIDTH}" height="12" viewBox="0 0 ${BAR_WIDTH} 12" aria-hidden="true">`,
      `<rect x="0" y="0" width="${BAR_WIDTH}" height="12" class="track"></rect>`,
      `<rect x="0" y="0" width="${width}" height="12"></rect></svg></td>`,
      `<td class="n">${row.count}</td></tr>\n`,
    );
  }
  out.push("</table></section>\n");
}

// ── a bill ───────────────────────────────────────────────────────────────────────────────────

function billSection(out: string[], bill: Bill, t: Translate, ft: Translate, context: FormatContext): void {
  const r = bill.report;
  const doc = bill.document;
  out.push(`<section class="bill" id="${bill.key}">\n<h2 class="file">${esc(r.filePath)}</h2>\n`);
  if (doc.title)
    out.push(`<p class="bill-title" lang="${doc.language}">${esc(doc.title.text.replace(/\s+/g, " "))}</p>\n`);
  out.push(`<p class="totals">${esc(summaryLine(ft, { ...totals([r]), files: 1 }))}</p>\n`);
  const counts = countsByUnit(bill.items);
  toc(out, bill, doc, counts, t);
  if (bill.items.length === 0) {
    out.push(`<p class="clean">${esc(t("html.clean"))}</p>\n</section>\n`);
    return;
  }
  out.push(`<h3 class="sr">${esc(t("html.text"))}</h3>\n<div class="text" lang="${doc.language}">\n`);
  billText(out, bill, doc, t, ft, context);
  out.push("</div>\n</section>\n");
}

/** Findings per unit eId and every unit above it (`chp_2__art_6__para_1` counts for `chp_2` and `chp_2__art_6`). */
function countsByUnit(items: Bill["items"]): Map<string, { count: number; worst: Severity }> {
  const counts = new Map<string, { count: number; worst: Severity }>();
  for (const { finding: f } of items) {
    if (!f.eId) continue;
    const parts = f.eId.split("__");
    for (let i = 1; i <= parts.length; i++) {
      const key = parts.slice(0, i).join("__");
      const c = counts.get(key);
      if (c) {
        c.count++;
        if (RANK[f.severity] > RANK[c.worst]) c.worst = f.severity;
      } else counts.set(key, { count: 1, worst: f.severity });
    }
  }
  return counts;
}

function toc(
  out: string[],
  bill: Bill,
  doc: Document,
  counts: Map<string, { count: number; worst: Severity }>,
  t: Translate,
): void {
  const entries = outline(doc);
  if (entries.length === 0) return;
  out.push(
    `<nav class="toc" aria-label="${esc(t("html.contents"))}"><details open><summary>${esc(t("html.contents"))}</summary><ol>\n`,
  );
  for (const e of entries) {
    const c = e.eId ? counts.get(e.eId) : undefined;
    const heading = e.heading && e.heading !== e.label ? ` <span class="heading">${esc(e.heading)}</span>` : "";
    const badge = c
      ? ` <span class="badge sev-${c.worst}" title="${esc(t("html.findings", { count: c.count }))}">${c.count}</span>`
      : "";
    const target = e.eId ? ` href="#${esc(anchorOf(bill, e.eId))}"` : "";
    out.push(
      `<li class="d${Math.min(e.depth, 5)}${e.deleted ? " deleted" : ""}"><a${target}>${esc(e.label)}</a>${heading}${badge}</li>\n`,
    );
  }
  out.push("</ol></details></nav>\n");
}

interface Heading {
  start: number;
  end: number;
  id: string;
  depth: number;
}

/** Non-implicit divisions' heading spans, with their nesting depth; provisions' starts as anchors. */
function structure(
  doc: Document,
  source: string,
  bill: Bill,
): { headings: Heading[]; anchors: Map<number, string[]>; ids: Set<string> } {
  const headings: Heading[] = [];
  const anchors = new Map<number, string[]>();
  const ids = new Set<string>();
  const rec = (nodes: (Division | Provision)[], depth: number): void => {
    for (const n of nodes) {
      if (n.type === "Division") {
        if (!n.implicit && n.eId) {
          const { start, end } = n.headingRange;
          if (end.offset > start.offset) {
            // the heading element starts with its line: a Markdown `### ` or `**` before it belongs to it
            const lineStart = source.lastIndexOf("\n", start.offset - 1) + 1;
            const from = /^[\s#>*_]*$/.test(source.slice(lineStart, start.offset)) ? lineStart : start.offset;
            headings.push({ start: from, end: end.offset, id: anchorOf(bill, n.eId), depth });
            ids.add(n.eId);
          }
        }
        rec(n.children, n.implicit ? depth : depth + 1);
      } else {
        if (n.eId) {
          listAt(anchors, n.range.start.offset).push(anchorOf(bill, n.eId));
          ids.add(n.eId);
        }
        rec(n.children, depth);
      }
    }
  };
  rec(doc.body, 0);
  headings.sort((a, b) => a.start - b.start);
  // overlapping heading spans cannot both be elements: keep the first
  const kept: Heading[] = [];
  for (const h of headings) if (kept.length === 0 || h.start >= (kept.at(-1) as Heading).end) kept.push(h);
  return { headings: kept, anchors, ids };
}

/**
 * The bill's text: a sweep over the sorted boundaries of headings, provision anchors, finding
 * spans and the places where findings are shown. Between two boundaries the text is one segment,
 * inside a heading element or a text block, marked when findings cover it.
 */
function billText(out: string[], bill: Bill, doc: Document, t: Translate, ft: Translate, context: FormatContext): void {
  // the text the rules read: the file itself, or the text of an imported XML or HTML act
  const source = bill.text;
  const n = source.length;
  const { headings, anchors, ids } = structure(doc, source, bill);
  const clamp = (x: number): number => safeBoundary(source, Math.max(0, Math.min(n, x)));
  const spans = bill.items.map((item, index) => {
    const start = clamp(item.finding.range.start.offset);
    const end = Math.max(start, clamp(item.finding.range.end.offset));
    return { index, start, end };
  });

  // where each finding is shown: after the line it ends on, never inside a heading
  const slots = new Map<number, number[]>();
  const headingAt = headingLookup(headings);
  for (const s of spans) {
    const last = s.end > s.start ? s.end - 1 : s.start;
    const eol = source.indexOf("\n", last);
    let at = eol < 0 ? n : eol + 1;
    const h = headingAt(at);
    if (h && at > h.start && at < h.end) at = h.end;
    listAt(slots, at).push(s.index);
  }

  const starts = new Map<number, number[]>();
  const ends = new Map<number, number[]>();
  for (const s of spans) {
    if (s.end <= s.start) continue; // an empty span marks nothing; its finding is still shown
    listAt(starts, s.start).push(s.index);
    listAt(ends, s.end).push(s.index);
  }
  const points = new Set<number>([0, n]);
  for (const h of headings) points.add(h.start).add(h.end);
  for (const at of anchors.keys()) points.add(at);
  for (const at of slots.keys()) points.add(at);
  for (const at of starts.keys()) points.add(at);
  for (const at of ends.keys()) points.add(at);
  const sorted = [...points].filter((p) => p >= 0 && p <= n).sort((a, b) => a - b);

  let container: "none" | "text" | "heading" = "none";
  let hi = 0; // next heading
  let open: Heading | undefined;
  let active: number[] = [];
  const close = (): void => {
    if (container === "text") out.push("</div>\n");
    else if (container === "heading" && open) out.push(`</h${level(open.depth)}>\n`);
    container = "none";
    open = undefined;
  };
  const ensureText = (): void => {
    if (container === "none") {
      out.push('<div class="t">');
      container = "text";
    }
  };
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[k] as number;
    if (container === "heading" && open && p >= open.end) close();
    const cards = slots.get(p);
    if (cards) {
      // slots are never inside a heading (moved to its end above); should one be, the heading ends here
      close();
      out.push('<div class="cards">\n');
      for (const index of cards) card(out, bill, bill.items[index] as Bill["items"][number], ids, t, ft, context);
      out.push("</div>\n");
    }
    if (hi < headings.length && (headings[hi] as Heading).start === p) {
      close();
      open = headings[hi++] as Heading;
      out.push(`<h${level(open.depth)} class="h" id="${esc(open.id)}">`);
      container = "heading";
    }
    const here = anchors.get(p);
    if (here) {
      ensureText();
      for (const id of here) out.push(`<span class="a" id="${esc(id)}"></span>`);
    }
    const ending = ends.get(p);
    if (ending) active = active.filter((i) => !ending.includes(i));
    const starting = starts.get(p);
    if (starting) active = active.concat(starting).sort((a, b) => a - b);
    const next = sorted[k + 1];
    if (next === undefined || next <= p) continue;
    const text = source.slice(p, next);
    ensureText();
    if (active.length === 0) {
      out.push(esc(text));
      continue;
    }
    let worst: Severity = "info";
    for (const i of active) {
      const s = (bill.items[i] as Bill["items"][number]).finding.severity;
      if (RANK[s] > RANK[worst]) worst = s;
    }
    const described = active.map((i) => (bill.items[i] as Bill["items"][number]).id).join(" ");
    out.push(
      `<mark class="sev-${worst}${active.length > 1 ? " multi" : ""}" aria-describedby="${described}">${esc(text)}</mark>`,
    );
  }
  close();
}

/** The list at `key`, created empty when missing. */
function listAt<T>(map: Map<number, T[]>, key: number): T[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

function level(depth: number): number {
  return Math.min(3 + depth, 6);
}

/** The heading whose span holds an offset (binary search over sorted, disjoint spans). */
function headingLookup(headings: readonly Heading[]): (at: number) => Heading | undefined {
  return (at) => {
    let lo = 0;
    let hi = headings.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const h = headings[mid] as Heading;
      if (at < h.start) hi = mid - 1;
      else if (at >= h.end) lo = mid + 1;
      else return h;
    }
    return undefined;
  };
}

/** An offset moved off the middle of a surrogate pair (a stale range must not split a character). */
function safeBoundary(source: string, at: number): number {
  if (at <= 0 || at >= source.length) return at;
  const prev = source.charCodeAt(at - 1);
  const next = source.charCodeAt(at);
  return prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at - 1 : at;
}

function card(
  out: string[],
  bill: Bill,
  item: Bill["items"][number],
  ids: ReadonlySet<string>,
  t: Translate,
  ft: Translate,
  context: FormatContext,
): void {
  const f = item.finding;
  const title = ruleTitle(context.rules.get(f.ruleId) ?? f.ruleId, context.locale);
  const where = f.label || t("html.wholeBill");
  const place = f.eId && ids.has(f.eId) ? `<a href="#${esc(anchorOf(bill, f.eId))}">${esc(where)}</a>` : esc(where);
  out.push(
    `<div class="finding sev-${f.severity}" id="${item.id}" data-sev="${f.severity}">`,
    `<p class="fh"><span class="badge sev-${f.severity}">${esc(severityName(ft, f.severity))}</span> `,
    `<strong class="rule">${esc(title)}</strong> <code>${esc(ruleRef(f))}</code></p>`,
    `<p class="where">${place} · ${esc(t("html.position", { line: f.range.start.line, column: f.range.start.column }))} · `,
    `${esc(f.profile ? t("html.profile", { profile: f.profile }) : t("html.noProfile"))} · `,
    `${esc(t("html.confidence", { value: f.confidence }))}</p>`,
    `<p class="msg">${esc(f.message)}</p>`,
  );
  const cite = citation(f);
  if (cite) out.push(`<p class="cite"><span class="k">${esc(t("html.restsOn"))}:</span> ${esc(cite)}</p>`);
  if (f.suggestions.length > 0) {
    out.push(
      `<div class="sugg"><span class="k">${esc(t("html.suggestions", { count: f.suggestions.length }))}:</span><ul>`,
    );
    for (const s of f.suggestions) out.push(`<li>${esc(s.description)}</li>`);
    out.push("</ul></div>");
  }
  out.push("</div>\n");
}

// ── style and behaviour (constants: their hashes are in the page's Content-Security-Policy) ──

const CSS = `
:root{--fg:#1b1f24;--muted:#5b6470;--bg:#fff;--line:#d8dde3;--err:#c62828;--err-bg:#fde0dc;--warn:#a86200;--warn-bg:#fff1c2;--info:#1565c0;--info-bg:#dcebfb;--flash:#ffe58a}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
header.top,nav.summary,main{max-width:72rem;margin:0 auto;padding:0 1.25rem}
header.top{padding-top:1rem;border-bottom:1px solid var(--line)}
h1{font-size:1.6rem;margin:.3rem 0}
h2{font-size:1.3rem;margin:1.2rem 0 .5rem}
h3{font-size:1.05rem;margin:.8rem 0 .4rem}
.totals{font-weight:600;margin:.2rem 0}
.generator,.muted{color:var(--muted);font-size:.85rem}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
.chart table{border-collapse:collapse}
.chart th{font-weight:normal;text-align:left;padding:.1rem .6rem .1rem 0;white-space:nowrap}
.chart td.n{padding-left:.5rem;text-align:right;font-variant-numeric:tabular-nums}
.bar rect{fill:var(--info)}
.bar rect.track{fill:#eef1f4}
.bar.sev-error rect{fill:var(--err)}
.bar.sev-warning rect{fill:var(--warn)}
.bar.sev-error rect.track,.bar.sev-warning rect.track,.bar.sev-info rect.track{fill:#eef1f4}
ol.bills>li{margin:.3rem 0}
ol.index{columns:2 22rem;font-size:.9rem;margin:.3rem 0}
.badge{display:inline-block;border-radius:.7rem;padding:0 .45rem;font-size:.75rem;font-weight:600;line-height:1.4rem;color:#fff;background:var(--info)}
.badge.sev-error{background:var(--err)}
.badge.sev-warning{background:var(--warn)}
section.bill{border-top:2px solid var(--line);margin-top:1.5rem}
h2.file{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:1.1rem;word-break:break-all}
.bill-title{font-size:1.15rem;font-weight:600}
nav.toc ol{list-style:none;padding-left:0;margin:.3rem 0}
nav.toc li{padding:.05rem 0}
nav.toc li.d1{padding-left:1.2rem}nav.toc li.d2{padding-left:2.4rem}nav.toc li.d3{padding-left:3.6rem}nav.toc li.d4,nav.toc li.d5{padding-left:4.8rem}
nav.toc .heading{color:var(--muted)}
nav.toc li.deleted{text-decoration:line-through;color:var(--muted)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.text{border:1px solid var(--line);border-radius:.4rem;padding:.5rem 1rem;margin:1rem 0;background:#fcfcfd}
.text .t{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;font-size:1rem}
.text .h{white-space:pre-wrap;margin:.9rem 0 .2rem;scroll-margin-top:1rem}
mark{background:var(--info-bg);border-bottom:2px solid var(--info);color:inherit;cursor:pointer}
mark.sev-warning{background:var(--warn-bg);border-color:var(--warn)}
mark.sev-error{background:var(--err-bg);border-color:var(--err)}
mark.multi{border-bottom-style:double;border-bottom-width:3px}
.cards{margin:.3rem 0 .8rem 1.2rem}
.finding{border-left:4px solid var(--info);background:#f6f8fa;border-radius:.3rem;padding:.35rem .7rem;margin:.35rem 0;font-size:.9rem;scroll-margin-top:1rem}
.finding.sev-error{border-color:var(--err)}
.finding.sev-warning{border-color:var(--warn)}
.finding.flash,.finding:target{background:var(--flash)}
.finding p{margin:.15rem 0}
.finding .where{color:var(--muted);font-size:.8rem}
.finding code{font-size:.8rem;color:var(--muted)}
.finding .k{font-weight:600}
.finding ul{margin:.1rem 0 .1rem 1.2rem;padding:0}
.clean{color:#2e7d32;font-weight:600}
.hide-error .finding.sev-error,.hide-warning .finding.sev-warning,.hide-info .finding.sev-info,
.hide-error ol.index li.sev-error,.hide-warning ol.index li.sev-warning,.hide-info ol.index li.sev-info{display:none}
.hide-error mark.sev-error,.hide-warning mark.sev-warning,.hide-info mark.sev-info{background:none;border-bottom-color:transparent}
@media print{.chart input{display:none}details>summary{list-style:none}.finding{break-inside:avoid}}
`;

const SCRIPT = `
"use strict";
(() => {
  const root = document.documentElement;
  const cards = document.querySelectorAll(".finding");
  const shown = document.getElementById("shown");
  const count = () => {
    let n = 0;
    for (const c of cards) if (!root.classList.contains("hide-" + c.dataset.sev)) n++;
    if (shown) shown.textContent = String(n);
  };
  for (const box of document.querySelectorAll("input[data-filter]")) {
    box.addEventListener("change", () => {
      root.classList.toggle("hide-" + box.dataset.filter, !box.checked);
      count();
    });
  }
  document.addEventListener("click", (event) => {
    const mark = event.target instanceof Element ? event.target.closest("mark[aria-describedby]") : null;
    if (!mark) return;
    for (const c of document.querySelectorAll(".finding.flash")) c.classList.remove("flash");
    const ids = (mark.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    for (const id of ids) document.getElementById(id)?.classList.add("flash");
    const first = ids.length > 0 ? document.getElementById(ids[0]) : null;
    if (first) first.scrollIntoView({ block: "nearest" });
  });
  count();
  root.dataset.findings = String(cards.length);
})();
`;
