/**
 * YAML merge keys (SPEC §1.1, issue 12 item 11): `<<: *base` and `<<: [*a, *b]` are merged with YAML 1.1's
 * semantics — explicit keys win, earlier merged maps win over later ones — and a merged value behaves exactly as if
 * written at the merging map, while its position is where it was written. A fix that would edit merged content is
 * skipped.
 */
import { describe, expect, it } from 'vitest';
import { lintFiles, buildModel } from '../../src/engine/lint.js';
import { fixFiles } from '../../src/fix/fixer.js';
import { exportRequests } from '../../src/graph/export.js';

const TENANT = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\n  facts:\n    mfaRequiredForExternalUsers: true\n    mfaRegistrationPolicyExcludesGuests: true\n';
const DC = '      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }\n      applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }\n';

const TEXT =
  TENANT +
  'partners:\n' +
  '  - &base\n' + //                                                                            line 8
  '    tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n' +
  '    name: Fabrikam\n' +
  '    inboundTrust: { isMfaAccepted: false }\n' + //                                            line 11
  '    b2bDirectConnectInbound:\n' + //                                                          line 12
  DC +
  '  - <<: *base\n' + //                                                                        line 15
  '    tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b\n' +
  '    name: Woodgrove\n';

const lint = (text: string) => lintFiles([{ path: 't.xtap.yaml', text }]).result.files[0];
const where = (f: { ruleId: string; range: { line: number; column: number } }) => `${f.ruleId}@${f.range.line}:${f.range.column}`;

describe('merge keys', () => {
  it('are not a schema error, and the merged settings are read for the merging partner', () => {
    const r = lint(TEXT);
    expect(r.findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'syntax')).toEqual([]);
    const found = r.findings.filter((f) => f.ruleId === 'direct-connect-mfa-trust');
    // Both partners let direct connect in without MFA trust; Woodgrove's setting is the merged one, written at line 12.
    expect(found.map(where)).toEqual(['direct-connect-mfa-trust@12:5', 'direct-connect-mfa-trust@12:5']);
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/^Partner Fabrikam's/), expect.stringMatching(/^Partner Woodgrove's/)]);
    // A merged value counts as the partner's own, not as inherited from the default.
    expect(found[1].message).not.toMatch(/inherited/);
    const { model } = buildModel([{ path: 't.xtap.yaml', text: TEXT }]);
    const woodgrove = model.tenants[0].partners[1];
    expect(woodgrove.label).toBe('Woodgrove');
    expect(woodgrove.effective.b2b.b2bDirectConnectInbound.level).toBe('partner');
    expect(woodgrove.effective.inboundTrust.isMfaAccepted).toMatchObject({ value: false, level: 'partner' });
  });

  it('explicit keys win over merged ones, and earlier merged maps over later ones', () => {
    const text =
      TENANT +
      'default:\n  inboundTrust: { isMfaAccepted: true }\n' +
      'partners:\n' +
      '  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n' +
      '    name: &n Fabrikam\n' +
      '    inboundTrust: &yes { isMfaAccepted: true }\n' +
      '  - <<: [{ name: First, inboundTrust: { isMfaAccepted: false } }, { name: Second, inboundTrust: *yes, license: p2 }]\n' +
      '    tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b\n' +
      '    license: free\n';
    expect(lint(text).findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'syntax')).toEqual([]);
    const p = buildModel([{ path: 't.xtap.yaml', text }]).model.tenants[0].partners[1];
    expect(p.label).toBe('First');
    expect(p.license).toBe('free');
    expect(p.effective.inboundTrust.isMfaAccepted.value).toBe(false);
  });

  it('a merge key whose value is not a map is a syntax error at the value', () => {
    const r = lint(TENANT + 'partners:\n  - <<: [*x]\n    tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n'.replace('[*x]', 'just text'));
    expect(r.findings.map(where)).toEqual(['syntax@8:9']);
    expect(r.findings[0].message).toMatch(/^YAML syntax error: a merge key `<<` takes a map or a list of maps/);
    expect(r.findings[0].message).not.toContain('just text');
  });

  it('a quoted "<<" is an ordinary key (a schema error), as in YAML 1.1', () => {
    const r = lint(TENANT + 'partners:\n  - "<<": {}\n    tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n');
    expect(r.findings.map(where)).toContain('schema@8:5');
  });

  it('a fix that would edit the merged map is skipped; the same fix on an unmerged map applies', () => {
    // mfa-registration-apps adds the MFA registration apps to an app allow list (a fix). Here the list is merged.
    const merged =
      TENANT.replace('    mfaRequiredForExternalUsers: true\n', '') +
      'partners:\n' +
      '  - &base\n' +
      '    tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n' +
      '    b2bCollaborationInbound:\n' +
      '      applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }\n' +
      '  - <<: *base\n' +
      '    tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b\n';
    const before = lint(merged).findings.filter((f) => f.ruleId === 'mfa-registration-apps');
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((f) => !f.fixable)).toBe(true);
    const out = fixFiles([{ path: 't.xtap.yaml', text: merged }], {}, () => true);
    expect(out.changed.size).toBe(0);
    // Without the merge, the fix applies.
    const plain = merged.replace('  - <<: *base\n    tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b\n', '').replace('  - &base\n', '  -\n');
    expect(lint(plain).findings.some((f) => f.ruleId === 'mfa-registration-apps' && f.fixable)).toBe(true);
    expect(fixFiles([{ path: 't.xtap.yaml', text: plain }], {}, () => true).changed.size).toBe(1);
  });

  it('export writes the merged settings, without a `<<` key', () => {
    const { model } = buildModel([{ path: 't.xtap.yaml', text: TEXT }]);
    const json = JSON.stringify(exportRequests(model));
    expect(json).not.toContain('<<');
    const woodgrove = exportRequests(model)[0].requests.filter((r) => JSON.stringify(r).includes('5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b'));
    expect(JSON.stringify(woodgrove)).toContain('b2bDirectConnectInbound');
  });

  it('a merge bomb (a large map merged many times) is a syntax finding, not minutes of work', () => {
    const big = Array.from({ length: 2000 }, (_, i) => `  k${i}: x\n`).join('');
    const text = TENANT + 'x: &big\n' + big + 'partners:\n' + '  - { <<: *big }\n'.repeat(90);
    const r = lint(text);
    expect(r.findings.map(where)).toEqual(['syntax@1:1']);
    expect(r.findings[0].message).toMatch(/merge keys .* copy more entries than it holds/);
  });
});
