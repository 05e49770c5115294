/**
 * The compatibility statement: what a drafter attaches to a bill's explanatory memorandum, in
 * Markdown or as a standalone HTML page, in the locale asked for (the CLI's default is the bill's
 * language). Pure: a bill's findings, waivers and facts (src/report/facts.ts) in, text out.
 *
 * 1. The bill, the profiles it was checked against, the tool and what it is (a check, not a
 *    legal opinion).
 * 2. Summary: articles engaging rights, open findings by severity, waivers.
 * 3. Rights engaged, per article: the rights its text mentions (the rules' concepts) and the
 *    principles its findings cite.
 * 4. Limitations found, per provision: each finding about a right (not drafting, not directives)
 *    with the principle it rests on; the aims the provision names; the safeguards the findings
 *    propose (their suggestions).
 * 5. Open findings by severity, every one (drafting findings too).
 * 6. Waivers: those applied with their reasons and the findings they accepted, and those that
 *    matched nothing.
 *
 * Nothing here is legal analysis of its own: every line comes from a finding, a waiver, the text
 * or the profiles.
 */
import type { Finding, RuleMeta, Severity } from "../engine/types.js";
import { applyWaivers, type Waiver } from "../engine/waivers.js";
import { ruleRef } from "../formatters/common.js";
import { formatterTranslator, severityName } from "../formatters/messages.js";
import type { Locale } from "../i18n/index.js";
import { ruleTitle } from "../i18n/rules.js";
import { cspHash, escapeHtml, escapeMarkdown, excerpt, markdownCode } from "./escape.js";
import type { BillFacts } from "./facts.js";
import { reportTranslator } from "./messages.js";

export interface WaiverUse {
  waiver: Waiver;
  /** The findings it accepted (empty: it matched nothing). */
  findings: Finding[];
}

export interface StatementInput {
  /** The bill's path as users see it. */
  filePath: string;
  locale: Locale;
  /** rightslint's version. */
  version: string;
  /** The profiles of the run, with how they are cited (`KZ Constitution 2026`). */
  profiles: readonly { id: string; citation: string }[];
  facts: BillFacts;
  /** The findings left after the waivers, sorted by position. */
  findings: readonly Finding[];
  /** Every waiver of the bill's config, in config order, with what it accepted. */
  waivers: readonly WaiverUse[];
  /** Rule metadata by id (titles of plugin rules); built-in titles are found without it. */
  rules?: ReadonlyMap<string, RuleMeta>;
}

/** Families whose findings are about drafting or the linter itself, not about a right. */
const NOT_RIGHTS = new Set(["structure", "directives", "internal"]);
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
/** Longest excerpt of a provision quoted under "Limitations found". */
const EXCERPT = 300;

/**
 * Applies waivers as the engine does (the first matching waiver accepts a finding) and says which
 * waiver accepted which findings: the findings left open, and every waiver with its findings.
 */
export function useWaivers(
  findings: readonly Finding[],
  waivers: readonly Waiver[],
): { open: Finding[]; uses: WaiverUse[] } {
  let open = [...findings];
  const uses: WaiverUse[] = [];
  for (const waiver of waivers) {
    // one waiver at a time, in order: a finding two waivers match goes to the first, as in applyWaivers
    const kept = applyWaivers(open, [waiver]).findings;
    const left = new Set(kept);
    uses.push({ waiver, findings: open.filter((f) => !left.has(f)) });
    open = kept;
  }
  return { open, uses };
}

// ── a small document model, rendered as Markdown or HTML ─────────────────────────────────────

type Inline = string | { strong: string } | { code: string };
type Block =
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  | { type: "paragraph"; content: Inline[] }
  | { type: "list"; ordered: boolean; items: { content: Inline[]; sub?: Inline[][] }[] }
  | { type: "table"; head: string[]; rows: Inline[][][] }
  | { type: "quote"; text: string };

