/**
 * SPEC §2's access function against the six examples of Graph's "Interpreting the API response"
 * (reference/graph-model.md §7 R2), with real GUIDs in place of Graph's placeholders g1 and a1.
 */
import { describe, expect, it } from 'vitest';
import {
  accessFromMembership,
  appInList,
  blocksAllApps,
  blocksAllUsers,
  canAccess,
  grantsAnything,
  grantsEverything,
  someUserCanUse,
  subjectInList,
} from '../../src/resolve/access.js';
import type { ListLike, SettingLike, Subject } from '../../src/resolve/access.js';
import { APPS } from '../../src/resolve/knowledge.js';
import type { AccessType } from '../../src/resolve/knowledge.js';

/** g1: a group of the external organization; a1: an app. */
const G1 = '6f546279-4da5-4b53-a095-09ea0cef9971';
const A1 = APPS.sharePointOnline.id;
const OTHER_APP = APPS.exchangeOnline.id;
const UNKNOWN_APP = '11111111-2222-4333-8444-555555555555';

/** A user who is a member of g1, and one who is not. */
const MEMBER: Subject = { user: 'aaaaaaaa-1111-4111-8111-111111111111', groups: [G1] };
const NON_MEMBER: Subject = { user: 'bbbbbbbb-2222-4222-8222-222222222222', groups: ['cccccccc-3333-4333-8333-333333333333'] };

const list = (accessType: AccessType, ...ids: string[]): ListLike => ({ accessType, targets: ids.map((id) => ({ id })) });
const setting = (users: ListLike, apps: ListLike): SettingLike => ({ usersAndGroups: users, applications: apps });

/** Who may use a1 and another app: [member→a1, member→other, non-member→a1, non-member→other]. */
function grid(s: SettingLike): boolean[] {
  return [canAccess(s, MEMBER, A1), canAccess(s, MEMBER, OTHER_APP), canAccess(s, NON_MEMBER, A1), canAccess(s, NON_MEMBER, OTHER_APP)];
}

describe('accessFromMembership: the table of SPEC §2', () => {
  const cases: Array<[AccessType, AccessType, boolean, boolean, boolean]> = [
    // U, A, u ∈ U, a ∈ A, access
    ['allowed', 'allowed', true, true, true],
    ['allowed', 'allowed', true, false, false],
    ['allowed', 'allowed', false, true, false],
    ['allowed', 'allowed', false, false, false],
    ['allowed', 'blocked', true, true, false],
    ['allowed', 'blocked', true, false, true],
    ['allowed', 'blocked', false, true, false],
    ['allowed', 'blocked', false, false, false],
    ['blocked', 'allowed', true, true, false],
    ['blocked', 'allowed', true, false, false],
    ['blocked', 'allowed', false, true, true],
    ['blocked', 'allowed', false, false, false],
    ['blocked', 'blocked', true, true, false],
    ['blocked', 'blocked', true, false, true],
    ['blocked', 'blocked', false, true, true],
    ['blocked', 'blocked', false, false, true],
  ];
  for (const [u, a, inU, inA, want] of cases) {
    it(`U ${u}, A ${a}, u ${inU ? '∈' : '∉'} U, a ${inA ? '∈' : '∉'} A → ${want ? 'access' : 'no access'}`, () => {
      expect(accessFromMembership(u, inU, a, inA)).toBe(want);
    });
  }
});

describe('canAccess: Graph\'s six examples ("Interpreting the API response")', () => {
  it('1. allowed g1 + allowed AllApplications: users in g1 can access any app; all other users are blocked', () => {
    expect(grid(setting(list('allowed', G1), list('allowed', 'AllApplications')))).toEqual([true, true, false, false]);
    expect(canAccess(setting(list('allowed', G1), list('allowed', 'AllApplications')), MEMBER, UNKNOWN_APP)).toBe(true);
  });

  it("2. allowed g1 + blocked a1: users in g1 can access any application except a1", () => {
    expect(grid(setting(list('allowed', G1), list('blocked', A1)))).toEqual([false, true, false, false]);
  });

  it("3. blocked g1 + blocked AllApplications: users in g1 can't access any application; others have access to all", () => {
    expect(grid(setting(list('blocked', G1), list('blocked', 'AllApplications')))).toEqual([false, false, true, true]);
  });

  it("4. blocked g1 + allowed a1: users in g1 can't access any application; any user not in g1 can only access a1", () => {
    expect(grid(setting(list('blocked', G1), list('allowed', A1)))).toEqual([false, false, true, false]);
  });

  it('5. allowed g1 + allowed a1: users in g1 may only access a1; everyone is blocked from any other application', () => {
    expect(grid(setting(list('allowed', G1), list('allowed', A1)))).toEqual([true, false, false, false]);
  });

  it('6. blocked g1 + blocked a1: users in g1 are blocked from a1 only; everyone can access any other application', () => {
    expect(grid(setting(list('blocked', G1), list('blocked', A1)))).toEqual([false, true, true, true]);
  });
});

