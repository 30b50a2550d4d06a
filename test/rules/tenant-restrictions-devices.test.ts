import { ruleTester, yaml } from '../helpers/rule-tester.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const P1 = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';

ruleTester('tenant-restrictions-devices', {
  valid: [
    {
      name: 'tenant restrictions without devices',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        default:
          tenantRestrictions:
            usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
      `,
    },
    {
      name: 'devices: null is not set',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${P1}
            tenantRestrictions:
              devices: null
      `,
    },
  ],
  invalid: [
    {
      name: 'devices in the default: at the devices key',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        default:
          tenantRestrictions:
            devices:
              mode: allowed
              rule: device.deviceAttribute2 -eq 'PrivilegedAccessWorkstation'
      `,
      errors: [
        {
          line: 4,
          column: 5,
          severity: 'warning',
          message:
            "The default's tenant restrictions set `devices`. Microsoft Graph documents this device filter as not supported on the server side yet: it does not restrict any device. Remove `devices`, and restrict by users, groups and applications instead.",
        },
      ],
    },
    {
      name: 'devices on partners, in the tenant file and in a partner file',
      files: {
        'tenant.xtap.yaml': yaml`
          tenant: { id: ${TENANT}, license: p1 }
          include: [partners/*.xtap.yaml]
          partners:
            - tenantId: ${P1}
              name: Fabrikam
              tenantRestrictions: { devices: { mode: blocked } }
        `,
        'partners/woodgrove.xtap.yaml': yaml`
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901235
              name: Woodgrove
              tenantRestrictions:
                usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
                devices: {}
        `,
      },
      errors: [
        { file: 'partners/woodgrove.xtap.yaml', line: 6, column: 7, severity: 'warning', message: "Partner Woodgrove's tenant restrictions set `devices`." },
        { file: 'tenant.xtap.yaml', line: 6, column: 27, severity: 'warning', message: "Partner Fabrikam's tenant restrictions set `devices`." },
      ],
    },
  ],
});
