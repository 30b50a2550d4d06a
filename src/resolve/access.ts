/**
 * Who can reach what (SPEC §2): one function for the rules and `explain`, from Graph's
 * "Interpreting the API response" (reference/graph-model.md §7 R2).
 *
 * | U.accessType | A.accessType | access iff        |
 * | allowed      | allowed      | u ∈ U and a ∈ A   |
 * | allowed      | blocked      | u ∈ U and a ∉ A   |
 * | blocked      | allowed      | u ∉ U and a ∈ A   |
 * | blocked      | blocked      | u ∉ U or a ∉ A    |
 */
import { normalizedTargetCovers, normalizeTarget } from './knowledge.js';
import type { AccessType } from './knowledge.js';

export interface ListLike {
  accessType: AccessType;
  /** Target IDs; the effective model's are normalised (normalizeTarget: GUIDs lower-cased), which is the fast path. */
  targets: ReadonlyArray<{ id: string; guid?: boolean }>;
}

export interface SettingLike {
  usersAndGroups: ListLike;
  applications: ListLike;
}

/** A user by object ID and the groups it belongs to. */
export interface Subject {
  user?: string;
  groups?: readonly string[];
}

/** The access table itself, given whether the user is in U and the app in A. */
export function accessFromMembership(uAccess: AccessType, inU: boolean, aAccess: AccessType, inA: boolean): boolean {
  if (uAccess === 'allowed' && aAccess === 'allowed') return inU && inA;
  if (uAccess === 'allowed' && aAccess === 'blocked') return inU && !inA;
  if (uAccess === 'blocked' && aAccess === 'allowed') return !inU && inA;
  return !inU || !inA;
}

/** Whether a subject matches a users-and-groups list (`AllUsers`, its own ID, or one of its groups). */
export function subjectInList(list: ListLike, subject: Subject): boolean {
  const ids = new Set<string>();
  if (subject.user) ids.add(normalizeTarget(subject.user));
  for (const g of subject.groups ?? []) ids.add(normalizeTarget(g));
  return list.targets.some((t) => t.id === 'AllUsers' || ids.has(t.id));
}

const appMemo = new WeakMap<ListLike, Map<string, boolean>>();

/**
 * Whether an app matches an application list (keywords expand through the app groups). Memoised per list object:
 * partners that inherit a list share the default's object, so the answer is computed once.
 */
export function appInList(list: ListLike, appId: string): boolean {
  // A short list is scanned: a memo (a Map per list) would cost more than the scan, and a large repository has a
  // list of its own for most partners.
  if (list.targets.length <= SCAN_UP_TO) return appInTargets(list, normalizeTarget(appId));
  let memo = appMemo.get(list);
  if (!memo) appMemo.set(list, (memo = new Map()));
  let hit = memo.get(appId);
  if (hit === undefined) {
    hit = appInTargets(list, normalizeTarget(appId));
    memo.set(appId, hit);
  }
  return hit;
}

const SCAN_UP_TO = 8;

function appInTargets(list: ListLike, app: string): boolean {
  // The effective model's target IDs are normalised already; a list built by an API caller may hold a GUID in
  // capitals, which matched before (normalised only when the fast comparison misses).
  return list.targets.some((t) => normalizedTargetCovers(t.id, app) || (t.guid === undefined && t.id.length === 36 && normalizeTarget(t.id) === app));
}

/** Whether `subject` may use `appId` under a B2B setting. */
export function canAccess(setting: SettingLike, subject: Subject, appId: string): boolean {
  return accessFromMembership(
    setting.usersAndGroups.accessType,
    subjectInList(setting.usersAndGroups, subject),
    setting.applications.accessType,
    appInList(setting.applications, appId),
  );
}

/** The values "u ∈ U" can take over all users: true if U names anyone, false unless U is AllUsers. */
export function userMembershipClasses(list: ListLike): boolean[] {
  const out: boolean[] = [];
  if (list.targets.length > 0) out.push(true);
  if (!list.targets.some((t) => t.id === 'AllUsers')) out.push(false);
  return out;
}

/** The values "a ∈ A" can take over all apps: true if A names anything, false unless A is AllApplications. */
export function appMembershipClasses(list: ListLike): boolean[] {
  const out: boolean[] = [];
  if (list.targets.length > 0) out.push(true);
  if (!list.targets.some((t) => t.id === 'AllApplications')) out.push(false);
  return out;
}

/** Whether at least one user may use `appId`. */
export function someUserCanUse(setting: SettingLike, appId: string): boolean {
  const inA = appInList(setting.applications, appId);
  return userMembershipClasses(setting.usersAndGroups).some((inU) =>
    accessFromMembership(setting.usersAndGroups.accessType, inU, setting.applications.accessType, inA),
  );
}

/** Whether at least one user may use at least one app. */
export function grantsAnything(setting: SettingLike): boolean {
  const us = userMembershipClasses(setting.usersAndGroups);
  const as = appMembershipClasses(setting.applications);
  return us.some((inU) => as.some((inA) => accessFromMembership(setting.usersAndGroups.accessType, inU, setting.applications.accessType, inA)));
}

/** Whether every user may use every app. */
export function grantsEverything(setting: SettingLike): boolean {
  const us = userMembershipClasses(setting.usersAndGroups);
  const as = appMembershipClasses(setting.applications);
  return us.every((inU) => as.every((inA) => accessFromMembership(setting.usersAndGroups.accessType, inU, setting.applications.accessType, inA)));
}

/** Whether the users list lets nobody through: all users blocked, or an empty allow list. */
export function blocksAllUsers(list: ListLike): boolean {
  if (list.accessType === 'blocked') return list.targets.some((t) => t.id === 'AllUsers');
  return list.targets.length === 0;
}

/** Whether the apps list lets nothing through: all apps blocked, or an empty allow list. */
export function blocksAllApps(list: ListLike): boolean {
  if (list.accessType === 'blocked') return list.targets.some((t) => t.id === 'AllApplications');
  return list.targets.length === 0;
}
