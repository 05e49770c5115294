/**
 * Akoma Ntoso full-path eIds (`chp_2__art_7-1__para_3__point_a`) and human labels in the bill's
 * language (`Art. 7-1(3)(a)`, `ст. 7-1 п. 3 пп. а)`, `7-1-бап 3-тармақ а) тармақша`).
 */
import type { Division, DivisionKind, Document, Language, Provision, ProvisionKind } from "./ast.js";
import { DIVISION_LABELS } from "./keywords.js";
import { eIdNum, isRomanNumber } from "./numbering.js";

const DIVISION_PREFIX: Record<DivisionKind, string> = {
  book: "book",
  part: "part",
  title: "title",
  subtitle: "subtitle",
  section: "sec",
  chapter: "chp",
  subchapter: "subchp",
  article: "art",
  annex: "att",
  heading: "hcontainer",
};

const PROVISION_PREFIX: Record<ProvisionKind, string> = {
  paragraph: "para",
  subsection: "subsec",
  point: "point",
  indent: "indent",
  alinea: "al",
};

/** Divisions whose label heads the labels of the provisions inside them. */
export function isCitationBase(d: Division, hasArticles: boolean): boolean {
  if (d.implicit) return false;
  return d.kind === "article" || (d.kind === "section" && (d.keyword === "§" || isPrimarySection(d, hasArticles)));
}

/** `Section 5` of a statute is its primary unit; `Section I`, and the sections of a bill with articles, group. */
export function isPrimarySection(d: Division, hasArticles: boolean): boolean {
  return d.kind === "section" && !hasArticles && /^sec/i.test(d.keyword) && d.num !== null && !isRomanNumber(d.num);
}

/**
 * `id`, or `id_2`, `id_3`, ... when `used` holds it; recorded in `used`. Only siblings can share
 * an eId: it is the parent's eId, `__` and a segment without `__` (`art_7-1`, `para_nn_2`,
 * `point_a_2`), so one set per list of siblings does what one set of all the bill's eIds would
 * (which, for a large bill, is a hash table in the large-object space).
 */
function unique(id: string, used: Set<string> | null): string {
  if (used === null) return id;
  if (!used.has(id)) {
    used.add(id);
    return id;
  }
  let k = 2;
  while (used.has(`${id}_${k}`)) k++;
  const out = `${id}_${k}`;
  used.add(out);
  return out;
}

export function assignIds(doc: Document, language: Language): void {
  const hasArticles = containsArticles(doc.body);

  // Labels compose: a provision's label is its parent's (or the article's) plus its own part.
  const visit = (
    nodes: (Division | Provision)[],
    parentId: string,
    base: string | null,
    parentLabel: string | null,
    /** The eIds of the siblings around an implicit article, whose children take its place. */
    shared: Set<string> | null = null,
  ): void => {
    // the eIds given among these nodes (a lone node needs none)
    const used = shared ?? (nodes.length > 1 ? new Set<string>() : null);
    let counters: Map<string, number> | null = null;
    const count = (key: string): number => {
      counters ??= new Map();
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      return n;
    };
    for (let k = 0; k < nodes.length; k++) {
      const node = nodes[k] as Division | Provision;
      if (node.type === "Division") {
        if (node.implicit) {
          node.eId = "";
          node.label = "";
          visit(node.children, parentId, null, null, used ?? new Set<string>());
          continue;
        }
        const prefix = DIVISION_PREFIX[node.kind];
        // a numbered unit without its number is `art_nn_1`; a keyword-less heading is `hcontainer_1`
        const seg = node.normNum
          ? `${prefix}_${eIdNum(node.normNum)}`
          : node.kind === "heading"
            ? `${prefix}_${count(prefix)}`
            : `${prefix}_nn_${count(prefix)}`;
        node.eId = unique(parentId ? `${parentId}__${seg}` : seg, used);
        node.label = divisionLabel(node, language, hasArticles);
        const childBase = isCitationBase(node, hasArticles) ? node.label : node.kind === "annex" ? null : base;
        visit(node.children, node.eId, childBase, null);
      } else {
        const prefix = PROVISION_PREFIX[node.kind];
        let seg: string;
        let ordinal = 0;
        if (node.num !== null && node.num !== "") seg = `${prefix}_${eIdNum(node.num)}`;
        else {
          ordinal = count(prefix);
          seg = `${prefix}_${ordinal}`;
        }
        node.eId = unique(parentId ? `${parentId}__${seg}` : seg, used);
        node.label = provisionLabel(node, parentLabel ?? base, parentLabel === null, ordinal, language);
        visit(node.children, node.eId, base, node.label);
      }
    }
  };
  visit(doc.body, "", null, null);
}

