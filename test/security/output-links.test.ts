/**
 * Issue 11 item 5: no output path may be a symbolic link or lie under one, inside the repository or outside it —
 * `--output`, the Action's `sarif-file`, `export --out` (with and without `--force`), `import --out`,
 * `--baseline-write`, and `--fix` on a declaration that is a link. Each is refused (one line, exit 2; `--fix`: the
 * file is left alone and a note says so), and nothing outside the temporary repository is written or deleted.
 * Also issue 13 item 5: `-o` makes missing folders.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanupTemp, gitRepo, tempDir } from '../helpers/git-repo.js';
import { safeRemoveFile, safeWriteFile } from '../../src/repo/safe-write.js';
import { commit, pullRequestEvent, runAction, sandbox, startApi } from '../action/harness.js';

afterEach(cleanupTemp);

const TENANT_ID = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const CLEAN = `tenant:\n  id: ${TENANT_ID}\n  name: Contoso\n  license: p1\n`;
const WITH_WARNING = CLEAN + 'default:\n  isServiceDefault: true\n';
const FIXABLE = `${CLEAN}default:
  b2bCollaborationInbound:
    usersAndGroups:
      accessType: allowed
      targets:
        - target: AllUsers
          targetType: group
`;

/** A file outside the repository the attacker's link points at, and a snapshot of the outside folder. */
function victim(): { dir: string; file: string; snapshot: () => string } {
  const dir = tempDir('xtap-victim-');
  const file = join(dir, 'bashrc');
  writeFileSync(file, 'original\n');
  const snapshot = () =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .sort()
      .map((p) => `${p}:${existsSync(join(dir, p)) && !p.endsWith('/') ? (() => { try { return readFileSync(join(dir, p), 'utf8'); } catch { return 'dir'; } })() : ''}`)
      .join('|');
  return { dir, file, snapshot };
}

function oneLine(r: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n')).toHaveLength(2);
  expect(r.stderr).toMatch(pattern);
}

