import { ruleTester, yaml } from '../helpers/rule-tester.js';

ruleTester('tenant-restrictions-default', {
  valid: [
    {
      name: 'fresh tenant: the service default blocks all users and applications',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
      `,
    },
    {
      name: 'default blocks, a partner is allowed',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          tenantRestrictions:
            usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            tenantRestrictions:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
      `,
    },
  ],
  invalid: [
    {
      name: 'default allows all: at the setting key',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          tenantRestrictions:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
      `,
      errors: [
        {
          line: 5,
          column: 3,
          severity: 'warning',
          message:
            "The default's tenant restrictions let some users use external accounts for some apps: they do not block all users and all applications. Tenant restrictions keep people",
        },
      ],
    },
    {
      name: 'all users blocked from Office 365 only: every other app is open',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          tenantRestrictions:
            usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: Office365, targetType: application }] }
      `,
      errors: [{ line: 5, column: 3, severity: 'warning' }],
    },
  ],
});
