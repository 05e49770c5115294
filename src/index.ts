/** The public Node API of rightslint. */

export { builtinRules } from "../rules/index.js";

export { loadPlugin, loadPlugins, type Plugin, PluginError, pluginFromModule } from "./config/plugins.js";
export { listPresets, listProfiles, loadProfile } from "./config/profiles.js";
export { type DataRuleSpec, defineDataRule } from "./engine/data-rule.js";
export { defineRule } from "./engine/index.js";
export { RuleTester } from "./engine/rule-tester.js";
export type * from "./engine/types.js";
export { applyBaseline, applyWaivers, type Baseline, recordBaseline, type Waiver } from "./engine/waivers.js";
export { detectLocale, isLocale, LOCALES, type Locale } from "./i18n/index.js";
export { ruleDescription, ruleTitle } from "./i18n/rules.js";
export { detectLanguage } from "./language/detect.js";
export {
  ConfigError,
  DEFAULT_PROFILES,
  type LintConfig,
  type LintOptions,
  type LintResult,
  lintFiles,
  lintText,
  listRules,
  type RuleSetting,
  resolveProfiles,
} from "./lint.js";
export type * from "./syntax/ast.js";
export { type ParseOptions, parseBill } from "./syntax/index.js";
export { LineIndex, sourceOffset, textRange } from "./syntax/positions.js";
export { outline, walk } from "./syntax/walk.js";
