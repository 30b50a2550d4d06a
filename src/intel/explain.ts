/**
 * `xtap-lint explain` (issue 5, item 3): may this user use this app across these two tenants, and which settings
 * decided it — each with its level (partner, default, Microsoft's service default), its `file:line`, and the row
 * of SPEC §2's access table that applied. Uses the engine's one access function (resolve/access.ts). Pure.
 */
import { accessFromMembership, appInList, appMembershipClasses, subjectInList, userMembershipClasses } from '../resolve/access.js';
import { APPS, appTargetCovers, isGuid, normalizeTarget, SETTING_LABEL } from '../resolve/knowledge.js';
import type { AccessType, B2BSettingName } from '../resolve/knowledge.js';
import type { EffBool, EffList, Level, Loc, RepoModel, TenantModel } from '../resolve/model.js';
import { declaredTenant, effectiveFor, partyLabel, where } from '../engine/tenants.js';
import { compareStrings, describeAccess, describeTarget, describeTargets } from './describe.js';
import { suggest } from '../validate/suggest.js';
import { DEFAULT_WIDTH, urlWords, wrap } from '../report/text.js';
import { visible } from '../report/inert.js';

export type ExplainDirection = 'inbound' | 'outbound';
export type ExplainKind = 'b2bCollaboration' | 'b2bDirectConnect';
export type Verdict = 'allowed' | 'blocked' | 'depends';

export interface ExplainQuery {
  /** Tenant ID or name (a tenant declared in the repository); may be left out when the repository declares one tenant. */
  tenant?: string;
  /** Partner tenant ID or name (a partner of that tenant, a declared tenant, or any tenant ID). */
  partner: string;
  direction: ExplainDirection;
  kind: ExplainKind;
  user?: string;
  groups?: readonly string[];
  app?: string;
}

/** A question that cannot be answered from the model (unknown tenant, ambiguous name): a usage error. */
export class ExplainError extends Error {}

export interface Party {
  id: string;
  name: string | null;
}

export interface Match {
  target: string;
  /** Where the target is written, or null for Microsoft's service default. */
  at: string | null;
}

export interface ListEvidence {
  accessType: AccessType;
  targets: string;
  level: Level;
  /** `file:line` of the list (or, for the service default, of where it would be declared). */
  at: string;
  /** Whether the user (or app) is in the list; null when the question leaves it open. */
  member: boolean | null;
  /** The targets that matched the user (or app). */
  matched: Match[];
}

export interface TableRow {
  /** 1–4, in SPEC §2's order. */
  row: number;
  users: AccessType;
  applications: AccessType;
  /** "u ∈ U and a ∈ A" */
  condition: string;
}

export interface SideExplanation {
  /** The tenant whose settings these are. */
  tenant: Party;
  /** The organization they apply to. */
  partner: Party;
  /** Whether the tenant lists the organization as a partner (otherwise its default applies). */
  listed: boolean;
  setting: B2BSettingName;
  /** Where the setting is: the partner entry's, the default's, or Microsoft's service default. */
  level: Level;
  at: string;
  access: string;
  usersAndGroups: ListEvidence;
  applications: ListEvidence;
  row: TableRow;
  /** Each combination of open memberships and its outcome. */
  outcomes: Array<{ inUsers: boolean; inApplications: boolean; allowed: boolean }>;
  result: Verdict;
  /**
   * Inbound B2B direct connect that the settings allow (`result` allowed or depends) but Microsoft blocks: MFA from the
   * partner is not trusted and Conditional Access requires MFA of external users (`certain`), or may (the tenant does
   * not declare `tenant.facts.mfaRequiredForExternalUsers`). What `direct-connect-mfa-trust` reports. Else null.
   */
  blockedInPractice: BlockedInPractice | null;
}

