/**
 * R36 `education/state-control-of-academic-activity` (RULES.md §4 J): academic freedom and
 * institutional autonomy — lecturers and researchers choose what they teach, research and publish,
 * and universities govern themselves (EU Charter art. 13; CESCR GC 13 §§38–40; UNESCO 1997
 * Recommendation; ECHR art. 10, Sorguç v. Turkey).
 *
 * Per clause of an operative sentence in higher education or research (a `list.higher-education`
 * word in the provision, its chapeau, the article or its heading; public lectures and educational
 * outreach, `list.academic-activity.public`, need none), not about schooling (`list.school` in the
 * provision) and not a safety, ethics or resource permit (`list.research-safety`):
 * - `prior-approval`: an academic activity (`list.academic-activity`: lectures, research,
 *   dissertations, conferences, publications) needs an approval (`verb.approve`,
 *   `list.prior-approval`) that a state body gives (§2.4 `actorOf`; an implicit passive counts a
 *   step lower unless an academic body is named, `list.academic-body`). Choosing what to fund
 *   (`list.research-funding`) is not approval.
 * - `content-control`: a state body sets, approves or controls (`list.content-setting`,
 *   `marker.delegation`) the content or topics (`list.academic-content`) of an academic activity,
 *   or a university curriculum or study programme (`list.academic-activity.programme`), or lays
 *   down by delegation how public lectures or outreach are held.
 * - `rector-appointment`: a state body (named, not a passive) appoints or dismisses
 *   (`list.academic-appointment`) rectors or academic staff (`list.academic-post`), and no academic
 *   body or election (`list.academic-body`) is involved anywhere in the provision.
 * - `licence-condition`: a licence (`list.licence`) made conditional on something unrelated to
 *   academic quality (`list.unrelated-condition`: political approval, intergovernmental agreements,
 *   the founders' nationality).
 * Accreditation by an independent agency (`list.accreditation`) is not state control, and approving
 * rules, procedures or standards about an activity (`list.regulatory-instrument` just before it) is
 * regulation, not approval of the activity. Religious schools and seminaries
 * (`right.religion.organisation` in the sentence) are left to the religion rules (12, 13). Negated or
 * prohibited approvals ("is not subject to approval", «не подлежит согласованию», «келісуге
 * жатпайды») are guarantees; "without the approval … is prohibited" is a requirement. One finding
 * per clause and sub-code.
 */
import type {
  Actor,
  Clause,
  Hit,
  Language,
  MessageData,
  PhraseRef,
  Quoted,
  RuleContext,
  Sentence,
  Suggestion,
} from "../../src/engine/api.js";
import { defineRule } from "../../src/engine/api.js";

const ACTIVITY = "list.academic-activity";
const PUBLIC_ACTIVITY = "list.academic-activity.public";
const PROGRAMME = "list.academic-activity.programme";
const HIGHER = "list.higher-education";
const SCHOOL = "list.school";
const SAFETY = "list.research-safety";
const FUNDING = "list.research-funding";
const ACCREDITATION = "list.accreditation";
const APPROVE = "verb.approve";
const PRIOR = "list.prior-approval";
const LICENCE = "list.licence";
const CONTENT = "list.academic-content";
const SETTING = "list.content-setting";
const DELEGATION = "marker.delegation";
const POST = "list.academic-post";
const APPOINT = "list.academic-appointment";
const BODY = "list.academic-body";
const CONDITION = "list.unrelated-condition";
const INSTRUMENT = "list.regulatory-instrument";
/** Tokens between rules or a standard and the activity they are about ("rules for conducting research"). */
const INSTRUMENT_WINDOW = 4;
const STATE = "actor.state";
const RELIGIOUS_BODY = "right.religion.organisation";
const PROHIBIT = "verb.prohibit";

type SubCode = "prior-approval" | "content-control" | "rector-appointment" | "licence-condition";

const MESSAGE_ID: Record<SubCode, string> = {
  "prior-approval": "priorApproval",
  "content-control": "contentControl",
  "rector-appointment": "rectorAppointment",
  "licence-condition": "licenceCondition",
};

/**
 * The articles each profile rests on (RULES.md R36). Neither KZ constitution protects academic
 * freedom in its rights articles (§5.1): the KZ profiles cite none and the message says so.
 */
const PRINCIPLE: Record<string, string | string[]> = {
  "eu-digital": "Charter art. 13",
  echr: "art. 10",
  iccpr: "art. 19(2)",
};

