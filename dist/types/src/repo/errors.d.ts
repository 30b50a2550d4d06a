/** A usage, configuration or internal problem: one line on stderr, exit code 2 (the CLI), a failed step (the Action). */
export declare class CliError extends Error {
}
