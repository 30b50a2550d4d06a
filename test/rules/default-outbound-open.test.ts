import { ruleTester, yaml } from '../helpers/rule-tester.js';

ruleTester('default-outbound-open', {
  valid: [
    {
      name: 'both outbound settings blocked in the default',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bCollaborationOutbound:
            usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
      `,
    },
    {
      name: 'off in the recommended preset',
      preset: 'recommended',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
      `,
    },
  ],
  invalid: [
    {
      name: 'fresh tenant: outbound collaboration open by the service default, at the tenant: key',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
      `,
      errors: [
        {
          line: 1,
          column: 1,
          severity: 'warning',
          message:
            "The default's outbound B2B collaboration (Microsoft's service default, not declared) is not blocked: your users can accept invitations from any external organization. Unrestricted outbound access",
        },
      ],
    },
    {
      name: 'collaboration blocked but direct connect allowed: at the direct connect key',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bCollaborationOutbound:
            usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
          b2bDirectConnectOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: 6b1f0c2e-4d3a-4b5c-9e8f-7a6b5c4d3e2f, targetType: group }] }
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
      `,
      errors: [{ line: 8, column: 3, severity: 'warning', message: "The default's outbound B2B direct connect is not blocked: your users can join the shared channels of any external organization." }],
    },
    {
      name: 'only some users blocked: still open, at the setting key',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bCollaborationOutbound:
            usersAndGroups: { accessType: blocked, targets: [{ target: 6b1f0c2e-4d3a-4b5c-9e8f-7a6b5c4d3e2f, targetType: group }] }
      `,
      errors: [{ line: 5, column: 3, severity: 'warning', message: "The default's outbound B2B collaboration is not blocked" }],
    },
  ],
});
