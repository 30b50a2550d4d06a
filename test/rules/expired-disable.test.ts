import { describe, expect, it } from 'vitest';
import { lintAll, ruleTester, yaml } from '../helpers/rule-tester.js';
import { lintFiles } from '../../src/engine/lint.js';
import { defaultConfig } from '../../src/config/config.js';
import { parseDirectives } from '../../src/load/directives.js';

/** The default trusts compliant devices (`device-trust-in-default` at 7:32), under a directive. */
const WAIVED = (reason: string): string => yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    license: p1
  default:
    inboundTrust:
      # xtap-lint-disable-next-line device-trust-in-default -- ${reason}
      isCompliantDeviceAccepted: true
`;

ruleTester('expired-disable', {
  valid: [
    { name: 'no until: never expires', files: WAIVED('kiosk tenant, CHG-42'), now: '2030-01-01' },
    { name: 'until a later date', files: WAIVED('kiosk tenant until 2026-07-01'), now: '2026-06-30' },
    { name: '"until" inside the reason is not a date', files: WAIVED('until the migration ends'), now: '2030-01-01' },
  ],
  invalid: [
    {
      name: 'the until date has come: reported at the directive',
      files: WAIVED('kiosk tenant, CHG-42 until 2026-06-01'),
      now: '2026-06-01',
      errors: [{ line: 6, column: 5, severity: 'warning', message: 'This `xtap-lint-disable-next-line` directive expired on 2026-06-01: it no longer suppresses `device-trust-in-default`.' }],
    },
  ],
});

describe('an expired directive', () => {
  it('suppresses nothing: the finding is reported again, and it is not also unused-disable', () => {
    const all = lintAll(WAIVED('kiosk tenant until 2026-05-01'), { now: '2026-06-01' }).filter((f) => f.ruleId.includes('disable') || f.ruleId === 'device-trust-in-default');
    expect(all.map((f) => `${f.range.line}:${f.range.column} ${f.ruleId}`)).toEqual(['6:5 expired-disable', '7:32 device-trust-in-default']);
  });

  it('suppresses until the day before, and the suppression carries its date', () => {
    const config = defaultConfig();
    const run = lintFiles([{ path: 't.xtap.yaml', text: WAIVED('kiosk tenant until 2026-06-02') }], { config, now: '2026-06-01' });
    const [file] = run.result.files;
    expect(file.findings).toEqual([]);
    expect(file.suppressed.map((s) => [s.ruleId, s.suppressions])).toEqual([
      ['device-trust-in-default', [{ kind: 'directive', justification: 'kiosk tenant until 2026-06-02', until: '2026-06-02' }]],
    ]);
  });

  it('never expires without a date of the run (engine API without `now`)', () => {
    const run = lintFiles([{ path: 't.xtap.yaml', text: WAIVED('kiosk until 2000-01-01') }], { config: defaultConfig() });
    expect(run.result.files[0].findings).toEqual([]);
  });

  it('reads the date only at the end of the reason', () => {
    expect(parseDirectives('# xtap-lint-disable-next-line x -- ok until 2026-01-31\n')[0].until).toBe('2026-01-31');
    expect(parseDirectives('# xtap-lint-disable-next-line x -- until 2026-01-31\n')[0].until).toBe('2026-01-31');
    expect(parseDirectives('# xtap-lint-disable-next-line x -- until 2026-01-31 then review\n')[0].until).toBeUndefined();
    expect(parseDirectives('# xtap-lint-disable-next-line x -- kept until2026-01-31\n')[0].until).toBeUndefined();
  });
});
