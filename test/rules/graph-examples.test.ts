/**
 * Microsoft's own example bodies (reference/graph-model.md §8), linted as a team would keep them: each placed in a
 * tenant file (P2, no facts declared) and checked with the `recommended` preset. Each must give exactly the findings
 * listed — no more (a false positive on Microsoft's documented configuration) and no fewer.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lintAll } from '../helpers/rule-tester.js';
import { GRAPH_EXAMPLES, mend } from '../validate/fixtures/graph-examples.js';
import type { GraphExample } from '../validate/fixtures/graph-examples.js';

const TENANT = { id: '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b', name: 'Contoso', license: 'p2' };
/** The partner of the PATCH examples (E6, E7), which carry no tenantId of their own. */
const PATCHED_PARTNER = '90e29127-71ad-49c7-9ce8-db3f41ea06f1';

function declaration(example: GraphExample): string {
  const body = JSON.parse(mend(example.json)) as Record<string, unknown>;
  switch (example.place) {
    case 'default':
      return stringify({ tenant: TENANT, default: body });
    case 'partner':
      return stringify({ tenant: TENANT, partners: [{ tenantId: PATCHED_PARTNER, ...body }] });
    case 'identitySynchronization':
      return stringify({ tenant: TENANT, partners: [{ tenantId: PATCHED_PARTNER, name: 'Fabrikam', identitySynchronization: body }] });
    case 'crossTenantAccessPolicy':
      return stringify({ tenant: TENANT, crossTenantAccessPolicy: body });
  }
}

const SERVICE_DEFAULT = ["6:3 warning read-only-property `isServiceDefault` on the default is managed by Microsoft's service"];
const E4 = (outbound: number, inbound: number): string[] => [
  // Half-stated settings (SPEC §2): warnings naming the inherited half, never errors (issue 12 item 12).
  `${outbound}:5 warning users-apps-conflict Partner 3d0f5dec-5d3d-455c-8016-e2af1ae4d31a's outbound B2B direct connect blocks all applications for specific users and groups only — it states only \`usersAndGroups\``,
  `${inbound}:5 warning users-apps-conflict Partner 3d0f5dec-5d3d-455c-8016-e2af1ae4d31a's inbound B2B direct connect allows applications but blocks all users (\`AllUsers\`), so it grants no access — it states only \`applications\``,
];

/** What each example must give: `line:column severity rule` and the start of the finding's first sentence. */
const EXPECTED: Record<string, string[]> = {
  // The service default, as GET returns it: only the service-managed flag an import brings.
  E1: SERVICE_DEFAULT,
  E2: SERVICE_DEFAULT,
  // "Block outbound B2B collaboration for a group": Graph reads it as the group blocked and everyone else allowed (R2),
  // which the admin center refuses (warning); and the group cannot read partners' encrypted mail (info, item 14).
  E3a: [
    "6:3 warning users-apps-conflict The default's outbound B2B collaboration blocks all applications for specific users and groups only.",
    "10:19 info rms-outbound The default's outbound B2B collaboration blocks Microsoft Rights Management Services (00000012-0000-0000-c000-000000000000) for the users it blocks",
  ],
  E3b: [],
  E3c: [],
  E3d: [],
  'E3-reset': [],
  'E4-request': E4(7, 13),
  'E4-response': E4(10, 16),
  // Direct connect to Office365 (Teams included) with MFA trust inherited (not trusted); the fact is not declared.
  E5: [
    "8:5 warning read-only-property `isInMultiTenantOrganization` on partner 9c5d131d-b1c3-4fc4-9e3f-c6557947d551 is managed by Microsoft's service",
    "15:5 warning direct-connect-mfa-trust Partner 9c5d131d-b1c3-4fc4-9e3f-c6557947d551's inbound B2B direct connect lets external users in, but MFA from their organization is not trusted",
  ],
  E6a: ['8:22 info mfa-trust-registration-policy MFA from external organizations is trusted (`isMfaAccepted: true`) at 1 level of tenant Contoso (partner 90e29127-71ad-49c7-9ce8-db3f41ea06f1)'],
  E6b: [],
  E6c: [],
  E6d: [],
  // The four portal apps Microsoft tells you to allow: nothing missing.
  E6e: [],
  // User sync in without automatic redemption inbound: Microsoft requires both.
  E7: ["11:24 error sync-automatic-redemption Partner Fabrikam's identity synchronization lets users sync in from Fabrikam, but its effective `automaticUserConsentSettings.inboundAllowed` is not true."],
  E8: [],
};

describe("Microsoft's example bodies give exactly the findings they should (reference/graph-model.md §8)", () => {
  it('covers every example', () => {
    expect(GRAPH_EXAMPLES.map((e) => e.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const example of GRAPH_EXAMPLES) {
    it(`${example.id}: ${example.title}`, () => {
      const found = lintAll(declaration(example), { preset: 'recommended' });
      const expected = EXPECTED[example.id] ?? [];
      expect(found.map((f) => `${f.range.line}:${f.range.column} ${f.severity} ${f.ruleId}`)).toEqual(expected.map((e) => e.split(' ').slice(0, 3).join(' ')));
      found.forEach((f, i) => {
        const want = expected[i] ?? '';
        expect(`${f.range.line}:${f.range.column} ${f.severity} ${f.ruleId} ${f.parts?.what ?? ''}`).toContain(want);
      });
    });
  }
});
