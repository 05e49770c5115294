/**
 * R39 `structure/broken-cross-reference` (RULES.md §4 K, R39): an internal cross reference that
 * points to nothing in the bill, or to a unit that cannot play the role the reference gives it.
 *
 * Detection, per live (not repealed) unit, over the references made in its own text
 * (`context.referencesFrom`), each reported at most once:
 * 1. `dangling` (confidence high): a reference that is not to another act (`external: false`)
 *    and that the parser could not resolve (`targetEId: null`): "Article 15 of this Law" in an
 *    eleven-article bill, «пунктом 4 настоящей статьи» in a three-paragraph article. References
 *    to other acts ("Article 15 of the Labour Code") are external and never reported, nor is a bare
 *    article or section number far beyond the bill's own ("Article 228(2)" in a 55-article treaty).
 * 2. `empty-target` (confidence medium): a resolved reference that names its target as the list
 *    of grounds: a `list.grounds-role` word ("grounds", «основаниям», «негіздер») within
 *    `window` tokens of the reference in the same sentence, before it in EN and RU, after it in KK
 *    ("on the grounds listed in Article 9",
 *    «по основаниям, предусмотренным статьей 9», «осы Заңның 9-бабында көзделген негіздер
 *    бойынша»), or a closed-list phrase around it ("only on the grounds listed in"). The target
 *    (with its subtree) must hold some `ground.*` hit; a target that itself refers on (depth 1)
 *    to units holding grounds is not empty either. A reference to a unit that contains the
 *    reference itself is not checked (a unit does not list its own grounds by reference).
 * Deleted units are skipped (§2.1), and so are amending units: a unit whose own text, or an
 * ancestor's (a division's lead-in included), holds `list.amending-intro` wording ("is amended as
 * follows", «изложить в следующей редакции», «мынадай өзгерістер енгізілсін») refers to the amended
 * act, whose numbering this bill does not show (§2.1; "references to the base act" do not fire); the
 * instructions of US and UK amending acts ("is amended—", "by striking", "for … substitute", "after …
 * insert") are such wording too. So is the heading of a division listing other acts' units
 * (`list.other-acts-heading`: "Repeals", "Consequential amendments", "Tables of equivalences").
 * The range is the reference's own text.
 * Scope `unit` (the language server re-checks only edited units): a dangling reference is decided
 * when its unit is visited, the bill's numbering being a fact; an empty target at the end of the
 * bill, from the references cited as grounds found per unit, since the target's grounds may lie one
 * reference further on than the unit's key covers.
 */
import {
  type Division,
  defineRule,
  type Hit,
  type Provision,
  REPEAL_MARKER,
  type RuleContext,
  type Sentence,
} from "../../src/engine/api.js";

const ROLE = "list.grounds-role";
const AMENDING = "list.amending-intro";
const OTHER_ACTS_HEADING = "list.other-acts-heading";
const CLOSED_LIST = "marker.closed-list";
const GROUND_PREFIX = "ground.";

type Unit = Division | Provision;

/** The article or section number a reference starts with (`Article 228(2)`, «статьи 140», «140-бабы»). */
const TOP_NUMBER = /^(?:articles?|sections?|§§?)\s+(\d+)|^стать[а-яё]*\s+(\d+)|^(\d+)(?:-\d+)*-ба[бп]/iu;
/** The reference names this act itself ("of this Law", «настоящего Закона», «осы Заңның»). */
const SELF_NAMED = /\bthis\s+(?:law|act|code|regulation|treaty|constitution)\b|настоящ|осы\s/iu;
/** A cross reference of the bill (the API exposes it through `referencesFrom`). */
type Reference = ReturnType<RuleContext["referencesFrom"]>[number];

