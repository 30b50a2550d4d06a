import { always, defineRule } from '../src/engine/rule.js';
import { declarations, levelOwner } from '../src/engine/levels.js';
import { APPS, KEYWORDS, SETTING_LABEL, TENANTS, appLabel, isKeyword } from '../src/resolve/knowledge.js';
import type { B2BSettingName } from '../src/resolve/knowledge.js';
import type { TargetListDecl } from '../src/resolve/model.js';
import { suggest } from '../src/validate/suggest.js';
import { valueCasingFix } from '../src/fix/casing.js';

/** The Conditional Access keyword for the admin portals, which cross-tenant access settings do not accept. */
const ADMIN_PORTALS = 'MicrosoftAdminPortals';
/** The apps behind the Microsoft Admin Portals group, to add one by one (reference/graph-model.md §6, §11). */
const PORTAL_APPS = [APPS.azurePortal.id, APPS.securityCompliance.id];

/** "The default's inbound B2B collaboration `applications` list" — the list a target sits in, for messages. */
function listName(owner: string, list: TargetListDecl): string {
  const setting = (SETTING_LABEL as Record<string, string | undefined>)[list.setting] ?? `\`${list.setting}\``;
  return `${owner} ${setting} \`${list.half}\` list`;
}

export default defineRule({
  id: 'unsupported-target',
  meta: {
    description:
      'A target that is neither a GUID nor a documented keyword, the `MicrosoftAdminPortals` keyword, or specific users or groups in tenant restrictions for Microsoft Accounts.',
    category: 'validity',
    checksForm: true,
    fixable: true,
    severity: always('error'),
    sources: [
      'Microsoft Graph: crossTenantAccessPolicyTarget — a target is an object or app ID, AllUsers, AllApplications, AllMicrosoftApps or Office365, https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytarget',
      'Microsoft Entra: Configure cross-tenant access settings for B2B collaboration — "You can\'t add the Microsoft Admin Portals app … use the Microsoft Graph API to individually add the following apps", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
      'Microsoft Entra: Tenant restrictions v2 — "User granularity isn\'t supported with Microsoft Accounts", https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2',
    ],
  },
  check(ctx) {
    for (const { partner, decl } of declarations(ctx.model)) {
      const owner = levelOwner(partner);
      for (const list of decl.lists) {
        for (const t of list.targets ?? []) {
          const value = t.target.value;
          if (value === ADMIN_PORTALS) {
            ctx.report({
              at: t.target.loc,
              message: {
                what: `${listName(owner, list)} targets \`${ADMIN_PORTALS}\`.`,
                why: '`MicrosoftAdminPortals` is a Conditional Access keyword; Microsoft documents that the Microsoft Admin Portals app cannot be added to cross-tenant access settings.',
                fix: `Add the portal apps one by one: ${PORTAL_APPS.map(appLabel).join(' and ')}.`,
              },
            });
          } else if (!t.guid && !isKeyword(value)) {
            const near = suggest(value, KEYWORDS);
            // `allusers` → `AllUsers`: a keyword in the wrong case is fixed by `--fix` (src/fix/casing.ts).
            const fix = valueCasingFix(t.target.loc, value, near);
            ctx.report({
              ...(fix ? { fix } : {}),
              at: t.target.loc,
              message: {
                what: `${listName(owner, list)} targets \`${value}\`, which is neither a GUID nor a target keyword${near ? ` (did you mean \`${near}\`?)` : ''}.`,
                why: 'Microsoft Graph accepts as a target only the object ID of a user or group, the app ID of an application, or one of the keywords AllUsers, AllApplications, AllMicrosoftApps and Office365 (case-sensitive).',
                fix: near ? `Write \`${near}\`.` : 'Write the object ID or app ID (a GUID), or one of the four keywords; put a name in `label:`.',
              },
            });
          } else if (
            partner?.id === TENANTS.microsoftAccounts &&
            (list.setting as B2BSettingName) === 'tenantRestrictions' &&
            list.half === 'usersAndGroups' &&
            t.guid
          ) {
            ctx.report({
              at: t.target.loc,
              message: {
                what: `${listName(owner, list)} targets \`${value}\`, a specific user or group of Microsoft Accounts.`,
                why: 'Microsoft documents that user granularity is not supported with Microsoft Accounts in tenant restrictions: only all users can be targeted.',
                fix: 'Target `AllUsers` (targetType `user`), and restrict by applications instead.',
              },
            });
          }
        }
      }
    }
  },
});
