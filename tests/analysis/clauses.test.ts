/**
 * The clause predicates rules share (RULES.md §2.3–2.5) on real-sounding provisions in the three
 * languages: negation, restrictions and double negation, who acts, court authorisation, the scope
 * ladder, and source positions.
 */
import { describe, expect, it } from "vitest";
import { ClauseAnalysis } from "../../src/analysis/clauses.js";
import { type Clause, ConceptIndex } from "../../src/analysis/concepts.js";
import type { Hit } from "../../src/language/matcher.js";
import type { Division, Language, Provision, Sentence } from "../../src/syntax/ast.js";
import { parseBill } from "../../src/syntax/index.js";

function setup(text: string, language: Language) {
  const doc = parseBill(text, { language });
  const index = new ConceptIndex(doc, text);
  const analysis = new ClauseAnalysis(
    index,
    language,
    doc.definitions.map((d) => d.provisionEId),
  );
  const sentences: Sentence[] = [];
  const rec = (nodes: (Division | Provision)[]) => {
    for (const n of nodes) {
      if (n.type === "Provision") sentences.push(...n.sentences);
      rec(n.children);
    }
  };
  rec(doc.body);
  const word = (h: Hit) => text.slice(h.start, h.end);
  return { doc, index, analysis, sentences, word, text };
}

const first = (clauses: Clause[]): Clause => clauses[0] as Clause;

describe("restrictions and negation (§2.3, §2.4 restricts)", () => {
  it("EN: a restriction, a guarantee, and a restriction that a prohibition governs", () => {
    const { index, analysis, sentences, word } = setup(
      [
        "Article 4",
        "",
        "1. The Ministry may suspend the activity of an association.",
        "",
        "2. The right to assemble shall not be restricted.",
        "",
        "3. Restricting access to a whole network is prohibited.",
      ].join("\n"),
      "en",
    );
    const [s1, s2, s3] = sentences as [Sentence, Sentence, Sentence];
    expect(analysis.restrictions(first(index.clauses(s1))).map(word)).toEqual(["suspend"]);
    expect(analysis.restrictions(first(index.clauses(s2))).map(word)).toEqual([]);
    const c3 = first(index.clauses(s3));
    expect(analysis.restrictions(c3).map(word)).toEqual([]);
    const restrict = analysis.pick(c3.hits, "verb.restrict")[0] as Hit;
    expect(analysis.guardedByProhibition(c3, restrict)).toBe(true);
  });

  it("RU and KK: «без решения суда» and «шешімінсіз» negate the marker they govern", () => {
    const ru = setup("Статья 4\n\n1. Доступ к сведениям ограничивается без решения суда.", "ru");
    const sr = ru.sentences[0] as Sentence;
    const court = ru.analysis.pick(ru.index.hits(sr), "actor.court")[0] as Hit;
    expect(ru.word(court)).toBe("суда");
    expect(ru.analysis.negated(sr, court)).toBe(true);

    const kk = setup("4-бап\n\n1. Сот шешімінсіз жеке хат алмасу шектелмейді.", "kk");
    const sk = kk.sentences[0] as Sentence;
    const restrict = kk.analysis.pick(kk.index.hits(sk), "verb.restrict")[0] as Hit;
    expect(kk.analysis.negated(sk, restrict)).toBe(true);
    expect(kk.analysis.restrictions(first(kk.index.clauses(sk)))).toEqual([]);
  });
});

describe("who acts (§2.4 statePower)", () => {
  it("EN: subject, agent phrase, court, implicit passive, and nobody the state controls", () => {
    const { index, analysis, sentences } = setup(
      [
        "Article 9",
        "",
        "1. The authorised body may close a religious school.",
        "",
        "2. A religious school may be closed by the Ministry of Justice.",
        "",
        "3. A court may close a religious school.",
        "",
        "4. A religious school may be closed.",
        "",
        "5. The founders may close a religious school.",
      ].join("\n"),
      "en",
    );
    const kinds = sentences.map((s) => {
      const clause = first(index.clauses(s));
      const verb = analysis.restrictions(clause)[0] as Hit;
      return analysis.actorOf(clause, verb)?.kind ?? null;
    });
    expect(kinds).toEqual(["state", "state", "court", "implicit", null]);
  });

  it("RU and KK passives count as implicit state power", () => {
    const ru = setup("Статья 9\n\n1. Деятельность объединения приостанавливается на срок до трех месяцев.", "ru");
    const cr = first(ru.index.clauses(ru.sentences[0] as Sentence));
    expect(ru.analysis.actorOf(cr, ru.analysis.restrictions(cr)[0] as Hit)?.kind).toBe("implicit");

    const kk = setup("9-бап\n\n1. Бірлестіктің қызметі үш айға дейін тоқтатылады.", "kk");
    const ck = first(kk.index.clauses(kk.sentences[0] as Sentence));
    const verb = kk.analysis.restrictions(ck)[0] as Hit;
    expect(verb).toBeDefined();
    expect(kk.analysis.actorOf(ck, verb)?.kind).toBe("implicit");
  });
});

