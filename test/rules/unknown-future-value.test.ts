import { ruleTester, yaml } from '../helpers/rule-tester.js';

const head = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    name: unknownFutureValue
    license: p1
`;

ruleTester('unknown-future-value', {
  valid: [
    { name: "xtap-lint's own free-text keys may hold the word", files: head + yaml`
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: unknownFutureValue
            b2bCollaborationInbound:
              usersAndGroups:
                accessType: allowed
                targets:
                  - { target: AllUsers, targetType: user, label: unknownFutureValue }
            identitySynchronization:
              displayName: unknownFutureValue
              userSyncInbound: { isSyncAllowed: false }
      ` },
    {
      name: 'documented members only',
      files: head + yaml`
        default:
          tenantRestrictions:
            usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
          invitationRedemptionIdentityProviderConfiguration:
            primaryIdentityProviderPrecedenceOrder: [azureActiveDirectory]
            fallbackIdentityProvider: defaultConfiguredIdp
      `,
    },
  ],
  invalid: [
    {
      name: 'an access type, a target type, a device filter mode and identity providers',
      files: head + yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups:
              accessType: unknownFutureValue
              targets:
                - target: 6a4f1c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b
                  targetType: unknownFutureValue
          tenantRestrictions:
            devices:
              mode: unknownFutureValue
              rule: device.deviceAttribute2 -eq 'PrivilegedAccessWorkstation'
          invitationRedemptionIdentityProviderConfiguration:
            primaryIdentityProviderPrecedenceOrder: [azureActiveDirectory, unknownFutureValue]
            fallbackIdentityProvider: unknownFutureValue
      `,
      errors: [
        {
          line: 8,
          column: 19,
          severity: 'error',
          message:
            '`unknownFutureValue` is used as the value of `default.b2bCollaborationOutbound.usersAndGroups.accessType`. `unknownFutureValue` is the sentinel that ends every Microsoft Graph evolvable enumeration: a placeholder for members added later, not a setting. Graph documents no meaning for it as an input, so the setting does not say what it does. Use one of the documented values: `allowed`, `blocked`.',
        },
        { line: 11, column: 23, severity: 'error', message: /`default\.b2bCollaborationOutbound\.usersAndGroups\.targets\[0\]\.targetType`\. .* Use one of the documented values: `user`, `group`, `application`\.$/ },
        { line: 14, column: 13, severity: 'error', message: '`default.tenantRestrictions.devices.mode`' },
        {
          line: 17,
          column: 68,
          severity: 'error',
          message: '`default.invitationRedemptionIdentityProviderConfiguration.primaryIdentityProviderPrecedenceOrder[1]`. ',
        },
        { line: 18, column: 31, severity: 'error', message: 'Use one of the documented values: `defaultConfiguredIdp`, `emailOneTimePasscode`, `microsoftAccount`.' },
      ],
    },
    {
      name: 'in a partner file, anchored once and aliased',
      files: {
        'tenant.xtap.yaml': head + yaml`
          include:
            - partners/*.xtap.yaml
        `,
        'partners/fabrikam.xtap.yaml': yaml`
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              b2bDirectConnectInbound:
                usersAndGroups: &users
                  accessType: unknownFutureValue
                  targets: [{ target: AllUsers, targetType: user }]
              b2bDirectConnectOutbound:
                usersAndGroups: *users
        `,
      },
      errors: [{ file: 'partners/fabrikam.xtap.yaml', line: 5, column: 21, severity: 'error', message: '`partners[0].b2bDirectConnectInbound.usersAndGroups.accessType`' }],
    },
  ],
});
