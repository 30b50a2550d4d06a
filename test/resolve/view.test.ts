/** The effective view organization policies read (docs/policies.md): fields, derived facts, and where values came from. */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/engine/lint.js';
import { effectiveView, levelViews, locateInView } from '../../src/resolve/view.js';
import { locRange } from '../../src/load/yaml.js';
import { yaml } from '../helpers/rule-tester.js';

const TEXT = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    name: Contoso
    license: p1
  default:
    b2bCollaborationInbound:
      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
      applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
  partners:
    - tenantId: 3F2C9A70-1B4D-4C1E-8F5A-6D7E8F901234
      name: Fabrikam
      owner: identity-team@contoso.com
      tags: [supplier, approved-direct-connect]
      reviewBy: 2027-06-30
      ticket: CHG-1234
      inboundTrust: { isMfaAccepted: true }
      automaticUserConsentSettings: { inboundAllowed: true }
      identitySynchronization:
        userSyncInbound: { isSyncAllowed: true }
      b2bDirectConnectInbound:
        usersAndGroups: { accessType: blocked, targets: [{ target: 5e0c1a2b-1111-4c1e-8f5a-6d7e8f901234, targetType: group }] }
        applications: { accessType: blocked, targets: [{ target: 00000003-0000-0000-c000-000000000000, targetType: application }] }
    - tenantId: 4a5b6c7d-1b4d-4c1e-8f5a-6d7e8f905678
`;

describe('effective view', () => {
  const { model } = buildModel([{ path: 't.xtap.yaml', text: TEXT }]);
  const tenant = model.tenants[0];
  const [fabrikam, bare] = tenant.partners;

  it('carries the partner keys, the effective settings and the derived facts', () => {
    const v = effectiveView(tenant, fabrikam);
    expect(v).toMatchObject({
      level: 'partner',
      tenant: { id: '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b', name: 'Contoso', cloud: 'commercial', license: 'p1' },
      tenantId: '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234',
      name: 'Fabrikam',
      owner: 'identity-team@contoso.com',
      tags: ['supplier', 'approved-direct-connect'],
      reviewBy: '2027-06-30',
      ticket: 'CHG-1234',
      mfaTrusted: true,
      syncInbound: true,
      directConnectInbound: true,
      directConnectOutbound: false,
      automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: false },
      identitySynchronization: { userSyncInbound: { isSyncAllowed: true }, groupSyncInbound: { isSyncAllowed: false } },
    });
    // Inherited from the default: everyone, Office 365 only.
    expect(v.b2bCollaborationInbound).toEqual({
      usersAndGroups: { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] },
      applications: { accessType: 'allowed', targets: [{ target: 'Office365', targetType: 'application' }] },
      grantsAnyAccess: true,
      allowsAllUsers: true,
      allowsAllApplications: false,
      allowedApps: ['Office365'],
      blockedApps: [],
    });
    // Blocked users, blocked apps: everyone outside the group, or any app but Graph (the access table's fourth row).
    expect(v.b2bDirectConnectInbound).toMatchObject({ grantsAnyAccess: true, allowsAllUsers: true, allowsAllApplications: true, allowedApps: [], blockedApps: ['00000003-0000-0000-c000-000000000000'] });
    expect(v.b2bCollaborationOutbound).toMatchObject({ grantsAnyAccess: true, allowsAllUsers: true, allowsAllApplications: true });
    expect(v.tenantRestrictions).toMatchObject({ grantsAnyAccess: false, allowsAllUsers: false, allowsAllApplications: false });
  });

  it('gives a partner without tags an empty list and the default no partner keys', () => {
    expect(effectiveView(tenant, bare)).toMatchObject({ tags: [], name: '4a5b6c7d-1b4d-4c1e-8f5a-6d7e8f905678', syncInbound: false, mfaTrusted: false });
    const d = effectiveView(tenant, undefined);
    expect(d.level).toBe('default');
    expect(d).not.toHaveProperty('tenantId');
    expect(d).not.toHaveProperty('tags');
    expect(d.invitationRedemptionIdentityProviderConfiguration).toEqual({ primaryIdentityProviderPrecedenceOrder: ['externalFederation', 'azureActiveDirectory', 'socialIdentityProviders'], fallbackIdentityProvider: 'defaultConfiguredIdp' });
  });

  it('builds each view once per model, and shares an inherited setting', () => {
    const views = levelViews(model);
    expect(views.map((v) => v.partner?.label ?? 'default')).toEqual(['default', 'Fabrikam', '4a5b6c7d-1b4d-4c1e-8f5a-6d7e8f905678']);
    expect(levelViews(model)).toBe(views);
    expect(views[2].data.b2bCollaborationInbound).toBe(views[0].data.b2bCollaborationInbound);
  });

  it('locates a value where it was written, through inheritance, else at the level key', () => {
    const at = (partner: typeof fabrikam | undefined, pointer: string) => {
      const r = locRange(locateInView(tenant, partner, pointer));
      return `${r.line}:${r.column}`;
    };
    expect(at(fabrikam, '/owner')).toBe('12:12');
    expect(at(fabrikam, '/tags/1')).toBe('13:22');
    expect(at(fabrikam, '/mfaTrusted')).toBe('16:36');
    expect(at(fabrikam, '/syncInbound')).toBe('19:41');
    expect(at(fabrikam, '/b2bDirectConnectInbound/blockedApps/0')).toBe('22:64');
    // Inherited from the default: the default's node.
    expect(at(bare, '/b2bCollaborationInbound/allowedApps/0')).toBe('8:62');
    expect(at(bare, '/b2bCollaborationInbound/allowsAllApplications')).toBe('6:3');
    // Microsoft's default (nobody wrote it), or a missing property: the level's key.
    expect(at(bare, '/directConnectInbound')).toBe('23:5');
    expect(at(bare, '')).toBe('23:5');
    expect(at(undefined, '/inboundTrust/isMfaAccepted')).toBe('5:1');
  });
});
