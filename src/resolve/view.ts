/**
 * The effective view of a level (SPEC §3.9): the plain JSON data organization policies run their JSON Schemas over.
 * One per level — the default and every partner of every tenant — built from the effective settings (so inheritance
 * is already applied), with the derived facts that make policies short, computed with the access function.
 * docs/policies.md documents every field; keep the two in step.
 *
 * Each value knows the YAML node it came from: `locateInView` maps a JSON pointer (ajv's `instancePath`) back to
 * that node — the level's own value, the default's node for an inherited value, or the level's key (`tenantId:`,
 * `default:`) for Microsoft's service default. Locations are computed only for a failing value.
 */
import { accessFromMembership, appMembershipClasses, grantsAnything, userMembershipClasses } from './access.js';
import { B2B_SETTINGS, CONSENT_MEMBERS, TRUST_MEMBERS } from './knowledge.js';
import { OPAQUE_SETTINGS, READ_ONLY } from './model.js';
import type { EffB2B, EffBool, EffList, Level, Loc, PartnerModel, RepoModel, TenantModel } from './model.js';

export type ViewData = Record<string, unknown>;

export interface LevelView {
  tenant: TenantModel;
  /** Undefined for the default. */
  partner: PartnerModel | undefined;
  data: ViewData;
}

type Record_ = (pointer: string, loc: Loc) => void;

/** Where a finding about a whole level points: the partner's `tenantId:` key, the `default:` key (else `tenant:`). */
export function levelKey(tenant: TenantModel, partner: PartnerModel | undefined): Loc {
  return partner ? partner.entryKey : (tenant.defaultKey ?? tenant.tenantKey);
}

/** Whether some user may use every app / some app is open to every user, by the access table (SPEC §2). */
function allowsAll(setting: EffB2B): { allUsers: boolean; allApps: boolean } {
  const u = setting.usersAndGroups;
  const a = setting.applications;
  const us = userMembershipClasses(u);
  const as = appMembershipClasses(a);
  const ok = (inU: boolean, inA: boolean): boolean => accessFromMembership(u.accessType, inU, a.accessType, inA);
  return { allUsers: as.some((inA) => us.every((inU) => ok(inU, inA))), allApps: us.some((inU) => as.every((inA) => ok(inU, inA))) };
}

function listData(list: EffList): ViewData {
  return { accessType: list.accessType, targets: list.targets.map((t) => (t.type === undefined ? { target: t.id } : { target: t.id, targetType: t.type })) };
}

/** A B2B setting's view is shared by every level that inherits the same effective setting (one object, built once). */
const b2bMemo = new WeakMap<EffB2B, ViewData>();

function b2bData(setting: EffB2B): ViewData {
  let hit = b2bMemo.get(setting);
  if (hit) return hit;
  const { allUsers, allApps } = allowsAll(setting);
  const apps = setting.applications;
  const ids = apps.targets.map((t) => t.id);
  hit = {
    usersAndGroups: listData(setting.usersAndGroups),
    applications: listData(apps),
    grantsAnyAccess: grantsAnything(setting),
    allowsAllUsers: allUsers,
    allowsAllApplications: allApps,
    allowedApps: apps.accessType === 'allowed' ? ids : [],
    blockedApps: apps.accessType === 'blocked' ? ids : [],
  };
  b2bMemo.set(setting, hit);
  return hit;
}

const flagsMemo = new WeakMap<object, ViewData>();

function flagsData<M extends string>(members: readonly M[], flags: Record<M, EffBool>): ViewData {
  let hit = flagsMemo.get(flags);
  if (hit) return hit;
  hit = {};
  for (const m of members) hit[m] = flags[m].value;
  flagsMemo.set(flags, hit);
  return hit;
}

/**
 * The effective view of one level. With `record`, also reports the node of every value by JSON pointer (used only
 * to locate a failing value).
 */
