import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importTenant, ImportError } from '../../src/graph/import.js';
import { PLACEHOLDER_TENANT_ID } from '../../src/resolve/knowledge.js';
import type { ImportSource } from '../../src/graph/import.js';
import { TYPES } from '../../src/graph/properties.js';
import type { TypeName } from '../../src/graph/properties.js';
import { lintFiles } from '../../src/engine/lint.js';
import graphSchema from '../../schemas/graph.schema.json' with { type: 'json' };
import { body, PARTNER_ID, ROUND_TRIP, sourcePath, TENANT_ID } from './helpers.js';
import { GRAPH_EXAMPLES } from '../validate/fixtures/graph-examples.js';

const example = (id: string) => {
  const e = GRAPH_EXAMPLES.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return e;
};

function lint(files: Array<{ path: string; text: string }>) {
  return lintFiles(files.map((f) => ({ path: f.path, text: f.text }))).result.files.flatMap((f) => f.findings.map((x) => ({ ...x, file: f.file })));
}

const yamlOf = (files: Array<{ path: string; text: string }>, path: string) => parse(files.find((f) => f.path === path)?.text ?? '') as Record<string, unknown>;

describe('the property table', () => {
  it('lists each type in the order of schemas/graph.schema.json', () => {
    const defs = (graphSchema as { $defs: Record<string, { properties?: Record<string, unknown> }> }).$defs;
    const names: Partial<Record<TypeName, string>> = {
      root: 'crossTenantAccessPolicy',
      default: 'crossTenantAccessPolicyConfigurationDefault',
      partner: 'crossTenantAccessPolicyConfigurationPartner',
      identitySync: 'crossTenantIdentitySyncPolicyPartner',
      b2bSetting: 'crossTenantAccessPolicyB2BSetting',
      tenantRestrictions: 'crossTenantAccessPolicyTenantRestrictions',
      targetConfiguration: 'crossTenantAccessPolicyTargetConfiguration',
      target: 'crossTenantAccessPolicyTarget',
      devicesFilter: 'devicesFilter',
      inboundTrust: 'crossTenantAccessPolicyInboundTrust',
      inboundOutbound: 'inboundOutboundPolicyConfiguration',
      redemption: 'defaultInvitationRedemptionIdentityProviderConfiguration',
      m365Inbound: 'crossTenantAccessPolicyM365CollaborationInboundSetting',
      m365Outbound: 'crossTenantAccessPolicyM365CollaborationOutboundSetting',
      appServiceConnect: 'crossTenantAccessPolicyAppServiceConnectSetting',
      syncInbound: 'crossTenantUserSyncInbound',
    };
    for (const [type, def] of Object.entries(names)) {
      expect(TYPES[type as TypeName].map(([p]) => p), type).toEqual(Object.keys(defs[def].properties ?? {}));
    }
  });
});

