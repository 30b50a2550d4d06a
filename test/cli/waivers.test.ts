/**
 * Expiring waivers (SPEC §3.7): `-- reason until YYYY-MM-DD` suppresses until that date, then `expired-disable`
 * reports it; suppressed findings in json `suppressedMessages`, SARIF `suppressions` (inSource, justification), and
 * the Markdown summary counts them and lists those expiring within 30 days.
 */
import { describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../helpers/cli.js';

const TENANT = `tenant:
  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
  license: p1
default:
  inboundTrust:
    # xtap-lint-disable-next-line device-trust-in-default -- kiosk tenant @octocat [x](https://evil.example) until 2026-07-01
    isCompliantDeviceAccepted: true
    # xtap-lint-disable-next-line device-trust-in-default -- hybrid devices of the subsidiary until 2027-01-01
    isHybridAzureADJoinedDeviceAccepted: true
`;

describe('expiring waivers', () => {
  it('json: suppressed with the reason and date before the date, reported again with expired-disable from it', async () => {
    const dir = tempRepo({ 't.xtap.yaml': TENANT });
    const before = JSON.parse((await runCli(['--format', 'json'], { cwd: dir, env: { XTAP_LINT_NOW: '2026-06-30' } })).stdout) as Array<{
      messages: Array<{ ruleId: string; line: number }>;
      suppressedMessages: Array<{ ruleId: string; line: number; suppressions: Array<{ kind: string; justification: string; until?: string }> }>;
    }>;
    expect(before[0].messages.filter((m) => m.ruleId !== 'mfa-trust-registration-policy')).toEqual([]);
    expect(before[0].suppressedMessages.map((m) => [m.line, m.suppressions])).toEqual([
      [7, [{ kind: 'directive', justification: 'kiosk tenant @octocat [x](https://evil.example) until 2026-07-01', until: '2026-07-01' }]],
      [9, [{ kind: 'directive', justification: 'hybrid devices of the subsidiary until 2027-01-01', until: '2027-01-01' }]],
    ]);
    const after = await runCli(['--format', 'json'], { cwd: dir, env: { XTAP_LINT_NOW: '2026-07-01' } });
    const files = JSON.parse(after.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>;
    expect(files[0].messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['6:5 expired-disable', '7:32 device-trust-in-default']);
    expect(after.code).toBe(0);
  });

  it('SARIF: suppressed findings are results with an inSource suppression and the reason as justification', async () => {
    const dir = tempRepo({ 't.xtap.yaml': TENANT });
    const r = await runCli(['--format', 'sarif'], { cwd: dir, env: { XTAP_LINT_NOW: '2026-06-30' } });
    const log = JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ ruleId: string; suppressions?: Array<{ kind: string; justification: string }> }> }> };
    const suppressed = log.runs[0].results.filter((x) => x.suppressions);
    expect(suppressed.map((x) => [x.ruleId, x.suppressions])).toEqual([
      ['device-trust-in-default', [{ kind: 'inSource', justification: 'kiosk tenant @octocat [x](https://evil.example) until 2026-07-01' }]],
      ['device-trust-in-default', [{ kind: 'inSource', justification: 'hybrid devices of the subsidiary until 2027-01-01' }]],
    ]);
  });

  it('Markdown: counts the suppressed findings and lists those expiring within 30 days, inertly', async () => {
    const dir = tempRepo({ 't.xtap.yaml': TENANT });
    const r = await runCli(['--format', 'markdown'], { cwd: dir, env: { XTAP_LINT_NOW: '2026-06-15' } });
    expect(r.stdout).toContain('2 suppressed findings (suppression directives with their reasons, or the baseline).');
    expect(r.stdout).toContain('Expiring within 30 days (the findings are reported again from that date):');
    const items = r.stdout.split('\n').filter((l) => l.startsWith('- '));
    expect(items).toEqual([
      '- 2026-07-01: t.xtap.yaml:7 `device-trust-in-default` — kiosk tenant @\u2060octocat \\[x\\](https\\://evil.example) until 2026-07-01',
    ]);
    // Further out than 30 days: counted, not listed.
    const later = await runCli(['--format', 'markdown'], { cwd: dir, env: { XTAP_LINT_NOW: '2026-01-01' } });
    expect(later.stdout).toContain('2 suppressed findings');
    expect(later.stdout).not.toContain('Expiring within');
  });
});
