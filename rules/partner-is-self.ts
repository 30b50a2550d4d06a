import { always, defineRule } from '../src/engine/rule.js';
import { levelOwner } from '../src/engine/levels.js';

export default defineRule({
  id: 'partner-is-self',
  meta: {
    description: "A partner entry whose `tenantId` is the tenant's own ID.",
    category: 'validity',
    checksForm: true,
    severity: always('error'),
    sources: [
      'Microsoft Graph: crossTenantAccessPolicyConfigurationPartner — `tenantId`: "The tenant identifier for the partner Microsoft Entra organization. Read-only. Key.", https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner',
      'Microsoft Entra: Cross-tenant access overview — cross-tenant access settings control collaboration with other Microsoft Entra organizations, https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const partner of tenant.partners) {
        if (partner.id !== tenant.id) continue;
        ctx.report({
          at: partner.idLoc,
          message: {
            what: `${levelOwner(partner)} \`tenantId\` is the ID of tenant ${tenant.label} itself.`,
            why: "Cross-tenant access settings govern other Microsoft Entra organizations: a partner configuration is for an external tenant, and your own users never pass through your own tenant's cross-tenant settings, so this entry applies to nothing (or the request is rejected).",
            fix: 'Correct the `tenantId` to the partner organization\'s tenant ID, or remove the entry.',
          },
        });
      }
    }
  },
});
