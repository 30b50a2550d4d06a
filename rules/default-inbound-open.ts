import { defineRule, strictOnly } from '../src/engine/rule.js';
import { grantsEverything } from '../src/resolve/access.js';

export default defineRule({
  id: 'default-inbound-open',
  meta: {
    description: "The default's inbound B2B collaboration lets all users of every external organization into all applications.",
    category: 'posture',
    severity: strictOnly('warning'),
    compliance: ['cisa:MS.AAD.8.3v1', 'maester:CISA.MS.AAD.8.3', 'cipp:health-1'],
    sources: [
      'Maester CISA.MS.AAD.8.3: guest invites only to specific external domains; expects default inbound B2B collaboration blocked, https://maester.dev/docs/tests/CISA.MS.AAD.8.3',
      "Microsoft Entra: Cross-tenant access overview — B2B collaboration is allowed for all external users and apps by default, https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview",
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      const inbound = tenant.defaults.b2b.b2bCollaborationInbound;
      if (!grantsEverything(inbound)) continue;
      const declared = inbound.level !== 'service';
      ctx.report({
        at: inbound.at,
        message: {
          what: `The default's inbound B2B collaboration${declared ? '' : ' (Microsoft\'s service default, not declared)'} lets all users of every external organization into all applications.`,
          why: 'Any Microsoft Entra organization not listed in `partners` can then be invited and reach every app that guests can be given; the CISA baseline (Maester CISA.MS.AAD.8.3) expects inbound collaboration limited to the organizations you choose. Blocking the default can cut off existing guests, so review partners first.',
          fix: 'Block both halves of `default.b2bCollaborationInbound` (`AllUsers` and `AllApplications`, each `accessType: blocked`; one half alone is a `users-apps-conflict` error) and allow inbound B2B collaboration in the partner entries of the organizations you work with.',
        },
      });
    }
  },
});
