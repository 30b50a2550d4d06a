/**
 * Issue 11 item 1 (and SPEC §5): a declaration file that is a link into `.git`, `node_modules`, a git-ignored file or
 * out of the repository is refused with a `syntax` finding at 1:1 in the link. Nothing of the target's content (the
 * checkout's credential in `.git/config`) and no absolute path outside the repository reaches any output format.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanupTemp, git, gitRepo, tempDir, writeFiles } from '../helpers/git-repo.js';

afterEach(cleanupTemp);

const SECRET = 'eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldFRva2VuMTIzNDU2Nzg5MA==';
const CLEAN = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\n';
const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown', 'junit'];

/** A repository as actions/checkout leaves it: the credential in .git/config. */
function checkout(): string {
  const repo = gitRepo({ 'contoso.xtap.yaml': CLEAN });
  git(repo, 'config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${SECRET}`);
  return repo;
}

async function everyFormat(repo: string, args: string[] = []): Promise<Array<{ format: string; code: number; out: string }>> {
  const out = [];
  for (const format of FORMATS) {
    const r = await runCli([...args, '--format', format, '--no-color'], { cwd: repo, env: format === 'github' ? { GITHUB_ACTIONS: 'true' } : {} });
    out.push({ format, code: r.code, out: r.stdout + r.stderr });
  }
  return out;
}

describe('links to places xtap-lint never reads', () => {
  it('ln -s .git/config cfg.xtap.yaml: a syntax error at 1:1, the secret in no output format', async () => {
    const repo = checkout();
    symlinkSync('.git/config', join(repo, 'cfg.xtap.yaml'));
    for (const r of await everyFormat(repo)) {
      expect(r.code, r.format).toBe(1);
      expect(r.out, r.format).not.toContain(SECRET);
      expect(r.out, r.format).not.toContain('extraheader');
      expect(r.out, r.format).not.toContain(repo);
      expect(r.out, r.format).toContain('cfg.xtap.yaml');
    }
    const j = await runCli(['-f', 'json', 'cfg.xtap.yaml'], { cwd: repo });
    const data = JSON.parse(j.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
    expect(data).toHaveLength(1);
    expect(data[0].messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['syntax', 1, 1]]);
    expect(data[0].messages[0].message).toMatch(/symbolic link .* inside \.git, which counts as outside/);
  });

  it('refuses links into node_modules, into a git-ignored file, into a nested repository and out of the repository', async () => {
    const repo = checkout();
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.yaml'), `token: ${SECRET}\n`);
    writeFiles(repo, { 'node_modules/pkg/t.yaml': `token: ${SECRET}\n`, '.gitignore': '.env.yaml\n', '.env.yaml': `token: ${SECRET}\n`, 'nested/t.yaml': `token: ${SECRET}\n` });
    gitRepo({}, join(repo, 'nested'));
    symlinkSync('node_modules/pkg/t.yaml', join(repo, 'nm.xtap.yaml'));
    symlinkSync('.env.yaml', join(repo, 'env.xtap.yaml'));
    symlinkSync('nested/t.yaml', join(repo, 'nested.xtap.yaml'));
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'out.xtap.yaml'));
    mkdirSync(join(repo, 'sub'));
    symlinkSync(outside, join(repo, 'sub', 'dir'));
    for (const r of await everyFormat(repo)) {
      expect(r.code, r.format).toBe(1);
      expect(r.out, r.format).not.toContain(SECRET);
      expect(r.out, r.format).not.toContain(outside);
    }
    const j = await runCli(['-f', 'json'], { cwd: repo });
    const data = JSON.parse(j.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
    const byFile = new Map(data.map((f) => [f.filePath, f.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)]));
    for (const f of ['nm.xtap.yaml', 'env.xtap.yaml', 'nested.xtap.yaml', 'out.xtap.yaml']) expect(byFile.get(f), f).toEqual(['syntax@1:1']);
    const msg = (f: string) => data.find((x) => x.filePath === f)?.messages[0].message ?? '';
    expect(msg('nm.xtap.yaml')).toContain('inside node_modules');
    expect(msg('env.xtap.yaml')).toContain('a file git ignores');
    expect(msg('nested.xtap.yaml')).toContain('nested git repository');
    expect(msg('out.xtap.yaml')).toContain('never follows a link out of the repository');
  });

  it('reads a link to a declaration inside the repository', async () => {
    const repo = gitRepo({ 'real/contoso.xtap.yaml': CLEAN });
    symlinkSync('real/contoso.xtap.yaml', join(repo, 'alias.xtap.yaml'));
    const r = await runCli(['alias.xtap.yaml', '-f', 'json'], { cwd: repo });
    const data = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(data.map((f) => f.filePath)).toContain('alias.xtap.yaml');
    expect(data.find((f) => f.filePath === 'alias.xtap.yaml')?.messages.map((m) => m.ruleId)).not.toContain('syntax');
  });
});