function isRightsFinding(f: Finding): boolean {
  return !NOT_RIGHTS.has(f.ruleId.split("/")[0] ?? "");
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** The statement as blocks. */
function statementBlocks(input: StatementInput): { title: string; blocks: Block[] } {
  const t = reportTranslator(input.locale);
  const ft = formatterTranslator(input.locale);
  const { facts, findings } = input;
  const title = (id: string) => ruleTitle(input.rules?.get(id) ?? id, input.locale);
  const cited = new Map(input.profiles.map((p) => [p.id, p.citation]));
  // a finding's principle citations, else how its profile is cited (`ICCPR`), else nothing (engine findings)
  const citationsOf = (f: Finding): string[] => {
    if (f.principle.length > 0) return [...f.principle];
    return f.profile ? [cited.get(f.profile) ?? f.profile] : [];
  };
  const blocks: Block[] = [];
  const heading = (level: 1 | 2 | 3, text: string) => blocks.push({ type: "heading", level, text });
  const paragraph = (...content: Inline[]) => blocks.push({ type: "paragraph", content });

  // 1. the bill
  const pageTitle = t("statement.title");
  heading(1, pageTitle);
  const head: { content: Inline[] }[] = [];
  if (facts.title) head.push({ content: [{ strong: `${t("statement.bill")}:` }, ` ${facts.title}`] });
  head.push({ content: [{ strong: `${t("statement.file")}:` }, ` ${input.filePath}`] });
  head.push({
    content: [{ strong: `${t("statement.profiles")}:` }, ` ${input.profiles.map((p) => p.citation).join("; ")}`],
  });
  blocks.push({ type: "list", ordered: false, items: head });
  paragraph(t("statement.tool", { version: input.version }));

  // findings per article
  const articleOfFinding = (f: Finding): string => (f.eId ? (facts.articleOf.get(f.eId) ?? "") : "");
  const byArticle = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = articleOfFinding(f);
    const list = byArticle.get(key);
    if (list) list.push(f);
    else byArticle.set(key, [f]);
  }
  // a waived finding still shows a right engaged (the drafters accepted its limitation, with a reason)
  const waivedByArticle = new Map<string, Finding[]>();
  for (const f of input.waivers.flatMap((w) => w.findings)) {
    const key = articleOfFinding(f);
    const list = waivedByArticle.get(key);
    if (list) list.push(f);
    else waivedByArticle.set(key, [f]);
  }
  const rightsFindingsOf = (eId: string): Finding[] =>
    [...(byArticle.get(eId) ?? []), ...(waivedByArticle.get(eId) ?? [])].filter(isRightsFinding);
  const engaged = facts.articles.filter((a) => a.rights.length > 0 || rightsFindingsOf(a.eId).length > 0);
  const realArticles = facts.articles.filter((a) => a.article);

  // 2. summary
  heading(2, t("statement.summary"));
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const applied = input.waivers.filter((w) => w.findings.length > 0).length;
  blocks.push({
    type: "list",
    ordered: false,
    items: [
      {
        content: [
          t("statement.summary.articles", {
            engaged: engaged.filter((a) => a.article).length,
            total: realArticles.length,
          }),
        ],
      },
      {
        content: [
          t("statement.summary.findings", {
            total: findings.length,
            errors: ft("count.errors", { count: count("error") }),
            warnings: ft("count.warnings", { count: count("warning") }),
            infos: ft("count.infos", { count: count("info") }),
          }),
        ],
      },
      {
        content: [t("statement.summary.waivers", { applied, unused: input.waivers.length - applied })],
      },
    ],
  });

  // 3. rights engaged
  heading(2, t("statement.rights"));
  const articleName = (eId: string, label: string, headingText: string | null): string => {
    if (eId === "") return t("statement.wholeBill");
    return headingText && headingText !== label ? `${label}. ${headingText}` : label;
  };
  if (engaged.length === 0) paragraph(t("statement.rights.none"));
  else {
    paragraph(t("statement.rights.note"));
    blocks.push({
      type: "table",
      head: [
        t("statement.rights.article"),
        t("statement.rights.rights"),
        t("statement.rights.principles"),
        t("statement.rights.findings"),
      ],
      rows: engaged.map((a) => {
        const own = byArticle.get(a.eId) ?? [];
        const rightsFindings = rightsFindingsOf(a.eId);
        // the articles the findings cite; the profiles only when none cites one
        const explicit = unique(rightsFindings.flatMap((f) => f.principle));
        const principles = explicit.length > 0 ? explicit : unique(rightsFindings.flatMap((f) => citationsOf(f)));
        return [
          [articleName(a.eId, a.label, a.heading)],
          [a.rights.length > 0 ? a.rights.map((r) => t(r)).join("; ") : "—"],
          [principles.length > 0 ? principles.join("; ") : "—"],
          [String(own.length)],
        ];
      }),
    });
  }

  // 4. limitations found, per provision
  heading(2, t("statement.limitations"));
  const limitations = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!isRightsFinding(f)) continue;
    const key = `${f.eId}\u0000${f.label}`;
    const list = limitations.get(key);
    if (list) list.push(f);
    else limitations.set(key, [f]);
  }
  if (limitations.size === 0) paragraph(t("statement.limitations.none"));
  for (const group of limitations.values()) {
    const first = group[0] as Finding;
    heading(3, first.label || t("statement.wholeBill"));
    const provision = first.eId ? facts.provisions.get(first.eId) : undefined;
    if (provision?.text) blocks.push({ type: "quote", text: excerpt(provision.text, EXCERPT) });
    const items: { content: Inline[]; sub?: Inline[][] }[] = group.map((f) => {
      const cites = citationsOf(f);
      return {
        content: [{ strong: severityName(ft, f.severity) }, ` — ${title(f.ruleId)}: ${f.message}`],
        ...(cites.length > 0 ? { sub: [[`${t("statement.limitations.restsOn")}: ${cites.join("; ")}`]] } : {}),
      };
    });
    const aims = provision?.aims ?? [];
    items.push({
      content: [
        `${t("statement.limitations.aims")}: ${aims.length > 0 ? aims.map((a) => t(a)).join("; ") : t("statement.none")}`,
      ],
    });
    const safeguards = unique(group.flatMap((f) => f.suggestions.map((s) => s.description)));
    if (safeguards.length > 0) {
      items.push({ content: [`${t("statement.limitations.safeguards")}:`], sub: safeguards.map((s) => [s]) });
    }
    blocks.push({ type: "list", ordered: false, items });
  }

  // 5. open findings by severity
  heading(2, t("statement.open"));
  if (findings.length === 0) paragraph(t("statement.open.none"));
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    heading(3, `${t(`group.${severity}`)} (${group.length})`);
    blocks.push({
      type: "list",
      ordered: true,
      items: group.map((f) => {
        const cite = citationsOf(f).join("; ");
        return {
          content: [
            `${t("statement.open.where", { where: f.label || t("statement.wholeBill"), line: f.range.start.line })}: ${f.message} — ${title(f.ruleId)} (`,
            { code: ruleRef(f) },
            cite ? `); ${cite}` : ")",
          ],
        };
      }),
    });
  }

  // 6. waivers
  heading(2, t("statement.waivers"));
  const used = input.waivers.filter((w) => w.findings.length > 0);
  const stale = input.waivers.filter((w) => w.findings.length === 0);
  if (input.waivers.length === 0) paragraph(t("statement.waivers.none"));
  const waiverLine = (w: WaiverUse): Inline[] => {
    const where = facts.labels.get(w.waiver.provision) ?? w.waiver.provision;
    const only = w.waiver.profile ? `, ${t("statement.waivers.profile", { profile: w.waiver.profile })}` : "";
    const accepted = w.findings.length > 0 ? ` (${t("statement.waivers.count", { count: w.findings.length })})` : "";
    return [`${where} — `, { code: w.waiver.rule }, `${only}: ${w.waiver.reason}${accepted}`];
  };
  if (used.length > 0) {
    heading(3, t("statement.waivers.applied"));
    blocks.push({ type: "list", ordered: false, items: used.map((w) => ({ content: waiverLine(w) })) });
  }
  if (stale.length > 0) {
    heading(3, t("statement.waivers.unused"));
    blocks.push({ type: "list", ordered: false, items: stale.map((w) => ({ content: waiverLine(w) })) });
  }
  return { title: pageTitle, blocks };
}

