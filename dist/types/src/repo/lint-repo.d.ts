import { lintFiles } from '../engine/lint.js';
import type { LintOptions } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import type { Config } from '../config/config.js';
import type { FileResult, InputFile, SeveritySetting } from '../types.js';
import type { RootInfo } from './files.js';
/** What linting a repository needs of the process (the CLI's Io and the Action's both have it). */
export interface RepoIo {
    cwd: string;
    env: Readonly<Record<string, string | undefined>>;
    readStdin(): Promise<string>;
    readStdinBytes?(maxBytes?: number): Promise<Uint8Array>;
}
export interface ConfigOptions {
    config?: string;
    preset?: string;
    rule?: string[];
}
/** The options of `lint` that linting a repository reads (the CLI's option object has them). */
export interface LintRepoOptions extends ConfigOptions {
    base?: string;
    stdin?: boolean;
    'stdin-filename'?: string;
    /** ESLint's `--no-error-on-unmatched-pattern`: a path or glob that matches nothing is no error. */
    'no-error-on-unmatched-pattern'?: boolean;
}
/**
 * `.xtap-lint.yaml` (or `.yml`): the nearest one from `start` upwards, never above the repository root (a
 * configuration outside the repository is not the repository's).
 */
export declare function findConfigFile(start: string, root?: string): string | undefined;
/**
 * The configuration in force: `--config <file>`, else `.xtap-lint.yaml` found upwards from `where.start` (the folder
 * of the paths given) up to the repository root; then `--preset` and `--rule`.
 */
export declare function loadConfig(io: Pick<RepoIo, 'cwd'>, values: ConfigOptions, where?: {
    start: string;
    root: string;
}): {
    config: Config;
    cliRules: Record<string, SeveritySetting>;
    configPath?: string;
};
/** The root and where to start looking for the configuration, for the paths given (none: the working directory). */
export declare function rootOf(io: Pick<RepoIo, 'cwd'>, given: readonly string[]): RootInfo & {
    start: string;
};
export interface Repository {
    root: string;
    /** Whether git lists the files (a repository) or a walk does. */
    git: boolean;
    config: Config;
    /** `--rule id=severity` overrides. */
    cliRules: Record<string, SeveritySetting>;
    /** Files (not folders or globs) named among the paths, repository-relative. */
    explicitFiles: string[];
    /** Whether a repository path is under the paths given; undefined when no path was given and `defaultPath` is off. */
    select: ((repoPath: string) => boolean) | undefined;
    /** Every declaration file the configuration selects, repository-relative, sorted. */
    paths: string[];
    /** Every declaration file listed (git-ignored files, `.git`, `node_modules` and nested repositories left out). */
    listed: ReadonlySet<string>;
    /** The paths given that are folders or globs, with their test. */
    scopes: Array<{
        given: string;
        kind: 'dir' | 'pattern';
        match: (repoPath: string) => boolean;
    }>;
    /** Paths given that match nothing (kept only with `--no-error-on-unmatched-pattern`). */
    unmatched: string[];
}
/**
 * Find the root from the paths given (SPEC §4.1), load the configuration and list the declarations. With
 * `defaultPath`, no path given means `.`; otherwise it means no selection. A path that does not exist (or a glob
 * that matches no folder) is a usage error unless `allowUnmatched`.
 */
export declare function openRepository(io: Pick<RepoIo, 'cwd'>, values: ConfigOptions, positionals: readonly string[], opts?: {
    defaultPath?: boolean;
    allowUnmatched?: boolean;
    stdinFilename?: string;
    config?: Config;
}): Repository;
/** Read declaration files (never throws: a file that cannot be read becomes a problem the engine reports). */
export declare function readDeclarations(dir: string, paths: readonly string[], config: Config): InputFile[];
/** The date of the run for date rules: `XTAP_LINT_NOW` (YYYY-MM-DD) when set, else today in UTC. */
export declare function runDate(io: Pick<RepoIo, 'env'>): string;
/**
 * Compile the configuration's organization policies into rules. ajv's compiler is loaded only here, only when there
 * are policies (in dist/ it is a bundle of its own, dist/policies.cjs).
 */
export declare function loadPolicies(config: Config): Promise<Rule[]>;
/** Everything a lint run produced, for the hooks (fix, baseline) and the Action. */
export interface LintRun {
    root: string;
    config: Config;
    cliRules: Record<string, SeveritySetting>;
    inputs: InputFile[];
    options: LintOptions;
    run: ReturnType<typeof lintFiles>;
    /** Repository paths whose findings are printed. */
    selected: Set<string>;
    notices: string[];
    /** Set by a hook to make the run exit 1 without an error finding (stale baseline entries). */
    fail?: boolean;
}
/**
 * Read the repository and run the engine. Shared by `lint` and the Action. `opts.config` is a configuration to use
 * instead of looking for the file (the Action passes the base commit's on a pull request). `opts.fixes: false`: the
 * run's fixes are not kept (nothing will apply them: LintOptions.fixes).
 */
export declare function runLint(io: RepoIo, values: LintRepoOptions, positionals: string[], opts?: {
    config?: Config;
    fixes?: boolean;
}): Promise<LintRun>;
/**
 * Results as the user sees them, paths relative to the working directory, --quiet applied. A finding is shown when
 * its own file **or one of its related locations** is selected (SPEC §4.1), under its own file; findings left out
 * are counted in a notice added to `lr.notices`.
 */
export declare function visibleResults(io: Pick<RepoIo, 'cwd'>, lr: LintRun, quiet: boolean): {
    results: FileResult[];
    repoPaths: Map<string, string>;
    leftOut: number;
};
/** The text of each declaration file the run read, by repository path (SARIF fingerprints). */
export declare function lintSources(lr: LintRun): Map<string, string>;
