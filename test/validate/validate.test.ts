import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/yaml.js';
import { normalizeErrors, validateFile } from '../../src/validate/validate.js';
import type { AjvErrorLike } from '../../src/validate/generated/validators.js';
import { check, parse, TENANT_HEAD, yaml } from './helpers.js';

const PARTNER_ID = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';

describe('unknown properties', () => {
  it('points at the key of a misspelled property and suggests the Graph name', () => {
    const found = check(yaml('partners:', `  - tenantId: ${PARTNER_ID}`, '    b2BCollaborationInbound:', '      usersAndGroups: { accessType: allowed }'), 'partner');
    expect(found).toEqual([
      {
        ruleId: 'schema',
        line: 3,
        column: 5,
        what: 'Unknown property `b2BCollaborationInbound` in a partner entry.',
        why: 'Microsoft Graph property names are case-sensitive: the request would fail with 400 Invalid property.',
        fix: 'Did you mean `b2bCollaborationInbound`?',
      },
    ]);
  });

  it('rejects PascalCase property names', () => {
    const found = check(
      yaml(...TENANT_HEAD, 'default:', '  B2BCollaborationInbound: {}', '  inboundTrust:', '    IsMfaAccepted: true', '    isHybridAzureAdJoinedDeviceAccepted: true'),
      'tenant',
    );
    expect(found.map((f) => [f.line, f.column, f.what, f.fix])).toEqual([
      [5, 3, 'Unknown property `B2BCollaborationInbound` in `default`.', 'Did you mean `b2bCollaborationInbound`?'],
      [7, 5, 'Unknown property `IsMfaAccepted` in `inboundTrust`.', 'Did you mean `isMfaAccepted`?'],
      [8, 5, 'Unknown property `isHybridAzureAdJoinedDeviceAccepted` in `inboundTrust`.', 'Did you mean `isHybridAzureADJoinedDeviceAccepted`?'],
    ]);
    expect(found.every((f) => f.ruleId === 'schema')).toBe(true);
  });

  it('suggests near misses by edit distance and lists the allowed names otherwise', () => {
    const found = check(yaml('partners:', `  - tenantId: ${PARTNER_ID}`, '    inboundTrust: { isMfaAcepted: true }', '    colorScheme: blue'), 'partner');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ line: 3, column: 21, what: 'Unknown property `isMfaAcepted` in `inboundTrust`.', fix: 'Did you mean `isMfaAccepted`?' });
    expect(found[0].why).toBe("Microsoft Graph's crossTenantAccessPolicyInboundTrust has no such property: the request would fail with 400 Invalid property.");
    expect(found[1]).toMatchObject({ line: 4, column: 5, what: 'Unknown property `colorScheme` in a partner entry.' });
    expect(found[1].fix).toMatch(/^Remove it or use one of: tenantId, name, cloud, license, owner, tags, reviewBy, ticket, appServiceConnectInbound, /);
  });

  it('reports an unknown top-level key in a partner file', () => {
    const found = check(yaml('partners: []', 'tenant: x'), 'partner');
    expect(found).toEqual([
      {
        ruleId: 'schema',
        line: 2,
        column: 1,
        what: 'Unknown property `tenant` at the top level of a partner file.',
        why: 'A partner file has only the keys `partners`; xtap-lint would not read this one, so nothing in it is checked.',
        fix: 'Remove it or use one of: partners.',
      },
    ]);
  });

  it('a top-level key that only holds an anchor (`x-common: &teams`) is a finding that says where shared values go', () => {
    // SPEC §1.1/§1.2 list the top-level keys of each file; `x-` keys (Compose's extension fields) are not among them.
    const partnerFile = yaml('x-common: &teams', '  inboundTrust: { isMfaAccepted: true }', 'partners:', '  - <<: *teams', `    tenantId: ${PARTNER_ID}`);
    const found = check(partnerFile, 'partner');
    expect(found).toEqual([
      {
        ruleId: 'schema',
        line: 1,
        column: 1,
        what: 'Unknown property `x-common` at the top level of a partner file.',
        why: 'A partner file has only the keys `partners`, and a key that only holds a YAML anchor (`&teams`) is no exception. What an alias (`*teams`) brings into a partner entry is checked there, as that entry\'s own settings; the key itself is not read.',
        fix: 'Move the shared values into the format: anchor the first partner entry that has them (`- &teams`) or one of its settings (`inboundTrust: &teams {…}`), then merge or alias it in the others (`<<: *teams`). See docs/format.md, "YAML: anchors, aliases and merge keys".',
      },
    ]);
    expect(found[0].why).not.toMatch(/nothing in it is checked/);
    // In a tenant file, the same advice, naming the tenant file's keys.
    const tenantFile = check(yaml(...TENANT_HEAD, 'x-trust: &trust { isMfaAccepted: true }', 'partners:', `  - tenantId: ${PARTNER_ID}`, '    inboundTrust: *trust'), 'tenant');
    expect(tenantFile.map((f) => [f.line, f.column, f.what])).toEqual([[4, 1, 'Unknown property `x-trust` at the top level of a tenant file.']]);
    expect(tenantFile[0].why).toMatch(/^A tenant file has only the keys `tenant`, `crossTenantAccessPolicy`, `default`, `partners`, `include`, and a key that only holds a YAML anchor \(`&trust`\)/);
    expect(tenantFile[0].fix).toMatch(/^Move the shared values into the format: anchor the first partner entry/);
  });

  it('reports unknown keys in xtap-lint objects with an xtap-lint reason', () => {
    const found = check(yaml('tenant:', '  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b', '  licence: p1', '  license: p1', 'includes: [a.yaml]'), 'tenant');
    expect(found.map((f) => [f.line, f.column, f.what, f.fix])).toEqual([
      [3, 3, 'Unknown property `licence` in `tenant`.', 'Did you mean `license`?'],
      [5, 1, 'Unknown property `includes` at the top level of a tenant file.', 'Did you mean `include`?'],
    ]);
    expect(found[1].why).toBe(
      'A tenant file has only the keys `tenant`, `crossTenantAccessPolicy`, `default`, `partners`, `include`; xtap-lint would not read this one, so nothing in it is checked.',
    );
    expect(found[0].why).toBe('xtap-lint does not know this key, so whatever it was meant to declare is not checked.');
  });

  it('reports a __proto__ key as an unknown property, at its key', () => {
    const found = check(yaml('partners:', `  - tenantId: ${PARTNER_ID}`, '    __proto__: { isMfaAccepted: true }', '    inboundTrust:', '      __proto__: 1'), 'partner');
    expect(found.map((f) => [f.line, f.column, f.what])).toEqual([
      [3, 5, 'Unknown property `__proto__` in a partner entry.'],
      [5, 7, 'Unknown property `__proto__` in `inboundTrust`.'],
    ]);
    expect(found[0].fix).toMatch(/^Remove it or use one of: /);
    // The prototype of the plain data is untouched.
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('reports keys that shadow Object.prototype members', () => {
    const found = check(yaml('partners:', `  - tenantId: ${PARTNER_ID}`, '    constructor: 1', '    toString: 2'), 'partner');
    expect(found.map((f) => [f.line, f.column, f.what])).toEqual([
      [3, 5, 'Unknown property `constructor` in a partner entry.'],
      [4, 5, 'Unknown property `toString` in a partner entry.'],
    ]);
  });

  it('unescapes RFC 6901 pointers: keys with / and ~ are found', () => {
    const found = check(yaml('partners:', `  - tenantId: ${PARTNER_ID}`, '    "a/b~c": 1', '    inboundTrust: { "x~1y/": true }'), 'partner');
    expect(found.map((f) => [f.line, f.column, f.what])).toEqual([
      [3, 5, 'Unknown property `a/b~c` in a partner entry.'],
      [4, 21, 'Unknown property `x~1y/` in `inboundTrust`.'],
    ]);
  });
});

