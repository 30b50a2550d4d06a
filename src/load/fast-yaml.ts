/**
 * The fast parse path of the lint (issue 17): `@stoplight/yaml-ast-parser` (Spectral's position-keeping fork of
 * js-yaml) reads a file about seven times faster than `yaml`, and its syntax tree is turned into yaml's own nodes
 * (maps, sequences, pairs, scalars with the ranges yaml gives them), so that everything after the parse reads the
 * same tree whichever parser built it.
 *
 * It reads only the plain subset of YAML that declaration files are written in — block and single-line flow
 * collections, single-line plain and quoted scalars, comments — and gives up (returns undefined) on anything else,
 * and on anything the two parsers could read differently: a syntax error of either kind, an anchor or an alias, a
 * tag, a directive or a document marker, a block scalar, a multi-line scalar or flow collection, an empty value, a
 * key that is not a scalar or is longer than 1,024 characters, a duplicate or merge key, a comment not separated
 * from what comes before it, a byte order mark, a backslash escape, a line longer than MAX_LINE, nesting deeper than
 * the limit. `parseSource` then reads the file with `yaml`, exactly as before: every syntax message, every YAML
 * feature and every fix still comes from `yaml`. The differential test (test/load/fast-yaml.test.ts) checks that
 * where this path reads a file, `yaml` reads the same tree: the same values, kinds, key order and ranges.
 */
import astParser from '@stoplight/yaml-ast-parser';
// The failsafe schema: js-yaml resolves no scalar types (null, numbers, timestamps …) that this module would throw
// away, which makes its parse ~30% faster (more on a cold start). Values are resolved as yaml resolves them, below.
import FAILSAFE from '@stoplight/yaml-ast-parser/dist/src/schema/failsafe.js';
import type { YAMLMapping, YAMLNode, YAMLScalar, YAMLSequence, YamlMap } from '@stoplight/yaml-ast-parser';
import { Document, Scalar } from 'yaml';
import type { Node } from 'yaml';

const { Kind, load } = astParser;

/** Lines longer than this send a file to `yaml` (js-yaml's error recovery rescans a line per error). */
const MAX_LINE = 4096;

/**
 * Files `parseSource` read on the fast path and files it gave to yaml, and why it gave up on the last one: for tests
 * and the benchmark (not part of any output).
 */
export const FAST_STATS = { fast: 0, fallback: 0, lastReason: '' };

/** The scalar tags of yaml's core schema, in yaml's order: a plain scalar resolves as `yaml` resolves it. */
const TEMPLATE = new Document(null, { resolveKnownTags: false, uniqueKeys: false, strict: true, logLevel: 'error' });
interface ScalarTag {
  default?: boolean | 'key';
  collection?: string;
  test?: RegExp;
  resolve: (value: string, onError: (msg: string) => void, options: unknown) => unknown;
}
const PLAIN_TAGS = (TEMPLATE.schema.tags as unknown as ScalarTag[]).filter((t) => t.default === true && !t.collection && t.test);
/** The tests of the core schema's scalar tags, in order (pinned by test/load/fast-yaml.test.ts). */
export const CORE_SCALAR_TESTS: readonly RegExp[] = PLAIN_TAGS.map((t) => t.test as RegExp);
const TAG_OPTIONS = TEMPLATE.options;
/** Every plain scalar some core tag reads (one test for the common case, a string): the tags' own tests, joined. */
const ANY_TAG = new RegExp(PLAIN_TAGS.map((t) => `(?:${(t.test as RegExp).source})`).join('|'));

/**
 * yaml's nodes, as light as they can be: yaml tells its node kinds apart by a symbol in the global registry
 * (`isMap(n)` is `n[Symbol.for('yaml.node.type')] === Symbol.for('yaml.map')`), so these classes carry it on their
 * prototype instead of defining it on every instance as yaml's own classes do. Only what the loader and the model
 * read is there: items, key and value, value, type, range, flow. Fixes and export read files again with yaml.
 */
