import { ruleTester, yaml } from '../helpers/rule-tester.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const P1 = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const P2 = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901235';

ruleTester('cloud-settings', {
  valid: [
    {
      name: 'a partner without cloud in a government tenant is in the tenant\'s own cloud (issue 12 item 10)',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1, cloud: usGovernment }
        partners:
          - tenantId: ${P1}
            name: Fabrikam
          - tenantId: ${P2}
            name: Contoso Gov
            cloud: usGovernment
      `,
    },
    {
      name: 'a partner without cloud in a 21Vianet tenant is in the tenant\'s own cloud',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1, cloud: china }
        partners:
          - tenantId: ${P1}
      `,
    },
    {
      name: 'partners in the same cloud need no endpoint',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${P1}
            name: Fabrikam
          - tenantId: ${P2}
            cloud: commercial
      `,
    },
    {
      name: 'an Azure Government partner with microsoftonline.us enabled',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        crossTenantAccessPolicy:
          allowedCloudEndpoints: [microsoftonline.us]
        partners:
          - tenantId: ${P1}
            cloud: usGovernment
      `,
    },
    {
      name: 'a tenant in Azure operated by 21Vianet with a commercial partner and microsoftonline.com enabled',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1, cloud: china }
        crossTenantAccessPolicy:
          allowedCloudEndpoints: [microsoftonline.com]
        partners:
          - tenantId: ${P1}
            cloud: commercial
      `,
    },
    {
      name: 'a government tenant whose partners are all in its own cloud',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1, cloud: usGovernment }
        partners:
          - tenantId: ${P1}
            cloud: usGovernment
      `,
    },
    {
      name: 'all three documented endpoints',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        crossTenantAccessPolicy:
          allowedCloudEndpoints:
            - microsoftonline.com
            - microsoftonline.us
            - partner.microsoftonline.cn
      `,
    },
    {
      name: 'an empty allowedCloudEndpoints',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        crossTenantAccessPolicy:
          allowedCloudEndpoints: []
      `,
    },
  ],
  invalid: [
    {
      name: "a partner whose own tenant file in the repository puts it in Azure Government, its entry without `cloud:` (QA regression)",
      files: {
        'contoso.xtap.yaml': yaml`
          tenant: { id: ${TENANT}, name: Contoso, license: p1 }
          partners:
            - tenantId: ${P1}
              name: Fabrikam
        `,
        'fabrikam.xtap.yaml': yaml`
          tenant: { id: ${P1.toUpperCase()}, name: Fabrikam, license: p1, cloud: usGovernment }
        `,
      },
      errors: [
        {
          file: 'contoso.xtap.yaml',
          line: 3,
          column: 5,
          severity: 'error',
          message: 'Partner Fabrikam is in Microsoft Azure Government (its own tenant file, fabrikam.xtap.yaml, declares `cloud: usGovernment`), but `crossTenantAccessPolicy.allowedCloudEndpoints` does not contain `microsoftonline.us`.',
        },
      ],
    },
    {
      name: 'an Azure Government partner without its endpoint: at the partner cloud value',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        partners:
          - tenantId: ${P1}
            name: Fabrikam
            cloud: usGovernment
      `,
      errors: [
        {
          line: 5,
          column: 12,
          severity: 'error',
          message:
            'Partner Fabrikam is in Microsoft Azure Government, but `crossTenantAccessPolicy.allowedCloudEndpoints` does not contain `microsoftonline.us`.',
        },
      ],
    },
    {
      name: 'a 21Vianet partner while only Azure Government is enabled',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        crossTenantAccessPolicy:
          allowedCloudEndpoints: [microsoftonline.us]
        partners:
          - tenantId: ${P1}
            cloud: usGovernment
          - tenantId: ${P2}
            cloud: china
      `,
      errors: [{ line: 8, column: 12, severity: 'error', message: 'does not contain `partner.microsoftonline.cn`. ' }],
    },
    {
      name: 'Azure Government with 21Vianet is not a supported pair, even with the endpoint enabled',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1, cloud: usGovernment }
        crossTenantAccessPolicy:
          allowedCloudEndpoints: [partner.microsoftonline.cn]
        partners:
          - tenantId: ${P1}
            name: Contoso China
            cloud: china
      `,
      errors: [
        {
          line: 7,
          column: 12,
          severity: 'error',
          message:
            'Partner Contoso China is in Microsoft Azure operated by 21Vianet, and this tenant is in Microsoft Azure Government: B2B collaboration between these clouds is not supported. Microsoft supports cross-cloud B2B collaboration only between Microsoft Azure commercial and Microsoft Azure Government, and between Microsoft Azure commercial and Microsoft Azure operated by 21Vianet.',
        },
      ],
    },
    {
      name: 'an endpoint that is not documented: at the value, with did-you-mean, one finding for the typo only',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        crossTenantAccessPolicy:
          allowedCloudEndpoints: [microsoftonline.gov, microsoftonline.uss]
        partners:
          - tenantId: ${P1}
            cloud: usGovernment
      `,
      errors: [
        {
          line: 3,
          column: 27,
          severity: 'error',
          message:
            '`microsoftonline.gov` is not a Microsoft cloud endpoint (did you mean `microsoftonline.com`?). Microsoft Graph supports exactly these values in `allowedCloudEndpoints`: `microsoftonline.com`, `microsoftonline.us`, `partner.microsoftonline.cn`. Write `microsoftonline.com`.',
        },
        { line: 3, column: 48, severity: 'error', message: '`microsoftonline.uss` is not a Microsoft cloud endpoint (did you mean `microsoftonline.us`?).' },
      ],
    },
    {
      name: 'an endpoint with no near miss, in block style',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        crossTenantAccessPolicy:
          allowedCloudEndpoints:
            - login.example.org
      `,
      errors: [{ line: 4, column: 7, severity: 'error', message: '`login.example.org` is not a Microsoft cloud endpoint. Microsoft Graph' }],
    },
    {
      name: 'wrong letter case is not a documented endpoint',
      files: yaml`
        tenant: { id: ${TENANT}, license: p1 }
        crossTenantAccessPolicy:
          allowedCloudEndpoints: [MicrosoftOnline.US]
      `,
      errors: [{ line: 3, column: 27, severity: 'error', message: '(did you mean `microsoftonline.us`?)' }],
    },
    {
      name: 'a partner in an included partner file: the finding is in that file',
      files: {
        'tenant.xtap.yaml': yaml`
          tenant: { id: ${TENANT}, license: p1 }
          include: [partners/*.xtap.yaml]
        `,
        'partners/gov.xtap.yaml': yaml`
          partners:
            - tenantId: ${P1}
              name: Agency
              cloud: usGovernment
        `,
      },
      errors: [{ file: 'partners/gov.xtap.yaml', line: 4, column: 12, severity: 'error', message: 'Partner Agency is in Microsoft Azure Government' }],
    },
  ],
});
