import type { SourceFile } from '../src/load/yaml.js';
/** Graph's evolvable-enumeration sentinel (reference/graph-model.md §1, §4). */
export declare const SENTINEL = "unknownFutureValue";
interface Hit {
    node: unknown;
    /** Dotted path of the value, e.g. `default.b2bCollaborationInbound.usersAndGroups.accessType`. */
    path: string;
    /** The nearest map key above the value. */
    key: string | undefined;
}
/** Every scalar `unknownFutureValue` that is a value (never a key) in the file, in document order. */
export declare function sentinelValues(file: SourceFile): Hit[];
declare const _default: import("../src/engine/rule.js").Rule;
export default _default;
