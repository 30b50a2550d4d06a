/**
 * Helpers for rules (and commands) that look at a tenant from the outside: what it applies to one partner,
 * which declared tenant a partner is, which clouds it enables, how permissive one setting is against another,
 * and where things are (file and line) for messages that name another file.
 *
 * Everything here is linear in the number of partners: tenants and partners are found through the
 * `tenantsById` and `partnersById` maps, never by scanning.
 */
import { locRange } from '../load/yaml.js';
import { accessFromMembership, appInList } from '../resolve/access.js';
import type { ListLike, SettingLike } from '../resolve/access.js';
import { APPS, B2B_SETTINGS, CLOUD_ENDPOINT, TRUST_MEMBERS, isGuid, targetId } from '../resolve/knowledge.js';
import type { Cloud } from '../resolve/knowledge.js';
import type { EffectiveSettings, Level, Loc, PartnerModel, RepoModel, TenantModel } from '../resolve/model.js';

/** What a tenant applies to another organization: the partner entry's effective settings, or the default's. */
export interface Applied {
  settings: EffectiveSettings;
  /** The partner entry, when the organization is listed (the first one when it is listed twice). */
  partner: PartnerModel | undefined;
}

/** The effective settings `tenant` applies to the organization `partnerId`: its partner entry's, else the default's. */
export function effectiveFor(tenant: TenantModel, partnerId: string): Applied {
  const partner = tenant.partnersById.get(partnerId.toLowerCase())?.[0];
  return partner ? { settings: partner.effective, partner } : { settings: tenant.defaults, partner: undefined };
}

/**
 * Where the value a tenant applies to another organization comes from, for messages that name the other file:
 * its partner entry's own value, the default its entry inherits, Microsoft's default its entry leaves alone (then the
 * entry is the place to point at, not the top of the file), or its default when the organization is not listed.
 */
export function appliedSource(applied: Applied, otherLabel: string, value: { level: Level; at: Loc }): { text: string; at: Loc } {
  const partner = applied.partner;
  if (!partner) return { text: `its default; ${otherLabel} is not listed`, at: value.at };
  if (value.level === 'partner') return { text: `its partner entry for ${otherLabel}`, at: value.at };
  if (value.level === 'default') return { text: `its partner entry for ${otherLabel}, inherited from its default`, at: value.at };
  return { text: `its partner entry for ${otherLabel}, which leaves it at Microsoft's default`, at: partner.entryKey };
}

/** The tenant declared in the repository with this ID (the first, when two files declare it), or undefined. */
export function declaredTenant(model: RepoModel, id: string): TenantModel | undefined {
  // Model IDs are lower-cased already: look them up as they are first, and lower-case only an ID that may change (anything but 0-9, a-z and -) (most
  // partners are not declared tenants: a new lower-cased string per miss cost ~2% of a lint at 10,000 partners).
  const hit = model.tenantsById.get(id);
  if (hit) return hit[0];
  return /[^0-9a-z-]/.test(id) ? model.tenantsById.get(id.toLowerCase())?.[0] : undefined;
}

/** A partner's cloud: its own tenant file's when the repository declares it, else the partner entry's `cloud`. */
export function partnerCloud(model: RepoModel, partner: PartnerModel): Cloud {
  return declaredTenant(model, partner.id)?.cloud ?? partner.cloud;
}

/**
 * Every unordered pair of distinct tenants declared in the repository where at least one lists the other as a
 * partner, each pair once. Linear in the number of partner entries (map look-ups, no pass over all tenant pairs).
 */
export function* declaredPairs(model: RepoModel): Generator<[TenantModel, TenantModel]> {
  const seen = new Set<string>();
  for (const a of model.tenants) {
    if (declaredTenant(model, a.id) !== a) continue;
    for (const id of a.partnersById.keys()) {
      const b = declaredTenant(model, id);
      if (!b || b.id === a.id) continue;
      const key = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      yield [a, b];
    }
  }
}

/** Whether a tenant can collaborate with organizations in `cloud`: its own cloud, or one in `allowedCloudEndpoints`. */
export function cloudEnabled(tenant: TenantModel, cloud: Cloud): boolean {
  if (tenant.cloud === cloud) return true;
  const endpoint = CLOUD_ENDPOINT[cloud];
  return tenant.allowedCloudEndpoints.some((e) => e.value.toLowerCase() === endpoint);
}

/** "partners/fabrikam.xtap.yaml:12": a place for messages that name another file. */
export function where(loc: Loc): string {
  return `${loc.file.path}:${locRange(loc).line}`;
}

/** "Fabrikam (3f2c…)" or the ID alone. */
export function partyLabel(p: { id: string; name?: string | undefined }): string {
  return p.name ? `${p.name} (${p.id})` : p.id;
}

/** removedPartners' answer for the last model compared with each base (both change-aware rules ask for it). */
const removedCache = new WeakMap<RepoModel, { model: RepoModel; removed: ReadonlyArray<{ tenant: TenantModel; removed: PartnerModel; at: Loc }> }>();

