/** Reported by the load stage (src/load): anything that stops a file from being read as YAML. */
declare const _default: import("../src/engine/rule.js").Rule;
export default _default;
