import { always, defineRule } from '../src/engine/rule.js';
import { checkLevels, levelOwner } from '../src/engine/levels.js';
import { directConnectAllowed } from '../src/resolve/direct-connect.js';

export default defineRule({
  id: 'direct-connect-mfa-trust',
  meta: {
    description: 'Inbound B2B direct connect allowed for an organization whose MFA is not trusted: where Conditional Access requires MFA, its users are blocked.',
    category: 'trust',
    severity: always('error'),
    variants: ['error', 'warning'],
    sources: [
      'Microsoft Entra: Cross-tenant access overview — "If you want to allow B2B direct connect with an external organization and your Conditional Access policies require MFA, you must configure your trust settings so that your Conditional Access policies will accept MFA claims from the external organization.", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      'Microsoft Entra: B2B direct connect overview — MFA trust is mandatory when Conditional Access requires MFA; users are otherwise blocked, https://learn.microsoft.com/entra/external-id/b2b-direct-connect-overview',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      const fact = tenant.facts.mfaRequiredForExternalUsers;
      if (fact && fact.value === false) continue;
      const required = fact?.value === true;
      checkLevels(ctx, tenant, (settings, partner) => {
        const inbound = settings.b2b.b2bDirectConnectInbound;
        const trust = settings.inboundTrust.isMfaAccepted;
        // Direct connect lets someone in when some user can reach Teams (it serves shared channels only).
        if (!directConnectAllowed(inbound) || trust.value) return undefined;
        // A partner that inherits direct connect and turns the default's MFA trust off changes the outcome: point at its
        // own `isMfaAccepted: false`. One that restates the default's own (untrusted) value changes nothing and shares
        // the default's finding.
        const ownTrustChangesOutcome = partner !== undefined && inbound.level !== 'partner' && trust.level === 'partner' && tenant.defaults.inboundTrust.isMfaAccepted.value;
        const at = ownTrustChangesOutcome ? trust.at : inbound.at;
        return {
          key: 'direct-connect-without-mfa-trust',
          at,
          severity: required ? 'error' : 'warning',
          message: {
            what: `${levelOwner(partner)} inbound B2B direct connect lets external users in, but MFA from their organization is not trusted (\`inboundTrust.isMfaAccepted\`).`,
            why: required
              ? 'A Conditional Access policy in this tenant requires MFA of external users (`tenant.facts.mfaRequiredForExternalUsers: true`), and B2B direct connect users cannot register MFA here: without MFA trust they are blocked, not challenged.'
              : 'If a Conditional Access policy in this tenant requires MFA of external users, B2B direct connect users are blocked, not challenged: they cannot register MFA here, and Microsoft says trust must accept their MFA. Declare `tenant.facts.mfaRequiredForExternalUsers` to make this finding exact.',
            fix: 'Trust MFA from this organization (`inboundTrust.isMfaAccepted: true`), or block inbound B2B direct connect for it.',
          },
        };
      });
    }
  },
});
