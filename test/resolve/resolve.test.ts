/**
 * Effective settings (SPEC §1.1, §2): a partner's own value, else the default's, else Microsoft's service default;
 * each value knows its level and the node a finding about it points at.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/engine/lint.js';
import { locRange } from '../../src/load/yaml.js';
import { SERVICE_DEFAULT } from '../../src/resolve/knowledge.js';
import type { EffList, Loc, PartnerModel, TenantModel } from '../../src/resolve/model.js';
import { yaml } from '../helpers/rule-tester.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const FABRIKAM = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const TAILSPIN = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const GROUP = '6f546279-4da5-4b53-a095-09ea0cef9971';

function tenantOf(text: string, files: Record<string, string> = {}): TenantModel {
  const { model } = buildModel([{ path: 'tenant.xtap.yaml', text }, ...Object.entries(files).map(([path, t]) => ({ path, text: t }))]);
  expect(model.tenants).toHaveLength(1);
  return model.tenants[0];
}

function partner(tenant: TenantModel, id: string): PartnerModel {
  const p = tenant.partners.find((x) => x.id === id);
  if (!p) throw new Error(`no partner ${id}`);
  return p;
}

/** "line:column" of where a Loc points. */
function pos(loc: Loc): string {
  const r = locRange(loc);
  return `${loc.file.path}:${r.line}:${r.column}`;
}

/** A list as `accessType target,target`. */
function show(list: EffList): string {
  return `${list.accessType} ${list.targets.map((t) => t.id).join(',')}`;
}

const head = yaml`
  tenant:
    id: ${TENANT}
    license: p1
`;

describe("the default's absent properties are Microsoft's service default (SPEC §1.1)", () => {
  const tenant = tenantOf(head);
  const d = tenant.defaults;

  it('B2B collaboration allowed both ways for AllUsers/AllApplications; direct connect and tenant restrictions blocked', () => {
    expect(show(d.b2b.b2bCollaborationInbound.usersAndGroups)).toBe('allowed AllUsers');
    expect(show(d.b2b.b2bCollaborationInbound.applications)).toBe('allowed AllApplications');
    expect(show(d.b2b.b2bCollaborationOutbound.usersAndGroups)).toBe('allowed AllUsers');
    expect(show(d.b2b.b2bCollaborationOutbound.applications)).toBe('allowed AllApplications');
    for (const name of ['b2bDirectConnectInbound', 'b2bDirectConnectOutbound', 'tenantRestrictions'] as const) {
      expect(show(d.b2b[name].usersAndGroups), name).toBe('blocked AllUsers');
      expect(show(d.b2b[name].applications), name).toBe('blocked AllApplications');
    }
  });

  it('no trust, no automatic redemption, GDAP not blocked, M365 settings not configured', () => {
    expect(Object.values(d.inboundTrust).map((v) => v.value)).toEqual([false, false, false]);
    expect(Object.values(d.automaticUserConsentSettings).map((v) => v.value)).toEqual([false, false]);
    expect(d.blockServiceProviderOutboundAccess.value).toBe(false);
    for (const o of Object.values(d.opaque)) expect(o.value).toBeNull();
  });

  it('redemption order externalFederation, azureActiveDirectory, socialIdentityProviders with fallback defaultConfiguredIdp', () => {
    expect(tenant.redemption.primary).toEqual(['externalFederation', 'azureActiveDirectory', 'socialIdentityProviders']);
    expect(tenant.redemption.fallback).toBe('defaultConfiguredIdp');
    expect(tenant.redemption.level).toBe('service');
  });

  it('every value has level `service` and points at the `tenant:` key when there is no `default:`', () => {
    for (const s of Object.values(d.b2b)) {
      expect([s.level, s.usersAndGroups.level, s.applications.level]).toEqual(['service', 'service', 'service']);
      expect(pos(s.at)).toBe('tenant.xtap.yaml:1:1');
      expect(s.usersAndGroups.decl).toBeUndefined();
    }
    for (const v of [...Object.values(d.inboundTrust), ...Object.values(d.automaticUserConsentSettings), d.blockServiceProviderOutboundAccess]) {
      expect(v.level).toBe('service');
      expect(pos(v.at)).toBe('tenant.xtap.yaml:1:1');
    }
  });

  it('with a `default:` that omits a property, the service value points at the `default:` key', () => {
    const t = tenantOf(head + yaml`
      default:
        inboundTrust: { isMfaAccepted: true }
    `);
    expect(pos(t.defaults.b2b.b2bDirectConnectInbound.at)).toBe('tenant.xtap.yaml:4:1');
    expect(t.defaults.b2b.b2bDirectConnectInbound.level).toBe('service');
    // An absent trust member is the service default's, pointing at the declared `inboundTrust:` key.
    expect(t.defaults.inboundTrust.isCompliantDeviceAccepted).toMatchObject({ value: false, level: 'service' });
    expect(pos(t.defaults.inboundTrust.isCompliantDeviceAccepted.at)).toBe('tenant.xtap.yaml:5:3');
    expect(t.defaults.inboundTrust.isMfaAccepted).toMatchObject({ value: true, level: 'default' });
    expect(pos(t.defaults.inboundTrust.isMfaAccepted.at)).toBe('tenant.xtap.yaml:5:34');
  });

  it("a B2B setting of the default that states one half: the other half is the service default's", () => {
    const t = tenantOf(head + yaml`
      default:
        b2bDirectConnectInbound:
          usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
    `);
    const s = t.defaults.b2b.b2bDirectConnectInbound;
    expect(show(s.usersAndGroups)).toBe('allowed AllUsers');
    expect(s.usersAndGroups.level).toBe('default');
    expect(pos(s.usersAndGroups.at)).toBe('tenant.xtap.yaml:6:5');
    expect(show(s.applications)).toBe('blocked AllApplications');
    expect(s.applications.level).toBe('service');
    expect(pos(s.applications.at)).toBe('tenant.xtap.yaml:5:3');
    expect(s.level).toBe('default');
    expect(pos(s.at)).toBe('tenant.xtap.yaml:5:3');
  });
});

