import { ruleTester, yaml } from '../helpers/rule-tester.js';

const contoso = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    name: Contoso
    license: p1
  crossTenantAccessPolicy:
    allowedCloudEndpoints: [microsoftonline.us]
  partners:
    - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
      name: Fabrikam Gov
      cloud: usGovernment
`;

ruleTester('cross-cloud-mutual', {
  valid: [
    {
      name: 'both enable each other and list each other',
      files: {
        'contoso.xtap.yaml': contoso,
        'fabrikam.xtap.yaml': yaml`
          tenant:
            id: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam Gov
            cloud: usGovernment
            license: p1
          crossTenantAccessPolicy:
            allowedCloudEndpoints: [microsoftonline.com]
          partners:
            - tenantId: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
              name: Contoso
        `,
      },
    },
    {
      name: 'the other tenant is not declared: silent',
      files: { 'contoso.xtap.yaml': contoso },
    },
    {
      name: 'same cloud: not cross-cloud',
      files: {
        'contoso.xtap.yaml': yaml`
          tenant:
            id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
            license: p1
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
        `,
        'fabrikam.xtap.yaml': yaml`
          tenant:
            id: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            license: p1
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'the other side lacks both the cloud and the partner: at the partner entry, naming both places',
      files: {
        'contoso.xtap.yaml': contoso,
        'fabrikam.xtap.yaml': yaml`
          tenant:
            id: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam Gov
            cloud: usGovernment
            license: p1
        `,
      },
      errors: [
        {
          file: 'contoso.xtap.yaml',
          line: 8,
          column: 5,
          severity: 'error',
          message:
            "Partner Fabrikam Gov is in Microsoft Azure Government; Contoso enables that cloud and adds it, but Fabrikam Gov does not enable Microsoft Azure commercial (`microsoftonline.com` is not in its `allowedCloudEndpoints`, fabrikam.xtap.yaml:1) and does not list Contoso in its `partners` (fabrikam.xtap.yaml:1). B2B collaboration across Microsoft clouds works only when both",
        },
      ],
    },
    {
      name: 'the other side lists the tenant but does not enable its cloud',
      files: {
        'contoso.xtap.yaml': contoso,
        'fabrikam.xtap.yaml': yaml`
          tenant:
            id: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam Gov
            cloud: usGovernment
            license: p1
          crossTenantAccessPolicy:
            allowedCloudEndpoints: [partner.microsoftonline.cn]
          partners:
            - tenantId: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
        `,
      },
      errors: [
        {
          file: 'contoso.xtap.yaml',
          line: 8,
          column: 5,
          severity: 'error',
          message: "but Fabrikam Gov does not enable Microsoft Azure commercial (`microsoftonline.com` is not in its `allowedCloudEndpoints`, fabrikam.xtap.yaml:7). B2B",
        },
      ],
    },
    {
      name: 'the other side enables the cloud but does not list the tenant',
      files: {
        'contoso.xtap.yaml': contoso,
        'fabrikam.xtap.yaml': yaml`
          tenant:
            id: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam Gov
            cloud: usGovernment
            license: p1
          crossTenantAccessPolicy:
            allowedCloudEndpoints: [microsoftonline.com]
          partners:
            - tenantId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
        `,
      },
      errors: [
        {
          file: 'contoso.xtap.yaml',
          line: 8,
          column: 5,
          severity: 'error',
          message: 'but Fabrikam Gov does not list Contoso in its `partners` (fabrikam.xtap.yaml:8). B2B',
        },
      ],
    },
  ],
});
