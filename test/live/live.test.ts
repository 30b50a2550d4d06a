/**
 * pull, drift and apply against a local Microsoft Graph (test/live/graph-server.ts): loopback only, started and
 * stopped here, serving Microsoft's documented bodies. Every run is in-process (runCli) with the token in env; no
 * output may ever hold the token.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli, tempRepo } from '../helpers/cli.js';
import { main } from '../../src/cli/main.js';
import type { CliRun } from '../helpers/cli.js';
import { documentedState, E5_PARTNER, partnerId, startGraph, SYNC_PARTNER, TENANT, TOKEN } from './graph-server.js';
import type { GraphServer, GraphState } from './graph-server.js';
import { licenseFromSkus, mfaRequiredForExternalUsers } from '../../src/live/read.js';

const servers: GraphServer[] = [];
const dirs: string[] = [];
const runs: CliRun[] = [];

afterEach(async () => {
  // The token never reaches any output.
  for (const r of runs.splice(0)) expect(r.stdout + r.stderr).not.toContain(TOKEN);
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function graph(edit?: (s: GraphState) => void): Promise<GraphServer> {
  const state = documentedState();
  edit?.(state);
  const g = await startGraph(state);
  servers.push(g);
  return g;
}

function repo(files: Record<string, string> = {}): string {
  const d = tempRepo(files);
  dirs.push(d);
  return d;
}

async function cli(g: GraphServer, dir: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const r = await runCli([...args, '--graph-endpoint', g.origin], { cwd: dir, env: { XTAP_GRAPH_TOKEN: TOKEN, ...env } });
  runs.push(r);
  return r;
}

async function lint(dir: string, path: string): Promise<Array<{ ruleId: string; severity: number; file: string }>> {
  const r = await runCli([path, '--format', 'json'], { cwd: dir });
  return (JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number }> }>).flatMap((f) => f.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, file: f.filePath })));
}

const read = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8');
/** A Conditional Access policy that does not strictly require MFA (MFA or a compliant device). */
const noMfaFact = (s: GraphState): void => {
  s.caPolicies[0].grantControls = { operator: 'OR', builtInControls: ['mfa', 'compliantDevice'] };
};

