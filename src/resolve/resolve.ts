/**
 * Effective settings (SPEC §2): for a partner its own value, else the default's, else Microsoft's service
 * default; each value knows the level it came from and the node a finding about it should point at.
 * Each partner's effective settings are computed once, here.
 */
import { deref, getPair, isMap, isSeq, locOf, mapPairs, offsetsOf } from '../load/yaml.js';
import type { SourceFile } from '../load/yaml.js';
import { isBool, isString, located, readIdentitySync, readLocated, readPolicy, readSentinels, rootMap } from './build.js';
import { B2B_SETTINGS, CLOUDS, CONSENT_MEMBERS, isGuid, isKeyword, SERVICE_DEFAULT, TRUST_MEMBERS } from './knowledge.js';
import type { AccessType, B2BSettingName, Cloud, ConsentMember, IdentityProvider, ListSpec, TrustMember } from './knowledge.js';
import { OPAQUE_SETTINGS } from './model.js';
import type {
  B2BDecl,
  EffB2B,
  EffTarget,
  IdentitySyncDecl,
  TargetDecl,
  EffBool,
  EffectiveSettings,
  EffList,
  EffOpaque,
  FlagsDecl,
  License,
  Level,
  Loc,
  Located,
  PartnerModel,
  PolicyDecl,
  RedemptionSettings,
  RepoModel,
  SentinelValue,
  TargetListDecl,
  TenantModel,
} from './model.js';

const LICENSES: readonly License[] = ['free', 'p1', 'p2'];
const isCloud = (v: unknown): v is Cloud => typeof v === 'string' && (CLOUDS as readonly string[]).includes(v);
const isLicense = (v: unknown): v is License => typeof v === 'string' && (LICENSES as readonly string[]).includes(v);

function serviceList(spec: ListSpec, atLoc: Loc): EffList {
  return {
    accessType: spec.accessType,
    // The service default's targets are keywords.
    targets: spec.targets.map((t) => ({ id: t.target, type: t.targetType, guid: false })),
    level: 'service',
    at: atLoc,
  };
}

/**
 * A declared list, setting or boolean as the effective model holds it: what can be read from the declaration (its
 * access type, the place a finding points at) is read when asked for, and the level is the class's, not one more field
 * per value (a large repository has hundreds of thousands). The partner's classes are the base ones; the default's
 * (a few per tenant) override `level`.
 */
class DeclaredList implements EffList {
  /** A field: the declaration makes a Located value each time it is asked for its `accessType`, and this is read often. */
  readonly accessType: AccessType;
  readonly decl: TargetListDecl;
  /** Every declared target fits the list (declaredList). */
  constructor(accessType: AccessType, decl: TargetListDecl) {
    this.accessType = accessType;
    this.decl = decl;
  }
  /** The declared targets: a declared target is its own effective target. */
  get targets(): EffTarget[] {
    return this.decl.targets as EffTarget[];
  }
  get level(): Level {
    return 'partner';
  }
  get at(): Loc {
    return this.decl.key;
  }
  /** As JSON, the keys a plain effective list has (`JSON.stringify` reads own fields only). */
  toJSON(): Omit<EffList, 'at'> {
    return { accessType: this.accessType, targets: this.targets, level: this.level, decl: this.decl };
  }
}

/** A partner's list whose targets are not its declared array (some do not fit the list, or `targets` is absent). */
class FilteredList extends DeclaredList {
  readonly #targets: EffTarget[];
  constructor(accessType: AccessType, targets: EffTarget[], decl: TargetListDecl) {
    super(accessType, decl);
    this.#targets = targets;
  }
  override get targets(): EffTarget[] {
    return this.#targets;
  }
}

class DefaultList extends FilteredList {
  override get level(): Level {
    return 'default';
  }
}

/** A partner's own B2B setting (one half or both its own, so its level is the partner's). */
class DeclaredB2B implements EffB2B {
  readonly usersAndGroups: EffList;
  readonly applications: EffList;
  readonly #decl: B2BDecl;
  constructor(ug: EffList, ap: EffList, decl: B2BDecl) {
    this.usersAndGroups = ug;
    this.applications = ap;
    this.#decl = decl;
  }
  get name(): B2BSettingName {
    return this.#decl.name;
  }
  get level(): Level {
    return 'partner';
  }
  get at(): Loc {
    return this.#decl.key;
  }
  toJSON(): Omit<EffB2B, 'at'> {
    return { name: this.name, usersAndGroups: this.usersAndGroups, applications: this.applications, level: this.level };
  }
}

class DeclaredBool implements EffBool {
  readonly decl: Located<boolean>;
  constructor(decl: Located<boolean>) {
    this.decl = decl;
  }
  get value(): boolean {
    return this.decl.value;
  }
  get level(): Level {
    return 'partner';
  }
  get at(): Loc {
    return this.decl.loc;
  }
  toJSON(): Omit<EffBool, 'at'> {
    return { value: this.value, level: this.level, decl: this.decl };
  }
}

class DefaultBool extends DeclaredBool {
  override get level(): Level {
    return 'default';
  }
}

