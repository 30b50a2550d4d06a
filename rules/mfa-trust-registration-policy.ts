import { always, defineRule } from '../src/engine/rule.js';
import { levelName } from '../src/engine/levels.js';
import type { Loc } from '../src/resolve/model.js';

/** At most this many trusting levels are named in the message and listed as related locations. */
const NAMED = 3;
const RELATED = 10;

export default defineRule({
  id: 'mfa-trust-registration-policy',
  meta: {
    description: "MFA from external organizations trusted while the tenant does not declare that Identity Protection's MFA registration policy excludes guests (one finding per tenant).",
    category: 'trust',
    severity: always('info'),
    sources: [
      'Microsoft Entra: Cross-tenant access overview — "We recommend excluding external users from the Identity Protection MFA registration policy, if you are going to trust MFA for external users.", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      const fact = tenant.facts.mfaRegistrationPolicyExcludesGuests;
      if (fact?.value === true) continue;
      // The finding is about one tenant fact: one finding per tenant, naming the levels that trust MFA.
      const levels: Array<{ name: string; at: Loc }> = [];
      const defaultTrust = tenant.defaults.inboundTrust.isMfaAccepted;
      if (defaultTrust.value) levels.push({ name: 'the default', at: defaultTrust.at });
      let inheriting = 0;
      for (const partner of tenant.partners) {
        const trust = partner.effective.inboundTrust.isMfaAccepted;
        if (!trust.value) continue;
        if (trust.level === 'partner') levels.push({ name: levelName(partner), at: trust.at });
        else inheriting++;
      }
      const first = levels[0];
      if (!first) continue;
      const declaredFalse = fact?.value === false;
      const count = levels.length;
      const named = levels.slice(0, NAMED).map((l) => l.name);
      const more = count > NAMED ? `, and ${count - NAMED} more` : '';
      const inherit = inheriting && defaultTrust.value ? `; ${inheriting} partner${inheriting === 1 ? ' inherits' : 's inherit'} the default's trust` : '';
      const at = declaredFalse && fact ? fact.loc : first.at;
      const related = levels
        .filter((l) => l.at !== at)
        .slice(0, RELATED)
        .map((l) => ({ at: l.at, message: `MFA trusted by ${l.name} here` }));
      ctx.report({
        at,
        related,
        message: {
          what: `MFA from external organizations is trusted (\`isMfaAccepted: true\`) at ${count} level${count === 1 ? '' : 's'} of tenant ${tenant.label} (${named.join(', ')}${more}${inherit}), while ${declaredFalse ? "Identity Protection's MFA registration policy includes guests (`tenant.facts.mfaRegistrationPolicyExcludesGuests: false`)" : "the tenant does not declare that Identity Protection's MFA registration policy excludes guests"}.`,
          why: 'Microsoft recommends excluding external users from the MFA registration policy when you trust their MFA: otherwise guests who already did MFA at home are asked to register MFA here as well.',
          fix: 'Exclude guests and external users from the Identity Protection MFA registration policy and declare `tenant.facts.mfaRegistrationPolicyExcludesGuests: true`.',
        },
      });
    }
  },
});
