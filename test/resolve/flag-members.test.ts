/**
 * Issue 17: a trust or consent member (`inboundTrust.isMfaAccepted`, `automaticUserConsentSettings.inboundAllowed` …)
 * is kept in its setting as one small integer packing its places from the setting's key start, and made as a
 * Located<boolean> when `members` is read; a member whose places cannot be packed (reached through an alias or a
 * merge key, far from its setting, written longer than `true`/`false`) is kept whole. What `members` reads must be
 * what the YAML says, either way: every place is checked here against the text itself.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/engine/lint.js';
import type { Loc } from '../../src/load/yaml.js';
import type { FlagsDecl, PartnerModel } from '../../src/resolve/model.js';

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const partner = (n: number): string => `3d6b8da6-bad5-4200-839b-00000000000${n}`;

type Span = { start: number; end: number };
const span = (loc: Loc | undefined): Span | undefined => loc && { start: loc.start, end: loc.end };

/** The place of `s` in `text`, from `after` on. */
function placeIn(text: string, s: string, after = 0): Span {
  const at = text.indexOf(s, after);
  if (at < 0) throw new Error(`not in the text: ${s}`);
  return { start: at, end: at + s.length };
}

/** What the setting itself keeps for member `m` (its own field): a number when packed. */
const kept = (setting: FlagsDecl<string> | undefined, m: string): unknown => (setting as unknown as Record<string, unknown>)[m];

function partners(text: string): PartnerModel[] {
  const { model } = buildModel([{ path: 't.xtap.yaml', text }]);
  return model.tenants[0].partners;
}

/** Checks member `m` of `setting`: its value, the place of its key and of its value, and JSON. */
function expectMember(setting: FlagsDecl<string> | undefined, m: string, value: boolean, key: Span, loc: Span): void {
  const v = setting?.members[m];
  expect(v?.value, m).toBe(value);
  expect(span(v?.key), `${m} key`).toEqual(key);
  expect(span(v?.loc), `${m} value`).toEqual(loc);
  expect(v?.key.file).toBe(v?.loc.file);
  expect(JSON.parse(JSON.stringify(v)), m).toEqual({ value });
}

describe('trust and consent members packed in their setting', () => {
  // Read on the fast parse path (no anchors): block and flow style, quoted keys, every spelling of a boolean.
  const plain = `tenant:
  id: ${TENANT}
partners:
  - tenantId: ${partner(1)}
    inboundTrust:
      isMfaAccepted: True    # a comment
      isCompliantDeviceAccepted: FALSE
      isHybridAzureADJoinedDeviceAccepted: false
    automaticUserConsentSettings:
      inboundAllowed: TRUE
      outboundAllowed: False
  - tenantId: ${partner(2)}
    inboundTrust: { "isMfaAccepted": false, 'isCompliantDeviceAccepted': true }
    automaticUserConsentSettings: {inboundAllowed: true,outboundAllowed: false}
  - tenantId: ${partner(3)}
    inboundTrust: {}
    automaticUserConsentSettings: null
`;
  const [block, flow, empty] = partners(plain);
  const at = (s: string, after: number): Span => placeIn(plain, s, after);

  it('reads each member of a block-style setting with its value and places, whatever the boolean’s spelling', () => {
    const from = plain.indexOf(partner(1));
    const trust = block.decl.inboundTrust;
    const consent = block.decl.automaticUserConsentSettings;
    const member = (setting: FlagsDecl<string> | undefined, m: string, value: boolean, written: string): void => {
      const key = at(m, from);
      expectMember(setting, m, value, key, at(written, key.end));
      expect(typeof kept(setting, m), `${m} is kept packed`).toBe('number');
    };
    member(trust, 'isMfaAccepted', true, 'True');
    member(trust, 'isCompliantDeviceAccepted', false, 'FALSE');
    member(trust, 'isHybridAzureADJoinedDeviceAccepted', false, 'false');
    member(consent, 'inboundAllowed', true, 'TRUE');
    member(consent, 'outboundAllowed', false, 'False');
    // A member of the other kind, or one not declared, is undefined.
    const read = (setting: FlagsDecl<string> | undefined, m: string): unknown => setting?.members[m];
    expect(read(trust, 'inboundAllowed')).toBeUndefined();
    expect(read(consent, 'isMfaAccepted')).toBeUndefined();
  });

  it('reads flow-style members with quoted keys: the key place includes the quotes', () => {
    const from = plain.indexOf(partner(2));
    const trust = flow.decl.inboundTrust;
    expectMember(trust, 'isMfaAccepted', false, at('"isMfaAccepted"', from), at('false', at('"isMfaAccepted"', from).end));
    expectMember(trust, 'isCompliantDeviceAccepted', true, at("'isCompliantDeviceAccepted'", from), at('true', at("'isCompliantDeviceAccepted'", from).end));
    expect(trust?.members.isHybridAzureADJoinedDeviceAccepted).toBeUndefined();
    const consent = flow.decl.automaticUserConsentSettings;
    expectMember(consent, 'inboundAllowed', true, at('inboundAllowed', from), at('true', at('inboundAllowed', from).end));
    expectMember(consent, 'outboundAllowed', false, at('outboundAllowed', from), at('false', at('outboundAllowed', from).end));
    for (const m of ['isMfaAccepted', 'isCompliantDeviceAccepted']) expect(typeof kept(trust, m)).toBe('number');
    expect(empty.decl.inboundTrust?.members.isMfaAccepted).toBeUndefined();
    expect(empty.decl.automaticUserConsentSettings?.isNull).toBe(true);
    expect(empty.decl.automaticUserConsentSettings?.members.inboundAllowed).toBeUndefined();
  });

  it('gives the effective settings and JSON what the members say', () => {
    const trust = block.effective.inboundTrust;
    expect(trust.isMfaAccepted).toMatchObject({ value: true, level: 'partner' });
    expect(span(trust.isMfaAccepted.at)).toEqual(at('True', plain.indexOf(partner(1))));
    expect(flow.effective.inboundTrust.isHybridAzureADJoinedDeviceAccepted).toMatchObject({ value: false, level: 'service' });
    expect(JSON.parse(JSON.stringify(block.effective.inboundTrust.isCompliantDeviceAccepted))).toEqual({ value: false, level: 'partner', decl: { value: false } });
    expect(JSON.parse(JSON.stringify(flow.decl.inboundTrust?.members))).toEqual({ isMfaAccepted: { value: false }, isCompliantDeviceAccepted: { value: true } });
    expect(JSON.parse(JSON.stringify(block.effective.automaticUserConsentSettings))).toEqual({
      inboundAllowed: { value: true, level: 'partner', decl: { value: true } },
      outboundAllowed: { value: false, level: 'partner', decl: { value: false } },
    });
  });

  it('keeps no object per member: every member of every setting is a number in the setting itself', () => {
    const many = `tenant:\n  id: ${TENANT}\npartners:\n${Array.from({ length: 200 }, (_, i) => `  - tenantId: 3d6b8da6-bad5-4200-839b-${String(i).padStart(12, '0')}\n    inboundTrust: { isMfaAccepted: ${i % 2 === 0}, isCompliantDeviceAccepted: true }\n    automaticUserConsentSettings:\n      inboundAllowed: ${i % 3 === 0}\n`).join('')}`;
    let packed = 0;
    let objects = 0;
    for (const p of partners(many)) {
      for (const setting of [p.decl.inboundTrust, p.decl.automaticUserConsentSettings]) {
        for (const v of Object.values(setting ?? {})) {
          if (typeof v === 'number') packed++;
          else if (typeof v === 'object' && v !== null) objects++;
        }
      }
      // `members` is a view made on each read: nothing keeps it.
      expect(p.decl.inboundTrust?.members).not.toBe(p.decl.inboundTrust?.members);
      expect(p.decl.inboundTrust?.members.isMfaAccepted).toEqual(p.decl.inboundTrust?.members.isMfaAccepted);
    }
    expect(packed).toBe(600);
    expect(objects).toBe(0);
  });
});

