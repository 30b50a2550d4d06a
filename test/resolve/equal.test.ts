import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/engine/lint.js';
import { canonicalJson, sameEffective, sameJson, sameList, sameTargets, settingDifferences } from '../../src/resolve/equal.js';
import type { EffList, EffTarget, TenantModel } from '../../src/resolve/model.js';
import { yaml } from '../helpers/rule-tester.js';

function tenantOf(text: string): TenantModel {
  const { model } = buildModel([{ path: 'tenant.xtap.yaml', text }]);
  expect(model.tenants.length).toBe(1);
  return model.tenants[0];
}

const t = (id: string, type?: string): EffTarget => ({ id, type });
const list = (accessType: 'allowed' | 'blocked', targets: EffTarget[]): EffList => ({
  accessType,
  targets,
  level: 'default',
  at: { file: undefined as never, start: -1, end: -1 },
});

describe('sameTargets', () => {
  it('ignores order and duplicates', () => {
    expect(sameTargets([t('a-1', 'group'), t('b-2', 'group')], [t('b-2', 'group'), t('a-1', 'group'), t('b-2', 'group')])).toBe(true);
  });
  it('compares GUIDs case-insensitively', () => {
    expect(sameTargets([t('3F2C9A70-1B4D-4C1E-8F5A-6D7E8F901234', 'user')], [t('3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234', 'user')])).toBe(true);
  });
  it('compares keywords case-sensitively', () => {
    expect(sameTargets([t('AllUsers', 'user')], [t('allusers', 'user')])).toBe(false);
  });
  it('reads a keyword without targetType as its own type', () => {
    expect(sameTargets([t('AllUsers')], [t('AllUsers', 'user')])).toBe(true);
    expect(sameTargets([t('Office365')], [t('Office365', 'application')])).toBe(true);
    expect(sameTargets([t('Office365')], [t('Office365', 'user')])).toBe(false);
  });
  it('tells different types of one GUID apart', () => {
    expect(sameTargets([t('3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234', 'user')], [t('3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234', 'group')])).toBe(false);
  });
  it('tells sets of different size apart', () => {
    expect(sameTargets([t('AllUsers', 'user')], [])).toBe(false);
    expect(sameTargets([], [])).toBe(true);
  });
});

describe('sameList', () => {
  it('needs the same access type', () => {
    expect(sameList(list('allowed', [t('AllUsers', 'user')]), list('blocked', [t('AllUsers', 'user')]))).toBe(false);
    expect(sameList(list('allowed', [t('AllUsers', 'user')]), list('allowed', [t('AllUsers', 'user')]))).toBe(true);
  });
});

describe('sameJson / canonicalJson', () => {
  it('ignores object key order but not array order', () => {
    expect(sameJson({ a: 1, b: { c: 2, d: [1, 2] } }, { b: { d: [1, 2], c: 2 }, a: 1 })).toBe(true);
    expect(sameJson({ d: [1, 2] }, { d: [2, 1] })).toBe(false);
  });
  it('reads undefined as null and omits the keys asked for at every depth', () => {
    expect(canonicalJson(undefined)).toBe('null');
    expect(sameJson(undefined, null)).toBe(true);
    expect(sameJson({ users: { targets: [{ target: 'AllUsers', label: 'x' }] } }, { users: { targets: [{ target: 'AllUsers' }] } }, ['label'])).toBe(true);
    expect(sameJson({ label: 'x' }, {})).toBe(false);
  });
});

describe('settingDifferences / sameEffective', () => {
  it('finds a partner without settings equal to the default', () => {
    const tenant = tenantOf(yaml`
      tenant: { id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b, license: p1 }
      partners:
        - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
    `);
    expect(settingDifferences(tenant.partners[0].effective, tenant.defaults)).toEqual([]);
    expect(sameEffective(tenant.partners[0].effective, tenant.defaults)).toBe(true);
  });

  it('compares declared lists with the service default semantically', () => {
    const tenant = tenantOf(yaml`
      tenant: { id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b, license: p1 }
      default:
        b2bCollaborationInbound:
          applications:
            accessType: allowed
            targets:
              - { target: 00000003-0000-0FF1-CE00-000000000000, targetType: application }
              - { target: 2793995e-0a7d-40d7-bd35-6968ba142197, targetType: application }
      partners:
        - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
          b2bCollaborationInbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications:
              accessType: allowed
              targets:
                - { target: 2793995E-0A7D-40D7-BD35-6968BA142197, targetType: application, label: My Apps }
                - { target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }
          inboundTrust: { isMfaAccepted: false }
          automaticUserConsentSettings: { inboundAllowed: false }
        - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901235
          b2bCollaborationInbound:
            applications: { accessType: allowed, targets: [{ target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }] }
          inboundTrust: { isMfaAccepted: true }
          automaticUserConsentSettings: { inboundAllowed: true }
          blockServiceProviderOutboundAccess: true
          tenantRestrictions:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
    `);
    const [same, different] = tenant.partners;
    expect(settingDifferences(same.effective, tenant.defaults)).toEqual([]);
    expect(settingDifferences(different.effective, tenant.defaults)).toEqual([
      'b2bCollaborationInbound.applications',
      'tenantRestrictions.usersAndGroups',
      'inboundTrust.isMfaAccepted',
      'automaticUserConsentSettings.inboundAllowed',
      'blockServiceProviderOutboundAccess',
    ]);
    expect(sameEffective(different.effective, tenant.defaults)).toBe(false);
  });

  it('compares Microsoft 365 settings as JSON, key order and labels ignored', () => {
    const tenant = tenantOf(yaml`
      tenant: { id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b, license: p1 }
      default:
        m365CollaborationInbound:
          users: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
      partners:
        - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
          m365CollaborationInbound:
            users: { targets: [{ targetType: user, target: AllUsers, label: everyone }], accessType: allowed }
        - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901235
          m365CollaborationInbound:
            users: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
        - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901236
          m365CollaborationInbound: null
          m365CollaborationOutbound:
            usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
    `);
    const [reordered, blocked, outbound] = tenant.partners;
    expect(settingDifferences(reordered.effective, tenant.defaults)).toEqual([]);
    expect(settingDifferences(blocked.effective, tenant.defaults)).toEqual(['m365CollaborationInbound']);
    expect(settingDifferences(outbound.effective, tenant.defaults)).toEqual(['m365CollaborationOutbound']);
  });

  it('is symmetric', () => {
    const tenant = tenantOf(yaml`
      tenant: { id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b, license: p1 }
      partners:
        - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
          b2bDirectConnectOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
    `);
    const p = tenant.partners[0].effective;
    expect(settingDifferences(p, tenant.defaults)).toEqual(['b2bDirectConnectOutbound.usersAndGroups']);
    expect(settingDifferences(tenant.defaults, p)).toEqual(['b2bDirectConnectOutbound.usersAndGroups']);
  });
});