describe('xtap-lint pull', () => {
  it('reads every page, retries a 429 after Retry-After, and writes declarations that lint clean', async () => {
    const g = await graph(noMfaFact);
    g.faults.push({ path: '/v1.0/policies/crossTenantAccessPolicy/partners?$skiptoken=2', status: 429, headers: { 'Retry-After': '0' } });
    g.faults.push({ path: '/beta/policies/crossTenantAccessPolicy/partners?$skiptoken=4', status: 503, headers: { 'Retry-After': '1' } });
    const dir = repo();
    const r = await cli(g, dir, ['pull', '--out', 'xtap']);
    expect(r).toEqual({ code: 0, stderr: '', stdout: `Pulled Contoso (${TENANT}) from ${g.origin}: wrote 6 files in xtap. Review, then run: xtap-lint xtap\n` });
    expect(g.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
      'GET /v1.0/organization',
      'GET /v1.0/subscribedSkus',
      'GET /v1.0/policies/crossTenantAccessPolicy',
      'GET /v1.0/policies/crossTenantAccessPolicy/default',
      'GET /v1.0/policies/crossTenantAccessPolicy/partners',
      'GET /v1.0/policies/crossTenantAccessPolicy/partners?$skiptoken=2',
      'GET /v1.0/policies/crossTenantAccessPolicy/partners?$skiptoken=2',
      'GET /v1.0/policies/crossTenantAccessPolicy/partners?$skiptoken=4',
      'GET /beta/policies/crossTenantAccessPolicy/default',
      'GET /beta/policies/crossTenantAccessPolicy/partners',
      'GET /beta/policies/crossTenantAccessPolicy/partners?$skiptoken=2',
      'GET /beta/policies/crossTenantAccessPolicy/partners?$skiptoken=4',
      'GET /beta/policies/crossTenantAccessPolicy/partners?$skiptoken=4',
      ...[E5_PARTNER, SYNC_PARTNER, partnerId(1), partnerId(2), partnerId(3)].map((id) => `GET /beta/policies/crossTenantAccessPolicy/partners/${id}/identitySynchronization`),
      'GET /v1.0/identity/conditionalAccess/policies',
    ]);
    const tenant = parse(read(dir, 'xtap/contoso.xtap.yaml')) as Record<string, unknown>;
    expect(tenant).toEqual({
      tenant: { id: TENANT, name: 'Contoso', domains: ['contoso.com', 'contoso.onmicrosoft.com'], license: 'p1', facts: { mfaRequiredForExternalUsers: false } },
      crossTenantAccessPolicy: { displayName: 'CrossTenantAccessPolicy' },
      include: ['partners/*.xtap.yaml'],
    });
    // A 404 on identitySynchronization is "none"; the one partner with a policy has it.
    expect(parse(read(dir, `xtap/partners/${SYNC_PARTNER}.xtap.yaml`))).toMatchObject({ partners: [{ tenantId: SYNC_PARTNER, name: 'Fabrikam', identitySynchronization: { displayName: 'Fabrikam', userSyncInbound: { isSyncAllowed: true } } }] });
    expect(read(dir, `xtap/partners/${E5_PARTNER}.xtap.yaml`)).not.toContain('identitySynchronization');
    const findings = await lint(dir, 'xtap');
    expect(findings.filter((f) => f.severity > 0)).toEqual([]);
  });

  it('answers tenant.facts from Conditional Access and names what it could not read (403)', async () => {
    const g = await graph();
    const dir = repo();
    expect((await cli(g, dir, ['pull', '-o', 'a'])).code).toBe(0);
    expect(parse(read(dir, 'a/contoso.xtap.yaml')).tenant.facts).toEqual({ mfaRequiredForExternalUsers: true });

    const g2 = await graph();
    g2.faults.push({ path: '/v1.0/identity/conditionalAccess/policies', status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } } });
    g2.faults.push({ path: '/v1.0/subscribedSkus', status: 403 });
    const r = await cli(g2, dir, ['pull', '-o', 'b']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        'pull: could not read subscribedSkus (403, needs Organization.Read.All): tenant.license not read',
        'pull: could not read Conditional Access policies (403, needs Policy.Read.All): tenant.facts.mfaRequiredForExternalUsers not read',
        '',
      ].join('\n'),
    );
    expect(parse(read(dir, 'b/contoso.xtap.yaml')).tenant.facts).toBeUndefined();
    // Pulled again without the permission, what could not be read stays as the team declared it.
    writeFileSync(join(dir, 'a/contoso.xtap.yaml'), read(dir, 'a/contoso.xtap.yaml').replace('license: p1', 'license: p2'));
    g2.faults.push({ path: '/v1.0/identity/conditionalAccess/policies', status: 403 }, { path: '/v1.0/subscribedSkus', status: 403 });
    expect((await cli(g2, dir, ['pull', '-o', 'a'])).code).toBe(0);
    expect(parse(read(dir, 'a/contoso.xtap.yaml')).tenant).toMatchObject({ license: 'p2', facts: { mfaRequiredForExternalUsers: true } });
  });

  it('keeps comments, labels, owner, tags, reviewBy, ticket and the layout when pulled again', async () => {
    const g = await graph(noMfaFact);
    const dir = repo();
    expect((await cli(g, dir, ['pull', '-o', 'xtap'])).code).toBe(0);
    const file = `xtap/partners/${partnerId(1)}.xtap.yaml`;
    const edited = read(dir, file)
      .replace('  - tenantId:', '  # Our supplier since 2024\n  - tenantId:')
      .replace(/(tenantId: .*\n)/, '$1    name: Woodgrove\n    owner: identity-team@contoso.com\n    tags: [supplier]\n    reviewBy: 2027-06-30\n    ticket: CHG-1234\n')
      .replace('target: Office365', 'target: Office365 # the suite\n            label: Office 365');
    writeFileSync(join(dir, file), edited);
    // The tenant changes: partner 1 gains MFA trust, partner 2 goes, a new partner comes.
    const s = g.state;
    s.partners[2].inboundTrust = { isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false };
    s.partners.splice(3, 1);
    s.partners.push({ tenantId: partnerId(9), b2bCollaborationOutbound: { usersAndGroups: { accessType: 'blocked', targets: [{ target: 'AllUsers', targetType: 'user' }] }, applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] } } });
    const r = await cli(g, dir, ['pull', '-o', 'xtap']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Pulled Contoso (${TENANT}) from ${g.origin}: updated 2 files, removed 1 in xtap. Review, then run: xtap-lint xtap\n`);
    expect(r.stderr).toBe(`pull: removed partner ${partnerId(2)} from xtap/partners/${partnerId(2)}.xtap.yaml: the tenant no longer has it\npull: added partner ${partnerId(9)} in xtap/partners/${partnerId(9)}.xtap.yaml\n`);
    const after = read(dir, file);
    for (const kept of ['# Our supplier since 2024', 'name: Woodgrove', 'owner: identity-team@contoso.com', 'tags: [ supplier ]', 'reviewBy: 2027-06-30', 'ticket: CHG-1234', '# the suite', 'label: Office 365']) expect(after).toContain(kept);
    expect(parse(after).partners[0].inboundTrust).toEqual({ isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false });
    expect(existsSync(join(dir, `xtap/partners/${partnerId(2)}.xtap.yaml`))).toBe(false);
    expect(existsSync(join(dir, `xtap/partners/${partnerId(9)}.xtap.yaml`))).toBe(true);
    // A third pull changes nothing.
    const again = await cli(g, dir, ['pull', '-o', 'xtap']);
    expect(again.stdout).toBe(`Pulled Contoso (${TENANT}) from ${g.origin}: the declarations in xtap are up to date.\n`);
    expect(read(dir, file)).toBe(after);
  });
});

describe('xtap-lint drift and apply', () => {
  async function pulled(): Promise<{ g: GraphServer; dir: string }> {
    const g = await graph(noMfaFact);
    const dir = repo();
    expect((await cli(g, dir, ['pull', '-o', 'xtap'])).code).toBe(0);
    return { g, dir };
  }

  it('drift names the change and exits 1; apply sends exactly the requests; then no drift and nothing to apply', async () => {
    const { g, dir } = await pulled();
    expect((await cli(g, dir, ['drift'])).code).toBe(0);
    const file = `xtap/partners/${partnerId(1)}.xtap.yaml`;
    writeFileSync(join(dir, file), read(dir, file).replace(/(tenantId: .*\n)/, '$1    name: Woodgrove\n    inboundTrust:\n      isMfaAccepted: true\n'));
    const drift = await cli(g, dir, ['drift']);
    expect(drift.code).toBe(1);
    expect(drift.stderr).toBe('');
    expect(drift.stdout).toContain('Woodgrove');
    expect(drift.stdout).toMatch(/MFA/);
    const json = await cli(g, dir, ['drift', '--format', 'json']);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { changes: unknown[] }).changes.length).toBeGreaterThan(0);

    expect((await runCli(['apply', '--graph-endpoint', g.origin], { cwd: dir, env: { XTAP_GRAPH_TOKEN: TOKEN } })).stderr).toBe('xtap-lint: apply needs --yes where no terminal can confirm (see the plan first with --dry-run)\n');
    const before = g.requests.length;
    const apply = await cli(g, dir, ['apply', '--yes']);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain(`1. PATCH /v1.0/policies/crossTenantAccessPolicy/partners/${partnerId(1)}  (update partner Woodgrove`);
    expect(g.requests.slice(before).filter((q) => q.method !== 'GET')).toEqual([
      { method: 'PATCH', path: `/v1.0/policies/crossTenantAccessPolicy/partners/${partnerId(1)}`, body: { inboundTrust: { isMfaAccepted: true } } },
    ]);
    expect((await cli(g, dir, ['drift'])).code).toBe(0);
    const writes = g.writes().length;
    const second = await cli(g, dir, ['apply', '--yes']);
    expect(second).toEqual({ code: 0, stderr: '', stdout: `Contoso (${TENANT}): nothing to apply, the live tenant matches the declarations.\n` });
    expect(g.writes().length).toBe(writes);
  });

  it('apply creates, deletes in order, and stops at the first failed request saying what was applied', async () => {
    const { g, dir } = await pulled();
    rmSync(join(dir, `xtap/partners/${SYNC_PARTNER}.xtap.yaml`));
    writeFileSync(join(dir, 'xtap/partners/new.xtap.yaml'), `partners:\n  - tenantId: ${partnerId(7)}\n    name: Tailspin\n    inboundTrust: { isMfaAccepted: true }\n`);
    writeFileSync(join(dir, 'xtap/contoso.xtap.yaml'), read(dir, 'xtap/contoso.xtap.yaml') + 'default:\n  inboundTrust: { isMfaAccepted: true }\n');
    g.faults.push({ method: 'DELETE', path: `/v1.0/policies/crossTenantAccessPolicy/partners/${SYNC_PARTNER}`, status: 400, body: { error: { code: 'Request_BadRequest', message: 'Invalid request\nsecond line' } } });
    const before = g.requests.length;
    const r = await cli(g, dir, ['apply', '--yes']);
    expect(r.code).toBe(2);
    expect(g.requests.slice(before).filter((q) => q.method !== 'GET').map((q) => `${q.method} ${q.path}`)).toEqual([
      'PATCH /v1.0/policies/crossTenantAccessPolicy/default',
      'POST /v1.0/policies/crossTenantAccessPolicy/partners',
      `DELETE /v1.0/policies/crossTenantAccessPolicy/partners/${SYNC_PARTNER}/identitySynchronization`,
      `DELETE /v1.0/policies/crossTenantAccessPolicy/partners/${SYNC_PARTNER}`,
    ]);
    expect(r.stderr).toBe(
      `xtap-lint: apply stopped at request 4 of 4 (DELETE /v1.0/policies/crossTenantAccessPolicy/partners/${SYNC_PARTNER}): Microsoft Graph answered 400 to DELETE /v1.0/policies/crossTenantAccessPolicy/partners/${SYNC_PARTNER} (Request_BadRequest: Invalid request); applied requests 1-3, request 4 not applied\n`,
    );
    // Running it again sends only what is left.
    const again = await cli(g, dir, ['apply', '--yes']);
    expect(again.code).toBe(0);
    expect(g.writes().slice(-1)).toEqual([{ method: 'DELETE', path: `/v1.0/policies/crossTenantAccessPolicy/partners/${SYNC_PARTNER}` }]);
    expect((await cli(g, dir, ['drift'])).code).toBe(0);
  });

  it('in a terminal, apply asks before sending: no sends nothing, yes sends', async () => {
    const { g, dir } = await pulled();
    writeFileSync(join(dir, 'xtap/contoso.xtap.yaml'), read(dir, 'xtap/contoso.xtap.yaml') + 'default:\n  inboundTrust: { isMfaAccepted: true }\n');
    const asked: string[] = [];
    const run = async (answer: boolean): Promise<CliRun> => {
      let stdout = '';
      let stderr = '';
      const code = await main(['apply', '--graph-endpoint', g.origin], {
        cwd: dir,
        env: { XTAP_GRAPH_TOKEN: TOKEN },
        stdout: (s) => void (stdout += s),
        stderr: (s) => void (stderr += s),
        readStdin: async () => '',
        stdoutIsTTY: true,
        confirm: async (q) => (asked.push(q), answer),
      });
      const r = { code, stdout, stderr };
      runs.push(r);
      return r;
    };
    const no = await run(false);
    expect(no.code).toBe(0);
    expect(no.stdout).toMatch(/1\. PATCH \/v1\.0\/policies\/crossTenantAccessPolicy\/default {2}\(update the default settings\)\n[^]*Nothing was sent\.\n$/);
    expect(g.writes()).toEqual([]);
    expect((await run(true)).code).toBe(0);
    expect(asked).toEqual(['Send this request? [y/N] ', 'Send this request? [y/N] ']);
    expect(g.writes().map((w) => `${w.method} ${w.path}`)).toEqual(['PATCH /v1.0/policies/crossTenantAccessPolicy/default']);
  });

  it('never removes a cloud service provider partner', async () => {
    const { g, dir } = await pulled();
    g.state.partners.push({ tenantId: partnerId(8), isServiceProvider: true });
    const r = await cli(g, dir, ['apply', '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^xtap-lint: apply: refusing to remove partner a0000000-0000-4000-8000-000000000008 of tenant Contoso: it is a cloud service provider .*nothing was sent\n$/);
    expect(g.writes()).toEqual([]);
  });
});

describe('failures: one line on stderr, exit 2, never the token', () => {
  it('403 names the missing permission; 401 says the token was refused', async () => {
    const g = await graph();
    g.faults.push({ path: '/v1.0/policies/crossTenantAccessPolicy/default', status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges' } } });
    const dir = repo();
    expect(await cli(g, dir, ['pull'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'xtap-lint: Microsoft Graph denied GET /v1.0/policies/crossTenantAccessPolicy/default (403) (Authorization_RequestDenied: Insufficient privileges): the identity needs the permission Policy.Read.All (see docs/live-tenant.md)\n',
    });
    const r = await runCli(['drift', '--graph-endpoint', g.origin], { cwd: dir, env: { XTAP_GRAPH_TOKEN: 'wrong-token' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('xtap-lint: Microsoft Graph refused the token (401) for GET /v1.0/organization (InvalidAuthenticationToken: Access token is empty.): it is missing, expired or for another cloud; check XTAP_GRAPH_TOKEN or the sign-in\n');
    expect(r.stderr).not.toContain('wrong-token');
  });

  it('apply without the write permission names Policy.ReadWrite.CrossTenantAccess', async () => {
    const g = await graph(noMfaFact);
    const dir = repo();
    await cli(g, dir, ['pull', '-o', 'xtap']);
    writeFileSync(join(dir, 'xtap/contoso.xtap.yaml'), read(dir, 'xtap/contoso.xtap.yaml') + 'default:\n  inboundTrust: { isMfaAccepted: true }\n');
    g.faults.push({ method: 'PATCH', path: '/v1.0/policies/crossTenantAccessPolicy/default', status: 403 });
    const r = await cli(g, dir, ['apply', '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs the permission Policy\.ReadWrite\.CrossTenantAccess .*; none applied, request 1 not applied\n$/);
  });

  it('refuses a nextLink to another host, and a throttling wait longer than the time budget', async () => {
    const g = await graph();
    g.nextLinkOrigin = 'https://evil.example';
    const dir = repo();
    const r = await cli(g, dir, ['pull']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `xtap-lint: refusing to follow @odata.nextLink of GET /v1.0/policies/crossTenantAccessPolicy/partners to another host (evil.example): the token goes only to ${g.origin}\n` });
    expect(g.requests.some((q) => q.path.includes('evil'))).toBe(false);

    const g2 = await graph();
    g2.faults.push({ path: '/v1.0/organization', status: 429, headers: { 'Retry-After': '3600' } });
    const t = await cli(g2, dir, ['pull'], { XTAP_GRAPH_TIMEOUT: '30' });
    expect(t).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: Microsoft Graph is throttling (429) and asks to wait 3600 s, longer than the time left (XTAP_GRAPH_TIMEOUT); try again later\n' });
    expect(g2.requests.length).toBe(1);
  });

  it('bad endpoints, tokens and options are usage errors', async () => {
    const dir = repo();
    const cases: Array<[string[], Record<string, string>, string]> = [
      [['pull', '--graph-endpoint', 'http://graph.example.com'], {}, 'xtap-lint: --graph-endpoint must be an https URL (plain http only for a loopback test server): the token must not travel in clear text\n'],
      [['pull', '--graph-endpoint', 'mars'], {}, 'xtap-lint: --graph-endpoint must be global, usGovernment, usGovernmentDoD, china or an https URL; got "mars"\n'],
      [['pull', '--graph-endpoint', 'https://graph.microsoft.com/v1.0'], {}, 'xtap-lint: --graph-endpoint must be the service root only (like https://graph.microsoft.com), without a path, query or credentials\n'],
      [['pull', '--graph-endpoint', 'http://127.0.0.1:9'], { XTAP_GRAPH_TOKEN: 'a\nb' }, 'xtap-lint: XTAP_GRAPH_TOKEN is set but is not a usable token (empty, or it holds a line break)\n'],
      [['drift', '--format', 'sarif', '--graph-endpoint', 'http://127.0.0.1:9'], { XTAP_GRAPH_TOKEN: TOKEN }, 'xtap-lint: unknown format "sarif" for drift (one of stylish, markdown, json)\n'],
      [['pull', '--graph-endpoint', 'http://127.0.0.1:9'], { XTAP_GRAPH_TOKEN: TOKEN, XTAP_GRAPH_TIMEOUT: 'soon' }, 'xtap-lint: XTAP_GRAPH_TIMEOUT must be a number of seconds between 0 and 86400\n'],
    ];
    for (const [args, env, stderr] of cases) {
      const r = await runCli(args, { cwd: dir, env });
      runs.push(r);
      expect(r).toEqual({ code: 2, stdout: '', stderr });
    }
    const refused = await runCli(['pull', '--graph-endpoint', 'http://127.0.0.1:9'], { cwd: dir, env: { XTAP_GRAPH_TOKEN: TOKEN } });
    runs.push(refused);
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: cannot reach Microsoft Graph at http://127.0.0.1:9 (GET /v1.0/organization): ECONNREFUSED\n' });
  });
});

describe('hostile input', () => {
  it("a tenant name with escape sequences stays inert; a broken declaration under --out stops the pull before Graph is asked anything", async () => {
    const g = await graph((s) => {
      s.organization.displayName = 'Evil\u001b[2J\nCorp';
    });
    const dir = repo({ 'xtap/broken.xtap.yaml': 'tenant: { id: [unclosed\n' });
    const r = await cli(g, dir, ['pull', '-o', 'xtap']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: pull: xtap/broken.xtap.yaml cannot be read as YAML (BAD_INDENT): fix it (run xtap-lint), or pull into an empty folder\n' });
    expect(g.requests).toEqual([]);
    rmSync(join(dir, 'xtap/broken.xtap.yaml'));
    const ok = await cli(g, dir, ['pull', '-o', 'xtap']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Pulled Evil\\e[2J\\nCorp (');
    expect(ok.stdout).not.toContain('\u001b');
    // The name is a YAML string like any other: the tenant file parses and keeps it.
    expect(parse(read(dir, 'xtap/evil-2j-corp.xtap.yaml')).tenant.name).toBe('Evil\u001b[2J\nCorp');
  });
});

describe('pull writes no file through a link', () => {
  it('a link planted where pull writes (xtap/partners -> ../victim) is refused, one line and exit 2; nothing is written through it', async () => {
    const g = await graph();
    const dir = repo({ 'victim/keep.txt': 'mine\n' });
    mkdirSync(join(dir, 'xtap'));
    symlinkSync('../victim', join(dir, 'xtap', 'partners'));
    const r = await cli(g, dir, ['pull', '-o', 'xtap']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^xtap-lint: refusing to write xtap\/partners\/[^\n]+: xtap\/partners is a symbolic link \(outputs never follow links; remove the link or choose another path\)\n$/);
    expect(readdirSync(join(dir, 'victim'))).toEqual(['keep.txt']);
  });
});

describe('what pull reads', () => {
  it('license from service plans: AAD_PREMIUM_P2 → p2, AAD_PREMIUM → p1, suspended SKUs and disabled plans ignored', () => {
    const plan = (name: string, provisioningStatus = 'Success') => ({ servicePlanName: name, provisioningStatus });
    expect(licenseFromSkus([])).toBe('free');
    expect(licenseFromSkus([{ capabilityStatus: 'Enabled', servicePlans: [plan('AAD_PREMIUM')] }])).toBe('p1');
    expect(licenseFromSkus([{ capabilityStatus: 'Enabled', servicePlans: [plan('AAD_PREMIUM'), plan('AAD_PREMIUM_P2')] }])).toBe('p2');
    expect(licenseFromSkus([{ capabilityStatus: 'Suspended', servicePlans: [plan('AAD_PREMIUM_P2')] }])).toBe('free');
    expect(licenseFromSkus([{ capabilityStatus: 'Enabled', servicePlans: [plan('AAD_PREMIUM_P2', 'Disabled')] }])).toBe('free');
  });

  it('MFA of external users: enabled, all apps, guests included and not excluded, MFA required alone or with AND', () => {
    const policy = (over: Record<string, unknown> = {}) => ({
      state: 'enabled',
      conditions: { users: { includeUsers: ['All'] }, applications: { includeApplications: ['All'] } },
      grantControls: { operator: 'OR', builtInControls: ['mfa'] },
      ...over,
    });
    expect(mfaRequiredForExternalUsers([policy()])).toBe(true);
    expect(mfaRequiredForExternalUsers([policy({ state: 'enabledForReportingButNotEnforced' })])).toBe(false);
    expect(mfaRequiredForExternalUsers([policy({ conditions: { users: { includeUsers: ['All'], excludeUsers: ['GuestsOrExternalUsers'] }, applications: { includeApplications: ['All'] } } })])).toBe(false);
    expect(mfaRequiredForExternalUsers([policy({ conditions: { users: { includeGuestsOrExternalUsers: { guestOrExternalUserTypes: 'b2bCollaborationGuest' } }, applications: { includeApplications: ['All'] } } })])).toBe(true);
    expect(mfaRequiredForExternalUsers([policy({ grantControls: { operator: 'OR', builtInControls: ['mfa', 'compliantDevice'] } })])).toBe(false);
    expect(mfaRequiredForExternalUsers([policy({ grantControls: { operator: 'AND', builtInControls: ['mfa', 'compliantDevice'] } })])).toBe(true);
    expect(mfaRequiredForExternalUsers([policy({ grantControls: { authenticationStrength: { id: 'x' } } })])).toBe(true);
  });
});
