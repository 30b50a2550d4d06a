import { ruleTester, yaml } from '../helpers/rule-tester.js';

const base = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    name: Contoso
    license: p1
  partners:
    - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
      name: Fabrikam CSP
      isServiceProvider: true
    - tenantId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
      name: Northwind
      isServiceProvider: false
`;

ruleTester('service-provider-removal', {
  valid: [
    { name: 'nothing removed', files: base, base },
    {
      name: 'a partner that is not a service provider removed',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          name: Contoso
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam CSP
            isServiceProvider: true
      `,
      base,
    },
    {
      name: 'without a base revision the rule does not run',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
      `,
    },
  ],
  invalid: [
    {
      name: 'the service provider removed: error at the partners: key, naming the base place',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          name: Contoso
          license: p1
        partners:
          - tenantId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
            name: Northwind
            isServiceProvider: false
      `,
      base,
      errors: [
        {
          line: 5,
          column: 1,
          severity: 'error',
          message:
            'Partner Fabrikam CSP (3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234) was removed from Contoso, but it is a cloud service provider for this tenant (`isServiceProvider: true` at the base revision in tenant.xtap.yaml:8). Microsoft does not let you remove',
        },
      ],
    },
    {
      name: 'every partner removed: at the tenant: key',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          name: Contoso
          license: p1
      `,
      base,
      errors: [{ line: 1, column: 1, severity: 'error', message: 'Partner Fabrikam CSP' }],
    },
  ],
});
