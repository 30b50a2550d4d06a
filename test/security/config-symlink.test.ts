/**
 * Issue 11 item 12: the configuration file is never read through a link (to /etc/passwd, to a file of keys, or
 * anywhere): exit 2, one line on stderr, nothing on stdout, no content quoted and no path outside the repository.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanupTemp, gitRepo, tempDir } from '../helpers/git-repo.js';

afterEach(cleanupTemp);

const CLEAN = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\n';

describe('the configuration through a link', () => {
  it('.xtap-lint.yaml -> a file of keys outside the repository is refused', async () => {
    const repo = gitRepo({ 'contoso.xtap.yaml': CLEAN });
    const outside = tempDir();
    writeFileSync(join(outside, 'keys.yaml'), 'aws_secret_access_key: wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\npreset: [x]\n');
    symlinkSync(join(outside, 'keys.yaml'), join(repo, '.xtap-lint.yaml'));
    for (const args of [[], ['--print-config'], ['--format', 'json']]) {
      const r = await runCli(args, { cwd: repo });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('xtap-lint: config file .xtap-lint.yaml is a symbolic link: xtap-lint never reads its configuration through a link (replace the link with the file itself)\n');
    }
  });

  it('.xtap-lint.yaml -> /etc/passwd and --config through a link are refused too', async () => {
    const repo = gitRepo({ 'contoso.xtap.yaml': CLEAN, 'real.yaml': 'preset: strict\n' });
    symlinkSync('/etc/passwd', join(repo, '.xtap-lint.yaml'));
    const r = await runCli([], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/root|\/etc|must be a map/);
    expect(r.stderr.split('\n')).toHaveLength(2);
    symlinkSync('real.yaml', join(repo, 'linked.yaml'));
    const c = await runCli(['--config', 'linked.yaml'], { cwd: repo });
    expect(c).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: config file linked.yaml is a symbolic link: xtap-lint never reads its configuration through a link (replace the link with the file itself)\n' });
    expect((await runCli(['--config', 'real.yaml'], { cwd: repo })).code).toBe(0);
  });
});
