/**
 * SPEC §2 and §3.7 for every per-level rule: a default with the problem, three partners that inherit it (one of them
 * suppressed by a directive on its entry), one that fixes it and, where the rule has variants, one that changes the
 * severity. One finding at the default naming the two unsuppressed inheritors; none for the fixer; the severity changer
 * gets its own finding.
 */
import { describe, expect, it } from 'vitest';
import { lintAll } from '../helpers/rule-tester.js';

const head = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  name: Contoso\n  license: LICENSE\n';
const partner = (n: number, name: string, body = ''): string => `  - tenantId: ${String(n).repeat(8)}-${String(n).repeat(4)}-4${String(n).repeat(3)}-8${String(n).repeat(3)}-${String(n).repeat(12)}\n    name: ${name}\n${body}`;
const SHAREPOINT = '00000003-0000-0ff1-ce00-000000000000';
const ALLOW_ALL = '{ usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }, applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] } }';
const BLOCK_ALL = '{ usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }, applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] } }';

function scenario(rule: string, license: string, defaults: string, fixer: string, changer?: string): string {
  return (
    head.replace('LICENSE', license) +
    'default:\n' +
    defaults +
    'partners:\n' +
    partner(1, 'One') +
    partner(2, 'Two') +
    `  # xtap-lint-disable-next-line ${rule} -- accepted for Three\n` +
    partner(3, 'Three') +
    partner(4, 'Fixer', fixer) +
    (changer ? partner(5, 'Changer', changer) : '')
  );
}

const cases: Array<{ rule: string; license?: string; defaults: string; fixer: string; changer?: string; defaultLine: number; defaultSeverity: string }> = [
  {
    rule: 'mfa-registration-apps',
    defaults: `  b2bCollaborationInbound:\n    applications: { accessType: allowed, targets: [{ target: ${SHAREPOINT}, targetType: application }, { target: 2793995e-0a7d-40d7-bd35-6968ba142197, targetType: application }, { target: 8c59ead7-d703-4a27-9e55-c96a0054c8d2, targetType: application }] }\n`,
    fixer: `    b2bCollaborationInbound:\n      applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }\n`,
    changer: '    inboundTrust: { isMfaAccepted: true }\n',
    defaultLine: 7,
    defaultSeverity: 'error',
  },
  {
    rule: 'rms-outbound',
    defaults: `  b2bCollaborationOutbound: ${BLOCK_ALL}\n`,
    fixer: `    b2bCollaborationOutbound: ${ALLOW_ALL}\n`,
    defaultLine: 6,
    defaultSeverity: 'warning',
  },
  {
    rule: 'users-apps-conflict',
    defaults: `  b2bCollaborationOutbound:\n    usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }\n    applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }\n`,
    fixer: `    b2bCollaborationOutbound: ${ALLOW_ALL}\n`,
    changer: `    b2bCollaborationOutbound:\n      usersAndGroups: { accessType: blocked, targets: [{ target: 7e0b9c52-1a2b-4c3d-8e9f-0a1b2c3d4e5f, targetType: group }] }\n`,
    defaultLine: 6,
    defaultSeverity: 'error',
  },
  {
    rule: 'direct-connect-mfa-trust',
    defaults: `  b2bDirectConnectInbound: ${ALLOW_ALL}\n`,
    fixer: '    inboundTrust: { isMfaAccepted: true }\n',
    defaultLine: 6,
    defaultSeverity: 'warning',
  },
  {
    rule: 'license-required',
    license: 'free',
    defaults: `  b2bDirectConnectOutbound: ${ALLOW_ALL}\n`,
    fixer: `    b2bDirectConnectOutbound: ${BLOCK_ALL}\n`,
    defaultLine: 6,
    defaultSeverity: 'error',
  },
  // mfa-trust-registration-policy is about one tenant fact: one finding per tenant, not per level (issue 12 item 18;
  // test/rules/mfa-trust-registration-policy.test.ts).
];

describe('an inherited problem is one finding at the default (SPEC §2), a partner-entry directive takes out its share (§3.7)', () => {
  for (const c of cases) {
    it(c.rule, () => {
      const text = scenario(c.rule, c.license ?? 'p1', c.defaults, c.fixer, c.changer);
      const found = lintAll(text).filter((f) => f.ruleId === c.rule);
      const atDefault = found.filter((f) => f.range.line === c.defaultLine);
      expect(atDefault.map((f) => f.severity), text).toEqual([c.defaultSeverity]);
      expect(atDefault[0].message).toContain('(inherited by 2 partners: One, Two)');
      const others = found.filter((f) => f.range.line !== c.defaultLine);
      if (c.changer) {
        // Its own finding lies in its own entry: at its tenantId key (an inherited node) or at its own setting.
        const entryLine = text.split('\n').findIndex((l) => l.includes('name: Changer'));
        expect(others).toHaveLength(1);
        expect(others[0].range.line, text).toBeGreaterThanOrEqual(entryLine);
        expect(others[0].severity).not.toBe(c.defaultSeverity);
      } else {
        expect(others, text).toEqual([]);
      }
      const all = lintAll(text);
      expect(all.filter((f) => f.ruleId === 'unused-disable')).toEqual([]);
    });
  }
});
