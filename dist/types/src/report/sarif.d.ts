/**
 * SARIF 2.1.0 as GitHub code scanning reads it (reference/conventions.md §1.9): `tool.driver` with every rule
 * (id, descriptions, help text and markdown, helpUri, default level), results with a 1-based region, paths
 * relative to the repository root, and partialFingerprints. Suppressed findings are results with `suppressions`,
 * so code scanning shows them as dismissed instead of losing them.
 */
import type { FormatContext } from './format.js';
export declare const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** Key of the semantic fingerprint in `partialFingerprints`. */
export declare const FINGERPRINT_KEY = "xtapLintFinding/v1";
/**
 * A plain-text SARIF message (§3.11.6): `[text](target)` is an embedded link that viewers render (GitHub code
 * scanning links related locations this way), so literal brackets from a file are escaped with a backslash, as
 * the standard asks, and a name cannot make a link.
 */
export declare function sarifText(s: string): string;
/** The SARIF log as objects (what `sarif` writes; tests and API callers read it). */
export declare function sarifLog(ctx: FormatContext): {
    $schema: string;
    version: string;
    runs: Record<string, unknown>[];
};
/**
 * The SARIF text in pieces (the head, then about 64 KB of results at a time, then the tail): `--output` writes them
 * as they are made, so that a large repository's log is never one string in memory. The same bytes as `sarif`.
 */
export declare function sarifChunks(ctx: FormatContext): Generator<string>;
export declare function sarif(ctx: FormatContext): string;
/**
 * The `primaryLocationLineHash` of each line of a text, as numbers: the hash's 32-bit halves and its occurrence
 * (how many lines up to this one have the same hash). Strings are made only for the lines a finding is on
 * (`lineHashAt`): a repository has far more lines than findings.
 */
export interface LineHashTable {
    count: number;
    hi: Uint32Array;
    lo: Uint32Array;
    occurrence: Uint32Array;
}
/**
 * The line hashes of `text`, as numbers (see LineHashTable); with `lines`, of its first `lines` lines only (a line's
 * hash and occurrence do not depend on the lines after it, only on the 100 characters after its start).
 *
 * One pass over the text: P, the hash of the whole normalised text so far (P = P * 37 + c, modulo 2^64), is noted at
 * each line's start (its first character) and 100 characters later; a window's hash is P(start + 100) -
 * P(start) * 37^100. At most 100 lines wait for their end at any time (each line has at least one character).
 */
export declare function hashLines(text: string, lines?: number): LineHashTable;
/** The `primaryLocationLineHash` of line `index + 1` (undefined past the last line). */
export declare function lineHashAt(table: LineHashTable, index: number): string | undefined;
/** `primaryLocationLineHash` of every line of `text`: element 0 is line 1. */
export declare function lineHashes(text: string): string[];
/**
 * FNV-1a, 64 bits, over the UTF-16 code units of `parts` joined by NUL (`fnv1a64(a, b)` is `fnv1a64(`${a}\0${b}`)`),
 * without joining them: a stable, dependency-free digest.
 */
export declare function fnv1a64(...parts: string[]): string;