describe("automaticUserConsentSettings on the default is always false (R4)", () => {
  it('even when declared true; it is the service value, pointing at the declared value', () => {
    const t = tenantOf(head + yaml`
      default:
        automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: true }
      partners:
        - tenantId: ${FABRIKAM}
    `);
    const c = t.defaults.automaticUserConsentSettings;
    expect(c.inboundAllowed).toMatchObject({ value: false, level: 'service' });
    expect(c.outboundAllowed).toMatchObject({ value: false, level: 'service' });
    expect(pos(c.inboundAllowed.at)).toBe('tenant.xtap.yaml:5:51');
    // A partner that says nothing inherits false, not the declared true.
    expect(partner(t, FABRIKAM).effective.automaticUserConsentSettings.inboundAllowed.value).toBe(false);
  });
});

describe('partners inherit from the default (Graph null-inherits rule, SPEC §1.1)', () => {
  const text =
    head +
    yaml`
    default:
      inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: true }
      b2bCollaborationInbound:
        usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
        applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
      b2bDirectConnectInbound:
        usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
        applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
      b2bDirectConnectOutbound:
        usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
        applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
      blockServiceProviderOutboundAccess: true
    partners:
      - tenantId: ${FABRIKAM}
      - tenantId: ${TAILSPIN.toUpperCase()}
        inboundTrust: { isMfaAccepted: false, isCompliantDeviceAccepted: null }
        b2bCollaborationInbound: null
        b2bCollaborationOutbound: null
        tenantRestrictions: null
        blockServiceProviderOutboundAccess: null
        automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: null }
        b2bDirectConnectOutbound:
          usersAndGroups: { accessType: blocked, targets: [{ target: ${GROUP.toUpperCase()}, targetType: group }] }
        b2bDirectConnectInbound:
          usersAndGroups: null
          applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
    `;
  const tenant = tenantOf(text);
  const fab = partner(tenant, FABRIKAM);
  const tail = partner(tenant, TAILSPIN);

  it("a partner that declares nothing inherits the default's whole settings", () => {
    expect(fab.effective.b2b.b2bCollaborationInbound).toBe(tenant.defaults.b2b.b2bCollaborationInbound);
    expect(fab.effective.b2b.b2bCollaborationInbound.level).toBe('default');
    expect(pos(fab.effective.b2b.b2bCollaborationInbound.at)).toBe('tenant.xtap.yaml:6:3');
    expect(pos(fab.effective.b2b.b2bCollaborationInbound.applications.at)).toBe('tenant.xtap.yaml:8:5');
    // What the default leaves to the service stays the service's.
    expect(fab.effective.b2b.tenantRestrictions.level).toBe('service');
    expect(fab.effective.inboundTrust.isMfaAccepted).toBe(tenant.defaults.inboundTrust.isMfaAccepted);
    expect(fab.effective.blockServiceProviderOutboundAccess).toMatchObject({ value: true, level: 'default' });
  });

  it('`null` partner properties inherit the default', () => {
    expect(tail.effective.b2b.b2bCollaborationInbound).toBe(tenant.defaults.b2b.b2bCollaborationInbound);
    expect(tail.effective.b2b.b2bCollaborationOutbound).toBe(tenant.defaults.b2b.b2bCollaborationOutbound);
    expect(tail.effective.b2b.b2bCollaborationOutbound.level).toBe('service');
    expect(tail.effective.b2b.tenantRestrictions.level).toBe('service');
    expect(tail.effective.blockServiceProviderOutboundAccess).toMatchObject({ value: true, level: 'default' });
  });

  it('trust and automatic redemption members inherit one by one', () => {
    const trust = tail.effective.inboundTrust;
    expect(trust.isMfaAccepted).toMatchObject({ value: false, level: 'partner' });
    expect(pos(trust.isMfaAccepted.at)).toBe('tenant.xtap.yaml:19:36');
    expect(trust.isCompliantDeviceAccepted).toMatchObject({ value: true, level: 'default' });
    expect(trust.isHybridAzureADJoinedDeviceAccepted).toMatchObject({ value: false, level: 'service' });
    const consent = tail.effective.automaticUserConsentSettings;
    expect(consent.inboundAllowed).toMatchObject({ value: true, level: 'partner' });
    expect(consent.outboundAllowed).toMatchObject({ value: false, level: 'service' });
  });

  it("one half of a B2B setting inherits the default's same half (Microsoft's E4 example shape)", () => {
    const out = tail.effective.b2b.b2bDirectConnectOutbound;
    expect(show(out.usersAndGroups)).toBe(`blocked ${GROUP}`);
    expect(out.usersAndGroups.level).toBe('partner');
    expect(pos(out.usersAndGroups.at)).toBe('tenant.xtap.yaml:26:7');
    expect(out.applications).toBe(tenant.defaults.b2b.b2bDirectConnectOutbound.applications);
    expect(out.applications.level).toBe('default');
    expect(pos(out.applications.at)).toBe('tenant.xtap.yaml:14:5');
    expect(out.level).toBe('partner');
    expect(pos(out.at)).toBe('tenant.xtap.yaml:25:5');

    const inb = tail.effective.b2b.b2bDirectConnectInbound;
    // `usersAndGroups: null` inherits the default's half too.
    expect(inb.usersAndGroups).toBe(tenant.defaults.b2b.b2bDirectConnectInbound.usersAndGroups);
    expect(show(inb.applications)).toBe('allowed Office365');
    expect(inb.applications.level).toBe('partner');
    expect(inb.level).toBe('partner');
  });

  it('GUIDs are compared lower-cased, keywords as written', () => {
    expect(tail.id).toBe(TAILSPIN);
    expect(tail.effective.b2b.b2bDirectConnectOutbound.usersAndGroups.targets[0].id).toBe(GROUP);
    expect(tail.effective.b2b.b2bDirectConnectInbound.applications.targets[0].id).toBe('Office365');
  });
});