describe('wrong types', () => {
  it('points at the value of a string where a boolean belongs', () => {
    const found = check(yaml('partners:', `  - tenantId: ${PARTNER_ID}`, '    inboundTrust:', '      isMfaAccepted: "true"'), 'partner');
    expect(found).toEqual([
      {
        ruleId: 'schema',
        line: 4,
        column: 22,
        what: '`isMfaAccepted` must be a boolean or null; found a string (`true`).',
        why: 'Microsoft Graph types `isMfaAccepted` as a boolean or null; a request with another JSON type fails with 400 Bad Request.',
        fix: 'Write `true` without quotes, or leave the value empty (null).',
      },
    ]);
  });

  it('treats YAML 1.1 booleans as strings (YAML 1.2 core schema)', () => {
    const found = check(yaml('partners:', `  - tenantId: ${PARTNER_ID}`, '    automaticUserConsentSettings: { inboundAllowed: yes }'), 'partner');
    expect(found.map((f) => [f.line, f.column, f.what, f.fix])).toEqual([
      [3, 53, '`inboundAllowed` must be a boolean or null; found a string (`yes`).', 'Write `true` or `false`, or leave the value empty (null).'],
    ]);
  });

  it('reports a scalar where a map belongs, and a map where a list belongs', () => {
    const found = check(yaml(...TENANT_HEAD, 'default:', '  inboundTrust: true', '  b2bCollaborationInbound:', '    applications:', '      targets: { target: AllApplications }'), 'tenant');
    expect(found.map((f) => [f.line, f.column, f.what])).toEqual([
      [5, 17, '`inboundTrust` must be a map or null; found a boolean (`true`).'],
      [8, 16, '`targets` must be a list or null; found a map.'],
    ]);
  });

  it('gives one finding, naming the enumeration, for a value of the wrong type in an enum', () => {
    const found = check(yaml('partners:', `  - tenantId: ${PARTNER_ID}`, '    b2bDirectConnectInbound:', '      usersAndGroups:', '        accessType: true'), 'partner');
    expect(found).toEqual([
      {
        ruleId: 'schema',
        line: 5,
        column: 21,
        what: '`accessType` must be one of allowed, blocked; found a boolean (`true`).',
        why: 'Microsoft Graph types `accessType` as a string or null; a request with another JSON type fails with 400 Bad Request.',
        fix: 'Use one of: allowed, blocked.',
      },
    ]);
  });

  it('points at the key when a required-type value is left empty', () => {
    const found = check(yaml('partners:', `  - tenantId: ${PARTNER_ID}`, '    license:'), 'partner');
    expect(found.map((f) => [f.line, f.column, f.what])).toEqual([[3, 5, '`license` must be one of free, p1, p2; found no value (null).']]);
    expect(found[0].why).toBe('xtap-lint reads `license` as a string and cannot use any other value.');
  });

  it('reports a document that is not a map at its first character', () => {
    expect(check(yaml('- a', '- b'), 'partner')).toEqual([
      {
        ruleId: 'schema',
        line: 1,
        column: 1,
        what: 'The partner file must be a map of top-level keys; found a list.',
        why: 'A partner file is a YAML map with the keys `partners`.',
        fix: 'Start the file with `partners:` and list the partner entries under it.',
      },
    ]);
  });

  it('reports an empty file at 1:1', () => {
    expect(check('', 'partner').map((f) => [f.line, f.column, f.what])).toEqual([[1, 1, 'The partner file must be a map of top-level keys; found no value (null).']]);
    expect(check('# only a comment\n', 'tenant').map((f) => [f.line, f.column, f.what])).toEqual([[1, 1, 'The tenant file must be a map of top-level keys; found no value (null).']]);
  });
});

