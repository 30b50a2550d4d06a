import { possessive } from '../src/engine/levels.js';
import { always, defineRule } from '../src/engine/rule.js';
import { appliedSource, declaredTenant, effectiveFor, where } from '../src/engine/tenants.js';
import type { ConsentMember } from '../src/resolve/knowledge.js';

const OPPOSITE: Record<ConsentMember, ConsentMember> = { inboundAllowed: 'outboundAllowed', outboundAllowed: 'inboundAllowed' };

export default defineRule({
  id: 'automatic-redemption-mutual',
  meta: {
    description: "Automatic redemption turned on for a partner whose own tenant file, in the repository, does not turn on the other half: A's `inboundAllowed` for B without B's `outboundAllowed` for A, or the reverse.",
    category: 'multi-tenant',
    severity: always('warning'),
    sources: [
      'Microsoft Entra: automatic redemption — "suppresses the consent prompt and invitation email only if you select this setting for both the home/source tenant (outbound) and resource/target tenant (inbound)", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
      'Microsoft Graph: inboundOutboundPolicyConfiguration; automatic redemption is partner-only and works only when mutual, https://learn.microsoft.com/graph/api/resources/inboundoutboundpolicyconfiguration',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const partner of tenant.partners) {
        const other = declaredTenant(ctx.model, partner.id);
        if (!other || other.id === tenant.id) continue;
        for (const member of ['inboundAllowed', 'outboundAllowed'] as const) {
          const mine = partner.effective.automaticUserConsentSettings[member];
          if (!mine.value) continue;
          const theirs = effectiveFor(other, tenant.id);
          const counterpart = theirs.settings.automaticUserConsentSettings[OPPOSITE[member]];
          if (counterpart.value) continue;
          const inbound = member === 'inboundAllowed';
          const source = appliedSource(theirs, tenant.label, counterpart);
          ctx.report({
            at: mine.at,
            message: {
              what: `Partner ${possessive(partner.label)} automatic redemption ${inbound ? 'inbound' : 'outbound'} is on in ${tenant.label}, but ${possessive(other.label)} \`automaticUserConsentSettings.${OPPOSITE[member]}\` for ${tenant.label} is not true (${source.text}, ${where(source.at)}).`,
              why: `Automatic redemption suppresses the consent prompt only when the resource tenant turns it on inbound and the home tenant outbound; one side alone has no effect${inbound ? ', and cross-tenant synchronization from ' + other.label + ' needs both' : ''}.`,
              fix: `Set \`automaticUserConsentSettings.${OPPOSITE[member]}: true\` in ${possessive(other.label)} partner entry for ${tenant.label} (${other.file.path}), or turn this one off.`,
            },
            related: [{ at: source.at, message: `${possessive(other.label)} automaticUserConsentSettings.${OPPOSITE[member]} for ${tenant.label}` }],
          });
        }
      }
    }
  },
});
