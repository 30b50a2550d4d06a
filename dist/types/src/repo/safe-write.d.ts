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
export declare function safeWriteFile(path: string, data: string | Uint8Array | Iterable<string>, opts: WriteOptions & {
    exclusive?: boolean;
}): void;
/** Remove a file an earlier run wrote: never through a link (a link itself is refused, not removed or followed). */
export declare function safeRemoveFile(path: string, opts: WriteOptions): void;
/** `--output`/`-o` and the Action's `sarif-file`: missing folders are made (ESLint's -o does), links refused. */
export declare function writeOutputFile(cwd: string, path: string, text: string | Iterable<string>, what?: string): void;
