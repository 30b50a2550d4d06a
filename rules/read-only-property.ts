import { always, defineRule } from '../src/engine/rule.js';
import { declarations, levelName } from '../src/engine/levels.js';
import { READ_ONLY } from '../src/resolve/model.js';

export default defineRule({
  id: 'read-only-property',
  meta: {
    description: '`isServiceDefault`, `isServiceProvider` or `isInMultiTenantOrganization` declared: service-managed properties that are ignored on export.',
    category: 'validity',
    checksForm: true,
    severity: always('warning'),
    sources: [
      'Microsoft Graph: the update pages of crossTenantAccessPolicyConfigurationDefault and crossTenantAccessPolicyConfigurationPartner list neither property among those that can be updated, https://learn.microsoft.com/graph/api/crosstenantaccesspolicyconfigurationpartner-update',
    ],
  },
  check(ctx) {
    for (const { partner, decl } of declarations(ctx.model)) {
      for (const name of READ_ONLY) {
        const v = decl.readOnly[name];
        if (!v) continue;
        ctx.report({
          at: v.key,
          message: {
            what: `\`${name}\` on ${levelName(partner)} is managed by Microsoft's service and is ignored on export.`,
            why: 'Microsoft Graph sets this property itself and accepts no update of it, so the value written here changes nothing and can drift from the tenant.',
            fix: 'Remove the property (an import brings it along); to keep it as a record of the imported state, disable this rule for the file.',
          },
        });
      }
    }
  },
});
