/**
 * The resolved model: every tenant, its default and its partners, as declared (with the YAML node of every
 * value) and as effective (each value knowing the level it came from and the node to point at).
 */
import type { Loc, SourceFile } from '../load/yaml.js';
import type { AccessType, B2BSettingName, Cloud, ConsentMember, IdentityProvider, TrustMember } from './knowledge.js';
export type License = 'free' | 'p1' | 'p2';
export type { Loc };
/** A declared value with its value node and, when it is a map value, its key node. */
export interface Located<T> {
    value: T;
    /** The value node. */
    loc: Loc;
    /** The key node (`isMfaAccepted:`), when the value sits under a key. */
    key: Loc;
}
export interface TargetDecl {
    /** The `target:` value as written. */
    target: Located<string>;
    targetType?: Located<string>;
    label?: string;
    /** The target's map (the sequence item). */
    loc: Loc;
    /** The target as its list resolves it (a declared target is its own EffTarget): a GUID lower-cased, else as written. */
    readonly id: string;
    /** Whether the target is a GUID: checked once, when the file is read. */
    readonly guid: boolean;
    /** The `targetType:` value, when written as a string. */
    readonly type: string | undefined;
    /** The declaration itself (EffTarget's `decl`). */
    readonly decl: TargetDecl;
}
/** Where a target list sits: a B2B setting's `usersAndGroups`/`applications`, or an M365 setting's list. */
export type ListHalf = 'usersAndGroups' | 'applications' | 'users';
export interface TargetListDecl {
    setting: string;
    half: ListHalf;
    /** The list's key (`applications:`). */
    key: Loc;
    loc: Loc;
    accessType?: Located<string>;
    /** Undefined when `targets` is absent; [] when it is an empty list. */
    targets?: TargetDecl[];
    targetsKey?: Loc;
}
export interface SettingDecl {
    name: string;
    key: Loc;
    loc: Loc;
    /** True when the value is `null`: the partner inherits it whole. */
    isNull: boolean;
}
export interface B2BDecl extends SettingDecl {
    name: B2BSettingName;
    usersAndGroups?: TargetListDecl;
    applications?: TargetListDecl;
    /** `tenantRestrictions.devices`. */
    devices?: Located<unknown>;
}
export interface FlagsDecl<M extends string> extends SettingDecl {
    members: Partial<Record<M, Located<boolean>>>;
    /** Member `m` as `members[m]` reads it (undefined when not declared), without making the record. */
    member(m: M): Located<boolean> | undefined;
}
export interface RedemptionDecl extends SettingDecl {
    primary?: Located<string>[];
    primaryKey?: Loc;
    fallback?: Located<string>;
    /** Whether `fallbackIdentityProvider` is written with a value (of any type). */
    hasFallback: boolean;
}
export interface IdentitySyncDecl extends SettingDecl {
    displayName?: Located<string>;
    userSyncAllowed?: Located<boolean>;
    groupSyncAllowed?: Located<boolean>;
}
/** What one level (the default or one partner) declares. */
export interface PolicyDecl {
    b2b: Partial<Record<B2BSettingName, B2BDecl>>;
    inboundTrust?: FlagsDecl<TrustMember>;
    automaticUserConsentSettings?: FlagsDecl<ConsentMember>;
    blockServiceProviderOutboundAccess?: Located<boolean | null>;
    /** M365 collaboration and app service connect settings, compared whole. */
    opaque: Partial<Record<OpaqueSettingName, SettingDecl & {
        value: unknown;
    }>>;
    invitationRedemption?: RedemptionDecl;
    /** Service-managed properties that an import brings: `isServiceDefault`, `isServiceProvider`, `isInMultiTenantOrganization`. */
    readOnly: Partial<Record<ReadOnlyName, Located<unknown>>>;
    /** Every target list declared at this level, in document order. */
    lists: TargetListDecl[];
}
export declare const OPAQUE_SETTINGS: readonly ["m365CollaborationInbound", "m365CollaborationOutbound", "appServiceConnectInbound"];
export type OpaqueSettingName = (typeof OPAQUE_SETTINGS)[number];
export declare const READ_ONLY: readonly ["isServiceDefault", "isServiceProvider", "isInMultiTenantOrganization"];
export type ReadOnlyName = (typeof READ_ONLY)[number];
/** Where an effective value came from. */
export type Level = 'partner' | 'default' | 'service';
export interface EffTarget {
    /** GUIDs lower-cased; keywords and other strings as written. */
    id: string;
    type: string | undefined;
    decl?: TargetDecl;
    /**
     * Whether `id` is a GUID, on every target of the model (checked once, at load: `id` is normalised already). A list
     * an API caller builds may leave it out; its IDs are then normalised where they are compared (`targetId`).
     */
    guid?: boolean;
}
export interface EffList {
    accessType: AccessType;
    targets: EffTarget[];
    level: Level;
    /** The declaration this list comes from (undefined for the service default). */
    decl?: TargetListDecl;
    /** Where a finding about this list points: its key, or the nearest declared ancestor. */
    at: Loc;
}
export interface EffB2B {
    name: B2BSettingName;
    usersAndGroups: EffList;
    applications: EffList;
    /** Where a finding about the whole setting points. */
    at: Loc;
    /** The most specific level either half came from. */
    level: Level;
}
export interface EffBool {
    value: boolean;
    level: Level;
    at: Loc;
    decl?: Located<boolean | null>;
}
export interface EffOpaque {
    value: unknown;
    level: Level;
    at: Loc;
}
export interface EffectiveSettings {
    b2b: Record<B2BSettingName, EffB2B>;
    inboundTrust: Record<TrustMember, EffBool>;
    automaticUserConsentSettings: Record<ConsentMember, EffBool>;
    blockServiceProviderOutboundAccess: EffBool;
    opaque: Record<OpaqueSettingName, EffOpaque>;
}
export interface RedemptionSettings {
    primary: IdentityProvider[];
    fallback: IdentityProvider;
    level: Level;
    at: Loc;
}
/** What a tenant and a partner both have: the file, the ID, a name for messages, the cloud and the licence. */
export interface Party {
    file: SourceFile;
    /** Lower-cased tenant ID. */
    id: string;
    idLoc: Loc;
    name?: string;
    /** Name, else ID: for messages. */
    label: string;
    cloud: Cloud;
    cloudLoc?: Loc;
    license?: License;
    licenseLoc?: Loc;
}
export interface TenantModel extends Party {
    facts: Partial<Record<string, Located<boolean>>>;
    /** The `tenant:` key. */
    tenantKey: Loc;
    /** The `crossTenantAccessPolicy:` key, when present. */
    policyKey?: Loc;
    allowedCloudEndpoints: Located<string>[];
    allowedCloudEndpointsKey?: Loc;
    /** The `default:` key, when present. */
    defaultKey?: Loc;
    /** The `default:` map, when present: values written inside it are the default's (what partners inherit). */
    defaultLoc?: Loc;
    /** The `partners:` key of the tenant file, when present. */
    partnersKey?: Loc;
    /** What `default:` declares (empty when absent). */
    defaultDecl: PolicyDecl;
    /** The default's effective settings: declared values over Microsoft's service default. */
    defaults: EffectiveSettings;
    redemption: RedemptionSettings;
    partners: PartnerModel[];
    /** Partners by lower-cased tenant ID (several when declared twice). */
    partnersById: Map<string, PartnerModel[]>;
    /** Partner files this tenant includes. */
    includedFiles: SourceFile[];
}
export interface PartnerModel extends Party {
    /**
     * The tenant that lists it. In a base model that shares the working tree's reading of unchanged files (`--base`,
     * `diff --base`: resolveRepo's `reused`), a partner of an unchanged file listed by a copy of a working-tree tenant
     * is the working tree's partner itself, and this is the tenant copied: the same declaration (id, defaults, cloud,
     * file), whose `partners` are the working tree's.
     */
    tenant: TenantModel;
    /** The `tenantId:` key: the start of the partner entry. */
    entryKey: Loc;
    /** The entry's map. */
    entry: Loc;
    decl: PolicyDecl;
    effective: EffectiveSettings;
    identitySynchronization?: IdentitySyncDecl;
    /** False when `tenantId` is not a GUID: the `schema` error stands, and the entry's settings are still checked. */
    validId: boolean;
    /** True when the entry has a `schema` error (other than in `tenantId`): findings about the whole entry are left out. */
    incomplete: boolean;
    /** Partner metadata (SPEC §1.1, not Graph): who answers for it, labels, next review date, change ticket. */
    meta: PartnerMeta;
}
/** xtap-lint's own keys on a partner entry, with their nodes (organization policies, partner hygiene rules). */
export interface PartnerMeta {
    owner?: Located<string>;
    /** The tags as written (strings only); `tagsKey` is the `tags:` key. */
    tags?: Located<string>[];
    tagsKey?: Loc;
    /** `YYYY-MM-DD` as written (the schema checks the form). */
    reviewBy?: Located<string>;
    ticket?: Located<string>;
}
/**
 * Declarations with a validity problem (a `schema` error, a malformed target), as offset spans per file: a target's
 * item, a list or setting from its key to the end of its value, a partner entry's `tenantId:` key (the whole entry),
 * the `default:` key. A finding that points into one of them is about something the model cannot read as written,
 * so the engine leaves it out (only the rules that check how values are written report there).
 */
export type InvalidSpans = ReadonlyMap<SourceFile, ReadonlyArray<readonly [number, number]>>;
/** Where Graph's sentinel `unknownFutureValue` is written as a value (a key's value or a list item, never a key). */
export interface SentinelValue {
    at: Loc;
    /** Dotted path of the value, e.g. `default.b2bCollaborationInbound.usersAndGroups.accessType`. */
    path: string;
    /** The nearest map key above the value. */
    key: string | undefined;
}
export interface RepoModel {
    /** Every parsed file, sorted by path. */
    files: SourceFile[];
    /** Where declarations have validity problems (see InvalidSpans). */
    invalid: InvalidSpans;
    /** Every `unknownFutureValue` written as a value, by file in path order, each file in document order. */
    sentinels: SentinelValue[];
    tenants: TenantModel[];
    /** Tenants by lower-cased ID (several when two files declare the same tenant). */
    tenantsById: Map<string, TenantModel[]>;
}
