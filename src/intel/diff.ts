/**
 * Semantic diff of effective cross-tenant access between two models (issue 5, item 2): per tenant and partner,
 * per direction and kind, what changed in what Microsoft's service would apply — not in how it is written.
 * Moving a partner between files, renaming files and reordering YAML change nothing. A partner removed reverts
 * to the default: the diff reports the effective change that causes. Pure: models in, data and text out.
 */
import { sameJson, sameList, canonicalJson } from '../resolve/equal.js';
import { B2B_SETTINGS, CLOUD_ENDPOINT, CONSENT_MEMBERS, TRUST_MEMBERS, isGuid, normalizeTarget, targetId } from '../resolve/knowledge.js';
import type { B2BSettingName, ConsentMember, TrustMember } from '../resolve/knowledge.js';
import { OPAQUE_SETTINGS } from '../resolve/model.js';
import type { EffB2B, EffBool, EffectiveSettings, EffList, EffTarget, Level, OpaqueSettingName, PartnerModel, RepoModel, TenantModel } from '../resolve/model.js';
import { compareStrings, describeAccess, describeTarget, sortedTargets, targetLabel } from './describe.js';
import { accessDelta } from '../resolve/access-delta.js';
import type { AccessStatement, AppSet, UserSet } from '../resolve/access-delta.js';
import { inertMarkdown, visible } from '../report/inert.js';
import { partyLabel } from '../engine/tenants.js';

export type Direction = 'inbound' | 'outbound';

export type ChangeKind =
  | 'tenant'
  | 'partner'
  | 'b2bCollaboration'
  | 'b2bDirectConnect'
  | 'tenantRestrictions'
  | 'trust'
  | 'automaticRedemption'
  | 'identitySynchronization'
  | 'serviceProviderAccess'
  | 'm365Collaboration'
  | 'appServiceConnect'
  | 'invitationRedemption'
  | 'cloud';

export interface Party {
  id: string;
  name: string | null;
}

export interface TargetValue {
  target: string;
  targetType: string | null;
  label?: string;
}

export interface ListValue {
  accessType: 'allowed' | 'blocked';
  targets: TargetValue[];
}

/** A B2B setting's effective value: both lists, where it came from, and the access in words. */
export interface AccessValue {
  usersAndGroups: ListValue;
  applications: ListValue;
  level: Level;
  text: string;
}

export type ChangeValue = null | boolean | string | string[] | AccessValue | { json: unknown };

export interface Change {
  tenant: Party;
  /** null: the tenant's default, which applies to every tenant it does not list. */
  partner: Party | null;
  direction: Direction | null;
  kind: ChangeKind;
  /** The Graph property path (`b2bCollaborationInbound`, `inboundTrust.isMfaAccepted`); null for a whole tenant or partner. */
  setting: string | null;
  before: ChangeValue;
  after: ChangeValue;
  /** The change in one line of words. */
  summary: string;
  /** Who gained access to what, when it can be said in words. */
  gained?: string;
  /** Who lost access to what, when it can be said in words. */
  lost?: string;
  /** For a change of the default: the partners that inherit it and so change the same way. */
  inheritedBy?: Party[];
  /** Repository paths of the files that declare this on either side (for path filtering; not part of the JSON). */
  files: string[];
}

const B2B_KIND: Record<B2BSettingName, { kind: ChangeKind; direction: Direction | null }> = {
  b2bCollaborationInbound: { kind: 'b2bCollaboration', direction: 'inbound' },
  b2bCollaborationOutbound: { kind: 'b2bCollaboration', direction: 'outbound' },
  b2bDirectConnectInbound: { kind: 'b2bDirectConnect', direction: 'inbound' },
  b2bDirectConnectOutbound: { kind: 'b2bDirectConnect', direction: 'outbound' },
  tenantRestrictions: { kind: 'tenantRestrictions', direction: null },
};

const TRUST_WORDS: Record<TrustMember, string> = {
  isMfaAccepted: 'MFA claims',
  isCompliantDeviceAccepted: 'compliant-device claims',
  isHybridAzureADJoinedDeviceAccepted: 'hybrid Azure AD joined-device claims',
};

