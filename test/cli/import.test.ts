import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { parse } from 'yaml';
import { runCli, tempRepo } from '../helpers/cli.js';
import { body, PARTNER_ID, ROUND_TRIP, sourcePath, TENANT_ID, comparable } from '../graph/helpers.js';
import { GRAPH_EXAMPLES } from '../validate/fixtures/graph-examples.js';

const ex = (id: string) => body(GRAPH_EXAMPLES.find((e) => e.id === id) ?? GRAPH_EXAMPLES[0]);
const json = (v: unknown) => JSON.stringify(v, null, 2);
const P2 = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';

function read(dir: string, path: string): Record<string, unknown> {
  return parse(readFileSync(join(dir, path), 'utf8')) as Record<string, unknown>;
}

async function lintJson(cwd: string, path: string) {
  const r = await runCli(['lint', path, '--format', 'json'], { cwd });
  return (JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>).flatMap((f) => f.messages.map((m) => m.ruleId));
}

describe('xtap-lint import', () => {
  it('reads v1.0 files: the default, a partners collection with OData annotations, identity synchronization', async () => {
    const dir = tempRepo({
      'graph/default.json': json({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#policies/crossTenantAccessPolicy/default/$entity', ...ex('E3a') }),
      'graph/partners.json': json({
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#policies/crossTenantAccessPolicy/partners',
        value: [ex('E5'), { tenantId: PARTNER_ID, 'inboundTrust@odata.type': '#microsoft.graph.crossTenantAccessPolicyInboundTrust', inboundTrust: { isMfaAccepted: true } }],
      }),
      [`graph/partners/${PARTNER_ID}/identitySynchronization.json`]: json(ex('E7')),
    });
    const r = await runCli(['import', 'graph', '--out', 'xtap', '--tenant-id', TENANT_ID, '--license', 'p2', '--name', 'Contoso'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('Wrote xtap/contoso.xtap.yaml and 2 partner files. Review them, then run: xtap-lint xtap\n');
    expect(read(dir, 'xtap/contoso.xtap.yaml')).toEqual({ tenant: { id: TENANT_ID, name: 'Contoso', license: 'p2' }, default: ex('E3a'), include: ['partners/*.xtap.yaml'] });
    expect(read(dir, `xtap/partners/${PARTNER_ID}.xtap.yaml`)).toEqual({ partners: [{ tenantId: PARTNER_ID, name: 'Fabrikam', inboundTrust: { isMfaAccepted: true }, identitySynchronization: ex('E7') }] });
    expect(readFileSync(join(dir, 'xtap/contoso.xtap.yaml'), 'utf8')).not.toContain('odata');
    expect((await lintJson(dir, 'xtap')).filter((id) => id === 'schema' || id === 'syntax')).toEqual([]);
  });

  it('reads beta files, UTF-16 with a BOM as Windows PowerShell writes them', async () => {
    const beta = { '@odata.context': 'https://graph.microsoft.com/beta/$metadata#policies/crossTenantAccessPolicy/partners/$entity', tenantId: PARTNER_ID, blockServiceProviderOutboundAccess: true, isServiceProvider: true };
    const dir = tempRepo({});
    writeFileSync(join(dir, 'partner.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json(beta), 'utf16le')]));
    const r = await runCli(['import', 'partner.json', '-o', 'out', '--tenant-id', TENANT_ID], { cwd: dir });
    expect(r.code).toBe(0);
    expect(read(dir, `out/partners/${PARTNER_ID}.xtap.yaml`)).toEqual({ partners: [{ tenantId: PARTNER_ID, blockServiceProviderOutboundAccess: true, isServiceProvider: true }] });
    expect(r.stderr).toBe('import: no --license: wrote license: p1 in tenant.xtap.yaml; check it\n');
  });

  it("reads an EntraExporter tree, only its Policies/CrossTenantAccessPolicy folder", async () => {
    const dir = tempRepo({
      'export/Users/u1/u1.json': json({ id: 'u1', displayName: 'Someone' }),
      'export/Policies/CrossTenantAccessPolicy/crossTenantAccessPolicy/crossTenantAccessPolicy.json': json({ id: 'crossTenantAccessPolicy', displayName: 'CrossTenantAccessPolicy', allowedCloudEndpoints: ['microsoftonline.us'], definition: null }),
      'export/Policies/CrossTenantAccessPolicy/Default/default/default.json': json({ id: 'default', ...ex('E2'), blockServiceProviderOutboundAccess: false }),
      'export/Policies/CrossTenantAccessPolicy/Partners/Partners/Partners.json': json({ ...ex('E5'), blockServiceProviderOutboundAccess: null, deletedDateTime: null }),
    });
    const r = await runCli(['import', 'export', '--out', 'xtap', '--tenant-id', TENANT_ID, '--license', 'p1'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(read(dir, 'xtap/tenant.xtap.yaml')).toEqual({
      tenant: { id: TENANT_ID, license: 'p1' },
      crossTenantAccessPolicy: { displayName: 'CrossTenantAccessPolicy', allowedCloudEndpoints: ['microsoftonline.us'] },
      include: ['partners/*.xtap.yaml'],
    });
    expect(existsSync(join(dir, `xtap/partners/${ex('E5').tenantId as string}.xtap.yaml`))).toBe(true);
  });

  it('drops unknown properties, reports each on stderr, and converts PascalCase names with a note', async () => {
    const dir = tempRepo({ 'p.json': json({ tenantId: PARTNER_ID, protectedContentSharing: { inboundAllowed: true }, inboundTrust: { isMfaAccepted: true, IsMfaAccepted: false, isFutureAccepted: true }, lastModifiedDateTime: '2026-01-01T00:00:00Z' }) });
    const r = await runCli(['import', 'p.json', '--out', 'out', '--tenant-id', TENANT_ID, '--license', 'p1'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        `import: dropped unknown property partners[0].inboundTrust.IsMfaAccepted from out/partners/${PARTNER_ID}.xtap.yaml: Microsoft Graph has no such property (a request carrying it would fail with 400 Invalid property)`,
        `import: dropped unknown property partners[0].inboundTrust.isFutureAccepted from out/partners/${PARTNER_ID}.xtap.yaml: Microsoft Graph has no such property (a request carrying it would fail with 400 Invalid property)`,
        '',
      ].join('\n'),
    );
    expect(read(dir, `out/partners/${PARTNER_ID}.xtap.yaml`)).toEqual({ partners: [{ tenantId: PARTNER_ID, inboundTrust: { isMfaAccepted: true }, protectedContentSharing: { inboundAllowed: true } }] });
    expect(await lintJson(dir, 'out')).not.toContain('schema');
  });

  it('refuses to overwrite unless --force', async () => {
    const dir = tempRepo({ 'd.json': json(ex('E3c')), 'out/tenant.xtap.yaml': 'old' });
    const args = ['import', 'd.json', '--out', 'out', '--tenant-id', TENANT_ID, '--license', 'p1'];
    expect(await runCli(args, { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: out/tenant.xtap.yaml exists: use --force to overwrite it\n' });
    expect(readFileSync(join(dir, 'out/tenant.xtap.yaml'), 'utf8')).toBe('old');
    expect((await runCli([...args, '--force'], { cwd: dir })).code).toBe(0);
    expect(read(dir, 'out/tenant.xtap.yaml').default).toEqual(ex('E3c'));
  });

  it('exits 2 with one line for bad usage and unreadable JSON', async () => {
    const dir = tempRepo({ 'bad.json': '{ "a": 1, }', 'ok.json': json(ex('E3a')), 'bin.json': '\u0000\u00ff' });
    const cases: Array<[string[], RegExp]> = [
      [['import', '--out', 'o'], /needs the JSON files/],
      [['import', 'ok.json'], /needs --out/],
      [['import', 'nope.json', '--out', 'o'], /no such file or directory: nope.json/],
      [['import', 'bad.json', '--out', 'o'], /^xtap-lint: cannot read bad.json:1:11: not valid JSON: a trailing comma before the closing bracket/],
      [['import', 'ok.json', '--out', 'o', '--tenant-id', 'contoso'], /--tenant-id must be a GUID/],
      [['import', 'ok.json', '--out', 'o', '--license', 'e5'], /--license must be one of free, p1, p2/],
      [['import', 'ok.json', '--out', 'o', '--bogus'], /Unknown option/],
    ];
    for (const [args, re] of cases) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(re);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(existsSync(join(dir, 'o'))).toBe(false);
  });

  it('round trip E1–E7: import, lint without a schema finding, export back to equal JSON', async () => {
    for (const e of ROUND_TRIP) {
      const dir = tempRepo({ [join('graph', sourcePath(e))]: e.json.replace(/,(\s*[}\]])/g, '$1') });
      const imp = await runCli(['import', 'graph', '--out', 'xtap', '--tenant-id', TENANT_ID, '--license', 'p2'], { cwd: dir });
      expect(imp.code, `${e.id}: ${imp.stderr}`).toBe(0);
      expect(imp.stderr, e.id).toBe('');
      expect((await lintJson(dir, 'xtap')).filter((id) => id === 'schema' || id === 'syntax'), e.id).toEqual([]);
      const exp = await runCli(['export', 'xtap', '--out', 'requests'], { cwd: dir });
      expect(exp.code, `${e.id}: ${exp.stderr}`).toBe(0);
      const folder = join(dir, 'requests', TENANT_ID);
      const files = existsSync(folder) ? (await import('node:fs')).readdirSync(folder).sort() : [];
      const requests = files.map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as { method: string; url: string; body?: Record<string, unknown>; ifAbsent?: { body: Record<string, unknown> } });
      let exported: Record<string, unknown> | undefined;
      if (e.place === 'default') exported = requests.find((r) => r.url.endsWith('/default'))?.body;
      else if (e.place === 'crossTenantAccessPolicy') exported = requests.find((r) => r.url.endsWith('/crossTenantAccessPolicy'))?.body;
      else if (e.place === 'identitySynchronization') exported = requests.find((r) => r.method === 'PUT')?.body;
      else {
        const r = requests.find((x) => x.ifAbsent);
        exported = 'tenantId' in body(e) ? r?.ifAbsent?.body : r?.body;
      }
      expect(comparable((exported ?? {}) as never), e.id).toBe(comparable(body(e)));
    }
  });

  it('a partner file is found under partners/<tenant id>.json for bodies without tenantId', async () => {
    const dir = tempRepo({});
    mkdirSync(dirname(join(dir, `g/partners/${P2}.json`)), { recursive: true });
    writeFileSync(join(dir, `g/partners/${P2}.json`), json(ex('E6b')));
    const r = await runCli(['import', 'g', '--out', 'x', '--tenant-id', TENANT_ID, '--license', 'p1'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(read(dir, `x/partners/${P2}.xtap.yaml`)).toEqual({ partners: [{ tenantId: P2, ...ex('E6b') }] });
  });
});
