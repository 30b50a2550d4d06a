import type { ImportResult } from './import.js';
export interface ExistingFile {
    /** Relative to the output folder, `/` separators. */
    path: string;
    text: string;
}
export interface MergeResult {
    writes: Array<{
        path: string;
        text: string;
    }>;
    deletes: string[];
    /** One line each: what changed, for the user. */
    notes: string[];
}
export declare class MergeError extends Error {
}
/**
 * Merge a fresh import (its first file the tenant file, then one file per partner) into the existing files of the
 * output folder. Throws MergeError when the folder's files cannot be merged safely (unparseable YAML).
 */
export declare function mergeIntoExisting(fresh: ImportResult, existing: readonly ExistingFile[], shown?: (path: string) => string): MergeResult;
