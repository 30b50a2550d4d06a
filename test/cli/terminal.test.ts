/**
 * What the terminal shows and the habits of the linters people know (issue 13 items 3–5, issue 11 item 9): every
 * line of every help, of `rules`, of every rule page (but a URL alone on its line) and of stylish output fits the width; colour follows
 * --color/--no-color, FORCE_COLOR and NO_COLOR; text from files stays inert; -q, --max-warnings, "did you mean",
 * `rules --format json`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli, tempRepo } from '../helpers/cli.js';
import { COMMANDS, main as cli } from '../../src/cli/main.js';
import { RULES } from '../../rules/index.js';
import { docsUrl } from '../../src/engine/rule.js';
import { displayWidth } from '../../src/report/text.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function repo(files: Record<string, string>): string {
  const d = tempRepo(files);
  dirs.push(d);
  return d;
}

const T = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const HEAD = `tenant:\n  id: ${T}\n  license: p1\n`;
/** One error (partner-is-self); one warning (read-only-property: `isServiceDefault`). */
const ERROR = HEAD + `partners:\n  - tenantId: ${T}\n`;
const WARNING = HEAD + 'default:\n  isServiceDefault: true\n';

/** Lines wider than `width` columns. */
function tooWide(text: string, width: number, except: (line: string) => boolean = () => false): string[] {
  return text.split('\n').filter((l) => displayWidth(l) > width && !except(l));
}