describe('outputs never follow a link', () => {
  it('--output: a link, a link to a folder on the way, a linked folder outside the repository', async () => {
    const repo = gitRepo({ 'contoso.xtap.yaml': CLEAN });
    const v = victim();
    const before = v.snapshot();
    symlinkSync(v.file, join(repo, 'results.sarif'));
    symlinkSync(v.dir, join(repo, 'reports'));
    oneLine(await runCli(['-f', 'sarif', '--output', 'results.sarif'], { cwd: repo }), /^xtap-lint: refusing to write --output results\.sarif: results\.sarif is a symbolic link/);
    oneLine(await runCli(['-o', 'reports/new.sarif'], { cwd: repo }), /^xtap-lint: refusing to write --output reports\/new\.sarif: reports is a symbolic link/);
    oneLine(await runCli(['-o', join(repo, 'reports', 'x', 'y.txt')], { cwd: repo }), /reports is a symbolic link/);
    expect(v.snapshot()).toBe(before);
    // A link outside the repository, below the working directory's neighbourhood, is refused as well.
    const out = tempDir();
    symlinkSync(v.dir, join(out, 'link'));
    oneLine(await runCli(['-o', join(out, 'link', 'r.txt')], { cwd: repo }), /link is a symbolic link/);
    expect(v.snapshot()).toBe(before);
  });

  it('-o makes missing folders (and writes the report there)', async () => {
    const repo = gitRepo({ 'contoso.xtap.yaml': CLEAN });
    const r = await runCli(['-f', 'json', '-o', 'out/deep/report.json'], { cwd: repo });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(join(repo, 'out/deep/report.json'), 'utf8'))).toHaveLength(1);
  });

  it('--baseline-write through a link is refused before the old file is read', async () => {
    const repo = gitRepo({ 'contoso.xtap.yaml': WITH_WARNING });
    const v = victim();
    const before = v.snapshot();
    symlinkSync(v.file, join(repo, 'baseline.json'));
    oneLine(await runCli(['--baseline-write', 'baseline.json'], { cwd: repo }), /^xtap-lint: refusing to write --baseline-write baseline\.json: baseline\.json is a symbolic link/);
    expect(v.snapshot()).toBe(before);
    // A plain file is written.
    const ok = await runCli(['--baseline-write', 'baseline2.json'], { cwd: repo });
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(join(repo, 'baseline2.json'), 'utf8'))).toEqual({ 'contoso.xtap.yaml': { 'read-only-property': { count: 1 } } });
  });

  it('export --out into a linked folder, with and without --force: nothing written or deleted outside', async () => {
    const repo = gitRepo({ 'contoso.xtap.yaml': CLEAN + 'default:\n  inboundTrust: { isMfaAccepted: true }\n' });
    const v = victim();
    // What an earlier export would have left: --force would delete it through the link.
    mkdirSync(join(v.dir, TENANT_ID));
    writeFileSync(join(v.dir, TENANT_ID, '001-root.json'), 'keep me\n');
    const before = v.snapshot();
    symlinkSync(v.dir, join(repo, 'requests'));
    oneLine(await runCli(['export', '--out', 'requests'], { cwd: repo }), /^xtap-lint: .*requests is a symbolic link/);
    oneLine(await runCli(['export', '--out', 'requests', '--force'], { cwd: repo }), /^xtap-lint: .*requests is a symbolic link/);
    expect(v.snapshot()).toBe(before);
    // The tenant's folder itself a link, or a stale request file a link: refused, the target kept.
    mkdirSync(join(repo, 'out2'));
    symlinkSync(join(v.dir, TENANT_ID), join(repo, 'out2', TENANT_ID));
    oneLine(await runCli(['export', '--out', 'out2', '--force'], { cwd: repo }), /is a symbolic link/);
    mkdirSync(join(repo, 'out3', TENANT_ID), { recursive: true });
    symlinkSync(join(v.dir, TENANT_ID, '001-root.json'), join(repo, 'out3', TENANT_ID, '001-root.json'));
    oneLine(await runCli(['export', '--out', 'out3', '--force'], { cwd: repo }), /001-root\.json is a symbolic link/);
    expect(v.snapshot()).toBe(before);
    expect(readFileSync(join(v.dir, TENANT_ID, '001-root.json'), 'utf8')).toBe('keep me\n');
    // A real folder works.
    expect((await runCli(['export', '--out', 'real'], { cwd: repo })).code).toBe(0);
    expect(readdirSync(join(repo, 'real', TENANT_ID)).length).toBeGreaterThan(0);
  });

  it('import --out into a linked folder or onto a linked file is refused', async () => {
    const repo = gitRepo({});
    const v = victim();
    const before = v.snapshot();
    writeFileSync(join(repo, 'default.json'), JSON.stringify({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#policies/crossTenantAccessPolicy/default/$entity', isServiceDefault: true }));
    symlinkSync(v.dir, join(repo, 'xtap'));
    oneLine(await runCli(['import', 'default.json', '--tenant-id', TENANT_ID, '--out', 'xtap'], { cwd: repo }), /xtap is a symbolic link/);
    oneLine(await runCli(['import', 'default.json', '--tenant-id', TENANT_ID, '--out', 'xtap', '--force'], { cwd: repo }), /xtap is a symbolic link/);
    expect(v.snapshot()).toBe(before);
  });

  it('--fix never writes through a declaration that is a link: the file is left, a note says so', async () => {
    const repo = gitRepo({ 'real/t.yaml': FIXABLE });
    symlinkSync('real/t.yaml', join(repo, 'tenant.xtap.yaml'));
    const r = await runCli(['--fix', '--no-color'], { cwd: repo });
    expect(readFileSync(join(repo, 'real/t.yaml'), 'utf8')).toBe(FIXABLE);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('note: tenant.xtap.yaml was not fixed: it is a symbolic link or lies under one, and fixes are never written through a link');
    expect(r.stdout).toContain('target-type-mismatch');
    expect(r.code).toBe(1);
    // The same file, not a link, is fixed.
    const plain = gitRepo({ 'tenant.xtap.yaml': FIXABLE });
    await runCli(['--fix'], { cwd: plain });
    expect(readFileSync(join(plain, 'tenant.xtap.yaml'), 'utf8')).toContain('targetType: user');
  });

  it('safeWriteFile opens with O_NOFOLLOW and safeRemoveFile removes no link', () => {
    const dir = tempDir();
    const v = victim();
    symlinkSync(v.file, join(dir, 'a'));
    expect(() => safeWriteFile(join(dir, 'a'), 'x', { cwd: dir, what: 'a' })).toThrow(/symbolic link/);
    expect(() => safeRemoveFile(join(dir, 'a'), { cwd: dir, what: 'a' })).toThrow(/symbolic link/);
    expect(existsSync(join(dir, 'a'))).toBe(true);
    expect(readFileSync(v.file, 'utf8')).toBe('original\n');
    safeWriteFile(join(dir, 'n', 'b'), 'y', { cwd: dir, what: 'b', createDirs: true });
    expect(readFileSync(join(dir, 'n', 'b'), 'utf8')).toBe('y');
  });
});

describe("the Action's sarif-file never follows a link", () => {
  it('a committed results.sarif -> outside file fails the step with one line and writes nothing there', async () => {
    const box = sandbox();
    const api = await startApi();
    try {
      const v = victim();
      const before = v.snapshot();
      const repo = box.repo();
      const base = commit(repo, { 'contoso.xtap.yaml': CLEAN }, 'base');
      symlinkSync(v.file, join(repo, 'results.sarif'));
      symlinkSync(v.dir, join(repo, 'reports'));
      const head = commit(repo, {}, 'links');
      for (const target of ['results.sarif', 'reports/xtap-lint.sarif']) {
        const event = pullRequestEvent(box.dir, { baseSha: base, headSha: head });
        const r = await runAction({ workspace: repo, api, inputs: { 'sarif-file': target, comment: 'false' }, eventPath: event, sha: head });
        expect(r.code).toBe(1);
        const errors = r.commands.filter((c) => c.kind === 'error');
        expect(errors).toHaveLength(1);
        expect(errors[0].message).toMatch(/^xtap-lint: refusing to write sarif-file .*: (results\.sarif|reports) is a symbolic link/);
      }
      expect(v.snapshot()).toBe(before);
    } finally {
      await api.close();
      box.cleanup();
    }
  }, 120_000);
});
