import { ruleTester, yaml } from '../helpers/rule-tester.js';

ruleTester('direct-connect-cross-cloud', {
  valid: [
    {
      name: 'partner in another cloud with direct connect blocked (collaboration only)',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        crossTenantAccessPolicy:
          allowedCloudEndpoints: [microsoftonline.us]
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam Gov
            cloud: usGovernment
      `,
    },
    {
      name: 'direct connect with a partner in the same cloud',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
            b2bDirectConnectInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
      `,
    },
    {
      name: 'the default allows direct connect, but the cross-cloud partner blocks it',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        crossTenantAccessPolicy:
          allowedCloudEndpoints: [microsoftonline.us]
        default:
          b2bDirectConnectOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            cloud: usGovernment
            b2bDirectConnectOutbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
      `,
    },
  ],
  invalid: [
    {
      name: "partner's own inbound direct connect across clouds",
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        crossTenantAccessPolicy:
          allowedCloudEndpoints: [microsoftonline.us]
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam Gov
            cloud: usGovernment
            b2bDirectConnectInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
      `,
      errors: [
        {
          line: 10,
          column: 5,
          severity: 'error',
          message:
            "Partner Fabrikam Gov's inbound B2B direct connect lets users of Fabrikam Gov in, but Fabrikam Gov is in Microsoft Azure Government and this tenant in Microsoft Azure commercial. Microsoft does not support B2B direct connect",
        },
      ],
    },
    {
      name: "direct connect inherited from the default: at the partner's own `cloud` value (SPEC §2)",
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        crossTenantAccessPolicy:
          allowedCloudEndpoints: [partner.microsoftonline.cn]
        default:
          b2bDirectConnectOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam China
            cloud: china
      `,
      errors: [{ line: 13, column: 12, severity: 'error', message: "Partner Fabrikam China's outbound B2B direct connect lets your users into Fabrikam China, but Fabrikam China is in Microsoft Azure operated by 21Vianet and this tenant in Microsoft Azure commercial (inherited from the default at tenant.xtap.yaml:7)." }],
    },
    {
      name: "the partner's cloud comes from its own tenant file when the repository declares it",
      files: {
        'contoso.xtap.yaml': yaml`
          tenant:
            id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
            license: p1
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              name: Fabrikam Gov
              b2bDirectConnectInbound:
                usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
                applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
        `,
        'fabrikam.xtap.yaml': yaml`
          tenant:
            id: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam Gov
            cloud: usGovernment
            license: p1
        `,
      },
      errors: [{ file: 'contoso.xtap.yaml', line: 7, column: 5, severity: 'error', message: 'is in Microsoft Azure Government' }],
    },
  ],
});