export interface BlockedInPractice {
  certain: boolean;
  rule: 'direct-connect-mfa-trust';
  /** `tenant.facts.mfaRequiredForExternalUsers: true` and where, or null when not declared. */
  mfaRequired: { value: true; at: string } | null;
  /** The effective `inboundTrust.isMfaAccepted` for the partner (false), its level and `file:line`. */
  mfaTrusted: { value: false; level: Level; at: string };
}

export interface Explanation {
  tenant: Party;
  partner: Party;
  direction: ExplainDirection;
  kind: ExplainKind;
  /** The tenant whose users travel, and the tenant whose apps they use. */
  home: Party;
  resource: Party;
  user: string | null;
  groups: string[];
  app: string | null;
  result: Verdict;
  sides: SideExplanation[];
  notes: string[];
}

/**
 * The names people use for the apps of the engine's one app table (APPS, resolve/knowledge.ts), beyond what
 * appNames() derives from each display name: the product names under which Microsoft serves them.
 */
const APP_ALIASES: ReadonlyArray<readonly [keyof typeof APPS, readonly string[]]> = [
  // Outlook (on the web, and the mail of the Office apps) is served by Exchange Online.
  ['exchangeOnline', ['Exchange', 'Outlook']],
  // "the first-party instance of OneDrive and SharePoint" (reference/graph-model.md §11).
  ['sharePointOnline', ['SharePoint', 'OneDrive', 'OneDrive for Business']],
  ['vivaEngage', ['Viva Engage', 'Yammer']],
  ['rightsManagement', ['RMS']],
  ['skypeForBusiness', ['Skype for Business']],
  ['azurePortal', ['Microsoft Entra admin center', 'Entra admin center']],
  ['learn', ['Microsoft Docs']],
];

/** "Microsoft Teams" → "Teams", "Office 365 Exchange Online" → "Exchange Online"; "Microsoft 365 …" and "Office 365 Management" stay. */
function shortAppName(name: string): string {
  return name.replace(/^Microsoft (?![0-9])/, '').replace(/^Office 365 (?=.* Online$)/, '');
}

/** Names compare without case, spaces or punctuation: "my sign-ins" is "My Sign ins" is "MySignIns". */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

interface AppName {
  name: string;
  id: string;
}

/**
 * Every name `--app` accepts, in the table's order: each app's display name, its short name (shortAppName: "Teams",
 * "Exchange Online", "SharePoint Online"), and the aliases above. A name that
 * would mean two apps is left out.
 */
export function appNames(): AppName[] {
  const byKey = new Map<string, AppName | null>();
  const add = (name: string, id: string): void => {
    const k = nameKey(name);
    if (k === '') return;
    const seen = byKey.get(k);
    if (seen === undefined) byKey.set(k, { name, id });
    else if (seen !== null && seen.id !== id) byKey.set(k, null);
  };
  for (const app of Object.values(APPS)) {
    add(app.name, app.id);
    const short = shortAppName(app.name);
    if (short !== app.name) add(short, app.id);
  }
  for (const [key, aliases] of APP_ALIASES) for (const alias of aliases) add(alias, APPS[key].id);
  return [...byKey.values()].filter((a): a is AppName => a !== null);
}

/** An app by ID, or by a name people use ("Teams", "SharePoint Online", "Outlook"; case-insensitive, see appNames). */
export function resolveApp(key: string): string {
  if (isGuid(key)) return key.toLowerCase();
  const names = appNames();
  const k = nameKey(key);
  const found = names.find((a) => nameKey(a.name) === k);
  if (found) return found.id;
  const close = suggest(k, names.map((a) => nameKey(a.name)));
  const guess = close === undefined ? undefined : names.find((a) => nameKey(a.name) === close);
  const known = [...new Set(Object.values(APPS).map((a) => shortAppName(a.name)))].join(', ');
  throw new ExplainError(
    `--app "${key}" is neither an application ID (GUID) nor an app xtap-lint knows${guess ? `: did you mean "${guess.name}"?` : '.'} Known apps: ${known}`,
  );
}

