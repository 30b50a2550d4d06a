import type { License, PartnerModel, RepoModel } from '../src/resolve/model.js';
/**
 * A partner tenant's licence: its own tenant file's `tenant.license` when the repository declares that tenant,
 * else the partner entry's `license:`; undefined when unknown.
 */
export declare function partnerLicense(model: RepoModel, partner: PartnerModel): {
    license: License;
    from: 'tenant-file' | 'partner';
} | undefined;
declare const _default: import("../src/engine/rule.js").Rule;
export default _default;
