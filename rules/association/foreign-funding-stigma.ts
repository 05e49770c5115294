/**
 * R30 `association/foreign-funding-stigma` (RULES.md §4 F): stigmatising labels, special registers
 * and marking duties tied to foreign funding restrict association, expression and privacy and
 * discriminate; disclosure that applies only to foreign money singles it out.
 *
 * Per clause of an operative sentence that names an organisation, association or person
 * (`right.association`, `list.collective`, `list.participant`), one finding with the first defect found:
 * - `label` — a foreign-funding status (`list.foreign-label`: foreign agent, foreign-funded
 *   organisation, undesirable organisation / иностранный агент / шетелдік агент);
 * - `register` — a register or list (`list.register`) of recipients of foreign funds;
 * - `marking-duty` — a duty to mark materials with that status (`list.marking`), the foreign funding
 *   or label being named in the article;
 * - `activity-ban` — a ban (`verb.prohibit`, a non-negated `verb.restrict`, a negated exercise verb
 *   or modal: "may not take part", "may not observe elections", `list.negated-modal`) tied to foreign
 *   funding;
 * - `disclosure` (warning, HJ; off under kz-2026, whose art. 6(5) requires foreign money of NGOs to
 *   be open) — a reporting or disclosure duty (`list.disclosure`) that applies to foreign sources
 *   only.
 * Foreign funding = a foreign source with money (`list.foreign-source.funding`, or
 * `list.foreign-source` with `list.funding`) in the clause. The message names every defect of the
 * clause. Not reported: a guarantee ("no association may be labelled a foreign agent":
 * `list.label-guarantee`), transparency rules for all sources alike (`list.all-sources` in the
 * provision), and anti-money-laundering rules (`list.aml`). Foreign funding of political parties and
 * election campaigns (`list.party-election`) is reported with the condition `party-election-funding`:
 * the profile's `conditionalSeverity` sets its severity (RULES.md §5.7: warning under iccpr and echr,
 * off under the Kazakh profiles, whose constitutions require such bans).
 */
import type { Clause, Hit, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";

const RULE_ID = "association/foreign-funding-stigma";
const ASSOCIATION = "right.association";
const GROUP = "list.collective";
const PARTICIPANT = "list.participant";
const SOURCE = "list.foreign-source";
const SOURCE_FUNDING = "list.foreign-source.funding";
const FUNDING = "list.funding";
const LABEL = "list.foreign-label";
const REGISTER = "list.register";
const MARKING = "list.marking";
const DISCLOSURE = "list.disclosure";
/** RULES.md §2.3 "attached to": within this many tokens. */
const ATTACH = 12;
/** A clause longer than this is not one thought: co-occurrence in it needs the window. */
const LONG_CLAUSE = 40;
const ALL_SOURCES = "list.all-sources";
const AML = "list.aml";
const PARTY = "list.party-election";
const EXERCISE = "verb.exercise";
const NEGATED_MODAL = "list.negated-modal";
const LABEL_GUARANTEE = "list.label-guarantee";
const RESTRICT = "verb.restrict";
const WITHOUT_RESTRICTION = "list.without-restriction";

type SubCode = "label" | "register" | "marking-duty" | "activity-ban" | "disclosure";

/** Wording of each defect in the message (phrases, by sub-code). */
const WORDS: Record<SubCode, string> = {
  label: "a foreign-funding label",
  register: "a special register of recipients of foreign funds",
  "marking-duty": "a duty to mark materials with that status",
  "activity-ban": "a ban tied to foreign funding",
  disclosure: "a disclosure duty for foreign sources only",
};

/** The articles each profile rests on (RULES.md R30, §5); eu-digital has the rule off. */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": ["art. 26", "art. 6(5)"],
  "kz-1995": ["art. 23", "art. 5(4)"],
  iccpr: ["art. 22", "art. 19", "art. 17", "art. 26"],
  echr: ["art. 11", "art. 14"],
};

