import { ruleTester, yaml } from '../helpers/rule-tester.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const FABRIKAM = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const TAILSPIN = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const NORTHWIND = '6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e';
const GROUP = '7e0b9c52-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
const RMS = '00000012-0000-0000-c000-000000000000';
const SHAREPOINT = '00000003-0000-0ff1-ce00-000000000000';

const app = (id: string): string => `{ target: ${id}, targetType: application }`;
/** Flow-style lists, one line each, so fixture line numbers stay countable. */
const appsAllowed = (...ids: string[]): string => `{ accessType: allowed, targets: [${ids.map(app).join(', ')}] }`;
const appsBlocked = (...ids: string[]): string => `{ accessType: blocked, targets: [${ids.map(app).join(', ')}] }`;
const ALL_USERS_ALLOWED = '{ accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }';
const ALL_USERS_BLOCKED = '{ accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }';
const ALL_APPS_ALLOWED = appsAllowed('AllApplications');
const ALL_APPS_BLOCKED = appsBlocked('AllApplications');

const head = yaml`
  tenant:
    id: ${TENANT}
    name: Contoso
    license: p1
`;

const WHAT = `outbound B2B collaboration blocks Microsoft Rights Management Services (${RMS}) for all users`;
const WHY =
  'Your users cannot open mail that partners encrypt with Rights Management (OME, sensitivity labels): "If you block access to all apps by default, users will be unable to read emails encrypted with Microsoft Rights Management Service."';
const REWORK = `Allow your users outbound and use an app allow list that contains ${RMS}.`;
const ADD = 'Add the app to the outbound allow list (`xtap-lint --fix` does it).';

