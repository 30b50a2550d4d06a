/** What a CLI command may touch of the process: injected so that tests run commands in-process. */
export interface Io {
    cwd: string;
    env: Readonly<Record<string, string | undefined>>;
    stdout(text: string): void;
    stderr(text: string): void;
    readStdin(): Promise<string>;
    /** Standard input as bytes, so that `--stdin` can report binary or non-UTF-8 text as a file on disk would be. */
    readStdinBytes?(): Promise<Uint8Array>;
    stdoutIsTTY: boolean;
    /** The terminal's width in columns when standard output is a terminal. */
    columns?: number;
    /** Ask a yes/no question on the terminal; absent where no terminal can answer (CI, pipes). */
    confirm?(question: string): Promise<boolean>;
}
/** A usage, configuration or internal problem: one line on stderr, exit code 2. */
export declare class CliError extends Error {
}
export declare function processIo(): Io;
