import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { diffModels, filterChanges, renderDiffJson, renderDiffMarkdown } from '../../src/intel/diff.js';
import { expectGolden, PROJECT_ROOT } from '../helpers/cli.js';
import { CONTOSO, CONTOSO_ID, FABRIKAM, FABRIKAM_ID, model, NORTHWIND_ID, SUPPLIERS, WOODGROVE_ID } from './fixtures.js';

const GOLDEN = join(PROJECT_ROOT, 'test/intel/golden');
const BASE = { 'contoso.xtap.yaml': CONTOSO, 'partners/suppliers.xtap.yaml': SUPPLIERS, 'fabrikam.xtap.yaml': FABRIKAM };

/** Contoso without its Fabrikam entry, MFA trusted in the default; Woodgrove's redemption off; Northwind's block list changed. */
function changedHead(): Record<string, string> {
  const contoso = CONTOSO.replace(/ {2}- tenantId: 3f2c[\s\S]*?include:/, 'include:').replace('default:\n', 'default:\n  inboundTrust: { isMfaAccepted: true }\n');
  const suppliers = SUPPLIERS.replace('inboundAllowed: true', 'inboundAllowed: false').replace(
    '00000012-0000-0000-c000-000000000000',
    '00000002-0000-0ff1-ce00-000000000000',
  );
  return { 'contoso.xtap.yaml': contoso, 'partners/suppliers.xtap.yaml': suppliers };
}

