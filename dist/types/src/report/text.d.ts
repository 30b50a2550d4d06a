/** The width when the output is not a terminal (and the least a caller should pass). */
export declare const DEFAULT_WIDTH = 80;
/** Columns `text` takes in a terminal (our own colour escapes take none). */
export declare function displayWidth(text: string): number;
/** A width to lay out to: a whole number, at least MIN_WIDTH; DEFAULT_WIDTH when none is given. */
export declare function layoutWidth(width: number | undefined): number;
/** A word to wrap, with the colour it is printed in (measured without it). */
export interface Word {
    text: string;
    paint?: (s: string) => string;
    /** Never broken between characters (a URL): a word that fits no line stands on a line of its own, past the width. */
    whole?: boolean;
}
/** The words of a text, split at spaces (visible() has already turned every other white space into an escape). */
export declare function words(text: string, paint?: (s: string) => string): Word[];
/** words(), with every word that holds a URL kept whole: a URL split across lines cannot be opened or copied. */
export declare function urlWords(text: string, paint?: (s: string) => string): Word[];
/**
 * Lay `ws` out in lines of at most `width` columns: the first line starts with `first`, the others with `rest`
 * (prefixes may carry colour; they are measured without it). A word longer than a line is broken between
 * characters, so that no line is ever wider than `width` unless a prefix alone is — or the word is `whole` (a URL),
 * which then stands on a line of its own.
 */
export declare function wrap(ws: readonly Word[], width: number, first?: string, rest?: string): string[];
/**
 * No line of plain-text output may start with `::` (a GitHub workflow command, when the output lands in a job's
 * log). Formatters lay their lines out so that none does; this is the last guard: such a line gets a space first.
 */
export declare function noWorkflowCommands(text: string): string;
/** A path as the first thing on a line: one that starts with `:` gets `./` (still the same path; no `::` line). */
export declare function linePath(path: string): string;
