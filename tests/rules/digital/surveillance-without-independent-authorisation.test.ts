/**
 * R15 digital/surveillance-without-independent-authorisation: the catalogue examples (RULES.md §4 C,
 * R15-*), own cases in several drafting styles, and hard negatives that use the trigger words
 * lawfully (a warrant with a time limit and an offence threshold, own-data access, statistics).
 */
import { describe, expect, it } from "vitest";
import rule from "../../../rules/digital/surveillance-without-independent-authorisation.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const ID = "digital/surveillance-without-independent-authorisation";
// kz-2026: the whole rule is a warning (KZ asks for a basis in law, not for a court)
const NO_AUTH_KZ = { messageId: "noAuthorisation", subCode: "no-authorisation", severity: "warning" } as const;
const NON_INDEPENDENT_KZ = {
  messageId: "nonIndependent",
  subCode: "non-independent-authorisation",
  severity: "warning",
} as const;
// treaty profiles: the authorisation sub-codes are errors, duration and threshold warnings
const NO_AUTH = { ...NO_AUTH_KZ, severity: "error" } as const;
const NON_INDEPENDENT = { ...NON_INDEPENDENT_KZ, severity: "error" } as const;
const NO_DURATION = { messageId: "noDuration", subCode: "no-duration", severity: "warning" } as const;
const NO_THRESHOLD = { messageId: "noOffenceThreshold", subCode: "no-offence-threshold", severity: "warning" } as const;

