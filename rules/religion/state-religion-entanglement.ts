/**
 * R14 religion/state-religion-entanglement (RULES.md §4 B): separation and neutrality — the state
 * does not privilege named faiths, does not take religious norms as a source of its law, and
 * does not vest its functions in religious bodies.
 *
 * Per clause of an operative sentence (not heritage, not public holidays, not a provision that
 * grants on neutral criteria open to all faiths):
 * - `state-function-delegated`: a document of a religious body given the force of a state
 *   document (`list.state-function.force` with a religious word in the clause); or a state power
 *   (`list.state-function.power`: licensing, accreditation, marriage registration, approving
 *   curricula) exercised by a religious body — a religious body in the clause that is not the
 *   power's object or recipient, and no state body in the clause (confidence low);
 * - `religious-law-source`: religious norms (`list.religious-law`) attached to "in accordance
 *   with", "based on", «в соответствии с», «негізінде» (`list.source-link`), unless the only actor
 *   is a religious body applying its own rules;
 * - `privileged-status`: a privilege (`list.privilege`: budget, subsidy, clergy pay, tax
 *   privilege, exclusive right, priority) attached to a named faith (`list.named-denomination`),
 *   or a faith named as the state or official religion (confidence low when the faith is named
 *   only as a class: traditional, recognised, listed in an annex).
 * One finding per clause, in that order. In the preamble or in an article headed Purpose / Цели /
 * Мақсаты the same patterns, and a faith's "historic role", give sub-code `preamble` (info).
 */
import type { Clause, Hit, Language, PhraseRef, RuleContext, Sentence, Token } from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";

const FORCE = "list.state-function.force";
const POWER = "list.state-function.power";
const RELIGIOUS_LAW = "list.religious-law";
const LINK = "list.source-link";
const PRIVILEGE = "list.privilege";
const DENOMINATION = "list.named-denomination";
const TRADITIONAL = "list.named-denomination.traditional";
const OFFICIAL = "list.named-denomination.official";
const SPECIAL_ROLE = "list.special-role";
const NEUTRAL = "list.neutral-criteria";
const HERITAGE = "list.heritage";
const HOLIDAY = "list.holiday";
const PURPOSE = "list.purpose-heading";
const RELIGION = "right.religion";
const ORGANISATION = "right.religion.organisation";
const MANIFESTATION = "right.religion.manifestation";
const RELIGIOUS_TEXT = "list.religious-text";
const STATE = "actor.state";
const COURT = "actor.court";

/** Negators that govern a hit from anywhere before it in its clause ("No religion may … enjoy privileges"). */
const NEGATORS: Record<Language, ReadonlySet<string>> = {
  en: new Set(["not", "no", "never", "nor", "neither", "none", "cannot"]),
  ru: new Set(["не", "ни", "нет", "никакая", "никакой", "никакие", "никакое", "никакого", "никаких"]),
  kk: new Set(["емес", "жоқ"]),
};
/** KK negative verb endings (берілмейді, қолданылмайды, ие болмайды). */
const KK_NEGATIVE = /(?:ма|ме|ба|бе|па|пе)(?:йды|йді|йтын|йтін|ған|ген|с|у|ү)$/u;
/** KK case endings of a noun that is the object or recipient of a power (медреселерге, мектептерді). */
const KK_OBJECT_CASE = /(?:ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|на|не)$/u;
/** Words before a religious body that make it the object or recipient of a power ("licences to …"). */
const OBJECT_MARKERS: Record<Language, ReadonlySet<string>> = {
  en: new Set(["of", "to", "for", "on"]),
  ru: new Set(["для", "в", "во", "на", "о", "об", "к"]),
  kk: new Set([]),
};

/** The article each profile rests on (RULES.md R14); eu-digital has the rule off. */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 7(1)",
  "kz-1995": ["art. 1(1)", "art. 5(2)"],
  iccpr: "art. 18 (GC 22 §9)",
  echr: ["art. 9", "art. 14"],
};

