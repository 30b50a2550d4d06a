/** Shared by the graph tests: Microsoft's examples as import sources, and the round-trip comparison. */
import { dropAnnotations, dropNulls, canonical, isObject } from '../../src/graph/json.js';
import type { Json, JsonObject } from '../../src/graph/json.js';
import { SERVICE_MANAGED } from '../../src/graph/properties.js';
import { SERVICE_DEFAULT } from '../../src/resolve/knowledge.js';
import { GRAPH_EXAMPLES, mend } from '../validate/fixtures/graph-examples.js';
import type { GraphExample } from '../validate/fixtures/graph-examples.js';

export const TENANT_ID = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
export const PARTNER_ID = '90e29127-71ad-49c7-9ce8-db3f41ea06f1';

/** E1–E7 (and E8's PATCH body), as the brief's round trip names them. */
export const ROUND_TRIP = GRAPH_EXAMPLES.filter((e) => /^E[1-8]/.test(e.id));

export function body(e: GraphExample): JsonObject {
  return JSON.parse(mend(e.json)) as JsonObject;
}

/** Where a user would keep the example's JSON: the file name tells import what it is when the body does not. */
export function sourcePath(e: GraphExample): string {
  switch (e.place) {
    case 'default':
      return 'default.json';
    case 'partner':
      return 'tenantId' in body(e) ? 'partner.json' : `partners/${PARTNER_ID}.json`;
    case 'identitySynchronization':
      return `partners/${PARTNER_ID}/identitySynchronization.json`;
    case 'crossTenantAccessPolicy':
      return 'crossTenantAccessPolicy.json';
  }
}

const SD = SERVICE_DEFAULT as unknown as Record<string, Json>;
const MANAGED = new Set(Object.values(SERVICE_MANAGED).flat());

/** The round trip's comparison: without nulls, service-managed properties, OData annotations and service defaults. */
export function comparable(v: JsonObject): string {
  const clean = (dropNulls(dropAnnotations(v)) ?? {}) as JsonObject;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(clean)) {
    if (MANAGED.has(k) && k !== 'tenantId') continue;
    if (Object.prototype.hasOwnProperty.call(SD, k) && canonical(x) === canonical(JSON.parse(JSON.stringify(SD[k])) as Json)) continue;
    if (isObject(x) && !Object.keys(x).length) continue;
    out[k] = x;
  }
  return canonical(out);
}
