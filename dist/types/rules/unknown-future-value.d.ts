import { SENTINEL } from '../src/resolve/knowledge.js';
export { SENTINEL };
declare const _default: import("../src/engine/rule.js").Rule;
export default _default;