/** What the profile requires of the state towards religions (KZ: secular state; treaties allow an established church). */
const NORM: Record<string, string> = {
  "kz-2026": "the state is secular and religion is separate from it",
  "kz-1995": "the state is secular and religious associations are separate from it",
  default: "an official or traditional religion must not lead to privileges that discriminate against other faiths",
};

type SubCode = "privileged-status" | "religious-law-source" | "state-function-delegated";

const LABEL: Record<SubCode | "preamble", string> = {
  "privileged-status": "privileged status",
  "religious-law-source": "religious law as a source of state law",
  "state-function-delegated": "state function delegated",
  preamble: "preamble",
};

interface Found {
  subCode: SubCode;
  trigger: Hit;
  other: Hit | undefined;
  steps: number;
}

export default defineRule({
  meta: {
    id: "religion/state-religion-entanglement",
    family: "religion",
    scope: "unit",
    severity: "warning",
    confidence: "medium",
    description:
      "The state privileges named faiths, takes religious norms as a source of its law, or vests its functions in religious bodies.",
    docs: "rules/religion/state-religion-entanglement.md",
    principle: PRINCIPLE,
    messages: {
      privilegedStatus:
        'Privileged status: the state grants "{{trigger}}" to a named faith ("{{other}}"). Under {{profile}} ({{article}}) {{norm}}; grant the benefit on neutral criteria open to all religious communities, or delete it.',
      religiousLawSource:
        'Religious law as a source of state law: the provision applies "{{trigger}}" ("{{other}}"). Under {{profile}} ({{article}}) {{norm}}; write the rule the state applies into the law itself and delete the reference to religious norms.',
      stateFunctionDelegated:
        'State function delegated: a religious body ("{{other}}") exercises a state function ("{{trigger}}"). Under {{profile}} ({{article}}) {{norm}}, and religious bodies do not exercise state functions; keep the function with a state body and recognise religious documents only through the ordinary state procedure.',
      preamble:
        'Preamble: "{{trigger}}" ({{kind}}) in a preamble or purpose clause has no operative effect, but under {{profile}} ({{article}}) {{norm}}; consider neutral wording.',
    },
    schema: {
      type: "object",
      properties: { window: { type: "integer", minimum: 1, maximum: 50 } },
      additionalProperties: false,
    },
    defaultOptions: { window: 12 },
    hasSuggestions: false,
    phrases: {
      ...Object.fromEntries(Object.entries(LABEL).map(([k, v]) => [`label:${k}`, v])),
      ...Object.fromEntries(Object.entries(NORM).map(([k, v]) => [`norm:${k}`, v])),
      religionClause: "its freedom of religion clause",
    },
    subCodes: ["privileged-status", "religious-law-source", "state-function-delegated", "preamble"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const window = typeof context.options.window === "number" ? context.options.window : 12;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (hit: Hit, concept: string): boolean => ci().isA(hit.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const has = (hits: readonly Hit[], concept: string): boolean => hits.some((h) => isA(h, concept));
    /** Hits of `concept`, one per span, each with its most specific sub-concept (not the parent reported with it). */
    const specific = (hits: readonly Hit[], concept: string): Hit[] => {
      const bySpan = new Map<string, Hit>();
      for (const h of hits) {
        if (!isA(h, concept)) continue;
        const key = `${h.tokenStart}:${h.tokenEnd}`;
        const cur = bySpan.get(key);
        if (!cur || isA(h, cur.concept)) bySpan.set(key, h);
      }
      return [...bySpan.values()].sort((a, b) => a.tokenStart - b.tokenStart);
    };

    const articleFor = (): string | PhraseRef => {
      const ref = PRINCIPLE[context.profile.id];
      if (ref !== undefined) return Array.isArray(ref) ? ref.join(", ") : ref;
      const articles = context.law.articlesFor(ORGANISATION);
      return articles.length > 0 ? articles.join(", ") : { phrase: "religionClause" };
    };

    /** A negator governs the hit: before it in its clause, inside it, or (KK) a negative verb after it. */
    const negatedIn = (sentence: Sentence, clause: Clause, hit: Hit): boolean => {
      if (cl().negated(sentence, hit)) return true;
      const tokens = ci().tokens(sentence);
      const first = clause.tokens[0] ? tokens.indexOf(clause.tokens[0]) : 0;
      const last = first + clause.tokens.length;
      const negators = NEGATORS[language];
      if (language !== "kk") {
        for (let i = Math.max(0, first); i < hit.tokenEnd; i++)
          if (negators.has((tokens[i] as Token).norm)) return true;
        return false;
      }
      for (let i = hit.tokenStart; i < last; i++) {
        const w = (tokens[i] as Token).norm;
        if (negators.has(w) || (i >= hit.tokenEnd - 1 && KK_NEGATIVE.test(w))) return true;
      }
      return false;
    };

    /** A religious body that exercises the power (not its object or recipient: "licences to madrasas", «медреселерді лицензиялау»). */
    const religiousActor = (sentence: Sentence, clause: Clause, power: Hit): Hit | undefined => {
      const tokens = ci().tokens(sentence);
      return pick(clause.hits, ORGANISATION).find((b) => {
        if (language === "kk") {
          const word = (tokens[b.tokenEnd - 1] as Token).norm;
          if (b.tokenEnd === power.tokenStart) return false;
          return !KK_OBJECT_CASE.test(word);
        }
        const before = tokens[b.tokenStart - 1]?.norm ?? "";
        const beforeArticle = ["the", "a", "an", "its"].includes(before)
          ? (tokens[b.tokenStart - 2]?.norm ?? "")
          : before;
        if (OBJECT_MARKERS[language].has(beforeArticle)) return false;
        // RU genitive object right after the power: «лицензирование религиозных школ»
        if (language === "ru" && b.tokenStart >= power.tokenEnd && b.tokenStart - power.tokenEnd <= 1) return false;
        return true;
      });
    };

    const detect = (sentence: Sentence, clause: Clause, preamble: boolean): Found | null => {
      const hits = clause.hits;
      const live = (concept: string): Hit[] => specific(hits, concept).filter((h) => !negatedIn(sentence, clause, h));
      const sentenceHits = ci().hits(sentence);

      // (c) a state function vested in a religious body
      const religiousWord = [...pick(hits, ORGANISATION), ...pick(hits, MANIFESTATION), ...pick(hits, RELIGIOUS_TEXT)];
      const force = live(FORCE)[0];
      if (force && religiousWord.length > 0) {
        return { subCode: "state-function-delegated", trigger: force, other: religiousWord[0], steps: 0 };
      }
      if (!has(hits, STATE)) {
        for (const power of live(POWER)) {
          const actor = religiousActor(sentence, clause, power);
          if (actor) return { subCode: "state-function-delegated", trigger: power, other: actor, steps: 1 };
        }
      }

      // (b) religious norms as a source of state law
      const links = live(LINK);
      const selfOnly =
        (has(sentenceHits, ORGANISATION) || has(sentenceHits, MANIFESTATION)) &&
        !has(sentenceHits, STATE) &&
        !has(sentenceHits, COURT);
      if (!selfOnly) {
        for (const law of live(RELIGIOUS_LAW)) {
          const link = links.find((l) => tokenGap(l, law) <= 4);
          if (link) return { subCode: "religious-law-source", trigger: law, other: link, steps: 0 };
        }
      }

      // (a) privileges for named faiths, or a faith named as the state religion
      const faiths = live(DENOMINATION);
      const isNamed = (h: Hit): boolean => !isA(h, TRADITIONAL) && !isA(h, OFFICIAL);
      for (const privilege of live(PRIVILEGE)) {
        const faith = faiths
          .filter((f) => tokenGap(f, privilege) <= window)
          .sort(
            (a, b) => Number(isNamed(b)) - Number(isNamed(a)) || tokenGap(a, privilege) - tokenGap(b, privilege),
          )[0];
        if (faith)
          return { subCode: "privileged-status", trigger: privilege, other: faith, steps: isNamed(faith) ? 0 : 1 };
      }
      const official = faiths.find((f) => isA(f, OFFICIAL));
      const named = faiths.find((f) => isNamed(f));
      if (official && named) return { subCode: "privileged-status", trigger: official, other: named, steps: 0 };

      // a faith's historic or special role: read in preambles and purpose clauses only
      if (preamble) {
        const role = live(SPECIAL_ROLE)[0];
        if (role && named) return { subCode: "privileged-status", trigger: role, other: named, steps: 0 };
      }
      return null;
    };

    const report = (
      sentence: Sentence,
      clause: Clause,
      found: Found,
      preamble: boolean,
      node: Sentence | null,
    ): void => {
      const confidence = cl().step("medium", found.steps + (preamble ? 1 : 0));
      if (!confidence) return;
      const messageId = preamble
        ? "preamble"
        : found.subCode === "privileged-status"
          ? "privilegedStatus"
          : found.subCode === "religious-law-source"
            ? "religiousLawSource"
            : "stateFunctionDelegated";
      const range = cl().clauseRange(clause);
      context.report({
        node: node ?? context.document,
        range,
        messageId,
        subCode: preamble ? "preamble" : found.subCode,
        confidence,
        data: {
          profile: context.profile.citation,
          article: articleFor(),
          trigger: cl().textOf(sentence, found.trigger),
          other: found.other ? cl().textOf(sentence, found.other) : "",
          kind: { phrase: `label:${found.subCode}` },
          norm: { phrase: `norm:${Object.hasOwn(NORM, context.profile.id) ? context.profile.id : "default"}` },
        },
      });
    };

    /** Heritage, holidays and neutral criteria in the sentence or its provision: not an entanglement. */
    const excluded = (sentence: Sentence): boolean => {
      const provision = ci().provisionOf(sentence);
      const sentences = provision ? [...provision.sentences, ...cl().chapeauOf(sentence)] : [sentence];
      if (sentences.some((s) => has(ci().hits(s), NEUTRAL))) return true;
      const hits = ci().hits(sentence);
      return has(hits, HERITAGE) || has(hits, HOLIDAY);
    };

    const inPurposeArticle = (sentence: Sentence): boolean => {
      const article = ci().articleOf(sentence);
      return article !== null && has(ci().headingHits(article), PURPOSE);
    };

    const mayTrigger = (sentence: Sentence): boolean => {
      const c = ci();
      return (
        c.mayHave(sentence, FORCE) ||
        c.mayHave(sentence, POWER) ||
        c.mayHave(sentence, RELIGIOUS_LAW) ||
        c.mayHave(sentence, DENOMINATION)
      );
    };

    const check = (sentence: Sentence, node: Sentence | null, preamble: boolean): void => {
      if (
        !has(ci().hits(sentence), RELIGION) &&
        !has(ci().hits(sentence), DENOMINATION) &&
        !has(ci().hits(sentence), RELIGIOUS_LAW)
      )
        return;
      if (excluded(sentence)) return;
      for (const clause of ci().clauses(sentence)) {
        const found = detect(sentence, clause, preamble);
        if (found) report(sentence, clause, found, preamble, node);
      }
    };

    return {
      Document(document) {
        // the preamble is text before the first article, not a provision: read it as one sentence
        const block = document.preamble;
        if (block?.segments.length !== 1) return;
        const sentence: Sentence = { type: "Sentence", text: block.text, range: block.range };
        if (!mayTrigger(sentence)) return;
        check(sentence, null, true);
      },
      Sentence(sentence: Sentence) {
        if (!mayTrigger(sentence)) return;
        if (!cl().isOperative(sentence)) return;
        check(sentence, sentence, inPurposeArticle(sentence));
      },
    };
  },
});
