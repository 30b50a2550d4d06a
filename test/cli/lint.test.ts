import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { expectGolden, PROJECT_ROOT, runCli, tempRepo } from '../helpers/cli.js';

const CLEAN = `tenant:
  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
  license: p1
`;

const WITH_ERROR = `tenant:
  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
  license: p1
partners:
  - tenantId: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    b2bCollaborationOutbound:
      usersAndGroups: { accessType: allowed, targets: [{ target: 6f546279-4da5-4b53-a095-09ea0cef9971, targetType: group }] }
`;

const WITH_WARNING = `tenant:
  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
  license: p1
default:
  isServiceDefault: true
`;

describe('the example repository', () => {
  it('prints the stylish report it is documented to print', async () => {
    const r = await runCli(['examples/', '--no-color'], { cwd: PROJECT_ROOT });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    // The golden file is test/report/terminal-golden.test.ts's (XTAP_UPDATE_GOLDEN=1 there regenerates it).
    expect(r.stdout).toBe(readFileSync(join(PROJECT_ROOT, 'test/golden/terminal/examples.stylish-80.txt'), 'utf8'));
  });

  it('prints SPEC §4.1 JSON, byte-identical on every run', async () => {
    const a = await runCli(['--format', 'json', 'examples/'], { cwd: PROJECT_ROOT });
    const b = await runCli(['--format', 'json', 'examples/'], { cwd: PROJECT_ROOT });
    expect(a.stdout).toBe(b.stdout);
    expect(a.code).toBe(1);
    const data = JSON.parse(a.stdout) as Array<Record<string, unknown>>;
    expect(data.map((d) => d.filePath)).toEqual([
      'examples/contoso.xtap.yaml',
      'examples/partners/government.xtap.yaml',
      'examples/partners/subsidiaries.xtap.yaml',
      'examples/partners/suppliers.xtap.yaml',
    ]);
    for (const entry of data) {
      expect(Object.keys(entry)).toEqual([
        'filePath',
        'messages',
        'suppressedMessages',
        'errorCount',
        'warningCount',
        'infoCount',
        'fatalErrorCount',
        'fixableErrorCount',
        'fixableWarningCount',
      ]);
      for (const m of entry.messages as Array<Record<string, unknown>>) {
        expect(Object.keys(m)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'docsUrl', 'compliance']);
        expect([0, 1, 2]).toContain(m.severity);
        expect(m.docsUrl).toBe(`https://github.com/xtap-lint/xtap-lint/blob/main/rules/${String(m.ruleId)}.md`);
      }
    }
    expectGolden(JSON.stringify(data, null, 2) + '\n', join(PROJECT_ROOT, 'test/cli/golden/examples.json'));
  });

  it('lints from inside the example folder with paths relative to it', async () => {
    const r = await runCli(['--format', 'json', 'partners/suppliers.xtap.yaml'], { cwd: join(PROJECT_ROOT, 'examples') });
    const data = JSON.parse(r.stdout) as Array<{ filePath: string }>;
    expect(data.map((d) => d.filePath)).toEqual(['partners/suppliers.xtap.yaml']);
  });
});

