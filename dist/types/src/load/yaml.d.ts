/**
 * The one module that knows yaml's node API: parsing with positions, walking maps and sequences,
 * JSON Pointer lookup, and turning node offsets into 1-based line/column ranges.
 */
import { isAlias, isMap, isPair, isScalar, isSeq } from '../../vendor/yaml/index.js';
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from '../../vendor/yaml/index.js';
import type { Range } from '../types.js';
export type YNode = Node;
/**
 * A deterministic count of the steps the loader's own loops take (nodes visited, map entries scanned), for tests
 * that bound the work an input costs (test/security/quadratic.test.ts) instead of timing it.
 */
export declare const LOAD_WORK: {
    steps: number;
};
export type YDoc = Document.Parsed;
/**
 * A declaration file after parsing. The loader drops `doc` once it has read the file (a repository's syntax trees
 * would otherwise stay alive for the whole run); `documentOf` parses the text again for the few consumers that need
 * nodes (fixes, export).
 */
export interface SourceFile {
    /** Repository-relative path with `/` separators. */
    path: string;
    text: string;
    /**
     * The syntax tree while the loader reads the file. From the fast path (fast-yaml.ts) it holds yaml's node kinds and
     * ranges but not yaml's classes: read it with this module's functions (isMap, getPair, deref, …); `documentOf`
     * gives yaml's Document, with its methods.
     */
    doc: YDoc | undefined;
    /** Line starts of `text` (every `\n`), counted from the text itself: what an editor shows as lines. */
    lineCounter: LineTable;
    /** Plain data of the document for schema validation, dropped once the file is checked (see loadFiles); undefined when the file has a syntax problem. */
    data: unknown;
    /** True when the file produced a `syntax` finding: no further checks run on it. */
    broken: boolean;
    /**
     * The merge keys of the document: the offsets [start, end] of each map that merges (`into`) and of each map it
     * merges entries from (`from`). A value merged into a map counts as written there (insideMerged); a fix whose edit
     * would land in a `from` map is skipped: it would change every map that merges it, not just the one a finding is
     * about.
     */
    merges: Array<{
        into: readonly [number, number];
        from: readonly [number, number];
    }>;
    /**
     * Plain data of the document's maps by their offsets (`start:end`, and `root` for the document itself), kept when a
     * command asks for it (`keepDeclData`: export) so that it reads declarations without parsing the file again.
     */
    declData?: Map<string, unknown>;
    /**
     * The file's comments when the fast path read it and the text names a directive (`xtap-lint-`): the same list
     * yaml's syntax tree gives (directives.ts `yamlComments`), without parsing the file again for it.
     */
    comments?: Array<{
        offset: number;
        source: string;
    }>;
}
export interface ParseLimits {
    /** Aliases a document may expand (yaml's `maxAliasCount`), counting every alias and the aliases inside what it names. */
    maxAliasCount: number;
    /** Deepest nesting of maps and sequences accepted. */
    maxDepth: number;
}
export declare const DEFAULT_PARSE_LIMITS: ParseLimits;
export interface SyntaxProblem {
    /** What is wrong, in words that never quote the file's text (SPEC §5: a secret must not reach a message). */
    message: string;
    offset: number;
    endOffset: number;
    /** A problem with the document as a whole (an alias bomb): reported at 1:1. */
    whole?: boolean;
}
/**
 * The line starts of a file's text, in a typed array of exact size (4 bytes a line; a JavaScript array grown line by
 * line took ~2.5 times that: 4.4 MB at 50,000 partners), with yaml's `LineCounter.linePos`.
 */
export declare class LineTable {
    /** The offset of each line's first character: 0, then the offset after every `\n`. */
    readonly lineStarts: Uint32Array;
    constructor(lineStarts: Uint32Array);
    /** 1-based line and column of an offset, as yaml's `LineCounter.linePos` gives them. */
    linePos(offset: number): {
        line: number;
        col: number;
    };
}
/** Parse one file. Returns the file and the syntax problems that stop it from being read. */
export declare function parseSource(path: string, text: string, limits?: ParseLimits): {
    file: SourceFile;
    problems: SyntaxProblem[];
};
/** Which parse path `parseSource` takes: the fast one (fast-yaml.ts) unless a test compares both. */
export declare const PARSE_PATH: {
    fast: boolean;
};
/**
 * A syntax problem in words that hold no text of the file: yaml's message when it is one of its fixed sentences,
 * a token kind when it names one (`unexpected scalar`), else the meaning of the error code.
 */
