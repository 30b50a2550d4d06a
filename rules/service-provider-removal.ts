import { always, defineRule } from '../src/engine/rule.js';
import { levelName, partnerWithId } from '../src/engine/levels.js';
import { removedPartners, where } from '../src/engine/tenants.js';

export default defineRule({
  id: 'service-provider-removal',
  meta: {
    description: 'A partner that is a cloud service provider for the tenant (`isServiceProvider: true` at the base revision) removed: Microsoft does not let you remove it.',
    category: 'change',
    severity: always('error'),
    needsBase: true,
    sources: [
      'Microsoft Entra: Configure cross-tenant access settings for B2B collaboration — "If the organization is a cloud service provider for your organization (the isServiceProvider property in the Microsoft Graph partner-specific configuration is true), you won\'t be able to remove the organization.", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
    ],
  },
  check(ctx) {
    const base = ctx.base;
    if (!base) return;
    for (const { tenant, removed, at } of removedPartners(ctx.model, base)) {
      const flag = removed.decl.readOnly.isServiceProvider;
      if (flag?.value !== true) continue;
      ctx.report({
        at,
        message: {
          what: `${partnerWithId(removed, true)} was removed from ${tenant.label}, but it is a cloud service provider for this tenant (\`isServiceProvider: true\` at the base revision in ${where(flag.loc)}).`,
          why: 'Microsoft does not let you remove an organization that is a cloud service provider for your tenant: the deletion is refused, and the declaration no longer matches the tenant.',
          fix: `Restore the partner entry for ${removed.label}; end the service provider relationship first if it should go.`,
        },
        related: [{ at: removed.entryKey, message: `${levelName(removed)} at the base revision` }],
      });
    }
  },
});
