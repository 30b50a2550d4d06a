import type { Preset, SeveritySetting } from '../types.js';
import type { PolicySpec } from '../engine/policies.js';
export interface Limits {
    /** Largest declaration file read, in bytes (default 10 MB). */
    maxFileBytes: number;
    /** Most declaration files read in one run. */
    maxFiles: number;
    /** Aliases one document may expand. */
    maxAliasCount: number;
    /** Deepest nesting of maps and sequences. */
    maxDepth: number;
}
export declare const DEFAULT_LIMITS: Limits;
export interface Override {
    files: string[];
    rules: Record<string, SeveritySetting>;
}
export interface Config {
    preset: Preset;
    rules: Record<string, SeveritySetting>;
    files: string[];
    ignore: string[];
    overrides: Override[];
    limits: Limits;
    /** Organization policies (SPEC §3.9), from this file and the files it extends; compiled by src/policies/compile.ts. */
    policies: PolicySpec[];
}
export declare const DEFAULT_FILES: string[];
export declare function defaultConfig(): Config;
export declare class ConfigError extends Error {
}
/** One configuration file, parsed and validated against schemas/config.schema.json, before `extends` is followed. */
export interface ConfigLayer {
    /** The file's path as messages show it. */
    path: string;
    data: RawConfig;
}
/** A configuration file's data as the schema allows it. */
export interface RawConfig {
    extends?: string | string[];
    preset?: Preset;
    rules?: Record<string, SeveritySetting>;
    files?: string[];
    ignore?: string[];
    overrides?: Array<{
        files: string[];
        rules?: Record<string, SeveritySetting>;
    }>;
    limits?: Partial<Limits>;
    policies?: Array<Omit<PolicySpec, 'source'>>;
}
/** Parse and validate one config file's text. Throws ConfigError with one line naming the problem. */
export declare function readConfigLayer(text: string, path: string): ConfigLayer;
/** A policy id: `<prefix>/<name>`, each part lower-case kebab-case. */
export declare const POLICY_ID: RegExp;
/** The `extends` entries of a layer, as a list. */
export declare function extendsOf(layer: ConfigLayer): string[];
/**
 * Merge configuration layers, the base first and the file itself last (ESLint's order): a later `preset`, `files`,
 * `ignore` replaces an earlier one; `rules` and `limits` merge key by key; `overrides` and `policies` add up, a later
 * policy replacing an earlier one of the same id. Rule ids are checked against the built-in rules and the policies.
 */
export declare function mergeConfigLayers(layers: readonly ConfigLayer[], knownRules: ReadonlySet<string>): Config;
/** Parse and validate a config file's text (without following `extends`). Throws ConfigError with one line naming the problem. */
export declare function parseConfig(text: string, path: string, knownRules: ReadonlySet<string>): Config;
/** Parse `--rule id=severity`. Throws ConfigError on a bad value. */
export declare function parseRuleOption(value: string, knownRules: ReadonlySet<string>): [string, SeveritySetting];
export declare function isPreset(v: string): v is Preset;
/** The severity a rule is configured to, for a file; undefined when only the preset speaks. */
export declare function configuredSeverity(config: Config, cliRules: Readonly<Record<string, SeveritySetting>>, ruleId: string, filePath: string): SeveritySetting | undefined;
/** Whether a path is selected by the config's `files` and not excluded by `ignore`. */
export declare function configSelects(config: Config, path: string): boolean;
