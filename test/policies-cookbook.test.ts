/**
 * The cookbook of docs/policies.md is executable: every ```yaml block under "## Cookbook" is read from the page,
 * compiled as the CLI compiles it, and run on a repository that passes (no finding of the policy) and one that fails
 * (exactly the expected findings, at the expected positions). A recipe without cases here fails the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../src/engine/lint.js';
import { defaultConfig, parseConfig } from '../src/config/config.js';
import { compilePolicies } from '../src/policies/compile.js';
import { policyRules } from '../src/engine/policies.js';
import { RULES } from '../rules/index.js';
import type { PolicySpec } from '../src/engine/policies.js';
import { PROJECT_ROOT } from './helpers/cli.js';
import { yaml } from './helpers/rule-tester.js';

function cookbook(): PolicySpec[] {
  const page = readFileSync(join(PROJECT_ROOT, 'docs/policies.md'), 'utf8');
  const section = page.slice(page.indexOf('\n## Cookbook'));
  const end = section.indexOf('\n## ', 5);
  const body = end === -1 ? section : section.slice(0, end);
  const out: PolicySpec[] = [];
  for (const m of body.matchAll(/```yaml\n([\s\S]*?)```/g)) {
    const config = parseConfig(m[1], 'docs/policies.md', new Set(RULES.map((r) => r.id)));
    out.push(...config.policies);
  }
  return out;
}

const T = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const FABRIKAM = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const NORTHWIND = '4a5b6c7d-1b4d-4c1e-8f5a-6d7e8f905678';

/** A tenant file: `default` and `partners` are YAML text indented by two spaces under their keys. */
function tenant(defaults: string, partners: string): string {
  return `tenant:\n  id: ${T}\n  name: Contoso\n  license: p1\n  cloud: commercial\n${defaults ? `default:\n${defaults}` : ''}partners:\n${partners}`;
}

const DC_ALLOWED = `    b2bDirectConnectInbound:
      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
      applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
`;
const APPS_LISTED = `    b2bCollaborationInbound:
      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
      applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
`;

interface Case {
  pass: string;
  fail: string;
  /** line:column of each expected finding, in order. */
  at: string[];
}

