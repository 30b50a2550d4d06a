import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stringify } from 'yaml';
import { buildModel } from '../../src/engine/lint.js';
import { documentOf } from '../../src/load/yaml.js';
import { exportRequests, ExportRefusal } from '../../src/graph/export.js';
import type { GraphRequest, TenantPlan } from '../../src/graph/export.js';
import { importTenant } from '../../src/graph/import.js';
import { powershellScript } from '../../src/graph/powershell.js';
import { expectGolden, PROJECT_ROOT } from '../helpers/cli.js';
import { body, comparable, PARTNER_ID, ROUND_TRIP, sourcePath, TENANT_ID } from './helpers.js';
import { join } from 'node:path';

const V1 = 'https://graph.microsoft.com/v1.0/policies/crossTenantAccessPolicy';
const BETA = 'https://graph.microsoft.com/beta/policies/crossTenantAccessPolicy';
const P2 = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';

function model(files: Record<string, unknown>) {
  return buildModel(Object.entries(files).map(([path, v]) => ({ path, text: typeof v === 'string' ? v : stringify(v) }))).model;
}

const requests = (plans: TenantPlan[]): GraphRequest[] => plans.flatMap((p) => p.requests.map((r) => r.request));
const tenant = (extra: Record<string, unknown> = {}) => ({ tenant: { id: TENANT_ID, name: 'Contoso', license: 'p1' }, ...extra });

