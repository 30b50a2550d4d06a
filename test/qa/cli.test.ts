/** QA regressions for the CLI contract (SPEC §4.1). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT, runCli, tempRepo } from '../helpers/cli.js';

const CLEAN = `tenant:
  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
  license: p1
`;
const BROKEN_TENANT = 'tenant:\n  id: nope\n';

describe('explicit paths and the configuration', () => {
  it('a file that `ignore` leaves out is not read even when named on the command line (pre-commit passes changed files)', async () => {
    const cwd = tempRepo({ 'contoso.xtap.yaml': CLEAN, 'archive/old.xtap.yaml': BROKEN_TENANT, '.xtap-lint.yaml': "ignore: ['archive/**']\n" });
    const r = await runCli(['--format', 'json', 'contoso.xtap.yaml', 'archive/old.xtap.yaml'], { cwd });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(['contoso.xtap.yaml']);
    expect(r.stderr).toMatch(/archive\/old\.xtap\.yaml/);
  });

  it('a file given that is not a declaration file name is not read: exit 2 naming the rule (issue 12 item 3)', async () => {
    const cwd = tempRepo({ 'contoso.xtap.yaml': CLEAN, 'notes.yaml': BROKEN_TENANT });
    const r = await runCli(['--format', 'json', 'notes.yaml'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^xtap-lint: notes\.yaml is not a declaration file: declaration files end in \.xtap\.yaml or \.xtap\.yml/);
  });
});

describe('paths inside the repository whose names start with two dots', () => {
  const SELF = CLEAN + 'partners:\n  - tenantId: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n    inboundTrust: { isMfaAccepted: false }\n';
  it('a folder `..drafts` is inside the repository, as a path and as the working directory', async () => {
    const cwd = tempRepo({ '..drafts/contoso.xtap.yaml': SELF });
    const byPath = await runCli(['--format', 'json', '..drafts'], { cwd });
    expect(byPath.stderr).toBe('');
    expect(JSON.parse(byPath.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('partner-is-self');
    const inside = await runCli(['--format', 'json'], { cwd: `${cwd}/..drafts` });
    expect(inside.stderr).toBe('');
    expect(inside.code).toBe(1);
    const stdin = await runCli(['--format', 'json', '--stdin', '--stdin-filename', '..drafts/contoso.xtap.yaml'], { cwd, stdin: SELF });
    expect(stdin.stderr).toBe('');
    expect(stdin.code).toBe(1);
  });
});

describe('xtap-lint rules: bad usage is exit 2', () => {
  for (const argv of [['rules', '--bogus'], ['rules', 'mfa-registration-apps', 'rms-outbound'], ['rules', '-x', 'rms-outbound']]) {
    it(`exit 2 for ${argv.join(' ')}: one line on stderr, nothing on stdout`, async () => {
      const r = await runCli(argv, { cwd: tempRepo({}) });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }
  it('still lists the rules and shows one page', async () => {
    expect((await runCli(['rules'], { cwd: tempRepo({}) })).code).toBe(0);
    expect((await runCli(['rules', 'rms-outbound'], { cwd: tempRepo({}) })).code).toBe(0);
    expect((await runCli(['rules', '--help'], { cwd: tempRepo({}) })).code).toBe(0);
  });
});

describe('--stdin with bytes that are not UTF-8 text (SPEC §5)', () => {
  const run = async (bytes: Uint8Array, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> => {
    const { main } = await import('../../src/cli/main.js');
    let stdout = '';
    let stderr = '';
    const code = await main(['--stdin', '--stdin-filename', 'contoso.xtap.yaml', '--format', 'json'], {
      cwd,
      env: {},
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      readStdin: async () => Buffer.from(bytes).toString('utf8'),
      readStdinBytes: async () => bytes,
      stdoutIsTTY: false,
    });
    return { code, stdout, stderr };
  };
  it('invalid UTF-8 is a located syntax finding, as for a file on disk', async () => {
    const r = await run(Buffer.concat([Buffer.from(CLEAN), Buffer.from([0xff, 0xfe, 0x0a])]), tempRepo({}));
    expect(r.code).toBe(1);
    const msgs = JSON.parse(r.stdout)[0].messages;
    expect(msgs.map((m: { ruleId: string; line: number; column: number }) => [m.ruleId, m.line, m.column])).toEqual([['syntax', 1, 1]]);
    expect(msgs[0].message).toMatch(/UTF-8/);
  });
  it('binary content (NUL bytes) too', async () => {
    const r = await run(Buffer.from([0x00, 0x01, 0x02]), tempRepo({}));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['syntax']);
  });
});

describe('--stdin is bounded by limits.maxFileBytes, as a file on disk is', () => {
  it('more bytes than the limit on standard input are a located too-large finding (the rest is not read)', () => {
    const cwd = tempRepo({ '.xtap-lint.yaml': 'limits:\n  maxFileBytes: 1000\n' });
    // Valid YAML (a comment) four times the limit: read whole, it would be linted as an empty file.
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/cli.cjs'), '--stdin', '--stdin-filename', 'x.xtap.yaml', '--format', 'json'], {
      cwd,
      input: `# ${'a'.repeat(4000)}\n`,
      encoding: 'utf8',
      env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1', GITHUB_ACTIONS: '' },
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    const msgs = JSON.parse(r.stdout)[0].messages as Array<{ ruleId: string; line: number; message: string }>;
    expect(msgs.map((m) => [m.ruleId, m.line])).toEqual([['syntax', 1]]);
    expect(msgs[0]?.message).toMatch(/larger than the size limit: more than 1000 bytes on standard input/);
  });
});

describe('explicit paths follow the same selection as the repository walk', () => {
  it('a declaration inside node_modules is not read even when named (SPEC §4.1: never inside node_modules or .git)', async () => {
    const cwd = tempRepo({ 'contoso.xtap.yaml': CLEAN, 'node_modules/pkg/x.xtap.yaml': BROKEN_TENANT });
    const r = await runCli(['--format', 'json', 'contoso.xtap.yaml', 'node_modules/pkg/x.xtap.yaml'], { cwd });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(['contoso.xtap.yaml']);
  });
  it('a file whose name does not end in .xtap.yaml/.xtap.yml is not read even when `files` matches it', async () => {
    const cwd = tempRepo({ 'contoso.xtap.yaml': CLEAN, 'notes.yaml': BROKEN_TENANT, '.xtap-lint.yaml': "files: ['**/*.yaml']\n" });
    const r = await runCli(['--format', 'json', 'notes.yaml'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/is not a declaration file: declaration files end in \.xtap\.yaml or \.xtap\.yml/);
  });
});