const R15_EN_X1 =
  "Article 5\n\n1. Platforms shall give the internal affairs bodies access to users' private messages upon a written request of the head of the investigating unit.";

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    // --- catalogue ✓ examples -------------------------------------------------------------
    {
      name: "R15-en-v1",
      language: "en",
      code: "Article 5\n\n1. A platform discloses a named user's private messages only on an order of an investigating judge that states the offence under investigation, punishable by at least five years' imprisonment, and a period of no more than 60 days.",
    },
    {
      name: "R15-ru-v1",
      language: "ru",
      code: "Статья 5\n\n1. Платформа раскрывает личные сообщения конкретного пользователя только на основании постановления следственного судьи, в котором указаны расследуемое тяжкое преступление и срок, не превышающий 60 дней.",
    },
    {
      name: "R15-kk-v1 (own: investigating judge's sanction, grave crimes, at most three months)",
      language: "kk",
      code: "5-бап\n\n1. Ішкі істер органдары пайдаланушылардың жеке хабарламаларына тек тергеу судьясының санкциясымен, ауыр қылмыстар бойынша, үш айдан аспайтын мерзімге қол жеткізеді.",
    },
    // --- hard negatives: the trigger words, used lawfully --------------------------------
    {
      name: "hard negative (en, statute): warrant-based interception with a time limit and an offence threshold",
      language: "en",
      code: "Article 9\n\n1. The police may intercept a suspect's telephone calls only under a warrant issued by a judge, for a period not exceeding three months, and only in investigations of serious crimes.",
    },
    {
      name: "hard negative (ru, code): wiretap by an investigating judge's order for grave crimes, up to six months",
      language: "ru",
      code: "Статья 232. Прослушивание переговоров\n\n1. Прослушивание телефонных переговоров проводится по постановлению следственного судьи по делам о тяжких и особо тяжких преступлениях на срок до шести месяцев.",
    },
    {
      name: "hard negative (en): the safeguards are in the article the provision refers to",
      language: "en",
      code: "Article 5\n\n1. The police may intercept a suspect's telephone calls on the grounds set out in Article 6.\n\nArticle 6\n\n1. Interception requires a warrant issued by a judge, for no more than three months, in investigations of serious crimes.",
    },
    {
      name: "hard negative (kk): the police give each person access to the data held about himself",
      language: "kk",
      code: "9-бап\n\n1. Полиция әрбір адамға өзі туралы дербес деректерге қол жеткізуді қамтамасыз етеді.",
    },
    {
      name: "hard negative (en, false positive of the catalogue): tax audit of accounting records",
      language: "en",
      code: "Article 9\n\n1. In a tax audit, inspectors of the state revenue body may inspect the taxpayer's invoices and accounting records.",
    },
    {
      name: "hard negative (ru, by-law): aggregated traffic statistics sent to the regulator",
      language: "ru",
      code: "Статья 9\n\n1. Ежемесячно оператор направляет в уполномоченный орган агрегированные статистические данные о трафике без сведений о конкретных абонентах.",
    },
    {
      name: "hard negative (en): intercepted calls examined in open court",
      language: "en",
      code: "Article 9\n\n1. Recordings of intercepted telephone calls may be examined by the parties in open court.",
    },
    {
      name: "hard negative (en): an independent data protection authority inspecting a controller",
      language: "en",
      code: "Article 9\n\n1. The data protection authority may obtain access to all personal data processed by the controller.",
    },
    {
      name: "hard negative (ru): a ministry reading benefit data from state registers is not surveillance",
      language: "ru",
      code: "Статья 10\n\n1. Министерство вправе получать из государственных баз данных персональные данные граждан для назначения пособий.",
    },
    {
      name: "hard negative (en): oversight of compliance with data rules",
      language: "en",
      code: "Article 10\n\n1. The Ministry of Health monitors compliance with the rules on the processing of personal data by hospitals.",
    },
    // --- guarantees, definitions ---------------------------------------------------------
    {
      name: "guarantee (en): access without a court order is prohibited",
      language: "en",
      code: "Article 9\n\n1. Access by state bodies to the content of private communications without a court order is prohibited.",
    },
    {
      name: "guarantee (kk): state bodies do not access private messages without a court decision",
      language: "kk",
      code: "9-бап\n\n1. Мемлекеттік органдар пайдаланушылардың жеке хабарламаларына сот шешімінсіз қол жеткізбейді.",
    },
    {
      name: "guarantee (en): protection against unauthorised access",
      language: "en",
      code: "Article 9\n\n1. Operators shall protect subscribers' traffic data against unauthorised access.",
    },
    {
      name: "a record of past interceptions is not a power (en, statute)",
      language: "en",
      code: "Section 7\n\n7.2. The record must state the date of expiry and the number of persons whose communications were intercepted.",
    },
    {
      name: "definitions zone is not read",
      language: "en",
      code: 'Article 1. Definitions\n\n1. "interception" means access by the police to the content of communications in the course of transmission.',
    },
    {
      name: "hard negative (kk, criminal procedure): telephone tapping by an investigating judge, for grave crimes, six months",
      language: "kk",
      code: "21-бап\n\n1. Телефон арқылы сөйлесулерді тыңдау ауыр және аса ауыр қылмыстарды тергеу үшін тергеу судьясының санкциясымен ғана алты айдан аспайтын мерзімге жүргізіледі.",
    },
  ],

  invalid: [
    // telephone conversations, as Kazakh writes them («телефон арқылы сөйлесулер», «телефондық сөйлесулер»)
    {
      name: "kk, security law: telephone conversations tapped without a court decision",
      language: "kk",
      code: "21-бап\n\n1. Ұлттық қауіпсіздік органдары телефон арқылы сөйлесулерді сот шешімінсіз тыңдай алады.",
      errors: [
        {
          ...NO_AUTH_KZ,
          line: 3,
          column: 4,
          label: "21-бап 1-тармақ",
          message: '"телефон арқылы сөйлесулерді" ("тыңдай")',
        },
      ],
    },
    {
      name: "kk, security law: a judge's sanction, but for any purpose and any time",
      language: "kk",
      code: "21-бап\n\n1. Телефондық сөйлесулерді тыңдау тергеу судьясының санкциясымен жүргізіледі.",
      errors: [{ ...NO_DURATION, line: 3, column: 4, label: "21-бап 1-тармақ" }],
    },
    // --- catalogue ✗ examples -------------------------------------------------------------
    {
      name: "R15-en-x1",
      language: "en",
      code: R15_EN_X1,
      errors: [
        {
          ...NON_INDEPENDENT_KZ,
          line: 3,
          column: 4,
          label: "Art. 5(1)",
          suggestions: 1,
          message: 'State access to "private messages" ("access") authorised only by "written request of the head of"',
        },
      ],
    },
    {
      name: "R15-ru-x1",
      language: "ru",
      code: "Статья 5\n\n1. Платформы обязаны предоставлять органам внутренних дел доступ к личным сообщениям пользователей по письменному запросу руководителя следственного подразделения.",
      errors: [{ ...NON_INDEPENDENT_KZ, line: 3, column: 4, label: "ст. 5 п. 1", message: "KZ Constitution 2026" }],
    },
    {
      name: "R15-kk-x1",
      language: "kk",
      code: "5-бап\n\n1. Платформалар тергеу бөлімшесі басшысының жазбаша сұрауы бойынша ішкі істер органдарына пайдаланушылардың жеке хабарламаларына қол жеткізуді қамтамасыз етуге міндетті.",
      errors: [{ ...NON_INDEPENDENT_KZ, line: 3, column: 4, label: "5-бап 1-тармақ" }],
    },
    // --- own cases ------------------------------------------------------------------------
    {
      name: "statute (en, iccpr): interception approved by the head of the agency (error)",
      language: "en",
      profile: "iccpr",
      code: "Article 12\n\n1. The national security bodies may intercept telephone conversations and electronic correspondence of any person with the approval of the head of the agency.",
      errors: [
        {
          ...NON_INDEPENDENT,
          line: 3,
          column: 4,
          label: "Art. 12(1)",
          message: "under ICCPR (art. 17) (with no maximum duration and no serious-offence threshold either)",
        },
      ],
    },
    {
      name: "code (ru, echr): covert wiretap with a prosecutor's sanction (error)",
      language: "ru",
      profile: "echr",
      code: "Статья 231. Негласный контроль\n\n1. Следователь вправе осуществлять негласное прослушивание телефонных переговоров подозреваемого с санкции прокурора.",
      errors: [{ ...NON_INDEPENDENT, line: 3, column: 4, label: "ст. 231 п. 1", message: '"с санкции прокурора"' }],
    },
    {
      name: "by-law (kk): operators hand location data to the police on their request",
      language: "kk",
      code: "4-бап\n\n1. Операторлар ішкі істер органдарына абоненттердің орналасқан жері туралы деректерді олардың сұрауы бойынша береді.",
      errors: [{ ...NO_AUTH_KZ, line: 3, column: 4, label: "4-бап 1-тармақ", suggestions: 1 }],
    },
    {
      name: "amendment (en): the quoted new wording obliges operators to transmit location data on request",
      language: "en",
      code: 'Article 2\n\nArticle 15 of the Law on Communications is replaced by the following:\n"15. Operators shall transmit to the police, on request, the location data of any subscriber."',
      errors: [{ ...NO_AUTH_KZ, line: 3, column: 1, message: '("transmit to")' }],
    },
    {
      name: "constitution style (en, iccpr): security services may monitor communications",
      language: "en",
      profile: "iccpr",
      code: "Article 18\n\n2. The secrecy of correspondence may be limited by law; the security services may monitor communications where national security so requires.",
      errors: [{ ...NO_AUTH, line: 3, column: 57, label: "Art. 18(2)" }],
    },
    {
      name: "plain English: the police can access anyone's chats",
      language: "en",
      code: "Article 3\n\n1. The police can access anyone's chats at any time.",
      errors: [{ ...NO_AUTH_KZ, line: 3, column: 4, label: "Art. 3(1)" }],
    },
    {
      name: "statute (ru): passive wiretap without a court decision (implicit actor: low confidence)",
      language: "ru",
      code: "Статья 9\n\n1. Телефонные переговоры абонентов могут прослушиваться без решения суда.",
      errors: [{ ...NO_AUTH_KZ, line: 3, column: 4, label: "ст. 9 п. 1", message: '("прослушиваться")' }],
    },
    {
      name: "statute (ru): operators supply subscriber information to operational-search bodies, no court",
      language: "ru",
      code: "Статья 15\n\n1. Операторы связи обязаны предоставлять органам, осуществляющим оперативно-розыскную деятельность, информацию об абонентах и оказанных им услугах связи.",
      errors: [{ ...NO_AUTH_KZ, line: 3, column: 4, label: "ст. 15 п. 1", message: '"информацию об абонентах"' }],
    },
    {
      name: "court order but no maximum duration (en, iccpr: warning)",
      language: "en",
      profile: "iccpr",
      code: "Article 6\n\n1. On a court order, investigators may intercept the e-mails of a person suspected of a serious crime.",
      errors: [{ ...NO_DURATION, line: 3, column: 4, label: "Art. 6(1)", suggestions: 0 }],
    },
    {
      name: "court order and a month's limit, but no offence threshold (kk)",
      language: "kk",
      code: "8-бап\n\n1. Сот шешімі бойынша ұлттық қауіпсіздік органдары электрондық хабарламаларды бір ай ішінде тыңдауға құқылы.",
      errors: [{ ...NO_THRESHOLD, line: 3, column: 4, label: "8-бап 1-тармақ" }],
    },
    {
      name: "plain (ru): the police get users' metadata from providers, no authorisation at all",
      language: "ru",
      code: "Статья 10\n\n1. Полиция получает от провайдеров метаданные пользователей.",
      errors: [{ ...NO_AUTH_KZ, line: 3, column: 4, label: "ст. 10 п. 1", suggestions: 1 }],
    },
  ],
});

