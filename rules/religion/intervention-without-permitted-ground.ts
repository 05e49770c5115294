/**
 * R8 religion/intervention-without-permitted-ground (RULES.md §4 B): the state may act against
 * a religious body only on a ground the constitution or treaty permits for religion, and a
 * measure decided by the executive alone needs a court or an appeal.
 *
 * Per clause: an executive actor (or an implicit passive) with a restrictive, approval or
 * oversight verb over a religious body; then the scope (clause … article+refs) is asked for a
 * ground the active profile permits. None → `no-ground`. A permitted ground for a restrictive or
 * approval measure with no court and no appeal in scope → `executive-only`.
 */
import type {
  Clause,
  Confidence,
  Division,
  Hit,
  Language,
  Provision,
  Range,
  RuleContext,
  Sentence,
  Suggestion,
  Token,
} from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";

const ORGANISATION = "right.religion.organisation";
const MANIFESTATION = "right.religion.manifestation";
const STATE = "actor.state";
const COURT = "actor.court";
const RESTRICT = "verb.restrict";
const APPROVE = "verb.approve";
const OVERSIGHT = "list.oversight-verb";
const PROHIBIT = "verb.prohibit";
const FACILITATIVE = "list.facilitative";
const COURT_ORDER = "marker.court-order";
const INDEPENDENT = "marker.independent-authority";
const APPEAL = "marker.appeal";
const DEFINITIONS = "marker.definitions-heading";
/** Grounds a general building-safety or sanitary inspection names (RULES.md R8, false positives). */
const SAFETY_GROUNDS = ["ground.public-safety", "ground.health"];

type Level = "clause" | "sentence" | "provision" | "article" | "article+refs";
type Position = Range["start"];

/** Text the suggestion inserts, per language. */
const COURT_PHRASE: Record<Language, string> = {
  en: "by decision of a court",
  ru: "по решению суда",
  kk: "сот шешімі бойынша",
};

const EN_BE = new Set(["be", "been", "being", "is", "are", "was", "were"]);
const EN_NEGATORS = new Set(["not", "no", "never", "nothing", "without"]);
const EN_AGENT_PREPOSITIONS = new Set(["by", "of", "with", "from"]);
const EN_ARTICLES = new Set(["a", "an", "the"]);
const RU_NEGATORS = new Set(["не", "ни", "нельзя", "без"]);
/** RU short passive participles (закрыта, приостановлено, запрещены) and present reflexive passives. */
const RU_PASSIVE = /(?:ен|ена|ено|ены|ан|ана|ано|аны|ята|ято|яты|та|то|ты|ется|ются|ится|ятся)$/u;
/** KK passive verb forms after the stem: жабылады, шектеледі, бақыланады, тоқтатыла, тексерілуге, шектелуі. */
const KK_PASSIVE = /(?:[лн](?:а|е)(?:ды|ді|тын|тін)|(?:ыл|іл)(?:а|е|ып|іп)|[лн](?:у|ү)(?:ге|ға|ы|і)?)$/u;
/** KK negative verb endings (тексерілмейді, бекітпейді) and "without" (рұқсатсыз, шешімінсіз). */
const KK_NEGATIVE = /(?:ма|ме|ба|бе|па|пе)(?:йды|йді|йтын|йтін|ған|ген|у|ү)$/u;
const KK_WITHOUT = /(?:сыз|сіз)/u;
const KK_NEGATIVE_WORDS = new Set(["емес", "жоқ"]);

/** The article each profile rests on (RULES.md R8); eu-digital has rule 8 off. */
const PRINCIPLE: Record<string, string> = {
  "kz-2026": "art. 7(1)–(2)",
  "kz-1995": "art. 5(2)",
  iccpr: "art. 18(3)",
  echr: "art. 9(2)",
};

interface Located {
  sentence: Sentence;
  hit: Hit;
}

interface Actor {
  kind: "state" | "court" | "implicit";
  hit?: Hit;
}

