import { always, defineRule } from '../src/engine/rule.js';
import { checkLevels, levelOwner } from '../src/engine/levels.js';
import type { LevelProblem } from '../src/engine/levels.js';
import { blocksAllApps, blocksAllUsers, grantsAnything } from '../src/resolve/access.js';
import { B2B_SETTINGS, SETTING_LABEL } from '../src/resolve/knowledge.js';
import type { B2BSettingName } from '../src/resolve/knowledge.js';
import type { Message, Severity } from '../src/types.js';
import type { EffB2B, EffList, Level, PartnerModel } from '../src/resolve/model.js';

/** The kinds of conflict between the two halves of one B2B setting (reference/graph-model.md §7 R1, R1b, R2). */
export type ConflictKind =
  /** Both halves are allow lists and at least one of them is empty. */
  | 'empty-allow'
  /** Users allowed, every application blocked: nobody gets anything. */
  | 'users-allowed-apps-blocked'
  /** Applications allowed, every user blocked: nobody gets anything. */
  | 'apps-allowed-users-blocked'
  /** All applications blocked for some users only: everyone else may use every app (R2 example 3). */
  | 'all-apps-blocked-for-some-users'
  /** All users blocked from some applications only: everyone may use every other app. */
  | 'all-users-blocked-from-some-apps';

const hasAllUsers = (list: EffList): boolean => list.targets.some((t) => t.id === 'AllUsers');
const hasAllApps = (list: EffList): boolean => list.targets.some((t) => t.id === 'AllApplications');

/** Whether the setting is shut on purpose: users blocked `AllUsers` and apps blocked `AllApplications`. */
export function fullyBlocked(setting: EffB2B): boolean {
  const U = setting.usersAndGroups;
  const A = setting.applications;
  return U.accessType === 'blocked' && hasAllUsers(U) && A.accessType === 'blocked' && hasAllApps(A);
}

/** The conflict of a setting's two halves, or undefined when they agree (SPEC §2's access table). */
export function conflictOf(setting: EffB2B): ConflictKind | undefined {
  if (fullyBlocked(setting)) return undefined;
  const U = setting.usersAndGroups;
  const A = setting.applications;
  if (!grantsAnything(setting)) {
    if ((U.accessType === 'allowed' && U.targets.length === 0) || (A.accessType === 'allowed' && A.targets.length === 0)) return 'empty-allow';
    if (U.accessType === 'allowed' && blocksAllApps(A)) return 'users-allowed-apps-blocked';
    if (A.accessType === 'allowed' && blocksAllUsers(U)) return 'apps-allowed-users-blocked';
    return undefined;
  }
  // Both halves are block lists: Graph reads "u ∉ U or a ∉ A", which the admin center refuses to build (R1b).
  if (U.accessType === 'blocked' && A.accessType === 'blocked') {
    if (hasAllApps(A) && !hasAllUsers(U)) return 'all-apps-blocked-for-some-users';
    if (hasAllUsers(U) && !hasAllApps(A)) return 'all-users-blocked-from-some-apps';
  }
  return undefined;
}

const ADMIN_CENTER =
  'The admin center refuses conflicting user and application settings ("Conflicting settings aren\'t allowed")';

const OUTBOUND: readonly B2BSettingName[] = ['b2bCollaborationOutbound', 'b2bDirectConnectOutbound'];

/** Microsoft's words for "users allowed, all apps blocked" in this setting's direction (R1, R1b). */
function usersAllowedQuote(name: B2BSettingName): string {
  return OUTBOUND.includes(name)
    ? 'Microsoft: "If you allow outbound access for all your users (or specific users or groups), you\'ll be prevented from blocking all access to external applications; access to at least one application must be allowed."'
    : 'Microsoft: "If you block access to all applications, you also need to block access for all external users and groups."';
}

/** Microsoft's words for "apps allowed, all users blocked" in this setting's direction (R1, R1b). */
function appsAllowedQuote(name: B2BSettingName): string {
  if (OUTBOUND.includes(name)) return 'Microsoft: "If you block access for all of your users and groups, you also need to block access to all external applications."';
  if (name === 'tenantRestrictions') return 'Microsoft: "if you block access for all users and groups, you also need to block access to all external applications."';
  return 'Microsoft: "If you block inbound access for all external users and groups, access to all your applications must also be blocked."';
}

/** The half a level does not state and takes by inheritance, when it states the other (SPEC §2, half-stated settings). */
function inheritedHalf(setting: EffB2B, partner: PartnerModel | undefined): { half: 'usersAndGroups' | 'applications'; list: EffList } | undefined {
  // A partner that declares nothing of the setting has the default's, half-stated or not.
  const own: Level = partner && setting.level === 'partner' ? 'partner' : 'default';
  const U = setting.usersAndGroups;
  const A = setting.applications;
  if (U.level === own && A.level !== own) return { half: 'applications', list: A };
  if (A.level === own && U.level !== own) return { half: 'usersAndGroups', list: U };
  return undefined;
}

function listText(list: EffList): string {
  const targets = list.targets.map((t) => `\`${t.id}\``).join(', ') || 'nothing';
  return `${list.accessType} ${targets}`;
}

