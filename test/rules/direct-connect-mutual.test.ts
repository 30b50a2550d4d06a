import { ruleTester, yaml } from '../helpers/rule-tester.js';

const contoso = (partners: string) =>
  yaml`
    tenant:
      id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
      name: Contoso
      license: p1
  ` + partners;
const fabrikam = (partners: string) =>
  yaml`
    tenant:
      id: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
      name: Fabrikam
      license: p1
  ` + partners;

/** A partner entry allowing direct connect in the given directions. */
const entry = (id: string, name: string, dirs: Array<'In' | 'Out'>) =>
  `partners:\n  - tenantId: ${id}\n    name: ${name}\n` +
  dirs
    .map(
      (d) =>
        `    b2bDirectConnect${d === 'In' ? 'Inbound' : 'Outbound'}:\n` +
        `      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }\n` +
        `      applications: { accessType: allowed, targets: [{ target: ${d === 'In' ? 'Office365' : 'AllApplications'}, targetType: application }] }\n`,
    )
    .join('');
const CONTOSO_ID = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const FABRIKAM_ID = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';

ruleTester('direct-connect-mutual', {
  valid: [
    {
      name: 'an outbound setting that allows only apps that are not Teams lets nobody out: no mismatch to report (issue 12 item 15)',
      files: {
        'contoso.xtap.yaml': contoso(
          `partners:\n  - tenantId: ${FABRIKAM_ID}\n    name: Fabrikam\n    b2bDirectConnectOutbound:\n      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }\n      applications: { accessType: blocked, targets: [{ target: Office365, targetType: application }] }\n`,
        ),
        'fabrikam.xtap.yaml': fabrikam(entry(CONTOSO_ID, 'Contoso', [])),
      },
    },
    {
      name: 'both directions configured on both sides',
      files: {
        'contoso.xtap.yaml': contoso(entry(FABRIKAM_ID, 'Fabrikam', ['In', 'Out'])),
        'fabrikam.xtap.yaml': fabrikam(entry(CONTOSO_ID, 'Contoso', ['In', 'Out'])),
      },
    },
    {
      name: 'one direction only, configured on both sides (Contoso hosts channels, Fabrikam joins)',
      files: {
        'contoso.xtap.yaml': contoso(entry(FABRIKAM_ID, 'Fabrikam', ['In'])),
        'fabrikam.xtap.yaml': fabrikam(entry(CONTOSO_ID, 'Contoso', ['Out'])),
      },
    },
    {
      name: 'the other tenant is not declared in the repository: silent',
      files: { 'contoso.xtap.yaml': contoso(entry(FABRIKAM_ID, 'Fabrikam', ['In', 'Out'])) },
    },
    {
      name: "the other side allows through its default",
      files: {
        'contoso.xtap.yaml': contoso(entry(FABRIKAM_ID, 'Fabrikam', ['In'])),
        'fabrikam.xtap.yaml': fabrikam(yaml`
          default:
            b2bDirectConnectOutbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
        `),
      },
    },
  ],
  invalid: [
    {
      name: 'Contoso allows Fabrikam in, Fabrikam does not let its users out: at Contoso inbound, naming Fabrikam',
      files: {
        'contoso.xtap.yaml': contoso(entry(FABRIKAM_ID, 'Fabrikam', ['In'])),
        'fabrikam.xtap.yaml': fabrikam(`partners:\n  - tenantId: ${CONTOSO_ID}\n    name: Contoso\n`),
      },
      errors: [
        {
          file: 'contoso.xtap.yaml',
          line: 8,
          column: 5,
          severity: 'error',
          message:
            "Partner Fabrikam's inbound B2B direct connect in Contoso lets users of Fabrikam in, but Fabrikam's outbound B2B direct connect (its partner entry for Contoso, which leaves it at Microsoft's default, fabrikam.xtap.yaml:6) lets none of its users out to Contoso. B2B direct connect works only when both organizations allow it",
        },
      ],
    },
    {
      name: 'the reverse: Fabrikam lets its users out, Contoso blocks them: at Fabrikam outbound',
      files: {
        'contoso.xtap.yaml': contoso(`partners:\n  - tenantId: ${FABRIKAM_ID}\n    name: Fabrikam\n`),
        'fabrikam.xtap.yaml': fabrikam(entry(CONTOSO_ID, 'Contoso', ['Out'])),
      },
      errors: [
        {
          file: 'fabrikam.xtap.yaml',
          line: 8,
          column: 5,
          severity: 'error',
          message: "Partner Contoso's outbound B2B direct connect in Fabrikam lets users out to Contoso, but Contoso's inbound B2B direct connect (its partner entry for Contoso".replace('for Contoso', 'for Fabrikam'),
        },
      ],
    },
    {
      name: 'Contoso does not list Fabrikam: its default allows, Fabrikam lists Contoso and blocks',
      files: {
        'contoso.xtap.yaml': contoso(yaml`
          default:
            b2bDirectConnectInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
        `),
        'fabrikam.xtap.yaml': fabrikam(`partners:\n  - tenantId: ${CONTOSO_ID}\n    name: Contoso\n`),
      },
      errors: [
        {
          file: 'contoso.xtap.yaml',
          line: 6,
          column: 3,
          severity: 'error',
          message: "The default's inbound B2B direct connect in Contoso lets users of Fabrikam in",
        },
      ],
    },
    {
      name: 'inherited from the default for a listed partner: at the partner entry',
      files: {
        'contoso.xtap.yaml': contoso(yaml`
          default:
            b2bDirectConnectInbound:
              usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
          partners:
            - tenantId: ${FABRIKAM_ID}
              name: Fabrikam
        `),
        'fabrikam.xtap.yaml': fabrikam(''),
      },
      errors: [
        {
          file: 'contoso.xtap.yaml',
          line: 10,
          column: 5,
          severity: 'error',
          message: "Fabrikam's outbound B2B direct connect (its default; Contoso is not listed, fabrikam.xtap.yaml:1)",
        },
      ],
    },
    {
      name: 'Contoso allows both directions, Fabrikam blocks both by its default: two findings at Contoso',
      files: {
        'contoso.xtap.yaml': contoso(entry(FABRIKAM_ID, 'Fabrikam', ['In', 'Out'])),
        'fabrikam.xtap.yaml': fabrikam(yaml`
          default:
            b2bDirectConnectInbound:
              usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
              applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
        `),
      },
      errors: [
        { file: 'contoso.xtap.yaml', line: 8, column: 5, severity: 'error', message: 'inbound B2B direct connect in Contoso' },
        { file: 'contoso.xtap.yaml', line: 11, column: 5, severity: 'error', message: "Fabrikam's inbound B2B direct connect (its default; Contoso is not listed, fabrikam.xtap.yaml:6)" },
      ],
    },
  ],
});