describe('membership', () => {
  it('AllUsers matches every user; a user matches by its own ID or a group, case-insensitively', () => {
    expect(subjectInList(list('allowed', 'AllUsers'), NON_MEMBER)).toBe(true);
    expect(subjectInList(list('allowed', 'AllUsers'), {})).toBe(true);
    expect(subjectInList(list('allowed', G1), { groups: [G1.toUpperCase()] })).toBe(true);
    expect(subjectInList(list('allowed', MEMBER.user as string), { user: (MEMBER.user as string).toUpperCase() })).toBe(true);
    expect(subjectInList(list('allowed', G1), NON_MEMBER)).toBe(false);
    expect(subjectInList(list('allowed'), MEMBER)).toBe(false);
  });

  it('an app ID in the list matches in any case', () => {
    expect(appInList(list('allowed', A1), A1.toUpperCase())).toBe(true);
    expect(appInList(list('allowed', A1), OTHER_APP)).toBe(false);
  });
});

describe('app groups (SPEC §1.1; reference/graph-model.md §11)', () => {
  const PORTAL_APPS = [APPS.myApps.id, APPS.appAccessPanel.id, APPS.myProfile.id, APPS.mySignIns.id];
  const RMS = APPS.rightsManagement.id;
  const everyone = list('allowed', 'AllUsers');

  it('Office365 covers the Office 365 apps', () => {
    for (const id of [APPS.exchangeOnline.id, APPS.sharePointOnline.id, APPS.teams.id]) {
      expect(canAccess(setting(everyone, list('allowed', 'Office365')), MEMBER, id), id).toBe(true);
    }
  });

  it('Office365 does not cover the four portal apps nor Rights Management Services', () => {
    for (const id of [...PORTAL_APPS, RMS]) {
      expect(canAccess(setting(everyone, list('allowed', 'Office365')), MEMBER, id), id).toBe(false);
      expect(canAccess(setting(everyone, list('blocked', 'Office365')), MEMBER, id), id).toBe(true);
    }
  });

  it('AllMicrosoftApps covers the portal apps and Rights Management Services', () => {
    for (const id of [...PORTAL_APPS, RMS, APPS.sharePointOnline.id]) {
      expect(canAccess(setting(everyone, list('allowed', 'AllMicrosoftApps')), MEMBER, id), id).toBe(true);
      expect(canAccess(setting(everyone, list('blocked', 'AllMicrosoftApps')), MEMBER, id), id).toBe(false);
    }
  });

  it('an unknown GUID is in no group, but AllApplications covers it', () => {
    expect(appInList(list('allowed', 'Office365'), UNKNOWN_APP)).toBe(false);
    expect(appInList(list('allowed', 'AllMicrosoftApps'), UNKNOWN_APP)).toBe(false);
    expect(appInList(list('allowed', 'AllApplications'), UNKNOWN_APP)).toBe(true);
    expect(canAccess(setting(everyone, list('blocked', 'AllMicrosoftApps')), MEMBER, UNKNOWN_APP)).toBe(true);
  });
});

describe('summaries over all users and apps', () => {
  it('someUserCanUse, grantsAnything, grantsEverything follow the table', () => {
    const s4 = setting(list('blocked', G1), list('allowed', A1));
    expect(someUserCanUse(s4, A1)).toBe(true);
    expect(someUserCanUse(s4, OTHER_APP)).toBe(false);
    expect(grantsAnything(s4)).toBe(true);
    expect(grantsEverything(s4)).toBe(false);

    const blockedAll = setting(list('blocked', 'AllUsers'), list('blocked', 'AllApplications'));
    expect(grantsAnything(blockedAll)).toBe(false);
    expect(someUserCanUse(blockedAll, A1)).toBe(false);

    const openAll = setting(list('allowed', 'AllUsers'), list('allowed', 'AllApplications'));
    expect(grantsEverything(openAll)).toBe(true);

    // All users blocked from one app only (R2 example 6 with AllUsers): everyone reaches every other app.
    const allFromA1 = setting(list('blocked', 'AllUsers'), list('blocked', A1));
    expect(someUserCanUse(allFromA1, A1)).toBe(false);
    expect(someUserCanUse(allFromA1, OTHER_APP)).toBe(true);
  });

  it('blocksAllUsers / blocksAllApps: all blocked, or an empty allow list', () => {
    expect(blocksAllUsers(list('blocked', 'AllUsers'))).toBe(true);
    expect(blocksAllUsers(list('allowed'))).toBe(true);
    expect(blocksAllUsers(list('blocked', G1))).toBe(false);
    expect(blocksAllApps(list('blocked', 'AllApplications'))).toBe(true);
    expect(blocksAllApps(list('allowed'))).toBe(true);
    expect(blocksAllApps(list('blocked', 'Office365'))).toBe(false);
  });
});

describe('appInList and canAccess: app GUIDs in any letter case', () => {
  it('an application target written in capitals matches the app, as before the effective model normalised it', () => {
    const upper = APPS.mySignIns.id.toUpperCase();
    expect(appInList(list('allowed', upper), APPS.mySignIns.id)).toBe(true);
    expect(appInList(list('allowed', upper), APPS.myApps.id)).toBe(false);
    expect(canAccess(setting(list('allowed', 'AllUsers'), list('allowed', upper)), MEMBER, APPS.mySignIns.id)).toBe(true);
    expect(canAccess(setting(list('allowed', 'AllUsers'), list('blocked', upper)), MEMBER, APPS.mySignIns.id.toUpperCase())).toBe(false);
  });
});
