import { always, defineRule } from '../src/engine/rule.js';
import { checkLevels, insidePartner, levelOwner, possessive } from '../src/engine/levels.js';
import { blocksAllApps, blocksAllUsers, grantsAnything } from '../src/resolve/access.js';

export default defineRule({
  id: 'sync-inbound-blocked',
  meta: {
    description: "Cross-tenant synchronization allowed from a partner while effective inbound B2B collaboration lets none of that partner's users in.",
    category: 'trust',
    severity: always('warning'),
    sources: [
      'Microsoft Entra: Configure cross-tenant access settings for B2B collaboration — "If you have configured cross-tenant synchronization, blocking access for all external users and groups can block cross-tenant sync.", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      checkLevels(ctx, tenant, (settings, partner) => {
        const sync = partner?.identitySynchronization;
        if (!partner || !sync || sync.isNull || sync.userSyncAllowed?.value !== true) return undefined;
        const inbound = settings.b2b.b2bCollaborationInbound;
        if (grantsAnything(inbound)) return undefined;
        const node = blocksAllUsers(inbound.usersAndGroups)
          ? inbound.usersAndGroups.at
          : blocksAllApps(inbound.applications)
            ? inbound.applications.at
            : inbound.at;
        const own = insidePartner(node, partner);
        return {
          key: 'sync-inbound-blocked',
          // Blocked by the default: the partner's own sync is what makes it a problem, so point there.
          at: own ? node : sync.userSyncAllowed.loc,
          message: {
            what: `${levelOwner(partner)} identity synchronization lets users sync in from ${partner.label}, but its effective inbound B2B collaboration${own ? '' : ' (inherited from the default)'} lets none of ${possessive(partner.label)} users in.`,
            why: 'Synchronized users are B2B collaboration users of this tenant; Microsoft warns that blocking access for all external users and groups can block cross-tenant synchronization.',
            fix: `Allow ${possessive(partner.label)} synchronized users inbound B2B collaboration on this partner (\`b2bCollaborationInbound\`), or stop the synchronization.`,
          },
          ...(own ? {} : { related: [{ at: node, message: 'inbound B2B collaboration blocked here' }] }),
        };
      });
    }
  },
});
