/**
 * Re-linting with a UnitCache (the language server's path) must give exactly the findings of a
 * fresh lint, after any edit: this is what makes `meta.scope: "unit"` sound. Each bill gets a
 * series of edits applied one after the other (typing in a word, deleting and repeating lines,
 * renumbering, adding restrictive or lawful sentences, touching a definition), and after each one
 * the cached lint is compared with a fresh lint of the same text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../rules/index.js";
import { TextIds } from "../../src/analysis/source-edit.js";
import { defineRule, type Finding, type RuleMeta, type RuleModule } from "../../src/engine/index.js";
import { lintUnits, UnitCache } from "../../src/engine/units.js";
import { type LintOptions, lintText } from "../../src/lint.js";
import type { Division, Provision, Reference, Sentence } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";

const root = join(import.meta.dirname, "..", "..");
const corpus = join(root, "..", "shared", "corpus");

/** The meta of this file's test rules: only what tells one from another is given. */
function testMeta(
  id: string,
  description: string,
  messages: Record<string, string>,
  more: Partial<RuleMeta> = {},
): RuleMeta {
  return {
    id: `test/${id}`,
    family: "test",
    severity: "warning",
    confidence: "medium",
    description,
    docs: "tests/engine/incremental.test.ts",
    principle: {},
    messages,
    ...more,
  };
}

/**
 * A whole-bill rule that measures every sentence through `context.memo` (keyed by the sentence's
 * text or by its range) and reports, at the end of the bill, those over `limit` as "{{n}} <unit>";
 * `computed` receives the text of each sentence actually measured.
 */
function measuringRule(
  id: string,
  key: "text" | "range",
  measure: (text: string) => number,
  limit: number,
  unit: string,
  computed: string[],
): RuleModule {
  return defineRule({
    meta: testMeta(id, `a sentence of more than ${limit} ${unit}`, { long: `{{n}} ${unit}` }),
    create(context) {
      const seen: { sentence: Sentence; n: number }[] = [];
      return {
        Sentence(sentence) {
          const n = context.memo(key === "text" ? sentence.text : sentence.range, () => {
            computed.push(sentence.text);
            return measure(sentence.text);
          });
          seen.push({ sentence, n });
        },
        "Document:exit"() {
          for (const s of seen)
            if (s.n > limit) context.report({ node: s.sentence, messageId: "long", data: { n: s.n } });
        },
      };
    },
  });
}

/** A small deterministic generator (mulberry32), so a failing edit can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES: Record<string, string[]> = {
  en: [
    "The authorised body may restrict the activity of a religious association at its discretion.",
    "Personal data shall be retained for ten years and disclosed to the police without a court order.",
    "The State shall not be liable for harm caused by its officials.",
    "Assemblies may be held only in places designated by the local executive body.",
    "Everyone has the right to appeal this decision to a court.",
    'In this Law, "extremist material" means any material so designated by the prosecutor.',
  ],
  ru: [
    "Уполномоченный орган вправе ограничить деятельность религиозного объединения по своему усмотрению.",
    "Персональные данные хранятся десять лет и передаются полиции без решения суда.",
    "Государство не несет ответственности за вред, причиненный его должностными лицами.",
    "Собрания проводятся только в местах, определенных местным исполнительным органом.",
    "Решение может быть обжаловано в суд.",
    "Решения обжалуются в порядке, установленном законом об административных процедурах.",
    "Объединение может быть ликвидировано по решению суда.",
    "Настоящий Закон вводится в действие со дня его официального опубликования.",
  ],
  kk: [
    "Уәкілетті орган діни бірлестіктің қызметін өз қалауы бойынша шектеуге құқылы.",
    "Дербес деректер он жыл сақталады және сот шешімінсіз полицияға беріледі.",
    "Мемлекет лауазымды адамдар келтірген зиян үшін жауапты болмайды.",
    "Шешімге сотқа шағым жасалуы мүмкін.",
  ],
};

type Edit = (text: string, rnd: () => number, language: string) => string;

const lineStarts = (text: string): number[] => {
  const out = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) out.push(i + 1);
  return out;
};
const pickLine = (text: string, rnd: () => number): [number, number] => {
  const starts = lineStarts(text);
  const i = Math.floor(rnd() * starts.length);
  const start = starts[i] as number;
  const next = starts[i + 1];
  return [start, next === undefined ? text.length : next];
};

const EDITS: Record<string, Edit> = {
  type: (text, rnd) => {
    const at = Math.floor(rnd() * text.length);
    return `${text.slice(0, at)}x${text.slice(at)}`;
  },
  deleteLine: (text, rnd) => {
    const [s, e] = pickLine(text, rnd);
    return text.slice(0, s) + text.slice(e);
  },
  repeatLine: (text, rnd) => {
    const [s, e] = pickLine(text, rnd);
    const line = text.slice(s, e);
    return text.slice(0, e) + (line.endsWith("\n") ? line : `\n${line}`) + text.slice(e);
  },
  renumber: (text, rnd) => {
    // a digit of a heading or an enumerator changes (a gap, a duplicate, a reference left dangling)
    const digits = [...text.matchAll(/\d/g)].map((m) => m.index);
    if (digits.length === 0) return text;
    const at = digits[Math.floor(rnd() * digits.length)] as number;
    return `${text.slice(0, at)}${(Number(text[at]) + 1) % 10}${text.slice(at + 1)}`;
  },
  addSentence: (text, rnd, language) => {
    const list = SENTENCES[language] ?? SENTENCES.en ?? [];
    const sentence = list[Math.floor(rnd() * list.length)] as string;
    const [, e] = pickLine(text, rnd);
    return `${text.slice(0, e).replace(/\n?$/, " ")}${sentence}\n${text.slice(e)}`;
  },
  deleteBlock: (text, rnd) => {
    // from a heading line to the next one: an article disappears (references to it dangle, numbers gap)
    const headings = [...text.matchAll(/^(?:#+ *)?(?:Article|Section|Статья|Глава|\d+-бап|\d+-тарау)\b.*$/gm)].map(
      (m) => m.index,
    );
    if (headings.length < 2) return text;
    const k = Math.floor(rnd() * (headings.length - 1));
    return text.slice(0, headings[k]) + text.slice(headings[k + 1]);
  },
  renumberHeading: (text, rnd) => {
    const headings = [
      ...text.matchAll(/^(?:#+ *)?(?:Article|Section|Статья|Глава) (\d+)|^(?:#+ *)?(\d+)-(?:бап|тарау)/gm),
    ];
    const m = headings[Math.floor(rnd() * headings.length)];
    if (!m) return text;
    const at = (m.index as number) + m[0].length - 1;
    return `${text.slice(0, at)}${(Number(text[at]) + 1) % 10}${text.slice(at + 1)}`;
  },
  joinLines: (text, rnd) => {
    const [, e] = pickLine(text, rnd);
    return e > 0 && text[e - 1] === "\n" ? `${text.slice(0, e - 1)} ${text.slice(e)}` : text;
  },
};

/** Applies `count` edits in turn; after each, the cached lint must equal a fresh one. */
function checkEdits(text: string, options: LintOptions, seed: number, count: number): { reused: number } {
  const rnd = random(seed);
  const cache = new UnitCache();
  const language = lintText(text, { ...options, rules: [] }).document.language;
  expect(lintText(text, { ...options, cache }).findings).toEqual(lintText(text, options).findings);
  let current = text;
  let reused = 0;
  const names = Object.keys(EDITS);
  for (let i = 0; i < count; i++) {
    const name = names[Math.floor(rnd() * names.length)] as string;
    current = (EDITS[name] as Edit)(current, rnd, language);
    const fresh = lintText(current, options).findings;
    const cached = lintText(current, { ...options, cache }).findings;
    reused += cache.reused;
    if (JSON.stringify(cached) !== JSON.stringify(fresh)) {
      // the first difference names the rule that is not unit-local, and the edit that showed it
      expect({ edit: `${i}: ${name}`, findings: cached }).toEqual({ edit: `${i}: ${name}`, findings: fresh });
    }
  }
  return { reused };
}

