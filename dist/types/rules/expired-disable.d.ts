/** Reported by the engine (src/engine/lint.ts) while it applies suppression directives. */
declare const _default: import("../src/engine/rule.js").Rule;
export default _default;
