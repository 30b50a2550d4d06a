/**
 * RuleTester-style cases for xtap-lint rules (after ESLint's RuleTester): each valid case must produce no finding
 * of the rule, each invalid case exactly the listed findings, in order, with rule id, severity, line and column.
 * Fixtures must be clean of `syntax` and `schema` findings unless a case says otherwise, so a broken fixture
 * cannot pass by accident.
 */
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.js';
import type { LintOptions } from '../../src/engine/lint.js';
import { defaultConfig } from '../../src/config/config.js';
import type { Finding, InputFile, Preset, Severity } from '../../src/types.js';

export type Files = string | Record<string, string>;

export interface ExpectedFinding {
  line: number;
  column: number;
  severity?: Severity;
  /** A substring or pattern the message must contain. */
  message?: string | RegExp;
  /** Repository path of the file, when the case has several. */
  file?: string;
  endLine?: number;
  endColumn?: number;
}

export interface ValidCase {
  name: string;
  files: Files;
  base?: Files;
  preset?: Preset;
  allowSchemaErrors?: boolean;
  /** The date of the run (`YYYY-MM-DD`); TEST_NOW when absent. */
  now?: string;
}

/** The date every rule test runs at unless a case says otherwise (the CLI passes today's date, or XTAP_LINT_NOW). */
export const TEST_NOW = '2026-06-01';

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export function toInputs(files: Files): InputFile[] {
  if (typeof files === 'string') return [{ path: 'tenant.xtap.yaml', text: files }];
  return Object.entries(files).map(([path, text]) => ({ path, text }));
}

/** Strip the common indentation of a template literal, so fixtures can be indented in test code. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** Lint files with the default configuration (optionally a preset) and return every finding. */
export function lintAll(files: Files, opts: { preset?: Preset; base?: Files; now?: string } = {}): Finding[] {
  const config = defaultConfig();
  config.preset = opts.preset ?? 'all';
  const options: LintOptions = { config, now: opts.now ?? TEST_NOW };
  if (opts.base !== undefined) options.base = toInputs(opts.base);
  return lintFiles(toInputs(files), options).result.files.flatMap((f) => f.findings);
}

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    const check = (c: ValidCase): Finding[] => {
      const opts: { preset?: Preset; base?: Files; now?: string } = {};
      if (c.preset) opts.preset = c.preset;
      if (c.now) opts.now = c.now;
      if (c.base !== undefined) opts.base = c.base;
      const all = lintAll(c.files, opts);
      if (!c.allowSchemaErrors && ruleId !== 'schema' && ruleId !== 'syntax') {
        const broken = all.filter((f) => f.ruleId === 'schema' || f.ruleId === 'syntax');
        expect(broken.map((f) => `${f.file}:${f.range.line}:${f.range.column} ${f.ruleId} ${f.message}`), 'fixture must be valid').toEqual([]);
      }
      return all.filter((f) => f.ruleId === ruleId);
    };
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(check(c).map((f) => `${f.file}:${f.range.line}:${f.range.column} ${f.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          expect(c.errors.length, 'an invalid case must expect at least one finding').toBeGreaterThan(0);
          const found = check(c);
          const describeF = (f: Finding) => `${f.file}:${f.range.line}:${f.range.column} ${f.severity} ${f.message}`;
          expect(found.length, found.map(describeF).join('\n')).toBe(c.errors.length);
          c.errors.forEach((e, i) => {
            const f = found[i];
            const where = describeF(f);
            if (e.file) expect(f.file, where).toBe(e.file);
            expect([f.range.line, f.range.column], where).toEqual([e.line, e.column]);
            if (e.endLine !== undefined) expect(f.range.endLine, where).toBe(e.endLine);
            if (e.endColumn !== undefined) expect(f.range.endColumn, where).toBe(e.endColumn);
            if (e.severity) expect(f.severity, where).toBe(e.severity);
            if (typeof e.message === 'string') expect(f.message, where).toContain(e.message);
            else if (e.message) expect(f.message, where).toMatch(e.message);
            expect(f.docsUrl).toMatch(new RegExp(`/rules/${ruleId}\\.md$`));
          });
        });
      }
    });
  });
}