describe('trust and consent members that cannot be packed are kept whole', () => {
  const COMMENT = `# ${'x'.repeat(1100)}`;
  // Anchors send the file to yaml: an alias, a merge key, a member far from its setting, a tagged quoted boolean.
  const text = `tenant:
  id: ${TENANT}
anchors:
  - &yes true
  - &trust { isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: true }
partners:
  - tenantId: ${partner(1)}
    inboundTrust:
      <<: *trust
      isMfaAccepted: *yes
      isHybridAzureADJoinedDeviceAccepted: !!bool false
    automaticUserConsentSettings:
      ${COMMENT}
      inboundAllowed: true
      outboundAllowed: !!bool "true"
  - tenantId: ${partner(2)}
    inboundTrust: *trust
`;
  const [rare, aliased] = partners(text);
  const at = (s: string, after = 0): Span => placeIn(text, s, after);
  const from = text.indexOf(partner(1));

  it('a value through an alias, a merged member, a member far from its setting or written longer', () => {
    const trust = rare.decl.inboundTrust;
    // The alias: the value is the anchored `true`, before the member's key.
    expectMember(trust, 'isMfaAccepted', true, at('isMfaAccepted', from), at('true'));
    expect(typeof kept(trust, 'isMfaAccepted')).toBe('object');
    // Merged from the anchored map: key and value where the anchor is written.
    expectMember(trust, 'isCompliantDeviceAccepted', false, at('isCompliantDeviceAccepted'), at('false'));
    expect(typeof kept(trust, 'isCompliantDeviceAccepted')).toBe('object');
    // An explicit key wins over the merged one; a tag before the value is not part of its place.
    expectMember(trust, 'isHybridAzureADJoinedDeviceAccepted', false, at('isHybridAzureADJoinedDeviceAccepted', from), at('false', at('!!bool', from).end));
    expect(typeof kept(trust, 'isHybridAzureADJoinedDeviceAccepted')).toBe('number');
    const consent = rare.decl.automaticUserConsentSettings;
    // More than 1,023 characters after its setting's key.
    expectMember(consent, 'inboundAllowed', true, at('inboundAllowed', from), at('true', at('inboundAllowed', from).end));
    expect(typeof kept(consent, 'inboundAllowed')).toBe('object');
    // A quoted value with the bool tag: a boolean written 6 characters long.
    expectMember(consent, 'outboundAllowed', true, at('outboundAllowed', from), at('"true"', from));
    expect(typeof kept(consent, 'outboundAllowed')).toBe('object');
  });

  it('a whole setting through an alias: its members where the anchor is written', () => {
    const trust = aliased.decl.inboundTrust;
    expectMember(trust, 'isCompliantDeviceAccepted', false, at('isCompliantDeviceAccepted'), at('false'));
    expectMember(trust, 'isHybridAzureADJoinedDeviceAccepted', true, at('isHybridAzureADJoinedDeviceAccepted'), at('true', at('isHybridAzureADJoinedDeviceAccepted').end));
    expect(trust?.members.isMfaAccepted).toBeUndefined();
    expect(aliased.effective.inboundTrust.isCompliantDeviceAccepted).toMatchObject({ value: false, level: 'partner' });
  });
});
