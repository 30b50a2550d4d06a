/** Reported by the engine (src/engine/lint.ts) for each suppression directive. */
declare const _default: import("../src/engine/rule.js").Rule;
export default _default;
