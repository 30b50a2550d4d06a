import type { InputFile } from '../types.js';
import type { Config } from '../config/config.js';
export declare class UsageError extends Error {
}
/** What a declaration file must be called, for messages. */
export declare const NAMING_RULE = "declaration files end in .xtap.yaml or .xtap.yml";
/** Whether a file name is a declaration file's (`*.xtap.yaml`, `*.xtap.yml`). */
export declare function isDeclarationName(name: string): boolean;
/** Where a run's files come from: the root folder, and whether git lists them (a repository) or a walk does. */
export interface RootInfo {
    root: string;
    git: boolean;
}
/**
 * The repository root of an existing path (SPEC §4.1): the nearest folder upwards holding `.git` (a folder or a
 * worktree's file: git's top level); outside git, the nearest folder upwards holding `.xtap-lint.yaml`, else the
 * path itself (its folder for a file).
 */
export declare function findRoot(path: string): RootInfo;
/** The git top level above `cwd` (a `.git` folder or file), else `cwd` itself. Kept for older callers. */
export declare function findRepoRoot(cwd: string): string;
/** Repository-relative path with `/` separators. */
export declare function toRepoPath(root: string, abs: string): string;
/** Whether a repository-relative path leaves the repository (`..`, `../x`, another drive); `..drafts/x` does not. */
export declare function outsideRepo(repoPath: string): boolean;
/**
 * Whether a repository path is a declaration the run reads: a `*.xtap.yaml`/`*.xtap.yml` file outside `node_modules`
 * and `.git` that the config's `files` and `ignore` select. The listing and paths named on the command line both use it.
 */
export declare function readsDeclaration(config: Config, repoPath: string): boolean;
/** The declaration files of a root, before the configuration's `files`/`ignore`: through git, else a walk. */
export interface Listing {
    /** Repository paths of every `*.xtap.yaml`/`*.xtap.yml` file git lists (or the walk finds), sorted. */
    all: string[];
    /** Whether git listed them (git-ignored files left out) or a walk did (git missing or no repository). */
    git: boolean;
}
/**
 * List the declaration files of a root. Where the root holds `.git`, `git ls-files` lists tracked and untracked
 * files that git does not ignore (nested repositories stay out); otherwise, or when git cannot run, a walk that
 * skips `.git`, `node_modules`, folders holding a `.git` (nested repositories) and never follows a linked folder.
 */
export declare function listFiles(root: string, opts?: {
    git?: boolean;
}): Listing;
/** Every declaration file under the root the config selects, repository-relative, sorted. */
export declare function listDeclarations(root: string, config: Config, opts?: {
    git?: boolean;
}): string[];
/**
 * A buffer reused for reading one file after another (its text is decoded into a string right away). A buffer per
 * file leaves its memory to the C heap once it is collected, and the C heap does not give it back to the system: at
 * 50,000 partners, ~20 MB of resident memory the run no longer used (bench/README.md).
 */
export declare class ReadBuffer {
    #private;
    /** A buffer of at least `size` bytes (its old content is overwritten by the next read). */
    take(size: number): Buffer;
}
/**
 * Read one declaration file; never throws. A file reached through a link (the file itself or a folder on the way)
 * is read only where the link leads inside the repository and outside `.git`, `node_modules` and nested
 * repositories; `allowedTarget` may refuse more (targets git ignores). The final component is opened with
 * O_NOFOLLOW, so a file swapped for a link after these checks is not followed either.
 */
export declare function readDeclaration(root: string, repoPath: string, maxBytes: number, allowedTarget?: (target: string) => boolean, scratch?: ReadBuffer): InputFile;
/**
 * Read declaration files of a root (never throws). Where git lists the files, linked targets must be files git lists
 * too (not ignored): one `git ls-files` for all of them, only when there are links.
 */
export declare function readDeclarationFiles(root: string, paths: readonly string[], maxBytes: number, useGit?: boolean): InputFile[];
/** Turn bytes into an InputFile: binary and non-UTF-8 content become problems. */
export declare function decodeDeclaration(repoPath: string, buf: Uint8Array): InputFile;
