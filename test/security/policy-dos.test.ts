/**
 * Organization policies from a fork's configuration cannot hang or crash a run (SPEC §3.9, docs/policies.md "Safe to
 * evaluate"). A security QA pass found four ways a `.xtap-lint.yaml` could: a backtracking regular expression the old
 * heuristic let through, a `$ref` fan-out (exponential), a recursive `$ref` (a stack overflow), and `uniqueItems` over
 * a long list (quadratic). Each is now linear or a configuration error naming the policy. Work is bounded by counting
 * (calls to the backtracking engine, to ajv's pairwise comparison), never by the clock.
 */
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Ajv } from 'ajv';
import { compilePolicies, MAX_EXPANDED_NODES, PolicyError } from '../../src/policies/compile.js';
import type { PolicySpec } from '../../src/engine/policies.js';
import { runCli, tempRepo } from '../helpers/cli.js';

const T = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const P = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const tenant = (partner: string) => `tenant:\n  id: ${T}\n  name: Contoso\n  license: p1\npartners:\n  - tenantId: ${P}\n${partner}`;

const spec = (assert: unknown, where?: unknown): PolicySpec => ({ id: 'qa/p', severity: 'error', message: '{partner}', assert, ...(where === undefined ? {} : { where }), source: '.xtap-lint.yaml' });
const compileError = (assert: unknown): string => {
  try {
    compilePolicies([spec(assert)]);
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyError);
    return (err as Error).message;
  }
  throw new Error('compiled');
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('regular expressions run on RE2 (linear time), whatever the pattern', () => {
  // Each passed the old heuristic and backtracks exponentially in JavaScript's engine on `aaaa…a!`.
  const patterns = ['^(aa?)*$', '^(a?){40}a{40}$', '^([a-z]?[a-z]?)+$', '^(\\w?\\w?\\w?)+$', '^(a+)+$', '^(a|aa)*$'];
  const hostile = `${'a'.repeat(10_000)}!`;

  it.each(patterns)('%s over a 10,001-character name: answers, and never calls the backtracking engine', (pattern) => {
    expect(hostile).toHaveLength(10_001);
    const [p] = compilePolicies([spec({ properties: { name: { pattern } } })]);
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const test = vi.spyOn(RegExp.prototype, 'test');
    expect(p.assert({ name: hostile })).toBe(false);
    expect(p.assert({ name: 'a'.repeat(40) })).toBe(true);
    expect(exec).not.toHaveBeenCalled();
    expect(test).not.toHaveBeenCalled();
  });

  it('patternProperties and propertyNames too', () => {
    const [p] = compilePolicies([spec({ properties: { m: { patternProperties: { '^(aa?)*$': { type: 'string' } }, propertyNames: { pattern: '^(\\w?\\w?\\w?)+$' } } } })]);
    const test = vi.spyOn(RegExp.prototype, 'test');
    expect(p.assert({ m: { [hostile]: 'x' } })).toBe(false);
    expect(p.assert({ m: { aaaa: 1 } })).toBe(false); // matched by the pattern property: must be a string
    expect(p.assert({ m: { aaaa: 'x' } })).toBe(true);
    expect(test).not.toHaveBeenCalled();
  });

  it('keeps JavaScript meaning for the usual syntax (classes, anchors, \\d, \\uXXXX, \\p{L})', () => {
    const [p] = compilePolicies([spec({ properties: { ticket: { pattern: '^CHG-\\d{1,8}$' }, name: { pattern: '^\\u00e9\\p{L}+$' } } })]);
    expect(p.assert({ ticket: 'CHG-42', name: 'éa' })).toBe(true);
    expect(p.assert({ ticket: 'CHG-', name: 'éa' })).toBe(false);
    expect(p.assert({ ticket: 'CHG-1', name: 'ea' })).toBe(false);
  });

  it.each([
    ['(a)\\1', /back-reference|escape/],
    ['(?<=a)b', /named capture|look/],
    ['a(?=b)', /Perl syntax|look/],
  ])('%s (not linear-time) is a configuration error naming the policy', (pattern, why) => {
    const msg = compileError({ properties: { name: { pattern } } });
    expect(msg).toMatch(/^policy "qa\/p" \(\.xtap-lint\.yaml\): assert: the pattern .* is not supported \(/);
    expect(msg).toMatch(why);
    expect(msg).toContain('RE2');
    expect(compileError({ patternProperties: { [pattern]: {} } })).toContain('is not supported');
    expect(compileError({ propertyNames: { pattern } })).toContain('is not supported');
  });

  it('end to end: a partner named aaaa…a! against ^(aa?)*$ is a finding, not a hang', async () => {
    const dir = tempRepo({
      'contoso.xtap.yaml': tenant(`    name: ${'a'.repeat(70)}!\n`),
      '.xtap-lint.yaml': "policies:\n  - id: qa/name\n    severity: error\n    message: '{partner} has a bad name'\n    where: { required: [tenantId] }\n    assert: { properties: { name: { pattern: '^(aa?)*$' } } }\n",
    });
    const r = await runCli(['-f', 'compact'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('qa/name');
    expect(r.stdout).toContain('has a bad name');
  });
});

// d0 → d1, d1; d1 → d2, d2; … : 2^n paths.
const fanOut = (n: number) => {
  const definitions: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) definitions[`d${i}`] = { allOf: [{ $ref: `#/definitions/d${i + 1}` }, { $ref: `#/definitions/d${i + 1}` }] };
  definitions[`d${n}`] = { type: 'object' };
  return { definitions, allOf: [{ $ref: '#/definitions/d0' }] };
};

describe('$ref fan-out is refused before ajv sees it', () => {
  it('30 levels (2^30 paths in a 2.8 KB configuration) is a configuration error naming the policy', () => {
    expect(JSON.stringify(fanOut(30)).length).toBeLessThan(3000);
    expect(compileError(fanOut(30))).toBe(
      `policy "qa/p" (.xtap-lint.yaml): assert: with its $ref expanded the schema has more than ${MAX_EXPANDED_NODES} nodes (references that fan out cost exponential time); write the shared part once`,
    );
  });

  it('a shared definition used a few times is fine (5 levels: 32 paths)', () => {
    const [p] = compilePolicies([spec(fanOut(5))]);
    expect(p.assert({})).toBe(true);
    expect(p.assert('x')).toBe(false);
  });

  it('end to end: exit 2, one line on stderr, nothing on stdout', async () => {
    const dir = tempRepo({ 'contoso.xtap.yaml': tenant(''), '.xtap-lint.yaml': `policies:\n  - id: qa/fan\n    severity: error\n    message: x\n    assert: ${JSON.stringify(fanOut(30))}\n` });
    const r = await runCli(['-f', 'compact'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/policy "qa\/fan" \(\.xtap-lint\.yaml\): assert: with its \$ref expanded the schema has more than 10000 nodes/);
  });
});

describe('recursive $ref is refused before ajv sees it', () => {
  it.each([
    ['itself', { definitions: { x: { type: 'object', allOf: [{ $ref: '#/definitions/x' }] } }, $ref: '#/definitions/x' }, '#/definitions/x'],
    ['through another', { definitions: { a: { allOf: [{ $ref: '#/definitions/b' }] }, b: { anyOf: [{ $ref: '#/definitions/a' }] } }, $ref: '#/definitions/a' }, /#\/definitions\/[ab]/],
    ['the root', { properties: { child: { $ref: '#' } } }, '#'],
    ['unreferenced, in definitions', { definitions: { x: { not: { $ref: '#/definitions/x' } } } }, '#/definitions/x'],
  ])('a $ref that reaches %s', (_, assert, ref) => {
    const msg = compileError(assert);
    expect(msg).toMatch(/^policy "qa\/p" \(\.xtap-lint\.yaml\): assert: \$ref ".*" refers to itself \(recursive references are not allowed/);
    expect(msg).toMatch(typeof ref === 'string' ? `$ref ${JSON.stringify(ref)}` : ref);
  });

  it('a chain of references deeper than 32 is refused (no stack overflow in ajv either)', () => {
    const definitions: Record<string, unknown> = {};
    for (let i = 0; i < 2000; i++) definitions[`d${i}`] = { $ref: `#/definitions/d${i + 1}` };
    definitions.d2000 = {};
    expect(compileError({ definitions, $ref: '#/definitions/d0' })).toMatch(/is reached through more than 32 references one inside another/);
  });

  it('end to end: exit 2 with one line naming the policy, not an internal error', async () => {
    const dir = tempRepo({
      'contoso.xtap.yaml': tenant(''),
      '.xtap-lint.yaml': "policies:\n  - id: qa/rec\n    severity: error\n    message: x\n    assert: { definitions: { x: { type: object, allOf: [ { $ref: '#/definitions/x' } ] } }, $ref: '#/definitions/x' }\n",
    });
    const r = await runCli(['-f', 'compact'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/policy "qa\/rec" \(\.xtap-lint\.yaml\): assert: \$ref "#\/definitions\/x" refers to itself/);
    expect(r.stderr).not.toMatch(/internal error|call stack/);
  });
});

describe('uniqueItems only where ajv checks it in linear time', () => {
  // ajv's pairwise check calls its deep-equal for each pair; the linear one never does. Count those calls.
  const equalModule = createRequire(import.meta.url)('ajv/dist/runtime/equal') as { default: (a: unknown, b: unknown) => boolean };
  const countEqual = (): { calls: number; restore: () => void } => {
    const original = equalModule.default;
    const counter = { calls: 0, restore: () => void (equalModule.default = original) };
    equalModule.default = (a, b) => {
      counter.calls++;
      return original(a, b);
    };
    return counter;
  };
  const tags = Array.from({ length: 60_000 }, (_, i) => `t${i}`);

  it('without items of a scalar type it is a configuration error that says how to write it', () => {
    for (const assert of [{ properties: { tags: { uniqueItems: true } } }, { properties: { tags: { uniqueItems: true, items: { type: 'object' } } } }, { properties: { tags: { uniqueItems: true, items: [{ type: 'string' }] } } }]) {
      expect(compileError(assert)).toBe(
        'policy "qa/p" (.xtap-lint.yaml): assert: uniqueItems needs items with a scalar type in the same schema (e.g. { uniqueItems: true, items: { type: string } }): comparing items of any other kind costs quadratic time on a long list',
      );
    }
    expect(() => compilePolicies([spec({ properties: { tags: { uniqueItems: false } } })])).not.toThrow();
  });

  it('with items: { type: string }, 60,000 tags are checked without comparing pairs', () => {
    const counter = countEqual();
    try {
      const [p] = compilePolicies([spec({ properties: { tags: { uniqueItems: true, items: { type: 'string' } } } })]);
      expect(tags).toHaveLength(60_000);
      expect(p.assert({ tags })).toBe(true);
      expect(p.assert({ tags: [...tags, 't7'] })).toBe(false);
      expect(counter.calls).toBe(0);
      // The counter does count the pairwise check (so this test can fail): ajv on its own, no items type, 100 tags.
      const pairwise = new Ajv({ strict: false }).compile({ uniqueItems: true });
      expect(pairwise(tags.slice(0, 100))).toBe(true);
      expect(counter.calls).toBe((100 * 99) / 2);
    } finally {
      counter.restore();
    }
  });

  it('end to end: a partner with 60,000 tags and the configuration error', async () => {
    const partner = `    tags: [${tags.join(', ')}]\n`;
    const ok = tempRepo({
      'contoso.xtap.yaml': tenant(partner),
      '.xtap-lint.yaml': "policies:\n  - id: qa/tags\n    severity: error\n    message: '{partner} repeats a tag'\n    assert: { properties: { tags: { uniqueItems: true, items: { type: string } } } }\n",
    });
    const r = await runCli(['-f', 'compact'], { cwd: ok });
    expect(r.stdout).not.toContain('qa/tags');
    const bad = tempRepo({ 'contoso.xtap.yaml': tenant(''), '.xtap-lint.yaml': "policies:\n  - id: qa/tags\n    severity: error\n    message: x\n    assert: { properties: { tags: { uniqueItems: true } } }\n" });
    const e = await runCli(['-f', 'compact'], { cwd: bad });
    expect(e.code).toBe(2);
    expect(e.stderr.trim().split('\n')).toHaveLength(1);
    expect(e.stderr).toMatch(/policy "qa\/tags" \(\.xtap-lint\.yaml\): assert: uniqueItems needs items with a scalar type/);
  });
});
