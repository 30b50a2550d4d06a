import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { check } from './helpers.js';
import { GRAPH_EXAMPLES, mend } from './fixtures/graph-examples.js';
import type { GraphExample } from './fixtures/graph-examples.js';

const TENANT = { id: '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b', license: 'p2' };
const PARTNER_ID = '90e29127-71ad-49c7-9ce8-db3f41ea06f1';

/** The example placed where a declaration holds it. */
function declaration(example: GraphExample): Record<string, unknown> {
  const body = JSON.parse(mend(example.json)) as Record<string, unknown>;
  switch (example.place) {
    case 'default':
      return { tenant: TENANT, default: body };
    case 'partner':
      return { tenant: TENANT, partners: [{ tenantId: PARTNER_ID, ...body }] };
    case 'identitySynchronization':
      return { tenant: TENANT, partners: [{ tenantId: PARTNER_ID, name: 'Fabrikam', identitySynchronization: body }] };
    case 'crossTenantAccessPolicy':
      return { tenant: TENANT, crossTenantAccessPolicy: body };
  }
}

describe("Microsoft's example bodies (reference/graph-model.md §8) are accepted", () => {
  it('has every example the brief names', () => {
    expect(GRAPH_EXAMPLES.map((e) => e.id)).toEqual(
      expect.arrayContaining(['E1', 'E2', 'E3a', 'E3b', 'E3c', 'E3d', 'E4-request', 'E4-response', 'E5', 'E6a', 'E6b', 'E6c', 'E6d', 'E6e', 'E7']),
    );
  });

  it('E1 and E2 are published with a trailing comma that mend removes', () => {
    for (const id of ['E1', 'E2']) {
      const e = GRAPH_EXAMPLES.find((x) => x.id === id);
      expect(() => JSON.parse(e?.json ?? '')).toThrow();
      expect(() => JSON.parse(mend(e?.json ?? ''))).not.toThrow();
    }
  });

  for (const example of GRAPH_EXAMPLES) {
    it(`${example.id}: ${example.title} (as block YAML)`, () => {
      expect(check(stringify(declaration(example)), 'tenant')).toEqual([]);
    });
    it(`${example.id}: ${example.title} (as JSON, which is YAML)`, () => {
      expect(check(JSON.stringify(declaration(example), null, 2), 'tenant')).toEqual([]);
    });
  }

  it('E4 and E6 as entries of a partner file', () => {
    const partners = GRAPH_EXAMPLES.filter((e) => e.place === 'partner').map((e, i) => ({
      tenantId: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
      ...(JSON.parse(mend(e.json)) as Record<string, unknown>),
    }));
    expect(check(stringify({ partners }), 'partner')).toEqual([]);
  });
});
