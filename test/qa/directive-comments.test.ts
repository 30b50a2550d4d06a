/**
 * Suppression directives are YAML comments only (SPEC §1.1, §3.7; issue 12 item 8 and its pinning tests): text
 * inside a block scalar or a multi-line quoted string is never a directive, a `#` inside a quoted value starts no
 * comment, and no directive hides a `syntax` error.
 */
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.js';
import { parseDirectives } from '../../src/load/directives.js';

const TENANT = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\n';
/** `isServiceDefault` is a read-only-property warning: a finding a directive could hide. */
const READ_ONLY = 'default:\n  isServiceDefault: false\n';

function lint(text: string) {
  const file = lintFiles([{ path: 't.xtap.yaml', text }]).result.files[0];
  return {
    found: file.findings.map((f) => `${f.ruleId}@${f.range.line}`),
    suppressed: file.suppressed.map((f) => `${f.ruleId}@${f.range.line}`),
  };
}

describe('directives come from YAML comments only', () => {
  it('a directive line inside a block scalar (`label: |`) suppresses nothing', () => {
    const text = TENANT + 'partners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n    name: |\n      Fabrikam\n      # xtap-lint-disable\n' + READ_ONLY;
    expect(parseDirectives(text)).toEqual([]);
    expect(lint(text)).toEqual({ found: expect.arrayContaining(['read-only-property@10']), suppressed: [] });
  });

  it('a directive line inside a multi-line quoted `name:` suppresses nothing', () => {
    for (const q of ['"', "'"]) {
      const text = TENANT + `partners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n    name: ${q}Fabrikam\n      # xtap-lint-disable read-only-property -- hidden\n      Ltd${q}\n` + READ_ONLY;
      expect(parseDirectives(text)).toEqual([]);
      expect(lint(text).suppressed).toEqual([]);
      expect(lint(text).found).toContain('read-only-property@10');
    }
  });

  it('a `#` inside a quoted value is not a directive', () => {
    for (const value of ['"Fabrikam # xtap-lint-disable -- x"', "'Fabrikam # xtap-lint-disable -- x'", '"a \\" # xtap-lint-disable -- x"', "'it''s # xtap-lint-disable -- x'"]) {
      const text = TENANT + `partners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n    name: ${value}\n` + READ_ONLY;
      expect(parseDirectives(text)).toEqual([]);
      expect(lint(text)).toEqual({ found: expect.arrayContaining(['read-only-property@8']), suppressed: [] });
    }
  });

  it('a comment after a value, and one on its own line, are directives at the `#`', () => {
    const text = TENANT + 'default:\n  isServiceDefault: false # xtap-lint-disable-line read-only-property -- imported\n';
    expect(parseDirectives(text).map((d) => [d.kind, d.line, d.column, d.reason])).toEqual([['disable-line', 5, 27, 'imported']]);
    expect(lint(text)).toEqual({ found: [], suppressed: ['read-only-property@5'] });
    const own = TENANT + '# xtap-lint-disable read-only-property -- imported\n' + READ_ONLY;
    expect(lint(own)).toEqual({ found: [], suppressed: ['read-only-property@6'] });
  });

  it('a blanket `# xtap-lint-disable` does not hide a syntax error', () => {
    const text = '# xtap-lint-disable -- everything\n' + TENANT + 'default:\n  inboundTrust: isMfaAccepted: true\n';
    const r = lint(text);
    expect(r.found).toContain('syntax@6');
    expect(r.suppressed).toEqual([]);
    // Named explicitly, too.
    expect(lint(text.replace('-disable --', '-disable syntax --')).found).toContain('syntax@6');
  });
});