describe('export: create-or-update requests', () => {
  it('orders root, default, partners, then identity synchronization, with no xtap-lint keys', () => {
    const m = model({
      'contoso.xtap.yaml': tenant({
        crossTenantAccessPolicy: { allowedCloudEndpoints: ['microsoftonline.us'] },
        default: { inboundTrust: { isMfaAccepted: true } },
        partners: [
          {
            tenantId: PARTNER_ID,
            name: 'Fabrikam',
            cloud: 'commercial',
            license: 'p1',
            owner: 'identity-team@contoso.com',
            tags: ['supplier'],
            reviewBy: '2027-06-30',
            ticket: 'CHG-1234',
            identitySynchronization: { displayName: 'Fabrikam', userSyncInbound: { isSyncAllowed: true } },
            automaticUserConsentSettings: { inboundAllowed: true },
            b2bCollaborationInbound: { applications: { accessType: 'allowed', targets: [{ target: '19DB86C3-B2B9-44CC-B339-36DA233A3BE2', targetType: 'application', label: 'My Sign-ins' }] } },
          },
        ],
        include: [],
      }),
    });
    expect(requests(exportRequests(m))).toEqual([
      { method: 'PATCH', url: V1, body: { allowedCloudEndpoints: ['microsoftonline.us'] } },
      // The default's setting is complete: the members it leaves out are the service default's.
      { method: 'PATCH', url: `${V1}/default`, body: { inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false } } },
      {
        method: 'PATCH',
        url: `${V1}/partners/${PARTNER_ID}`,
        body: {
          automaticUserConsentSettings: { inboundAllowed: true },
          b2bCollaborationInbound: { applications: { accessType: 'allowed', targets: [{ target: '19DB86C3-B2B9-44CC-B339-36DA233A3BE2', targetType: 'application' }] } },
        },
        ifAbsent: {
          method: 'POST',
          url: `${V1}/partners`,
          body: {
            tenantId: PARTNER_ID,
            automaticUserConsentSettings: { inboundAllowed: true },
            b2bCollaborationInbound: { applications: { accessType: 'allowed', targets: [{ target: '19DB86C3-B2B9-44CC-B339-36DA233A3BE2', targetType: 'application' }] } },
          },
        },
      },
      { method: 'PUT', url: `${V1}/partners/${PARTNER_ID}/identitySynchronization`, body: { displayName: 'Fabrikam', userSyncInbound: { isSyncAllowed: true } } },
    ]);
  });

  it("completes a default's B2B setting that states one half, with the service default's other half", () => {
    const m = model({ 't.xtap.yaml': tenant({ default: { b2bCollaborationOutbound: { applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] } } } }) });
    expect(requests(exportRequests(m))[0].body).toEqual({
      b2bCollaborationOutbound: {
        usersAndGroups: { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] },
        applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] },
      },
    });
  });

  it('uses /beta where a beta-only property is used, and only there', () => {
    const m = model({
      't.xtap.yaml': tenant({
        default: { blockServiceProviderOutboundAccess: true },
        partners: [
          { tenantId: PARTNER_ID, blockServiceProviderOutboundAccess: false, identitySynchronization: { userSyncInbound: { isSyncAllowed: true }, groupSyncInbound: { isSyncAllowed: true } } },
          { tenantId: P2, inboundTrust: { isMfaAccepted: true }, identitySynchronization: { userSyncInbound: { isSyncAllowed: true } } },
        ],
      }),
    });
    expect(requests(exportRequests(m)).map((r) => [r.method, r.url, r.ifAbsent?.url])).toEqual([
      ['PATCH', `${BETA}/default`, undefined],
      ['PATCH', `${BETA}/partners/${PARTNER_ID}`, `${BETA}/partners`],
      ['PATCH', `${V1}/partners/${P2}`, `${V1}/partners`],
      ['PUT', `${BETA}/partners/${PARTNER_ID}/identitySynchronization`, undefined],
      ['PUT', `${V1}/partners/${P2}/identitySynchronization`, undefined],
    ]);
  });

  it("uses the Graph host of the tenant's cloud", () => {
    const m = model({ 't.xtap.yaml': { tenant: { id: TENANT_ID, license: 'p1', cloud: 'usGovernment' }, partners: [{ tenantId: PARTNER_ID }] } });
    expect(requests(exportRequests(m))[0].url).toBe(`https://graph.microsoft.us/v1.0/policies/crossTenantAccessPolicy/partners/${PARTNER_ID}`);
  });

  it('never exports service-managed properties or the read-only default automaticUserConsentSettings', () => {
    const m = model({
      't.xtap.yaml': tenant({
        default: { isServiceDefault: false, automaticUserConsentSettings: { inboundAllowed: false } },
        partners: [{ tenantId: PARTNER_ID, isServiceProvider: true, isInMultiTenantOrganization: true }],
      }),
    });
    const [plan] = exportRequests(m);
    expect(plan.requests.map((r) => r.request)).toEqual([{ method: 'PATCH', url: `${V1}/partners/${PARTNER_ID}`, body: {}, ifAbsent: { method: 'POST', url: `${V1}/partners`, body: { tenantId: PARTNER_ID } } }]);
    expect(plan.notes).toEqual([expect.stringContaining('read-only')]);
  });

  it('keeps a partner null (inherit the default) in the PATCH, not in the POST', () => {
    const m = model({ 't.xtap.yaml': `tenant: { id: ${TENANT_ID}, license: p1 }\npartners:\n  - tenantId: ${PARTNER_ID}\n    inboundTrust: null\n` });
    const [r] = requests(exportRequests(m));
    expect(r.body).toEqual({ inboundTrust: null });
    expect(r.ifAbsent?.body).toEqual({ tenantId: PARTNER_ID });
  });

  it('refuses a tenant declared in two files', () => {
    const m = model({ 'a.xtap.yaml': tenant(), 'live/a.xtap.yaml': tenant() });
    expect(() => exportRequests(m)).toThrow(/declared in both a.xtap.yaml and live\/a.xtap.yaml/);
  });

  it('refuses a partner declared twice', () => {
    const m = model({ 't.xtap.yaml': tenant({ partners: [{ tenantId: PARTNER_ID }, { tenantId: PARTNER_ID.toUpperCase() }] }) });
    expect(() => exportRequests(m)).toThrow(ExportRefusal);
  });
});

