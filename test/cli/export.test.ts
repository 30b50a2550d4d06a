import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { runCli, tempRepo } from '../helpers/cli.js';
import { PARTNER_ID, TENANT_ID } from '../graph/helpers.js';

const V1 = 'https://graph.microsoft.com/v1.0/policies/crossTenantAccessPolicy';
const P2 = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';

const tenantFile = (extra: Record<string, unknown> = {}) => stringify({ tenant: { id: TENANT_ID, name: 'Contoso', license: 'p1' }, ...extra });

function requestsIn(dir: string): Array<[string, unknown]> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))]);
}

describe('xtap-lint export', () => {
  it('writes one JSON file per request, in order, for each tenant', async () => {
    const dir = tempRepo({
      'contoso.xtap.yaml': tenantFile({ default: { inboundTrust: { isMfaAccepted: true } }, include: ['partners/*.xtap.yaml'] }),
      'partners/fabrikam.xtap.yaml': stringify({ partners: [{ tenantId: PARTNER_ID, name: 'Fabrikam', identitySynchronization: { userSyncInbound: { isSyncAllowed: true } }, automaticUserConsentSettings: { inboundAllowed: true } }] }),
    });
    const r = await runCli(['export', '--out', 'requests'], { cwd: dir });
    expect(r).toEqual({ code: 0, stderr: '', stdout: `Contoso: 3 requests (create-or-update) in requests/${TENANT_ID}/\n` });
    const files = requestsIn(join(dir, 'requests', TENANT_ID));
    expect(files.map(([f]) => f)).toEqual(['001-patch-default.json', `002-partner-${PARTNER_ID}.json`, `003-put-identitySynchronization-${PARTNER_ID}.json`]);
    expect(files[1][1]).toEqual({
      method: 'PATCH',
      url: `${V1}/partners/${PARTNER_ID}`,
      body: { automaticUserConsentSettings: { inboundAllowed: true } },
      ifAbsent: { method: 'POST', url: `${V1}/partners`, body: { tenantId: PARTNER_ID, automaticUserConsentSettings: { inboundAllowed: true } } },
    });
  });

  it('exports the tenant that includes a partner file given as the path', async () => {
    const dir = tempRepo({
      'contoso.xtap.yaml': tenantFile({ include: ['partners/*.xtap.yaml'] }),
      'partners/fabrikam.xtap.yaml': stringify({ partners: [{ tenantId: PARTNER_ID }] }),
    });
    const r = await runCli(['export', 'partners/fabrikam.xtap.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ file: string }>).map((p) => p.file)).toEqual(['contoso.xtap.yaml']);
  });

  it('prints the requests as JSON without --out, and as PowerShell with --format powershell', async () => {
    const dir = tempRepo({ 't.xtap.yaml': tenantFile({ partners: [{ tenantId: PARTNER_ID }] }) });
    const j = await runCli(['export'], { cwd: dir });
    expect(JSON.parse(j.stdout)).toEqual([{ tenantId: TENANT_ID, label: 'Contoso', file: 't.xtap.yaml', mode: 'create-or-update', requests: [expect.objectContaining({ method: 'PATCH' })] }]);
    const ps = await runCli(['export', '--format', 'powershell'], { cwd: dir });
    expect(ps.code).toBe(0);
    expect(ps.stdout).toContain(`Invoke-MgGraphRequest -Method GET -Uri '${V1}/partners/${PARTNER_ID}' -SkipHttpErrorCheck -StatusCodeVariable 'status'`);
  });

  it('is exact with --against a folder imported from the live tenant', async () => {
    const dir = tempRepo({
      't.xtap.yaml': tenantFile({ partners: [{ tenantId: PARTNER_ID, inboundTrust: { isMfaAccepted: true } }] }),
      '.xtap-lint.yaml': 'ignore: ["live/**"]\n',
      'live/tenant.xtap.yaml': tenantFile({ include: ['partners/*.xtap.yaml'] }),
      [`live/partners/${P2}.xtap.yaml`]: stringify({ partners: [{ tenantId: P2, identitySynchronization: { userSyncInbound: { isSyncAllowed: true } } }] }),
      [`live/partners/${PARTNER_ID}.xtap.yaml`]: stringify({ partners: [{ tenantId: PARTNER_ID, inboundTrust: { isMfaAccepted: true } }] }),
    });
    const r = await runCli(['export', 't.xtap.yaml', '--against', 'live', '--out', 'req'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(requestsIn(join(dir, 'req', TENANT_ID))).toEqual([
      [`001-delete-identitySynchronization-${P2}.json`, { method: 'DELETE', url: `${V1}/partners/${P2}/identitySynchronization` }],
      [`002-delete-partner-${P2}.json`, { method: 'DELETE', url: `${V1}/partners/${P2}` }],
    ]);
  });

  it('refuses to remove a service provider, and writes nothing', async () => {
    const dir = tempRepo({
      't.xtap.yaml': tenantFile(),
      '.xtap-lint.yaml': 'ignore: ["live/**"]\n',
      'live/t.xtap.yaml': tenantFile({ partners: [{ tenantId: P2, isServiceProvider: true }] }),
    });
    const r = await runCli(['export', 't.xtap.yaml', '--against', 'live', '--out', 'req'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^xtap-lint: export: refusing to remove partner 3f2c9a70-.* cloud service provider \(isServiceProvider: true\), which Microsoft Entra does not let you remove; keep its declaration\n$/);
    expect(existsSync(join(dir, 'req'))).toBe(false);
  });

  it('is exact with --base <git ref>', async () => {
    const dir = tempRepo({ 't.xtap.yaml': tenantFile({ partners: [{ tenantId: PARTNER_ID }, { tenantId: P2 }] }) });
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { stdio: 'pipe' });
    execFileSync('rm', ['-rf', join(dir, '.git')]);
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    writeFileSync(join(dir, 't.xtap.yaml'), tenantFile({ partners: [{ tenantId: PARTNER_ID, inboundTrust: { isMfaAccepted: true } }] }));
    const r = await runCli(['export', '--base', 'HEAD'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ requests: unknown[] }>)[0].requests).toEqual([
      { method: 'PATCH', url: `${V1}/partners/${PARTNER_ID}`, body: { inboundTrust: { isMfaAccepted: true } } },
      { method: 'DELETE', url: `${V1}/partners/${P2}` },
    ]);
    const bad = await runCli(['export', '--base', 'no-such-ref'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^xtap-lint: cannot read the base revision no-such-ref/);
  });

  it('refuses declarations with schema errors, and bad usage, with one line on stderr', async () => {
    const dir = tempRepo({ 't.xtap.yaml': tenantFile({ default: { B2BCollaborationInbound: {} } }), 'empty/readme.txt': '' });
    const cases: Array<[string[], RegExp]> = [
      [['export'], /^xtap-lint: t\.xtap\.yaml:\d+:\d+: schema error in the declarations: fix it first/],
      [['export', '--format', 'sarif'], /--format must be json, powershell or utcm/],
      [['export', '--against', 'x', '--base', 'HEAD'], /use --against or --base, not both/],
      [['export', 'empty'], /no tenant file under empty/],
      [['export', '--bogus'], /Unknown option/],
    ];
    for (const [args, re] of cases) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(re);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('refuses to mix with an earlier export unless --force, which replaces it', async () => {
    const dir = tempRepo({ 't.xtap.yaml': tenantFile({ partners: [{ tenantId: PARTNER_ID }] }), [`req/${TENANT_ID}/009-stale.json`]: '{}' });
    const r = await runCli(['export', '--out', 'req'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`xtap-lint: req/${TENANT_ID}/009-stale.json exists: use --force to replace the requests of an earlier export\n`);
    expect((await runCli(['export', '--out', 'req', '--force'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, 'req', TENANT_ID))).toEqual([`001-partner-${PARTNER_ID}.json`]);
  });
});

describe('xtap-lint export: text from the files stays inert', () => {
  it('escapes bidi, zero-width and C1 characters of names and labels in its JSON (the same data) and its messages', async () => {
    const name = 'Con\u202eto\u2028so\u200b\u0085 Ltd';
    const dir = tempRepo({
      't.xtap.yaml': stringify({ tenant: { id: TENANT_ID, name, license: 'p1' }, partners: [{ tenantId: PARTNER_ID, name: `Fab\u2066rikam`, b2bCollaborationInbound: { usersAndGroups: { accessType: 'allowed', targets: [{ target: '7a0acb32-e138-42d9-a968-000000000002', targetType: 'group', label: 'Team \u202e1' }] } } }] }),
    });
    const invisible = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
    const j = await runCli(['export'], { cwd: dir });
    expect(j.code).toBe(0);
    expect(j.stdout).not.toMatch(invisible);
    expect(j.stdout).toContain('"label": "Con\\u202eto\\u2028so\\u200b\\u0085 Ltd"');
    expect((JSON.parse(j.stdout) as Array<{ label: string }>)[0].label).toBe(name);
    const u = await runCli(['export', '--format', 'utcm'], { cwd: dir });
    expect(u.code).toBe(0);
    expect(u.stdout).not.toMatch(invisible);
    const o = await runCli(['export', '--out', 'requests'], { cwd: dir });
    expect(o.code).toBe(0);
    expect(o.stdout).not.toMatch(invisible);
    for (const f of readdirSync(join(dir, 'requests', TENANT_ID))) expect(readFileSync(join(dir, 'requests', TENANT_ID, f), 'utf8')).not.toMatch(invisible);
  });
});
