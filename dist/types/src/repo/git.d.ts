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
 * Up to this many characters of working-tree text (about 2,500 partners), the files that are the same at the base are
 * found by reading every base blob and comparing texts; above it, by their git blob ids (SHA-1 of the working-tree
 * text), so that only the changed blobs are read. Loading node:crypto for the ids costs ~3 ms on Node 20 and ~10 ms on
 * Node 24; git inflates 1 MB of blobs in ~3 ms.
 */
export declare const COMPARE_TEXTS_UP_TO: number;
/**
 * The declaration files at `ref` that `select` accepts, read with one `git cat-file --batch` fed object ids.
 * `known`: files already read (the working tree's), by path: where one's content is the blob at the base, that
 * InputFile itself stands for the base file (the engine then reads the file once for both sides). Which are the same
 * is decided by comparing texts for a small repository (`compareTextsUpTo`, every blob read) and by blob ids for a
 * larger one (a blob read only where the ids differ). Decoding keeps every byte (fatal UTF-8, BOM kept), so equal
 * texts and equal ids both mean equal bytes.
 */
export declare function readFilesAtRevision(root: string, ref: string, select: (repoPath: string) => boolean, known?: ReadonlyMap<string, InputFile>, compareTextsUpTo?: number): InputFile[];
