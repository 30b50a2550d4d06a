import { ruleTester, yaml } from '../helpers/rule-tester.js';

ruleTester('sync-inbound-blocked', {
  valid: [
    {
      name: 'sync with inbound collaboration allowed (service default)',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            automaticUserConsentSettings: { inboundAllowed: true }
            identitySynchronization:
              userSyncInbound: { isSyncAllowed: true }
      `,
    },
    {
      name: 'default blocks inbound, the syncing partner allows its users',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bCollaborationInbound:
            usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            automaticUserConsentSettings: { inboundAllowed: true }
            identitySynchronization:
              userSyncInbound: { isSyncAllowed: true }
            b2bCollaborationInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
      `,
    },
    {
      name: 'default blocks inbound, but nothing syncs',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bCollaborationInbound:
            usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
      `,
    },
  ],
  invalid: [
    {
      name: 'partner blocks all users inbound while syncing: at its users list',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
            automaticUserConsentSettings: { inboundAllowed: true }
            identitySynchronization:
              userSyncInbound: { isSyncAllowed: true }
            b2bCollaborationInbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
      `,
      errors: [
        {
          line: 11,
          column: 7,
          severity: 'warning',
          message:
            "Partner Fabrikam's identity synchronization lets users sync in from Fabrikam, but its effective inbound B2B collaboration lets none of Fabrikam's users in. Synchronized users are B2B collaboration users",
        },
      ],
    },
    {
      name: 'blocked by the default: at the partner isSyncAllowed value, naming the inheritance',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bCollaborationInbound:
            usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
            automaticUserConsentSettings: { inboundAllowed: true }
            identitySynchronization:
              userSyncInbound: { isSyncAllowed: true }
      `,
      errors: [{ line: 13, column: 41, severity: 'warning', message: 'effective inbound B2B collaboration (inherited from the default) lets none' }],
    },
    {
      name: 'an empty app allow list lets nobody in: at the applications list',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
            automaticUserConsentSettings: { inboundAllowed: true }
            identitySynchronization:
              userSyncInbound: { isSyncAllowed: true }
            b2bCollaborationInbound:
              applications: { accessType: allowed, targets: [] }
      `,
      errors: [{ line: 11, column: 7, severity: 'warning', message: "Partner Fabrikam's identity synchronization" }],
    },
  ],
});