// ── Markdown ─────────────────────────────────────────────────────────────────────────────────

/** Text that starts a Markdown line: a leading list or heading marker is escaped too. */
function markdownLineStart(text: string): string {
  return escapeMarkdown(text)
    .replace(/^(\d+)([.)])/, "$1\\$2")
    .replace(/^([-+=])/, "\\$1");
}

function markdownInline(content: readonly Inline[]): string {
  return content
    .map((part, i) => {
      if (typeof part === "string") return i === 0 ? markdownLineStart(part) : escapeMarkdown(part);
      if ("strong" in part) return `**${escapeMarkdown(part.strong)}**`;
      return markdownCode(part.code);
    })
    .join("");
}

function markdownBlock(block: Block): string {
  switch (block.type) {
    case "heading":
      return `${"#".repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case "paragraph":
      return markdownInline(block.content);
    case "quote":
      return `> ${markdownLineStart(block.text)}`;
    case "list":
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${i + 1}. ` : "- ";
          const lines = [`${marker}${markdownInline(item.content)}`];
          for (const sub of item.sub ?? []) lines.push(`${" ".repeat(marker.length)}- ${markdownInline(sub)}`);
          return lines.join("\n");
        })
        .join("\n");
    case "table": {
      const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
      return [
        row(block.head.map(escapeMarkdown)),
        row(block.head.map(() => "---")),
        ...block.rows.map((cells) => row(cells.map((c) => markdownInline(c)))),
      ].join("\n");
    }
  }
}

