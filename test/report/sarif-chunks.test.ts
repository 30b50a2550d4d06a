/**
 * Issue 17: the SARIF log is written as text, result by result (`sarifChunks`), instead of as one object tree given to
 * `JSON.stringify`; `--output` writes the pieces as they are made. The bytes must stay those of the old serialisation,
 * `inertJson(JSON.stringify(sarifLog(ctx), null, 2)) + '\n'` (sarifLog still builds the objects), and the line hashes,
 * now computed in one pass and only up to a file's last line with a finding, those of the definition.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashLines, lineHashAt, lineHashes, sarif, sarifChunks, sarifLog } from '../../src/report/sarif.js';
import { inertJson } from '../../src/report/inert.js';
import { CHUNKED_FORMATTERS } from '../../src/report/index.js';
import type { FormatContext } from '../../src/report/index.js';
import { runLint, visibleResults, lintSources } from '../../src/cli/commands/lint.js';
import { RULES } from '../../rules/index.js';
import { runCli } from '../helpers/cli.js';
import { fixtureContext, quietIo } from './fixture.js';

// @ts-expect-error -- a plain ES module without types
const generateRepo = async (dir: string, o: object): Promise<void> => ((await import('../../bench/generate.mjs')) as { generate: (d: string, o: object) => void }).generate(dir, o);

/** The serialisation `sarif` used before issue 17: the whole log as objects, stringified at once. */
const oldSarif = (ctx: FormatContext): string => inertJson(JSON.stringify(sarifLog(ctx), null, 2)) + '\n';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A generated repository (bench/generate.mjs) with a suppression directive and duplicates, linted as the CLI lints it. */
async function generatedContext(partners: number): Promise<{ ctx: FormatContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'xtap-sarif-chunks-'));
  dirs.push(dir);
  await generateRepo(dir, { partners, files: Math.max(3, Math.round(partners / 20)), tenants: 3, seed: 11, portal: 0.5 });
  // A directive on a line with findings: suppressed results (with a justification) among the others.
  const pdir = join(dir, 'tenant1', 'partners');
  const first = join(pdir, readdirSync(pdir).sort()[0]);
  const text = readFileSync(first, 'utf8').replace(/\n(\s*)- tenantId:/, '\n$1# xtap-lint-disable-next-line -- reviewed [SEC-1] "quoted" \u202e\n$1- tenantId:');
  writeFileSync(first, text);
  // The same partners declared twice: duplicate-partner findings, with related locations.
  writeFileSync(join(pdir, 'zz-again.xtap.yaml'), text);
  const io = quietIo(dir);
  const lr = await runLint(io, { preset: 'all' }, ['.']);
  const { results, repoPaths } = visibleResults(io, lr, false);
  return { dir, ctx: { results, rules: RULES, color: false, version: '1.2.3', repoPaths, notices: lr.notices, sources: lintSources(lr) } };
}

function finding(message: string, line: number, extra: object = {}) {
  return {
    ruleId: 'schema',
    severity: 'warning' as const,
    message,
    parts: { what: message, why: '', fix: '' },
    file: 'a.xtap.yaml',
    range: { line, column: 3, endLine: line + 1, endColumn: 1 },
    docsUrl: 'https://example.test/schema.md',
    fixable: false,
    ...extra,
  };
}

