import { always, defineRule } from '../src/engine/rule.js';
import { checkLevels, levelOwner } from '../src/engine/levels.js';
import { someUserCanUse } from '../src/resolve/access.js';
import { APPS, appLabel } from '../src/resolve/knowledge.js';
import type { EffB2B } from '../src/resolve/model.js';
import { addAppsFix } from '../src/fix/edits.js';

const RMS = APPS.rightsManagement.id;

/** Whether `setting` with its app list's targets replaced by `targets` would let some user reach RMS. */
function reachesWith(setting: EffB2B, targets: ReadonlyArray<{ id: string }>): boolean {
  return someUserCanUse({ usersAndGroups: setting.usersAndGroups, applications: { accessType: setting.applications.accessType, targets } }, RMS);
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
    description: 'Effective outbound B2B collaboration blocks Microsoft Rights Management Services for all users, so encrypted mail from partners cannot be read.',
    category: 'best-practice',
    severity: always('warning'),
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
        if (someUserCanUse(outbound, RMS)) return undefined;
        const how = remedy(outbound);
        const fix = how === 'add' ? addAppsFix(outbound.applications, [RMS]) : undefined;
        return {
          key: 'rms-blocked',
          at: outbound.applications.at,
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
