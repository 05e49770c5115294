/** The public Node API of rightslint. */

export { builtinRules } from "../rules/index.js";

export {
  CONFIG_NAMES,
  CONFIG_SCHEMA,
  type ConfigFileContents,
  type ConfigFileData,
  type ConfigOverride,
  ConfigResolver,
  type ConfigResolverOptions,
  type ConfigSettings,
  checkConfigRules,
  type FileConfig,
  loadConfigFile,
  parseConfigText,
} from "./config/file.js";
export { type StarterOptions, starterConfig, type WriteStarterOptions, writeStarterConfig } from "./config/init.js";
export { loadPlugin, loadPlugins, type Plugin, PluginError, pluginFromModule } from "./config/plugins.js";
export { CONFIG_PRESETS, type ConfigPreset, listConfigPresets } from "./config/presets.js";
export { listPresets, listProfiles, loadProfile } from "./config/profiles.js";
export { type DataRuleSpec, defineDataRule } from "./engine/data-rule.js";
export { defineRule, type Escalation, UnitCache } from "./engine/index.js";
export { RuleTester } from "./engine/rule-tester.js";
export type * from "./engine/types.js";
export { applyBaseline, applyWaivers, type Baseline, recordBaseline, type Waiver } from "./engine/waivers.js";
export {
  type AknExportOptions,
  type BillFormat,
  detectFormat,
  exportAkn,
  FormatError,
  importMarkup,
  isMarkup,
  type LoadedBill,
  type LoadOptions,
  loadBill,
  type MarkupFormat,
  NotABillError,
} from "./formats/index.js";
export { detectLocale, isLocale, LOCALES, type Locale } from "./i18n/index.js";
export { ruleDescription, ruleTitle } from "./i18n/rules.js";
export { detectLanguage } from "./language/detect.js";
export {
  ConfigError,
  DEFAULT_PROFILES,
  type LintConfig,
  type LintFilesOptions,
  type LintOptions,
  type LintResult,
  lintDocumentSource,
  lintFiles,
  lintText,
  listRules,
  type RuleSetting,
  resolveProfiles,
} from "./lint.js";
export type * from "./syntax/ast.js";
export { type ParsedText, type ReparseResult, reparseIndexed } from "./syntax/incremental.js";
export { type ParseOptions, parseBill } from "./syntax/index.js";
export { LineIndex, sourceOffset, textRange } from "./syntax/positions.js";
export { outline, walk } from "./syntax/walk.js";
