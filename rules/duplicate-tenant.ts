import { always, defineRule } from '../src/engine/rule.js';
import { where } from '../src/engine/tenants.js';

export default defineRule({
  id: 'duplicate-tenant',
  meta: {
    description: 'One tenant ID declared by two tenant files: a tenant has one set of cross-tenant access settings.',
    category: 'validity',
    checksForm: true,
    severity: always('error'),
    sources: [
      'Microsoft Graph: crossTenantAccessPolicy is a singleton per tenant (`/policies/crossTenantAccessPolicy`, with one `default` and one `partners` collection), https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicy-overview',
    ],
  },
  check(ctx) {
    for (const same of ctx.model.tenantsById.values()) {
      const [first, ...later] = same;
      if (!first) continue;
      for (const t of later) {
        ctx.report({
          at: t.idLoc,
          message: {
            what: `Tenant ${t.label} (\`${t.id}\`) is declared again; it was first declared at ${where(first.idLoc)}.`,
            why: 'A tenant has exactly one cross-tenant access policy: two files cannot both be its settings, and the rules that compare two tenants would silently read only the first.',
            fix: `Merge this file into ${first.file.path} (move its partners into a partner file that ${first.file.path} includes), or correct the tenant ID.`,
          },
          related: [{ at: first.idLoc, message: 'first declared here' }],
        });
      }
    }
  },
});