const FIXTURES = [
  "en/digital-services-bill.md",
  "en/statute.txt",
  "en/constitution-excerpt.txt",
  "en/oddities.txt",
  "en/fragment.txt",
  "en/crlf.txt",
  "ru/law-religion.txt",
  "ru/code-excerpt.md",
  "kk/law-religion.txt",
  "kk/code-excerpt.md",
];

describe("re-lint with a unit cache equals a fresh lint", () => {
  it("declares unit scope on the rules that read only their article", () => {
    const unit = builtinRules.filter((r) => r.meta.scope === "unit").map((r) => r.meta.id);
    // the structure rules decide over the whole bill
    expect(
      builtinRules
        .filter((r) => r.meta.scope !== "unit")
        .map((r) => r.meta.id)
        .sort(),
    ).toEqual(["structure/duplicate-article-number", "structure/numbering-gap"]);
    expect(unit.length).toBe(38);
  });

  for (const [i, file] of FIXTURES.entries()) {
    it(`fixture ${file}, under kz-2026 and iccpr`, () => {
      const text = readFileSync(join(root, "fixtures", "bills", file), "utf8");
      const { reused } = checkEdits(text, { preset: "kz-2026", filePath: file }, 1000 + i, 40);
      expect(reused).toBeGreaterThan(0);
    });
  }

  it("a bill with many articles under every profile, in Russian messages", () => {
    const text = readFileSync(join(corpus, "kz", "kz-constitution-1995-en.txt"), "utf8");
    const { reused } = checkEdits(
      text,
      { profiles: ["kz-2026", "kz-1995", "iccpr", "echr", "eu-digital"], locale: "ru" },
      7,
      12,
    );
    expect(reused).toBeGreaterThan(1000);
  });

  it("a Russian constitution, with its flattened superscript article numbers", () => {
    const text = readFileSync(join(corpus, "ru", "ru-constitution-2020-03-14.txt"), "utf8");
    checkEdits(text, { preset: "kz-2026" }, 11, 10);
  });

  it("a bill-wide fact that changes re-lints the kept articles (an appeal law named in another article)", () => {
    const before = [
      "Article 5",
      "",
      "1. The akimat may suspend a resident's access to the city services app.",
      "",
      "Article 6",
      "",
      "1. The akimat shall publish the list of city services.",
      "",
    ].join("\n");
    const after = before.replace(
      "publish the list of city services.",
      "publish the list of city services. Its decisions may be challenged under the Law on Administrative Procedures.",
    );
    const options: LintOptions = { preset: "kz-2026" };
    const route = (text: string, o: LintOptions) =>
      lintText(text, o)
        .findings.filter((f) => f.ruleId === "remedy/no-appeal-route")
        .map((f) => f.label);
    // the appeal law named in Article 6 supplies the route for Article 5
    expect(route(before, options)).toEqual(["Art. 5(1)", "Art. 5(1)"]);
    expect(route(after, options)).toEqual([]);
    const cache = new UnitCache();
    expect(route(before, { ...options, cache })).toEqual(["Art. 5(1)", "Art. 5(1)"]);
    expect(route(after, { ...options, cache })).toEqual([]);
    expect(route(before, { ...options, cache })).toEqual(["Art. 5(1)", "Art. 5(1)"]);
  });

  it("a fact that does not depend on the profile is computed once per lint for all the rule's runs", () => {
    let computed = 0;
    const make = (perProfile: boolean) =>
      defineRule({
        meta: testMeta(
          "has-court",
          "an article that suspends, in a bill that names no court",
          { noCourt: "no court anywhere" },
          { scope: "unit" },
        ),
        create(context) {
          const court = context.fact(
            "court",
            () => {
              computed++;
              return (
                context.document.references.length > 0 ||
                /court/.test(context.concepts.sourceOf(context.document.range))
              );
            },
            { perProfile },
          );
          return {
            Sentence(sentence) {
              if (/suspend/.test(sentence.text) && !court()) context.report({ node: sentence, messageId: "noCourt" });
            },
          };
        },
      });
    const text = "Article 1\n\n1. The akimat may suspend the licence.\n\nArticle 2\n\n1. Fees are set by decree.\n";
    const run = (perProfile: boolean) => {
      computed = 0;
      const options: LintOptions = { rules: [make(perProfile)], profiles: ["kz-2026", "iccpr"] };
      const findings = lintText(text, options).findings.map((f) => `${f.profile} ${f.label}`);
      return { findings, computed };
    };
    expect(run(true)).toEqual({ findings: ["iccpr Art. 1(1)", "kz-2026 Art. 1(1)"], computed: 2 });
    expect(run(false)).toEqual({ findings: ["iccpr Art. 1(1)", "kz-2026 Art. 1(1)"], computed: 1 });
    // with a cache, the shared fact is checked once on re-lint and still re-lints the kept units when it changes
    const cache = new UnitCache();
    const options: LintOptions = { rules: [make(false)], profiles: ["kz-2026", "iccpr"], cache };
    expect(lintText(text, options).findings).toHaveLength(2);
    const withCourt = text.replace("decree.", "decree of a court.");
    expect(lintText(withCourt, options).findings).toEqual(
      lintText(withCourt, { rules: [make(false)], profiles: ["kz-2026", "iccpr"] }).findings,
    );
    expect(lintText(withCourt, options).findings).toHaveLength(0);
  });

  it("the kept findings move with the text: an edit above an article shifts its findings", () => {
    const text = readFileSync(join(root, "fixtures", "bills", "en", "digital-services-bill.md"), "utf8");
    const cache = new UnitCache();
    const before = lintText(text, { preset: "kz-2026", cache }).findings;
    const edited = `${text.slice(0, text.indexOf("\n") + 1)}\nA new line.\n${text.slice(text.indexOf("\n") + 1)}`;
    const after = lintText(edited, { preset: "kz-2026", cache }).findings;
    expect(cache.reused).toBeGreaterThan(0);
    expect(after.length).toBe(before.length);
    const moved = after.filter((f, k) => f.range.start.line === (before[k]?.range.start.line ?? 0) + 2);
    expect(moved.length).toBeGreaterThan(0);
    expect(after).toEqual(lintText(edited, { preset: "kz-2026" }).findings);
  });

  it("context.memo keeps a whole-bill rule's per-sentence values between lints of one document", () => {
    const computed: string[] = [];
    // counts the words of every sentence at the end of the bill, through the memo
    const wordy = measuringRule("wordy", "text", (t) => t.split(/\s+/).length, 6, "words", computed);
    const bill = (extra: string) =>
      [
        "Article 1",
        "",
        "1. The agency keeps a register of all the licences it issues.",
        `2. Fees are set by decree.${extra}`,
        "",
      ].join("\n");
    const options: LintOptions = { rules: [wordy], profiles: ["kz-2026"] };
    const words = (o: LintOptions, text: string) => lintText(text, o).findings.map((f) => `${f.label} ${f.message}`);

    // without a cache the memo is a plain call: every lint computes again
    expect(words(options, bill(""))).toEqual(["Art. 1(1) 11 words"]);
    expect(words(options, bill(""))).toEqual(["Art. 1(1) 11 words"]);
    expect(computed).toHaveLength(4);

    computed.length = 0;
    const cache = new UnitCache();
    expect(words({ ...options, cache }, bill(""))).toEqual(["Art. 1(1) 11 words"]);
    expect(computed).toHaveLength(2);
    // the same bill again: nothing is computed; an edited sentence is computed, the other kept
    expect(words({ ...options, cache }, bill(""))).toEqual(["Art. 1(1) 11 words"]);
    expect(computed).toHaveLength(2);
    expect(words({ ...options, cache }, bill(" They are published in the official gazette."))).toEqual([
      "Art. 1(1) 11 words",
      "Art. 1(2) 7 words",
    ]);
    expect(computed).toEqual([
      "The agency keeps a register of all the licences it issues.",
      "Fees are set by decree.",
      "They are published in the official gazette.",
    ]);
    // values no lint asked for are dropped: the memo holds this bill's sentences only
    expect([...(cache.memo.values().next().value?.keys() ?? [])]).toEqual([
      "The agency keeps a register of all the licences it issues.",
      "Fees are set by decree.",
      "They are published in the official gazette.",
    ]);
    words({ ...options, cache }, bill(""));
    expect([...(cache.memo.values().next().value?.keys() ?? [])]).toHaveLength(2);
  });

  it("context.memo by range keeps a value per sentence text, also when an edit above moves the sentence", () => {
    const computed: string[] = [];
    const counter = measuringRule("letters", "range", (t) => t.replace(/[^a-z]/gi, "").length, 40, "letters", computed);
    const bill = (lead: string, extra: string) =>
      [
        `Article 1${lead}`,
        "",
        "1. The agency keeps a register of all the licences it issues.",
        `2. Fees are set by decree.${extra}`,
        "3. The register is open to the public.",
        "",
      ].join("\n");
    const options: LintOptions = { rules: [counter], profiles: ["kz-2026"] };
    const cache = new UnitCache();
    const lint = (text: string) =>
      lintText(text, { ...options, cache }).findings.map((f) => `${f.label} ${f.message} @${f.range.start.offset}`);
    const fresh = (text: string) => {
      const n = computed.length;
      const out = lintText(text, options).findings.map((f) => `${f.label} ${f.message} @${f.range.start.offset}`);
      computed.length = n;
      return out;
    };
    const edits = [
      bill("", ""),
      // a heading made longer above every sentence: each moves, none is computed again
      bill(". Registers", ""),
      // a sentence edited: that one only
      bill(". Registers", " Fees are published in the official gazette of the Republic."),
    ];
    expect(lint(edits[0] as string)).toEqual(fresh(edits[0] as string));
    expect(computed).toHaveLength(3);
    expect(lint(edits[1] as string)).toEqual(fresh(edits[1] as string));
    expect(computed).toHaveLength(3);
    expect(lint(edits[2] as string)).toEqual(fresh(edits[2] as string));
    expect(computed.slice(3)).toEqual(["Fees are published in the official gazette of the Republic."]);
  });

  it("context.unitParts computes a part per lint unit, and a re-lint only those of changed units", () => {
    const computed: string[] = [];
    // counts the sentences of the bill from one part per unit, at the end of the bill
    const counting = (perProfile: boolean) =>
      defineRule({
        meta: testMeta(
          "sentences",
          "the number of sentences of the bill",
          { count: "{{n}} sentences" },
          { severity: "info" },
        ),
        create(context) {
          return {
            "Document:exit"(doc) {
              const parts = context.unitParts(
                "sentences",
                (unit) => {
                  const root = unit.root;
                  computed.push(
                    root.type === "Document" ? "(front)" : `${root.label}${unit.headerOnly ? " (own)" : ""}`,
                  );
                  const count = (n: Division | Provision): number =>
                    (n.type === "Provision" ? n.sentences.length : 0) +
                    (unit.headerOnly ? 0 : n.children.reduce((sum, c) => sum + count(c), 0));
                  return root.type === "Document" ? 0 : count(root);
                },
                { perProfile },
              );
              const n = parts.reduce((sum, p) => sum + p.value, 0);
              context.report({ node: doc.body[0] as Division, messageId: "count", data: { n } });
            },
          };
        },
      });
    const bill = (extra: string) =>
      [
        "Chapter I",
        "",
        "Article 1",
        "",
        "1. The agency keeps a register. It is public.",
        `2. Fees are set by decree.${extra}`,
        "",
        "Article 2",
        "",
        "The register is kept for ten years.",
        "",
      ].join("\n");
    const options: LintOptions = { rules: [counting(true)], profiles: ["kz-2026"] };
    const lint = (o: LintOptions, text: string) => lintText(text, o).findings.map((f) => `${f.message}`);

    // without a cache every lint computes every unit's part: the bill's own, the chapter's own node, two articles
    expect(lint(options, bill(""))).toEqual(["4 sentences"]);
    expect(computed).toEqual(["(front)", "Ch. I (own)", "Art. 1", "Art. 2"]);

    computed.length = 0;
    const cache = new UnitCache();
    expect(lint({ ...options, cache }, bill(""))).toEqual(["4 sentences"]);
    expect(computed).toHaveLength(4);
    // the same text: nothing computed; an edit in Article 1: its part only
    expect(lint({ ...options, cache }, bill(""))).toEqual(["4 sentences"]);
    expect(computed).toHaveLength(4);
    expect(lint({ ...options, cache }, bill(" They are published."))).toEqual(["5 sentences"]);
    expect(computed.slice(4)).toEqual(["Art. 1"]);
    expect(lint({ ...options, cache }, bill(" They are published."))).toEqual(
      lint(options, bill(" They are published.")),
    );

    // per profile by default: a rule run under two profiles computes each part twice; with
    // `perProfile: false` once, and both runs get the parts
    for (const [perProfile, calls] of [
      [true, 8],
      [false, 4],
    ] as const) {
      computed.length = 0;
      const two: LintOptions = { rules: [counting(perProfile)], profiles: ["kz-2026", "iccpr"] };
      expect(lint(two, bill(""))).toEqual(["4 sentences", "4 sentences"]);
      expect(computed).toHaveLength(calls);
      const twoCached = { ...two, cache: new UnitCache() };
      lint(twoCached, bill(""));
      computed.length = 0;
      expect(lint(twoCached, bill(" They are published."))).toEqual(["5 sentences", "5 sentences"]);
      expect(computed).toHaveLength(calls / 4);
    }
  });

  it("context.unitParts behind a unit rule's fact: parts are kept also when only the check of the facts asks", () => {
    const computed: string[] = [];
    // a unit rule: "restrict" is reported unless the bill says "appeal" somewhere (a fact from parts)
    const rule = defineRule({
      meta: testMeta(
        "restrict",
        "a restriction in a bill that names no appeal",
        { restrict: "restricts" },
        { scope: "unit" },
      ),
      create(context) {
        const appeal = context.fact(
          "appeal",
          () =>
            context
              .unitParts("appeal", (unit) => {
                const root = unit.root;
                computed.push(root.type === "Document" ? "(front)" : root.label);
                const rec = (n: Division | Provision): boolean =>
                  (n.type === "Provision" && n.sentences.some((s) => s.text.includes("appeal"))) ||
                  (!unit.headerOnly && n.children.some(rec));
                return root.type !== "Document" && rec(root);
              })
              .some((p) => p.value),
          { perProfile: false },
        );
        return {
          Sentence(sentence) {
            if (sentence.text.includes("restrict") && !appeal())
              context.report({ node: sentence, messageId: "restrict" });
          },
        };
      },
    });
    const bill = (extra: string) =>
      [
        "Article 1",
        "",
        "The agency may restrict access.",
        "",
        "Article 2",
        "",
        `Fees are set by decree.${extra}`,
        "",
      ].join("\n");
    const options: LintOptions = { rules: [rule], profiles: ["kz-2026"] };
    const cache = new UnitCache();
    const lint = (text: string) => lintText(text, { ...options, cache }).findings.map((f) => f.label);
    expect(lint(bill(""))).toEqual(["Art. 1 al. 1"]);
    expect(computed).toEqual(["(front)", "Art. 1", "Art. 2"]);
    // Article 2 changes: no unit that asks the fact is visited, the facts are checked after the walk
    computed.length = 0;
    expect(lint(bill(" More fees."))).toEqual(["Art. 1 al. 1"]);
    expect(computed).toEqual(["Art. 2"]);
    computed.length = 0;
    // the fact changes: every unit is linted again; the parts, which never depend on a fact, are kept
    expect(lint(bill(" An appeal lies to a court."))).toEqual([]);
    expect(computed).toEqual(["Art. 2"]);
    expect(cache.reused).toBe(0);
    expect(lintText(bill(" An appeal lies to a court."), options).findings).toEqual([]);
  });

  it("a unit rule's Document:exit combines its parts on every lint; its sentences are visited only in changed units", () => {
    const visited: string[] = [];
    // per sentence: "restrict" in a unit; at the end of the bill: how many units say "appeal"
    const rule = defineRule({
      meta: testMeta(
        "restrict-and-count",
        "a restriction, and the number of units that name an appeal",
        { restrict: "restricts", count: "{{n}} units name an appeal" },
        { scope: "unit" },
      ),
      create(context) {
        return {
          Sentence(sentence) {
            visited.push(context.parentOf(sentence)?.label ?? "");
            if (sentence.text.includes("restrict")) context.report({ node: sentence, messageId: "restrict" });
          },
          "Document:exit"(doc) {
            const parts = context.unitParts("appeal", (unit) => {
              const rec = (n: Division | Provision): boolean =>
                (n.type === "Provision" && n.sentences.some((s) => s.text.includes("appeal"))) ||
                (!unit.headerOnly && n.children.some(rec));
              return unit.root.type !== "Document" && rec(unit.root);
            });
            const n = parts.filter((p) => p.value).length;
            context.report({ node: doc.body[0] as Division, messageId: "count", data: { n } });
          },
        };
      },
    });
    const bill = (two: string, three: string) =>
      [
        "Article 1",
        "",
        "The agency may restrict access.",
        "",
        "Article 2",
        "",
        two,
        "",
        "Article 3",
        "",
        three,
        "",
      ].join("\n");
    const options: LintOptions = { rules: [rule], profiles: ["kz-2026"] };
    const cache = new UnitCache();
    const lint = (text: string) =>
      lintText(text, { ...options, cache }).findings.map((f) => `${f.label}: ${f.message}`);
    const fresh = (text: string) => lintText(text, options).findings.map((f) => `${f.label}: ${f.message}`);

    const first = bill("Fees are set by decree.", "An appeal lies to a court.");
    expect(lint(first)).toEqual(["Art. 1: 1 units name an appeal", "Art. 1 al. 1: restricts"]);
    expect(visited).toEqual(["Art. 1 al. 1", "Art. 2 al. 1", "Art. 3 al. 1"]);
    // Article 2 gains an appeal and a restriction: its sentences alone are visited, the count is made again
    visited.length = 0;
    const second = bill("An appeal against fees may restrict nothing.", "An appeal lies to a court.");
    expect(lint(second)).toEqual([
      "Art. 1: 2 units name an appeal",
      "Art. 1 al. 1: restricts",
      "Art. 2 al. 1: restricts",
    ]);
    expect(visited).toEqual(["Art. 2 al. 1"]);
    expect(lint(second)).toEqual(fresh(second));
    // an edit that changes only the count (Article 3 drops its appeal) keeps every kept finding
    visited.length = 0;
    const third = bill("An appeal against fees may restrict nothing.", "Fees are paid to the treasury.");
    const got = lint(third);
    expect(visited).toEqual(["Art. 3 al. 1"]);
    expect(cache.reused).toBe(3); // the front matter, Articles 1 and 2
    expect(got).toEqual(["Art. 1: 1 units name an appeal", "Art. 1 al. 1: restricts", "Art. 2 al. 1: restricts"]);
    expect(got).toEqual(fresh(third));
  });

  it("the numbering rules keep a part per unit: a re-lint computes the changed unit's, and finds duplicates and gaps as a fresh lint", () => {
    const rules = builtinRules.filter(
      (r) => r.meta.id === "structure/duplicate-article-number" || r.meta.id === "structure/numbering-gap",
    );
    const options: LintOptions = { rules, profiles: ["kz-2026"] };
    const cache = new UnitCache();
    /** The two rules' parts in the cache (each rule's part of each unit is one object while it is kept). */
    const parts = () =>
      new Set([...cache.parts].filter(([space]) => space.startsWith("structure/")).flatMap(([, m]) => [...m.values()]));
    /** Lints with the cache: the findings (equal to a fresh lint's), and how many parts were computed. */
    const relint = (text: string) => {
      const before = parts();
      const findings = lintText(text, { ...options, cache }).findings;
      expect(findings).toEqual(lintText(text, options).findings);
      return {
        computed: [...parts()].filter((p) => !before.has(p)).length,
        found: findings.map((f) => `${f.label}: ${f.message.slice(0, f.message.indexOf(":"))}`),
      };
    };
    const bill = (art1: string, years: string, fees: string, last: string) =>
      [
        "Chapter 1",
        "",
        "Article 1. Scope",
        "",
        "1. This Law applies to providers.",
        art1,
        "",
        "Article 2. Registers",
        "",
        "1. The register is public.",
        `2. The register is kept for ${years} years.`,
        "",
        "Chapter 2",
        "",
        "Article 3. Fees",
        "",
        "1. Fees are set by decree.",
        "2. Fees are paid annually.",
        `${fees}. Fees are published.`,
        "",
        `Article ${last}. Entry into force`,
        "",
        "This Law enters into force on 1 January 2027.",
        "",
      ].join("\n");
    const state = "2. It applies to the State.";
    const paragraphTwice = 'Art. 3(2): Paragraph 2 appears twice in Art. 3 ("2." at lines 18 and 19)';
    const articleTwice = 'Art. 3: Article 3 appears twice in the act ("Article 3" at lines 15 and 21)';
    const articlesMissing = "Art. 6: Articles 4 and 5 are missing between 3 and 6 in the act";
    const paragraphMissing = "Art. 1(3): Paragraph 2 is missing between 1 and 3 in Art. 1";

    // every unit's part (the front matter, two chapters' own nodes, four articles), per rule
    expect(relint(bill(state, "ten", "3", "4"))).toEqual({ computed: 14, found: [] });
    // a word in Article 2: its parts only
    expect(relint(bill(state, "five", "3", "4"))).toEqual({ computed: 2, found: [] });
    // a paragraph of Article 3 renumbered: a duplicate inside the article
    expect(relint(bill(state, "five", "2", "4"))).toEqual({ computed: 2, found: [paragraphTwice] });
    // Article 4 renumbered 3: a duplicate across the chapters (articles are numbered through the body)
    expect(relint(bill(state, "five", "2", "3"))).toEqual({ computed: 2, found: [paragraphTwice, articleTwice] });
    // and then 6: a gap across the chapters
    expect(relint(bill(state, "five", "2", "6"))).toEqual({ computed: 2, found: [paragraphTwice, articlesMissing] });
    // a paragraph of Article 1 renumbered: a gap inside the article
    expect(relint(bill(state.replace("2.", "3."), "five", "2", "6"))).toEqual({
      computed: 2,
      found: [paragraphMissing, paragraphTwice, articlesMissing],
    });
    // a line added to Article 1: Article 3's parts are kept, and its duplicate is reported at its new lines
    expect(relint(bill(`${state.replace("2.", "3.")}\n4. It applies to courts.`, "five", "2", "6"))).toEqual({
      computed: 2,
      found: [paragraphMissing, paragraphTwice.replace("18 and 19", "19 and 20"), articlesMissing],
    });
  });

  it("unit keys stand for the units' texts by number, the same while the text is", () => {
    const text = readFileSync(join(root, "fixtures", "bills", "en", "digital-services-bill.md"), "utf8");
    const keys = (source: string, texts: TextIds) => {
      const doc = parseBill(source);
      const refs = new Map<string, Reference[]>();
      for (const r of doc.references) refs.set(r.sourceEId, [...(refs.get(r.sourceEId) ?? []), r]);
      const byEId = new Map<string, Division | Provision>();
      const rec = (nodes: (Division | Provision)[]) => {
        for (const n of nodes) {
          byEId.set(n.eId, n);
          rec(n.children);
        }
      };
      rec(doc.body);
      texts.begin(source);
      const units = lintUnits(doc, source, refs, byEId, texts);
      // no key copies the text of its unit
      for (const u of units) {
        if (u.headerOnly || u.root.type === "Document") continue;
        expect(u.key).not.toContain(source.slice(u.root.range.start.offset, u.root.range.end.offset));
      }
      return units.map((u) => u.key);
    };
    const texts = new TextIds();
    const before = keys(text, texts);
    // a word typed into the last article: the other units keep their keys
    const at = text.lastIndexOf("shall");
    const after = keys(`${text.slice(0, at)}x${text.slice(at)}`, texts);
    expect(after.length).toBe(before.length);
    const changed = after.filter((k, i) => k !== before[i]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(4);
    // the same text again after a change in between: a new number (never reused), so a new key
    const back = keys(text, texts);
    expect(back.filter((k, i) => k !== before[i]).length).toBe(changed.length);
  });

  describe("random edits (fast-check): cached findings equal fresh ones after each", () => {
    /** Lines an edit may insert, per language: headings, definitions, cross references, restrictions. */
    const LINES: Record<string, string[]> = {
      en: [
        "Article 3",
        "## Article 12. Appeals",
        "Chapter 2",
        '1. In this Law, "extremist material" means any material so designated by the prosecutor.',
        "2. The authorised body may restrict assemblies on the grounds listed in Article 3.",
        "(a) as provided in paragraph 2 of Article 5 of this Law;",
        "Article 7 [Repealed]",
        "Everyone has the right to appeal this decision to a court.",
        "This Law shall be amended as follows:",
      ],
      ru: [
        "Статья 3",
        "Глава 2",
        "1. Основные понятия, используемые в настоящем Законе:",
        "1) экстремистские материалы – материалы, признанные таковыми прокурором;",
        "2. Деятельность ограничивается по основаниям, предусмотренным статьей 3 настоящего Закона.",
        "Решение может быть обжаловано в суд.",
        "Статьи 7–9 исключены.",
      ],
      kk: [
        "3-бап",
        "2-тарау",
        "1. Осы Заңда пайдаланылатын негізгі ұғымдар:",
        "2. Қызмет осы Заңның 3-бабында көзделген негіздер бойынша шектеледі.",
        "Шешімге сотқа шағым жасалуы мүмкін.",
      ],
    };
    type Step =
      | { kind: "insert"; at: number; text: string }
      | { kind: "delete"; at: number; length: number }
      | { kind: "line"; at: number; pick: number }
      | { kind: "dropLine"; at: number };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({
        kind: fc.constant("insert" as const),
        at: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x),
        text: fc.constantFrom("x", " ", "\n", "7", ".", ";", ":", "«", "\n\n", "restrict ", "суд "),
      }) as fc.Arbitrary<Step>,
      fc.record({
        kind: fc.constant("delete" as const),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        length: fc.integer({ min: 1, max: 30 }),
      }) as fc.Arbitrary<Step>,
      fc.record({
        kind: fc.constant("line" as const),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        pick: fc.nat(),
      }) as fc.Arbitrary<Step>,
      fc.record({
        kind: fc.constant("dropLine" as const),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
      }) as fc.Arbitrary<Step>,
    );
    const apply = (text: string, e: Step, language: string): string => {
      const at = Math.min(text.length, Math.floor(e.at * text.length));
      if (e.kind === "insert") return text.slice(0, at) + e.text + text.slice(at);
      if (e.kind === "delete") return text.slice(0, at) + text.slice(at + e.length);
      const start = text.lastIndexOf("\n", at - 1) + 1;
      if (e.kind === "dropLine") {
        const end = text.indexOf("\n", at);
        return text.slice(0, start) + (end < 0 ? "" : text.slice(end + 1));
      }
      const lines = LINES[language] ?? (LINES.en as string[]);
      return `${text.slice(0, start)}${lines[e.pick % lines.length]}\n${text.slice(start)}`;
    };
    const bills = [
      "en/digital-services-bill.md",
      "en/statute.txt",
      "ru/law-religion.txt",
      "ru/code-excerpt.md",
      "kk/law-religion.txt",
      "kk/code-excerpt.md",
    ];
    for (const file of bills) {
      it(file, () => {
        const text = readFileSync(join(root, "fixtures", "bills", file), "utf8");
        const options: LintOptions = { preset: "kz-2026", filePath: file };
        const language = lintText(text, { ...options, rules: [] }).document.language;
        fc.assert(
          fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
            const cache = new UnitCache();
            let current = text;
            lintText(current, { ...options, cache });
            for (const e of steps) {
              current = apply(current, e, language);
              const cached = lintText(current, { ...options, cache }).findings;
              expect(cached).toEqual(lintText(current, options).findings);
            }
          }),
          { numRuns: 12 },
        );
      });
    }
  });
});