ruleTester('rms-outbound', {
  valid: [
    { name: 'a fresh tenant (outbound allowed for all apps)', files: head },
    {
      name: 'an outbound allow list that contains RMS, in upper case',
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups: ${ALL_USERS_ALLOWED}
            applications: ${appsAllowed(SHAREPOINT, RMS.toUpperCase())}
        `,
    },
    {
      name: 'AllMicrosoftApps covers RMS',
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            applications: ${appsAllowed('AllMicrosoftApps')}
        `,
    },
    {
      name: 'a block list without RMS',
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            applications: ${appsBlocked(SHAREPOINT, 'Office365')}
        `,
    },
    {
      name: 'inbound blocked entirely is not this rule',
      files:
        head +
        yaml`
        default:
          b2bCollaborationInbound:
            usersAndGroups: ${ALL_USERS_BLOCKED}
            applications: ${ALL_APPS_BLOCKED}
        `,
    },
  ],
  invalid: [
    {
      name: "a group blocked from all apps (Microsoft's interns and temp staff example): info at the group (issue 12 item 14)",
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups: { accessType: blocked, targets: [{ target: ${GROUP}, targetType: group, label: Interns and temp staff }] }
            applications: ${ALL_APPS_BLOCKED}
        `,
      errors: [
        {
          line: 7,
          column: 64,
          severity: 'info',
          message: `The default's outbound B2B collaboration blocks Microsoft Rights Management Services (${RMS}) for the users it blocks (Interns and temp staff (${GROUP})). These users cannot open mail that partners encrypt`,
        },
      ],
    },
    {
      name: 'several groups blocked from RMS: info at the users list',
      files:
        head +
        yaml`
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            b2bCollaborationOutbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: ${GROUP}, targetType: group }, { target: ${TAILSPIN}, targetType: user }] }
              applications: ${appsBlocked(RMS)}
        `,
      errors: [{ line: 9, column: 7, severity: 'info', message: `Partner Fabrikam's outbound B2B collaboration blocks Microsoft Rights Management Services (${RMS}) for the users it blocks (${GROUP}, ${TAILSPIN}).` }],
    },
    {
      name: 'a blocked outbound default that every partner re-allows still applies to tenants not listed: no partner named',
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups: ${ALL_USERS_BLOCKED}
            applications: ${ALL_APPS_BLOCKED}
        partners:
          - tenantId: ${FABRIKAM}
            b2bCollaborationOutbound:
              usersAndGroups: ${ALL_USERS_ALLOWED}
              applications: ${ALL_APPS_ALLOWED}
        `,
      errors: [{ line: 8, column: 5, severity: 'warning', message: `The default's ${WHAT}. ${WHY} ${REWORK}` }],
    },
    {
      name: "the fully blocked outbound default (Zero Trust Assessment 21790's posture), inherited by one partner, re-allowed by another",
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups: ${ALL_USERS_BLOCKED}
            applications: ${ALL_APPS_BLOCKED}
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            b2bCollaborationOutbound:
              usersAndGroups: ${ALL_USERS_ALLOWED}
              applications: ${ALL_APPS_ALLOWED}
          - tenantId: ${TAILSPIN}
            name: Tailspin
        `,
      errors: [
        {
          line: 8,
          column: 5,
          severity: 'warning',
          message: `The default's ${WHAT} (inherited by 1 partner: Tailspin). ${WHY} ${REWORK}`,
        },
      ],
    },
    {
      name: 'a partner that re-allows with an app allow list lacking RMS gets its own finding, with a fix',
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups: ${ALL_USERS_BLOCKED}
            applications: ${ALL_APPS_BLOCKED}
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            b2bCollaborationOutbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: ${GROUP}, targetType: group }] }
              applications: ${appsAllowed(SHAREPOINT)}
        `,
      errors: [
        { line: 8, column: 5, severity: 'warning', message: `The default's ${WHAT}. ${WHY} ${REWORK}` },
        { line: 14, column: 7, severity: 'warning', message: `Partner Fabrikam's ${WHAT}. ${WHY} ${ADD}` },
      ],
    },
    {
      name: 'Office365 does not cover RMS',
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            applications: ${appsAllowed('Office365')}
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
        `,
      errors: [{ line: 7, column: 5, severity: 'warning', message: `The default's ${WHAT} (inherited by 1 partner: Fabrikam). ${WHY} ${ADD}` }],
    },
    {
      name: "a partner's own users list that blocks everyone, with no default: the partner's own finding at its setting key, not inherited",
      files:
        head +
        yaml`
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            b2bCollaborationOutbound:
              usersAndGroups: ${ALL_USERS_BLOCKED}
        `,
      errors: [{ line: 8, column: 5, severity: 'warning', message: `Partner Fabrikam's ${WHAT}. ${WHY} ${REWORK}` }],
    },
    {
      name: "a partner's own users list that blocks everyone under a default that allows RMS: its own finding, not \"inherited from the default\"",
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            applications: ${appsAllowed('Office365', RMS)}
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            b2bCollaborationOutbound:
              usersAndGroups: ${ALL_USERS_BLOCKED}
        `,
      errors: [{ line: 11, column: 5, severity: 'warning', message: `Partner Fabrikam's ${WHAT}. ${WHY} ${REWORK}` }],
    },
    {
      name: "a partner whose own users list blocks everyone does not inherit the default's finding (as in mfa-registration-apps)",
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            applications: ${appsAllowed('Office365')}
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            b2bCollaborationOutbound:
              usersAndGroups: ${ALL_USERS_BLOCKED}
          - tenantId: ${TAILSPIN}
            name: Tailspin
        `,
      errors: [
        { line: 7, column: 5, severity: 'warning', message: `The default's ${WHAT} (inherited by 1 partner: Tailspin). ${WHY} ${ADD}` },
        { line: 11, column: 5, severity: 'warning', message: `Partner Fabrikam's ${WHAT}. ${WHY} ${REWORK}` },
      ],
    },
    {
      name: "a partner that restates the default's blocked users list, or re-allows users under the default's blocked apps, shares the default's finding",
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups: ${ALL_USERS_BLOCKED}
            applications: ${ALL_APPS_BLOCKED}
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            b2bCollaborationOutbound:
              usersAndGroups: ${ALL_USERS_BLOCKED}
          - tenantId: ${TAILSPIN}
            name: Tailspin
            b2bCollaborationOutbound:
              usersAndGroups: ${ALL_USERS_ALLOWED}
        `,
      errors: [{ line: 8, column: 5, severity: 'warning', message: `The default's ${WHAT} (inherited by 2 partners: Fabrikam, Tailspin). ${WHY} ${REWORK}` }],
    },
    {
      name: 'a block list that names RMS in upper case',
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups: ${ALL_USERS_ALLOWED}
            applications: ${appsBlocked(SHAREPOINT, RMS.toUpperCase())}
        `,
      // One unwanted member of a block list: at that target's `target:` value (issue 12 item 7).
      errors: [{ line: 8, column: `    applications: ${appsBlocked(SHAREPOINT, RMS.toUpperCase())}`.indexOf(RMS.toUpperCase()) + 1, severity: 'warning', message: `The default's ${WHAT}. ${WHY} Remove ${RMS} from the outbound app block list.` }],
    },
    {
      name: 'all users blocked, even with RMS in the app list: the users list must change',
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups: ${ALL_USERS_BLOCKED}
            applications: ${appsAllowed(RMS)}
        `,
      errors: [{ line: 8, column: 5, severity: 'warning', message: `The default's ${WHAT}. ${WHY} ${REWORK}` }],
    },
    {
      name: 'a default stating only its users half: the finding points at the setting (the apps half is the service default)',
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups: ${ALL_USERS_BLOCKED}
        `,
      errors: [{ line: 6, column: 3, severity: 'warning', message: `The default's ${WHAT}.` }],
    },
    {
      name: 'a partner in an included partner file',
      files: {
        'tenant.xtap.yaml':
          head +
          yaml`
          include:
            - partners/*.xtap.yaml
          `,
        'partners/northwind.xtap.yaml': yaml`
          partners:
            - tenantId: ${NORTHWIND}
              name: Northwind
              b2bCollaborationOutbound:
                applications: ${ALL_APPS_BLOCKED}
        `,
      },
      errors: [{ file: 'partners/northwind.xtap.yaml', line: 5, column: 7, severity: 'warning', message: `Partner Northwind's ${WHAT}.` }],
    },
  ],
});
