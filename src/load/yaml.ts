/**
 * The one module that knows yaml's node API: parsing with positions, walking maps and sequences,
 * JSON Pointer lookup, and turning node offsets into 1-based line/column ranges.
 */
import { Alias, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
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

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliasCount: 100, maxDepth: 64 };

export interface SyntaxProblem {
  message: string;
  offset: number;
  endOffset: number;
}

// resolveKnownTags: false keeps YAML 1.1 types (!!binary, !!set, !!omap, !!timestamp …) as the plain strings, maps and
// sequences they are written as, so that the schema reports them; logLevel: 'error' keeps yaml's warnings off stderr.
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true, keepSourceTokens: false, resolveKnownTags: false, logLevel: 'error' } as const;

/** Parse one file. Returns the file and the syntax problems that stop it from being read. */
export function parseSource(path: string, text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): { file: SourceFile; problems: SyntaxProblem[] } {
  // yaml skips a UTF-8 byte-order mark itself and keeps offsets (and so lines and columns) relative to the text.
  const lineCounter = new LineCounter();
  const problems: SyntaxProblem[] = [];
  let doc: YDoc | undefined;
  try {
    doc = parseDocument(text, { lineCounter, ...PARSE_OPTIONS });
  } catch (err) {
    problems.push({ message: `cannot parse the file: ${errorText(err)}`, offset: 0, endOffset: 0 });
  }
  if (doc) {
    for (const e of doc.errors) {
      problems.push({ message: yamlErrorMessage(e.code, e.message), offset: e.pos[0], endOffset: e.pos[1] });
    }
  }
  let data: unknown;
  if (doc && problems.length === 0) {
    const deep = findTooDeep(doc.contents, limits.maxDepth);
    if (deep) {
      const r = deep.range ?? [0, 0];
      problems.push({ message: `the document nests deeper than ${limits.maxDepth} levels`, offset: r[0], endOffset: r[0] });
    } else {
      try {
        data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
      } catch (err) {
        const unresolved = /Unresolved alias/i.test(errorText(err)) ? findUnresolvedAlias(doc) : undefined;
        const aliasBomb = !unresolved && /alias/i.test(errorText(err));
        problems.push({
          message: unresolved
            ? `the alias \`*${unresolved.source}\` names no anchor: an anchor \`&${unresolved.source}\` must come before it`
            : aliasBomb
              ? `the document expands more than ${limits.maxAliasCount} aliases (an alias bomb?)`
              : `cannot read the document: ${errorText(err)}`,
          offset: unresolved?.range?.[0] ?? 0,
          endOffset: unresolved?.range?.[1] ?? 0,
        });
      }
    }
  }
  if (lineCounter.lineStarts.length === 0) lineCounter.addNewLine(0);
  const file: SourceFile = { path, text, doc, lineCounter, data, broken: problems.length > 0 };
  return { file, problems };
}

/** The first alias whose anchor is not defined before it. */
function findUnresolvedAlias(doc: YDoc): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_key, node) {
      let target: unknown;
      try {
        target = node.resolve(doc);
      } catch {
        target = undefined;
      }
      if (target === undefined) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0] : String(err);
}

function yamlErrorMessage(code: string, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return first.replace('Map keys must be unique', 'duplicate key: map keys must be unique');
  if (code === 'MULTIPLE_DOCS') return 'the file holds more than one YAML document (a second `---`); a declaration file is one document';
  return first.charAt(0).toLowerCase() + first.slice(1);
}

function findTooDeep(root: unknown, maxDepth: number): Node | undefined {
  // Recursion is bounded by maxDepth, so it cannot overflow the stack.
  const visit = (n: unknown, d: number): Node | undefined => {
    if (!isMap(n) && !isSeq(n)) return undefined;
    if (d >= maxDepth) return n as Node;
    for (const item of (n as YAMLMap | YAMLSeq).items) {
      const hit = isPair(item) ? (visit(item.key, d + 1) ?? visit(item.value, d + 1)) : visit(item, d + 1);
      if (hit) return hit;
    }
    return undefined;
  };
  return visit(root, 0);
}


/**
 * The parsed document of a file that parsed cleanly, parsing the text again when the loader has dropped it. The
 * result is kept on the file, so every caller (and every fix's `apply`) edits the same document.
 */
export function documentOf(file: SourceFile): YDoc | undefined {
  if (file.doc || file.broken) return file.doc;
  file.doc = parseDocument(file.text, PARSE_OPTIONS);
  return file.doc;
}

/**
 * A place in a file: the offsets of the node a finding points at (`start` -1: no node, 1:1 of the file). Offsets,
 * not node references, so that the model does not keep the syntax trees alive.
 */
export interface Loc {
  file: SourceFile;
  start: number;
  end: number;
}

const NO_RANGE = [-1, -1] as const;

/** A node's start and end offsets; -1, -1 for no node (undefined or null). */
export function offsetsOf(node: unknown): readonly number[] {
  return (node as Node | null | undefined)?.range ?? NO_RANGE;
}

