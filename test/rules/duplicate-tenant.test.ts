import { ruleTester, yaml } from '../helpers/rule-tester.js';

const CONTOSO = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    name: Contoso
    license: p1
`;

ruleTester('duplicate-tenant', {
  valid: [
    { name: 'two different tenants', files: { 'a.xtap.yaml': CONTOSO, 'b.xtap.yaml': CONTOSO.replace('0d3e4b1a', '1d3e4b1a').replace('Contoso', 'Fabrikam') } },
    { name: 'one tenant file', files: { 'a.xtap.yaml': CONTOSO } },
  ],
  invalid: [
    {
      name: 'the same ID in another case, reported at the later file (path order)',
      files: { 'b.xtap.yaml': CONTOSO, 'a/copy.xtap.yaml': CONTOSO.replace('0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b', '0D3E4B1A-5C6F-4E8A-9B7C-2F1E0A9D8C7B') },
      errors: [{ file: 'b.xtap.yaml', line: 2, column: 7, severity: 'error', message: 'it was first declared at a/copy.xtap.yaml:2' }],
    },
    {
      name: 'three files: one finding for each after the first',
      files: { 'a.xtap.yaml': CONTOSO, 'b.xtap.yaml': CONTOSO, 'c.xtap.yaml': CONTOSO },
      errors: [
        { file: 'b.xtap.yaml', line: 2, column: 7, message: 'Tenant Contoso (`0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b`) is declared again' },
        { file: 'c.xtap.yaml', line: 2, column: 7, message: 'first declared at a.xtap.yaml:2' },
      ],
    },
  ],
});
