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

export function sarifLog(ctx: FormatContext) {
  const rules = [...ctx.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const hashesByFile = new Map<string, LineHashTable | undefined>();
  const semanticSeen = new Map<string, number>();
  const results: unknown[] = [];
  const add = (f: Finding | SuppressedFinding, repoPath: string, suppressed: boolean): void => {
    if (!hashesByFile.has(repoPath)) {
      const text = ctx.sources?.get(repoPath);
      hashesByFile.set(repoPath, text === undefined ? undefined : hashLines(text));
    }
    const digest = fnv1a64(`${f.ruleId}\0${repoPath}\0${f.message}`);
    const n = (semanticSeen.get(digest) ?? 0) + 1;
    semanticSeen.set(digest, n);
    const fingerprints: Record<string, string> = { [FINGERPRINT_KEY]: `${digest}:${n}` };
    const table = hashesByFile.get(repoPath);
    const lineHash = table && lineHashAt(table, Math.max(1, f.range.line) - 1);
    if (lineHash) fingerprints.primaryLocationLineHash = lineHash;
    const result: Record<string, unknown> = { ruleId: f.ruleId };
    const i = index.get(f.ruleId);
    if (i !== undefined) result.ruleIndex = i;
    result.level = LEVEL[f.severity];
    result.message = { text: sarifText(f.message) };
    result.locations = [location(repoPath, f.range)];
    if (f.related?.length) {
      // A related location's file is the engine's repository path already (repoPaths maps printed paths).
      result.relatedLocations = f.related.map((rel, k) => ({ id: k + 1, ...location(rel.file, rel.range), message: { text: sarifText(rel.message) } }));
    }
    result.partialFingerprints = fingerprints;
    if (suppressed) {
      result.suppressions = (f as SuppressedFinding).suppressions.map((s) => ({ kind: s.kind === 'directive' ? 'inSource' : 'external', justification: s.justification }));
    }
    results.push(result);
  };
  for (const r of ctx.results) {
    const repoPath = ctx.repoPaths?.get(r.file) ?? r.file;
    for (const f of r.findings) add(f, repoPath, false);
    for (const f of r.suppressed) add(f, repoPath, true);
  }
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'xtap-lint',
        version: ctx.version,
        semanticVersion: ctx.version,
        informationUri: REPOSITORY_URL,
        rules: rules.map(ruleDescriptor),
      },
    },
    results,
    columnKind: 'utf16CodeUnits',
  };
  if (ctx.notices?.length) {
    run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: ctx.notices.map((n) => ({ level: 'note', message: { text: sarifText(n) } })) }];
  }
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

export function sarif(ctx: FormatContext): string {
  return inertJson(JSON.stringify(sarifLog(ctx), null, 2)) + '\n';
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

/** 37^99 mod 2^64 as [high, low] 32-bit halves. */
function topPower(): [number, number] {
  let hi = 0;
  let lo = 1;
  for (let i = 0; i < BLOCK - 1; i++) {
    const l = lo * BASE;
    hi = (hi * BASE + Math.floor(l / TWO32)) >>> 0;
    lo = l >>> 0;
  }
  return [hi, lo];
}
const [TOP_HI, TOP_LO] = topPower();
/** 37^99 * c mod 2^64 for the ASCII code units, as halves: most of a declaration file. */
const TOP_TIMES_HI = new Uint32Array(128);
const TOP_TIMES_LO = new Uint32Array(128);
for (let c = 0; c < 128; c++) {
  const ml = TOP_LO * c;
  TOP_TIMES_LO[c] = ml >>> 0;
  TOP_TIMES_HI[c] = (TOP_HI * c + Math.floor(ml / TWO32)) >>> 0;
}

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

/** The line hashes of `text`, as numbers (see LineHashTable). */
export function hashLines(text: string): LineHashTable {
  // The text without spaces and tabs, CR and CRLF read as LF, then the end-of-file marker: at most one code unit per
  // character plus one, in a typed array; the start of each line in it.
  const n = text.length;
  const chars = new Uint16Array(n + BLOCK + 1);
  let starts = new Uint32Array(64);
  let count = 0;
  let len = 0;
  let lineStart = true;
  let prevCR = false;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? text.charCodeAt(i) : EOF;
    if (c === 32 || c === 9 || (prevCR && c === 10)) {
      prevCR = false;
      continue;
    }
    prevCR = c === 13;
    if (prevCR) c = 10;
    if (lineStart) {
      if (count === starts.length) {
        const grown = new Uint32Array(count * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = len;
      lineStart = false;
    }
    if (c === 10) lineStart = true;
    chars[len++] = c;
  }
  // chars[len…] stay 0: the zeros after the end-of-file marker.
  const hi = new Uint32Array(count);
  const lo = new Uint32Array(count);
  const occurrence = new Uint32Array(count);
  // h = h * 37 + c, modulo 2^64, on two 32-bit halves.
  let h = 0;
  let l = 0;
  for (let i = 0; i < BLOCK; i++) {
    const x = l * BASE + chars[i];
    h = (h * BASE + ((x / TWO32) | 0)) >>> 0;
    l = x >>> 0;
  }
  // Equal hashes are counted through the lines with the same low half: the last such line (an open-addressing table of
  // line numbers + 1, keyed by the low half), and each line's previous one.
  let size = 16;
  while (size < count * 2) size *= 2;
  const shift = 32 - Math.log2(size);
  const lastWithLow = new Int32Array(size);
  const previous = new Int32Array(count);
  let p = 0;
  for (let k = 0; k < count; k++) {
    const start = starts[k];
    while (p < start) {
      // h -= chars[p] * 37^99 (modulo 2^64), then h = h * 37 + chars[p + 100]. (Quotients below 2^31: `| 0` floors them.)
      const c = chars[p];
      let mlo: number;
      let mhi: number;
      if (c < 128) {
        mlo = TOP_TIMES_LO[c];
        mhi = TOP_TIMES_HI[c];
      } else {
        const ml = TOP_LO * c;
        mlo = ml >>> 0;
        mhi = (TOP_HI * c + ((ml / TWO32) | 0)) >>> 0;
      }
      const borrow = l < mlo ? 1 : 0;
      l = (l - mlo) >>> 0;
      h = (h - mhi - borrow) >>> 0;
      const x = l * BASE + chars[p + BLOCK];
      h = (h * BASE + ((x / TWO32) | 0)) >>> 0;
      l = x >>> 0;
      p++;
    }
    hi[k] = h;
    lo[k] = l;
    let slot = Math.imul(l, 0x9e3779b1) >>> shift;
    while (lastWithLow[slot] !== 0 && lo[lastWithLow[slot] - 1] !== l) slot = (slot + 1) & (size - 1);
    let j = lastWithLow[slot] - 1;
    previous[k] = j;
    lastWithLow[slot] = k + 1;
    while (j >= 0 && hi[j] !== h) j = previous[j];
    occurrence[k] = j >= 0 ? occurrence[j] + 1 : 1;
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

/** FNV-1a, 64 bits, over the UTF-16 code units of `s`: a stable, dependency-free digest. */
export function fnv1a64(s: string): string {
  // Offset basis 0xcbf29ce484222325; prime 0x100000001b3 = 2^40 + 0x1b3, so h * prime = h * 0x1b3 + (h << 40).
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < s.length; i++) {
    lo = (lo ^ s.charCodeAt(i)) >>> 0;
    const l = lo * 0x1b3;
    hi = (hi * 0x1b3 + Math.floor(l / TWO32) + ((lo << 8) >>> 0)) >>> 0;
    lo = l >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
