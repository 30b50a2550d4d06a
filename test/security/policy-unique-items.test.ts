/**
 * `uniqueItems` in an organization policy is exact on hostile lists (docs/policies.md "Safe to evaluate"). ajv's
 * linear check keeps the items it has seen as the keys of a plain object, so a second `"__proto__"` (whose key is
 * the object's prototype, not an own key) passed as unique; with several item types a string gets `_` appended, so
 * `__proto` did too. Our validation layer checks such lists again with a Set.
 */
import { describe, expect, it } from 'vitest';
import { compilePolicies } from '../../src/policies/compile.js';
import type { PolicySpec } from '../../src/engine/policies.js';
import { runCli, tempRepo } from '../helpers/cli.js';

const T = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const P = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const spec = (assert: unknown): PolicySpec => ({ id: 'qa/tags', severity: 'error', message: '{partner} repeats a tag', assert, source: '.xtap-lint.yaml' });
const unique = (items: unknown) => compilePolicies([spec({ properties: { tags: { uniqueItems: true, items } } })])[0];

describe('uniqueItems over scalar items', () => {
  it('finds a repeated "__proto__" (and other Object.prototype names)', () => {
    const p = unique({ type: 'string' });
    expect(p.assert({ tags: ['__proto__', 'a', '__proto__'] })).toBe(false);
    expect(p.assert.errors?.[0]).toMatchObject({ instancePath: '/tags', keyword: 'uniqueItems' });
    expect(p.assert.errors?.[0]?.message).toMatch(/duplicate items \(items ## 0 and 2 are identical\)/);
    expect(p.assert({ tags: ['constructor', 'constructor'] })).toBe(false);
    expect(p.assert({ tags: ['toString', 'hasOwnProperty', 'toString'] })).toBe(false);
    // …and still passes a list without repeats, "__proto__" once included.
    expect(p.assert({ tags: ['__proto__', 'constructor', 'a'] })).toBe(true);
    expect(p.assert({ tags: [] })).toBe(true);
  });

  it('with several item types: "__proto" twice, and a string is not the number or boolean it spells', () => {
    const p = unique({ type: ['string', 'number', 'boolean', 'null'] });
    expect(p.assert({ tags: ['__proto', '__proto'] })).toBe(false);
    expect(p.assert({ tags: ['__proto__', '__proto__'] })).toBe(false);
    expect(p.assert({ tags: [1, 1] })).toBe(false);
    expect(p.assert({ tags: [null, null] })).toBe(false);
    expect(p.assert({ tags: ['1', 1, 'true', true, 'null', null, '__proto', '__proto__'] })).toBe(true);
  });

  it('keeps the meaning of the schema around it: inside `not`, and a property named uniqueItems is no keyword', () => {
    const [p] = compilePolicies([spec({ properties: { tags: { not: { uniqueItems: true, items: { type: 'string' } } } } })]);
    expect(p.assert({ tags: ['__proto__', '__proto__'] })).toBe(true);
    expect(p.assert({ tags: ['a', 'b'] })).toBe(false);
    const [q] = compilePolicies([spec({ properties: { uniqueItems: { const: true } } })]);
    expect(q.assert({ uniqueItems: true })).toBe(true);
    expect(q.assert({ uniqueItems: false })).toBe(false);
  });

  it('end to end: a partner whose YAML list repeats __proto__ is a finding of the policy, at its `tags:` key', async () => {
    const repo = tempRepo({
      'contoso.xtap.yaml': `tenant:\n  id: ${T}\n  name: Contoso\n  license: p1\npartners:\n  - tenantId: ${P}\n    name: Fabrikam\n    tags:\n      - __proto__\n      - supplier\n      - __proto__\n`,
      '.xtap-lint.yaml': "policies:\n  - id: qa/tags\n    severity: error\n    message: '{partner} repeats a tag'\n    assert: { properties: { tags: { uniqueItems: true, items: { type: string } } } }\n",
    });
    const r = await runCli(['-f', 'compact'], { cwd: repo });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('contoso.xtap.yaml:8:5: error: Fabrikam repeats a tag. [qa/tags]');
    expect(r.code).toBe(1);
  });
});