/** Words naming a division level of a bill, with the AST kind they point to (en / ru / kk). */
const LEVEL_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bchapters?\b|глав[аеуы]|тарау/u, "chapter"],
  [/\bparts?\b|бөлік/u, "part"],
  [/\bsections?\b|раздел|бөлім/u, "section"],
  [/\barticles?\b|стат[ьеи]|\bба[пб]/u, "article"],
  [/\btitles?\b/u, "title"],
  [/\bbooks?\b/u, "book"],
  // a bill whose file holds none of its schedules (a by-law published without them)
  [/\b(?:annex(?:es)?|schedules?|sch\.|appendix|appendices)\b|приложени|қосымша/u, "annex"],
];
/** A list member written without its unit word (`(e)` in `subsections (1)(d) and (e)`, `142`). */
const BARE_MEMBER = /^(?:\(|\d|[IVXLC]+\b)/u;
/** The number a bare member starts with (`142`, `134(4)`). */
const BARE_NUMBER = /^(\d+)/u;

export default defineRule({
  meta: {
    id: "structure/broken-cross-reference",
    family: "structure",
    profileIndependent: true,
    scope: "unit",
    severity: "error",
    confidence: "high",
    description:
      "An internal cross reference resolves to no unit of the bill, or to a unit that lacks the grounds it is cited for.",
    docs: "rules/structure/broken-cross-reference.md",
    principle: {
      "kz-2026": "art. 41(1)",
      "kz-1995": "art. 39(1)",
      iccpr: ["art. 19(3)", "art. 21", "art. 22(2)"],
      echr: ["arts 8(2)–11(2)"],
      "eu-digital": "Charter art. 52(1)",
    },
    messages: {
      dangling: "“{{reference}}” points to nothing in this bill.",
      emptyTarget: "“{{reference}}” points to a unit that contains no grounds.",
    },
    schema: {
      type: "object",
      properties: { window: { type: "integer", minimum: 0, maximum: 12 } },
      additionalProperties: false,
    },
    defaultOptions: { window: 3 },
    subCodes: ["dangling", "empty-target"],
  },

  create(context: RuleContext) {
    const window = typeof context.options.window === "number" ? context.options.window : 3;
    const ci = context.concepts;
    const seen = new Set<Reference>();

    /** Neither the unit nor an ancestor is repealed (known once per unit: siblings share the walk up). */
    const liveCache = new Map<Unit, boolean>();
    const live = (unit: Unit): boolean => {
      let known = liveCache.get(unit);
      if (known === undefined) {
        const parent = context.parentOf(unit);
        known = !unit.deleted && (parent ? live(parent) : true);
        liveCache.set(unit, known);
      }
      return known;
    };

    /** Every sentence under a unit. */
    const sentencesOf = (unit: Unit): Sentence[] => {
      const out: Sentence[] = [];
      const rec = (u: Unit): void => {
        if (u.type === "Provision") out.push(...u.sentences);
        for (const c of u.children) rec(c);
      };
      rec(unit);
      return out;
    };

    const hasGround = (unit: Unit): boolean => sentencesOf(unit).some((s) => ci.hits(s).some((h) => isGround(h)));

    /** Every unit under (and including) `unit`. */
    const unitsOf = (unit: Unit): Unit[] => {
      const out: Unit[] = [];
      const rec = (u: Unit): void => {
        out.push(u);
        for (const c of u.children) rec(c);
      };
      rec(unit);
      return out;
    };

    /** Grounds in the target, or one reference further on (depth 1). */
    const targetHasGrounds = (target: Unit): boolean => {
      if (hasGround(target)) return true;
      for (const u of unitsOf(target)) {
        for (const r of context.referencesFrom(u)) {
          const next = context.resolve(r);
          if (next && next !== target && hasGround(next)) return true;
        }
      }
      return false;
    };

    /** Whether `inner` is `outer` or lies inside it. */
    const within = (inner: Unit, outer: Unit): boolean => {
      let cur: Unit | null = inner;
      while (cur) {
        if (cur === outer) return true;
        cur = context.parentOf(cur);
      }
      return false;
    };

    /** The reference gives its target the role of a list of grounds. */
    const inGroundsRole = (unit: Unit, ref: Reference): boolean => {
      if (unit.type !== "Provision") return false;
      const sentence = unit.sentences.find(
        (s) => s.range.start.offset <= ref.range.start.offset && ref.range.end.offset <= s.range.end.offset,
      );
      if (!sentence) return false;
      // grounds of a limitation (RULES.md §3.4): the sentence restricts (a non-negated restriction or
      // a prohibition) or names a right; «Дума не может быть распущена по основаниям, предусмотренным
      // статьей 117» is a guarantee, and its grounds are not limitation grounds
      const limits = ci
        .hits(sentence)
        .some(
          (h) =>
            (h.concept === "verb.restrict" && !h.negated) ||
            h.concept === "verb.prohibit" ||
            h.concept.startsWith("right."),
        );
      if (!limits) return false;
      const tokens = ci.tokens(sentence);
      let first = -1;
      let last = -1;
      tokens.forEach((t, i) => {
        if (t.start >= ref.range.start.offset && t.end <= ref.range.end.offset) {
          if (first < 0) first = i;
          last = i;
        }
      });
      if (first < 0) return false;
      // the grounds word precedes the reference in EN and RU ("grounds listed in Article 9"), follows it
      // in KK («9-бабында көзделген негіздер»)
      const before = (h: Hit, reach: number): boolean => h.tokenEnd <= first && first - h.tokenEnd <= reach;
      const after = (h: Hit, reach: number): boolean => h.tokenStart > last && h.tokenStart - last - 1 <= reach;
      const near = (h: Hit, reach: number): boolean =>
        context.language === "kk" ? after(h, reach) || before(h, 1) : before(h, reach);
      return ci.hits(sentence).some(
        (h) =>
          (h.concept === ROLE && near(h, window)) ||
          // "only on the grounds listed in" beats the one-word role hit: a closed list of grounds
          (h.concept === CLOSED_LIST && h.tokenEnd - h.tokenStart >= 2 && near(h, 1)),
      );
    };

    /** Hits of a division's lead-in text (read like a sentence: its range is a stretch of the source). */
    const introHits = (division: Division): Hit[] => {
      const intro = division.intro;
      if (!intro) return [];
      const range = intro.range;
      if (intro.text.length !== range.end.offset - range.start.offset) return [];
      let hits = introCache.get(division);
      if (!hits) {
        hits = ci.hits({ type: "Sentence", text: intro.text, range });
        introCache.set(division, hits);
      }
      return hits;
    };
    const introCache = new WeakMap<Division, Hit[]>();

    /** The unit amends another act: its own text, or an ancestor's, holds amending wording (§2.1). */
    const amendingCache = new WeakMap<Unit, boolean>();
    const ownAmending = (unit: Unit): boolean =>
      unit.type === "Provision"
        ? unit.sentences.some((s) => ci.mayHave(s, AMENDING) && ci.hits(s).some((h) => h.concept === AMENDING))
        : introHits(unit).some((h) => h.concept === AMENDING) || otherActsHeading(unit);
    /** A division headed as a list of other acts' provisions ("Repeals", "Tables of equivalences"). */
    const otherActsHeading = (division: Division): boolean => {
      const heading = division.heading;
      if (!heading) return false;
      const range = heading.range;
      if (heading.text.length !== range.end.offset - range.start.offset) return false;
      return ci
        .hits({ type: "Sentence", text: heading.text, range })
        .some((h) => h.concept === OTHER_ACTS_HEADING && h.tokenStart === 0);
    };
    const amending = (unit: Unit): boolean => {
      let known = amendingCache.get(unit);
      if (known === undefined) {
        const parent = context.parentOf(unit);
        known = ownAmending(unit) || (parent ? amending(parent) : false);
        amendingCache.set(unit, known);
      }
      return known;
    };

    // What the parser found in this bill: a reference to a division level it did not find (chapters
    // of a text that has none) cannot be called dangling. Points written inline in their paragraph are
    // resolved to that paragraph by the reference pass when the paragraph lists their label.
    // And the highest article or section number of the bill: a bare reference far beyond it
    // ("Article 228(2)" in a 55-article treaty, "section 2002(a)" in a bill of 40 sections) cites
    // another act without naming it, which is a drafting question but not a dangling reference.
    // Both from a part per lint unit (a re-lint reads only the units an edit changed), on first need.
    // the division kinds and the highest article or section number of the bill: a fact (computed
    // on every lint from parts kept per unit; when it changes, every unit is checked again)
    const numberingFact = context.fact(
      "numbering",
      () => {
        const parts = context.unitParts(
          "numbering",
          (unit) => {
            const kinds = new Set<string>();
            let top = 0;
            const rec = (n: Unit, deep: boolean): void => {
              if (n.type === "Division") {
                kinds.add(n.kind);
                if ((n.kind === "article" || n.kind === "section") && n.normNum !== null) {
                  const v = Number.parseInt(n.normNum, 10);
                  if (Number.isFinite(v) && v > top) top = v;
                }
              }
              if (deep) for (const c of n.children) rec(c, true);
            };
            if (unit.root.type !== "Document") rec(unit.root, !unit.headerOnly);
            return { kinds: [...kinds], top };
          },
          { perProfile: false },
        );
        const kinds = [...new Set(parts.flatMap((p) => p.value.kinds))].sort();
        let top = 0;
        for (const p of parts) if (p.value.top > top) top = p.value.top;
        return { kinds, top };
      },
      { perProfile: false },
    );
    let numbering: { kinds: Set<string>; top: number } | undefined;
    const billNumbering = (): { kinds: Set<string>; top: number } => {
      if (!numbering) {
        const fact = numberingFact();
        numbering = { kinds: new Set(fact.kinds), top: fact.top };
      }
      return numbering;
    };
    const farBeyond = (text: string): boolean => {
      const topNumber = billNumbering().top;
      if (topNumber === 0 || SELF_NAMED.test(text)) return false;
      const m = TOP_NUMBER.exec(text) ?? BARE_NUMBER.exec(text);
      const num = Number.parseInt(m?.[1] ?? m?.[2] ?? m?.[3] ?? "", 10);
      return Number.isFinite(num) && num > Math.max(topNumber * 2, topNumber + 20);
    };
    const verifiable = (text: string): boolean => {
      if (farBeyond(text)) return false;
      const t = text.toLowerCase();
      const kinds = billNumbering().kinds;
      for (const [pattern, kind] of LEVEL_WORDS) if (pattern.test(t) && !kinds.has(kind)) return false;
      return true;
    };

    /**
     * For the references of one unit: whether the line a reference starts on marks units repealed
     * ("Articles 15 to 20 [Repealed]") and opens with a reference (the first of its list; the
     * Kazakh "15–20-баптар" starts with the range's first number). Decided once per line: a line
     * with thousands of references was read again for each of them (quadratic).
     */
    const repealLines = (unit: Unit): ((ref: Reference) => boolean) => {
      const text = ci.sourceOf(unit.range);
      const base = unit.range.start.offset;
      const decided = new Map<number, boolean>();
      let from = 0;
      let end = -1;
      return (ref) => {
        const at = ref.range.start.offset - base;
        if (at < from || at > end) {
          from = text.lastIndexOf("\n", at - 1) + 1;
          const nl = text.indexOf("\n", at);
          end = nl < 0 ? text.length : nl;
        }
        let placeholder = decided.get(from);
        if (placeholder === undefined) {
          placeholder = false;
          if (REPEAL_MARKER.test(text.slice(from, end))) {
            let first = at;
            for (const r of context.referencesFrom(unit)) {
              const o = r.range.start.offset - base;
              if (o >= from && o < first) first = o;
            }
            placeholder = /^[\s\p{P}\p{N}]*$/u.test(text.slice(from, first));
          }
          decided.set(from, placeholder);
        }
        return placeholder;
      };
    };

    /** The unit's references are checked: it refers, is live and does not amend another act. */
    const checked = (n: Unit): boolean => context.referencesFrom(n).length > 0 && live(n) && !amending(n);

    /**
     * The references of a unit that point to nothing, each reported at most once (`dangling`). A
     * line that keeps the place of repealed units ("Articles 15 to 20 [Repealed]", «Статьи 15–20
     * исключены») names them and refers to nothing; a list member without a unit word shares the
     * check of the member before it (the list's unit word: `Schedules 2 and 3` in a file that
     * holds no schedules).
     */
    const checkDangling = (unit: Unit): void => {
      let repealPlaceholder: ((ref: Reference) => boolean) | undefined;
      let previousUnverifiable = false;
      for (const ref of context.referencesFrom(unit)) {
        if (seen.has(ref) || ref.external) continue;
        if (ref.targetEId !== null) {
          previousUnverifiable = false;
          continue;
        }
        seen.add(ref);
        repealPlaceholder ??= repealLines(unit);
        if (repealPlaceholder(ref)) continue;
        const bare = BARE_MEMBER.test(ref.text);
        const unverifiable: boolean = (bare && previousUnverifiable) || !verifiable(ref.text);
        previousUnverifiable = unverifiable;
        if (unverifiable) continue;
        context.report({
          node: unit,
          range: ref.range,
          messageId: "dangling",
          data: { reference: ref.text },
          subCode: "dangling",
          confidence: "high",
        });
      }
    };

    /** The resolved references of a unit cited as a list of grounds (by index in `referencesFrom`). */
    const groundsRoleRefs = (unit: Unit): number[] => {
      const out: number[] = [];
      context.referencesFrom(unit).forEach((ref, i) => {
        if (ref.external || ref.targetEId === null) return;
        const target = context.resolve(ref);
        if (target && !within(unit, target) && inGroundsRole(unit, ref)) out.push(i);
      });
      return out;
    };

    /** `empty-target`: a reference cited as a list of grounds whose target holds none. */
    const checkEmptyTarget = (unit: Unit, ref: Reference): void => {
      if (seen.has(ref)) return;
      seen.add(ref);
      const target = context.resolve(ref);
      if (!target || within(unit, target) || targetHasGrounds(target)) return;
      context.report({
        node: unit,
        range: ref.range,
        messageId: "emptyTarget",
        data: { reference: ref.text },
        subCode: "empty-target",
        confidence: "medium",
      });
    };

    // A dangling reference depends on its own unit and the bill's numbering (a fact), and is checked
    // when the unit is visited. Whether a target holds grounds looks one reference further on, past
    // what a unit's key covers: the references cited as grounds are found per unit (`unitParts`,
    // kept while the unit is unchanged) and their targets looked at on every lint, at the end.
    // (A node without an eId — an implicit division — shares its references with every other such
    // node: the first one checks them, at the end.)
    const visitUnit = (n: Unit): void => {
      if (n.eId !== "" && checked(n)) checkDangling(n);
    };
    return {
      Division: visitUnit,
      Provision: visitUnit,
      "Document:exit"(doc) {
        const parts = context.unitParts("grounds-role", (unit) => {
          const out: [number[], number[]][] = [];
          const path: number[] = [];
          const rec = (n: Unit, deep: boolean): void => {
            if (n.eId !== "" && checked(n)) {
              const refs = groundsRoleRefs(n);
              if (refs.length > 0) out.push([[...path], refs]);
            }
            if (!deep) return;
            n.children.forEach((c, i) => {
              path.push(i);
              rec(c, true);
              path.pop();
            });
          };
          if (unit.root.type !== "Document") rec(unit.root, !unit.headerOnly);
          return out;
        });
        for (const { unit, value } of parts) {
          if (unit.root.type === "Document") continue;
          for (const [path, refs] of value) {
            let node: Unit = unit.root;
            for (const i of path) node = node.children[i] as Unit;
            const all = context.referencesFrom(node);
            for (const i of refs) checkEmptyTarget(node, all[i] as Reference);
          }
        }
        const orphan = firstWithoutEId(doc.body, checked);
        if (orphan) {
          checkDangling(orphan);
          const all = context.referencesFrom(orphan);
          for (const i of groundsRoleRefs(orphan)) checkEmptyTarget(orphan, all[i] as Reference);
        }
      },
    };
  },
});

/** The first division without an eId (implicit) whose references are checked, in document order. */
function firstWithoutEId(nodes: readonly Unit[], checked: (n: Unit) => boolean): Unit | null {
  for (const n of nodes) {
    if (n.type !== "Division") continue;
    if (n.eId === "" && checked(n)) return n;
    const inner = firstWithoutEId(n.children, checked);
    if (inner) return inner;
  }
  return null;
}

function isGround(hit: Hit): boolean {
  return hit.concept.startsWith(GROUND_PREFIX);
}
