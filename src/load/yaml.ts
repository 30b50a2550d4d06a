/**
 * The one module that knows yaml's node API: parsing with positions, walking maps and sequences,
 * JSON Pointer lookup, and turning node offsets into 1-based line/column ranges.
 */
import { Alias, Composer, isAlias, isMap, isPair, isScalar, isSeq, Parser, YAMLParseError } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Range } from '../types.js';
import { FAST_STATS, fastParse } from './fast-yaml.js';

export type YNode = Node;

/**
 * A deterministic count of the steps the loader's own loops take (nodes visited, map entries scanned), for tests
 * that bound the work an input costs (test/security/quadratic.test.ts) instead of timing it.
 */
export const LOAD_WORK = { steps: 0 };
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
  merges: Array<{ into: readonly [number, number]; from: readonly [number, number] }>;
  /**
   * Plain data of the document's maps by their offsets (`start:end`, and `root` for the document itself), kept when a
   * command asks for it (`keepDeclData`: export) so that it reads declarations without parsing the file again.
   */
  declData?: Map<string, unknown>;
  /**
   * The file's comments when the fast path read it and the text names a directive (`xtap-lint-`): the same list
   * yaml's syntax tree gives (directives.ts `yamlComments`), without parsing the file again for it.
   */
  comments?: Array<{ offset: number; source: string }>;
}

export interface ParseLimits {
  /** Aliases a document may expand (yaml's `maxAliasCount`), counting every alias and the aliases inside what it names. */
  maxAliasCount: number;
  /** Deepest nesting of maps and sequences accepted. */
  maxDepth: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliasCount: 100, maxDepth: 64 };

export interface SyntaxProblem {
  /** What is wrong, in words that never quote the file's text (SPEC §5: a secret must not reach a message). */
  message: string;
  offset: number;
  endOffset: number;
  /** A problem with the document as a whole (an alias bomb): reported at 1:1. */
  whole?: boolean;
}

// uniqueKeys: false — yaml checks duplicate keys with a scan of the map per key (quadratic in the keys of a map);
// prepare() checks them with one Set per map instead. resolveKnownTags: false keeps YAML 1.1 types (!!binary, !!set,
// !!omap, !!timestamp …) as the plain strings, maps and sequences they are written as, so that the schema reports
// them; logLevel: 'error' keeps yaml's warnings off stderr.
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, keepSourceTokens: false, resolveKnownTags: false, logLevel: 'error' } as const;

/**
 * The line starts of a file's text, in a typed array of exact size (4 bytes a line; a JavaScript array grown line by
 * line took ~2.5 times that: 4.4 MB at 50,000 partners), with yaml's `LineCounter.linePos`.
 */
export class LineTable {
  /** The offset of each line's first character: 0, then the offset after every `\n`. */
  readonly lineStarts: Uint32Array;
  constructor(lineStarts: Uint32Array) {
    this.lineStarts = lineStarts;
  }
  /** 1-based line and column of an offset, as yaml's `LineCounter.linePos` gives them. */
  linePos(offset: number): { line: number; col: number } {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1] + 1 };
  }
}

/** Line starts of a text: one per `\n`, whatever the parser made of the characters in between. */
function lineIndex(text: string): LineTable {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  const starts = new Uint32Array(n);
  n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
  return new LineTable(starts);
}