describe('exit codes', () => {
  it('0 on a clean repository, with no output', async () => {
    const cwd = tempRepo({ 'contoso.xtap.yaml': CLEAN });
    const r = await runCli([], { cwd });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('1 on an error finding', async () => {
    const cwd = tempRepo({ 'contoso.xtap.yaml': WITH_ERROR });
    const r = await runCli(['--no-color'], { cwd });
    expect(r.code).toBe(1);
    // The header names the place, the severity, the short what and the rule; the source line follows, with carets.
    expect(r.stdout).toMatch(/^contoso\.xtap\.yaml:5:15: error: .*\n(  .*\n)*.*\[partner-is-self\]\n\n  5 │   - tenantId: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n    │ {15}\^{36}\n/);
    // ESLint's summary, without the zero counts.
    expect(r.stdout).toMatch(/\n✖ 1 problem \(1 error\)\n$/);
  });

  it('0 on warnings only, 1 when they exceed --max-warnings', async () => {
    const cwd = tempRepo({ 'contoso.xtap.yaml': WITH_WARNING });
    expect((await runCli([], { cwd })).code).toBe(0);
    expect((await runCli(['--max-warnings', '1'], { cwd })).code).toBe(0);
    expect((await runCli(['--max-warnings', '0'], { cwd })).code).toBe(1);
    // -1 (ESLint's "no limit"), written as a separate argument or with `=`.
    expect(await runCli(['--max-warnings', '-1', '--format', 'json'], { cwd })).toMatchObject({ code: 0, stderr: '' });
    expect(await runCli(['--max-warnings=-1'], { cwd })).toMatchObject({ code: 0, stderr: '' });
  });

  it('a negative number after another option is still refused, as before --max-warnings -1 was accepted', async () => {
    const cwd = tempRepo({ 'contoso.xtap.yaml': WITH_WARNING });
    expect(await runCli(['--output', '-1'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: "xtap-lint: Option '--output' argument is ambiguous. (see xtap-lint --help)\n",
    });
    expect(existsSync(join(cwd, '-1'))).toBe(false);
    const explain = await runCli(['explain', '--tenant', 'Contoso', '--partner', '-1', '--direction', 'inbound', '--kind', 'b2bCollaboration'], { cwd });
    expect(explain.code).toBe(2);
    expect(explain.stderr).toBe("xtap-lint: Option '--partner' argument is ambiguous. (see xtap-lint explain --help)\n");
    // After `--` every argument is a path, unjoined.
    expect(await runCli(['--', '--max-warnings', '-1'], { cwd })).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: no such file or directory: --max-warnings\n' });
  });

  it('--quiet reports errors only', async () => {
    const cwd = tempRepo({ 'contoso.xtap.yaml': WITH_WARNING });
    const r = await runCli(['--quiet'], { cwd });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--rule turns a rule off or changes its severity', async () => {
    const cwd = tempRepo({ 'contoso.xtap.yaml': WITH_ERROR });
    expect((await runCli(['--rule', 'partner-is-self=off'], { cwd })).code).toBe(0);
    const r = await runCli(['--rule', 'partner-is-self=warning', '--format', 'json'], { cwd });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].messages[0]).toMatchObject({ ruleId: 'partner-is-self', severity: 1, line: 5, column: 15 });
  });

  const usage: Array<[string, string[], Record<string, string>, RegExp]> = [
    ['an unknown option', ['--frobnicate'], {}, /^xtap-lint: .*frobnicate.*\n$/],
    ['an unknown format', ['--format', 'xml'], {}, /^xtap-lint: unknown format "xml"/],
    ['an unknown preset', ['--preset', 'lax'], {}, /^xtap-lint: --preset must be one of recommended, strict, all, cisa, zero-trust; got "lax"\n$/],
    ['a bad --rule', ['--rule', 'nope=error'], {}, /^xtap-lint: --rule: unknown rule "nope"/],
    ['a misspelt --rule', ['--rule', 'rms-outbond=off'], {}, /^xtap-lint: --rule: unknown rule "rms-outbond"; did you mean "rms-outbound"\? \(run `xtap-lint rules` for the list\)\n$/],
    ['a bad --rule severity', ['--rule', 'partner-is-self=fatal'], {}, /^xtap-lint: --rule partner-is-self: severity must be one of error, warning, info, off, got "fatal"\n$/],
    ['syntax cannot be configured', ['--rule', 'syntax=off'], {}, /cannot be configured/],
    ['a missing path', ['nowhere/'], {}, /^xtap-lint: no such file or directory: nowhere\/\n$/],
    ['a bad --max-warnings', ['--max-warnings', 'many'], {}, /^xtap-lint: --max-warnings expects a whole number/],
    ['--stdin without a file name', ['--stdin'], {}, /^xtap-lint: --stdin needs --stdin-filename <path>\n$/],
    ['a missing --config', ['--config', 'nope.yaml'], {}, /^xtap-lint: config file not found: nope.yaml\n$/],
    ['invalid YAML in the config file', [], { '.xtap-lint.yaml': 'preset: [\n' }, /^xtap-lint: \.xtap-lint\.yaml: invalid YAML/],
    ['an unknown key in the config file', [], { '.xtap-lint.yaml': 'presets: strict\n' }, /^xtap-lint: \.xtap-lint\.yaml: .*presets/],
    ['an unknown rule in the config file', [], { '.xtap-lint.yaml': 'rules:\n  no-such-rule: off\n' }, /^xtap-lint: \.xtap-lint\.yaml: unknown rule "no-such-rule"/],
    ['a misspelt rule in the config file', [], { '.xtap-lint.yaml': 'rules:\n  partner-is-sef: off\n' }, /^xtap-lint: \.xtap-lint\.yaml: unknown rule "partner-is-sef"; did you mean "partner-is-self"\?/],
    ['a bad severity in the config file', [], { '.xtap-lint.yaml': 'rules:\n  partner-is-self: loud\n' }, /^xtap-lint: \.xtap-lint\.yaml: .*partner-is-self/],
    ['a folder without declarations', ['docs/'], { 'docs/README.md': '# notes\n' }, /^xtap-lint: no declaration files \(\*\.xtap\.yaml, \*\.xtap\.yml\) to lint in docs\/\n$/],
  ];
  for (const [name, argv, extra, stderr] of usage) {
    it(`2 for ${name}: one line on stderr, nothing on stdout`, async () => {
      const cwd = tempRepo({ 'contoso.xtap.yaml': CLEAN, ...extra });
      const r = await runCli(argv, { cwd });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(stderr);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }

  it('2 for a repository without any declaration file: never a silent pass', async () => {
    const cwd = tempRepo({ 'README.md': '# nothing here\n' });
    const r = await runCli([], { cwd });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: no declaration files (*.xtap.yaml, *.xtap.yml) to lint in the working directory\n' });
  });

  it('a broken declaration file is a finding, not exit 2', async () => {
    const cwd = tempRepo({ 'contoso.xtap.yaml': 'tenant: [\n' });
    const r = await runCli(['--format', 'json'], { cwd });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].messages[0]).toMatchObject({ ruleId: 'syntax', severity: 2 });
  });
});

describe('options', () => {
  it('--stdin lints standard input as the named file, and only that file', async () => {
    const cwd = tempRepo({ 'contoso.xtap.yaml': CLEAN, 'other.xtap.yaml': WITH_ERROR.replace('0d3e4b1a', '1d3e4b1a') });
    const r = await runCli(['--stdin', '--stdin-filename', 'contoso.xtap.yaml', '--format', 'json'], { cwd, stdin: WITH_ERROR });
    const data = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(data.map((d) => d.filePath)).toEqual(['contoso.xtap.yaml']);
    expect(data[0].messages.map((m) => m.ruleId)).toEqual(['partner-is-self']);
    expect(r.code).toBe(1);
  });

  it('--output writes the report to a file', async () => {
    const cwd = tempRepo({ 'contoso.xtap.yaml': WITH_ERROR });
    const r = await runCli(['--format', 'json', '--output', 'report.json'], { cwd });
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'))[0].errorCount).toBe(1);
  });

  it('paths choose whose findings print, but every file is read', async () => {
    const cwd = tempRepo({
      'contoso.xtap.yaml': CLEAN + 'include: [partners/*.xtap.yaml]\n',
      'partners/a.xtap.yaml': 'partners:\n  - tenantId: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n    automaticUserConsentSettings: { outboundAllowed: true }\n',
    });
    const all = await runCli(['--format', 'json'], { cwd });
    expect(JSON.parse(all.stdout).map((d: { filePath: string }) => d.filePath)).toEqual(['contoso.xtap.yaml', 'partners/a.xtap.yaml']);
    const one = await runCli(['--format', 'json', 'partners/a.xtap.yaml'], { cwd });
    const data = JSON.parse(one.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number }> }>;
    expect(data.map((d) => d.filePath)).toEqual(['partners/a.xtap.yaml']);
    // The partner file alone means nothing; with its tenant read too, the self-partner is found.
    expect(data[0].messages.map((m) => [m.ruleId, m.line])).toEqual([['partner-is-self', 2]]);
    const tenantOnly = await runCli(['--format', 'json', 'contoso.xtap.yaml'], { cwd });
    expect(tenantOnly.code).toBe(0);
  });

  it('--print-config shows the configuration in effect', async () => {
    const cwd = tempRepo({ '.xtap-lint.yaml': 'preset: strict\nrules:\n  partner-redundant: off\n' });
    const r = await runCli(['--print-config', '--rule', 'rms-outbound=error'], { cwd });
    expect(r.code).toBe(0);
    const cfg = JSON.parse(r.stdout);
    expect(cfg.preset).toBe('strict');
    expect(cfg.rules['partner-redundant']).toBe('off');
    expect(cfg.rules['rms-outbound']).toBe('error');
    expect(cfg.rules['mfa-registration-apps']).toBe('error');
  });

  it('the config file is found upwards from the working directory', async () => {
    const cwd = tempRepo({ '.xtap-lint.yaml': 'rules:\n  partner-is-self: off\n', 'sub/contoso.xtap.yaml': WITH_ERROR });
    const r = await runCli([], { cwd: join(cwd, 'sub') });
    expect(r.code).toBe(0);
  });

  it('overrides change a rule for matching files only', async () => {
    const cwd = tempRepo({
      '.xtap-lint.yaml': "overrides:\n  - files: ['legacy/**']\n    rules: { partner-is-self: warning }\n",
      'legacy/a.xtap.yaml': WITH_ERROR,
      'b.xtap.yaml': WITH_ERROR.replace(/0d3e4b1a/g, '1d3e4b1a'),
    });
    const r = await runCli(['--format', 'json'], { cwd });
    const data = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ severity: number }> }>;
    expect(data.map((d) => [d.filePath, d.messages[0].severity])).toEqual([
      ['b.xtap.yaml', 2],
      ['legacy/a.xtap.yaml', 1],
    ]);
  });

  it('--help and --version', async () => {
    const cwd = tempRepo({});
    const h = await runCli(['--help'], { cwd });
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Usage: xtap-lint');
    const v = await runCli(['--version'], { cwd });
    expect(v.stdout).toBe(JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version + '\n');
  });
});

