import { levelOwner } from '../src/engine/levels.js';
import { always, defineRule } from '../src/engine/rule.js';
import { partnerCloud } from '../src/engine/tenants.js';
import { sameEffective } from '../src/resolve/equal.js';
import { CLOUD_NAME } from '../src/resolve/knowledge.js';
import type { PartnerModel, RepoModel } from '../src/resolve/model.js';

/**
 * Why a partner entry may exist although its settings equal the default's; undefined when nothing explains it.
 * The partner's cloud is its own tenant file's when the repository declares it (a cross-cloud partner must be listed).
 */
export function partnerReason(model: RepoModel, partner: PartnerModel): string | undefined {
  const cloud = partnerCloud(model, partner);
  if (cloud !== partner.tenant.cloud) return `it is in ${CLOUD_NAME[cloud]}`;
  // Only synchronization that allows something needs the entry; a block that allows nothing explains nothing.
  const sync = partner.identitySynchronization;
  if (sync && !sync.isNull && (sync.userSyncAllowed?.value === true || sync.groupSyncAllowed?.value === true)) return 'it has identity synchronization';
  if (partner.decl.readOnly.isServiceProvider?.value === true) return 'it is a service provider';
  if (partner.decl.readOnly.isInMultiTenantOrganization?.value === true) return 'it is in a multitenant organization';
  return undefined;
}

export default defineRule({
  id: 'partner-redundant',
  meta: {
    description:
      "A partner whose effective settings equal the default's and that nothing else explains (another cloud, identity synchronization, service provider, multitenant organization).",
    category: 'trust',
    severity: always('info'),
    sources: [
      'Microsoft Entra: Cross-tenant access overview — "Organizational settings take precedence over default settings"; unset partner properties inherit the default, https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const partner of tenant.partners) {
        if (partnerReason(ctx.model, partner) !== undefined) continue;
        if (!sameEffective(partner.effective, tenant.defaults)) continue;
        ctx.report({
          at: partner.entryKey,
          message: {
            what: `${levelOwner(partner)} effective settings are the same as the default's.`,
            why: 'An organization without a partner entry gets the default, so this entry changes nothing; it only makes the organization look specially configured and must be kept in step with the default.',
            fix: 'Remove the entry, or declare the settings that should differ from the default.',
          },
        });
      }
    }
  },
});