/**
 * Whether a target can match in its list: a keyword needs its own type, an app list takes applications and a
 * users-and-groups list takes users and groups. A mismatched target applies to nothing (`target-type-mismatch`).
 */
function typeFits(half: TargetListDecl['half'], target: string, type: string | undefined): boolean {
  // A keyword has its own kind: in the other half's list it matches nothing, with or without a targetType.
  if (target === 'AllUsers') return (type === undefined || type === 'user') && half !== 'applications';
  if (isKeyword(target)) return (type === undefined || type === 'application') && half === 'applications';
  if (type === undefined) return true;
  return half === 'applications' ? type === 'application' : type === 'user' || type === 'group';
}

function declaredList(decl: TargetListDecl | undefined, level: Level): EffList | undefined {
  if (!decl) return undefined;
  const access = decl.accessType?.value;
  if (access !== 'allowed' && access !== 'blocked') return undefined;
  // A declared target is its own effective target; the declared array itself when every target fits its list.
  const all = decl.targets ?? [];
  // `id` is the value as written unless it is a GUID (lower-cased), which is never a keyword: what typeFits compares.
  const targets = all.every((t) => typeFits(decl.half, t.id, t.type)) ? all : all.filter((t) => typeFits(decl.half, t.id, t.type));
  if (level === 'default') return new DefaultList(access, targets, decl);
  return targets === decl.targets ? new DeclaredList(access, decl) : new FilteredList(access, targets, decl);
}


const RANK: Record<Level, number> = { service: 0, default: 1, partner: 2 };
const mostSpecific = (a: Level, b: Level): Level => (RANK[a] >= RANK[b] ? a : b);

/** The default's effective settings: what it declares over the service default. */
export function effectiveDefault(decl: PolicyDecl, fallback: Loc): EffectiveSettings {
  const b2b = {} as Record<B2BSettingName, EffB2B>;
  for (const name of B2B_SETTINGS) {
    const d = decl.b2b[name];
    const settingAt = d && !d.isNull ? d.key : fallback;
    const ug = declaredList(d?.isNull ? undefined : d?.usersAndGroups, 'default') ?? serviceList(SERVICE_DEFAULT[name].usersAndGroups, settingAt);
    const ap = declaredList(d?.isNull ? undefined : d?.applications, 'default') ?? serviceList(SERVICE_DEFAULT[name].applications, settingAt);
    b2b[name] = { name, usersAndGroups: ug, applications: ap, at: settingAt, level: mostSpecific(ug.level, ap.level) };
  }
  const trustAt = decl.inboundTrust && !decl.inboundTrust.isNull ? decl.inboundTrust.key : fallback;
  const inboundTrust = {} as EffectiveSettings['inboundTrust'];
  for (const m of TRUST_MEMBERS) {
    const v = decl.inboundTrust?.members[m];
    inboundTrust[m] = v ? new DefaultBool(v) : { value: SERVICE_DEFAULT.inboundTrust[m], level: 'service', at: trustAt };
  }
  // The default's automatic redemption is read-only and always false (reference/graph-model.md §7 R4).
  const consent = {} as EffectiveSettings['automaticUserConsentSettings'];
  for (const m of CONSENT_MEMBERS) {
    const v = decl.automaticUserConsentSettings?.members[m];
    consent[m] = { value: false, level: 'service', at: v?.loc ?? fallback };
  }
  const gdap = decl.blockServiceProviderOutboundAccess;
  const blockServiceProviderOutboundAccess: EffBool =
    gdap && gdap.value !== null
      ? { value: gdap.value, level: 'default', at: gdap.loc, decl: gdap }
      : { value: SERVICE_DEFAULT.blockServiceProviderOutboundAccess, level: 'service', at: fallback };
  const opaque = {} as Record<(typeof OPAQUE_SETTINGS)[number], EffOpaque>;
  for (const name of OPAQUE_SETTINGS) {
    const d = decl.opaque[name];
    opaque[name] = d && !d.isNull ? { value: d.value, level: 'default', at: d.key } : { value: null, level: 'service', at: fallback };
  }
  return { b2b, inboundTrust, automaticUserConsentSettings: consent, blockServiceProviderOutboundAccess, opaque };
}

/**
 * A partner's group of boolean members (trust, automatic redemption) when it declares some: its declared members and
 * the default's group, two fields whatever the number of members. A member it declares is made from its declaration
 * when read (a DeclaredBool, kept as long as its reader keeps it); any other member is the default's own value.
 */
abstract class PartnerFlags<M extends string> {
  /** The partner's setting, read member by member (its `members` is a view made on each read). */
  readonly #own: FlagsDecl<M>;
  readonly #inherited: Record<M, EffBool>;
  constructor(own: FlagsDecl<M>, inherited: Record<M, EffBool>) {
    this.#own = own;
    this.#inherited = inherited;
  }
  protected member(m: M): EffBool {
    const v = this.#own.member(m);
    return v ? new DeclaredBool(v) : this.#inherited[m];
  }
}