describe('the SARIF log in pieces', () => {
  it('is the old serialisation, byte for byte, on a generated repository with thousands of results', async () => {
    const { ctx } = await generatedContext(600);
    const count = ctx.results.reduce((n, r) => n + r.findings.length + r.suppressed.length, 0);
    expect(count).toBeGreaterThan(200);
    expect(ctx.results.some((r) => r.suppressed.length > 0)).toBe(true);
    expect(ctx.results.some((r) => r.findings.some((f) => f.related?.length))).toBe(true);
    const chunks = [...sarifChunks(ctx)];
    // Written in pieces (about 64 KB of results each), never as one string.
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(oldSarif(ctx));
    expect(sarif(ctx)).toBe(oldSarif(ctx));
    expect(CHUNKED_FORMATTERS.sarif).toBe(sarifChunks);
  });

  it('is the old serialisation on the formatter fixture repository (notices, directives, related locations)', async () => {
    const ctx = await fixtureContext();
    expect([...sarifChunks(ctx)].join('')).toBe(oldSarif(ctx));
  });

  it('is the old serialisation with text a terminal acts on, brackets, quotes, a suppression without justification and no results', () => {
    const weird = ['bidi \u202e [link](https://x.test) "q" \\', 'line\u2028sep \u009b C1 \u001b[31m', 'Äpfel 😀 \ud800 lone'];
    const results = weird.map((m, i) => ({
      file: `dir ${i}/ä[${i}].xtap.yaml`,
      findings: [
        finding(m, i + 1, { related: [{ file: `other ${i}.xtap.yaml`, range: { line: 2, column: 1, endLine: 2, endColumn: 9 }, message: `see [${m}]` }] }),
        // A rule id that is not a built-in one (an organization policy's) goes through the same escaping.
        finding(m, i + 1, { ruleId: `policy\u2066${i}\u0085` }),
      ],
      suppressed: [
        { ...finding(`${m} (suppressed)`, i + 2), suppressions: [{ kind: 'directive' as const, justification: `why ${m}` }, { kind: 'baseline' as const } as never] },
        { ...finding(m, 0), suppressions: [] },
      ],
      errorCount: 0,
      warningCount: 1,
      infoCount: 0,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    }));
    const sources = new Map(results.map((r, i) => [r.file, `a: 1\n  b: [${i}]\r\nc\rd\n`]));
    const base: FormatContext = { results, rules: RULES, color: false, version: '0', sources, notices: ['a notice [x] \u202e', 'another'] };
    for (const ctx of [base, { ...base, notices: [] }, { ...base, results: [] }, { ...base, sources: undefined }, { ...base, rules: [] }]) {
      const text = [...sarifChunks(ctx)].join('');
      expect(text).toBe(oldSarif(ctx));
      expect(text).not.toMatch(/[\u202e\u2028\u009b\u2066\u0085]/);
    }
  });

  it('is what `--format sarif --output` writes: the same bytes as on standard output', async () => {
    const { dir } = await generatedContext(120);
    const out = await runCli(['--format', 'sarif'], { cwd: dir });
    const written = await runCli(['--format', 'sarif', '--output', 'reports/x.sarif'], { cwd: dir });
    expect(written.code).toBe(out.code);
    expect(written.stdout).toBe('');
    expect(JSON.parse(out.stdout).runs[0].results.length).toBeGreaterThan(10);
    expect(readFileSync(join(dir, 'reports', 'x.sarif'), 'utf8')).toBe(out.stdout);
  });
});

