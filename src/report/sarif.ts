/**
 * SARIF 2.1.0 as GitHub code scanning reads it (reference/conventions.md §1.9): `tool.driver` with every rule
 * (id, descriptions, help text and markdown, helpUri, default level), results with a 1-based region, paths
 * relative to the repository root, and partialFingerprints. Suppressed findings are results with `suppressions`,
 * so code scanning shows them as dismissed instead of losing them.
 */
import type { FormatContext } from './format.js';
import type { Finding, Range, Severity, SeveritySetting, SuppressedFinding } from '../types.js';
import type { Rule } from '../engine/rule.js';
import { REPOSITORY_URL, ruleDocsUrl } from '../engine/rule.js';
import { inertJson } from './inert.js';
import { checkLabel } from '../engine/compliance.js';

type Level = 'error' | 'warning' | 'note' | 'none';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };
const MAX_DESCRIPTION = 1024;

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of the semantic fingerprint in `partialFingerprints`. */
export const FINGERPRINT_KEY = 'xtapLintFinding/v1';

/**
 * A plain-text SARIF message (§3.11.6): `[text](target)` is an embedded link that viewers render (GitHub code
 * scanning links related locations this way), so literal brackets from a file are escaped with a backslash, as
 * the standard asks, and a name cannot make a link.
 */
export function sarifText(s: string): string {
  return s.replace(/[[\]]/g, (c) => `\\${c}`);
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

/** The level a rule runs at by default: its first enabled preset, in the order recommended, strict, all. */
function defaultLevel(rule: Rule): { level: Level; enabled: boolean } {
  const s: SeveritySetting[] = [rule.meta.severity.recommended, rule.meta.severity.strict, rule.meta.severity.all];
  const on = s.find((x): x is Severity => x !== 'off');
  return { level: on ? LEVEL[on] : 'none', enabled: s[0] !== 'off' };
}

function ruleDescriptor(rule: Rule) {
  const url = ruleDocsUrl(rule, rule.id);
  const sources = rule.meta.sources;
  const { level, enabled } = defaultLevel(rule);
  const text = [rule.meta.description, sources.length ? 'Sources:\n' + sources.map((s) => `- ${s}`).join('\n') : '', `Documentation: ${url}`].filter(Boolean).join('\n\n');
  const markdown = [rule.meta.description, sources.length ? '**Sources**\n\n' + sources.map((s) => `- ${s}`).join('\n') : '', `[Documentation of \`${rule.id}\`](${url})`]
    .filter(Boolean)
    .join('\n\n');
  const tags = ['xtap-lint', rule.meta.category, ...(rule.meta.compliance ?? []).map(checkLabel)];
  if (rule.meta.fixable) tags.push('fixable');
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: clip(rule.meta.description.split(/(?<=\.)\s/)[0], MAX_DESCRIPTION) },
    fullDescription: { text: clip(rule.meta.description, MAX_DESCRIPTION) },
    help: { text, markdown },
    helpUri: url,
    defaultConfiguration: enabled ? { level } : { level, enabled: false },
    properties: { tags, precision: 'very-high' },
  };
}

function uri(repoPath: string): string {
  return repoPath.split('/').map(encodeURIComponent).join('/');
}

