/**
 * Issue 17: `--format json --output` writes the report in pieces, one per file, so that a large repository's report is
 * never one string in memory. The pieces must be the very bytes `json` makes, written through the link-refusing writer.
 */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, jsonChunks } from '../../src/report/json.js';
import type { FormatContext } from '../../src/report/index.js';
import { safeWriteFile } from '../../src/repo/safe-write.js';
import { RULES } from '../../rules/index.js';
import { runCli, tempRepo } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { fixtureContext } from './fixture.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';

function ctxOf(messages: string[]): FormatContext {
  const finding = (message: string, line: number) => ({
    ruleId: 'syntax',
    severity: 'error' as const,
    message,
    parts: { what: message, why: '', fix: '' },
    file: 'a.xtap.yaml',
    range: { line, column: 1, endLine: line, endColumn: 2 },
    docsUrl: 'https://example.test/syntax.md',
    fixable: false,
  });
  const results = messages.map((m, i) => ({
    file: `f${i}.xtap.yaml`,
    findings: [finding(m, i + 1)],
    suppressed: [{ ...finding(`${m} (suppressed)`, i + 2), suppressions: [{ kind: 'directive' as const, justification: `why ${m}` }] }],
    errorCount: 1,
    warningCount: 0,
    infoCount: 0,
    fatalErrorCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  }));
  return { results, rules: RULES, color: false, version: '0' };
}

describe('the JSON report in pieces', () => {
  it('joins to the bytes of `json` on the formatter fixture repository', async () => {
    const ctx = await fixtureContext();
    const chunks = [...jsonChunks(ctx)];
    expect(chunks.length).toBe(ctx.results.length + 2);
    expect(chunks.join('')).toBe(json(ctx));
  });

  it('joins to the bytes of `json` with characters a terminal acts on, quotes and non-ASCII text in every file', () => {
    const ctx = ctxOf(['bidi \u202e override', 'line\u2028separator "quoted" \\ back', 'C1 \u009b control', 'Äpfel 😀', '\u001b[31m escape']);
    const text = [...jsonChunks(ctx)].join('');
    expect(text).toBe(json(ctx));
    expect(text).not.toMatch(/[\u202e\u2028\u009b\u001b]/);
    expect(JSON.parse(text)).toHaveLength(5);
  });

  it('writes `[]` for no files', () => {
    const ctx = ctxOf([]);
    expect([...jsonChunks(ctx)].join('')).toBe('[]\n');
    expect(json(ctx)).toBe('[]\n');
  });

  it('is what `--output` writes: the same bytes as the report on standard output', async () => {
    const files: Record<string, string> = { 'contoso.xtap.yaml': `tenant:\n  id: ${TENANT}\n  name: Contoso\ninclude: [partners/*.xtap.yaml]\n` };
    for (let i = 0; i < 3; i++) {
      files[`partners/p${i}.xtap.yaml`] = `partners:\n  - tenantId: 1111111${i}-2222-4333-8444-555555555555\n    name: P${i} \u202e\n    isServiceDefault: true\n    b2bCollaborationInbound:\n      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: group }] }\n`;
    }
    const repo = tempRepo(files);
    const out = await runCli(['--format', 'json'], { cwd: repo });
    const written = await runCli(['--format', 'json', '--output', 'reports/lint.json'], { cwd: repo });
    expect(written.code).toBe(out.code);
    expect(written.stdout).toBe('');
    expect(JSON.parse(out.stdout)).toHaveLength(4);
    expect(readFileSync(join(repo, 'reports', 'lint.json'), 'utf8')).toBe(out.stdout);
  });

  it('is written through the link-refusing writer: pieces never go through a link', () => {
    const dir = tempDir('xtap-chunks-');
    const outside = join(dir, 'victim');
    writeFileSync(outside, 'original\n');
    symlinkSync(outside, join(dir, 'report.json'));
    expect(() => safeWriteFile('report.json', ['[', ']\n'], { cwd: dir, what: '--output report.json' })).toThrow(/symbolic link/);
    expect(readFileSync(outside, 'utf8')).toBe('original\n');
    safeWriteFile('new.json', (function* () {
      yield '[';
      yield '"é"';
      yield ']\n';
    })(), { cwd: dir, what: '--output new.json' });
    expect(readFileSync(join(dir, 'new.json'), 'utf8')).toBe('["é"]\n');
  });

  it('writes every piece whole through its reused buffer: long, short, multi-byte and lone surrogates in turn', () => {
    const dir = tempDir('xtap-chunks-');
    // The buffer grows for a longer piece and is reused for shorter ones; a piece over 256 Ki code units is encoded
    // on its own. Each piece's bytes are its UTF-8 encoding, whatever came before it.
    const pieces = ['a'.repeat(70_000), 'é😀\ud800x', 'b'.repeat(10), '€'.repeat(100_000), 'short', 'z'.repeat(300_000), '\u2028end'];
    safeWriteFile('pieces.txt', pieces, { cwd: dir, what: '--output pieces.txt' });
    const written = readFileSync(join(dir, 'pieces.txt'));
    expect(written.equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect(written.length).toBe(70_000 + 4 + 2 + 3 + 1 + 10 + 300_000 + 5 + 300_000 + 3 + 3);
  });
});
