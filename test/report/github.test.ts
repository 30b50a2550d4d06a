import { describe, expect, it } from 'vitest';
import { annotationProperties, escapeData, escapeProperty, github, workflowCommand } from '../../src/report/github.js';
import type { Finding, FileResult } from '../../src/types.js';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'rule-x',
    severity: 'error',
    message: 'What. Why. Fix.',
    parts: { what: 'What.', why: 'Why.', fix: 'Fix.' },
    file: 'a.xtap.yaml',
    range: { line: 3, column: 5, endLine: 3, endColumn: 9 },
    docsUrl: 'https://example.test/rules/rule-x.md',
    fixable: false,
    ...over,
  };
}

function result(file: string, findings: Finding[]): FileResult {
  return { file, findings, suppressed: [], errorCount: 0, warningCount: 0, infoCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}

describe('github workflow commands', () => {
  it('escapes message data: %, CR, LF', () => {
    expect(escapeData('100% done\r\nnext\nline')).toBe('100%25 done%0D%0Anext%0Aline');
    expect(escapeData('a: b, c')).toBe('a: b, c');
  });

  it('escapes properties also for : and ,', () => {
    expect(escapeProperty('dir/a,b: 100%\n')).toBe('dir/a%2Cb%3A 100%25%0A');
  });

  it('prints properties in the runner order and escapes each', () => {
    expect(workflowCommand('warning', { file: 'x,y.yaml', line: 2, endLine: 2, col: 1, endColumn: 4, title: 'a: b' }, 'm%\nn')).toBe(
      '::warning file=x%2Cy.yaml,line=2,endLine=2,col=1,endColumn=4,title=a%3A b::m%25%0An\n',
    );
    expect(workflowCommand('notice', {}, 'plain')).toBe('::notice::plain\n');
  });

  it('gives columns only on one-line ranges; endColumn is the last column', () => {
    expect(annotationProperties(finding(), 'a.xtap.yaml')).toEqual({ file: 'a.xtap.yaml', line: 3, endLine: 3, col: 5, endColumn: 8, title: 'xtap-lint(rule-x)' });
    const multi = annotationProperties(finding({ range: { line: 3, column: 5, endLine: 6, endColumn: 2 } }), 'a.xtap.yaml');
    expect(multi).toEqual({ file: 'a.xtap.yaml', line: 3, endLine: 6, title: 'xtap-lint(rule-x)' });
  });

  it('never sends an end before its start', () => {
    const p = annotationProperties(finding({ range: { line: 4, column: 7, endLine: 2, endColumn: 1 } }), 'a');
    expect(p.endLine).toBe(4);
    expect(p.endColumn).toBeGreaterThanOrEqual(p.col ?? 0);
    const zero = annotationProperties(finding({ range: { line: 0, column: 0, endLine: 0, endColumn: 0 } }), 'a');
    expect([zero.line, zero.col, zero.endColumn]).toEqual([1, 1, 1]);
  });

  it('maps severities to error, warning and notice, with repository paths', () => {
    const out = github({
      results: [result('../x/a.xtap.yaml', [finding(), finding({ severity: 'warning' }), finding({ severity: 'info' })])],
      rules: [],
      color: false,
      version: '0',
      repoPaths: new Map([['../x/a.xtap.yaml', 'x/a.xtap.yaml']]),
      notices: ['base, unreadable: 100%'],
    });
    const lines = out.trimEnd().split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['::error', '::warning', '::notice', '::notice']);
    expect(lines[0]).toContain('file=x/a.xtap.yaml,');
    expect(lines[0]).toContain('::What. Why. Fix.%0Ahttps://example.test/rules/rule-x.md');
    expect(lines[3]).toBe('::notice title=xtap-lint::base, unreadable: 100%25');
  });
});
