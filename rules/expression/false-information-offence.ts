/**
 * R24 expression/false-information-offence (RULES.md §4 D): a general sanction for "false",
 * "unreliable" or "fake" information is incompatible with freedom of expression (Joint
 * Declaration on "Fake News" 2017 §2(a); GC 34 §§47–49; Salov v. Ukraine).
 *
 * Per clause of an operative sentence: a `list.false-info` hit as the object of a dissemination
 * act (`list.dissemination` or `right.expression` in the clause), a sanction in the sentence or
 * its provision (§2.4 `sanction`), no civil remedy in the clause (correction, damages: civil
 * defamation), and no concrete, individual harm (`list.concrete-harm`: death, evacuation, bomb
 * alerts, fraud, perjury) nor a commercial object (`list.commercial-object`: goods, advertising,
 * securities) in the provision. Sub-code `state-interest-harm` when the harm the clause names is to
 * the state's interests or prestige (`ground.suspect.state-interest`, `ground.suspect.state-prestige`);
 * otherwise `criminal` or `administrative` after the sanction. One finding per sentence.
 */
import type { Clause, Hit, Language, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";

/** Penalty concepts (RULES.md §2.4 `sanction`). */
const PENALTIES = ["marker.sanction"] as const;
const CRIMINAL_PENALTIES = ["marker.sanction.criminal"] as const;

const FALSE_INFO = "list.false-info";
const DISSEMINATION = "list.dissemination";
const EXPRESSION = "right.expression";
const CONCRETE_HARM = "list.concrete-harm";
const COMMERCIAL = "list.commercial-object";
const CIVIL = "list.civil-remedy";
const STATE_HARM = ["ground.suspect.state-interest", "ground.suspect.state-prestige"] as const;

/** The article each profile rests on (RULES.md R24). */
const PRINCIPLE: Record<string, string> = {
  "kz-2026": "art. 23",
  "kz-1995": "art. 20",
  iccpr: "art. 19(3)",
  echr: "art. 10(2)",
  "eu-digital": "Charter art. 11",
};

/** Subjects of a guarantee: "No one may be punished for …", «Никто не …», «Ешкім …». */
const NOBODY: Record<Language, ReadonlySet<string>> = {
  en: new Set(["nobody", "none"]),
  ru: new Set(["никто"]),
  kk: new Set(["ешкім", "ешкімді", "ешкімде"]),
};

export default defineRule({
  meta: {
    id: "expression/false-information-offence",
    family: "expression",
    scope: "unit",
    severity: "error",
    confidence: "high",
    description:
      'A sanction for disseminating "false", "unreliable" or "fake" information with no concrete, individual harm.',
    docs: "rules/expression/false-information-offence.md",
    principle: PRINCIPLE,
    messages: {
      falseInfo:
        'Sanction for disseminating "{{term}}" without a concrete, individual harm ({{profile}}, {{article}}): a general ban on false information is not a permitted restriction; tie the offence to a specific, imminent harm to identifiable persons, or leave it to civil remedies (correction, damages).',
      stateHarm:
        'Sanction for disseminating "{{term}}" that harms "{{harm}}" ({{profile}}, {{article}}): the interests or prestige of the state are not a permitted aim for restricting expression; tie the offence to a specific, imminent harm to identifiable persons.',
    },
    phrases: { expressionArticle: "its expression article" },
    subCodes: ["criminal", "administrative", "state-interest-harm"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);

    /** The sanctions in the sentence are all negated, or the subject is "no one": a guarantee. */
    const guarantee = (sentence: Sentence, sanctions: readonly Hit[]): boolean => {
      const own = sanctions.filter((h) => h.start >= sentence.range.start.offset && h.end <= sentence.range.end.offset);
      if (own.length > 0 && own.every((h) => cl().negated(sentence, h))) return true;
      const words = ci()
        .tokens(sentence)
        .filter((t) => !t.boundary)
        .map((t) => t.norm);
      const [w0 = "", w1 = ""] = words;
      return NOBODY[language].has(w0) || (language === "en" && w0 === "no" && w1 === "one");
    };

    const inProvision = (sentence: Sentence, concept: string): boolean =>
      cl().findLive(sentence, null, [concept], "provision") !== null;

    const checkClause = (sentence: Sentence, clause: Clause): boolean => {
      const falseInfo = pick(clause.hits, FALSE_INFO);
      if (falseInfo.length === 0) return false;
      if (pick(clause.hits, DISSEMINATION).length === 0 && pick(clause.hits, EXPRESSION).length === 0) return false;
      // civil defamation: a correction or damages, not a sanction
      if (pick(clause.hits, CIVIL).length > 0) return false;
      const stateHarm = clause.hits.find((h) => STATE_HARM.some((g) => ci().isA(h.concept, g)));
      const term = cl().textOf(sentence, falseInfo[0] as Hit);
      const data = {
        term,
        profile: context.profile.citation,
        article: PRINCIPLE[context.profile.id] ?? { phrase: "expressionArticle" },
      };
      const range = cl().clauseRange(clause);
      if (stateHarm) {
        context.report({
          node: sentence,
          range,
          messageId: "stateHarm",
          subCode: "state-interest-harm",
          data: { ...data, harm: cl().textOf(sentence, stateHarm) },
        });
        return true;
      }
      context.report({
        node: sentence,
        range,
        messageId: "falseInfo",
        subCode:
          cl().findLive(sentence, null, CRIMINAL_PENALTIES, "provision") !== null ? "criminal" : "administrative",
        data,
      });
      return true;
    };

    return {
      Sentence(sentence: Sentence) {
        // most sentences name no false information: skip them before matching
        if (!ci().mayHave(sentence, FALSE_INFO)) return;
        if (!cl().isOperative(sentence)) return;
        const sanctions =
          cl()
            .findWhere(sentence, null, (h) => PENALTIES.some((c) => ci().isA(h.concept, c)), "provision")
            ?.found.map((l) => l.hit) ?? [];
        if (sanctions.length === 0 || guarantee(sentence, sanctions)) return;
        // fraud, perjury, false alarms, consumer and securities law: a concrete harm or a commercial object
        if (inProvision(sentence, CONCRETE_HARM) || inProvision(sentence, COMMERCIAL)) return;
        for (const clause of ci().clauses(sentence)) if (checkClause(sentence, clause)) return;
      },
    };
  },
});
