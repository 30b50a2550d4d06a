import type { CodeOptions } from 'ajv';
import type { CompiledPolicy, PolicySpec } from '../engine/policies.js';
export declare const MAX_SCHEMA_NODES = 5000;
export declare const MAX_SCHEMA_DEPTH = 32;
export declare const MAX_PATTERN_LENGTH = 256;
/** At most this many schema nodes once every local `$ref` is expanded in place (a `$ref` fan-out is exponential). */
export declare const MAX_EXPANDED_NODES = 10000;
/** At most this many `$ref`s followed one inside another. */
export declare const MAX_REF_DEPTH = 32;
/** A policy id: `<prefix>/<name>`, each part lower-case kebab-case. */
export declare const POLICY_ID_RE: RegExp;
export declare class PolicyError extends Error {
}
/**
 * ajv's `code.regExp`: every `pattern`, `patternProperties` key and `propertyNames` pattern runs on RE2JS, whose
 * matching is linear in the input whatever the pattern (no backtracking), so no pattern can hang a run.
 */
export declare const re2RegExp: NonNullable<CodeOptions['regExp']>;
/**
 * Check and compile every policy. Throws PolicyError with one line naming the policy: an id without `<prefix>/`,
 * a duplicate id, an unknown placeholder in `message`, an invalid or unsafe `where`/`assert`.
 */
export declare function compilePolicies(specs: readonly PolicySpec[]): CompiledPolicy[];
