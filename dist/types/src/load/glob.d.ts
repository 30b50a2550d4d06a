/** Patterns one glob may expand to through braces; real includes need a handful. */
export declare const MAX_BRACE_EXPANSION = 256;
/** Compiled patterns kept (least recently used dropped first). */
export declare const GLOB_CACHE_SIZE = 256;
/** Counters for tests that bound the work (test/security/glob-bomb.test.ts). */
export declare const GLOB_WORK: {
    compiled: number;
};
/**
 * An upper bound of the number of patterns a glob's braces expand to, in one pass over the pattern: each brace
 * group multiplies by its number of alternatives (commas at its own level, plus one) or by the length of a range
 * `{1..9}`. Nested groups are multiplied too (an overestimate, never an underestimate). Saturates at `cap`.
 */
export declare function braceExpansionBound(pattern: string, cap?: number): number;
/** Why a glob is refused, or undefined when it may be used. */
export declare function globProblem(pattern: string): string | undefined;
/**
 * Whether a `/`-separated path matches a glob; dot files and folders match too. A refused glob (see globProblem)
 * matches nothing: its callers report it before matching.
 */
export declare function globMatch(path: string, pattern: string): boolean;
/** How many compiled patterns are cached (tests). */
export declare function globCacheSize(): number;
