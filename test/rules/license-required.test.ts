import { ruleTester, yaml } from '../helpers/rule-tester.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const FABRIKAM = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const TAILSPIN = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const NORTHWIND = '6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e';
const GROUP = '7e0b9c52-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
const APP = '00000003-0000-0ff1-ce00-000000000000';

const head = (license: string): string => yaml`
  tenant:
    id: ${TENANT}
    name: Contoso
    license: ${license}
`;

/** Flow-style B2B settings, one line each, so fixture line numbers stay countable. */
const ALLOW_ALL =
  '{ usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }, applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] } }';
const BLOCK_ALL =
  '{ usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }, applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] } }';

const P1 = 'Microsoft Entra ID P1 license. The license is required on the tenant that you configure.';
const BOTH = 'P1 license in both tenants';

ruleTester('license-required', {
  valid: [
    {
      name: 'direct connect that lets nobody reach Teams is not direct connect in use (issue 12 item 15)',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            license: free
            b2bDirectConnectInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: blocked, targets: [{ target: Office365, targetType: application }] }
      `,
    },
    {
      name: 'a free tenant whose partner writes `tenantRestrictions: {}` or both halves null: nothing of its own, it inherits (QA regression)',
      files:
        head('free') +
        yaml`
          partners:
            - tenantId: ${FABRIKAM}
              tenantRestrictions: {}
            - tenantId: ${TAILSPIN}
              tenantRestrictions: { usersAndGroups: null, applications: null }
        `,
    },
    {
      name: 'a fresh free tenant',
      files: head('free'),
    },
    {
      name: 'a P1 tenant may target specific users, groups and apps, trust MFA, use tenant restrictions and direct connect',
      files:
        head('p1') +
        yaml`
        default:
          inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: true }
          b2bCollaborationOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: ${GROUP}, targetType: group }] }
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
          tenantRestrictions: ${ALLOW_ALL}
          b2bDirectConnectOutbound: ${ALLOW_ALL}
`,
    },
    {
      name: 'a free tenant that uses only AllUsers and AllApplications, trusts nothing and keeps the service defaults',
      files:
        head('free') +
        yaml`
        default:
          inboundTrust: { isMfaAccepted: false, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false }
          b2bCollaborationInbound: ${ALLOW_ALL}
          b2bCollaborationOutbound: ${BLOCK_ALL}
          b2bDirectConnectInbound: ${BLOCK_ALL}
          tenantRestrictions: ${BLOCK_ALL}
        partners:
          - tenantId: ${FABRIKAM}
            b2bCollaborationInbound: ${BLOCK_ALL}
            tenantRestrictions: null
        `,
    },
    {
      name: 'direct connect that states one half only grants nothing (the other half is the service default: blocked)',
      files:
        head('free') +
        yaml`
        default:
          b2bDirectConnectInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
        `,
    },
    {
      name: "a partner's licence unknown: silence about direct connect and sync",
      files:
        head('p1') +
        yaml`
        partners:
          - tenantId: ${FABRIKAM}
            b2bDirectConnectInbound: ${ALLOW_ALL}
            identitySynchronization:
              userSyncInbound: { isSyncAllowed: true }
        `,
    },
    {
      name: 'a P1 partner with direct connect and user sync',
      files:
        head('p1') +
        yaml`
        partners:
          - tenantId: ${FABRIKAM}
            license: p2
            b2bDirectConnectOutbound: ${ALLOW_ALL}
            identitySynchronization:
              userSyncInbound: { isSyncAllowed: true }
        `,
    },
    {
      name: 'a free partner without direct connect, and with user sync not allowed',
      files:
        head('p1') +
        yaml`
        partners:
          - tenantId: ${FABRIKAM}
            license: free
            identitySynchronization:
              userSyncInbound: { isSyncAllowed: false }
        `,
    },
    {
      name: "the partner's own tenant file wins over the partner entry's license",
      files: {
        'contoso.xtap.yaml':
          head('p1') +
          yaml`
          partners:
            - tenantId: ${FABRIKAM}
              license: free
              b2bDirectConnectInbound: ${ALLOW_ALL}
