/**
 * A misspelled `tenant:` key (issue 12 item 5): the file stays a tenant file, with one `schema` error that says
 * "did you mean `tenant`", instead of becoming a partner file (an error for each tenant key, and "no tenant file
 * includes this partner file" on every partner file it includes).
 */
import { describe, expect, it } from 'vitest';
import { lintAll, yaml } from '../helpers/rule-tester.js';

const PARTNER_FILE = yaml`
  partners:
    - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
      name: Fabrikam
`;

function tenantFile(key: string, extra = ''): string {
  return yaml`
    ${key}:
      id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
      license: p1
    default:
      inboundTrust: { isMfaAccepted: false }
    include: [partners/*.xtap.yaml]
  ` + extra;
}

const shown = (files: Record<string, string>): string[] =>
  lintAll(files, { preset: 'recommended' }).map((f) => `${f.file}:${f.range.line}:${f.range.column} ${f.ruleId} ${f.parts?.fix ?? ''}`);

describe('a misspelled tenant: key (issue 12 item 5)', () => {
  for (const key of ['tennant', 'Tenant', 'tenants']) {
    it(`\`${key}:\` is one schema error with "did you mean \`tenant\`", and the partner files stay included`, () => {
      expect(shown({ 'tenant.xtap.yaml': tenantFile(key), 'partners/fabrikam.xtap.yaml': PARTNER_FILE })).toEqual([
        'tenant.xtap.yaml:1:1 schema Did you mean `tenant`?',
      ]);
    });
  }

  it('a file with `default`, `include` or `crossTenantAccessPolicy` and no `tenant:` is a tenant file that lacks it', () => {
    for (const body of ['default: {}\n', 'include: [partners/*.xtap.yaml]\n', 'crossTenantAccessPolicy: { allowedCloudEndpoints: [] }\n']) {
      const found = lintAll({ 't.xtap.yaml': body, 'partners/fabrikam.xtap.yaml': PARTNER_FILE }).filter((f) => f.file === 't.xtap.yaml');
      expect(found.map((f) => `${f.range.line}:${f.range.column} ${f.ruleId} ${f.parts?.what}`)).toEqual(['1:1 schema The tenant file lacks the required property `tenant`.']);
    }
  });

  it('a partner file stays a partner file', () => {
    const found = lintAll({ 'tenant.xtap.yaml': tenantFile('tenant'), 'partners/fabrikam.xtap.yaml': PARTNER_FILE }).filter((f) => f.ruleId === 'schema' || f.ruleId === 'include-unresolved');
    expect(found).toEqual([]);
  });
});
