import { ruleTester, yaml } from '../helpers/rule-tester.js';

const G1 = '6a4f1c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b';
const APP = '00000003-0000-0ff1-ce00-000000000000';
const head = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    license: p1
`;

ruleTester('users-apps-conflict', {
  valid: [
    { name: 'a fresh tenant: the service default blocks direct connect and tenant restrictions on both halves', files: head },
    {
      name: 'a setting shut on purpose: AllUsers and AllApplications blocked',
      files:
        head +
        yaml`
          default:
            b2bCollaborationInbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
        `,
    },
    {
      name: 'allowed group, allowed AllApplications; allowed AllUsers, blocked app; blocked group, allowed AllApplications',
      files:
        head +
        yaml`
          default:
            b2bCollaborationOutbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: ${G1}, targetType: group }] }
              applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
            b2bCollaborationInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: blocked, targets: [{ target: ${APP}, targetType: application }] }
            tenantRestrictions:
              usersAndGroups: { accessType: blocked, targets: [{ target: ${G1}, targetType: group }] }
              applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
        `,
    },
    {
      name: 'a partner allowing direct connect on both halves',
      files:
        head +
        yaml`
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              b2bDirectConnectInbound:
                usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
                applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
        `,
    },
    {
      name: 'a partner stating users only, over a default that allows applications',
      files:
        head +
        yaml`
          default:
            b2bCollaborationInbound:
              applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              b2bCollaborationInbound:
                usersAndGroups: { accessType: allowed, targets: [{ target: ${G1}, targetType: group }] }
        `,
    },
  ],
  invalid: [
    {
      name: "Microsoft's POST partner example (reference/graph-model.md §8 E4): half-stated direct connect gives warnings, not errors (issue 12 item 12)",
      files:
        head +
        yaml`
          partners:
            - tenantId: 3d0f5dec-5d3d-455c-8016-e2af1ae4d31a
              b2bDirectConnectOutbound:
                usersAndGroups:
                  accessType: blocked
                  targets:
                    - target: 6f546279-4da5-4b53-a095-09ea0cef9971
                      targetType: group
              b2bDirectConnectInbound:
                applications:
                  accessType: allowed
                  targets:
                    - target: Office365
                      targetType: application
        `,
      errors: [
        {
          line: 6,
          column: 5,
          severity: 'warning',
          message: "Partner 3d0f5dec-5d3d-455c-8016-e2af1ae4d31a's outbound B2B direct connect blocks all applications for specific users and groups only — it states only `usersAndGroups`; its `applications` half is inherited from Microsoft's service default (blocked `AllApplications`).",
        },
        {
          line: 12,
          column: 5,
          severity: 'warning',
          message: "Partner 3d0f5dec-5d3d-455c-8016-e2af1ae4d31a's inbound B2B direct connect allows applications but blocks all users (`AllUsers`), so it grants no access — it states only `applications`; its `usersAndGroups` half is inherited from Microsoft's service default (blocked `AllUsers`).",
        },
      ],
    },
    {
      name: "a partner's own half meets the default's: the message says which half is inherited",
      files:
        head +
        yaml`
          default:
            b2bCollaborationInbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              name: Fabrikam
              b2bCollaborationInbound:
                applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
        `,
      errors: [
        {
          line: 11,
          column: 5,
          // Half-stated (issue 12 item 12): the conflict exists only through the inherited half, so a warning naming it.
          severity: 'warning',
          message: /^Partner Fabrikam's inbound B2B collaboration allows applications but blocks all users \(`AllUsers`\), so it grants no access — it states only `applications`; its `usersAndGroups` half is inherited from the default \(blocked `AllUsers`\)\. .* State both halves here, so the setting reads as intended: add `usersAndGroups` to it\./,
        },
      ],
    },
    {
      name: 'users allowed but AllApplications blocked: error at the setting key',
      files:
        head +
        yaml`
          default:
            b2bCollaborationInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
        `,
      errors: [
        {
          line: 5,
          column: 3,
          severity: 'error',
          message: "The default's inbound B2B collaboration allows all users (`AllUsers`) but blocks all applications, so it grants no access.",
        },
      ],
    },
    {
      name: 'applications allowed but AllUsers blocked',
      files:
        head +
        yaml`
          default:
            b2bCollaborationOutbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: ${APP}, targetType: application }] }
        `,
      errors: [
        {
          line: 5,
          column: 3,
          severity: 'error',
          message: "The default's outbound B2B collaboration allows applications but blocks all users (`AllUsers`), so it grants no access. No user may use any application under these two lists. Microsoft: \"If you block access for all of your users and groups",
        },
      ],
    },
    {
      name: 'an empty allow list on a partner',
      files:
        head +
        yaml`
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              name: Fabrikam
              tenantRestrictions:
                usersAndGroups:
                  accessType: allowed
                  targets: []
                applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
        `,
      errors: [
        {
          line: 7,
          column: 5,
          severity: 'error',
          message: "Partner Fabrikam's tenant restrictions has an allow list in `usersAndGroups` that matches nothing (no targets, or only targets whose `targetType` does not fit), so it grants no access while it allows.",
        },
      ],
    },
    {
      name: 'both halves empty allow lists: one finding naming both',
      files:
        head +
        yaml`
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              b2bCollaborationOutbound:
                usersAndGroups: { accessType: allowed, targets: [] }
                applications: { accessType: allowed, targets: [] }
        `,
      errors: [
        {
          line: 6,
          column: 5,
          severity: 'error',
          message: "Partner 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234's outbound B2B collaboration has an allow list in `usersAndGroups` and `applications` that matches nothing",
        },
      ],
    },
    {
      name: 'all applications blocked for specific users only: warning',
      files:
        head +
        yaml`
          default:
            b2bCollaborationInbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: ${G1}, targetType: group }] }
              applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
        `,
      errors: [
        {
          line: 5,
          column: 3,
          severity: 'warning',
          message: /blocks all applications for specific users and groups only\. Graph reads these two block lists as: the listed users cannot access any application, and every other user has access to all applications/,
        },
      ],
    },
    {
      name: 'all users blocked from specific applications only: warning',
      files:
        head +
        yaml`
          default:
            b2bCollaborationOutbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: blocked, targets: [{ target: ${APP}, targetType: application }] }
        `,
      errors: [{ line: 5, column: 3, severity: 'warning', message: "The default's outbound B2B collaboration blocks all users (`AllUsers`) from specific applications only." }],
    },
    {
      name: 'a conflict partners inherit is one finding at the default, naming them',
      files:
        head +
        yaml`
          default:
            b2bCollaborationInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              name: Fabrikam
            - tenantId: 5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e
              name: Tailspin
              b2bCollaborationInbound: null
        `,
      errors: [{ line: 5, column: 3, severity: 'error', message: 'inherited by 2 partners: Fabrikam, Tailspin' }],
    },
    {
      name: 'a partner setting that declares no half of its own (`{}`, or both halves null) inherits the conflict unchanged (QA regression)',
      files:
        head +
        yaml`
          default:
            b2bCollaborationInbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              name: Fabrikam
              b2bCollaborationInbound: {}
            - tenantId: 5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e
              name: Tailspin
              b2bCollaborationInbound: { usersAndGroups: null, applications: null }
        `,
      errors: [{ line: 5, column: 3, severity: 'warning', message: "its `applications` half is inherited from Microsoft's service default (allowed `AllApplications`) (inherited by 2 partners: Fabrikam, Tailspin)" }],
    },
    {
      name: "a partner's own half against the service default's other half: the partner's finding at its key",
      files:
        head +
        yaml`
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              name: Fabrikam
              b2bDirectConnectInbound:
                usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
        `,
      errors: [{ line: 7, column: 5, severity: 'warning', message: "Partner Fabrikam's inbound B2B direct connect allows all users (`AllUsers`) but blocks all applications, so it grants no access — it states only `usersAndGroups`; its `applications` half is inherited from Microsoft's service default (blocked `AllApplications`)." }],
    },
    {
      name: "the default's half against the service default's other half",
      files:
        head +
        yaml`
          default:
            b2bDirectConnectOutbound:
              applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
        `,
      errors: [{ line: 5, column: 3, severity: 'warning', message: "The default's outbound B2B direct connect allows applications but blocks all users (`AllUsers`), so it grants no access — it states only `applications`; its `usersAndGroups` half is inherited from Microsoft's service default (blocked `AllUsers`)." }],
    },
    {
      name: 'a partner that changes the outcome gets its own finding; the default keeps its own',
      files:
        head +
        yaml`
          default:
            b2bCollaborationInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              name: Fabrikam
              b2bCollaborationInbound:
                usersAndGroups: { accessType: blocked, targets: [{ target: ${G1}, targetType: group }] }
            - tenantId: 5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e
              name: Tailspin
              b2bCollaborationInbound:
                usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
        `,
      errors: [
        { line: 5, column: 3, severity: 'error', message: /^The default's inbound B2B collaboration allows all users \(`AllUsers`\) but blocks all applications, so it grants no access\. No user may use any application under these two lists\. Microsoft: "If you block access to all applications, you also need to block access for all external users and groups\."/ },
        {
          line: 11,
          column: 5,
          severity: 'warning',
          message: "Partner Fabrikam's inbound B2B collaboration blocks all applications for specific users and groups only — it states only `usersAndGroups`; its `applications` half is inherited from the default (blocked `AllApplications`).",
        },
      ],
    },
  ],
});
