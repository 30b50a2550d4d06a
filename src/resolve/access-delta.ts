/**
 * A change in access (SPEC §2 "Who can reach what"): the difference of the access function before and after a
 * change of one B2B setting. What some user could reach after but not before is gained, the reverse lost.
 *
 * The users and apps are never enumerated: they fall into the few **membership classes** the two settings
 * distinguish, and access is evaluated once per (user class, app class) with `accessFromMembership`.
 *
 * - Users: whether a user is in a list depends only on the named principals (users, groups) that cover it, so
 *   what matters is the pair (in the list before, in the list after): at most four classes, described by
 *   conditions on the named principals ("in group A but in none of group B"). This is exact whatever the groups'
 *   members are: xtap-lint does not know them, so a class may be empty, but everything said about a class holds
 *   for every user in it. Classes that cannot hold anyone (a user object inside another user object) are dropped.
 * - Apps: each app named in either list is its own class; every other app falls into one of three groups, nested
 *   as Microsoft documents them (SPEC §1.1): Office 365 ⊂ all Microsoft apps ⊂ all applications. Named apps join
 *   the groups through the engine's one app table (knowledge.ts), so `Office365` covers Exchange but not My Sign-ins.
 *
 * Pure and linear in the size of the two settings.
 */
import { accessFromMembership } from './access.js';
import type { ListLike } from './access.js';
import { knownApp, normalizedTargetCovers, targetId } from './knowledge.js';
import type { AccessType } from './knowledge.js';

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The three groups every app not named in either list falls into (SPEC §1.1). */
export type AppAtom = 'office365' | 'microsoft' | 'other';
export const APP_ATOMS: readonly AppAtom[] = ['office365', 'microsoft', 'other'];

/** Which group an app belongs to, by the engine's app table: an unknown ID is in no Microsoft group. */
export function appAtom(appId: string): AppAtom {
  const app = knownApp(appId);
  if (!app) return 'other';
  return app.office365 ? 'office365' : 'microsoft';
}

/**
 * A set of users, as a condition on the named principals that cover a user: in at least one principal of each
 * `memberOf` list, and in none of `notMemberOf`. Both empty: all users.
 */
export interface UserSet {
  memberOf: string[][];
  notMemberOf: string[];
}

/** A set of apps: those of the `groups` not listed in `except`, and the apps in `plus`. */
export interface AppSet {
  groups: AppAtom[];
  except: string[];
  plus: string[];
}

/** Every user of `users` gained (or lost) access to every app of `apps`. */
export interface AccessStatement {
  users: UserSet;
  apps: AppSet;
}

export interface AccessDelta {
  gained: AccessStatement[];
  lost: AccessStatement[];
}

/** A list as the delta reads it: target IDs, and for user targets their declared type (to know user objects). */
export interface TypedListLike extends ListLike {
  targets: ReadonlyArray<{ id: string; type?: string | undefined }>;
}

export interface TypedSettingLike {
  usersAndGroups: TypedListLike;
  applications: TypedListLike;
}

interface UserSide {
  accessType: AccessType;
  all: boolean;
  /** Named principals, normalised, distinct, in list order. */
  ids: string[];
}

function userSide(list: TypedListLike): UserSide {
  const ids: string[] = [];
  const seen = new Set<string>();
  let all = false;
  for (const t of list.targets) {
    const id = targetId(t);
    if (id === 'AllUsers') all = true;
    else if (!seen.has(id)) (seen.add(id), ids.push(id));
  }
  return { accessType: list.accessType, all, ids: ids.sort(compareIds) };
}

/** The possible values of "u ∈ U" over all users. */
function memberships(s: UserSide): boolean[] {
  const out: boolean[] = [];
  if (s.all || s.ids.length > 0) out.push(true);
  if (!s.all) out.push(false);
  return out;
}

interface AppIndex {
  accessType: AccessType;
  ids: Set<string>;
  keywords: string[];
}

const APP_KEYWORD_SET = new Set(['AllApplications', 'AllMicrosoftApps', 'Office365']);

function appIndex(list: TypedListLike): AppIndex {
  const ids = new Set<string>();
  const keywords = new Set<string>();
  for (const t of list.targets) {
    const id = targetId(t);
    if (APP_KEYWORD_SET.has(id)) keywords.add(id);
    else ids.add(id);
  }
  return { accessType: list.accessType, ids, keywords: [...keywords] };
}