describe('export: exact requests against the current state', () => {
  const live = model({
    'live/t.xtap.yaml': tenant({
      crossTenantAccessPolicy: { allowedCloudEndpoints: ['microsoftonline.us'] },
      default: { inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false } },
      partners: [
        { tenantId: PARTNER_ID, inboundTrust: { isMfaAccepted: true } },
        { tenantId: P2, inboundTrust: { isMfaAccepted: true }, identitySynchronization: { userSyncInbound: { isSyncAllowed: true } } },
        { tenantId: 'aaaaaaaa-1b4d-4c1e-8f5a-6d7e8f901234', b2bDirectConnectInbound: { usersAndGroups: { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] } } },
      ],
    }),
  });

  it('POSTs new partners, PATCHes what changed, leaves the unchanged, and deletes identity sync before its partner (R8)', () => {
    const want = model({
      't.xtap.yaml': tenant({
        // allowedCloudEndpoints removed: the list goes back to empty. The default is unchanged (members spelled out or not).
        default: { inboundTrust: { isMfaAccepted: true } },
        partners: [
          { tenantId: PARTNER_ID.toUpperCase(), name: 'Fabrikam', inboundTrust: { isMfaAccepted: true } }, // unchanged (GUID case, xtap keys)
          { tenantId: 'aaaaaaaa-1b4d-4c1e-8f5a-6d7e8f901234', automaticUserConsentSettings: { inboundAllowed: true } }, // changed
          { tenantId: 'bbbbbbbb-1b4d-4c1e-8f5a-6d7e8f901234', inboundTrust: null, identitySynchronization: { userSyncInbound: { isSyncAllowed: true } } }, // new
        ],
      }),
    });
    const [plan] = exportRequests(want, { current: live, missingCurrent: 'refuse' });
    expect(plan.mode).toBe('exact');
    expect(plan.requests.map((r) => r.request)).toEqual([
      { method: 'PATCH', url: V1, body: { allowedCloudEndpoints: [] } },
      {
        method: 'PATCH',
        url: `${V1}/partners/aaaaaaaa-1b4d-4c1e-8f5a-6d7e8f901234`,
        body: { automaticUserConsentSettings: { inboundAllowed: true }, b2bDirectConnectInbound: null },
      },
      { method: 'POST', url: `${V1}/partners`, body: { tenantId: 'bbbbbbbb-1b4d-4c1e-8f5a-6d7e8f901234' } },
      { method: 'PUT', url: `${V1}/partners/bbbbbbbb-1b4d-4c1e-8f5a-6d7e8f901234/identitySynchronization`, body: { userSyncInbound: { isSyncAllowed: true } } },
      { method: 'DELETE', url: `${V1}/partners/${P2}/identitySynchronization` },
      { method: 'DELETE', url: `${V1}/partners/${P2}` },
    ]);
  });

  it('gives nothing when nothing changed', () => {
    const same = model({ 't.xtap.yaml': stringify(documentOf(live.tenants[0].file)?.toJS()) });
    expect(exportRequests(same, { current: live })[0].requests).toEqual([]);
  });

  it('resets a default setting left out to the service default, completely', () => {
    const want = model({ 't.xtap.yaml': tenant({ crossTenantAccessPolicy: { allowedCloudEndpoints: ['microsoftonline.us'] }, partners: [] }) });
    const reqs = exportRequests(want, { current: live })[0].requests.map((r) => r.request);
    expect(reqs[0]).toEqual({ method: 'PATCH', url: `${V1}/default`, body: { inboundTrust: { isMfaAccepted: false, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false } } });
  });

  it('refuses to remove a cloud service provider (R9)', () => {
    const current = model({ 't.xtap.yaml': tenant({ partners: [{ tenantId: PARTNER_ID, isServiceProvider: true }] }) });
    const want = model({ 't.xtap.yaml': tenant() });
    expect(() => exportRequests(want, { current })).toThrow(/refusing to remove partner .* cloud service provider .*does not let you remove/);
  });

  it('refuses a tenant the current state lacks (--against), or falls back to create-or-update (--base)', () => {
    const want = model({ 't.xtap.yaml': { tenant: { id: P2, license: 'p1' }, partners: [{ tenantId: PARTNER_ID }] } });
    expect(() => exportRequests(want, { current: live, missingCurrent: 'refuse' })).toThrow(/no tenant/);
    const [plan] = exportRequests(want, { current: live, missingCurrent: 'create-or-update' });
    expect(plan.mode).toBe('create-or-update');
    expect(plan.requests[0].request.ifAbsent).toBeDefined();
  });
});

describe('round trip: Microsoft example bodies import and export back to equal JSON', () => {
  for (const e of ROUND_TRIP) {
    it(e.id, () => {
      const imported = importTenant([{ path: sourcePath(e), json: body(e) }], { tenantId: TENANT_ID, license: 'p2' });
      const [plan] = exportRequests(buildModel(imported.files).model);
      const reqs = plan.requests.map((r) => r.request);
      let exported: GraphRequest['body'];
      switch (e.place) {
        case 'default':
          exported = reqs.find((r) => r.url.endsWith('/default'))?.body ?? {};
          break;
        case 'crossTenantAccessPolicy':
          exported = reqs.find((r) => r.url.endsWith('/crossTenantAccessPolicy'))?.body ?? {};
          break;
        case 'partner': {
          const r = reqs.find((x) => x.ifAbsent);
          exported = 'tenantId' in body(e) ? r?.ifAbsent?.body : r?.body;
          break;
        }
        case 'identitySynchronization':
          exported = reqs.find((r) => r.method === 'PUT')?.body;
          break;
      }
      expect(comparable(exported ?? {})).toBe(comparable(body(e)));
    });
  }
});