const CONSENT: Record<ConsentMember, { direction: Direction; words: string }> = {
  inboundAllowed: { direction: 'inbound', words: 'automatic redemption (inbound)' },
  outboundAllowed: { direction: 'outbound', words: 'automatic redemption (outbound)' },
};

const OPAQUE: Record<OpaqueSettingName, { kind: ChangeKind; direction: Direction }> = {
  m365CollaborationInbound: { kind: 'm365Collaboration', direction: 'inbound' },
  m365CollaborationOutbound: { kind: 'm365Collaboration', direction: 'outbound' },
  appServiceConnectInbound: { kind: 'appServiceConnect', direction: 'inbound' },
};

/** Order of changes within one tenant and partner. */
const SETTING_ORDER: string[] = [
  'partner',
  'cloud',
  ...B2B_SETTINGS,
  ...TRUST_MEMBERS.map((m) => `inboundTrust.${m}`),
  ...CONSENT_MEMBERS.map((m) => `automaticUserConsentSettings.${m}`),
  'identitySynchronization.userSyncInbound.isSyncAllowed',
  'identitySynchronization.groupSyncInbound.isSyncAllowed',
  'blockServiceProviderOutboundAccess',
  ...OPAQUE_SETTINGS,
  'invitationRedemptionIdentityProviderConfiguration',
  'crossTenantAccessPolicy.allowedCloudEndpoints',
];

function listValue(list: EffList): ListValue {
  return {
    accessType: list.accessType,
    targets: sortedTargets(list).map((t) => {
      const v: TargetValue = { target: t.id, targetType: t.type ?? null };
      const label = targetLabel(t);
      if (label) v.label = label;
      return v;
    }),
  };
}

function accessValue(s: EffB2B): AccessValue {
  return { usersAndGroups: listValue(s.usersAndGroups), applications: listValue(s.applications), level: s.level, text: describeAccess(s) };
}

/** The user and app targets of both sides by normalised ID, for their type and label in words (the first list's win). */
function targetsById(...lists: EffList[]): Map<string, EffTarget> {
  const out = new Map<string, EffTarget>();
  for (const list of lists) for (const t of list.targets) if (!out.has(targetId(t))) out.set(targetId(t), t);
  return out;
}

function namesOf(targets: Map<string, EffTarget>, ids: readonly string[], joiner: string): string {
  return ids
    .map((id) => {
      const t = targets.get(id);
      return describeTarget({ id, type: t?.type, label: t ? targetLabel(t) : undefined });
    })
    .join(joiner);
}

/**
 * A set of users in words: "all users", "group Sales (…)", "users outside group Sales (…)", "users other than
 * user Alice (…)", "user Alice (…), unless in group Sales (…),", "users in group A (…) who are also in group B (…)".
 */
export function usersInWords(users: UserSet, targets: Map<string, EffTarget>): string {
  const isUser = (id: string): boolean => targets.get(id)?.type === 'user';
  const noneGroups = users.notMemberOf.filter((id) => !isUser(id));
  const noneUsers = users.notMemberOf.filter(isUser);
  const groups = noneGroups.length ? namesOf(targets, noneGroups, ' and ') : '';
  const people = noneUsers.length ? namesOf(targets, noneUsers, ' and ') : '';
  if (users.memberOf.length === 0) {
    if (groups && people) return `users outside ${groups}, other than ${people},`;
    if (groups) return `users outside ${groups}`;
    if (people) return `users other than ${people}`;
    return 'all users';
  }
  const [first, ...rest] = users.memberOf.map((ids) => namesOf(targets, ids, users.memberOf.length > 1 ? ' or ' : ' and '));
  const who = rest.length ? `users in ${first} who are also in ${rest.join(' and in ')}` : first;
  const conditions = [people ? `other than ${people}` : '', groups ? `unless in ${groups}` : ''].filter(Boolean);
  return conditions.length ? `${who}, ${conditions.join(' and ')},` : who;
}

