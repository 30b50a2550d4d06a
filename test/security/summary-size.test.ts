/**
 * Issue 11, item 10: GitHub drops a job summary over 1 MiB whole, counting bytes of UTF-8, and refuses a comment
 * over 65,536 characters (code points). Names in scripts that take 3 or 4 bytes a character (CJK, emoji) must not
 * push either over: the summary is measured in bytes, the comment in code points, and both say what they left out.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commit, node24, pullRequestEvent, requireBundle, runAction, sandbox, startApi } from '../action/harness.js';
import type { FakeApi, Sandbox } from '../action/harness.js';
import { markdownReport, utf8Length, charCount } from '../../src/report/markdown.js';
import type { FileResult, Finding } from '../../src/types.js';

const TENANT = `tenant:
  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
  name: Contoso
  license: p1
include:
  - partners/*.xtap.yaml
`;

/** 3 bytes in UTF-8, 1 UTF-16 unit; and 4 bytes, 2 units, 1 code point. */
const CJK = '國際合作夥伴關係管理';
const EMOJI = '🤝🌍🔐🏦🛰️';

function partners(n: number, name: (i: number) => string): string {
  return (
    'partners:\n' +
    Array.from({ length: n }, (_, i) => {
      const hex = i.toString(16).padStart(12, '0');
      return `  - tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-${hex}
    name: "${name(i)}"
    b2bCollaborationInbound:
      applications:
        accessType: allowed
        targets:
          - { target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }
`;
    }).join('')
  );
}

describe('summary and comment size (issue 11, item 10)', () => {
  it('markdownReport measures a byte budget in UTF-8 bytes', () => {
    const f = (i: number): Finding => ({
      ruleId: 'r',
      severity: 'error',
      message: `${CJK.repeat(20)} ${i}`,
      parts: { what: '', why: '', fix: '' },
      file: 'a.xtap.yaml',
      range: { line: i, column: 1, endLine: i, endColumn: 2 },
      docsUrl: 'https://example.test/r.md',
      fixable: false,
    });
    const findings = Array.from({ length: 2_000 }, (_, i) => f(i + 1));
    const result: FileResult = { file: 'a.xtap.yaml', findings, suppressed: [], errorCount: findings.length, warningCount: 0, infoCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
    const md = markdownReport({ results: [result], rules: [], color: false, version: '0' }, { maxBytes: 100_000 });
    expect(utf8Length(md)).toBeLessThanOrEqual(100_000);
    expect(Buffer.byteLength(md, 'utf8')).toBe(utf8Length(md));
    // Measured in UTF-16 units the same text is about a third: a character budget would have let 3× through.
    expect(md.length).toBeLessThan(50_000);
    expect(md).toMatch(/… and \d+ more findings not shown here/);
    expect(charCount('a🤝b')).toBe(3);
    expect(utf8Length('a🤝b國')).toBe(1 + 4 + 1 + 3);
  });

  describe('the Action', () => {
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

    it('keeps the job summary within 1 MiB of UTF-8 and the comment within 65,536 code points', { timeout: 60_000 }, async () => {
      box = sandbox();
      api = await startApi();
      const repo = box.repo();
      const base = commit(repo, { 'contoso.xtap.yaml': TENANT }, 'base');
      const head = commit(
        repo,
        {
          'partners/cjk.xtap.yaml': partners(700, (i) => `${CJK.repeat(30)} ${i}`),
          'partners/emoji.xtap.yaml': partners(300, (i) => `${EMOJI.repeat(40)} ${i}`),
        },
        'many partners with long names',
      );
      const r = await runAction({ workspace: repo, api, inputs: { 'fail-on': 'never' }, eventPath: pullRequestEvent(box.dir, { baseSha: base, headSha: head }), sha: head });
      expect(r.code).toBe(0);
      expect(Number(r.outputs.errors)).toBeGreaterThanOrEqual(1_000);
      // The summary: written (not dropped), within 1 MiB in bytes, and saying that rows were left out.
      const bytes = Buffer.byteLength(r.summary, 'utf8');
      expect(bytes).toBeGreaterThan(500_000);
      expect(bytes).toBeLessThanOrEqual(1_048_576);
      expect(r.summary).toMatch(/… and \d+ more findings? not shown here \(size limit\)/);
      // The comment: accepted (the stand-in answers 422 over 65,536 code points) and filled close to the limit.
      const comment = api.comments.find((c) => c.body.includes('<!-- xtap-lint'));
      expect(comment).toBeDefined();
      const points = [...(comment?.body ?? '')].length;
      expect(points).toBeLessThanOrEqual(65_536);
      expect(points).toBeGreaterThan(40_000);
      expect(r.commands.filter((c) => /could not be updated/.test(c.message))).toEqual([]);
    });
  });
});
