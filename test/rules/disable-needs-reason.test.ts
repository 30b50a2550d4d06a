import { describe, expect, it } from 'vitest';
import { lintAll, ruleTester, yaml } from '../helpers/rule-tester.js';

const TENANT = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    license: p1
`;

const MESSAGE =
  'This `xtap-lint-disable-next-line` directive gives no reason. A reviewer cannot tell a deliberate exception from a silenced mistake. Add the reason after ` -- `, e.g. `# xtap-lint-disable-next-line read-only-property -- <why this is an accepted exception>`.';

ruleTester('disable-needs-reason', {
  valid: [
    {
      name: 'next-line directives with reasons, above and at the end of the line',
      files:
        TENANT +
        yaml`
          default:
            # xtap-lint-disable-next-line read-only-property -- imported from Graph
            isServiceDefault: false
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              isServiceProvider: true # xtap-lint-disable-next-line read-only-property -- CSP, kept for service-provider-removal
        `,
    },
    {
      name: 'a disable with a reason; enable needs none',
      files:
        TENANT +
        yaml`
          # xtap-lint-disable read-only-property -- imported
          default:
            isServiceDefault: false
          # xtap-lint-enable read-only-property
        `,
    },
    {
      name: 'a directive above a partner entry with a reason',
      files:
        TENANT +
        yaml`
          default:
            b2bCollaborationInbound:
              applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
          partners:
            # xtap-lint-disable-next-line mfa-registration-apps -- Fabrikam trusts our MFA registration elsewhere
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              name: Fabrikam
              inboundTrust: { isCompliantDeviceAccepted: true }
        `,
    },
  ],
  invalid: [
    {
      name: 'a next-line directive above the line, without a reason: at the `#`',
      files:
        TENANT +
        yaml`
          default:
            # xtap-lint-disable-next-line read-only-property
            isServiceDefault: false
        `,
      errors: [{ line: 5, column: 3, endLine: 5, endColumn: 51, severity: 'warning', message: MESSAGE }],
    },
    {
      name: 'a directive at the end of the line without a reason, and one with an empty reason',
      files:
        TENANT +
        yaml`
          default:
            isServiceDefault: false # xtap-lint-disable-next-line read-only-property
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              # xtap-lint-disable-next-line read-only-property --
              isServiceProvider: true
        `,
      errors: [
        { line: 5, column: 27, severity: 'warning', message: MESSAGE },
        { line: 8, column: 5, severity: 'warning', message: MESSAGE },
      ],
    },
    {
      name: 'a disable range without a reason; its enable is not reported',
      files:
        TENANT +
        yaml`
          # xtap-lint-disable read-only-property
          default:
            isServiceDefault: false
          # xtap-lint-enable read-only-property
        `,
      errors: [{ line: 4, column: 1, severity: 'warning', message: 'This `xtap-lint-disable` directive gives no reason.' }],
    },
    {
      name: 'a directive above a partner entry without a reason',
      files:
        TENANT +
        yaml`
          default:
            b2bCollaborationInbound:
              applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
          partners:
            # xtap-lint-disable-next-line mfa-registration-apps
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              name: Fabrikam
              inboundTrust: { isCompliantDeviceAccepted: true }
        `,
      errors: [{ line: 8, column: 3, severity: 'warning', message: MESSAGE.replace('read-only-property', 'mfa-registration-apps') }],
    },
  ],
});

describe('a directive without a reason still suppresses', () => {
  it('the finding it covers is suppressed, and only the missing reason is reported', () => {
    const findings = lintAll(TENANT + 'default:\n  # xtap-lint-disable-next-line read-only-property\n  isServiceDefault: false\n');
    expect(findings.map((f) => f.ruleId).filter((id) => id === 'read-only-property' || id === 'unused-disable' || id === 'disable-needs-reason')).toEqual([
      'disable-needs-reason',
    ]);
  });
});
