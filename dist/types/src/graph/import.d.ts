import type { Cloud } from '../resolve/knowledge.js';
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
    /** The tenant's verified domains (pull reads them from /organization). */
    domains?: string[];
    /** The tenant's cloud, when the caller knows it (pull: from the Graph endpoint). */
    cloud?: Cloud;
    /** `tenant.facts` that the caller could answer (pull: Conditional Access). */
    facts?: {
        mfaRequiredForExternalUsers?: boolean;
    };
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
export declare const READ_ONLY_DIRECTIVE = " xtap-lint-disable-next-line read-only-property -- imported from the tenant: service-managed, kept as a record";
/** Turn the JSON of Graph responses into a tenant file and one partner file per partner. */
export declare function importTenant(sources: readonly ImportSource[], options?: ImportOptions): ImportResult;
