import { describe, expect, it } from 'vitest';
import { lintAll, ruleTester, yaml } from '../helpers/rule-tester.js';
import { lintFiles } from '../../src/engine/lint.js';
import { defaultConfig } from '../../src/config/config.js';

const TENANT = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    license: p1
`;

/** A default whose inbound app allow list lacks the MFA registration apps, inherited by three partners. */
const INHERITED = (directive: string): string =>
  TENANT +
  yaml`
    default:
      b2bCollaborationInbound:
        applications:
          accessType: allowed
          targets:
            - { target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }
    partners:
      ${directive}
      - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
        name: Fabrikam
        inboundTrust: { isCompliantDeviceAccepted: true }
      - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901235
        name: Woodgrove
        inboundTrust: { isCompliantDeviceAccepted: true }
  `;

ruleTester('unused-disable', {
  valid: [
    {
      name: 'a next-line directive above the finding',
      files:
        TENANT +
        yaml`
          default:
            # xtap-lint-disable-next-line read-only-property -- imported from Graph, kept for the record
            isServiceDefault: false
        `,
    },
    {
      name: 'a directive at the end of the line itself',
      files: TENANT + 'default:\n  isServiceDefault: false # xtap-lint-disable-next-line read-only-property -- imported\n',
    },
    {
      name: 'a disable/enable range, and a disable without a rule name',
      files:
        TENANT +
        yaml`
          partners:
            # xtap-lint-disable read-only-property -- imported from Graph
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              isServiceProvider: true
              isInMultiTenantOrganization: false
            # xtap-lint-enable read-only-property
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901235
              inboundTrust: { isCompliantDeviceAccepted: true }
              # xtap-lint-disable -- exported by the migration tool
              isServiceProvider: true
        `,
    },
    {
      name: "a directive above a partner entry that suppresses only that partner's share of a default finding",
      files: INHERITED('# xtap-lint-disable-next-line mfa-registration-apps -- Fabrikam guests never register MFA here'),
    },
  ],
  invalid: [
    {
      name: 'a next-line directive above a line without that finding: at the `#`',
      files:
        TENANT +
        yaml`
          default:
            # xtap-lint-disable-next-line read-only-property -- not needed
            inboundTrust: { isMfaAccepted: true }
        `,
      errors: [
        {
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 65,
          severity: 'warning',
          message:
            'This `xtap-lint-disable-next-line` directive suppresses no finding of `read-only-property`. A stale suppression hides the next real problem of that rule here. Remove `read-only-property` from the directive, or the whole directive.',
        },
      ],
    },
    {
      name: 'a directive at the end of a line without that finding',
      files: TENANT + 'default:\n  inboundTrust: { isMfaAccepted: true } # xtap-lint-disable-next-line read-only-property -- nothing here\n',
      errors: [{ line: 5, column: 41, severity: 'warning', message: 'This `xtap-lint-disable-next-line` directive suppresses no finding of `read-only-property`.' }],
    },
    {
      name: 'an end-of-line directive does not reach the next line',
      files: TENANT + 'default: # xtap-lint-disable-next-line read-only-property -- wrong line\n  isServiceDefault: false\n',
      errors: [{ line: 4, column: 10, severity: 'warning', message: 'suppresses no finding of `read-only-property`' }],
    },
    {
      name: 'a disable range that covers no finding, closed by enable (which is never reported)',
      files:
        TENANT +
        yaml`
          # xtap-lint-disable tenant-restrictions-devices -- no devices any more
          default:
            inboundTrust: { isMfaAccepted: true }
          # xtap-lint-enable tenant-restrictions-devices
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              tenantRestrictions: { devices: { mode: allowed } }
        `,
      errors: [{ line: 4, column: 1, severity: 'warning', message: 'This `xtap-lint-disable` directive suppresses no finding of `tenant-restrictions-devices`.' }],
    },
    {
      name: 'a directive that names two rules, one of them unused: names only that one',
      files: TENANT + 'default:\n  # xtap-lint-disable-next-line read-only-property, cloud-settings -- imported\n  isServiceDefault: true\n',
      errors: [
        {
          line: 5,
          column: 3,
          severity: 'warning',
          message: 'This `xtap-lint-disable-next-line` directive suppresses no finding of `cloud-settings`. A stale suppression hides the next real problem of that rule here. Remove `cloud-settings` from the directive, or the whole directive.',
        },
      ],
    },
    {
      name: 'a directive for every rule that suppresses nothing',
      files: 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  # xtap-lint-disable-next-line -- just in case\n  license: p1\n',
      errors: [
        {
          line: 3,
          column: 3,
          severity: 'warning',
          message: 'This `xtap-lint-disable-next-line` directive suppresses no finding of any rule. A stale suppression hides the next real problem of that rule here. Remove the directive.',
        },
      ],
    },
    {
      name: "a directive above a partner entry for a rule the default's finding is not of",
      files: INHERITED('# xtap-lint-disable-next-line rms-outbound -- encrypted mail not used'),
      errors: [{ line: 11, column: 3, severity: 'warning', message: 'suppresses no finding of `rms-outbound`' }],
    },
  ],
});