describe("certainty/retroactive-liability with a unit cache: what it reads of other articles", () => {
  const retro = builtinRules.find((r) => r.meta.id === "certainty/retroactive-liability") as RuleModule;
  const options: LintOptions = { rules: [retro], profiles: ["kz-2026", "iccpr"] };
  const shown = (findings: readonly Finding[]): string[] =>
    findings.map(
      (f) => `${f.ruleId}:${f.subCode} ${f.profile} ${f.range.start.line}:${f.range.start.column} ${f.label}`,
    );
  /**
   * A bill whose finding (in `reported`, line 7) rests on another article; `edit` replaces a
   * sentence of that other article and takes away what the finding needs: the dated entry into
   * force, the act's only sanction or duty, its criminal penalty.
   */
  interface Case {
    name: string;
    bill: string;
    edit: [string, string];
    /** The finding's sub-code, profiles and label. */
    subCode: string;
    profiles: string[];
    label: string;
  }
  const CASES: Case[] = [
    {
      name: "en: an application date before the entry into force dated in another article",
      bill: "Article 4\n\n1. Parking in a bus lane is punishable by a fine.\n\nArticle 9\n\n1. This Law applies from 1 January 2026.\n\nArticle 10\n\n1. This Law enters into force on 1 July 2026.\n",
      edit: ["on 1 July 2026", "thirty days after its official publication"],
      subCode: "retroactive",
      profiles: ["iccpr", "kz-2026"],
      label: "Art. 9(1)",
    },
    {
      name: "ru: an application date before the entry into force dated in another article",
      bill: "Статья 4\n\n1. Парковка на полосе для автобусов влечет штраф.\n\nСтатья 9\n\n1. Настоящий Закон применяется с 1 января 2026 года.\n\nСтатья 10\n\n1. Настоящий Закон вводится в действие с 1 июля 2026 года.\n",
      edit: ["с 1 июля 2026 года", "по истечении десяти дней после дня его официального опубликования"],
      subCode: "retroactive",
      profiles: ["iccpr", "kz-2026"],
      label: "ст. 9 п. 1",
    },
    {
      name: "kk: an application date before the entry into force dated in another article",
      bill: "4-бап\n\n1. Автобус жолағында тұраққа қою айыппұлға әкеп соғады.\n\n9-бап\n\n1. Осы Заң 2026 жылғы 1 қаңтардан бастап қолданылады.\n\n10-бап\n\n1. Осы Заң 2026 жылғы 1 шілдеден бастап қолданысқа енгізіледі.\n",
      edit: ["2026 жылғы 1 шілдеден бастап", "алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң"],
      subCode: "retroactive",
      profiles: ["iccpr", "kz-2026"],
      label: "9-бап 1-тармақ",
    },
    {
      name: "en: retroactive effect of an act whose only sanction is in another article",
      bill: "Article 2\n\n1. Operating an unregistered drone over a city is a criminal offence punishable by imprisonment for up to two years.\n\nArticle 3\n\n1. This Act has retroactive effect from 1 March 2023.\n",
      edit: ["is a criminal offence punishable by imprisonment for up to two years", "requires a permit"],
      subCode: "retroactive",
      profiles: ["iccpr", "kz-2026"],
      label: "Art. 3(1)",
    },
    {
      name: "ru: retroactive effect of an act whose only sanction is in another article",
      bill: "Статья 3\n\n1. Нарушение правил парковки влечет административную ответственность.\n\nСтатья 5\n\n1. Настоящий Закон имеет обратную силу.\n",
      edit: [
        "Нарушение правил парковки влечет административную ответственность.",
        "Правила парковки утверждаются акиматом.",
      ],
      subCode: "retroactive",
      profiles: ["iccpr", "kz-2026"],
      label: "ст. 5 п. 1",
    },
    {
      name: "kk: retroactive effect of an act whose only sanction is in another article",
      bill: "3-бап\n\n1. Тұрақ қағидаларын бұзу айыппұлға әкеп соғады.\n\n5-бап\n\n1. Осы Заңның кері күші бар.\n",
      edit: ["бұзу айыппұлға әкеп соғады", "әкімдік бекітеді"],
      subCode: "retroactive",
      profiles: ["iccpr", "kz-2026"],
      label: "5-бап 1-тармақ",
    },
    {
      name: "ru: the act applied to earlier relations, its only new duty in another article (kz-2026)",
      bill: "Статья 3\n\n1. Собственники жилых помещений обязаны установить приборы учета воды.\n\nСтатья 4\n\n1. Настоящий Закон распространяется на отношения, возникшие с 1 января 2025 года.\n",
      edit: ["обязаны", "вправе"],
      subCode: "kz-new-duties",
      profiles: ["kz-2026"],
      label: "ст. 4 п. 1",
    },
    {
      name: "kk: the act applied to earlier relations, its only new duty in another article (kz-2026)",
      bill: "3-бап\n\n1. Тұрғын үй иелері су есептегіш құралдарын орнатуға міндетті.\n\n4-бап\n\n1. Осы Заң 2025 жылғы 1 қаңтардан бастап туындаған қатынастарға қолданылады.\n",
      edit: ["орнатуға міндетті", "орната алады"],
      subCode: "kz-new-duties",
      profiles: ["kz-2026"],
      label: "4-бап 1-тармақ",
    },
    {
      name: "en: in force on publication, the criminal penalty in another article",
      bill: "Article 3\n\n1. Smuggling of cultural property is a criminal offence punishable by imprisonment for up to five years.\n\nArticle 4\n\n1. This Law enters into force on the day of its first official publication.\n",
      edit: ["is a criminal offence punishable by imprisonment for up to five years", "is subject to customs control"],
      subCode: "no-vacatio-legis",
      profiles: ["iccpr", "kz-2026"],
      label: "Art. 4(1)",
    },
    {
      name: "ru: in force on publication, the criminal penalty in another article",
      bill: "Статья 3\n\n1. Контрабанда культурных ценностей наказывается лишением свободы на срок до пяти лет.\n\nСтатья 4\n\n1. Настоящий Закон вступает в силу со дня его официального опубликования.\n",
      edit: [
        "Контрабанда культурных ценностей наказывается лишением свободы на срок до пяти лет.",
        "Вывоз культурных ценностей подлежит таможенному контролю.",
      ],
      subCode: "no-vacatio-legis",
      profiles: ["iccpr", "kz-2026"],
      label: "ст. 4 п. 1",
    },
    {
      name: "kk: in force on publication, the criminal penalty in another article",
      bill: "3-бап\n\n1. Мәдени құндылықтардың контрабандасы бес жылға дейінгі мерзімге бас бостандығынан айыруға жазаланады.\n\n4-бап\n\n1. Осы Заң алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.\n",
      edit: [
        "контрабандасы бес жылға дейінгі мерзімге бас бостандығынан айыруға жазаланады",
        "әкетілуі кедендік бақылауға жатады",
      ],
      subCode: "no-vacatio-legis",
      profiles: ["iccpr", "kz-2026"],
      label: "4-бап 1-тармақ",
    },
  ];
  for (const c of CASES) {
    it(c.name, () => {
      const [from, to] = c.edit;
      expect(c.bill).toContain(from);
      const edited = c.bill.replace(from, to);
      const expected = c.profiles.map((p) => `certainty/retroactive-liability:${c.subCode} ${p} 7:4 ${c.label}`);
      const cache = new UnitCache();
      // taken away, given back, taken away again: each time as a fresh lint finds it
      for (const [text, want] of [
        [c.bill, expected],
        [edited, []],
        [c.bill, expected],
        [edited, []],
      ] as const) {
        const cached = lintText(text, { ...options, cache }).findings;
        expect(shown(cached)).toEqual(want);
        expect(cached).toEqual(lintText(text, options).findings);
      }
    });
  }

  it("no-vacatio-legis is reported once per act: an edit to the first such sentence moves it to the next", () => {
    const bill = [
      "Article 1",
      "",
      "1. Smuggling of cultural property is a criminal offence punishable by imprisonment for up to five years.",
      "",
      "Article 2",
      "",
      "1. This Law enters into force on the day of its first official publication.",
      "",
      "Article 3",
      "",
      "1. Article 1 enters into force on the day of its first official publication.",
      "",
    ].join("\n");
    const edited = bill.replace("on the day of its", "three months after the day of its");
    const cache = new UnitCache();
    const at = (line: number, label: string) =>
      ["iccpr", "kz-2026"].map((p) => `certainty/retroactive-liability:no-vacatio-legis ${p} ${line}:4 ${label}`);
    for (const [text, want] of [
      [bill, at(7, "Art. 2(1)")],
      [edited, at(11, "Art. 3(1)")],
      [bill, at(7, "Art. 2(1)")],
    ] as const) {
      const cached = lintText(text, { ...options, cache }).findings;
      expect(shown(cached)).toEqual(want);
      expect(cached).toEqual(lintText(text, options).findings);
    }
  });

  it("an edit elsewhere that leaves the facts as they were keeps the article", () => {
    const bill = CASES[0]?.bill as string;
    const cache = new UnitCache();
    const before = shown(lintText(bill, { ...options, cache }).findings);
    const edited = bill.replace("a bus lane", "a marked bus lane");
    const after = lintText(edited, { ...options, cache }).findings;
    // the front matter and Articles 9 and 10; only Article 4 is linted
    expect(cache.reused).toBe(3);
    expect(shown(after)).toEqual(before);
    expect(after).toEqual(lintText(edited, options).findings);
  });
});
