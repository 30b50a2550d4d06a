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
 * Each result's parts, in report order. A file's line hashes are computed once, for the lines its findings are on
 * (lineHashesAt), when its first result comes, and let go after its last.
 */
function* resultParts(ctx: FormatContext, rules: readonly Rule[]): Generator<ResultParts> {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // Per file: the lines its findings are on, and the last result it is in (after which its hashes can go).
  const linesOf = new Map<string, number[]>();
  const lastResult = new Map<string, number>();
  ctx.results.forEach((r, i) => {
    const repoPath = ctx.repoPaths?.get(r.file) ?? r.file;
    let lines = linesOf.get(repoPath);
    if (!lines) linesOf.set(repoPath, (lines = []));
    for (const f of r.findings) lines.push(Math.max(1, f.range.line));
    for (const f of r.suppressed) lines.push(Math.max(1, f.range.line));
    lastResult.set(repoPath, i);
  });
  const hashesByFile = new Map<string, Map<number, string> | undefined>();
  const semanticSeen = new Map<string, number>();
  const parts = (f: Finding | SuppressedFinding, repoPath: string, suppressed: boolean): ResultParts => {
    if (!hashesByFile.has(repoPath)) {
      const text = ctx.sources?.get(repoPath);
      hashesByFile.set(repoPath, text === undefined ? undefined : lineHashesAt(text, linesOf.get(repoPath) ?? []));
    }
    const message = f.message;
    const digest = fnv1a64(f.ruleId, repoPath, message);
    const n = (semanticSeen.get(digest) ?? 0) + 1;
    semanticSeen.set(digest, n);
    const lineHash = hashesByFile.get(repoPath)?.get(Math.max(1, f.range.line));
    return { f, message, repoPath, suppressed, ruleIndex: index.get(f.ruleId), semantic: `${digest}:${n}`, lineHash };
  };
  for (let i = 0; i < ctx.results.length; i++) {
    const r = ctx.results[i];
    const repoPath = ctx.repoPaths?.get(r.file) ?? r.file;
    for (const f of r.findings) yield parts(f, repoPath, false);
    for (const f of r.suppressed) yield parts(f, repoPath, true);
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
const POW_LO = windowPower()[1] | 0;

/** Unsigned hex of a 64-bit value without leading zeros (BigInt's toString(16)). */
function hex64(hi: number, lo: number): string {
  return hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0');
}

/**
 * The low 32 bits of the hash of each of the first `limit` lines of `text` (as int32), and where each line's window
 * starts (the index of its first character that is not a space or a tab, or of the end of the text).
 *
 * One pass over the text: P, the low half of the hash of the whole normalised text so far (P = P * 37 + c, modulo
 * 2^32), is noted at each line's start and 100 characters later; a window's low half is P(start + 100) - P(start) *
 * 37^100 (modulo 2^32: the low half of the 64-bit value). At most 100 lines wait for their end at any time (each line
 * has at least one character). Both halves would cost twice the work per character; the high half is computed only
 * for the few lines that need it (windowHash).
 */
function lowHashes(text: string, limit: number): { count: number; low: Int32Array; start: Int32Array } {
  const n = text.length;
  const room = Math.max(1, Math.min(limit, n + 1));
  const low = new Int32Array(room);
  const start = new Int32Array(room);
  // Lines whose window is not complete yet: a ring of their start positions (in normalised characters) and P there.
  const RING = 128;
  const waitPos = new Int32Array(RING);
  const waitLow = new Int32Array(RING);
  let head = 0;
  let tail = 0;
  let target = -1;
  let count = 0;
  let done = 0;
  let len = 0;
  let l = 0;
  let lineStart = true;
  let prevCR = false;
  // Each code unit, then the end-of-file marker (i === n), then zeros until every waiting window is complete (past the
  // end the windows read zeros). One loop, and nothing after it: V8 optimises this function in the middle of its first
  // call (on-stack replacement), and code after the loop without type feedback threw that optimised code away again.
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
        waitLow[k] = l;
        start[count] = i;
        if (head === tail) target = len + BLOCK;
        tail++;
        count++;
      }
    }
    l = (Math.imul(l, BASE) + c) | 0;
    len++;
    if (len === target) {
      low[done] = (l - Math.imul(waitLow[head & (RING - 1)], POW_LO)) | 0;
      done++;
      head++;
      target = head < tail ? waitPos[head & (RING - 1)] + BLOCK : -1;
      if (head === tail && count >= limit) break;
    }
  }
  return { count, low, start };
}

