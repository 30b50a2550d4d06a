import { always, defineRule } from '../src/engine/rule.js';
import { checkLevels, levelOwner, whereBlocked } from '../src/engine/levels.js';
import { accessFromMembership, appInList, someUserCanUse, userMembershipClasses } from '../src/resolve/access.js';
import { APPS, appLabel } from '../src/resolve/knowledge.js';
import type { EffB2B } from '../src/resolve/model.js';
import { addAppsFix } from '../src/fix/edits.js';

const RMS = APPS.rightsManagement.id;

/** Whether `setting` with its app list's targets replaced by `targets` would let some user reach RMS. */
function reachesWith(setting: EffB2B, targets: ReadonlyArray<{ id: string }>): boolean {
  return someUserCanUse({ usersAndGroups: setting.usersAndGroups, applications: { accessType: setting.applications.accessType, targets } }, RMS);
}

/**
 * Whether the users a block list names (specific users or groups, not `AllUsers`) cannot use RMS while everyone else
 * can: Microsoft's example of blocking outbound access for "interns and temp staff".
 */
function someUsersBlocked(setting: EffB2B): boolean {
  const U = setting.usersAndGroups;
  if (U.accessType !== 'blocked' || U.targets.length === 0 || U.targets.some((t) => t.id === 'AllUsers')) return false;
  const inA = appInList(setting.applications, RMS);
  const can = (inU: boolean): boolean => accessFromMembership(U.accessType, inU, setting.applications.accessType, inA);
  return userMembershipClasses(U).includes(true) && !can(true) && can(false);
}

/** Whether the users list lets nobody out: `AllUsers` blocked, or an allow list with no one on it. */
function letsNobodyOut(setting: EffB2B): boolean {
  const users = setting.usersAndGroups;
  return users.accessType === 'blocked' ? users.targets.some((t) => t.id === 'AllUsers') : users.targets.length === 0;
}

/** The smallest change to suggest: add RMS to the allow list, remove it from the block list, or allow users with an allow list. */
function remedy(setting: EffB2B): 'add' | 'remove' | 'rework' {
  const apps = setting.applications;
  if (apps.accessType === 'allowed') return reachesWith(setting, [...apps.targets, { id: RMS }]) ? 'add' : 'rework';
  const rest = apps.targets.filter((t) => t.id !== RMS);
  return rest.length < apps.targets.length && reachesWith(setting, rest) ? 'remove' : 'rework';
}

export default defineRule({
  id: 'rms-outbound',
  meta: {
    description: 'Effective outbound B2B collaboration blocks Microsoft Rights Management Services for all users (warning) or for the specific users and groups it blocks (info), so encrypted mail from partners cannot be read.',
    category: 'best-practice',
    severity: always('warning'),
    compliance: ['zero-trust:35002'],
    variants: ['warning', 'info'],
    fixable: true,
    sources: [
      'Microsoft Entra: Cross-tenant access overview — "If you block access to all apps by default, users will be unable to read emails encrypted with Microsoft Rights Management Service", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      'Zero Trust Assessment test 35002, https://github.com/microsoft/zerotrustassessment/pull/720',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      checkLevels(ctx, tenant, (settings, partner) => {
        const outbound = settings.b2b.b2bCollaborationOutbound;
        if (someUserCanUse(outbound, RMS)) {
          if (!someUsersBlocked(outbound)) return undefined;
          // Specific users and groups blocked outbound: they cannot read partners' encrypted mail (info).
          const users = outbound.usersAndGroups;
          const only = users.targets.length === 1 ? users.targets[0] : undefined;
          const named = users.targets.map((t) => (t.decl?.label ? `${t.decl.label} (${t.id})` : t.id));
          return {
            key: 'rms-blocked-for-some',
            at: only?.decl ? only.decl.target.loc : users.at,
            severity: 'info',
            message: {
              what: `${levelOwner(partner)} outbound B2B collaboration blocks ${appLabel(RMS)} for the users it blocks (${named.slice(0, 3).join(', ')}${named.length > 3 ? `, and ${named.length - 3} more` : ''}).`,
              why: 'These users cannot open mail that partners encrypt with Rights Management (OME, sensitivity labels). Microsoft\'s own example blocks a group such as interns and temporary staff outbound; if they should still read encrypted mail, let them reach this app.',
              fix: `If these users should read encrypted mail from partners, allow them ${RMS}: block the other apps with an app block list that leaves it out, instead of all applications.`,
            },
          };
        }
        const how = remedy(outbound);
        const fix = how === 'add' ? addAppsFix(outbound.applications, [RMS]) : undefined;
        // One unwanted member of a block list: point at its `target:` value (SPEC §2); else at the app list in effect,
        // or, where no app list is declared (Microsoft's default), at the setting's key.
        const member = whereBlocked(outbound.applications, [RMS])[0]?.at;
        const at = member ?? (outbound.applications.decl ? outbound.applications.at : outbound.at);
        // A partner whose own users list lets nobody out, where the default's does not, has its own finding: its half
        // changes the outcome (as in mfa-registration-apps), so it does not inherit the default's finding. One that
        // restates the default's users list shares it.
        const ownCause = partner !== undefined && outbound.usersAndGroups.level === 'partner' && letsNobodyOut(outbound) && !letsNobodyOut(tenant.defaults.b2b.b2bCollaborationOutbound);
        return {
          key: ownCause ? 'rms-blocked:own-users' : 'rms-blocked',
          at,
          ...(partner && outbound.level === 'partner' ? { partnerAt: outbound.at } : {}),
          ...(ownCause ? { ownCause } : {}),
          message: {
            what: `${levelOwner(partner)} outbound B2B collaboration blocks ${appLabel(RMS)} for all users.`,
            why: 'Your users cannot open mail that partners encrypt with Rights Management (OME, sensitivity labels): "If you block access to all apps by default, users will be unable to read emails encrypted with Microsoft Rights Management Service."',
            fix:
              how === 'add'
                ? `Add the app to the outbound allow list${fix ? ' (`xtap-lint --fix` does it)' : ''}.`
                : how === 'remove'
                  ? `Remove ${RMS} from the outbound app block list.`
                  : `Allow your users outbound and use an app allow list that contains ${RMS}.`,
          },
          ...(fix ? { fix } : {}),
        };
      });
    }
  },
});
