import { always, defineRule } from '../src/engine/rule.js';
import { levelName, partnerWithId } from '../src/engine/levels.js';
import { morePermissive, removedPartners, where } from '../src/engine/tenants.js';

export default defineRule({
  id: 'partner-removal-reverts',
  meta: {
    description: 'A partner removed since the base revision while the default is more permissive than its settings were: removing a partner reverts it to the default, it does not block it.',
    category: 'change',
    severity: always('warning'),
    needsBase: true,
    sources: [
      'Microsoft Entra: Cross-tenant access overview — "Organizational settings take precedence over default settings"; an organization not listed gets the default settings, https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      'Microsoft Graph: Delete crossTenantAccessPolicyConfigurationPartner — deleting the partner-specific configuration, https://learn.microsoft.com/graph/api/crosstenantaccesspolicyconfigurationpartner-delete',
    ],
  },
  check(ctx) {
    const base = ctx.base;
    if (!base) return;
    for (const { tenant, removed, at } of removedPartners(ctx.model, base)) {
      const wider = morePermissive(tenant.defaults, removed.effective);
      if (wider.length === 0) continue;
      ctx.report({
        at,
        message: {
          what: `${partnerWithId(removed, true)} was removed from ${tenant.label} (at the base revision in ${where(removed.entryKey)}), and the default now applies to it, which allows more: ${wider.map((w) => `\`${w}\``).join(', ')}.`,
          why: 'Removing a partner entry does not block the organization: it falls back to the default settings, which here let it do more than its own entry did.',
          fix: `To cut ${removed.label} off, keep its partner entry and block what it should not have; if the wider default access is intended, suppress this finding with a reason.`,
        },
        related: [{ at: removed.entryKey, message: `${levelName(removed)} at the base revision` }],
      });
    }
  },
});
