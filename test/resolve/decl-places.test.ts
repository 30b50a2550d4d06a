/**
 * Issue 17: the declared model keeps each declaration's places as offsets packed in the declaration itself (a base and
 * small deltas, or the offsets whole when they do not fit), and makes `Loc`/`Located` objects only when asked for.
 * What rules read must be what the YAML says: every place is checked here against the text itself.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/engine/lint.js';
import type { Loc } from '../../src/load/yaml.js';
import type { PartnerModel, TargetListDecl } from '../../src/resolve/model.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const UPPER = '84B63277-5E32-4B12-ABDC-000000000002';
const LONG = 'x'.repeat(1500);
const text = `tenant:
  id: ${TENANT}
anchors:
  - &grp 11111111-2222-4333-8444-555555555555
  - &no false
partners:
  - tenantId: 3d6b8da6-bad5-4200-839b-000000000001
    inboundTrust: { isCompliantDeviceAccepted: true }
    b2bCollaborationOutbound:
      usersAndGroups:
        accessType: "allowed"
        targets:
          - { target: ${UPPER}, targetType: group, label: Project team }
          - target: 'AllUsers'
          - { target: *grp, targetType: group }
          - { target: 22222222-2222-4333-8444-555555555555, targetType: group, label: ${LONG} }
      applications: { accessType: blocked, targets: [{ target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }] }
    m365CollaborationInbound:
      users: { accessType: allowed, targets: [] }
    automaticUserConsentSettings:
      outboundAllowed: false
  - tenantId: 3d6b8da6-bad5-4200-839b-000000000002
    b2bDirectConnectInbound:
      applications: { accessType: allowed, targets: [{ target: 00000003-0000-0ff1-ce00-000000000000 }] }
    tenantRestrictions:
      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
  - tenantId: 3d6b8da6-bad5-4200-839b-000000000003
  - tenantId: 3d6b8da6-bad5-4200-839b-000000000004
    tenantRestrictions:
      usersAndGroups: { accessType: sometimes, targets: [{ target: AllUsers, targetType: person }, { "target": AllUsers, 'targetType': "user" }] }
      devices: { filterRule: x }
    inboundTrust: { isMfaAccepted: *no, "isHybridAzureADJoinedDeviceAccepted": true }
`;

/** The place of the `n`th (0-based) occurrence of `s` in the text, from `after` on. */
function place(s: string, after = 0, n = 0): { start: number; end: number } {
  let at = text.indexOf(s, after);
  for (let i = 0; i < n; i++) at = text.indexOf(s, at + 1);
  if (at < 0) throw new Error(`not in the text: ${s}`);
  return { start: at, end: at + s.length };
}
const span = (loc: Loc | undefined): { start: number; end: number } | undefined => loc && { start: loc.start, end: loc.end };

