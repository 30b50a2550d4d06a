import { always, defineRule } from '../src/engine/rule.js';
import { checkLevels, levelOwner } from '../src/engine/levels.js';
import type { LevelProblem } from '../src/engine/levels.js';
import { partnerCloud } from '../src/engine/tenants.js';
import { directConnectAllowed } from '../src/resolve/direct-connect.js';
import { CLOUD_NAME, SETTING_LABEL } from '../src/resolve/knowledge.js';

export default defineRule({
  id: 'direct-connect-cross-cloud',
  meta: {
    description: 'B2B direct connect allowed with a partner in another Microsoft cloud, where Microsoft does not support it.',
    category: 'trust',
    severity: always('error'),
    sources: [
      'Microsoft Entra: Cross-tenant access overview and Microsoft cloud settings — "B2B direct connect is not supported for collaboration with Microsoft Entra tenants in a different Microsoft cloud.", https://learn.microsoft.com/entra/external-id/cross-cloud-settings',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      checkLevels(ctx, tenant, (settings, partner) => {
        if (!partner) return undefined;
        const cloud = partnerCloud(ctx.model, partner);
        if (cloud === tenant.cloud) return undefined;
        const problems: LevelProblem[] = [];
        for (const name of ['b2bDirectConnectInbound', 'b2bDirectConnectOutbound'] as const) {
          const setting = settings.b2b[name];
          if (!directConnectAllowed(setting)) continue;
          const inbound = name === 'b2bDirectConnectInbound';
          problems.push({
            key: `cross-cloud:${name}`,
            at: setting.at,
            // Its own `cloud` is what makes an inherited setting a problem for this partner (SPEC §2).
            ...(partner.cloudLoc ? { partnerAt: partner.cloudLoc } : {}),
            message: {
              what: `${levelOwner(partner)} ${SETTING_LABEL[name]} ${inbound ? `lets users of ${partner.label} in` : `lets your users into ${partner.label}`}, but ${partner.label} is in ${CLOUD_NAME[cloud]} and this tenant in ${CLOUD_NAME[tenant.cloud]}.`,
              why: 'Microsoft does not support B2B direct connect with Microsoft Entra tenants in a different Microsoft cloud: the setting has no effect, and Teams shared channels with this organization will not work.',
              fix: `Block ${SETTING_LABEL[name]} for this partner; collaborate across clouds through B2B collaboration instead.`,
            },
          });
        }
        return problems;
      });
    }
  },
});
