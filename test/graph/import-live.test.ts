/**
 * Import of what real exports and the live tenant return (issue 14 item 7) and a first lint clean of the import's
 * own output (issue 13 item 8).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importTenant, ImportError } from '../../src/graph/import.js';
import { exportRequests } from '../../src/graph/export.js';
import { JsonSyntaxError, parseJson } from '../../src/graph/json.js';
import { buildModel, lintFiles } from '../../src/engine/lint.js';
import { body, PARTNER_ID, sourcePath, TENANT_ID } from './helpers.js';
import { GRAPH_EXAMPLES } from '../validate/fixtures/graph-examples.js';

function lint(files: Array<{ path: string; text: string }>) {
  return lintFiles(files.map((f) => ({ path: f.path, text: f.text }))).result.files.flatMap((f) => f.findings.map((x) => ({ ...x, file: f.file })));
}
const yamlOf = (files: Array<{ path: string; text: string }>, path: string) => parse(files.find((f) => f.path === path)?.text ?? '') as Record<string, unknown>;
const partnerFile = `partners/${PARTNER_ID}.xtap.yaml`;

describe('import: what Graph returns today', () => {
  it('knows crossCloudMeetingConfiguration, protectedContentSharing and inboundTrust.isCompliantNetworkAccepted: kept, exported as written', () => {
    const json = {
      '@odata.context': 'https://graph.microsoft.com/beta/$metadata#policies/crossTenantAccessPolicy/partners/$entity',
      tenantId: PARTNER_ID,
      inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false, isCompliantNetworkAccepted: true },
      crossCloudMeetingConfiguration: { inboundAllowed: true, outboundAllowed: false },
      protectedContentSharing: { inboundAllowed: false, outboundAllowed: true },
      lastModifiedDateTime: '2026-05-01T10:00:00Z',
    };
    const r = importTenant([{ path: 'p.json', json }], { tenantId: TENANT_ID, license: 'p1' });
    expect(r.unknown).toEqual([]);
    const entry = (yamlOf(r.files, partnerFile).partners as Array<Record<string, unknown>>)[0];
    expect(entry).toEqual({
      tenantId: PARTNER_ID,
      crossCloudMeetingConfiguration: { inboundAllowed: true, outboundAllowed: false },
      inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false, isCompliantNetworkAccepted: true },
      protectedContentSharing: { inboundAllowed: false, outboundAllowed: true },
    });
    expect(lint(r.files).filter((f) => f.ruleId === 'schema' || f.ruleId === 'syntax')).toEqual([]);
    const plan = exportRequests(buildModel(r.files).model)[0];
    const request = plan.requests.find((p) => p.name.startsWith('partner-'))?.request;
    expect(request?.url).toBe(`https://graph.microsoft.com/beta/policies/crossTenantAccessPolicy/partners/${PARTNER_ID}`);
    expect(request?.body).toEqual({
      crossCloudMeetingConfiguration: { inboundAllowed: true, outboundAllowed: false },
      inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false, isCompliantNetworkAccepted: true },
      protectedContentSharing: { inboundAllowed: false, outboundAllowed: true },
    });
  });

  it('drops read-only lastModifiedDateTime like definition', () => {
    const root = { '@odata.type': '#microsoft.graph.crossTenantAccessPolicy', displayName: 'CrossTenantAccessPolicy', definition: ['{}'], lastModifiedDateTime: '08-23-2021Z00:00:00', allowedCloudEndpoints: ['microsoftonline.us'] };
    const r = importTenant([{ path: 'root.json', json: root }], { tenantId: TENANT_ID, license: 'p1' });
    expect(yamlOf(r.files, 'tenant.xtap.yaml').crossTenantAccessPolicy).toEqual({ displayName: 'CrossTenantAccessPolicy', allowedCloudEndpoints: ['microsoftonline.us'] });
    expect(r.unknown).toEqual([]);
  });

  it('refuses a soft-deleted partner list, and a soft-deleted partner', () => {
    const list = { '@odata.context': 'https://graph.microsoft.com/beta/$metadata#policies/deletedItems/crossTenantPartners', value: [{ tenantId: PARTNER_ID, deletedDateTime: '2025-06-18T22:58:04Z' }] };
    expect(() => importTenant([{ path: 'deleted.json', json: list }])).toThrow(
      new ImportError('deleted.json is a list of soft-deleted partners (@odata.context ends in deletedItems/crossTenantPartners): they are not live settings and are not imported; fetch /policies/crossTenantAccessPolicy/partners instead'),
    );
    const one = { '@odata.context': 'https://graph.microsoft.com/beta/$metadata#policies/deletedItems/crossTenantPartners/$entity', tenantId: PARTNER_ID };
    expect(() => importTenant([{ path: 'one.json', json: one }])).toThrow(/soft-deleted partner/);
  });

  it('converts PascalCase bodies (PowerShell SDK output) to Graph casing, with a note', () => {
    const ps = {
      TenantId: PARTNER_ID,
      InboundTrust: { IsMfaAccepted: true, IsCompliantDeviceAccepted: null, IsHybridAzureAdJoinedDeviceAccepted: null, AdditionalProperties: {} },
      B2BCollaborationInbound: { UsersAndGroups: { AccessType: 'allowed', Targets: [{ Target: 'AllUsers', TargetType: 'user' }] }, Applications: null },
      IsServiceProvider: null,
      AdditionalProperties: { blockServiceProviderOutboundAccess: true },
    };
    const r = importTenant([{ path: 'ps.json', json: ps }], { tenantId: TENANT_ID, license: 'p1' });
    expect((yamlOf(r.files, partnerFile).partners as unknown[])[0]).toEqual({
      tenantId: PARTNER_ID,
      b2bCollaborationInbound: { usersAndGroups: { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] } },
      blockServiceProviderOutboundAccess: true,
      inboundTrust: { isMfaAccepted: true },
    });
    expect(r.notes).toEqual(["ps.json: converted PascalCase property names (as the PowerShell SDK cmdlets print them) to Graph's camelCase (partner)"]);
    expect(r.unknown).toEqual([]);
  });

  it('reads a UTCM snapshot (PascalCase, PartnerTenantId, Microsoft365DSC keys left out)', () => {
    const snapshot = {
      displayName: 'snapshot',
      resources: [
        { displayName: 'root', resourceType: 'microsoft.entra.crosstenantaccesspolicy', properties: { IsSingleInstance: 'Yes', DisplayName: 'CrossTenantAccessPolicy', AllowedCloudEndpoints: ['microsoftonline.us'], Ensure: 'Present' } },
        { displayName: 'default', resourceType: 'microsoft.entra.crosstenantaccesspolicyconfigurationdefault', properties: { IsSingleInstance: 'Yes', InboundTrust: { IsMfaAccepted: true, IsCompliantDeviceAccepted: false, IsHybridAzureADJoinedDeviceAccepted: false } } },
        { displayName: 'Fabrikam', resourceType: 'microsoft.entra.crosstenantaccesspolicyconfigurationpartner', properties: { PartnerTenantId: PARTNER_ID, TenantId: TENANT_ID, AutomaticUserConsentSettings: { InboundAllowed: true, OutboundAllowed: true }, Ensure: 'Present' } },
        { displayName: 'other', resourceType: 'microsoft.entra.conditionalaccesspolicy', properties: { DisplayName: 'x' } },
      ],
    };
    const r = importTenant([{ path: 'snapshot.json', json: snapshot }], { tenantId: TENANT_ID, license: 'p1' });
    expect(yamlOf(r.files, 'tenant.xtap.yaml')).toEqual({
      tenant: { id: TENANT_ID, license: 'p1' },
      crossTenantAccessPolicy: { displayName: 'CrossTenantAccessPolicy', allowedCloudEndpoints: ['microsoftonline.us'] },
      default: { inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false } },
      include: ['partners/*.xtap.yaml'],
    });
    expect(yamlOf(r.files, partnerFile)).toEqual({ partners: [{ tenantId: PARTNER_ID, automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: true } }] });
    expect(r.notes).toEqual(["snapshot.json: read 3 UTCM resources (PascalCase names converted to Graph's camelCase)"]);
  });

  it('reports a JSON syntax error at line:column, not a byte offset', () => {
    const at = (text: string): [number, number, string] => {
      try {
        parseJson(text);
      } catch (err) {
        if (err instanceof JsonSyntaxError) return [err.line, err.column, err.reason];
      }
      throw new Error('parsed');
    };
    // Microsoft's published default (E1) has a trailing comma.
    const e1 = GRAPH_EXAMPLES.find((e) => e.id === 'E1')?.json ?? '';
    expect(at(e1)).toEqual([8, 3, "a trailing comma before the closing bracket (Microsoft's documentation examples have some): remove it"]);
    expect(at('{\n  "a": x\n}')).toEqual([2, 8, 'unexpected character']);
    expect(at('{\n  "a": 1\n  "b": 2\n}')).toEqual([3, 3, "expected ',' between values"]);
    expect(at('{"a": 1')).toEqual([1, 8, "expected '}'"]);
  });
});

describe('import: the first lint is clean of the import itself (issue 13 item 8)', () => {
  /** Rules about the file rather than the settings: a finding of these in imported output is the import's fault. */
  const OWN = new Set(['syntax', 'schema', 'read-only-property', 'unknown-property', 'directive', 'unused-directive', 'placeholder-tenant-id']);
  for (const e of GRAPH_EXAMPLES) {
    it(`${e.id}: ${e.title}`, () => {
      const r = importTenant([{ path: sourcePath(e), json: body(e) }], { tenantId: TENANT_ID, license: 'p1' });
      const own = lint(r.files).filter((f) => OWN.has(f.ruleId) || f.ruleId.includes('directive'));
      expect(own).toEqual([]);
    });
  }
  it('all of them together, with unknown and PascalCase properties mixed in', () => {
    const pick = ['E2', 'E5', 'E7', 'E8'].map((id) => GRAPH_EXAMPLES.find((e) => e.id === id)).filter((e) => e !== undefined);
    const sources = pick.map((e) => ({ path: e.id === 'E5' ? `partners/${PARTNER_ID}.json` : sourcePath(e), json: { ...body(e), futureProperty: { x: 1 } } }));
    const r = importTenant([...sources, { path: 'ps.json', json: { TenantId: '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234', InboundTrust: { IsMfaAccepted: true }, Future: 1 } }], { tenantId: TENANT_ID, license: 'p1' });
    expect(lint(r.files).filter((f) => OWN.has(f.ruleId) || f.ruleId.includes('directive'))).toEqual([]);
    expect(r.unknown.length).toBeGreaterThan(0);
  });
});
