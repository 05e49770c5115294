/**
 * R40 `structure/undefined-term` (RULES.md §4 K, R40): a term that restricts rights used without a
 * definition in the act, and a defined term the act never uses.
 *
 * `undefined-restrictive-term` (warning, confidence medium), per sentence of a live operative unit:
 * 1. The sentence restricts or sanctions: a non-negated `verb.restrict` hit, a `verb.prohibit` hit,
 *    a rule-specific `list.restrictive-action` hit (Kazakh finite forms such as «жояды»), or a
 *    `marker.sanction` hit in the sentence or its provision (§2.4).
 * 2. A `list.restrictive-term` hit in it ("extremist", «деструктивный», «жалған ақпарат»). The term
 *    shown is the hit, extended by the next word when the hit is one word followed by a noun
 *    ("destructive content").
 * 3. The term is defined nowhere in the bill: neither `context.definitionOf` of the hit or of the
 *    extended term (inflection-tolerant), nor a definition whose term contains every word of the
 *    hit (same stem), in any form (definitions article, "means", `(hereinafter "X")`,
 *    «(далее – X)», «(бұдан әрі – X)»), nor the `glossary` option.
 * Not read: the definitions zone (an article whose heading or provisions match
 * `marker.definitions-heading`, or a provision holding a definitions-list entry), purpose clauses
 * (`list.purpose-clause` in the article heading or opening the sentence), the preamble (not part of
 * the body), and repealed units.
 *
 * `defined-but-unused` (info, confidence medium), once per document: a term of a definitions list
 * that no sentence outside its own definition uses (division headings and lead-ins count as text); words compare inflection-tolerantly (English
 * plural; Russian and Kazakh a shared stem of all but the last three letters, at least five, or all but
 * the last letter for words of up to five letters); a parenthesised part of the term is ignored.
 */
import {
  type Division,
  defineRule,
  type Hit,
  type Language,
  type Provision,
  type Range,
  type RuleContext,
  type Sentence,
  type Token,
} from "../../src/engine/api.js";

const TERM = "list.restrictive-term";
const PURPOSE = "list.purpose-clause";
const ACTION = "list.restrictive-action";
const RESTRICT = "verb.restrict";
const PROHIBIT = "verb.prohibit";
const SANCTION = "marker.sanction";
const DEFINITIONS = "marker.definitions-heading";

type Unit = Division | Provision;

/** Words after a one-word term that do not extend it. */
const FUNCTION_WORDS = new Set([
  "and",
  "or",
  "of",
  "the",
  "a",
  "an",
  "to",
  "in",
  "on",
  "by",
  "for",
  "with",
  "is",
  "are",
  "be",
  "и",
  "или",
  "либо",
  "в",
  "на",
  "по",
  "с",
  "для",
  "не",
  "және",
  "немесе",
  "мен",
  "бен",
  "пен",
]);

