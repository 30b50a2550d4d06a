import type { EffB2B, EffectiveSettings, EffList, EffTarget } from './model.js';
/** Whether two target lists hold the same targets, in any order, GUIDs in any case, duplicates ignored. */
export declare function sameTargets(a: readonly EffTarget[], b: readonly EffTarget[]): boolean;
/** Whether two lists have the same access type and the same targets. */
export declare function sameList(a: EffList, b: EffList): boolean;
/** Whether two B2B settings (both halves) are the same. */
export declare function sameB2B(a: EffB2B, b: EffB2B): boolean;
/**
 * JSON text of a value with object keys sorted, so that key order does not matter; `undefined` reads as null.
 * Keys in `omit` are left out at every depth (xtap-lint's own `label`, which is never exported).
 */
export declare function canonicalJson(value: unknown, omit?: readonly string[]): string;
/** Whether two JSON-like values are equal, ignoring the order of object keys (not of arrays) and the keys in `omit`. */
export declare function sameJson(a: unknown, b: unknown, omit?: readonly string[]): boolean;
/**
 * The settings that differ between two effective configurations, as property paths in declaration order
 * (`b2bCollaborationInbound.applications`, `inboundTrust.isMfaAccepted`, `m365CollaborationInbound`). Empty when
 * they are semantically equal.
 */
export declare function settingDifferences(a: EffectiveSettings, b: EffectiveSettings): string[];
/** Whether two effective configurations are semantically equal. */
export declare function sameEffective(a: EffectiveSettings, b: EffectiveSettings): boolean;
