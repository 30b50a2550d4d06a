import { always, defineRule } from '../src/engine/rule.js';
import { isKeyword, SETTING_LABEL } from '../src/resolve/knowledge.js';
import type { B2BSettingName } from '../src/resolve/knowledge.js';
import type { TargetDecl } from '../src/resolve/model.js';

/** Default settings whose users and groups cannot be scoped (reference/graph-model.md §7 R3, R3b). */
const UNSCOPABLE: readonly B2BSettingName[] = ['b2bCollaborationInbound', 'b2bDirectConnectInbound', 'tenantRestrictions'];

const WHY: Record<string, string> = {
  b2bCollaborationInbound:
    'The default applies to every external organization, and Microsoft documents: "You cannot target users or groups in inbound default settings." A user or group object ID belongs to one organization; put it in that organization\'s partner entry.',
  b2bDirectConnectInbound:
    'The default applies to every external organization, and Microsoft documents: "You cannot target users or groups in inbound default settings." A user or group object ID belongs to one organization; put it in that organization\'s partner entry.',
  tenantRestrictions:
    'Microsoft documents for tenant restrictions: "Default settings can\'t be scoped to individual accounts or groups, so Applies to always equals All <your tenant> users and groups."',
};

function targetName(t: TargetDecl): string {
  return t.label ? `\`${t.target.value}\` (${t.label})` : `\`${t.target.value}\``;
}

export default defineRule({
  id: 'default-specific-targets',
  meta: {
    description:
      'The default inbound B2B collaboration or B2B direct connect settings, or the default tenant restrictions, target specific users or groups instead of `AllUsers`.',
    category: 'validity',
    severity: always('error'),
    sources: [
      'Microsoft Entra: Configure cross-tenant access settings for B2B collaboration and for B2B direct connect — "You cannot target users or groups in inbound default settings", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration, https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-direct-connect',
      'Microsoft Entra: Set up tenant restrictions v2 — "Default settings can\'t be scoped to individual accounts or groups", https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const name of UNSCOPABLE) {
        const setting = tenant.defaultDecl.b2b[name];
        if (!setting || setting.isNull) continue;
        for (const t of setting.usersAndGroups?.targets ?? []) {
          // Keywords and application targets are not users or groups: target-type-mismatch reports them.
          if (isKeyword(t.target.value) || t.targetType?.value === 'application') continue;
          ctx.report({
            at: t.target.loc,
            message: {
              what: `The default's ${SETTING_LABEL[name]} targets ${targetName(t)} in \`usersAndGroups\`; the default can only target \`AllUsers\`.`,
              why: WHY[name] ?? '',
              fix:
                name === 'tenantRestrictions'
                  ? 'Target `AllUsers` in the default, and scope users and groups in a partner entry for their organization.'
                  : 'Target `AllUsers` in the default, and move specific users and groups to a partner entry for their organization.',
            },
          });
        }
      }
    }
  },
});