function describe(kind: ConflictKind, setting: EffB2B, partner: PartnerModel | undefined): { severity: Severity; message: Message } {
  const described = describeKind(kind, setting, levelOwner(partner));
  const inherited = inheritedHalf(setting, partner);
  if (!inherited) return described;
  // The conflict exists only because this level states one half and inherits the other: a warning that says so.
  const from = inherited.list.level === 'default' ? 'the default' : "Microsoft's service default";
  const stated = inherited.half === 'usersAndGroups' ? 'applications' : 'usersAndGroups';
  return {
    severity: 'warning',
    message: {
      what: `${described.message.what.replace(/\.$/, '')} — it states only \`${stated}\`; its \`${inherited.half}\` half is inherited from ${from} (${listText(inherited.list)}).`,
      why: `A setting that states one half takes the other from ${from} (Graph's null-inherits rule, which Microsoft documents per property only; its own POST example states one half). ${described.message.why}`,
      fix: `State both halves here, so the setting reads as intended: add \`${inherited.half}\` to it. ${described.message.fix}`,
    },
  };
}

function describeKind(kind: ConflictKind, setting: EffB2B, owner: string): { severity: Severity; message: Message } {
  const label = SETTING_LABEL[setting.name];
  const U = setting.usersAndGroups;
  const A = setting.applications;
  const usersWho = hasAllUsers(U) ? 'all users (`AllUsers`)' : 'specific users and groups';
  switch (kind) {
    case 'empty-allow': {
      const empty = [U.accessType === 'allowed' && U.targets.length === 0 ? '`usersAndGroups`' : '', A.accessType === 'allowed' && A.targets.length === 0 ? '`applications`' : '']
        .filter(Boolean)
        .join(' and ');
      return {
        severity: 'error',
        message: {
          what: `${owner} ${label} has an allow list in ${empty} that matches nothing (no targets, or only targets whose \`targetType\` does not fit), so it grants no access while it allows.`,
          why: `An allow list lets through only what it names: with nothing named, no user may use any application. ${ADMIN_CENTER}; to shut a setting, block both halves.`,
          fix: 'Name the users and applications to allow, or block both halves (`AllUsers` and `AllApplications` with `accessType: blocked`).',
        },
      };
    }
    case 'users-allowed-apps-blocked':
      return {
        severity: 'error',
        message: {
          what: `${owner} ${label} allows ${usersWho} but blocks all applications, so it grants no access.`,
          why: `No user may use any application under these two lists. ${usersAllowedQuote(setting.name)} ${ADMIN_CENTER}.`,
          fix: 'Allow at least one application (an allow list, or a block list of specific apps), or block `AllUsers` too to shut the setting.',
        },
      };
    case 'apps-allowed-users-blocked':
      return {
        severity: 'error',
        message: {
          what: `${owner} ${label} allows applications but blocks all users (\`AllUsers\`), so it grants no access.`,
          why: `No user may use any application under these two lists. ${appsAllowedQuote(setting.name)} ${ADMIN_CENTER}.`,
          fix: 'Block `AllApplications` too to shut the setting, or allow the users who should get in.',
        },
      };
    case 'all-apps-blocked-for-some-users':
      return {
        severity: 'warning',
        message: {
          what: `${owner} ${label} blocks all applications for specific users and groups only.`,
          why: `Graph reads these two block lists as: the listed users cannot access any application, and every other user has access to all applications (the Graph overview, "Interpreting the API response"). It does not block everyone. ${ADMIN_CENTER}.`,
          fix: 'To block everyone, block `AllUsers`; to block only these users, keep the user block list and set `applications` to `accessType: allowed` with `AllApplications` (same access, a form the admin center accepts).',
        },
      };
    case 'all-users-blocked-from-some-apps':
      return {
        severity: 'warning',
        message: {
          what: `${owner} ${label} blocks all users (\`AllUsers\`) from specific applications only.`,
          why: `Graph reads these two block lists as: every user may use every application except the listed ones (the Graph overview, "Interpreting the API response"). It does not block all users. ${ADMIN_CENTER}.`,
          fix: 'To block everyone, block `AllApplications`; to block only these applications, set `usersAndGroups` to `accessType: allowed` with `AllUsers` and keep the app block list (same access, a form the admin center accepts).',
        },
      };
  }
}

export default defineRule({
  id: 'users-apps-conflict',
  meta: {
    description:
      'The users and applications lists of one effective B2B setting contradict: the setting grants nothing while one side allows (error), or both sides block in a way the admin center refuses and Graph reads differently (warning).',
    category: 'validity',
    severity: always('error'),
    variants: ['error', 'warning'],
    sources: [
      'Microsoft Entra: Cross-tenant access overview — "The access settings you configure for users and groups must match the access settings for applications. Conflicting settings aren\'t allowed", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      'Microsoft Entra: Configure cross-tenant access settings for B2B collaboration and Tenant restrictions v2 — the same rule per tab, https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration, https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2',
      'Microsoft Graph: Cross-tenant access settings API overview, "Interpreting the API response", https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicy-overview',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      checkLevels(ctx, tenant, (settings, partner: PartnerModel | undefined) => {
        const problems: LevelProblem[] = [];
        for (const name of B2B_SETTINGS) {
          const setting = settings.b2b[name];
          const kind = conflictOf(setting);
          if (!kind) continue;
          const { severity, message } = describe(kind, setting, partner);
          problems.push({ key: `${name}:${kind}`, at: setting.at, severity, message });
        }
        return problems;
      });
    }
  },
});