const GROUP_WORDS: Record<string, string> = {
  office365: 'Office 365 apps',
  microsoft: 'Microsoft apps outside Office 365',
  other: 'non-Microsoft applications',
  'office365,microsoft': 'all Microsoft apps',
  'microsoft,other': 'applications outside Office 365',
  'office365,microsoft,other': 'all applications',
  'office365,other': 'Office 365 apps and non-Microsoft applications',
};

/** "all applications", "applications outside Office 365", "Microsoft Teams (…) and all Microsoft apps except My Sign-ins (…)". */
export function appsInWords(apps: AppSet, targets: Map<string, EffTarget>): string {
  const plus = apps.plus.length ? namesOf(targets, apps.plus, ', ') : '';
  if (apps.groups.length === 0) return plus;
  const group = GROUP_WORDS[apps.groups.join(',')] ?? apps.groups.join(', ');
  const except = apps.except.length ? ` except ${namesOf(targets, apps.except, ', ')}` : '';
  return `${plus ? `${plus} and ` : ''}${group}${except}`;
}

/**
 * Who gained and who lost access to what (SPEC §2): the difference of the access function before and after,
 * over the membership classes the two settings distinguish (resolve/access-delta.ts), one sentence per class.
 */
export function gainedLost(before: EffB2B, after: EffB2B): { gained?: string; lost?: string } {
  const delta = accessDelta(before, after);
  const targets = targetsById(after.usersAndGroups, before.usersAndGroups, after.applications, before.applications);
  const words = (list: AccessStatement[], verb: string): string =>
    list.map((st) => `${usersInWords(st.users, targets)} ${verb} access to ${appsInWords(st.apps, targets)}`).join('; ');
  const out: { gained?: string; lost?: string } = {};
  if (delta.gained.length) out.gained = words(delta.gained, 'gained');
  if (delta.lost.length) out.lost = words(delta.lost, 'lost');
  return out;
}

function levelNote(level: Level, isPartner: boolean): string {
  if (level === 'service') return ", Microsoft's service default";
  if (level === 'default' && isPartner) return ', inherited from the default';
  return '';
}

const onOff = (v: boolean, yes: string, no: string): string => (v ? yes : no);

interface Side {
  tenant: TenantModel;
  /** The partner entry on this side, if any. */
  partner?: PartnerModel;
  eff: EffectiveSettings;
}

interface Context {
  tenant: Party;
  partner: Party | null;
  who: string;
  files: string[];
}

function filesOf(...sides: Array<Side | undefined>): string[] {
  const out = new Set<string>();
  for (const s of sides) if (s) out.add((s.partner ?? s.tenant).file.path);
  return [...out].sort(compareStrings);
}

