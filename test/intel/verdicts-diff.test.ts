/**
 * Verdicts pinned to the access function (issue 12, "Tests that pin verdicts"): what `describe` (the words of
 * `diff`, `explain`) and `graph` say about a setting — "all users to all applications", "blocked for all",
 * "limited", an edge or none — is checked against SPEC §2's access function evaluated for every user and app of a
 * small universe, over every combination of target kinds. Reading "every" as "some" in grantsEverything makes a
 * group-only allow list "all users to all applications": these tests fail then.
 */
import { describe, expect, it } from 'vitest';
import { describeAccess } from '../../src/intel/describe.js';
import { buildGraph } from '../../src/intel/graph.js';
import type { GraphEdge } from '../../src/intel/graph.js';
import { canAccess } from '../../src/resolve/access.js';
import type { Subject } from '../../src/resolve/access.js';
import { APPS } from '../../src/resolve/knowledge.js';
import type { AccessType } from '../../src/resolve/knowledge.js';
import { model } from './fixtures.js';
import { GROUP, PARTNER_ID, TEAMS, TENANT_ID, USER, CUSTOM_APP, appTarget, tenantYaml, userTarget } from './access-diff-cases.js';
import type { AppKind, SettingSpec, Target, UserKind } from './access-diff-cases.js';

const OTHER_GROUP = '9a000000-0000-4000-8000-000000000001';
/** A member of the group, the named user (in and out of the group), and users named nowhere. */
const SUBJECTS: Subject[] = [
  { user: '9b000000-0000-4000-8000-000000000001', groups: [GROUP] },
  { user: USER, groups: [] },
  { user: USER, groups: [GROUP] },
  { user: '9b000000-0000-4000-8000-000000000002', groups: [OTHER_GROUP] },
  { user: '9b000000-0000-4000-8000-000000000003', groups: [] },
];
/** Apps of every group, named and not: Office 365, other Microsoft apps, and apps the table does not know. */
const APPS_UNIVERSE = [TEAMS, APPS.exchangeOnline.id, APPS.mySignIns.id, APPS.rightsManagement.id, CUSTOM_APP, '22222222-3333-4444-8555-666666666666'];

const USER_SETS: UserKind[][] = [[], ['AllUsers'], ['group'], ['user'], ['group', 'user'], ['AllUsers', 'group']];
const APP_SETS: AppKind[][] = [[], ['AllApplications'], ['AllMicrosoftApps'], ['Office365'], ['Teams'], ['custom app'], ['Office365', 'custom app']];
const TYPES: AccessType[] = ['allowed', 'blocked'];

/** The partner's users coming in: its own edge, or the tenant's outbound edge drawn both ways. */
function inboundEdge(m: ReturnType<typeof model>): GraphEdge | undefined {
  return buildGraph(m).edges.find(
    (e) => e.kind === 'b2bCollaboration' && ((e.from === PARTNER_ID && e.to === TENANT_ID) || (e.bothWays && e.from === TENANT_ID && e.to === PARTNER_ID)),
  );
}

function settings(): Array<[string, SettingSpec]> {
  const out: Array<[string, SettingSpec]> = [];
  for (const ut of TYPES)
    for (const us of USER_SETS)
      for (const at of TYPES)
        for (const as of APP_SETS) {
          const u: Target[] = us.map(userTarget);
          const a: Target[] = as.map(appTarget);
          out.push([`users ${ut} [${us.join(', ')}], apps ${at} [${as.join(', ')}]`, { usersAndGroups: { accessType: ut, targets: u }, applications: { accessType: at, targets: a } }]);
        }
  return out;
}

describe('describe and graph against the access function, for every combination of target kinds', () => {
  const all = settings();

  it('has every combination', () => {
    expect(all).toHaveLength(2 * USER_SETS.length * 2 * APP_SETS.length);
  });

  it('describe says "all users to all applications" exactly when everyone reaches everything, and "blocked" when nobody reaches anything', () => {
    const wrong: string[] = [];
    for (const [name, spec] of all) {
      const s = model({ 'contoso.xtap.yaml': tenantYaml(spec) }).tenants[0].partners[0].effective.b2b.b2bCollaborationInbound;
      const grid = SUBJECTS.flatMap((u) => APPS_UNIVERSE.map((app) => canAccess(s, u, app)));
      const everything = grid.every(Boolean);
      const nothing = !grid.some(Boolean);
      const text = describeAccess(s);
      if ((text === 'all users to all applications allowed') !== everything) wrong.push(`${name}: "${text}" but everyone reaches everything: ${everything}`);
      if ((text === 'blocked for all users and applications') !== nothing) wrong.push(`${name}: "${text}" but nobody reaches anything: ${nothing}`);
    }
    expect(wrong).toEqual([]);
  });

  it('graph draws an edge exactly when someone reaches something, and calls it limited unless everyone reaches everything', () => {
    const wrong: string[] = [];
    for (const [name, spec] of all) {
      const m = model({ 'contoso.xtap.yaml': tenantYaml(spec) });
      const s = m.tenants[0].partners[0].effective.b2b.b2bCollaborationInbound;
      const grid = SUBJECTS.flatMap((u) => APPS_UNIVERSE.map((app) => canAccess(s, u, app)));
      const edge = inboundEdge(m);
      if (Boolean(edge) !== grid.some(Boolean)) wrong.push(`${name}: edge ${edge ? 'drawn' : 'missing'}`);
      if (edge && edge.label.includes('limited') === grid.every(Boolean)) wrong.push(`${name}: "${edge.label}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('a group-only allow list is limited to the group, in words and on the map', () => {
    const spec: SettingSpec = { usersAndGroups: { accessType: 'allowed', targets: [userTarget('group')] }, applications: { accessType: 'allowed', targets: [appTarget('AllApplications')] } };
    const m = model({ 'contoso.xtap.yaml': tenantYaml(spec) });
    expect(describeAccess(m.tenants[0].partners[0].effective.b2b.b2bCollaborationInbound)).toBe(`group Sales (${GROUP}) to all applications allowed`);
    const edge = inboundEdge(m);
    expect(edge?.label).toBe('B2B collaboration (limited)');
  });
});