class PartnerTrust extends PartnerFlags<TrustMember> implements Record<TrustMember, EffBool> {
  get isMfaAccepted(): EffBool {
    return this.member('isMfaAccepted');
  }
  get isCompliantDeviceAccepted(): EffBool {
    return this.member('isCompliantDeviceAccepted');
  }
  get isHybridAzureADJoinedDeviceAccepted(): EffBool {
    return this.member('isHybridAzureADJoinedDeviceAccepted');
  }
  /** As JSON, the record of its members (`JSON.stringify` reads own fields only). */
  toJSON(): Record<TrustMember, EffBool> {
    return { isMfaAccepted: this.isMfaAccepted, isCompliantDeviceAccepted: this.isCompliantDeviceAccepted, isHybridAzureADJoinedDeviceAccepted: this.isHybridAzureADJoinedDeviceAccepted };
  }
}

class PartnerConsent extends PartnerFlags<ConsentMember> implements Record<ConsentMember, EffBool> {
  get inboundAllowed(): EffBool {
    return this.member('inboundAllowed');
  }
  get outboundAllowed(): EffBool {
    return this.member('outboundAllowed');
  }
  toJSON(): Record<ConsentMember, EffBool> {
    return { inboundAllowed: this.inboundAllowed, outboundAllowed: this.outboundAllowed };
  }
}

/** A partner's group: the default's own record (never mutated) when it declares no member of it. */
function partnerFlags<M extends string, R extends Record<M, EffBool>>(
  members: readonly M[],
  own: FlagsDecl<M> | undefined,
  inherited: R,
  make: (own: FlagsDecl<M>, inherited: R) => R,
): R {
  return own && members.some((m) => own.member(m)) ? make(own, inherited) : inherited;
}

/** A partner's effective settings: its own values, else the default's (Graph's null-inherits rule). */
export function effectivePartner(decl: PolicyDecl, defaults: EffectiveSettings): EffectiveSettings {
  const own = (name: B2BSettingName): EffB2B => {
    const d = decl.b2b[name];
    const inherited = defaults.b2b[name];
    if (!d || d.isNull) return inherited;
    const ownUg = declaredList(d.usersAndGroups, 'partner');
    const ownAp = declaredList(d.applications, 'partner');
    // `{}` or both halves null: nothing of its own, so the whole setting (and where it points) is the default's.
    if (!ownUg && !ownAp) return inherited;
    return new DeclaredB2B(ownUg ?? inherited.usersAndGroups, ownAp ?? inherited.applications, d);
  };
  // One literal with every setting (B2B_SETTINGS order): an object filled key by key needs a separate property store.
  const b2bCollaborationInbound = own('b2bCollaborationInbound');
  const b2bCollaborationOutbound = own('b2bCollaborationOutbound');
  const b2bDirectConnectInbound = own('b2bDirectConnectInbound');
  const b2bDirectConnectOutbound = own('b2bDirectConnectOutbound');
  const tenantRestrictions = own('tenantRestrictions');
  const d = defaults.b2b;
  // A partner that declares none of them shares the default's record (never mutated), as it does each setting.
  const b2b: Record<B2BSettingName, EffB2B> =
    b2bCollaborationInbound === d.b2bCollaborationInbound &&
    b2bCollaborationOutbound === d.b2bCollaborationOutbound &&
    b2bDirectConnectInbound === d.b2bDirectConnectInbound &&
    b2bDirectConnectOutbound === d.b2bDirectConnectOutbound &&
    tenantRestrictions === d.tenantRestrictions
      ? d
      : { b2bCollaborationInbound, b2bCollaborationOutbound, b2bDirectConnectInbound, b2bDirectConnectOutbound, tenantRestrictions };
  const inboundTrust = partnerFlags(TRUST_MEMBERS, decl.inboundTrust, defaults.inboundTrust, (own, inherited) => new PartnerTrust(own, inherited));
  const consent = partnerFlags(CONSENT_MEMBERS, decl.automaticUserConsentSettings, defaults.automaticUserConsentSettings, (own, inherited) => new PartnerConsent(own, inherited));
  const gdap = decl.blockServiceProviderOutboundAccess;
  const blockServiceProviderOutboundAccess: EffBool =
    gdap && gdap.value !== null ? new DeclaredBool(gdap as Located<boolean>) : defaults.blockServiceProviderOutboundAccess;
  let opaque = defaults.opaque;
  if (OPAQUE_SETTINGS.some((name) => decl.opaque[name] && !decl.opaque[name]?.isNull)) {
    opaque = {} as Record<(typeof OPAQUE_SETTINGS)[number], EffOpaque>;
    for (const name of OPAQUE_SETTINGS) {
      const d = decl.opaque[name];
      opaque[name] = d && !d.isNull ? { value: d.value, level: 'partner', at: d.key } : defaults.opaque[name];
    }
  }
  // A partner that declares nothing of its own has the default's effective settings: the same object.
  if (
    b2b === defaults.b2b &&
    inboundTrust === defaults.inboundTrust &&
    consent === defaults.automaticUserConsentSettings &&
    blockServiceProviderOutboundAccess === defaults.blockServiceProviderOutboundAccess &&
    opaque === defaults.opaque
  ) {
    return defaults;
  }
  return { b2b, inboundTrust, automaticUserConsentSettings: consent, blockServiceProviderOutboundAccess, opaque };
}