/** The differences of two effective configurations, one change per setting that differs. */
function settingChanges(ctx: Context, b: EffectiveSettings, a: EffectiveSettings): Change[] {
  const out: Change[] = [];
  const isPartner = ctx.partner !== null;
  const base = (kind: ChangeKind, direction: Direction | null, setting: string): Pick<Change, 'tenant' | 'partner' | 'direction' | 'kind' | 'setting' | 'files'> => ({
    tenant: ctx.tenant,
    partner: ctx.partner,
    direction,
    kind,
    setting,
    files: ctx.files,
  });
  for (const name of B2B_SETTINGS) {
    const sb = b.b2b[name];
    const sa = a.b2b[name];
    if (sameList(sb.usersAndGroups, sa.usersAndGroups) && sameList(sb.applications, sa.applications)) continue;
    // Different lists that give the same access (a user list blocking everyone, whatever the apps) are no change.
    const delta = gainedLost(sb, sa);
    if (!delta.gained && !delta.lost) continue;
    const { kind, direction } = B2B_KIND[name];
    const words = name === 'tenantRestrictions' ? 'tenant restrictions' : `${direction} ${kind === 'b2bCollaboration' ? 'B2B collaboration' : 'B2B direct connect'}`;
    const change: Change = {
      ...base(kind, direction, name),
      before: accessValue(sb),
      after: accessValue(sa),
      summary: `${ctx.who}: ${words}: ${describeAccess(sa)}${sa.level !== sb.level ? levelNote(sa.level, isPartner) : ''} (was: ${describeAccess(sb)})`,
      ...delta,
    };
    out.push(change);
  }
  const bools = (setting: string, kind: ChangeKind, direction: Direction | null, vb: EffBool, va: EffBool, words: string, yes: string, no: string): void => {
    if (vb.value === va.value) return;
    out.push({
      ...base(kind, direction, setting),
      before: vb.value,
      after: va.value,
      summary: `${ctx.who}: ${words}: ${onOff(va.value, yes, no)}${va.level !== vb.level ? levelNote(va.level, isPartner) : ''} (was: ${onOff(vb.value, yes, no)})`,
    });
  };
  for (const m of TRUST_MEMBERS) bools(`inboundTrust.${m}`, 'trust', 'inbound', b.inboundTrust[m], a.inboundTrust[m], `inbound trust of ${TRUST_WORDS[m]}`, 'trusted', 'not trusted');
  for (const m of CONSENT_MEMBERS) {
    const c = CONSENT[m];
    bools(`automaticUserConsentSettings.${m}`, 'automaticRedemption', c.direction, b.automaticUserConsentSettings[m], a.automaticUserConsentSettings[m], c.words, 'on', 'off');
  }
  bools(
    'blockServiceProviderOutboundAccess',
    'serviceProviderAccess',
    'outbound',
    b.blockServiceProviderOutboundAccess,
    a.blockServiceProviderOutboundAccess,
    'service provider (GDAP) outbound access',
    'blocked',
    'not blocked',
  );
  for (const name of OPAQUE_SETTINGS) {
    const ob = b.opaque[name];
    const oa = a.opaque[name];
    if (sameJson(ob.value, oa.value)) continue;
    const text = (v: unknown): string => (v === null || v === undefined ? 'not configured' : canonicalJson(v));
    out.push({
      ...base(OPAQUE[name].kind, OPAQUE[name].direction, name),
      before: { json: ob.value ?? null },
      after: { json: oa.value ?? null },
      summary: `${ctx.who}: ${name}: ${text(oa.value)} (was: ${text(ob.value)})`,
    });
  }
  return out;
}

function syncChanges(ctx: Context, b: PartnerModel | undefined, a: PartnerModel | undefined): Change[] {
  const out: Change[] = [];
  const members = [
    ['userSyncInbound', 'userSyncAllowed', 'user synchronization from this partner'],
    ['groupSyncInbound', 'groupSyncAllowed', 'group synchronization from this partner'],
  ] as const;
  for (const [graph, field, words] of members) {
    const vb = b?.identitySynchronization?.[field]?.value === true;
    const va = a?.identitySynchronization?.[field]?.value === true;
    if (vb === va) continue;
    out.push({
      tenant: ctx.tenant,
      partner: ctx.partner,
      direction: 'inbound',
      kind: 'identitySynchronization',
      setting: `identitySynchronization.${graph}.isSyncAllowed`,
      before: vb,
      after: va,
      summary: `${ctx.who}: ${words}: ${va ? 'allowed' : 'not allowed'} (was: ${vb ? 'allowed' : 'not allowed'})`,
      files: ctx.files,
    });
  }
  return out;
}

function sameSetting(setting: string, x: EffectiveSettings, y: EffectiveSettings): boolean {
  if ((B2B_SETTINGS as readonly string[]).includes(setting)) {
    const n = setting as B2BSettingName;
    return sameList(x.b2b[n].usersAndGroups, y.b2b[n].usersAndGroups) && sameList(x.b2b[n].applications, y.b2b[n].applications);
  }
  const [head, member] = setting.split('.');
  if (head === 'inboundTrust') return x.inboundTrust[member as TrustMember].value === y.inboundTrust[member as TrustMember].value;
  if (head === 'automaticUserConsentSettings') {
    return x.automaticUserConsentSettings[member as ConsentMember].value === y.automaticUserConsentSettings[member as ConsentMember].value;
  }
  if (head === 'blockServiceProviderOutboundAccess') return x.blockServiceProviderOutboundAccess.value === y.blockServiceProviderOutboundAccess.value;
  if ((OPAQUE_SETTINGS as readonly string[]).includes(head)) return sameJson(x.opaque[head as OpaqueSettingName].value, y.opaque[head as OpaqueSettingName].value);
  return false;
}

