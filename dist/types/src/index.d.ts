/**
 * xtap-lint's engine API: pure functions from file contents to findings. Runs in Node and in browsers.
 *
 *   import { lintFiles } from 'xtap-lint';
 *   const { result } = lintFiles([{ path: 'contoso.xtap.yaml', text }]);
 */
export { lintFiles, buildModel, joinMessage, compareFindings } from './engine/lint.js';
export type { LintOptions, EngineRun } from './engine/lint.js';
export { defineRule, docsUrl, always, strictOnly } from './engine/rule.js';
export type { Rule, RuleMeta, RuleContext, Report, Fix, RuleCategory } from './engine/rule.js';
export { RULES, RULES_BY_ID } from '../rules/index.js';
export { parseConfig, parseRuleOption, defaultConfig, DEFAULT_LIMITS, ConfigError } from './config/config.js';
export type { Config, Limits, Override } from './config/config.js';
export { FORMATTERS } from './report/index.js';
export type { FormatContext, Formatter } from './report/index.js';
export { canAccess, accessFromMembership } from './resolve/access.js';
export { accessDelta } from './resolve/access-delta.js';
export type { AccessDelta, AccessStatement, AppSet, UserSet } from './resolve/access-delta.js';
export { SERVICE_DEFAULT, APPS, appTargetCovers } from './resolve/knowledge.js';
export type * from './types.js';
export type { RepoModel, TenantModel, PartnerModel, EffectiveSettings, Loc } from './resolve/model.js';
export { documentOf, locRange } from './load/yaml.js';
export { buildGraph } from './intel/graph.js';
export type { TrustGraph, GraphNode, GraphEdge, EdgeKind } from './intel/graph.js';
export { trustMapSvg } from './report/trust-map-svg.js';
export { explainAccess, renderExplanation, ExplainError } from './intel/explain.js';
export type { ExplainQuery, Explanation } from './intel/explain.js';
