import { ruleTester, yaml } from '../helpers/rule-tester.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const P1 = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const MSA = '9188040d-6c67-4c5b-b112-36a304b66dad';
const GROUP = '5b2e7f1a-9c3d-4e8f-a1b2-c3d4e5f60718';

ruleTester('unsupported-target', {
  valid: [
    {
      name: 'GUIDs in any case and the four keywords',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        default:
          b2bCollaborationInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications:
              accessType: allowed
              targets:
                - { target: Office365, targetType: application }
                - { target: 2793995E-0A7D-40D7-BD35-6968BA142197, targetType: application }
          b2bCollaborationOutbound:
            applications:
              accessType: allowed
              targets:
                - { target: AllMicrosoftApps, targetType: application }
                - { target: AllApplications, targetType: application }
      `,
    },
    {
      name: 'the portal apps added one by one',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${P1}
            b2bCollaborationInbound:
              applications:
                accessType: allowed
                targets:
                  - { target: c44b4083-3bb0-49c1-b47d-974e53cbdf3c, targetType: application, label: Azure Portal }
                  - { target: 80ccca67-54bd-44ab-8625-4b79c4dc7775, targetType: application, label: Security and Compliance }
      `,
    },
    {
      name: 'Microsoft Accounts in tenant restrictions with AllUsers and specific apps',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${MSA}
            name: Microsoft Accounts
            tenantRestrictions:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications:
                accessType: allowed
                targets:
                  - { target: 18fbca16-2224-45f6-85b0-f7bf2b39b3f3, targetType: application, label: Microsoft Learn }
      `,
    },
    {
      name: 'specific users of another partner in tenant restrictions',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${P1}
            tenantRestrictions:
              usersAndGroups: { accessType: allowed, targets: [{ target: ${GROUP}, targetType: group }] }
              applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
      `,
    },
  ],
  invalid: [
    {
      name: 'MicrosoftAdminPortals in the default: at the target value',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        default:
          b2bCollaborationInbound:
            applications:
              accessType: allowed
              targets:
                - target: MicrosoftAdminPortals
                  targetType: application
      `,
      errors: [
        {
          line: 7,
          column: 19,
          severity: 'error',
          message:
            "The default's inbound B2B collaboration `applications` list targets `MicrosoftAdminPortals`. `MicrosoftAdminPortals` is a Conditional Access keyword; Microsoft documents that the Microsoft Admin Portals app cannot be added to cross-tenant access settings. Add the portal apps one by one: Azure Portal (c44b4083-3bb0-49c1-b47d-974e53cbdf3c) and Microsoft 365 Security and Compliance Center (80ccca67-54bd-44ab-8625-4b79c4dc7775).",
        },
      ],
    },
    {
      name: 'a misspelled keyword, with did-you-mean',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${P1}
            name: Fabrikam
            b2bCollaborationOutbound:
              applications:
                accessType: allowed
                targets: [{ target: Office 365, targetType: application }]
      `,
      errors: [
        {
          line: 8,
          column: 29,
          severity: 'error',
          message:
            "Partner Fabrikam's outbound B2B collaboration `applications` list targets `Office 365`, which is neither a GUID nor a target keyword (did you mean `Office365`?). Microsoft Graph accepts as a target only the object ID of a user or group, the app ID of an application, or one of the keywords AllUsers, AllApplications, AllMicrosoftApps and Office365 (case-sensitive). Write `Office365`.",
        },
      ],
    },
    {
      name: 'keywords are case-sensitive',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        default:
          b2bCollaborationOutbound:
            usersAndGroups:
              accessType: allowed
              targets:
                - { target: allUsers, targetType: user }
      `,
      errors: [{ line: 7, column: 21, severity: 'error', message: 'targets `allUsers`, which is neither a GUID nor a target keyword (did you mean `AllUsers`?)' }],
    },
    {
      name: 'a placeholder and a truncated GUID, without a suggestion',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        default:
          b2bCollaborationOutbound:
            usersAndGroups:
              accessType: blocked
              targets:
                - { target: g1, targetType: group }
                - { target: 5b2e7f1a-9c3d-4e8f-a1b2, targetType: group }
      `,
      errors: [
        {
          line: 7,
          column: 21,
          severity: 'error',
          message: /targets `g1`, which is neither a GUID nor a target keyword\. .* Write the object ID or app ID \(a GUID\), or one of the four keywords; put a name in `label:`\.$/,
        },
        { line: 8, column: 21, severity: 'error', message: 'targets `5b2e7f1a-9c3d-4e8f-a1b2`, which is neither a GUID nor a target keyword.' },
      ],
    },
    {
      name: 'specific users and groups for Microsoft Accounts in tenant restrictions',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${MSA}
            name: Microsoft Accounts
            tenantRestrictions:
              usersAndGroups:
                accessType: allowed
                targets:
                  - { target: ${GROUP}, targetType: group }
                  - { target: AllUsers, targetType: user }
              applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
      `,
      errors: [
        {
          line: 9,
          column: 23,
          severity: 'error',
          message:
            "Partner Microsoft Accounts' tenant restrictions `usersAndGroups` list targets `5b2e7f1a-9c3d-4e8f-a1b2-c3d4e5f60718`, a specific user or group of Microsoft Accounts. Microsoft documents that user granularity is not supported with Microsoft Accounts in tenant restrictions: only all users can be targeted.",
        },
      ],
    },
    {
      name: 'the Microsoft Accounts tenant ID in capitals',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${MSA.toUpperCase()}
            tenantRestrictions:
              usersAndGroups: { accessType: blocked, targets: [{ target: ${GROUP}, targetType: user }] }
      `,
      errors: [{ line: 5, column: 66, severity: 'error', message: 'a specific user or group of Microsoft Accounts' }],
    },
    {
      name: 'a Microsoft 365 collaboration list and a partner file are checked too',
      files: {
        'tenant.xtap.yaml': yaml`
          tenant: { id: ${TENANT}, license: p1 }
          include: [partners/*.xtap.yaml]
          default:
            m365CollaborationInbound:
              users: { accessType: allowed, targets: [{ target: Everyone, targetType: user }] }
        `,
        'partners/fabrikam.xtap.yaml': yaml`
          partners:
            - tenantId: ${P1}
              name: Fabrikam
              b2bDirectConnectInbound:
                applications:
                  accessType: allowed
                  targets: [{ target: MicrosoftAdminPortals, targetType: application }]
        `,
      },
      errors: [
        { file: 'partners/fabrikam.xtap.yaml', line: 7, column: 29, severity: 'error', message: "Partner Fabrikam's inbound B2B direct connect `applications` list targets `MicrosoftAdminPortals`." },
        { file: 'tenant.xtap.yaml', line: 5, column: 55, severity: 'error', message: "The default's `m365CollaborationInbound` `users` list targets `Everyone`" },
      ],
    },
  ],
});
