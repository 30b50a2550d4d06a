import { describe, expect, it } from 'vitest';
import { ruleTester, yaml } from '../helpers/rule-tester.js';
import { lintFiles } from '../../src/engine/lint.js';
import { defaultConfig } from '../../src/config/config.js';
import { isTextFix } from '../../src/fix/edits.js';

const head = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    license: p1
`;

ruleTester('default-automatic-redemption', {
  valid: [
    { name: 'a fresh tenant', files: head },
    {
      name: 'false or null in the default, true on a partner',
      files:
        head +
        yaml`
          default:
            automaticUserConsentSettings:
              inboundAllowed: false
              outboundAllowed: null
          partners:
            - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
              automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: true }
        `,
    },
  ],
  invalid: [
    {
      name: 'inboundAllowed true in the default',
      files:
        head +
        yaml`
          default:
            automaticUserConsentSettings:
              inboundAllowed: true
        `,
      errors: [
        {
          line: 6,
          column: 21,
          severity: 'error',
          message:
            "The default's `automaticUserConsentSettings.inboundAllowed` is `true`. Automatic redemption can only be turned on per partner: Microsoft Graph documents the default's values as \"always false\" and read-only",
        },
      ],
    },
    {
      name: 'both members true, in flow style',
      files: head + yaml`
        default:
          automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: true }
      `,
      errors: [
        { line: 5, column: 51, severity: 'error', message: '`automaticUserConsentSettings.inboundAllowed` is `true`' },
        { line: 5, column: 74, severity: 'error', message: '`automaticUserConsentSettings.outboundAllowed` is `true`' },
      ],
    },
  ],
});

describe('default-automatic-redemption fix', () => {
  it('is fixable: the fix sets the value to false', () => {
    const text = head + 'default:\n  automaticUserConsentSettings:\n    inboundAllowed: true # asked for by Sales\n';
    const run = lintFiles([{ path: 'tenant.xtap.yaml', text }], { config: defaultConfig() });
    const finding = run.result.files[0]?.findings.find((f) => f.ruleId === 'default-automatic-redemption');
    expect(finding?.fixable).toBe(true);
    const fix = run.fixes.get('tenant.xtap.yaml')?.find((f) => f.description === 'set inboundAllowed to false');
    expect(fix && isTextFix(fix)).toBe(true);
    if (!fix || !isTextFix(fix)) return;
    let out = text;
    for (const e of [...(fix.edits() ?? [])].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    expect(out).toBe(head + 'default:\n  automaticUserConsentSettings:\n    inboundAllowed: false # asked for by Sales\n');
  });
});
