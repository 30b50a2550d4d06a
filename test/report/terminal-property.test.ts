/**
 * Property (fast-check): for any declaration text — random, or the example repository with random characters
 * inserted (controls, escapes, tabs, CR, wide and combining characters, lone surrogates) — stylish output at any
 * width from 20 to 200 columns has no line wider than the width and nothing active (no control character but the
 * line break, no line that starts with `::`), and compact output nothing active either.
 * XTAP_FUZZ_RUNS and XTAP_FUZZ_SEED as in test/fuzz.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lintFiles } from '../../src/engine/lint.js';
import { FORMATTERS } from '../../src/report/index.js';
import { RULES } from '../../rules/index.js';
import { displayWidth } from '../../src/report/text.js';
import type { InputFile } from '../../src/types.js';
import { exampleInputs } from '../helpers/cli.js';

const RUNS = Math.max(10, Math.floor(Number(process.env.XTAP_FUZZ_RUNS ?? 150) / 3));
const SEED = process.env.XTAP_FUZZ_SEED === 'random' ? Date.now() : Number(process.env.XTAP_FUZZ_SEED ?? 20261206);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };
const TIMEOUT = 30_000 + RUNS * 60;

function check(inputs: InputFile[], width: number): void {
  const { result } = lintFiles(inputs);
  const sources = new Map(inputs.filter((i) => i.text !== undefined).map((i) => [i.path, i.text as string]));
  const ctx = { results: result.files, rules: RULES, color: false, version: '0.0.0', sources, width };
  const stylish = FORMATTERS.stylish(ctx);
  for (const line of stylish.split('\n')) {
    expect(displayWidth(line), line).toBeLessThanOrEqual(width);
  }
  for (const text of [stylish, FORMATTERS.compact(ctx)]) {
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    for (const line of text.split('\n')) expect(line.startsWith('::'), line).toBe(false);
  }
}

/** Characters that stress layout and inertness. */
const nasty = fc.constantFrom('\t', '\r', '\r\n', '\u001b[2J', '\u001b]52;c;aGk=\u0007', '\n::error::x', '日本', '🏯', 'e\u0301', '\u202e', '\ud800', '\u0000', ' ', 'x'.repeat(90));

describe('stylish and compact stay within the width and inert for any input', () => {
  it(
    'random text',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 20, max: 200 }), (text, width) => {
          check([{ path: 't.xtap.yaml', text }], width);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'the example repository with characters inserted',
    () => {
      const base = exampleInputs();
      fc.assert(
        fc.property(
          fc.array(fc.record({ file: fc.nat(), at: fc.nat(), text: fc.array(nasty, { minLength: 1, maxLength: 4 }).map((a) => a.join('')) }), { minLength: 1, maxLength: 6 }),
          fc.integer({ min: 20, max: 200 }),
          (edits, width) => {
            const inputs = base.map((f) => ({ ...f }));
            for (const e of edits) {
              const f = inputs[e.file % inputs.length];
              const text = f.text ?? '';
              const at = e.at % (text.length + 1);
              f.text = text.slice(0, at) + e.text + text.slice(at);
            }
            check(inputs, width);
          },
        ),
        params,
      );
    },
    TIMEOUT,
  );
});