describe("digital/surveillance-without-independent-authorisation: profiles, suggestions, confidence", () => {
  const tester = new RuleTester({ profile: "kz-2026" });

  it("is a warning under kz-2026 and an error under echr and eu-digital", () => {
    const severities = ["kz-2026", "kz-1995", "echr", "eu-digital"].map(
      (profile) => tester.findings(rule, { language: "en", code: R15_EN_X1, profile })[0]?.severity,
    );
    expect(severities).toEqual(["warning", "warning", "error", "error"]);
  });

  it("cites the profile's article for the object", () => {
    const [eu] = tester.findings(rule, { language: "en", code: R15_EN_X1, profile: "eu-digital" });
    expect(eu?.message).toContain("EU (Charter art. 7, ePrivacy Directive 2002/58 art. 15(1))");
    expect(eu?.principle).toEqual(["EU Charter arts 7, 8, 52(1)", "EU ePrivacy Directive 2002/58 art. 15(1)"]);
  });

  it("reports nothing under a profile that has the rule off", () => {
    const off = { id: "custom", citation: "Custom profile", ruleSeverity: { [ID]: "off" as const } };
    expect(tester.findings(rule, { language: "en", code: R15_EN_X1, profile: off })).toEqual([]);
  });

  it("inserts the court clause before the access verb", () => {
    const apply = (language: "en" | "ru" | "kk", code: string): string => {
      const change = tester.findings(rule, { language, code })[0]?.suggestions[0]?.edits[0];
      if (!change) return code;
      return code.slice(0, change.range.start.offset) + change.text + code.slice(change.range.end.offset);
    };
    expect(apply("en", R15_EN_X1)).toContain("give the internal affairs bodies, by decision of a court, access to");
    expect(apply("ru", "Статья 10\n\n1. Полиция получает от провайдеров метаданные пользователей.")).toContain(
      "Полиция по решению суда получает",
    );
  });

  it("lowers confidence for an implicit actor and for a court found only through a reference", () => {
    const passive = tester.findings(rule, {
      language: "ru",
      code: "Статья 9\n\n1. Телефонные переговоры абонентов могут прослушиваться без решения суда.",
    });
    expect(passive[0]?.confidence).toBe(0.5);
    const viaRef = tester.findings(rule, {
      language: "en",
      code: "Article 5\n\n1. The police may intercept a suspect's telephone calls on the grounds set out in Article 6.\n\nArticle 6\n\n1. Interception requires a warrant issued by a judge.",
    });
    expect(viaRef.map((f) => [f.subCode, f.confidence])).toEqual([["no-duration", 0.5]]);
  });
});
