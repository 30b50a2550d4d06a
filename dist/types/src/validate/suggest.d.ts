/**
 * "Did you mean …?" for misspelled property names and enumeration values.
 */
/**
 * The candidate closest to `word`, or undefined when none is close enough.
 *
 * 1. A candidate equal to `word` ignoring case and surrounding white space (`B2BCollaborationInbound`,
 *    `"ExternalFederation "`) wins outright.
 * 2. Otherwise the candidate with the smallest Levenshtein distance (compared case-insensitively), when that
 *    distance is at most 2 or at most a third of the word's length, and smaller than both lengths (so that a
 *    short word is not "corrected" into an unrelated one). Ties go to the earlier candidate.
 */
export declare function suggest(word: string, candidates: readonly string[]): string | undefined;
/** Levenshtein distance of a and b; returns `max + 1` as soon as it must exceed `max`. */
export declare function levenshtein(a: string, b: string, max?: number): number;
