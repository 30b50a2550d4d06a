/**
 * Words for settings, shared by `diff`, `explain` and `graph`: targets by name and ID (app names from
 * knowledge.ts) and a B2B setting's access in one phrase. Pure. (`file:line` and party labels: src/engine/tenants.ts.)
 */
import { grantsAnything, grantsEverything } from '../resolve/access.js';
import { knownApp, SETTING_LABEL, targetId } from '../resolve/knowledge.js';
import type { B2BSettingName } from '../resolve/knowledge.js';
import type { EffList, EffTarget, Level, PartnerModel, TenantModel } from '../resolve/model.js';

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Keyed by target text from files: a Map, so `constructor` or `__proto__` is just an unknown target. */
const KEYWORD_WORDS = new Map<string, string>([
  ['AllUsers', 'all users'],
  ['AllApplications', 'all applications'],
  ['AllMicrosoftApps', 'all Microsoft apps'],
  ['Office365', 'Office 365 apps'],
]);

/** A target in words: keywords spelled out, apps by name and ID, users and groups by type, label and ID. */
export function describeTarget(t: Pick<EffTarget, 'id' | 'type'> & { label?: string | undefined }): string {
  const kw = KEYWORD_WORDS.get(t.id);
  if (kw) return kw;
  const app = knownApp(t.id);
  if (app) return `${app.name} (${app.id})`;
  const type = t.type === 'user' || t.type === 'group' ? `${t.type} ` : t.type === 'application' ? 'app ' : '';
  return t.label ? `${type}${t.label} (${t.id})` : `${type}${t.id}`;
}

/** A target's label as declared (`label:`), else a known app's name. */
export function targetLabel(t: EffTarget): string | undefined {
  return t.decl?.label ?? knownApp(t.id)?.name;
}

/** Distinct targets of a list, sorted: keywords first, then by ID. */
export function sortedTargets(list: Pick<EffList, 'targets'>): EffTarget[] {
  const seen = new Map<string, EffTarget>();
  for (const t of list.targets) {
    const id = targetId(t);
    // Named fields, not a spread: a declared target reads `type` and `decl` through getters.
    if (!seen.has(id)) seen.set(id, { id, type: t.type, decl: t.decl });
  }
  const rank = (id: string): number => (KEYWORD_WORDS.has(id) ? 0 : 1);
  return [...seen.values()].sort((a, b) => rank(a.id) - rank(b.id) || compareStrings(a.id, b.id));
}

/** The targets of a list in words: "group Sales (…), user 1f…". */
export function describeTargets(list: Pick<EffList, 'targets'>): string {
  const ts = sortedTargets(list);
  if (ts.length === 0) return 'nobody and nothing';
  return ts.map((t) => describeTarget({ id: t.id, type: t.type, label: t.decl?.label })).join(', ');
}

function names(list: EffList, none: string): string {
  return list.targets.length ? describeTargets(list) : none;
}

/** "all users except group Sales (…)" — everything but a blocked list. */
function allExcept(list: EffList, all: string): string {
  return list.targets.length ? `${all} except ${describeTargets(list)}` : all;
}

/**
 * Who may use what under a B2B setting, in one phrase (SPEC §2's table):
 * "all users to all applications allowed", "group Sales (…) to Office 365 apps allowed", "blocked for all users".
 */
export function describeAccess(setting: { usersAndGroups: EffList; applications: EffList }): string {
  const u = setting.usersAndGroups;
  const a = setting.applications;
  if (grantsEverything(setting)) return 'all users to all applications allowed';
  if (!grantsAnything(setting)) return 'blocked for all users and applications';
  if (u.accessType === 'allowed' && a.accessType === 'allowed') return `${names(u, 'nobody')} to ${names(a, 'no application')} allowed`;
  if (u.accessType === 'allowed') return `${names(u, 'nobody')} to ${allExcept(a, 'all applications')} allowed`;
  if (a.accessType === 'allowed') return `${allExcept(u, 'all users')} to ${names(a, 'no application')} allowed`;
  return `all users to all applications allowed, except ${describeTargets(u)} to ${describeTargets(a)}`;
}

export const LEVEL_WORDS: Record<Level, string> = {
  partner: 'partner',
  default: 'default',
  service: "Microsoft's service default",
};

/** "inbound B2B collaboration" */
export function settingWords(name: B2BSettingName): string {
  return SETTING_LABEL[name];
}


/** A tenant or partner as `{ id, name }` for JSON output. */
export function party(p: TenantModel | PartnerModel): { id: string; name: string | null } {
  return { id: p.id, name: p.name ?? null };
}
