/**
 * The registry of built-in rules: every rule of the catalogue (../shared/RULES.md) that has
 * landed, in id order. `rightslint rules` and the Node API list what is here.
 */
import type { RuleModule } from "../src/engine/api.js";
import authorizationRegime from "./assembly/authorization-regime.js";
import contentBasedBan from "./assembly/content-based-ban.js";
import designatedZonesOnly from "./assembly/designated-zones-only.js";
import foreignFundingStigma from "./association/foreign-funding-stigma.js";
import mandatoryRegistration from "./association/mandatory-registration.js";
import retroactiveLiability from "./certainty/retroactive-liability.js";
import automatedDecisionWithoutHumanReview from "./digital/automated-decision-without-human-review.js";
import indiscriminateDataRetention from "./digital/indiscriminate-data-retention.js";
import mandatoryDecryption from "./digital/mandatory-decryption.js";
import processingWithoutPurposeLimits from "./digital/processing-without-purpose-limits.js";
import prohibitedAiPractice from "./digital/prohibited-ai-practice.js";
import remoteBiometricIdentification from "./digital/remote-biometric-identification.js";
import shutdownOrBlockingWithoutCourt from "./digital/shutdown-or-blocking-without-court.js";
import surveillanceWithoutIndependentAuthorisation from "./digital/surveillance-without-independent-authorisation.js";
import stateControlOfAcademicActivity from "./education/state-control-of-academic-activity.js";
import closedOrNarrowGrounds from "./equality/closed-or-narrow-grounds.js";
import falseInformationOffence from "./expression/false-information-offence.js";
import priorRestraint from "./expression/prior-restraint.js";
import vagueOffence from "./expression/vague-offence.js";
import aimNotPermittedForRight from "./limitation/aim-not-permitted-for-right.js";
import blanketBanEssence from "./limitation/blanket-ban-essence.js";
import delegationWithoutCriteria from "./limitation/delegation-without-criteria.js";
import noLegitimateAim from "./limitation/no-legitimate-aim.js";
import noNecessityTest from "./limitation/no-necessity-test.js";
import nonDerogableRightRestricted from "./limitation/non-derogable-right-restricted.js";
import openEndedDiscretion from "./limitation/open-ended-discretion.js";
import interventionWithoutPermittedGround from "./religion/intervention-without-permitted-ground.js";
import nationalSecurityGround from "./religion/national-security-ground.js";
import registrationPrecondition from "./religion/registration-precondition.js";
import registrationThreshold from "./religion/registration-threshold.js";
import stateControlInternalAffairs from "./religion/state-control-internal-affairs.js";
import stateDoctrinalReview from "./religion/state-doctrinal-review.js";
import stateReligionEntanglement from "./religion/state-religion-entanglement.js";
import noAppealRoute from "./remedy/no-appeal-route.js";
import ousterClause from "./remedy/ouster-clause.js";
import stateLiabilityExcluded from "./remedy/state-liability-excluded.js";
import brokenCrossReference from "./structure/broken-cross-reference.js";
import duplicateArticleNumber from "./structure/duplicate-article-number.js";
import numberingGap from "./structure/numbering-gap.js";
import undefinedTerm from "./structure/undefined-term.js";

export const builtinRules: readonly RuleModule[] = [
  authorizationRegime,
  contentBasedBan,
  designatedZonesOnly,
  foreignFundingStigma,
  mandatoryRegistration,
  retroactiveLiability,
  automatedDecisionWithoutHumanReview,
  indiscriminateDataRetention,
  mandatoryDecryption,
  processingWithoutPurposeLimits,
  prohibitedAiPractice,
  remoteBiometricIdentification,
  shutdownOrBlockingWithoutCourt,
  surveillanceWithoutIndependentAuthorisation,
  stateControlOfAcademicActivity,
  closedOrNarrowGrounds,
  falseInformationOffence,
  priorRestraint,
  vagueOffence,
  aimNotPermittedForRight,
  blanketBanEssence,
  delegationWithoutCriteria,
  noLegitimateAim,
  noNecessityTest,
  nonDerogableRightRestricted,
  openEndedDiscretion,
  interventionWithoutPermittedGround,
  nationalSecurityGround,
  registrationPrecondition,
  registrationThreshold,
  stateControlInternalAffairs,
  stateDoctrinalReview,
  stateReligionEntanglement,
  noAppealRoute,
  ousterClause,
  stateLiabilityExcluded,
  brokenCrossReference,
  duplicateArticleNumber,
  numberingGap,
  undefinedTerm,
];
