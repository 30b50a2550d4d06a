/**
 * Issue 11, item 9: a name holding `\n::error file=x::INJECTED`, `::stop-commands::`, `::add-mask::` or a terminal
 * escape sequence never reaches an output as a line that starts with `::` (except the `github` format's own,
 * escaped commands) or as a raw control character: every lint format, stderr notes and errors, and `graph` in
 * each format. (Stylish and compact are h4a-output's redesign and tested there.)
 */
import { rmSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../helpers/cli.js';
import { commit, node24, parseCommands, pullRequestEvent, requireBundle, runAction, sandbox, startApi } from '../action/harness.js';
import type { FakeApi, Sandbox } from '../action/harness.js';
import { expectGithubCommands, expectInertText } from './inert-checks.js';

const INJECTIONS = ['\n::error file=x::INJECTED', '::stop-commands::pwned', '\n::add-mask::hunter2', '\r\n::warning::CR', '\u001b]52;c;aGk=\u0007', '\u001b[2J', '\u001b]0;title\u0007', '\u001b[8m', '\u009b31m'];
const EVIL = `Fabrikam${INJECTIONS.join(' ')}`;

const TENANT = `tenant:
  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
  name: ${JSON.stringify(EVIL)}
  license: p1
include:
  - partners/*.xtap.yaml
partners:
  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
    name: ${JSON.stringify(EVIL)}
    b2bDirectConnectInbound:
      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user, label: ${JSON.stringify(EVIL)} }] }
      applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
    b2bCollaborationInbound:
      applications:
        accessType: allowed
        targets:
          - { target: 00000003-0000-0ff1-ce00-000000000000, targetType: application, label: ${JSON.stringify(EVIL)} }
`;
/** A file whose name carries a workflow command: findings in it name it. */
const EVIL_FILE = 'partners/x\n::error file=a::FILE.xtap.yaml';
const PARTNER = `partners:
  - tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b
    name: ${JSON.stringify(EVIL)}
    b2bCollaborationInbound:
      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: group }] }
`;

describe('command and terminal injection (issue 11, item 9)', () => {
  let dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    dirs = [];
  });

  function repo(): string {
    const dir = tempRepo({ 'contoso.xtap.yaml': TENANT, [EVIL_FILE]: PARTNER });
    dirs.push(dir);
    return dir;
  }

  for (const format of ['json', 'sarif', 'junit', 'markdown', 'github']) {
    it(`--format ${format}: no injected command line, no raw control character`, async () => {
      const r = await runCli(['--format', format, '.'], { cwd: repo() });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('Fabrikam');
      if (format === 'github') {
        expectGithubCommands(r.stdout, format);
        // The injected text is data of our commands: no command of its own.
        const cmds = parseCommands(r.stdout);
        expect(cmds.every((c) => ['error', 'warning', 'notice'].includes(c.kind))).toBe(true);
        expect(cmds.some((c) => c.message.includes('::error file=x::INJECTED'))).toBe(true);
      } else expectInertText(r.stdout, format);
      expectInertText(r.stderr, `${format} stderr`);
      if (format === 'json') {
        // The data is unchanged: escaped in JSON, the names parse back as written.
        expect(r.stdout).toContain('\\u001b]52;');
        expect(r.stdout).toContain('\\u009b31m');
        expect(JSON.stringify(JSON.parse(r.stdout))).toContain(JSON.stringify(EVIL).slice(1, -1));
      }
      if (format === 'sarif') expect(r.stdout).toContain('\\u001b\\\\]52;'); // JSON-escaped, and SARIF's \] for a literal bracket
    });
  }

  it('stderr notes and errors show control characters visibly', async () => {
    const dir = repo();
    // A path given explicitly that is not a declaration file: a note (or, once paths must be declarations, an error).
    const r = await runCli(['--format', 'json', 'notes\n::error::NOTE.yaml'], { cwd: dir });
    expect(r.stderr).toMatch(/notes\\n::error::NOTE\.yaml/);
    expectInertText(r.stderr, 'stderr');
    const bad = await runCli(['--config', 'missing\u001b[2J\n::error::CFG.yaml', '.'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('missing\\e[2J\\n::error::CFG.yaml');
    expectInertText(bad.stderr, 'stderr');
  });

  for (const format of ['dot', 'mermaid', 'json']) {
    it(`graph --format ${format}: control characters made visible`, async () => {
      const r = await runCli(['graph', '--format', format, '.'], { cwd: repo() });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Fabrikam');
      expectInertText(r.stdout, `graph ${format}`);
      expectInertText(r.stderr, `graph ${format} stderr`);
    });
  }

  describe('the Action', () => {
    let box: Sandbox | undefined;
    let api: FakeApi | undefined;
    beforeAll(() => {
      node24();
      requireBundle();
    });
    afterEach(async () => {
      await api?.close();
      api = undefined;
      box?.cleanup();
    });

    it('prints only its own workflow commands, whatever the names hold', async () => {
      box = sandbox();
      api = await startApi();
      const dir = box.repo();
      const base = commit(dir, { 'contoso.xtap.yaml': TENANT.replace(/name: .*/g, 'name: Contoso') }, 'base');
      const head = commit(dir, { 'contoso.xtap.yaml': TENANT, 'partners/evil.xtap.yaml': PARTNER }, 'hostile names');
      const r = await runAction({ workspace: dir, api, inputs: { comment: 'false' }, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head }), sha: head });
      expect(r.code).toBe(1);
      const commandLines = r.stdout.split('\n').filter((l) => l.startsWith('::'));
      expect(commandLines.length).toBeGreaterThan(0);
      expectGithubCommands(commandLines.join('\n'), 'action stdout');
      expect(r.stdout).not.toMatch(/^::(add-mask|stop-commands)/m);
      expect(r.stdout).not.toMatch(/^::error file=x::INJECTED/m);
      expect(r.stdout).not.toMatch(/\u001b/);
      expect(r.stderr).toBe('');
    });
  });
});