describe('every line fits the width', () => {
  for (const width of [80, 120, 60, 20]) {
    const env = { COLUMNS: String(width) };
    it(`--help and every command's --help at ${width} columns`, async () => {
      const runs = [['--help'], ['lint', '--help'], ...Object.keys(COMMANDS).map((c) => [c, '--help'])];
      for (const argv of runs) {
        const r = await runCli(argv, { cwd: PROJECT_ROOT, env });
        expect(r.code, argv.join(' ')).toBe(0);
        expect(r.stdout, argv.join(' ')).toMatch(/Usage: xtap-lint/);
        expect(tooWide(r.stdout, width), argv.join(' ')).toEqual([]);
      }
    });

    it(`rules at ${width} columns`, async () => {
      const r = await runCli(['rules'], { cwd: PROJECT_ROOT, env });
      expect(r.code).toBe(0);
      expect(tooWide(r.stdout, width)).toEqual([]);
      // Every id whole on its line, where the width holds the longest.
      if (width >= 40) for (const rule of RULES) expect(r.stdout).toMatch(new RegExp(`^${rule.id}( |$)`, 'm'));
    });

    it(`every rule page at ${width} columns (its YAML examples as written)`, async () => {
      for (const rule of RULES) {
        const md = readFileSync(join(PROJECT_ROOT, 'rules', `${rule.id}.md`), 'utf8');
        const code = new Set<string>();
        let inFence = false;
        for (const line of md.split('\n')) {
          if (/^```/.test(line)) inFence = !inFence;
          else if (inFence) code.add('    ' + line);
        }
        const r = await runCli(['rules', rule.id], { cwd: PROJECT_ROOT, env });
        expect(r.code).toBe(0);
        // A URL is never split (test/cli/rules-urls.test.ts): one that does not fit stands alone on its line.
        const urlAlone = (l: string) => /^(│ |- )?\S*https?:\/\/\S*$/.test(l.trim());
        expect(tooWide(r.stdout, width, (l) => code.has(l) || urlAlone(l)), rule.id).toEqual([]);
      }
    });

    it(`stylish output of examples/ at ${width} columns`, async () => {
      const r = await runCli(['examples/'], { cwd: PROJECT_ROOT, env });
      expect(r.stdout).toMatch(/✖ \d+ problems/);
      expect(tooWide(r.stdout, width)).toEqual([]);
    });
  }

  it('wraps to the terminal when stdout is one, else to 80 columns, COLUMNS first', async () => {
    const text = (r: { stdout: string }) => Math.max(...r.stdout.split('\n').map(displayWidth));
    const cwd = PROJECT_ROOT;
    const narrow = await main(['examples/', '--no-color'], { cwd, tty: true, columns: 50 });
    expect(text(narrow)).toBeLessThanOrEqual(50);
    expect(text(narrow)).toBeGreaterThan(40);
    const piped = await main(['examples/'], { cwd, tty: false, columns: 50 });
    expect(text(piped)).toBeGreaterThan(70);
    expect(text(piped)).toBeLessThanOrEqual(80);
    const env = await main(['examples/', '--no-color'], { cwd, tty: true, columns: 50, env: { COLUMNS: '100' } });
    expect(text(env)).toBeGreaterThan(90);
  });
});

/** Run the CLI with a terminal width (what processIo reads from process.stdout.columns). */
async function main(argv: string[], opts: { cwd: string; tty: boolean; columns: number; env?: Record<string, string> }) {
  let stdout = '';
  let stderr = '';
  const code = await cli(argv, {
    cwd: opts.cwd,
    env: opts.env ?? {},
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => '',
    stdoutIsTTY: opts.tty,
    columns: opts.columns,
  });
  return { code, stdout, stderr };
}

describe('the README', () => {
  it("shows the real stylish output of examples/ (at 80 columns)", () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const sample = /The first prints findings like these[^\n]*\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(sample).toBeDefined();
    const real = readFileSync(join(PROJECT_ROOT, 'test/golden/terminal/examples.stylish-80.txt'), 'utf8');
    const parts = sample!.split('\n[…]\n');
    expect(parts.length).toBeGreaterThan(1);
    const hint = "the README's sample output differs from the real run: paste it again from test/golden/terminal/examples.stylish-80.txt";
    for (const part of parts) expect(real.includes(part.trim()), hint).toBe(true);
    expect(real.endsWith(parts[parts.length - 1]), hint).toBe(true);
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  const cases: Array<[string, Record<string, string>, boolean, string[], boolean]> = [
    ['a terminal', {}, true, [], true],
    ['a pipe', {}, false, [], false],
    ['FORCE_COLOR=1 on a pipe', { FORCE_COLOR: '1' }, false, [], true],
    ['FORCE_COLOR= (empty) on a pipe', { FORCE_COLOR: '' }, false, [], true],
    ['FORCE_COLOR=3 on a pipe', { FORCE_COLOR: '3' }, false, [], true],
    ['FORCE_COLOR=0 on a terminal', { FORCE_COLOR: '0' }, true, [], false],
    ['FORCE_COLOR=false on a terminal', { FORCE_COLOR: 'false' }, true, [], false],
    ['NO_COLOR=1 on a terminal', { NO_COLOR: '1' }, true, [], false],
    ['FORCE_COLOR=1 beats NO_COLOR (as in Node)', { FORCE_COLOR: '1', NO_COLOR: '1' }, false, [], true],
    ['TERM=dumb on a terminal', { TERM: 'dumb' }, true, [], false],
    ['--no-color beats FORCE_COLOR', { FORCE_COLOR: '1' }, true, ['--no-color'], false],
    ['--color on a pipe', {}, false, ['--color'], true],
    ['--color beats NO_COLOR', { NO_COLOR: '1' }, false, ['--color'], true],
  ];
  for (const [name, env, tty, flags, colored] of cases) {
    it(`${name}: ${colored ? 'colour' : 'none'}`, async () => {
      const cwd = repo({ 't.xtap.yaml': ERROR });
      const r = await runCli([...flags], { cwd, env, tty });
      expect(r.code).toBe(1);
      expect(r.stdout.includes(ESC)).toBe(colored);
      const page = await runCli(['rules', 'partner-is-self', ...flags], { cwd, env, tty });
      expect(page.stdout.includes(ESC)).toBe(colored);
    });
  }

  it('never in a file written with --output, and never in json', async () => {
    const cwd = repo({ 't.xtap.yaml': ERROR });
    await runCli(['-o', 'report.txt'], { cwd, env: { FORCE_COLOR: '1' }, tty: true });
    expect(readFileSync(join(cwd, 'report.txt'), 'utf8')).not.toContain(ESC);
    expect((await runCli(['-f', 'json'], { cwd, env: { FORCE_COLOR: '1' }, tty: true })).stdout).not.toContain(ESC);
  });
});

describe('text from files is inert in stylish and compact (issue 11 item 9)', () => {
  const NAME = '"\\e]52;c;aGVsbG8=\\a \\e[2J \\e]0;title\\a \\e[8mhidden \\n::error file=x::INJECTED \\n::stop-commands::x \\n::add-mask::y"';
  const files = {
    't.xtap.yaml': HEAD + `partners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234 # \u001b]52;c;aGk=\u0007\u001b[2J\n    name: ${NAME}\n`,
    '::warning::x.xtap.yaml': 'partners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n',
  };
  for (const [label, args, env, tty] of [
    ['--no-color', ['--no-color'], {}, true],
    ['colour on', [], { FORCE_COLOR: '1' }, false],
    ['compact', ['-f', 'compact'], { FORCE_COLOR: '1' }, true],
  ] as Array<[string, string[], Record<string, string>, boolean]>) {
    it(label, async () => {
      const cwd = repo(files);
      const r = await runCli(args, { cwd, env, tty });
      expect(r.code).toBe(1);
      // Only our own colour (SGR) sequences; nothing else with an escape or another control character.
      // eslint-disable-next-line no-control-regex
      const plain = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
      // eslint-disable-next-line no-control-regex
      expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      for (const line of plain.split('\n')) expect(line.startsWith('::'), line).toBe(false);
      // The escapes are shown, not swallowed.
      expect(plain).toContain('\\e]52;c;aGVsbG8=');
      expect(plain).toContain('\\n::error file=x::INJECTED');
      expect(plain).toContain('./::warning::x.xtap.yaml:1:1: error: ');
    });
  }
});

describe("ESLint's habits", () => {
  it('-q is --quiet', async () => {
    const cwd = repo({ 't.xtap.yaml': WARNING });
    const loud = await runCli(['-f', 'compact'], { cwd });
    expect(loud.stdout).toMatch(/: warning: /);
    expect(await runCli(['-q', '-f', 'compact'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('the summary omits zero counts', async () => {
    const cwd = repo({ 't.xtap.yaml': WARNING });
    const r = await runCli([], { cwd });
    expect(r.stdout).toMatch(/\n⚠ 1 problem \(1 warning\)\n$/);
    expect(r.stdout).not.toMatch(/\b0 (errors|infos|warnings)\b/);
  });

  it('too many warnings: the summary, then "xtap-lint found too many warnings (maximum: N)." on stderr, exit 1', async () => {
    const cwd = repo({ 't.xtap.yaml': WARNING });
    const r = await runCli(['--max-warnings', '0'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/⚠ 1 problem \(1 warning\)\n$/);
    expect(r.stderr).toBe('xtap-lint found too many warnings (maximum: 0).\n');
    const json = await runCli(['--max-warnings=0', '-f', 'json'], { cwd });
    expect(JSON.parse(json.stdout)).toHaveLength(1);
    expect(json.stderr).toBe('xtap-lint found too many warnings (maximum: 0).\n');
    expect(await runCli(['--max-warnings', '1'], { cwd })).toMatchObject({ code: 0, stderr: '' });
  });

  it('an unknown option, format or rule id says "did you mean"', async () => {
    const cwd = repo({ 't.xtap.yaml': WARNING });
    expect(await runCli(['--max-warning', '3'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: "xtap-lint: Unknown option '--max-warning'; did you mean `--max-warnings`? (see xtap-lint --help)\n",
    });
    expect((await runCli(['diff', '--bsae', 'main'], { cwd })).stderr).toBe("xtap-lint: Unknown option '--bsae'; did you mean `--base`? (see xtap-lint diff --help)\n");
    expect((await runCli(['--nonsense'], { cwd })).stderr).toBe("xtap-lint: Unknown option '--nonsense' (see xtap-lint --help)\n");
    expect((await runCli(['-f', 'compat'], { cwd })).stderr).toMatch(/^xtap-lint: unknown format "compat"; did you mean `compact`\? /);
    expect((await runCli(['-f', 'constructor'], { cwd })).stderr).toMatch(/^xtap-lint: unknown format "constructor" \(one of stylish, compact, /);
    expect(await runCli(['rules', 'mfa-registration-app'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'xtap-lint: unknown rule "mfa-registration-app"; did you mean "mfa-registration-apps"? (run `xtap-lint rules` for the list)\n',
    });
    expect((await runCli(['--rule', 'rms-outbond=off'], { cwd })).stderr).toMatch(/did you mean "rms-outbound"\?/);
  });

  it('rules --format json: id, severity per preset, category, description, docsUrl, fixable', async () => {
    const r = await runCli(['rules', '--format', 'json'], { cwd: PROJECT_ROOT, tty: true });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(data.map((d) => d.id)).toEqual(RULES.map((x) => x.id));
    const mfa = data.find((d) => d.id === 'mfa-registration-apps');
    expect(mfa).toEqual({
      id: 'mfa-registration-apps',
      severity: { recommended: 'error', strict: 'error', all: 'error' },
      variants: ['error', 'warning'],
      category: 'best-practice',
      description: RULES.find((x) => x.id === 'mfa-registration-apps')!.meta.description,
      docsUrl: docsUrl('mfa-registration-apps'),
      fixable: true,
    });
    expect(data.find((d) => d.id === 'default-inbound-open')).toMatchObject({ severity: { recommended: 'off', strict: 'warning', all: 'warning' }, fixable: false });
    const one = await runCli(['rules', 'rms-outbound', '-f', 'json'], { cwd: PROJECT_ROOT });
    expect(JSON.parse(one.stdout)).toMatchObject({ id: 'rms-outbound', fixable: true });
    expect((await runCli(['rules', '-f', 'yaml'], { cwd: PROJECT_ROOT })).code).toBe(2);
  });
});
