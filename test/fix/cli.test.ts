/** `xtap-lint --fix` and `--fix-dry-run` through the CLI, in-process, on a temporary repository. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xtap-fix-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.git'));
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return dir;
}

async function run(cwd: string, argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd,
    env: {},
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => '',
    stdoutIsTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const TENANT = `tenant:
  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
  license: p1
default:
  b2bCollaborationInbound:
    usersAndGroups:
      accessType: allowed
      targets:
        - target: AllUsers
          targetType: group   # typo
`;

const PARTNER = `partners:
  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
    InboundTrust: { isMfaAccepted: true }
`;

describe('--fix-dry-run', () => {
  it('prints a unified diff, changes nothing, and exits 1 when there is something to fix', async () => {
    const dir = repo({ 'tenant.xtap.yaml': TENANT + 'include: [partners/*.xtap.yaml]\n', 'partners/fabrikam.xtap.yaml': PARTNER });
    const r = await run(dir, ['--fix-dry-run']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        '--- a/partners/fabrikam.xtap.yaml',
        '+++ b/partners/fabrikam.xtap.yaml',
        '@@ -1,3 +1,3 @@',
        ' partners:',
        '   - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234',
        '-    InboundTrust: { isMfaAccepted: true }',
        '+    inboundTrust: { isMfaAccepted: true }',
        '--- a/tenant.xtap.yaml',
        '+++ b/tenant.xtap.yaml',
        '@@ -7,5 +7,5 @@',
        '       accessType: allowed',
        '       targets:',
        '         - target: AllUsers',
        '-          targetType: group   # typo',
        '+          targetType: user   # typo',
        ' include: [partners/*.xtap.yaml]',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'tenant.xtap.yaml'), 'utf8')).toBe(TENANT + 'include: [partners/*.xtap.yaml]\n');
    expect(readFileSync(join(dir, 'partners/fabrikam.xtap.yaml'), 'utf8')).toBe(PARTNER);
  });

  it('prints nothing and exits 0 when there is nothing to fix', async () => {
    const dir = repo({ 'tenant.xtap.yaml': 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\n' });
    expect(await run(dir, ['--fix-dry-run'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('--fix', () => {
  it('writes the fixed files, reports what is left, and a second run changes nothing', async () => {
    const dir = repo({ 'tenant.xtap.yaml': TENANT + '  inboundTrust: { isMfaAccepted: "yes" }\n' });
    const r = await run(dir, ['--fix', '--format', 'json']);
    const fixed = TENANT.replace('targetType: group', 'targetType: user') + '  inboundTrust: { isMfaAccepted: "yes" }\n';
    expect(readFileSync(join(dir, 'tenant.xtap.yaml'), 'utf8')).toBe(fixed);
    const report = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(report[0].messages.map((m) => m.ruleId)).toEqual(['schema']);
    expect(r.code).toBe(1);
    const again = await run(dir, ['--fix', '--format', 'json']);
    expect(again.stdout).toBe(r.stdout);
    expect(readFileSync(join(dir, 'tenant.xtap.yaml'), 'utf8')).toBe(fixed);
  });

  it('exits 0 when fixing removed every error', async () => {
    const dir = repo({ 'tenant.xtap.yaml': TENANT });
    const r = await run(dir, ['--fix']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'tenant.xtap.yaml'), 'utf8')).toBe(TENANT.replace('targetType: group', 'targetType: user'));
  });

  it('fixes only the files given (what pre-commit passes)', async () => {
    const dir = repo({ 'tenant.xtap.yaml': TENANT + 'include: [partners/*.xtap.yaml]\n', 'partners/fabrikam.xtap.yaml': PARTNER });
    const r = await run(dir, ['--fix', 'partners/fabrikam.xtap.yaml']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'partners/fabrikam.xtap.yaml'), 'utf8')).toBe(PARTNER.replace('InboundTrust', 'inboundTrust'));
    expect(readFileSync(join(dir, 'tenant.xtap.yaml'), 'utf8')).toBe(TENANT + 'include: [partners/*.xtap.yaml]\n');
  });

  it('refuses --fix with --fix-dry-run, and --fix with --stdin (exit 2, one line on stderr)', async () => {
    const dir = repo({ 'tenant.xtap.yaml': TENANT });
    const both = await run(dir, ['--fix', '--fix-dry-run']);
    expect(both).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: --fix and --fix-dry-run cannot be used together\n' });
    const stdin = await run(dir, ['--fix', '--stdin', '--stdin-filename', 'tenant.xtap.yaml']);
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/^xtap-lint: --fix cannot write to standard input; use --fix-dry-run/);
    expect(readFileSync(join(dir, 'tenant.xtap.yaml'), 'utf8')).toBe(TENANT);
  });
});
