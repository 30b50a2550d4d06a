/**
 * `xtap-lint rules <id>` never splits a URL when it wraps to the terminal's width (a QA pass found
 * `…/docs/forma` and `t.md#who-can-reach-what` on two lines): a URL that does not fit stands on a line of its own,
 * which may run past the width; the prose around it still wraps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { RULES } from '../../rules/index.js';
import { displayWidth, urlWords, words, wrap } from '../../src/report/text.js';

const URL = /https?:\/\/[^\s)`>\]]+/g;

describe('wrap keeps URLs whole', () => {
  it('puts a URL that does not fit on a line of its own, and breaks other long words as before', () => {
    const url = 'https://github.com/xtap-lint/xtap-lint/blob/main/docs/format.md#who-can-reach-what';
    const lines = wrap(urlWords(`see the page (${url}) for the table`), 40, '', '  ');
    expect(lines).toEqual(['see the page', `  (${url})`, '  for the table']);
    // Plain words() still breaks an over-long word between characters, so that no line is wider than the width.
    expect(wrap(words('x'.repeat(50)), 20).every((l) => displayWidth(l) <= 20)).toBe(true);
    expect(wrap(urlWords('x'.repeat(50)), 20).every((l) => displayWidth(l) <= 20)).toBe(true);
  });

  it('measures a coloured URL without its colour, and keeps it whole', () => {
    const url = 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview';
    const lines = wrap(urlWords(`Microsoft: (\u001b[4m${url}\u001b[0m).`), 30);
    expect(lines).toEqual(['Microsoft:', `(\u001b[4m${url}\u001b[0m).`]);
  });
});

describe('xtap-lint rules <id>', () => {
  for (const width of [40, 60, 80]) {
    it(`prints every URL of every rule page whole at ${width} columns`, async () => {
      for (const rule of RULES) {
        const md = readFileSync(join(PROJECT_ROOT, 'rules', `${rule.id}.md`), 'utf8');
        const r = await runCli(['rules', rule.id], { cwd: PROJECT_ROOT, env: { COLUMNS: String(width) } });
        expect(r.code).toBe(0);
        const printed = new Set(r.stdout.match(URL) ?? []);
        for (const url of new Set(md.match(URL) ?? [])) expect(printed.has(url), `${rule.id}: ${url} at ${width} columns`).toBe(true);
        // A line wider than the width is a URL on a line of its own (in a list item or a quote, after its marker).
        const wide = r.stdout.split('\n').filter((l) => displayWidth(l) > width && !l.startsWith('    '));
        for (const l of wide) expect(l.trim(), rule.id).toMatch(/^(│ |- )?\S*https?:\/\/\S*$/);
      }
    });
  }

  it('direct-connect-mfa-trust at 60 columns: the docs link is one piece', async () => {
    const r = await runCli(['rules', 'direct-connect-mfa-trust'], { cwd: PROJECT_ROOT, env: { COLUMNS: '60' } });
    expect(r.stdout).toContain('(https://github.com/xtap-lint/xtap-lint/blob/main/docs/format.md#who-can-reach-what))');
    expect(r.stdout).not.toMatch(/docs\/forma\n/);
  });
});