const CONDITIONS: Record<string, { row: number; condition: string }> = {
  'allowed/allowed': { row: 1, condition: 'u ∈ U and a ∈ A' },
  'allowed/blocked': { row: 2, condition: 'u ∈ U and a ∉ A' },
  'blocked/allowed': { row: 3, condition: 'u ∉ U and a ∈ A' },
  'blocked/blocked': { row: 4, condition: 'u ∉ U or a ∉ A' },
};

function settingName(kind: ExplainKind, direction: ExplainDirection): B2BSettingName {
  return `${kind}${direction === 'inbound' ? 'Inbound' : 'Outbound'}` as B2BSettingName;
}

function findTenant(model: RepoModel, key: string | undefined): TenantModel {
  if (key === undefined) {
    const ids = [...new Set(model.tenants.map((t) => t.id))];
    if (ids.length === 1) return model.tenants[0];
    const known = [...model.tenants].map((t) => partyLabel(t)).sort(compareStrings);
    throw new ExplainError(
      known.length === 0 ? 'explain needs a tenant file, and this repository declares none' : `this repository declares several tenants: name one with --tenant (declared: ${known.join(', ')})`,
    );
  }
  if (isGuid(key)) {
    const t = declaredTenant(model, key);
    if (t) return t;
  } else {
    const named = model.tenants.filter((t) => t.name !== undefined && t.name.toLowerCase() === key.toLowerCase());
    const ids = [...new Set(named.map((t) => t.id))];
    if (ids.length === 1) return named[0];
    if (ids.length > 1) throw new ExplainError(`several tenants are named "${key}" (${ids.sort(compareStrings).join(', ')}): give the tenant ID`);
  }
  const known = [...model.tenants].map((t) => partyLabel(t)).sort(compareStrings);
  throw new ExplainError(`no tenant "${key}" is declared in this repository${known.length ? ` (declared: ${known.join(', ')})` : ''}`);
}

function findPartner(model: RepoModel, tenant: TenantModel, key: string): Party {
  if (isGuid(key)) {
    const id = key.toLowerCase();
    const p = tenant.partnersById.get(id)?.[0];
    return { id, name: p?.name ?? declaredTenant(model, id)?.name ?? null };
  }
  const lower = key.toLowerCase();
  const partnerIds = [...new Set(tenant.partners.filter((p) => p.name?.toLowerCase() === lower).map((p) => p.id))];
  if (partnerIds.length > 1) throw new ExplainError(`${tenant.label} has several partners named "${key}" (${partnerIds.sort(compareStrings).join(', ')}): give the tenant ID`);
  if (partnerIds.length === 1) return { id: partnerIds[0], name: tenant.partnersById.get(partnerIds[0])?.[0]?.name ?? null };
  const tenantIds = [...new Set(model.tenants.filter((t) => t.name?.toLowerCase() === lower).map((t) => t.id))];
  if (tenantIds.length === 1) return { id: tenantIds[0], name: declaredTenant(model, tenantIds[0])?.name ?? null };
  if (tenantIds.length > 1) throw new ExplainError(`several tenants are named "${key}" (${tenantIds.sort(compareStrings).join(', ')}): give the tenant ID`);
  throw new ExplainError(`${tenant.label} has no partner named "${key}": give its tenant ID to see what the default allows`);
}

const partyOf = (t: TenantModel): Party => ({ id: t.id, name: t.name ?? null });

function matchAt(loc: Loc | undefined): string | null {
  return loc ? where(loc) : null;
}

function listEvidence(list: EffList, member: boolean | null, matched: Match[]): ListEvidence {
  return { accessType: list.accessType, targets: describeTargets(list), level: list.level, at: where(list.at), member, matched };
}

function verdict(outcomes: Array<{ allowed: boolean }>): Verdict {
  if (outcomes.every((o) => o.allowed)) return 'allowed';
  if (outcomes.every((o) => !o.allowed)) return 'blocked';
  return 'depends';
}

