/** JSON values and the comparisons import and export share: OData annotations, nulls, targets as sets. */
import { normalizeTarget } from '../resolve/knowledge.js';

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An OData annotation: `@odata.context`, `@odata.type`, `b2bCollaborationInbound@odata.type`, … */
export function isAnnotation(key: string): boolean {
  return key.includes('@');
}

/** Drop OData annotations at every depth. */
export function dropAnnotations(v: Json): Json {
  if (Array.isArray(v)) return v.map(dropAnnotations);
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) if (!isAnnotation(k)) out[k] = dropAnnotations(x);
  return out;
}

/** Drop `null`s at every depth, and objects left empty by it; undefined when nothing is left. */
export function dropNulls(v: Json): Json | undefined {
  if (v === null) return undefined;
  if (Array.isArray(v)) return v.map(dropNulls).filter((x): x is Json => x !== undefined);
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) {
    const y = dropNulls(x);
    if (y !== undefined) out[k] = y;
  }
  return Object.keys(out).length || !Object.keys(v).length ? out : undefined;
}

/**
 * A canonical form for comparing settings the way Graph reads them: keys sorted, target GUIDs lower-cased,
 * `label`s dropped, target lists and `allowedCloudEndpoints` compared as sets, nulls dropped.
 */
export function canonical(v: Json | undefined): string {
  return JSON.stringify(canon(v === undefined ? null : (dropNulls(v) ?? null), ''));
}

function canon(v: Json, key: string): Json {
  if (Array.isArray(v)) {
    const items = v.map((x) => canon(x, ''));
    if (key === 'targets' || key === 'allowedCloudEndpoints') return items.map((x) => JSON.stringify(x)).sort().map((s) => JSON.parse(s) as Json);
    return items;
  }
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const k of Object.keys(v).sort()) {
    if (k === 'label') continue;
    const x = v[k];
    out[k] = k === 'target' && typeof x === 'string' ? normalizeTarget(x) : canon(x, k);
  }
  return out;
}

export function sameSetting(a: Json | undefined, b: Json | undefined): boolean {
  return canonical(a) === canonical(b);
}
