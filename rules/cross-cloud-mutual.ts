import { levelName, possessive } from '../src/engine/levels.js';
import { always, defineRule } from '../src/engine/rule.js';
import { cloudEnabled, declaredTenant, where } from '../src/engine/tenants.js';
import { CLOUD_ENDPOINT, CLOUD_NAME } from '../src/resolve/knowledge.js';

export default defineRule({
  id: 'cross-cloud-mutual',
  meta: {
    description: "A tenant that enables another tenant's Microsoft cloud and adds it as a partner, while that tenant, declared in the repository, does not enable the first tenant's cloud or does not add it.",
    category: 'multi-tenant',
    severity: always('error'),
    sources: [
      'Microsoft Entra: Configure Microsoft cloud settings for B2B collaboration — both organizations must enable each other\'s cloud and add each other in Organizational settings, https://learn.microsoft.com/entra/external-id/cross-cloud-settings',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const partner of tenant.partners) {
        const other = declaredTenant(ctx.model, partner.id);
        if (!other || other.id === tenant.id || other.cloud === tenant.cloud) continue;
        if (!cloudEnabled(tenant, other.cloud)) continue;
        const lacksCloud = !cloudEnabled(other, tenant.cloud);
        const lacksPartner = !other.partnersById.has(tenant.id);
        if (!lacksCloud && !lacksPartner) continue;
        const cloudAt = other.allowedCloudEndpointsKey ?? other.policyKey ?? other.tenantKey;
        const partnersAt = other.partnersKey ?? other.tenantKey;
        const missing: string[] = [];
        const fixes: string[] = [];
        const related: Array<{ at: typeof cloudAt; message: string }> = [];
        if (lacksCloud) {
          missing.push(`does not enable ${CLOUD_NAME[tenant.cloud]} (\`${CLOUD_ENDPOINT[tenant.cloud]}\` is not in its \`allowedCloudEndpoints\`, ${where(cloudAt)})`);
          fixes.push(`add \`${CLOUD_ENDPOINT[tenant.cloud]}\` to \`crossTenantAccessPolicy.allowedCloudEndpoints\``);
          related.push({ at: cloudAt, message: `${possessive(other.label)} allowed cloud endpoints` });
        }
        if (lacksPartner) {
          missing.push(`does not list ${tenant.label} in its \`partners\` (${where(partnersAt)})`);
          fixes.push(`add ${tenant.label} (\`tenantId: ${tenant.id}\`) to \`partners\``);
          related.push({ at: partnersAt, message: `${possessive(other.label)} partners` });
        }
        ctx.report({
          at: partner.entryKey,
          message: {
            what: `${levelName(partner, true)} is in ${CLOUD_NAME[other.cloud]}; ${tenant.label} enables that cloud and adds it, but ${other.label} ${missing.join(' and ')}.`,
            why: 'B2B collaboration across Microsoft clouds works only when both organizations enable each other\'s cloud and add each other in their organizational settings; until then every cross-cloud sign-in between them is blocked.',
            fix: `In ${possessive(other.label)} file (${other.file.path}), ${fixes.join(' and ')}.`,
          },
          related,
        });
      }
    }
  },
});
