/**
 * §2.3 negation reaching a saving clause (`Nothing in this section shall prohibit, restrict or …`):
 * R8 religion/intervention-without-permitted-ground does not read the verbs of such a clause as a
 * restriction, and still fires on the same verbs when the clause restricts.
 */
import { describe, it } from "vitest";
import rule from "../../../rules/religion/intervention-without-permitted-ground.js";
import { RuleTester } from "../../../src/engine/api.js";

RuleTester.describe = describe;
RuleTester.it = it;

const NO_GROUND = { messageId: "noGround", subCode: "no-ground", severity: "error" } as const;

new RuleTester({ profile: "kz-2026" }).run(rule, {
  valid: [
    {
      name: "saving clause (en): Nothing in this section shall be construed to restrict or suspend …",
      language: "en",
      code: "Article 1\n\n1. Nothing in this section shall be construed to restrict or suspend the activities of religious associations.",
    },
    {
      name: "saving clause (en): Nothing in this Act shall prohibit, restrict or limit …",
      language: "en",
      code: "Article 1\n\n1. Nothing in this Act shall prohibit, restrict or limit the activities of religious associations.",
    },
    {
      name: "saving clause (ru): Ничто в настоящей статье не ограничивает …",
      language: "ru",
      code: "Статья 1\n\n1. Ничто в настоящей статье не ограничивает деятельность религиозных объединений.",
    },
  ],
  invalid: [
    {
      name: "the same verbs restricting (en)",
      language: "en",
      code: "Article 1\n\n1. The authorised body may restrict or suspend the activities of religious associations.",
      errors: [{ ...NO_GROUND, line: 3, column: 4, label: "Art. 1(1)" }],
    },
    {
      name: "`nothing` that heads another clause does not govern the verb (en)",
      language: "en",
      code: "Article 1\n\n1. Nothing is decided yet, and the authorised body may restrict or suspend the activities of religious associations.",
      errors: [{ ...NO_GROUND, line: 3, column: 4, label: "Art. 1(1)" }],
    },
  ],
});
