declare const _default: import("../src/engine/rule.js").Rule;
export default _default;
