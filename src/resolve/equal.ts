/**
 * Semantic equality of effective settings: what Microsoft's service would apply, not how it is written.
 * Access types must match; target lists compare as sets (order-insensitive, duplicates ignored, GUIDs
 * case-insensitive, labels ignored); booleans compare by value; the opaque Microsoft 365 and app service connect
 * settings compare as JSON with object keys in any order and without xtap-lint's `label`s. Used by `partner-redundant` and `xtap-lint diff`.
 */
import { APP_KEYWORDS, B2B_SETTINGS, CONSENT_MEMBERS, TRUST_MEMBERS, targetId } from './knowledge.js';
import { OPAQUE_SETTINGS } from './model.js';
import type { EffB2B, EffectiveSettings, EffList, EffTarget } from './model.js';

/** A target's identity in a set: the normalized target and its type (a keyword's own type when none is written). */
function targetKey(t: EffTarget): string {
  const type = t.type ?? (t.id === 'AllUsers' ? 'user' : (APP_KEYWORDS as readonly string[]).includes(t.id) ? 'application' : '');
  return `${targetId(t)}\u0000${type}`;
}

/** Whether two target lists hold the same targets, in any order, GUIDs in any case, duplicates ignored. */
export function sameTargets(a: readonly EffTarget[], b: readonly EffTarget[]): boolean {
  const sa = new Set(a.map(targetKey));
  const sb = new Set(b.map(targetKey));
  if (sa.size !== sb.size) return false;
  for (const k of sa) if (!sb.has(k)) return false;
  return true;
}

/** Whether two lists have the same access type and the same targets. */
export function sameList(a: EffList, b: EffList): boolean {
  if (a === b) return true; // an inherited list is the default's own object
  return a.accessType === b.accessType && sameTargets(a.targets, b.targets);
}

/** Whether two B2B settings (both halves) are the same. */
export function sameB2B(a: EffB2B, b: EffB2B): boolean {
  if (a === b) return true;
  return sameList(a.usersAndGroups, b.usersAndGroups) && sameList(a.applications, b.applications);
}

/**
 * JSON text of a value with object keys sorted, so that key order does not matter; `undefined` reads as null.
 * Keys in `omit` are left out at every depth (xtap-lint's own `label`, which is never exported).
 */
export function canonicalJson(value: unknown, omit: readonly string[] = []): string {
  return JSON.stringify(sortKeys(value, omit)) ?? 'null';
}

function sortKeys(value: unknown, omit: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v, omit));
  if (value && typeof value === 'object') {
    // No prototype: a key from a file named `__proto__` is a key like any other, not the object's prototype.
    const out = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(value).sort()) {
      if (!omit.includes(k)) out[k] = sortKeys((value as Record<string, unknown>)[k], omit);
    }
    return out;
  }
  return value === undefined ? null : value;
}

/** Whether two JSON-like values are equal, ignoring the order of object keys (not of arrays) and the keys in `omit`. */
export function sameJson(a: unknown, b: unknown, omit: readonly string[] = []): boolean {
  return canonicalJson(a, omit) === canonicalJson(b, omit);
}

/**
 * The settings that differ between two effective configurations, as property paths in declaration order
 * (`b2bCollaborationInbound.applications`, `inboundTrust.isMfaAccepted`, `m365CollaborationInbound`). Empty when
 * they are semantically equal.
 */
export function settingDifferences(a: EffectiveSettings, b: EffectiveSettings): string[] {
  const out: string[] = [];
  for (const name of B2B_SETTINGS) {
    for (const half of ['usersAndGroups', 'applications'] as const) {
      if (!sameList(a.b2b[name][half], b.b2b[name][half])) out.push(`${name}.${half}`);
    }
  }
  for (const m of TRUST_MEMBERS) if (a.inboundTrust[m].value !== b.inboundTrust[m].value) out.push(`inboundTrust.${m}`);
  for (const m of CONSENT_MEMBERS) {
    if (a.automaticUserConsentSettings[m].value !== b.automaticUserConsentSettings[m].value) out.push(`automaticUserConsentSettings.${m}`);
  }
  if (a.blockServiceProviderOutboundAccess.value !== b.blockServiceProviderOutboundAccess.value) out.push('blockServiceProviderOutboundAccess');
  for (const name of OPAQUE_SETTINGS) if (a.opaque[name] !== b.opaque[name] && !sameJson(a.opaque[name].value, b.opaque[name].value, ['label'])) out.push(name);
  return out;
}

/** Whether two effective configurations are semantically equal. */
export function sameEffective(a: EffectiveSettings, b: EffectiveSettings): boolean {
  // Stops at the first difference; inherited values are the default's own objects, so most compare by identity.
  for (const name of B2B_SETTINGS) if (!sameB2B(a.b2b[name], b.b2b[name])) return false;
  for (const m of TRUST_MEMBERS) if (a.inboundTrust[m].value !== b.inboundTrust[m].value) return false;
  for (const m of CONSENT_MEMBERS) if (a.automaticUserConsentSettings[m].value !== b.automaticUserConsentSettings[m].value) return false;
  if (a.blockServiceProviderOutboundAccess.value !== b.blockServiceProviderOutboundAccess.value) return false;
  for (const name of OPAQUE_SETTINGS) if (a.opaque[name] !== b.opaque[name] && !sameJson(a.opaque[name].value, b.opaque[name].value, ['label'])) return false;
  return true;
}
