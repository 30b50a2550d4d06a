import { ruleTester, yaml } from '../helpers/rule-tester.js';

const G1 = '6a4f1c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b';
const U1 = '7b5e2d3f-9c4e-4f60-8b1c-2d3e4f5a6b7c';
const head = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    license: p1
`;

ruleTester('default-specific-targets', {
  valid: [
    { name: 'a fresh tenant', files: head },
    {
      name: 'an app keyword or an application among the default inbound users is a target-type-mismatch, not a specific user or group (QA regression)',
      allowSchemaErrors: true,
      files:
        head +
        yaml`
          default:
            b2bCollaborationInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }, { target: Office365, targetType: application }, { target: ${G1}, targetType: application }] }
        `,
    },
    {
      name: 'the default targets AllUsers inbound, direct connect and tenant restrictions',
      files:
        head +
        yaml`
          default:
            b2bCollaborationInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            b2bDirectConnectInbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
            tenantRestrictions:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
        `,
    },
    {
      name: 'outbound defaults may target groups, and partners may target users and groups',
      files:
        head +
        yaml`
          default:
            b2bCollaborationOutbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: ${G1}, targetType: group }] }
            b2bDirectConnectOutbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: ${G1}, targetType: group }] }
              applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              b2bCollaborationInbound:
                usersAndGroups: { accessType: allowed, targets: [{ target: ${U1}, targetType: user }] }
              tenantRestrictions:
                usersAndGroups: { accessType: allowed, targets: [{ target: ${G1}, targetType: group }] }
        `,
    },
  ],
  invalid: [
    {
      name: 'a malformed target (`allusers`) is reported by unsupported-target only; a real group beside it still is (issue 12 item 6)',
      allowSchemaErrors: true,
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          b2bCollaborationInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: allusers, targetType: user }] }
          b2bDirectConnectInbound:
            usersAndGroups:
              accessType: allowed
              targets: [{ target: 6b1f0c2e-4d3a-4b5c-9e8f-7a6b5c4d3e2f, targetType: group }]
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
      `,
      errors: [{ line: 10, column: 27, severity: 'error', message: "The default's inbound B2B direct connect targets `6b1f0c2e-4d3a-4b5c-9e8f-7a6b5c4d3e2f`" }],
    },
    {
      name: 'a group in the default inbound B2B collaboration',
      files:
        head +
        yaml`
          default:
            b2bCollaborationInbound:
              usersAndGroups:
                accessType: blocked
                targets:
                  - target: ${G1}
                    targetType: group
                    label: Former contractors
        `,
      errors: [
        {
          line: 9,
          column: 19,
          severity: 'error',
          message: `The default's inbound B2B collaboration targets \`${G1}\` (Former contractors) in \`usersAndGroups\`; the default can only target \`AllUsers\`. The default applies to every external organization, and Microsoft documents: "You cannot target users or groups in inbound default settings."`,
        },
      ],
    },
    {
      name: 'one finding per specific target, AllUsers beside them is fine; direct connect and tenant restrictions too',
      files:
        head +
        yaml`
          default:
            b2bDirectConnectInbound:
              usersAndGroups:
                accessType: allowed
                targets:
                  - { target: AllUsers, targetType: user }
                  - { target: ${U1}, targetType: user }
                  - { target: ${G1}, targetType: group }
              applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
            tenantRestrictions:
              usersAndGroups:
                accessType: blocked
                targets:
                  - { target: ${G1}, targetType: group }
        `,
      errors: [
        { line: 10, column: 21, severity: 'error', message: `The default's inbound B2B direct connect targets \`${U1}\` in \`usersAndGroups\`` },
        { line: 11, column: 21, severity: 'error', message: `The default's inbound B2B direct connect targets \`${G1}\`` },
        {
          line: 17,
          column: 21,
          severity: 'error',
          message: `The default's tenant restrictions targets \`${G1}\` in \`usersAndGroups\`; the default can only target \`AllUsers\`. Microsoft documents for tenant restrictions: "Default settings can't be scoped to individual accounts or groups`,
        },
      ],
    },
  ],
});
