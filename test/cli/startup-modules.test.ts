/**
 * Start-up: Node's own modules a run loads are part of its start-up time (node:crypto alone is ~20 modules, ~6 ms on
 * Node 24). A lint loads node:crypto only when it needs git blob ids: `--base` on a repository of more than 1 MB of
 * declarations (a smaller one compares texts instead, src/repo/git.ts COMPARE_TEXTS_UP_TO). Each run prints the Node
 * modules it loaded at exit (a `-r` probe). Needs `node scripts/build.mjs` (dist/).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { cliEnv, tempDir } from '../helpers/temp.js';

let repo: string;
let probe: string;

const TENANT = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\npartners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f900001\n    name: Partner 1\n';

beforeAll(() => {
  const dir = tempDir('xtap-startup-');
  repo = join(dir, 'repo');
  execFileSync('git', ['init', '-q', repo]);
  writeFileSync(join(repo, 'tenant.xtap.yaml'), TENANT);
  const g = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args]);
  g('add', '.');
  g('commit', '-qm', 'base');
  probe = join(dir, 'probe.cjs');
  writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\nMODULES ' + process.moduleLoadList.join(',') + '\\n'));\n");
});

/** The Node modules (`NativeModule <name>`) a run of the CLI loaded, and its exit code. */
function loaded(args: string[]): { code: number | null; modules: string[] } {
  const r = spawnSync(process.execPath, ['-r', probe, join(PROJECT_ROOT, 'dist/cli.cjs'), ...args], { cwd: repo, encoding: 'utf8', env: cliEnv() });
  const line = r.stderr.split('\n').find((l) => l.startsWith('MODULES '));
  if (!line) throw new Error(`no probe output: ${r.stderr}`);
  return { code: r.status, modules: line.slice('MODULES '.length).split(',').filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length)) };
}

describe('the Node modules a run loads', () => {
  it('a plain lint loads no node:crypto, nor does --base on a small repository; --base on a larger one (blob ids) does', () => {
    const plain = loaded(['--format', 'json']);
    // Findings (exit 1) or none (exit 0): a lint that ran, not one that failed.
    expect([0, 1]).toContain(plain.code);
    expect(plain.modules).toContain('child_process');
    expect(plain.modules).not.toContain('crypto');
    const base = loaded(['--base', 'HEAD', '--format', 'json']);
    expect([0, 1]).toContain(base.code);
    expect(base.modules).not.toContain('crypto');
    // Over 1 MB of declarations (a long comment): unchanged files are found by their blob ids.
    writeFileSync(join(repo, 'big.xtap.yaml'), `partners: []\n${'# padding padding padding padding padding padding padding padding\n'.repeat(17_000)}`);
    execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.']);
    execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'big']);
    const large = loaded(['--base', 'HEAD', '--format', 'json']);
    expect([0, 1]).toContain(large.code);
    expect(large.modules).toContain('crypto');
  });
});
