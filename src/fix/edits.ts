/**
 * Fix builders. A fix is a set of text edits computed from the parsed nodes' ranges and spliced into the original
 * text, so everything outside the edited region — comments, key order, quoting, indentation, blank lines, line
 * endings — stays byte for byte. Only inserted items are rendered, through yaml's Document API, in the style of
 * their neighbours (block or flow).
 *
 * Every fix also keeps `apply()`, which edits the parsed Document in place (the `Fix` contract of the engine); the
 * fixer uses it only when a fix cannot compute text edits for an unusual layout, and then re-serialises that file.
 */
import { Document } from 'yaml';
import { documentOf, isMap, isPair, isScalar, isSeq, locOf, nodeAt } from '../load/yaml.js';
import type { Node, Scalar, SourceFile, YAMLMap, YAMLSeq } from '../load/yaml.js';
import { appLabel, knownApp } from '../resolve/knowledge.js';
import type { Fix } from '../engine/rule.js';
import type { EffList, Loc } from '../resolve/model.js';

/** Replace `text.slice(start, end)` with `text`; offsets index the file's original text (BOM included). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A fix that knows its file and can describe itself as text edits. */
export interface TextFix extends Fix {
  file: SourceFile;
  /** The edits against `file.text`, or undefined when this layout needs the Document fallback. */
  edits(): TextEdit[] | undefined;
}