/**
 * The full 64-bit hash of the window that starts at `from` (a line's first character, lowHashes' `start`), read
 * directly: the next 100 normalised characters (spaces and tabs skipped, CR and CRLF read as LF, then the end-of-file
 * marker and zeros), P = P * 37 + c modulo 2^64 on two 32-bit halves (the low half in 16-bit pieces: every intermediate
 * below 2^23).
 */
function windowHash(text: string, from: number): string {
  const n = text.length;
  let h = 0;
  let l = 0;
  let prevCR = false;
  for (let i = from, k = 0; k < BLOCK; i++) {
    let c = i < n ? text.charCodeAt(i) : i === n ? EOF : 0;
    if (c > 32) prevCR = false;
    else {
      if (c === 32 || c === 9 || (prevCR && c === 10)) {
        prevCR = false;
        continue;
      }
      prevCR = c === 13;
      if (prevCR) c = 10;
    }
    const lo16 = (l & 0xffff) * BASE + c;
    const hi16 = (l >>> 16) * BASE + (lo16 >>> 16);
    l = (hi16 << 16) | (lo16 & 0xffff);
    h = (Math.imul(h, BASE) + (hi16 >>> 16)) | 0;
    k++;
  }
  return hex64(h >>> 0, l >>> 0);
}

/**
 * The `primaryLocationLineHash` of each of `lines` (line numbers, from 1) of `text`, by line number; none for a line
 * past the last. A line's hash and occurrence depend on that line and the lines before it, and on the 100 characters
 * after its start, so the text is read up to the window of the last line asked for.
 *
 * Two lines with the same hash have the same low half: the low halves of every line are computed (lowHashes), and the
 * full hash only for the lines whose low half is that of a line asked for: those lines themselves, the lines with the
 * same hash before them (the occurrences), and the rare line whose low half alone is the same.
 */
export function lineHashesAt(text: string, lines: Iterable<number>): Map<number, string> {
  const wanted = new Set<number>();
  let last = 0;
  for (const line of lines) {
    if (!(line >= 1 && Number.isInteger(line))) continue;
    wanted.add(line);
    if (line > last) last = line;
  }
  const out = new Map<number, string>();
  if (wanted.size === 0) return out;
  const { count, low, start } = lowHashes(text, last);
  // The low halves asked for, in an open-addressing table (slot 0 free: a half is stored with its index + 1).
  let size = 16;
  while (size < wanted.size * 2) size *= 2;
  const shift = 32 - Math.log2(size);
  const table = new Int32Array(size);
  const halves: number[] = [];
  for (const line of wanted) {
    if (line > count) continue;
    const half = low[line - 1];
    let slot = Math.imul(half, 0x9e3779b1) >>> shift;
    while (table[slot] !== 0 && halves[table[slot] - 1] !== half) slot = (slot + 1) & (size - 1);
    if (table[slot] === 0) table[slot] = halves.push(half);
  }
  const end = Math.min(last, count);
  const seen = new Map<string, number>();
  for (let k = 0; k < end; k++) {
    const half = low[k];
    let slot = Math.imul(half, 0x9e3779b1) >>> shift;
    while (table[slot] !== 0 && halves[table[slot] - 1] !== half) slot = (slot + 1) & (size - 1);
    if (table[slot] === 0) continue;
    const hash = windowHash(text, start[k]);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    if (wanted.has(k + 1)) out.set(k + 1, `${hash}:${occurrence}`);
  }
  return out;
}

/** `primaryLocationLineHash` of every line of `text`: element 0 is line 1. */
export function lineHashes(text: string): string[] {
  const { count } = lowHashes(text, 0x7fffffff);
  const hashes = lineHashesAt(text, Array.from({ length: count }, (_, k) => k + 1));
  return Array.from({ length: count }, (_, k) => hashes.get(k + 1) as string);
}

/**
 * FNV-1a, 64 bits, over the UTF-16 code units of `parts` joined by NUL (`fnv1a64(a, b)` is `fnv1a64(`${a}\0${b}`)`),
 * without joining them: a stable, dependency-free digest.
 */
export function fnv1a64(...parts: string[]): string {
  // Offset basis 0xcbf29ce484222325; prime 0x100000001b3 = 2^40 + 0x1b3, so h * prime = h * 0x1b3 + (h << 40). The
  // halves are int32 and the low half is multiplied in 16-bit pieces (every intermediate below 2^26), as in windowHash.
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
