import { always, defineRule } from '../src/engine/rule.js';
import { CLOUD_ENDPOINT, CLOUD_NAME, CLOUDS, cloudPairSupported } from '../src/resolve/knowledge.js';
import type { Cloud } from '../src/resolve/knowledge.js';
import type { Loc, PartnerModel, RepoModel, TenantModel } from '../src/resolve/model.js';
import { declaredTenant, partnerCloud } from '../src/engine/tenants.js';
import { levelName } from '../src/engine/levels.js';
import { suggest } from '../src/validate/suggest.js';

const ENDPOINTS: readonly string[] = CLOUDS.map((c) => CLOUD_ENDPOINT[c]);

/** What an `allowedCloudEndpoints` value means: itself when documented, else its near miss (reported on its own). */
function endpointMeant(value: string): string | undefined {
  return ENDPOINTS.includes(value) ? value : suggest(value, ENDPOINTS);
}

/**
 * "Partner Fabrikam is in Microsoft Azure Government", noting where the cloud comes from when it is not the entry's
 * own `cloud:`: the partner's own tenant file in the repository. (A partner without `cloud:` and without a tenant
 * file is in the tenant's own cloud, so it never gets here.)
 */
function partnerCloudText(model: RepoModel, partner: PartnerModel, cloud: Cloud): string {
  const own = declaredTenant(model, partner.id);
  const from = own && (own.cloud !== partner.cloud || !partner.cloudLoc) ? ` (its own tenant file, ${own.file.path}, declares \`cloud: ${own.cloud}\`)` : '';
  return `${levelName(partner, true)} is in ${CLOUD_NAME[cloud]}${from}`;
}

function checkEndpoints(tenant: TenantModel, report: (at: Loc, what: string, why: string, fix: string) => void): void {
  for (const ep of tenant.allowedCloudEndpoints) {
    if (ENDPOINTS.includes(ep.value)) continue;
    const near = suggest(ep.value, ENDPOINTS);
    report(
      ep.loc,
      `\`${ep.value}\` is not a Microsoft cloud endpoint${near ? ` (did you mean \`${near}\`?)` : ''}.`,
      `Microsoft Graph supports exactly these values in \`allowedCloudEndpoints\`: ${ENDPOINTS.map((e) => `\`${e}\``).join(', ')}.`,
      near ? `Write \`${near}\`.` : 'Use one of the three endpoints, or remove the value.',
    );
  }
}

export default defineRule({
  id: 'cloud-settings',
  meta: {
    description:
      'A partner in another Microsoft cloud whose cloud is not in `allowedCloudEndpoints`, an unsupported cloud pair, or an `allowedCloudEndpoints` value that is not a documented endpoint.',
    category: 'validity',
    severity: always('error'),
    sources: [
      'Microsoft Entra: Configure Microsoft cloud settings for B2B collaboration — supported pairs, and "Once you enable another Microsoft Azure cloud … add the tenant you want to collaborate with", https://learn.microsoft.com/entra/external-id/cross-cloud-settings',
      'Microsoft Graph: crossTenantAccessPolicy.allowedCloudEndpoints — "Supported values for this field are: microsoftonline.com, microsoftonline.us, and partner.microsoftonline.cn", https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicy',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      checkEndpoints(tenant, (at, what, why, fix) => ctx.report({ at, message: { what, why, fix } }));
      const enabled = new Set(tenant.allowedCloudEndpoints.map((e) => endpointMeant(e.value)));
      for (const partner of tenant.partners) {
        // The partner's cloud is its own tenant file's when the repository declares it, as for every other rule.
        const other: Cloud = partnerCloud(ctx.model, partner);
        if (other === tenant.cloud) continue;
        const at = partner.cloudLoc ?? partner.entryKey;
        if (!cloudPairSupported(tenant.cloud, other)) {
          ctx.report({
            at,
            message: {
              what: `${partnerCloudText(ctx.model, partner, other)}, and this tenant is in ${CLOUD_NAME[tenant.cloud]}: B2B collaboration between these clouds is not supported.`,
              why: `Microsoft supports cross-cloud B2B collaboration only between ${CLOUD_NAME.commercial} and ${CLOUD_NAME.usGovernment}, and between ${CLOUD_NAME.commercial} and ${CLOUD_NAME.china}.`,
              fix: "Correct the partner's `cloud:`, or remove the partner entry.",
            },
          });
          continue;
        }
        const endpoint = CLOUD_ENDPOINT[other];
        if (enabled.has(endpoint)) continue;
        ctx.report({
          at,
          message: {
            what: `${partnerCloudText(ctx.model, partner, other)}, but \`crossTenantAccessPolicy.allowedCloudEndpoints\` does not contain \`${endpoint}\`.`,
            why: 'B2B collaboration with an organization in another Microsoft cloud works only after that cloud is enabled in the Microsoft cloud settings; until then this partner entry has no effect.',
            fix: `Add \`${endpoint}\` to \`crossTenantAccessPolicy.allowedCloudEndpoints\`${partner.cloudLoc || declaredTenant(ctx.model, partner.id) ? '' : ", or declare the partner's `cloud:`"}.`,
          },
        });
      }
    }
  },
});
