import type { SettingLike } from '../resolve/access.js';
import type { Cloud } from '../resolve/knowledge.js';
import type { EffectiveSettings, Level, Loc, PartnerModel, RepoModel, TenantModel } from '../resolve/model.js';
/** What a tenant applies to another organization: the partner entry's effective settings, or the default's. */
export interface Applied {
    settings: EffectiveSettings;
    /** The partner entry, when the organization is listed (the first one when it is listed twice). */
    partner: PartnerModel | undefined;
}
/** The effective settings `tenant` applies to the organization `partnerId`: its partner entry's, else the default's. */
export declare function effectiveFor(tenant: TenantModel, partnerId: string): Applied;
/**
 * Where the value a tenant applies to another organization comes from, for messages that name the other file:
 * its partner entry's own value, the default its entry inherits, Microsoft's default its entry leaves alone (then the
 * entry is the place to point at, not the top of the file), or its default when the organization is not listed.
 */
export declare function appliedSource(applied: Applied, otherLabel: string, value: {
    level: Level;
    at: Loc;
}): {
    text: string;
    at: Loc;
};
/** The tenant declared in the repository with this ID (the first, when two files declare it), or undefined. */
export declare function declaredTenant(model: RepoModel, id: string): TenantModel | undefined;
/** A partner's cloud: its own tenant file's when the repository declares it, else the partner entry's `cloud`. */
export declare function partnerCloud(model: RepoModel, partner: PartnerModel): Cloud;
/**
 * Every unordered pair of distinct tenants declared in the repository where at least one lists the other as a
 * partner, each pair once. Linear in the number of partner entries (map look-ups, no pass over all tenant pairs).
 */
export declare function declaredPairs(model: RepoModel): Generator<[TenantModel, TenantModel]>;
/** Whether a tenant can collaborate with organizations in `cloud`: its own cloud, or one in `allowedCloudEndpoints`. */
export declare function cloudEnabled(tenant: TenantModel, cloud: Cloud): boolean;
/** "partners/fabrikam.xtap.yaml:12": a place for messages that name another file. */
export declare function where(loc: Loc): string;
/** "Fabrikam (3f2c…)" or the ID alone. */
export declare function partyLabel(p: {
    id: string;
    name?: string | undefined;
}): string;
/**
 * Partners a declared tenant listed at the base revision and lists no more, once per partner ID, with where a
 * finding about the removal points: the tenant's `partners:` key, else `default:`, else `tenant:`.
 */
export declare function removedPartners(model: RepoModel, base: RepoModel): ReadonlyArray<{
    tenant: TenantModel;
    removed: PartnerModel;
    at: Loc;
}>;
/**
 * Whether setting `a` lets some user use some app that setting `b` does not (SPEC §2's access function), with
 * group membership unknown and apps grouped by the engine's app table.
 */
export declare function letsMoreThrough(a: SettingLike, b: SettingLike): boolean;
/**
 * The settings in which `a` is more permissive than `b`, as property paths in declaration order: B2B settings that
 * let more through, trust members `a` accepts and `b` does not, automatic redemption `a` turns on and `b` does not,
 * and service provider outbound access `a` leaves open and `b` blocks. The Microsoft 365 and app service connect
 * settings are not compared (their semantics are not modelled).
 */
export declare function morePermissive(a: EffectiveSettings, b: EffectiveSettings): string[];