const CASES: Record<string, Case> = {
  'contoso/direct-connect-approved-only': {
    pass: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n    tags: [approved-direct-connect]\n${DC_ALLOWED}  - tenantId: ${NORTHWIND}\n    name: Northwind\n`),
    fail: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n    tags: [supplier]\n${DC_ALLOWED}`),
    at: ['10:5'],
  },
  'contoso/no-device-trust': {
    pass: tenant('  inboundTrust: { isMfaAccepted: true }\n', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n    inboundTrust: { isCompliantDeviceAccepted: false }\n`),
    // The default's trust is inherited by Fabrikam: one finding at the default's value; Northwind's own is its own.
    fail: tenant(
      '  inboundTrust: { isHybridAzureADJoinedDeviceAccepted: true }\n',
      `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n  - tenantId: ${NORTHWIND}\n    name: Northwind\n    inboundTrust: { isCompliantDeviceAccepted: true, isHybridAzureADJoinedDeviceAccepted: false }\n`,
    ),
    at: ['7:56', '13:48'],
  },
  'contoso/mfa-trust-listed-only': {
    pass: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n    inboundTrust: { isMfaAccepted: true }\n  - tenantId: ${NORTHWIND}\n    name: Northwind\n`),
    fail: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n  - tenantId: ${NORTHWIND}\n    name: Northwind\n    inboundTrust: { isMfaAccepted: true }\n`),
    at: ['11:36'],
  },
  'contoso/no-all-apps-inbound': {
    pass: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n${APPS_LISTED}`),
    // Northwind declares nothing: Microsoft's default lets it into every app, so its own entry is the place.
    fail: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n${APPS_LISTED}  - tenantId: ${NORTHWIND}\n    name: Northwind\n`),
    at: ['12:5'],
  },
  'contoso/sync-needs-automatic-redemption': {
    pass: tenant(
      '',
      `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n    automaticUserConsentSettings: { inboundAllowed: true }\n    identitySynchronization:\n      userSyncInbound: { isSyncAllowed: true }\n  - tenantId: ${NORTHWIND}\n    name: Northwind\n`,
    ),
    fail: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n    identitySynchronization:\n      userSyncInbound: { isSyncAllowed: true }\n`),
    at: ['7:5'],
  },
  'contoso/partner-has-owner': {
    pass: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n    owner: identity-team@contoso.com\n`),
    fail: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n    owner: identity-team@contoso.com\n  - tenantId: ${NORTHWIND}\n    name: Northwind\n`),
    at: ['10:5'],
  },
  'contoso/cross-cloud-has-ticket': {
    pass: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n    cloud: usGovernment\n    ticket: CHG-1234\n  - tenantId: ${NORTHWIND}\n    name: Northwind\n`),
    fail: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n    cloud: usGovernment\n`),
    at: ['7:5'],
  },
  'contoso/known-tags': {
    pass: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n    tags: [supplier, approved-direct-connect]\n`),
    fail: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n    tags: [supplier, aproved-direct-connect]\n`),
    at: ['9:22'],
  },
  'contoso/suppliers-reviewed': {
    pass: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n    tags: [supplier]\n    reviewBy: 2027-06-30\n  - tenantId: ${NORTHWIND}\n    name: Northwind\n`),
    fail: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n    tags: [supplier]\n`),
    at: ['7:5'],
  },
  'contoso/inbound-apps-allow-list': {
    pass: tenant('', `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n${APPS_LISTED}`),
    fail: tenant(
      yaml`
        b2bCollaborationInbound:
          usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
          applications: { accessType: blocked, targets: [{ target: 00000003-0000-0000-c000-000000000000, targetType: application }] }
      `.replace(/^/gm, '  ').replace(/ +$/, ''),
      `  - tenantId: ${FABRIKAM}\n    name: Fabrikam\n${APPS_LISTED}  - tenantId: ${NORTHWIND}\n    name: Northwind\n`,
    ),
    // One finding at the default's list, inherited by Northwind (Fabrikam lists its own apps).
    at: ['9:5'],
  },
};

const policies = cookbook();

describe('docs/policies.md cookbook', () => {
  it('has at least eight policies, each with cases here, and no case without a policy', () => {
    expect(policies.length).toBeGreaterThanOrEqual(8);
    expect(policies.map((p) => p.id).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const policy of policies) {
    describe(policy.id, () => {
      const rules = policyRules(compilePolicies([policy]));
      const run = (text: string) => {
        const config = defaultConfig();
        config.preset = 'all';
        return lintFiles([{ path: 'tenant.xtap.yaml', text }], { config, policies: rules }).result.files.flatMap((f) => f.findings);
      };
      const c = CASES[policy.id];
      it('passes on a repository that satisfies it', () => {
        const all = run(c.pass);
        expect(all.filter((f) => f.ruleId === 'schema' || f.ruleId === 'syntax').map((f) => f.message), 'fixture must be valid').toEqual([]);
        expect(all.filter((f) => f.ruleId === policy.id).map((f) => `${f.range.line}:${f.range.column} ${f.message}`)).toEqual([]);
      });
      it('fails on a repository that breaks it, at the node the failing value came from', () => {
        const all = run(c.fail);
        expect(all.filter((f) => f.ruleId === 'schema' || f.ruleId === 'syntax').map((f) => f.message), 'fixture must be valid').toEqual([]);
        const found = all.filter((f) => f.ruleId === policy.id);
        expect(found.map((f) => `${f.range.line}:${f.range.column}`), found.map((f) => f.message).join('\n')).toEqual(c.at);
        for (const f of found) {
          expect(f.severity).toBe(policy.severity);
          expect(f.message).toContain(`organization policy \`${policy.id}\``);
        }
      });
    });
  }
});
