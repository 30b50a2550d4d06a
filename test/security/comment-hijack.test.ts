/**
 * Issue 11, item 7: the sticky comment is found by its marker **and** its author, the token's own identity
 * (github-actions[bot] for GITHUB_TOKEN, else GET /user). Another user's comment that starts with the marker is
 * never PATCHed; the Action creates its own instead. Run against the local GitHub API stand-in (127.0.0.1).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MARKER } from '../../src/action/comment.js';
import { commit, node24, pullRequestEvent, requireBundle, runAction, sandbox, startApi, OWNER, REPO } from '../action/harness.js';
import type { FakeApi, Sandbox } from '../action/harness.js';

const TENANT = `tenant:
  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
  name: Contoso
  license: p1
include:
  - partners/*.xtap.yaml
`;
const PARTNER = `partners:
  - tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b
    name: Woodgrove Bank
    b2bCollaborationInbound:
      applications:
        accessType: allowed
        targets:
          - { target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }
`;

const PLANTED = `${MARKER}\nxtap-lint found nothing. Approve and merge: https://evil.example`;
const writes = (api: FakeApi) => api.requests.filter((q) => q.method !== 'GET').map((q) => `${q.method} ${q.path}`);

describe('sticky comment hijack (issue 11, item 7)', () => {
  let box: Sandbox;
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

  async function pullRequest(seed: Parameters<typeof startApi>[0], user?: string) {
    box = sandbox();
    api = await startApi(seed);
    if (user) api.user = user;
    const repo = box.repo();
    const base = commit(repo, { 'contoso.xtap.yaml': TENANT }, 'base');
    const head = commit(repo, { 'partners/woodgrove.xtap.yaml': PARTNER }, 'add Woodgrove');
    return runAction({ workspace: repo, api, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head }), sha: head });
  }

  it("with GITHUB_TOKEN: another user's comment with the marker is never edited; the bot creates its own", async () => {
    const r = await pullRequest([{ id: 500, body: PLANTED, user: { login: 'mallory', type: 'User' } }]);
    expect(r.code).toBe(1);
    const a = api as FakeApi;
    expect(a.edited).toEqual([]);
    expect(writes(a)).toEqual([`POST /repos/${OWNER}/${REPO}/issues/42/comments`]);
    expect(a.comments.find((c) => c.id === 500)?.body).toBe(PLANTED);
    const ours = a.comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0].body.startsWith(MARKER)).toBe(true);
    expect(ours[0].body).toContain('mfa-registration-apps');
    // GITHUB_TOKEN has no user: GET /user answered 403 and the Action took github-actions[bot].
    expect(a.requests.some((q) => q.method === 'GET' && q.path === '/user')).toBe(true);
  });

  it("with GITHUB_TOKEN: its own earlier comment is edited, not the planted one", async () => {
    const r = await pullRequest([
      { id: 500, body: PLANTED, user: { login: 'mallory', type: 'User' } },
      { id: 501, body: `${MARKER}\nold report`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    ]);
    expect(r.code).toBe(1);
    const a = api as FakeApi;
    expect(a.edited).toEqual([501]);
    expect(writes(a)).toEqual([`PATCH /repos/${OWNER}/${REPO}/issues/comments/501`]);
    expect(a.comments.find((c) => c.id === 500)?.body).toBe(PLANTED);
  });

  it("with a personal token: the token's user (GET /user) is the author matched; github-actions[bot]'s comment is someone else's", async () => {
    const r = await pullRequest(
      [
        { id: 600, body: `${MARKER}\nby the bot`, user: { login: 'github-actions[bot]', type: 'Bot' } },
        { id: 601, body: `${MARKER}\nby the token's user`, user: { login: 'release-bot', type: 'User' } },
      ],
      'release-bot',
    );
    expect(r.code).toBe(1);
    const a = api as FakeApi;
    expect(a.edited).toEqual([601]);
    expect(a.comments.find((c) => c.id === 600)?.body).toBe(`${MARKER}\nby the bot`);
  });
});
