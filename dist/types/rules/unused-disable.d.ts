/** Reported by the engine (src/engine/lint.ts) after suppression. */
declare const _default: import("../src/engine/rule.js").Rule;
export default _default;
