import { ruleTester, yaml } from '../helpers/rule-tester.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const P1 = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';

ruleTester('read-only-property', {
  valid: [
    {
      name: 'no service-managed property',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        default:
          inboundTrust: { isMfaAccepted: true }
        partners:
          - tenantId: ${P1}
            name: Fabrikam
      `,
    },
  ],
  invalid: [
    {
      name: 'isServiceDefault in the default: at the key',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        default:
          isServiceDefault: false
          inboundTrust: { isMfaAccepted: true }
      `,
      errors: [
        {
          line: 3,
          column: 3,
          severity: 'warning',
          message:
            "`isServiceDefault` on the default is managed by Microsoft's service and is ignored on export. Microsoft Graph sets this property itself and accepts no update of it, so the value written here changes nothing and can drift from the tenant. Remove the property (an import brings it along); to keep it as a record of the imported state, disable this rule for the file.",
        },
      ],
    },
    {
      name: 'isServiceProvider and isInMultiTenantOrganization on partners, null included',
      files: {
        'tenant.xtap.yaml': yaml`
          tenant: { id: ${TENANT}, license: p1 }
          include: [partners/*.xtap.yaml]
          partners:
            - tenantId: ${P1}
              name: Fabrikam
              isServiceProvider: true
              isInMultiTenantOrganization: false
        `,
        'partners/woodgrove.xtap.yaml': yaml`
          partners:
            - { tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901235, name: Woodgrove, isServiceProvider: null }
        `,
      },
      errors: [
        { file: 'partners/woodgrove.xtap.yaml', line: 2, column: 72, severity: 'warning', message: '`isServiceProvider` on partner Woodgrove is managed' },
        { file: 'tenant.xtap.yaml', line: 6, column: 5, severity: 'warning', message: '`isServiceProvider` on partner Fabrikam is managed' },
        { file: 'tenant.xtap.yaml', line: 7, column: 5, severity: 'warning', message: '`isInMultiTenantOrganization` on partner Fabrikam is managed' },
      ],
    },
  ],
});