`,
        'fabrikam.xtap.yaml': yaml`
          tenant:
            id: ${FABRIKAM.toUpperCase()}
            license: p1
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'free: a default app list with a specific app, one with Office365 and AllMicrosoftApps',
      files:
        head('free') +
        yaml`
        default:
          b2bCollaborationInbound:
            applications:
              accessType: allowed
              targets:
                - { target: ${APP}, targetType: application }
                - { target: AllApplications, targetType: application }
          b2bCollaborationOutbound:
            applications:
              accessType: blocked
              targets:
                - { target: Office365, targetType: application }
                - { target: AllMicrosoftApps, targetType: application }
        `,
      errors: [
        {
          line: 7,
          column: 5,
          severity: 'error',
          message: `The default's inbound B2B collaboration \`applications\` list targets 1 specific app, but tenant Contoso is declared \`license: free\`. Targeting specific users, groups or applications needs Microsoft Entra ID P1. Microsoft: "To configure trust settings or apply access settings to specific users, groups, or applications, you'll need a ${P1}"`,
        },
        {
          line: 13,
          column: 5,
          severity: 'error',
          message: "The default's outbound B2B collaboration `applications` list targets the `Office365` and `AllMicrosoftApps` keywords, but tenant Contoso is declared `license: free`.",
        },
      ],
    },
    {
      name: 'free: specific users and groups at the default and at a partner, one finding per list',
      files:
        head('free') +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups:
              accessType: blocked
              targets:
                - { target: ${GROUP}, targetType: group }
                - { target: ${GROUP.replace('7e', '8e')}, targetType: user }
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            b2bCollaborationInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: ${GROUP.toUpperCase()}, targetType: group }] }
              applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }, { target: ${APP}, targetType: application }] }
        `,
      errors: [
        { line: 7, column: 5, message: "The default's outbound B2B collaboration `usersAndGroups` list targets 2 specific users or groups" },
        { line: 16, column: 7, message: "Partner Fabrikam's inbound B2B collaboration `usersAndGroups` list targets 1 specific user or group" },
        { line: 17, column: 7, message: "Partner Fabrikam's inbound B2B collaboration `applications` list targets the `Office365` keyword and 1 specific app" },
      ],
    },
    {
      name: 'free: Microsoft 365 collaboration and app service connect lists',
      files:
        head('free') +
        yaml`
        default:
          m365CollaborationOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: ${GROUP}, targetType: group }] }
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            m365CollaborationInbound:
              users: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            appServiceConnectInbound:
              applications: { accessType: allowed, targets: [{ target: ${APP}, targetType: application }] }
        `,
      errors: [
        { line: 7, column: 5, message: "The default's outbound Microsoft 365 collaboration `usersAndGroups` list targets 1 specific user or group" },
        { line: 14, column: 7, message: "Partner Fabrikam's inbound app service connect `applications` list targets 1 specific app" },
      ],
    },
    {
      name: 'free: each trust member set to true, at its value',
      files:
        head('free') +
        yaml`
        default:
          inboundTrust:
            isMfaAccepted: true
            isCompliantDeviceAccepted: false
            isHybridAzureADJoinedDeviceAccepted: true
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            inboundTrust: { isMfaAccepted: false, isCompliantDeviceAccepted: true }
        `,
      errors: [
        { line: 7, column: 20, message: "The default's inbound trust sets `isMfaAccepted: true`, but tenant Contoso is declared `license: free`. Trust settings need Microsoft Entra ID P1." },
        { line: 9, column: 42, message: "The default's inbound trust sets `isHybridAzureADJoinedDeviceAccepted: true`" },
        { line: 13, column: 70, message: "Partner Fabrikam's inbound trust sets `isCompliantDeviceAccepted: true`" },
      ],
    },
    {
      name: "free: default tenant restrictions that differ from the service default, and any partner's tenant restrictions",
      files:
        head('free') +
        yaml`
        default:
          tenantRestrictions:
            applications: { accessType: blocked, targets: [{ target: Office365, targetType: application }] }
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            tenantRestrictions: ${BLOCK_ALL}
`,
      errors: [
        {
          line: 6,
          column: 3,
          message: "The default's tenant restrictions differ from Microsoft's default (block all), but tenant Contoso is declared `license: free`. Tenant restrictions v2 need Microsoft Entra ID P1 or P2.",
        },
        { line: 7, column: 5, message: "The default's tenant restrictions `applications` list targets the `Office365` keyword" },
        { line: 11, column: 5, message: "Partner Fabrikam's tenant restrictions are set, but tenant Contoso is declared `license: free`." },
      ],
    },
    {
      name: 'free: direct connect allowed by the default is one finding naming the partners that inherit it; own settings their own',
      files:
        head('free') +
        yaml`
        default:
          b2bDirectConnectOutbound: ${ALLOW_ALL}
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
          - tenantId: ${TAILSPIN}
            name: Tailspin
          - tenantId: ${NORTHWIND}
            name: Northwind
            b2bDirectConnectOutbound: ${BLOCK_ALL}
            b2bDirectConnectInbound: ${ALLOW_ALL}
