import { always, defineRule } from '../src/engine/rule.js';
import { checkLevels, levelOwner } from '../src/engine/levels.js';

export default defineRule({
  id: 'mfa-trust-registration-policy',
  meta: {
    description: "MFA from an external organization trusted while the tenant does not declare that Identity Protection's MFA registration policy excludes guests.",
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
      const declaredFalse = fact?.value === false;
      checkLevels(ctx, tenant, (settings, partner) => {
        const trust = settings.inboundTrust.isMfaAccepted;
        if (!trust.value) return undefined;
        return {
          key: 'mfa-trust-registration-policy',
          at: trust.at,
          message: {
            what: `${levelOwner(partner)} inbound trust accepts MFA from ${partner ? partner.label : 'external organizations'} (\`isMfaAccepted: true\`), while ${declaredFalse ? "Identity Protection's MFA registration policy includes guests (`tenant.facts.mfaRegistrationPolicyExcludesGuests: false`)" : "the tenant does not declare that Identity Protection's MFA registration policy excludes guests"}.`,
            why: 'Microsoft recommends excluding external users from the MFA registration policy when you trust their MFA: otherwise guests who already did MFA at home are asked to register MFA here as well.',
            fix: 'Exclude guests and external users from the Identity Protection MFA registration policy and declare `tenant.facts.mfaRegistrationPolicyExcludesGuests: true`.',
          },
        };
      });
    }
  },
});
