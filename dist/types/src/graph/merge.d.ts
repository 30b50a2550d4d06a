/**
 * `pull` over existing declarations: the live values go into the files in place, with the `yaml` Document API, so
 * that comments, target `label`s, xtap-lint's own keys (`name`, `owner`, `tags`, `reviewBy`, `ticket`, …), key
 * order and the file layout stay as the team wrote them. A value that reads the same as the live one (targets as
 * sets, GUIDs in any case, a default value equal to the service default) is left untouched; a partner the tenant no
 * longer has is removed from its file (a partner file left without partners is deleted); a new partner gets its own
 * file under `partners/` when the tenant file includes that folder, else an entry in the tenant file.
 * No file system here: the caller reads the files and writes the result.
 */
import { Document } from '../../vendor/yaml/index.js';
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
/** The existing files as YAML documents; a file that is not valid YAML stops the merge (MergeError). */
export declare function parseExisting(existing: readonly ExistingFile[], shown?: (path: string) => string): Map<string, Document>;
/**
 * Merge a fresh import (its first file the tenant file, then one file per partner) into the existing files of the
 * output folder. Throws MergeError when the folder's files cannot be merged safely (unparseable YAML).
 */
export declare function mergeIntoExisting(fresh: ImportResult, existing: readonly ExistingFile[], shown?: (path: string) => string, 
/** Tenant keys the caller could not read (`license` when subscribedSkus was denied): left as they are. */
unread?: ReadonlySet<string>): MergeResult;
