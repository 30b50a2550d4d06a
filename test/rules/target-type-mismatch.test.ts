import { ruleTester, yaml } from '../helpers/rule-tester.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const FABRIKAM = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const GROUP = '7e0b9c52-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
const USER = '8e0b9c52-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
const SHAREPOINT = '00000003-0000-0ff1-ce00-000000000000';

const head = yaml`
  tenant:
    id: ${TENANT}
    name: Contoso
    license: p1
`;

const WHY = 'Graph matches a target by its type: a mismatched target applies to nothing, or the request is rejected.';

ruleTester('target-type-mismatch', {
  valid: [
    {
      name: 'every keyword with its type, GUIDs in the right lists, in B2B and Microsoft 365 settings',
      files:
        head +
        yaml`
        default:
          b2bCollaborationInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications:
              accessType: allowed
              targets:
                - { target: AllApplications, targetType: application }
                - { target: AllMicrosoftApps, targetType: application }
                - { target: Office365, targetType: application }
                - { target: ${SHAREPOINT}, targetType: application }
          b2bCollaborationOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: ${GROUP}, targetType: group }, { target: ${USER}, targetType: user }] }
          m365CollaborationOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: ${GROUP}, targetType: group }] }
        partners:
          - tenantId: ${FABRIKAM}
            m365CollaborationInbound:
              users: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            appServiceConnectInbound:
              applications: { accessType: allowed, targets: [{ target: ${SHAREPOINT}, targetType: application }] }
        `,
    },
    {
      name: 'unknownFutureValue and a missing targetType are left to other rules',
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: unknownFutureValue }, { target: ${GROUP} }] }
        `,
    },
  ],
  invalid: [
    {
      name: 'a keyword in the wrong list without a targetType: the keyword says what it is (QA regression)',
      files:
        head +
        yaml`
          default:
            b2bCollaborationOutbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllApplications }] }
              applications: { accessType: allowed, targets: [{ target: AllUsers }] }
        `,
      errors: [
        { line: 7, column: 64, severity: 'error', message: "The default's outbound B2B collaboration `usersAndGroups` list contains the app keyword `AllApplications`." },
        { line: 8, column: 62, severity: 'error', message: "The default's outbound B2B collaboration `applications` list contains the user keyword `AllUsers`." },
      ],
    },
    {
      name: 'AllUsers with another type',
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: group }] }
        `,
      errors: [
        {
          line: 7,
          column: 64,
          severity: 'error',
          message: `The default's outbound B2B collaboration \`usersAndGroups\` list gives \`AllUsers\` the targetType \`group\`; it must be \`user\`. ${WHY} Set \`targetType: user\` (\`xtap-lint --fix\` does it).`,
        },
      ],
    },
    {
      name: 'the app keywords with another type',
      files:
        head +
        yaml`
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            b2bDirectConnectInbound:
              applications:
                accessType: allowed
                targets:
                  - { target: AllApplications, targetType: user }
                  - { target: AllMicrosoftApps, targetType: group }
                  - { target: Office365, targetType: user }
        `,
      errors: [
        { line: 12, column: 23, message: "Partner Fabrikam's inbound B2B direct connect `applications` list gives `AllApplications` the targetType `user`; it must be `application`." },
        { line: 13, column: 23, message: '`AllMicrosoftApps` the targetType `group`; it must be `application`.' },
        { line: 14, column: 23, message: '`Office365` the targetType `user`; it must be `application`.' },
      ],
    },
    {
      name: 'AllUsers among applications and an app keyword among users: one finding each, whatever the type',
      files:
        head +
        yaml`
        default:
          tenantRestrictions:
            usersAndGroups:
              accessType: blocked
              targets:
                - { target: Office365, targetType: application }
            applications:
              accessType: blocked
              targets:
                - { target: AllUsers, targetType: application }
                - { target: AllUsers, targetType: user }
        `,
      errors: [
        { line: 10, column: 21, message: "The default's tenant restrictions `usersAndGroups` list contains the app keyword `Office365`. " + WHY + ' Move it to `applications`.' },
        { line: 14, column: 21, message: "The default's tenant restrictions `applications` list contains the user keyword `AllUsers`. " + WHY + ' Move it to `usersAndGroups`.' },
        { line: 15, column: 21, message: 'list contains the user keyword `AllUsers`.' },
      ],
    },
    {
      name: 'user and group targets among applications, application targets among users and groups',
      files:
        head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups:
              accessType: allowed
              targets:
                - { target: ${SHAREPOINT}, targetType: application }
            applications:
              accessType: allowed
              targets:
                - { target: ${USER.toUpperCase()}, targetType: user }
                - { target: ${GROUP}, targetType: group }
        `,
      errors: [
        { line: 10, column: 21, message: "The default's outbound B2B collaboration `usersAndGroups` list contains an `application` target. " + WHY + ' Move it to `applications`, or set `targetType` to `user` or `group`.' },
        { line: 14, column: 21, message: "The default's outbound B2B collaboration `applications` list contains a `user` target. " + WHY + ' Move it to `usersAndGroups`, or set `targetType: application` if it is an app ID.' },
        { line: 15, column: 21, message: '`applications` list contains a `group` target.' },
      ],
    },
    {
      name: 'Microsoft 365 collaboration and app service connect lists',
      files:
        head +
        yaml`
        partners:
          - tenantId: ${FABRIKAM}
            name: Fabrikam
            m365CollaborationInbound:
              users: { accessType: allowed, targets: [{ target: ${SHAREPOINT}, targetType: application }] }
            m365CollaborationOutbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
            appServiceConnectInbound:
              applications: { accessType: allowed, targets: [{ target: ${GROUP}, targetType: group }, { target: AllUsers, targetType: user }] }
        `,
      errors: [
        { line: 9, column: 57, message: "Partner Fabrikam's inbound Microsoft 365 collaboration `users` list contains an `application` target. " + WHY + ' Remove it, or set `targetType: user` if it is a user ID.' },
        { line: 11, column: 66, message: "Partner Fabrikam's outbound Microsoft 365 collaboration `usersAndGroups` list contains the app keyword `AllApplications`." },
        { line: 13, column: 64, message: "Partner Fabrikam's inbound app service connect `applications` list contains a `group` target." },
        { line: 13, column: 133, message: "Partner Fabrikam's inbound app service connect `applications` list contains the user keyword `AllUsers`." },
      ],
    },
  ],
});
