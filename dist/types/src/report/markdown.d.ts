/**
 * A GitHub-flavoured Markdown report: the counts and one table row per finding. The CLI prints it
 * (`--format markdown`); the Action puts the same table in the job summary and the sticky pull request comment,
 * with links to the lines and a size budget (a step summary holds 1 MiB, a comment 65,536 characters).
 */
import type { FormatContext } from './format.js';
import type { FileResult, Severity } from '../types.js';
export declare const SEVERITY_ICON: Record<Severity, string>;
export interface MarkdownOptions {
    /** A heading line above the report (without `#`); none when absent. */
    heading?: string;
    /**
     * Link of a finding's location (the file at the pull request's head commit); plain text when absent. Build it
     * from encoded path segments (`urlPath` in inert.ts); anything but a plain `https:` URL is shown as text.
     */
    link?: (repoPath: string, line: number) => string;
    /** Stop adding rows before the report exceeds this many characters (code points, as GitHub counts a comment's); a last line says how many were left out. */
    maxChars?: number;
    /** Stop adding rows before the report exceeds this many bytes of UTF-8 (a job summary's cap is in bytes). */
    maxBytes?: number;
}
/** Characters as GitHub counts them in a comment body: Unicode code points (a UTF-16 surrogate pair is one). */
export declare function charCount(s: string): number;
/** Bytes of a text in UTF-8 (a lone surrogate is written as U+FFFD, 3 bytes), without allocating. */
export declare function utf8Length(s: string): number;
/**
 * Text for a table cell, from a file or quoting one: inert (`inertMarkdown`: no mention, link, image, HTML or
 * table break). A line break shows as `\n`: messages are one line, so a break can only come from a file.
 */
export declare function cell(s: string): string;
export declare function counts(results: readonly FileResult[]): {
    errors: number;
    warnings: number;
    infos: number;
    files: number;
};
/** "**2 errors**, 1 warning and 0 infos in 1 of 3 files" — errors in bold when there are any. */
export declare function countLine(results: readonly FileResult[]): string;
/** Days after which an expiring suppression is listed in the summary. */
export declare const EXPIRY_WINDOW_DAYS = 30;
/** The report: optional heading, count line, table (or "No problems found."), notices. */
export declare function markdownReport(ctx: FormatContext, opts?: MarkdownOptions): string;
export declare function markdown(ctx: FormatContext): string;
