/** ESLint's JSON shape (SPEC §4.1): one entry per linted file; severity 2 error, 1 warning, 0 info. */
import type { FormatContext } from './format.js';
export declare function jsonResults(ctx: FormatContext): {
    filePath: string;
    messages: {
        ruleId: string;
        severity: 0 | 1 | 2;
        message: string;
        line: number;
        column: number;
        endLine: number;
        endColumn: number;
        docsUrl: string;
        compliance: string[];
    }[];
    suppressedMessages: {
        suppressions: import("../types.js").Suppression[];
        ruleId: string;
        severity: 0 | 1 | 2;
        message: string;
        line: number;
        column: number;
        endLine: number;
        endColumn: number;
        docsUrl: string;
        compliance: string[];
    }[];
    errorCount: number;
    warningCount: number;
    infoCount: number;
    fatalErrorCount: number;
    fixableErrorCount: number;
    fixableWarningCount: number;
}[];
export declare function json(ctx: FormatContext): string;
/**
 * The same bytes as `json`, in pieces (one per file): `--output` writes them as they are made, so that a large
 * repository's report is never one string (and one buffer) in memory. `JSON.stringify` of an array is its elements'
 * JSON joined by commas in brackets, and `inertJson` replaces single characters, so the pieces join to `json`'s text.
 */
export declare function jsonChunks(ctx: FormatContext): Generator<string>;