describe('xtap-lint rules', () => {
  it('lists every rule with its severities', async () => {
    const r = await runCli(['rules'], { cwd: PROJECT_ROOT });
    expect(r.code).toBe(0);
    // The severity in each preset beside the id, the description indented under it.
    expect(r.stdout).toMatch(/^rule +recommended +strict +all\n/);
    expect(r.stdout).toMatch(/^mfa-registration-apps +error\/warning +error\/warning +error\/warning\n {4}An effective/m);
    expect(r.stdout).toMatch(/^syntax +error +error +error\n {4}\S/m);
    expect(r.stdout).toMatch(/^default-inbound-open +off +warning +warning\n/m);
  });

  it('shows a rule page', async () => {
    const r = await runCli(['rules', 'mfa-registration-apps'], { cwd: PROJECT_ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('mfa-registration-apps');
    expect(r.stdout).toContain('\nHOW TO FIX\n');
    expect(r.stdout).toContain('19db86c3-b2b9-44cc-b339-36da233a3be2');
  });

  it('renders emphasis that crosses a line break, leaving no raw markup', async () => {
    for (const id of ['users-apps-conflict', 'automatic-redemption-mutual']) {
      const r = await runCli(['rules', id], { cwd: PROJECT_ROOT });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/(^|\s)\*\S|\S\*($|\s)/m);
    }
  });

  it('exits 2 on an unknown rule', async () => {
    const r = await runCli(['rules', 'nope'], { cwd: PROJECT_ROOT });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: unknown rule "nope" (run `xtap-lint rules` for the list)\n' });
  });
});