function effectiveRedemption(decl: PolicyDecl, fallback: Loc): RedemptionSettings {
  const r = decl.invitationRedemption;
  const sd = SERVICE_DEFAULT.invitationRedemptionIdentityProviderConfiguration;
  if (!r || r.isNull) return { primary: [...sd.primaryIdentityProviderPrecedenceOrder], fallback: sd.fallbackIdentityProvider, level: 'service', at: fallback };
  return {
    primary: r.primary ? r.primary.map((p) => p.value as IdentityProvider) : [...sd.primaryIdentityProviderPrecedenceOrder],
    fallback: (r.fallback?.value as IdentityProvider | undefined) ?? sd.fallbackIdentityProvider,
    level: 'default',
    at: r.key,
  };
}

function readFacts(file: SourceFile, tenantMap: unknown): Partial<Record<string, Located<boolean>>> {
  // No prototype: fact names are keys from the file (`__proto__: true` must not replace the object's prototype).
  const facts = Object.create(null) as Partial<Record<string, Located<boolean>>>;
  const fp = getPair(tenantMap, 'facts');
  if (!fp) return facts;
  for (const [key] of mapPairs(fp.value)) {
    const v = readLocated(file, fp.value, key, isBool);
    if (v) facts[key] = v;
  }
  return facts;
}

/** Build a tenant from its file. Returns undefined when the file has no usable `tenant.id`. */
function buildTenant(file: SourceFile, root: unknown): TenantModel | undefined {
  const tp = getPair(root, 'tenant');
  if (!tp) return undefined;
  const tenantMap = tp.value;
  const id = readLocated(file, tenantMap, 'id', isString);
  if (!id || !isGuid(id.value)) return undefined;
  const name = readLocated(file, tenantMap, 'name', isString);
  const cloud = readLocated(file, tenantMap, 'cloud', isCloud);
  const license = readLocated(file, tenantMap, 'license', isLicense);
  const tenantKey = locOf(file, tp.key);
  const dp = getPair(root, 'default');
  const defaultKey = dp ? locOf(file, dp.key) : undefined;
  const defaultDecl = readPolicy(file, dp?.value);
  const fallback = defaultKey ?? tenantKey;
  const pp = getPair(root, 'crossTenantAccessPolicy');
  const endpoints: Located<string>[] = [];
  let endpointsKey: Loc | undefined;
  const ep = getPair(pp?.value, 'allowedCloudEndpoints');
  if (ep) {
    endpointsKey = locOf(file, ep.key);
    if (isSeq(ep.value)) {
      for (const item of ep.value.items) {
        const v = (item as { value?: unknown }).value;
        if (typeof v === 'string') endpoints.push(located(v, file, item, ep.key));
      }
    }
  }
  const tenant: TenantModel = {
    file,
    id: id.value.toLowerCase(),
    idLoc: id.loc,
    label: partnerLabel(name?.value, id.value),
    cloud: cloud?.value ?? 'commercial',
    facts: readFacts(file, tenantMap),
    tenantKey,
    allowedCloudEndpoints: endpoints,
    defaultDecl,
    defaults: effectiveDefault(defaultDecl, fallback),
    redemption: effectiveRedemption(defaultDecl, fallback),
    partners: [],
    partnersById: new Map(),
    includedFiles: [],
  };
  if (name) tenant.name = name.value;
  if (cloud) tenant.cloudLoc = cloud.loc;
  if (license) {
    tenant.license = license.value;
    tenant.licenseLoc = license.loc;
  }
  if (pp) tenant.policyKey = locOf(file, pp.key);
  const partners = getPair(root, 'partners');
  if (partners) tenant.partnersKey = locOf(file, partners.key);
  if (endpointsKey) tenant.allowedCloudEndpointsKey = endpointsKey;
  if (defaultKey) tenant.defaultKey = defaultKey;
  if (dp && dp.value) tenant.defaultLoc = locOf(file, deref(file.doc, dp.value));
  return tenant;
}

/**
 * A partner entry as its file declares it: everything but the tenant it belongs to and its effective settings, and
 * its cloud only when it declares one (else it is the tenant's, known once the entry joins its tenant).
 */
export type PartnerEntry = Omit<PartnerModel, 'tenant' | 'effective' | 'cloud'> & { cloud?: Cloud };

/** What one file declares, read right after it is parsed (so that its syntax tree can be dropped). */
export interface FileDecl {
  /** The tenant a tenant file declares (with no partners yet); undefined without a usable `tenant.id`. */
  tenant?: TenantModel;
  partners: PartnerEntry[];
  /** Spans of declarations with validity problems (InvalidSpans). */
  invalid: ReadonlyArray<readonly [number, number]>;
  /** Where `unknownFutureValue` is written as a value. */
  sentinels: SentinelValue[];
}

