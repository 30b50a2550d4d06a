/** SPEC §5 limits: file size, alias count, nesting depth and number of files, each with a clear message. */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { runCli, tempRepo as makeRepo } from './helpers/cli.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
/** A temporary repository, removed after the tests. */
function tempRepo(files: Record<string, string>): string {
  const d = makeRepo(files);
  made.push(d);
  return d;
}

const TENANT = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\n';

interface JsonMessage {
  ruleId: string;
  message: string;
  line: number;
  column: number;
}
const messages = (stdout: string): Array<[string, JsonMessage[]]> =>
  (JSON.parse(stdout) as Array<{ filePath: string; messages: JsonMessage[] }>).map((f) => [f.filePath, f.messages]);

describe('limits', () => {
  it('a file over limits.maxFileBytes is a syntax finding at 1:1, not read', async () => {
    const big = TENANT + '# padding\n'.repeat(200);
    const cwd = tempRepo({ '.xtap-lint.yaml': 'limits:\n  maxFileBytes: 1000\n', 'big.xtap.yaml': big, 'small.xtap.yaml': TENANT.replace('0d3e', '1d3e') });
    const r = await runCli(['--format', 'json'], { cwd });
    expect(r.code).toBe(1);
    const [[file, msgs], [small, smallMsgs]] = messages(r.stdout);
    expect(file).toBe('big.xtap.yaml');
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatchObject({ ruleId: 'syntax', line: 1, column: 1 });
    expect(msgs[0].message).toContain(`The file is larger than the size limit: ${Buffer.byteLength(big)} bytes, over the limit of 1000 bytes (limits.maxFileBytes).`);
    expect([small, smallMsgs]).toEqual(['small.xtap.yaml', []]);
  });

  it('the default size limit is 10 MB', async () => {
    const cwd = tempRepo({ 'a.xtap.yaml': TENANT });
    const r = await runCli(['--print-config'], { cwd });
    expect(JSON.parse(r.stdout).limits).toEqual({ maxFileBytes: 10485760, maxFiles: 20000, maxAliasCount: 100, maxDepth: 64 });
  });

  it('a document that expands more aliases than limits.maxAliasCount is a syntax finding', async () => {
    const text = TENANT + 'default:\n  inboundTrust: &t { isMfaAccepted: true }\npartners:\n' +
      ['1', '2', '3', '4'].map((n) => `  - tenantId: ${n}f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n    inboundTrust: *t\n`).join('');
    const cwd = tempRepo({ '.xtap-lint.yaml': 'limits:\n  maxAliasCount: 2\n', 'a.xtap.yaml': text });
    const r = await runCli(['--format', 'json'], { cwd });
    const [[, msgs]] = messages(r.stdout);
    expect(msgs.map((m) => [m.ruleId, m.line, m.column])).toEqual([['syntax', 1, 1]]);
    expect(msgs[0].message).toContain('the document expands more than 2 aliases (an alias bomb?)');
    // Within the default limit the same file is read.
    const ok = await runCli(['--format', 'json', '--rule', 'partner-redundant=off', '--rule', 'mfa-trust-registration-policy=off'], { cwd: tempRepo({ 'a.xtap.yaml': text }) });
    expect(messages(ok.stdout)[0][1].filter((m) => m.ruleId === 'syntax')).toEqual([]);
  });

  it('aliases of an empty map count toward limits.maxAliasCount too (issue 11 item 4)', async () => {
    const text = TENANT + 'x: &d {}\npartners:\n' + '  - *d\n'.repeat(4);
    const cwd = tempRepo({ '.xtap-lint.yaml': 'limits:\n  maxAliasCount: 3\n', 'a.xtap.yaml': text });
    const r = await runCli(['--format', 'json'], { cwd });
    const [[, msgs]] = messages(r.stdout);
    expect(msgs.map((m) => [m.ruleId, m.line, m.column])).toEqual([['syntax', 1, 1]]);
    expect(msgs[0].message).toContain('the document expands more than 3 aliases (an alias bomb?)');
    // 20,000 of them under the default limit: the same one finding (test/security/quadratic.test.ts bounds the work).
    const many = await runCli(['--format', 'json'], { cwd: tempRepo({ 'a.xtap.yaml': TENANT + 'x: &d {}\npartners:\n' + '  - *d\n'.repeat(20_000) }) });
    expect(messages(many.stdout)[0][1].map((m) => [m.ruleId, m.line, m.column])).toEqual([['syntax', 1, 1]]);
  });

  it('a file with more than 100 schema problems reports 100 and one finding that counts the rest', async () => {
    const text = TENANT + 'default:\n' + Array.from({ length: 250 }, (_, i) => `  k${i}: x\n`).join('');
    const r = await runCli(['--format', 'json'], { cwd: tempRepo({ 'a.xtap.yaml': text }) });
    const msgs = messages(r.stdout)[0][1].filter((m) => m.ruleId === 'schema');
    expect(msgs).toHaveLength(101);
    expect(msgs[100]).toMatchObject({ line: 105, column: 3 });
    expect(msgs[100].message).toMatch(/^150 more schema problems in this file are not shown, the first of them here\./);
  });

  it('nesting past the stack is a syntax finding even with limits.maxDepth raised (20,000 `[` ran out of memory)', async () => {
    const text = TENANT + 'default: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n';
    const cwd = tempRepo({ '.xtap-lint.yaml': 'limits:\n  maxDepth: 1000000000\n', 'a.xtap.yaml': text });
    const r = await runCli(['--format', 'json'], { cwd });
    const [[, msgs]] = messages(r.stdout);
    expect(msgs.map((m) => [m.ruleId, m.line])).toEqual([['syntax', 4]]);
    expect(msgs[0].message).toContain('the document nests deeper than 256 levels');
  });

  it('a document nested deeper than limits.maxDepth is a syntax finding at the deep node', async () => {
    const text = TENANT + 'default:\n  b2bCollaborationInbound:\n    applications:\n      targets:\n        - target: [[[[x]]]]\n';
    const cwd = tempRepo({ '.xtap-lint.yaml': 'limits:\n  maxDepth: 6\n', 'a.xtap.yaml': text });
    const r = await runCli(['--format', 'json'], { cwd });
    const [[, msgs]] = messages(r.stdout);
    expect(msgs.map((m) => [m.ruleId, m.line])).toEqual([['syntax', 8]]);
    expect(msgs[0].message).toContain('the document nests deeper than 6 levels');
  });

  it('more declaration files than limits.maxFiles is a usage error: one line, exit 2', async () => {
    const cwd = tempRepo({
      '.xtap-lint.yaml': 'limits:\n  maxFiles: 2\n',
      'a.xtap.yaml': TENANT,
      'b.xtap.yaml': 'partners: []\n',
      'c.xtap.yaml': 'partners: []\n',
    });
    const r = await runCli([], { cwd });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'xtap-lint: found 3 declaration files, more than the limit of 2 (limits.maxFiles in .xtap-lint.yaml)\n',
    });
  });

  it('limits must be positive whole numbers', async () => {
    const cwd = tempRepo({ '.xtap-lint.yaml': 'limits:\n  maxFileBytes: 0\n', 'a.xtap.yaml': TENANT });
    const r = await runCli([], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^xtap-lint: \.xtap-lint\.yaml: .*maxFileBytes/);
  });
});