describe("a point's actor is in its chapeau", () => {
  it("actorOf says which sentence the actor is in; negation of a hit from another sentence is false, not a crash", () => {
    const { index, analysis, sentences, word } = setup(
      [
        "Article 14",
        "",
        "3. The Ministry may, by order:",
        "",
        "(a) suspend the licence of an operator;",
        "",
        "(b) withdraw the licence.",
      ].join("\n"),
      "en",
    );
    const point = sentences[1] as Sentence;
    const clause = first(index.clauses(point));
    const verb = analysis.restrictions(clause)[0] as Hit;
    const actor = analysis.actorOf(clause, verb);
    expect(actor?.kind).toBe("state");
    expect(actor?.sentence).toBe(sentences[0]);
    expect(word(actor?.hit as Hit)).toBe("Ministry");
    expect(analysis.negated(point, actor?.hit as Hit)).toBe(false);
    expect(analysis.textOf(point, actor?.hit as Hit)).toBe("actor.state");
    expect(analysis.textOf(actor?.sentence as Sentence, actor?.hit as Hit)).toBe("Ministry");
  });
});

describe("court authorisation and appeal (§2.4)", () => {
  it("a court order authorises; a court that only hears an appeal does not", () => {
    const { index, analysis, sentences } = setup(
      [
        "Статья 3",
        "",
        "1. Собрание может быть прекращено по решению суда.",
        "",
        "Статья 4",
        "",
        "1. Уполномоченный орган вправе прекратить собрание. Решение может быть обжаловано в суд.",
      ].join("\n"),
      "ru",
    );
    const [a, b] = sentences as [Sentence, Sentence];
    expect(analysis.courtAuthorised(a, first(index.clauses(a)))?.level).toBe("clause");
    expect(analysis.courtAuthorised(b, first(index.clauses(b)))).toBeNull();
    expect(analysis.appealRoute(b, first(index.clauses(b)))?.level).toBe("provision");
  });
});

describe("the scope ladder (§2.5)", () => {
  it("finds a ground in the article the provision's article refers to, and says so", () => {
    const { analysis, sentences, index } = setup(
      [
        "Article 2",
        "",
        "1. Rights may be restricted only to protect public order.",
        "",
        "Article 8",
        "",
        "1. The authorised body may restrict access to a website in accordance with Article 2.",
      ].join("\n"),
      "en",
    );
    const s = sentences[1] as Sentence;
    const isGround = (h: Hit) => h.concept.startsWith("ground.");
    const found = analysis.findWhere(s, first(index.clauses(s)), isGround);
    expect(found?.level).toBe("article+refs");
    expect(found?.found.map((l) => l.hit.concept)).toContain("ground.public-order");
    expect(analysis.findWhere(s, first(index.clauses(s)), isGround, "article")).toBeNull();
  });

  it("recitals printed after the articles (an EU act) are not operative", () => {
    const { analysis, sentences } = setup(
      [
        "Article 1",
        "",
        "1. The supervisory authority may prohibit the processing.",
        "",
        "Section - Recitals",
        "",
        "(50). Such processing should be prohibited where it is incompatible with an obligation of secrecy.",
      ].join("\n"),
      "en",
    );
    expect(sentences.map((s) => analysis.isOperative(s))).toEqual([true, false]);
    const ru = setup(
      "# Закон\n\n## Статья 1\n\n1. Текст.\n\n## Преамбула\n\nГосударство вправе запретить собрания.",
      "ru",
    );
    expect(ru.sentences.map((s) => ru.analysis.inRecitals(s))).toEqual([false, true]);
  });

  it("repealed units and definitions are not operative", () => {
    const { analysis, sentences } = setup(
      [
        "Article 1. Definitions",
        "",
        "1. In this Law, “closure” means the suspension of activity by the authorised body.",
        "",
        "Article 2",
        "",
        "1. The authorised body may suspend an association.",
      ].join("\n"),
      "en",
    );
    expect(sentences.map((s) => analysis.isOperative(s))).toEqual([false, true]);
  });
});

describe("positions, quoting and suggestions", () => {
  it("maps a clause and an insertion to line and column", () => {
    const { index, analysis, sentences, text } = setup(
      "Article 9\n\n1. The Ministry may close a mosque; the owner may appeal.",
      "en",
    );
    const s = sentences[0] as Sentence;
    const [c1] = index.clauses(s) as [Clause];
    const range = analysis.clauseRange(c1);
    expect(range.start).toEqual({ line: 3, column: 4, offset: text.indexOf("The Ministry") });
    expect(text.slice(range.start.offset, range.end.offset)).toBe("The Ministry may close a mosque");
    const verb = analysis.restrictions(c1)[0] as Hit;
    expect(analysis.textOf(s, verb)).toBe("close");
    const [suggestion] = analysis.insertion(s, verb.end, " by decision of a court", "Add a court");
    expect(suggestion?.edits[0]?.range.start).toEqual({ line: 3, column: 26, offset: verb.end });
  });

  it("confidence steps down and stops below low", () => {
    const { analysis } = setup("Article 1\n\n1. Text.", "en");
    expect(analysis.step("high", 1)).toBe("medium");
    expect(analysis.step("medium", 1)).toBe("low");
    expect(analysis.step("medium", 2)).toBeNull();
  });
});