/** The place of a node (undefined or null: no node). */
export function locOf(file: SourceFile, node: unknown): Loc {
  const r = offsetsOf(node);
  return { file, start: r[0], end: r[1] };
}

/** The line/column range of a place. */
export function locRange(loc: Loc): Range {
  return loc.start < 0 ? { line: 1, column: 1, endLine: 1, endColumn: 1 } : offsetRange(loc.file, loc.start, loc.end);
}

/** Whether a place names a node (not just the file). */
export function hasNode(loc: Loc): boolean {
  return loc.start >= 0;
}

/** The node of `kind` at a place, in the file's (possibly re-parsed) document: what fixes edit. */
export function nodeAt(loc: Loc, kind: 'map' | 'seq' | 'scalar'): Node | undefined {
  const doc = documentOf(loc.file);
  if (!doc || loc.start < 0) return undefined;
  const want = (n: unknown): boolean => (kind === 'map' ? isMap(n) : kind === 'seq' ? isSeq(n) : isScalar(n));
  let found: Node | undefined;
  const walk = (n: unknown): void => {
    if (found || n === null || n === undefined) return;
    const r = (n as Node).range;
    if (r && (loc.start < r[0] || loc.start > r[2])) return;
    if (r && r[0] === loc.start && r[1] === loc.end && want(n)) {
      found = n as Node;
      return;
    }
    if (isMap(n)) {
      for (const p of n.items) {
        walk(p.key);
        walk(p.value);
      }
    } else if (isSeq(n)) {
      for (const i of n.items) walk(i);
    }
  };
  walk(doc.contents);
  return found;
}

/** 1-based line and column of an offset. A byte order mark is not a column: editors do not show it. */
export function position(file: SourceFile, offset: number): { line: number; column: number } {
  const p = file.lineCounter.linePos(Math.max(0, Math.min(offset, file.text.length)));
  const bom = p.line === 1 && file.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { line: p.line, column: Math.max(1, p.col - bom) };
}

/** The range of a node: from its first character to the end of its value, never running into the next line. */
export function nodeRange(file: SourceFile, node: Node | null | undefined): Range {
  if (!node || !node.range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return offsetRange(file, node.range[0], node.range[1]);
}

export function offsetRange(file: SourceFile, start: number, end: number): Range {
  let e = Math.max(start, end);
  // Block collections end at the start of the next line: clamp to the end of the last line with content.
  while (e > start && /\s/.test(file.text.charAt(e - 1))) e--;
  const s = position(file, start);
  const t = position(file, e);
  return { line: s.line, column: s.column, endLine: t.line, endColumn: t.column };
}

/** A map's pairs as [key string, pair], skipping keys that are not scalars. */
export function mapPairs(node: unknown): Array<[string, Pair<Scalar, unknown>]> {
  const out: Array<[string, Pair<Scalar, unknown>]> = [];
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    if (isScalar(pair.key)) out.push([String(pair.key.value), pair as Pair<Scalar, unknown>]);
  }
  return out;
}

/** The pair under `key` in a map, or undefined. */
export function getPair(node: unknown, key: string): Pair<Scalar, unknown> | undefined {
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair as Pair<Scalar, unknown>;
  }
  return undefined;
}

/** Follow an alias to the node it names (one step; yaml forbids alias cycles). */
export function deref(doc: YDoc | undefined, node: unknown): unknown {
  if (isAlias(node) && doc) {
    try {
      return (node as Alias).resolve(doc) ?? node;
    } catch {
      return node;
    }
  }
  return node;
}

export interface PointerHit {
  /** The deepest node that exists on the path. */
  node: Node | undefined;
  /** Its key node when it is a map value. */
  key: Node | undefined;
  /** True when the whole path exists. */
  exact: boolean;
}

/** Split an RFC 6901 JSON Pointer into unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Walk a JSON Pointer through the AST; stops at the nearest existing ancestor. */
export function nodeAtPointer(doc: YDoc | undefined, segments: readonly string[]): PointerHit {
  let node: unknown = doc?.contents ?? undefined;
  let key: Node | undefined;
  for (const seg of segments) {
    node = deref(doc, node);
    if (isMap(node)) {
      const pair = getPair(node, seg);
      if (!pair) return { node: node as Node, key, exact: false };
      key = pair.key as Node;
      node = pair.value;
      if (node === null || node === undefined) return { node: key, key, exact: true };
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined || !/^\d+$/.test(seg)) return { node: node as Node, key, exact: false };
      key = undefined;
      node = item;
    } else {
      return { node: node as Node | undefined, key, exact: false };
    }
  }
  return { node: deref(doc, node) as Node | undefined, key, exact: true };
}

export { isAlias, isMap, isPair, isScalar, isSeq };
export type { Node, Pair, Scalar, YAMLMap, YAMLSeq };
