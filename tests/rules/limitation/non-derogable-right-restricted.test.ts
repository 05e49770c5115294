/**
 * R7 limitation/non-derogable-right-restricted: the catalogue examples (RULES.md §4 A, R07-*), own
 * cases per sub-code in several drafting styles, and hard negatives (guarantees of absolute
 * rights, voluntary disclosure, manifestation, lethal force limited to the protection of life).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/limitation/non-derogable-right-restricted.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const FORUM = { messageId: "forumInternum", subCode: "forum-internum", severity: "error" } as const;
const TORTURE = { messageId: "torture", subCode: "torture", severity: "error" } as const;
const LIFE = { messageId: "life", subCode: "life", severity: "warning" } as const;
const ABSOLUTE = { messageId: "absolute", subCode: "kz-absolute", severity: "warning" } as const;

const R07_EN_X1 =
  "Article 5\n\n1. Every student shall state his or her religion in the enrolment form and shall inform the school of any change of religion.";
const FIREARMS_EN =
  "Article 15\n\n1. Police officers may use firearms against participants of an unlawful assembly if, in the officer's opinion, public order cannot otherwise be restored.";
const CONSCIENCE_EN = "Article 5\n\n1. Freedom of conscience may be restricted by law to protect public order.";
const RETRO_EN =
  "Article 5\n\n1. This Code applies to acts committed before its entry into force; such acts are punishable by imprisonment.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -----------------------------------------------------------------
    {
      name: "R07-en-v1",
      language: "en",
      code: "Article 5\n\n1. The enrolment form may invite, but shall not require, a student to indicate a preference for optional religion classes.",
    },
    {
      name: "R07-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Никто не обязан сообщать о своем вероисповедании или о его смене.",
    },
    {
      name: "R07-kk-v1 (own): no one may be compelled to show their religious belief",
      language: "kk",
      code: "2-бап\n\n1. Ешкімді өзінің діни нанымын көрсетуге мәжбүрлеуге болмайды.",
    },
    // --- hard negatives ----------------------------------------------------------------------------
    {
      name: "hard negative (en, constitution): no one may be compelled to express their opinions or disclose beliefs",
      language: "en",
      code: "Article 20\n\n1. No one may be compelled to express their opinions and convictions.\n2. No one may be compelled to disclose their religious beliefs or to take part in religious rites.",
    },
    {
      name: "hard negative (en, constitution): a right to indicate or not to indicate one's religion",
      language: "en",
      code: "Article 19\n\n1. Everyone shall have the right to indicate or not to indicate his religion.",
    },
    {
      name: "hard negative (ru, by-law): voluntary disclosure in a form",
      language: "ru",
      code: "Статья 9\n\n1. Гражданин указывает свое вероисповедание в анкете только по желанию.",
    },
    {
      name: "hard negative (en, police law): a firearm only as a last resort to protect life",
      language: "en",
      profile: "echr",
      code: "Article 16\n\n1. A police officer may use a firearm only as a last resort, where strictly unavoidable to protect life against an imminent threat, and every use of a firearm is investigated by the independent prosecutor.",
    },
    {
      name: "hard negative (ru, police law): firearms to repel an attack threatening life",
      language: "ru",
      code: "Статья 23\n\n1. Сотрудник полиции вправе применять огнестрельное оружие для защиты граждан от нападения, создающего непосредственную угрозу их жизни.",
    },
    {
      name: "hard negative (en, constitution): torture prohibited in all circumstances",
      language: "en",
      profile: "iccpr",
      code: "Article 2\n\n1. Torture and cruel, inhuman or degrading treatment are prohibited in all circumstances, including during a state of emergency.",
    },
    {
      name: "hard negative (en, code): torture criminalised, evidence from torture excluded, extradition barred",
      language: "en",
      code: "Article 5\n\n1. Torture is punishable by imprisonment for up to ten years.\n2. Evidence obtained by torture may not be used in proceedings.\n3. A person may be extradited unless there is a risk of torture in the requesting State.",
    },
    {
      name: "hard negative (kk): a person is not obliged to show his religion («міндетті емес»)",
      language: "kk",
      code: "5-бап\n\n1. Адам өзінің дінін көрсетуге міндетті емес.",
    },
    {
      name: "hard negative (kk): torture is prohibited",
      language: "kk",
      code: "3-бап\n\n1. Азаптауға және қатыгез қарым-қатынасқа тыйым салынады.",
    },
    {
      name: "manifestation (ru): the exercise of freedom of religion restricted on a ground (rules 1–3)",
      language: "ru",
      code: "Статья 3\n\n1. Осуществление права на свободу вероисповедания может быть ограничено только законом и только в той мере, в какой это необходимо в целях защиты общественного порядка.",
    },
    {
      name: "discrimination ground (ru): no restriction of rights because of convictions",
      language: "ru",
      code: "Статья 4\n\n1. Никто не может быть ограничен в правах по мотивам убеждений.",
    },
    {
      name: "state and religion (en): not a forum-internum duty",
      language: "en",
      code: "Article 7\n\n1. The State and religion shall be separate.",
    },
    {
      name: "retroactive-criminal is off while rule 31 is on (RULES.md §2.8)",
      language: "en",
      code: RETRO_EN,
    },
    {
      name: "kz-absolute: echr does not list conscience as absolute",
      language: "en",
      profile: "echr",
      code: CONSCIENCE_EN,
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -----------------------------------------------------------------
    {
      name: "R07-en-x1",
      language: "en",
      code: R07_EN_X1,
      errors: [
        {
          ...FORUM,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          suggestions: 1,
          message:
            '("state his or her religion", "shall"): the forum internum is absolute under KZ Constitution 2026 (art. 25)',
        },
      ],
    },
    {
      name: "R07-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Лицо, сменившее вероисповедание, обязано в течение месяца уведомить об этом уполномоченный орган.",
      errors: [{ ...FORUM, line: 3, column: 4, label: "ст. 5 п. 1", suggestions: 1 }],
    },
    {
      name: "R07-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Дінін өзгерткен адам бұл туралы бір ай ішінде уәкілетті органды хабардар етуге міндетті.",
      errors: [{ ...FORUM, line: 3, column: 4, label: "5-бап 1-тармақ", suggestions: 1 }],
    },
    // --- own cases --------------------------------------------------------------------------------
    {
      name: "civil-service regulation (en, iccpr): applicants must declare their religious affiliation",
      language: "en",
      profile: "iccpr",
      code: "Article 8\n\n1. Applicants for a public-sector post shall declare their religious affiliation in the application form.",
      errors: [{ ...FORUM, line: 3, column: 4, label: "Art. 8(1)", message: "ICCPR (art. 18)" }],
    },
    {
      name: "military statute (ru, kz-1995): a soldier must report his religion to the commander",
      language: "ru",
      profile: "kz-1995",
      code: "Статья 12\n\n1. Военнослужащий обязан сообщить командиру о своем вероисповедании при поступлении на службу.",
      errors: [
        { ...FORUM, line: 3, column: 4, label: "ст. 12 п. 1", message: "KZ Constitution 1995 (art. 19, art. 22)" },
      ],
    },
    {
      name: "penitentiary code (kk): a convict must renounce his religious belief",
      language: "kk",
      code: "6-бап\n\n1. Сотталған адам өзінің діни сенімінен бас тарту туралы өтініш жазуға міндетті.",
      errors: [{ ...FORUM, line: 3, column: 4, label: "6-бап 1-тармақ" }],
    },
    {
      name: "by-law (kk): «емес» of «коммерциялық емес ұйым» does not negate the duty",
      language: "kk",
      code: "5-бап\n\n1. Коммерциялық емес ұйымның мүшесі өзінің дінін көрсетуге міндетті.",
      errors: [{ ...FORUM, line: 3, column: 4, label: "5-бап 1-тармақ", suggestions: 1 }],
    },
    {
      name: "police law (en, echr): firearms on the officer's opinion, for public order",
      language: "en",
      profile: "echr",
      code: FIREARMS_EN,
      errors: [
        {
          ...LIFE,
          line: 3,
          column: 4,
          label: "Art. 15(1)",
          message: "on an official's opinion (\"in the officer's opinion\"): under ECHR (art. 2)",
        },
      ],
    },
    {
      name: "police law (kk): firearms to keep public order alone",
      language: "kk",
      code: "15-бап\n\n1. Полиция қызметкері қоғамдық тәртіпті қамтамасыз ету үшін атыс қаруын қолдануға құқылы.",
      errors: [{ ...LIFE, line: 3, column: 4, label: "15-бап 1-тармақ", message: "for public order alone" }],
    },
    {
      name: "interrogation rules (ru, iccpr): measures causing physical pain are allowed",
      language: "ru",
      profile: "iccpr",
      code: "Статья 20\n\n1. В исключительных случаях, когда лицо располагает сведениями о готовящемся теракте, допускается применение к нему мер воздействия, причиняющих физическую боль и унижающих его достоинство.",
      errors: [{ ...TORTURE, line: 3, column: 4, label: "ст. 20 п. 1", message: "ICCPR (art. 7)" }],
    },
    {
      name: "emergency decree (en): the prohibition of torture may be suspended",
      language: "en",
      code: "Article 5\n\n1. During a state of emergency, the prohibition of torture may be suspended by decree of the President.",
      errors: [
        {
          messageId: "tortureProtection",
          subCode: "torture",
          severity: "error",
          line: 3,
          column: 4,
          label: "Art. 5(1)",
        },
      ],
    },
    {
      name: "constitution amendment (en): freedom of conscience restricted (kz-absolute)",
      language: "en",
      code: CONSCIENCE_EN,
      errors: [{ ...ABSOLUTE, line: 3, column: 4, label: "Art. 5(1)", message: '("conscience", "restricted")' }],
    },
    {
      name: "retroactive-criminal when the option is on (rule 31 disabled by configuration)",
      language: "en",
      options: { retroactiveCriminal: true },
      code: RETRO_EN,
      errors: [{ messageId: "retroactive", subCode: "retroactive-criminal", severity: "error", line: 3, column: 4 }],
    },
  ],
});

describe("limitation/non-derogable-right-restricted profiles, confidence and suggestions", () => {
  const tester = new RuleTester({ profile: "kz-2026" });

  it("gives forum-internum high confidence and other sub-codes medium", () => {
    expect(tester.findings(rule, { language: "en", code: R07_EN_X1 })[0]?.confidence).toBe(0.9);
    expect(tester.findings(rule, { language: "en", code: FIREARMS_EN })[0]?.confidence).toBe(0.7);
  });

  it("reports forum-internum as an error and life as a warning in every profile", () => {
    for (const profile of ["kz-2026", "kz-1995", "iccpr", "echr", "eu-digital"]) {
      expect(tester.findings(rule, { language: "en", code: R07_EN_X1, profile })[0]?.severity).toBe("error");
      expect(tester.findings(rule, { language: "en", code: FIREARMS_EN, profile })[0]?.severity).toBe("warning");
    }
  });

  it("is silent where a profile turns it off, and a sub-code can be turned off alone", () => {
    const off = { id: "off", citation: "Off", ruleSeverity: { [rule.meta.id]: "off" as const } };
    const noLife = { id: "no-life", citation: "No life", ruleSeverity: { [`${rule.meta.id}:life`]: "off" as const } };
    expect(tester.findings(rule, { language: "en", code: R07_EN_X1, profile: off })).toEqual([]);
    expect(tester.findings(rule, { language: "en", code: FIREARMS_EN, profile: noLife })).toEqual([]);
    expect(tester.findings(rule, { language: "en", code: R07_EN_X1, profile: noLife })).toHaveLength(1);
  });

  it("turns retroactive-criminal on where the profile has rule 31 off", () => {
    const no31 = {
      id: "no-31",
      citation: "No 31",
      ruleSeverity: { "certainty/retroactive-liability": "off" as const },
    };
    expect(tester.findings(rule, { language: "en", code: RETRO_EN, profile: no31 })[0]?.subCode).toBe(
      "retroactive-criminal",
    );
  });

  it("suggests making the disclosure voluntary", () => {
    const [finding] = tester.findings(rule, { language: "en", code: R07_EN_X1 });
    const edit = finding?.suggestions[0]?.edits[0];
    expect(edit?.text).toBe("may");
    const code = R07_EN_X1;
    const fixed = edit ? code.slice(0, edit.range.start.offset) + edit.text + code.slice(edit.range.end.offset) : code;
    expect(fixed).toContain("Every student may state his or her religion");
  });
});
