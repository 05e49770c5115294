/**
 * The compatibility statement: exact Markdown for a bill with made findings and waivers, the
 * headings and lines for real English and Russian bills linted by the engine, the HTML page
 * (escaped, no script), waivers applied as the engine applies them, and the facts read from a bill.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { applyWaivers, type Waiver } from "../../src/engine/waivers.js";
import type { Locale } from "../../src/i18n/index.js";
import { lintText } from "../../src/lint.js";
import { billFacts } from "../../src/report/facts.js";
import { type StatementInput, statementHtml, statementMarkdown, useWaivers } from "../../src/report/statement.js";
import { parseBill } from "../../src/syntax/index.js";
import { finding, rangeOf } from "../formatters/fixtures.js";

const PROFILES = [
  { id: "kz-2026", citation: "KZ Constitution 2026" },
  { id: "iccpr", citation: "ICCPR" },
];

const ASSEMBLIES = `# Public Assemblies Bill

Article 1. Assemblies
1. Public assemblies may be held only with the permission of the local executive body.
2. The local executive body may refuse permission in the interests of public order or for other purposes.

Article 2. Publication
Notices shall be published on the website of the akimat.

Article 3. Entry into force
This Law enters into force on 1 January 2027.
`;

function assembliesInput(locale: Locale = "en"): StatementInput {
  const findings: Finding[] = [
    finding({
      ruleId: "assembly/authorization-regime",
      severity: "error",
      message: "Assemblies need the permission of the local executive body: a permit regime.",
      range: rangeOf(ASSEMBLIES, "Public assemblies", "body."),
      eId: "art_1__para_1",
      label: "Art. 1(1)",
      profile: "iccpr",
      principle: ["ICCPR art. 21"],
      suggestions: [{ description: 'Replace "permission" with "notification"', edits: [] }],
    }),
    finding({
      ruleId: "limitation/open-ended-discretion",
      severity: "warning",
      message: 'Refusal "for other purposes": the grounds are open.',
      range: rangeOf(ASSEMBLIES, "The local executive body may refuse", "purposes"),
      eId: "art_1__para_2",
      label: "Art. 1(2)",
      profile: "iccpr",
    }),
    finding({
      ruleId: "expression/prior-restraint",
      severity: "warning",
      message: "Publication needs approval.",
      range: rangeOf(ASSEMBLIES, "Notices shall"),
      eId: "art_2__al_1",
      label: "Art. 2 al. 1",
      principle: ["KZ Constitution 2026 art. 20(2)"],
    }),
    finding({
      ruleId: "structure/undefined-term",
      severity: "info",
      message: 'The term "akimat" is not defined.',
      range: rangeOf(ASSEMBLIES, "akimat"),
      eId: "art_2__al_1",
      label: "Art. 2 al. 1",
    }),
  ];
  const { open, uses } = useWaivers(findings, [
    { rule: "expression/*", provision: "art_2", reason: "Notices are the body's own publications | not the press" },
    { rule: "religion/registration-precondition", provision: "Art. 3", reason: "old", profile: "kz-2026" },
  ]);
  return {
    filePath: "bills/assemblies.md",
    locale,
    version: "1.2.3",
    profiles: PROFILES,
    facts: billFacts(parseBill(ASSEMBLIES), ASSEMBLIES),
    findings: open,
    waivers: uses,
  };
}

describe("statement: Markdown", () => {
  it("gives the bill, summary, rights per article, limitations per provision, open findings by severity and waivers", () => {
    expect(statementMarkdown(assembliesInput())).toBe(
      [
        "# Statement of compatibility with human rights",
        "",
        "- **Bill:** Public Assemblies Bill",
        "- **File:** bills/assemblies.md",
        "- **Checked against:** KZ Constitution 2026; ICCPR",
        "",
        "Prepared with rightslint 1.2.3: an automated check of the text. It supports, and does not replace, the legal analysis of the drafters.",
        "",
        "## Summary",
        "",
        "- Articles engaging rights: 2 of 3.",
        "- Open findings: 3 (1 error, 1 warning, 1 info).",
        "- Waivers applied: 1; waivers that matched no finding: 1.",
        "",
        "## Rights engaged",
        "",
        "Rights: those whose subject the article's text or heading mentions, in the vocabulary of the rules. Principles: those its findings cite.",
        "",
        "| Article | Rights engaged | Principles cited | Open findings |",
        "| --- | --- | --- | --- |",
        "| Art. 1. Assemblies | freedom of peaceful assembly | ICCPR art. 21 | 2 |",
        "| Art. 2. Publication | freedom of expression | KZ Constitution 2026 art. 20(2) | 1 |",
        "",
        "## Limitations found",
        "",
        "### Art. 1(1)",
        "",
        "> Public assemblies may be held only with the permission of the local executive body.",
        "",
        "- **error** — Assembly subject to permission: Assemblies need the permission of the local executive body: a permit regime.",
        "  - Rests on: ICCPR art. 21",
        "- Aims named in the text: none",
        "- Safeguards proposed:",
        '  - Replace "permission" with "notification"',
        "",
        "### Art. 1(2)",
        "",
        "> The local executive body may refuse permission in the interests of public order or for other purposes.",
        "",
        '- **warning** — Open-ended discretion: Refusal "for other purposes": the grounds are open.',
        "  - Rests on: ICCPR",
        "- Aims named in the text: public order; other purposes (open list)",
        "",
        "## Open findings",
        "",
        "### Errors (1)",
        "",
        "1. Art. 1(1), line 4: Assemblies need the permission of the local executive body: a permit regime. — Assembly subject to permission (`assembly/authorization-regime`); ICCPR art. 21",
        "",
        "### Warnings (1)",
        "",
        '1. Art. 1(2), line 5: Refusal "for other purposes": the grounds are open. — Open-ended discretion (`limitation/open-ended-discretion`); ICCPR',
        "",
        "### Information (1)",
        "",
        '1. Art. 2 al. 1, line 8: The term "akimat" is not defined. — Undefined term (`structure/undefined-term`); KZ Constitution 2026',
        "",
        "## Waivers",
        "",
        "### Applied",
        "",
        "- Art. 2 — `expression/*`: Notices are the body's own publications \\| not the press (1 finding waived)",
        "",
        "### Matched no finding (check whether they are still needed)",
        "",
        "- Art. 3 — `religion/registration-precondition`, only under kz-2026: old",
        "",
      ].join("\n"),
    );
  });

  it("escapes the bill's text and the config's words for Markdown", () => {
    const source = "Article 1. <b>Bold</b> *star*\n1. Text with `code`, [link](http://x) and | pipes.\n";
    const facts = billFacts(parseBill(source), source);
    const out = statementMarkdown({
      filePath: "bills/*x*.md",
      locale: "en",
      version: "1",
      profiles: PROFILES,
      facts,
      findings: [
        finding({
          ruleId: "expression/vague-offence",
          severity: "error",
          message: "Vague: `x` <script>alert(1)</script> _y_",
          range: rangeOf(source, "Text"),
          eId: "art_1__para_1",
          label: "Art. 1(1)",
          principle: ["ICCPR art. 19"],
        }),
      ],
      waivers: [{ waiver: { rule: "x/y", provision: "1. first", reason: "# not a heading" }, findings: [] }],
    });
    expect(out).toContain("- **File:** bills/\\*x\\*.md");
    expect(out).toContain("| Art. 1. \\<b\\>Bold\\</b\\> \\*star | — | ICCPR art. 19 | 1 |");
    expect(out).toContain("> Text with \\`code\\`, \\[link\\](http://x) and \\| pipes.");
    expect(out).toContain("Vague: \\`x\\` \\<script\\>alert(1)\\</script\\> \\_y\\_");
    expect(out).toContain("- 1\\. first — `x/y`: \\# not a heading");
    expect(out).not.toMatch(/<script>/);
  });

  it("says so when there is nothing to state", () => {
    const source = "Article 1. Entry into force\nThis Law enters into force on 1 January 2027.\n";
    const out = statementMarkdown({
      filePath: "a.md",
      locale: "en",
      version: "1",
      profiles: PROFILES.slice(0, 1),
      facts: billFacts(parseBill(source), source),
      findings: [],
      waivers: [],
    });
    const sections = out.split("\n## ").slice(1);
    expect(sections).toEqual([
      "Summary\n\n- Articles engaging rights: 0 of 1.\n- Open findings: 0 (0 errors, 0 warnings, 0 info).\n- Waivers applied: 0; waivers that matched no finding: 0.\n",
      "Rights engaged\n\nNo article of the bill engages a right that rightslint recognises.\n",
      "Limitations found\n\nNo limitation of a right was found.\n",
      "Open findings\n\nNone.\n",
      "Waivers\n\nNo waivers apply to this bill.\n",
    ]);
  });

  it("Russian and Kazakh words, with plural forms", () => {
    const ru = statementMarkdown(assembliesInput("ru"));
    const headings = ru.split("\n").filter((l) => l.startsWith("#"));
    expect(headings).toEqual([
      "# Заключение о соответствии правам человека",
      "## Сводка",
      "## Затрагиваемые права",
      "## Выявленные ограничения",
      "### Art. 1(1)",
      "### Art. 1(2)",
      "## Открытые замечания",
      "### Ошибки (1)",
      "### Предупреждения (1)",
      "### Замечания (1)",
      "## Исключения",
      "### Применённые",
      "### Без совпадений (проверьте, нужны ли они)",
    ]);
    expect(ru).toContain("- Открытые замечания: 3 (1 ошибка, 1 предупреждение, 1 информационное сообщение).");
    expect(ru).toContain("| Статья | Затрагиваемые права | Нормы | Открытые замечания |");
    expect(ru).toContain("| Art. 1. Assemblies | свобода мирных собраний | ICCPR art. 21 | 2 |");
    expect(ru).toContain("- Цели, названные в тексте: общественный порядок; иные цели (открытый перечень)");
    expect(ru).toContain("(снято 1 замечание)");
    expect(ru).toContain(", только для kz-2026: old");
    const kk = statementMarkdown(assembliesInput("kk"));
    expect(kk.split("\n")[0]).toBe("# Адам құқықтарына сәйкестік туралы қорытынды");
    expect(kk).toContain("- Құқықтарды қозғайтын баптар: 3 баптың 2.");
    expect(kk).toContain("(1 ескертпе алынып тасталды)");
  });
});

describe("statement: real bills linted by the engine", () => {
  const EN = `Article 1. Worship
1. Religious services may be held only after state registration of the religious association.

Article 2. Surveillance
The police may use facial recognition in public places.
`;
  const RU = `Статья 1. Богослужения
1. Богослужения проводятся только после государственной регистрации религиозного объединения.
2. Каждый имеет право на свободу совести.

Статья 2. Наблюдение
Полиция вправе применять распознавание лиц в общественных местах.
`;
  const WAIVER: Waiver = {
    rule: "digital/remote-biometric-identification",
    provision: "art_2",
    reason: "Pilot, reviewed by the ombudsman",
    profile: "kz-2026",
  };
  const statement = (text: string, locale: Locale) => {
    const r = lintText(text, { preset: "kz-2026", locale, waivers: [] });
    const { open, uses } = useWaivers(r.findings, [WAIVER]);
    return statementMarkdown({
      filePath: "bill.md",
      locale,
      version: "1.2.3",
      profiles: PROFILES,
      facts: billFacts(r.document, text),
      findings: open,
      waivers: uses,
    });
  };

  it("English", () => {
    const out = statement(EN, "en");
    expect(out.split("\n").filter((l) => l.startsWith("#"))).toEqual([
      "# Statement of compatibility with human rights",
      "## Summary",
      "## Rights engaged",
      "## Limitations found",
      "### Art. 1(1)",
      "### Art. 2 al. 1",
      "## Open findings",
      "### Errors (3)",
      "## Waivers",
      "### Applied",
    ]);
    const lines = out.split("\n");
    for (const line of [
      "- Articles engaging rights: 2 of 2.",
      "- Open findings: 3 (3 errors, 0 warnings, 0 info).",
      "- Waivers applied: 1; waivers that matched no finding: 0.",
      "| Art. 1. Worship | freedom of religion or belief | ICCPR art. 18(1); KZ Constitution 2026 art. 7(1)–(2) | 2 |",
      // the waived finding's principles too: a waiver accepts a limitation, the right is still engaged
      "| Art. 2. Surveillance | — | ICCPR art. 17; ICCPR art. 21; KZ Constitution 2026 art. 21(1); KZ Constitution 2026 art. 34 | 1 |",
      "> Religious services may be held only after state registration of the religious association.",
      "  - Rests on: ICCPR art. 18(1)",
      "  - Rests on: KZ Constitution 2026 art. 7(1)–(2)",
      "- Aims named in the text: none",
      "- Art. 2 — `digital/remote-biometric-identification`, only under kz-2026: Pilot, reviewed by the ombudsman (1 finding waived)",
    ]) {
      expect(lines).toContain(line);
    }
    expect(lines.filter((l) => /^\d+\. /.test(l)).map((l) => l.replace(/: .*\(`/, ": … (`"))).toEqual([
      "1. Art. 1(1), line 2: … (`religion/registration-precondition:worship-conditioned`); ICCPR art. 18(1)",
      "2. Art. 1(1), line 2: … (`religion/registration-precondition:worship-conditioned`); KZ Constitution 2026 art. 7(1)–(2)",
      "3. Art. 2 al. 1, line 5: … (`digital/remote-biometric-identification:public-space`); ICCPR art. 17; ICCPR art. 21",
    ]);
  });

  it("Russian", () => {
    const out = statement(RU, "ru");
    expect(out.split("\n").filter((l) => l.startsWith("#"))).toEqual([
      "# Заключение о соответствии правам человека",
      "## Сводка",
      "## Затрагиваемые права",
      "## Выявленные ограничения",
      "### ст. 1 п. 1",
      "### ст. 2 абз. 1",
      "## Открытые замечания",
      "### Ошибки (3)",
      "## Исключения",
      "### Применённые",
    ]);
    const lines = out.split("\n");
    for (const line of [
      "- Статей, затрагивающих права: 2 из 2.",
      "- Открытые замечания: 3 (3 ошибки, 0 предупреждений, 0 информационных сообщений).",
      "- Применённых исключений: 1; исключений без совпадений: 0.",
      "| ст. 1. Богослужения | свобода совести и вероисповедания | ICCPR art. 18(1); KZ Constitution 2026 art. 7(1)–(2) | 2 |",
      "| ст. 2. Наблюдение | — | ICCPR art. 17; ICCPR art. 21; KZ Constitution 2026 art. 21(1); KZ Constitution 2026 art. 34 | 1 |",
      "> Богослужения проводятся только после государственной регистрации религиозного объединения.",
      "  - Основание: ICCPR art. 18(1)",
      "- Цели, названные в тексте: нет",
      "- ст. 2 — `digital/remote-biometric-identification`, только для kz-2026: Pilot, reviewed by the ombudsman (снято 1 замечание)",
    ]) {
      expect(lines).toContain(line);
    }
    // the findings' own messages are in Russian too
    expect(out).toContain(
      "- **ошибка** — Исповедование религии, обусловленное регистрацией: Исповедование религии поставлено",
    );
  });
});

describe("statement: HTML", () => {
  it("is a standalone page with no script, its style allowed by hash, and the same content escaped", () => {
    const input = assembliesInput();
    const page = statementHtml({
      ...input,
      facts: { ...input.facts, title: 'Bill <script>alert(1)</script> "onload=' },
    });
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(page).not.toMatch(/<script/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? "";
    const hash = `'sha256-${createHash("sha256").update(style).digest("base64")}'`;
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${hash}; base-uri 'none'; form-action 'none'">`,
    );
    expect(page).toContain(
      "<title>Statement of compatibility with human rights: Bill &lt;script&gt;alert(1)&lt;/script&gt; &quot;onload=</title>",
    );
    expect(page).toContain("<li><strong>Bill:</strong> Bill &lt;script&gt;alert(1)&lt;/script&gt; &quot;onload=</li>");
    expect(page).toContain(
      "<tr><td>Art. 1. Assemblies</td><td>freedom of peaceful assembly</td><td>ICCPR art. 21</td><td>2</td></tr>",
    );
    expect(page).toContain(
      "<h3>Art. 1(1)</h3>\n<blockquote>Public assemblies may be held only with the permission of the local executive body.</blockquote>",
    );
    expect(page).toContain(
      "<li>Art. 2 — <code>expression/*</code>: Notices are the body&#39;s own publications | not the press (1 finding waived)</li>",
    );
    expect(page.endsWith("</body>\n</html>\n")).toBe(true);
  });

  it("Russian page", () => {
    const page = statementHtml(assembliesInput("ru"));
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain("<h2>Выявленные ограничения</h2>");
  });
});

describe("statement: waivers", () => {
  const source = "Article 1. A\n1. One.\n2. Two.\n";
  const f = (ruleId: string, eId: string, label: string, profile = "kz-2026") =>
    finding({ ruleId, severity: "error", message: ruleId, range: rangeOf(source, "One"), eId, label, profile });
  const findings = [
    f("religion/a", "art_1__para_1", "Art. 1(1)"),
    f("religion/a", "art_1__para_1", "Art. 1(1)", "iccpr"),
    f("religion/b", "art_1__para_2", "Art. 1(2)"),
    f("expression/c", "art_1__para_2", "Art. 1(2)"),
  ];
  const waivers: Waiver[] = [
    { rule: "religion/a", provision: "art_1", reason: "first", profile: "kz-2026" },
    { rule: "religion/*", provision: "Art. 1", reason: "second" },
    { rule: "religion/a", provision: "art_1__para_1", reason: "third: everything it matches is taken" },
    { rule: "assembly/*", provision: "art_9", reason: "stale" },
  ];

  it("gives each finding to the first waiver that matches it, as the engine does", () => {
    const { open, uses } = useWaivers(findings, waivers);
    expect(uses.map((u) => [u.waiver.reason, u.findings.map((x) => `${x.ruleId} ${x.profile}`)])).toEqual([
      ["first", ["religion/a kz-2026"]],
      ["second", ["religion/a iccpr", "religion/b kz-2026"]],
      ["third: everything it matches is taken", []],
      ["stale", []],
    ]);
    const engine = applyWaivers(findings, waivers);
    expect(open).toEqual(engine.findings);
    expect(uses.filter((u) => u.findings.length === 0).map((u) => u.waiver)).toEqual(engine.unused);
  });

  it("agrees with lintText's unusedWaivers on a real bill", () => {
    const text =
      "Article 1. Worship\n1. Religious services may be held only after state registration of the religious association.\n";
    const ws: Waiver[] = [
      { rule: "religion/registration-precondition", provision: "Art. 1(1)", reason: "accepted", profile: "iccpr" },
      { rule: "digital/*", provision: "art_1", reason: "nothing to accept" },
    ];
    const withWaivers = lintText(text, { preset: "kz-2026", waivers: ws });
    const all = lintText(text, { preset: "kz-2026", waivers: [] });
    const { open, uses } = useWaivers(all.findings, ws);
    expect(open).toEqual(withWaivers.findings);
    expect(uses.filter((u) => u.findings.length === 0).map((u) => u.waiver)).toEqual(withWaivers.unusedWaivers);
    expect(uses[0]?.findings).toHaveLength(1);
  });
});

describe("statement: facts of a bill", () => {
  it("reads articles with the rights they mention, provisions with the aims they name, labels", () => {
    const facts = billFacts(parseBill(ASSEMBLIES), ASSEMBLIES);
    expect(facts.title).toBe("Public Assemblies Bill");
    expect(facts.articles).toEqual([
      { eId: "art_1", label: "Art. 1", heading: "Assemblies", article: true, rights: ["right.assembly"] },
      { eId: "art_2", label: "Art. 2", heading: "Publication", article: true, rights: ["right.expression"] },
      { eId: "art_3", label: "Art. 3", heading: "Entry into force", article: true, rights: [] },
    ]);
    expect(facts.provisions.get("art_1__para_2")).toEqual({
      eId: "art_1__para_2",
      label: "Art. 1(2)",
      text: "The local executive body may refuse permission in the interests of public order or for other purposes.",
      aims: ["ground.public-order", "ground.suspect.open"],
    });
    expect(facts.articleOf.get("art_1__para_2")).toBe("art_1");
    expect(facts.labels.get("art_3__al_1")).toBe("Art. 3 al. 1");
  });

  it("puts text outside articles under the division around it, or the whole bill", () => {
    const source =
      "Article 1. Worship\nWorship is free.\n\nAnnex 1. Forms\n1. The form of the application for a public assembly.\n";
    const facts = billFacts(parseBill(source), source);
    expect(facts.articles.map((a) => [a.eId, a.label, a.article, a.rights])).toEqual([
      ["art_1", "Art. 1", true, ["right.religion"]],
      ["att_1", "Annex 1", false, ["right.assembly"]],
    ]);
    const fragment = "Religious services may be held only in places of worship.\n";
    expect(billFacts(parseBill(fragment), fragment).articles).toEqual([
      { eId: "", label: "", heading: null, article: false, rights: ["right.religion"] },
    ]);
  });

  it("Russian: rights and aims in the bill's language", () => {
    const source =
      "Статья 5. Собрания\n1. Проведение митингов может быть запрещено в интересах национальной безопасности и общественного порядка.\n";
    const facts = billFacts(parseBill(source), source);
    expect(facts.articles[0]?.rights).toEqual(["right.assembly"]);
    expect(facts.provisions.get("art_5__para_1")?.aims).toEqual(["ground.national-security", "ground.public-order"]);
  });
});
