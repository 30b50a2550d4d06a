import type { Loc, PartnerModel, RepoModel, TenantModel } from './model.js';
export type ViewData = Record<string, unknown>;
export interface LevelView {
    tenant: TenantModel;
    /** Undefined for the default. */
    partner: PartnerModel | undefined;
    data: ViewData;
}
type Record_ = (pointer: string, loc: Loc) => void;
/** Where a finding about a whole level points: the partner's `tenantId:` key, the `default:` key (else `tenant:`). */
export declare function levelKey(tenant: TenantModel, partner: PartnerModel | undefined): Loc;
/**
 * The effective view of one level. With `record`, also reports the node of every value by JSON pointer (used only
 * to locate a failing value).
 */
export declare function effectiveView(tenant: TenantModel, partner: PartnerModel | undefined, record?: Record_): ViewData;
/**
 * The node a JSON pointer's value came from: the most specific recorded prefix of the pointer, else the level's key.
 * `~1` and `~0` are unescaped as RFC 6901 says.
 */
export declare function locateInView(tenant: TenantModel, partner: PartnerModel | undefined, pointer: string): Loc;
/** Every level's view (the default, then each partner, tenant by tenant), built once per model. */
export declare function levelViews(model: RepoModel): LevelView[];
export {};
