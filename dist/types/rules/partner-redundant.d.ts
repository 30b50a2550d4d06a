import type { PartnerModel, RepoModel } from '../src/resolve/model.js';
/**
 * Why a partner entry may exist although its settings equal the default's; undefined when nothing explains it.
 * The partner's cloud is its own tenant file's when the repository declares it (a cross-cloud partner must be listed).
 */
export declare function partnerReason(model: RepoModel, partner: PartnerModel): string | undefined;
declare const _default: import("../src/engine/rule.js").Rule;
export default _default;