const VALID_ID = 1;
const INCOMPLETE = 2;
const NAME_IS_LABEL = 4;

/** A partner entry's rarely written fields, in an object of their own made only for entries that write one. */
class PartnerRare {
  name: string | undefined = undefined;
  cloud: Cloud | undefined = undefined;
  cloudLoc: Loc | undefined = undefined;
  license: License | undefined = undefined;
  licenseLoc: Loc | undefined = undefined;
  identitySynchronization: IdentitySyncDecl | undefined = undefined;
  /** The `tenantId` key's start and end and its value's end, when they do not fit the partner's packed lengths. */
  places: readonly number[] | undefined = undefined;
}

/**
 * A partner entry, completed into a PartnerModel when it joins its tenant (addPartners), with every field declared up
 * front. Its places are read from the `tenantId` value and the entry's offsets when asked for, not kept as objects.
 */
class Partner implements PartnerEntry {
  readonly file: SourceFile;
  readonly id: string;
  readonly label: string;
  readonly decl: PolicyDecl;
  readonly meta: PartnerModel['meta'];
  tenant: TenantModel | undefined = undefined;
  effective: EffectiveSettings | undefined = undefined;
  /** VALID_ID, INCOMPLETE, NAME_IS_LABEL. */
  #flags: number;
  /** What few entries declare (a `name` that is not its label, `cloud`, `license`, `identitySynchronization`): made when the first is set. */
  #rare: PartnerRare | undefined = undefined;
  // The places of the `tenantId` value and key and of the entry, as offsets (not a Located value kept for them).
  readonly #idStart: number;
  readonly #start: number;
  readonly #end: number;
  /**
   * The rest, packed in one number: the key's length, the key's start from the entry's start (`<< 8`) and the value's
   * length (`<< 16`); -1 when one does not fit (an aliased or merged `tenantId`, a long value), then they are the rare
   * fields' `places`: [key start, key end, value end].
   */
  readonly #lengths: number;
  /** `span`: the entry's offsets in its file. */
  constructor(file: SourceFile, span: readonly number[], id: Located<string>, validId: boolean, label: string, decl: PolicyDecl, meta: PartnerModel['meta']) {
    this.file = file;
    const at = id.loc;
    const key = id.key;
    this.#idStart = at.start;
    const keyLength = key.end - key.start;
    const keyFrom = key.start - span[0];
    const idLength = at.end - at.start;
    if (keyLength >= 0 && keyLength < 256 && keyFrom >= 0 && keyFrom < 256 && idLength >= 0 && idLength < 16384) {
      this.#lengths = keyLength | (keyFrom << 8) | (idLength << 16);
    } else {
      this.#lengths = -1;
      this.#more().places = [key.start, key.end, at.end];
    }
    this.id = validId ? id.value.toLowerCase() : id.value;
    this.#flags = validId ? VALID_ID : 0;
    this.label = label;
    this.decl = decl;
    this.meta = meta;
    this.#start = span[0];
    this.#end = span[1];
  }
  #more(): PartnerRare {
    return (this.#rare ??= new PartnerRare());
  }
  #places(): readonly number[] {
    return this.#rare?.places ?? [-1, -1, -1];
  }
  get validId(): boolean {
    return (this.#flags & VALID_ID) !== 0;
  }
  get incomplete(): boolean {
    return (this.#flags & INCOMPLETE) !== 0;
  }
  set incomplete(v: boolean) {
    this.#flags = v ? this.#flags | INCOMPLETE : this.#flags & ~INCOMPLETE;
  }
  /** A declared name is almost always its label (partnerLabel): then a flag says so. */
  get name(): string | undefined {
    return this.#flags & NAME_IS_LABEL ? this.label : this.#rare?.name;
  }
  set name(v: string | undefined) {
    this.#flags &= ~NAME_IS_LABEL;
    if (this.#rare) this.#rare.name = undefined;
    if (v !== undefined && v === this.label) this.#flags |= NAME_IS_LABEL;
    else if (v !== undefined) this.#more().name = v;
  }
  /** Its own `cloud:`, else (once it belongs to a tenant) the tenant's (SPEC §1.1). */
  get cloud(): Cloud | undefined {
    return this.#rare?.cloud ?? this.tenant?.cloud;
  }
  set cloud(v: Cloud | undefined) {
    if (v !== undefined || this.#rare) this.#more().cloud = v;
  }
  get cloudLoc(): Loc | undefined {
    return this.#rare?.cloudLoc;
  }
  set cloudLoc(v: Loc | undefined) {
    if (v !== undefined || this.#rare) this.#more().cloudLoc = v;
  }
  get license(): License | undefined {
    return this.#rare?.license;
  }
  set license(v: License | undefined) {
    if (v !== undefined || this.#rare) this.#more().license = v;
  }
  get licenseLoc(): Loc | undefined {
    return this.#rare?.licenseLoc;
  }
  set licenseLoc(v: Loc | undefined) {
    if (v !== undefined || this.#rare) this.#more().licenseLoc = v;
  }
  get identitySynchronization(): IdentitySyncDecl | undefined {
    return this.#rare?.identitySynchronization;
  }
  set identitySynchronization(v: IdentitySyncDecl | undefined) {
    if (v !== undefined || this.#rare) this.#more().identitySynchronization = v;
  }
  /** This entry as a partner of `tenant` (its file's first model: the entry itself, completed). */
  joinTo(tenant: TenantModel): PartnerModel {
    this.tenant = tenant;
    this.effective = effectivePartner(this.decl, tenant.defaults);
    return this as PartnerModel;
  }
  /**
   * This entry as a partner of `tenant` in a second model (the base revision's, where the entry's file is unchanged)
   * whose defaults are not those of the entry's own tenant (joinAgain shares the entry itself otherwise): a new
   * partner with the same declaration, nothing read again, its effective settings computed against `tenant`'s.
   */
  joinedTo(tenant: TenantModel): PartnerModel {
    // Its tenantId as read (`id` is that value, lower-cased when it is a GUID: the same ID again), with both places.
    const id = { value: this.id, loc: this.idLoc, key: this.entryKey };
    const p = new Partner(this.file, [this.#start, this.#end], id, this.validId, this.label, this.decl, this.meta);
    p.#flags = this.#flags;
    // The rare fields as the entry declares them (its `cloud` is its own, or the tenant's once joined: the getter's).
    if (this.#rare) p.#rare = Object.assign(new PartnerRare(), this.#rare);
    p.tenant = tenant;
    p.effective = effectivePartner(this.decl, tenant.defaults);
    return p as PartnerModel;
  }
  get idLoc(): Loc {
    const n = this.#lengths;
    return { file: this.file, start: this.#idStart, end: n < 0 ? this.#places()[2] : this.#idStart + (n >>> 16) };
  }
  get entryKey(): Loc {
    const n = this.#lengths;
    if (n < 0) return { file: this.file, start: this.#places()[0], end: this.#places()[1] };
    const start = this.#start + ((n >>> 8) & 255);
    return { file: this.file, start, end: start + (n & 255) };
  }
  get entry(): Loc {
    return { file: this.file, start: this.#start, end: this.#end };
  }
}

function readPartners(file: SourceFile, root: unknown): PartnerEntry[] {
  const out: PartnerEntry[] = [];
  const pp = getPair(root, 'partners');
  if (!pp || !isSeq(pp.value)) return out;
  for (const raw of pp.value.items) {
    if (!isMap(raw)) continue;
    // A malformed tenantId is a `schema` error; the entry's settings are still read and checked (only an entry
    // with no tenantId string at all has nothing to be known by).
    const id = readLocated(file, raw, 'tenantId', isString);
    if (!id || id.value.trim() === '') continue;
    const validId = isGuid(id.value);
    const name = readLocated(file, raw, 'name', isString);
    const cloud = readLocated(file, raw, 'cloud', isCloud);
    const license = readLocated(file, raw, 'license', isLicense);
    const entry = new Partner(file, offsetsOf(raw), id, validId, partnerLabel(name?.value, id.value), readPolicy(file, raw), readPartnerMeta(file, raw));
    if (name) entry.name = name.value;
    if (cloud) {
      entry.cloud = cloud.value;
      entry.cloudLoc = cloud.loc;
    }
    if (license) {
      entry.license = license.value;
      entry.licenseLoc = license.loc;
    }
    const sync = getPair(raw, 'identitySynchronization');
    if (sync) entry.identitySynchronization = readIdentitySync(file, sync);
    out.push(entry);
  }
  return out;
}

/** A partner's own keys that are neither Graph nor name/cloud/license: owner, tags, reviewBy, ticket. */
function readPartnerMeta(file: SourceFile, raw: unknown): PartnerModel['meta'] {
  const meta: PartnerModel['meta'] = {};
  const owner = readLocated(file, raw, 'owner', isString);
  if (owner) meta.owner = owner;
  const reviewBy = readLocated(file, raw, 'reviewBy', isString);
  if (reviewBy) meta.reviewBy = reviewBy;
  const ticket = readLocated(file, raw, 'ticket', isString);
  if (ticket) meta.ticket = ticket;
  const tp = getPair(raw, 'tags');
  if (tp) {
    meta.tagsKey = locOf(file, tp.key);
    const tags: Located<string>[] = [];
    if (isSeq(tp.value)) {
      for (const item of tp.value.items) {
        const v = (item as { value?: unknown }).value;
        if (typeof v === 'string') tags.push(located(v, file, item, tp.key));
      }
    }
    meta.tags = tags;
  }
  // Most partners have none of these keys: they share one frozen empty record.
  return meta.owner || meta.reviewBy || meta.ticket || meta.tagsKey ? meta : NO_META;
}

const NO_META: PartnerModel['meta'] = Object.freeze({});

/**
 * How messages name a partner or a tenant: its `name`, else its tenant ID — once, never stacked with another label
 * (a sync policy's `displayName` is not the partner's name).
 */
export function partnerLabel(name: string | undefined, id: string): string {
  const n = name?.trim();
  return n ? n : id;
}

// ---------------------------------------------------------------------------------------------------------------
// Declarations with validity problems (InvalidSpans)

type Span = readonly [number, number];

/** The sorted start offsets of a file's problems, and whether one lies in [start, end]. */
class ProblemIndex {
  readonly #starts: number[];
  constructor(starts: number[]) {
    this.#starts = starts.sort((a, b) => a - b);
  }
  get empty(): boolean {
    return this.#starts.length === 0;
  }
  within(start: number, end: number): boolean {
    if (start < 0) return false;
    const a = this.#starts;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < a.length && a[lo] <= end;
  }
  /** The problems in [start, end]. */
  startsIn(start: number, end: number): number[] {
    return start < 0 ? [] : this.#starts.filter((x) => x >= start && x <= end);
  }
}

/**
 * The spans of a file's declarations that hold a validity problem: a `schema` error (`problems`) or a target that is
 * neither a GUID nor a keyword (`unsupported-target`). Marks partner entries with a problem outside `tenantId` as
 * incomplete.
 */
function invalidSpans(decl: FileDecl, problems: readonly Loc[]): Span[] {
  const starts = problems.filter((p) => p.start >= 0).map((p) => p.start);
  const levels: Array<{ policy: PolicyDecl; partner?: PartnerEntry }> = [];
  if (decl.tenant) levels.push({ policy: decl.tenant.defaultDecl });
  for (const partner of decl.partners) levels.push({ policy: partner.decl, partner });
  for (const { policy } of levels) {
    for (const list of policy.lists) {
      for (const t of list.targets ?? []) {
        // Not a GUID: `id` is the value as written (no Located value made for every target to ask).
        if (!t.guid && !isKeyword(t.id)) starts.push(t.target.loc.start);
      }
    }
  }
  const index = new ProblemIndex(starts);
  if (index.empty) return [];
  const spans: Span[] = [];
  const mark = (from: Loc, to: Loc): boolean => {
    const end = Math.max(from.end, to.end);
    if (!index.within(from.start, end)) return false;
    spans.push([from.start, end]);
    return true;
  };
  for (const { policy, partner } of levels) {
    for (const list of policy.lists) {
      for (const t of list.targets ?? []) mark(t.loc, t.loc);
      mark(list.key, list.loc);
    }
    for (const s of Object.values(policy.b2b)) if (s) mark(s.key, s.loc);
    for (const s of Object.values(policy.opaque)) if (s) mark(s.key, s.loc);
    for (const s of [policy.inboundTrust, policy.automaticUserConsentSettings, policy.invitationRedemption]) if (s) mark(s.key, s.loc);
    if (partner) {
      const id = partner.idLoc;
      // A problem anywhere in the entry but its tenantId: findings about the whole entry (at its `tenantId:` key) are left out.
      const before = index.within(partner.entry.start, id.start - 1);
      const after = index.within(id.end + 1, partner.entry.end);
      if (before || after) {
        partner.incomplete = true;
        spans.push([partner.entryKey.start, partner.entryKey.end]);
      }
    }
  }
  // A problem in the default map itself, outside the settings it declares (a misspelled setting, a wrong type): what
  // the default leaves at Microsoft's service default (findings at the `default:` key) may be what it meant to declare.
  const t = decl.tenant;
  if (t?.defaultKey && t.defaultLoc) {
    const p = t.defaultDecl;
    const settings = [...Object.values(p.b2b), ...Object.values(p.opaque), p.inboundTrust, p.automaticUserConsentSettings, p.invitationRedemption];
    const inSetting = (x: number): boolean => settings.some((d) => d !== undefined && x >= d.key.start && x <= Math.max(d.key.end, d.loc.end));
    if (index.startsIn(t.defaultLoc.start, t.defaultLoc.end).some((x) => !inSetting(x))) spans.push([t.defaultKey.start, t.defaultKey.end]);
  }
  return spans;
}

/**
 * Read what a parsed file declares (the resolve stage's half that needs the syntax tree). `problems` are the places of
 * the file's `schema` errors: the declarations that hold one are marked (InvalidSpans).
 */
export function readFileDecl(file: SourceFile, problems: readonly Loc[] = []): FileDecl {
  if (!file.doc || file.broken) return { partners: [], invalid: [], sentinels: [] };
  const root = rootMap(file);
  const tenant = buildTenant(file, root);
  const decl: FileDecl = { ...(tenant ? { tenant } : {}), partners: readPartners(file, root), invalid: [], sentinels: readSentinels(file) };
  decl.invalid = invalidSpans(decl, problems);
  return decl;
}

/** An entry completed as a partner of `tenant`. A partner without `cloud:` is in the tenant's own cloud (SPEC §1.1). */
const asPartnerOf = (tenant: TenantModel, entry: PartnerEntry) => ({ tenant, cloud: entry.cloud ?? tenant.cloud, effective: effectivePartner(entry.decl, tenant.defaults) });

/** A partner in its tenant's list and index. */
function place(tenant: TenantModel, partner: PartnerModel): void {
  tenant.partners.push(partner);
  const list = tenant.partnersById.get(partner.id);
  if (list) list.push(partner);
  else tenant.partnersById.set(partner.id, [partner]);
}

function addPartners(tenant: TenantModel, entries: readonly PartnerEntry[]): void {
  // Each entry belongs to one tenant: completed in place rather than copied.
  for (const entry of entries) place(tenant, entry instanceof Partner ? entry.joinTo(tenant) : Object.assign(entry, asPartnerOf(tenant, entry)));
}

/**
 * Join entries of a file the first model read (`reused`) to a tenant of the second. A tenant of the second model
 * whose file is reused but whose partners changed is a copy of the first model's tenant with partners of its own
 * (resolveRepo): its reused entries are the first model's partners themselves, shared, since everything they hold
 * is the same (their `tenant` is the tenant copied: the same declaration, defaults and cloud). Any other tenant joins
 * them anew (Partner.joinedTo).
 */
function joinAgain(tenant: TenantModel, entries: readonly PartnerEntry[]): void {
  for (const entry of entries) {
    // Every entry is a Partner (readPartners); a copy keeps the first model's partner as it is.
    if (!(entry instanceof Partner)) place(tenant, Object.assign({ ...entry }, asPartnerOf(tenant, entry)));
    else place(tenant, entry.tenant && entry.tenant.defaults === tenant.defaults ? (entry as PartnerModel) : entry.joinedTo(tenant));
  }
}

const sameFiles = (a: readonly SourceFile[], b: readonly SourceFile[]): boolean => a.length === b.length && a.every((f, i) => f === b[i]);

/**
 * Build the repository model from what each file declares (`decls`, from readFileDecl). `includes` maps each tenant
 * file's path to the partner files it alone includes. Files that failed to parse take no part.
 *
 * `reused`: for a second model of the same repository (the base revision), the files whose `decls` are a first
 * model's (unchanged since), already joined to that model's tenants. A tenant whose file and included partner files
 * are all reused, the same files, is the first model's tenant itself; any other tenant with a reused file gets its
 * own copy, where the reused partner entries of that tenant's own files are the first model's partners, shared, and
 * those of any other tenant (other defaults) join it anew, their effective settings computed against its defaults
 * (joinAgain, Partner.joinedTo). Nothing of the first model is changed.
 */
export function resolveRepo(files: SourceFile[], includes: ReadonlyMap<string, SourceFile[]>, decls: ReadonlyMap<SourceFile, FileDecl>, reused?: ReadonlySet<SourceFile>): RepoModel {
  const tenants: TenantModel[] = [];
  const tenantsById = new Map<string, TenantModel[]>();
  const invalid = new Map<SourceFile, ReadonlyArray<readonly [number, number]>>();
  for (const [file, decl] of decls) if (decl.invalid.length) invalid.set(file, mergeSpans(decl.invalid));
  const sentinels: SentinelValue[] = [];
  for (const file of files) if (!file.broken) sentinels.push(...(decls.get(file)?.sentinels ?? []));
  const join = (tenant: TenantModel, file: SourceFile, entries: readonly PartnerEntry[]): void => (reused?.has(file) ? joinAgain(tenant, entries) : addPartners(tenant, entries));
  for (const file of files) {
    if (file.broken) continue;
    const decl = decls.get(file);
    const declared = decl?.tenant;
    if (!decl || !declared) continue;
    const included = (includes.get(file.path) ?? []).filter((pf) => !pf.broken);
    // A reused tenant file whose included files are the same, all reused too: the first model's tenant as it is.
    const again = reused?.has(file) === true;
    const whole = again && sameFiles(declared.includedFiles, included) && included.every((pf) => reused?.has(pf) === true);
    // Otherwise a reused tenant file's tenant is a copy, its own entries joined anew.
    const tenant: TenantModel = whole || !again ? declared : { ...declared, partners: [], partnersById: new Map(), includedFiles: [] };
    if (!whole) {
      join(tenant, file, decl.partners);
      for (const pf of included) {
        tenant.includedFiles.push(pf);
        join(tenant, pf, decls.get(pf)?.partners ?? []);
      }
    }
    tenants.push(tenant);
    const same = tenantsById.get(tenant.id);
    if (same) same.push(tenant);
    else tenantsById.set(tenant.id, [tenant]);
  }
  return { files, tenants, tenantsById, invalid, sentinels };
}

/** Spans sorted by start and merged where they overlap (nested declarations), so a look-up is a binary search. */
function mergeSpans(spans: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Whether a finding at `loc` points into a declaration with a validity problem (InvalidSpans). */
export function pointsAtInvalid(model: RepoModel, loc: Loc): boolean {
  const spans = model.invalid.get(loc.file);
  if (!spans || loc.start < 0) return false;
  // The last span that starts at or before loc.start (spans are disjoint and sorted: mergeSpans).
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.[0] ?? 0) <= loc.start) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo - 1];
  return span !== undefined && loc.start <= span[1];
}
