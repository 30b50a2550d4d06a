import { ruleTester, yaml } from '../helpers/rule-tester.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const P1 = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const P2 = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901235';

const MESSAGE =
  "Partner Fabrikam's effective settings are the same as the default's. An organization without a partner entry gets the default, so this entry changes nothing; it only makes the organization look specially configured and must be kept in step with the default. Remove the entry, or declare the settings that should differ from the default.";

ruleTester('partner-redundant', {
  valid: [
    {
      name: 'a partner in another cloud known from its own tenant file, its entry without `cloud:` (QA regression)',
      files: {
        'contoso.xtap.yaml': yaml`
          tenant: { id: ${TENANT}, license: p1 }
          crossTenantAccessPolicy: { allowedCloudEndpoints: [microsoftonline.us] }
          partners:
            - tenantId: ${P1}
              name: Fabrikam
        `,
        'fabrikam.xtap.yaml': yaml`
          tenant: { id: ${P1.toUpperCase()}, license: p1, cloud: usGovernment }
          crossTenantAccessPolicy: { allowedCloudEndpoints: [microsoftonline.com] }
          partners:
            - tenantId: ${TENANT}
              name: Contoso
              inboundTrust: { isMfaAccepted: false }
        `,
      },
    },
    {
      name: 'a partner with its own setting',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${P1}
            inboundTrust: { isMfaAccepted: true }
      `,
    },
    {
      name: 'a partner whose list differs from the default in one app',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        default:
          b2bCollaborationInbound:
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
        partners:
          - tenantId: ${P1}
            b2bCollaborationInbound:
              applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
      `,
    },
    {
      name: 'a partner in another cloud',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        crossTenantAccessPolicy: { allowedCloudEndpoints: [microsoftonline.us] }
        partners:
          - tenantId: ${P1}
            cloud: usGovernment
      `,
    },
    {
      name: 'a partner with identity synchronization that allows user or group sync',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${P1}
            identitySynchronization:
              groupSyncInbound: { isSyncAllowed: true }
          - tenantId: ${P2}
            identitySynchronization:
              userSyncInbound: { isSyncAllowed: true }
      `,
    },
    {
      name: 'a service provider and a multitenant organization member',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${P1}
            isServiceProvider: true
          - tenantId: ${P2}
            isInMultiTenantOrganization: true
      `,
    },
    {
      name: 'a partner whose Microsoft 365 setting differs',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${P1}
            m365CollaborationOutbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
      `,
    },
  ],
  invalid: [
    {
      name: 'an identitySynchronization block that allows nothing explains nothing (issue 12 item 17)',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${P1}
            name: Fabrikam
            identitySynchronization:
              displayName: Fabrikam
              userSyncInbound: { isSyncAllowed: false }
          - tenantId: ${P2}
            identitySynchronization: {}
      `,
      errors: [
        { line: 3, column: 5, severity: 'info', message: "Partner Fabrikam's effective settings are the same as the default's." },
        { line: 8, column: 5, severity: 'info', message: `Partner ${P2}'s effective settings are the same as the default's.` },
      ],
    },
    {
      name: 'a misspelled setting is a schema error only, not also "remove the entry" (issue 12 item 6)',
      allowSchemaErrors: true,
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${P1}
            name: Fabrikam
            b2bColaborationInbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
          - tenantId: ${P2}
            name: Northwind
            b2bCollaborationInbound:
              usersAndGroups: { accessType: Blocked, targets: [{ target: AllUsers, targetType: user }] }
          - tenantId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
            name: Woodgrove
      `,
      errors: [{ line: 12, column: 5, severity: 'info', message: "Partner Woodgrove's effective settings are the same as the default's." }],
    },
    {
      name: 'a name that starts with "Partner" is not prefixed again (issue 12 item 20)',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${P1}
            name: Partner Sync Configuration
      `,
      errors: [{ line: 3, column: 5, severity: 'info', message: /^Partner Sync Configuration's effective settings are the same as the default's\./ }],
    },
    {
      name: 'a partner entry with only a name: at the tenantId key',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        default:
          inboundTrust: { isMfaAccepted: true }
        partners:
          - tenantId: ${P1}
            name: Fabrikam
      `,
      errors: [{ line: 5, column: 5, severity: 'info', message: MESSAGE }],
    },
    {
      name: "a partner restating the default's lists in another order and letter case, with labels and false flags",
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        default:
          b2bCollaborationInbound:
            applications:
              accessType: allowed
              targets:
                - { target: 2793995e-0a7d-40d7-bd35-6968ba142197, targetType: application }
                - { target: Office365, targetType: application }
        partners:
          - name: Fabrikam
            tenantId: ${P1}
            b2bCollaborationInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications:
                accessType: allowed
                targets:
                  - { target: Office365, targetType: application }
                  - { target: 2793995E-0A7D-40D7-BD35-6968BA142197, targetType: application, label: My Apps }
            automaticUserConsentSettings: { inboundAllowed: false, outboundAllowed: false }
            inboundTrust: null
            isServiceProvider: false
      `,
      errors: [{ line: 11, column: 5, severity: 'info', message: MESSAGE }],
    },
    {
      name: "a partner restating Microsoft's service default, and one in its own tenant's cloud",
      files: yaml`
        tenant: { id: ${TENANT}, license: p1, cloud: usGovernment }
        partners:
          - tenantId: ${P1}
            name: Fabrikam
            cloud: usGovernment
            b2bDirectConnectInbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers }] }
              applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
            tenantRestrictions:
              applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
      `,
      errors: [{ line: 3, column: 5, severity: 'info', message: MESSAGE }],
    },
    {
      name: 'a partner in a partner file, with a Microsoft 365 setting equal to the default as JSON',
      files: {
        'tenant.xtap.yaml': yaml`
          tenant: { id: ${TENANT}, license: p1 }
          include: [partners/*.xtap.yaml]
          default:
            m365CollaborationInbound:
              users: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
        `,
        'partners/fabrikam.xtap.yaml': yaml`
          partners:
            - tenantId: ${P1}
              name: Fabrikam
              m365CollaborationInbound:
                users:
                  targets: [{ targetType: user, target: AllUsers }]
                  accessType: allowed
            - tenantId: ${P2}
              name: Woodgrove
              identitySynchronization: null
        `,
      },
      errors: [
        { file: 'partners/fabrikam.xtap.yaml', line: 2, column: 5, severity: 'info', message: MESSAGE },
        { file: 'partners/fabrikam.xtap.yaml', line: 8, column: 5, severity: 'info', message: "Partner Woodgrove's effective settings are the same as the default's." },
      ],
    },
  ],
});