export default defineRule({
  meta: {
    id: "religion/intervention-without-permitted-ground",
    family: "religion",
    severity: "error",
    confidence: "medium",
    description:
      "State power over a religious body (closing, suspending, approving, inspecting) with no ground the profile permits for religion, or decided by the executive alone.",
    docs: "rules/religion/intervention-without-permitted-ground.md",
    principle: PRINCIPLE,
    messages: {
      noGround:
        'State power over a religious body with no ground permitted by {{profile}} ({{article}}): "{{verb}}" (applied to "{{object}}") states no permitted aim in the article{{named}}; name the aim it serves ({{grounds}}).',
      executiveOnly:
        'State power over a religious body decided by the executive alone under {{profile}} ({{article}}): "{{verb}}" (applied to "{{object}}") names a permitted ground but no court decision and no appeal; make it "by decision of a court" or add an appeal to a court.',
    },
    hasSuggestions: true,
    subCodes: ["no-ground", "executive-only"],
  },

  create(context: RuleContext) {
    const language = context.language;

    const concepts = () => context.concepts;
    const isA = (hit: Hit, concept: string): boolean => concepts().isA(hit.concept, concept);
    /** One hit per span and concept family (a sub-concept hit comes with its parent's). */
    const pick = (hits: readonly Hit[], concept: string): Hit[] => {
      const out: Hit[] = [];
      for (const h of hits) {
        if (!isA(h, concept)) continue;
        if (out.some((o) => o.tokenStart === h.tokenStart && o.tokenEnd === h.tokenEnd)) continue;
        out.push(h);
      }
      return out;
    };

    // ---- where a sentence stands -------------------------------------------------------------

    const isDeleted = (sentence: Sentence): boolean => {
      let cur: Division | Provision | null = context.parentOf(sentence);
      while (cur) {
        if (cur.deleted) return true;
        cur = context.parentOf(cur);
      }
      return false;
    };

    // provisions holding a definition, found once per bill (not per sentence)
    const defining = new Set(context.document.definitions.map((d) => d.provisionEId));
    const inDefinitions = (sentence: Sentence): boolean => {
      const article = concepts().articleOf(sentence);
      if (article && concepts().mentions(article, DEFINITIONS).length > 0) return true;
      const provision = concepts().provisionOf(sentence);
      return provision !== null && defining.has(provision.eId);
    };

    /** The chapeau of a point: the sentences of the provision the point belongs to. */
    const chapeauOf = (sentence: Sentence): Sentence[] => {
      const provision = concepts().provisionOf(sentence);
      const parent = provision ? context.parentOf(provision) : null;
      return parent?.type === "Provision" ? parent.sentences : [];
    };

    // ---- scope (RULES.md §2.5) ---------------------------------------------------------------

    const sentencesUnder = (unit: Division | Provision, out: Sentence[]): Sentence[] => {
      if (unit.deleted) return out;
      if (unit.type === "Provision") out.push(...unit.sentences);
      for (const c of unit.children) sentencesUnder(c, out);
      return out;
    };

    const referencedSentences = (article: Division): Sentence[] => {
      const inside = new Set<string>();
      const mark = (u: Division | Provision): void => {
        inside.add(u.eId);
        for (const c of u.children) mark(c);
      };
      mark(article);
      const targets: (Division | Provision)[] = [];
      const visit = (u: Division | Provision): void => {
        for (const r of context.referencesFrom(u)) {
          if (r.targetEId === null || inside.has(r.targetEId)) continue;
          const target = context.resolve(r);
          if (target && !targets.includes(target)) targets.push(target);
        }
        for (const c of u.children) visit(c);
      };
      visit(article);
      return targets.flatMap((t) => sentencesUnder(t, []));
    };

    /** Hits that satisfy `test`, at the narrowest level that has one. */
    const findInScope = (
      sentence: Sentence,
      clause: Clause,
      test: (hit: Hit, sentence: Sentence) => boolean,
    ): { level: Level; found: Located[] } | null => {
      const collect = (sentences: readonly Sentence[]): Located[] =>
        sentences.flatMap((s) =>
          concepts()
            .hits(s)
            .filter((h) => test(h, s))
            .map((hit) => ({ sentence: s, hit })),
        );
      const clauseHits = clause.hits.filter((h) => test(h, sentence)).map((hit) => ({ sentence, hit }));
      if (clauseHits.length > 0) return { level: "clause", found: clauseHits };
      const levels: [Level, () => Sentence[]][] = [
        ["sentence", () => [sentence]],
        [
          "provision",
          () => {
            const p = concepts().provisionOf(sentence);
            return p ? [...p.sentences, ...chapeauOf(sentence)] : [];
          },
        ],
        [
          "article",
          () => {
            const a = concepts().articleOf(sentence);
            return a ? sentencesUnder(a, []) : [];
          },
        ],
        [
          "article+refs",
          () => {
            const a = concepts().articleOf(sentence);
            return a ? referencedSentences(a) : [];
          },
        ],
      ];
      for (const [level, sentences] of levels) {
        const found = collect(sentences());
        if (found.length > 0) return { level, found };
      }
      return null;
    };

    // ---- negation of hits the matcher does not test ------------------------------------------

    /** A negator governs the hit: "without the approval", «без разрешения», «рұқсатсыз», «тексерілмейді». */
    const negatedHit = (tokens: readonly Token[], hit: Hit): boolean => {
      const before = (n: number): Token[] => {
        const out: Token[] = [];
        for (let i = hit.tokenStart - 1; i >= 0 && out.length < n; i--) {
          const t = tokens[i] as Token;
          if (t.boundary) break;
          out.push(t);
        }
        return out;
      };
      if (language === "en") return before(3).some((t) => EN_NEGATORS.has(t.norm));
      if (language === "ru") return before(2).some((t) => RU_NEGATORS.has(t.norm));
      for (let i = hit.tokenStart; i < Math.min(tokens.length, hit.tokenEnd + 3); i++) {
        const t = tokens[i] as Token;
        if (t.boundary) break;
        if (i < hit.tokenEnd + 1 && KK_WITHOUT.test(t.norm)) return true;
        if (i >= hit.tokenEnd - 1 && (KK_NEGATIVE.test(t.norm) || KK_NEGATIVE_WORDS.has(t.norm))) return true;
      }
      return false;
    };

    const negatedTrigger = (tokens: readonly Token[], hit: Hit): boolean =>
      hit.concept === RESTRICT ? hit.negated === true : negatedHit(tokens, hit);

    /** A court named only as the forum of an appeal: "may be appealed to a court", «обжаловано в суд». */
    const inAppeal = (hits: readonly Hit[], court: Hit): boolean =>
      pick(hits, APPEAL).some((a) => a.tokenEnd <= court.tokenStart && court.tokenStart - a.tokenEnd <= 4);

    // ---- who acts (RULES.md §2.4 statePower) -------------------------------------------------

    const isPassive = (tokens: readonly Token[], clause: Clause, verb: Hit): boolean => {
      const first = clause.tokens[0];
      const lower = first ? tokens.indexOf(first) : 0;
      const norm = (i: number): string => (i >= lower && i < tokens.length ? (tokens[i] as Token).norm : "");
      const last = norm(verb.tokenEnd - 1);
      if (language === "en") {
        for (let i = verb.tokenStart - 1; i >= Math.max(lower, verb.tokenStart - 3); i--) {
          if (EN_BE.has(norm(i)) || norm(i).startsWith("requir")) return true;
        }
        return norm(verb.tokenStart - 2) === "subject" && norm(verb.tokenStart - 1) === "to";
      }
      if (language === "ru") {
        for (let i = verb.tokenStart - 1; i >= Math.max(lower, verb.tokenStart - 3); i--) {
          const w = norm(i);
          if (w === "быть" || w.startsWith("подлеж") || w.startsWith("требу")) return true;
        }
        return RU_PASSIVE.test(last);
      }
      if (KK_PASSIVE.test(last)) return true;
      for (let i = verb.tokenEnd; i < Math.min(tokens.length, verb.tokenEnd + 3); i++) {
        const w = norm(i);
        if (w === "жатады" || w === "жатпайды" || w.startsWith("етілед")) return true;
      }
      return false;
    };

    /** An actor after the verb that is its agent: "by the Ministry", «уполномоченным органом». */
    const isAgent = (tokens: readonly Token[], actor: Hit): boolean => {
      if (language !== "en") return true;
      let i = actor.tokenStart - 1;
      if (i >= 0 && EN_ARTICLES.has((tokens[i] as Token).norm)) i--;
      return i >= 0 && EN_AGENT_PREPOSITIONS.has((tokens[i] as Token).norm);
    };

    const actorOf = (sentence: Sentence, clause: Clause, verb: Hit): Actor | null => {
      const tokens = concepts().tokens(sentence);
      const liveCourt = (h: Hit, hits: readonly Hit[], toks: readonly Token[]) =>
        !negatedHit(toks, h) && !inAppeal(hits, h);
      const courts = pick(clause.hits, COURT).filter((h) => liveCourt(h, clause.hits, tokens));
      const states = pick(clause.hits, STATE);
      if (courts.some((h) => h.tokenEnd <= verb.tokenStart)) return { kind: "court" };
      const stateBefore = states.find((h) => h.tokenEnd <= verb.tokenStart);
      if (stateBefore) return { kind: "state", hit: stateBefore };
      // a passive taken by decision of a court, or an agent after the verb
      const orders = pick(clause.hits, COURT_ORDER).filter((h) => !negatedHit(tokens, h));
      if (orders.length > 0) return { kind: "court" };
      const after = [...courts, ...states]
        .filter((h) => h.tokenStart >= verb.tokenEnd && isAgent(tokens, h))
        .sort((a, b) => a.tokenStart - b.tokenStart)[0];
      if (after) return isA(after, COURT) ? { kind: "court" } : { kind: "state", hit: after };
      // a point inherits the actor of its chapeau (RULES.md §2.1)
      for (const s of chapeauOf(sentence)) {
        const hits = concepts().hits(s);
        const toks = concepts().tokens(s);
        if (pick(hits, COURT).some((h) => liveCourt(h, hits, toks))) return { kind: "court" };
        const state = pick(hits, STATE)[0];
        if (state) return { kind: "state", hit: state };
      }
      return isPassive(tokens, clause, verb) ? { kind: "implicit" } : null;
    };

    // ---- positions -------------------------------------------------------------------------

    /** The source position of an offset inside a sentence, when its text is the source slice. */
    const positionAt = (sentence: Sentence, offset: number): Position | null => {
      const { start, end } = sentence.range;
      const text = sentence.text;
      if (text.length !== end.offset - start.offset) return null;
      if (text.split("\n").length - 1 !== end.line - start.line) return null;
      const rel = offset - start.offset;
      if (rel < 0 || rel > text.length) return null;
      const before = text.slice(0, rel);
      const nl = before.lastIndexOf("\n");
      if (nl < 0) return { line: start.line, column: start.column + rel, offset };
      const lines = before.split("\n").length - 1;
      return { line: start.line + lines, column: rel - nl, offset };
    };

    const rangeOf = (sentence: Sentence, from: number, to: number): Range => {
      const a = positionAt(sentence, from);
      const b = positionAt(sentence, to);
      return a && b ? { start: a, end: b } : sentence.range;
    };

    const textOf = (sentence: Sentence, hit: Hit): string => {
      const base = sentence.range.start.offset;
      const ok = sentence.text.length === sentence.range.end.offset - base;
      return ok ? sentence.text.slice(hit.start - base, hit.end - base).replace(/\s+/gu, " ") : hit.concept;
    };

    const courtSuggestion = (sentence: Sentence, clause: Clause, verb: Hit, implicit: boolean): Suggestion[] => {
      const tokens = concepts().tokens(sentence);
      const phrase = COURT_PHRASE[language];
      let at = verb.start;
      let text = `${phrase} `;
      if (language === "en") {
        const prev = tokens[verb.tokenStart - 1];
        if (implicit) {
          at = verb.end;
          text = ` ${phrase}`;
        } else if (prev && !prev.boundary && prev.start >= clause.start) {
          at = prev.end;
          text = `, ${phrase},`;
        } else text = `${phrase}, `;
      }
      const pos = positionAt(sentence, at);
      if (!pos) return [];
      return [{ description: `Add "${phrase}"`, edits: [{ range: { start: pos, end: pos }, text }] }];
    };

    // ---- the check -------------------------------------------------------------------------

    const groundLabel = (id: string): string => id.replace(/^ground\.(suspect\.)?/u, "").replaceAll("-", " ");

    const articleFor = (right: string): string => {
      const articles = context.law.articlesFor(right);
      if (articles.length > 0) return articles.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ");
      return PRINCIPLE[context.profile.id] ?? "its limitation clause";
    };

    const step = (base: Confidence, steps: number): Confidence | null => {
      const order: Confidence[] = ["high", "medium", "low"];
      const i = order.indexOf(base) + steps;
      return i < order.length ? (order[i] as Confidence) : null;
    };

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      if (hits.some((h) => isA(h, FACILITATIVE))) return;
      const tokens = concepts().tokens(sentence);
      const prohibits = pick(hits, PROHIBIT);
      const verbs = [...pick(hits, RESTRICT), ...pick(hits, APPROVE), ...pick(hits, OVERSIGHT)]
        .filter((v) => v.concept === RESTRICT || v.concept === APPROVE || v.concept === OVERSIGHT)
        .filter((v) => !negatedTrigger(tokens, v))
        // double negation: "closing … is not permitted", «закрытие … не допускается» (RULES.md §2.3)
        .filter((v) => !prohibits.some((p) => p.tokenStart >= v.tokenEnd))
        .sort((a, b) => a.tokenStart - b.tokenStart);
      if (verbs.length === 0) return;

      // the religious body
      let right = ORGANISATION;
      let object = pick(hits, ORGANISATION)[0];
      let steps = 0;
      if (!object) {
        const manifestation = pick(hits, MANIFESTATION)[0];
        const body = pick(concepts().hits(sentence), ORGANISATION)[0];
        if (manifestation && body) {
          right = MANIFESTATION;
          object = manifestation;
        } else {
          object = chapeauOf(sentence)
            .flatMap((s) => pick(concepts().hits(s), ORGANISATION))
            .at(0);
          if (!object) return;
          steps++;
        }
      }
      if (context.law.permittedGrounds(right) === undefined) return;

      // the state power over it: the first trigger with an executive (or implicit) actor
      const appeals = pick(hits, APPEAL);
      const bodies = pick(hits, ORGANISATION);
      const approves = (body: Hit, v: Hit): boolean =>
        language === "kk"
          ? body.tokenEnd === v.tokenStart
          : body.tokenStart >= v.tokenEnd && body.tokenStart - v.tokenEnd <= 1;
      let verb: Hit | undefined;
      let actor: Actor | null = null;
      for (const v of verbs) {
        // "may appeal against the refusal", «шағымдануға … бас тартуына»: the verb is what is appealed
        if (language !== "kk" && appeals.some((a) => a.tokenEnd <= v.tokenStart)) continue;
        if (language === "kk" && appeals.some((a) => a.tokenStart >= v.tokenEnd && a.tokenStart - v.tokenEnd <= 2)) {
          continue;
        }
        // "with the consent of the religious organisation", «с согласия религиозного объединения»,
        // «діни бірлестіктің келісімімен»: the body itself approves, the state does not approve it
        if (v.concept === APPROVE && bodies.some((b) => approves(b, v))) continue;
        const a = actorOf(sentence, clause, v);
        if (a === null || a.kind === "court") continue;
        verb = v;
        actor = a;
        break;
      }
      if (!verb || !actor) return;
      if (actor.kind === "implicit") steps++;
      const oversight = verb.concept === OVERSIGHT;

      // the ground (scope up to article+refs)
      const grounds = findInScope(sentence, clause, (h) => h.concept.startsWith("ground."));
      const named = grounds?.found ?? [];
      if (oversight && named.some(({ hit }) => SAFETY_GROUNDS.some((g) => isA(hit, g)))) return;
      const permitted = findInScope(
        sentence,
        clause,
        (h) => h.concept.startsWith("ground.") && context.law.isGroundPermitted(right, h.concept) === true,
      );

      const range = rangeOf(sentence, clause.start, clause.end);
      const data = {
        profile: context.profile.citation,
        article: articleFor(right),
        verb: textOf(sentence, verb),
        object: textOf(sentence, object),
      };

      if (!permitted) {
        const confidence = step("medium", steps);
        if (!confidence) return;
        const others = [...new Set(named.map(({ sentence: s, hit }) => textOf(s, hit)))];
        const list = (context.law.permittedGrounds(right) ?? []).map(groundLabel).join(", ");
        context.report({
          node: sentence,
          range,
          messageId: "noGround",
          subCode: "no-ground",
          confidence,
          data: {
            ...data,
            named: others.length > 0 ? ` ("${others.join('", "')}" is not a ground it permits for religion)` : "",
            grounds: list || "none is permitted",
          },
        });
        return;
      }
      if (oversight) return;

      // executive-only: no court as authoriser, no independent authority, no appeal in scope
      const live = (h: Hit, s: Sentence) => !negatedHit(concepts().tokens(s), h);
      const authorised = findInScope(
        sentence,
        clause,
        (h, s) => (isA(h, COURT_ORDER) || isA(h, INDEPENDENT) || isA(h, APPEAL)) && live(h, s),
      );
      if (authorised) return;
      if (permitted.level === "article+refs") steps++;
      const confidence = step("medium", steps);
      if (!confidence) return;
      context.report({
        node: sentence,
        range,
        messageId: "executiveOnly",
        subCode: "executive-only",
        confidence,
        data,
        suggestions: courtSuggestion(sentence, clause, verb, actor.kind === "implicit"),
      });
    };

    return {
      Sentence(sentence: Sentence) {
        // a sentence with no restricting, approving or oversight verb cannot trigger: skip it before matching
        const ci = concepts();
        if (!ci.mayHave(sentence, RESTRICT) && !ci.mayHave(sentence, APPROVE) && !ci.mayHave(sentence, OVERSIGHT))
          return;
        if (isDeleted(sentence) || inDefinitions(sentence)) return;
        for (const clause of concepts().clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
