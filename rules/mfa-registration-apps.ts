import { always, defineRule } from '../src/engine/rule.js';
import { checkLevels, levelOwner, whereBlocked } from '../src/engine/levels.js';
import type { LevelProblem } from '../src/engine/levels.js';
import { accessFromMembership, appInList, appMembershipClasses, userMembershipClasses } from '../src/resolve/access.js';
import { APPS, appLabel } from '../src/resolve/knowledge.js';
import type { EffB2B, EffList, Loc, PartnerModel } from '../src/resolve/model.js';
import { addAppsFix } from '../src/fix/edits.js';

/** The apps guests need to register for and use MFA in the resource tenant (R16). */
const CRITICAL = [APPS.appAccessPanel.id, APPS.mySignIns.id];
/** The portal apps Microsoft recommends alongside them. */
const PORTAL = [APPS.myApps.id, APPS.myProfile.id];
/** All four, for outbound lists. */
const ALL_FOUR = [...CRITICAL, ...PORTAL];

/**
 * The apps of `apps` that users who get in at all cannot reach: users of some class reach at least one app
 * but not this one. Follows SPEC §2's access function.
 */
const unreachableMemo = new WeakMap<EffB2B, Map<readonly string[], string[]>>();

export function unreachableApps(setting: EffB2B, apps: readonly string[]): string[] {
  // Partners that inherit a setting share the default's object: compute its answer once. A partner's own setting is
  // its alone: no memo (a Map per partner) for it.
  if (setting.level === 'partner') return computeUnreachable(setting, apps);
  let memo = unreachableMemo.get(setting);
  if (!memo) unreachableMemo.set(setting, (memo = new Map()));
  let hit = memo.get(apps);
  if (!hit) memo.set(apps, (hit = computeUnreachable(setting, apps)));
  return hit;
}

function computeUnreachable(setting: EffB2B, apps: readonly string[]): string[] {
  const U = setting.usersAndGroups;
  const A = setting.applications;
  const appClasses = appMembershipClasses(A);
  const entering = userMembershipClasses(U).filter((inU) => appClasses.some((inA) => accessFromMembership(U.accessType, inU, A.accessType, inA)));
  if (entering.length === 0) return [];
  return apps.filter((app) => {
    const inA = appInList(A, app);
    return entering.some((inU) => !accessFromMembership(U.accessType, inU, A.accessType, inA));
  });
}

function listWords(setting: EffB2B): string {
  return setting.applications.accessType === 'allowed' ? 'app allow list lacks' : 'app block list contains';
}

function names(ids: readonly string[]): string {
  const labels = ids.map(appLabel);
  return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

export default defineRule({
  id: 'mfa-registration-apps',
  meta: {
    description:
      'An effective B2B collaboration app list that keeps guests from the apps they need to register for MFA (Microsoft App Access Panel, My Sign-ins) or from My Apps and My Profile.',
    category: 'best-practice',
    severity: always('error'),
    variants: ['error', 'warning'],
    fixable: true,
    sources: [
      'Microsoft Entra: Configure cross-tenant access settings for B2B collaboration — "include the following applications in your inbound and outbound collaboration settings", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      checkLevels(ctx, tenant, (settings, partner: PartnerModel | undefined) => {
        const problems: LevelProblem[] = [];
        const inbound = settings.b2b.b2bCollaborationInbound;
        const who = levelOwner(partner);
        const trusted = settings.inboundTrust.isMfaAccepted.value;
        // Declared by the tenant: no Conditional Access policy asks external users for MFA, so no lockout today.
        const noMfaRequired = tenant.facts.mfaRequiredForExternalUsers?.value === false;
        const required = tenant.facts.mfaRequiredForExternalUsers?.value === true;
        const lockout = required
          ? 'A Conditional Access policy in this tenant requires MFA of external users (`tenant.facts.mfaRequiredForExternalUsers: true`), and guests must register for MFA here because MFA from their organization is not trusted: without these apps they cannot reach the registration pages, so they are locked out.'
          : 'Guests must register for MFA in this tenant because MFA from their organization is not trusted: as soon as a Conditional Access policy requires MFA of guests, they cannot reach the registration pages without these apps and are locked out. Declare `tenant.facts.mfaRequiredForExternalUsers` to make this finding exact.';
        const fixWords = (list: EffList): string => (list.accessType === 'allowed' ? 'Add the apps to the allow list (`xtap-lint --fix` does it).' : 'Remove the apps from the block list.');
        // A partner's own value that changes the outcome (SPEC §2): its own MFA trust where it differs from the
        // default's (it turns the error into a warning or back), else its own half of the setting.
        const trust = settings.inboundTrust.isMfaAccepted;
        const ownTrust = partner !== undefined && trust.level === 'partner' && trust.value !== tenant.defaults.inboundTrust.isMfaAccepted.value ? trust.at : undefined;
        const ownHalf = (setting: EffB2B): { partnerAt?: Loc } => (partner && setting.level === 'partner' ? { partnerAt: setting.at } : {});
        const critical = unreachableApps(inbound, CRITICAL);
        for (const group of whereBlocked(inbound.applications, critical)) {
          const fix = addAppsFix(inbound.applications, group.apps);
          problems.push({
            key: `inbound-critical:${group.apps.join(',')}`,
            at: group.at,
            ...(ownTrust ? { partnerAt: ownTrust } : ownHalf(inbound)),
            severity: trusted || noMfaRequired ? 'warning' : 'error',
            message: {
              what: `${who} inbound B2B collaboration ${listWords(inbound)} ${names(group.apps)}.`,
              why: trusted
                ? 'Guests cannot reach the MFA registration pages here; MFA from this organization is trusted, so only guests who must register here are affected.'
                : noMfaRequired
                  ? 'Guests cannot reach the MFA registration pages here. The tenant declares that no Conditional Access policy requires MFA of external users (`tenant.facts.mfaRequiredForExternalUsers: false`), so nobody is locked out today — but guests will be the day such a policy is added.'
                  : lockout,
              fix: fixWords(inbound.applications),
            },
            ...(fix ? { fix } : {}),
          });
        }
        const portal = unreachableApps(inbound, PORTAL);
        for (const group of whereBlocked(inbound.applications, portal)) {
          const fix = addAppsFix(inbound.applications, group.apps);
          problems.push({
            key: `inbound-portal:${group.apps.join(',')}`,
            at: group.at,
            ...ownHalf(inbound),
            severity: 'warning',
            message: {
              what: `${who} inbound B2B collaboration ${listWords(inbound)} ${names(group.apps)}.`,
              why: 'Guests land on My Apps after redeeming an invitation and manage their account in My Profile; Microsoft recommends allowing both.',
              fix: fixWords(inbound.applications),
            },
            ...(fix ? { fix } : {}),
          });
        }
        const outbound = settings.b2b.b2bCollaborationOutbound;
        const out = unreachableApps(outbound, ALL_FOUR);
        for (const group of whereBlocked(outbound.applications, out)) {
          const fix = addAppsFix(outbound.applications, group.apps);
          problems.push({
            key: `outbound:${group.apps.join(',')}`,
            at: group.at,
            ...ownHalf(outbound),
            severity: 'warning',
            message: {
              what: `${who} outbound B2B collaboration ${listWords(outbound)} ${names(group.apps)}.`,
              why: 'Your users then cannot reach My Apps or register for MFA in the organizations they are invited to.',
              fix: fixWords(outbound.applications),
            },
            ...(fix ? { fix } : {}),
          });
        }
        return problems;
      });
    }
  },
});