describe('import', () => {
  it('leaves out the service default: E1 and E2 give a tenant file with only tenant:', () => {
    for (const id of ['E1', 'E2']) {
      const r = importTenant([{ path: 'default.json', json: body(example(id)) }], { tenantId: TENANT_ID, license: 'p1' });
      expect(r.files.map((f) => f.path)).toEqual(['tenant.xtap.yaml']);
      expect(yamlOf(r.files, 'tenant.xtap.yaml')).toEqual({ tenant: { id: TENANT_ID, license: 'p1' } });
      expect(r.unknown).toEqual([]);
    }
  });

  it('writes the schema comment, keys in documented order, and lints clean of syntax and schema', () => {
    const e5 = body(example('E5'));
    const r = importTenant([{ path: 'partners.json', json: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#policies/crossTenantAccessPolicy/partners', value: [e5] } }], {
      tenantId: TENANT_ID,
      license: 'p2',
      name: 'Contoso Ltd',
    });
    expect(r.files.map((f) => f.path)).toEqual(['contoso-ltd.xtap.yaml', `partners/${e5.tenantId as string}.xtap.yaml`]);
    const partnerText = r.files[1].text;
    expect(partnerText.split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/xtap-lint/xtap-lint/main/schemas/partner.schema.json');
    expect(r.files[0].text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/xtap-lint/xtap-lint/main/schemas/tenant.schema.json');
    const entry = (yamlOf(r.files, r.files[1].path).partners as Array<Record<string, unknown>>)[0];
    // Null properties (and automaticUserConsentSettings with only null members) are left out; false service-managed flags too.
    expect(Object.keys(entry)).toEqual(['tenantId', 'b2bDirectConnectInbound', 'tenantRestrictions']);
    expect(yamlOf(r.files, 'contoso-ltd.xtap.yaml')).toEqual({ tenant: { id: TENANT_ID, name: 'Contoso Ltd', license: 'p2' }, include: ['partners/*.xtap.yaml'] });
    expect(lint(r.files).filter((f) => f.ruleId === 'syntax' || f.ruleId === 'schema')).toEqual([]);
  });

  it('drops OData annotations at every depth', () => {
    const json = {
      '@odata.context': 'https://graph.microsoft.com/beta/$metadata#policies/crossTenantAccessPolicy/default/$entity',
      '@odata.type': '#microsoft.graph.crossTenantAccessPolicyConfigurationDefault',
      inboundTrust: { '@odata.type': '#microsoft.graph.crossTenantAccessPolicyInboundTrust', isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false },
      'inboundTrust@odata.type': '#microsoft.graph.crossTenantAccessPolicyInboundTrust',
    };
    const r = importTenant([{ path: 'x.json', json }], { tenantId: TENANT_ID });
    expect(yamlOf(r.files, 'tenant.xtap.yaml').default).toEqual({ inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false } });
    expect(r.files[0].text).not.toContain('odata');
  });

  it('drops unknown properties and reports each (a request carrying one fails with 400), so lint is clean of them', () => {
    const json = {
      tenantId: PARTNER_ID,
      protectedContentSharing: { inboundAllowed: null, outboundAllowed: true },
      inboundTrust: { isMfaAccepted: true, isFutureThingAccepted: true },
      futureSetting: { usersAndGroups: { accessType: 'blocked' } },
    };
    const r = importTenant([{ path: 'p.json', json }], { tenantId: TENANT_ID });
    const file = `partners/${PARTNER_ID}.xtap.yaml`;
    expect(r.unknown).toEqual([
      { file, path: 'partners[0].inboundTrust.isFutureThingAccepted' },
      { file, path: 'partners[0].futureSetting' },
    ]);
    const entry = (yamlOf(r.files, file).partners as Array<Record<string, unknown>>)[0];
    expect(entry).toEqual({ tenantId: PARTNER_ID, inboundTrust: { isMfaAccepted: true }, protectedContentSharing: { outboundAllowed: true } });
    expect(lint(r.files).filter((f) => f.ruleId === 'schema')).toEqual([]);
  });

  it("leaves out unknown properties that are only nulls (a beta deleted partner's PPE fields, E9)", () => {
    const e9 = {
      '@odata.context': 'https://graph.microsoft-ppe.com/testppebetadeleteapis/$metadata#microsoft.graph.crossTenantAccessPolicyConfigurationPartner',
      tenantId: PARTNER_ID,
      deletedDateTime: '2025-06-18T22:58:04Z',
      displayName: null,
      isServiceProvider: null,
      isInMultiTenantOrganization: false,
      blockServiceProviderOutboundAccess: null,
      inboundTrust: null,
      invitationRedemptionIdentityProviderConfiguration: null,
      crossCloudMeetingConfiguration: { inboundAllowed: null, outboundAllowed: null },
      automaticUserConsentSettings: { inboundAllowed: null, outboundAllowed: null },
      protectedContentSharing: { inboundAllowed: null, outboundAllowed: true },
    };
    const r = importTenant([{ path: 'deleted.json', json: e9 }], { tenantId: TENANT_ID });
    expect(yamlOf(r.files, `partners/${PARTNER_ID}.xtap.yaml`)).toEqual({ partners: [{ tenantId: PARTNER_ID, protectedContentSharing: { outboundAllowed: true } }] });
    expect(r.unknown).toEqual([]);
  });

  it('reports unknownFutureValue by its rule, not the schema', () => {
    const json = { tenantId: PARTNER_ID, b2bCollaborationInbound: { usersAndGroups: { accessType: 'unknownFutureValue', targets: [{ target: 'AllUsers', targetType: 'user' }] } } };
    const r = importTenant([{ path: 'p.json', json }], { tenantId: TENANT_ID });
    const ids = lint(r.files).map((f) => f.ruleId);
    expect(ids).toContain('unknown-future-value');
    expect(ids).not.toContain('schema');
    expect(r.unknown).toEqual([]);
  });

  it('keeps isServiceProvider: true with a reasoned directive, and drops false service-managed flags', () => {
    const r = importTenant([{ path: 'p.json', json: { tenantId: PARTNER_ID, isServiceProvider: true, isInMultiTenantOrganization: false, deletedDateTime: null } }], { tenantId: TENANT_ID });
    const text = r.files[1].text;
    expect(text).toContain('    # xtap-lint-disable-next-line read-only-property -- imported from the tenant: service-managed, kept as a record\n    isServiceProvider: true\n');
    expect(text).not.toContain('isInMultiTenantOrganization');
    const findings = lint(r.files);
    expect(findings.filter((f) => ['read-only-property', 'unused-disable', 'schema'].includes(f.ruleId))).toEqual([]);
  });

  it('attaches identity synchronization to its partner, names the partner after it, and reads $expand', () => {
    const sync = { tenantId: PARTNER_ID, displayName: 'Fabrikam', userSyncInbound: { isSyncAllowed: true } };
    const partner = { tenantId: PARTNER_ID, automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: null } };
    const separate = importTenant(
      [
        { path: 'partner.json', json: partner },
        { path: 'sync.json', json: sync },
      ],
      { tenantId: TENANT_ID },
    );
    const expanded = importTenant([{ path: 'partner.json', json: { ...partner, identitySynchronization: sync } }], { tenantId: TENANT_ID });
    for (const r of [separate, expanded]) {
      expect(yamlOf(r.files, `partners/${PARTNER_ID}.xtap.yaml`)).toEqual({
        partners: [{ tenantId: PARTNER_ID, name: 'Fabrikam', automaticUserConsentSettings: { inboundAllowed: true }, identitySynchronization: { displayName: 'Fabrikam', userSyncInbound: { isSyncAllowed: true } } }],
      });
    }
  });

  it('takes a partner ID from the file path when the body has none (PATCH bodies, EntraExporter)', () => {
    const r = importTenant([{ path: `partners/${PARTNER_ID.toUpperCase()}.json`, json: body(example('E6a')) }], { tenantId: TENANT_ID });
    expect(yamlOf(r.files, `partners/${PARTNER_ID}.xtap.yaml`)).toEqual({ partners: [{ tenantId: PARTNER_ID.toUpperCase(), ...body(example('E6a')) }] });
  });

  it('merges v1.0 and beta responses of one object, and refuses ones that disagree', () => {
    const v1 = { tenantId: PARTNER_ID, inboundTrust: { isMfaAccepted: true } };
    const beta = { tenantId: PARTNER_ID, inboundTrust: { isMfaAccepted: true }, blockServiceProviderOutboundAccess: true };
    const r = importTenant([
      { path: 'v1/p.json', json: v1 },
      { path: 'beta/p.json', json: beta },
    ]);
    expect(yamlOf(r.files, `partners/${PARTNER_ID}.xtap.yaml`)).toEqual({ partners: [beta] });
    expect(() => importTenant([{ path: 'a.json', json: v1 }, { path: 'b.json', json: { tenantId: PARTNER_ID, inboundTrust: { isMfaAccepted: false } } }])).toThrow(ImportError);
  });

  it('reads the root policy, wrapped in value as the docs show it, and infers the cloud from @odata.context', () => {
    const json = { '@odata.context': 'https://graph.microsoft.us/v1.0/$metadata#policies/crossTenantAccessPolicy/$entity', value: { '@odata.type': '#microsoft.graph.crossTenantAccessPolicy', displayName: 'CrossTenantAccessPolicy', allowedCloudEndpoints: ['microsoftonline.com'], id: 'x' } };
    const r = importTenant([{ path: 'root.json', json }], { tenantId: TENANT_ID, license: 'p1' });
    expect(yamlOf(r.files, 'tenant.xtap.yaml')).toEqual({
      tenant: { id: TENANT_ID, cloud: 'usGovernment', license: 'p1' },
      crossTenantAccessPolicy: { displayName: 'CrossTenantAccessPolicy', allowedCloudEndpoints: ['microsoftonline.com'] },
    });
  });

  it('without --tenant-id and --license writes a placeholder and says so', () => {
    const r = importTenant([{ path: 'default.json', json: body(example('E3a')) }]);
    expect(r.files[0].text).toContain(`id: ${PLACEHOLDER_TENANT_ID} #`);
    expect(r.notes).toEqual([expect.stringContaining('no --tenant-id'), expect.stringContaining('no --license')]);
    // The placeholder is the one problem: a schema finding at tenant.id until it is replaced.
    const problems = lint(r.files).filter((f) => f.ruleId === 'schema' || f.ruleId === 'syntax');
    const idLine = r.files[0].text.split('\n').findIndex((l) => l.includes(`id: ${PLACEHOLDER_TENANT_ID}`)) + 1;
    expect(problems.map((f) => [f.ruleId, f.range.line, f.range.column])).toEqual([['schema', idLine, 7]]);
    expect(problems[0].message).toContain(`\`tenant.id\` is the placeholder \`${PLACEHOLDER_TENANT_ID}\`, not a tenant ID.`);
  });

  it('notes a collection that has more pages', () => {
    const r = importTenant([{ path: 'partners.json', json: { value: [{ tenantId: PARTNER_ID }], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/policies/crossTenantAccessPolicy/partners?$skiptoken=x' } }], { tenantId: TENANT_ID });
    expect(r.notes[0]).toContain('@odata.nextLink');
  });

  it('refuses what it cannot place', () => {
    expect(() => importTenant([{ path: 'x.json', json: 'text' } as ImportSource])).toThrow('expected a JSON object');
    expect(() => importTenant([{ path: 'sync.json', json: { userSyncInbound: { isSyncAllowed: true } } }])).toThrow('cannot tell which partner');
    expect(() => importTenant([{ path: 'x.json', json: { value: [] } }])).toThrow('found no Microsoft Graph objects');
  });

  for (const e of ROUND_TRIP) {
    it(`${e.id} imports and lints without a schema finding`, () => {
      const r = importTenant([{ path: sourcePath(e), json: body(e) }], { tenantId: TENANT_ID, license: 'p2' });
      expect(r.unknown).toEqual([]);
      expect(lint(r.files).filter((f) => f.ruleId === 'schema' || f.ruleId === 'syntax')).toEqual([]);
    });
  }
});
