import { ruleTester, yaml } from '../helpers/rule-tester.js';

ruleTester('direct-connect-in-default', {
  valid: [
    {
      name: 'direct connect that blocks Office365, or allows only apps that are not Teams, lets nobody into a shared channel (issue 12 item 15)',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bDirectConnectInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: Office365, targetType: application }] }
          b2bDirectConnectOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }] }
      `,
    },
    {
      name: 'fresh tenant: the service default blocks direct connect',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
      `,
    },
    {
      name: 'direct connect allowed for one partner only',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            b2bDirectConnectInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
      `,
    },
    {
      name: 'default states only the apps half: the service default still blocks all users',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bDirectConnectInbound:
            applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
      `,
    },
  ],
  invalid: [
    {
      name: 'direct connect that blocks only an app that is not Teams still lets users into shared channels',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bDirectConnectInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }] }
      `,
      errors: [{ line: 5, column: 3, severity: 'warning', message: "The default's inbound B2B direct connect lets users of every external organization in." }],
    },
    {
      name: 'inbound and outbound allowed in the default: two findings',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bDirectConnectInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
          b2bDirectConnectOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: 6b1f0c2e-4d3a-4b5c-9e8f-7a6b5c4d3e2f, targetType: group }] }
            applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
      `,
      errors: [
        { line: 5, column: 3, severity: 'warning', message: "The default's inbound B2B direct connect lets users of every external organization in. The default applies to every Microsoft Entra organization not listed" },
        { line: 8, column: 3, severity: 'warning', message: "The default's outbound B2B direct connect lets your users into every external organization." },
      ],
    },
    {
      name: 'a block list of one group lets everyone else through',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bDirectConnectOutbound:
            usersAndGroups: { accessType: blocked, targets: [{ target: 6b1f0c2e-4d3a-4b5c-9e8f-7a6b5c4d3e2f, targetType: group }] }
            applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
      `,
      errors: [{ line: 5, column: 3, severity: 'warning', message: "The default's outbound B2B direct connect" }],
    },
  ],
});