describe('partners in included partner files', () => {
  it('inherit the including tenant\'s default', () => {
    const tenant = tenantOf(
      head +
        yaml`
        default:
          b2bCollaborationOutbound:
            usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }
        include:
          - partners/*.xtap.yaml
        `,
      {
        'partners/fabrikam.xtap.yaml': yaml`
          partners:
            - tenantId: ${FABRIKAM}
              b2bCollaborationOutbound:
                applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
        `,
      },
    );
    const out = partner(tenant, FABRIKAM).effective.b2b.b2bCollaborationOutbound;
    expect(out.applications.level).toBe('partner');
    expect(pos(out.applications.at)).toBe('partners/fabrikam.xtap.yaml:4:7');
    expect(out.usersAndGroups.level).toBe('default');
    expect(pos(out.usersAndGroups.at)).toBe('tenant.xtap.yaml:6:5');
    expect(show(out.usersAndGroups)).toBe('blocked AllUsers');
  });
});

describe('the service default is kept in one place', () => {
  it('matches the SERVICE_DEFAULT table', () => {
    const d = tenantOf(head).defaults;
    for (const name of ['b2bCollaborationInbound', 'b2bCollaborationOutbound', 'b2bDirectConnectInbound', 'b2bDirectConnectOutbound', 'tenantRestrictions'] as const) {
      expect(d.b2b[name].usersAndGroups.accessType).toBe(SERVICE_DEFAULT[name].usersAndGroups.accessType);
      expect(d.b2b[name].applications.targets.map((t) => t.id)).toEqual(SERVICE_DEFAULT[name].applications.targets.map((t) => t.target));
    }
  });
});
