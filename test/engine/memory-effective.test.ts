/**
 * Issue 17, memory at 50,000 partners: what the effective settings, the partners and the findings keep, counted as
 * structures (own keys, shared objects), never as bytes.
 * - an effective value a partner declares reads its value, access type and level from its declaration and its class;
 * - what a partner inherits is the default's own object (records too), not a copy;
 * - a partner's rarely written fields live in an object made only when one is written;
 * - a finding's `message` is joined from `parts` when read, and a lint without --fix keeps no fixes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildModel, buildModels, joinMessage, lintFiles } from '../../src/engine/lint.js';
import * as engine from '../../src/engine/lint.js';
import { locRange } from '../../src/load/yaml.js';
import { runCli, tempRepo } from '../helpers/cli.js';

vi.mock('../../src/engine/lint.js', { spy: true });

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const P1 = '3d6b8da6-bad5-4200-839b-000000000001';
const P2 = '3d6b8da6-bad5-4200-839b-000000000002';
const P3 = '3d6b8da6-bad5-4200-839b-000000000003';
const text = `tenant:
  id: ${TENANT}
  name: Contoso
default:
  inboundTrust: { isCompliantDeviceAccepted: true }
partners:
  - tenantId: ${P1}
    name: Fabrikam
    inboundTrust: { isMfaAccepted: true }
    b2bCollaborationInbound:
      applications:
        accessType: allowed
        targets:
          - { target: Office365, targetType: application }
  - tenantId: ${P2}
  - tenantId: ${P3}
    name: "  Spaced  "
    cloud: usGovernment
    license: p2
    automaticUserConsentSettings: { inboundAllowed: true }
`;

const model = () => buildModel([{ path: 't.xtap.yaml', text }]).model;

afterEach(() => {
  vi.mocked(engine.lintFiles).mockClear();
});

describe("a partner's effective settings", () => {
  it('share the default\'s object when the partner declares nothing, and each inherited record and value', () => {
    const tenant = model().tenants[0];
    const [p1, p2, p3] = tenant.partners;
    const d = tenant.defaults;
    expect(p2.effective).toBe(d);
    // P1 declares trust and one B2B setting: everything else is the default's own record.
    expect(p1.effective.automaticUserConsentSettings).toBe(d.automaticUserConsentSettings);
    expect(p1.effective.opaque).toBe(d.opaque);
    expect(p1.effective.blockServiceProviderOutboundAccess).toBe(d.blockServiceProviderOutboundAccess);
    expect(p1.effective.b2b.b2bCollaborationOutbound).toBe(d.b2b.b2bCollaborationOutbound);
    expect(p1.effective.b2b.b2bCollaborationInbound.usersAndGroups).toBe(d.b2b.b2bCollaborationInbound.usersAndGroups);
    expect(p1.effective.inboundTrust.isCompliantDeviceAccepted).toBe(d.inboundTrust.isCompliantDeviceAccepted);
    // P3 declares consent only: its B2B and trust records are the default's.
    expect(p3.effective.b2b).toBe(d.b2b);
    expect(p3.effective.inboundTrust).toBe(d.inboundTrust);
    expect(p3.effective.automaticUserConsentSettings.outboundAllowed).toBe(d.automaticUserConsentSettings.outboundAllowed);
    // A group the partner declares some of keeps no field per member: its members are read from its declaration and
    // the default's group, and it is written to JSON as the record of its members.
    expect(Object.keys(p1.effective.inboundTrust)).toEqual([]);
    expect(Object.keys(p3.effective.automaticUserConsentSettings)).toEqual([]);
    expect(p1.effective.inboundTrust.isHybridAzureADJoinedDeviceAccepted).toBe(d.inboundTrust.isHybridAzureADJoinedDeviceAccepted);
    expect(Object.keys(JSON.parse(JSON.stringify(p1.effective.inboundTrust)) as object)).toEqual(['isMfaAccepted', 'isCompliantDeviceAccepted', 'isHybridAzureADJoinedDeviceAccepted']);
    expect(JSON.parse(JSON.stringify(p3.effective.automaticUserConsentSettings))).toMatchObject({ inboundAllowed: { value: true, level: 'partner' }, outboundAllowed: { value: false, level: 'service' } });
    expect([p3.effective.automaticUserConsentSettings.inboundAllowed.value, p3.effective.automaticUserConsentSettings.inboundAllowed.level]).toEqual([true, 'partner']);
  });

  it('keep a declared boolean as its declaration alone, with its value, level and place read from it', () => {
    const tenant = model().tenants[0];
    const own = tenant.partners[0].effective.inboundTrust.isMfaAccepted;
    expect(Object.keys(own)).toEqual(['decl']);
    expect([own.value, own.level]).toEqual([true, 'partner']);
    expect(own.decl?.value).toBe(true);
    expect(locRange(own.at)).toMatchObject({ line: 9, column: 36 });
    // As JSON, the keys it had as fields.
    expect(Object.keys(JSON.parse(JSON.stringify(own)) as object)).toEqual(['value', 'level', 'decl']);
    expect(JSON.parse(JSON.stringify(own))).toMatchObject({ value: true, level: 'partner' });
    const dflt = tenant.defaults.inboundTrust.isCompliantDeviceAccepted;
    expect(Object.keys(dflt)).toEqual(['decl']);
    expect([dflt.value, dflt.level]).toEqual([true, 'default']);
    expect(locRange(dflt.at)).toMatchObject({ line: 5, column: 46 });
  });

  it('keep a declared list as its targets and declaration, and a declared B2B setting as its two halves', () => {
    const tenant = model().tenants[0];
    const setting = tenant.partners[0].effective.b2b.b2bCollaborationInbound;
    const apps = setting.applications;
    expect(Object.keys(apps)).toEqual(['accessType', 'decl']);
    expect([apps.accessType, apps.level]).toEqual(['allowed', 'partner']);
    // Every declared target fits the list: the declared array itself.
    expect(apps.targets).toBe(apps.decl?.targets);
    expect(apps.targets.map((t) => t.id)).toEqual(['Office365']);
    expect(locRange(apps.at)).toMatchObject({ line: 11, column: 7 });
    expect(Object.keys(setting)).toEqual(['usersAndGroups', 'applications']);
    expect([setting.name, setting.level]).toEqual(['b2bCollaborationInbound', 'partner']);
    expect(locRange(setting.at)).toMatchObject({ line: 10, column: 5 });
    const json = JSON.parse(JSON.stringify(setting)) as { name: string; level: string; applications: { accessType: string; level: string; targets: unknown[] } };
    expect(Object.keys(json)).toEqual(['name', 'usersAndGroups', 'applications', 'level']);
    expect([json.name, json.level, json.applications.accessType, json.applications.level, json.applications.targets.length]).toEqual(['b2bCollaborationInbound', 'partner', 'allowed', 'partner', 1]);
  });

  it('keep only the targets that fit a list, and an absent `targets` as an empty list', () => {
    const mixed = text.replace('          - { target: Office365, targetType: application }\n', '          - { target: Office365, targetType: application }\n          - { target: AllUsers }\n');
    const apps = buildModel([{ path: 't.xtap.yaml', text: mixed }]).model.tenants[0].partners[0].effective.b2b.b2bCollaborationInbound.applications;
    expect(apps.decl?.targets?.map((t) => t.id)).toEqual(['Office365', 'AllUsers']);
    expect(apps.targets.map((t) => t.id)).toEqual(['Office365']);
    expect([apps.accessType, apps.level]).toEqual(['allowed', 'partner']);
    const bare = text.replace('        targets:\n          - { target: Office365, targetType: application }\n', '');
    const none = buildModel([{ path: 't.xtap.yaml', text: bare }]).model.tenants[0].partners[0].effective.b2b.b2bCollaborationInbound.applications;
    expect(none.decl?.targets).toBeUndefined();
    expect(none.targets).toEqual([]);
    expect(none.targets).toBe(none.targets);
  });
});

describe('a partner', () => {
  it('keeps no field for what it does not write, and reads its name, cloud and licence as written', () => {
    const tenant = model().tenants[0];
    const [p1, p2, p3] = tenant.partners;
    for (const p of [p1, p2, p3]) {
      for (const k of ['name', 'cloud', 'cloudLoc', 'license', 'licenseLoc', 'identitySynchronization', 'validId', 'incomplete']) expect(Object.keys(p)).not.toContain(k);
    }
    expect([p1.name, p1.label, p1.cloud, p1.cloudLoc, p1.license, p1.validId, p1.incomplete]).toEqual(['Fabrikam', 'Fabrikam', 'commercial', undefined, undefined, true, false]);
    expect([p2.name, p2.label, p2.cloud, p2.license]).toEqual([undefined, P2, 'commercial', undefined]);
    expect([p3.name, p3.label, p3.cloud, p3.license]).toEqual(['  Spaced  ', 'Spaced', 'usGovernment', 'p2']);
    expect(locRange(p3.cloudLoc ?? p3.entry)).toMatchObject({ line: 18, column: 12 });
    expect(locRange(p3.licenseLoc ?? p3.entry)).toMatchObject({ line: 19, column: 14 });
  });

  it('reads the places of its tenantId from packed lengths, and from its rare fields when they do not fit', () => {
    const long = 'x'.repeat(300);
    const far = `tenant:\n  id: ${TENANT}\npartners:\n  - name: ${long}\n    tenantId: ${P1}\n  - tenantId: ${P2}\n`;
    const [a, b] = buildModel([{ path: 't.xtap.yaml', text: far }]).model.tenants[0].partners;
    expect(locRange(a.entryKey)).toEqual({ line: 5, column: 5, endLine: 5, endColumn: 13 });
    expect(locRange(a.idLoc)).toEqual({ line: 5, column: 15, endLine: 5, endColumn: 51 });
    expect(locRange(a.entry)).toMatchObject({ line: 4, column: 5 });
    expect(locRange(b.entryKey)).toEqual({ line: 6, column: 5, endLine: 6, endColumn: 13 });
    expect(locRange(b.idLoc)).toEqual({ line: 6, column: 15, endLine: 6, endColumn: 51 });
    expect([a.name, a.label]).toEqual([long, long]);
  });

  it('joined to a second model\'s tenant keeps what it declares, and takes that tenant\'s cloud when it declares none', () => {
    const gov = text.replace('  name: Contoso\n', '  name: Contoso\n  cloud: usGovernment\n');
    const { first, second } = buildModels([{ path: 't.xtap.yaml', text }, { path: 'p.xtap.yaml', text: `partners: []\n` }], [{ path: 't.xtap.yaml', text: gov }, { path: 'p.xtap.yaml', text: `partners: []\n` }]);
    const [a1, , a3] = first.model.tenants[0].partners;
    const [b1, , b3] = second.model.tenants[0].partners;
    expect([a1.cloud, b1.cloud]).toEqual(['commercial', 'usGovernment']);
    expect([b3.name, b3.cloud, b3.license, b3.incomplete]).toEqual([a3.name, 'usGovernment', 'p2', a3.incomplete]);
  });
});

describe('findings', () => {
  const finding = () => {
    const run = lintFiles([{ path: 't.xtap.yaml', text }]);
    const f = run.result.files[0].findings.find((x) => x.ruleId === 'mfa-registration-apps');
    if (!f) throw new Error('no mfa-registration-apps finding');
    return { run, f };
  };

  it('join `message` from `parts` when it is read: an own enumerable key in its place, no text kept for it', () => {
    const { f } = finding();
    expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'message', 'parts', 'file', 'range', 'docsUrl', 'fixable']);
    const d = Object.getOwnPropertyDescriptor(f, 'message');
    expect(d?.get).toBeTypeOf('function');
    expect(d?.enumerable).toBe(true);
    expect('value' in (d ?? {})).toBe(false);
    expect(f.message).toBe(joinMessage(f.parts));
    expect(f.message).toMatch(/^Partner Fabrikam's inbound B2B collaboration app allow list lacks .*`xtap-lint --fix` does it\)\.$/);
    // Copies and JSON see it as a value.
    expect({ ...f }.message).toBe(f.message);
    expect((JSON.parse(JSON.stringify(f)) as { message: string }).message).toBe(f.message);
    // A caller may still set it, as on a plain finding: then it is that text, in the same place among the keys.
    f.message = 'Rewritten.';
    expect(f.message).toBe('Rewritten.');
    expect(Object.keys(f)[2]).toBe('message');
  });

  it('of a lint that applies no fix keep none, and still say which are fixable', () => {
    const kept = finding().run;
    expect([...kept.fixes.values()].flat().length).toBeGreaterThan(0);
    const run = lintFiles([{ path: 't.xtap.yaml', text }], { fixes: false });
    expect(run.fixes.size).toBe(0);
    expect(run.result.files[0].findings.filter((f) => f.fixable).length).toBe(kept.result.files[0].findings.filter((f) => f.fixable).length);
    expect(run.result.files[0].fixableErrorCount + run.result.files[0].fixableWarningCount).toBeGreaterThan(0);
  });

  it('the CLI asks the engine to keep the fixes only for --fix and --fix-dry-run', async () => {
    const dir = tempRepo({ 't.xtap.yaml': text });
    const asked = async (args: string[]): Promise<unknown> => {
      vi.mocked(engine.lintFiles).mockClear();
      await runCli(args, { cwd: dir });
      return vi.mocked(engine.lintFiles).mock.calls.map((c) => c[1]?.fixes);
    };
    expect(await asked(['--format', 'json'])).toEqual([false]);
    const dryRuns = (await asked(['--fix-dry-run'])) as unknown[];
    expect(dryRuns.length).toBeGreaterThan(0);
    expect(dryRuns.filter((x) => x === false)).toEqual([]);
    const dry = await runCli(['--fix-dry-run'], { cwd: dir });
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain('+          - ');
  });
});
