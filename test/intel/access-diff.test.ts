/**
 * Gained and lost access in the semantic diff (SPEC §2, issue 12 item 4): the difference of the access function
 * before and after, over membership classes. One case per direction of every pair of target kinds, for allow and
 * block lists and for flips of `accessType`, each asserted in words, in the JSON `changes` and against the access
 * function evaluated user by user and app by app; then a property test over random settings.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffModels, renderDiffJson, renderDiffMarkdown } from '../../src/intel/diff.js';
import type { Change } from '../../src/intel/diff.js';
import { describeTarget, describeTargets } from '../../src/intel/describe.js';
import { canAccess } from '../../src/resolve/access.js';
import type { SettingLike, Subject } from '../../src/resolve/access.js';
import { accessDelta } from '../../src/resolve/access-delta.js';
import type { AccessStatement, TypedSettingLike } from '../../src/resolve/access-delta.js';
import { APPS } from '../../src/resolve/knowledge.js';
import type { AccessType } from '../../src/resolve/knowledge.js';
import { model } from './fixtures.js';
import { APP_KINDS, CUSTOM_APP, GROUP, PARTNER_ID, TEAMS, TENANT_ID, USER, USER_KINDS, appTarget, tenantYaml, userTarget } from './access-diff-cases.js';
import type { AppKind, ListSpec, SettingSpec, UserKind } from './access-diff-cases.js';

// ---------------------------------------------------------------------------------------------------------------
// Brute force: the access function for every user and app of a small universe.

const G = ['9a000000-0000-4000-8000-000000000001', '9a000000-0000-4000-8000-000000000002', GROUP];
const U = ['9b000000-0000-4000-8000-000000000001', '9b000000-0000-4000-8000-000000000002', USER];
const NOBODY = '9c000000-0000-4000-8000-000000000009';
/** Every user id (three named, one in no list) in every combination of the three groups. */
const SUBJECTS: Subject[] = [...U, NOBODY].flatMap((user) => [0, 1, 2, 3, 4, 5, 6, 7].map((mask) => ({ user, groups: G.filter((_, i) => mask & (1 << i)) })));
const CUSTOM_2 = '22222222-3333-4444-8555-666666666666';
/** Apps of each group, by hand (not through the engine's table): some are named in lists, some never are. */
const UNIVERSE: Array<[string, 'office365' | 'microsoft' | 'other']> = [
  [APPS.exchangeOnline.id, 'office365'],
  [TEAMS, 'office365'],
  [APPS.sharePointOnline.id, 'office365'],
  [APPS.mySignIns.id, 'microsoft'],
  [APPS.rightsManagement.id, 'microsoft'],
  [APPS.myApps.id, 'microsoft'],
  [CUSTOM_APP, 'other'],
  [CUSTOM_2, 'other'],
];

function covers(st: AccessStatement, s: Subject, app: string, atom: string): boolean {
  const principals = new Set([s.user, ...(s.groups ?? [])]);
  const users = st.users.memberOf.every((ids) => ids.some((id) => principals.has(id))) && !st.users.notMemberOf.some((id) => principals.has(id));
  const apps = (st.apps.groups.includes(atom as never) && !st.apps.except.includes(app)) || st.apps.plus.includes(app);
  return users && apps;
}

