import type { License } from '../resolve/model.js';
export interface ImportSource {
    /** Where the JSON came from, with `/` separators: used for messages and for hints (EntraExporter folders, GUIDs). */
    path: string;
    json: unknown;
}
export interface ImportOptions {
    tenantId?: string;
    license?: License;
    name?: string;
}
export interface ImportedFile {
    /** Path relative to the output folder, with `/` separators. */
    path: string;
    text: string;
}
export interface UnknownProperty {
    /** The written file (relative to the output folder). */
    file: string;
    /** Where the property sits in that file, e.g. `partners[0].protectedContentSharing`. */
    path: string;
}
export interface ImportResult {
    files: ImportedFile[];
    unknown: UnknownProperty[];
    /** Things the user should know (first page only, tenant ID not given, …), one line each. */
    notes: string[];
}
/** A problem with the input that stops the import (exit 2 in the CLI). */
export declare class ImportError extends Error {
}
export declare const SCHEMA_BASE = "https://raw.githubusercontent.com/xtap-lint/xtap-lint/main/schemas";
/** Turn the JSON of Graph responses into a tenant file and one partner file per partner. */
export declare function importTenant(sources: readonly ImportSource[], options?: ImportOptions): ImportResult;
