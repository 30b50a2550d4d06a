/**
 * Where xtap-lint runs and what it reads (SPEC §4.1, issue 12 items 1–3, issue 13 item 5): the root comes from the
 * paths given, files come through git, a change in one file never hides what it breaks in another, and paths,
 * globs and `--base` refs that name nothing are usage errors.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanupTemp, commitAll, git, gitRepo, tempDir, writeFiles } from '../helpers/git-repo.js';

afterEach(cleanupTemp);

const CONTOSO_ID = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const FABRIKAM_ID = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';

/** Contoso lets Fabrikam's users in over B2B direct connect (trusting their MFA). */
const CONTOSO = `tenant:
  id: ${CONTOSO_ID}
  name: Contoso
  license: p1
  facts: { mfaRegistrationPolicyExcludesGuests: true }
partners:
  - tenantId: ${FABRIKAM_ID}
    name: Fabrikam
    inboundTrust: { isMfaAccepted: true }
    b2bDirectConnectInbound:
      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
      applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
`;

const fabrikam = (outbound: 'allowed' | 'blocked') => `tenant:
  id: ${FABRIKAM_ID}
  name: Fabrikam
  license: p1
partners:
  - tenantId: ${CONTOSO_ID}
    name: Contoso
    b2bDirectConnectOutbound:
      usersAndGroups: { accessType: ${outbound}, targets: [{ target: AllUsers, targetType: user }] }
      applications: { accessType: ${outbound}, targets: [{ target: AllApplications, targetType: application }] }
`;

const CLEAN = `tenant:\n  id: ${CONTOSO_ID}\n  license: p1\n`;
const BROKEN = 'tenant: [unclosed\n';

interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; column: number }>;
  errorCount: number;
}
const json = (stdout: string) => JSON.parse(stdout) as JsonFile[];

