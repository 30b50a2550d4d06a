import type { RepoModel, TenantModel } from '../resolve/model.js';
import type { JsonObject } from './json.js';
export interface UtcmMonitor {
    tenantId: string;
    label: string;
    file: string;
    monitor: JsonObject;
    /** Declared settings UTCM cannot monitor, one line each: `partner Fabrikam (…): tenantRestrictions`. */
    unmonitored: string[];
}
/** One monitor per selected tenant. */
export declare function utcmMonitors(model: RepoModel, version: string, select?: (t: TenantModel) => boolean): UtcmMonitor[];
