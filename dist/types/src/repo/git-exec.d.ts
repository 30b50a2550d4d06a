export declare class GitError extends Error {
}
/**
 * Run `git -C <dir> <args>`; throws GitError with git's first line of stderr. `dir` is a repository's top level
 * (git looks no higher) unless `opts.search` lets git look upwards from it as usual.
 */
export declare function git(dir: string, args: readonly string[], input?: string | Buffer, opts?: {
    search?: boolean;
}): Buffer;
/** Split NUL-separated git output into its (non-empty) items. */
export declare function splitNul(out: Buffer): string[];
