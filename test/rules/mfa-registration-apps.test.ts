import { ruleTester, yaml } from '../helpers/rule-tester.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const FABRIKAM = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const TAILSPIN = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const NORTHWIND = '6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e';
const GROUP = '7e0b9c52-1a2b-4c3d-8e9f-0a1b2c3d4e5f';

const MY_APPS = '2793995e-0a7d-40d7-bd35-6968ba142197';
const ACCESS_PANEL = '0000000c-0000-0000-c000-000000000000';
const MY_PROFILE = '8c59ead7-d703-4a27-9e55-c96a0054c8d2';
const MY_SIGN_INS = '19db86c3-b2b9-44cc-b339-36da233a3be2';
const SHAREPOINT = '00000003-0000-0ff1-ce00-000000000000';

const app = (id: string): string => `{ target: ${id}, targetType: application }`;
/** Flow-style lists, one line each, so fixture line numbers stay countable. */
const appsAllowed = (...ids: string[]): string => `{ accessType: allowed, targets: [${ids.map(app).join(', ')}] }`;
const appsBlocked = (...ids: string[]): string => `{ accessType: blocked, targets: [${ids.map(app).join(', ')}] }`;
const ALL_USERS_ALLOWED = '{ accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }';
const ALL_USERS_BLOCKED = '{ accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }';
const FOUR = [MY_APPS, ACCESS_PANEL, MY_PROFILE, MY_SIGN_INS];

/** 1-based column of a target's value in the one-line block list `applications: ${appsBlocked(...)}` (indented 4). */
const columnOf = (ids: readonly string[], id: string): number => `    applications: ${appsBlocked(...ids)}`.indexOf(id) + 1;
const COL_SIGN_INS = columnOf([SHAREPOINT, MY_SIGN_INS.toUpperCase(), MY_APPS], MY_SIGN_INS.toUpperCase());
const COL_MY_APPS = columnOf([SHAREPOINT, MY_SIGN_INS.toUpperCase(), MY_APPS], MY_APPS);

const head = yaml`
  tenant:
    id: ${TENANT}
    name: Contoso
    license: p1
`;

const CRITICAL_NAMES = `Microsoft App Access Panel (${ACCESS_PANEL}) and My Sign-ins (${MY_SIGN_INS})`;
const PORTAL_NAMES = `My Apps (${MY_APPS}) and My Profile (${MY_PROFILE})`;

