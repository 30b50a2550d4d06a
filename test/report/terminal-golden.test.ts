/**
 * Golden files of the terminal formats (actionlint style): `stylish` at 80 and 120 columns and `compact`, for the
 * example repository and hand-made cases (long names and paths, CRLF, tabs, wide characters, a finding on a last
 * line without a line break, control characters and workflow commands in names, file names and source lines,
 * multi-line ranges, a long source line, related locations). Stored under test/golden/terminal/.
 *
 * After an intended change of the output, regenerate them and review the diff:
 *
 *   XTAP_UPDATE_GOLDEN=1 npx vitest run test/report/terminal-golden.test.ts
 *
 * Beside the byte comparison, every case is checked for what the golden files must never hold: a line wider than
 * the width, a control character, a line that starts with `::`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli, tempRepo } from '../helpers/cli.js';
import { FORMATTERS } from '../../src/report/index.js';
import type { FormatContext } from '../../src/report/index.js';
import { RULES } from '../../rules/index.js';
import { displayWidth } from '../../src/report/text.js';
import type { FileResult, Finding, Range, Severity } from '../../src/types.js';

const GOLDEN = join(PROJECT_ROOT, 'test/golden/terminal');
const UPDATE = process.env.XTAP_UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`test/golden/terminal/${name} is missing: run XTAP_UPDATE_GOLDEN=1 npx vitest run test/report/terminal-golden.test.ts`);
  const expected = readFileSync(path, 'utf8');
  if (actual !== expected) expect(actual, `differs from test/golden/terminal/${name} (XTAP_UPDATE_GOLDEN=1 regenerates it)`).toBe(expected);
}

/** What no terminal output may hold, colour off: a control character (but the line break), a `::` line. */
function expectInert(text: string): void {
  // eslint-disable-next-line no-control-regex
  expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  for (const line of text.split('\n')) expect(line.startsWith('::'), line).toBe(false);
}

function expectFits(text: string, width: number): void {
  for (const line of text.split('\n')) expect(displayWidth(line), `${line} (${displayWidth(line)} > ${width} columns)`).toBeLessThanOrEqual(width);
}

const T = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const FAB = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const HEAD = `tenant:\n  id: ${T}\n  license: p1\n`;
const LONG_DIR = 'a-rather-long-folder-name-for-partner-declarations/and-a-nested-folder-with-an-even-longer-name';
const LONG_FILE = 'northwind-traders-and-all-of-its-associated-subsidiaries-in-the-european-union.xtap.yaml';

