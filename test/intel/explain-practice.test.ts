/**
 * `explain` for B2B direct connect says when the settings allow what Microsoft blocks in practice: inbound direct
 * connect allowed while MFA from the partner is not trusted, where Conditional Access requires MFA of external
 * users (SPEC §3.3 `direct-connect-mfa-trust`: direct connect users cannot register MFA in the resource tenant, so
 * they are blocked, not challenged). Certain when `tenant.facts.mfaRequiredForExternalUsers: true`, conditional when
 * the fact is not declared, silent when it is `false` or MFA is trusted. And its text wraps to the width (80 by
 * default), as `init` does.
 */
import { describe, expect, it } from 'vitest';
import { explainAccess, renderExplanation } from '../../src/intel/explain.js';
import { displayWidth } from '../../src/report/text.js';
import { runCli, tempRepo } from '../helpers/cli.js';
import { model } from './fixtures.js';

const T = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const P = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
const DIRECT_CONNECT = `    b2bDirectConnectInbound:
      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
      applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
`;
const tenant = (facts: string, partner: string) =>
  `tenant:\n  id: ${T}\n  name: Contoso\n  license: p1\n${facts}partners:\n  - tenantId: ${P}\n    name: Fabrikam\n${partner}`;
const REQUIRED = '  facts:\n    mfaRequiredForExternalUsers: true\n';
const NOT_REQUIRED = '  facts:\n    mfaRequiredForExternalUsers: false\n';
const q = { partner: 'Fabrikam', direction: 'inbound', kind: 'b2bDirectConnect', app: '1fec8e78-bce4-4aaf-ab1b-5451cc387264' } as const;
const explain = (text: string, query: Parameters<typeof explainAccess>[1] = q) => explainAccess(model({ 'contoso.xtap.yaml': text }), query);
const lines = (text: string) => text.split('\n');

describe('explain: allowed by the settings, blocked in practice (direct-connect-mfa-trust)', () => {
  it('MFA required and not trusted: ALLOWED by the settings, but blocked in practice, on the result line and the side', () => {
    const e = explain(tenant(REQUIRED, DIRECT_CONNECT));
    expect(e.result).toBe('allowed');
    expect(e.sides[0].blockedInPractice).toEqual({
      certain: true,
      rule: 'direct-connect-mfa-trust',
      mfaRequired: { value: true, at: 'contoso.xtap.yaml:6' },
      mfaTrusted: { value: false, level: 'service', at: 'contoso.xtap.yaml:1' },
    });
    const text = renderExplanation(e);
    const result = text.slice(text.indexOf('Result:'), text.indexOf('\n\n', text.indexOf('Result:')));
    expect(result.replace(/\n\s+/g, ' ')).toBe(
      'Result: ALLOWED by the settings, but blocked in practice: Contoso requires MFA of external users and does not trust MFA from Fabrikam, and Microsoft blocks B2B direct connect users whose MFA is not trusted (see direct-connect-mfa-trust)',
    );
    const flat = text.replace(/\n\s+/g, ' ');
    expect(flat).toContain('for Fabrikam (3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234): allowed by the settings, but blocked in practice ');
    expect(flat).toContain(
      " blocked in practice: tenant.facts.mfaRequiredForExternalUsers: true, contoso.xtap.yaml:6; inboundTrust.isMfaAccepted: false — Microsoft's service default, not declared, contoso.xtap.yaml:1",
    );
  });

  it('the fact not declared: blocked in practice if Conditional Access requires MFA of external users', () => {
    const e = explain(tenant('', DIRECT_CONNECT));
    expect(e.sides[0].blockedInPractice).toMatchObject({ certain: false, mfaRequired: null, mfaTrusted: { value: false } });
    const text = renderExplanation(e).replace(/\n\s+/g, ' ');
    expect(text).toContain(
      'Result: ALLOWED by the settings, but blocked in practice if a Conditional Access policy of Contoso requires MFA of external users (tenant.facts.mfaRequiredForExternalUsers is not declared): Contoso does not trust MFA from Fabrikam, and Microsoft blocks B2B direct connect users whose MFA is not trusted (see direct-connect-mfa-trust)',
    );
  });

  it('DEPENDS: the note says it holds where the settings allow', () => {
    const e = explain(tenant(REQUIRED, DIRECT_CONNECT), { ...q, app: undefined });
    expect(e.result).toBe('depends');
    expect(renderExplanation(e).replace(/\n\s+/g, ' ')).toContain(
      'Result: DEPENDS (on the user or app: see the table rows below); where the settings allow, blocked in practice: Contoso requires MFA',
    );
    expect(renderExplanation(e).replace(/\n\s+/g, ' ')).toContain('for Fabrikam (3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234): depends; where the settings allow, blocked in practice ');
  });

  it('no note when MFA is trusted, when the fact is false, when the settings block, or for B2B collaboration', () => {
    const trusted = explain(tenant(REQUIRED, `    inboundTrust: { isMfaAccepted: true }\n${DIRECT_CONNECT}`));
    expect(trusted.sides[0].blockedInPractice).toBeNull();
    expect(renderExplanation(trusted)).toMatch(/^Result: ALLOWED$/m);
    expect(explain(tenant(NOT_REQUIRED, DIRECT_CONNECT)).sides[0].blockedInPractice).toBeNull();
    const blocked = explain(tenant(REQUIRED, ''));
    expect(blocked.result).toBe('blocked');
    expect(blocked.sides[0].blockedInPractice).toBeNull();
    expect(renderExplanation(blocked)).not.toMatch(/in practice/);
    expect(explain(tenant(REQUIRED, DIRECT_CONNECT), { ...q, kind: 'b2bCollaboration' }).sides[0].blockedInPractice).toBeNull();
  });

  it('outbound: the partner tenant, when declared, is the one whose MFA trust counts', () => {
    const fabrikam = `tenant:\n  id: ${P}\n  name: Fabrikam\n  license: p1\n${REQUIRED}partners:\n  - tenantId: ${T}\n    name: Contoso\n${DIRECT_CONNECT}`;
    const contoso = `tenant:\n  id: ${T}\n  name: Contoso\n  license: p1\npartners:\n  - tenantId: ${P}\n    name: Fabrikam\n    b2bDirectConnectOutbound:\n      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }\n      applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }\n`;
    const e = explainAccess(model({ 'contoso.xtap.yaml': contoso, 'fabrikam.xtap.yaml': fabrikam }), { ...q, tenant: 'Contoso', direction: 'outbound' });
    expect(e.result).toBe('allowed');
    expect(e.sides[0].blockedInPractice).toBeNull();
    expect(e.sides[1]).toMatchObject({ setting: 'b2bDirectConnectInbound', blockedInPractice: { certain: true } });
    expect(renderExplanation(e).replace(/\n\s+/g, ' ')).toContain('Result: ALLOWED by the settings, but blocked in practice: Fabrikam requires MFA of external users and does not trust MFA from Contoso');
  });
});

