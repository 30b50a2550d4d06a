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
/**
 * A tenant's plan whose requests are made when they are read (`requests()`, each call from the start): `export` writes
 * each request as it comes, so that the requests of 50,000 partners are never all in memory. Every refusal is
 * raised by `exportPlans` itself, before any request is read.
 */
export interface TenantPlanSource extends Omit<TenantPlan, 'requests'> {
    requests(): Iterable<PlannedRequest>;
}
/** The plan of each selected tenant, in order, with its requests made as they are read (see TenantPlanSource). */
export declare function exportPlans(model: RepoModel, options?: ExportOptions): TenantPlanSource[];
/** A plan with its requests made, all of them. */
export declare function madePlan(p: TenantPlanSource): TenantPlan;
/** The requests that apply each selected tenant's declarations, in order. */
export declare function exportRequests(model: RepoModel, options?: ExportOptions): TenantPlan[];
/**
 * `export`'s JSON on standard output, in pieces of 32 requests (strings small enough to die young), each request made
 * as it is read: the bytes of `JSON.stringify(plans as { tenantId, label, file, mode, requests: [request…] }[], null, 2) + '\n'`
 * (test/graph/export-chunks.test.ts compares them).
 */
export declare function exportJsonChunks(plans: readonly TenantPlanSource[]): Generator<string>;