const NODE_TYPE = Symbol.for('yaml.node.type');
class LightScalar {
  anchor: string | undefined = undefined;
  constructor(
    public value: unknown,
    public type: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE',
    public source: string,
    public range: [number, number, number],
  ) {}
}
/** An alias (`*name`): `source` is the anchor's name, as in yaml's Alias; `prepare` (yaml.ts) resolves it. */
class LightAlias {
  constructor(
    public source: string,
    public range: [number, number, number],
  ) {}
}
class LightPair {
  constructor(
    public key: LightScalar,
    public value: unknown,
  ) {}
}
class LightMap {
  anchor: string | undefined = undefined;
  items: LightPair[] = [];
  range: [number, number, number] = [0, 0, 0];
  constructor(public flow: boolean) {}
}
class LightSeq {
  anchor: string | undefined = undefined;
  items: unknown[] = [];
  range: [number, number, number] = [0, 0, 0];
  constructor(public flow: boolean) {}
}
for (const [cls, kind] of [[LightScalar, 'yaml.scalar'], [LightAlias, 'yaml.alias'], [LightPair, 'yaml.pair'], [LightMap, 'yaml.map'], [LightSeq, 'yaml.seq']] as const) {
  Object.defineProperty(cls.prototype, NODE_TYPE, { value: Symbol.for(kind) });
}

class GiveUp extends Error {}
function giveUp(reason: string): never {
  throw new GiveUp(reason);
}

/** The value `yaml` gives a plain scalar (core schema, YAML 1.2): null, booleans, numbers, else the string. */
function plainValue(source: string): unknown {
  if (!ANY_TAG.test(source)) return source;
  for (const tag of PLAIN_TAGS) {
    if (tag.test?.test(source)) {
      let bad = false;
      const v = tag.resolve(source, () => (bad = true), TAG_OPTIONS);
      if (bad) giveUp('tag');
      return v instanceof Scalar ? v.value : v;
    }
  }
  return source;
}

export interface FastParse {
  /** A document as yaml's `parseDocument` gives it, for what the loader and the model read: `contents` and `errors`. */
  doc: { contents: Node; errors: never[]; warnings: never[] };
  /** Plain data of the document (what the schema checks), as the yaml path's `toData` gives it. */
  data: unknown;
  /**
   * True when the document has anchors, aliases or merge keys: `data` is then not final, and the document goes
   * through the same `prepare` and `toData` as yaml's (aliases resolved and counted, merge keys merged).
   */
  prepare: boolean;
  /** The comments (`#` to the end of its line), as yaml's syntax tree has them; only when the text names a directive. */
  comments?: Array<{ offset: number; source: string }>;
}

/**
 * Parse `text` on the fast path: yaml nodes with yaml's ranges and the document's plain data, or undefined when the
 * file is outside the subset (then `yaml` reads it). `lineStarts` are the offsets of the text's lines; `maxDepth`
 * the deepest nesting accepted; `count` is called once per node (the loader's work counter).
 */
export function fastParse(text: string, lineStarts: ArrayLike<number>, maxDepth: number, count: () => void): FastParse | undefined {
  try {
    return parse(text, lineStarts, maxDepth, count);
  } catch (e) {
    // A GiveUp, or anything the parser itself threw (a stack overflow on deep nesting, a hostile anchor name).
    FAST_STATS.fallback++;
    FAST_STATS.lastReason = e instanceof GiveUp ? e.message : 'threw';
    return undefined;
  }
}

/** Anchor names the fast path reads (yaml takes more: anything else goes to yaml). */
const ANCHOR_NAME = /^[A-Za-z0-9_-]+$/;

