/**
 * The registry of built-in rules: every rule of the catalogue (../shared/RULES.md) that has
 * landed, in id order. `rightslint rules` and the Node API list what is here.
 */
import type { RuleModule } from "../src/engine/api.js";
import automatedDecisionWithoutHumanReview from "./digital/automated-decision-without-human-review.js";
import closedOrNarrowGrounds from "./equality/closed-or-narrow-grounds.js";
import falseInformationOffence from "./expression/false-information-offence.js";
import priorRestraint from "./expression/prior-restraint.js";
import vagueOffence from "./expression/vague-offence.js";
import interventionWithoutPermittedGround from "./religion/intervention-without-permitted-ground.js";
import brokenCrossReference from "./structure/broken-cross-reference.js";
import duplicateArticleNumber from "./structure/duplicate-article-number.js";
import numberingGap from "./structure/numbering-gap.js";
import undefinedTerm from "./structure/undefined-term.js";

export const builtinRules: readonly RuleModule[] = [
  automatedDecisionWithoutHumanReview,
  closedOrNarrowGrounds,
  falseInformationOffence,
  priorRestraint,
  vagueOffence,
  interventionWithoutPermittedGround,
  brokenCrossReference,
  duplicateArticleNumber,
  numberingGap,
  undefinedTerm,
];