/** Whether a named app is in a list: listed itself, or covered by a keyword through the app table. */
function namedInList(index: AppIndex, app: string): boolean {
  return index.ids.has(app) || index.keywords.some((k) => normalizedTargetCovers(k, app));
}

/** Whether the apps of a group that no list names are in a list: only keywords can cover them. */
function atomInList(index: AppIndex, atom: AppAtom): boolean {
  const k = index.keywords;
  if (k.includes('AllApplications')) return true;
  if (atom === 'other') return false;
  if (k.includes('AllMicrosoftApps')) return true;
  return atom === 'office365' && k.includes('Office365');
}

/** A user-membership class: in the users list before (x) and after (y). */
type Combo = 'TT' | 'TF' | 'FT' | 'FF';
const COMBOS: readonly Combo[] = ['TT', 'TF', 'FT', 'FF'];
const comboOf = (x: boolean, y: boolean): Combo => `${x ? 'T' : 'F'}${y ? 'T' : 'F'}` as Combo;

type AppClass = { kind: 'app'; id: string } | { kind: 'atom'; atom: AppAtom };

function userObjects(before: TypedListLike, after: TypedListLike): Set<string> {
  // A principal is a user object when every occurrence says so; anything else may have members.
  const types = new Map<string, boolean>();
  for (const t of [...before.targets, ...after.targets]) {
    const id = targetId(t);
    types.set(id, (types.get(id) ?? true) && t.type === 'user');
  }
  return new Set([...types].filter(([, user]) => user).map(([id]) => id));
}

/** The change in access from `before` to `after`, as statements over classes of users and apps. */
export function accessDelta(before: TypedSettingLike, after: TypedSettingLike): AccessDelta {
  const ub = userSide(before.usersAndGroups);
  const ua = userSide(after.usersAndGroups);
  const ab = appIndex(before.applications);
  const aa = appIndex(after.applications);
  const users = userObjects(before.usersAndGroups, after.usersAndGroups);
  const inA = new Set(ua.ids);
  const inB = new Set(ub.ids);
  const onlyB = ub.ids.filter((id) => !inA.has(id));
  const onlyA = ua.ids.filter((id) => !inB.has(id));

  // Which (before, after) memberships some user can have.
  const realizable = new Set<Combo>();
  for (const x of memberships(ub)) {
    for (const y of memberships(ua)) {
      const c = comboOf(x, y);
      if (c === 'TT' && !ub.all && !ua.all) {
        // In a principal of each list: a shared principal, or one that may have members.
        const shared = ub.ids.some((id) => inA.has(id));
        const hasMembers = [...ub.ids, ...ua.ids].some((id) => !users.has(id));
        if (!shared && !hasMembers) continue;
      }
      if (c === 'TF' && !ub.all && onlyB.length === 0) continue;
      if (c === 'FT' && !ua.all && onlyA.length === 0) continue;
      realizable.add(c);
    }
  }

  // App classes: each named app, then the three groups.
  const named: string[] = [];
  const seenApp = new Set<string>();
  for (const id of [...ab.ids, ...aa.ids]) if (!seenApp.has(id)) (seenApp.add(id), named.push(id));
  named.sort(compareIds);
  const classes: AppClass[] = [...named.map((id): AppClass => ({ kind: 'app', id })), ...APP_ATOMS.map((atom): AppClass => ({ kind: 'atom', atom }))];

  const gained = new Map<Combo, AppClass[]>();
  const lost = new Map<Combo, AppClass[]>();
  for (const combo of COMBOS) {
    if (!realizable.has(combo)) continue;
    const x = combo[0] === 'T';
    const y = combo[1] === 'T';
    for (const c of classes) {
      const inAb = c.kind === 'app' ? namedInList(ab, c.id) : atomInList(ab, c.atom);
      const inAa = c.kind === 'app' ? namedInList(aa, c.id) : atomInList(aa, c.atom);
      const was = accessFromMembership(ub.accessType, x, ab.accessType, inAb);
      const is = accessFromMembership(ua.accessType, y, aa.accessType, inAa);
      if (was === is) continue;
      const into = is ? gained : lost;
      const list = into.get(combo) ?? [];
      list.push(c);
      into.set(combo, list);
    }
  }
  const atoms = new Map(named.map((id) => [id, appAtom(id)]));
  const ctx: Ctx = { ub, ua, onlyB, onlyA, users, realizable, named, atoms };
  return { gained: statements(ctx, gained), lost: statements(ctx, lost) };
}