/** One tenant's side: what `tenant` applies to the organization `other` under `name`. */
function explainSide(tenant: TenantModel, other: Party, name: B2BSettingName, q: ExplainQuery): SideExplanation {
  const applied = effectiveFor(tenant, other.id);
  const setting = applied.settings.b2b[name];
  const u = setting.usersAndGroups;
  const a = setting.applications;
  const subject = { ...(q.user ? { user: q.user } : {}), groups: [...(q.groups ?? [])] };
  const subjectGiven = Boolean(q.user) || (q.groups?.length ?? 0) > 0;
  const ids = new Set([q.user ?? '', ...(q.groups ?? [])].filter(Boolean).map(normalizeTarget));

  let inU: boolean | null = null;
  let userMatches: Match[] = [];
  if (subjectGiven) {
    inU = subjectInList(u, subject);
    userMatches = u.targets.filter((t) => t.id === 'AllUsers' || ids.has(t.id)).map((t) => ({ target: describeTarget({ id: t.id, type: t.type, label: t.decl?.label }), at: matchAt(t.decl?.target.loc) }));
  }
  let inA: boolean | null = null;
  let appMatches: Match[] = [];
  if (q.app) {
    inA = appInList(a, q.app);
    const app = normalizeTarget(q.app);
    appMatches = a.targets
      .filter((t) => appTargetCovers(t.id, app))
      .map((t) => {
        const words = describeTarget({ id: t.id, type: t.type, label: t.decl?.label });
        return { target: normalizeTarget(t.id) === app ? words : `${words}, which include it`, at: matchAt(t.decl?.target.loc) };
      });
  }
  const us = inU === null ? userMembershipClasses(u) : [inU];
  const as = inA === null ? appMembershipClasses(a) : [inA];
  const outcomes: SideExplanation['outcomes'] = [];
  for (const x of us) for (const y of as) outcomes.push({ inUsers: x, inApplications: y, allowed: accessFromMembership(u.accessType, x, a.accessType, y) });
  const c = CONDITIONS[`${u.accessType}/${a.accessType}`];
  const result = verdict(outcomes);
  return {
    tenant: partyOf(tenant),
    partner: other,
    listed: applied.partner !== undefined,
    setting: name,
    level: setting.level,
    at: where(setting.at),
    access: describeAccess(setting),
    usersAndGroups: listEvidence(u, inU, userMatches),
    applications: listEvidence(a, inA, appMatches),
    row: { row: c.row, users: u.accessType, applications: a.accessType, condition: c.condition },
    outcomes,
    result,
    blockedInPractice: name === 'b2bDirectConnectInbound' && result !== 'blocked' ? mfaTrustBlocks(tenant, applied.settings.inboundTrust.isMfaAccepted) : null,
  };
}

/**
 * SPEC §3.3 `direct-connect-mfa-trust`, for a level whose inbound direct connect lets someone in: B2B direct connect
 * users cannot register MFA in this tenant, so where Conditional Access requires MFA of external users and MFA from
 * their organization is not trusted, Microsoft blocks them. Null when MFA is trusted or the tenant declares that no
 * policy requires MFA of external users.
 */
function mfaTrustBlocks(tenant: TenantModel, trust: EffBool): BlockedInPractice | null {
  const fact = tenant.facts.mfaRequiredForExternalUsers;
  if (trust.value || fact?.value === false) return null;
  return {
    certain: fact?.value === true,
    rule: 'direct-connect-mfa-trust',
    mfaRequired: fact?.value === true ? { value: true, at: where(fact.loc) } : null,
    mfaTrusted: { value: false, level: trust.level, at: where(trust.at) },
  };
}

/**
 * Explain whether a user of one tenant may use an app of the other under B2B collaboration or direct connect.
 * Inbound: the partner's users use the tenant's apps; outbound: the tenant's users use the partner's apps.
 * Both tenants' settings must allow it; the other tenant's side is explained when the repository declares it.
 */