describe('enumerations', () => {
  it('points at the value of a bad accessType and suggests the closest member', () => {
    const found = check(yaml('partners:', `  - tenantId: ${PARTNER_ID}`, '    b2bCollaborationInbound:', '      usersAndGroups:', '        accessType: allow'), 'partner');
    expect(found).toEqual([
      {
        ruleId: 'schema',
        line: 5,
        column: 21,
        what: '`accessType` must be one of allowed, blocked; found `allow`.',
        why: 'Graph rejects values outside the enumeration; enumeration values are case-sensitive.',
        fix: 'Did you mean `allowed`?',
      },
    ]);
  });

  it('rejects "ExternalFederation " (capital, trailing space) and suggests externalFederation', () => {
    const found = check(
      yaml(
        ...TENANT_HEAD,
        'default:',
        '  invitationRedemptionIdentityProviderConfiguration:',
        '    primaryIdentityProviderPrecedenceOrder:',
        '      - "ExternalFederation "',
        '      - AzureActiveDirectory',
        '      - socialIdentityProviders',
        '    fallbackIdentityProvider: "defaultConfiguredIdp "',
      ),
      'tenant',
    );
    expect(found.map((f) => [f.line, f.column, f.what, f.fix])).toEqual([
      [
        7,
        9,
        '`primaryIdentityProviderPrecedenceOrder[0]` must be one of azureActiveDirectory, externalFederation, socialIdentityProviders, emailOneTimePasscode, microsoftAccount, defaultConfiguredIdp; found `"ExternalFederation "`.',
        'Did you mean `externalFederation`?',
      ],
      [
        8,
        9,
        '`primaryIdentityProviderPrecedenceOrder[1]` must be one of azureActiveDirectory, externalFederation, socialIdentityProviders, emailOneTimePasscode, microsoftAccount, defaultConfiguredIdp; found `AzureActiveDirectory`.',
        'Did you mean `azureActiveDirectory`?',
      ],
      [
        10,
        31,
        '`fallbackIdentityProvider` must be one of azureActiveDirectory, externalFederation, socialIdentityProviders, emailOneTimePasscode, microsoftAccount, defaultConfiguredIdp; found `"defaultConfiguredIdp "`.',
        'Did you mean `defaultConfiguredIdp`?',
      ],
    ]);
  });

  it('lists the members when nothing is close, without the unknownFutureValue sentinel', () => {
    const found = check(
      yaml('partners:', `  - tenantId: ${PARTNER_ID}`, '    tenantRestrictions:', '      applications:', '        accessType: allowed', '        targets:', '          - { target: AllApplications, targetType: app }'),
      'partner',
    );
    expect(found.map((f) => [f.line, f.column, f.what, f.fix])).toEqual([
      [7, 52, '`targetType` must be one of user, group, application; found `app`.', 'Use one of: user, group, application.'],
    ]);
  });

  it('checks xtap-lint enumerations with an xtap-lint reason', () => {
    const found = check(yaml('tenant:', '  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b', '  license: P1', '  cloud: gcc'), 'tenant');
    expect(found.map((f) => [f.line, f.column, f.what, f.why, f.fix])).toEqual([
      [3, 12, '`license` must be one of free, p1, p2; found `P1`.', 'xtap-lint knows only these values.', 'Did you mean `p1`?'],
      [4, 10, '`cloud` must be one of commercial, usGovernment, china; found `gcc`.', 'xtap-lint knows only these values.', 'Use one of: commercial, usGovernment, china.'],
    ]);
  });

  it('accepts unknownFutureValue wherever the enumeration has it', () => {
    const found = check(
      yaml(
        ...TENANT_HEAD,
        'default:',
        '  invitationRedemptionIdentityProviderConfiguration:',
        '    primaryIdentityProviderPrecedenceOrder: [unknownFutureValue]',
        '    fallbackIdentityProvider: unknownFutureValue',
        '  tenantRestrictions:',
        '    usersAndGroups: { accessType: unknownFutureValue, targets: [{ target: AllUsers, targetType: unknownFutureValue }] }',
        '    devices: { mode: unknownFutureValue, rule: "device.isCompliant -eq True" }',
      ),
      'tenant',
    );
    expect(found).toEqual([]);
  });
});