export function containsArticles(nodes: (Division | Provision)[]): boolean {
  return nodes.some(
    (n) => n.type === "Division" && (n.kind === "article" && !n.implicit ? true : containsArticles(n.children)),
  );
}

export function divisionLabel(d: Division, language: Language, hasArticles: boolean): string {
  const num = d.normNum ?? "";
  if (d.kind === "heading") {
    const title = d.heading?.text.replace(/\s+/g, " ").trim() ?? "";
    const short = title.length > 60 ? `${title.slice(0, 57)}...` : title;
    return num || short;
  }
  if (language === "kk") {
    const word = DIVISION_LABELS.kk?.[d.kind] ?? d.kind;
    if (!num) return word;
    return /^\d/.test(num) ? `${num}-${word}` : `${num} ${word}`;
  }
  if (language === "ru") {
    const word = DIVISION_LABELS.ru?.[d.kind] ?? d.kind;
    if (d.kind === "section" && d.keyword === "§") return num ? `§ ${num}` : "§";
    return num ? `${word} ${num}` : word;
  }
  // English (and the Latin-script documents read as English)
  if (d.kind === "section") {
    if (d.keyword === "§") return num ? `§ ${num}` : "§";
    if (isPrimarySection(d, hasArticles)) return `s. ${num}`;
    return num ? `Section ${num}` : "Section";
  }
  if (d.kind === "article") return num ? `Art. ${num}` : "Art.";
  const word = DIVISION_LABELS.en?.[d.kind] ?? d.kind;
  return num ? `${word} ${num}` : word;
}

/** `п.`-level styles (a part of an article) versus `пп.`-level ones (a point of a list). */
function isParagraphStyle(p: Provision): boolean {
  return p.style === "dec-dot" || p.style === "paren-dec" || p.style === "dotted";
}

/** `prefix` is the parent provision's label, or the article's (`base`) for a first-level provision. */
function provisionLabel(
  p: Provision,
  prefix: string | null,
  firstLevel: boolean,
  ordinal: number,
  language: Language,
): string {
  if (language === "ru" || language === "kk") {
    const seg = language === "ru" ? ruSegment(p, ordinal) : kkSegment(p, ordinal);
    return prefix ? `${prefix} ${seg}` : seg;
  }
  if (p.num === null || p.num === "") {
    const word = p.kind === "indent" ? "indent" : "al.";
    return prefix ? `${prefix} ${word} ${ordinal}` : `${word} ${ordinal}`;
  }
  if (!prefix && firstLevel) return `para. ${p.num}`;
  return `${prefix ?? ""}(${p.num})`;
}

function ruSegment(q: Provision, ordinal: number): string {
  if (q.num === null || q.num === "") return `абз. ${ordinal}`;
  return isParagraphStyle(q) ? `п. ${q.num}` : `пп. ${q.num})`;
}

function kkSegment(q: Provision, ordinal: number): string {
  if (q.num === null || q.num === "") return `${ordinal}-абзац`;
  return isParagraphStyle(q) ? `${q.num}-тармақ` : `${q.num}) тармақша`;
}
