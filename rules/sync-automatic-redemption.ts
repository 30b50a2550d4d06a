import { always, defineRule } from '../src/engine/rule.js';
import { checkLevels, levelOwner } from '../src/engine/levels.js';

export default defineRule({
  id: 'sync-automatic-redemption',
  meta: {
    description: 'Cross-tenant synchronization allowed from a partner whose inbound automatic redemption (`automaticUserConsentSettings.inboundAllowed`) is not turned on.',
    category: 'trust',
    severity: always('error'),
    sources: [
      'Microsoft Entra: automatic redemption — "Required" for cross-tenant synchronization, https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
      'Microsoft Entra: Cross-tenant synchronization overview — the target tenant allows users sync into this tenant and enables automatic redemption, https://learn.microsoft.com/entra/identity/multi-tenant-organizations/cross-tenant-synchronization-overview',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      checkLevels(ctx, tenant, (settings, partner) => {
        const sync = partner?.identitySynchronization;
        if (!partner || !sync || sync.isNull || sync.userSyncAllowed?.value !== true) return undefined;
        const consent = settings.automaticUserConsentSettings.inboundAllowed;
        if (consent.value) return undefined;
        return {
          key: 'sync-without-automatic-redemption',
          at: sync.userSyncAllowed.loc,
          message: {
            what: `${levelOwner(partner)} identity synchronization lets users sync in from ${partner.label}, but its effective \`automaticUserConsentSettings.inboundAllowed\` is not true.`,
            why: 'Microsoft lists automatic redemption as required for cross-tenant synchronization, inbound in the target tenant and outbound in the source tenant: without it, synchronization from this organization does not work as configured.',
            fix: `Set \`automaticUserConsentSettings.inboundAllowed: true\` on this partner; ${partner.label} must also set \`outboundAllowed: true\` for this tenant.`,
          },
        };
      });
    }
  },
});