/** A `!` where a node can start: at a line's start, after a space, or after a flow indicator. */
const TAG_START = /(?:^|[ [{,])!/m;

/** A carriage return that does not end a line with its line feed (Windows line breaks, `\r\n`, are read). */
const LONE_CR = /\r(?!\n)/;

function parse(text: string, lineStarts: ArrayLike<number>, maxDepth: number, count: () => void): FastParse {
  if (text.charCodeAt(0) === 0xfeff) giveUp('bom');
  for (let i = 1; i < lineStarts.length; i++) if (lineStarts[i] - lineStarts[i - 1] > MAX_LINE) giveUp('long line');
  if (text.length - lineStarts[lineStarts.length - 1] > MAX_LINE) giveUp('long line');
  // Tags (a `!` where a node can start: js-yaml also looks each unknown one up with a scan of the lines before it),
  // escapes, tabs, carriage returns: yaml reads those. Directives and document markers fail the scan below.
  if (TAG_START.test(text) || text.includes('\\') || text.includes('\t') || LONE_CR.test(text)) giveUp('character');
  const root = load(text, { ignoreDuplicateKeys: true, schema: FAILSAFE }) as YAMLNode | undefined;
  if (!root || root.errors.length > 0) giveUp('syntax');
  if (root.kind === Kind.SCALAR) giveUp('scalar document');

  /**
   * Every character of the text is accounted for, in order: a node the tree holds, an indicator the tree implies
   * (`:` after a key, `-` before a list item, brackets and commas), white space, or a comment. js-yaml drops what it
   * cannot place (an anchor on an empty list item) and accepts a few things yaml does not (a second key on the line
   * of a quoted value, a comment right after a value): anything left over sends the file to yaml.
   */
  let pos = 0;
  const crlf = text.includes('\r');
  const comments: Array<{ offset: number; source: string }> | undefined = text.includes('xtap-lint-') ? [] : undefined;
  /** Skip spaces, line breaks (not inside a flow collection) and comments; returns whether a line broke. */
  const blank = (inFlow: boolean): boolean => {
    let broke = false;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x20) pos++;
      else if (c === 0x0a && !inFlow) {
        broke = true;
        pos++;
      } else if (c === 0x0d && !inFlow && text.charCodeAt(pos + 1) === 0x0a) {
        broke = true;
        pos += 2;
      } else if (c === 0x23 && !inFlow && (pos === 0 || text.charCodeAt(pos - 1) === 0x20 || text.charCodeAt(pos - 1) === 0x0a)) {
        // A comment (yaml wants white space before it): to the end of its line.
        const nl = text.indexOf('\n', pos);
        // A comment ends before the line break, `\r\n` included.
        const end = nl === -1 ? text.length : text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
        comments?.push({ offset: pos, source: text.slice(pos, end) });
        pos = end;
      } else return broke;
    }
  };
  /** Blank text up to `to`, exactly; returns whether a line broke. */
  const gap = (to: number, inFlow: boolean): boolean => {
    const broke = blank(inFlow);
    if (pos !== to) giveUp('unexpected text');
    return broke;
  };
  /**
   * The indicator `ch` next, after blank text; in block context (and after a plain key in flow) followed by a space
   * or a line break, as yaml wants.
   */
  const indicator = (ch: number, inFlow: boolean, spaceAfter: boolean): boolean => {
    const broke = blank(inFlow);
    if (text.charCodeAt(pos) !== ch) giveUp('indicator');
    pos++;
    if (spaceAfter && pos < text.length) {
      const next = text.charCodeAt(pos);
      if (next !== 0x20 && next !== 0x0a && next !== 0x0d) giveUp('indicator');
    }
    return broke;
  };
  const column = (offset: number): number => offset - (text.lastIndexOf('\n', offset - 1) + 1);

  /** The node `convert` built last (it returns the node's plain data). */
  let node: LightScalar | LightMap | LightSeq | LightAlias = new LightSeq(false);
  /** Anchors, aliases or merge keys seen. */
  let links = false;

  /** A node's anchor (`&name`), before it and separated from it by white space; returns its name. */
  const anchorOf = (n: YAMLNode, inFlow: boolean): string | undefined => {
    const name = n.anchorId;
    if (name === undefined) return undefined;
    if (!ANCHOR_NAME.test(name)) giveUp('anchor name');
    blank(inFlow);
    if (text.charCodeAt(pos) !== 0x26 || !text.startsWith(name, pos + 1)) giveUp('anchor');
    pos += name.length + 1;
    const next = text.charCodeAt(pos);
    if (next !== 0x20 && next !== 0x0a && next !== 0x0d) giveUp('anchor');
    links = true;
    return name;
  };

  const scalar = (n: YAMLScalar, isKey: boolean, inFlow: boolean): LightScalar => {
    count();
    if (isKey && n.anchorId !== undefined) giveUp('anchor on a key');
    const anchor = anchorOf(n, inFlow);
    const s = n.startPosition;
    const e = n.endPosition;
    if (e <= s) giveUp('empty scalar');
    if (isKey && e - s > 1024) giveUp('long key');
    gap(s, inFlow);
    pos = e;
    if (n.plainScalar) {
      // The value js-yaml read is the whole of the text between its ends: one line, nothing folded. It is taken from
      // the file's own text: js-yaml reads a copy (the text and a NUL), which a kept value would keep alive.
      if (n.value.length !== e - s || !text.startsWith(n.value, s)) giveUp('plain');
      const source = text.slice(s, e);
      if (crlf && source.includes('\r')) giveUp('plain');
      const plain = new LightScalar(plainValue(source), 'PLAIN', source, [s, e, e]);
      if (anchor !== undefined) plain.anchor = anchor;
      return plain;
    }
    if (n.doubleQuoted || n.singleQuoted) {
      const q = n.doubleQuoted ? 0x22 : 0x27;
      if (e - s < 2 || text.charCodeAt(s) !== q || text.charCodeAt(e - 1) !== q) giveUp('quote');
      // No escapes in a double-quoted value (a backslash sends the file to yaml); `''` in a single-quoted one. The
      // check for a line break looks inside the value only (a search to the end of the line, for every value of a
      // long line of them, would cost the square of the line).
      const inner = text.slice(s + 1, e - 1);
      if (inner.includes('\n')) giveUp('multi-line scalar');
      const value = n.doubleQuoted ? inner : inner.includes("''") ? inner.replace(/''/g, "'") : inner;
      if (value !== n.value) giveUp('quoted');
      const quoted = new LightScalar(value, n.doubleQuoted ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', value, [s, e, e]);
      if (anchor !== undefined) quoted.anchor = anchor;
      return quoted;
    }
    return giveUp('block scalar');
  };

  /**
   * Convert a node: returns its plain data, leaves the yaml node in `node`. `inFlow`: inside a flow collection;
   * `newLine`: a block collection here must start on a line of its own (the value of a block map's key).
   */
  const convert = (n: YAMLNode | null, depth: number, inFlow: boolean, newLine: boolean): unknown => {
    if (!n) return giveUp('empty value');
    if (n.kind === Kind.SCALAR) {
      const sc = scalar(n as YAMLScalar, false, inFlow);
      node = sc;
      return sc.value;
    }
    count();
    if (n.kind === Kind.ANCHOR_REF) {
      // `*name`: js-yaml's node starts after the `*`, yaml's at it.
      const s = n.startPosition - 1;
      const e = n.endPosition;
      const name = (n as YAMLNode & { referencesAnchor: string }).referencesAnchor;
      if (!ANCHOR_NAME.test(name) || text.charCodeAt(s) !== 0x2a || e - s - 1 !== name.length || !text.startsWith(name, s + 1)) giveUp('alias');
      gap(s, inFlow);
      pos = e;
      links = true;
      node = new LightAlias(name, [s, e, e]);
      return undefined;
    }
    if (depth >= maxDepth) giveUp('deep');
    const start = n.startPosition;
    const open = text.charCodeAt(start);
    const flow = open === 0x7b || open === 0x5b; // { [
    if (inFlow && !flow) giveUp('implicit map in flow');
    const anchor = anchorOf(n, inFlow);
    const broke = gap(start, inFlow);
    if (flow) pos = start + 1;
    // A block collection starts on a line of its own under a key, and after an anchor (`- &a` then the map).
    else if ((newLine || anchor !== undefined) && !broke) giveUp('block collection on the line of its key');
    if (n.kind === Kind.MAP) {
      if (flow && open !== 0x7b) giveUp('bracket');
      const map = new LightMap(flow);
      if (anchor !== undefined) map.anchor = anchor;
      const data: Record<string, unknown> = {};
      const keys = new Set<string>();
      const col = column(start);
      let end = start;
      let first = true;
      for (const m of (n as YamlMap).mappings as YAMLMapping[]) {
        const k = m.key as YAMLNode | null;
        if (!k || k.kind !== Kind.SCALAR) giveUp('key');
        if (!first && flow) indicator(0x2c, true, false);
        const ks = (k as YAMLScalar).startPosition;
        if (!flow && !first && !gap(ks, false)) giveUp('two keys on a line');
        if (!flow && column(ks) !== col) giveUp('indentation');
        first = false;
        const key = scalar(k as YAMLScalar, true, flow);
        indicator(0x3a, flow, !flow || key.type === 'PLAIN');
        const name = key.value === null ? '' : String(key.value);
        if (keys.has(name)) giveUp('duplicate key');
        keys.add(name);
        if (name === '<<' && key.type === 'PLAIN') links = true;
        const value = convert(m.value, depth + 1, flow, !flow);
        map.items.push(new LightPair(key, node));
        end = node.range[1];
        // An own property even for `__proto__` (plain assignment would set the prototype instead).
        if (name === '__proto__') Object.defineProperty(data, name, { value, enumerable: true, writable: true, configurable: true });
        else data[name] = value;
      }
      if (map.items.length === 0 && !flow) giveUp('empty map');
      map.range = flow ? closeFlow(start, 0x7d, map.items.length > 0) : [start, end, end];
      node = map;
      return data;
    }
    if (n.kind === Kind.SEQ) {
      if (flow && open !== 0x5b) giveUp('bracket');
      const seq = new LightSeq(flow);
      if (anchor !== undefined) seq.anchor = anchor;
      const data: unknown[] = [];
      const col = column(start);
      let end = start;
      let first = true;
      for (const item of (n as YAMLSequence).items) {
        if (flow) {
          if (!first) indicator(0x2c, true, false);
        } else {
          // The item's `-`, first on its line (but the first: `- - x`), in the list's column.
          if (!indicator(0x2d, false, true) && !first) giveUp('two items on a line');
          if (column(pos - 1) !== col) giveUp('indentation');
        }
        first = false;
        data.push(convert(item, depth + 1, flow, false));
        seq.items.push(node);
        end = node.range[1];
      }
      if (seq.items.length === 0 && !flow) giveUp('empty sequence');
      seq.range = flow ? closeFlow(start, 0x5d, seq.items.length > 0) : [start, end, end];
      node = seq;
      return data;
    }
    return giveUp('node kind');
  };

  /** The end of a flow collection: an optional trailing comma, then its closing bracket on the same line. */
  const closeFlow = (start: number, close: number, items: boolean): [number, number, number] => {
    blank(true);
    if (items && text.charCodeAt(pos) === 0x2c) {
      pos++;
      blank(true);
    }
    if (text.charCodeAt(pos) !== close) giveUp('flow end');
    pos++;
    return [start, pos, pos];
  };

  const data = convert(root, 0, false, false);
  gap(text.length, false);
  const doc = { contents: node as unknown as Node, errors: [] as never[], warnings: [] as never[] };
  return comments ? { doc, data, prepare: links, comments } : { doc, data, prepare: links };
}
