/**
 * Reading declarations at a git revision without a checkout (`--base`, `diff --base`, `export --base`). All
 * plumbing is NUL-separated: paths come from `ls-tree -z`, and `cat-file --batch` is fed object ids, never paths, so
 * a path holding a newline cannot shift one file's content onto another.
 */
import type { InputFile } from '../types.js';
import { GitError } from './git-exec.js';
export { GitError } from './git-exec.js';
/** A revision that does not exist (a usage error), as opposed to one a shallow clone lacks (a notice). */
export declare class UnknownRevision extends GitError {
}
/**
 * The commit `ref` names. Throws UnknownRevision for a name that does not exist; GitError when a shallow clone
 * lacks it (a commit id, or `~`/`^` reaching below the shallow boundary) or git cannot run.
 */
export declare function resolveCommit(root: string, ref: string): string;
/** The declaration files at `ref` that `select` accepts, read with one `git cat-file --batch` fed object ids. */
export declare function readFilesAtRevision(root: string, ref: string, select: (repoPath: string) => boolean): InputFile[];