/** Parse one file. Returns the file and the syntax problems that stop it from being read. */
export function parseSource(path: string, text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): { file: SourceFile; problems: SyntaxProblem[] } {
  // yaml skips a UTF-8 byte-order mark itself and keeps offsets (and so lines and columns) relative to the text.
  // Lines come from the text itself: yaml's own LineCounter misses the line breaks inside a scalar it could not
  // close (an unterminated quote), which put later positions on the wrong line.
  const lineCounter = lineIndex(text);
  const problems: SyntaxProblem[] = [];
  let doc: YDoc | undefined;
  // The fast path first (fast-yaml.ts): a file outside its subset, and every file with a syntax error, is read by yaml.
  const fast = PARSE_PATH.fast ? fastParse(text, lineCounter.lineStarts, Math.min(limits.maxDepth, HARD_MAX_DEPTH), countStep) : undefined;
  if (fast) {
    // Checked as it was built: no duplicate key or syntax problem, nesting within the limit. Anchors, aliases and
    // merge keys go through the same `prepare` as yaml's documents; any problem there, and yaml reads the file.
    const doc = fast.doc as unknown as YDoc;
    const read = fast.prepare ? readPrepared(doc, limits, text) : { data: fast.data, merges: [] };
    if ('problem' in read) {
      FAST_STATS.fallback++;
      FAST_STATS.lastReason = 'prepare';
    } else {
      FAST_STATS.fast++;
      LIGHT_DOCS.add(doc);
      const file: SourceFile = { path, text, doc, lineCounter, data: read.data, broken: false, merges: read.merges };
      if (fast.comments) file.comments = fast.comments;
      return { file, problems };
    }
  }
  try {
    const parsed = parseChecked(text, limits.maxDepth);
    doc = parsed.doc;
    if (parsed.deepAt !== undefined) {
      problems.push({ message: `the document nests deeper than ${Math.min(limits.maxDepth, HARD_MAX_DEPTH)} levels`, offset: parsed.deepAt, endOffset: parsed.deepAt });
      doc = undefined;
    }
  } catch {
    problems.push({ message: 'the YAML parser could not read the file', offset: 0, endOffset: 0 });
  }
  if (doc) {
    for (const e of doc.errors) {
      problems.push({ message: syntaxMessage(e.code, e.message), offset: e.pos[0], endOffset: e.pos[1] });
    }
  }
  let data: unknown;
  let merges: SourceFile['merges'] = [];
  if (doc && problems.length === 0) {
    let deep: Node | undefined;
    try {
      deep = findTooDeep(doc.contents, limits.maxDepth);
    } catch {
      deep = doc.contents ?? undefined;
    }
    if (deep) {
      const r = deep.range ?? [0, 0];
      problems.push({ message: `the document nests deeper than ${limits.maxDepth} levels`, offset: r[0], endOffset: r[0] });
    } else {
      try {
        const read = readPrepared(doc, limits, text);
        if ('problem' in read) problems.push(read.problem);
        else ({ data, merges } = read);
      } catch {
        // Only a nesting deeper than the stack (a configuration that raised limits.maxDepth very high) gets here.
        problems.push({ message: 'the document nests too deeply to be read', offset: 0, endOffset: 0, whole: true });
      }
    }
  }
  const file: SourceFile = { path, text, doc, lineCounter, data, broken: problems.length > 0, merges };
  return { file, problems };
}

/** `prepare`, then the document's plain data; or the problem that stops it from being read. */
function readPrepared(doc: YDoc, limits: ParseLimits, text: string): { problem: SyntaxProblem } | { data: unknown; merges: SourceFile['merges'] } {
  const prepared = prepare(doc, limits, text);
  return prepared.problem ? { problem: prepared.problem } : { data: toData(doc.contents), merges: prepared.merges };
}

/**
 * Documents the fast path built: yaml's node kinds and ranges without yaml's classes (fast-yaml.ts). Read them with
 * this module's functions (isMap, getPair, …), never with a Document's methods; `documentOf` gives yaml's Document.
 */
const LIGHT_DOCS = new WeakSet<object>();

/** Which parse path `parseSource` takes: the fast one (fast-yaml.ts) unless a test compares both. */
export const PARSE_PATH = { fast: true };

const countStep = (): void => {
  LOAD_WORK.steps++;
};

/**
 * Nesting the composer is asked to read at most, whatever `limits.maxDepth` says: yaml composes collections
 * recursively, and past the stack it catches the overflow at every level, which costs memory without bound (20,000
 * `[` in a 40 KB file ran a process out of memory).
 */
const HARD_MAX_DEPTH = 256;

/**
 * yaml's parseDocument, with the nesting of each document checked on the concrete syntax tree (built without
 * recursion) before the composer builds nodes from it. Returns the offset of the first collection nested too deep.
 */
