/**
 * Property-based tests (fast-check): random YAML and mutations of the example repository never crash, hang or
 * escape the engine; every run ends in findings or a clean pass, with positions inside the file.
 * CI runs a fixed seed; `npm run fuzz` runs a bigger budget with a random seed (XTAP_FUZZ_RUNS, XTAP_FUZZ_SEED).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { lintFiles } from '../../src/engine/lint.js';
import type { InputFile, LintResult } from '../../src/types.js';
import { exampleInputs } from '../helpers/cli.js';

const RUNS = Number(process.env.XTAP_FUZZ_RUNS ?? 150);
const SEED = process.env.XTAP_FUZZ_SEED === 'random' ? Date.now() : Number(process.env.XTAP_FUZZ_SEED ?? 20261122);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };
/** The time a test may take grows with the budget (`npm run fuzz` runs thousands): about 25 ms a run, generously. */
const TIMEOUT = 30_000 + RUNS * 25;

/** Every finding points inside its file, and the result is deterministic. */
function checkResult(inputs: InputFile[], result: LintResult): void {
  const byPath = new Map(inputs.map((f) => [f.path, f]));
  for (const file of result.files) {
    const input = byPath.get(file.file);
    expect(input).toBeDefined();
    const lines = (input?.text ?? '').split('\n').length;
    for (const f of [...file.findings, ...file.suppressed]) {
      expect(f.range.line).toBeGreaterThanOrEqual(1);
      expect(f.range.column).toBeGreaterThanOrEqual(1);
      expect(f.range.line).toBeLessThanOrEqual(lines);
      expect(f.range.endLine).toBeGreaterThanOrEqual(f.range.line);
      expect(f.message.length).toBeGreaterThan(0);
      expect(f.ruleId).toMatch(/^[a-z-]+$/);
    }
  }
}

function lintTwice(inputs: InputFile[]): void {
  const a = lintFiles(inputs).result;
  checkResult(inputs, a);
  const b = lintFiles(inputs).result;
  expect(JSON.stringify(b)).toBe(JSON.stringify(a));
}

const EXAMPLES = exampleInputs();

/** A mutation of one example file's text. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 12 }) }),
  fc.record({ kind: fc.constant('swap-type' as const), at: fc.nat(), value: fc.constantFrom('[]', '{}', '42', 'null', '"x"', 'true', '[1, {a: b}]', '&a x', '*a', '!!binary AA==', '~') }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

interface Mutation {
  kind: string;
  at: number;
  text?: string;
  value?: string;
}

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = m.at % Math.max(1, lines.length);
  switch (m.kind) {
    case 'delete-line':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + (m.text ?? '') + text.slice(at);
    }
    default: {
      const line = lines[i] ?? '';
      const colon = line.indexOf(': ');
      lines[i] = colon === -1 ? `${line} ${m.value}` : `${line.slice(0, colon + 2)}${m.value}`;
      return lines.join('\n');
    }
  }
}

describe(`engine fuzzing (seed ${SEED}, ${RUNS} runs)`, () => {
  it('never throws on arbitrary text', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        lintTwice([{ path: 'random.xtap.yaml', text }]);
      }),
      params,
    );
  });

  it('never throws on arbitrary YAML data, as a tenant or a partner file', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.boolean(), (value, asTenant) => {
        const data = asTenant ? { tenant: { id: '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b', license: 'p1' }, default: value, partners: [value] } : { partners: [value] };
        lintTwice([{ path: 'data.xtap.yaml', text: stringify(data) }]);
      }),
      params,
    );
  });

  it('never throws on mutations of the example repository', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, ms) => {
        const inputs = EXAMPLES.map((f) => ({ ...f }));
        const target = inputs[which % inputs.length];
        for (const m of ms) target.text = mutate(target.text ?? '', m);
        lintTwice(inputs);
      }),
      params,
    );
  });
});