`,
      errors: [
        {
          line: 6,
          column: 3,
          severity: 'error',
          message: `The default's outbound B2B direct connect is allowed, but tenant Contoso is declared \`license: free\` (inherited by 2 partners: Fabrikam, Tailspin). B2B direct connect needs Microsoft Entra ID P1 in both tenants. Microsoft: "For B2B direct connect … you'll need a Microsoft Entra ID ${BOTH}."`,
        },
        { line: 15, column: 5, message: "Partner Northwind's inbound B2B direct connect is allowed, but tenant Contoso is declared `license: free`." },
      ],
    },
    {
      name: 'a free partner with direct connect: at its own setting, else at its license',
      files:
        head('p1') +
        yaml`
        default:
          b2bDirectConnectInbound: ${ALLOW_ALL}
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            license: free
          - tenantId: ${TAILSPIN}
            name: Tailspin
            license: free
            b2bDirectConnectOutbound: ${ALLOW_ALL}
          - tenantId: ${NORTHWIND}
            name: Northwind
            license: free
            b2bDirectConnectInbound: ${BLOCK_ALL}
`,
      errors: [
        {
          line: 10,
          column: 14,
          message: `Partner Fabrikam's inbound B2B direct connect is effectively allowed, but it is declared \`license: free\`. B2B direct connect needs Microsoft Entra ID P1 in both tenants, so it cannot work with this partner.`,
        },
        { line: 14, column: 5, message: "Partner Tailspin's inbound B2B direct connect and outbound B2B direct connect are effectively allowed, but it is declared `license: free`." },
      ],
    },
    {
      name: "a partner whose own tenant file says free (both tenants declared), direct connect inherited from the default",
      files: {
        'contoso.xtap.yaml':
          head('p1') +
          yaml`
          default:
            b2bDirectConnectOutbound: ${ALLOW_ALL}
          partners:
            - tenantId: ${FABRIKAM}
              name: Fabrikam
          `,
        'fabrikam.xtap.yaml': yaml`
          tenant:
            id: ${FABRIKAM}
            license: free
        `,
      },
      errors: [
        {
          file: 'contoso.xtap.yaml',
          line: 8,
          column: 5,
          message: "Partner Fabrikam's outbound B2B direct connect is effectively allowed, but its tenant file declares `license: free`.",
        },
      ],
    },
    {
      name: 'user sync from a free partner: at its license; from a partner whose tenant file says free: at isSyncAllowed',
      files: {
        'contoso.xtap.yaml':
          head('p1') +
          yaml`
          partners:
            - tenantId: ${FABRIKAM}
              name: Fabrikam
              license: free
              identitySynchronization:
                userSyncInbound: { isSyncAllowed: true }
            - tenantId: ${TAILSPIN}
              name: Tailspin
              identitySynchronization:
                userSyncInbound:
                  isSyncAllowed: true
          `,
        'tailspin.xtap.yaml': yaml`
          tenant:
            id: ${TAILSPIN}
            license: free
        `,
      },
      errors: [
        {
          file: 'contoso.xtap.yaml',
          line: 8,
          column: 14,
          message: 'Users sync from partner Fabrikam (`userSyncInbound.isSyncAllowed: true`), but it is declared `license: free`. Cross-tenant synchronization needs Microsoft Entra ID P1 in the source tenant, the partner.',
        },
        { file: 'contoso.xtap.yaml', line: 15, column: 24, message: 'Users sync from partner Tailspin (`userSyncInbound.isSyncAllowed: true`), but its tenant file declares `license: free`.' },
      ],
    },
    {
      name: 'free: a partner declared in an included partner file',
      files: {
        'tenant.xtap.yaml':
          head('free') +
          yaml`
          include:
            - partners/*.xtap.yaml
          `,
        'partners/fabrikam.xtap.yaml': yaml`
          partners:
            - tenantId: ${FABRIKAM}
              name: Fabrikam
              inboundTrust:
                isMfaAccepted: true
              b2bCollaborationInbound:
                applications: { accessType: allowed, targets: [{ target: AllMicrosoftApps, targetType: application }] }
        `,
      },
      errors: [
        { file: 'partners/fabrikam.xtap.yaml', line: 5, column: 22, message: "Partner Fabrikam's inbound trust sets `isMfaAccepted: true`" },
        { file: 'partners/fabrikam.xtap.yaml', line: 7, column: 7, message: "Partner Fabrikam's inbound B2B collaboration `applications` list targets the `AllMicrosoftApps` keyword" },
      ],
    },
  ],
});