const firstTenant = (m: RepoModel, id: string): TenantModel | undefined => m.tenantsById.get(id)?.[0];
const firstPartner = (t: TenantModel, id: string): PartnerModel | undefined => t.partnersById.get(id)?.[0];

function tenantParty(b: TenantModel | undefined, a: TenantModel | undefined): Party {
  const t = (a ?? b) as TenantModel;
  return { id: t.id, name: a?.name ?? b?.name ?? null };
}

function diffTenant(b: TenantModel, a: TenantModel): Change[] {
  const tenant = tenantParty(b, a);
  const out: Change[] = [];
  const defCtx: Context = { tenant, partner: null, who: 'Default (every tenant not listed)', files: filesOf({ tenant: b, eff: b.defaults }, { tenant: a, eff: a.defaults }) };
  const defaultChanges = settingChanges(defCtx, b.defaults, a.defaults);
  out.push(...defaultChanges);

  // Redemption order and allowed clouds are tenant-wide.
  const rb = b.redemption;
  const ra = a.redemption;
  if (rb.primary.join(',') !== ra.primary.join(',') || rb.fallback !== ra.fallback) {
    const text = (r: typeof rb): string => `${r.primary.join(', ')}; fallback ${r.fallback}`;
    out.push({
      tenant,
      partner: null,
      direction: 'inbound',
      kind: 'invitationRedemption',
      setting: 'invitationRedemptionIdentityProviderConfiguration',
      before: [...rb.primary, rb.fallback],
      after: [...ra.primary, ra.fallback],
      summary: `${defCtx.who}: invitation redemption identity providers: ${text(ra)} (was: ${text(rb)})`,
      files: defCtx.files,
    });
  }
  const endpoints = (t: TenantModel): string[] => [...new Set(t.allowedCloudEndpoints.map((e) => e.value))].sort(compareStrings);
  const eb = endpoints(b);
  const ea = endpoints(a);
  if (eb.join(',') !== ea.join(',')) {
    const text = (v: string[]): string => (v.length ? v.join(', ') : 'none');
    out.push({
      tenant,
      partner: null,
      direction: null,
      kind: 'cloud',
      setting: 'crossTenantAccessPolicy.allowedCloudEndpoints',
      before: eb,
      after: ea,
      summary: `${partyLabel({ id: tenant.id, name: tenant.name ?? undefined })}: allowed cloud endpoints: ${text(ea)} (was: ${text(eb)})`,
      files: defCtx.files,
    });
  }

  // A partner listed on both sides with the very same effective settings, cloud and sync declaration (the base model
  // took its entry over from the working tree's: an unchanged file) has no change: left out before sorting.
  const ids: string[] = [];
  for (const [id, list] of b.partnersById) {
    const pb = list[0];
    const pa = firstPartner(a, id);
    if (!pa || pb.effective !== pa.effective || pb.cloud !== pa.cloud || pb.identitySynchronization !== pa.identitySynchronization) ids.push(id);
  }
  for (const id of a.partnersById.keys()) if (!b.partnersById.has(id)) ids.push(id);
  const inherited = new Map<Change, Party[]>();
  for (const id of ids.sort(compareStrings)) {
    const pb = firstPartner(b, id);
    const pa = firstPartner(a, id);
    const partner: Party = { id, name: pa?.name ?? pb?.name ?? null };
    const who = `${partyLabel({ id, name: partner.name ?? undefined })}`;
    const sb: Side = pb ? { tenant: b, partner: pb, eff: pb.effective } : { tenant: b, eff: b.defaults };
    const sa: Side = pa ? { tenant: a, partner: pa, eff: pa.effective } : { tenant: a, eff: a.defaults };
    const ctx: Context = { tenant, partner, who, files: filesOf(sb, sa) };
    if (!pb || !pa) {
      const added = !pb;
      const file = (pa ?? pb) as PartnerModel;
      out.push({
        tenant,
        partner,
        direction: null,
        kind: 'partner',
        setting: null,
        before: added ? 'default' : 'partner',
        after: added ? 'partner' : 'default',
        summary: added
          ? `${who}: partner added in ${file.file.path}; its own settings replace the default's`
          : `${who}: partner removed; it reverts to the default, it is not blocked`,
        files: ctx.files,
      });
    } else if (pb.cloud !== pa.cloud) {
      out.push({
        tenant,
        partner,
        direction: null,
        kind: 'cloud',
        setting: 'cloud',
        before: pb.cloud,
        after: pa.cloud,
        summary: `${who}: cloud: ${pa.cloud} (${CLOUD_ENDPOINT[pa.cloud]}) (was: ${pb.cloud} (${CLOUD_ENDPOINT[pb.cloud]}))`,
        files: ctx.files,
      });
    }
    for (const c of settingChanges(ctx, sb.eff, sa.eff)) {
      // A partner that inherits a changed default both before and after changes with it: one change, at the default.
      const shared = c.setting
        ? defaultChanges.find((d) => d.setting === c.setting && sameSetting(c.setting as string, sb.eff, b.defaults) && sameSetting(c.setting as string, sa.eff, a.defaults))
        : undefined;
      if (shared) {
        const list = inherited.get(shared) ?? [];
        list.push(partner);
        inherited.set(shared, list);
      } else out.push(c);
    }
    out.push(...syncChanges(ctx, pb, pa));
  }
  for (const [c, parties] of inherited) c.inheritedBy = [...parties].sort((x, y) => compareStrings(partyKey(x), partyKey(y)));
  return out;
}

