/**
 * The pre-commit hook with the real pre-commit tool: `pre-commit try-repo <this project> xtap-lint --all-files` in a
 * temporary git repository fails on a file with findings, printing them, and passes on a clean one.
 *
 * pre-commit installs the hook from a git clone of this project (`npm pack`, then `npm install -g`), so the
 * committed `dist/cli.cjs` is what runs: build with `node scripts/build.mjs` and commit dist/. When pre-commit is
 * missing the tests are skipped with one line naming the command that installs it, and fail with CI=true
 * (test/helpers/system-tool.ts). XTAP_PRECOMMIT_REPO names another clone to try instead of this project.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemTool } from './helpers/system-tool.js';
import { cliEnv, tempDir } from './helpers/temp.js';

const project = process.env.XTAP_PRECOMMIT_REPO ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const preCommit = systemTool('pre-commit', ['pre-commit', '--version'], 'bash .ci/run` (or `apt-get install -y pre-commit');

let env: NodeJS.ProcessEnv;

beforeEach((ctx) => preCommit.require(ctx));

beforeAll(() => {
  if (!preCommit.available) return;
  const tracked = spawnSync('git', ['ls-files', '--error-unmatch', 'dist/cli.cjs', '.pre-commit-hooks.yaml'], { cwd: project, encoding: 'utf8' });
  if (tracked.status !== 0) {
    throw new Error('dist/cli.cjs and .pre-commit-hooks.yaml must be committed: pre-commit installs the hook from a git clone (run node scripts/build.mjs and commit dist/)');
  }
  // pre-commit's own cache, and a HOME and XDG_CACHE_HOME of their own for the CLI that the hook runs.
  env = cliEnv({ PRE_COMMIT_HOME: tempDir('xtap-pre-commit-home-'), NO_COLOR: '1', GITHUB_ACTIONS: '' });
});

function gitRepo(files: Record<string, string>): string {
  const dir = tempDir('xtap-pre-commit-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  git('config', 'commit.gpgsign', 'false');
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  git('add', '.');
  return dir;
}

function tryRepo(cwd: string, files?: string[]): { status: number | null; output: string } {
  const r = spawnSync('pre-commit', ['try-repo', project, 'xtap-lint', ...(files ? ['--files', ...files] : ['--all-files']), '--color', 'never'], {
    cwd,
    encoding: 'utf8',
    env,
    timeout: 600_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const TENANT = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\n';

describe('pre-commit try-repo', () => {
  it('fails on a file with findings and prints them', () => {
    const dir = gitRepo({
      'tenant.xtap.yaml': TENANT + 'default:\n  b2BCollaborationInbound: {}\n',
      'README.md': 'not a declaration\n',
    });
    const r = tryRepo(dir);
    expect(r.output).toMatch(/xtap-lint\.+Failed/);
    expect(r.output).toContain('tenant.xtap.yaml');
    expect(r.output).toMatch(/^tenant\.xtap\.yaml:5:3: error: Unknown property `b2BCollaborationInbound`[^[]*\[schema\]$/m);
    expect(r.status, r.output).toBe(1);
  }, 600_000);

  it('passes on a clean file', () => {
    const dir = gitRepo({ 'tenant.xtap.yaml': TENANT, 'partners/fabrikam.xtap.yml': 'partners: []\n' });
    writeFileSync(join(dir, 'tenant.xtap.yaml'), TENANT + 'include: [partners/*.xtap.yml]\n');
    execFileSync('git', ['add', '.'], { cwd: dir });
    const r = tryRepo(dir);
    expect(r.output).toMatch(/xtap-lint\.+Passed/);
    expect(r.status, r.output).toBe(0);
  }, 600_000);

  it('fails a commit that changes only fabrikam.xtap.yaml when it breaks direct-connect-mutual at contoso.xtap.yaml (issue 12)', () => {
    const contoso = `tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  name: Contoso\n  license: p1\n  facts: { mfaRegistrationPolicyExcludesGuests: true }\npartners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n    name: Fabrikam\n    inboundTrust: { isMfaAccepted: true }\n    b2bDirectConnectInbound:\n      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }\n      applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }\n`;
    const fabrikam = (access: string) =>
      `tenant:\n  id: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n  name: Fabrikam\n  license: p1\npartners:\n  - tenantId: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n    name: Contoso\n    b2bDirectConnectOutbound:\n      usersAndGroups: { accessType: ${access}, targets: [{ target: AllUsers, targetType: user }] }\n      applications: { accessType: ${access}, targets: [{ target: AllApplications, targetType: application }] }\n`;
    const dir = gitRepo({ 'contoso.xtap.yaml': contoso, 'fabrikam.xtap.yaml': fabrikam('allowed') });
    expect(tryRepo(dir, ['fabrikam.xtap.yaml']).status).toBe(0);
    writeFileSync(join(dir, 'fabrikam.xtap.yaml'), fabrikam('blocked'));
    execFileSync('git', ['add', '.'], { cwd: dir });
    const r = tryRepo(dir, ['fabrikam.xtap.yaml']);
    expect(r.output).toMatch(/xtap-lint\.+Failed/);
    expect(r.output).toMatch(/^contoso\.xtap\.yaml:10:5: error: [^[]*\[direct-connect-mutual\]/m);
    expect(r.status, r.output).toBe(1);
  }, 600_000);
});
