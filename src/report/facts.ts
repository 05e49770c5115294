/**
 * What the compatibility statement needs to know about a bill beyond its findings, read from the
 * parsed bill with the rules' own concept lexicons (rules/lexicon/<lang>/): its articles in order,
 * the rights each article's text or heading mentions (`right.*` concepts), the limitation aims
 * each provision names (`ground.*` concepts), and the labels and text of its units. Facts, not
 * analysis: a concept here means the words are in the text, nothing about whether a limitation is
 * justified (that is what the findings say).
 */
import { ConceptIndex } from "../analysis/concepts.js";
import type { Division, Document, Language, Provision } from "../syntax/ast.js";
import { AIM_CONCEPTS, RIGHT_CONCEPTS } from "./messages.js";

export interface ArticleFacts {
  /** The article's eId; "" stands for text outside any article (a fragment, an implicit article). */
  eId: string;
  /** `Art. 7`, `ст. 7`, `7-бап`; "" for the whole bill. */
  label: string;
  heading: string | null;
  /** True for an article (or a statute's section); false for another unit standing in for one (an annex) and the whole bill. */
  article: boolean;
  /** `right.*` concepts (top level) mentioned in the article's text or heading, in RIGHT_CONCEPTS order. */
  rights: string[];
}

export interface ProvisionFacts {
  eId: string;
  label: string;
  /** The provision's own text (before and after its sub-provisions), on one line. */
  text: string;
  /** `ground.*` concepts named in the provision or its sub-provisions, in AIM_CONCEPTS order. */
  aims: string[];
}

export interface BillFacts {
  language: Language;
  /** The bill's title line, or null. */
  title: string | null;
  /** Articles (and primary sections) in document order; an entry with eId "" when text lies outside them. */
  articles: ArticleFacts[];
  /** The article (eId, "" for none) of every unit eId: divisions and provisions. */
  articleOf: ReadonlyMap<string, string>;
  provisions: ReadonlyMap<string, ProvisionFacts>;
  /** The label of every unit eId. */
  labels: ReadonlyMap<string, string>;
}

type Unit = Division | Provision;

const RIGHTS = new Set(RIGHT_CONCEPTS);
const AIMS = new Set(AIM_CONCEPTS);

/**
 * An article for the statement: an article, or a section that holds no articles or sections (a
 * statute's section; an EU regulation's Section groups articles and is not one).
 */
function isArticle(node: Unit): node is Division {
  if (node.type !== "Division" || node.implicit) return false;
  if (node.kind === "article") return true;
  return (
    node.kind === "section" &&
    !node.children.some((c) => c.type === "Division" && (c.kind === "article" || c.kind === "section"))
  );
}

/** Collapses runs of blanks to one space. */
function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function billFacts(doc: Document, source: string): BillFacts {
  const concepts = new ConceptIndex(doc, source);
  const articleOf = new Map<string, string>();
  const labels = new Map<string, string>();
  const provisions = new Map<string, ProvisionFacts>();
  const rights = new Map<string, Set<string>>();
  const order: ArticleFacts[] = [];
  const byEId = new Map<string, ArticleFacts>();

  const article = (node: Division | null): ArticleFacts => {
    const eId = node?.eId ?? "";
    let facts = byEId.get(eId);
    if (!facts) {
      facts = {
        eId,
        label: node?.label ?? "",
        heading: node?.heading ? flat(node.heading.text) : null,
        article: node !== null && isArticle(node),
        rights: [],
      };
      byEId.set(eId, facts);
      order.push(facts);
      rights.set(eId, new Set());
    }
    return facts;
  };
  const addRights = (target: ArticleFacts, hits: readonly { concept: string }[]): void => {
    const set = rights.get(target.eId) as Set<string>;
    for (const h of hits) if (RIGHTS.has(h.concept)) set.add(h.concept);
  };

  // `current`: the article around; `outer`: the nearest division of any kind (an annex, a chapter),
  // which stands for the article when text lies outside articles
  const rec = (
    nodes: readonly Unit[],
    current: Division | null,
    outer: Division | null,
    chain: ProvisionFacts[],
  ): void => {
    for (const n of nodes) {
      const division = n.type === "Division" && !n.implicit && n.eId ? n : outer;
      const own = isArticle(n) ? n : (current ?? division);
      if (n.eId) {
        articleOf.set(n.eId, own?.eId ?? "");
        labels.set(n.eId, n.label);
      }
      if (isArticle(n)) addRights(article(n), concepts.headingHits(n));
      if (n.type === "Provision") {
        const target = article(own);
        const text = [n.intro?.text, n.wrapUp?.text].filter((t): t is string => !!t).join(" ");
        const facts: ProvisionFacts = { eId: n.eId, label: n.label, text: flat(text), aims: [] };
        if (n.eId) provisions.set(n.eId, facts);
        const withMe = [...chain, facts];
        for (const s of n.sentences) {
          const hits = concepts.hits(s);
          addRights(target, hits);
          // an aim named in a point is named in every provision above it
          for (const h of hits)
            if (AIMS.has(h.concept)) for (const p of withMe) if (!p.aims.includes(h.concept)) p.aims.push(h.concept);
        }
        rec(n.children, current, division, withMe);
      } else {
        rec(n.children, isArticle(n) ? n : current, division, chain);
      }
    }
  };
  rec(doc.body, null, null, []);

  const rank = (list: readonly string[]) => (a: string, b: string) => list.indexOf(a) - list.indexOf(b);
  for (const a of order) a.rights = [...(rights.get(a.eId) as Set<string>)].sort(rank(RIGHT_CONCEPTS));
  for (const p of provisions.values()) p.aims.sort(rank(AIM_CONCEPTS));
  return {
    language: doc.language,
    title: doc.title ? flat(doc.title.text) : null,
    articles: order,
    articleOf,
    provisions,
    labels,
  };
}