function wholeTenant(t: TenantModel, added: boolean): Change {
  const n = t.partners.length;
  return {
    tenant: { id: t.id, name: t.name ?? null },
    partner: null,
    direction: null,
    kind: 'tenant',
    setting: null,
    before: added ? null : 'declared',
    after: added ? 'declared' : null,
    summary: `${partyLabel(t)}: tenant ${added ? `added in ${t.file.path}` : 'removed from the declarations'} (${n} partner${n === 1 ? '' : 's'})`,
    files: [t.file.path, ...t.includedFiles.map((f) => f.path)].sort(compareStrings),
  };
}

function partyKey(p: Party | null): string {
  return p === null ? '' : `${(p.name ?? '').toLowerCase()}\u0000${p.id}`;
}

function orderOf(c: Change): number {
  const i = SETTING_ORDER.indexOf(c.kind === 'partner' || c.kind === 'tenant' ? 'partner' : (c.setting ?? ''));
  return i === -1 ? SETTING_ORDER.length : i;
}

export function compareChanges(x: Change, y: Change): number {
  return (
    compareStrings(partyKey(x.tenant), partyKey(y.tenant)) ||
    compareStrings(partyKey(x.partner), partyKey(y.partner)) ||
    orderOf(x) - orderOf(y) ||
    compareStrings(x.setting ?? '', y.setting ?? '') ||
    compareStrings(x.summary, y.summary)
  );
}

/**
 * The changes in effective access from `base` to `head`, sorted by tenant, partner (the default first) and
 * setting. Tenants and partners match by tenant ID, never by file.
 */
export function diffModels(base: RepoModel, head: RepoModel): Change[] {
  const out: Change[] = [];
  const ids = new Set<string>([...base.tenantsById.keys(), ...head.tenantsById.keys()]);
  for (const id of ids) {
    const b = firstTenant(base, id);
    const a = firstTenant(head, id);
    if (b && a) out.push(...diffTenant(b, a));
    else if (a) out.push(wholeTenant(a, true));
    else if (b) out.push(wholeTenant(b, false));
  }
  return out.sort(compareChanges);
}

/** The changes that concern files `select` accepts (the `[paths]` of `xtap-lint diff`). */
export function filterChanges(changes: readonly Change[], select: (repoPath: string) => boolean): Change[] {
  return changes.filter((c) => c.files.some(select));
}

/** A change without its internal `files`, as JSON prints it. */
export function publicChange(c: Change): Omit<Change, 'files'> {
  const { files: _files, ...rest } = c;
  void _files;
  return rest;
}