describe('diffModels', () => {
  it('finds nothing between a model and itself', () => {
    expect(diffModels(model(BASE), model(BASE))).toEqual([]);
  });

  it('finds nothing when partners move between files, files are renamed and keys reordered', () => {
    const fabrikamEntry = /( {2}- tenantId: 3f2c[\s\S]*?)include:/.exec(CONTOSO)![1];
    const contoso = CONTOSO.replace(fabrikamEntry, '').replace('partners:\ninclude:', 'include:');
    // Fabrikam moves to a partner file; the supplier file is renamed; keys inside entries are reordered.
    const moved = `partners:\n${fabrikamEntry
      .replace('    name: Fabrikam\n', '')
      .replace('  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n', '  - name: Fabrikam\n    tenantId: 3F2C9A70-1B4D-4C1E-8F5A-6D7E8F901234\n')}`;
    const suppliers = SUPPLIERS.replace(
      '    automaticUserConsentSettings:\n      inboundAllowed: true\n    identitySynchronization:\n      userSyncInbound: { isSyncAllowed: true }\n',
      '    identitySynchronization:\n      userSyncInbound: { isSyncAllowed: true }\n    automaticUserConsentSettings:\n      inboundAllowed: true\n',
    );
    expect(suppliers).not.toBe(SUPPLIERS);
    const head = model({
      'tenants/contoso.xtap.yaml': contoso.replace('partners/*.xtap.yaml', '../partners/*.xtap.yaml'),
      'partners/fabrikam.xtap.yaml': moved,
      'partners/vendors.xtap.yaml': suppliers,
      'fabrikam-tenant.xtap.yaml': FABRIKAM,
    });
    expect(head.tenantsById.get(CONTOSO_ID)![0].partners.map((p) => p.label).sort()).toEqual(['Fabrikam', 'Northwind', 'Woodgrove Bank']);
    expect(diffModels(model(BASE), head)).toEqual([]);
  });

  it('reports a removed partner as the effective change its removal causes', () => {
    const changes = diffModels(model(BASE), model(changedHead()));
    const fabrikam = changes.filter((c) => c.partner?.id === FABRIKAM_ID);
    expect(fabrikam.map((c) => [c.kind, c.direction, c.setting])).toEqual([
      ['partner', null, null],
      ['b2bCollaboration', 'inbound', 'b2bCollaborationInbound'],
      ['b2bDirectConnect', 'inbound', 'b2bDirectConnectInbound'],
    ]);
    expect(fabrikam[0]).toMatchObject({ before: 'partner', after: 'default' });
    expect(fabrikam[1].summary).toBe(
      'Fabrikam (3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234): inbound B2B collaboration: all users to all applications allowed, inherited from the default (was: group Sales (7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b) to Office 365 apps allowed)',
    );
    expect(fabrikam[2].summary).toBe(
      "Fabrikam (3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234): inbound B2B direct connect: blocked for all users and applications, Microsoft's service default (was: all users to Office 365 apps allowed)",
    );
  });

  it('reports a default change once, naming the partners that inherit it', () => {
    const changes = diffModels(model(BASE), model(changedHead()));
    const trust = changes.filter((c) => c.kind === 'trust');
    expect(trust).toHaveLength(1);
    expect(trust[0]).toMatchObject({ partner: null, before: false, after: true, setting: 'inboundTrust.isMfaAccepted' });
    expect(trust[0].inheritedBy).toEqual([
      { id: NORTHWIND_ID, name: 'Northwind' },
      { id: WOODGROVE_ID, name: 'Woodgrove Bank' },
    ]);
  });

  it('says who gained and lost access to which apps', () => {
    const c = diffModels(model(BASE), model(changedHead())).find((x) => x.partner?.id === NORTHWIND_ID)!;
    expect(c.gained).toBe('all users gained access to Microsoft Rights Management Services (00000012-0000-0000-c000-000000000000)');
    expect(c.lost).toBe('all users lost access to Office 365 Exchange Online (00000002-0000-0ff1-ce00-000000000000)');
  });

  it('reports tenants added and removed whole', () => {
    const changes = diffModels(model(BASE), model(changedHead()));
    expect(changes.filter((c) => c.kind === 'tenant')).toEqual([
      expect.objectContaining({ tenant: { id: FABRIKAM_ID, name: 'Fabrikam' }, before: 'declared', after: null, files: ['fabrikam.xtap.yaml'] }),
    ]);
  });

  it('reports sync and automatic redemption, and partners added', () => {
    const head = { ...BASE, 'partners/suppliers.xtap.yaml': SUPPLIERS.replace('{ isSyncAllowed: true }', '{ isSyncAllowed: false }') + `  - tenantId: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\n    name: Tailspin\n    b2bCollaborationInbound:\n      usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }\n      applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }\n` };
    const changes = diffModels(model(BASE), model(head));
    expect(changes.map((c) => c.summary)).toEqual([
      'Tailspin (9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d): partner added in partners/suppliers.xtap.yaml; its own settings replace the default\'s',
      'Tailspin (9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d): inbound B2B collaboration: blocked for all users and applications (was: all users to all applications allowed)',
      'Woodgrove Bank (5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b): user synchronization from this partner: not allowed (was: allowed)',
    ]);
  });

  it('filters changes by the files that declare them', () => {
    const changes = diffModels(model(BASE), model(changedHead()));
    expect(filterChanges(changes, (p) => p === 'partners/suppliers.xtap.yaml').map((c) => c.partner?.name)).toEqual(['Northwind', 'Woodgrove Bank']);
  });

  it('renders Markdown and JSON, byte-identical across runs', () => {
    const a = diffModels(model(BASE), model(changedHead()));
    const b = diffModels(model(BASE), model(changedHead()));
    const md = renderDiffMarkdown(a, { before: '`main`', after: 'the working tree' });
    expect(renderDiffMarkdown(b, { before: '`main`', after: 'the working tree' })).toBe(md);
    expectGolden(md, join(GOLDEN, 'diff.md'));
    const json = renderDiffJson(a, { base: 'main' });
    expect(renderDiffJson(b, { base: 'main' })).toBe(json);
    expectGolden(json, join(GOLDEN, 'diff.json'));
    const data = JSON.parse(json) as { base: string; changes: Array<Record<string, unknown>> };
    expect(data.base).toBe('main');
    for (const c of data.changes) {
      expect(Object.keys(c).slice(0, 8)).toEqual(['tenant', 'partner', 'direction', 'kind', 'setting', 'before', 'after', 'summary']);
      expect(c).not.toHaveProperty('files');
    }
    expect(data.changes[0].tenant).toEqual({ id: CONTOSO_ID, name: 'Contoso' });
  });

  it('says so when nothing changed', () => {
    expect(renderDiffMarkdown([], { before: '`main`', after: 'the working tree' })).toBe(
      '## Cross-tenant access changes: `main` → the working tree\n\nNo change in effective cross-tenant access.\n',
    );
    expect(renderDiffJson([], { base: 'main' })).toBe('{\n  "base": "main",\n  "changes": []\n}\n');
  });

  it('escapes Markdown in names', () => {
    const head = { ...BASE, 'contoso.xtap.yaml': CONTOSO.replace('name: Contoso', 'name: "Contoso *Corp* | <HQ>"').replace('isMfaAccepted: true', 'isMfaAccepted: false') };
    const md = renderDiffMarkdown(diffModels(model(BASE), model(head)), { before: '`main`', after: 'the working tree' });
    expect(md).toContain('### Contoso \\*Corp\\* \\| \\<HQ\\> (`0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b`)');
  });
});
