/**
 * R17 digital/remote-biometric-identification: the catalogue examples (RULES.md §4 C, R17-*), own
 * cases in several drafting styles, and hard negatives (1:1 verification with consent at a border,
 * identity-document issuance, workplace access with consent, a court-authorised targeted search).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/digital/remote-biometric-identification.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const ID = "digital/remote-biometric-identification";
// kz-2026: every sub-code is a warning; treaty profiles: the place sub-codes are errors
const PUBLIC_KZ = { messageId: "publicSpace", subCode: "public-space", severity: "warning" } as const;
const PUBLIC = { ...PUBLIC_KZ, severity: "error" } as const;
const ASSEMBLY_KZ = {
  messageId: "assemblyParticipants",
  subCode: "assembly-participants",
  severity: "warning",
} as const;
const ASSEMBLY = { ...ASSEMBLY_KZ, severity: "error" } as const;
const MINOR = { messageId: "minorOffences", subCode: "minor-offences", severity: "error" } as const;
const NO_AUTH = { messageId: "noAuthorisation", subCode: "no-authorisation", severity: "warning" } as const;

const R17_EN_X1 =
  "Article 5\n\n1. Cameras with live face matching shall operate continuously in all squares and metro stations, and matches shall be sent automatically to the police.";

new RuleTester({ profile: "iccpr" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R17-en-v1",
      language: "en",
      code: "Article 5\n\n1. Live face matching may be switched on only by order of an investigating judge, for one operation of up to 48 hours, to locate a specific abducted person or a person wanted for a crime punishable by at least eight years' imprisonment.",
    },
    {
      name: "R17-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Распознавание лиц в режиме реального времени включается только по постановлению следственного судьи на срок до 48 часов для розыска конкретного похищенного лица или лица, разыскиваемого за особо тяжкое преступление.",
    },
    {
      name: "R17-kk-v1 (own: in public places only on a court decision, for a missing person, up to 48 hours)",
      language: "kk",
      code: "5-бап\n\n1. Қоғамдық орындарда бет-әлпетті тану тек сот шешімі бойынша, хабар-ошарсыз кеткен адамды іздестіру үшін, 48 сағатқа дейінгі мерзімге қолданылады.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (en, by-law): 1:1 check at a border gate against the traveller's passport",
      language: "en",
      code: "Article 5\n\n1. At automated border gates, facial recognition compares the traveller's face with the photo in his passport to verify his identity.",
    },
    {
      name: "hard negative (ru): biometric identification when an identity card is issued",
      language: "ru",
      code: "Статья 5\n\n1. При выдаче удостоверения личности проводится биометрическая идентификация заявителя.",
    },
    {
      name: "hard negative (kk): an employer's entry control with the employee's written consent",
      language: "kk",
      code: "5-бап\n\n1. Жұмыс беруші қызметкердің жазбаша келісімімен ғимаратқа кіру үшін бетті тану жүйесін пайдалана алады.",
    },
    {
      name: "hard negative (en, statute): public places, court decision, missing child or terrorist suspect, 48 hours",
      language: "en",
      code: "Article 9\n\n1. Facial recognition may be used in public places only by decision of a court, for no more than 48 hours, to find a missing child or a person wanted for a terrorist offence.",
    },
    {
      name: "hard negative (ru, code): post-event search at stations on a court decision for a grave crime",
      language: "ru",
      code: "Статья 9\n\n1. Поиск лица, разыскиваемого за тяжкое преступление, с применением распознавания лиц на вокзалах проводится по решению суда.",
    },
    // --- guarantees -----------------------------------------------------------------------
    {
      name: "guarantee (ru): facial recognition in public places is prohibited",
      language: "ru",
      code: "Статья 9\n\n1. Применение систем распознавания лиц в общественных местах запрещается.",
    },
    {
      name: "guarantee (en): not used to identify participants in assemblies",
      language: "en",
      code: "Article 9\n\n1. Facial recognition shall not be used to identify participants in peaceful assemblies.",
    },
    {
      name: "guarantee (kk): not used in public places",
      language: "kk",
      code: "9-бап\n\n1. Қоғамдық орындарда бет-әлпетті тану жүйелері қолданылмайды.",
    },
  ],

  invalid: [
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R17-en-x1",
      language: "en",
      code: R17_EN_X1,
      errors: [
        {
          ...PUBLIC,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          suggestions: 0,
          message: 'Remote biometric identification ("live face matching") in "squares" without prior authorisation',
        },
      ],
    },
    {
      name: "R17-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Камеры с функцией распознавания лиц в режиме реального времени работают круглосуточно на всех площадях и станциях метро; совпадения автоматически направляются в полицию.",
      errors: [{ ...PUBLIC, line: 3, column: 4, label: "ст. 5 п. 1", message: '"площадях"' }],
    },
    {
      name: "R17-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Нақты уақыт режимінде бет-әлпетті тану функциясы бар камералар барлық алаңдар мен метро бекеттерінде тәулік бойы жұмыс істейді; сәйкестіктер полицияға автоматты түрде жіберіледі.",
      errors: [{ ...PUBLIC, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en, kz-2026: warning): a ministry's facial recognition over streets and transport",
      language: "en",
      profile: "kz-2026",
      code: "Article 14\n\n1. The Ministry of Internal Affairs shall operate a facial recognition system covering streets, parks and public transport in the capital.",
      errors: [{ ...PUBLIC_KZ, line: 3, column: 4, label: "Art. 14(1)", message: "under KZ Constitution 2026" }],
    },
    {
      name: "by-law (ru): police identify picket participants by face",
      language: "ru",
      code: "Статья 6\n\n1. Полиция вправе применять систему распознавания лиц для идентификации участников пикетов.",
      errors: [{ ...ASSEMBLY, line: 3, column: 4, label: "ст. 6 п. 1", message: '("пикетов")' }],
    },
    {
      name: "code (kk): face recognition to catch traffic offenders (minor offences)",
      language: "kk",
      code: "6-бап\n\n1. Жол жүрісі қағидаларын бұзушыларды анықтау үшін полиция бетті тану жүйесін қолданады.",
      errors: [{ ...MINOR, line: 3, column: 4, label: "6-бап 1-тармақ" }],
    },
    {
      name: "amendment (en, kz-2026): new paragraph lets the police identify demonstrators",
      language: "en",
      profile: "kz-2026",
      code: 'Article 3\n\nArticle 7 of the Law on Public Events is supplemented by paragraph 4 as follows:\n"4. The police may use live facial recognition to identify participants in demonstrations."',
      errors: [{ ...ASSEMBLY_KZ, line: 3, column: 1, message: '("demonstrations")' }],
    },
    {
      name: "statute (ru): state bodies identify visitors of their buildings with no authorisation",
      language: "ru",
      code: "Статья 6\n\n1. Государственные органы вправе проводить биометрическую идентификацию посетителей административных зданий.",
      errors: [{ ...NO_AUTH, line: 3, column: 4, label: "ст. 6 п. 1", suggestions: 1 }],
    },
    {
      name: "court order but no serious purpose, in stations (en)",
      language: "en",
      code: "Article 14\n\n1. On a court order, the police may use facial recognition in railway stations for up to 24 hours.",
      errors: [
        {
          ...PUBLIC,
          line: 3,
          column: 4,
          label: "Art. 14(1)",
          message: 'in "railway stations" without an exhaustive serious purpose under ICCPR',
        },
      ],
    },
    {
      name: "kk: internal affairs bodies identify rally participants from recordings",
      language: "kk",
      code: "9-бап\n\n1. Ішкі істер органдары митингке қатысушыларды бейнежазбалар бойынша бет-әлпетті тану арқылы анықтайды.",
      errors: [{ ...ASSEMBLY, line: 3, column: 4, label: "9-бап 1-тармақ" }],
    },
    {
      name: "plain English with no actor named: cameras watch every square (implicit: low confidence)",
      language: "en",
      code: "Article 2\n\n1. Face recognition cameras watch every square in the city.",
      errors: [{ ...PUBLIC, line: 3, column: 4, label: "Art. 2(1)" }],
    },
  ],
});

describe("digital/remote-biometric-identification: profiles, suggestions, confidence", () => {
  const tester = new RuleTester({ profile: "iccpr" });

  it("public-space is a warning under the KZ profiles and an error under the treaty profiles", () => {
    const severities = ["kz-2026", "kz-1995", "iccpr", "echr", "eu-digital"].map(
      (profile) => tester.findings(rule, { language: "en", code: R17_EN_X1, profile })[0]?.severity,
    );
    expect(severities).toEqual(["warning", "warning", "error", "error", "error"]);
  });

  it("no-authorisation stays a warning everywhere", () => {
    const code =
      "Статья 6\n\n1. Государственные органы вправе проводить биометрическую идентификацию посетителей административных зданий.";
    const severities = ["kz-2026", "echr", "eu-digital"].map(
      (profile) => tester.findings(rule, { language: "ru", code, profile })[0]?.severity,
    );
    expect(severities).toEqual(["warning", "warning", "warning"]);
  });

  it("cites the AI Act under eu-digital and the assembly article for assembly participants", () => {
    const [eu] = tester.findings(rule, { language: "en", code: R17_EN_X1, profile: "eu-digital" });
    expect(eu?.principle).toContain("EU AI Act art. 5(1)(h), 5(2)–(3)");
    const [assembly] = tester.findings(rule, {
      language: "ru",
      profile: "echr",
      code: "Статья 6\n\n1. Полиция вправе применять систему распознавания лиц для идентификации участников пикетов.",
    });
    expect(assembly?.message).toContain("ECHR (art. 11(2))");
  });

  it("reports nothing under a profile that has the rule off", () => {
    const off = { id: "custom", citation: "Custom profile", ruleSeverity: { [ID]: "off" as const } };
    expect(tester.findings(rule, { language: "en", code: R17_EN_X1, profile: off })).toEqual([]);
  });

  it("offers the court clause for no-authorisation", () => {
    const code =
      "Статья 6\n\n1. Государственные органы вправе проводить биометрическую идентификацию посетителей административных зданий.";
    const change = tester.findings(rule, { language: "ru", code })[0]?.suggestions[0]?.edits[0];
    expect(
      change && code.slice(0, change.range.start.offset) + change.text + code.slice(change.range.end.offset),
    ).toContain("вправе проводить по решению суда биометрическую идентификацию");
  });

  it("steps confidence down when no state body is named", () => {
    const [implicit] = tester.findings(rule, {
      language: "en",
      code: "Article 2\n\n1. Face recognition cameras watch every square in the city.",
    });
    const [named] = tester.findings(rule, { language: "en", code: R17_EN_X1 });
    expect([implicit?.confidence, named?.confidence]).toEqual([0.5, 0.7]);
  });
});
