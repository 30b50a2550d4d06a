import type { Loc, ParseLimits, SourceFile } from './yaml.js';
import type { InputFile } from '../types.js';
import type { Report } from '../engine/rule.js';
export type FileKind = 'tenant' | 'partner' | 'unknown';
export interface LoadedRepo {
    /** Every file, sorted by path. */
    files: SourceFile[];
    kinds: Map<string, FileKind>;
    /** Tenant file path → the partner files it (and no other tenant) includes. */
    includes: Map<string, SourceFile[]>;
    /** What was read of each parsed file for its includes (a second load of the same text takes it over: Reused). */
    read: ReadonlyMap<SourceFile, FileIncludes>;
    reports: Array<Report & {
        ruleId: string;
    }>;
}
/**
 * A file is a tenant file when it has any key only a tenant file has, or a top-level key that is a near miss of
 * `tenant` (`tennant:`, `Tenant:`): one `schema` error with "did you mean `tenant`" then tells the author, instead of
 * the file being read as a partner file (with an error for each tenant key and for every partner file it includes).
 */
export declare function fileKind(file: SourceFile): FileKind;
/**
 * What the later stages do with a file right after it is parsed, while its syntax tree (`file.doc`) and plain data
 * (`file.data`) exist: check the data against the schema and read the declarations into the model. Both are dropped
 * afterwards — a repository's trees kept alive until the end of the run cost more than parsing them
 * (bench/README.md); `documentOf` parses a file again for the few consumers that need nodes.
 */
export type OnParsed = (file: SourceFile, kind: 'tenant' | 'partner') => Array<Report & {
    ruleId: string;
}>;
/** What the loader itself needs of a file after dropping its tree: a tenant file's includes, a partner file's `partners:` key. */
export interface FileIncludes {
    includes: Array<{
        glob: string;
        loc: Loc;
    }>;
    partnersKey: Loc;
}
/**
 * A file read for a second load of the same text (`--base` and `diff --base`: a base file equal to the working tree's),
 * taken over from the first load as it is: the first load's SourceFile (its tree already dropped), its kind and
 * includes, and what the caller read from it (`extra`: the model's FileDecl).
 */
export interface Reused<T> {
    file: SourceFile;
    kind: 'tenant' | 'partner';
    includes: FileIncludes;
    extra: T;
}
/** What the loader is given besides the files: the parser's limits, and what to call after each file. */
export interface LoadOptions extends ParseLimits {
    /**
     * Called after each file is parsed and read (the adapters' memory housekeeping, src/repo/heap.ts). It is
     * given nothing: the engine hands no file contents out.
     */
    afterFile?: () => void;
}
export declare function loadFiles<T = never>(inputs: readonly InputFile[], limits?: LoadOptions, onParsed?: OnParsed, reused?: {
    files: ReadonlyMap<string, Reused<T>>;
    onReused: (r: Reused<T>) => void;
}): LoadedRepo;
/** Join a glob to a directory and normalise `.` and `..`; undefined when it leaves the root. */
export declare function joinGlob(dir: string, glob: string): string | undefined;
