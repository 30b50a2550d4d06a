/**
 * Issue 11, item 8: a pull request cannot switch its own checks off. On pull requests the configuration in force
 * is the base commit's; the pull request's own `.xtap-lint.yaml` (every rule off, limits raised, files ignored) is
 * only listed as proposed changes, and each suppression directive it adds is listed with its reason and how many
 * findings it hides, in the sticky comment and the job summary.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { commit, git, node24, pullRequestEvent, requireBundle, runAction, sandbox, startApi } from '../action/harness.js';
import type { FakeApi, RunResult, Sandbox } from '../action/harness.js';
import { expectInertMarkdown } from './inert-checks.js';

const TENANT = `tenant:
  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
  name: Contoso
  license: p1
include:
  - partners/*.xtap.yaml
`;

/** A partner whose app allow list lacks the MFA registration apps: errors (mfa-registration-apps) and a schema error. */
const partner = (hex: string, name: string) => `  - tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a${hex}
    name: ${name}
    b2BCollaborationInbound: {}
    b2bCollaborationInbound:
      applications:
        accessType: allowed
        targets:
          - { target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }
`;

/** Every rule but syntax off, limits raised, the partner folder ignored: what a pull request would like. */
const LOOSE_CONFIG = `rules:
${RULES.filter((r) => r.id !== 'syntax')
  .map((r) => `  ${r.id}: off`)
  .join('\n')}
limits:
  maxFileBytes: 999999999
ignore:
  - stray/**
`;

const BASE_CONFIG = `rules:
  partner-redundant: off
`;

const kinds = (r: RunResult, kind: string) => r.commands.filter((c) => c.kind === kind);