export function effectiveView(tenant: TenantModel, partner: PartnerModel | undefined, record?: Record_): ViewData {
  const key = levelKey(tenant, partner);
  const at = (level: Level, loc: Loc): Loc => (level === 'service' ? key : loc);
  const eff = partner ? partner.effective : tenant.defaults;
  const data: ViewData = {
    level: partner ? 'partner' : 'default',
    tenant: { id: tenant.id, name: tenant.label, cloud: tenant.cloud, ...(tenant.license ? { license: tenant.license } : {}) },
  };
  if (partner) {
    data.tenantId = partner.id;
    data.name = partner.label;
    data.cloud = partner.cloud;
    if (partner.license) data.license = partner.license;
    const m = partner.meta;
    if (m.owner) data.owner = m.owner.value;
    data.tags = m.tags ? m.tags.map((t) => t.value) : [];
    if (m.reviewBy) data.reviewBy = m.reviewBy.value;
    if (m.ticket) data.ticket = m.ticket.value;
    if (record) {
      record('/tenantId', partner.idLoc);
      if (partner.cloudLoc) record('/cloud', partner.cloudLoc);
      if (partner.licenseLoc) record('/license', partner.licenseLoc);
      if (m.owner) record('/owner', m.owner.loc);
      if (m.tagsKey) record('/tags', m.tagsKey);
      m.tags?.forEach((t, i) => record(`/tags/${i}`, t.loc));
      if (m.reviewBy) record('/reviewBy', m.reviewBy.loc);
      if (m.ticket) record('/ticket', m.ticket.loc);
    }
  }
  for (const name of B2B_SETTINGS) {
    const s = eff.b2b[name];
    data[name] = b2bData(s);
    if (record) {
      const sAt = at(s.level, s.at);
      record(`/${name}`, sAt);
      for (const half of ['usersAndGroups', 'applications'] as const) {
        const list = s[half];
        const lAt = at(list.level, list.at);
        record(`/${name}/${half}`, lAt);
        if (list.decl?.accessType) record(`/${name}/${half}/accessType`, list.decl.accessType.loc);
        if (list.decl?.targetsKey) record(`/${name}/${half}/targets`, list.decl.targetsKey);
        list.targets.forEach((t, i) => {
          if (!t.decl) return;
          record(`/${name}/${half}/targets/${i}`, t.decl.target.loc);
          if (t.decl.targetType) record(`/${name}/${half}/targets/${i}/targetType`, t.decl.targetType.loc);
        });
      }
      const apps = s.applications;
      const appsList = apps.accessType === 'allowed' ? 'allowedApps' : 'blockedApps';
      record(`/${name}/${appsList}`, at(apps.level, apps.at));
      apps.targets.forEach((t, i) => {
        if (t.decl) record(`/${name}/${appsList}/${i}`, t.decl.target.loc);
      });
    }
  }
  data.inboundTrust = flagsData(TRUST_MEMBERS, eff.inboundTrust);
  data.automaticUserConsentSettings = flagsData(CONSENT_MEMBERS, eff.automaticUserConsentSettings);
  data.blockServiceProviderOutboundAccess = eff.blockServiceProviderOutboundAccess.value;
  for (const name of OPAQUE_SETTINGS) data[name] = eff.opaque[name].value ?? null;
  const sync = partner?.identitySynchronization;
  const syncInbound = sync?.isNull ? false : sync?.userSyncAllowed?.value === true;
  if (partner) {
    data.identitySynchronization = {
      userSyncInbound: { isSyncAllowed: syncInbound },
      groupSyncInbound: { isSyncAllowed: sync?.isNull ? false : sync?.groupSyncAllowed?.value === true },
    };
  } else {
    data.invitationRedemptionIdentityProviderConfiguration = {
      primaryIdentityProviderPrecedenceOrder: [...tenant.redemption.primary],
      fallbackIdentityProvider: tenant.redemption.fallback,
    };
  }
  const decl = partner ? partner.decl : tenant.defaultDecl;
  for (const name of READ_ONLY) {
    const v = decl.readOnly[name];
    data[name] = v !== undefined && typeof v.value === 'boolean' ? v.value : false;
  }
  data.mfaTrusted = eff.inboundTrust.isMfaAccepted.value;
  data.directConnectInbound = grantsAnything(eff.b2b.b2bDirectConnectInbound);
  data.directConnectOutbound = grantsAnything(eff.b2b.b2bDirectConnectOutbound);
  data.syncInbound = syncInbound;
  if (record) {
    const trust = eff.inboundTrust;
    const ownTrust = decl.inboundTrust && !decl.inboundTrust.isNull ? decl.inboundTrust.key : undefined;
    record('/inboundTrust', ownTrust ?? at(trust.isMfaAccepted.level, trust.isMfaAccepted.at));
    for (const m of TRUST_MEMBERS) record(`/inboundTrust/${m}`, at(trust[m].level, trust[m].at));
    const consent = eff.automaticUserConsentSettings;
    const ownConsent = decl.automaticUserConsentSettings && !decl.automaticUserConsentSettings.isNull ? decl.automaticUserConsentSettings.key : undefined;
    record('/automaticUserConsentSettings', ownConsent ?? at(consent.inboundAllowed.level, consent.inboundAllowed.at));
    for (const m of CONSENT_MEMBERS) record(`/automaticUserConsentSettings/${m}`, at(consent[m].level, consent[m].at));
    const gdap = eff.blockServiceProviderOutboundAccess;
    record('/blockServiceProviderOutboundAccess', at(gdap.level, gdap.at));
    for (const name of OPAQUE_SETTINGS) record(`/${name}`, at(eff.opaque[name].level, eff.opaque[name].at));
    for (const name of READ_ONLY) {
      const v = decl.readOnly[name];
      if (v) record(`/${name}`, v.loc);
    }
    record('/mfaTrusted', at(trust.isMfaAccepted.level, trust.isMfaAccepted.at));
    const dci = eff.b2b.b2bDirectConnectInbound;
    const dco = eff.b2b.b2bDirectConnectOutbound;
    record('/directConnectInbound', at(dci.level, dci.at));
    record('/directConnectOutbound', at(dco.level, dco.at));
    if (sync) {
      record('/identitySynchronization', sync.key);
      const u = sync.userSyncAllowed;
      if (u) {
        record('/identitySynchronization/userSyncInbound', u.key);
        record('/identitySynchronization/userSyncInbound/isSyncAllowed', u.loc);
        record('/syncInbound', u.loc);
      } else record('/syncInbound', sync.key);
      const g = sync.groupSyncAllowed;
      if (g) record('/identitySynchronization/groupSyncInbound/isSyncAllowed', g.loc);
    }
    if (!partner) {
      const r = tenant.redemption;
      record('/invitationRedemptionIdentityProviderConfiguration', at(r.level, r.at));
    }
  }
  return data;
}

