import { ruleTester, yaml } from '../helpers/rule-tester.js';

const fresh = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    license: p1
`;

ruleTester('default-inbound-open', {
  valid: [
    {
      name: 'default inbound blocked',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bCollaborationInbound:
            usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
      `,
    },
    {
      name: 'default inbound limited to some apps',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bCollaborationInbound:
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
      `,
    },
    { name: 'off in the recommended preset', files: fresh, preset: 'recommended' },
  ],
  invalid: [
    {
      name: 'fresh tenant: the service default, at the tenant: key',
      files: fresh,
      errors: [
        {
          line: 1,
          column: 1,
          severity: 'warning',
          message:
            "The default's inbound B2B collaboration (Microsoft's service default, not declared) lets all users of every external organization into all applications. Any Microsoft Entra organization not listed",
        },
      ],
    },
    {
      name: 'default declares other settings: at the default: key',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          inboundTrust: { isMfaAccepted: true }
      `,
      errors: [{ line: 4, column: 1, severity: 'warning', message: "(Microsoft's service default, not declared)" }],
    },
    {
      name: 'declared open: at the setting key',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bCollaborationInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
      `,
      errors: [{ line: 5, column: 3, severity: 'warning', message: "The default's inbound B2B collaboration lets all users" }],
    },
    { name: 'on in strict', files: fresh, preset: 'strict', errors: [{ line: 1, column: 1, severity: 'warning' }] },
  ],
});