describe('GUIDs', () => {
  it('reports a malformed tenantId at its value', () => {
    const found = check(yaml('partners:', '  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f90123z', '    name: Fabrikam'), 'partner');
    expect(found).toEqual([
      {
        ruleId: 'schema',
        line: 2,
        column: 15,
        what: '`tenantId` must be a GUID (8-4-4-4-12 hexadecimal digits); found `3f2c9a70-1b4d-4c1e-8f5a-6d7e8f90123z`.',
        why: 'Microsoft Graph identifies tenants, users, groups and applications by GUID; a malformed one is rejected with 400 Bad Request.',
        fix: 'Write the tenant ID as 32 hexadecimal digits in the form 8-4-4-4-12 (Microsoft Entra admin center → Overview → Tenant ID).',
      },
    ]);
  });

  it('reports a tenantId that is not a string as a wrong type only', () => {
    const found = check(yaml('partners:', '  - tenantId: 12345', '  - tenantId: null'), 'partner');
    expect(found.map((f) => [f.line, f.column, f.what])).toEqual([
      [2, 15, '`tenantId` must be a string; found a number (`12345`).'],
      [3, 15, '`tenantId` must be a string; found no value (null).'],
    ]);
  });

  it('accepts GUIDs in upper and mixed case', () => {
    const found = check(
      yaml(
        'tenant:',
        '  id: 0D3E4B1A-5C6F-4E8A-9B7C-2F1E0A9D8C7B',
        '  license: free',
        'partners:',
        '  - tenantId: 3F2C9A70-1B4D-4C1E-8F5A-6D7E8F901234',
        '    identitySynchronization: { tenantId: 3F2c9a70-1B4D-4c1e-8F5A-6d7e8f901234 }',
      ),
      'tenant',
    );
    expect(found).toEqual([]);
  });

  it('reports a malformed tenant id with an xtap-lint reason', () => {
    const found = check(yaml('tenant:', '  id: contoso.onmicrosoft.com', '  license: p2'), 'tenant');
    expect(found.map((f) => [f.line, f.column, f.what, f.why])).toEqual([
      [
        2,
        7,
        '`id` must be a GUID (8-4-4-4-12 hexadecimal digits); found `contoso.onmicrosoft.com`.',
        'xtap-lint identifies tenants by their tenant ID, a GUID, to tell partners from the tenant itself and to pair tenant files.',
      ],
    ]);
  });
});

