/** The Action's pure parts: diff parsing, annotation choice, the sticky comment's decisions. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changedLines, parseUnifiedDiff } from '../../src/action/git.js';
import { moreNotice, selectAnnotations } from '../../src/action/annotations.js';
import type { Located } from '../../src/action/annotations.js';
import { MARKER, upsertComment } from '../../src/action/comment.js';
import type { CommentApi, IssueComment } from '../../src/action/comment.js';
import type { Finding, Severity } from '../../src/types.js';

function at(file: string, line: number, severity: Severity, ruleId = 'r'): Located {
  const finding: Finding = {
    ruleId,
    severity,
    message: 'm',
    parts: { what: 'm', why: '', fix: '' },
    file,
    range: { line, column: 1, endLine: line, endColumn: 2 },
    docsUrl: 'u',
    fixable: false,
  };
  return { finding, file };
}

describe('parseUnifiedDiff', () => {
  it('reads the new side of each hunk, per file; deleted files have none', () => {
    const diff = [
      'diff --git a/a.xtap.yaml b/a.xtap.yaml',
      '--- a/a.xtap.yaml',
      '+++ b/a.xtap.yaml',
      '@@ -3 +3,2 @@ partners:',
      '-x',
      '+y',
      '+z',
      '@@ -10,2 +11 @@',
      '+w',
      '@@ -20,3 +20,0 @@',
      'diff --git a/gone.xtap.yaml b/gone.xtap.yaml',
      '--- a/gone.xtap.yaml',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      'diff --git a/new dir/n.xtap.yaml b/new dir/n.xtap.yaml',
      '--- /dev/null',
      '+++ b/new dir/n.xtap.yaml',
      '@@ -0,0 +1,3 @@',
    ].join('\n');
    const m = parseUnifiedDiff(diff);
    expect([...(m.get('a.xtap.yaml') ?? [])]).toEqual([3, 4, 11]);
    expect(m.has('gone.xtap.yaml')).toBe(false);
    expect([...(m.get('new dir/n.xtap.yaml') ?? [])]).toEqual([1, 2, 3]);
  });

  it("reads the paths git really prints: a name with a space ends in a tab, a name with a quote is C-quoted", () => {
    const dir = mkdtempSync(join(tmpdir(), 'xtap-diff-'));
    try {
      const g = (...args: string[]) =>
        execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
      g('init', '-q');
      const names = ['my tenant.xtap.yaml', 'q"uote.xtap.yaml', 'tab\there.xtap.yaml', 'caf\u00e9.xtap.yaml'];
      for (const n of names) writeFileSync(join(dir, n), 'a: 1\n');
      g('add', '-A');
      g('commit', '-q', '-m', 'base');
      const base = g('rev-parse', 'HEAD').trim();
      for (const n of names) writeFileSync(join(dir, n), 'a: 1\nb: 2\n');
      const m = changedLines(dir, base);
      for (const n of names) expect([...(m?.get(n) ?? [])], n).toEqual([2]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('selectAnnotations', () => {
  it('orders by severity, then changed lines, then position; caps each severity', () => {
    const items = [
      ...Array.from({ length: 12 }, (_, i) => at('a.xtap.yaml', i + 1, 'error')),
      at('z.xtap.yaml', 7, 'error'),
      at('a.xtap.yaml', 1, 'warning'),
      at('a.xtap.yaml', 2, 'info'),
    ];
    const { shown, hidden } = selectAnnotations(items, new Map([['z.xtap.yaml', new Set([7])]]), 0);
    expect(shown[0].file).toBe('z.xtap.yaml');
    expect(shown.filter((x) => x.finding.severity === 'error')).toHaveLength(10);
    expect(shown.map((x) => x.finding.severity)).toEqual([...Array(10).fill('error'), 'warning', 'info']);
    expect(hidden).toBe(3);
    expect(moreNotice(hidden)).toBe('+3 more findings: see the job summary');
    expect(moreNotice(1)).toBe('+1 more finding: see the job summary');
  });

  it('leaves room in the notice budget for the other notices and the "+N more" one', () => {
    const infos = Array.from({ length: 12 }, (_, i) => at('a.xtap.yaml', i + 1, 'info'));
    expect(selectAnnotations(infos, undefined, 0).shown).toHaveLength(9);
    expect(selectAnnotations(infos, undefined, 3).shown).toHaveLength(6);
  });
});

describe('upsertComment', () => {
  const BOT = { login: 'github-actions[bot]' };
  /** `viewer` answers like GET /user: a login, or (an installation token such as GITHUB_TOKEN) a 403. */
  function fake(existing: IssueComment[], viewer?: string): CommentApi & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      list: async () => existing,
      viewer: async () => {
        calls.push('viewer');
        if (viewer === undefined) throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
        return viewer;
      },
      create: async (b) => void calls.push(`create ${b}`),
      update: async (id, b) => void calls.push(`update ${id} ${b}`),
    };
  }

  it('creates when there are findings and no comment yet', async () => {
    const api = fake([{ id: 1, body: 'hello' }]);
    expect(await upsertComment(api, 'report', 'clear')).toBe('created');
    expect(api.calls).toEqual([`create ${MARKER}\nreport`]);
  });

  it('updates the marked comment in place, or leaves it when unchanged', async () => {
    const api = fake([{ id: 1, body: 'hello' }, { id: 2, body: `${MARKER}\nold`, user: BOT }]);
    expect(await upsertComment(api, 'new', 'clear')).toBe('updated');
    expect(api.calls).toEqual(['viewer', `update 2 ${MARKER}\nnew`]);
    const same = fake([{ id: 2, body: `${MARKER}\nnew`, user: BOT }]);
    expect(await upsertComment(same, 'new', 'clear')).toBe('unchanged');
    expect(same.calls).toEqual(['viewer']);
  });

  it("never edits another user's comment that starts with the marker: creates its own", async () => {
    const planted = { id: 7, body: `${MARKER}\nplanted`, user: { login: 'mallory' } };
    const api = fake([planted]);
    expect(await upsertComment(api, 'report', 'clear')).toBe('created');
    expect(api.calls).toEqual(['viewer', `create ${MARKER}\nreport`]);
    // With a personal token, its user's comment is ours, github-actions[bot]'s is not.
    const pat = fake([{ id: 8, body: `${MARKER}\nold`, user: BOT }, { id: 9, body: `${MARKER}\nold`, user: { login: 'release-bot' } }], 'release-bot');
    expect(await upsertComment(pat, 'new', 'clear')).toBe('updated');
    expect(pat.calls).toEqual(['viewer', `update 9 ${MARKER}\nnew`]);
    // A clean pull request with only someone else's marked comment: nothing to clear, nothing created.
    const clean = fake([planted]);
    expect(await upsertComment(clean, undefined, 'clear')).toBe('skipped');
    expect(clean.calls).toEqual(['viewer']);
  });

  it('leaves alone a comment that only quotes the marker (a person copying ours)', async () => {
    const api = fake([{ id: 3, body: `> ${MARKER}\n> old findings, quoted by a reviewer` }]);
    expect(await upsertComment(api, 'report', 'clear')).toBe('created');
    expect(api.calls).toEqual([`create ${MARKER}\nreport`]);
  });

  it('says all clear on an existing comment, and creates none for a clean pull request', async () => {
    const api = fake([{ id: 2, body: `${MARKER}\nold`, user: BOT }]);
    expect(await upsertComment(api, undefined, 'clear')).toBe('updated');
    expect(api.calls).toEqual(['viewer', `update 2 ${MARKER}\nclear`]);
    const none = fake([]);
    expect(await upsertComment(none, undefined, 'clear')).toBe('skipped');
    expect(none.calls).toEqual([]);
  });
});
