/** `export --format utcm`: a UTCM configuration monitor whose resources validate against Microsoft's schema excerpt. */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { PROJECT_ROOT, runCli, tempRepo } from '../helpers/cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const PARTNER = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const files = {
  'contoso.xtap.yaml': `tenant: { id: ${TENANT}, name: Contoso, license: p1 }
crossTenantAccessPolicy:
  allowedCloudEndpoints: [microsoftonline.us]
default:
  inboundTrust: { isMfaAccepted: true }
  tenantRestrictions:
    usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
    applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
partners:
  - tenantId: ${PARTNER}
    name: Fabrikam
    automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: true }
    inboundTrust: { isMfaAccepted: true, isCompliantNetworkAccepted: true }
    b2bDirectConnectOutbound:
      usersAndGroups: { accessType: allowed, targets: [{ target: 6f546279-4da5-4b53-a095-09ea0cef9971, targetType: group, label: Sales }] }
      applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
    identitySynchronization: { userSyncInbound: { isSyncAllowed: true } }
`,
};

describe('xtap-lint export --format utcm', () => {
  it('writes the three resources in PascalCase, the default as the service applies it, and lists what UTCM cannot monitor', async () => {
    const dir = tempRepo(files);
    dirs.push(dir);
    const r = await runCli(['export', '--format', 'utcm'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        'export: UTCM cannot monitor default: tenantRestrictions (tenant Contoso); it is not in the monitor',
        `export: UTCM cannot monitor partner Fabrikam (${PARTNER}): inboundTrust.isCompliantNetworkAccepted (tenant Contoso); it is not in the monitor`,
        `export: UTCM cannot monitor partner Fabrikam (${PARTNER}): identitySynchronization (tenant Contoso); it is not in the monitor`,
        '',
      ].join('\n'),
    );
    const monitor = JSON.parse(r.stdout) as { displayName: string; baseline: { resources: Array<{ resourceType: string; properties: Record<string, unknown> }> } };
    expect(monitor.displayName).toBe('xtap-lint: Contoso');
    const [root, def, partner] = monitor.baseline.resources;
    expect(root).toEqual({ displayName: 'Cross-tenant access policy', resourceType: 'microsoft.entra.crosstenantaccesspolicy', properties: { IsSingleInstance: 'Yes', AllowedCloudEndpoints: ['microsoftonline.us'], Ensure: 'Present' } });
    expect(def.resourceType).toBe('microsoft.entra.crosstenantaccesspolicyconfigurationdefault');
    expect(def.properties.InboundTrust).toEqual({ IsMfaAccepted: true, IsCompliantDeviceAccepted: false, IsHybridAzureADJoinedDeviceAccepted: false });
    expect(def.properties.B2BDirectConnectInbound).toEqual({
      UsersAndGroups: { AccessType: 'blocked', Targets: [{ Target: 'AllUsers', TargetType: 'user' }] },
      Applications: { AccessType: 'blocked', Targets: [{ Target: 'AllApplications', TargetType: 'application' }] },
    });
    expect(partner.properties).toEqual({
      PartnerTenantId: PARTNER,
      B2BDirectConnectOutbound: {
        UsersAndGroups: { AccessType: 'allowed', Targets: [{ Target: '6f546279-4da5-4b53-a095-09ea0cef9971', TargetType: 'group' }] },
        Applications: { AccessType: 'allowed', Targets: [{ Target: 'AllApplications', TargetType: 'application' }] },
      },
      AutomaticUserConsentSettings: { InboundAllowed: true, OutboundAllowed: true },
      InboundTrust: { IsMfaAccepted: true },
      Ensure: 'Present',
    });
    // Every resource validates against Microsoft's UTCM schema (SchemaStore's utcm-monitor.json excerpt), with no
    // property the schema does not name.
    const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'test/graph/fixtures/utcm-monitor-xtap.json'), 'utf8').replace(/"errorMessage":[^\n]*\n/g, '')) as { $defs: Record<string, { properties: Record<string, unknown> }> };
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    for (const res of monitor.baseline.resources) {
      const def2 = schema.$defs[res.resourceType];
      expect(ajv.validate({ ...def2, additionalProperties: false }, res.properties), JSON.stringify(ajv.errors)).toBe(true);
      for (const k of Object.keys(res.properties)) expect(Object.keys(def2.properties)).toContain(k);
    }
  });

  it('import reads the monitor back: the settings UTCM monitors come back as declared', async () => {
    const dir = tempRepo({ ...files, 'monitor.json': '' });
    dirs.push(dir);
    const r = await runCli(['export', '--format', 'utcm'], { cwd: dir });
    writeFileSync(join(dir, 'monitor.json'), r.stdout);
    const back = await runCli(['import', 'monitor.json', '--out', 'back', '--tenant-id', TENANT, '--license', 'p1'], { cwd: dir });
    expect(back.code).toBe(0);
    const partner = parse(readFileSync(join(dir, 'back/partners', `${PARTNER}.xtap.yaml`), 'utf8')) as { partners: Array<Record<string, unknown>> };
    expect(partner.partners[0]).toEqual({
      tenantId: PARTNER,
      automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: true },
      b2bDirectConnectOutbound: {
        usersAndGroups: { accessType: 'allowed', targets: [{ target: '6f546279-4da5-4b53-a095-09ea0cef9971', targetType: 'group' }] },
        applications: { accessType: 'allowed', targets: [{ target: 'AllApplications', targetType: 'application' }] },
      },
      inboundTrust: { isMfaAccepted: true },
    });
    const tenant = parse(readFileSync(join(dir, 'back/tenant.xtap.yaml'), 'utf8')) as Record<string, unknown>;
    expect(tenant.default).toEqual({ inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false } });
  });

  it('--out writes one monitor per tenant; --against is refused', async () => {
    const dir = tempRepo(files);
    dirs.push(dir);
    const r = await runCli(['export', '--format', 'utcm', '--out', 'utcm'], { cwd: dir });
    expect(r.stdout).toBe(`Contoso: UTCM configuration monitor in utcm/${TENANT}/utcm-monitor.json\n`);
    expect(JSON.parse(readFileSync(join(dir, 'utcm', TENANT, 'utcm-monitor.json'), 'utf8')).baseline.resources).toHaveLength(3);
    expect(await runCli(['export', '--format', 'utcm', '--against', 'x'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'xtap-lint: --format utcm states the declared settings, not changes: leave out --against and --base\n' });
  });
});