describe('a directive on a partner entry (SPEC §3.7)', () => {
  const messagesAt = (text: string, line: number) =>
    lintAll(text)
      .filter((f) => f.ruleId === 'mfa-registration-apps' && f.range.line === line)
      .map((f) => f.parts.what);

  it("without it, the default's finding names every partner that inherits it", () => {
    expect(messagesAt(INHERITED(''), 6)).toEqual([
      expect.stringContaining('(inherited by 2 partners: Fabrikam, Woodgrove).'),
      expect.stringContaining('(inherited by 2 partners: Fabrikam, Woodgrove).'),
    ]);
  });

  it("with it, the default's finding stays, naming one partner fewer, and the partner's share is suppressed", () => {
    const text = INHERITED('# xtap-lint-disable-next-line mfa-registration-apps -- Fabrikam guests never register MFA here');
    expect(messagesAt(text, 6)).toEqual([
      expect.stringContaining('(inherited by 1 partner: Woodgrove).'),
      expect.stringContaining('(inherited by 1 partner: Woodgrove).'),
    ]);
    const config = defaultConfig();
    config.preset = 'all';
    const result = lintFiles([{ path: 'tenant.xtap.yaml', text }], { config }).result.files[0];
    expect(result.findings.filter((f) => f.ruleId === 'unused-disable' || f.ruleId === 'disable-needs-reason')).toEqual([]);
  });

  it("the suppressed share stays in the output as a suppressed finding of that partner, at its `tenantId:` key, with the reason", () => {
    const text = INHERITED('# xtap-lint-disable-next-line mfa-registration-apps -- kiosk guests, SEC-1');
    const result = lintFiles([{ path: 'tenant.xtap.yaml', text }], { config: defaultConfig() }).result.files[0];
    const shares = result.suppressed.filter((f) => f.ruleId === 'mfa-registration-apps');
    expect(shares.map((f) => [f.range.line, f.range.column, f.severity, f.suppressions])).toEqual([
      [12, 5, 'error', [{ kind: 'directive', justification: 'kiosk guests, SEC-1' }]],
      [12, 5, 'warning', [{ kind: 'directive', justification: 'kiosk guests, SEC-1' }]],
    ]);
    for (const f of shares) {
      expect(f.parts.what).toMatch(/^The default's inbound B2B collaboration app allow list lacks .* \(the share of partner Fabrikam, which inherits it from the default at tenant\.xtap\.yaml:6\)\.$/);
      expect(f.related).toEqual([{ file: 'tenant.xtap.yaml', range: expect.objectContaining({ line: 6, column: 5 }), message: "the default's finding" }]);
      expect(f.fixable).toBe(false);
    }
    // The default's finding stays, for Woodgrove only, and is not suppressed.
    expect(result.findings.filter((f) => f.ruleId === 'mfa-registration-apps').map((f) => [f.range.line, f.parts.what.includes('(inherited by 1 partner: Woodgrove).')])).toEqual([
      [6, true],
      [6, true],
    ]);
  });

  it("a directive at the end of the partner's `- tenantId:` line works the same", () => {
    const text = INHERITED('').replace(
      '- tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901235',
      '- tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901235 # xtap-lint-disable-next-line mfa-registration-apps -- reviewed',
    );
    expect(messagesAt(text, 6)).toEqual([
      expect.stringContaining('(inherited by 1 partner: Fabrikam).'),
      expect.stringContaining('(inherited by 1 partner: Fabrikam).'),
    ]);
    expect(lintAll(text).filter((f) => f.ruleId === 'unused-disable')).toEqual([]);
  });

  it('when every partner is suppressed, the default keeps its finding without a partner count', () => {
    const text = INHERITED('# xtap-lint-disable mfa-registration-apps -- both partners trust-reviewed');
    const what = messagesAt(text, 6);
    expect(what.length).toBe(2);
    for (const w of what) expect(w).not.toContain('inherited by');
    expect(lintAll(text).filter((f) => f.ruleId === 'unused-disable')).toEqual([]);
  });
});