describe('line hashes in one pass', () => {
  // The definition, naively: 100 normalised code units from each line's start (BigInt, modulo 2^64), and occurrences.
  function naive(text: string): string[] {
    const chars: number[] = [];
    const starts: number[] = [];
    let lineStart = true;
    let prevCR = false;
    const units: number[] = [];
    for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
    units.push(65535);
    for (let c of units) {
      if (c === 32 || c === 9 || (prevCR && c === 10)) {
        prevCR = false;
        continue;
      }
      prevCR = c === 13;
      if (prevCR) c = 10;
      if (lineStart) {
        starts.push(chars.length);
        lineStart = false;
      }
      if (c === 10) lineStart = true;
      chars.push(c);
    }
    const seen = new Map<string, number>();
    return starts.map((s) => {
      let h = 0n;
      for (let i = 0; i < 100; i++) h = BigInt.asUintN(64, h * 37n + BigInt(chars[s + i] ?? 0));
      const hex = h.toString(16);
      const n = (seen.get(hex) ?? 0) + 1;
      seen.set(hex, n);
      return `${hex}:${n}`;
    });
  }

  // A deterministic generator of texts rich in what the hash treats specially: spaces, tabs, CR, CRLF, code units
  // above 127 and 65535, repeated lines (occurrences) and lines longer than the window.
  let state = 7;
  const rand = (k: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % k;
  };
  const pieces = ['a', 'b', ' ', '\t', '\n', '\r', '\r\n', 'x: 1\n', '\uffff', '😀', '- ', 'k'.repeat(120), '\n\n', 'ü'];
  const texts = Array.from({ length: 300 }, () => Array.from({ length: rand(160) }, () => pieces[rand(pieces.length)]).join(''));

  it('matches the definition on generated texts', () => {
    for (const text of texts) expect(lineHashes(text)).toEqual(naive(text));
  });

  it('stops after the lines asked for, with the same hashes and occurrences', () => {
    for (const text of texts) {
      const all = naive(text);
      const lines = 1 + rand(all.length + 3);
      const table = hashLines(text, lines);
      expect(table.count).toBe(Math.min(lines, all.length));
      for (let k = 0; k < table.count; k++) expect(lineHashAt(table, k)).toBe(all[k]);
      expect(lineHashAt(table, table.count)).toBeUndefined();
    }
  });

  it('counts occurrences by the whole 64-bit hash, not by its low half', () => {
    // Two windows whose hashes have the same low 32 bits (38ae88a6_81803002 and 38ae884a_81803002).
    const a = `${'k'.repeat(92)}mtgxexmd`;
    const b = `${'k'.repeat(92)}ingpcbyz`;
    const text = `${a}\n${b}\n${a}\n${b}\n`;
    expect(lineHashes(text).slice(0, 4)).toEqual(['38ae88a681803002:1', '38ae884a81803002:1', '38ae88a681803002:2', '38ae884a81803002:2']);
    expect(lineHashes(text)).toEqual(naive(text));
  });

  it('counts occurrences right among many lines whose hashes share their low half', () => {
    // Two 8-character blocks with the same hash modulo 2^32: any line made of 12 of them has the same low half, and
    // almost surely its own high half. 256 such lines, twice over.
    const [u, v] = ['cjuxkdyd', 'gzwrorcx'];
    const distinct = Array.from({ length: 256 }, (_, x) => Array.from({ length: 12 }, (_, b) => ((x >> (b % 8)) & 1 ? v : u)).join('') + 'zzzz');
    const text = `${[...distinct, ...distinct].join('\n')}\n`;
    const all = naive(text);
    expect(new Set(all.slice(0, 512).map((h) => h.split(':')[0].slice(-8))).size).toBe(1);
    expect(new Set(all.slice(0, 256)).size).toBe(256);
    expect(all[300]).toMatch(/:2$/);
    expect(lineHashes(text)).toEqual(all);
  });

  it('reads each code unit once, whatever the lines (a file of one repeated line, lines of spaces)', () => {
    // A hostile file cannot make the hashes cost more than a pass over it: every line the same (each one an
    // occurrence of the others), or lines long in spaces that the 100-character windows skip.
    for (const text of ['x\n'.repeat(20000), `x${' '.repeat(1000)}\n`.repeat(40), 'a: 1\r\n'.repeat(8000)]) {
      let reads = 0;
      const spy = { length: text.length, charCodeAt: (i: number) => (reads++, text.charCodeAt(i)) } as unknown as string;
      const table = hashLines(spy, Infinity);
      expect(table.count).toBe(text.split(/\r\n|\n/).length);
      expect(reads).toBeLessThanOrEqual(text.length);
    }
  });

  it('reads a text only as far as the last line asked for needs', () => {
    // Past line 3's window the text is never read: a getter on a string-like would tell, so count the code units read.
    const text = `a\nb\nc\n${'z\n'.repeat(10000)}`;
    let reads = 0;
    const spy = { length: text.length, charCodeAt: (i: number) => (reads++, text.charCodeAt(i)) } as unknown as string;
    const table = hashLines(spy, 3);
    expect(table.count).toBe(3);
    expect([0, 1, 2].map((k) => lineHashAt(table, k))).toEqual(naive(text).slice(0, 3));
    expect(reads).toBeLessThan(300);
  });
});