/** Words that make an approval a condition ("without the approval", «без согласования», «келісімсіз»). */
const WITHOUT: Record<Language, ReadonlySet<string>> = {
  en: new Set(["without"]),
  ru: new Set(["без"]),
  kk: new Set([]),
};
const KK_WITHOUT = /(?:сыз|сіз)$/u;
/** Negators that make an approval a guarantee when they stand shortly before it. */
const NEGATORS: Record<Language, ReadonlySet<string>> = {
  en: new Set(["not", "never", "neither", "nor"]),
  ru: new Set(["не", "нельзя", "ни"]),
  kk: new Set([]),
};
/** How far before an approval a negator governs it ("is not in any case subject to approval"). */
const NEGATOR_REACH = 6;

/** Text the rector-appointment suggestion inserts, per language. */
const ACADEMIC_BODY_PHRASE: Record<Language, string> = {
  en: "on the proposal of the academic council",
  ru: "по представлению ученого совета",
  kk: "ғылыми кеңестің ұсынуы бойынша",
};

export default defineRule({
  meta: {
    id: "education/state-control-of-academic-activity",
    family: "education",
    scope: "unit",
    severity: "warning",
    confidence: "medium",
    description:
      "State approval or control of lectures, research and publications, executive appointment of rectors, or licence conditions unrelated to academic quality.",
    docs: "rules/education/state-control-of-academic-activity.md",
    principle: PRINCIPLE,
    messages: {
      priorApproval:
        'prior-approval: state control over teaching, research or academic self-government — "{{activity}}" needs the approval ("{{approval}}") of {{actor}}. Academic freedom lets lecturers and researchers choose, present and publish their work without prior clearance ({{citation}}): remove the approval, or leave it to the institution\'s academic bodies.',
      contentControl:
        'content-control: state control over teaching, research or academic self-government — {{actor}} sets or controls ("{{setting}}") the content of "{{activity}}". The content of teaching and research is for lecturers, researchers and academic bodies ({{citation}}); limit the state to quality standards applied through independent accreditation.',
      rectorAppointment:
        'rector-appointment: state control over teaching, research or academic self-government — {{actor}} appoints or dismisses "{{post}}" ("{{appointment}}") with no academic body involved ({{citation}}). Provide for election or a proposal by the academic council.',
      licenceCondition:
        'licence-condition: state control over teaching, research or academic self-government — the licence ("{{licence}}") depends on "{{condition}}", which has nothing to do with academic quality ({{citation}}). Tie licensing to quality criteria only.',
    },
    phrases: {
      noExpressArticle: "{{profile}} has no express article; the ICCPR and EU Charter art. 13 floor applies",
      stateBodyUnnamed: "a state body (none is named)",
    },
    hasSuggestions: true,
    subCodes: ["prior-approval", "content-control", "rector-appointment", "licence-condition"],
  },

  create(context: RuleContext) {
    const language = context.language;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (hit: Hit, concept: string): boolean => ci().isA(hit.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const textOf = (sentence: Sentence, hit: Hit): string => cl().textOf(sentence, hit);
    const overlaps = (a: Hit, b: Hit): boolean => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;

    const citation = (): string | PhraseRef => {
      const p = PRINCIPLE[context.profile.id];
      if (p === undefined) return { phrase: "noExpressArticle", data: { profile: context.profile.citation } };
      return `${context.profile.citation} ${[p].flat().join(", ")}`;
    };

    /** The context of the sentence is higher education or research. */
    const inHigherEducation = (sentence: Sentence, clause: Clause): boolean => {
      if (cl().findWhere(sentence, clause, (h) => isA(h, HIGHER), "article") !== null) return true;
      const article = ci().articleOf(sentence);
      return (
        article !== null &&
        ci()
          .headingHits(article)
          .some((h) => isA(h, HIGHER))
      );
    };

    /**
     * An approval that is required: not negated ("is not subject to approval", "No lecture … is
     * subject to approval", «не подлежит согласованию», «келісуге жатпайды») — except a "without"
     * that a prohibition or a negated modal turns into a condition ("may not lecture without the
     * approval", «без согласования … не допускается», «келісімсіз … болмайды»).
     */
    const required = (sentence: Sentence, clause: Clause, hit: Hit): boolean => {
      if (withoutBefore(sentence, hit)) {
        return pick(clause.hits, PROHIBIT).length > 0 || negatorBefore(sentence, clause, hit, clause.tokens.length);
      }
      if (cl().guardedByProhibition(clause, hit)) return false;
      if (cl().negated(sentence, hit)) return false;
      return !negatorBefore(sentence, clause, hit, NEGATOR_REACH);
    };

    const withoutBefore = (sentence: Sentence, hit: Hit): boolean => {
      const tokens = ci().tokens(sentence);
      if (language === "kk") {
        for (let i = hit.tokenStart; i < Math.min(tokens.length, hit.tokenEnd + 1); i++) {
          if (KK_WITHOUT.test(tokens[i]?.norm ?? "")) return true;
        }
        return false;
      }
      for (let i = hit.tokenStart - 1; i >= Math.max(0, hit.tokenStart - 3); i--) {
        const t = tokens[i];
        if (!t || t.boundary) break;
        if (WITHOUT[language].has(t.norm)) return true;
      }
      return false;
    };

    /** A negator within `reach` tokens before the hit in its clause, or "No …" opening the clause. */
    const negatorBefore = (sentence: Sentence, clause: Clause, hit: Hit, reach: number): boolean => {
      const tokens = ci().tokens(sentence);
      const words = NEGATORS[language];
      const first = clause.tokens[0];
      if (language === "en" && first?.norm === "no" && first.start < hit.start) return true;
      return clause.tokens.some((t) => {
        const i = tokens.indexOf(t);
        return i >= 0 && i < hit.tokenStart && hit.tokenStart - i <= reach && words.has(t.norm);
      });
    };

    const actorWords = (sentence: Sentence, actor: Actor): Quoted | PhraseRef =>
      actor.kind === "state" && actor.hit
        ? { quote: textOf(actor.sentence ?? sentence, actor.hit) }
        : { phrase: "stateBodyUnnamed" };

    const report = (
      sentence: Sentence,
      clause: Clause,
      subCode: SubCode,
      data: MessageData,
      steps: number,
      suggestions: Suggestion[] = [],
    ): void => {
      const confidence = cl().step("medium", steps);
      if (!confidence) return;
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: MESSAGE_ID[subCode],
        subCode,
        confidence,
        data: { ...data, citation: citation() },
        suggestions,
      });
    };

    // ---- the four controls --------------------------------------------------------------------

    const priorApproval = (sentence: Sentence, clause: Clause, full: Clause, activity: Hit): boolean => {
      if (pick(clause.hits, FUNDING).length > 0) return false;
      // approvals hidden inside a delegation phrase count too («утверждаются уполномоченным органом»)
      const approvals = [...pick(full.hits, APPROVE), ...pick(full.hits, PRIOR)]
        .filter((a) => !pick(clause.hits, LICENCE).some((l) => overlaps(l, a)))
        .filter((a) => !overlaps(a, activity))
        .filter((a) => required(sentence, clause, a))
        // the approval word itself ("approval", «согласования») before a timing word («только после»)
        .sort((a, b) => Number(isA(b, APPROVE)) - Number(isA(a, APPROVE)) || a.tokenStart - b.tokenStart);
      const bodies = pick(clause.hits, BODY);
      for (const approval of approvals) {
        const actor = cl().actorOf(full, approval);
        if (!actor || actor.kind === "court") continue;
        if (actor.kind === "implicit" && bodies.length > 0) continue;
        const steps = actor.kind === "implicit" ? 1 : 0;
        if (isA(activity, PROGRAMME)) {
          // approving a curriculum or study programme is control of its content
          report(
            sentence,
            clause,
            "content-control",
            {
              activity: textOf(sentence, activity),
              setting: textOf(sentence, approval),
              actor: actorWords(sentence, actor),
            },
            steps,
          );
          return true;
        }
        report(
          sentence,
          clause,
          "prior-approval",
          {
            activity: textOf(sentence, activity),
            approval: textOf(sentence, approval),
            actor: actorWords(sentence, actor),
          },
          steps,
        );
        return true;
      }
      return false;
    };

    const contentControl = (sentence: Sentence, clause: Clause, full: Clause, activity: Hit): boolean => {
      const contents = pick(clause.hits, CONTENT).filter((c) => !overlaps(c, activity));
      const delegations = pick(full.hits, DELEGATION);
      // a curriculum is content itself; public lectures and outreach are controlled by a delegated procedure too
      const contentItself = isA(activity, PROGRAMME);
      const publicActivity = isA(activity, PUBLIC_ACTIVITY);
      if (contents.length === 0 && !contentItself && !(publicActivity && delegations.length > 0)) return false;
      const settings = [...pick(full.hits, SETTING), ...delegations]
        .filter((s) => !overlaps(s, activity) && !contents.some((c) => overlaps(c, s)))
        .filter((s) => !cl().negated(sentence, s) && !cl().guardedByProhibition(clause, s))
        .sort((a, b) => a.tokenStart - b.tokenStart);
      for (const setting of settings) {
        let actor: Actor | null;
        if (isA(setting, DELEGATION)) {
          const inside = pick(full.hits, STATE).find(
            (s) => setting.tokenStart <= s.tokenStart && s.tokenEnd <= setting.tokenEnd,
          );
          actor = inside ? { kind: "state", hit: inside } : null;
        } else actor = cl().actorOf(full, setting);
        if (actor?.kind !== "state") continue;
        report(
          sentence,
          clause,
          "content-control",
          {
            activity: textOf(sentence, activity),
            setting: textOf(sentence, setting),
            actor: actorWords(sentence, actor),
          },
          0,
        );
        return true;
      }
      return false;
    };

    const rectorAppointment = (sentence: Sentence, clause: Clause, full: Clause): boolean => {
      const posts = pick(clause.hits, POST);
      if (posts.length === 0) return false;
      if (cl().findWhere(sentence, clause, (h) => isA(h, BODY), "provision") !== null) return false;
      const appointments = pick(clause.hits, APPOINT)
        .filter((a) => !posts.some((p) => overlaps(p, a)))
        .filter((a) => !cl().negated(sentence, a) && !cl().guardedByProhibition(clause, a));
      for (const appointment of appointments) {
        const actor = cl().actorOf(full, appointment);
        if (actor?.kind !== "state") continue;
        const post = posts[0] as Hit;
        const phrase = ACADEMIC_BODY_PHRASE[language];
        const at = language === "en" ? appointment.end : appointment.start;
        const text = language === "en" ? ` ${phrase}` : `${phrase} `;
        report(
          sentence,
          clause,
          "rector-appointment",
          {
            post: textOf(sentence, post),
            appointment: textOf(sentence, appointment),
            actor: actorWords(sentence, actor),
          },
          0,
          cl().insertion(sentence, at, text, `Add "${phrase}"`),
        );
        return true;
      }
      return false;
    };

    const licenceCondition = (sentence: Sentence, clause: Clause): boolean => {
      const licence = pick(ci().hits(sentence), LICENCE)[0];
      if (!licence) return false;
      const condition = pick(ci().hits(sentence), CONDITION).find(
        (c) => !cl().negated(sentence, c) && !cl().guardedByProhibition(clause, c),
      );
      if (!condition) return false;
      report(
        sentence,
        clause,
        "licence-condition",
        {
          licence: textOf(sentence, licence),
          condition: textOf(sentence, condition),
        },
        0,
      );
      return true;
    };

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      const full = cl().withHidden(clause, (h) => isA(h, DELEGATION));
      const higher = inHigherEducation(sentence, clause);
      // "approves the rules for conducting research": the state regulates, it does not approve the research
      const instruments = pick(hits, INSTRUMENT);
      // the rules come before the activity in EN and RU ("rules for conducting research"), after it in KK
      // («зерттеулер жүргізу қағидаларын»)
      const regulated = (a: Hit): boolean =>
        instruments.some((i) =>
          language === "kk"
            ? i.tokenStart >= a.tokenEnd && i.tokenStart - a.tokenEnd <= INSTRUMENT_WINDOW
            : i.tokenEnd <= a.tokenStart && a.tokenStart - i.tokenEnd <= INSTRUMENT_WINDOW,
        );
      const activities = pick(hits, ACTIVITY)
        .filter((a) => higher || isA(a, PUBLIC_ACTIVITY))
        .filter((a) => !regulated(a));
      if (activities.length > 0) {
        const activity = activities.find((a) => isA(a, PUBLIC_ACTIVITY)) ?? (activities[0] as Hit);
        if (!priorApproval(sentence, clause, full, activity)) contentControl(sentence, clause, full, activity);
      }
      if (higher) {
        rectorAppointment(sentence, clause, full);
        licenceCondition(sentence, clause);
      }
    };

    const TRIGGERS = [ACTIVITY, POST, LICENCE];

    return {
      Sentence(sentence: Sentence) {
        // no academic activity, post or licence: skip the sentence before matching
        if (!TRIGGERS.some((c) => ci().mayHave(sentence, c))) return;
        if (!cl().isOperative(sentence)) return;
        // schooling, safety rules, independent accreditation: not this rule's
        const provisionHas = (concept: string): boolean => ci().has(sentence, concept, { upTo: "provision" });
        if (provisionHas(SCHOOL) || provisionHas(SAFETY) || provisionHas(ACCREDITATION)) return;
        // religious schools and seminaries: the religion rules (12, 13) judge state control over them
        if (ci().has(sentence, RELIGIOUS_BODY, { upTo: "sentence" })) return;
        for (const clause of ci().clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