describe('import then export --against the same import', () => {
  it('gives no requests: what import writes is what export compares', () => {
    // One default, the root, partners from POST, GET and PATCH bodies, and an identity synchronization.
    const ids = ['E3a', 'E8', 'E4-request', 'E5', 'E6a', 'E6b', 'E6c', 'E6e', 'E7'];
    const imported = importTenant(
      ROUND_TRIP.filter((e) => ids.includes(e.id)).map((e) => ({ path: sourcePath(e), json: body(e) })),
      { tenantId: TENANT_ID, license: 'p2' },
    );
    expect(imported.files).toHaveLength(4);
    const m = buildModel(imported.files).model;
    expect(exportRequests(m, { current: buildModel(imported.files).model })[0].requests).toEqual([]);
  });
});

describe('export --format powershell', () => {
  it('matches the golden script', () => {
    const current = model({ 't.xtap.yaml': tenant({ partners: [{ tenantId: P2, identitySynchronization: { userSyncInbound: { isSyncAllowed: true } } }] }) });
    const want = {
      'contoso.xtap.yaml': tenant({
        crossTenantAccessPolicy: { allowedCloudEndpoints: ['microsoftonline.us'] },
        default: { b2bCollaborationInbound: { applications: { accessType: 'allowed', targets: [{ target: 'Office365', targetType: 'application' }] } } },
        partners: [{ tenantId: PARTNER_ID, name: "O'Brien", inboundTrust: { isMfaAccepted: true }, identitySynchronization: { displayName: "O'Brien", userSyncInbound: { isSyncAllowed: true } } }],
      }),
    };
    const plain = exportRequests(model(want));
    const exact = exportRequests(model(want), { current });
    expectGolden(powershellScript([...plain, ...exact], '0.0.0-test'), join(PROJECT_ROOT, 'test/graph/golden/export.ps1'));
  });
});

describe('export reads the declarations the loader kept (issue 17: no second parse)', () => {
  // @ts-expect-error -- a plain ES module without types
  const generateRepo = async (dir: string, o: object): Promise<void> => ((await import('../../bench/generate.mjs')) as { generate: (d: string, o: object) => void }).generate(dir, o);
  const read = (dir: string) => {
    const out: Array<{ path: string; text: string }> = [];
    const walk = (rel: string): void => {
      for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
        const p = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (e.name !== '.git') walk(p);
        } else if (p.endsWith('.xtap.yaml')) out.push({ path: p, text: readFileSync(join(dir, p), 'utf8') });
      }
    };
    walk('');
    return out;
  };
  const tricky = [
    { path: 'a.xtap.yaml', text: `tenant: { id: ${TENANT_ID}, name: A }\ncrossTenantAccessPolicy: &r { allowedCloudEndpoints: [microsoftonline.us] }\ndefault:\n  <<: { inboundTrust: { isMfaAccepted: true } }\n  b2bCollaborationOutbound: { usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] } }\ninclude: [p/*.xtap.yaml]\npartners:\n  - &f\n    tenantId: ${PARTNER_ID}\n    name: F\n    inboundTrust: { isMfaAccepted: true, __proto__: x }\n` },
    { path: 'p/b.xtap.yaml', text: `partners:\n  - tenantId: ${P2}\n    isServiceProvider: false\n    identitySynchronization: { displayName: S, userSyncInbound: { isSyncAllowed: true } }\n` },
  ];
  let dir = '';
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('gives the same requests as parsing each file again, and parses nothing again', async () => {
    dir = mkdtempSync(join(tmpdir(), 'xtap-export-kept-'));
    await generateRepo(dir, { partners: 200, files: 10, tenants: 2, seed: 5 });
    for (const inputs of [tricky, read(dir)]) {
      const again = buildModel(inputs).model;
      const kept = buildModel(inputs, undefined, true).model;
      const reparsed = JSON.stringify(exportRequests(again));
      expect(again.tenants.length).toBeGreaterThan(0);
      expect(JSON.stringify(exportRequests(kept))).toBe(reparsed);
      // The kept path never rebuilt a syntax tree (documentOf stores the one it parses on the file).
      for (const t of kept.tenants) {
        expect(t.file.doc).toBeUndefined();
        for (const p of t.partners) expect(p.file.doc).toBeUndefined();
      }
      expect(exportRequests(kept, { current: buildModel(inputs, undefined, true).model })).toEqual(exportRequests(again, { current: buildModel(inputs).model }));
    }
    expect(JSON.stringify(exportRequests(buildModel(tricky, undefined, true).model))).toContain('microsoftonline.us');
  });
});