interface Ctx {
  ub: UserSide;
  ua: UserSide;
  onlyB: string[];
  onlyA: string[];
  users: Set<string>;
  realizable: Set<Combo>;
  named: string[];
  /** The group of each named app. */
  atoms: Map<string, AppAtom>;
}

function appSet(ctx: Ctx, changed: AppClass[]): AppSet {
  const groups = APP_ATOMS.filter((atom) => changed.some((c) => c.kind === 'atom' && c.atom === atom));
  const changedApps = new Set(changed.flatMap((c) => (c.kind === 'app' ? [c.id] : [])));
  const inGroups = (id: string): boolean => groups.includes(ctx.atoms.get(id) ?? 'other');
  return {
    groups,
    except: ctx.named.filter((id) => inGroups(id) && !changedApps.has(id)),
    plus: ctx.named.filter((id) => changedApps.has(id) && !inGroups(id)),
  };
}

/** A user-membership class as a condition on principals. */
function comboUsers(ctx: Ctx, combo: Combo): UserSet {
  const { ub, ua } = ctx;
  switch (combo) {
    case 'TT': {
      const memberOf: string[][] = [];
      if (!ub.all) memberOf.push(ub.ids);
      if (!ua.all && !(memberOf.length === 1 && sameSet(ub.ids, ua.ids))) memberOf.push(ua.ids);
      return { memberOf, notMemberOf: [] };
    }
    case 'TF':
      return ub.all ? { memberOf: [], notMemberOf: ua.ids } : withoutOtherUsers(ctx, ctx.onlyB, ua.ids);
    case 'FT':
      return ua.all ? { memberOf: [], notMemberOf: ub.ids } : withoutOtherUsers(ctx, ctx.onlyA, ub.ids);
    case 'FF':
      return { memberOf: [], notMemberOf: union(ub.ids, ua.ids) };
  }
}

/** In one of `any` and none of `none`; a user object is never another user object, so those conditions go. */
function withoutOtherUsers(ctx: Ctx, any: string[], none: string[]): UserSet {
  const onlyUsers = any.every((id) => ctx.users.has(id));
  return { memberOf: [any], notMemberOf: onlyUsers ? none.filter((id) => !ctx.users.has(id)) : none };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return b.every((x) => s.has(x));
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const s = new Set(a);
  return [...a, ...b.filter((x) => !s.has(x))];
}

/**
 * One statement per set of users that changed the same way, merging classes back into what the lists say:
 * all users, the users in (or outside) the list before or after, or one class.
 */
function statements(ctx: Ctx, changes: Map<Combo, AppClass[]>): AccessStatement[] {
  const byApps = new Map<string, { combos: Combo[]; apps: AppSet }>();
  for (const combo of COMBOS) {
    const classes = changes.get(combo);
    if (!classes) continue;
    const apps = appSet(ctx, classes);
    const key = JSON.stringify(apps);
    const entry = byApps.get(key);
    if (entry) entry.combos.push(combo);
    else byApps.set(key, { combos: [combo], apps });
  }
  const out: AccessStatement[] = [];
  const r = [...ctx.realizable];
  const is = (combos: Combo[], pick: (c: Combo) => boolean): boolean => {
    const want = r.filter(pick);
    return want.length > 0 && sameSet(combos, want);
  };
  for (const { combos, apps } of byApps.values()) {
    const { ub, ua } = ctx;
    let users: UserSet | undefined;
    if (sameSet(combos, r)) users = { memberOf: [], notMemberOf: [] };
    else if (is(combos, (c) => c[0] === 'T')) users = { memberOf: [ub.ids], notMemberOf: [] };
    else if (is(combos, (c) => c[0] === 'F')) users = { memberOf: [], notMemberOf: ub.ids };
    else if (is(combos, (c) => c[1] === 'T')) users = { memberOf: [ua.ids], notMemberOf: [] };
    else if (is(combos, (c) => c[1] === 'F')) users = { memberOf: [], notMemberOf: ua.ids };
    else if (!ub.all && !ua.all && is(combos, (c) => c !== 'FF')) users = { memberOf: [union(ub.ids, ua.ids)], notMemberOf: [] };
    if (users) out.push({ users, apps });
    else for (const c of combos) out.push({ users: comboUsers(ctx, c), apps });
  }
  return out;
}
