/**
 * Issue 17: reading the base revision. A base file whose blob is the working tree's content (the same git object id)
 * is the working tree's InputFile itself, not read from git; any other file is read with `git cat-file`. Equal ids
 * mean equal bytes, so a byte order mark or a line ending that differs is a different file.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blobId, readFilesAtRevision } from '../../src/repo/git.js';
import { readDeclarationFiles } from '../../src/repo/files.js';
import { runCli } from '../helpers/cli.js';
import { cleanupTemp, commitAll, git, gitRepo, tempDir } from '../helpers/git-repo.js';

afterEach(cleanupTemp);

const TENANT = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  name: Contoso\n  license: p1\ninclude: [partners/*.xtap.yaml]\n';
const partner = (id: string, extra = '') => `partners:\n  - tenantId: ${id}\n    name: P${id.slice(-2)}\n${extra}`;
const IDS = ['3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901201', '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901202', '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901203', '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901204'];

describe('reading the base revision', () => {
  it('blobId is the id git gives the content', () => {
    const repo = gitRepo({ 'a.xtap.yaml': '\uFEFFpartners: [] # é\r\n' });
    expect(blobId('\uFEFFpartners: [] # é\r\n')).toBe(git(repo, 'hash-object', 'a.xtap.yaml').trim());
  });

  it.each([
    ['texts compared (a small repository)', undefined],
    ['blob ids compared (a larger one)', 0],
  ])('an unchanged file is the working tree input itself; changed, added-at-base and differently encoded files are read from git: %s', (_, compareTextsUpTo) => {
    const repo = gitRepo({
      'tenant.xtap.yaml': TENANT,
      'partners/same.xtap.yaml': partner(IDS[0]),
      'partners/changed.xtap.yaml': partner(IDS[1]),
      'partners/bom.xtap.yaml': partner(IDS[2]),
      'partners/crlf.xtap.yaml': partner(IDS[3]),
      'partners/gone.xtap.yaml': 'partners: []\n',
    });
    commitAll(repo);
    writeFileSync(join(repo, 'partners/changed.xtap.yaml'), partner(IDS[1], '    inboundTrust: { isMfaAccepted: true }\n'));
    writeFileSync(join(repo, 'partners/bom.xtap.yaml'), `\uFEFF${partner(IDS[2])}`);
    writeFileSync(join(repo, 'partners/crlf.xtap.yaml'), partner(IDS[3]).replace(/\n/g, '\r\n'));
    git(repo, 'rm', '-q', 'partners/gone.xtap.yaml');
    const paths = ['partners/bom.xtap.yaml', 'partners/changed.xtap.yaml', 'partners/crlf.xtap.yaml', 'partners/same.xtap.yaml', 'tenant.xtap.yaml'];
    const head = readDeclarationFiles(repo, paths, 1 << 20, true);
    const known = new Map(head.map((f) => [f.path, f]));
    const base = readFilesAtRevision(repo, 'HEAD', () => true, known, compareTextsUpTo);
    expect(base.map((f) => f.path)).toEqual(['partners/bom.xtap.yaml', 'partners/changed.xtap.yaml', 'partners/crlf.xtap.yaml', 'partners/gone.xtap.yaml', 'partners/same.xtap.yaml', 'tenant.xtap.yaml']);
    const taken = base.filter((f) => known.get(f.path) === f).map((f) => f.path);
    expect(taken).toEqual(['partners/same.xtap.yaml', 'tenant.xtap.yaml']);
    // The others hold the base's own bytes.
    expect(base.find((f) => f.path === 'partners/bom.xtap.yaml')?.text).toBe(partner(IDS[2]));
    expect(base.find((f) => f.path === 'partners/crlf.xtap.yaml')?.text).toBe(partner(IDS[3]));
    expect(base.find((f) => f.path === 'partners/changed.xtap.yaml')?.text).toBe(partner(IDS[1]));
    // Without the working tree's inputs every file is read from git, with the same texts.
    expect(readFilesAtRevision(repo, 'HEAD', () => true).map((f) => [f.path, f.text])).toEqual(base.map((f) => [f.path, f.text]));
  });

  it('takes two git commands: the listing of the base commit, then the blobs (by blob id: only the changed ones, none when nothing changed)', () => {
    const repo = gitRepo({ 'tenant.xtap.yaml': TENANT, 'partners/a.xtap.yaml': partner(IDS[0]), 'partners/b.xtap.yaml': partner(IDS[1]) });
    commitAll(repo);
    // git on PATH is a script that logs each command (its subcommand) and runs the real git.
    const bin = tempDir('xtap-git-log-');
    const log = join(bin, 'log');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nfor a in "$@"; do case "$a" in ls-tree|cat-file|rev-parse) echo "$a" >> '${log}';; esac; done\nexec '${real}' "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path ?? ''}`;
    try {
      const read = (compareTextsUpTo?: number): string[] => {
        writeFileSync(log, '');
        const head = readDeclarationFiles(repo, ['partners/a.xtap.yaml', 'partners/b.xtap.yaml', 'tenant.xtap.yaml'], 1 << 20, true);
        readFilesAtRevision(repo, 'HEAD', () => true, new Map(head.map((f) => [f.path, f])), compareTextsUpTo);
        return readFileSync(log, 'utf8').split('\n').filter(Boolean);
      };
      // By blob id (as for more than 1 MB of declarations).
      expect(read(0)).toEqual(['ls-tree']);
      // Texts compared (a small repository): every blob read, in the same one command.
      expect(read()).toEqual(['ls-tree', 'cat-file']);
      writeFileSync(join(repo, 'partners/b.xtap.yaml'), partner(IDS[1], '    inboundTrust: { isMfaAccepted: true }\n'));
      expect(read(0)).toEqual(['ls-tree', 'cat-file']);
      expect(read()).toEqual(['ls-tree', 'cat-file']);
      // A revision that does not exist: the listing fails, and rev-parse says why (and whether the clone is shallow).
      writeFileSync(log, '');
      expect(() => readFilesAtRevision(repo, 'no-such-branch', () => true)).toThrow('unknown revision no-such-branch');
      expect(() => readFilesAtRevision(repo, 'HEAD^{tree}', () => true)).toThrow('names no commit');
      expect(readFileSync(log, 'utf8').split('\n').filter(Boolean)).toEqual(['ls-tree', 'rev-parse', 'rev-parse', 'ls-tree', 'rev-parse']);
    } finally {
      process.env.PATH = path;
    }
  });

  it('diff --base and --base report the same with unchanged files taken over', async () => {
    const repo = gitRepo({
      'tenant.xtap.yaml': TENANT,
      'partners/a.xtap.yaml': partner(IDS[0], '    isServiceProvider: true\n'),
      'partners/b.xtap.yaml': partner(IDS[1], '    inboundTrust: { isMfaAccepted: true }\n'),
    });
    commitAll(repo);
    writeFileSync(join(repo, 'partners/a.xtap.yaml'), 'partners: []\n');
    const diff = await runCli(['diff', '--base', 'HEAD', '--format', 'json'], { cwd: repo });
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.stdout).changes.map((c: { partner: { id: string } | null; kind: string }) => [c.partner?.id, c.kind])).toEqual([[IDS[0], 'partner']]);
    const lint = await runCli(['--base', 'HEAD', '-f', 'json'], { cwd: repo });
    const ids = JSON.parse(lint.stdout).flatMap((f: { messages: Array<{ ruleId: string }> }) => f.messages.map((m) => m.ruleId));
    expect(ids).toContain('service-provider-removal');
    expect(lint.code).toBe(1);
  });
});
