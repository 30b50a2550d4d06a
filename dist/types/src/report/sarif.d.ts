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
 * The `primaryLocationLineHash` of each of `lines` (line numbers, from 1) of `text`, by line number; none for a line
 * past the last. A line's hash and occurrence depend on that line and the lines before it, and on the 100 characters
 * after its start, so the text is read up to the window of the last line asked for.
 *
 * Two lines with the same hash have the same low half: the low halves of every line are computed (lowHashes), and the
 * full hash only for the lines whose low half is that of a line asked for: those lines themselves, the lines with the
 * same hash before them (the occurrences), and the rare line whose low half alone is the same.
 */
export declare function lineHashesAt(text: string, lines: Iterable<number>): Map<number, string>;
/** `primaryLocationLineHash` of every line of `text`: element 0 is line 1. */
export declare function lineHashes(text: string): string[];
/**
 * FNV-1a, 64 bits, over the UTF-16 code units of `parts` joined by NUL (`fnv1a64(a, b)` is `fnv1a64(`${a}\0${b}`)`),
 * without joining them: a stable, dependency-free digest.
 */
export declare function fnv1a64(...parts: string[]): string;