describe('required keys', () => {
  it('points at the tenant: key when id and license are missing', () => {
    const found = check(yaml('# a tenant file', 'tenant:', '  name: Contoso', 'partners: []'), 'tenant');
    expect(found).toEqual([
      {
        ruleId: 'schema',
        line: 2,
        column: 1,
        what: '`tenant` lacks the required property `id`.',
        why: "xtap-lint needs the tenant's ID to tell partners from the tenant itself and to pair tenant files.",
        fix: 'Add `id: <your tenant ID, a GUID>` under `tenant:`.',
      },
      {
        ruleId: 'schema',
        line: 2,
        column: 1,
        what: '`tenant` lacks the required property `license`.',
        why: "Several rules depend on the tenant's Microsoft Entra ID plan: trust settings, specific targets, B2B direct connect and tenant restrictions need P1.",
        fix: 'Add `license: free`, `license: p1` or `license: p2` under `tenant:`.',
      },
    ]);
  });

  it('points at the partner entry (a sequence item has no key) when tenantId is missing', () => {
    const found = check(yaml('partners:', `  - tenantId: ${PARTNER_ID}`, '  - name: Fabrikam', '    inboundTrust: { isMfaAccepted: true }'), 'partner');
    expect(found).toEqual([
      {
        ruleId: 'schema',
        line: 3,
        column: 5,
        what: 'A partner entry lacks the required property `tenantId`.',
        why: 'Microsoft Graph identifies a partner configuration by its tenantId: it is the key of the entry and required to create it.',
        fix: 'Add `tenantId: <the partner tenant ID, a GUID>`.',
      },
    ]);
  });

  it('requires accessType where a list has targets (without it the list would silently count as not written)', () => {
    const found = check(
      yaml(
        'partners:',
        `  - tenantId: ${PARTNER_ID}`,
        '    b2bCollaborationInbound:',
        '      applications:',
        '        targets: [{ target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }]',
        '      usersAndGroups: { accessType: allowed }',
      ),
      'partner',
    );
    expect(found).toEqual([
      {
        ruleId: 'schema',
        line: 4,
        column: 7,
        what: '`applications` lacks the required property `accessType`.',
        why: "Targets mean nothing without `accessType`: it says whether the list allows or blocks them. Without it the list counts as not written, so a partner would silently inherit the default's list instead.",
        fix: 'Add `accessType: allowed` (an allow list) or `accessType: blocked` (a block list).',
      },
    ]);
  });

  it('points at the root map when a partner file lacks partners', () => {
    const found = check(yaml('', 'name: x'), 'partner');
    expect(found.map((f) => [f.line, f.column, f.what])).toEqual([
      [2, 1, 'The partner file lacks the required property `partners`.'],
      [2, 1, 'Unknown property `name` at the top level of a partner file.'],
    ]);
  });
});

