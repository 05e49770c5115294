/** Concept queries over parsed bills with the real lexicons: hits, clauses, and scope widening. */
import { describe, expect, it } from "vitest";
import { ConceptIndex } from "../../src/analysis/concepts.js";
import type { Division, Provision, Sentence } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";

function setup(text: string, language: "en" | "ru" | "kk") {
  const doc = parseBill(text, { language });
  const index = new ConceptIndex(doc, text);
  const sentences: Sentence[] = [];
  const rec = (nodes: (Division | Provision)[]) => {
    for (const n of nodes) {
      if (n.type === "Provision") sentences.push(...n.sentences);
      rec(n.children);
    }
  };
  rec(doc.body);
  return { doc, index, sentences };
}

describe("ConceptIndex", () => {
  it("finds concepts in a sentence with source offsets (en)", () => {
    const text =
      "Article 3\n\n1. The authorised body may restrict the activity of religious associations in the interests of national security.";
    const { index, sentences } = setup(text, "en");
    const s = sentences[0] as Sentence;
    const hit = (c: string) => index.mentions(s, c).map((h) => text.slice(h.start, h.end));
    expect(hit("actor.state")).toEqual(["authorised body"]);
    expect(hit("verb.restrict")).toEqual(["restrict"]);
    expect(hit("ground.national-security")).toEqual(["national security"]);
    expect(index.has(s, "right.religion")).toBe(true);
  });

  it("widens from the sentence to the article and to the articles it references", () => {
    const text = [
      "Статья 5. Ограничения",
      "",
      "1. Права могут быть ограничены только в целях защиты общественного порядка.",
      "",
      "Статья 7",
      "",
      "1. Уполномоченный орган вправе приостановить деятельность религиозного объединения в случаях, предусмотренных статьей 5 настоящего Закона.",
      "2. Решение публикуется.",
    ].join("\n");
    const { index, sentences } = setup(text, "ru");
    const s = sentences.find((x) => x.text.startsWith("Уполномоченный")) as Sentence;
    expect(index.find(s, "ground.public-order")?.level).toBe("article+refs");
    expect(index.find(s, "ground.public-order", { upTo: "article" })).toBeNull();
    expect(index.find(s, "actor.state")?.level).toBe("sentence");
  });

  it("splits clauses at ; and : and lets a point inherit its chapeau (kk)", () => {
    const text = [
      "7-бап",
      "",
      "1. Уәкілетті орган мынадай жағдайларда діни бірлестіктің қызметін шектейді:",
      "1) ұлттық қауіпсіздікке қатер төнгенде;",
      "2) қоғамдық тәртіп бұзылғанда.",
    ].join("\n");
    const { index, sentences } = setup(text, "kk");
    const point = sentences.find((x) => x.text.startsWith("ұлттық")) as Sentence;
    expect(index.find(point, "actor.state")?.level).toBe("provision");
    expect(index.find(point, "ground.national-security")?.level).toBe("sentence");
    const lead = sentences[0] as Sentence;
    expect(index.clauses(lead).length).toBe(1);
  });

  it("mayHaveAny answers what asking mayHave of each concept would, before and after the hits are known", () => {
    const text = [
      "Article 1",
      "",
      "1. This Law applies to relations that arose before its entry into force.",
      "2. The authorised body may restrict assemblies in the interests of national security.",
      "3. Fees are set by decree.",
    ].join("\n");
    const lists: readonly (readonly string[])[] = [
      ["list.retroactive", "list.retroactive-period", "list.application-from"],
      ["verb.restrict", "ground.national-security"],
      ["marker.appeal"],
      [],
    ];
    const { index, sentences } = setup(text, "en");
    const each = (s: Sentence, list: readonly string[]) => list.some((c) => index.mayHave(s, c));
    for (const s of sentences) for (const list of lists) expect(index.mayHaveAny(s, list)).toBe(each(s, list));
    for (const s of sentences) index.hits(s);
    for (const s of sentences) for (const list of lists) expect(index.mayHaveAny(s, list)).toBe(each(s, list));
    expect(sentences.map((s) => index.mayHaveAny(s, lists[1] as string[]))).toEqual([false, true, false]);
  });
});
