/**
 * R23 expression/vague-offence (RULES.md §4 D): a speech offence must define the conduct
 * precisely; for incitement it needs intent, a call to violence, discrimination or hostility, and
 * a likely harm (ICCPR arts 19(3), 20(2); Rabat Plan of Action).
 *
 * Per sentence of an operative provision: a sanction (`marker.sanction` in the sentence or its
 * provision, §2.4), a speech act (`list.speech-act`, which includes `right.expression`), and a
 * vague qualifier (`list.vague-speech`: extremism, discord, discredit, propaganda, destructive,
 * undermine, non-traditional …). Then the provision is asked for an intent element
 * (`list.intent`) and a harm element (`list.rabat-harm` with `list.likelihood`); a finding when
 * either is missing and the vague term is not defined elsewhere in the bill by those elements.
 * Sub-code `criminal` when the sanction is criminal, else `administrative`.
 *
 * Left alone: a vague word that qualifies false information (rule 24 reports that offence,
 * §2.8); a reference to an organisation recognised by a court as extremist (a court list, not a
 * vague term); negated sanctions ("no one may be punished for …").
 */
import type { Clause, Hit, Language, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";

/** Penalty concepts (RULES.md §2.4 `sanction`). */
const PENALTIES = ["marker.sanction"] as const;
const CRIMINAL_PENALTIES = ["marker.sanction.criminal"] as const;

const VAGUE = "list.vague-speech";
const SPEECH = "list.speech-act";
const INTENT = "list.intent";
const HARM = "list.rabat-harm";
const LIKELY = "list.likelihood";
const COURT_LIST = "list.court-designation";
const FALSE_INFO = "list.false-info";

/** The article each profile rests on (RULES.md R23). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 23",
  "kz-1995": "art. 20",
  iccpr: ["art. 19(3)", "art. 20(2)"],
  echr: ["art. 10(2)", "art. 7"],
  "eu-digital": ["Charter art. 11", "Charter art. 49"],
};

/** "No one may be punished for …", «Никто не может быть привлечен …», «Ешкім … жауапқа тартылмайды». */
const NOBODY: Record<Language, ReadonlySet<string>> = {
  en: new Set(["no one", "nobody", "none"]),
  ru: new Set(["никто"]),
  kk: new Set(["ешкім", "ешкімді", "ешкімде"]),
};

/** Tokens between two hits (shared: `tokenGap`). */
const gap = tokenGap;

export default defineRule({
  meta: {
    id: "expression/vague-offence",
    family: "expression",
    scope: "unit",
    severity: "error",
    confidence: "medium",
    description:
      "A speech offence defined by vague terms (extremism, discord, discrediting, propaganda …) with no intent element or no likely harm of violence, discrimination or hostility.",
    docs: "rules/expression/vague-offence.md",
    principle: PRINCIPLE,
    messages: {
      vague:
        "Speech offence defined by {{term}} without {{missing}} ({{profile}}, {{article}}): name the act precisely and require intent and a likely harm of violence, discrimination or hostility.",
    },
    schema: {
      type: "object",
      properties: { window: { type: "integer", minimum: 1, maximum: 50 } },
      additionalProperties: false,
    },
    defaultOptions: { window: 12 },
    phrases: {
      intent: "an intent element",
      likelyHarm: "a likely harm of violence, discrimination or hostility",
      expressionArticle: "its expression article",
    },
    subCodes: ["criminal", "administrative"],
  },

  create(context: RuleContext) {
    const window = typeof context.options.window === "number" ? context.options.window : 12;
    const language = context.language;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);

    const article = (): string | PhraseRef => {
      const p = PRINCIPLE[context.profile.id];
      if (p) return Array.isArray(p) ? p.join(", ") : p;
      const arts = context.law.articlesFor("right.expression");
      return arts.length > 0
        ? arts.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ")
        : { phrase: "expressionArticle" };
    };

    /** The sanction is negated or the subject is "no one": a guarantee against punishment. */
    const guarantee = (sentence: Sentence, sanctions: readonly Hit[]): boolean => {
      const own = sanctions.filter((h) => h.start >= sentence.range.start.offset && h.end <= sentence.range.end.offset);
      if (own.length === 0) return false;
      if (own.every((h) => cl().negated(sentence, h))) return true;
      const tokens = ci().tokens(sentence);
      const words = tokens.filter((t) => !t.boundary).map((t) => t.norm);
      const first = (words[0] ?? "") === "no" ? `no ${words[1] ?? ""}` : (words[0] ?? "");
      return NOBODY[language].has(first) || NOBODY[language].has(words[0] ?? "");
    };

    /**
     * The provisions of the bill that define a term with intent, a Rabat harm and likelihood: a
     * bill-wide fact (the definitions stand in other articles).
     */
    const preciseDefinitions = context.fact("precise-definitions", (): string[] => {
      const out = new Set<string>();
      for (const def of context.document.definitions) {
        if (out.has(def.provisionEId)) continue;
        const unit = context.byEId(def.provisionEId);
        if (unit?.type !== "Provision") continue;
        const hits = unit.sentences.flatMap((s) => ci().hits(s));
        if ([INTENT, HARM, LIKELY].every((c) => pick(hits, c).length > 0)) out.add(def.provisionEId);
      }
      return [...out].sort();
    });

    /** The vague term is defined in the bill with intent, a Rabat harm and likelihood. */
    const definedPrecisely = (sentence: Sentence, hit: Hit): boolean => {
      const def = context.definitionOf(cl().textOf(sentence, hit));
      return def !== undefined && preciseDefinitions().includes(def.provisionEId);
    };

    /** Penalty hits in the sentence or its provision (with a point's chapeau), as §2.4 `sanction`. */
    const penalties = (sentence: Sentence): Hit[] =>
      cl()
        .findWhere(sentence, null, (h) => PENALTIES.some((c) => ci().isA(h.concept, c)), "provision")
        ?.found.map((l) => l.hit) ?? [];

    const has = (sentence: Sentence, concept: string): boolean =>
      cl().findLive(sentence, null, [concept], "provision") !== null;

    return {
      Sentence(sentence: Sentence) {
        // most sentences hold no vague speech word: skip them before matching
        if (!ci().mayHave(sentence, VAGUE)) return;
        if (!cl().isOperative(sentence)) return;
        const hits = ci().hits(sentence);
        let vague = pick(hits, VAGUE);
        if (vague.length === 0) return;
        const sanctions = penalties(sentence);
        if (sanctions.length === 0 || guarantee(sentence, sanctions)) return;
        // a court list ("recognised by a court as extremist") is a reference, not a vague term
        if (pick(hits, COURT_LIST).length > 0) return;
        // a vague word qualifying false information belongs to rule 24 (§2.8)
        const falseInfo = pick(hits, FALSE_INFO);
        vague = vague.filter((v) => !falseInfo.some((f) => gap(v, f) <= window));
        if (vague.length === 0) return;
        // the actus reus is a speech act
        if (pick(hits, SPEECH).length === 0) return;
        // a term the bill defines by intent, harm and likelihood is not vague
        vague = vague.filter((v) => !definedPrecisely(sentence, v));
        if (vague.length === 0) return;

        const intent = has(sentence, INTENT);
        const harm = has(sentence, HARM) && has(sentence, LIKELY);
        if (intent && harm) return;
        const missing = {
          list: [...(intent ? [] : [{ phrase: "intent" }]), ...(harm ? [] : [{ phrase: "likelyHarm" }])],
          join: "or",
        } as const;

        // sanction() keeps one hit per span (the parent): ask for the criminal sub-concept itself
        const criminal = cl().findLive(sentence, null, CRIMINAL_PENALTIES, "provision") !== null;
        const first = vague[0] as Hit;
        const clause: Clause | undefined = cl().clauseAt(sentence, first);
        const inSentence = sanctions.some(
          (h) => h.start >= sentence.range.start.offset && h.end <= sentence.range.end.offset,
        );
        const confidence = cl().step("medium", inSentence ? 0 : 1);
        if (!confidence) return;
        const terms = [...new Set(vague.map((v) => cl().textOf(sentence, v)))];
        context.report({
          node: sentence,
          ...(clause ? { range: cl().clauseRange(clause) } : {}),
          messageId: "vague",
          subCode: criminal ? "criminal" : "administrative",
          confidence,
          data: {
            term: { list: terms.map((t) => ({ quote: t })), join: "comma" },
            missing,
            profile: context.profile.citation,
            article: article(),
          },
        });
      },
    };
  },
});
