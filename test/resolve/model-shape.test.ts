/**
 * Issue 17: the model keeps fewer objects per partner. A declared target is its own effective target (its GUID check
 * and normalised ID worked out once, at load); places are read from offsets when asked for; a partner that declares
 * nothing of its own shares the default's effective settings. What rules read must stay what it was.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/engine/lint.js';
import { locRange } from '../../src/load/yaml.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const GROUP = '84B63277-5E32-4B12-ABDC-000000000002';
const text = `tenant:
  id: ${TENANT}
default:
  b2bCollaborationInbound:
    usersAndGroups:
      accessType: allowed
      targets: [{ target: AllUsers, targetType: user }]
partners:
  - tenantId: 3D6B8DA6-BAD5-4200-839B-000000000001
    name: Fabrikam
    b2bCollaborationOutbound:
      usersAndGroups:
        accessType: allowed
        targets:
          - { target: ${GROUP}, targetType: group, label: Project team }
          - { target: allusers, targetType: user }
  - tenantId: 3d6b8da6-bad5-4200-839b-000000000002
`;

describe('the model after issue 17', () => {
  const { model } = buildModel([{ path: 't.xtap.yaml', text }]);
  const tenant = model.tenants[0];
  const [fabrikam, bare] = tenant.partners;

  it('makes a declared target its own effective target: ID normalised and GUID flag set once', () => {
    const list = fabrikam.effective.b2b.b2bCollaborationOutbound.usersAndGroups;
    const [group, typo] = list.targets;
    expect(group.id).toBe(GROUP.toLowerCase());
    expect(group.guid).toBe(true);
    expect(group.type).toBe('group');
    expect(group.decl).toBe(group);
    expect(group.decl?.label).toBe('Project team');
    expect(group.decl?.target.value).toBe(GROUP);
    expect(typo.id).toBe('allusers');
    expect(typo.guid).toBe(false);
    expect(list.targets).toBe(fabrikam.decl.b2b.b2bCollaborationOutbound?.usersAndGroups?.targets);
    expect(JSON.parse(JSON.stringify(group))).toEqual({ id: GROUP.toLowerCase(), type: 'group', guid: true, decl: { target: { value: GROUP }, targetType: { value: 'group' }, label: 'Project team' } });
  });

  it('reads places from offsets: the partner entry, its tenantId value and key, a list and a flag', () => {
    expect(locRange(fabrikam.entryKey)).toMatchObject({ line: 9, column: 5 });
    expect(locRange(fabrikam.idLoc)).toMatchObject({ line: 9, column: 15 });
    expect(locRange(fabrikam.entry)).toMatchObject({ line: 9, column: 5, endLine: 16 });
    expect(fabrikam.id).toBe('3d6b8da6-bad5-4200-839b-000000000001');
    const list = fabrikam.effective.b2b.b2bCollaborationOutbound;
    expect(locRange(list.at)).toMatchObject({ line: 11, column: 5 });
    expect(locRange(list.usersAndGroups.at)).toMatchObject({ line: 12, column: 7 });
    expect(list.level).toBe('partner');
  });

  it("shares the default's effective settings with a partner that declares nothing of its own", () => {
    expect(bare.effective).toBe(tenant.defaults);
    expect(fabrikam.effective).not.toBe(tenant.defaults);
    expect(fabrikam.effective.b2b.b2bCollaborationInbound).toBe(tenant.defaults.b2b.b2bCollaborationInbound);
    expect(bare.meta).toEqual({});
    expect(Object.isFrozen(bare.meta)).toBe(true);
  });
});
