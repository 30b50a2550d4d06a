import { describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../helpers/cli.js';

/** SPEC §3.7: a directive on a partner entry suppresses that partner's share; the share stays in the outputs. */
const TEXT = `tenant: { id: 11111111-2222-4333-8444-555555555555, name: Litware, license: p1, facts: { mfaRequiredForExternalUsers: true } }
default:
  b2bCollaborationInbound:
    applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
partners:
  # xtap-lint-disable-next-line mfa-registration-apps -- kiosk guests, SEC-1
  - tenantId: aaaaaaaa-1111-4222-8333-444444444444
    name: Adatum
  - tenantId: bbbbbbbb-1111-4222-8333-444444444444
    name: Fabrikam
`;

type Json = Array<{
  messages: Array<{ ruleId: string; line: number; message: string }>;
  suppressedMessages: Array<{ ruleId: string; line: number; column: number; message: string; suppressions: Array<{ kind: string; justification: string }> }>;
}>;

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }>;
  suppressions?: Array<{ kind: string; justification?: string }>;
}

describe("a suppressed partner share (SPEC §3.7)", () => {
  it('is a suppressed finding of that partner in json, at its tenantId key, while the default keeps its finding for the others', async () => {
    const dir = tempRepo({ 't.xtap.yaml': TEXT });
    const run = await runCli(['.', '-f', 'json'], { cwd: dir });
    const [file] = JSON.parse(run.stdout) as Json;
    const mine = file.suppressedMessages.filter((m) => m.ruleId === 'mfa-registration-apps');
    expect(mine.map((m) => [m.line, m.column, m.suppressions])).toEqual([
      [7, 5, [{ kind: 'directive', justification: 'kiosk guests, SEC-1' }]],
      [7, 5, [{ kind: 'directive', justification: 'kiosk guests, SEC-1' }]],
    ]);
    for (const m of mine) expect(m.message).toContain('(the share of partner Adatum, which inherits it from the default at t.xtap.yaml:4).');
    const kept = file.messages.filter((m) => m.ruleId === 'mfa-registration-apps');
    expect(kept.map((m) => [m.line, m.message.includes('(inherited by 1 partner: Fabrikam).')])).toEqual([
      [4, true],
      [4, true],
    ]);
  });

  it('is a SARIF result with an inSource suppression and the reason as justification', async () => {
    const dir = tempRepo({ 't.xtap.yaml': TEXT });
    const run = await runCli(['.', '-f', 'sarif'], { cwd: dir });
    const log = JSON.parse(run.stdout) as { runs: Array<{ results: SarifResult[] }> };
    const suppressed = log.runs[0].results.filter((r) => r.ruleId === 'mfa-registration-apps' && r.suppressions?.length);
    expect(suppressed.map((r) => [r.locations[0].physicalLocation.region.startLine, r.locations[0].physicalLocation.region.startColumn, r.suppressions])).toEqual([
      [7, 5, [{ kind: 'inSource', justification: 'kiosk guests, SEC-1' }]],
      [7, 5, [{ kind: 'inSource', justification: 'kiosk guests, SEC-1' }]],
    ]);
  });
});
