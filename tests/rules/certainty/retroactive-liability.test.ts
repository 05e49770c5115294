/**
 * R31 certainty/retroactive-liability: the catalogue examples (RULES.md §4 G, R31-*), own cases in
 * several drafting styles, and hard negatives that look back lawfully (lex mitior, amnesty,
 * guarantees, transitional rules, procedural rules).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/certainty/retroactive-liability.js";
import { loadProfile } from "../../../src/config/profiles.js";
import { type ProfileLike, RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const RETROACTIVE = { messageId: "retroactive", subCode: "retroactive", severity: "error" } as const;
const DUTIES = { messageId: "newDuties", subCode: "kz-new-duties", severity: "error" } as const;
const VACATIO = { messageId: "noVacatio", subCode: "no-vacatio-legis", severity: "info" } as const;

/** A duty on owners, applied to relations that arose earlier (no sanction anywhere). */
const DUTIES_RU =
  "Статья 4\n\n1. Собственники жилых помещений обязаны установить приборы учета воды.\n2. Настоящий Закон распространяется на отношения, возникшие с 1 января 2025 года.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R31-en-v1",
      language: "en",
      code: "Article 12\n\n1. This Law enters into force thirty days after its official publication; its fines apply only to violations committed after that date, and any lower fine in this Law applies to earlier cases not yet decided.",
    },
    {
      name: "R31-ru-v1",
      language: "ru",
      code: "Статья 12\n\n1. Настоящий Закон вводится в действие по истечении тридцати дней после дня его официального опубликования и применяется к нарушениям, совершенным после этой даты.",
    },
    {
      name: "R31-kk-v1 (own): the fines apply only to violations committed after entry into force",
      language: "kk",
      code: "12-бап\n\n1. Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік отыз күн өткен соң қолданысқа енгізіледі.\n2. Осы Заңда белгіленген айыппұлдар ол қолданысқа енгізілгеннен кейін жасалған бұзушылықтарға ғана қолданылады.",
    },
    // --- hard negatives: looking back lawfully --------------------------------------------
    {
      name: "hard negative (en, code): lex mitior — a law that reduces fines reaches earlier offences",
      language: "en",
      code: "Article 20\n\n1. Provisions of this Law that reduce fines or abolish liability apply to offences committed before its entry into force where the penalty has not yet been executed.",
    },
    {
      name: "hard negative (ru, statute): an amnesty covers acts committed before it",
      language: "ru",
      code: "Статья 2\n\n1. Настоящий Закон об амнистии распространяется на деяния, совершенные до дня его вступления в силу.",
    },
    {
      name: "hard negative (ru, constitution): laws establishing liability have no retroactive force",
      language: "ru",
      code: "Статья 5\n\n1. Законы, устанавливающие или усиливающие ответственность, обратной силы не имеют.",
    },
    {
      name: "hard negative (kk): the fines do not apply to violations before entry into force",
      language: "kk",
      code: "5-бап\n\n1. Осы Заңда көзделген айыппұлдар осы Заң күшіне енгенге дейін жасалған құқық бұзушылықтарға қолданылмайды.",
    },
    {
      name: "hard negative (en, transitional): pending proceedings finish under the law in force at the time",
      language: "en",
      code: "Article 30\n\n1. Proceedings on violations committed before the entry into force of this Law shall be completed under the law in force at the time the violation was committed.\n\nArticle 4\n\n1. A violation of Article 3 is punishable by a fine.",
    },
    {
      name: "hard negative (en, procedural): new procedural rules apply to pending appeals",
      language: "en",
      code: "Article 25\n\n1. The procedural rules of Chapter 3 apply to appeals pending on the day this Law enters into force.",
    },
    {
      name: "hard negative (kk, budget): an application date for budget relations and a higher allowance, no sanction",
      language: "kk",
      code: "7-бап\n\n1. Осы Заң 2026 жылғы 1 қаңтардан бастап туындаған қатынастарға қолданылады.\n2. Мүгедектігі бар адамдарға төленетін жәрдемақылар 10 пайызға арттырылады.",
    },
    {
      name: "hard negative (en): a prohibition of retroactive criminal law",
      language: "en",
      code: "Article 2\n\n1. Retroactive application of criminal law is prohibited.",
    },
    {
      name: "an application date later than entry into force (en)",
      language: "en",
      code: "Article 4\n\n1. Parking in a bus lane is punishable by a fine.\n\nArticle 9\n\n1. This Law enters into force on 1 July 2026 and applies from 1 September 2026.",
    },
    {
      name: "facts since the date of entry into force itself (en)",
      language: "en",
      code: "Article 9\n\n1. This Law enters into force on 1 July 2026.\n2. Its fines apply to violations committed since 1 July 2026.",
    },
    {
      name: "criminal sanctions with a vacatio legis of three months (en)",
      language: "en",
      code: "Article 3\n\n1. Smuggling of cultural property is punishable by imprisonment for up to five years.\n2. This Law enters into force three months after the day of its first official publication.",
    },
    {
      name: "a constitution (ru): prisons named as places, entry into force on publication",
      language: "ru",
      code: "Статья 32\n\n3. Не имеют права избирать граждане, содержащиеся в местах лишения свободы по приговору суда.\n\nСтатья 137\n\n1. Конституция вступает в силу со дня ее официального опубликования.",
    },
    {
      name: "a constitution: entry into force on publication, crimes only mentioned in immunities (en)",
      language: "en",
      code: "Article 79\n\n1. A judge may not be arrested or held criminally liable without the consent of the Supreme Judicial Council.\n\nArticle 90\n\n1. This Constitution shall come into force on the day of its official publication.",
    },
    {
      name: "hard negative (kk): offences committed before it stay under the old law («бұрынғы заң қолданылады»)",
      language: "kk",
      code: "14-бап\n\n1. Осы Заң 2025 жылғы 1 қаңтардан бастап қолданысқа енгізіледі; оған дейін жасалған құқық бұзушылықтарға бұрынғы заң қолданылады.",
    },
  ],

  invalid: [
    {
      name: "kk: the act applies to offences committed before it («оған дейін жасалған құқық бұзушылықтарға»)",
      language: "kk",
      code: "11-бап\n\n1. Осы Заң 2025 жылғы 1 қаңтардан бастап қолданысқа енгізіледі және оған дейін жасалған құқық бұзушылықтарға қолданылады.",
      errors: [{ ...RETROACTIVE, line: 3, column: 4, label: "11-бап 1-тармақ" }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R31-en-x1",
      language: "en",
      code: "Article 5\n\n1. The fines introduced by this Law apply to parking violations recorded since 1 January of the previous year.",
      errors: [
        {
          ...RETROACTIVE,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          message: '"recorded since 1 January of the previous year" makes the sanctions of this sentence reach',
        },
      ],
    },
    {
      name: "R31-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Штрафы, установленные настоящим Законом, применяются к нарушениям правил парковки, зафиксированным с 1 января предыдущего года.",
      errors: [{ ...RETROACTIVE, line: 3, column: 4, label: "ст. 5 п. 1" }],
    },
    {
      name: "R31-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Осы Заңда белгіленген айыппұлдар өткен жылғы 1 қаңтардан бастап тіркелген тұрақ қағидаларын бұзушылықтарға қолданылады.",
      errors: [{ ...RETROACTIVE, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "code (ru): administrative liability reaches offences committed before entry into force",
      language: "ru",
      code: "Статья 3\n\n1. Административная ответственность, установленная настоящим Законом, распространяется на правонарушения, совершенные до введения его в действие.",
      errors: [{ ...RETROACTIVE, line: 3, column: 4, message: '"совершенные до введения"' }],
    },
    {
      name: "criminal code (kk): criminal liability for acts committed before entry into force",
      language: "kk",
      code: "5-бап\n\n1. Осы Заңда көзделген қылмыстық жауаптылық осы Заң күшіне енгенге дейін жасалған әрекеттерге қолданылады.",
      errors: [{ ...RETROACTIVE, line: 3, column: 4 }],
    },
    {
      name: "statute (en, echr): retroactive effect of an act that creates an offence elsewhere (act scope, medium)",
      language: "en",
      profile: "echr",
      code: "Article 2\n\n1. Operating an unregistered drone over a city is a criminal offence punishable by imprisonment for up to two years.\n\nArticle 3\n\n1. This Act has retroactive effect from 1 March 2023.",
      errors: [{ ...RETROACTIVE, line: 7, column: 4, label: "Art. 3(1)", message: "ECHR (art. 7)" }],
    },
    {
      name: "through a reference (en): the rules of Article 4 reach violations committed before entry into force",
      language: "en",
      code: "Article 4\n\n1. Parking in a bus lane is punishable by a fine of ten monthly calculation indices.\n\nArticle 9\n\n1. Article 4 applies to parking in bus lanes that occurred before the entry into force of this Law.",
      errors: [{ ...RETROACTIVE, line: 7, column: 4, message: "the sanctions of the provisions it refers to" }],
    },
    {
      name: "an application date earlier than entry into force (ru)",
      language: "ru",
      code: "Статья 4\n\n1. Парковка на полосе для автобусов влечет штраф.\n\nСтатья 9\n\n1. Настоящий Закон вводится в действие с 1 июля 2026 года.\n2. Настоящий Закон применяется с 1 января 2026 года.",
      errors: [{ ...RETROACTIVE, line: 8, column: 4, label: "ст. 9 п. 2", message: '"применяется с 1 января 2026"' }],
    },
    {
      name: "kz-new-duties (ru, kz-2026): a new duty on owners applied to relations since 2025",
      language: "ru",
      code: DUTIES_RU,
      errors: [{ ...DUTIES, line: 4, column: 4, label: "ст. 4 п. 2" }],
    },
    {
      name: "kz-new-duties (kk, kz-1995): a new duty on owners applied to relations since 2025",
      language: "kk",
      profile: "kz-1995",
      code: "4-бап\n\n1. Тұрғын үй иелері су есептегіш құралдарын орнатуға міндетті.\n2. Осы Заң 2025 жылғы 1 қаңтардан бастап туындаған қатынастарға қолданылады.",
      errors: [{ ...DUTIES, line: 4, column: 4, message: "KZ Constitution 1995 (art. 77(3)(5))" }],
    },
    {
      name: "no-vacatio-legis (en): a new criminal offence in force on the day of publication",
      language: "en",
      code: "Article 3\n\n1. Smuggling of cultural property is a criminal offence punishable by imprisonment for up to five years.\n2. This Law enters into force on the day of its first official publication.",
      errors: [{ ...VACATIO, line: 4, column: 4, label: "Art. 3(2)" }],
    },
  ],
});

describe("certainty/retroactive-liability: profiles", () => {
  const tester = new RuleTester({ profile: "kz-2026" });
  it("reports new duties only where the profile bars them (KZ: error; treaties: off)", () => {
    expect(tester.findings(rule, { language: "ru", code: DUTIES_RU, profile: "kz-2026" })[0]?.severity).toBe("error");
    for (const profile of ["iccpr", "echr", "eu-digital"]) {
      expect(tester.findings(rule, { language: "ru", code: DUTIES_RU, profile })).toEqual([]);
    }
  });
  it("reports retroactive sanctions under every profile, citing its article", () => {
    const code =
      "Article 5\n\n1. The fines introduced by this Law apply to parking violations recorded since 1 January of the previous year.";
    const cited: Record<string, string> = {
      "kz-2026": "KZ Constitution 2026 art. 5(5)",
      "kz-1995": "KZ Constitution 1995 art. 77(3)(5)",
      iccpr: "ICCPR art. 15(1)",
      echr: "ECHR art. 7",
      "eu-digital": "EU Charter art. 49",
    };
    for (const [profile, principle] of Object.entries(cited)) {
      const [finding] = tester.findings(rule, { language: "en", code, profile });
      expect(finding?.severity).toBe("error");
      expect(finding?.principle).toEqual([principle]);
    }
  });
  it("is less sure when the sanctions are found only elsewhere in the act", () => {
    const inSentence = tester.findings(rule, {
      language: "ru",
      code: "Статья 3\n\n1. Административная ответственность, установленная настоящим Законом, распространяется на правонарушения, совершенные до введения его в действие.",
    });
    const actWide = tester.findings(rule, {
      language: "en",
      code: "Article 2\n\n1. Operating an unregistered drone is a criminal offence punishable by imprisonment.\n\nArticle 3\n\n1. This Act has retroactive effect.",
    });
    expect(inSentence[0]?.confidence).toBe(0.9);
    expect(actWide[0]?.confidence).toBe(0.7);
  });
  it("reports nothing under a profile that turns the rule off", () => {
    const base = loadProfile("kz-2026");
    const off: ProfileLike = {
      ...base,
      ruleSeverity: { ...base.ruleSeverity, "certainty/retroactive-liability": "off" },
    };
    const code =
      "Article 5\n\n1. The fines introduced by this Law apply to parking violations recorded since 1 January of the previous year.";
    expect(tester.findings(rule, { language: "en", code, profile: off })).toEqual([]);
  });
});

describe("certainty/retroactive-liability: a provision that reaches back speaks for itself, not the whole act", () => {
  it("retroactive tax guidance in an omnibus act does not carry the act's penalties back", () => {
    const tester = new RuleTester({ profile: "iccpr" });
    const code = [
      "Section 1",
      "",
      "(a) A person who fails to file the return shall be liable to a penalty of $500.",
      "",
      "Section 2",
      "",
      "(a) The Secretary shall issue guidance on the treatment of stock bonus plans. Such guidance shall be retroactively effective for taxable years beginning after December 31, 2008.",
    ].join("\n");
    expect(tester.findings(rule, { language: "en", code })).toEqual([]);
  });
});
