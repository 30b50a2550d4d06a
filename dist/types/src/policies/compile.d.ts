import type { CompiledPolicy, PolicySpec } from '../engine/policies.js';
export declare const MAX_SCHEMA_NODES = 5000;
export declare const MAX_SCHEMA_DEPTH = 32;
export declare const MAX_PATTERN_LENGTH = 256;
export declare const MAX_UNBOUNDED_QUANTIFIERS = 2;
/** A policy id: `<prefix>/<name>`, each part lower-case kebab-case. */
export declare const POLICY_ID_RE: RegExp;
export declare class PolicyError extends Error {
}
/** Why a regular expression may cost more than near-linear time, or undefined when it looks safe. */
export declare function riskyPattern(pattern: string): string | undefined;
/**
 * Check and compile every policy. Throws PolicyError with one line naming the policy: an id without `<prefix>/`,
 * a duplicate id, an unknown placeholder in `message`, an invalid or unsafe `where`/`assert`.
 */
export declare function compilePolicies(specs: readonly PolicySpec[]): CompiledPolicy[];
