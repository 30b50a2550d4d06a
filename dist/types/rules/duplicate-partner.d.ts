import type { PartnerModel } from '../src/resolve/model.js';
/** "partners/fabrikam.xtap.yaml:4" — where a partner entry's tenantId is. */
export declare function partnerPlace(p: PartnerModel): string;
declare const _default: import("../src/engine/rule.js").Rule;
export default _default;
