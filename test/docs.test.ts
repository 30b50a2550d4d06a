/**
 * Executable rule documentation: every rule has rules/<id>.md with the sections of docs/writing-rules.md in order,
 * and every example on the page runs through the engine with the `all` preset — the rule's finding in every
 * incorrect example, none in a correct one, and no `syntax` or `schema` finding in either (except for those rules
 * themselves).
 *
 * Examples are ```yaml fences under `### Incorrect` and `### Correct`. A fence without a title is
 * `tenant.xtap.yaml`; ` ```yaml title="partners/x.xtap.yaml" ` names another file and `title="base:tenant.xtap.yaml"`
 * a file at the base revision (change-aware rules). Consecutive fences form one example until a fence names a file
 * the example already has.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { lintFiles } from '../src/engine/lint.js';
import type { LintOptions } from '../src/engine/lint.js';
import { defaultConfig } from '../src/config/config.js';
import type { InputFile } from '../src/types.js';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Example {
  files: InputFile[];
  base: InputFile[];
  /** Line of the first fence in the page, for messages. */
  line: number;
}

export interface RulePage {
  headings: string[];
  severityLine: boolean;
  summary: boolean;
  incorrect: Example[];
  correct: Example[];
}

const SECTIONS = ['## Rule details', '## Why', '## How to fix', '## Examples', '### Incorrect', '### Correct', '## Sources'];

/** Read a rule page: its headings in order, and its examples. */
export function parseRulePage(md: string): RulePage {
  const lines = md.replace(/\r\n/g, '\n').split('\n');
  const headings: string[] = [];
  const page: RulePage = { headings, severityLine: false, summary: false, incorrect: [], correct: [] };
  let section: 'incorrect' | 'correct' | undefined;
  let current: Example | undefined;
  let afterTitle = 0; // 1 after the title, 2 after the `>` line
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^```(\S*)(?:\s+title="([^"]*)")?\s*$/.exec(line);
    if (fence) {
      const start = i;
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
      if (!section || fence[1] !== 'yaml') continue;
      const title = fence[2] ?? 'tenant.xtap.yaml';
      const isBase = title.startsWith('base:');
      const path = isBase ? title.slice(5) : title;
      const list = page[section];
      const target = (ex: Example) => (isBase ? ex.base : ex.files);
      if (!current || target(current).some((f) => f.path === path)) {
        current = { files: [], base: [], line: start + 1 };
        list.push(current);
      }
      target(current).push({ path, text: body.join('\n') + '\n' });
      continue;
    }
    if (/^#{1,6} /.test(line)) {
      headings.push(line.trim());
      current = undefined;
      section = line.trim() === '### Incorrect' ? 'incorrect' : line.trim() === '### Correct' ? 'correct' : undefined;
      if (headings.length === 1) afterTitle = 1;
      continue;
    }
    if (afterTitle === 1 && line.startsWith('>')) {
      page.severityLine = true;
      afterTitle = 2;
    } else if (afterTitle === 2 && line.trim() && !line.startsWith('>')) {
      page.summary = true;
      afterTitle = 0;
    }
  }
  return page;
}

function lint(ex: Example) {
  const config = defaultConfig();
  config.preset = 'all';
  const options: LintOptions = { config, now: '2026-06-01' };
  if (ex.base.length) options.base = ex.base;
  return lintFiles(ex.files, options).result.files.flatMap((f) => f.findings);
}

describe('rule pages', () => {
  for (const rule of RULES) {
    it(`rules/${rule.id}.md`, () => {
      const path = join(root, 'rules', `${rule.id}.md`);
      expect(existsSync(path), `rules/${rule.id}.md is missing (see docs/writing-rules.md)`).toBe(true);
      const page = parseRulePage(readFileSync(path, 'utf8'));
      expect(page.headings[0], 'the title').toBe(`# ${rule.id}`);
      expect(page.severityLine, 'a `>` line with severity, category, presets and fixability under the title').toBe(true);
      expect(page.summary, 'a summary paragraph after the `>` line').toBe(true);
      expect(
        page.headings.filter((h) => SECTIONS.includes(h)),
        'the sections, in order',
      ).toEqual(SECTIONS);
      expect(page.incorrect.length, 'at least one incorrect example').toBeGreaterThan(0);
      expect(page.correct.length, 'at least one correct example').toBeGreaterThan(0);
      const validity = (id: string) => (id === 'syntax' || id === 'schema') && id !== rule.id;
      for (const [kind, examples] of [['incorrect', page.incorrect], ['correct', page.correct]] as const) {
        for (const ex of examples) {
          const where = `${kind} example at line ${ex.line}`;
          const findings = lint(ex);
          const show = (fs: typeof findings) => fs.map((f) => `${f.file}:${f.range.line}:${f.range.column} ${f.ruleId} ${f.message}`);
          expect(show(findings.filter((f) => validity(f.ruleId))), `${where}: no syntax or schema finding`).toEqual([]);
          const own = findings.filter((f) => f.ruleId === rule.id);
          if (kind === 'incorrect') expect(own.length, `${where}: must produce a ${rule.id} finding`).toBeGreaterThan(0);
          else expect(show(own), `${where}: must produce no ${rule.id} finding`).toEqual([]);
        }
      }
    });
  }
});

describe('xtap-lint rules <id>', () => {
  for (const rule of RULES) {
    it(`renders rules/${rule.id}.md in the terminal`, async () => {
      let stdout = '';
      let stderr = '';
      const io: Io = { cwd: root, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => '', stdoutIsTTY: false };
      expect(await main(['rules', rule.id], io)).toBe(0);
      expect(stderr).toBe('');
      expect(stdout.split('\n')[0]).toBe(rule.id);
      for (const h of ['RULE DETAILS', 'WHY', 'HOW TO FIX', 'EXAMPLES', 'Incorrect', 'Correct', 'SOURCES']) expect(stdout).toContain(`\n${h}\n`);
      expect(stdout).toMatch(/\n {4}── \S+\.xtap\.ya?ml/);
      expect(stdout).not.toContain('```');
    });
  }
});

describe('the page reader', () => {
  it('groups fences into examples by file name and base revision', () => {
    const page = parseRulePage(
      [
        '# x',
        '',
        '> **Severity:** error',
        '',
        'Summary.',
        '',
        '### Incorrect',
        '',
        '```yaml',
        'a: 1',
        '```',
        '',
        '```yaml title="partners/p.xtap.yaml"',
        'b: 1',
        '```',
        '',
        '```yaml title="base:tenant.xtap.yaml"',
        'c: 1',
        '```',
        '',
        '```yaml',
        'd: 1',
        '```',
        '',
        'Another case:',
        '',
        '```yaml title="partners/p.xtap.yaml"',
        'e: 1',
        '```',
        '### Correct',
        '```yaml',
        'f: 1',
        '```',
      ].join('\n'),
    );
    expect(page.severityLine && page.summary).toBe(true);
    expect(page.incorrect.map((e) => [e.files.map((f) => f.path), e.base.map((f) => f.path)])).toEqual([
      [['tenant.xtap.yaml', 'partners/p.xtap.yaml'], ['tenant.xtap.yaml']],
      [['tenant.xtap.yaml', 'partners/p.xtap.yaml'], []],
    ]);
    expect(page.correct[0].files).toEqual([{ path: 'tenant.xtap.yaml', text: 'f: 1\n' }]);
  });
});