function parseChecked(text: string, maxDepth: number): { doc: YDoc | undefined; deepAt?: number } {
  const limit = Math.min(maxDepth, HARD_MAX_DEPTH);
  let deepAt: number | undefined;
  function* checked(): Generator<import('yaml').CST.Token> {
    for (const token of new Parser().parse(text)) {
      deepAt = tooDeep(token, limit);
      if (deepAt !== undefined) return;
      yield token;
    }
  }
  let doc: YDoc | undefined;
  for (const d of new Composer(PARSE_OPTIONS).compose(checked(), true, text.length)) {
    if (!doc) doc = d;
    else {
      doc.errors.push(new YAMLParseError([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return deepAt === undefined ? { doc } : { doc, deepAt };
}

/**
 * The offset of the first collection of a CST token nested deeper than `limit`, walked with an explicit stack (two
 * parallel arrays and `for…in`: no tuple or `Object.values` array per token, which cost ~8% of a lint at 10,000
 * partners). Every object of the token is visited, in the same order as before.
 */
function tooDeep(root: unknown, limit: number): number | undefined {
  const nodes: unknown[] = [root];
  const depths: number[] = [0];
  while (nodes.length) {
    const v = nodes.pop() as object;
    const depth = depths.pop() as number;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (x !== null && typeof x === 'object') {
          nodes.push(x);
          depths.push(depth);
        }
      }
      continue;
    }
    const t = v as Record<string, unknown>;
    let d = depth;
    const type = t.type;
    if (type === 'block-map' || type === 'block-seq' || type === 'flow-collection') {
      d++;
      if (d > limit) return typeof t.offset === 'number' ? t.offset : 0;
    }
    for (const k in t) {
      if (!Object.prototype.hasOwnProperty.call(t, k)) continue;
      const x = t[k];
      if (x !== null && typeof x === 'object') {
        nodes.push(x);
        depths.push(d);
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Syntax messages: from yaml's error code and fixed wording, never from the file's text

/** yaml's token types (its CST), named in messages as words: `flow-map-end` → "flow map end". */
const TOKEN_TYPES = new Set([
  'alias', 'anchor', 'block-map', 'block-scalar', 'block-seq', 'byte-order-mark', 'comma', 'comment', 'directive',
  'directive-line', 'doc-end', 'doc-mode', 'doc-start', 'document', 'double-quoted-scalar', 'error', 'explicit-key-ind',
  'flow-collection', 'flow-error-end', 'flow-map-end', 'flow-map-start', 'flow-seq-end', 'flow-seq-start',
  'map-value-ind', 'newline', 'scalar', 'seq-item-ind', 'single-quoted-scalar', 'space', 'tag', 'block-seq-ind',
]);

const INDICATORS = new Map([
  [',', 'comma'], [':', 'map value indicator `:`'], ['?', 'explicit key indicator `?`'], ['-', 'sequence item indicator `-`'],
  [']', 'flow sequence end `]`'], ['}', 'flow map end `}`'], ['[', 'flow sequence start `[`'], ['{', 'flow map start `{`'],
]);

/** yaml's messages that hold no text of the file (checked verbatim; anything else is worded from its code). */
const FIXED_MESSAGES = new Set([
  'A block sequence may not be used as an implicit map key',
  'A node can have at most one anchor',
  'A node can have at most one tag',
  'Alias cannot be an empty string',
  'Alias ending in : is ambiguous',
  'All mapping items must start at the same column',
  'All sequence items must start at the same column',
  'An alias node must not specify any properties',
  'Anchor cannot be an empty string',
  'Anchor ending in : is ambiguous',
  'Block collection cannot start on same line with directives-end marker',
  'Block collections are not allowed within flow collections',
  'Block scalar header not found',
  'Block scalar values in collections must be indented',
  'Block scalars with more-indented leading empty lines must use an explicit indentation indicator',
  'Block scalar lines must not be less indented than their explicit indentation indicator',
  'Block scalar lines must not be less indented than their first line',
  'Comments must be separated from other tokens by white space characters',
  'Flow end indicator should be more indented than parent',
  'Implicit keys need to be on a single line',
  'Implicit keys of flow sequence pairs need to be on a single line',
  'Implicit map keys need to be followed by map values',
  'Invalid block scalar header',
  'Map comment with trailing content',
  'Missing closing "quote',
  "Missing closing 'quote",
  'Missing directives-end indicator line',
  'Missing directives-end/doc-start indicator line',
  'Missing newline after block sequence props',
  'Nested mappings are not allowed in compact mappings',
  'Sequence item without - indicator',
  'Tabs are not allowed as indentation',
  'Tags and anchors must be separated from the next token by white space',
  'The : indicator must be at most 1024 chars after the start of an implicit block mapping key',
  'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key',
  'Unexpected block-seq-ind on same line with key',
  'Unexpected doc-end without preceding document',
]);

/** What each error code means, for a message that is not one of the fixed ones. */
const CODE_WORDS = new Map([
  ['ALIAS_PROPS', 'an alias cannot have an anchor or a tag'],
  ['BAD_ALIAS', 'an invalid alias'],
  ['BAD_COLLECTION_TYPE', 'a tag used on the wrong kind of collection'],
  ['BAD_DIRECTIVE', 'an invalid `%` directive'],
  ['BAD_DQ_ESCAPE', 'an invalid escape sequence in a double-quoted string'],
  ['BAD_INDENT', 'bad indentation'],
  ['BAD_PROP_ORDER', 'an anchor or a tag in the wrong place'],
  ['BAD_SCALAR_START', 'a plain value that starts with a reserved indicator character (quote the value)'],
  ['BLOCK_AS_IMPLICIT_KEY', 'a block collection used as a map key'],
  ['BLOCK_IN_FLOW', 'a block collection inside a flow collection'],
  ['DUPLICATE_KEY', 'duplicate key: map keys must be unique'],
  ['IMPOSSIBLE', 'a structure the YAML parser cannot read'],
  ['KEY_OVER_1024_CHARS', 'a map key longer than 1024 characters'],
  ['MISSING_CHAR', 'a missing character'],
  ['MULTILINE_IMPLICIT_KEY', 'a map key that spans several lines'],
  ['MULTIPLE_ANCHORS', 'a node with more than one anchor'],
  ['MULTIPLE_TAGS', 'a node with more than one tag'],
  ['NON_STRING_KEY', 'a map key that is not a string'],
  ['TAB_AS_INDENT', 'a tab used as indentation'],
  ['TAG_RESOLVE_FAILED', 'an unknown tag'],
  ['UNEXPECTED_TOKEN', 'an unexpected token'],
  ['RESOURCE_EXHAUSTION', 'a document too large to read'],
]);

const tokenWords = (type: string): string => type.replace(/-ind$/, '-indicator').replace(/-/g, ' ');

/**
 * A syntax problem in words that hold no text of the file: yaml's message when it is one of its fixed sentences,
 * a token kind when it names one (`unexpected scalar`), else the meaning of the error code.
 */
export function syntaxMessage(code: string, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'MULTIPLE_DOCS') return 'the file holds more than one YAML document (a second `---`); a declaration file is one document';
  if (code === 'DUPLICATE_KEY') return 'duplicate key: map keys must be unique';
  const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
  if (FIXED_MESSAGES.has(first)) return lower(first);
  let m = /^Unexpected ([a-z-]+)(?: at node end| token)?$/.exec(first);
  if (m && TOKEN_TYPES.has(m[1])) return `unexpected ${tokenWords(m[1])}`;
  m = /^Expected a flow scalar value, but found: ([a-z-]+)$/.exec(first);
  if (m && TOKEN_TYPES.has(m[1])) return `expected a flow scalar value, found ${tokenWords(m[1])}`;
  m = /^Unexpected (\S+) in (flow map|flow sequence|collection)$/.exec(first);
  if (m) return `unexpected ${INDICATORS.get(m[1]) ?? 'token'} in ${m[2] === 'collection' ? 'a collection' : `a ${m[2]}`}`;
  m = /^(Missing , between|Missing , or : between|Missing space after : in|Unexpected empty item in) (flow map|flow sequence)( items)?$/.exec(first);
  if (m) return lower(first);
  m = /^(Flow map|Flow sequence)( in block collection)? must (?:be sufficiently indented and )?end with a ([\]}])$/.exec(first);
  if (m) return lower(first);
  return CODE_WORDS.get(code) ?? 'a YAML syntax error';
}

// ---------------------------------------------------------------------------------------------------------------
// One linear pass over a parsed document: aliases, duplicate keys, merge keys

/** The node each alias names, found once per document (yaml's `Alias.resolve` walks the document on every call). */
const ALIAS_TARGETS = new WeakMap<Alias, Node>();

interface Prepared {
  problem?: SyntaxProblem;
  merges: SourceFile['merges'];
}

/** The key of a pair as a string, as plain data names it; undefined for a key that is not a scalar. */
function keyText(key: unknown): string | undefined {
  const k = isAlias(key) ? ALIAS_TARGETS.get(key) : key;
  if (!isScalar(k)) return undefined;
  return k.value === null ? '' : String(k.value);
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && key.value === '<<' && (key.type === undefined || key.type === 'PLAIN');
}

/**
 * Check and complete a parsed document in one pass, in document order (the order in which yaml finds anchors):
 * - every alias is resolved once (ALIAS_TARGETS) and counted: an alias expands itself and every alias inside the
 *   node it names, so aliases of empty collections count too, and the total is bounded by `maxAliasCount`;
 * - duplicate keys are found with one Set per map;
 * - YAML 1.1 merge keys (`<<: *base`, `<<: [*a, *b]`) are merged into their map (SPEC §1.1): explicit keys win,
 *   earlier merged maps win over later ones, and the merged entries are the anchored map's own pairs, so a value
 *   keeps the position where it was written.
 * Recursion is bounded by the depth limit, checked before.
 */
function prepare(doc: YDoc, limits: ParseLimits, text: string): Prepared {
  const anchors = new Map<string, Node>();
  const open = new Set<Node>();
  /** Aliases a node expands when it is read, itself included for an alias. */
  const weight = new Map<Node, number>();
  const merges: SourceFile['merges'] = [];
  let nodes = 0;
  let merged = 0;
  let problem: SyntaxProblem | undefined;
  const fail = (message: string, node: unknown, whole = false): number => {
    const r = offsetsOf(node);
    problem ??= { message, offset: Math.max(0, r[0]), endOffset: Math.max(0, r[1]), whole };
    return 0;
  };

  const walk = (node: unknown): number => {
    if (problem || node === null || node === undefined) return 0;
    nodes++;
    LOAD_WORK.steps++;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) return fail('an alias names no anchor: the anchor (`&name`) must come before the alias (`*name`)', node);
      if (open.has(target)) return fail('an alias names a node that contains it', node);
      ALIAS_TARGETS.set(node, target);
      return 1 + (weight.get(target) ?? 0);
    }
    const n = node as Node;
    if (n.anchor) anchors.set(n.anchor, n);
    open.add(n);
    let w = 0;
    if (isMap(n)) {
      const keys = new Set<string>();
      let merges: Array<Pair<unknown, unknown>> | undefined;
      for (const pair of n.items) {
        w += walk(pair.key) + walk(pair.value);
        if (problem) break;
        if (isMergeKey(pair.key)) {
          (merges ??= []).push(pair);
          continue;
        }
        const k = keyText(pair.key);
        if (k === undefined) continue;
        if (keys.has(k)) fail('duplicate key: map keys must be unique', pair.key);
        keys.add(k);
      }
      // Before merging: merged pairs come from elsewhere in the text.
      contentEnds(n, text);
      if (merges && !problem) {
        if (merges.length > 1) fail('duplicate key: a map has more than one merge key `<<`', merges[1].key);
        else merged += merge(n as YAMLMap<unknown, unknown>, merges[0], keys);
        if (!problem && merged > nodes + 10_000) fail('the merge keys (`<<`) of the document copy more entries than it holds (a merge bomb?)', null, true);
      }
    } else if (isSeq(n)) {
      for (const item of n.items) w += walk(item);
      contentEnds(n, text);
    }
    open.delete(n);
    w = Math.min(w, Number.MAX_SAFE_INTEGER);
    weight.set(n, w);
    return w;
  };

  /** Merge the maps named by `pair` (a merge key) into `map`, in place of the merge key. Returns the entries copied. */
  const merge = (map: YAMLMap<unknown, unknown>, pair: Pair<unknown, unknown>, explicit: Set<string>): number => {
    const value = isAlias(pair.value) ? ALIAS_TARGETS.get(pair.value) : pair.value;
    const sources: unknown[] = isSeq(value) ? value.items.map((i) => (isAlias(i) ? ALIAS_TARGETS.get(i) : i)) : [value];
    const added: Array<Pair<unknown, unknown>> = [];
    for (const source of sources) {
      if (!isMap(source)) {
        fail('a merge key `<<` takes a map or a list of maps (`<<: *base`, `<<: [*a, *b]`)', pair.value ?? pair.key);
        return 0;
      }
      const r = offsetsOf(source);
      const into = offsetsOf(map);
      if (r[0] >= 0 && into[0] >= 0) merges.push({ into: [into[0], into[1]], from: [r[0], r[1]] });
      for (const p of source.items) {
        const k = keyText(p.key);
        if (k === undefined || explicit.has(k)) continue;
        explicit.add(k);
        added.push(p as Pair<unknown, unknown>);
      }
    }
    const at = map.items.indexOf(pair);
    map.items.splice(at, 1, ...added);
    return added.length;
  };

  const total = walk(doc.contents);
  if (!problem && total > limits.maxAliasCount) {
    fail(`the document expands more than ${limits.maxAliasCount} aliases (an alias bomb?)`, null, true);
  }
  return { problem, merges };
}

/**
 * A block collection ends where its content ends: at the end of its last value (yaml's own range runs on over the
 * line break, comments and comment lines after it). Both parse paths give the same ranges this way, and a finding
 * on a map or a list never spans the comments that follow it. Set after the collection's items are walked (a nested
 * collection's end is already its content's end); a block scalar's end is its last character.
 */
function contentEnds(n: YAMLMap | YAMLSeq, text: string): void {
  if (n.flow || !n.range || n.items.length === 0) return;
  const last = n.items[n.items.length - 1] as unknown;
  const node = (isPair(last) ? (last.value ?? last.key) : last) as Node | null;
  const r = node?.range;
  if (!r) return;
  let end = r[1];
  if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
    while (end > r[0] && /\s/.test(text.charAt(end - 1))) end--;
  }
  n.range = [n.range[0], end, n.range[2]];
}

/** Plain data of a prepared document (what the schema checks): aliases share the value of the node they name. */
function toData(root: unknown): unknown {
  const done = new Map<unknown, unknown>();
  const convert = (node: unknown): unknown => {
    if (node === null || node === undefined) return null;
    LOAD_WORK.steps++;
    if (isAlias(node)) node = ALIAS_TARGETS.get(node) ?? null;
    if (done.has(node)) return done.get(node);
    let out: unknown;
    if (isScalar(node)) out = node.value === undefined ? null : node.value;
    else if (isMap(node)) {
      const obj: Record<string, unknown> = {};
      done.set(node, obj);
      for (const pair of node.items) {
        const k = keyText(pair.key) ?? JSON.stringify(convert(pair.key));
        // An own property even for `__proto__` (plain assignment would set the prototype instead).
        Object.defineProperty(obj, k, { value: convert(pair.value), enumerable: true, writable: true, configurable: true });
      }
      out = obj;
    } else if (isSeq(node)) {
      const arr: unknown[] = [];
      done.set(node, arr);
      for (const item of node.items) arr.push(convert(item));
      out = arr;
    } else out = null;
    done.set(node, out);
    return out;
  };
  return convert(root);
}

/**
 * Keep what export reads of a parsed file (`file.declData`), while its tree exists, so that it reads declarations
 * without parsing every file a second time (`documentOf`): the document's plain data — the very values the schema
 * checked (`file.data`), kept rather than built again — as `root`, and each partner entry's map in it by the entry's
 * offsets (`start:end`).
 */
export function keepDeclData(file: SourceFile): void {
  if (!file.doc || file.broken) return;
  const index = new Map<string, unknown>();
  index.set('root', file.data);
  const list = file.data !== null && typeof file.data === 'object' && Object.hasOwn(file.data, 'partners') ? (file.data as { partners: unknown }).partners : undefined;
  const pp = getPair(deref(file.doc, file.doc.contents), 'partners');
  // The data's `partners` is the converted `partners:` sequence (the same pair: duplicate keys are a syntax error), item by item.
  if (pp && isSeq(pp.value) && Array.isArray(list) && list.length === pp.value.items.length) {
    pp.value.items.forEach((item, k) => {
      if (isMap(item) && item.range) index.set(`${item.range[0]}:${item.range[1]}`, list[k]);
    });
  }
  file.declData = index;
}

/** Plain data of a node of a document being read (merge keys merged, aliases followed): yaml's `toJSON` for both parse paths. */
export function plainData(node: unknown): unknown {
  return toData(node);
}

/** Plain data of a node of a file's document (merge keys merged, aliases followed), for export. */
export function nodeData(file: SourceFile, node: unknown): unknown {
  return documentOf(file) ? toData(node) : undefined;
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
 * yaml's Document of a file that parsed cleanly, parsing the text again with yaml when the loader has dropped the
 * tree or the fast path built it. The result is kept on the file, so every caller (and every fix's `apply`) edits
 * the same document.
 */
export function documentOf(file: SourceFile): YDoc | undefined {
  if ((file.doc && !LIGHT_DOCS.has(file.doc)) || file.broken) return file.doc;
  const doc = parseChecked(file.text, HARD_MAX_DEPTH).doc;
  if (!doc) return undefined;
  // The same document the loader read: aliases resolved once, merge keys merged (the file parsed cleanly before).
  prepare(doc, { maxAliasCount: Number.MAX_SAFE_INTEGER, maxDepth: Number.MAX_SAFE_INTEGER }, file.text);
  file.doc = doc;
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

/**
 * Whether a place lies in a map merged (through merge keys, at any depth) into the map at `into`: a value merged into
 * a map behaves as if written there (SPEC §1.1), though its position is where it was written.
 */
export function insideMerged(loc: Loc, into: Loc): boolean {
  const merges = loc.file.merges;
  if (merges.length === 0 || loc.file !== into.file || loc.start < 0 || into.start < 0) return false;
  let sorted = SORTED_MERGES.get(merges);
  if (!sorted) {
    sorted = [...merges].sort((a, b) => a.into[0] - b.into[0]);
    SORTED_MERGES.set(merges, sorted);
  }
  const list = sorted;
  // The maps merged into `into`, then those merged into them, …: each found by a binary search over the merges.
  const queue: Array<readonly [number, number]> = [[into.start, into.end]];
  const seen = new Set<number>();
  while (queue.length) {
    const r = queue.pop() as readonly [number, number];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].into[0] < r[0]) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length && list[i].into[0] <= r[1]; i++) {
      if (seen.has(i)) continue;
      seen.add(i);
      const from = list[i].from;
      if (loc.start >= from[0] && loc.start <= from[1]) return true;
      queue.push(from);
    }
  }
  return false;
}

const SORTED_MERGES = new WeakMap<object, SourceFile['merges']>();

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
    LOAD_WORK.steps++;
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

/**
 * 1-based line and column of an offset, inside the file: at most the character after the last one of its line.
 * A byte order mark is not a column: editors do not show it.
 */
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
  while (e > start && /\s/.test(file.text.charAt(e - 1))) {
    e--;
    LOAD_WORK.steps++;
  }
  const s = position(file, start);
  const t = position(file, e);
  return { line: s.line, column: s.column, endLine: t.line, endColumn: t.column };
}

