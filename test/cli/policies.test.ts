/**
 * Organization policies through the CLI (SPEC §3.9): findings in every format with the policy's id, severity, message
 * and docs URL; `--rule`, `rules:`, `overrides` and suppression directives; configuration errors (exit 2, one line
 * naming the policy); `extends` with paths and an npm package packed and installed into a temporary repository;
 * ajv's compiler loaded only when there are policies.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli, tempRepo } from '../helpers/cli.js';
import { cliEnv, tempDir } from '../helpers/temp.js';

const T = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const FABRIKAM = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const NORTHWIND = '4a5b6c7d-1b4d-4c1e-8f5a-6d7e8f905678';

const TENANT = `tenant:
  id: ${T}
  name: Contoso
  license: p1
default:
  inboundTrust:
    isCompliantDeviceAccepted: true
partners:
  - tenantId: ${FABRIKAM}
    name: Fabrikam
    owner: identity-team@contoso.com
    tags: [approved-direct-connect]
    inboundTrust: { isMfaAccepted: true }
  # xtap-lint-disable-next-line contoso/no-device-trust -- the kiosk partner, accepted in CHG-42
  - tenantId: ${NORTHWIND}
    name: Northwind
    b2bDirectConnectInbound:
      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
      applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
`;

const POLICIES = `policies:
  - id: contoso/direct-connect-approved-only
    severity: error
    message: '{partner} allows B2B direct connect inbound but is not tagged approved-direct-connect'
    docs: https://wiki.contoso.example/xtap#direct-connect
    where: { properties: { tags: { not: { contains: { const: approved-direct-connect } } } } }
    assert: { properties: { directConnectInbound: { const: false } } }
  - id: contoso/no-device-trust
    severity: warning
    message: '{partner} of {tenant} ({level}) trusts device claims'
    assert: { properties: { inboundTrust: { properties: { isCompliantDeviceAccepted: { const: false } } } } }
`;

interface JsonMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  docsUrl: string;
}
interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: Array<JsonMessage & { suppressions: Array<{ kind: string; justification: string }> }>;
}

async function json(dir: string, args: string[] = []): Promise<{ code: number; files: JsonFile[]; stderr: string }> {
  const r = await runCli(['--format', 'json', ...args], { cwd: dir });
  return { code: r.code, files: r.stdout ? (JSON.parse(r.stdout) as JsonFile[]) : [], stderr: r.stderr };
}

const ours = (f: JsonFile) => f.messages.filter((m) => m.ruleId.startsWith('contoso/'));

describe('organization policies in the CLI', () => {
  it('reports a failing policy at the failing node, with its id, severity, message and docs URL (json)', async () => {
    const dir = tempRepo({ 'contoso.xtap.yaml': TENANT, '.xtap-lint.yaml': POLICIES });
    const { code, files } = await json(dir);
    expect(code).toBe(1);
    expect(ours(files[0]).map((m) => [m.ruleId, m.severity, m.line, m.column, m.docsUrl])).toEqual([
      ['contoso/no-device-trust', 1, 7, 32, 'https://github.com/xtap-lint/xtap-lint/blob/main/docs/policies.md'],
      ['contoso/direct-connect-approved-only', 2, 17, 5, 'https://wiki.contoso.example/xtap#direct-connect'],
    ]);
    const [device, dc] = ours(files[0]);
    // The default's finding is shared by the partner that inherits it; Northwind's share is suppressed on its entry.
    expect(device.message).toMatch(/^The default of Contoso \(default\) trusts device claims \(inherited by 1 partner: Fabrikam\)\. The organization policy `contoso\/no-device-trust` fails/);
    expect(dc.message).toMatch(/^Northwind allows B2B direct connect inbound but is not tagged approved-direct-connect\./);
    expect(dc.message).toContain('`/directConnectInbound` must be false');
  });

  it('lists each policy as a SARIF rule with its docs URL, and its results point at it', async () => {
    const dir = tempRepo({ 'contoso.xtap.yaml': TENANT, '.xtap-lint.yaml': POLICIES });
    const r = await runCli(['--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(r.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string; properties: { tags: string[] } }> } }; results: Array<{ ruleId: string; ruleIndex: number; level: string }> }> };
    const run = log.runs[0];
    const rule = run.tool.driver.rules.find((x) => x.id === 'contoso/direct-connect-approved-only');
    expect(rule?.helpUri).toBe('https://wiki.contoso.example/xtap#direct-connect');
    expect(rule?.properties.tags).toContain('policy');
    const result = run.results.find((x) => x.ruleId === 'contoso/direct-connect-approved-only');
    expect(result?.level).toBe('error');
    expect(run.tool.driver.rules[result?.ruleIndex ?? -1].id).toBe('contoso/direct-connect-approved-only');
  });

  it('obeys --rule, rules: and overrides like a built-in rule', async () => {
    const dir = tempRepo({ 'contoso.xtap.yaml': TENANT, '.xtap-lint.yaml': POLICIES + 'rules:\n  contoso/no-device-trust: info\n' });
    let out = await json(dir);
    expect(ours(out.files[0]).map((m) => [m.ruleId, m.severity])).toEqual([
      ['contoso/no-device-trust', 0],
      ['contoso/direct-connect-approved-only', 2],
    ]);
    out = await json(dir, ['--rule', 'contoso/direct-connect-approved-only=off']);
    expect(out.code).toBe(0);
    expect(ours(out.files[0]).map((m) => m.ruleId)).toEqual(['contoso/no-device-trust']);
    writeFileSync(join(dir, '.xtap-lint.yaml'), POLICIES + "overrides:\n  - files: ['contoso.xtap.yaml']\n    rules: { contoso/no-device-trust: off, contoso/direct-connect-approved-only: warning }\n");
    out = await json(dir);
    expect(ours(out.files[0]).map((m) => [m.ruleId, m.severity])).toEqual([['contoso/direct-connect-approved-only', 1]]);
    expect(out.code).toBe(0);
  });

  it('is suppressed by a directive with its reason (json suppressedMessages), and a stale one is unused-disable', async () => {
    const text = TENANT.replace('    b2bDirectConnectInbound:\n', '    # xtap-lint-disable-next-line contoso/direct-connect-approved-only -- pilot until the review, CHG-7\n    b2bDirectConnectInbound:\n');
    const dir = tempRepo({ 'contoso.xtap.yaml': text, '.xtap-lint.yaml': POLICIES });
    let out = await json(dir);
    expect(ours(out.files[0]).map((m) => m.ruleId)).toEqual(['contoso/no-device-trust']);
    // Northwind's suppressed share of the default's no-device-trust finding stays among the suppressed (SPEC §3.7).
    expect(out.files[0].suppressedMessages.map((m) => [m.ruleId, m.suppressions[0].justification])).toEqual([
      ['contoso/no-device-trust', 'the kiosk partner, accepted in CHG-42'],
      ['contoso/direct-connect-approved-only', 'pilot until the review, CHG-7'],
    ]);
    // Tagging Northwind makes the directive stale.
    writeFileSync(join(dir, 'contoso.xtap.yaml'), text.replace('    name: Northwind\n', '    name: Northwind\n    tags: [approved-direct-connect]\n'));
    out = await json(dir);
    expect(out.files[0].messages.filter((m) => m.ruleId === 'unused-disable').map((m) => m.message)).toEqual([
      expect.stringContaining('suppresses no finding of `contoso/direct-connect-approved-only`'),
    ]);
  });

  it('a finding only partners share disappears when every partner suppresses its share', async () => {
    const policy = `policies:
  - id: contoso/partner-device-trust
    severity: error
    message: '{partner} trusts device claims'
    where: { properties: { level: { const: partner } } }
    assert: { properties: { inboundTrust: { properties: { isCompliantDeviceAccepted: { const: false } } } } }
`;
    const both = TENANT.replace('  - tenantId: ' + FABRIKAM, '  # xtap-lint-disable-next-line contoso/partner-device-trust -- accepted, CHG-1\n  - tenantId: ' + FABRIKAM).replace(
      'contoso/no-device-trust -- the kiosk',
      'contoso/partner-device-trust -- the kiosk',
    );
    const dir = tempRepo({ 'contoso.xtap.yaml': both, '.xtap-lint.yaml': policy });
    const out = await json(dir);
    expect(ours(out.files[0])).toEqual([]);
    expect(out.files[0].suppressedMessages.map((m) => [m.ruleId, m.line])).toEqual([['contoso/partner-device-trust', 7]]);
    // Without the directive on Fabrikam, the finding (at the default's value) names Fabrikam only.
    writeFileSync(join(dir, 'contoso.xtap.yaml'), both.replace(/ {2}# xtap-lint-disable-next-line contoso\/partner-device-trust -- accepted, CHG-1\n/, ''));
    const again = await json(dir);
    expect(ours(again.files[0]).map((m) => [m.line, m.message.split('. ')[0]])).toEqual([[7, 'Fabrikam trusts device claims (inherited by 1 partner: Fabrikam)']]);
  });

  it.each([
    ['an id without a prefix', "  - id: no-prefix\n    severity: error\n    message: x\n    assert: {}\n", /^\.xtap-lint\.yaml: policy #1 "no-prefix": the id must be <prefix>\/<name>/],
    ['an unknown placeholder', "  - id: a/b\n    severity: error\n    message: '{owner} is missing'\n    assert: {}\n", /^policy "a\/b" \(\.xtap-lint\.yaml\): unknown placeholder \{owner\} in message/],
    ['an invalid schema', "  - id: a/b\n    severity: error\n    message: x\n    assert: { type: nope }\n", /^policy "a\/b" \(\.xtap-lint\.yaml\): assert is not a valid JSON Schema: /],
    ['an unknown keyword', "  - id: a/b\n    severity: error\n    message: x\n    where: { propertes: {} }\n    assert: {}\n", /^policy "a\/b" \(\.xtap-lint\.yaml\): where is not a valid JSON Schema: strict mode: unknown keyword: "propertes"/],
    ['a remote $ref', "  - id: a/b\n    severity: error\n    message: x\n    assert: { $ref: 'https://evil.example/schema.json' }\n", /^policy "a\/b" \(\.xtap-lint\.yaml\): assert: \$ref "https:\/\/evil\.example\/schema\.json" is not a local reference/],
    ['a pattern with a back-reference', "  - id: a/b\n    severity: error\n    message: x\n    assert: { properties: { name: { pattern: '^(a)\\1$' } } }\n", /^policy "a\/b" \(\.xtap-lint\.yaml\): assert: the pattern "\^\(a\)\\\\1\$" is not supported \(/],
    ['a $ref that reaches itself', "  - id: a/b\n    severity: error\n    message: x\n    assert: { definitions: { a: { allOf: [{ $ref: '#/definitions/b' }] }, b: { anyOf: [{ $ref: '#/definitions/a' }] } }, $ref: '#/definitions/a' }\n", /^policy "a\/b" \(\.xtap-lint\.yaml\): assert: \$ref "#\/definitions\/[ab]" refers to itself/],
    ['a duplicate id', "  - id: a/b\n    severity: error\n    message: x\n    assert: {}\n  - id: a/b\n    severity: error\n    message: y\n    assert: {}\n", /^\.xtap-lint\.yaml: policy "a\/b" is declared twice$/],
    ['a missing assert', "  - id: a/b\n    severity: error\n    message: x\n", /^\.xtap-lint\.yaml: .*assert/],
  ])('%s is a configuration error: exit 2, one line naming the policy, nothing on stdout', async (_, body, re) => {
    const dir = tempRepo({ 'contoso.xtap.yaml': TENANT, '.xtap-lint.yaml': 'policies:\n' + body });
    const r = await runCli([], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.replace(/^xtap-lint: (error: )?/, '').trim()).toMatch(re);
  });

  it('--rule accepts a policy id and refuses an unknown one', async () => {
    const dir = tempRepo({ 'contoso.xtap.yaml': TENANT, '.xtap-lint.yaml': POLICIES });
    const r = await runCli(['--rule', 'contoso/no-such-policy=off'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule "contoso/no-such-policy"');
  });

  it('--print-config shows the policies', async () => {
    const dir = tempRepo({ 'contoso.xtap.yaml': TENANT, '.xtap-lint.yaml': POLICIES });
    const r = await runCli(['--print-config'], { cwd: dir });
    const printed = JSON.parse(r.stdout) as { rules: Record<string, string>; policies: Array<{ id: string; source: string }> };
    expect(printed.rules['contoso/no-device-trust']).toBe('warning');
    expect(printed.policies.map((p) => [p.id, p.source])).toEqual([
      ['contoso/direct-connect-approved-only', '.xtap-lint.yaml'],
      ['contoso/no-device-trust', '.xtap-lint.yaml'],
    ]);
  });
});

describe('extends', () => {
  it('merges local files (bases first) and follows them relative to the file that names them', async () => {
    const dir = tempRepo({
      'contoso.xtap.yaml': TENANT,
      '.xtap-lint.yaml': "extends: ./policies/base.yaml\nrules:\n  contoso/no-device-trust: off\n",
      'policies/base.yaml': "extends: [./more.yaml]\n" + POLICIES,
      'policies/more.yaml': 'preset: strict\n',
    });
    const r = await runCli(['--print-config'], { cwd: dir });
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { preset: string; rules: Record<string, string>; policies: Array<{ id: string; source: string }> };
    expect(printed.preset).toBe('strict');
    expect(printed.rules['contoso/no-device-trust']).toBe('off');
    expect(printed.policies.map((p) => p.source)).toEqual(['policies/base.yaml', 'policies/base.yaml']);
    const out = await json(dir);
    expect(ours(out.files[0]).map((m) => m.ruleId)).toEqual(['contoso/direct-connect-approved-only']);
  });

  it.each([
    ['a cycle', { '.xtap-lint.yaml': 'extends: ./a.yaml\n', 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n' }, /^a\.yaml: extends cycle: a\.yaml → b\.yaml → a\.yaml$/],
    ['a missing file', { '.xtap-lint.yaml': 'extends: ./nowhere.yaml\n' }, /^\.xtap-lint\.yaml: extends "\.\/nowhere\.yaml": no such file$/],
    ['a path out of the repository', { '.xtap-lint.yaml': 'extends: ../outside.yaml\n' }, /^\.xtap-lint\.yaml: extends "\.\.\/outside\.yaml": no such file$|leaves the repository/],
    ['a missing package', { '.xtap-lint.yaml': 'extends: "@contoso/xtap-policies"\n' }, /^\.xtap-lint\.yaml: extends "@contoso\/xtap-policies": package not found in node_modules \(run npm install, or check the name\)$/],
    ['a package without xtap-lint.yaml', { '.xtap-lint.yaml': 'extends: some-lib\n', 'node_modules/some-lib/index.js': 'throw new Error("never run")\n' }, /the package has no xtap-lint\.yaml at its root/],
    ['neither a path nor a package', { '.xtap-lint.yaml': 'extends: "Not A Package!"\n' }, /is neither a path \(\.\/…\) nor an npm package name/],
  ])('%s is a configuration error (exit 2, one line)', async (_, files, re) => {
    const dir = tempRepo({ 'contoso.xtap.yaml': TENANT, ...files });
    const r = await runCli([], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.replace(/^xtap-lint: (error: )?/, '').trim()).toMatch(re);
  });

  it('refuses a symlink that leads out of the repository', async () => {
    const outside = tempDir('xtap-outside-');
    writeFileSync(join(outside, 'secret.yaml'), POLICIES);
    const dir = tempRepo({ 'contoso.xtap.yaml': TENANT, '.xtap-lint.yaml': 'extends: ./linked.yaml\n' });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'linked.yaml'));
    const r = await runCli([], { cwd: dir });
    expect(r.code).toBe(2);
    // A configuration file is never read through a link, wherever it points.
    expect(r.stderr).toBe('xtap-lint: .xtap-lint.yaml: extends "./linked.yaml" is a symbolic link: configuration files are never read through links\n');
    // A linked folder on the way out of the repository is refused too.
    const dir2 = tempRepo({ 'contoso.xtap.yaml': TENANT, '.xtap-lint.yaml': 'extends: ./shared/secret.yaml\n' });
    symlinkSync(outside, join(dir2, 'shared'));
    const r2 = await runCli([], { cwd: dir2 });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('extends "./shared/secret.yaml" leaves the repository');
  });

  it('uses a policy package packed with npm pack and installed with npm install (data only, nothing run)', () => {
    const pkg = tempDir('xtap-pkg-');
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@contoso/xtap-policies', version: '1.0.0', main: 'index.js', files: ['xtap-lint.yaml', 'index.js', 'more.yaml'] }));
    // If anything ran the package's code, the lint would fail loudly.
    writeFileSync(join(pkg, 'index.js'), "require('fs').writeFileSync(require('path').join(__dirname, 'RAN'), 'x'); throw new Error('package code ran');\n");
    writeFileSync(join(pkg, 'xtap-lint.yaml'), 'extends: ./more.yaml\n' + POLICIES);
    writeFileSync(join(pkg, 'more.yaml'), 'rules:\n  partner-redundant: off\n');
    const env = cliEnv({ npm_config_cache: join(tempDir('xtap-npm-cache-'), 'c'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' });
    const tgzName = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', pkg], { cwd: pkg, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop() ?? '';
    const dir = tempRepo({ 'contoso.xtap.yaml': TENANT, '.xtap-lint.yaml': 'extends: "@contoso/xtap-policies"\n', 'package.json': '{ "name": "repo", "private": true }\n' });
    execFileSync('npm', ['install', '--ignore-scripts', '--no-package-lock', join(pkg, tgzName)], { cwd: dir, env, stdio: 'ignore' });
    expect(readFileSync(join(dir, 'node_modules/@contoso/xtap-policies/xtap-lint.yaml'), 'utf8')).toContain('contoso/no-device-trust');
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/cli.cjs'), '--format', 'json'], { cwd: dir, env: { ...env, NODE_DISABLE_COMPILE_CACHE: '1' }, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const files = JSON.parse(r.stdout) as JsonFile[];
    expect(files[0].messages.map((m) => m.ruleId).filter((id) => id.startsWith('contoso/') || id === 'partner-redundant')).toEqual(['contoso/no-device-trust', 'contoso/direct-connect-approved-only']);
    const printed = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/cli.cjs'), '--print-config'], { cwd: dir, env: { ...env, NODE_DISABLE_COMPILE_CACHE: '1' }, encoding: 'utf8' });
    expect((JSON.parse(printed.stdout) as { policies: Array<{ source: string }> }).policies[0].source).toBe('@contoso/xtap-policies/xtap-lint.yaml');
    expect(() => readFileSync(join(dir, 'node_modules/@contoso/xtap-policies/RAN'))).toThrow();
  });
});

describe('ajv loads only with policies', () => {
  it('dist/cli-main.cjs holds no ajv; the policy compiler is its own bundle, loaded lazily', () => {
    const main = readFileSync(join(PROJECT_ROOT, 'dist/cli-main.cjs'), 'utf8');
    expect(main).not.toMatch(/\bajv\b/i);
    expect(main).toContain('require("./policies.cjs")');
    expect(readFileSync(join(PROJECT_ROOT, 'dist/policies.cjs'), 'utf8')).toMatch(/ajv/);
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('dist/policies.cjs');
  });

  it('a lint without policies does not load it (the bundle is never read)', () => {
    const dir = tempRepo({ 'contoso.xtap.yaml': TENANT });
    mkdirSync(join(dir, 'x'));
    const probe = "const M=require('node:module');const orig=M.prototype.require;M.prototype.require=function(id){if(/policies\\.cjs$/.test(id))process.stderr.write('LOADED '+id+'\\n');return orig.apply(this,arguments)};";
    const run = (cwd: string) => spawnSync(process.execPath, ['-e', `${probe}process.argv.splice(1,0,'x');require(${JSON.stringify(join(PROJECT_ROOT, 'dist/cli-main.cjs'))})`, '--', '--format', 'compact'], { cwd, env: cliEnv({ NODE_DISABLE_COMPILE_CACHE: '1' }), encoding: 'utf8' });
    expect(run(dir).stderr).not.toContain('LOADED');
    writeFileSync(join(dir, '.xtap-lint.yaml'), POLICIES);
    expect(run(dir).stderr).toContain('LOADED ./policies.cjs');
  });
});

describe('XTAP_LINT_NOW', () => {
  const text = TENANT.replace('    owner: identity-team@contoso.com\n', '    owner: identity-team@contoso.com\n    reviewBy: 2026-03-01\n');
  it('fixes the date of the run for partner-review-overdue', async () => {
    const dir = tempRepo({ 'contoso.xtap.yaml': text });
    const before = await runCli(['--format', 'json'], { cwd: dir, env: { XTAP_LINT_NOW: '2026-03-01' } });
    expect((JSON.parse(before.stdout) as JsonFile[])[0].messages.filter((m) => m.ruleId === 'partner-review-overdue')).toEqual([]);
    const after = await runCli(['--format', 'json'], { cwd: dir, env: { XTAP_LINT_NOW: '2026-03-11' } });
    expect((JSON.parse(after.stdout) as JsonFile[])[0].messages.filter((m) => m.ruleId === 'partner-review-overdue').map((m) => [m.line, m.column, m.message.split('. ')[0]])).toEqual([
      [12, 15, 'The access review of partner Fabrikam was due on 2026-03-01 (`reviewBy`), 10 days ago'],
    ]);
  });
  it.each(['2026-3-1', '2026-02-30', 'tomorrow'])('refuses %s (exit 2, one line)', async (value) => {
    const dir = tempRepo({ 'contoso.xtap.yaml': text });
    const r = await runCli([], { cwd: dir, env: { XTAP_LINT_NOW: value } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`XTAP_LINT_NOW must be a date written YYYY-MM-DD, got "${value}"`);
  });
});
