import { describe, expect, it } from 'vitest';
import { lintAll, ruleTester, yaml } from '../helpers/rule-tester.js';

const FAB = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const TAIL = '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e';
const head = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    license: p1
`;

const sameFile =
  head +
  yaml`
    partners:
      - tenantId: ${FAB}
        name: Fabrikam
      - tenantId: ${TAIL}
        name: Tailspin
      - tenantId: ${FAB.toUpperCase()}
        name: Fabrikam again
  `;

const acrossFiles = {
  'tenant.xtap.yaml':
    head +
    yaml`
      partners:
        - tenantId: ${FAB}
          name: Fabrikam
      include:
        - partners/*.xtap.yaml
    `,
  'partners/a.xtap.yaml': yaml`
    partners:
      - tenantId: ${TAIL}
        name: Tailspin
      - tenantId: ${FAB}
        name: Fabrikam (a)
  `,
  'partners/b.xtap.yaml': yaml`
    partners:
      - tenantId: ${FAB}
        name: Fabrikam (b)
  `,
};

ruleTester('duplicate-partner', {
  valid: [
    {
      name: 'distinct partners across the tenant file and a partner file',
      files: {
        'tenant.xtap.yaml': head + yaml`
          partners:
            - tenantId: ${FAB}
          include:
            - partners/*.xtap.yaml
        `,
        'partners/tailspin.xtap.yaml': yaml`
          partners:
            - tenantId: ${TAIL}
        `,
      },
    },
    {
      name: 'two tenants may each declare the same partner',
      files: {
        'contoso.xtap.yaml': head + yaml`
          partners:
            - tenantId: ${FAB}
        `,
        'woodgrove.xtap.yaml': yaml`
          tenant:
            id: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
            license: p1
          partners:
            - tenantId: ${FAB}
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'the same tenant ID twice in one file, in another case',
      files: sameFile,
      errors: [
        {
          line: 9,
          column: 15,
          severity: 'error',
          message: `Partner Fabrikam again (\`${FAB}\`) of tenant 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b is declared again; it was first declared at tenant.xtap.yaml:5. Graph keeps one partner configuration per tenant ID`,
        },
      ],
    },
    {
      name: 'across the tenant file and two included partner files: one finding per later declaration',
      files: acrossFiles,
      errors: [
        { file: 'partners/a.xtap.yaml', line: 4, column: 15, severity: 'error', message: 'first declared at tenant.xtap.yaml:5.' },
        { file: 'partners/b.xtap.yaml', line: 2, column: 15, severity: 'error', message: 'first declared at tenant.xtap.yaml:5.' },
      ],
    },
  ],
});

describe('duplicate-partner related location', () => {
  it('points at the first declaration', () => {
    const f = lintAll(acrossFiles).find((x) => x.ruleId === 'duplicate-partner' && x.file === 'partners/b.xtap.yaml');
    expect(f?.related).toEqual([{ file: 'tenant.xtap.yaml', range: { line: 5, column: 15, endLine: 5, endColumn: 51 }, message: 'first declared here' }]);
  });
});
