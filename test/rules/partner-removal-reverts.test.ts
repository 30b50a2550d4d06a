import { ruleTester, yaml } from '../helpers/rule-tester.js';

const base = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    name: Contoso
    license: p1
  partners:
    - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
      name: Fabrikam
      b2bCollaborationInbound:
        usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
        applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
    - tenantId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
      name: Northwind
`;

ruleTester('partner-removal-reverts', {
  valid: [
    {
      name: 'nothing removed',
      files: base,
      base,
    },
    {
      name: 'the removed partner had the default settings: nothing changes',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          name: Contoso
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
            b2bCollaborationInbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
      `,
      base,
    },
    {
      name: 'the default blocks at least as much as the removed partner did',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bCollaborationInbound:
            usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
        partners:
          - tenantId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
            name: Northwind
      `,
      base,
    },
    {
      name: 'without a base revision the rule does not run',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
      `,
    },
  ],
  invalid: [
    {
      name: 'a blocked partner removed: it reverts to the open default; at the partners: key, naming the base place',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          name: Contoso
          license: p1
        partners:
          - tenantId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
            name: Northwind
      `,
      base,
      errors: [
        {
          file: 'tenant.xtap.yaml',
          line: 5,
          column: 1,
          severity: 'warning',
          message:
            'Partner Fabrikam (3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234) was removed from Contoso (at the base revision in tenant.xtap.yaml:6), and the default now applies to it, which allows more: `b2bCollaborationInbound`. Removing a partner entry does not block the organization',
        },
      ],
    },
    {
      name: 'no partners left: at the default: key',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          name: Contoso
          license: p1
        default:
          inboundTrust: { isMfaAccepted: true }
      `,
      base,
      errors: [
        { line: 5, column: 1, severity: 'warning', message: 'Partner Fabrikam (3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234) was removed from Contoso (at the base revision in tenant.xtap.yaml:6), and the default now applies to it, which allows more: `b2bCollaborationInbound`, `inboundTrust.isMfaAccepted`.' },
        { line: 5, column: 1, severity: 'warning', message: 'Partner Northwind (5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d) was removed from Contoso (at the base revision in tenant.xtap.yaml:11), and the default now applies to it, which allows more: `inboundTrust.isMfaAccepted`.' },
      ],
    },
    {
      name: 'a partner file deleted: at the tenant: key when the tenant file has neither partners nor default',
      base: {
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
              b2bCollaborationOutbound:
                usersAndGroups: { accessType: allowed, targets: [{ target: 6b1f0c2e-4d3a-4b5c-9e8f-7a6b5c4d3e2f, targetType: group }] }
        `,
      },
      files: {
        'tenant.xtap.yaml': yaml`
          tenant:
            id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
            license: p1
        `,
      },
      errors: [{ file: 'tenant.xtap.yaml', line: 1, column: 1, severity: 'warning', message: '(at the base revision in partners/fabrikam.xtap.yaml:2), and the default now applies to it, which allows more: `b2bCollaborationOutbound`.' }],
    },
  ],
});
