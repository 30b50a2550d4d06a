import type { EffB2B } from '../src/resolve/model.js';
export declare function unreachableApps(setting: EffB2B, apps: readonly string[]): string[];
declare const _default: import("../src/engine/rule.js").Rule;
export default _default;
