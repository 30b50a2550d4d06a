import type { ParseLimits, SourceFile } from './yaml.js';
import type { InputFile } from '../types.js';
import type { Report } from '../engine/rule.js';
export type FileKind = 'tenant' | 'partner' | 'unknown';
export interface LoadedRepo {
    /** Every file, sorted by path. */
    files: SourceFile[];
    kinds: Map<string, FileKind>;
    /** Tenant file path → the partner files it (and no other tenant) includes. */
    includes: Map<string, SourceFile[]>;
    reports: Array<Report & {
        ruleId: string;
    }>;
}
export declare function fileKind(file: SourceFile): FileKind;
export declare function loadFiles(inputs: readonly InputFile[], limits?: ParseLimits): LoadedRepo;
/** Join a glob to a directory and normalise `.` and `..`; undefined when it leaves the root. */
export declare function joinGlob(dir: string, glob: string): string | undefined;
