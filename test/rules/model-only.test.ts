/**
 * Rules get what they need through the model (BRIEF, issue 12): no rule module reaches into YAML nodes or a file's
 * text. The model carries the places, the invalid declarations and the sentinel values they report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RULES_DIR = join(import.meta.dirname, '..', '..', 'rules');

describe('rules read the model only', () => {
  const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  it('finds the rule modules', () => {
    expect(files.length).toBeGreaterThan(30);
  });
  for (const f of files) {
    it(`${f} imports neither the YAML layer nor the yaml package, and reads no file text`, () => {
      const text = readFileSync(join(RULES_DIR, f), 'utf8');
      expect(text).not.toMatch(/from '\.\.\/src\/load\//);
      expect(text).not.toMatch(/from 'yaml'/);
      expect(text).not.toMatch(/\.text\.includes|documentOf|nodeAt\(/);
    });
  }
});