export default defineRule({
  meta: {
    id: RULE_ID,
    family: "association",
    scope: "unit",
    severity: "error",
    confidence: "high",
    description:
      "Foreign funding is used to label, register, mark or ban an association, or a disclosure duty applies to foreign sources only.",
    docs: "rules/association/foreign-funding-stigma.md",
    principle: PRINCIPLE,
    messages: {
      stigma:
        "Foreign funding is used to stigmatise or single out an association: {{defects}} ({{words}}); under {{profile}} ({{article}}) the source of an association's money may not be a ground for a label, a special register, marking or a ban; apply transparency rules to all sources alike.",
      disclosure:
        'Disclosure duty for foreign sources only ("{{words}}"): under {{profile}} ({{article}}) singling out foreign funding needs justification; a human must judge whether it is necessary, or apply it to all sources alike.',
    },
    phrases: { ...WORDS, associationClause: "its association clause" },
    subCodes: ["label", "register", "marking-duty", "activity-ban", "disclosure"],
  },

  create(context: RuleContext) {
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const textOf = (sentence: Sentence, hit: Hit): string => cl().textOf(sentence, hit);

    const articleCited = (): string | PhraseRef => {
      const articles = context.law.articlesFor(ASSOCIATION);
      if (articles.length > 0) return articles.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ");
      const p = PRINCIPLE[context.profile.id];
      return (Array.isArray(p) ? p[0] : p) ?? { phrase: "associationClause" };
    };

    /** Foreign money in these hits: "foreign grants", or a foreign source with money ("money from foreign sources"). */
    const foreignFunding = (hits: readonly Hit[]): Hit | undefined => {
      const own = pick(hits, SOURCE_FUNDING)[0] ?? hits.find((h) => h.concept === SOURCE_FUNDING);
      if (own) return own;
      const source = pick(hits, SOURCE)[0];
      return source && pick(hits, FUNDING).length > 0 ? source : undefined;
    };

    /** A foreign-funding label, or foreign funding in one sentence, anywhere in the article of `sentence`. */
    const foreignInArticle = (sentence: Sentence): boolean => {
      const article = ci().articleOf(sentence);
      const sentences = article ? cl().sentencesUnder(article) : [sentence];
      return sentences.some((s) => {
        const h = ci().hits(s);
        return pick(h, LABEL).length > 0 || foreignFunding(h) !== undefined;
      });
    };

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      const sentenceHits = ci().hits(sentence);
      // labels also reach persons; registers, marking, bans and disclosure are about associations and groups
      const bodies = [...pick(sentenceHits, ASSOCIATION), ...pick(sentenceHits, GROUP)];
      const persons = pick(sentenceHits, PARTICIPANT);
      if (bodies.length === 0 && persons.length === 0) return;
      if (pick(sentenceHits, AML).length > 0) return;

      // "no association may be labelled a foreign agent": a guarantee
      const guarantee = pick(hits, LABEL_GUARANTEE).length > 0;
      const labels = guarantee ? [] : pick(hits, LABEL).filter((l) => !cl().negated(sentence, l));
      const funding = foreignFunding(hits);
      const foreign = labels[0] ?? funding;
      const found: { code: SubCode; hit: Hit }[] = [];

      if (labels[0]) found.push({ code: "label", hit: labels[0] });
      if (bodies.length === 0) {
        if (found.length === 0) return;
      }
      const register = bodies.length > 0 ? pick(hits, REGISTER)[0] : undefined;
      if (register && foreign) found.push({ code: "register", hit: register });
      const marking =
        guarantee || bodies.length === 0 ? undefined : pick(hits, MARKING).find((m) => !cl().negated(sentence, m));
      // the status to mark: a label or foreign funding in this sentence, else in the article
      if (marking && (foreign || foreignInArticle(sentence))) found.push({ code: "marking-duty", hit: marking });
      if (funding && bodies.length > 0) {
        // a negated modal that governs a negated restriction ("may not be restricted") is a guarantee
        const restricts = pick(hits, RESTRICT);
        // "without restriction", «шектеусіз»: not a ban
        const free = pick(hits, WITHOUT_RESTRICTION);
        const bans = [
          ...cl().restrictions(clause),
          ...pick(hits, EXERCISE).filter((h) => cl().negated(sentence, h)),
          ...pick(hits, NEGATED_MODAL).filter(
            (m) => !restricts.some((r) => r.tokenStart >= m.tokenEnd && r.tokenStart - m.tokenEnd <= 3),
          ),
        ]
          .filter((b) => !free.some((f) => f.tokenStart < b.tokenEnd && b.tokenStart < f.tokenEnd))
          .sort((a, b) => a.tokenStart - b.tokenStart);
        if (bans[0]) found.push({ code: "activity-ban", hit: bans[0] });
      }
      const disclosure = pick(hits, DISCLOSURE).find((d) => !cl().negated(sentence, d));
      if (funding && disclosure && bodies.length > 0 && found.length === 0) {
        const allSources = cl().findWhere(sentence, clause, (h) => ci().isA(h.concept, ALL_SOURCES), "provision");
        if (!allSources) found.push({ code: "disclosure", hit: disclosure });
      }
      // a clause of more than LONG_CLAUSE tokens (an appropriation paragraph) is not one thought: the
      // measure must be attached to the foreign money (within ATTACH tokens, RULES.md §2.3)
      if (foreign && clause.tokens.length > LONG_CLAUSE) {
        const close = (h: Hit): boolean => tokenGap(h, foreign) <= ATTACH;
        for (let i = found.length - 1; i >= 0; i--) {
          const f = found[i] as { code: SubCode; hit: Hit };
          if (f.code !== "label" && !close(f.hit)) found.splice(i, 1);
        }
      }
      if (found.length === 0) return;
      const first = found[0] as { code: SubCode; hit: Hit };

      // foreign funding of parties and election campaigns: RULES.md §5.7 row "30 (party-election
      // funding)", the profile's conditional severity
      const party = pick(hits, PARTY).length > 0 ? { condition: "party-election-funding" } : {};

      const base = { profile: context.profile.citation, article: articleCited() };
      if (first.code === "disclosure") {
        context.report({
          node: sentence,
          range: cl().clauseRange(clause),
          messageId: "disclosure",
          subCode: "disclosure",
          ...party,
          confidence: "medium",
          data: { ...base, words: `${textOf(sentence, first.hit)} … ${textOf(sentence, funding as Hit)}` },
        });
        return;
      }
      const words = [...new Set([first, ...found.slice(1)].map((f) => textOf(sentence, f.hit)))];
      if (foreign && !words.includes(textOf(sentence, foreign))) words.push(textOf(sentence, foreign));
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: "stigma",
        subCode: first.code,
        ...party,
        data: {
          ...base,
          defects: { list: [...new Set(found.map((f) => f.code))].map((code) => ({ phrase: code })) },
          words: { list: words.map((w) => ({ quote: w })), join: "comma" },
        },
      });
    };

    return {
      Sentence(sentence: Sentence) {
        const c = ci();
        // no foreign word, no finding: skip the sentence before matching
        if (!c.mayHave(sentence, SOURCE) && !c.mayHave(sentence, LABEL) && !c.mayHave(sentence, MARKING)) return;
        if (!cl().isOperative(sentence)) return;
        for (const clause of c.clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
