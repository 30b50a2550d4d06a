/**
 * Golden files: each new formatter's output for the fixture repository, compared byte for byte.
 * Regenerate after an intended change with `UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts` and review
 * the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/report/index.js';
import type { FormatContext } from '../../src/report/index.js';
import { fixtureContext, GOLDEN_DIR } from './fixture.js';

const GOLDEN: Array<[format: string, file: string]> = [
  ['github', 'github.out'],
  ['sarif', 'sarif.json'],
  ['markdown', 'markdown.md'],
  ['junit', 'junit.xml'],
];

describe('formatter golden files', () => {
  let ctx: FormatContext;
  beforeAll(async () => {
    ctx = await fixtureContext();
  });

  it('the fixture repository has findings, suppressed findings and a syntax error', () => {
    const all = ctx.results.flatMap((r) => r.findings);
    expect(all.some((f) => f.ruleId === 'syntax')).toBe(true);
    expect(all.some((f) => f.severity === 'warning')).toBe(true);
    expect(ctx.results.some((r) => r.suppressed.length > 0)).toBe(true);
  });

  for (const [format, file] of GOLDEN) {
    it(`${format} matches golden/${file}`, () => {
      const actual = FORMATTERS[format](ctx);
      const path = join(GOLDEN_DIR, file);
      if (process.env.UPDATE_GOLDEN || !existsSync(path)) {
        if (!process.env.UPDATE_GOLDEN) throw new Error(`golden/${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts`);
        writeFileSync(path, actual);
      }
      const expected = readFileSync(path, 'utf8');
      expect(actual === expected, `${format} differs from golden/${file} (UPDATE_GOLDEN=1 regenerates it)`).toBe(true);
      if (actual !== expected) expect(actual).toBe(expected);
    });

    it(`${format} is deterministic`, () => {
      expect(FORMATTERS[format](ctx)).toBe(FORMATTERS[format](ctx));
    });
  }
});
