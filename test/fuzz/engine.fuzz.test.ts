/**
 * Property-based tests (fast-check): random YAML and mutations of the example repository never crash, hang or
 * escape the engine; every run ends in findings or a clean pass, with positions inside the file.
 * CI runs a fixed seed; `npm run fuzz` runs a bigger budget with a random seed (XTAP_FUZZ_RUNS, XTAP_FUZZ_SEED).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { lintFiles } from '../../src/engine/lint.js';
import { FORMATTERS } from '../../src/report/index.js';
import { RULES } from '../../rules/index.js';
import type { InputFile, LintResult } from '../../src/types.js';
import { exampleInputs } from '../helpers/cli.js';
import { expectInside } from '../helpers/positions.js';
import { mutate, mutation, SECRET } from '../helpers/mutations.js';

const RUNS = Number(process.env.XTAP_FUZZ_RUNS ?? 150);
const SEED = process.env.XTAP_FUZZ_SEED === 'random' ? Date.now() : Number(process.env.XTAP_FUZZ_SEED ?? 20261122);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };
/** The time a test may take grows with the budget (`npm run fuzz` runs thousands): about 25 ms a run, generously. */
const TIMEOUT = 30_000 + RUNS * 25;

/** Every finding points inside its file, related locations too; syntax messages quote nothing of the file. */
function checkResult(inputs: InputFile[], result: LintResult): void {
  const byPath = new Map(inputs.map((f) => [f.path, f]));
  for (const file of result.files) {
    const input = byPath.get(file.file);
    expect(input).toBeDefined();
    const text = input?.text ?? '';
    for (const f of [...file.findings, ...file.suppressed]) {
      expectInside(text, f.range, `${f.ruleId} in ${file.file}`);
      for (const rel of f.related ?? []) expectInside(byPath.get(rel.file)?.text ?? '', rel.range, `related location of ${f.ruleId}`);
      expect(f.message.length).toBeGreaterThan(0);
      expect(f.ruleId).toMatch(/^[a-z-]+$/);
      if (f.ruleId === 'syntax') expect(f.message).not.toContain(SECRET);
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

/** A file name an attacker chooses: control characters, workflow commands, Markdown, line breaks. */
const hostileName = fc
  .array(fc.constantFrom('a', 'b', '/', ' ', '\n', '\r', '\t', '\u001b[2J', '\u001b]52;c;SGVsbG8=\u0007', '\u0000', '::', '::error file=x::INJECTED', '::stop-commands::', '%0A', '](https://evil.example)[', '@octocat', '<img src=x>', '`', '|', '\u202e', '..', '\u0085', '\u2028'), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join('').replace(/^\/+/, '') + '.xtap.yaml');

describe(`file names fuzzing (seed ${SEED}, ${RUNS} runs)`, () => {
  it('every formatter prints every hostile file name without a crash, and no text line starts a workflow command', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(hostileName, fc.nat(), (name, which) => {
        const example = EXAMPLES[which % EXAMPLES.length];
        const inputs = [...EXAMPLES.filter((f) => f !== example), { path: name, text: (example.text ?? '') + `\n  - tenantId: x${SECRET}\n` }];
        const run = lintFiles(inputs);
        checkResult(inputs, run.result);
        const sources = new Map(inputs.map((f) => [f.path, f.text ?? '']));
        for (const [format, formatter] of Object.entries(FORMATTERS)) {
          const out = formatter({ results: run.result.files, rules: RULES, color: false, version: '0.0.0', sources, notices: [] });
          expect(typeof out).toBe('string');
          if (format === 'json' || format === 'sarif') JSON.parse(out);
          for (const line of out.split('\n')) {
            // Only the github format writes workflow commands, and only its own (error, warning, notice).
            if (format === 'github') {
              if (line.startsWith('::')) expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
            } else expect(line.startsWith('::'), `${format}: ${JSON.stringify(line)}`).toBe(false);
          }
          if (format === 'stylish' || format === 'compact') {
            // Terminal output: no control characters from file text (escape sequences, carriage returns, NUL).
            expect(out, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u202e]/);
          }
        }
      }),
      { ...params, numRuns: Math.max(10, Math.floor(RUNS / 5)) },
    );
  });
});
