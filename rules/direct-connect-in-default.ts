import { always, defineRule } from '../src/engine/rule.js';
import { directConnectAllowed } from '../src/resolve/direct-connect.js';
import { SETTING_LABEL } from '../src/resolve/knowledge.js';

export default defineRule({
  id: 'direct-connect-in-default',
  meta: {
    description: 'B2B direct connect allowed in `default`, that is, with every external Microsoft Entra organization.',
    category: 'trust',
    severity: always('warning'),
    compliance: ['cipp:health-3'],
    sources: [
      'Microsoft Entra: Cross-tenant access overview — by default "outbound B2B direct connect is blocked for your entire tenant, and inbound B2B direct connect is blocked for all external Microsoft Entra organizations", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      'Microsoft Entra: Configure cross-tenant access settings for B2B direct connect — "typically leave the default settings as-is" and enable direct connect per organization, https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-direct-connect',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const name of ['b2bDirectConnectInbound', 'b2bDirectConnectOutbound'] as const) {
        const setting = tenant.defaults.b2b[name];
        // Judged by whether some user can reach Teams: direct connect serves Teams shared channels only.
        if (!directConnectAllowed(setting)) continue;
        const inbound = name === 'b2bDirectConnectInbound';
        ctx.report({
          at: setting.at,
          message: {
            what: `The default's ${SETTING_LABEL[name]} ${inbound ? 'lets users of every external organization in' : 'lets your users into every external organization'}.`,
            why: `The default applies to every Microsoft Entra organization not listed in \`partners\`; ${inbound ? 'their users then reach your Teams shared channels without a guest account in your directory' : 'your users can then join the shared channels of any organization that allows them'}. Microsoft blocks B2B direct connect by default and has you enable it per organization.`,
            fix: `Block ${SETTING_LABEL[name]} in the default and allow it in the partner entries of the organizations you share channels with.`,
          },
        });
      }
    }
  },
});
