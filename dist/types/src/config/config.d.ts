import type { Preset, SeveritySetting } from '../types.js';
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
}
export declare const DEFAULT_FILES: string[];
export declare function defaultConfig(): Config;
export declare class ConfigError extends Error {
}
/** Parse and validate a config file's text. Throws ConfigError with one line naming the problem. */
export declare function parseConfig(text: string, path: string, knownRules: ReadonlySet<string>): Config;
/** Parse `--rule id=severity`. Throws ConfigError on a bad value. */
export declare function parseRuleOption(value: string, knownRules: ReadonlySet<string>): [string, SeveritySetting];
export declare function isPreset(v: string): v is Preset;
/** The severity a rule is configured to, for a file; undefined when only the preset speaks. */
export declare function configuredSeverity(config: Config, cliRules: Readonly<Record<string, SeveritySetting>>, ruleId: string, filePath: string): SeveritySetting | undefined;
/** Whether a path is selected by the config's `files` and not excluded by `ignore`. */
export declare function configSelects(config: Config, path: string): boolean;
