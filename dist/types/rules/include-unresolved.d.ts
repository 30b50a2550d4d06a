/** Reported by the load stage (src/load/load.ts) while it resolves includes. */
declare const _default: import("../src/engine/rule.js").Rule;
export default _default;
