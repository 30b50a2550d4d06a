import { describe, expect, it } from 'vitest';
import { lintAll, ruleTester, yaml } from '../helpers/rule-tester.js';

const TWO = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    license: p1
  partners:
    - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
      name: Fabrikam
      owner: identity-team@contoso.com
      inboundTrust: { isMfaAccepted: true }
    - tenantId: 4a5b6c7d-1b4d-4c1e-8f5a-6d7e8f905678
      name: Northwind
      inboundTrust: { isMfaAccepted: true }
`;

ruleTester('partner-owner-missing', {
  valid: [
    { name: 'a tenant without partners', files: 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\n' },
    { name: 'every partner has an owner', files: TWO.replace('    name: Northwind\n', '    name: Northwind\n    owner: Jane Doe\n') },
  ],
  invalid: [
    {
      name: 'the partner without owner, at its tenantId key',
      files: TWO,
      preset: 'strict',
      errors: [{ line: 9, column: 5, severity: 'warning', message: 'Partner Northwind has no `owner`.' }],
    },
  ],
});

describe('partner-owner-missing presets', () => {
  it('is off in recommended', () => {
    expect(lintAll(TWO, { preset: 'recommended' }).filter((f) => f.ruleId === 'partner-owner-missing')).toEqual([]);
  });
});
