import { describe, expect, it } from 'vitest';
import { lintAll, ruleTester, yaml } from '../helpers/rule-tester.js';

ruleTester('direct-connect-mfa-trust', {
  valid: [
    {
      name: 'direct connect that blocks Office365 lets nobody into Teams shared channels (issue 12 item 15)',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
          facts: { mfaRequiredForExternalUsers: true }
        default:
          b2bDirectConnectInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: Office365, targetType: application }] }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            b2bDirectConnectInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }] }
      `,
    },
    {
      name: 'fresh tenant: direct connect blocked',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
          facts: { mfaRequiredForExternalUsers: true }
      `,
    },
    {
      name: 'direct connect allowed with MFA trusted in the default',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
          facts: { mfaRequiredForExternalUsers: true }
        default:
          inboundTrust: { isMfaAccepted: true }
          b2bDirectConnectInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
      `,
    },
    {
      name: 'fact false: no Conditional Access policy requires MFA of external users',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
          facts: { mfaRequiredForExternalUsers: false }
        default:
          b2bDirectConnectInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
      `,
    },
    {
      name: 'partner allows direct connect and trusts MFA',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
            inboundTrust: { isMfaAccepted: true }
            b2bDirectConnectInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
      `,
    },
    {
      name: 'outbound direct connect only: not this rule',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            b2bDirectConnectOutbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
      `,
    },
    {
      name: 'users allowed but every app blocked: grants nothing',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bDirectConnectInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
      `,
    },
  ],
  invalid: [
    {
      name: 'a partner with a malformed tenantId keeps its schema error and is still checked (issue 12 item 16)',
      allowSchemaErrors: true,
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
          facts: { mfaRequiredForExternalUsers: true }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f90123
            name: Fabrikam
            b2bDirectConnectInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
      `,
      errors: [{ line: 8, column: 5, severity: 'error', message: "Partner Fabrikam's inbound B2B direct connect lets external users in" }],
    },
    {
      name: "a partner that restates the default's untrusted MFA shares the default's one finding (issue 12 item 9)",
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
          facts: { mfaRequiredForExternalUsers: true }
        default:
          b2bDirectConnectInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
            inboundTrust: { isMfaAccepted: false }
      `,
      errors: [{ line: 6, column: 3, severity: 'error', message: "The default's inbound B2B direct connect lets external users in, but MFA from their organization is not trusted (`inboundTrust.isMfaAccepted`) (inherited by 1 partner: Fabrikam)." }],
    },
    {
      name: "a partner whose whole setting is a YAML alias of another partner's: its own finding at its own key",
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
          facts: { mfaRequiredForExternalUsers: true }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
            b2bDirectConnectInbound: &teams
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
          - tenantId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
            name: Northwind
            b2bDirectConnectInbound: *teams
      `,
      errors: [
        { line: 8, column: 5, severity: 'error', message: "Partner Fabrikam's inbound B2B direct connect lets external users in, but MFA from their organization is not trusted" },
        { line: 13, column: 5, severity: 'error', message: "Partner Northwind's inbound B2B direct connect lets external users in" },
      ],
    },
    {
      name: 'default allows direct connect, fact true: error at the setting',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
          facts: { mfaRequiredForExternalUsers: true }
        default:
          b2bDirectConnectInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
      `,
      errors: [
        {
          file: 'tenant.xtap.yaml',
          line: 6,
          column: 3,
          severity: 'error',
          message:
            "The default's inbound B2B direct connect lets external users in, but MFA from their organization is not trusted (`inboundTrust.isMfaAccepted`). A Conditional Access policy in this tenant requires MFA of external users",
        },
      ],
    },
    {
      name: 'fact unknown: warning',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          inboundTrust: { isMfaAccepted: false }
          b2bDirectConnectInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
      `,
      errors: [{ line: 6, column: 3, severity: 'warning', message: 'Declare `tenant.facts.mfaRequiredForExternalUsers` to make this finding exact.' }],
    },
    {
      name: 'inherited by a partner: one finding at the default naming it; a trusting partner is not included',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
          facts: { mfaRequiredForExternalUsers: true }
        default:
          b2bDirectConnectInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
          - tenantId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
            name: Northwind
            inboundTrust: { isMfaAccepted: true }
      `,
      errors: [{ line: 6, column: 3, severity: 'error', message: 'is not trusted (`inboundTrust.isMfaAccepted`) (inherited by 1 partner: Fabrikam).' }],
    },
    {
      name: "partner's own direct connect without trust: its own finding at its setting",
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
          facts: { mfaRequiredForExternalUsers: true }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
            b2bDirectConnectInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
      `,
      errors: [{ line: 8, column: 5, severity: 'error', message: "Partner Fabrikam's inbound B2B direct connect lets external users in, but MFA" }],
    },
    {
      name: 'partner inherits direct connect but declares its own trust false: at its trust value',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
          facts: { mfaRequiredForExternalUsers: true }
        default:
          inboundTrust: { isMfaAccepted: true }
          b2bDirectConnectInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
            inboundTrust: { isMfaAccepted: false }
      `,
      errors: [{ line: 13, column: 36, severity: 'error', message: "Partner Fabrikam's inbound B2B direct connect lets external users in" }],
    },
    {
      name: 'partner file: the finding is in the partner file',
      files: {
        'tenant.xtap.yaml': yaml`
          tenant:
            id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
            license: p1
          include: [partners/*.xtap.yaml]
        `,
        'partners/fabrikam.xtap.yaml': yaml`
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              name: Fabrikam
              b2bDirectConnectInbound:
                usersAndGroups: { accessType: blocked, targets: [{ target: 6b1f0c2e-4d3a-4b5c-9e8f-7a6b5c4d3e2f, targetType: group }] }
                applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
        `,
      },
      errors: [{ file: 'partners/fabrikam.xtap.yaml', line: 4, column: 5, severity: 'warning', message: "Partner Fabrikam's inbound B2B direct connect" }],
    },
  ],
});

describe('a partner with a malformed tenantId (issue 12 item 16)', () => {
  it('keeps exactly its schema error at the value, beside the rule findings', () => {
    const all = lintAll(yaml`
      tenant:
        id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
        license: p1
      partners:
        - tenantId: not-a-guid
          inboundTrust: { isMfaAccepted: true }
    `);
    expect(all.filter((f) => f.ruleId === 'schema').map((f) => `${f.range.line}:${f.range.column} ${f.message.slice(0, 60)}`)).toEqual([
      '5:15 `tenantId` must be a GUID (8-4-4-4-12 hexadecimal digits); f',
    ]);
    expect(all.filter((f) => f.ruleId === 'mfa-trust-registration-policy').map((f) => `${f.range.line}:${f.range.column}`)).toEqual(['6:36']);
  });
});
