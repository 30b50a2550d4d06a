/**
 * `xtap-lint rules` lists the organization policies the configuration loads (SPEC §3.9), after the built-in rules,
 * marked as policies and with the file that declares each; `xtap-lint rules <policy-id>` shows the policy.
 * Everything in them comes from a configuration file, so it is printed inert.
 */
import { describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../helpers/cli.js';
import { RULES } from '../../rules/index.js';
import { displayWidth } from '../../src/report/text.js';

const CONFIG = `extends: [./policies/base.yaml]
policies:
  - id: contoso/direct-connect-approved-only
    severity: error
    message: '{partner} allows B2B direct connect inbound but is not tagged approved-direct-connect'
    docs: https://wiki.contoso.example/xtap/policies/direct-connect-approved-only-and-a-long-anchor#direct-connect
    where: { properties: { tags: { not: { contains: { const: approved-direct-connect } } } } }
    assert: { properties: { directConnectInbound: { const: false } } }
`;
const BASE = `policies:
  - id: contoso/owner-required
    severity: warning
    message: "{partner} has no owner \\u001b[31mred\\u001b[0m"
    assert: { required: [owner] }
`;
const repo = () => tempRepo({ '.xtap-lint.yaml': CONFIG, 'policies/base.yaml': BASE });

describe('xtap-lint rules with organization policies', () => {
  it('lists them after the built-in rules, marked as policies, with their source file', async () => {
    const r = await runCli(['rules'], { cwd: repo() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const heading = lines.indexOf('Organization policies (from the configuration)');
    const lastRule = Math.max(...RULES.map((rule) => lines.findIndex((l) => l.startsWith(`${rule.id} `) || l === rule.id)));
    expect(heading).toBeGreaterThan(lastRule);
    const after = lines.slice(heading).join('\n');
    // The bases first, as the configuration merges them.
    expect(after).toMatch(/^contoso\/owner-required +warning +warning +warning\n {4}Policy from policies\/base\.yaml: <partner> has no owner \\e\[31mred\\e\[0m\n/m);
    // An id longer than the rules' column: on its own line, the severities under the columns.
    expect(after).toMatch(
      /^contoso\/direct-connect-approved-only\n {20,}error +error +error\n {4}Policy from \.xtap-lint\.yaml: <partner> allows B2B direct connect inbound but\n {4}is not tagged approved-direct-connect\n/m,
    );
    // The built-in rules keep their table.
    expect(r.stdout).toMatch(/^rule +recommended +strict +all\n/);
    expect(after.indexOf('contoso/owner-required')).toBeLessThan(after.indexOf('contoso/direct-connect-approved-only'));
    expect(r.stdout).toMatch(new RegExp(`\\n${RULES.length} rules and 2 organization policies\\. `));
    expect(r.stdout).not.toContain('\u001b');
    for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(80);
  });

  it('without policies, the list is as before', async () => {
    const r = await runCli(['rules'], { cwd: tempRepo({}) });
    expect(r.stdout).not.toContain('Organization policies');
    expect(r.stdout).toMatch(new RegExp(`\\n${RULES.length} rules\\. `));
  });

  it('rules <policy-id> shows the policy: severity, source, message, where, assert and its docs URL whole', async () => {
    const r = await runCli(['rules', 'contoso/direct-connect-approved-only'], { cwd: repo(), env: { COLUMNS: '60' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('contoso/direct-connect-approved-only');
    expect(r.stdout.replace(/\n│ /g, ' ')).toContain('Organization policy · Severity: error (every preset) · Declared in: .xtap-lint.yaml\n');
    expect(r.stdout.replace(/\n(?! {4})/g, ' ')).toContain('<partner> allows B2B direct connect inbound but is not tagged approved-direct-connect');
    expect(r.stdout).toContain('    {\n      "properties": {\n        "tags": {');
    expect(r.stdout).toContain('        "directConnectInbound": {\n          "const": false');
    expect(r.stdout).toContain('\nhttps://wiki.contoso.example/xtap/policies/direct-connect-approved-only-and-a-long-anchor#direct-connect\n');
    const page = await runCli(['rules', 'contoso/owner-required'], { cwd: repo() });
    expect(page.code).toBe(0);
    expect(page.stdout.replace(/\n│ /g, ' ')).toContain('Declared in: policies/base.yaml\n');
    expect(page.stdout).toContain('<partner> has no owner \\e[31mred\\e[0m\n');
    expect(page.stdout).not.toContain('\u001b');
    // No docs URL of its own: the page on policies.
    expect(page.stdout).toContain('https://github.com/xtap-lint/xtap-lint/blob/main/docs/policies.md');
    expect(page.stdout).toMatch(/Applies to: every level/);
  });

  it('rules --format json lists them with category policy and their source; a near miss of a policy id is suggested', async () => {
    const r = await runCli(['rules', '--format', 'json'], { cwd: repo() });
    const data = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(data).toHaveLength(RULES.length + 2);
    expect(data.slice(RULES.length)).toEqual([
      {
        id: 'contoso/owner-required',
        severity: { recommended: 'warning', strict: 'warning', all: 'warning' },
        category: 'policy',
        description: '<partner> has no owner \u001b[31mred\u001b[0m',
        docsUrl: 'https://github.com/xtap-lint/xtap-lint/blob/main/docs/policies.md',
        fixable: false,
        source: 'policies/base.yaml',
      },
      {
        id: 'contoso/direct-connect-approved-only',
        severity: { recommended: 'error', strict: 'error', all: 'error' },
        category: 'policy',
        description: '<partner> allows B2B direct connect inbound but is not tagged approved-direct-connect',
        docsUrl: 'https://wiki.contoso.example/xtap/policies/direct-connect-approved-only-and-a-long-anchor#direct-connect',
        fixable: false,
        source: '.xtap-lint.yaml',
      },
    ]);
    const one = await runCli(['rules', 'contoso/owner-required', '--format', 'json'], { cwd: repo() });
    expect(JSON.parse(one.stdout)).toMatchObject({ id: 'contoso/owner-required', category: 'policy', source: 'policies/base.yaml', assert: { required: ['owner'] } });
    const miss = await runCli(['rules', 'contoso/owner-requird'], { cwd: repo() });
    expect(miss).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: unknown rule "contoso/owner-requird"; did you mean "contoso/owner-required"? (run `xtap-lint rules` for the list)\n' });
  });

  it('--config names another configuration; a broken one is one line and exit 2', async () => {
    const dir = tempRepo({ 'other.yaml': BASE, '.xtap-lint.yaml': 'policies: 3\n' });
    const r = await runCli(['rules', '--config', 'other.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^contoso\/owner-required +warning/m);
    const bad = await runCli(['rules'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
