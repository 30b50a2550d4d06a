import { ruleTester, yaml } from '../helpers/rule-tester.js';

const head = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    license: p1
`;

ruleTester('redemption-order', {
  valid: [
    { name: 'absent: the service default', files: head },
    { name: 'null: the service default', files: head + 'default:\n  invitationRedemptionIdentityProviderConfiguration: null\n' },
    {
      name: "Microsoft's example: Microsoft accounts disallowed",
      files: head + yaml`
        default:
          invitationRedemptionIdentityProviderConfiguration:
            primaryIdentityProviderPrecedenceOrder:
              - externalFederation
              - azureActiveDirectory
              - socialIdentityProviders
            fallbackIdentityProvider: emailOneTimePasscode
      `,
    },
    {
      name: 'every primary provider disabled',
      files: head + yaml`
        default:
          invitationRedemptionIdentityProviderConfiguration:
            primaryIdentityProviderPrecedenceOrder: []
            fallbackIdentityProvider: microsoftAccount
      `,
    },
    {
      name: 'the sentinel is left to unknown-future-value',
      files: head + yaml`
        default:
          invitationRedemptionIdentityProviderConfiguration:
            primaryIdentityProviderPrecedenceOrder: [unknownFutureValue]
            fallbackIdentityProvider: unknownFutureValue
      `,
    },
    {
      // As before the model kept offsets instead of nodes: the fallback is read as written, an alias is a value.
      name: 'the fallback written as an alias (of a null) counts as written',
      files: head + yaml`
        default:
          inboundTrust:
            isMfaAccepted: &none null
          invitationRedemptionIdentityProviderConfiguration:
            primaryIdentityProviderPrecedenceOrder: [azureActiveDirectory]
            fallbackIdentityProvider: *none
      `,
    },
  ],
  invalid: [
    {
      name: 'a fallback provider in the primary list, a repeated primary',
      files: head + yaml`
        default:
          invitationRedemptionIdentityProviderConfiguration:
            primaryIdentityProviderPrecedenceOrder:
              - azureActiveDirectory
              - emailOneTimePasscode
              - externalFederation
              - azureActiveDirectory
              - emailOneTimePasscode
            fallbackIdentityProvider: defaultConfiguredIdp
      `,
      errors: [
        {
          line: 8,
          column: 9,
          severity: 'error',
          message:
            "The default's invitation redemption lists `emailOneTimePasscode` as a primary identity provider; `emailOneTimePasscode` can only be the fallback. Microsoft Graph documents `primaryIdentityProviderPrecedenceOrder` as a precedence order of `azureActiveDirectory`, `externalFederation` and `socialIdentityProviders`",
        },
        {
          line: 10,
          column: 9,
          severity: 'error',
          message: "The default's invitation redemption lists the primary identity provider `azureActiveDirectory` more than once.",
        },
        { line: 11, column: 9, severity: 'error', message: '`emailOneTimePasscode` can only be the fallback.' },
      ],
    },
    {
      name: 'the fallback missing: at the key',
      files: head + yaml`
        default:
          invitationRedemptionIdentityProviderConfiguration:
            primaryIdentityProviderPrecedenceOrder: [azureActiveDirectory, microsoftAccount]
      `,
      errors: [
        {
          line: 5,
          column: 3,
          severity: 'error',
          message:
            "The default's `invitationRedemptionIdentityProviderConfiguration` has no `fallbackIdentityProvider`. Microsoft Graph: fallback identity providers \"are used when no primary identity provider is available and must always be specified\"",
        },
        { line: 6, column: 68, severity: 'error', message: '`microsoftAccount` can only be the fallback.' },
      ],
    },
    {
      name: 'an empty configuration',
      files: head + yaml`
        default:
          invitationRedemptionIdentityProviderConfiguration: {}
      `,
      errors: [{ line: 5, column: 3, severity: 'error', message: 'has no `fallbackIdentityProvider`' }],
    },
    {
      name: 'the fallback null',
      files: head + yaml`
        default:
          invitationRedemptionIdentityProviderConfiguration:
            fallbackIdentityProvider: null
      `,
      errors: [{ line: 5, column: 3, severity: 'error', message: 'has no `fallbackIdentityProvider`' }],
    },
    {
      name: 'a primary provider as the fallback: at the value',
      files: head + yaml`
        default:
          invitationRedemptionIdentityProviderConfiguration:
            primaryIdentityProviderPrecedenceOrder: [externalFederation]
            fallbackIdentityProvider: azureActiveDirectory
      `,
      errors: [
        {
          line: 7,
          column: 31,
          severity: 'error',
          message:
            "The default's invitation redemption sets `azureActiveDirectory` as the fallback identity provider; `azureActiveDirectory` can only be a primary provider.",
        },
      ],
    },
  ],
});
