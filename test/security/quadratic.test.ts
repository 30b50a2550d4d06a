/**
 * Issue 11 item 4: every input costs near-linear work. Two shapes were quadratic: many aliases of an empty
 * collection (not counted by yaml's maxAliasCount, and yaml's Alias.resolve walks the document for each alias) and
 * many unknown keys in one map (yaml's duplicate-key check scans the map per key; one getPair walk per schema
 * error). The work is counted, not timed: calls into yaml's node tests (every walk yaml does over nodes goes
 * through them) plus the loader's own step counter (LOAD_WORK). Doubling the input must about double the work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { lintFiles } from '../../src/engine/lint.js';
import { defaultConfig } from '../../src/config/config.js';
import { LOAD_WORK } from '../../src/load/yaml.js';
import { MAX_SCHEMA_REPORTS } from '../../src/validate/validate.js';
import { PROJECT_ROOT } from '../helpers/cli.js';
import type { InputFile } from '../../src/types.js';

const TENANT = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\n';

/** yaml's identity module (dist/nodes/identity.js): its exports are looked up at every call inside yaml. */
type Identity = Record<string, (...args: unknown[]) => unknown>;
const identity = createRequire(import.meta.url)(join(PROJECT_ROOT, 'node_modules/yaml/dist/nodes/identity.js')) as Identity;
const COUNTED = ['isAlias', 'isCollection', 'isDocument', 'isMap', 'isNode', 'isPair', 'isScalar', 'isSeq', 'hasAnchor'];
let yamlCalls = 0;
const originals = new Map<string, (...args: unknown[]) => unknown>();

beforeAll(() => {
  for (const name of COUNTED) {
    const f = identity[name];
    originals.set(name, f);
    identity[name] = (...args: unknown[]) => {
      yamlCalls++;
      return f(...args);
    };
  }
});
afterAll(() => {
  for (const [name, f] of originals) identity[name] = f;
});

/** The work of linting some files: yaml's node tests plus the loader's steps. */
function work(inputs: InputFile[], maxAliasCount = 100): { work: number; run: ReturnType<typeof lintFiles> } {
  const config = defaultConfig();
  config.limits = { ...config.limits, maxAliasCount };
  yamlCalls = 0;
  LOAD_WORK.steps = 0;
  const run = lintFiles(inputs, { config });
  return { work: yamlCalls + LOAD_WORK.steps, run };
}

const aliases = (n: number): InputFile[] => [{ path: 'a.xtap.yaml', text: TENANT + 'x: &d {}\npartners:\n' + '  - *d\n'.repeat(n) }];
const manyKeys = (n: number): InputFile[] => [{ path: 'a.xtap.yaml', text: TENANT + 'default:\n' + Array.from({ length: n }, (_, i) => `  k${i}: x\n`).join('') }];

describe('near-linear work (issue 11 item 4)', () => {
  it('the counter sees yaml walk the document', () => {
    expect(work(manyKeys(10)).work).toBeGreaterThan(50);
  });

  it('aliases of an empty map count against maxAliasCount: 20,000 of them are one syntax finding, with bounded work', () => {
    const { work: w, run } = work(aliases(20_000));
    const findings = run.result.files[0].findings;
    expect(findings.map((f) => [f.ruleId, f.range.line, f.range.column])).toEqual([['syntax', 1, 1]]);
    expect(findings[0].message).toContain('the document expands more than 100 aliases (an alias bomb?)');
    // Parsing 20,000 lines takes some tens of node tests a line; a walk per alias would take 20,000 × 20,000.
    expect(w).toBeLessThan(2_000_000);
  });

  it('with the alias limit raised, the work of n aliases grows linearly in n', () => {
    const small = work(aliases(2_000), 1_000_000).work;
    const big = work(aliases(4_000), 1_000_000).work;
    expect(big / small).toBeLessThan(2.4);
    expect(big / small).toBeGreaterThan(1.6);
  });

  it('the work of n unknown keys in one map grows linearly in n', () => {
    const small = work(manyKeys(5_000)).work;
    const big = work(manyKeys(10_000)).work;
    expect(big / small).toBeLessThan(2.4);
    expect(big / small).toBeGreaterThan(1.6);
  });

  it('20,000 unknown keys give a bounded report: the first problems and one finding that counts the rest', () => {
    const { run } = work(manyKeys(20_000));
    const schema = run.result.files[0].findings.filter((f) => f.ruleId === 'schema');
    expect(schema).toHaveLength(MAX_SCHEMA_REPORTS + 1);
    expect(schema[0].message).toMatch(/^Unknown property `k0` in `default`/);
    const more = schema.find((f) => f.message.includes('more schema problems'));
    expect(more?.message).toMatch(/^19900 more schema problems in this file are not shown, the first of them here\./);
    expect(more?.range.line).toBe(4 + MAX_SCHEMA_REPORTS + 1);
  });

  it('duplicate keys are still found, at the repeated key, without quoting it', () => {
    const { run } = work([{ path: 'a.xtap.yaml', text: TENANT + 'default:\n' + Array.from({ length: 50 }, (_, i) => `  k${i}: x\n`).join('') + '  k7: y\n' }]);
    const f = run.result.files[0].findings;
    expect(f.map((x) => [x.ruleId, x.range.line, x.range.column])).toEqual([['syntax', 55, 3]]);
    expect(f[0].message).toMatch(/^YAML syntax error: duplicate key: map keys must be unique at 55:3\./);
    expect(f[0].message).not.toContain('k7');
  });
});