/** Temporary repositories of the hand-made cases, by name. */
const CASES: Record<string, Record<string, string>> = {
  'long-names': {
    'tenant.xtap.yaml':
      HEAD +
      `partners:\n  - tenantId: ${FAB}\n    name: Fabrikam Holdings International Incorporated, Research and Development Division for the Northern Hemisphere ` +
      'Supercalifragilisticexpialidocious-Unbreakable-Identifier-That-Is-Longer-Than-Any-Terminal-Line-Could-Ever-Hold\n' +
      `include:\n  - ${LONG_DIR}/*.xtap.yaml\n`,
    [`${LONG_DIR}/${LONG_FILE}`]: `partners:\n  - tenantId: ${T}\n    name: Ourselves\n`,
  },
  crlf: {
    'tenant.xtap.yaml': (HEAD + `partners:\n  - tenantId: ${T}\n    name: Windows line endings\n`).replace(/\n/g, '\r\n'),
  },
  tabs: {
    'tenant.xtap.yaml': HEAD + `partners:\n  - { name: "Tab\there", tenantId: ${T} }\t# a tab before the comment\n`,
  },
  wide: {
    'tenant.xtap.yaml': HEAD + `partners:\n  - { name: 日本の取引先株式会社🏯, tenantId: ${T} }\n`,
  },
  'last-line': {
    'tenant.xtap.yaml': HEAD + `partners:\n  - tenantId: ${T}`,
  },
  control: {
    'tenant.xtap.yaml':
      HEAD +
      `partners:\n  - tenantId: ${FAB} # \u001b]0;window title\u0007 \u001b[2J \u001b[8m\n` +
      '    name: "\\e]52;c;aGVsbG8=\\a \\e[8mhidden\\e[0m \\n::error file=x::INJECTED \\u202Eevil"\n',
    '::error file=x::INJECTED.xtap.yaml': `partners:\n  - tenantId: ${FAB}\n`,
    'partners/\u001b[2Jclear.xtap.yaml': `partners:\n  - tenantId: ${FAB}\n`,
  },
  related: {
    'tenant.xtap.yaml': HEAD + `partners:\n  - tenantId: ${FAB}\n    name: Fabrikam\ninclude: [partners/*.xtap.yaml]\n`,
    'partners/b.xtap.yaml': `partners:\n  - tenantId: ${FAB}\n    name: Fabrikam again\n`,
  },
};

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function lintCase(files: Record<string, string>, args: string[], width: number): Promise<string> {
  const cwd = tempRepo(files);
  dirs.push(cwd);
  const r = await runCli(args, { cwd, env: { COLUMNS: String(width) } });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('stylish and compact golden files', () => {
  for (const width of [80, 120]) {
    it(`examples/ at ${width} columns`, async () => {
      const r = await runCli(['examples/'], { cwd: PROJECT_ROOT, env: { COLUMNS: String(width) } });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      golden(`examples.stylish-${width}.txt`, r.stdout);
      expectFits(r.stdout, width);
      expectInert(r.stdout);
    });
  }

  it('examples/ compact', async () => {
    const r = await runCli(['examples/', '--format', 'compact'], { cwd: PROJECT_ROOT, env: { COLUMNS: '40' } });
    expect(r.code).toBe(1);
    golden('examples.compact.txt', r.stdout);
    for (const line of r.stdout.trimEnd().split('\n')) expect(line).toMatch(/^examples\/\S+\.xtap\.yaml:\d+:\d+: (error|warning|info): .+ \[[a-z-]+\]$/);
  });

  for (const [name, files] of Object.entries(CASES)) {
    for (const width of [80, 120]) {
      it(`${name} at ${width} columns`, async () => {
        const out = await lintCase(files, [], width);
        expect(out).not.toBe('');
        golden(`${name}.stylish-${width}.txt`, out);
        expectFits(out, width);
        expectInert(out);
      });
    }
    it(`${name} compact`, async () => {
      const out = await lintCase(files, ['--format', 'compact'], 80);
      golden(`${name}.compact.txt`, out);
      expectInert(out);
      for (const line of out.trimEnd().split('\n')) expect(line).toMatch(/^\S.*:\d+:\d+: (error|warning|info): .+ \[[a-z-]+\]$/);
    });
  }
});

describe('stylish source excerpts (hand-made findings)', () => {
  const text = [
    'partners:', //                                                        1
    '  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234', //               2
    '    b2bCollaborationInbound:', //                                     3
    '      usersAndGroups:', //                                            4
    '        accessType: allowed', //                                      5
    '        targets:', //                                                 6
    '          - target: AllUsers', //                                     7
    '            targetType: user', //                                     8
    '      applications:', //                                              9
    '        accessType: blocked', //                                     10
    '        targets: []', //                                             11
    `    name: ${'x'.repeat(250)} end`, //                               12
    '  - tenantId: 5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e', //              13
    '    name: "中文名称" # ends without a line break', //                    14
  ].join('\n');
  const finding = (what: string, range: Range, severity: Severity = 'warning', related?: Finding['related']): Finding => ({
    ruleId: 'users-apps-conflict',
    severity,
    message: what,
    parts: { what, why: 'Why it matters.', fix: 'What to do.' },
    file: 'p.xtap.yaml',
    range,
    docsUrl: '',
    fixable: false,
    ...(related ? { related } : {}),
  });
  const findings: Finding[] = [
    finding('A range over three lines.', { line: 3, column: 5, endLine: 5, endColumn: 28 }),
    finding('A range over nine lines, shown as its first two, an elision and its last.', { line: 3, column: 5, endLine: 11, endColumn: 20 }),
    finding('A node that ends with its line break (column 1 of the next line).', { line: 9, column: 7, endLine: 12, endColumn: 1 }),
    finding('A finding far to the right of a long line.', { line: 12, column: 261, endLine: 12, endColumn: 264 }, 'info'),
    finding('A finding in the middle of a long line: cut on both sides.', { line: 12, column: 150, endLine: 12, endColumn: 160 }, 'info'),
    finding('Wide characters on the last line, which has no line break.', { line: 14, column: 11, endLine: 14, endColumn: 17 }),
    finding('A range past the end of the file.', { line: 13, column: 5, endLine: 40, endColumn: 9 }, 'error', [
      { file: 'tenant.xtap.yaml', range: { line: 5, column: 15, endLine: 5, endColumn: 51 }, message: 'first declared here' },
    ]),
  ];
  const result: FileResult = {
    file: 'p.xtap.yaml',
    findings,
    suppressed: [],
    errorCount: 1,
    warningCount: 4,
    infoCount: 2,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
  for (const width of [80, 120]) {
    it(`ranges at ${width} columns`, () => {
      const ctx: FormatContext = { results: [result], rules: RULES, color: false, version: '0.0.0', sources: new Map([['p.xtap.yaml', text]]), width };
      const out = FORMATTERS.stylish(ctx);
      golden(`ranges.stylish-${width}.txt`, out);
      expectFits(out, width);
      expectInert(out);
    });
  }
});
