/**
 * Every file xtap-lint writes (`--output`, the Action's `sarif-file`, `--fix`, baselines, `export`, `import`, `pull`)
 * goes through safeWriteFile: it is written whole or not at all. A failure half-way (a full disk, a piece of the
 * report that throws) leaves the file that was there untouched, and no temporary file behind.
 */
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanupTemp, gitRepo, tempDir } from '../helpers/git-repo.js';
import { safeWriteFile } from '../../src/repo/safe-write.js';

afterEach(cleanupTemp);

/** Pieces of a report whose third piece fails, as a write on a full disk would. */
function* failingAfterTwo(): Generator<string> {
  yield 'first piece\n';
  yield 'second piece\n';
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

describe('safeWriteFile writes a file whole or not at all', () => {
  it('a failure half-way leaves the old file as it was and no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'results.sarif');
    writeFileSync(file, 'the report of the last run\n');
    expect(() => safeWriteFile(file, failingAfterTwo(), { cwd: dir, what: '--output results.sarif' })).toThrow(
      'cannot write --output results.sarif: no space left on the device (nothing was written)',
    );
    expect(readFileSync(file, 'utf8')).toBe('the report of the last run\n');
    expect(readdirSync(dir)).toEqual(['results.sarif']);
  });

  it('a failure half-way writes no file where there was none', () => {
    const dir = tempDir();
    expect(() => safeWriteFile(join(dir, 'out.json'), failingAfterTwo(), { cwd: dir, what: 'out.json' })).toThrow(/no space left/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an exclusive write that fails half-way removes the file it began; an existing file is refused and kept', () => {
    const dir = tempDir();
    expect(() => safeWriteFile(join(dir, 'new.yaml'), failingAfterTwo(), { cwd: dir, what: 'new.yaml', exclusive: true })).toThrow(/no space left/);
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(join(dir, 'old.yaml'), 'kept\n');
    expect(() => safeWriteFile(join(dir, 'old.yaml'), 'other\n', { cwd: dir, what: 'old.yaml', exclusive: true })).toThrow('cannot write old.yaml: it exists');
    expect(readFileSync(join(dir, 'old.yaml'), 'utf8')).toBe('kept\n');
  });

  it('writes a file whose name is as long as a name may be (the temporary file is named apart from it)', () => {
    const dir = tempDir();
    const name = `${'p'.repeat(245)}.xtap.yaml`;
    writeFileSync(join(dir, name), 'old\n');
    safeWriteFile(join(dir, name), 'new\n', { cwd: dir, what: 'the fixed file' });
    expect(readFileSync(join(dir, name), 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('replaces an existing file with all the pieces, keeping its permission bits', () => {
    const dir = tempDir();
    const file = join(dir, 'baseline.json');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o600);
    safeWriteFile(file, ['a', 'b', 'c\n'], { cwd: dir, what: 'baseline.json' });
    expect(readFileSync(file, 'utf8')).toBe('abc\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['baseline.json']);
  });

  // Root may make files in any folder, so this runs where the tests do not run as root.
  it.skipIf(process.getuid?.() === 0)('in a folder no file may be made in, an existing writable file is written in place', () => {
    const dir = tempDir();
    const file = join(dir, 'lint.json');
    writeFileSync(file, 'old\n');
    chmodSync(dir, 0o555);
    try {
      safeWriteFile(file, ['new', '\n'], { cwd: dir, what: 'lint.json' });
      expect(readFileSync(file, 'utf8')).toBe('new\n');
      expect(() => safeWriteFile(join(dir, 'other.json'), 'x', { cwd: dir, what: 'other.json' })).toThrow('cannot write other.json: permission denied');
    } finally {
      chmodSync(dir, 0o755);
    }
    expect(readdirSync(dir)).toEqual(['lint.json']);
  });

  it('--output over the last report: the new report, and nothing else in the folder', async () => {
    const repo = gitRepo({ 'contoso.xtap.yaml': 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  name: Contoso\n  license: p1\n' });
    const out = join(repo, 'reports');
    const first = await runCli(['-f', 'json', '-o', 'reports/lint.json'], { cwd: repo });
    expect(first.code).toBe(0);
    writeFileSync(join(out, 'lint.json'), 'stale\n');
    const second = await runCli(['-f', 'json', '-o', 'reports/lint.json'], { cwd: repo });
    expect(second.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'lint.json'), 'utf8')) as Array<{ filePath: string; messages: unknown[] }>;
    expect(report.map((f) => [f.filePath, f.messages.length])).toEqual([['contoso.xtap.yaml', 0]]);
    expect(readdirSync(out)).toEqual(['lint.json']);
  });
});
