import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectGolden, PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { CONTOSO, FABRIKAM, FABRIKAM_ID, SUPPLIERS } from '../intel/fixtures.js';
import { gitRepo, remove, writeFiles } from './intel-repo.js';

const GOLDEN = join(PROJECT_ROOT, 'test/cli/golden');
const FILES = { 'tenants/contoso.xtap.yaml': CONTOSO.replace('partners/*.xtap.yaml', '../partners/*.xtap.yaml'), 'partners/suppliers.xtap.yaml': SUPPLIERS };

describe('xtap-lint diff', () => {
  it('prints the semantic diff of base against the working tree as Markdown', async () => {
    const dir = gitRepo(FILES);
    writeFiles(dir, { 'partners/suppliers.xtap.yaml': SUPPLIERS.replace('inboundAllowed: true', 'inboundAllowed: false') });
    const r = await runCli(['diff', '--base', 'main', '--format', 'markdown'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '## Cross-tenant access changes: `main` → the working tree',
        '',
        '1 change in effective access.',
        '',
        '### Contoso (`0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b`)',
        '',
        // File text and all goes through inertMarkdown: GitHub shows it as written, nothing in it links or pings.
        '- Woodgrove Bank (5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b): automatic redemption (inbound): off (was: on) _(inbound · automaticRedemption)_',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON for machines, and a removed partner with what it reverts to', async () => {
    const dir = gitRepo(FILES);
    const fabrikamEntry = /( {2}- tenantId: 3f2c[\s\S]*?)include:/.exec(CONTOSO)![1];
    writeFiles(dir, { 'tenants/contoso.xtap.yaml': FILES['tenants/contoso.xtap.yaml'].replace(fabrikamEntry, '').replace('partners:\ninclude:', 'include:') });
    const a = await runCli(['diff', '--base', 'HEAD', '--format', 'json'], { cwd: dir });
    const b = await runCli(['diff', '--base', 'HEAD', '--format', 'json'], { cwd: dir });
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expectGolden(a.stdout, join(GOLDEN, 'diff-removed-partner.json'));
    const data = JSON.parse(a.stdout) as { base: string; changes: Array<{ partner: { id: string } | null; kind: string; before: unknown; after: unknown }> };
    expect(data.base).toBe('HEAD');
    expect(data.changes.map((c) => [c.partner?.id, c.kind])).toEqual([
      [FABRIKAM_ID, 'partner'],
      [FABRIKAM_ID, 'b2bCollaboration'],
      [FABRIKAM_ID, 'b2bDirectConnect'],
      [FABRIKAM_ID, 'trust'],
    ]);
  });

  it('prints "changes": [] when a partner moves between files, files are renamed and keys are reordered', async () => {
    const dir = gitRepo(FILES);
    const fabrikamEntry = /( {2}- tenantId: 3f2c[\s\S]*?)include:/.exec(CONTOSO)![1];
    remove(dir, 'tenants/contoso.xtap.yaml');
    remove(dir, 'partners/suppliers.xtap.yaml');
    writeFiles(dir, {
      // renamed, Fabrikam moved out, `include` before `partners`-less default
      'org/contoso-tenant.xtap.yml': CONTOSO.replace(fabrikamEntry, '').replace('partners:\ninclude:\n  - partners/*.xtap.yaml\n', '').replace('default:', 'include:\n  - ../partner-files/*.xtap.yaml\ndefault:'),
      'partner-files/fabrikam.xtap.yaml': `partners:\n${fabrikamEntry.replace('    name: Fabrikam\n', '').replace('  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n', '  - name: Fabrikam\n    tenantId: 3F2C9A70-1B4D-4C1E-8F5A-6D7E8F901234\n')}`,
      'partner-files/vendors.xtap.yaml': SUPPLIERS,
    });
    const lint = await runCli(['--format', 'json'], { cwd: dir });
    expect(lint.stdout).not.toContain('include-unresolved');
    const r = await runCli(['diff', '--base', 'main', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('{\n  "base": "main",\n  "changes": []\n}\n');
  });

  it('compares with a folder of declarations with --against: the drift between the repository and the tenant', async () => {
    const dir = gitRepo({ ...FILES, 'fabrikam.xtap.yaml': FABRIKAM });
    writeFiles(dir, { 'live/contoso.xtap.yaml': CONTOSO.replace('isMfaAccepted: true', 'isMfaAccepted: false'), 'live/partners/suppliers.xtap.yaml': SUPPLIERS });
    const r = await runCli(['diff', '--against', 'live', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { against: string; changes: Array<{ tenant: { name: string }; kind: string; summary: string }> };
    expect(data.against).toBe('live');
    expect(data.changes.map((c) => c.summary)).toEqual([
      'Contoso (0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b): inbound trust of MFA claims: trusted (was: not trusted)'.replace('Contoso (0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b)', 'Fabrikam (3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234)'),
      'Fabrikam (3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234): tenant added in fabrikam.xtap.yaml (1 partner)',
    ]);
    const md = await runCli(['diff', '--against', 'live', '-f', 'markdown'], { cwd: dir });
    expect(md.stdout.split('\n')[0]).toBe('## Cross-tenant access changes: `live` → the repository');
    const text = await runCli(['diff', '--against', 'live'], { cwd: dir });
    expect(text.stdout.split('\n')[0]).toBe('Cross-tenant access changes: live → the repository');
  });

  it('prints plain text for the terminal by default: no Markdown, and text from files made visible', async () => {
    const dir = gitRepo(FILES);
    writeFiles(dir, {
      'partners/suppliers.xtap.yaml': SUPPLIERS.replace('inboundAllowed: true', 'inboundAllowed: false').replace('name: Woodgrove Bank', 'name: "Woodgrove \\e]52;c;SGVsbG8=\\a Bank"'),
    });
    const r = await runCli(['diff', '--base', 'main'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual(['Cross-tenant access changes: main → the working tree', '', '1 change in effective access.', '']);
    expect(lines[4]).toBe('Contoso (0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b)');
    expect(lines[5]).toMatch(/^  • Woodgrove \\e\]52;c;SGVsbG8=\\u\{7\} Bank \(5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b\): automatic redemption \(inbound\): off \(was: on\) \(inbound, automaticRedemption\)$/);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });

  it('limits the output to the given paths', async () => {
    const dir = gitRepo(FILES);
    writeFiles(dir, {
      'partners/suppliers.xtap.yaml': SUPPLIERS.replace('inboundAllowed: true', 'inboundAllowed: false'),
      'tenants/contoso.xtap.yaml': FILES['tenants/contoso.xtap.yaml'].replace('isMfaAccepted: true', 'isMfaAccepted: false'),
    });
    const all = JSON.parse((await runCli(['diff', '--base', 'main', '-f', 'json'], { cwd: dir })).stdout) as { changes: unknown[] };
    const some = JSON.parse((await runCli(['diff', '--base', 'main', '-f', 'json', 'partners'], { cwd: dir })).stdout) as { changes: Array<{ kind: string }> };
    expect(all.changes).toHaveLength(2);
    expect(some.changes.map((c) => c.kind)).toEqual(['automaticRedemption']);
  });

  it('notes a file that cannot be read instead of reporting its partners as removed silently', async () => {
    const dir = gitRepo(FILES);
    writeFiles(dir, { 'partners/suppliers.xtap.yaml': 'partners: [\n' });
    const r = await runCli(['diff', '--base', 'main', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('note: working tree: partners/suppliers.xtap.yaml cannot be read (run xtap-lint on it); its declarations are left out of the diff\n');
  });

  it('exits 2 with one line on stderr for a bad ref, bad usage and a missing folder', async () => {
    const dir = gitRepo(FILES);
    const cases: Array<[string[], string]> = [
      [['diff', '--base', 'no-such-branch'], 'xtap-lint: cannot read the base revision no-such-branch: unknown revision no-such-branch\n'],
      [['diff'], 'xtap-lint: diff needs --base <git-ref> or --against <dir> (see xtap-lint diff --help)\n'],
      [['diff', '--base', 'main', '--against', 'x'], 'xtap-lint: give either --base <git-ref> or --against <dir>, not both\n'],
      [['diff', '--against', 'nowhere'], 'xtap-lint: --against: no such directory: nowhere\n'],
      [['diff', '--base', 'main', '--format', 'sarif'], 'xtap-lint: unknown format "sarif" for diff (one of stylish, markdown, json)\n'],
    ];
    for (const [argv, stderr] of cases) {
      const r = await runCli(argv, { cwd: dir });
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', stderr]);
    }
  });

  it('works from a subfolder of the repository, and exits 2 in a folder that is not a git repository', async () => {
    const dir = gitRepo(FILES);
    const r = await runCli(['diff', '--base', 'main', '-f', 'json'], { cwd: join(dir, 'tenants') });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '{\n  "base": "main",\n  "changes": []\n}\n', '']);
    const plain = tempDir('xtap-nogit-');
    writeFileSync(join(plain, 'c.xtap.yaml'), FILES['tenants/contoso.xtap.yaml']);
    const n = await runCli(['diff', '--base', 'main'], { cwd: plain });
    expect(n.code).toBe(2);
    expect(n.stdout).toBe('');
    expect(n.stderr).toMatch(/^xtap-lint: cannot read the base revision main: fatal: not a git repository[^\n]*\n$/);
  });
});