const locsMemo = new WeakMap<object, Map<string, Loc>>();

/**
 * The node a JSON pointer's value came from: the most specific recorded prefix of the pointer, else the level's key.
 * `~1` and `~0` are unescaped as RFC 6901 says.
 */
export function locateInView(tenant: TenantModel, partner: PartnerModel | undefined, pointer: string): Loc {
  // Built once per failing level (several policies failing at one partner share it).
  const owner: object = partner ?? tenant;
  let locs = locsMemo.get(owner);
  if (!locs) {
    const m = new Map<string, Loc>();
    effectiveView(tenant, partner, (p, loc) => m.set(p, loc));
    locsMemo.set(owner, (locs = m));
  }
  const segments = pointer.split('/').slice(1);
  for (let n = segments.length; n > 0; n--) {
    const hit = locs.get('/' + segments.slice(0, n).join('/'));
    if (hit) return hit;
  }
  return levelKey(tenant, partner);
}

const viewsMemo = new WeakMap<RepoModel, LevelView[]>();

/** Every level's view (the default, then each partner, tenant by tenant), built once per model. */
export function levelViews(model: RepoModel): LevelView[] {
  let hit = viewsMemo.get(model);
  if (hit) return hit;
  hit = [];
  for (const tenant of model.tenants) {
    hit.push({ tenant, partner: undefined, data: effectiveView(tenant, undefined) });
    for (const partner of tenant.partners) hit.push({ tenant, partner, data: effectiveView(tenant, partner) });
  }
  viewsMemo.set(model, hit);
  return hit;
}
