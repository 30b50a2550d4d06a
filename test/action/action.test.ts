/**
 * The Action end to end: dist/index.js in a child process under Node 24, as the runner starts it, against a local
 * GitHub REST API. Needs `node scripts/build.mjs` (dist/) and `bash scripts/install-node24.sh` (Node 24).
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commit, git, node24, pullRequestEvent, requireBundle, runAction, sandbox, startApi, TOKEN, OWNER, REPO } from './harness.js';
import type { FakeApi, RunResult, Sandbox } from './harness.js';

const TENANT = `tenant:
  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
  name: Contoso
  license: p1
partners:
  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
    name: Fabrikam
    b2bCollaborationInbound:
      usersAndGroups:
        accessType: allowed
        targets:
          - { target: 7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b, targetType: group }
          - { target: AllApplications, targetType: user }
include:
  - partners/*.xtap.yaml
`;

/** A partner added by the pull request: its app allow list lacks the MFA registration apps. */
const WOODGROVE = (name: string) => `partners:
  - tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b
    name: ${name}
    b2bCollaborationInbound:
      applications:
        accessType: allowed
        targets:
          - { target: 00000003-0000-0ff1-ce00-000000000000, targetType: application, label: SharePoint Online }
`;

const WOODGROVE_FIXED = `partners:
  - tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b
    name: Woodgrove Bank
    b2bCollaborationInbound:
      usersAndGroups:
        accessType: allowed
        targets:
          - { target: 2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f, targetType: group, label: Woodgrove auditors }
`;

/** TENANT with Fabrikam's list corrected: no findings. */
const TENANT_FIXED = TENANT.replace(/\n {10}- \{ target: AllApplications, targetType: user \}/, '');

const CLEAN_TENANT = `tenant:
  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
  name: Contoso
  license: p1
include:
  - partners/*.xtap.yaml
`;

function secretFree(r: RunResult): void {
  for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)]) expect(text).not.toContain(TOKEN);
}

const kinds = (r: RunResult, kind: string) => r.commands.filter((c) => c.kind === kind);
const findingAnnotations = (r: RunResult) => r.commands.filter((c) => c.props.file);
const botComments = (api: FakeApi) => api.comments.filter((c) => c.body.includes('<!-- xtap-lint'));
const writes = (api: FakeApi) => api.requests.filter((q) => q.method !== 'GET').map((q) => `${q.method} ${q.path}`);

