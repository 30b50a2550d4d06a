/** Reported by the validate stage (src/validate) against schemas/tenant.schema.json and schemas/partner.schema.json. */
declare const _default: import("../src/engine/rule.js").Rule;
export default _default;