/** `{ "base": "<ref>", "changes": [...] }` (or `"against"`), two-space indented, with a final newline. */
export function renderDiffJson(changes: readonly Change[], header: { base: string } | { against: string }): string {
  return JSON.stringify({ ...header, changes: changes.map(publicChange) }, null, 2) + '\n';
}

export interface DiffMarkdownOptions {
  /** What the changes are measured from: "`main`", "the tenant (live/)". */
  before: string;
  /** What they are measured to: "the working tree", "the repository". */
  after: string;
  /** Heading level of the title (default 2). */
  headingLevel?: number;
}

/** The diff as Markdown: a title, then one section per tenant with one bullet per change. */
export function renderDiffMarkdown(changes: readonly Change[], opts: DiffMarkdownOptions): string {
  const h = '#'.repeat(opts.headingLevel ?? 2);
  const lines: string[] = [`${h} Cross-tenant access changes: ${opts.before} → ${opts.after}`, ''];
  if (changes.length === 0) {
    lines.push('No change in effective cross-tenant access.', '');
    return lines.join('\n');
  }
  lines.push(`${changes.length} change${changes.length === 1 ? '' : 's'} in effective access.`, '');
  let tenantKey = '';
  for (const c of changes) {
    const key = c.tenant.id;
    if (key !== tenantKey) {
      if (tenantKey !== '') lines.push('');
      tenantKey = key;
      const id = isGuid(c.tenant.id) ? `\`${c.tenant.id}\`` : inertMarkdown(c.tenant.id);
      lines.push(`${h}# ${c.tenant.name ? `${inertMarkdown(c.tenant.name)} (${id})` : id}`, '');
    }
    const tag = [c.direction, c.kind].filter(Boolean).join(' · ');
    lines.push(`- ${inertMarkdown(c.summary)} _(${tag})_`);
    if (c.gained) lines.push(`  - gained: ${inertMarkdown(c.gained)}`);
    if (c.lost) lines.push(`  - lost: ${inertMarkdown(c.lost)}`);
    if (c.inheritedBy?.length) {
      const shown = c.inheritedBy.slice(0, 10).map((p) => inertMarkdown(partyLabel({ id: p.id, name: p.name ?? undefined })));
      const more = c.inheritedBy.length > 10 ? `, and ${c.inheritedBy.length - 10} more` : '';
      lines.push(`  - inherited by ${c.inheritedBy.length} partner${c.inheritedBy.length === 1 ? '' : 's'}: ${shown.join(', ')}${more}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}

/**
 * The diff for a terminal (`--format stylish`, the default of `diff` and `drift`): the same content as the Markdown
 * report, as plain indented text with every text from the files made visible (no escape sequence or control
 * character reaches the terminal).
 */
export function renderDiffText(changes: readonly Change[], opts: DiffMarkdownOptions): string {
  const lines: string[] = [visible(`Cross-tenant access changes: ${opts.before} → ${opts.after}`), ''];
  if (changes.length === 0) {
    lines.push('No change in effective cross-tenant access.', '');
    return lines.join('\n');
  }
  lines.push(`${changes.length} change${changes.length === 1 ? '' : 's'} in effective access.`);
  let tenantKey: string | undefined;
  for (const c of changes) {
    if (c.tenant.id !== tenantKey) {
      tenantKey = c.tenant.id;
      lines.push('', visible(c.tenant.name ? `${c.tenant.name} (${c.tenant.id})` : c.tenant.id));
    }
    const tag = [c.direction, c.kind].filter(Boolean).join(', ');
    lines.push(`  • ${visible(c.summary)}${tag ? ` (${tag})` : ''}`);
    if (c.gained) lines.push(`      gained: ${visible(c.gained)}`);
    if (c.lost) lines.push(`      lost: ${visible(c.lost)}`);
    if (c.inheritedBy?.length) {
      const shown = c.inheritedBy.slice(0, 10).map((p) => visible(partyLabel({ id: p.id, name: p.name ?? undefined })));
      const more = c.inheritedBy.length > 10 ? `, and ${c.inheritedBy.length - 10} more` : '';
      lines.push(`      inherited by ${c.inheritedBy.length} partner${c.inheritedBy.length === 1 ? '' : 's'}: ${shown.join(', ')}${more}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}
