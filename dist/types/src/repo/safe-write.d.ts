export interface WriteOptions {
    /** The folder paths are relative to; components above what it shares with the path are the user's own. */
    cwd: string;
    /** How to name the path in a message (`--output results.sarif`). */
    what: string;
    /** Make missing folders (each checked after it is made). */
    createDirs?: boolean;
}
/**
 * Refuse a path that is a symbolic link or lies under one (one line, exit 2 in the CLI). `kind` says what the last
 * component must be when it exists. With `createDirs`, missing folders on the way are made.
 */
export declare function assertWritablePath(path: string, opts: WriteOptions & {
    kind?: 'file' | 'dir';
}): string;
/**
 * Write a file safely: the path checked (and its folders made with `createDirs`), then written whole or not at all.
 * The bytes go to a new temporary file beside the target (created exclusively, O_NOFOLLOW), which is renamed over
 * the target only once every piece is written: a full disk, a failed write or a piece that throws leaves the old file
 * as it was (or no file) and no temporary file behind. A rename replaces a link put at the target after the check
 * rather than following it, and an existing file keeps its permission bits. With `exclusive`, an existing file is
 * refused (O_EXCL) and a file left incomplete by a failure is removed. `data` may come in pieces (strings written one
 * after the other), so that a large report is never one string in memory.
 */
export declare function safeWriteFile(path: string, data: string | Uint8Array | Iterable<string>, opts: WriteOptions & {
    exclusive?: boolean;
}): void;
/** Remove a file an earlier run wrote: never through a link (a link itself is refused, not removed or followed). */
export declare function safeRemoveFile(path: string, opts: WriteOptions): void;
/** `--output`/`-o` and the Action's `sarif-file`: missing folders are made (ESLint's -o does), links refused. */
export declare function writeOutputFile(cwd: string, path: string, text: string | Iterable<string>, what?: string): void;