export default defineRule({
  meta: {
    id: "structure/undefined-term",
    family: "structure",
    profileIndependent: true,
    // a sentence's finding reads its own unit and the definitions; unused terms are combined from
    // `unitParts` at the end of the bill
    scope: "unit",
    severity: "warning",
    confidence: "medium",
    description: "A term that restricts rights is used without a definition in the act; a defined term is never used.",
    docs: "rules/structure/undefined-term.md",
    principle: {
      "kz-2026": "art. 41(1)",
      "kz-1995": "art. 39(1)",
      iccpr: ["art. 19(3)", "art. 18(3)", "art. 22(2)"],
      echr: ["arts 8(2)–11(2)"],
      "eu-digital": "Charter art. 52(1)",
    },
    messages: {
      undefinedTerm: "“{{term}}” restricts rights but is not defined in this act.",
      unused: "“{{term}}” is defined but not used elsewhere in this act.",
    },
    schema: {
      type: "object",
      properties: { glossary: { type: "array", items: { type: "string" } } },
      additionalProperties: false,
    },
    defaultOptions: { glossary: [] },
    subCodes: ["undefined-restrictive-term", "defined-but-unused"],
  },

  create(context: RuleContext) {
    const ci = context.concepts;
    const language = context.language;
    const glossary = Array.isArray(context.options.glossary)
      ? (context.options.glossary as unknown[]).filter((g): g is string => typeof g === "string")
      : [];
    const defs = context.document.definitions;
    const listProvisions = new Set(defs.filter((d) => d.form === "definitions-list").map((d) => d.provisionEId));

    const deleted = (node: Unit | Sentence): boolean => {
      let cur: Unit | null = node.type === "Sentence" ? context.parentOf(node) : node;
      while (cur) {
        if (cur.deleted) return true;
        cur = context.parentOf(cur);
      }
      return false;
    };

    const definitionsZone = (sentence: Sentence): boolean => {
      const provision = ci.provisionOf(sentence);
      if (provision && listProvisions.has(provision.eId)) return true;
      const parent = provision ? context.parentOf(provision) : null;
      if (parent?.type === "Provision" && listProvisions.has(parent.eId)) return true;
      const article = ci.articleOf(sentence);
      if (!article) return false;
      if (ci.mentions(article, DEFINITIONS).length > 0) return true;
      // an article whose lead-in provision introduces the definitions list
      return article.children.some(
        (c) => listProvisions.has(c.eId) || c.children.some((g) => listProvisions.has(g.eId)),
      );
    };

    const purposeClause = (sentence: Sentence, hits: Hit[]): boolean => {
      const article = ci.articleOf(sentence);
      if (article && ci.mentions(article, PURPOSE).length > 0) return true;
      return hits.some((h) => h.concept === PURPOSE && h.tokenStart <= 2);
    };

    const restricts = (sentence: Sentence, hits: Hit[]): boolean =>
      hits.some(
        (h) =>
          (h.concept === RESTRICT && !h.negated) ||
          h.concept === PROHIBIT ||
          h.concept === ACTION ||
          ci.isA(h.concept, SANCTION),
      ) || ci.has(sentence, SANCTION, { upTo: "provision" });

    const isDefined = (words: string[], shown: string): boolean => {
      const text = words.join(" ");
      if (context.definitionOf(text) || context.definitionOf(shown)) return true;
      const all = [...defs.map((d) => d.term), ...glossary];
      return all.some((term) => {
        const have = termWords(term, language);
        return words.every((w) => have.some((h) => sameWord(w, h, language)));
      });
    };

    return {
      Sentence(sentence) {
        if (!ci.mayHave(sentence, TERM)) return;
        const hits = ci.hits(sentence);
        const terms = hits.filter((h) => h.concept === TERM);
        if (terms.length === 0) return;
        if (deleted(sentence) || definitionsZone(sentence) || purposeClause(sentence, hits)) return;
        if (!restricts(sentence, hits)) return;
        const tokens = ci.tokens(sentence);
        const reported = new Set<string>();
        for (const hit of terms) {
          const words = tokens.slice(hit.tokenStart, hit.tokenEnd).map((t) => t.norm);
          const key = words.join(" ");
          if (reported.has(key)) continue;
          reported.add(key);
          let endToken = hit.tokenEnd;
          const next = tokens[hit.tokenEnd];
          if (hit.tokenEnd - hit.tokenStart === 1 && next && isWord(next) && !FUNCTION_WORDS.has(next.norm)) {
            endToken = hit.tokenEnd + 1;
          }
          const shown = textOf(sentence, tokens, hit.tokenStart, endToken);
          if (isDefined(words, shown)) continue;
          context.report({
            node: sentence,
            range: rangeIn(sentence, hit.start, hit.end),
            messageId: "undefinedTerm",
            data: { term: shown },
            subCode: "undefined-restrictive-term",
          });
        }
      },

      "Document:exit"() {
        const listDefs = defs.filter((d) => d.form === "definitions-list");
        if (listDefs.length === 0) return;
        // the terms to look for, each once
        const terms: string[][] = [];
        const termIndex = new Map<string, number>();
        for (const def of listDefs) {
          const term = termWords(def.term, language);
          const key = term.join(" ");
          if (term.length > 0 && !termIndex.has(key)) {
            termIndex.set(key, terms.length);
            terms.push(term);
          }
        }
        // the words of a stretch of the source depend on its text only: kept between re-lints
        const wordsOf = (s: Sentence): readonly string[] =>
          context.memo(s.range, () => ci.tokens(s).map((t) => t.norm));
        // words are the same only when their first letters are (`sameWord`): a text is compared
        // with the terms whose first word starts with a letter one of its words starts with
        const byFirst = new Map<number, number[]>();
        terms.forEach((term, t) => {
          const c = (term[0] as string).charCodeAt(0);
          const list = byFirst.get(c);
          if (list) list.push(t);
          else byFirst.set(c, [t]);
        });
        // per lint unit, for each term the units (eIds) whose sentences use it, outside repealed units
        // (a re-lint looks again only in the units an edit changed); division headings and lead-ins
        // are read like sentences (each is a stretch of the source)
        const parts = context.unitParts(`uses\u0000${[...termIndex.keys()].join("\u0001")}`, (unit) => {
          const users: string[][] = terms.map(() => []);
          const look = (eId: string, words: readonly string[]): void => {
            const firsts = new Set<number>();
            for (const w of words) firsts.add(w.charCodeAt(0));
            for (const c of firsts) {
              for (const t of byFirst.get(c) ?? []) {
                const list = users[t] as string[];
                if (list[list.length - 1] !== eId && containsRun(words, terms[t] as string[], language)) list.push(eId);
              }
            }
          };
          const block = (eId: string, text: { text: string; range: Range } | null): void => {
            if (!text || text.text.length !== text.range.end.offset - text.range.start.offset) return;
            look(eId, wordsOf({ type: "Sentence", text: text.text, range: text.range }));
          };
          const visit = (n: Unit, deep: boolean): void => {
            if (n.deleted) return;
            if (n.type === "Provision") for (const s of n.sentences) look(n.eId, wordsOf(s));
            else {
              block(n.eId, n.heading);
              block(n.eId, n.intro);
            }
            if (deep) for (const c of n.children) visit(c, true);
          };
          if (unit.root.type !== "Document") visit(unit.root, !unit.headerOnly);
          return users;
        });
        // a unit under a repealed one is not read
        const live = parts.filter((p) => p.unit.root.type === "Document" || !deleted(p.unit.root));
        const seen = new Set<string>();
        for (const def of listDefs) {
          const key = termWords(def.term, language).join(" ");
          const t = termIndex.get(key);
          if (t === undefined || seen.has(key)) continue;
          seen.add(key);
          const used = live.some((p) => (p.value[t] as string[]).some((eId) => eId !== def.provisionEId));
          if (used) continue;
          const node = context.byEId(def.provisionEId);
          if (node?.type !== "Provision" || deleted(node)) continue;
          context.report({
            node,
            range: def.range,
            messageId: "unused",
            data: { term: def.term },
            subCode: "defined-but-unused",
          });
        }
      },
    };
  },
});

