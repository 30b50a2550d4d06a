import type { PartnerModel, RepoModel, TenantModel } from '../resolve/model.js';
import type { Json, JsonObject } from './json.js';
import type { TypeName } from './properties.js';
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
/** One Graph request, as export writes it. `ifAbsent`: the POST that creates the partner when the PATCH finds none. */
export interface GraphRequest {
    method: Method;
    url: string;
    body?: JsonObject;
    ifAbsent?: {
        method: 'POST';
        url: string;
        body: JsonObject;
    };
}
export interface PlannedRequest {
    /** What the request does, for people: "create or update partner Fabrikam (3f2c…)". */
    title: string;
    /** A file-name stem: `patch-default`, `partner-3f2c…`. */
    name: string;
    request: GraphRequest;
}
export interface TenantPlan {
    tenantId: string;
    label: string;
    /** The tenant file, repository-relative. */
    file: string;
    /** `exact` when compared with a current state. */
    mode: 'create-or-update' | 'exact';
    requests: PlannedRequest[];
    notes: string[];
}
/** A request export will not make (R9), or declarations it cannot turn into requests. */
export declare class ExportRefusal extends Error {
}
export interface ExportOptions {
    /** Which tenants to export (all when absent). */
    select?: (tenant: TenantModel) => boolean;
    /** The current state: exact requests. */
    current?: RepoModel;
    /** What to do with a tenant the current state lacks: refuse (`--against`) or fall back to create-or-update (`--base`). */
    missingCurrent?: 'refuse' | 'create-or-update';
}
export interface TenantDecl {
    root: JsonObject;
    default: JsonObject;
    partners: Array<{
        model: PartnerModel;
        decl: JsonObject;
    }>;
}
export declare function tenantDecl(t: TenantModel): TenantDecl;
/** A value with only Graph's properties of its type, in documented order; `label` and unknown keys dropped. */
export declare function graphValue(v: Json, type: TypeName | null): Json;
/** The default's setting as the service applies it: declared (completed), else the service default, else null. */
export declare function defaultSetting(decl: JsonObject, prop: string): Json;
/** The requests that apply each selected tenant's declarations, in order. */
export declare function exportRequests(model: RepoModel, options?: ExportOptions): TenantPlan[];
