import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { CONTOSO, FABRIKAM, SALES_GROUP, SUPPLIERS } from '../intel/fixtures.js';
import { gitRepo } from './intel-repo.js';

const FILES = { 'contoso.xtap.yaml': CONTOSO, 'partners/suppliers.xtap.yaml': SUPPLIERS, 'fabrikam.xtap.yaml': FABRIKAM };
const USER = '11111111-1111-4111-8111-111111111111';
const KNOWN_APPS =
  'My Apps, App Access Panel, My Profile, My Sign-ins, Rights Management Services, Exchange Online, SharePoint Online, Teams, Teams Services, Teams Web Client, ' +
  'Skype for Business Online, Viva Engage (Yammer), Office 365 Portal, Office.com, OfficeHome, Office, Forms, Stream Portal, Graph, Windows Azure Active Directory, ' +
  'Azure Portal, Microsoft 365 Security and Compliance Center, Windows Azure Service Management API, Learn, Power BI Service, Power BI, Office 365 Management';
const BASE = ['explain', '--tenant', 'Contoso', '--partner', 'Fabrikam', '--direction', 'inbound', '--kind', 'b2bCollaboration'];

describe('xtap-lint explain', () => {
  it('says allowed and names the deciding settings with file:line, level and table row', async () => {
    const dir = gitRepo(FILES);
    const r = await runCli([...BASE, '--user', USER, '--group', SALES_GROUP, '--app', 'Office 365 Exchange Online'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    // Wrapped to 80 columns (not a terminal), each continuation indented under its line.
    expect(lines.slice(0, 8)).toEqual([
      `B2B collaboration, inbound: user ${USER} in group`,
      `  ${SALES_GROUP} from Fabrikam`,
      '  (3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234)',
      '  using Office 365 Exchange Online (00000002-0000-0ff1-ce00-000000000000) in',
      '    Contoso (0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b)',
      '',
      'Result: ALLOWED',
      '',
    ]);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    const flat = r.stdout.replace(/\n {4,}/g, ' ');
    expect(flat).toContain('the setting: partner entry, contoso.xtap.yaml:14');
    expect(flat).toContain(`the user is in the list: group Sales (${SALES_GROUP}), at contoso.xtap.yaml:18`);
    expect(flat).toContain('access table row 1 (users allowed, applications allowed): access iff u ∈ U and a ∈ A');
    expect(flat).toContain("the setting: Microsoft's service default, not declared, fabrikam.xtap.yaml:1");
  });

  it('says blocked for a user outside the group, and prints JSON', async () => {
    const dir = gitRepo(FILES);
    const r = await runCli([...BASE, '--user', USER, '--app', '00000002-0000-0ff1-ce00-000000000000', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout) as { result: string; sides: Array<{ at: string; level: string; row: { row: number } }> };
    expect(e.result).toBe('blocked');
    expect(e.sides.map((s) => [s.at, s.level, s.row.row])).toEqual([
      ['contoso.xtap.yaml:14', 'partner', 1],
      ['fabrikam.xtap.yaml:1', 'service', 1],
    ]);
  });

  it('needs no --tenant when the repository declares one tenant, and takes the app names people use', async () => {
    const dir = gitRepo({ 'contoso.xtap.yaml': CONTOSO, 'partners/suppliers.xtap.yaml': SUPPLIERS });
    const args = ['--partner', 'Fabrikam', '--direction', 'inbound', '--kind', 'b2bCollaboration', '--user', USER, '--group', SALES_GROUP, '--format', 'json'];
    const named = await runCli(['explain', '--tenant', 'Contoso', ...args, '--app', 'Office 365 Exchange Online'], { cwd: dir });
    expect([named.code, named.stderr]).toEqual([0, '']);
    expect(JSON.parse(named.stdout)).toMatchObject({ result: 'allowed' });
    for (const app of ['Exchange Online', 'exchange online', 'Outlook', 'EXCHANGE', '00000002-0000-0FF1-CE00-000000000000']) {
      const r = await runCli(['explain', ...args, '--app', app], { cwd: dir });
      expect([r.code, r.stdout, r.stderr], app).toEqual([0, named.stdout, '']);
    }
    const teams = await runCli(['explain', ...args.slice(0, -2), '--app', 'Microsoft Teams'], { cwd: dir });
    expect(teams.stdout).toContain('using Microsoft Teams (1fec8e78-bce4-4aaf-ab1b-5451cc387264) in Contoso');
    expect((await runCli(['explain', ...args.slice(0, -2), '--app', 'teams'], { cwd: dir })).stdout).toBe(teams.stdout);
  });

  it('exits 2 with one line on stderr for bad usage and unknown names', async () => {
    const dir = gitRepo(FILES);
    const cases: Array<[string[], string]> = [
      [['explain', '--tenant', 'Contoso'], 'xtap-lint: explain needs --partner (see xtap-lint explain --help)\n'],
      [[...BASE.slice(0, 6), 'sideways', '--kind', 'b2bCollaboration'], 'xtap-lint: --direction must be inbound or outbound, got "sideways"\n'],
      [[...BASE.slice(0, 7), '--kind', 'tenantRestrictions'], 'xtap-lint: --kind must be b2bCollaboration or b2bDirectConnect, got "tenantRestrictions"\n'],
      [[...BASE, '--user', 'alice'], 'xtap-lint: --user expects a user\'s object ID (GUID), got "alice"\n'],
      [[...BASE, '--app', 'Payroll'], `xtap-lint: --app "Payroll" is neither an application ID (GUID) nor an app xtap-lint knows. Known apps: ${KNOWN_APPS}\n`],
      [[...BASE, '--app', 'Temas'], `xtap-lint: --app "Temas" is neither an application ID (GUID) nor an app xtap-lint knows: did you mean "Teams"? Known apps: ${KNOWN_APPS}\n`],
      [['explain', ...BASE.slice(3)], 'xtap-lint: this repository declares several tenants: name one with --tenant (declared: Contoso (0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b), Fabrikam (3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234))\n'],
      [['explain', '--tenant', 'Contoso', '--partner', 'Tailspin', '--direction', 'inbound', '--kind', 'b2bCollaboration'], 'xtap-lint: Contoso has no partner named "Tailspin": give its tenant ID to see what the default allows\n'],
      [[...BASE, 'extra'], 'xtap-lint: Unexpected argument \'extra\'. This command does not take positional arguments (see xtap-lint explain --help)\n'],
    ];
    for (const [argv, stderr] of cases) {
      const r = await runCli(argv, { cwd: dir });
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', stderr]);
    }
  });
});
