/**
 * Issue 11, item 6: text from a pull request's files (partner names, target labels, file names) renders as inert
 * text in the Markdown report, the sticky comment, the job summary, the semantic diff and the mermaid trust map:
 * no @mention, no link or image, no HTML, no `%%` directive; a file name cannot break out of its link text.
 * Checked by rendering with markdown-it (test/security/inert-checks.ts), not only by looking at the source.
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../helpers/cli.js';
import { commit, node24, pullRequestEvent, requireBundle, runAction, sandbox, startApi, OWNER, REPO } from '../action/harness.js';
import type { FakeApi, Sandbox } from '../action/harness.js';
import { expectInertMarkdown, renderGfm, textOf } from './inert-checks.js';

const TENANT = `tenant:
  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
  name: "Contoso @octocat"
  license: p1
include:
  - partners/*.xtap.yaml
`;

/** Names and labels that would ping, link, render an image or HTML, and steer mermaid. */
const EVIL_NAME = '@octocat @org/team ![x](https://evil.example/p.png) [click](https://evil.example) <img src=x onerror=alert(1)> www.evil.example #1 %%{init: {"theme":"dark"}}%%';
const EVIL_LABEL = '<a href="https://evil.example">Sales</a> @everyone';
/** A file name that closes the location's link text and opens its own link. */
const EVIL_FILE = 'partners/x](https:evil.example)[y.xtap.yaml';

const PARTNER = `partners:
  - tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b
    name: ${JSON.stringify(EVIL_NAME)}
    b2bCollaborationInbound:
      usersAndGroups:
        accessType: allowed
        targets:
          - { target: AllUsers, targetType: group, label: ${JSON.stringify(EVIL_LABEL)} }
      applications:
        accessType: allowed
        targets:
          - { target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }
`;

/** Our own links in the Action's output: the test repository's files at a commit. */
const REPO_LINK = new RegExp(`^https://github\\.com/${OWNER}/${REPO}/blob/[0-9a-f]{40}/[A-Za-z0-9%._~/-]+#L\\d+$`);

describe('Markdown injection (issue 11, item 6)', () => {
  let dirs: string[] = [];
  let box: Sandbox | undefined;
  let api: FakeApi | undefined;
  afterEach(async () => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    dirs = [];
    await api?.close();
    api = undefined;
    box?.cleanup();
    box = undefined;
  });

  it('--format markdown shows hostile names, labels and file names as text only', async () => {
    const dir = tempRepo({ 'contoso.xtap.yaml': TENANT, [EVIL_FILE]: PARTNER });
    dirs.push(dir);
    const r = await runCli(['--format', 'markdown', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('target-type-mismatch');
    expectInertMarkdown(r.stdout, 'markdown');
    const text = textOf(renderGfm(r.stdout)).replace(/\u2060/g, '');
    // The names are there, as text: a reviewer still reads what the file says.
    expect(text).toContain(EVIL_NAME.slice(0, 40));
    expect(text).toContain('x](https:evil.example)[y.xtap.yaml:');
  });

  it('the sticky comment and the job summary are inert: the location link stays a link to the file, its text is the name', async () => {
    node24();
    requireBundle();
    box = sandbox();
    api = await startApi();
    const repo = box.repo();
    const base = commit(repo, { 'contoso.xtap.yaml': TENANT }, 'base');
    const head = commit(repo, { [EVIL_FILE]: PARTNER }, 'add a partner with a hostile name');
    const r = await runAction({ workspace: repo, api, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head }), sha: head });
    expect(r.code).toBe(1);
    const comment = api.comments.find((c) => c.body.includes('<!-- xtap-lint'));
    expect(comment).toBeDefined();
    for (const [what, md] of [
      ['comment', comment?.body ?? ''],
      ['summary', r.summary],
    ] as const) {
      expect(md).toContain('```mermaid'); // the trust map, with the hostile name in a label
      expect(md).toMatch(/changes? in effective cross-tenant access/); // the semantic diff, naming the partner
      expectInertMarkdown(md, what, [REPO_LINK]);
      const html = renderGfm(md);
      // The file's location is one link whose target is the encoded file at the head commit.
      expect(html).toContain(`href="https://github.com/${OWNER}/${REPO}/blob/${head}/partners/x%5D%28https%3Aevil.example%29%5By.xtap.yaml#L`);
      expect(html).not.toContain('href="https:evil.example');
      expect(html).not.toContain('href="https://evil.example');
    }
  });
});
