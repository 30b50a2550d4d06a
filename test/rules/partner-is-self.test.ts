import { ruleTester, yaml } from '../helpers/rule-tester.js';

const SELF = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const head = yaml`
  tenant:
    id: ${SELF}
    name: Contoso
    license: p1
`;

ruleTester('partner-is-self', {
  valid: [
    {
      name: 'partners of other tenants',
      files: head + yaml`
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
      `,
    },
    {
      name: "another tenant file may name this tenant as its partner",
      files: {
        'contoso.xtap.yaml': head,
        'fabrikam.xtap.yaml': yaml`
          tenant:
            id: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            license: p1
          partners:
            - tenantId: ${SELF}
        `,
      },
    },
  ],
  invalid: [
    {
      name: "the tenant's own ID, in another case",
      files: head + yaml`
        partners:
          - tenantId: ${SELF.toUpperCase()}
            name: Contoso (copy)
      `,
      errors: [
        {
          line: 6,
          column: 15,
          severity: 'error',
          message: "Partner Contoso (copy)'s `tenantId` is the ID of tenant Contoso itself. Cross-tenant access settings govern other Microsoft Entra organizations",
        },
      ],
    },
    {
      name: 'in an included partner file',
      files: {
        'tenant.xtap.yaml': head + yaml`
          include:
            - partners/*.xtap.yaml
        `,
        'partners/self.xtap.yaml': yaml`
          partners:
            - tenantId: ${SELF}
        `,
      },
      errors: [{ file: 'partners/self.xtap.yaml', line: 2, column: 15, severity: 'error', message: `Partner ${SELF}'s \`tenantId\` is the ID of tenant Contoso itself.` }],
    },
  ],
});