export function explainAccess(model: RepoModel, q: ExplainQuery): Explanation {
  const tenant = findTenant(model, q.tenant);
  const partner = findPartner(model, tenant, q.partner);
  if (partner.id === tenant.id) throw new ExplainError(`the partner is ${tenant.label} itself: cross-tenant access settings apply between two tenants`);
  const name = settingName(q.kind, q.direction);
  const sides = [explainSide(tenant, partner, name, q)];
  const notes: string[] = [];
  const otherTenant = declaredTenant(model, partner.id);
  const otherName = settingName(q.kind, q.direction === 'inbound' ? 'outbound' : 'inbound');
  if (otherTenant) sides.push(explainSide(otherTenant, partyOf(tenant), otherName, q));
  else {
    notes.push(
      `${partyLabel({ id: partner.id, name: partner.name ?? undefined })} is not declared in this repository: its own ${SETTING_LABEL[otherName]} settings also apply and are not checked here.`,
    );
  }
  const results = sides.map((s) => s.result);
  const result: Verdict = results.includes('blocked') ? 'blocked' : results.every((r) => r === 'allowed') ? 'allowed' : 'depends';
  const home = q.direction === 'inbound' ? partner : partyOf(tenant);
  const resource = q.direction === 'inbound' ? partyOf(tenant) : partner;
  return {
    tenant: partyOf(tenant),
    partner,
    direction: q.direction,
    kind: q.kind,
    home,
    resource,
    user: q.user ? normalizeTarget(q.user) : null,
    groups: (q.groups ?? []).map(normalizeTarget),
    app: q.app ? normalizeTarget(q.app) : null,
    result,
    sides,
    notes,
  };
}

const LEVEL_TEXT: Record<Level, string> = {
  partner: 'partner entry',
  default: 'inherited from the default',
  service: "Microsoft's service default, not declared",
};

function memberText(e: ListEvidence, what: 'user' | 'app', matches: Match[]): string {
  if (e.member === null) return `${what === 'user' ? 'no user given' : 'no app given'}: each case is shown below`;
  const subject = what === 'user' ? 'the user' : 'the app';
  if (!e.member) return `${subject} is not in the list`;
  const how = matches.map((m) => (m.at ? `${m.target}, at ${m.at}` : `${m.target} (Microsoft's service default)`)).join('; ');
  return `${subject} is in the list: ${how}`;
}

const kindWords = (k: ExplainKind): string => (k === 'b2bCollaboration' ? 'B2B collaboration' : 'B2B direct connect');

/** Why a side's access is blocked in practice, in words (SPEC §3.3 `direct-connect-mfa-trust`). */
function practiceText(s: SideExplanation, b: BlockedInPractice): string {
  const tenant = s.tenant.name ?? s.tenant.id;
  const partner = s.partner.name ?? s.partner.id;
  const microsoft = 'Microsoft blocks B2B direct connect users whose MFA is not trusted (see direct-connect-mfa-trust)';
  return b.certain
    ? `blocked in practice: ${tenant} requires MFA of external users and does not trust MFA from ${partner}, and ${microsoft}`
    : `blocked in practice if a Conditional Access policy of ${tenant} requires MFA of external users (tenant.facts.mfaRequiredForExternalUsers is not declared): ${tenant} does not trust MFA from ${partner}, and ${microsoft}`;
}

/**
 * The explanation as text for the terminal, wrapped to `width` columns (80 when not a terminal, as every command):
 * a line's continuation is indented under its text; a URL is never split.
 */
