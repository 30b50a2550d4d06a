import type { InputFile } from '../types.js';
import { GitError } from './git-exec.js';
export { GitError } from './git-exec.js';
/** A revision that does not exist (a usage error), as opposed to one a shallow clone lacks (a notice). */
export declare class UnknownRevision extends GitError {
}
/** A revision that exists but names no commit (a tree, a blob): a usage error too. */
export declare class NotACommit extends UnknownRevision {
}
/**
 * The commit `ref` names. Throws UnknownRevision for a name that does not exist; GitError when a shallow clone
 * lacks it (a commit id, or `~`/`^` reaching below the shallow boundary) or git cannot run.
 */
export declare function resolveCommit(root: string, ref: string): string;
/** The object id git gives a blob with this content (SHA-1, or SHA-256 in a repository that uses it). */
export declare function blobId(text: string, algorithm?: 'sha1' | 'sha256'): string;
/**
 * The declaration files at `ref` that `select` accepts, read with one `git cat-file --batch` fed object ids.
 * `known`: files already read (the working tree's), by path: where one's content is the blob at the base (the same
 * object id), that InputFile itself stands for the base file and the blob is not read (the engine then reads the file
 * once for both sides). Decoding keeps every byte (fatal UTF-8, BOM kept), so equal ids mean equal texts.
 */
export declare function readFilesAtRevision(root: string, ref: string, select: (repoPath: string) => boolean, known?: ReadonlyMap<string, InputFile>): InputFile[];