/**
 * Partners a declared tenant listed at the base revision and lists no more, once per partner ID, with where a
 * finding about the removal points: the tenant's `partners:` key, else `default:`, else `tenant:`.
 */
export function removedPartners(model: RepoModel, base: RepoModel): ReadonlyArray<{ tenant: TenantModel; removed: PartnerModel; at: Loc }> {
  const cached = removedCache.get(base);
  if (cached?.model === model) return cached.removed;
  const out: Array<{ tenant: TenantModel; removed: PartnerModel; at: Loc }> = [];
  for (const tenant of model.tenants) {
    if (declaredTenant(model, tenant.id) !== tenant) continue;
    const before = declaredTenant(base, tenant.id);
    // The same tenant object: the base took it over whole from the working tree (nothing of it changed).
    if (!before || before === tenant) continue;
    const at = tenant.partnersKey ?? tenant.defaultKey ?? tenant.tenantKey;
    const seen = new Set<string>();
    for (const removed of before.partners) {
      if (tenant.partnersById.has(removed.id) || seen.has(removed.id)) continue;
      seen.add(removed.id);
      out.push({ tenant, removed, at });
    }
  }
  removedCache.set(base, { model, removed: out });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Comparing how much two B2B settings let through.

/** An app that is in no group and no list: stands for "any other app". Never a real app ID. */
const OTHER_APP = 'ffffffff-ffff-ffff-ffff-fffffffffffe';

const hasAllUsers = (l: ListLike): boolean => l.targets.some((t) => t.id === 'AllUsers');

/**
 * The combinations (u ∈ U₁, u ∈ U₂) that some user can have, for two users-and-groups lists. Group membership is
 * unknown, so a user may be in any mix of the named users and groups: exact for every membership.
 */
function userClassPairs(u1: ListLike, u2: ListLike): Array<[boolean, boolean]> {
  const all1 = hasAllUsers(u1);
  const all2 = hasAllUsers(u2);
  const ids2 = new Set(u2.targets.map(targetId));
  const ids1 = new Set(u1.targets.map(targetId));
  const out: Array<[boolean, boolean]> = [];
  if (u1.targets.length > 0 && u2.targets.length > 0) out.push([true, true]);
  if (!all2 && u1.targets.some((t) => t.id === 'AllUsers' || !ids2.has(targetId(t)))) out.push([true, false]);
  if (!all1 && u2.targets.some((t) => t.id === 'AllUsers' || !ids1.has(targetId(t)))) out.push([false, true]);
  if (!all1 && !all2) out.push([false, false]);
  return out;
}

/** The apps worth trying: every app xtap-lint knows (the groups' members), every GUID either list names, and one other. */
function representativeApps(a1: ListLike, a2: ListLike): string[] {
  const ids = new Set<string>(Object.values(APPS).map((a) => a.id));
  for (const list of [a1, a2]) for (const t of list.targets) if (t.guid ?? isGuid(t.id)) ids.add(targetId(t));
  ids.add(OTHER_APP);
  return [...ids];
}

/**
 * Whether setting `a` lets some user use some app that setting `b` does not (SPEC §2's access function), with
 * group membership unknown and apps grouped by the engine's app table.
 */
export function letsMoreThrough(a: SettingLike, b: SettingLike): boolean {
  const users = userClassPairs(a.usersAndGroups, b.usersAndGroups);
  if (users.length === 0) return false;
  for (const app of representativeApps(a.applications, b.applications)) {
    const inA = appInList(a.applications, app);
    const inB = appInList(b.applications, app);
    for (const [ua, ub] of users) {
      if (
        accessFromMembership(a.usersAndGroups.accessType, ua, a.applications.accessType, inA) &&
        !accessFromMembership(b.usersAndGroups.accessType, ub, b.applications.accessType, inB)
      ) {
        return true;
      }
    }
  }
  return false;
}

/**
 * The settings in which `a` is more permissive than `b`, as property paths in declaration order: B2B settings that
 * let more through, trust members `a` accepts and `b` does not, automatic redemption `a` turns on and `b` does not,
 * and service provider outbound access `a` leaves open and `b` blocks. The Microsoft 365 and app service connect
 * settings are not compared (their semantics are not modelled).
 */
export function morePermissive(a: EffectiveSettings, b: EffectiveSettings): string[] {
  const out: string[] = [];
  for (const name of B2B_SETTINGS) if (letsMoreThrough(a.b2b[name], b.b2b[name])) out.push(name);
  for (const m of TRUST_MEMBERS) if (a.inboundTrust[m].value && !b.inboundTrust[m].value) out.push(`inboundTrust.${m}`);
  for (const m of ['inboundAllowed', 'outboundAllowed'] as const) {
    if (a.automaticUserConsentSettings[m].value && !b.automaticUserConsentSettings[m].value) out.push(`automaticUserConsentSettings.${m}`);
  }
  if (!a.blockServiceProviderOutboundAccess.value && b.blockServiceProviderOutboundAccess.value) out.push('blockServiceProviderOutboundAccess');
  return out;
}
