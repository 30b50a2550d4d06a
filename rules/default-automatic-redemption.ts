import { always, defineRule } from '../src/engine/rule.js';
import { CONSENT_MEMBERS } from '../src/resolve/knowledge.js';
import { setScalarFix } from '../src/fix/edits.js';

export default defineRule({
  id: 'default-automatic-redemption',
  meta: {
    description: '`automaticUserConsentSettings.inboundAllowed` or `outboundAllowed` set to `true` in `default`: automatic redemption is partner-only.',
    category: 'validity',
    severity: always('error'),
    fixable: true,
    sources: [
      'Microsoft Graph: crossTenantAccessPolicyConfigurationDefault — automaticUserConsentSettings "are always false and can\'t be updated in the default configuration. Read-only.", https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault',
      'Microsoft Entra: Configure cross-tenant access settings for B2B collaboration — automatic redemption "applies to Organizational settings only", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      const consent = tenant.defaultDecl.automaticUserConsentSettings;
      if (!consent || consent.isNull) continue;
      for (const member of CONSENT_MEMBERS) {
        const v = consent.members[member];
        if (v?.value !== true) continue;
        const fix = setScalarFix(v.loc, false, `set ${member} to false`);
        ctx.report({
          at: v.loc,
          message: {
            what: `The default's \`automaticUserConsentSettings.${member}\` is \`true\`.`,
            why: 'Automatic redemption can only be turned on per partner: Microsoft Graph documents the default\'s values as "always false" and read-only, so this value is never applied (and an export would be rejected or ignored).',
            fix: `Set it to \`false\` or remove it (\`xtap-lint --fix\` sets \`false\`), and set \`${member}: true\` on each partner organization that should redeem automatically; it works only when both tenants enable it.`,
          },
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
});
