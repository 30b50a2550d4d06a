import type { Rule } from '../src/engine/rule.js';
/** Every rule, sorted by id. */
export declare const RULES: readonly Rule[];
export declare const RULES_BY_ID: ReadonlyMap<string, Rule>;
