import { describe, expect, it } from 'vitest';
import { cell, markdownReport } from '../../src/report/markdown.js';
import { junit, xmlEscape } from '../../src/report/junit.js';
import type { Finding, FileResult } from '../../src/types.js';

function finding(i: number, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'rule-x',
    severity: 'error',
    message: `Problem ${i} | with <b>html</b> & a\nnewline.`,
    parts: { what: '', why: '', fix: '' },
    file: 'a.xtap.yaml',
    range: { line: i, column: 1, endLine: i, endColumn: 2 },
    docsUrl: 'https://example.test/rules/rule-x.md',
    fixable: false,
    ...over,
  };
}

function result(file: string, findings: Finding[]): FileResult {
  const n = (s: string) => findings.filter((f) => f.severity === s).length;
  return { file, findings, suppressed: [], errorCount: n('error'), warningCount: n('warning'), infoCount: n('info'), fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}

describe('markdown', () => {
  it('escapes table cells', () => {
    expect(cell('a | b <script> & c\r\nd')).toBe('a \\| b \\<script\\> \\& c\\\\r\\\\nd');
  });

  it('says so when there is nothing to report', () => {
    const md = markdownReport({ results: [result('a.xtap.yaml', [])], rules: [], color: false, version: '0' });
    expect(md).toBe('0 errors, 0 warnings and 0 infos in 0 of 1 declaration file\n\nNo problems found.\n');
  });

  it('links locations when given a link builder', () => {
    const md = markdownReport(
      { results: [result('x/a.xtap.yaml', [finding(3)])], rules: [], color: false, version: '0' },
      { heading: 'xtap-lint', link: (p, l) => `https://h/${p}#L${l}` },
    );
    expect(md).toContain('### xtap-lint');
    expect(md).toContain('**1 error**');
    expect(md).toContain('| ❌ error | [x/a.xtap.yaml:3:1](https://h/x/a.xtap.yaml#L3) | [rule-x](https://example.test/rules/rule-x.md) | Problem 3 \\| with \\<b\\>html\\</b\\> \\& a\\\\nnewline. |');
  });

  it('stays within a size budget and says how many rows it left out', () => {
    const many = Array.from({ length: 500 }, (_, i) => finding(i + 1));
    const md = markdownReport({ results: [result('a.xtap.yaml', many)], rules: [], color: false, version: '0' }, { maxChars: 5_000 });
    expect(md.length).toBeLessThanOrEqual(5_000);
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌')).length;
    expect(md).toContain(`… and ${500 - rows} more findings not shown here`);
  });
});

describe('junit', () => {
  it('escapes XML and drops characters XML cannot carry', () => {
    expect(xmlEscape('a<b>&"c"\u0001')).toBe('a&lt;b&gt;&amp;"c"');
    expect(xmlEscape('"x"\ny', true)).toBe('&quot;x&quot;&#10;y');
  });

  it('has one failing test case per error or warning and a passing one per clean file or info', () => {
    const xml = junit({
      results: [result('a.xtap.yaml', [finding(1), finding(2, { severity: 'warning' }), finding(3, { severity: 'info' })]), result('b.xtap.yaml', [])],
      rules: [],
      color: false,
      version: '0',
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="xtap-lint" tests="4" failures="2" errors="0"')).toBe(true);
    expect(xml.match(/<failure /g)?.length).toBe(2);
    expect(xml).toContain('<failure type="warning"');
    expect(xml).toContain('<system-out>info: Problem 3');
    expect(xml).toContain('<testcase classname="b.xtap.yaml" name="b.xtap.yaml" file="b.xtap.yaml" time="0"/>');
    expect(xml).not.toMatch(/<b>/);
  });
});