/** The pairs whose access changed that the statements miss or claim wrongly (empty when they agree). */
function disagreements(before: SettingLike, after: SettingLike, delta: { gained: AccessStatement[]; lost: AccessStatement[] }): string[] {
  const out: string[] = [];
  for (const s of SUBJECTS) {
    for (const [app, atom] of UNIVERSE) {
      const was = canAccess(before, s, app);
      const is = canAccess(after, s, app);
      const said = { gained: delta.gained.some((st) => covers(st, s, app, atom)), lost: delta.lost.some((st) => covers(st, s, app, atom)) };
      if (said.gained !== (is && !was) || said.lost !== (was && !is)) out.push(`${s.user} in [${(s.groups ?? []).join(',')}] → ${app}: was ${was}, is ${is}, said ${JSON.stringify(said)}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Every pair of target kinds.

const S = `group Sales (${GROUP})`;
const A = `user Alice (${USER})`;
const T = `Microsoft Teams (${TEAMS})`;
const P = `app Payroll (${CUSTOM_APP})`;

/** [gained, lost] for each case; '' where nothing is gained or lost. */
const EXPECTED: Record<string, [string, string]> = {
  'users allowed AllUsers → group': ['', `users outside ${S} lost access to all applications`],
  'users allowed AllUsers → user': ['', `users other than ${A} lost access to all applications`],
  'users allowed group → AllUsers': [`users outside ${S} gained access to all applications`, ''],
  'users allowed group → user': [`${A}, unless in ${S}, gained access to all applications`, `${S}, other than ${A}, lost access to all applications`],
  'users allowed user → AllUsers': [`users other than ${A} gained access to all applications`, ''],
  'users allowed user → group': [`${S}, other than ${A}, gained access to all applications`, `${A}, unless in ${S}, lost access to all applications`],
  'users blocked AllUsers → group': [`users outside ${S} gained access to all applications`, ''],
  'users blocked AllUsers → user': [`users other than ${A} gained access to all applications`, ''],
  'users blocked group → AllUsers': ['', `users outside ${S} lost access to all applications`],
  'users blocked group → user': [`${S}, other than ${A}, gained access to all applications`, `${A}, unless in ${S}, lost access to all applications`],
  'users blocked user → AllUsers': ['', `users other than ${A} lost access to all applications`],
  'users blocked user → group': [`${A}, unless in ${S}, gained access to all applications`, `${S}, other than ${A}, lost access to all applications`],

  'apps allowed AllApplications → AllMicrosoftApps': ['', 'all users lost access to non-Microsoft applications'],
  'apps allowed AllApplications → Office365': ['', 'all users lost access to applications outside Office 365'],
  'apps allowed AllApplications → Teams': ['', `all users lost access to all applications except ${T}`],
  'apps allowed AllApplications → custom app': ['', `all users lost access to all applications except ${P}`],
  'apps allowed AllMicrosoftApps → AllApplications': ['all users gained access to non-Microsoft applications', ''],
  'apps allowed AllMicrosoftApps → Office365': ['', 'all users lost access to Microsoft apps outside Office 365'],
  'apps allowed AllMicrosoftApps → Teams': ['', `all users lost access to all Microsoft apps except ${T}`],
  'apps allowed AllMicrosoftApps → custom app': [`all users gained access to ${P}`, 'all users lost access to all Microsoft apps'],
  'apps allowed Office365 → AllApplications': ['all users gained access to applications outside Office 365', ''],
  'apps allowed Office365 → AllMicrosoftApps': ['all users gained access to Microsoft apps outside Office 365', ''],
  'apps allowed Office365 → Teams': ['', `all users lost access to Office 365 apps except ${T}`],
  'apps allowed Office365 → custom app': [`all users gained access to ${P}`, 'all users lost access to Office 365 apps'],
  'apps allowed Teams → AllApplications': [`all users gained access to all applications except ${T}`, ''],
  'apps allowed Teams → AllMicrosoftApps': [`all users gained access to all Microsoft apps except ${T}`, ''],
  'apps allowed Teams → Office365': [`all users gained access to Office 365 apps except ${T}`, ''],
  'apps allowed Teams → custom app': [`all users gained access to ${P}`, `all users lost access to ${T}`],
  'apps allowed custom app → AllApplications': [`all users gained access to all applications except ${P}`, ''],
  'apps allowed custom app → AllMicrosoftApps': ['all users gained access to all Microsoft apps', `all users lost access to ${P}`],
  'apps allowed custom app → Office365': ['all users gained access to Office 365 apps', `all users lost access to ${P}`],
  'apps allowed custom app → Teams': [`all users gained access to ${T}`, `all users lost access to ${P}`],
  'apps blocked AllApplications → AllMicrosoftApps': ['all users gained access to non-Microsoft applications', ''],
  'apps blocked AllApplications → Office365': ['all users gained access to applications outside Office 365', ''],
  'apps blocked AllApplications → Teams': [`all users gained access to all applications except ${T}`, ''],
  'apps blocked AllApplications → custom app': [`all users gained access to all applications except ${P}`, ''],
  'apps blocked AllMicrosoftApps → AllApplications': ['', 'all users lost access to non-Microsoft applications'],
  'apps blocked AllMicrosoftApps → Office365': ['all users gained access to Microsoft apps outside Office 365', ''],
  'apps blocked AllMicrosoftApps → Teams': [`all users gained access to all Microsoft apps except ${T}`, ''],
  'apps blocked AllMicrosoftApps → custom app': ['all users gained access to all Microsoft apps', `all users lost access to ${P}`],
  'apps blocked Office365 → AllApplications': ['', 'all users lost access to applications outside Office 365'],
  'apps blocked Office365 → AllMicrosoftApps': ['', 'all users lost access to Microsoft apps outside Office 365'],
  'apps blocked Office365 → Teams': [`all users gained access to Office 365 apps except ${T}`, ''],
  'apps blocked Office365 → custom app': ['all users gained access to Office 365 apps', `all users lost access to ${P}`],
  'apps blocked Teams → AllApplications': ['', `all users lost access to all applications except ${T}`],
  'apps blocked Teams → AllMicrosoftApps': ['', `all users lost access to all Microsoft apps except ${T}`],
  'apps blocked Teams → Office365': ['', `all users lost access to Office 365 apps except ${T}`],
  'apps blocked Teams → custom app': [`all users gained access to ${T}`, `all users lost access to ${P}`],
  'apps blocked custom app → AllApplications': ['', `all users lost access to all applications except ${P}`],
  'apps blocked custom app → AllMicrosoftApps': [`all users gained access to ${P}`, 'all users lost access to all Microsoft apps'],
  'apps blocked custom app → Office365': [`all users gained access to ${P}`, 'all users lost access to Office 365 apps'],
  'apps blocked custom app → Teams': [`all users gained access to ${P}`, `all users lost access to ${T}`],

  'users allowed → blocked AllUsers': ['', 'all users lost access to all applications'],
  'users allowed → blocked group': [`users outside ${S} gained access to all applications`, `${S} lost access to all applications`],
  'users allowed → blocked user': [`users other than ${A} gained access to all applications`, `${A} lost access to all applications`],
  'users blocked → allowed AllUsers': ['all users gained access to all applications', ''],
  'users blocked → allowed group': [`${S} gained access to all applications`, `users outside ${S} lost access to all applications`],
  'users blocked → allowed user': [`${A} gained access to all applications`, `users other than ${A} lost access to all applications`],
  'apps allowed → blocked AllApplications': ['', 'all users lost access to all applications'],
  'apps allowed → blocked AllMicrosoftApps': ['all users gained access to non-Microsoft applications', 'all users lost access to all Microsoft apps'],
  'apps allowed → blocked Office365': ['all users gained access to applications outside Office 365', 'all users lost access to Office 365 apps'],
  'apps allowed → blocked Teams': [`all users gained access to all applications except ${T}`, `all users lost access to ${T}`],
  'apps allowed → blocked custom app': [`all users gained access to all applications except ${P}`, `all users lost access to ${P}`],
  'apps blocked → allowed AllApplications': ['all users gained access to all applications', ''],
  'apps blocked → allowed AllMicrosoftApps': ['all users gained access to all Microsoft apps', 'all users lost access to non-Microsoft applications'],
  'apps blocked → allowed Office365': ['all users gained access to Office 365 apps', 'all users lost access to applications outside Office 365'],
  'apps blocked → allowed Teams': [`all users gained access to ${T}`, `all users lost access to all applications except ${T}`],
  'apps blocked → allowed custom app': [`all users gained access to ${P}`, `all users lost access to all applications except ${P}`],
};

const ALL_USERS: ListSpec = { accessType: 'allowed', targets: [userTarget('AllUsers')] };
const ALL_APPS: ListSpec = { accessType: 'allowed', targets: [appTarget('AllApplications')] };
const users = (accessType: AccessType, k: UserKind): SettingSpec => ({ usersAndGroups: { accessType, targets: [userTarget(k)] }, applications: ALL_APPS });
const apps = (accessType: AccessType, k: AppKind): SettingSpec => ({ usersAndGroups: ALL_USERS, applications: { accessType, targets: [appTarget(k)] } });

/** Every case, generated: each ordered pair of distinct kinds in allow and in block lists, then each flip. */
function cases(): Array<[string, SettingSpec, SettingSpec]> {
  const out: Array<[string, SettingSpec, SettingSpec]> = [];
  const types: AccessType[] = ['allowed', 'blocked'];
  for (const t of types) for (const x of USER_KINDS) for (const y of USER_KINDS) if (x !== y) out.push([`users ${t} ${x} → ${y}`, users(t, x), users(t, y)]);
  for (const t of types) for (const x of APP_KINDS) for (const y of APP_KINDS) if (x !== y) out.push([`apps ${t} ${x} → ${y}`, apps(t, x), apps(t, y)]);
  for (const [f, g] of [types, [...types].reverse()]) {
    for (const x of USER_KINDS) out.push([`users ${f} → ${g} ${x}`, users(f, x), users(g, x)]);
    for (const x of APP_KINDS) out.push([`apps ${f} → ${g} ${x}`, apps(f, x), apps(g, x)]);
  }
  return out;
}

const diffOf = (before: SettingSpec, after: SettingSpec): Change[] =>
  diffModels(model({ 'contoso.xtap.yaml': tenantYaml(before) }), model({ 'contoso.xtap.yaml': tenantYaml(after) }));

describe('gained and lost, for every pair of target kinds', () => {
  const all = cases();

  it('covers every case of the table, and the table has no case the generator lacks', () => {
    expect(all.map(([name]) => name).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(all).toHaveLength(12 + 40 + 16);
  });

  for (const [name, before, after] of all) {
    it(name, () => {
      const changes = diffOf(before, after);
      expect(changes).toHaveLength(1);
      const [gained, lost] = EXPECTED[name];
      const c = changes[0];
      expect([c.gained ?? '', c.lost ?? '']).toEqual([gained, lost]);

      // The JSON change: where, what, and gained/lost only when something was.
      const json = JSON.parse(renderDiffJson(changes, { base: 'main' })) as { changes: Array<Record<string, unknown>> };
      expect(json.changes).toHaveLength(1);
      const j = json.changes[0];
      expect(Object.keys(j)).toEqual(['tenant', 'partner', 'direction', 'kind', 'setting', 'before', 'after', 'summary', ...(gained ? ['gained'] : []), ...(lost ? ['lost'] : [])]);
      expect(j).toMatchObject({ tenant: { id: TENANT_ID, name: 'Contoso' }, partner: { id: PARTNER_ID, name: 'Fabrikam' }, direction: 'inbound', kind: 'b2bCollaboration', setting: 'b2bCollaborationInbound' });
      if (gained) expect(j.gained).toBe(gained);
      if (lost) expect(j.lost).toBe(lost);

      // What the words say holds user by user and app by app.
      const b = model({ 'contoso.xtap.yaml': tenantYaml(before) }).tenants[0].partners[0].effective.b2b.b2bCollaborationInbound;
      const a = model({ 'contoso.xtap.yaml': tenantYaml(after) }).tenants[0].partners[0].effective.b2b.b2bCollaborationInbound;
      expect(disagreements(b, a, accessDelta(b, a))).toEqual([]);
    });
  }

  it('reverses: what one direction gains, the other loses', () => {
    for (const [name, before, after] of all) {
      const there = diffOf(before, after)[0];
      const back = diffOf(after, before)[0];
      const swap = (text: string | undefined, from: string, to: string): string | undefined => text?.replaceAll(` ${from} access to `, ` ${to} access to `);
      expect([back.gained, back.lost], name).toEqual([swap(there.lost, 'lost', 'gained'), swap(there.gained, 'gained', 'lost')]);
    }
  });
});

describe('the three wrong verdicts of issue 12', () => {
  it('narrowing AllApplications to Office365 loses the apps outside Office 365 and gains nothing', () => {
    const c = diffOf(apps('allowed', 'AllApplications'), apps('allowed', 'Office365'))[0];
    expect(c.gained).toBeUndefined();
    expect(c.lost).toBe('all users lost access to applications outside Office 365');
  });

  it('narrowing AllUsers to a group loses access for everyone outside the group and gains nothing', () => {
    const c = diffOf(users('allowed', 'AllUsers'), users('allowed', 'group'))[0];
    expect(c.gained).toBeUndefined();
    expect(c.lost).toBe(`users outside ${S} lost access to all applications`);
  });

  it('widening Office365 to AllMicrosoftApps gains the other Microsoft apps and loses nothing', () => {
    const c = diffOf(apps('allowed', 'Office365'), apps('allowed', 'AllMicrosoftApps'))[0];
    expect(c.lost).toBeUndefined();
    expect(c.gained).toBe('all users gained access to Microsoft apps outside Office 365');
  });
});

describe('both lists changing, and overlapping principals', () => {
  const spec = (u: ListSpec, a: ListSpec): SettingSpec => ({ usersAndGroups: u, applications: a });
  const sales = userTarget('group');

  it('a group moved from AllApplications to Office 365 while everyone else is let in', () => {
    const c = diffOf(spec({ accessType: 'allowed', targets: [sales] }, { accessType: 'allowed', targets: [appTarget('Office365')] }), spec(ALL_USERS, ALL_APPS))[0];
    expect(c.gained).toBe(`${S} gained access to applications outside Office 365; users outside ${S} gained access to all applications`);
    expect(c.lost).toBeUndefined();
  });

  it('two groups swapped: members of both keep their access', () => {
    const other = { target: G[0], targetType: 'group' as const, label: 'Legal' };
    const c = diffOf(spec({ accessType: 'allowed', targets: [sales] }, ALL_APPS), spec({ accessType: 'allowed', targets: [other] }, ALL_APPS))[0];
    const L = `group Legal (${G[0]})`;
    expect(c.gained).toBe(`${L}, unless in ${S}, gained access to all applications`);
    expect(c.lost).toBe(`${S}, unless in ${L}, lost access to all applications`);
  });

  it('two users swapped: a user is never another user', () => {
    const bob = { target: U[0], targetType: 'user' as const, label: 'Bob' };
    const c = diffOf(spec({ accessType: 'allowed', targets: [userTarget('user')] }, ALL_APPS), spec({ accessType: 'allowed', targets: [bob] }, ALL_APPS))[0];
    expect(c.gained).toBe(`user Bob (${U[0]}) gained access to all applications`);
    expect(c.lost).toBe(`${A} lost access to all applications`);
  });

  it('a group added to a block list of all Microsoft apps', () => {
    const c = diffOf(
      spec({ accessType: 'blocked', targets: [userTarget('user')] }, { accessType: 'blocked', targets: [appTarget('AllMicrosoftApps')] }),
      spec({ accessType: 'blocked', targets: [userTarget('user'), sales] }, { accessType: 'blocked', targets: [appTarget('AllMicrosoftApps')] }),
    )[0];
    expect(c.gained).toBeUndefined();
    expect(c.lost).toBe(`${S}, other than ${A}, lost access to all Microsoft apps`);
  });

  it('words do not depend on the order of targets', () => {
    const before = spec({ accessType: 'allowed', targets: [sales, userTarget('user')] }, { accessType: 'allowed', targets: [appTarget('Teams'), appTarget('custom app')] });
    const after = spec(ALL_USERS, { accessType: 'allowed', targets: [appTarget('Office365')] });
    const swapped = spec({ accessType: 'allowed', targets: [userTarget('user'), sales] }, { accessType: 'allowed', targets: [appTarget('custom app'), appTarget('Teams')] });
    const c = diffOf(before, after)[0];
    expect(diffOf(swapped, after)[0]).toMatchObject({ gained: c.gained, lost: c.lost });
    expect(c.gained).toBe(
      `${S} and ${A} gained access to Office 365 apps except ${T}; users outside ${S}, other than ${A}, gained access to Office 365 apps`,
    );
    expect(c.lost).toBe(`${S} and ${A} lost access to ${P}`);
  });
});

describe('property: the reported sets are the brute-force difference of the access function', () => {
  const RUNS = Number(process.env.XTAP_FUZZ_RUNS ?? 300);
  const userIds = [
    { id: 'AllUsers', type: 'user' },
    ...G.map((id) => ({ id, type: 'group' })),
    ...U.map((id) => ({ id, type: 'user' })),
  ];
  const appIds = ['AllApplications', 'AllMicrosoftApps', 'Office365', APPS.exchangeOnline.id, TEAMS, APPS.mySignIns.id, APPS.rightsManagement.id, CUSTOM_APP].map((id) => ({ id, type: 'application' }));
  const accessType = fc.constantFrom<AccessType>('allowed', 'blocked');
  const list = (pool: Array<{ id: string; type: string }>) => fc.record({ accessType, targets: fc.subarray(pool) });
  const setting = fc.record({ usersAndGroups: list(userIds), applications: list(appIds) });

  it('for random settings over a small universe of users and apps', () => {
    fc.assert(
      fc.property(setting, setting, (before: TypedSettingLike, after: TypedSettingLike) => {
        const delta = accessDelta(before, after);
        expect(disagreements(before, after, delta)).toEqual([]);
        // Nothing said twice: no statement is empty of apps, and gained and lost never meet.
        for (const st of [...delta.gained, ...delta.lost]) expect(st.apps.groups.length + st.apps.plus.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, seed: 12 },
    );
  });

  it('between a setting and itself: nothing', () => {
    fc.assert(
      fc.property(setting, (s: TypedSettingLike) => {
        expect(accessDelta(s, s)).toEqual({ gained: [], lost: [] });
      }),
      { numRuns: RUNS, seed: 13 },
    );
  });
});

describe('hostile text in the diff', () => {
  it('describe words a target named like an Object property as that text', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(describeTarget({ id, type: 'group' })).toBe(`group ${id}`);
      expect(describeTargets({ targets: [{ id, type: undefined }, { id: 'AllUsers', type: 'user' }] })).toBe(`all users, ${id}`);
    }
  });

  it('a target named like an Object property is just a target, and Markdown stays inert', () => {
    const before = tenantYaml(users('allowed', 'AllUsers'));
    const after = before.replace('{ target: AllUsers, targetType: user }', '{ target: constructor, targetType: group, label: "[x](https://evil.example) @team" }');
    const changes = diffModels(model({ 'contoso.xtap.yaml': before }), model({ 'contoso.xtap.yaml': after }));
    expect(changes).toHaveLength(1);
    const text = JSON.stringify(changes);
    expect(text).not.toContain('function');
    expect(text).not.toContain('native code');
    expect(changes[0].lost).toBe('users outside group [x](https://evil.example) @team (constructor) lost access to all applications');
    const md = renderDiffMarkdown(changes, { before: '`main`', after: 'the working tree' });
    expect(md).toContain('  - lost: users outside group \\[x\\](https\\://evil.example) @\u2060team (constructor) lost access to all applications\n');
    expect(md).not.toMatch(/(^|[^\\])\](\(|\\\()http/); // no unescaped ] before the URL: it cannot close a link text
  });
});

describe('lists that change but give the same access are no change', () => {
  it('a partner blocking every user outbound keeps blocking everyone when the inherited apps widen (QA repro)', () => {
    const tenant = (apps: string) => `tenant: { id: 11111111-2222-4333-8444-555555555555, name: Litware, license: p1 }
default:
  b2bCollaborationOutbound:
    usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
    applications: { accessType: allowed, targets: [{ target: ${apps}, targetType: application }] }
partners:
  - tenantId: cccccccc-1111-4222-8333-444444444444
    name: Proseware
    b2bCollaborationOutbound:
      usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
`;
    const changes = diffModels(model({ 't.xtap.yaml': tenant('Office365') }), model({ 't.xtap.yaml': tenant('AllApplications') }));
    // Only the default's change: every other tenant's users gained the apps outside Office 365; Proseware's are still all blocked.
    expect(changes.map((c) => [c.partner?.name ?? 'default', c.setting, c.gained ?? '', c.lost ?? ''])).toEqual([
      ['default', 'b2bCollaborationOutbound', 'all users gained access to applications outside Office 365', ''],
    ]);
  });
});