describe('the base commit configuration is in force on pull requests (issue 11, item 8)', () => {
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

  it('a pull request that turns every rule off and adds a blanket disable still fails, and the comment lists both', async () => {
    box = sandbox();
    api = await startApi();
    const repo = box.repo();
    const base = commit(repo, { 'contoso.xtap.yaml': TENANT, '.xtap-lint.yaml': BASE_CONFIG }, 'base');
    const head = commit(
      repo,
      {
        '.xtap-lint.yaml': LOOSE_CONFIG,
        'partners/woodgrove.xtap.yaml': `partners:\n${partner('10', 'Woodgrove Bank')}`,
        'partners/hidden.xtap.yaml': `# xtap-lint-disable -- approved\npartners:\n${partner('11', 'Hidden Partner')}`,
      },
      'add partners, relax the configuration',
    );
    const r = await runAction({ workspace: repo, api, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head }), sha: head });

    // The base configuration is in force: the errors are reported and fail the step.
    expect(r.code).toBe(1);
    expect(Number(r.outputs.errors)).toBeGreaterThanOrEqual(2);
    const errors = kinds(r, 'error').filter((c) => c.props.file);
    expect(errors.some((c) => c.props.file === 'partners/woodgrove.xtap.yaml' && c.props.title === 'xtap-lint(mfa-registration-apps)')).toBe(true);
    expect(errors.some((c) => c.props.title === 'xtap-lint(schema)')).toBe(true);
    // One notice says the configuration changed and is not in force.
    expect(kinds(r, 'notice').filter((c) => /changes the xtap-lint configuration; the base commit's is in force/.test(c.message))).toHaveLength(1);

    const comment = api.comments.find((c) => c.body.includes('<!-- xtap-lint'))?.body ?? '';
    for (const [what, md] of [
      ['comment', comment],
      ['summary', r.summary],
    ] as const) {
      expect(md, what).toContain('#### Configuration changes in this pull request (not in force)');
      expect(md, what).toContain('.xtap-lint.yaml at the base commit');
      expect(md, what).toContain('- rule schema: preset → off');
      expect(md, what).toContain('- rule mfa-registration-apps: preset → off');
      expect(md, what).not.toContain('rule partner-redundant'); // off in both: unchanged, not listed
      expect(md, what).toContain('- limits.maxFileBytes: 10485760 → 999999999');
      expect(md, what).toContain('- ignore: adds "stray/\\*\\*"');
      expect(md, what).toContain('#### Suppression directives added by this pull request');
      expect(md, what).toMatch(/partners\/hidden\.xtap\.yaml:1\]\([^)]*\)|partners\/hidden\.xtap\.yaml:1:/);
      expect(md, what).toMatch(/`xtap-lint-disable` every rule; reason: “approved”; suppresses [1-9]\d* findings?/);
      expectInertMarkdown(md, what, [/^https:\/\/github\.com\/contoso\/entra-xtap\/blob\/[0-9a-f]{40}\/[A-Za-z0-9%._~/-]+#L\d+$/]);
    }
  });

  it('files the base configuration extends are read from the base commit: a pull request cannot loosen a shared policy', async () => {
    box = sandbox();
    api = await startApi();
    const repo = box.repo();
    // The base extends a shared file that holds an organization policy and keeps a rule at error.
    const SHARED = `rules:
  mfa-registration-apps: error
policies:
  - id: contoso/owner-required
    severity: error
    message: '{partner} has no owner'
    where: { properties: { level: { const: partner } } }
    assert: { required: [owner] }
`;
    const base = commit(repo, { 'contoso.xtap.yaml': TENANT, '.xtap-lint.yaml': 'extends: ./policy/shared.yaml\n', 'policy/shared.yaml': SHARED }, 'base');
    // The pull request empties the shared file and turns the rule off in it; the entry file is unchanged.
    const head = commit(
      repo,
      { 'policy/shared.yaml': 'rules:\n  mfa-registration-apps: off\n', 'partners/woodgrove.xtap.yaml': `partners:\n${partner('10', 'Woodgrove Bank').replace('    b2BCollaborationInbound: {}\n', '')}` },
      'loosen the shared policy',
    );
    const r = await runAction({ workspace: repo, api, inputs: { comment: 'false' }, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head }), sha: head });
    expect(r.code).toBe(1);
    const titles = kinds(r, 'error').map((c) => c.props.title);
    expect(titles).toContain('xtap-lint(mfa-registration-apps)');
    expect(titles).toContain('xtap-lint(contoso/owner-required)');
    expect(r.summary).toContain('- rule mfa-registration-apps: error → off');
    expect(r.summary).toContain('- policy contoso/owner-required: removed');

    // An extends that points into .git is refused, in the base as in the working tree: defaults, with a notice.
    const repo2 = box.repo('git-extends');
    const b2 = commit(repo2, { 'contoso.xtap.yaml': TENANT, '.xtap-lint.yaml': 'extends: ./.git/config\n' }, 'base');
    const h2 = commit(repo2, { 'partners/woodgrove.xtap.yaml': `partners:\n${partner('10', 'Woodgrove Bank')}` }, 'add');
    const r2 = await runAction({ workspace: repo2, api, inputs: { comment: 'false' }, eventPath: pullRequestEvent(box.dir, { baseSha: b2, headSha: h2 }), sha: h2 });
    expect(r2.code).toBe(1);
    const notice = kinds(r2, 'notice').map((c) => c.message).join('\n');
    expect(notice).toMatch(/points into \.git or node_modules/);
    expect(JSON.stringify(r2)).not.toMatch(/repositoryformatversion|\[core\]/);
  });

  it('the config input path is read from the base commit too; without a base file the built-in defaults are in force', async () => {
    box = sandbox();
    api = await startApi();
    const repo = box.repo();
    const base = commit(repo, { 'contoso.xtap.yaml': TENANT, 'ci/xtap.yaml': BASE_CONFIG }, 'base');
    const head = commit(repo, { 'ci/xtap.yaml': LOOSE_CONFIG, 'partners/woodgrove.xtap.yaml': `partners:\n${partner('10', 'Woodgrove Bank')}` }, 'relax');
    const event = pullRequestEvent(box.dir, { baseSha: base, headSha: head });
    const r = await runAction({ workspace: repo, api, inputs: { config: 'ci/xtap.yaml', comment: 'false' }, eventPath: event, sha: head });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('ci/xtap.yaml at the base commit');
    expect(r.summary).toContain('- rule schema: preset → off');

    // A configuration file the base lacks: the defaults are in force, and the new file is listed.
    const repo2 = box.repo('added');
    const b2 = commit(repo2, { 'contoso.xtap.yaml': TENANT }, 'base');
    const h2 = commit(repo2, { '.xtap-lint.yaml': LOOSE_CONFIG, 'partners/woodgrove.xtap.yaml': `partners:\n${partner('10', 'Woodgrove Bank')}` }, 'relax');
    const r2 = await runAction({ workspace: repo2, api, inputs: { comment: 'false' }, eventPath: pullRequestEvent(box.dir, { baseSha: b2, headSha: h2 }), sha: h2 });
    expect(r2.code).toBe(1);
    expect(r2.summary).toContain('- adds .xtap-lint.yaml');
    expect(r2.summary).toContain('The configuration in force is the built-in defaults');
  });

  it('where the base commit cannot be read, one notice says so and the built-in defaults are in force', async () => {
    box = sandbox();
    api = await startApi();
    const origin = box.repo('origin');
    const base = commit(origin, { 'contoso.xtap.yaml': TENANT }, 'base');
    const head = commit(origin, { '.xtap-lint.yaml': LOOSE_CONFIG, 'partners/woodgrove.xtap.yaml': `partners:\n${partner('10', 'Woodgrove Bank')}` }, 'relax');
    git(box.dir, ['clone', '-q', '--depth=1', `file://${origin}`, 'checkout']);
    const ws = box.path('checkout');
    git(ws, ['remote', 'set-url', 'origin', box.path('gone')]);
    const r = await runAction({ workspace: ws, api, inputs: { comment: 'false' }, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head }), sha: head });
    expect(r.code).toBe(1);
    const notes = kinds(r, 'notice').filter((c) => /base commit/.test(c.message));
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain("the built-in configuration is in force, not the pull request's");
    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
  });

  it('on a push the checkout configuration is in force (no pull request to distrust)', async () => {
    box = sandbox();
    api = await startApi();
    const repo = box.repo();
    const head = commit(repo, { 'contoso.xtap.yaml': TENANT, '.xtap-lint.yaml': LOOSE_CONFIG, 'partners/woodgrove.xtap.yaml': `partners:\n${partner('10', 'Woodgrove Bank')}` }, 'main');
    const r = await runAction({ workspace: repo, api, eventName: 'push', sha: head });
    expect(r.code).toBe(0);
    expect(r.outputs.errors).toBe('0');
    expect(r.summary).not.toContain('Configuration changes');
  });
});
