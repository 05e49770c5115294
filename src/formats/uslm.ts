/**
 * USLM import (United States Legislative Markup: bills, resolutions, public laws, engrossed
 * amendments; http://schemas.gpo.gov/xml/uslm). USLM was designed to follow Akoma Ntoso, so the
 * tree is renamed into the AKN shape and read by the AKN importer: `chapeau` is an intro,
 * `continuation` a wrap-up, `proviso` an alinea, `quotedContent` quoted text of its provision;
 * levels below `paragraph` are points. Struck text (`changed="deleted"`: the deleted component of
 * a reported bill) and apparatus (table of contents, notes, page breaks, sidenotes, endorsement)
 * are left out. USLM ids are GUIDs, not eIds, so eIds are made from the numbers (AKN-NC).
 */

import { importAknTree } from "./akn.js";
import type { Assembled, AssembleOptions } from "./build.js";
import { akn } from "./rewrite.js";
import { FormatError, parseXml, type XElement, type XNode } from "./xml.js";

export const USLM_NAMESPACE = "http://schemas.gpo.gov/xml/uslm";

export function isUslmNamespace(uri: string): boolean {
  return uri.startsWith(USLM_NAMESPACE);
}

const RENAME: Record<string, string> = {
  chapeau: "intro",
  continuation: "wrapUp",
  proviso: "alinea",
  quotedContent: "quotedStructure",
  subitem: "point",
  subsubitem: "point",
  subarticle: "article",
  appropriations: "hcontainer",
};

/** Apparatus, not the text of the law. */
const DROPPED = new Set([
  "toc",
  "note",
  "notes",
  "sidenote",
  "page",
  "footnote",
  "sourceCredit",
  "editorialNote",
  "endMarker",
  "signatures",
  "endorsement",
  "legislativeHistory",
  "attestation",
  "meta",
  "amendMeta",
  "preface",
  "amendPreface",
  "img",
  "coverText",
]);

const LANGUAGES: Record<string, string> = { en: "eng", eng: "eng", ru: "rus", kk: "kaz" };

export function importUslm(xml: string, options: AssembleOptions = {}): Assembled {
  const root = parseXml(xml);
  if (!isUslmNamespace(root.uri)) throw new FormatError(`not USLM: the root element is <${root.name}>`);
  const tree = toAkn(root);
  if (root.comments) tree.comments = root.comments;
  return importAknTree(tree, xml, options);
}

function toAkn(root: XElement): XElement {
  const preface: XNode[] = [];
  const preamble: XNode[] = [];
  const body: XNode[] = [];
  const main = (el: XElement): void => {
    for (const c of el.children) {
      if (c.type !== "element" || c.uri !== root.uri) continue;
      if (c.attrs.changed === "deleted") continue;
      switch (c.name) {
        case "longTitle":
          preface.push(akn("p", c.children.map(rename).filter(isNode), c.start));
          break;
        case "enactingFormula":
        case "resolvingClause":
          preamble.push(akn("formula", [akn("p", c.children.map(rename).filter(isNode), c.start)], c.start));
          break;
        case "preamble":
          preamble.push(...c.children.map(rename).filter(isNode));
          break;
        case "collection":
        case "component":
        case "main":
          main(c);
          break;
        case "docTitle":
          if (el.name === "amendMain") preface.push(akn("p", c.children.map(rename).filter(isNode), c.start));
          else body.push(...[rename(c)].filter(isNode));
          break;
        default: {
          const r = rename(c);
          if (r) body.push(r);
        }
      }
    }
  };
  for (const c of root.children) {
    if (c.type !== "element") continue;
    if (c.name === "main" || c.name === "amendMain") main(c);
  }
  const language = declaredLanguage(root);
  const meta = akn(
    "meta",
    [
      akn(
        "identification",
        [akn("FRBRExpression", [akn("FRBRlanguage", [], 0, { language: LANGUAGES[language] ?? "eng" })], 0)],
        0,
      ),
    ],
    0,
  );
  const doc = akn(
    "bill",
    [
      meta,
      ...(preface.length > 0 ? [akn("preface", preface, root.start)] : []),
      ...(preamble.length > 0 ? [akn("preamble", preamble, root.start)] : []),
      akn("body", body, root.start),
    ],
    root.start,
  );
  return akn("akomaNtoso", [doc], root.start);
}

function isNode(n: XNode | null): n is XNode {
  return n !== null;
}

/** The language of the metadata (`<dc:language>EN</dc:language>`), lower case; English by default. */
function declaredLanguage(root: XElement): string {
  for (const c of root.children) {
    if (c.type !== "element" || (c.name !== "meta" && c.name !== "amendMeta")) continue;
    for (const m of c.children) {
      if (m.type === "element" && m.name === "language") {
        const t = m.children.find((x) => x.type === "text");
        if (t && t.type === "text") return t.value.trim().toLowerCase();
      }
    }
  }
  return "en";
}

function rename(n: XNode): XNode | null {
  if (n.type === "text") return n;
  if (n.attrs.changed === "deleted") return null;
  if (DROPPED.has(n.name)) return null;
  const name = RENAME[n.name] ?? n.name;
  const children = n.children.map(rename).filter(isNode);
  return akn(name, children, n.start, n.attrs.status ? { status: n.attrs.status } : {});
}
