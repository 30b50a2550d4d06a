/** QA regressions for positions (SPEC §2 "Where a finding points", §5 BOM and CRLF). */
import { describe, expect, it } from 'vitest';
import { lintAll } from '../helpers/rule-tester.js';

const TENANT = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\n';

describe('directives in a file with a byte order mark', () => {
  it('a directive on line 1 starts at column 1: the BOM is not a column', () => {
    const found = lintAll('\uFEFF# xtap-lint-disable rms-outbound\n' + TENANT).filter((f) => f.ruleId === 'unused-disable' || f.ruleId === 'disable-needs-reason');
    expect(found.map((f) => [f.ruleId, f.range.line, f.range.column, f.range.endColumn])).toEqual([
      ['disable-needs-reason', 1, 1, 33],
      ['unused-disable', 1, 1, 33],
    ]);
  });

  it('and still suppresses what it names', () => {
    const text = '\uFEFF' + TENANT + 'partners:\n  - tenantId: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b # xtap-lint-disable-next-line partner-is-self, partner-redundant -- test\n';
    expect(lintAll(text, { preset: 'recommended' }).map((f) => f.ruleId)).toEqual([]);
  });
});

describe('a file with two YAML documents', () => {
  it('says so in the user\'s terms, at the second `---`, without naming the parser\'s API', () => {
    const found = lintAll(TENANT + '---\npartners: []\n').filter((f) => f.ruleId === 'syntax');
    expect(found.map((f) => [f.range.line, f.range.column])).toEqual([[4, 1]]);
    expect(found[0].message).not.toMatch(/parseAllDocuments/);
    expect(found[0].message).toMatch(/more than one YAML document/);
  });
});

describe('an alias that names no anchor', () => {
  it('is a syntax finding at the alias, not an "alias bomb" at 1:1', () => {
    const found = lintAll('tenant:\n  id: *tenantId\n  license: p1\n').filter((f) => f.ruleId === 'syntax');
    expect(found.map((f) => [f.range.line, f.range.column])).toEqual([[2, 7]]);
    expect(found[0].message).not.toMatch(/alias bomb/);
    expect(found[0].message).toMatch(/an alias names no anchor/);
    // The alias's name is text of the file: syntax messages never quote it (issue 11 item 1).
    expect(found[0].message).not.toMatch(/tenantId/);
  });
});