export declare function syntaxMessage(code: string, message: string): string;
/**
 * Keep what export reads of a parsed file (`file.declData`), while its tree exists, so that it reads declarations
 * without parsing every file a second time (`documentOf`): the document's plain data — the very values the schema
 * checked (`file.data`), kept rather than built again — as `root`, and each partner entry's map in it by the entry's
 * offsets (`start:end`).
 */
export declare function keepDeclData(file: SourceFile): void;
/** Plain data of a node of a document being read (merge keys merged, aliases followed): yaml's `toJSON` for both parse paths. */
export declare function plainData(node: unknown): unknown;
/** Plain data of a node of a file's document (merge keys merged, aliases followed), for export. */
export declare function nodeData(file: SourceFile, node: unknown): unknown;
/**
 * yaml's Document of a file that parsed cleanly, parsing the text again with yaml when the loader has dropped the
 * tree or the fast path built it. The result is kept on the file, so every caller (and every fix's `apply`) edits
 * the same document.
 */
export declare function documentOf(file: SourceFile): YDoc | undefined;
/**
 * A place in a file: the offsets of the node a finding points at (`start` -1: no node, 1:1 of the file). Offsets,
 * not node references, so that the model does not keep the syntax trees alive.
 */
export interface Loc {
    file: SourceFile;
    start: number;
    end: number;
}
/** A node's start and end offsets; -1, -1 for no node (undefined or null). */
export declare function offsetsOf(node: unknown): readonly number[];
/** The place of a node (undefined or null: no node). */
export declare function locOf(file: SourceFile, node: unknown): Loc;
/** The line/column range of a place. */
export declare function locRange(loc: Loc): Range;
/**
 * Whether a place lies in a map merged (through merge keys, at any depth) into the map at `into`: a value merged into
 * a map behaves as if written there (SPEC §1.1), though its position is where it was written.
 */
export declare function insideMerged(loc: Loc, into: Loc): boolean;
/** Whether a place names a node (not just the file). */
export declare function hasNode(loc: Loc): boolean;
/** The node of `kind` at a place, in the file's (possibly re-parsed) document: what fixes edit. */
export declare function nodeAt(loc: Loc, kind: 'map' | 'seq' | 'scalar'): Node | undefined;
/**
 * 1-based line and column of an offset, inside the file: at most the character after the last one of its line.
 * A byte order mark is not a column: editors do not show it.
 */
export declare function position(file: SourceFile, offset: number): {
    line: number;
    column: number;
};
/** The range of a node: from its first character to the end of its value, never running into the next line. */
export declare function nodeRange(file: SourceFile, node: Node | null | undefined): Range;
export declare function offsetRange(file: SourceFile, start: number, end: number): Range;
/** A map's pairs as [key string, pair], skipping keys that are not scalars. */
export declare function mapPairs(node: unknown): Array<[string, Pair<Scalar, unknown>]>;
/** The pair under `key` in a map, or undefined. */
export declare function getPair(node: unknown, key: string): Pair<Scalar, unknown> | undefined;
/** Follow an alias to the node it names (one step; yaml forbids alias cycles). */
export declare function deref(doc: YDoc | undefined, node: unknown): unknown;
export interface PointerHit {
    /** The deepest node that exists on the path. */
    node: Node | undefined;
    /** Its key node when it is a map value. */
    key: Node | undefined;
    /** True when the whole path exists. */
    exact: boolean;
}
/** Split an RFC 6901 JSON Pointer into unescaped segments. */
export declare function pointerSegments(pointer: string): string[];
/** Walk a JSON Pointer through the AST; stops at the nearest existing ancestor. */
export declare function nodeAtPointer(doc: YDoc | undefined, segments: readonly string[]): PointerHit;
export { isAlias, isMap, isPair, isScalar, isSeq };
export type { Node, Pair, Scalar, YAMLMap, YAMLSeq };
