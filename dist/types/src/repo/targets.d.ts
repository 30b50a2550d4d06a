import type { RootInfo } from './files.js';
/** One path given: an existing file or folder, or a glob pattern (minimatch, relative to the working directory). */
export type Target = {
    kind: 'file' | 'dir';
    given: string;
    abs: string;
} | {
    kind: 'pattern';
    given: string;
    base: string;
    pattern: string;
};
/** The most paths a glob's braces may expand to (`{a,b}{a,b}…` doubles with every pair). */
export declare const MAX_BRACE_EXPANSION = 256;
/** The longest glob accepted as a path. */
export declare const MAX_PATTERN_LENGTH = 1024;
/** An upper bound of the number of patterns brace expansion makes of `p` (stops counting above `limit`). */
export declare function braceExpansionCount(p: string, limit?: number): number;
/** Classify the paths given. A path that does not exist and holds no glob character is left unmatched. */
export declare function classifyTargets(cwd: string, given: readonly string[]): {
    targets: Target[];
    unmatched: string[];
};
/** Where a target starts: a file's folder, a folder, a pattern's base. */
export declare function targetStart(t: Target): string;
/**
 * The one root of all targets. Paths in two git repositories (or one in a repository, one outside) are a usage
 * error; outside git, the root that holds all the others is taken.
 */
export declare function commonRoot(targets: readonly Target[]): RootInfo;
/** A target as a test on repository paths. */
export declare function targetMatcher(root: string, t: Target): (repoPath: string) => boolean;