/** The statement as Markdown (CommonMark with a GFM table); every piece of the bill escaped. */
export function statementMarkdown(input: StatementInput): string {
  const { blocks } = statementBlocks(input);
  return `${blocks.map(markdownBlock).join("\n\n")}\n`;
}

// ── HTML ─────────────────────────────────────────────────────────────────────────────────────

function htmlInline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === "string") return escapeHtml(part);
      if ("strong" in part) return `<strong>${escapeHtml(part.strong)}</strong>`;
      return `<code>${escapeHtml(part.code)}</code>`;
    })
    .join("");
}

function htmlBlock(block: Block): string {
  switch (block.type) {
    case "heading":
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case "paragraph":
      return `<p>${htmlInline(block.content)}</p>`;
    case "quote":
      return `<blockquote>${escapeHtml(block.text)}</blockquote>`;
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      const items = block.items.map((item) => {
        const sub = item.sub?.length ? `<ul>${item.sub.map((s) => `<li>${htmlInline(s)}</li>`).join("")}</ul>` : "";
        return `<li>${htmlInline(item.content)}${sub}</li>`;
      });
      return `<${tag}>\n${items.join("\n")}\n</${tag}>`;
    }
    case "table":
      return [
        "<table>",
        `<thead><tr>${block.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead>`,
        "<tbody>",
        ...block.rows.map((cells) => `<tr>${cells.map((c) => `<td>${htmlInline(c)}</td>`).join("")}</tr>`),
        "</tbody>",
        "</table>",
      ].join("\n");
  }
}

const STATEMENT_CSS = `
body{max-width:50rem;margin:2rem auto;padding:0 1.25rem;font:16px/1.55 Georgia,"Times New Roman",serif;color:#1b1f24}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #d8dde3}h3{font-size:1.1rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border:1px solid #d8dde3;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f7}
blockquote{margin:.5rem 0;padding:.2rem .8rem;border-left:3px solid #d8dde3;color:#3b434d}
code{font-size:.85em}
`;

/** The statement as a standalone HTML page: no script, its style allowed by hash, every piece of text escaped. */
export function statementHtml(input: StatementInput): string {
  const { title, blocks } = statementBlocks(input);
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(input.locale)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspHash(STATEMENT_CSS)}; base-uri 'none'; form-action 'none'">`,
    `<title>${escapeHtml(`${title}: ${input.facts.title ?? input.filePath}`)}</title>`,
    `<style>${STATEMENT_CSS}</style>`,
    "</head>",
    "<body>",
    ...blocks.map(htmlBlock),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