function isWord(t: Token): boolean {
  return !t.boundary && !t.number && /\p{L}/u.test(t.norm);
}

/** The source text of tokens [from, to) of a sentence (its text is the source span). */
function textOf(sentence: Sentence, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return "";
  const base = sentence.range.start.offset;
  if (sentence.text.length === sentence.range.end.offset - base) {
    return sentence.text.slice(first.start - base, last.end - base);
  }
  return tokens
    .slice(from, to)
    .map((t) => t.norm)
    .join(" ");
}

/** The range of source offsets [start, end) inside a sentence. */
function rangeIn(sentence: Sentence, start: number, end: number): Range {
  const base = sentence.range.start;
  if (sentence.text.length !== sentence.range.end.offset - base.offset) return sentence.range;
  const at = (offset: number) => {
    const before = sentence.text.slice(0, offset - base.offset);
    const nl = before.lastIndexOf("\n");
    if (nl < 0) return { line: base.line, column: base.column + before.length, offset };
    const lines = before.split("\n").length - 1;
    return { line: base.line + lines, column: before.length - nl, offset };
  };
  return { start: at(start), end: at(end) };
}

/** A term as normalised words (lower case, ё→е, no quotes, EN leading article dropped). */
function termWords(term: string, language: Language): string[] {
  let s = term
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/\([^()]*\)/g, " ")
    .replace(/[«»“”„"‘’'`]/g, " ")
    .replace(/[.,;:!?()]/g, " ")
    .trim();
  if (language === "en") s = s.replace(/^(?:the|a|an)\s+/, "");
  return s.split(/\s+/).filter((w) => w.length > 0);
}

function singular(w: string): string {
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith("s") && !w.endsWith("ss") && w.length > 3) return w.slice(0, -1);
  return w;
}

/**
 * Same word up to inflection: EN plural; otherwise a common stem of all but the last three letters
 * (at least five); a word of five letters or fewer may differ in its last letter («место» /
 * «местах», «орын» / «орындарда», «үйі» / «үйлерінде»).
 */
function sameWord(a: string, b: string, language: Language): boolean {
  if (a === b) return true;
  // every test below needs a common first letter: a cheap early exit for the scan over all words
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  if (language === "en" && singular(a) === singular(b)) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 3) return false;
  let p = 0;
  while (p < shorter && a[p] === b[p]) p++;
  if (shorter <= 5) return language !== "en" && p >= shorter - 1;
  return p >= Math.max(5, shorter - (language === "en" ? 2 : 3));
}

function containsRun(words: readonly string[], term: readonly string[], language: Language): boolean {
  // a plain loop: this runs over every word of the bill for each defined term
  for (let i = 0; i + term.length <= words.length; i++) {
    let k = 0;
    while (k < term.length && sameWord(words[i + k] as string, term[k] as string, language)) k++;
    if (k === term.length) return true;
  }
  return false;
}
