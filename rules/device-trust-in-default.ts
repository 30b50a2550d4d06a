import { always, defineRule } from '../src/engine/rule.js';

const MEMBERS = {
  isCompliantDeviceAccepted: 'compliant device',
  isHybridAzureADJoinedDeviceAccepted: 'Microsoft Entra hybrid joined device',
} as const;

export default defineRule({
  id: 'device-trust-in-default',
  meta: {
    description: 'Compliant or hybrid joined device claims trusted in `default`, that is, from every external organization.',
    category: 'trust',
    severity: always('warning'),
    compliance: ['cipp:ExternalComplianceTrusted'],
    sources: [
      'Microsoft Graph: crossTenantAccessPolicyInboundTrust — "Specifies whether compliant devices from external Azure AD organizations are trusted.", https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyinboundtrust',
      'Microsoft Entra: Authentication and Conditional Access for B2B users — requiring a compliant or hybrid joined device of external users relies on inbound trust, https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
      'CISA ScubaGear issue #18: implicit trust in foreign compliance policies, https://github.com/cisagov/ScubaGear/issues/18',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const [member, words] of Object.entries(MEMBERS) as Array<[keyof typeof MEMBERS, string]>) {
        const trust = tenant.defaults.inboundTrust[member];
        if (!trust.value) continue;
        ctx.report({
          at: trust.at,
          message: {
            what: `The default trusts ${words} claims from every external organization (\`inboundTrust.${member}: true\`).`,
            why: `Your Conditional Access device requirements then accept any organization's ${words === 'compliant device' ? 'compliance verdict' : 'hybrid join'}, decided by device policies you neither see nor control; the default applies to every organization not listed in \`partners\`.`,
            fix: `Set \`${member}: false\` in the default and trust device claims in the partner entries of the organizations whose device management you rely on.`,
          },
        });
      }
    }
  },
});
