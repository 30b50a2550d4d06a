import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/engine/lint.js';
import { cloudEnabled, declaredPairs, effectiveFor, letsMoreThrough, morePermissive, where } from '../../src/engine/tenants.js';
import type { SettingLike } from '../../src/resolve/access.js';
import { toInputs, yaml } from '../helpers/rule-tester.js';

const list = (accessType: 'allowed' | 'blocked', ...ids: string[]) => ({ accessType, targets: ids.map((id) => ({ id })) });
const setting = (u: ReturnType<typeof list>, a: ReturnType<typeof list>): SettingLike => ({ usersAndGroups: u, applications: a });
const G1 = '6b1f0c2e-4d3a-4b5c-9e8f-7a6b5c4d3e2f';
const G2 = '7c2a1d3f-5e4b-4c6d-8f9a-0b1c2d3e4f5a';
const APP = '11111111-2222-4333-8444-555555555555';

describe('letsMoreThrough', () => {
  const all = setting(list('allowed', 'AllUsers'), list('allowed', 'AllApplications'));
  const none = setting(list('blocked', 'AllUsers'), list('blocked', 'AllApplications'));
  it('compares open and closed settings', () => {
    expect(letsMoreThrough(all, none)).toBe(true);
    expect(letsMoreThrough(none, all)).toBe(false);
    expect(letsMoreThrough(all, all)).toBe(false);
  });
  it('reads app groups: AllApplications lets more through than Office365', () => {
    const o365 = setting(list('allowed', 'AllUsers'), list('allowed', 'Office365'));
    expect(letsMoreThrough(all, o365)).toBe(true);
    expect(letsMoreThrough(o365, all)).toBe(false);
  });
  it('an unknown app GUID named in a list counts', () => {
    const one = setting(list('allowed', 'AllUsers'), list('allowed', APP));
    const blockOne = setting(list('allowed', 'AllUsers'), list('blocked', APP));
    expect(letsMoreThrough(one, blockOne)).toBe(true);
    expect(letsMoreThrough(blockOne, one)).toBe(true);
  });
  it('group membership is unknown: a user may be in any mix of groups', () => {
    const allowG1 = setting(list('allowed', G1), list('allowed', 'AllApplications'));
    const blockG2 = setting(list('blocked', G2), list('blocked', 'AllApplications'));
    // A user in both G1 and G2 is let through by the first and not by the second.
    expect(letsMoreThrough(allowG1, blockG2)).toBe(true);
    const allowG1G2 = setting(list('allowed', G1, G2), list('allowed', 'AllApplications'));
    expect(letsMoreThrough(allowG1, allowG1G2)).toBe(false);
    expect(letsMoreThrough(allowG1G2, allowG1)).toBe(true);
  });
});

const contoso = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    license: p1
  crossTenantAccessPolicy:
    allowedCloudEndpoints: [microsoftonline.us]
  default:
    inboundTrust: { isMfaAccepted: true }
  partners:
    - tenantId: 3F2C9A70-1B4D-4C1E-8F5A-6D7E8F901234
      inboundTrust: { isMfaAccepted: false }
`;
const fabrikam = yaml`
  tenant:
    id: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
    license: p1
  partners:
    - tenantId: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
`;

describe('tenant helpers', () => {
  const { model } = buildModel(toInputs({ 'contoso.xtap.yaml': contoso, 'fabrikam.xtap.yaml': fabrikam }));
  const [c, f] = model.tenants;
  it('effectiveFor returns the partner entry (IDs in any case), else the default', () => {
    expect(effectiveFor(c, '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234').partner?.id).toBe('3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234');
    expect(effectiveFor(c, '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234').settings.inboundTrust.isMfaAccepted.value).toBe(false);
    const other = effectiveFor(c, '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d');
    expect(other.partner).toBeUndefined();
    expect(other.settings).toBe(c.defaults);
  });
  it('declaredPairs yields each pair once, even when both list each other', () => {
    expect([...declaredPairs(model)].map(([a, b]) => [a.id, b.id])).toEqual([[c.id, f.id]]);
  });
  it('cloudEnabled: own cloud or allowedCloudEndpoints', () => {
    expect(cloudEnabled(c, 'commercial')).toBe(true);
    expect(cloudEnabled(c, 'usGovernment')).toBe(true);
    expect(cloudEnabled(c, 'china')).toBe(false);
  });
  it('morePermissive names the widening settings', () => {
    expect(morePermissive(c.defaults, c.partners[0].effective)).toEqual(['inboundTrust.isMfaAccepted']);
    expect(morePermissive(c.partners[0].effective, c.defaults)).toEqual([]);
  });
  it('where names file and line', () => {
    expect(where(c.partners[0].entryKey)).toBe('contoso.xtap.yaml:9');
  });
});