describe('the declared model keeps places as offsets', () => {
  const { model } = buildModel([{ path: 't.xtap.yaml', text }]);
  const [first, second, bare, odd] = model.tenants[0].partners as [PartnerModel, PartnerModel, PartnerModel, PartnerModel];
  const out = first.decl.b2b.b2bCollaborationOutbound;
  const ug = out?.usersAndGroups as TargetListDecl;
  const start = text.indexOf('  - tenantId: 3d6b8da6-bad5-4200-839b-000000000001');

  it('gives every target its places: item, target value and key, targetType value and key', () => {
    const [upper, quoted, aliased, long] = ug.targets ?? [];
    expect(upper.id).toBe(UPPER.toLowerCase());
    expect(upper.target.value).toBe(UPPER);
    expect(upper.label).toBe('Project team');
    expect(span(upper.target.loc)).toEqual(place(UPPER, start));
    const key = (item: string): { start: number; end: number } => ({ start: place(item, start).start + 2, end: place(item, start).start + 8 });
    expect(span(upper.target.key)).toEqual(key(`{ target: ${UPPER}`));
    expect(upper.targetType?.value).toBe('group');
    expect(span(upper.targetType?.loc)).toEqual(place('group', start));
    expect(span(upper.targetType?.key)).toEqual(place('targetType', start));
    expect(span(upper.loc)).toEqual(place(`{ target: ${UPPER}, targetType: group, label: Project team }`, start));
    // Quoted: the value node includes the quotes; no targetType written.
    expect(quoted.id).toBe('AllUsers');
    expect(span(quoted.target.loc)).toEqual(place("'AllUsers'", start));
    expect(quoted.targetType).toBeUndefined();
    expect(quoted.type).toBeUndefined();
    expect(quoted.label).toBeUndefined();
    // Through an alias the value node is the anchored one, before the target's key: its offsets are kept whole.
    expect(aliased.id).toBe('11111111-2222-4333-8444-555555555555');
    expect(span(aliased.target.loc)).toEqual(place('11111111-2222-4333-8444-555555555555'));
    expect(span(aliased.target.key)).toEqual(key('{ target: *grp'));
    expect(span(aliased.targetType?.key)).toEqual(place('targetType', place('*grp').end));
    // An item longer than the deltas hold: its offsets are kept whole too.
    expect(long.label).toBe(LONG);
    expect(span(long.loc)).toEqual(place(`{ target: 22222222-2222-4333-8444-555555555555, targetType: group, label: ${LONG} }`, start));
    expect(span(long.targetType?.loc)).toEqual(place('group', place('22222222-2222').end));
  });

  it('gives a list its key, map, targets key and accessType, and its setting and half', () => {
    expect(ug.setting).toBe('b2bCollaborationOutbound');
    expect(ug.half).toBe('usersAndGroups');
    expect(span(ug.key)).toEqual(place('usersAndGroups', start));
    expect(ug.loc.start).toBe(place('accessType: "allowed"', start).start);
    expect(ug.loc.end).toBe(place(`label: ${LONG} }`, start).end);
    expect(span(ug.targetsKey)).toEqual(place('targets', start));
    expect(ug.accessType?.value).toBe('allowed');
    expect(span(ug.accessType?.loc)).toEqual(place('"allowed"', start));
    expect(span(ug.accessType?.key)).toEqual(place('accessType', start));
    const ap = out?.applications as TargetListDecl;
    expect([ap.setting, ap.half, ap.accessType?.value, ap.targets?.length]).toEqual(['b2bCollaborationOutbound', 'applications', 'blocked', 1]);
    expect(span(ap.loc)).toEqual(place('{ accessType: blocked, targets: [{ target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }] }', start));
    expect(span(out?.key)).toEqual(place('b2bCollaborationOutbound', start));
    expect(out?.isNull).toBe(false);
  });

  it('keeps an accessType or targetType the format does not have, and devices, as written', () => {
    const tr = odd.decl.b2b.tenantRestrictions;
    const list = tr?.usersAndGroups as TargetListDecl;
    const oddStart = text.indexOf('3d6b8da6-bad5-4200-839b-000000000004');
    expect(list.accessType?.value).toBe('sometimes');
    expect(span(list.accessType?.loc)).toEqual(place('sometimes', oddStart));
    expect(span(list.accessType?.key)).toEqual(place('accessType', oddStart));
    expect(span(list.targetsKey)).toEqual(place('targets', oddStart));
    expect(list.targets?.[0].type).toBe('person');
    expect(list.targets?.[0].targetType?.value).toBe('person');
    expect(span(list.targets?.[0].targetType?.loc)).toEqual(place('person', oddStart));
    // Quoted keys and a quoted type: the ends of keys and values are what the text says, not their lengths.
    const quoted = list.targets?.[1];
    expect(quoted?.type).toBe('user');
    expect(span(quoted?.target.key)).toEqual(place('"target"', oddStart));
    expect(span(quoted?.targetType?.key)).toEqual(place("'targetType'", oddStart));
    expect(span(quoted?.targetType?.loc)).toEqual(place('"user"', oddStart));
    // A member's value through an alias (before its key) and a quoted member name keep their places too.
    const trust = odd.decl.inboundTrust?.members;
    expect(trust?.isMfaAccepted?.value).toBe(false);
    expect(span(trust?.isMfaAccepted?.loc)).toEqual(place('false'));
    expect(span(trust?.isMfaAccepted?.key)).toEqual(place('isMfaAccepted', oddStart));
    expect(trust?.isHybridAzureADJoinedDeviceAccepted?.value).toBe(true);
    expect(span(trust?.isHybridAzureADJoinedDeviceAccepted?.key)).toEqual(place('"isHybridAzureADJoinedDeviceAccepted"', oddStart));
    expect(span(trust?.isHybridAzureADJoinedDeviceAccepted?.loc)).toEqual(place('true', place('"isHybridAzureADJoinedDeviceAccepted"', oddStart).end));
    expect(JSON.parse(JSON.stringify(trust?.isMfaAccepted))).toEqual({ value: false });
    expect(odd.effective.inboundTrust.isMfaAccepted).toMatchObject({ value: false, level: 'partner' });
    expect(tr?.devices?.value).toBe(true);
    expect(span(tr?.devices?.key)).toEqual(place('devices', oddStart));
    expect(span(tr?.devices?.loc)).toEqual(place('{ filterRule: x }', oddStart));
    expect(second.decl.b2b.tenantRestrictions?.devices).toBeUndefined();
    expect(ug.targets?.[0].type).toBe('group');
    expect(ug.targets?.[0].guid).toBe(true);
    expect(ug.targets?.[1].guid).toBe(false);
  });

  it('makes places when asked for: equal each time, never kept', () => {
    const [upper] = ug.targets ?? [];
    expect(upper.loc).toEqual(upper.loc);
    expect(upper.loc).not.toBe(upper.loc);
    expect(upper.target).toEqual(upper.target);
    expect(upper.target).not.toBe(upper.target);
    expect(ug.accessType).not.toBe(ug.accessType);
    // Nothing a declaration holds as its own data is a place.
    for (const decl of [upper, ug, out, first.decl.inboundTrust, first.decl]) {
      for (const v of Object.values(decl ?? {})) expect(typeof v === 'object' && v !== null && 'start' in v).toBe(false);
    }
  });

  it('reads trust and consent members by name, with their places', () => {
    const trust = first.decl.inboundTrust;
    expect(trust?.members.isCompliantDeviceAccepted?.value).toBe(true);
    expect(span(trust?.members.isCompliantDeviceAccepted?.key)).toEqual(place('isCompliantDeviceAccepted', start));
    expect(span(trust?.members.isCompliantDeviceAccepted?.loc)).toEqual(place('true', start));
    expect(trust?.members.isMfaAccepted).toBeUndefined();
    expect(first.decl.automaticUserConsentSettings?.members.outboundAllowed?.value).toBe(false);
    expect(first.decl.automaticUserConsentSettings?.members.inboundAllowed).toBeUndefined();
    expect(first.effective.inboundTrust.isCompliantDeviceAccepted).toMatchObject({ value: true, level: 'partner' });
    expect(second.decl.inboundTrust).toBeUndefined();
  });

  it('lists every target list of a level in document order, other settings’ lists included', () => {
    const m365 = first.decl.lists[2];
    expect(first.decl.lists.map((l) => `${l.setting}.${l.half}`)).toEqual([
      'b2bCollaborationOutbound.usersAndGroups',
      'b2bCollaborationOutbound.applications',
      'm365CollaborationInbound.users',
    ]);
    expect(m365.targets).toEqual([]);
    expect(second.decl.lists.map((l) => `${l.setting}.${l.half}`)).toEqual(['b2bDirectConnectInbound.applications', 'tenantRestrictions.usersAndGroups']);
    expect(second.decl.lists[0]).toBe(second.decl.b2b.b2bDirectConnectInbound?.applications);
    expect(bare.decl.lists).toEqual([]);
  });

  it('shares one frozen empty record between levels that declare none of a kind', () => {
    expect(second.decl.opaque).toBe(bare.decl.opaque);
    expect(second.decl.readOnly).toBe(bare.decl.readOnly);
    expect(bare.decl.b2b).toBe(bare.decl.opaque);
    expect(Object.isFrozen(bare.decl.opaque)).toBe(true);
    expect(Object.keys(first.decl.opaque)).toEqual(['m365CollaborationInbound']);
    expect(first.decl.blockServiceProviderOutboundAccess).toBeUndefined();
    expect(first.decl.invitationRedemption).toBeUndefined();
  });
});