export function isTextFix(fix: Fix): fix is TextFix {
  return typeof (fix as Partial<TextFix>).edits === 'function' && (fix as Partial<TextFix>).file !== undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering helpers

/** The line ending the file uses. */
export function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** A scalar as yaml would write it in a plain context: quoted only when it must be. */
function renderScalar(value: string | boolean): string {
  return new Document(value).toString({ lineWidth: 0 }).replace(/\n$/, '');
}

/** A scalar in the same quoting style as the node it replaces, when that style can hold the value. */
function renderLike(node: Scalar, value: string | boolean): string {
  if (typeof value === 'string') {
    if (node.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
    if (node.type === 'QUOTE_SINGLE' && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  }
  return renderScalar(value);
}

type Item = Record<string, string>;

function blockItem(item: Item, prefix: string, eol: string): string {
  const lines = new Document(item).toString({ lineWidth: 0 }).replace(/\n$/, '').split('\n');
  const pad = ' '.repeat(prefix.length);
  return lines.map((l, i) => (i === 0 ? prefix : pad) + l).join(eol);
}

function flowItem(item: Item): string {
  const doc = new Document(item);
  (doc.contents as YAMLMap).flow = true;
  return doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
}

/** The end offset of the last character of a node's content (not the line break or comments after it). */
function contentEnd(node: unknown, text: string): number | undefined {
  if (isScalar(node)) {
    const r = node.range;
    if (!r) return undefined;
    if (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') return r[1];
    // A block scalar (`|`, `>`) runs to the start of the next line: its content ends at its last character.
    let e = r[1];
    while (e > r[0] && /\s/.test(text.charAt(e - 1))) e--;
    return e;
  }
  if (isMap(node) || isSeq(node)) {
    if (node.flow || node.items.length === 0) return node.range?.[1];
    const last = node.items[node.items.length - 1];
    if (isPair(last)) return last.value === null || last.value === undefined ? contentEnd(last.key, text) : contentEnd(last.value, text);
    return contentEnd(last, text);
  }
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r?.[1];
}

/** Offset just after the line break that ends the line containing `offset`, or the text's end. */
function afterLine(text: string, offset: number): { at: number; needsBreak: boolean } {
  const nl = text.indexOf('\n', offset);
  if (nl === -1) return { at: text.length, needsBreak: true };
  return { at: nl + 1, needsBreak: false };
}

/** Edits that append block lines after the line where `node`'s content ends. */
function appendLines(text: string, after: number, lines: string, eol: string): TextEdit {
  const { at, needsBreak } = afterLine(text, after);
  return needsBreak ? { start: at, end: at, text: eol + lines } : { start: at, end: at, text: lines + eol };
}

// ---------------------------------------------------------------------------------------------------------------
// Adding apps to an allow list

function appItem(app: string): Item {
  const item: Item = { target: app, targetType: 'application' };
  const known = knownApp(app);
  if (known) item.label = known.name;
  return item;
}

/** Text edits that add `items` to the `targets` of `map` (an app list), or undefined for an unusual layout. */
export function addTargetsEdits(file: SourceFile, map: YAMLMap, items: readonly Item[]): TextEdit[] | undefined {
  const text = file.text;
  const eol = lineEnding(text);
  if (!map.range || items.length === 0) return items.length === 0 ? [] : undefined;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === 'targets');
  const seq = pair?.value;
  if (isSeq(seq) && seq.range) {
    if (seq.flow) {
      const rendered = items.map(flowItem).join(', ');
      if (seq.items.length === 0) {
        const close = text.lastIndexOf(']', seq.range[1] - 1);
        if (close < seq.range[0]) return undefined;
        return [{ start: close, end: close, text: rendered }];
      }
      const end = contentEnd(seq.items[seq.items.length - 1], text);
      if (end === undefined) return undefined;
      return [{ start: end, end, text: `, ${rendered}` }];
    }
    const last = seq.items[seq.items.length - 1] as Node | undefined;
    const lastRange = last?.range;
    const end = contentEnd(last, text);
    if (!last || !lastRange || end === undefined) return undefined;
    const prefix = text.slice(lineStart(text, lastRange[0]), lastRange[0]);
    if (!/^ *- +$/.test(prefix)) return undefined;
    const style = isMap(last) && last.flow ? 'flow' : 'block';
    const lines = items.map((it) => (style === 'flow' ? prefix + flowItem(it) : blockItem(it, prefix, eol))).join(eol);
    return [appendLines(text, end, lines, eol)];
  }
  if (pair && seq !== null && seq !== undefined && !(isScalar(seq) && seq.value === null)) return undefined;
  if (pair) {
    // `targets:` with no value (null): give it a flow list in place of the null.
    const rendered = `[${items.map(flowItem).join(', ')}]`;
    if (isScalar(seq) && seq.range && seq.range[1] > seq.range[0]) return [{ start: seq.range[0], end: seq.range[1], text: rendered }];
    const keyEnd = isScalar(pair.key) ? pair.key.range?.[1] : undefined;
    if (keyEnd === undefined || text.charAt(keyEnd) !== ':') return undefined;
    return [{ start: keyEnd + 1, end: keyEnd + 1, text: ` ${rendered}` }];
  }
  // No `targets` key: add one after the map's last pair.
  if (map.flow) {
    const list = `targets: [${items.map(flowItem).join(', ')}]`;
    const lastPair = map.items[map.items.length - 1];
    if (!lastPair) {
      const close = text.lastIndexOf('}', map.range[1] - 1);
      if (close < map.range[0]) return undefined;
      return [{ start: close, end: close, text: `${list} ` }];
    }
    const at = contentEnd(lastPair.value ?? lastPair.key, text);
    if (at === undefined) return undefined;
    return [{ start: at, end: at, text: `, ${list}` }];
  }
  const firstKey = map.items[0]?.key as Node | undefined;
  const end = contentEnd(map, text);
  if (!firstKey?.range || end === undefined) return undefined;
  const indent = firstKey.range[0] - lineStart(text, firstKey.range[0]);
  const pad = ' '.repeat(indent);
  const lines = [`${pad}targets:`, ...items.map((it) => blockItem(it, `${pad}  - `, eol))].join(eol);
  return [appendLines(text, end, lines, eol)];
}

/** Add apps to a declared allow list (not to an inherited one, and not to the service default). */
export function addAppsFix(list: EffList, apps: readonly string[]): TextFix | undefined {
  const decl = list.decl;
  if (!decl || list.accessType !== 'allowed' || list.level === 'service') return undefined;
  if (decl.accessType && decl.accessType.value !== 'allowed') return undefined;
  const loc = decl.loc;
  if (loc.file.broken || loc.start < 0) return undefined;
  return new AddAppsFix(loc, apps);
}

/**
 * A fix is made for every fixable finding of a lint, used or not: one object each (a class, not closures), with what
 * it needs worked out when it is applied.
 */
class AddAppsFix implements TextFix {
  readonly file: SourceFile;
  readonly #loc: Loc;
  readonly #apps: readonly string[];
  constructor(loc: Loc, apps: readonly string[]) {
    this.file = loc.file;
    this.#loc = loc;
    this.#apps = apps;
  }
  get description(): string {
    return `add ${this.#apps.map(appLabel).join(', ')} to the allow list`;
  }
  /** The list's map in the file's document, parsed again only when the fix is applied (a list's place is always a map). */
  #listMap(): YAMLMap | undefined {
    return nodeAt(this.#loc, 'map') as YAMLMap | undefined;
  }
  #missing(map: YAMLMap): string[] {
    const seq = map.get('targets', true) as unknown;
    const existing = new Set(
      isSeq(seq) ? seq.items.map((i) => String((isMap(i) ? i.get('target') : '') ?? '').toLowerCase()) : [],
    );
    const out: string[] = [];
    for (const app of this.#apps) if (!existing.has(app.toLowerCase()) && !out.includes(app)) out.push(app);
    return out;
  }
  edits(): TextEdit[] | undefined {
    const map = this.#listMap();
    return map ? addTargetsEdits(this.file, map, this.#missing(map).map(appItem)) : [];
  }
  apply(): void {
    const doc = documentOf(this.file);
    const map = this.#listMap();
    if (!doc || !map) return;
    const add = this.#missing(map);
    let seq = map.get('targets', true) as unknown;
    if (!isSeq(seq)) {
      seq = doc.createNode([]);
      map.set('targets', seq);
    }
    for (const app of add) (seq as YAMLSeq).add(doc.createNode(appItem(app)));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Scalars and keys

/** Replace a scalar's value, keeping its position, quoting style and comments. */
export function setScalarFix(loc: Loc, value: string | boolean, description: string): TextFix | undefined {
  if (loc.file.broken || loc.start < 0) return undefined;
  return new SetScalarFix(loc, value, description);
}

class SetScalarFix implements TextFix {
  readonly file: SourceFile;
  readonly description: string;
  readonly #loc: Loc;
  readonly #value: string | boolean;
  constructor(loc: Loc, value: string | boolean, description: string) {
    this.file = loc.file;
    this.description = description;
    this.#loc = loc;
    this.#value = value;
  }
  #scalar(): Scalar | undefined {
    return nodeAt(this.#loc, 'scalar') as Scalar | undefined;
  }
  edits(): TextEdit[] | undefined {
    const node = this.#scalar();
    if (!node || node.value === this.#value) return [];
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return undefined;
    return [{ start: this.#loc.start, end: this.#loc.end, text: renderLike(node, this.#value) }];
  }
  apply(): void {
    const node = this.#scalar();
    if (node) node.value = this.#value;
  }
}

/**
 * Rename a map key in place (`b2BCollaborationInbound` → `b2bCollaborationInbound`), keeping its quoting, its
 * value and everything around it. No fix when the map already has a key of the new name.
 */
export function renameKeyFix(file: SourceFile, map: unknown, from: string, to: string, description?: string): TextFix | undefined {
  if (!isMap(map) || from === to) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === from);
  if (!pair || map.items.some((p) => isScalar(p.key) && String(p.key.value) === to)) return undefined;
  // Keep the key's place, not the node: the file's syntax tree is dropped after loading (src/load/load.ts).
  const place = locOf(file, pair.key);
  if (place.start < 0) return undefined;
  const key = (): Scalar | undefined => nodeAt(place, 'scalar') as Scalar | undefined;
  return {
    file,
    description: description ?? `rename \`${from}\` to \`${to}\``,
    edits() {
      const node = key();
      if (!node || node.value === to) return [];
      return [{ start: place.start, end: place.end, text: renderLike(node, to) }];
    },
    apply() {
      const node = key();
      if (node) node.value = to;
    },
  };
}
