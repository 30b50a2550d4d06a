import { ruleTester, yaml } from '../helpers/rule-tester.js';

const TENANT_A = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    license: p1
`;
const FABRIKAM = yaml`
  # Fabrikam
  partners:
    - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
      name: Fabrikam
`;
const WOODGROVE = yaml`
  partners:
    - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901235
      name: Woodgrove
`;

ruleTester('include-unresolved', {
  valid: [
    {
      name: 'each partner file included by exactly one tenant',
      files: {
        'tenant.xtap.yaml': TENANT_A + 'include:\n  - partners/*.xtap.yaml\n  - ./more/**/*.xtap.yml\n',
        'partners/fabrikam.xtap.yaml': FABRIKAM,
        'more/deep/woodgrove.xtap.yml': WOODGROVE,
      },
    },
    {
      name: 'a tenant in a folder includes files beside it with `..` that stays inside the repository',
      files: {
        'tenants/contoso.xtap.yaml': TENANT_A + 'include: [../partners/*.xtap.yaml]\n',
        'partners/fabrikam.xtap.yaml': FABRIKAM,
      },
    },
    {
      name: 'two tenants that include different files, and overlapping globs of one tenant',
      files: {
        'a.xtap.yaml': TENANT_A + 'include: [partners/fab*.xtap.yaml, partners/*.xtap.yaml]\n',
        'b.xtap.yaml': yaml`
          tenant: { id: 1d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b, license: p1 }
          include: [b/*.xtap.yaml]
        `,
        'partners/fabrikam.xtap.yaml': FABRIKAM,
        'b/woodgrove.xtap.yaml': WOODGROVE,
      },
    },
  ],
  invalid: [
    {
      name: 'a glob that matches nothing: at the glob',
      files: {
        'tenant.xtap.yaml': TENANT_A + 'include:\n  - partners/*.xtap.yaml\n  - partner/*.xtap.yaml\n',
        'partners/fabrikam.xtap.yaml': FABRIKAM,
      },
      errors: [
        {
          file: 'tenant.xtap.yaml',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 24,
          severity: 'error',
          message:
            'The include `partner/*.xtap.yaml` matches no partner file. Partners declared in files the include was meant to match are silently missing from this tenant. Correct the glob (it is relative to this file), or remove it.',
        },
      ],
    },
    {
      name: 'a glob that matches only a tenant file matches no partner file',
      files: {
        'tenant.xtap.yaml': TENANT_A + 'include: ["*.xtap.yaml"]\n',
      },
      errors: [{ line: 4, column: 11, severity: 'error', message: 'The include `*.xtap.yaml` matches no partner file.' }],
    },
    {
      name: 'globs that leave the repository with `../`, from the root and from a folder, and an absolute path',
      files: {
        'tenant.xtap.yaml': TENANT_A + 'include:\n  - ../shared/*.xtap.yaml\n  - /etc/*.xtap.yaml\n',
        'tenants/b.xtap.yaml': yaml`
          tenant: { id: 1d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b, license: p1 }
          include: ['partners/../../../x.xtap.yaml']
        `,
      },
      errors: [
        {
          file: 'tenant.xtap.yaml',
          line: 5,
          column: 5,
          severity: 'error',
          message:
            'The include `../shared/*.xtap.yaml` leaves the repository. Includes are confined to the repository root so that a review sees every declaration it applies. Move the partner files into the repository and include them by a path below this file.',
        },
        { file: 'tenant.xtap.yaml', line: 6, column: 5, severity: 'error', message: 'The include `/etc/*.xtap.yaml` leaves the repository.' },
        { file: 'tenants/b.xtap.yaml', line: 2, column: 11, severity: 'error', message: 'The include `partners/../../../x.xtap.yaml` leaves the repository.' },
      ],
    },
    {
      name: 'a partner file included by no tenant: at its `partners:` key',
      files: {
        'tenant.xtap.yaml': TENANT_A,
        'partners/fabrikam.xtap.yaml': FABRIKAM,
      },
      errors: [
        {
          file: 'partners/fabrikam.xtap.yaml',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 9,
          severity: 'error',
          message:
            "No tenant file includes this partner file. A partner file belongs to the tenant whose `include` matches it; these partners apply to no tenant. Add a glob that matches this file to the tenant file's `include`, or delete the file.",
        },
      ],
    },
    {
      name: 'a partner file included by two tenants: at its `partners:` key, naming both',
      files: {
        'a.xtap.yaml': TENANT_A + 'include: [partners/*.xtap.yaml]\n',
        'tenants/b.xtap.yaml': yaml`
          tenant: { id: 1d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b, license: p1 }
          include: [../partners/fabrikam.xtap.yaml]
        `,
        'partners/fabrikam.xtap.yaml': FABRIKAM,
        'partners/woodgrove.xtap.yaml': WOODGROVE,
      },
      errors: [
        {
          file: 'partners/fabrikam.xtap.yaml',
          line: 2,
          column: 1,
          severity: 'error',
          message:
            'This partner file is included by 2 tenant files: a.xtap.yaml, tenants/b.xtap.yaml. A partner file must belong to exactly one tenant; xtap-lint cannot tell whose partners these are. Narrow the includes so that exactly one tenant file matches this file.',
        },
      ],
    },
  ],
});
