import type { SourceFile } from '../load/yaml.js';
import type { RepoModel } from '../resolve/model.js';
import type { Config, Limits } from '../config/config.js';
import type { Fix, Report, Rule } from './rule.js';
import type { FileResult, Finding, InputFile, LintResult, Message, SeveritySetting, SuppressedFinding } from '../types.js';
export interface LintOptions {
    config?: Config;
    /** `--rule id=severity` overrides, applied after the config. */
    cliRules?: Record<string, SeveritySetting>;
    /** Declarations at the base revision (`--base`): turns on the change-aware rules. */
    base?: readonly InputFile[];
    /** Rules to run instead of the built-in set (tests). */
    rules?: readonly Rule[];
    /** Organization policies as rules (src/engine/policies.ts), run after the built-in (or given) rules. */
    policies?: readonly Rule[];
    /**
     * The date of the run, `YYYY-MM-DD`. The engine reads no clock: the adapter passes today's date (or `XTAP_LINT_NOW`);
     * without it, rules about dates (`partner-review-overdue`) stay silent.
     */
    now?: string;
    /**
     * Keep the fixes of the findings in `EngineRun.fixes` (the default). `false` for a run whose fixes nobody applies (a
     * lint without `--fix`): each fix is let go once its finding is made (`fixable` is still set).
     */
    fixes?: boolean;
    /** Keep each file's declarations as plain data (`SourceFile.declData`): `export` reads them without a second parse. */
    keepDeclData?: boolean;
    /** Called after each file is parsed and read into the model (adapters: memory housekeeping). */
    afterFile?: () => void;
    /**
     * Called when a phase of the run ends (adapters: memory housekeeping): `model` once the model (and the base's) is
     * built, `rules` once every rule has run and its reports are findings.
     */
    afterPhase?: (phase: 'model' | 'rules') => void;
}
export interface EngineRun {
    result: LintResult;
    /** The parsed files, for fixers (their syntax trees dropped: `documentOf` parses one again). */
    files: SourceFile[];
    /** Fixes by file path, in report order (empty when `LintOptions.fixes` is false). */
    fixes: Map<string, Fix[]>;
    model: RepoModel;
    /** The model at the base revision, when `base` was given (for the semantic diff: no second parse). */
    base?: RepoModel;
}
/** Build the repository model from file contents (load → validate-free resolve). Used for `--base`, diff, graph. */
export declare function buildModel(inputs: readonly InputFile[], limits?: Limits, keep?: boolean, afterFile?: () => void): {
    model: RepoModel;
    reports: Array<Report & {
        ruleId: string;
    }>;
};
/**
 * Two models of the same repository (the working tree and a base revision) where a file whose text is the same on
 * both sides is read once: the second model takes the first's reading of it (resolveRepo's `reused`). Used by
 * `diff --base`; `lintFiles` does the same for `base`.
 */
export declare function buildModels(first: readonly InputFile[], second: readonly InputFile[], limits?: Limits, afterFile?: () => void): {
    first: {
        model: RepoModel;
        reports: Array<Report & {
            ruleId: string;
        }>;
    };
    second: {
        model: RepoModel;
        reports: Array<Report & {
            ruleId: string;
        }>;
    };
};
export declare function joinMessage(m: Message): string;
/** Lint a repository's declaration files. */
export declare function lintFiles(inputs: readonly InputFile[], options?: LintOptions): EngineRun;
export declare function compareFindings(a: Finding, b: Finding): number;
export declare function fileResult(file: string, findings: Finding[], suppressed: SuppressedFinding[]): FileResult;