/** A map's pairs as [key string, pair], skipping keys that are not scalars. */
export function mapPairs(node: unknown): Array<[string, Pair<Scalar, unknown>]> {
  const out: Array<[string, Pair<Scalar, unknown>]> = [];
  if (!isMap(node)) return out;
  LOAD_WORK.steps += node.items.length;
  for (const pair of node.items) {
    if (isScalar(pair.key)) out.push([String(pair.key.value), pair as Pair<Scalar, unknown>]);
  }
  return out;
}

/** The pair under `key` in a map, or undefined. */
export function getPair(node: unknown, key: string): Pair<Scalar, unknown> | undefined {
  if (!isMap(node)) return undefined;
  const items = node.items;
  if (items.length > SMALL_MAP) {
    // A large map is indexed once, so that reading many of its keys (one schema error per unknown key) stays linear.
    // Fixes edit documents: the index is rebuilt when the map's length changed, and a hit is checked.
    let index = PAIR_INDEX.get(node);
    if (!index || index.length !== items.length) {
      index = { length: items.length, pairs: new Map() };
      LOAD_WORK.steps += items.length;
      for (const pair of items) {
        if (isScalar(pair.key)) {
          const k = String(pair.key.value);
          if (!index.pairs.has(k)) index.pairs.set(k, pair as Pair<Scalar, unknown>);
        }
      }
      PAIR_INDEX.set(node, index);
    }
    const hit = index.pairs.get(key);
    if (hit === undefined || (isScalar(hit.key) && String(hit.key.value) === key)) return hit;
    PAIR_INDEX.delete(node);
  }
  for (const pair of items) {
    LOAD_WORK.steps++;
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair as Pair<Scalar, unknown>;
  }
  return undefined;
}

const SMALL_MAP = 16;
const PAIR_INDEX = new WeakMap<object, { length: number; pairs: Map<string, Pair<Scalar, unknown>> }>();

/** Follow an alias to the node it names (one step; yaml forbids alias cycles). */
export function deref(doc: YDoc | undefined, node: unknown): unknown {
  if (isAlias(node)) {
    const target = ALIAS_TARGETS.get(node);
    if (target) return target;
  }
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