function region(r: Range) {
  const startLine = Math.max(1, r.line);
  const startColumn = Math.max(1, r.column);
  const endLine = Math.max(startLine, r.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn + 1, r.endColumn) : Math.max(1, r.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

function location(repoPath: string, r: Range) {
  return { physicalLocation: { artifactLocation: { uri: uri(repoPath), uriBaseId: '%SRCROOT%' }, region: region(r) } };
}

/** What one result says, computed once for both serialisations (`sarifLog`'s objects, `sarifChunks`' text). */
interface ResultParts {
  f: Finding | SuppressedFinding;
  /** `f.message`, read once (a finding may join it from its parts on every read). */
  message: string;
  repoPath: string;
  suppressed: boolean;
  ruleIndex: number | undefined;
  /** `partialFingerprints[FINGERPRINT_KEY]`. */
  semantic: string;
  /** `partialFingerprints.primaryLocationLineHash`, when the file's text is known and has the line. */
  lineHash: string | undefined;
}

function sortedRules(ctx: FormatContext): Rule[] {
  return [...ctx.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Each result's parts, in report order. A file's line hashes are computed once, and only up to its last line with a
 * finding (a line's hash and occurrence depend on that line and the lines before it, and on the 100 characters after
 * its start).
 */
function* resultParts(ctx: FormatContext, rules: readonly Rule[]): Generator<ResultParts> {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // Per file: its last line with a finding, and the last result it is in (where its line hashes can go).
  const lastLine = new Map<string, number>();
  const lastResult = new Map<string, number>();
  ctx.results.forEach((r, i) => {
    const repoPath = ctx.repoPaths?.get(r.file) ?? r.file;
    let last = lastLine.get(repoPath) ?? 0;
    for (const f of r.findings) last = Math.max(last, Math.max(1, f.range.line));
    for (const f of r.suppressed) last = Math.max(last, Math.max(1, f.range.line));
    lastLine.set(repoPath, last);
    lastResult.set(repoPath, i);
  });
  const hashesByFile = new Map<string, LineHashTable | undefined>();
  const semanticSeen = new Map<string, number>();
  const parts = (f: Finding | SuppressedFinding, repoPath: string, suppressed: boolean): ResultParts => {
    if (!hashesByFile.has(repoPath)) {
      const text = ctx.sources?.get(repoPath);
      hashesByFile.set(repoPath, text === undefined ? undefined : hashLines(text, lastLine.get(repoPath)));
    }
    const message = f.message;
    const digest = fnv1a64(f.ruleId, repoPath, message);
    const n = (semanticSeen.get(digest) ?? 0) + 1;
    semanticSeen.set(digest, n);
    const table = hashesByFile.get(repoPath);
    return { f, message, repoPath, suppressed, ruleIndex: index.get(f.ruleId), semantic: `${digest}:${n}`, lineHash: table && lineHashAt(table, Math.max(1, f.range.line) - 1) };
  };
  for (let i = 0; i < ctx.results.length; i++) {
    const r = ctx.results[i];
    const repoPath = ctx.repoPaths?.get(r.file) ?? r.file;
    for (const f of r.findings) yield parts(f, repoPath, false);
    for (const f of r.suppressed) yield parts(f, repoPath, true);
    // A file's line hashes are not kept past its last result: at 50,000 partners they were ~5 MB held to the end.
    if (lastResult.get(repoPath) === i) hashesByFile.delete(repoPath);
  }
}

function suppressionsOf(f: SuppressedFinding) {
  return f.suppressions.map((s) => ({ kind: s.kind === 'directive' ? 'inSource' : 'external', justification: s.justification }));
}

function resultObject(p: ResultParts): Record<string, unknown> {
  const { f } = p;
  const fingerprints: Record<string, string> = { [FINGERPRINT_KEY]: p.semantic };
  if (p.lineHash) fingerprints.primaryLocationLineHash = p.lineHash;
  const result: Record<string, unknown> = { ruleId: f.ruleId };
  if (p.ruleIndex !== undefined) result.ruleIndex = p.ruleIndex;
  result.level = LEVEL[f.severity];
  result.message = { text: sarifText(p.message) };
  result.locations = [location(p.repoPath, f.range)];
  if (f.related?.length) {
    // A related location's file is the engine's repository path already (repoPaths maps printed paths).
    result.relatedLocations = f.related.map((rel, k) => ({ id: k + 1, ...location(rel.file, rel.range), message: { text: sarifText(rel.message) } }));
  }
  result.partialFingerprints = fingerprints;
  if (p.suppressed) result.suppressions = suppressionsOf(f as SuppressedFinding);
  return result;
}

function runHead(ctx: FormatContext, rules: readonly Rule[]) {
  return { driver: { name: 'xtap-lint', version: ctx.version, semanticVersion: ctx.version, informationUri: REPOSITORY_URL, rules: rules.map(ruleDescriptor) } };
}

function invocations(ctx: FormatContext) {
  return ctx.notices?.length ? [{ executionSuccessful: true, toolExecutionNotifications: ctx.notices.map((n) => ({ level: 'note', message: { text: sarifText(n) } })) }] : undefined;
}

/** The SARIF log as objects (what `sarif` writes; tests and API callers read it). */
export function sarifLog(ctx: FormatContext) {
  const rules = sortedRules(ctx);
  const results: unknown[] = [];
  for (const p of resultParts(ctx, rules)) results.push(resultObject(p));
  const run: Record<string, unknown> = { tool: runHead(ctx, rules), results, columnKind: 'utf16CodeUnits' };
  const inv = invocations(ctx);
  if (inv) run.invocations = inv;
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

// The log as text, written directly: the bytes of `JSON.stringify(sarifLog(ctx), null, 2)` (test/report/sarif-chunks.test.ts
// compares them), without building each result's objects only to stringify them.

/** JSON of a value nested at `indent` in a document stringified with two-space indentation. */
function nested(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

/** A number as JSON.stringify writes it (NaN and infinities as null). */
function num(n: number): string {
  return Number.isFinite(n) ? String(n) : 'null';
}

const q = (s: string): string => JSON.stringify(s);
/**
 * A string from a declaration file (a message, a justification) as inert JSON: `inertJson` replaces single characters,
 * so applying it to each such string gives the bytes of applying it to the whole log, without scanning the log.
 */
const qi = (s: string): string => inertJson(JSON.stringify(s));

function physicalText(uriJson: string, r: Range, i: string): string {
  const g = region(r);
  return (
    `"physicalLocation": {\n${i}  "artifactLocation": {\n${i}    "uri": ${uriJson},\n${i}    "uriBaseId": "%SRCROOT%"\n${i}  },\n` +
    `${i}  "region": {\n${i}    "startLine": ${num(g.startLine)},\n${i}    "startColumn": ${num(g.startColumn)},\n${i}    "endLine": ${num(g.endLine)},\n${i}    "endColumn": ${num(g.endColumn)}\n${i}  }\n${i}}`
  );
}

/**
 * One result's JSON, its first line at the indentation of `runs[0].results[i]` (8 spaces), inert (`inertJson`): every
 * string that can hold text from a file goes through `qi`; `uriJson` is inert already (a URI is ASCII).
 */
function resultText(p: ResultParts, uriJson: string): string {
  const { f } = p;
  const I = '        ';
  let s = `{\n${I}  "ruleId": ${qi(f.ruleId)},\n`;
  if (p.ruleIndex !== undefined) s += `${I}  "ruleIndex": ${num(p.ruleIndex)},\n`;
  s += `${I}  "level": ${q(LEVEL[f.severity])},\n${I}  "message": {\n${I}    "text": ${qi(sarifText(p.message))}\n${I}  },\n`;
  s += `${I}  "locations": [\n${I}    {\n${I}      ${physicalText(uriJson, f.range, `${I}      `)}\n${I}    }\n${I}  ],\n`;
  if (f.related?.length) {
    const items = f.related.map(
      (rel, k) =>
        `${I}    {\n${I}      "id": ${num(k + 1)},\n${I}      ${physicalText(q(uri(rel.file)), rel.range, `${I}      `)},\n${I}      "message": {\n${I}        "text": ${qi(sarifText(rel.message))}\n${I}      }\n${I}    }`,
    );
    s += `${I}  "relatedLocations": [\n${items.join(',\n')}\n${I}  ],\n`;
  }
  s += `${I}  "partialFingerprints": {\n${I}    ${q(FINGERPRINT_KEY)}: ${q(p.semantic)}`;
  if (p.lineHash) s += `,\n${I}    "primaryLocationLineHash": ${q(p.lineHash)}`;
  s += `\n${I}  }`;
  if (p.suppressed) s += `,\n${I}  "suppressions": ${inertJson(nested(suppressionsOf(f as SuppressedFinding), `${I}  `))}`;
  return `${s}\n${I}}`;
}

/**
 * The SARIF text in pieces (the head, then about 64 KB of results at a time, then the tail): `--output` writes them
 * as they are made, so that a large repository's log is never one string in memory. The same bytes as `sarif`.
 */
export function* sarifChunks(ctx: FormatContext): Generator<string> {
  const rules = sortedRules(ctx);
  yield inertJson(`{\n  "$schema": ${q(SARIF_SCHEMA_URI)},\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": ${nested(runHead(ctx, rules), '      ')},\n      "results": [`);
  let piece = '';
  let any = false;
  let uriOf = '';
  let uriJson = '';
  for (const p of resultParts(ctx, rules)) {
    if (p.repoPath !== uriOf) {
      uriOf = p.repoPath;
      uriJson = q(uri(p.repoPath));
    }
    piece += `${any ? ',' : ''}\n        ${resultText(p, uriJson)}`;
    any = true;
    if (piece.length >= 65536) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
  const inv = invocations(ctx);
  yield inertJson(`${any ? '\n      ' : ''}],\n      "columnKind": "utf16CodeUnits"${inv ? `,\n      "invocations": ${nested(inv, '      ')}` : ''}\n    }\n  ]\n}\n`);
}

export function sarif(ctx: FormatContext): string {
  return [...sarifChunks(ctx)].join('');
}

// Fingerprints.
//
// `primaryLocationLineHash` is the value github/codeql-action's upload-sarif computes when it is missing (its
// src/fingerprints.ts): per line, a polynomial hash (base 37, modulo 2^64) of the 100 characters from the line's
// first character, ignoring spaces and tabs, reading CR and CRLF as LF, then an end-of-file marker 65535 and zeros;
// written as unsigned hex plus `:<occurrence of that hash in the file>`. We compute the same, so that uploads
// through the REST API (which computes nothing) deduplicate as well. The semantic fingerprint hashes what the
// finding is about (rule, file, message), not where, so it survives lines moving. Pure code: no node: imports.

// 64-bit arithmetic on two 32-bit halves held in doubles (every intermediate below 2^53, so exact): BigInt cost
// ~0.7 s at 10,000 partners. test/report/sarif.test.ts pins the values the BigInt version produced.
const TWO32 = 4294967296;
const BASE = 37;
const BLOCK = 100;
const EOF = 65535;

/** 37^100 mod 2^64 as [high, low] 32-bit halves: what a prefix hash is multiplied by over one window. */
function windowPower(): [number, number] {
  let hi = 0;
  let lo = 1;
  for (let i = 0; i < BLOCK; i++) {
    const l = lo * BASE;
    hi = (hi * BASE + Math.floor(l / TWO32)) >>> 0;
    lo = l >>> 0;
  }
  return [hi, lo];
}
const [POW_HI, POW_LO] = windowPower();
const POW_LO0 = POW_LO & 0xffff;
const POW_LO1 = POW_LO >>> 16;

/** Unsigned hex of a 64-bit value without leading zeros (BigInt's toString(16)). */
function hex64(hi: number, lo: number): string {
  return hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0');
}

/**
 * The `primaryLocationLineHash` of each line of a text, as numbers: the hash's 32-bit halves and its occurrence
 * (how many lines up to this one have the same hash). Strings are made only for the lines a finding is on
 * (`lineHashAt`): a repository has far more lines than findings.
 */
export interface LineHashTable {
  count: number;
  hi: Uint32Array;
  lo: Uint32Array;
  occurrence: Uint32Array;
}

function grown(hi: Uint32Array, lo: Uint32Array): { hi: Uint32Array; lo: Uint32Array } {
  const gh = new Uint32Array(hi.length * 2);
  gh.set(hi);
  const gl = new Uint32Array(lo.length * 2);
  gl.set(lo);
  return { hi: gh, lo: gl };
}

/**
 * The line hashes of `text`, as numbers (see LineHashTable); with `lines`, of its first `lines` lines only (a line's
 * hash and occurrence do not depend on the lines after it, only on the 100 characters after its start).
 *
 * One pass over the text: P, the hash of the whole normalised text so far (P = P * 37 + c, modulo 2^64), is noted at
 * each line's start (its first character) and 100 characters later; a window's hash is P(start + 100) -
 * P(start) * 37^100. At most 100 lines wait for their end at any time (each line has at least one character).
 */
export function hashLines(text: string, lines = Infinity): LineHashTable {
  const n = text.length;
  const limit = lines >= 0x7fffffff ? 0x7fffffff : lines;
  // Room for every line when their number is given (the usual case: no growing), else to start with.
  const room = lines === Infinity ? 64 : Math.max(1, Math.min(limit, n + 1));
  let hi: Uint32Array = new Uint32Array(room);
  let lo: Uint32Array = new Uint32Array(room);
  // (Stored as unsigned: a typed array takes an int32's bits as they are.)
  let count = 0;
  // Lines whose window is not complete yet: a ring of their start positions and P at their start.
  const RING = 128;
  const waitPos = new Int32Array(RING);
  const waitHi = new Int32Array(RING);
  const waitLo = new Int32Array(RING);
  let head = 0;
  let tail = 0;
  let target = -1;
  let done = count; // lines whose hash is known
  let len = 0;
  let h = 0;
  let l = 0;
  let lineStart = true;
  let prevCR = false;
  // Each code unit, then the end-of-file marker (i === n), then zeros until every waiting window is complete (past the
  // end the windows read zeros). One loop, and nothing after it but a call: V8 optimises this function in the middle
  // of its first call (on-stack replacement), before any code after the loop has run, and code without type feedback
  // threw that optimised code away again in every call (`--trace-deopt`, Node 20 and 24).
  // Most code units are above 32 and take the short branch.
  for (let i = 0; ; i++) {
    let c = 0;
    if (i < n) c = text.charCodeAt(i);
    else if (i === n) c = EOF;
    else if (head === tail) break;
    const starts = lineStart;
    if (c > 32) prevCR = false;
    else {
      if (c === 32 || c === 9 || (prevCR && c === 10)) {
        prevCR = false;
        continue;
      }
      prevCR = c === 13;
      if (prevCR) c = 10;
      lineStart = c === 10;
    }
    if (starts) {
      if (c !== 10) lineStart = false;
      if (count < limit) {
        const k = tail & (RING - 1);
        waitPos[k] = len;
        waitHi[k] = h;
        waitLo[k] = l;
        if (head === tail) target = len + BLOCK;
        tail++;
        count++;
      }
    }
    // P = P * 37 + c, modulo 2^64, on two 32-bit halves held as int32 (the low half in 16-bit pieces: every
    // intermediate below 2^23), which the engine keeps in integer registers.
    const lo16 = (l & 0xffff) * BASE + c;
    const hi16 = (l >>> 16) * BASE + (lo16 >>> 16);
    l = (hi16 << 16) | (lo16 & 0xffff);
    h = (Math.imul(h, BASE) + (hi16 >>> 16)) | 0;
    len++;
    if (len === target) {
      // The window's hash: P(end) - P(start) * 37^100, modulo 2^64. The low half of the product in 16-bit pieces (every
      // intermediate below 2^53, so exact in doubles), its high half modulo 2^32; written out here rather than called,
      // so that the loop allocates nothing even before V8 optimises it.
      const k = head & (RING - 1);
      const sl = waitLo[k] >>> 0;
      const a0 = sl & 0xffff;
      const a1 = sl >>> 16;
      const p00 = a0 * POW_LO0;
      const p01 = a0 * POW_LO1;
      const p10 = a1 * POW_LO0;
      const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
      const ml = ((mid << 16) | (p00 & 0xffff)) >>> 0;
      const mh = (a1 * POW_LO1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) + Math.imul(waitHi[k], POW_LO) + Math.imul(sl, POW_HI)) >>> 0;
      const lu = l >>> 0;
      if (done === hi.length) ({ hi, lo } = grown(hi, lo));
      hi[done] = (h - mh - (lu < ml ? 1 : 0)) >>> 0;
      lo[done] = (lu - ml) >>> 0;
      done++;
      head++;
      target = head < tail ? waitPos[head & (RING - 1)] + BLOCK : -1;
      if (head === tail && count >= limit) break;
    }
  }
  // The rest in a function of its own, for the same reason as the one loop: here it would have no type feedback.
  return withOccurrences(count, hi, lo);
}

/**
 * Random odd multipliers for withOccurrences' table (multiply-shift hashing). The hashes come from files: with fixed
 * multipliers a file could be made whose lines all fall in one slot. Where a hash goes changes no result, only how
 * long finding it takes.
 */
const randomOdd = (): number => (Math.floor(Math.random() * 0x80000000) * 2 + 1) | 0;
const SLOT_A = randomOdd();
const SLOT_B = randomOdd();

/**
 * The table of the first `count` line hashes in `allHi` and `allLo`: each with its occurrence among the equal ones
 * before it, through an open-addressing table keyed by the whole hash, whose slot holds the last line with it + 1.
 * Keyed by the whole hash, not the low half with a chain of the lines that share it: two windows with the same low
 * half are easy to make (test/report/sarif-chunks.test.ts has a pair), and a file of such lines made the chain walk
 * quadratic (32,768 lines: 271 ms, and four times that for twice the lines).
 */
function withOccurrences(count: number, allHi: Uint32Array, allLo: Uint32Array): LineHashTable {
  const hi = allHi.subarray(0, count);
  const lo = allLo.subarray(0, count);
  const occurrence = new Uint32Array(count);
  let size = 16;
  while (size < count * 2) size *= 2;
  const shift = 32 - Math.log2(size);
  const lastWith = new Int32Array(size);
  for (let k = 0; k < count; k++) {
    const kl = lo[k];
    const kh = hi[k];
    let slot = Math.imul(kl ^ Math.imul(kh, SLOT_B), SLOT_A) >>> shift;
    let j = lastWith[slot] - 1;
    while (j >= 0 && (lo[j] !== kl || hi[j] !== kh)) {
      slot = (slot + 1) & (size - 1);
      j = lastWith[slot] - 1;
    }
    occurrence[k] = j >= 0 ? occurrence[j] + 1 : 1;
    lastWith[slot] = k + 1;
  }
  return { count, hi, lo, occurrence };
}

/** The `primaryLocationLineHash` of line `index + 1` (undefined past the last line). */
export function lineHashAt(table: LineHashTable, index: number): string | undefined {
  if (index < 0 || index >= table.count) return undefined;
  return `${hex64(table.hi[index], table.lo[index])}:${table.occurrence[index]}`;
}

/** `primaryLocationLineHash` of every line of `text`: element 0 is line 1. */
export function lineHashes(text: string): string[] {
  const table = hashLines(text);
  const out: string[] = [];
  for (let i = 0; i < table.count; i++) out.push(lineHashAt(table, i) as string);
  return out;
}

/**
 * FNV-1a, 64 bits, over the UTF-16 code units of `parts` joined by NUL (`fnv1a64(a, b)` is `fnv1a64(`${a}\0${b}`)`),
 * without joining them: a stable, dependency-free digest.
 */
export function fnv1a64(...parts: string[]): string {
  // Offset basis 0xcbf29ce484222325; prime 0x100000001b3 = 2^40 + 0x1b3, so h * prime = h * 0x1b3 + (h << 40). The
  // halves are int32 and the low half is multiplied in 16-bit pieces (every intermediate below 2^26), as in hashLines.
  let hi = 0xcbf29ce4 | 0;
  let lo = 0x84222325 | 0;
  for (let k = 0; k < parts.length; k++) {
    const s = parts[k];
    // The NUL between two parts: code unit 0.
    for (let i = k === 0 ? 0 : -1; i < s.length; i++) {
      lo ^= i < 0 ? 0 : s.charCodeAt(i);
      const a = (lo & 0xffff) * 0x1b3;
      const b = (lo >>> 16) * 0x1b3 + (a >>> 16);
      hi = (Math.imul(hi, 0x1b3) + (b >>> 16) + (lo << 8)) | 0;
      lo = (b << 16) | (a & 0xffff);
    }
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}