describe('a change in one file never hides what it breaks in another (issue 12 item 2)', () => {
  it('xtap-lint fabrikam.xtap.yaml exits 1 and shows direct-connect-mutual under contoso.xtap.yaml', async () => {
    const repo = gitRepo({ 'contoso.xtap.yaml': CONTOSO, 'fabrikam.xtap.yaml': fabrikam('allowed') });
    commitAll(repo);
    expect((await runCli(['fabrikam.xtap.yaml'], { cwd: repo })).code).toBe(0);
    // The change: Fabrikam blocks outbound direct connect.
    writeFileSync(join(repo, 'fabrikam.xtap.yaml'), fabrikam('blocked'));
    const r = await runCli(['fabrikam.xtap.yaml', '--format', 'json'], { cwd: repo });
    expect(r.code).toBe(1);
    const files = json(r.stdout);
    const contoso = files.find((f) => f.filePath === 'contoso.xtap.yaml');
    expect(contoso?.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)).toEqual(['direct-connect-mutual@10:5']);
    expect(contoso?.errorCount).toBe(1);
    const stylish = await runCli(['fabrikam.xtap.yaml', '--no-color'], { cwd: repo });
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/^contoso\.xtap\.yaml:10:5: error: [^[]*\[direct-connect-mutual\]/m);
  });

  it('counts the findings of files not named that it leaves out, in a notice', async () => {
    // contoso has a finding of its own (unrelated to fabrikam) besides the mutual one.
    const repo = gitRepo({ 'contoso.xtap.yaml': CONTOSO.replace('  facts: { mfaRegistrationPolicyExcludesGuests: true }\n', ''), 'fabrikam.xtap.yaml': fabrikam('blocked') });
    const r = await runCli(['fabrikam.xtap.yaml', '--no-color'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('direct-connect-mutual');
    expect(r.stdout).not.toContain('mfa-trust-registration-policy');
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('note: 1 finding in files not named was left out (lint the whole repository to see it)');
    const j = await runCli(['fabrikam.xtap.yaml', '-f', 'json'], { cwd: repo });
    expect(j.stderr).toBe('note: 1 finding in files not named was left out (lint the whole repository to see it)\n');
    const all = await runCli(['--no-color'], { cwd: repo });
    expect(all.stdout).toContain('mfa-trust-registration-policy');
    expect(all.stdout).not.toContain('left out');
  });
});

describe('the repository root comes from the paths given (issue 12 item 1)', () => {
  it('lints ../repo from another folder, with paths relative to the working directory', async () => {
    const box = tempDir();
    const repo = gitRepo({ 'contoso.xtap.yaml': CONTOSO, 'fabrikam.xtap.yaml': fabrikam('blocked') }, join(box, 'repo') + (mkdirSync(join(box, 'repo')), ''));
    mkdirSync(join(box, 'elsewhere'));
    const r = await runCli(['../repo', '-f', 'json'], { cwd: join(box, 'elsewhere') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(json(r.stdout).map((f) => f.filePath)).toEqual(['../repo/contoso.xtap.yaml', '../repo/fabrikam.xtap.yaml']);
    void repo;
  });

  it('outside git, reads only the folder given: a backup copy elsewhere is not read', async () => {
    const home = tempDir();
    writeFiles(home, {
      'tenant-config/contoso.xtap.yaml': CONTOSO,
      'tenant-config/fabrikam.xtap.yaml': fabrikam('allowed'),
      'backup/contoso.xtap.yaml': CONTOSO,
      'backup/broken.xtap.yaml': BROKEN,
    });
    const r = await runCli(['tenant-config', '-f', 'json'], { cwd: home });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(json(r.stdout).map((f) => f.filePath)).toEqual(['tenant-config/contoso.xtap.yaml', 'tenant-config/fabrikam.xtap.yaml']);
  });

  it('outside git, the nearest folder upwards holding .xtap-lint.yaml is the root (and its configuration applies)', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'proj/.xtap-lint.yaml': 'rules:\n  partner-redundant: "off"\n',
      'proj/contoso.xtap.yaml': CONTOSO,
      'proj/sub/fabrikam.xtap.yaml': fabrikam('blocked'),
    });
    const r = await runCli(['proj/sub/fabrikam.xtap.yaml', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(json(r.stdout).flatMap((f) => f.messages.map((m) => `${f.filePath} ${m.ruleId}`))).toEqual(['proj/contoso.xtap.yaml direct-connect-mutual']);
  });

  it('never reads git-ignored files, nested repositories, node_modules or .git', async () => {
    const repo = gitRepo({
      'contoso.xtap.yaml': CLEAN,
      '.gitignore': 'ignored/\nlocal.xtap.yaml\n',
      'ignored/a.xtap.yaml': BROKEN,
      'local.xtap.yaml': BROKEN,
      'node_modules/pkg/x.xtap.yaml': BROKEN,
      'nested/n.xtap.yaml': BROKEN,
    });
    gitRepo({}, join(repo, 'nested'));
    writeFileSync(join(repo, '.git', 'x.xtap.yaml'), BROKEN);
    const r = await runCli(['-f', 'json'], { cwd: repo });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(json(r.stdout).map((f) => f.filePath)).toEqual(['contoso.xtap.yaml']);
    // Tracked, untracked-but-not-ignored, and a file deleted from the working tree but still in the index.
    writeFiles(repo, { 'gone.xtap.yaml': CLEAN, 'new.xtap.yaml': CLEAN });
    git(repo, 'add', 'gone.xtap.yaml');
    execFileSync('rm', [join(repo, 'gone.xtap.yaml')]);
    const r2 = await runCli(['-f', 'json'], { cwd: repo });
    expect(json(r2.stdout).map((f) => f.filePath)).toEqual(['contoso.xtap.yaml', 'new.xtap.yaml']);
    // Named explicitly, an ignored file is a note, not a read.
    const r3 = await runCli(['local.xtap.yaml'], { cwd: repo });
    expect(r3.code).toBe(0);
    expect(r3.stdout.replace(/\s+/g, ' ')).toContain('local.xtap.yaml was not linted: git ignores it');
  });

  it('paths in two different repositories are one usage error', async () => {
    const a = gitRepo({ 'a.xtap.yaml': CLEAN });
    const b = gitRepo({ 'b.xtap.yaml': CLEAN });
    const r = await runCli([a, b], { cwd: a });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/^xtap-lint: .* are in different repositories .*: lint each repository on its own\n$/);
  });

  it('finds .xtap-lint.yaml from the paths up to the root, never above it', async () => {
    const box = tempDir();
    writeFiles(box, { '.xtap-lint.yaml': 'preset: strict\n' });
    mkdirSync(join(box, 'repo'));
    const repo = gitRepo({ 'contoso.xtap.yaml': CLEAN, 'sub/.xtap-lint.yaml': 'preset: all\n', 'sub/x.xtap.yaml': 'partners: []\n' }, join(box, 'repo'));
    const top = await runCli(['--print-config', 'contoso.xtap.yaml'], { cwd: repo });
    expect(JSON.parse(top.stdout).preset).toBe('recommended');
    const sub = await runCli(['--print-config', 'sub'], { cwd: repo });
    expect(JSON.parse(sub.stdout).preset).toBe('all');
  });
});

describe('usage errors for paths and refs that name nothing (issue 12 item 3, issue 13 item 5)', () => {
  it('--base with a ref that does not exist is exit 2; a shallow clone without the base gives the notice', async () => {
    const repo = gitRepo({ 'contoso.xtap.yaml': CLEAN });
    commitAll(repo, 'first');
    const first = git(repo, 'rev-parse', 'HEAD').trim();
    writeFiles(repo, { 'contoso.xtap.yaml': CLEAN + 'default: {}\n' });
    commitAll(repo, 'second');
    const r = await runCli(['--base', 'nosuchref'], { cwd: repo });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: --base: unknown revision nosuchref (no branch, tag or commit has that name)\n' });
    expect((await runCli(['--base', first], { cwd: repo })).code).toBe(0);
    // A revision that exists but is no commit (a tree, a blob) is a usage error too, for the lint as for diff.
    const tree = await runCli(['--base', 'HEAD^{tree}'], { cwd: repo });
    expect(tree).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: --base: HEAD^{tree} names no commit (a tree or a file, not a commit)\n' });
    const blob = git(repo, 'rev-parse', 'HEAD:contoso.xtap.yaml').trim();
    expect(await runCli(['--base', blob], { cwd: repo })).toEqual({ code: 2, stdout: '', stderr: `xtap-lint: --base: ${blob} names no commit (a tree or a file, not a commit)\n` });
    expect(await runCli(['diff', '--base', 'HEAD^{tree}'], { cwd: repo })).toMatchObject({ code: 2, stdout: '' });

    const shallow = join(tempDir(), 'shallow');
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${repo}`, shallow], { stdio: 'pipe' });
    const s = await runCli(['--base', first, '--no-color'], { cwd: shallow });
    expect(s.code).toBe(0);
    expect(s.stdout.replace(/\s+/g, ' ')).toContain(`note: the base revision ${first} cannot be read`);
    expect(s.stdout.replace(/\s+/g, ' ')).toContain('change-aware rules were skipped');
    const s2 = await runCli(['--base', 'nosuchref'], { cwd: shallow });
    expect(s2.code).toBe(2);
  });

  it('a path given that is not a declaration file name is exit 2 naming the rule', async () => {
    const repo = gitRepo({ 'contoso.xtap.yaml': CLEAN, 'tenant-prod.yaml': CLEAN });
    const r = await runCli(['tenant-prod.yaml'], { cwd: repo });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'xtap-lint: tenant-prod.yaml is not a declaration file: declaration files end in .xtap.yaml or .xtap.yml (the paths given name such files or the folders that hold them)\n',
    });
  });

  it('a declaration file the configuration ignores, named explicitly, is a note and exit 0 (pre-commit passes it)', async () => {
    const repo = gitRepo({ '.xtap-lint.yaml': 'ignore: ["drafts/**"]\n', 'contoso.xtap.yaml': CLEAN, 'drafts/d.xtap.yaml': BROKEN });
    const r = await runCli(['drafts/d.xtap.yaml', '--no-color'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain("drafts/d.xtap.yaml was not linted: the configuration's `files` and `ignore` leave it out");
  });

  it('quoted globs select files; one that matches nothing is exit 2 unless --no-error-on-unmatched-pattern', async () => {
    const repo = gitRepo({ 'contoso.xtap.yaml': CLEAN + 'include: [partners/*.xtap.yaml]\n', 'partners/a.xtap.yaml': 'partners: []\n', 'partners/b.xtap.yaml': BROKEN });
    const r = await runCli(['partners/*.xtap.yaml', '-f', 'json'], { cwd: repo });
    expect(json(r.stdout).map((f) => f.filePath)).toEqual(['partners/a.xtap.yaml', 'partners/b.xtap.yaml']);
    expect(r.code).toBe(1);
    const one = await runCli(['partners/{a,c}.xtap.yaml', '-f', 'json'], { cwd: repo });
    expect(json(one.stdout).map((f) => f.filePath)).toEqual(['partners/a.xtap.yaml']);
    expect(one.code).toBe(0);

    const none = await runCli(['other/*.xtap.yaml'], { cwd: repo });
    expect(none).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: no files match the pattern "other/*.xtap.yaml"\n' });
    const none2 = await runCli(['partners/*.xtap.yml'], { cwd: repo });
    expect(none2).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: no declaration files (*.xtap.yaml, *.xtap.yml) match the pattern "partners/*.xtap.yml"\n' });
    const missing = await runCli(['nosuch.xtap.yaml'], { cwd: repo });
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: no such file or directory: nosuch.xtap.yaml\n' });

    for (const args of [['other/*.xtap.yaml'], ['partners/*.xtap.yml'], ['nosuch.xtap.yaml']]) {
      const ok = await runCli([...args, '--no-error-on-unmatched-pattern', '-f', 'json'], { cwd: repo });
      expect([ok.code, ok.stdout]).toEqual([0, '[]\n']);
      expect(ok.stderr).not.toMatch(/xtap-lint:/);
    }
    // Unmatched parts are dropped, the rest is linted.
    const mixed = await runCli(['nosuch.xtap.yaml', 'partners/a.xtap.yaml', '--no-error-on-unmatched-pattern', '-f', 'json'], { cwd: repo });
    expect(json(mixed.stdout).map((f) => f.filePath)).toEqual(['partners/a.xtap.yaml']);
  });

  it('a glob whose braces would expand without bound is refused before any expansion', async () => {
    const repo = gitRepo({ 'contoso.xtap.yaml': CLEAN });
    const bomb = 'p1/' + '{a,b}'.repeat(40) + '*.xtap.yaml';
    const r = await runCli([bomb], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expands to more than 256 patterns/);
    const range = await runCli(['{1..100000000}/*.xtap.yaml'], { cwd: repo });
    expect(range.code).toBe(2);
    expect(range.stderr).toMatch(/expands to more than 256 patterns/);
  });

  it('a linked folder given as a path is not followed', async () => {
    const repo = gitRepo({ 'contoso.xtap.yaml': CLEAN });
    const outside = tempDir();
    writeFiles(outside, { 'x.xtap.yaml': BROKEN });
    symlinkSync(outside, join(repo, 'linked'));
    const r = await runCli(['linked'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('xtap-lint: no declaration files (*.xtap.yaml, *.xtap.yml) to lint in linked\n');
  });
});
