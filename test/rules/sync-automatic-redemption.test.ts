import { ruleTester, yaml } from '../helpers/rule-tester.js';

ruleTester('sync-automatic-redemption', {
  valid: [
    {
      name: 'sync with automatic redemption inbound',
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
      `,
    },
    {
      name: 'sync not allowed',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            identitySynchronization:
              userSyncInbound: { isSyncAllowed: false }
      `,
    },
    {
      name: 'no identity synchronization',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
      `,
    },
  ],
  invalid: [
    {
      name: 'sync without automatic redemption: at the isSyncAllowed value',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
            identitySynchronization:
              userSyncInbound: { isSyncAllowed: true }
      `,
      errors: [
        {
          line: 8,
          column: 41,
          severity: 'error',
          message:
            "Partner Fabrikam's identity synchronization lets users sync in from Fabrikam, but its effective `automaticUserConsentSettings.inboundAllowed` is not true. Microsoft lists automatic redemption as required for cross-tenant synchronization",
        },
      ],
    },
    {
      name: 'outbound redemption only does not count',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
            automaticUserConsentSettings: { inboundAllowed: false, outboundAllowed: true }
            identitySynchronization:
              displayName: Fabrikam
              userSyncInbound:
                isSyncAllowed: true
      `,
      errors: [{ line: 11, column: 24, severity: 'error', message: 'Fabrikam must also set `outboundAllowed: true` for this tenant.' }],
    },
  ],
});
