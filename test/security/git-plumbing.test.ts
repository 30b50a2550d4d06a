/**
 * Issue 11 item 11: git plumbing is NUL-separated everywhere. A path holding a newline in the base commit must not
 * shift one file's content onto another (`git cat-file --batch` is fed object ids from `ls-tree -z`), and an added
 * line that looks like a diff header must not move the Action's changed lines to another file.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFilesAtRevision } from '../../src/repo/git.js';
import { parseUnifiedDiff } from '../../src/action/git.js';
import { runCli } from '../helpers/cli.js';
import { cleanupTemp, commitAll, gitRepo } from '../helpers/git-repo.js';

afterEach(cleanupTemp);

const TENANT = (name: string) => `tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  name: ${name}\n  license: p1\n`;

describe('paths with newlines at the base revision', () => {
  it('each file at the base keeps its own content', () => {
    const repo = gitRepo();
    // `a\nb.xtap.yaml` once made cat-file read `a` and `b.xtap.yaml` as two requests, one line off from then on.
    const files: Record<string, string> = {
      'a\nb.xtap.yaml': 'partners: [] # the file with a newline\n',
      'b.xtap.yaml': TENANT('B'),
      'c.xtap.yaml\nd0f4e1 blob 12\nxx.xtap.yaml': 'partners: [] # a forged header\n',
      'z.xtap.yaml': TENANT('Z'),
    };
    for (const [p, t] of Object.entries(files)) writeFileSync(join(repo, p), t);
    commitAll(repo);
    const read = readFilesAtRevision(repo, 'HEAD', () => true);
    expect(read.map((f) => [f.path, f.text])).toEqual(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('--base reads the right files and the CLI stays in step', async () => {
    const repo = gitRepo({ 'contoso.xtap.yaml': TENANT('Contoso') });
    writeFileSync(join(repo, 'evil\ncontoso.xtap.yaml'), 'partners: []\n');
    commitAll(repo);
    const r = await runCli(['diff', '--base', 'HEAD', '--format', 'json'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ changes: [] });
    const lint = await runCli(['--base', 'HEAD', '-f', 'json', 'contoso.xtap.yaml'], { cwd: repo });
    expect(lint.stderr).not.toMatch(/cannot be read|xtap-lint:/);
    expect(JSON.parse(lint.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(['contoso.xtap.yaml']);
    // A symlink committed at the base is not followed (its target text is not read as YAML).
    execFileSync('ln', ['-s', '.git/config', join(repo, 'cfg.xtap.yaml')]);
    commitAll(repo);
    expect(readFilesAtRevision(repo, 'HEAD', () => true).map((f) => f.path)).not.toContain('cfg.xtap.yaml');
  });
});

describe("the Action's changed lines", () => {
  it('an added line reading "++ b/other.xtap.yaml" is content, not a header', () => {
    const diff = [
      'diff --git a/p.xtap.yaml b/p.xtap.yaml',
      '--- a/p.xtap.yaml',
      '+++ b/p.xtap.yaml',
      '@@ -3,0 +4,2 @@',
      '+++ b/other.xtap.yaml',
      '+@@ -1 +90,3 @@',
      '@@ -9 +11 @@',
      '-old',
      '+new',
      '\\ No newline at end of file',
      'diff --git "a/q\\nr.xtap.yaml" "b/q\\nr.xtap.yaml"',
      '--- "a/q\\nr.xtap.yaml"',
      '+++ "b/q\\nr.xtap.yaml"',
      '@@ -0,0 +1 @@',
      '+x',
    ].join('\n');
    const changed = parseUnifiedDiff(diff);
    expect([...changed.keys()]).toEqual(['p.xtap.yaml', 'q\nr.xtap.yaml']);
    expect([...(changed.get('p.xtap.yaml') ?? [])]).toEqual([4, 5, 11]);
    expect([...(changed.get('q\nr.xtap.yaml') ?? [])]).toEqual([1]);
  });
});