describe('the GitHub Action (dist/index.js under Node 24)', () => {
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

  it('annotates, summarizes, and keeps one sticky comment: created, updated, then all clear', async () => {
    box = sandbox();
    api = await startApi([{ id: 1000, body: 'Looks good to me, but please run the linter.', user: { login: 'mkowalski', type: 'User' } }]);
    const repo = box.repo();
    const base = commit(repo, { 'contoso.xtap.yaml': TENANT }, 'base');
    const head1 = commit(repo, { 'partners/woodgrove.xtap.yaml': WOODGROVE('Woodgrove Bank') }, 'add Woodgrove');

    // 1. Findings: the comment is created.
    const r1 = await runAction({ workspace: repo, api, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head1 }), sha: head1 });
    expect(r1.stderr).toBe('');
    const errors = Number(r1.outputs.errors);
    const warnings = Number(r1.outputs.warnings);
    expect(errors).toBeGreaterThanOrEqual(2);
    expect(warnings).toBeGreaterThanOrEqual(1);
    expect(r1.outputs['sarif-file']).toBe('');
    expect(r1.code).toBe(1); // fail-on: error
    const ann = findingAnnotations(r1);
    expect(kinds(r1, 'error').filter((c) => c.props.file).length).toBe(Math.min(10, errors));
    expect(kinds(r1, 'warning').filter((c) => c.props.file).length).toBe(Math.min(10, warnings));
    // Errors before warnings; among errors, the line the pull request added comes first.
    const order = ann.map((c) => c.kind);
    expect(order.indexOf('warning')).toBeGreaterThan(order.lastIndexOf('error'));
    expect(ann[0]).toMatchObject({ kind: 'error', props: { file: 'partners/woodgrove.xtap.yaml', title: 'xtap-lint(mfa-registration-apps)' } });
    expect(ann.some((c) => c.kind === 'error' && c.props.file === 'contoso.xtap.yaml')).toBe(true);
    for (const c of ann) {
      expect(Number(c.props.line)).toBeGreaterThanOrEqual(1);
      expect(c.message).toMatch(/\nhttps:\/\/github\.com\/xtap-lint\/xtap-lint\/blob\/main\/rules\/[a-z-]+\.md$/);
    }
    // The job summary: counts and the full table, with links to the head commit.
    expect(r1.summary).toContain('### xtap-lint');
    expect(r1.summary).toContain(`**${errors} error${errors === 1 ? '' : 's'}**`);
    expect(r1.summary.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) /.test(l)).length).toBe(ann.length);
    expect(r1.summary).toContain(`](https://github.com/${OWNER}/${REPO}/blob/${head1}/partners/woodgrove.xtap.yaml#L5)`);
    // The API: listed the comments, created one.
    expect(writes(api)).toEqual([`POST /repos/${OWNER}/${REPO}/issues/42/comments`]);
    expect(api.requests.every((q) => q.authorization === `token ${TOKEN}`)).toBe(true);
    expect(botComments(api)).toHaveLength(1);
    const id = botComments(api)[0].id;
    expect(botComments(api)[0].body).toContain('mfa-registration-apps');
    expect(botComments(api)[0].body).toContain(head1.slice(0, 12));
    // The semantic diff against the base commit, folded, in the comment and the summary.
    expect(botComments(api)[0].body).toMatch(/<details><summary>\d+ changes? in effective cross-tenant access<\/summary>/);
    expect(botComments(api)[0].body).toContain('Woodgrove');
    expect(r1.summary).toMatch(/changes? in effective cross-tenant access/);
    // The trust map as a mermaid block (GitHub renders it), in the comment and the summary.
    for (const text of [botComments(api)[0].body, r1.summary]) {
      expect(text).toContain('<details><summary>Trust map</summary>');
      expect(text).toMatch(/```mermaid\nflowchart LR\n[\s\S]*Woodgrove[\s\S]*\n```/);
    }
    secretFree(r1);

    // 2. New push, still findings: the same comment is edited.
    api.requests.length = 0;
    const head2 = commit(repo, { 'partners/woodgrove.xtap.yaml': WOODGROVE('Woodgrove Bank Ltd') }, 'rename');
    const r2 = await runAction({ workspace: repo, api, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head2 }), sha: head2 });
    expect(r2.code).toBe(1);
    expect(writes(api)).toEqual([`PATCH /repos/${OWNER}/${REPO}/issues/comments/${id}`]);
    expect(botComments(api)).toHaveLength(1);
    expect(botComments(api)[0].body).toContain('Woodgrove Bank Ltd');
    expect(botComments(api)[0].body).toContain(head2.slice(0, 12));
    secretFree(r2);

    // 3. Findings fixed: the comment says all clear.
    api.requests.length = 0;
    const head3 = commit(repo, { 'contoso.xtap.yaml': TENANT_FIXED, 'partners/woodgrove.xtap.yaml': WOODGROVE_FIXED }, 'fix');
    const r3 = await runAction({ workspace: repo, api, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head3 }), sha: head3 });
    expect(r3.outputs).toMatchObject({ errors: '0', warnings: '0' });
    expect(r3.code).toBe(0);
    expect(findingAnnotations(r3)).toEqual([]);
    expect(writes(api)).toEqual([`PATCH /repos/${OWNER}/${REPO}/issues/comments/${id}`]);
    expect(botComments(api)).toHaveLength(1);
    expect(botComments(api)[0].body).toContain('All clear');
    expect(botComments(api)[0].body).not.toContain('mfa-registration-apps');
    expect(r3.summary).toContain('No problems found.');
    // The human's comment was never touched.
    expect(api.comments.find((c) => c.id === 1000)?.body).toBe('Looks good to me, but please run the linter.');
    secretFree(r3);
  });

  it('does not create a comment for a clean pull request', async () => {
    box = sandbox();
    api = await startApi();
    const repo = box.repo();
    const base = commit(repo, { 'contoso.xtap.yaml': TENANT_FIXED }, 'base');
    const head = commit(repo, { 'partners/woodgrove.xtap.yaml': WOODGROVE_FIXED }, 'add');
    const r = await runAction({ workspace: repo, api, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head }), sha: head });
    expect(r.code).toBe(0);
    expect(writes(api)).toEqual([]);
    expect(api.requests.map((q) => q.method)).toEqual(['GET']);
  });

  it('turns a 403 from a read-only token (fork) into one notice, with annotations and summary, and never fails for it', async () => {
    box = sandbox();
    api = await startApi();
    api.readOnly = true;
    const repo = box.repo();
    const base = commit(repo, { 'contoso.xtap.yaml': CLEAN_TENANT }, 'base');
    const head = commit(repo, { 'partners/woodgrove.xtap.yaml': WOODGROVE('Woodgrove Bank') }, 'add Woodgrove');
    const r = await runAction({ workspace: repo, api, inputs: { 'fail-on': 'never' }, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head }), sha: head });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const forbidden = kinds(r, 'notice').filter((c) => /HTTP 403/.test(c.message));
    expect(forbidden).toHaveLength(1);
    expect(forbidden[0].message).toMatch(/read-only token/);
    expect(forbidden[0].message).toMatch(/annotations and the job summary/);
    expect(kinds(r, 'error').filter((c) => c.props.file).length).toBeGreaterThan(0);
    expect(r.summary).toContain('mfa-registration-apps');
    expect(r.summary).toContain('HTTP 403');
    expect(writes(api)).toEqual([`POST /repos/${OWNER}/${REPO}/issues/42/comments`]);
    expect(r.outputs.errors).not.toBe('0');
    secretFree(r);

    // fail-on: error still fails on the findings, and only on them.
    const r2 = await runAction({ workspace: repo, api, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head }), sha: head });
    expect(r2.code).toBe(1);
    expect(kinds(r2, 'error').every((c) => c.props.file)).toBe(true);
  });

  it('caps annotations at 10 errors and 10 warnings and says how many more are in the summary', async () => {
    box = sandbox();
    api = await startApi();
    const repo = box.repo();
    const partners = Array.from({ length: 14 }, (_, i) => {
      const hex = (i + 16).toString(16).padStart(2, '0');
      return `  - tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a${hex}
    name: Partner ${i + 1}
    b2bCollaborationInbound:
      applications:
        accessType: allowed
        targets:
          - { target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }
`;
    }).join('');
    const base = commit(repo, { 'contoso.xtap.yaml': CLEAN_TENANT }, 'base');
    const head = commit(repo, { 'partners/many.xtap.yaml': `partners:\n${partners}` }, 'many');
    const r = await runAction({ workspace: repo, api, inputs: { comment: 'false' }, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head }), sha: head });
    const errors = Number(r.outputs.errors);
    const warnings = Number(r.outputs.warnings);
    expect(errors).toBeGreaterThanOrEqual(14);
    expect(warnings).toBeGreaterThanOrEqual(14);
    const shownErrors = kinds(r, 'error').filter((c) => c.props.file).length;
    const shownWarnings = kinds(r, 'warning').filter((c) => c.props.file).length;
    expect(shownErrors).toBe(10);
    expect(shownWarnings).toBe(10);
    const rows = r.summary.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) /.test(l)).length;
    const shown = findingAnnotations(r).length;
    const more = kinds(r, 'notice').filter((c) => c.message.includes('see the job summary'));
    expect(more).toHaveLength(1);
    expect(more[0].message).toBe(`+${rows - shown} more findings: see the job summary`);
    expect(rows).toBeGreaterThanOrEqual(errors + warnings);
    expect(api.requests).toEqual([]); // comment: false
  });

  it('fetches the base commit in a shallow checkout', async () => {
    box = sandbox();
    api = await startApi();
    const origin = box.repo('origin');
    const base = commit(origin, { 'contoso.xtap.yaml': CLEAN_TENANT }, 'base');
    const head = commit(origin, { 'partners/woodgrove.xtap.yaml': WOODGROVE('Woodgrove Bank') }, 'add');
    git(box.dir, ['clone', '-q', '--depth=1', `file://${origin}`, 'checkout']);
    const ws = box.path('checkout');
    expect(() => git(ws, ['cat-file', '-e', `${base}^{commit}`])).toThrow();
    const r = await runAction({ workspace: ws, api, inputs: { 'fail-on': 'never' }, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head }), sha: head });
    expect(r.code).toBe(0);
    expect(kinds(r, 'notice').filter((c) => /base commit/.test(c.message))).toEqual([]);
    expect(() => git(ws, ['cat-file', '-e', `${base}^{commit}`])).not.toThrow();
    // Changed lines known: the added file's finding is annotated first.
    expect(findingAnnotations(r)[0].props.file).toBe('partners/woodgrove.xtap.yaml');
  });

  it('goes on without the change-aware part, with one notice, when the base cannot be read', async () => {
    box = sandbox();
    api = await startApi();
    const origin = box.repo('origin');
    const base = commit(origin, { 'contoso.xtap.yaml': CLEAN_TENANT }, 'base');
    const head = commit(origin, { 'partners/woodgrove.xtap.yaml': WOODGROVE('Woodgrove Bank') }, 'add');
    git(box.dir, ['clone', '-q', '--depth=1', `file://${origin}`, 'checkout']);
    const ws = box.path('checkout');
    git(ws, ['remote', 'set-url', 'origin', box.path('gone')]);
    const r = await runAction({ workspace: ws, api, inputs: { 'fail-on': 'never' }, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head }), sha: head });
    expect(r.code).toBe(0);
    const notes = kinds(r, 'notice').filter((c) => /base commit/.test(c.message));
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain(base.slice(0, 12));
    expect(notes[0].message).toMatch(/change-aware rules were skipped/);
    expect(notes[0].message).toContain('fetch-depth: 0');
    expect(findingAnnotations(r).length).toBeGreaterThan(0);
    expect(r.summary).toContain('change-aware rules were skipped');
    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
  });

  it('writes the HTML report to html-report and sets the output, in the working directory', async () => {
    box = sandbox();
    api = await startApi();
    const repo = box.repo();
    const base = commit(repo, { 'infra/contoso.xtap.yaml': CLEAN_TENANT }, 'base');
    const head = commit(repo, { 'infra/partners/woodgrove.xtap.yaml': WOODGROVE('Woodgrove <b>Bank</b>') }, 'add');
    const event = pullRequestEvent(box.dir, { baseSha: base, headSha: head });
    const r = await runAction({ workspace: repo, api, inputs: { 'working-directory': 'infra', 'html-report': 'reports/xtap.html', comment: 'false', 'fail-on': 'never' }, eventPath: event, sha: head });
    expect(r.code).toBe(0);
    expect(r.outputs['html-report']).toBe('infra/reports/xtap.html');
    const page = readFileSync(`${repo}/infra/reports/xtap.html`, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    const shown = (page.match(/<article class="finding [a-z]+" data-finding data-severity=/g) ?? []).length;
    expect(shown).toBe(Number(r.outputs.errors) + Number(r.outputs.warnings) + (page.match(/data-severity="info"/g) ?? []).length);
    expect(shown).toBeGreaterThan(0);
    // The partner's name is text in the page (and in the trust map), never markup.
    expect(page).toContain('Woodgrove &#60;b&#62;Bank&#60;/b&#62;');
    expect(page).not.toContain('<b>Bank');
    expect(page).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="trust-map"');
    // No input, no file, an empty output.
    const r2 = await runAction({ workspace: repo, api, inputs: { comment: 'false', 'fail-on': 'never' }, eventPath: event, sha: head });
    expect(r2.outputs['html-report']).toBe('');
  });

  it('writes SARIF to sarif-file and sets the output; fail-on: warning and never', async () => {
    box = sandbox();
    api = await startApi();
    const repo = box.repo();
    const base = commit(repo, { 'contoso.xtap.yaml': CLEAN_TENANT }, 'base');
    const head = commit(repo, { 'partners/woodgrove.xtap.yaml': WOODGROVE('Woodgrove Bank') }, 'add');
    const event = pullRequestEvent(box.dir, { baseSha: base, headSha: head });
    const r = await runAction({ workspace: repo, api, inputs: { 'sarif-file': 'reports/xtap-lint.sarif', comment: 'false', 'fail-on': 'never' }, eventPath: event, sha: head });
    expect(r.code).toBe(0);
    expect(r.outputs['sarif-file']).toBe('reports/xtap-lint.sarif');
    const path = `${repo}/reports/xtap-lint.sarif`;
    expect(existsSync(path)).toBe(true);
    const log = JSON.parse(readFileSync(path, 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string; partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(log.version).toBe('2.1.0');
    const results = log.runs[0].results;
    expect(results.length).toBe(Number(r.outputs.errors) + Number(r.outputs.warnings) + results.filter((x) => (x as { level?: string }).level === 'note').length);
    expect(results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri)).toContain('partners/woodgrove.xtap.yaml');
    expect(results.every((x) => /^[0-9a-f]+:\d+$/.test(x.partialFingerprints.primaryLocationLineHash))).toBe(true);

    // A repository with only warnings: fail-on warning fails, error passes.
    const repo2 = box.repo('warnings');
    const b2 = commit(repo2, { 'contoso.xtap.yaml': CLEAN_TENANT }, 'base');
    const h2 = commit(
      repo2,
      {
        'partners/woodgrove.xtap.yaml': `partners:
  - tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b
    name: Woodgrove Bank
    inboundTrust: { isMfaAccepted: true }
    b2bCollaborationInbound:
      applications:
        accessType: allowed
        targets:
          - { target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }
`,
      },
      'add',
    );
    const e2 = pullRequestEvent(box.dir, { baseSha: b2, headSha: h2 });
    const warnOnly = await runAction({ workspace: repo2, api, inputs: { comment: 'false', 'fail-on': 'warning' }, eventPath: e2, sha: h2 });
    expect(warnOnly.outputs.errors).toBe('0');
    expect(Number(warnOnly.outputs.warnings)).toBeGreaterThan(0);
    expect(warnOnly.code).toBe(1);
    const errorOnly = await runAction({ workspace: repo2, api, inputs: { comment: 'false', 'fail-on': 'error' }, eventPath: e2, sha: h2 });
    expect(errorOnly.code).toBe(0);
  });

  it('on a push: annotations and summary, no comment, no base', async () => {
    box = sandbox();
    api = await startApi();
    const repo = box.repo();
    const head = commit(repo, { 'contoso.xtap.yaml': TENANT }, 'base');
    const r = await runAction({ workspace: repo, api, eventName: 'push', sha: head });
    expect(r.code).toBe(1);
    expect(api.requests).toEqual([]);
    expect(findingAnnotations(r).length).toBeGreaterThan(0);
    expect(r.summary).toContain('### xtap-lint');
    expect(r.summary).not.toContain('effective cross-tenant access');
    expect(kinds(r, 'notice').filter((c) => /base commit/.test(c.message))).toEqual([]);
  });

  it('inputs working-directory, max-warnings and base', async () => {
    box = sandbox();
    api = await startApi();
    const repo = box.repo();
    const warningOnly = `partners:
  - tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b
    name: Woodgrove Bank
    inboundTrust: { isMfaAccepted: true }
    b2bCollaborationInbound:
      applications:
        accessType: allowed
        targets:
          - { target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }
`;
    const first = commit(repo, { 'infra/xtap/contoso.xtap.yaml': CLEAN_TENANT }, 'base');
    const head = commit(repo, { 'infra/xtap/partners/woodgrove.xtap.yaml': warningOnly }, 'add');
    // working-directory: paths and sarif-file are relative to it; the output names the file from the workspace.
    const r = await runAction({ workspace: repo, api, eventName: 'push', sha: head, inputs: { 'working-directory': 'infra/xtap', 'sarif-file': 'out.sarif' } });
    expect(r.code).toBe(0);
    expect(r.outputs.errors).toBe('0');
    const warnings = Number(r.outputs.warnings);
    expect(warnings).toBeGreaterThan(0);
    expect(existsSync(`${repo}/infra/xtap/out.sarif`)).toBe(true);
    expect(r.outputs['sarif-file']).toBe('infra/xtap/out.sarif');
    expect(findingAnnotations(r).map((c) => c.props.file)).toContain('infra/xtap/partners/woodgrove.xtap.yaml');
    // max-warnings: more warnings than allowed fails the step; as many as allowed does not.
    const over = await runAction({ workspace: repo, api, eventName: 'push', sha: head, inputs: { 'working-directory': 'infra/xtap', 'max-warnings': String(warnings - 1) } });
    expect(over.code).toBe(1);
    const within = await runAction({ workspace: repo, api, eventName: 'push', sha: head, inputs: { 'working-directory': 'infra/xtap', 'max-warnings': String(warnings) } });
    expect(within.code).toBe(0);
    // base on a push: the semantic diff against that commit is in the summary.
    const diffed = await runAction({ workspace: repo, api, eventName: 'push', sha: head, inputs: { 'working-directory': 'infra/xtap', base: first } });
    expect(diffed.summary).toMatch(/\d+ changes? in effective cross-tenant access/);
    expect(diffed.summary).toContain('Woodgrove');
    // Bad values: one line each.
    const bad = await runAction({ workspace: repo, api, eventName: 'push', sha: head, inputs: { 'max-warnings': 'many' } });
    expect(bad.code).toBe(1);
    expect(kinds(bad, 'error').map((c) => c.message)).toEqual(['xtap-lint: input max-warnings must be a whole number, got "many"']);
    const missing = await runAction({ workspace: repo, api, eventName: 'push', sha: head, inputs: { 'working-directory': 'nowhere' } });
    expect(kinds(missing, 'error').map((c) => c.message)).toEqual(['xtap-lint: input working-directory is not a folder: nowhere']);
  });

  it('fails the step with one line on a bad input or configuration', async () => {
    box = sandbox();
    api = await startApi();
    const repo = box.repo();
    const head = commit(repo, { 'contoso.xtap.yaml': CLEAN_TENANT }, 'base');
    const r = await runAction({ workspace: repo, api, eventName: 'push', sha: head, inputs: { preset: 'loose' } });
    expect(r.code).toBe(1);
    const errs = kinds(r, 'error');
    expect(errs).toHaveLength(1);
    expect(errs[0].message).toBe('xtap-lint: input preset must be recommended, strict or all, got "loose"');
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });
});