describe('explain wraps to the width', () => {
  it('prints names from files inert: no escape sequence reaches the terminal', () => {
    const e = explain(tenant(REQUIRED, DIRECT_CONNECT).replace('name: Fabrikam', 'name: "Fab\\e[2J\\u202erikam"'), { ...q, partner: P });
    const text = renderExplanation(e);
    expect(text).not.toMatch(/[\u001b\u202e]/);
    expect(text).toContain('Fab\\e[2J\\u{202e}rikam');
  });


  it('no line over 80 columns by default, none over the width given', () => {
    const e = explain(tenant(REQUIRED, DIRECT_CONNECT));
    for (const width of [80, 60, 40]) {
      const text = width === 80 ? renderExplanation(e) : renderExplanation(e, width);
      for (const l of lines(text)) expect(displayWidth(l), `${l} (${width})`).toBeLessThanOrEqual(width);
    }
  });

  it('the command wraps to the terminal (COLUMNS), to 80 when not a terminal', async () => {
    const repo = tempRepo({ 'contoso.xtap.yaml': tenant(REQUIRED, DIRECT_CONNECT) });
    const args = ['explain', '--partner', 'Fabrikam', '--direction', 'inbound', '--kind', 'b2bDirectConnect', '--app', 'Teams'];
    const piped = await runCli(args, { cwd: repo, env: { COLUMNS: undefined } });
    expect(piped.code).toBe(0);
    expect(Math.max(...lines(piped.stdout).map(displayWidth))).toBeLessThanOrEqual(80);
    expect(Math.max(...lines(piped.stdout).map(displayWidth))).toBeGreaterThan(70);
    const narrow = await runCli(args, { cwd: repo, env: { COLUMNS: '50' } });
    expect(Math.max(...lines(narrow.stdout).map(displayWidth))).toBeLessThanOrEqual(50);
    expect(narrow.stdout.replace(/\n +/g, ' ')).toMatch(/^Result: ALLOWED by the settings, but blocked in practice: Contoso requires MFA/m);
    // --format json carries the same, as data.
    const json = await runCli([...args, '--format', 'json'], { cwd: repo });
    expect(JSON.parse(json.stdout).sides[0].blockedInPractice).toMatchObject({ certain: true, rule: 'direct-connect-mfa-trust' });
  });
});
