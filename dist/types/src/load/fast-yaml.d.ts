import type { Node } from '../../vendor/yaml/index.js';
/**
 * Files `parseSource` read on the fast path and files it gave to yaml, and why it gave up on the last one: for tests
 * and the benchmark (not part of any output).
 */
export declare const FAST_STATS: {
    fast: number;
    fallback: number;
    lastReason: string;
};
/** The tests of the core schema's scalar tags, in order (pinned by test/load/fast-yaml.test.ts). */
export declare const CORE_SCALAR_TESTS: readonly RegExp[];
export interface FastParse {
    /** A document as yaml's `parseDocument` gives it, for what the loader and the model read: `contents` and `errors`. */
    doc: {
        contents: Node;
        errors: never[];
        warnings: never[];
    };
    /** Plain data of the document (what the schema checks), as the yaml path's `toData` gives it. */
    data: unknown;
    /**
     * True when the document has anchors, aliases or merge keys: `data` is then not final, and the document goes
     * through the same `prepare` and `toData` as yaml's (aliases resolved and counted, merge keys merged).
     */
    prepare: boolean;
    /** The comments (`#` to the end of its line), as yaml's syntax tree has them; only when the text names a directive. */
    comments?: Array<{
        offset: number;
        source: string;
    }>;
}
/**
 * Parse `text` on the fast path: yaml nodes with yaml's ranges and the document's plain data, or undefined when the
 * file is outside the subset (then `yaml` reads it). `lineStarts` are the offsets of the text's lines; `maxDepth`
 * the deepest nesting accepted; `count` is called once per node (the loader's work counter).
 */
export declare function fastParse(text: string, lineStarts: ArrayLike<number>, maxDepth: number, count: () => void): FastParse | undefined;