export function renderExplanation(e: Explanation, width: number = DEFAULT_WIDTH): string {
  const who = e.user ? `user ${e.user}` : e.groups.length ? 'a user' : 'any user';
  const groups = e.groups.length ? ` in group${e.groups.length === 1 ? '' : 's'} ${e.groups.join(', ')}` : '';
  const app = e.app ? describeTarget({ id: e.app, type: 'application' }) : 'any app';
  const lines: string[] = [];
  /** One logical line: `first` before it, `rest` before each line it wraps to. Names and labels come from files: inert. */
  const put = (text: string, first = '', rest = first + '  '): void => {
    lines.push(...wrap(urlWords(visible(text)), width, first, rest));
  };
  put(`${kindWords(e.kind)}, ${e.direction}: ${who}${groups} from ${partyLabel({ id: e.home.id, name: e.home.name ?? undefined })}`, '', '  ');
  put(`using ${app} in ${partyLabel({ id: e.resource.id, name: e.resource.name ?? undefined })}`, '  ', '    ');
  lines.push('');
  const practice = e.sides.find((s) => s.blockedInPractice !== null);
  let result = `Result: ${e.result.toUpperCase()}`;
  if (e.result === 'depends') result += ' (on the user or app: see the table rows below)';
  if (practice?.blockedInPractice && e.result !== 'blocked') {
    result += e.result === 'allowed' ? ` by the settings, but ${practiceText(practice, practice.blockedInPractice)}` : `; where the settings allow, ${practiceText(practice, practice.blockedInPractice)}`;
  }
  put(result, '', '  ');
  e.sides.forEach((s, i) => {
    lines.push('');
    const tenant = partyLabel({ id: s.tenant.id, name: s.tenant.name ?? undefined });
    const partner = partyLabel({ id: s.partner.id, name: s.partner.name ?? undefined });
    const b = s.blockedInPractice;
    const inPractice = `blocked in practice${b?.certain ? '' : ' if Conditional Access requires MFA of external users'}`;
    const outcome = !b ? s.result : s.result === 'allowed' ? `allowed by the settings, but ${inPractice}` : `${s.result}; where the settings allow, ${inPractice}`;
    put(`${i + 1}. ${tenant}, ${SETTING_LABEL[s.setting]} (${s.setting}) for ${partner}: ${outcome}`, '', '   ');
    put(`${s.listed ? `${partner} is a partner` : `${partner} is not a partner: the default applies`}; the setting: ${LEVEL_TEXT[s.level]}, ${s.at}`, '   ');
    put(`in effect: ${s.access}`, '   ');
    put(`usersAndGroups (U): ${s.usersAndGroups.accessType}: ${s.usersAndGroups.targets} — ${LEVEL_TEXT[s.usersAndGroups.level]}, ${s.usersAndGroups.at}`, '   ');
    put(memberText(s.usersAndGroups, 'user', s.usersAndGroups.matched), '     ');
    put(`applications (A): ${s.applications.accessType}: ${s.applications.targets} — ${LEVEL_TEXT[s.applications.level]}, ${s.applications.at}`, '   ');
    put(memberText(s.applications, 'app', s.applications.matched), '     ');
    put(`access table row ${s.row.row} (users ${s.row.users}, applications ${s.row.applications}): access iff ${s.row.condition}`, '   ');
    for (const o of s.outcomes) {
      put(`u ${o.inUsers ? '∈' : '∉'} U, a ${o.inApplications ? '∈' : '∉'} A → ${o.allowed ? 'allowed' : 'blocked'}`, '     ');
    }
    if (b) {
      const required = b.mfaRequired ? `tenant.facts.mfaRequiredForExternalUsers: true, ${b.mfaRequired.at}` : 'tenant.facts.mfaRequiredForExternalUsers: not declared';
      put(`blocked in practice: ${required}; inboundTrust.isMfaAccepted: false — ${LEVEL_TEXT[b.mfaTrusted.level]}, ${b.mfaTrusted.at}`, '   ');
    }
  });
  for (const n of e.notes) {
    lines.push('');
    put(`Note: ${n}`, '', '  ');
  }
  lines.push('');
  return lines.join('\n');
}
