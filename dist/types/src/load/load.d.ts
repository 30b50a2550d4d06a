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
/**
 * Check a file's plain data right after it is parsed (the schema stage). The data is dropped afterwards: the rules
 * read the AST, and a copy that dies young costs the garbage collector little.
 */
export type DataCheck = (file: SourceFile, kind: 'tenant' | 'partner') => Array<Report & {
    ruleId: string;
}>;
export declare function loadFiles(inputs: readonly InputFile[], limits?: ParseLimits, check?: DataCheck): LoadedRepo;
/** Join a glob to a directory and normalise `.` and `..`; undefined when it leaves the root. */
export declare function joinGlob(dir: string, glob: string): string | undefined;