ruleTester('mfa-registration-apps', {
  valid: [
    { name: 'a fresh tenant (the service default allows all apps)', files: head },
    {
      name: 'allow lists with the four apps, inbound and outbound',
      files:
        head +
        yaml`
        default:
          b2bCollaborationInbound:
            applications: ${appsAllowed(SHAREPOINT, ...FOUR)}
          b2bCollaborationOutbound:
            applications: ${appsAllowed(...FOUR, SHAREPOINT)}
        `,
    },
    {
      name: 'the app GUIDs in upper case',
      files:
        head +
        yaml`
        default:
          b2bCollaborationInbound:
            applications: ${appsAllowed(SHAREPOINT, ...FOUR.map((g) => g.toUpperCase()))}
        `,
    },
    {
      name: 'AllMicrosoftApps and AllApplications cover the apps',
      files:
        head +
        yaml`
        default:
          b2bCollaborationInbound:
            applications: { accessType: allowed, targets: [{ target: AllMicrosoftApps, targetType: application }] }
          b2bCollaborationOutbound:
            applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
        `,
    },
    {
      name: 'a block list that does not contain the apps',
      files:
        head +
        yaml`
        default:
          b2bCollaborationInbound:
            applications: ${appsBlocked(SHAREPOINT)}
        `,
    },
    {
      name: 'users blocked for all: nobody gets in, so the app list is not checked',
      files:
        head +
        yaml`
        default:
          b2bCollaborationInbound:
            usersAndGroups: ${ALL_USERS_BLOCKED}
            applications: ${appsAllowed(SHAREPOINT)}
        partners:
          - tenantId: ${FABRIKAM}
            b2bCollaborationOutbound:
              usersAndGroups: ${ALL_USERS_BLOCKED}
              applications: ${appsAllowed(SHAREPOINT)}
        `,
    },
    {
      name: 'a group blocked from all apps: everyone else reaches every app',
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups: { accessType: blocked, targets: [{ target: ${GROUP}, targetType: group }] }
            applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
        `,
    },
    {
      name: "a partner's own allow list with the four apps overrides the default's incomplete one",
      files:
        head +
        yaml`
        partners:
          - tenantId: ${FABRIKAM}
            b2bCollaborationInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: ${GROUP}, targetType: group }] }
              applications: ${appsAllowed(SHAREPOINT, ...FOUR)}
        `,
    },
  ],
  invalid: [
    {
      name: 'a Conditional Access policy requires MFA of guests: they are locked out (issue 12 item 19)',
      files:
        yaml`
        tenant:
          id: ${TENANT}
          license: p1
          facts: { mfaRequiredForExternalUsers: true }
        default:
          b2bCollaborationInbound:
            applications: ${appsAllowed(SHAREPOINT, MY_APPS, MY_PROFILE)}
        `,
      errors: [
        {
          line: 7,
          column: 5,
          severity: 'error',
          message: `lacks ${CRITICAL_NAMES}. A Conditional Access policy in this tenant requires MFA of external users (\`tenant.facts.mfaRequiredForExternalUsers: true\`), and guests must register for MFA here because MFA from their organization is not trusted: without these apps they cannot reach the registration pages, so they are locked out.`,
        },
      ],
    },
    {
      name: "a partner whose list is a YAML alias of another partner's: its finding names where the value was written, not the default (issue 12 item 13)",
      files:
        head +
        yaml`
        default:
          b2bCollaborationInbound:
            applications: ${appsAllowed(...FOUR)}
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            b2bCollaborationInbound: &inbound
              applications:
                accessType: allowed
                targets: [{ target: ${SHAREPOINT}, targetType: application }, { target: ${MY_APPS}, targetType: application }, { target: ${MY_PROFILE}, targetType: application }]
          - tenantId: ${TAILSPIN}
            name: Tailspin
            b2bCollaborationInbound: *inbound
        `,
      errors: [
        { line: 12, column: 7, severity: 'error', message: `Partner Fabrikam's inbound B2B collaboration app allow list lacks ${CRITICAL_NAMES}.` },
        {
          line: 12,
          column: 7,
          severity: 'error',
          message: `Partner Tailspin's inbound B2B collaboration app allow list lacks ${CRITICAL_NAMES} (written at tenant.xtap.yaml:12 and used by partner Tailspin through a YAML alias).`,
        },
      ],
    },
    {
      name: 'a warning, not an error, where the tenant declares that no Conditional Access policy requires MFA of external users',
      files:
        yaml`
        tenant:
          id: ${TENANT}
          license: p1
          facts:
            mfaRequiredForExternalUsers: false
        default:
          b2bCollaborationInbound:
            applications: ${appsAllowed(SHAREPOINT, MY_APPS, MY_PROFILE)}
        `,
      errors: [
        {
          line: 8,
          column: 5,
          severity: 'warning',
          message: `The default's inbound B2B collaboration app allow list lacks ${CRITICAL_NAMES}. Guests cannot reach the MFA registration pages here. The tenant declares that no Conditional Access policy requires MFA of external users (\`tenant.facts.mfaRequiredForExternalUsers: false\`), so nobody is locked out today`,
        },
      ],
    },
    {
      name: 'an inbound allow list in the default, inherited by the partners: one finding at the default naming how many inherit it',
      files:
        head +
        yaml`
        default:
          b2bCollaborationInbound:
            applications: ${appsAllowed(SHAREPOINT)}
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
          - tenantId: ${TAILSPIN}
            name: Tailspin
            b2bCollaborationOutbound:
              usersAndGroups: ${ALL_USERS_ALLOWED}
        `,
      errors: [
        {
          line: 7,
          column: 5,
          severity: 'error',
          message: `The default's inbound B2B collaboration app allow list lacks ${CRITICAL_NAMES} (inherited by 2 partners: Fabrikam, Tailspin). Guests must register for MFA in this tenant because MFA from their organization is not trusted: as soon as a Conditional Access policy requires MFA of guests, they cannot reach the registration pages without these apps and are locked out. Declare \`tenant.facts.mfaRequiredForExternalUsers\` to make this finding exact. Add the apps to the allow list (\`xtap-lint --fix\` does it).`,
        },
        {
          line: 7,
          column: 5,
          severity: 'warning',
          message: `The default's inbound B2B collaboration app allow list lacks ${PORTAL_NAMES} (inherited by 2 partners: Fabrikam, Tailspin). Guests land on My Apps`,
        },
      ],
    },
    {
      name: 'a partner with its own list gets its own finding; the default is fine',
      files:
        head +
        yaml`
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
          - tenantId: ${TAILSPIN}
            name: Tailspin
            b2bCollaborationInbound:
              applications: ${appsAllowed(SHAREPOINT, MY_APPS, MY_PROFILE)}
        `,
      errors: [
        {
          line: 11,
          column: 7,
          severity: 'error',
          message: `Partner Tailspin's inbound B2B collaboration app allow list lacks ${CRITICAL_NAMES}. Guests must register for MFA in this tenant`,
        },
      ],
    },
    {
      name: "a partner's own MFA trust turns the inherited error into a warning at its own `isMfaAccepted: true` value (SPEC §2)",
      files:
        head +
        yaml`
        default:
          b2bCollaborationInbound:
            applications: ${appsAllowed(SHAREPOINT)}
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
          - tenantId: ${TAILSPIN}
            name: Tailspin
            inboundTrust: { isMfaAccepted: true }
        `,
      errors: [
        { line: 7, column: 5, severity: 'error', message: `The default's inbound B2B collaboration app allow list lacks ${CRITICAL_NAMES} (inherited by 1 partner: Fabrikam). Guests must register` },
        { line: 7, column: 5, severity: 'warning', message: `lacks ${PORTAL_NAMES} (inherited by 2 partners: Fabrikam, Tailspin).` },
        {
          line: 13,
          column: 36,
          severity: 'warning',
          message: `Partner Tailspin's inbound B2B collaboration app allow list lacks ${CRITICAL_NAMES} (inherited from the default at tenant.xtap.yaml:7). Guests cannot reach the MFA registration pages here; MFA from this organization is trusted, so only guests who must register here are affected.`,
        },
      ],
    },
    {
      name: "the default's MFA trust makes the default's finding a warning; a partner that distrusts gets its own error at its `isMfaAccepted: false`",
      files:
        head +
        yaml`
        default:
          inboundTrust: { isMfaAccepted: true }
          b2bCollaborationInbound:
            applications: ${appsAllowed(SHAREPOINT, MY_APPS, MY_PROFILE)}
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            inboundTrust: { isMfaAccepted: false }
        `,
      errors: [
        { line: 8, column: 5, severity: 'warning', message: `The default's inbound B2B collaboration app allow list lacks ${CRITICAL_NAMES}. Guests cannot reach the MFA registration pages here; MFA from this organization is trusted` },
        { line: 12, column: 36, severity: 'error', message: `Partner Fabrikam's inbound B2B collaboration app allow list lacks ${CRITICAL_NAMES} (inherited from the default at tenant.xtap.yaml:8). Guests must register` },
      ],
    },
    {
      name: "a partner whose own outbound users list blocks everyone does not inherit the default's finding (as in rms-outbound)",
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            applications: ${appsAllowed('Office365', '00000012-0000-0000-c000-000000000000')}
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            b2bCollaborationOutbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
          - tenantId: ${TAILSPIN}
            name: Tailspin
        `,
      errors: [{ line: 7, column: 5, severity: 'warning', message: `The default's outbound B2B collaboration app allow list lacks Microsoft App Access Panel (${ACCESS_PANEL}), My Sign-ins (${MY_SIGN_INS}), My Apps (${MY_APPS}) and My Profile (${MY_PROFILE}) (inherited by 1 partner: Tailspin).` }],
    },
    {
      name: 'block lists that contain the apps, by GUID in upper case and through AllMicrosoftApps',
      files:
        head +
        yaml`
        default:
          b2bCollaborationInbound:
            applications: ${appsBlocked(SHAREPOINT, MY_SIGN_INS.toUpperCase(), MY_APPS)}
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            b2bCollaborationInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: ${GROUP}, targetType: group }] }
              applications: { accessType: blocked, targets: [{ target: AllMicrosoftApps, targetType: application }] }
        `,
      errors: [
        // One unwanted member of a block list: the finding points at that target's `target:` value (issue 12 item 7).
        { line: 7, column: COL_SIGN_INS, severity: 'error', message: `The default's inbound B2B collaboration app block list contains My Sign-ins (${MY_SIGN_INS}). Guests must register for MFA in this tenant because MFA from their organization is not trusted: as soon as a Conditional Access policy requires MFA of guests` },
        { line: 7, column: COL_MY_APPS, severity: 'warning', message: `The default's inbound B2B collaboration app block list contains My Apps (${MY_APPS}).` },
        { line: 13, column: 64, severity: 'error', message: `Partner Fabrikam's inbound B2B collaboration app block list contains ${CRITICAL_NAMES}.` },
        { line: 13, column: 64, severity: 'warning', message: `Partner Fabrikam's inbound B2B collaboration app block list contains ${PORTAL_NAMES}.` },
      ],
    },
    {
      name: 'all users blocked from specific apps still reach every other app, so the list is checked',
      files:
        head +
        yaml`
        default:
          b2bCollaborationInbound:
            usersAndGroups: ${ALL_USERS_BLOCKED}
            applications: ${appsBlocked(ACCESS_PANEL)}
        `,
      errors: [{ line: 8, column: 62, severity: 'error', message: `The default's inbound B2B collaboration app block list contains Microsoft App Access Panel (${ACCESS_PANEL}).` }],
    },
    {
      name: 'Office365 does not cover the portal apps',
      files:
        head +
        yaml`
        default:
          b2bCollaborationInbound:
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
        `,
      errors: [
        { line: 7, column: 5, severity: 'error', message: `lacks ${CRITICAL_NAMES}.` },
        { line: 7, column: 5, severity: 'warning', message: `lacks ${PORTAL_NAMES}.` },
      ],
    },
    {
      name: 'outbound lists are a warning, naming all four apps',
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: ${GROUP}, targetType: group }] }
            applications: ${appsAllowed(SHAREPOINT, MY_APPS)}
        `,
      errors: [
        {
          line: 8,
          column: 5,
          severity: 'warning',
          message: `The default's outbound B2B collaboration app allow list lacks Microsoft App Access Panel (${ACCESS_PANEL}), My Sign-ins (${MY_SIGN_INS}) and My Profile (${MY_PROFILE}). Your users then cannot reach My Apps or register for MFA in the organizations they are invited to.`,
        },
      ],
    },
    {
      name: 'specific users blocked from an allow list: everyone else is checked',
      files:
        head +
        yaml`
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            b2bCollaborationInbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: ${GROUP}, targetType: group }] }
              applications: ${appsAllowed(SHAREPOINT, MY_APPS, MY_PROFILE)}
        `,
      errors: [{ line: 10, column: 7, severity: 'error', message: `Partner Fabrikam's inbound B2B collaboration app allow list lacks ${CRITICAL_NAMES}.` }],
    },
    {
      name: 'a partner declared in an included partner file, and the default that partner overrides',
      files: {
        'tenant.xtap.yaml':
          head +
          yaml`
          default:
            b2bCollaborationInbound:
              applications: ${appsAllowed(SHAREPOINT, ...FOUR)}
          include:
            - partners/*.xtap.yaml
          `,
        'partners/northwind.xtap.yaml': yaml`
          partners:
            - tenantId: ${NORTHWIND}
              name: Northwind
              b2bCollaborationInbound:
                applications: ${appsAllowed(SHAREPOINT, ACCESS_PANEL, MY_APPS, MY_PROFILE)}
        `,
      },
      errors: [
        {
          file: 'partners/northwind.xtap.yaml',
          line: 5,
          column: 7,
          severity: 'error',
          message: `Partner Northwind's inbound B2B collaboration app allow list lacks My Sign-ins (${MY_SIGN_INS}).`,
        },
      ],
    },
  ],
});