describe('null and optional values', () => {
  it('accepts null on every nullable partner property', () => {
    const found = check(
      yaml(
        'partners:',
        `  - tenantId: ${PARTNER_ID}`,
        '    appServiceConnectInbound: null',
        '    automaticUserConsentSettings: ~',
        '    b2bCollaborationInbound:',
        '    b2bCollaborationOutbound: null',
        '    b2bDirectConnectInbound: null',
        '    b2bDirectConnectOutbound: null',
        '    blockServiceProviderOutboundAccess: null',
        '    deletedDateTime: null',
        '    inboundTrust: null',
        '    isInMultiTenantOrganization: null',
        '    isServiceProvider: null',
        '    m365CollaborationInbound: null',
        '    m365CollaborationOutbound: null',
        '    tenantRestrictions: null',
        '    identitySynchronization: null',
        `  - tenantId: ${PARTNER_ID.replace('3f', '4f')}`,
        '    inboundTrust: { isMfaAccepted: null, isCompliantDeviceAccepted: ~, isHybridAzureADJoinedDeviceAccepted: }',
        '    automaticUserConsentSettings: { inboundAllowed: null, outboundAllowed: null }',
        '    b2bCollaborationInbound: { usersAndGroups: null, applications: { accessType: null, targets: null } }',
        '    tenantRestrictions: { devices: { mode: null, rule: null } }',
        '    identitySynchronization: { displayName: null, userSyncInbound: { isSyncAllowed: null }, externalCloudAuthorizedApplicationId: null }',
        '    m365CollaborationInbound: { users: null }',
        '    m365CollaborationOutbound: { usersAndGroups: null }',
        '    appServiceConnectInbound: { applications: null }',
        '    b2bDirectConnectInbound:',
        '      applications:',
        '        accessType: null',
        '        targets: [{ target: null, targetType: null }]',
      ),
      'partner',
    );
    expect(found).toEqual([]);
  });

  it('accepts a full tenant file with xtap-lint keys', () => {
    const found = check(
      yaml(
        '# yaml-language-server: $schema=../schemas/tenant.schema.json',
        'tenant:',
        '  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b',
        '  name: Contoso',
        '  domains: [contoso.com]',
        '  cloud: commercial',
        '  license: p1',
        '  facts:',
        '    mfaRequiredForExternalUsers: true',
        '    mfaRegistrationPolicyExcludesGuests: true',
        'crossTenantAccessPolicy:',
        '  displayName: CrossTenantAccessPolicy',
        '  allowedCloudEndpoints: [microsoftonline.us, not-a-cloud.example]',
        '  id: crossTenantAccessPolicy',
        '  description: null',
        '  definition: ["{}"]',
        'default:',
        '  id: default',
        '  inboundTrust:',
        '    isMfaAccepted: true',
        '  b2bCollaborationInbound:',
        '    usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }',
        '    applications: { accessType: allowed, targets: [{ target: not-a-guid-nor-keyword, targetType: application, label: anything }] }',
        'partners:',
        `  - tenantId: ${PARTNER_ID}`,
        '    name: Fabrikam',
        '    cloud: usGovernment',
        '    license: free',
        '    isServiceProvider: true',
        '    identitySynchronization:',
        `      tenantId: ${PARTNER_ID}`,
        '      userSyncInbound: { isSyncAllowed: true }',
        '      groupSyncInbound: { isSyncAllowed: false }',
        '      deletedDateTime: 2025-06-18T22:58:04Z',
        'include:',
        '  - partners/*.xtap.yaml',
      ),
      'tenant',
    );
    expect(found).toEqual([]);
  });

  it('accepts a tenant file with only tenant:', () => {
    expect(check(yaml(...TENANT_HEAD), 'tenant')).toEqual([]);
  });
});

