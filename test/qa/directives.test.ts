/** Directive behaviours found by the newcomer review: rules that did not run, misspelt ids, ESLint's disable-line. */
import { describe, expect, it } from 'vitest';
import { lintAll, yaml } from '../helpers/rule-tester.js';
import { lintFiles } from '../../src/engine/lint.js';
import { defaultConfig } from '../../src/config/config.js';

const TENANT = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    license: p1
`;

const ids = (files: string) => lintAll(files, { preset: 'recommended' }).map((f) => `${f.ruleId}@${f.range.line}:${f.range.column}`);

describe('suppression directives', () => {
  it('a directive for a change-aware rule is not unused in a run without --base', () => {
    const text = TENANT + yaml`
      # xtap-lint-disable-next-line partner-removal-reverts -- Fabrikam left; the default is what we want for it
      partners:
        - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
          automaticUserConsentSettings: { outboundAllowed: true }
    `;
    expect(ids(text)).toEqual([]);
  });

  it('a directive for a rule turned off for the file is not unused', () => {
    const text = TENANT + yaml`
      default:
        # xtap-lint-disable-next-line read-only-property -- imported
        isServiceDefault: false
    `;
    const config = defaultConfig();
    const findings = lintFiles([{ path: 't.xtap.yaml', text }], { config, cliRules: { 'read-only-property': 'off' } }).result.files[0].findings;
    expect(findings).toEqual([]);
    // With the rule on, the directive is used and nothing is reported either.
    expect(lintFiles([{ path: 't.xtap.yaml', text }], { config }).result.files[0].findings).toEqual([]);
  });

  it('a misspelt rule id is named as not a rule, with a suggestion', () => {
    const text = TENANT + yaml`
      default:
        # xtap-lint-disable-next-line read-only-propery -- imported
        isServiceDefault: false
    `;
    const findings = lintAll(text, { preset: 'recommended' });
    expect(findings.map((f) => `${f.ruleId}@${f.range.line}:${f.range.column}`)).toEqual(['unused-disable@5:3', 'read-only-property@6:3']);
    expect(findings[0].message).toBe(
      '`read-only-propery` in this `xtap-lint-disable-next-line` directive is not an xtap-lint rule. The directive suppresses nothing for it, so the finding it was meant for is still reported, or a later one is hidden by the rest of the directive. Did you mean `read-only-property`?',
    );
  });

  it("ESLint's disable-line spelling covers its own line", () => {
    const text = TENANT + yaml`
      default:
        isServiceDefault: false # xtap-lint-disable-line read-only-property -- imported from Graph
    `;
    expect(ids(text)).toEqual([]);
    const elsewhere = TENANT + yaml`
      default:
        # xtap-lint-disable-line read-only-property -- on its own line it covers only itself
        isServiceDefault: false
    `;
    expect(ids(elsewhere)).toEqual(['unused-disable@5:3', 'read-only-property@6:3']);
  });
});
