/**
 * The one module that knows yaml's node API: parsing with positions, walking maps and sequences,
 * JSON Pointer lookup, and turning node offsets into 1-based line/column ranges.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter } from '../../vendor/yaml/index.js';
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from '../../vendor/yaml/index.js';
import type { Range } from '../types.js';
export type YNode = Node;
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
    doc: YDoc | undefined;
    lineCounter: LineCounter;
    /** Plain data of the document for schema validation, dropped once the file is checked (see loadFiles); undefined when the file has a syntax problem. */
    data: unknown;
    /** True when the file produced a `syntax` finding: no further checks run on it. */
    broken: boolean;
}
export interface ParseLimits {
    /** Aliases a document may expand (yaml's `maxAliasCount`). */
    maxAliasCount: number;
    /** Deepest nesting of maps and sequences accepted. */
    maxDepth: number;
}
export declare const DEFAULT_PARSE_LIMITS: ParseLimits;
export interface SyntaxProblem {
    message: string;
    offset: number;
    endOffset: number;
}
/** Parse one file. Returns the file and the syntax problems that stop it from being read. */
export declare function parseSource(path: string, text: string, limits?: ParseLimits): {
    file: SourceFile;
    problems: SyntaxProblem[];
};
/**
 * The parsed document of a file that parsed cleanly, parsing the text again when the loader has dropped it. The
 * result is kept on the file, so every caller (and every fix's `apply`) edits the same document.
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
/** Whether a place names a node (not just the file). */
export declare function hasNode(loc: Loc): boolean;
/** The node of `kind` at a place, in the file's (possibly re-parsed) document: what fixes edit. */
export declare function nodeAt(loc: Loc, kind: 'map' | 'seq' | 'scalar'): Node | undefined;
/** 1-based line and column of an offset. A byte order mark is not a column: editors do not show it. */
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