describe('one finding per problem', () => {
  it('counts findings exactly', () => {
    const found = check(
      yaml(
        ...TENANT_HEAD, // 1-3
        'default:', // 4
        '  b2bCollaborationInbound:', // 5
        '    usersAndGroups:', // 6
        '      accessType: 3', // 7  wrong type in an enum: 1 finding, not 2
        '      targets:', // 8
        '        - { target: AllUsers, targetType: User, lable: x }', // 9  enum + unknown property: 2
        '  inboundTrust: { isMfaAccepted: "no", isMfaAccepted2: true }', // 10  type + unknown: 2
        'partners:', // 11
        '  - name: 5', // 12  type + missing tenantId: 2
        '  - tenantId: nope', // 13  pattern: 1
        '    cloud: 7', // 14  type in enum: 1
      ),
      'tenant',
    );
    expect(found.map((f) => `${f.line}:${f.column} ${f.what}`)).toEqual([
      '7:19 `accessType` must be one of allowed, blocked; found a number (`3`).',
      '9:43 `targetType` must be one of user, group, application; found `User`.',
      '9:49 Unknown property `lable` in a target.',
      '10:34 `isMfaAccepted` must be a boolean or null; found a string (`no`).',
      '10:40 Unknown property `isMfaAccepted2` in `inboundTrust`.',
      '12:5 A partner entry lacks the required property `tenantId`.',
      '12:11 `name` must be a string; found a number (`5`).',
      '13:15 `tenantId` must be a GUID (8-4-4-4-12 hexadecimal digits); found `nope`.',
      '14:12 `cloud` must be one of commercial, usGovernment, china; found a number (`7`).',
    ]);
    expect(found).toHaveLength(9);
  });

  it('reports a problem inside an anchored map once, at the anchor, however often it is aliased', () => {
    const found = check(
      yaml(
        'partners:',
        `  - tenantId: ${PARTNER_ID}`,
        '    b2bCollaborationInbound:',
        '      usersAndGroups: &list { accessType: allow }',
        '      applications: *list',
        '    b2bCollaborationOutbound:',
        '      usersAndGroups: *list',
      ),
      'partner',
    );
    expect(found.map((f) => [f.line, f.column, f.what])).toEqual([[4, 43, '`accessType` must be one of allowed, blocked; found `allow`.']]);
  });

  it('drops exact duplicates and wrapper errors', () => {
    const e = (keyword: string, instancePath: string, params: Record<string, unknown> = {}): AjvErrorLike => ({ keyword, instancePath, schemaPath: '#', params });
    const out = normalizeErrors([
      e('anyOf', '/a'),
      e('enum', '/a/b', { allowedValues: ['x'] }),
      e('type', '/a/b', { type: 'string' }),
      e('pattern', '/a/b', { pattern: '^x$' }),
      e('required', '/a', { missingProperty: 'c' }),
      e('required', '/a', { missingProperty: 'c' }),
    ]);
    expect(out).toEqual([e('type', '/a/b', { type: 'string', allowedValues: ['x'] }), e('required', '/a', { missingProperty: 'c' })]);
  });
});

describe('files that did not parse', () => {
  it('gives no schema finding for a broken file (syntax reports it)', () => {
    const { file } = parseSource('bad.xtap.yaml', 'partners:\n  - tenantId: a\n  tenantId: b\n  tenantId: c\n');
    expect(file.broken).toBe(true);
    expect(validateFile(file, 'partner')).toEqual([]);
  });

  it('reports positions in a file with a BOM and CRLF line ends', () => {
    const file = parse('\ufeffpartners:\r\n  - tenantId: x\r\n');
    const [r] = validateFile(file, 'partner');
    expect(r.ruleId).toBe('schema');
    expect(r.message.what).toBe('`tenantId` must be a GUID (8-4-4-4-12 hexadecimal digits); found `x`.');
  });
});

describe('placeholder tenant IDs', () => {
  const NIL = '00000000-0000-0000-0000-000000000000';
  it('reports the all-zero tenant ID that init and import write, at the value', () => {
    expect(check(yaml('tenant:', `  id: ${NIL}   # replace`, '  license: p1'), 'tenant').map((f) => [f.line, f.column, f.what])).toEqual([
      [2, 7, `\`tenant.id\` is the placeholder \`${NIL}\`, not a tenant ID.`],
    ]);
  });
  it('reports a partner entry with the all-zero tenant ID, beside other problems, in document order', () => {
    const found = check(yaml('partners:', `  - tenantId: ${PARTNER_ID}`, '    bogus: 1', `  - tenantId: "${NIL}"`), 'partner');
    expect(found.map((f) => [f.line, f.column, f.what])).toEqual([
      [3, 5, 'Unknown property `bogus` in a partner entry.'],
      [4, 15, `This partner entry's \`tenantId\` is the placeholder \`${NIL}\`, not a tenant ID.`],
    ]);
  });
  it('leaves real tenant IDs alone', () => {
    expect(check(yaml('tenant:', `  id: ${PARTNER_ID}`, '  license: p1', 'partners:', `  - tenantId: ${PARTNER_ID.replace('3f', '4f')}`), 'tenant')).toEqual([]);
  });
});
