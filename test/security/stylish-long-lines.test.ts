/**
 * A hostile file can put every finding on one huge line. The stylish excerpt lays out only a window of that line
 * around each finding, so the work per finding is bounded by the window, not by the line (it was findings × line
 * length: 27 s for a 515 KB one-line partner entry with 160 unknown keys). Work is counted, not timed.
 */
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.js';
import { stylish, STYLISH_WORK } from '../../src/report/stylish.js';
import { RULES } from '../../rules/index.js';
import { displayWidth } from '../../src/report/text.js';

function oneLine(filler: number, keys: number): string {
  const extra = Array.from({ length: keys }, (_, i) => `u${i}: 1`).join(', ');
  return `tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\npartners:\n  - { tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234, ticket: "${'A'.repeat(filler)}", ${extra} }\n`;
}

function render(text: string): { out: string; work: number; findings: number } {
  const run = lintFiles([{ path: 't.xtap.yaml', text }]);
  const before = STYLISH_WORK.chars;
  const out = stylish({ results: run.result.files, rules: RULES, color: false, version: 't', sources: new Map([['t.xtap.yaml', text]]), width: 80 });
  return { out, work: STYLISH_WORK.chars - before, findings: run.result.files.reduce((n, r) => n + r.findings.length, 0) };
}

describe('stylish excerpts of very long lines', () => {
  it('lay out a bounded window per finding, whatever the line length', () => {
    const small = render(oneLine(50_000, 40));
    const large = render(oneLine(500_000, 40));
    expect(large.findings).toBe(small.findings);
    expect(large.findings).toBeGreaterThan(30);
    // At most one 2,000-character window per excerpt line: the same work for a line ten times longer.
    expect(large.work).toBeLessThanOrEqual(large.findings * 2_000);
    expect(large.work).toBe(small.work);
  });

  it('still point at the node, inside the width, with the cut marked', () => {
    const { out } = render(oneLine(500_000, 3));
    const frame = out.split('\n').filter((l) => /^\s+\d+ │ |^\s+│ /.test(l));
    expect(frame.length).toBeGreaterThanOrEqual(6);
    for (const l of frame) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    // The source line is cut before the finding (`…`) and the carets sit under `u0`.
    const i = frame.findIndex((l) => l.includes('u0: 1'));
    expect(frame[i]).toMatch(/│ …A+", u0: 1, u1: 1, u2: 1 }$/);
    const caret = frame[i + 1];
    expect(caret.indexOf('^^')).toBe(frame[i].indexOf('u0'));
  });
});
