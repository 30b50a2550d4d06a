import { always, defineRule } from '../src/engine/rule.js';

/** Reported by the validate stage (src/validate) against schemas/tenant.schema.json and schemas/partner.schema.json. */
export default defineRule({
  id: 'schema',
  meta: {
    description: 'A JSON Schema violation: unknown or misspelled property, wrong type, bad enum value, malformed GUID, missing required key.',
    category: 'validity',
    severity: always('error'),
    fixable: true,
    sources: [
      'Microsoft Graph v1.0 and beta metadata for crossTenantAccessPolicy, https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicy-overview',
      'Graph property names are case-sensitive: microsoftgraph/msgraph-sdk-powershell#3320, https://github.com/microsoftgraph/msgraph-sdk-powershell/issues/3320; Microsoft365DSC#7272, https://github.com/Microsoft365DSC/Microsoft365DSC/issues/7272',
    ],
  },
  check() {},
});
