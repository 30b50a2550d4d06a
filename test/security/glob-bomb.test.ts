/**
 * Issue 11 item 3: glob brace bombs. `include:` and the configuration's `files`, `ignore` and `overrides[].files`
 * with `p1/{a,b}{a,b}…` (17 groups, 131,072 patterns) took 32 s and 2.6 GB. The expansion is counted before any
 * pattern is compiled; the work is bounded by counting compilations, not by the clock.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { lintFiles } from '../../src/engine/lint.js';
import { braceExpansionBound, globCacheSize, globMatch, GLOB_CACHE_SIZE, GLOB_WORK, MAX_BRACE_EXPANSION } from '../../src/load/glob.js';
import { runCli, tempRepo } from '../helpers/cli.js';

const TENANT = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\n';
const PARTNER = 'partners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n';
const bomb = (groups: number) => 'p1/' + '{a,b}'.repeat(groups);

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const repo = (files: Record<string, string>): string => {
  const d = tempRepo(files);
  dirs.push(d);
  return d;
};

describe('brace expansion is counted before compiling', () => {
  it('counts alternatives, ranges and nesting (an upper bound)', () => {
    expect(braceExpansionBound('partners/*.xtap.yaml')).toBe(1);
    expect(braceExpansionBound('partners/{eu,us}/*.xtap.yaml')).toBe(2);
    expect(braceExpansionBound('{a,{b,c}}')).toBeGreaterThanOrEqual(3);
    expect(braceExpansionBound('p{1..300}')).toBeGreaterThan(MAX_BRACE_EXPANSION);
    expect(braceExpansionBound('p{a..c}')).toBe(3);
    expect(braceExpansionBound('\\{a,b\\}')).toBe(1);
    expect(braceExpansionBound(bomb(8))).toBe(256);
    expect(braceExpansionBound(bomb(9))).toBeGreaterThan(MAX_BRACE_EXPANSION);
    expect(braceExpansionBound(bomb(1000))).toBe(MAX_BRACE_EXPANSION + 1);
  });

  it('an include with a brace bomb is an include-unresolved finding at the pattern, and nothing is compiled for it', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `  - ${bomb(17 + i)}/*.xtap.yaml\n`).join('');
    GLOB_WORK.compiled = 0;
    const { result } = lintFiles([
      { path: 't.xtap.yaml', text: TENANT + 'include:\n' + lines + '  - partners/{eu,us}/*.xtap.yaml\n' },
      { path: 'partners/eu/p.xtap.yaml', text: PARTNER },
    ]);
    // One compilation for the good pattern (the refused ones are cached as refused, never compiled).
    expect(GLOB_WORK.compiled).toBeLessThanOrEqual(41);
    const t = result.files.find((f) => f.file === 't.xtap.yaml');
    const found = t?.findings.filter((f) => f.ruleId === 'include-unresolved') ?? [];
    expect(found.map((f) => [f.range.line, f.range.column])).toEqual(Array.from({ length: 40 }, (_, i) => [5 + i, 5]));
    expect(found[0].message).toMatch(/^The braces of this include expand to more than 256 patterns\./);
    // The file the good pattern names is included: no finding on it.
    expect(result.files.find((f) => f.file === 'partners/eu/p.xtap.yaml')?.findings.filter((f) => f.ruleId === 'include-unresolved')).toEqual([]);
  });

  it('the compiled-glob cache is bounded', () => {
    for (let i = 0; i < 3 * GLOB_CACHE_SIZE; i++) globMatch('a/b.xtap.yaml', `a/${i}-*.xtap.yaml`);
    expect(globCacheSize()).toBeLessThanOrEqual(GLOB_CACHE_SIZE);
    expect(globMatch('a/7-x.xtap.yaml', 'a/7-*.xtap.yaml')).toBe(true);
  });

  it.each([
    ['files', `files:\n  - '${bomb(17)}'\n`, 'files[0]'],
    ['ignore', `ignore:\n  - x\n  - '${bomb(17)}'\n`, 'ignore[1]'],
    ['overrides', `overrides:\n  - files: ['${bomb(17)}']\n    rules: { partner-redundant: off }\n`, 'overrides[0].files[0]'],
  ])('a brace bomb in the configuration (%s) is a configuration error: one line, exit 2', async (_name, config, where) => {
    const cwd = repo({ '.xtap-lint.yaml': config, 't.xtap.yaml': TENANT });
    const r = await runCli(['--format', 'json'], { cwd, env: { HOME: cwd } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`xtap-lint: .xtap-lint.yaml: ${where}: the glob is refused: its braces expand to more than 256 patterns\n`);
  });
});
