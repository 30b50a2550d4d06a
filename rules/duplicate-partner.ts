import { always, defineRule } from '../src/engine/rule.js';
import { levelName } from '../src/engine/levels.js';
import { where } from '../src/engine/tenants.js';
import type { PartnerModel } from '../src/resolve/model.js';

/** "partners/fabrikam.xtap.yaml:4" — where a partner entry's tenantId is. */
export function partnerPlace(p: PartnerModel): string {
  return where(p.idLoc);
}

export default defineRule({
  id: 'duplicate-partner',
  meta: {
    description: 'A partner tenant ID declared twice for one tenant, in the tenant file or across the partner files it includes.',
    category: 'validity',
    checksForm: true,
    severity: always('error'),
    sources: [
      'Microsoft Graph: crossTenantAccessPolicyConfigurationPartner — `tenantId` is the key of the partner configuration (one configuration per tenant ID), https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const partners of tenant.partnersById.values()) {
        if (partners.length < 2) continue;
        const [first, ...later] = partners;
        if (!first) continue;
        for (const p of later) {
          const same = p.file === first.file;
          ctx.report({
            at: p.idLoc,
            message: {
              what: `${levelName(p, true)}${p.name ? ` (\`${p.id}\`)` : ""} of tenant ${tenant.label} is declared again; it was first declared at ${partnerPlace(first)}.`,
              why: 'Graph keeps one partner configuration per tenant ID (`tenantId` is its key), so two entries cannot both apply: which settings win is decided by file order, not by anyone reading the review.',
              fix: same
                ? 'Merge the two entries into one and remove this one.'
                : `Merge this entry into the one in ${first.file.path} (or move that one here) so the partner is declared once.`,
            },
            related: [{ at: first.idLoc, message: 'first declared here' }],
          });
        }
      }
    }
  },
});
