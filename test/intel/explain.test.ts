import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { appNames, explainAccess, ExplainError, renderExplanation, resolveApp } from '../../src/intel/explain.js';
import { APPS } from '../../src/resolve/knowledge.js';
import { expectGolden, PROJECT_ROOT } from '../helpers/cli.js';
import { CONTOSO, CONTOSO_ID, FABRIKAM, FABRIKAM_ID, model, SALES_GROUP, SUPPLIERS } from './fixtures.js';

const GOLDEN = join(PROJECT_ROOT, 'test/intel/golden');
const M = model({ 'contoso.xtap.yaml': CONTOSO, 'partners/suppliers.xtap.yaml': SUPPLIERS, 'fabrikam.xtap.yaml': FABRIKAM });
const USER = '11111111-1111-4111-8111-111111111111';
const EXCHANGE = '00000002-0000-0ff1-ce00-000000000000';
const RMS = '00000012-0000-0000-c000-000000000000';

describe('explainAccess', () => {
  it('allows a group member to an Office 365 app, naming each deciding setting with file:line and the table row', () => {
    const e = explainAccess(M, { tenant: 'contoso', partner: 'Fabrikam', direction: 'inbound', kind: 'b2bCollaboration', user: USER, groups: [SALES_GROUP], app: EXCHANGE });
    expect(e.result).toBe('allowed');
    expect(e.home).toEqual({ id: FABRIKAM_ID, name: 'Fabrikam' });
    expect(e.resource).toEqual({ id: CONTOSO_ID, name: 'Contoso' });
    const [contoso, fabrikam] = e.sides;
    expect(contoso).toMatchObject({ setting: 'b2bCollaborationInbound', level: 'partner', at: 'contoso.xtap.yaml:14', listed: true });
    expect(contoso.usersAndGroups).toMatchObject({ accessType: 'allowed', level: 'partner', at: 'contoso.xtap.yaml:15', member: true });
    expect(contoso.usersAndGroups.matched).toEqual([{ target: `group Sales (${SALES_GROUP})`, at: 'contoso.xtap.yaml:18' }]);
    expect(contoso.applications.matched).toEqual([{ target: 'Office 365 apps, which include it', at: 'contoso.xtap.yaml:22' }]);
    expect(contoso.row).toEqual({ row: 1, users: 'allowed', applications: 'allowed', condition: 'u ∈ U and a ∈ A' });
    // Fabrikam is declared too: its outbound side is Microsoft's service default (nothing declared).
    expect(fabrikam).toMatchObject({ setting: 'b2bCollaborationOutbound', level: 'service', at: 'fabrikam.xtap.yaml:1', result: 'allowed' });
    expectGolden(renderExplanation(e), join(GOLDEN, 'explain-allowed.txt'));
  });

  it('blocks a user outside the group, by row 1', () => {
    const e = explainAccess(M, { tenant: CONTOSO_ID, partner: FABRIKAM_ID, direction: 'inbound', kind: 'b2bCollaboration', user: USER, app: EXCHANGE });
    expect(e.result).toBe('blocked');
    expect(e.sides[0].usersAndGroups.member).toBe(false);
    expect(e.sides[0].outcomes).toEqual([{ inUsers: false, inApplications: true, allowed: false }]);
  });

  it('applies the default to an organization that is not a partner, and says the other side is not declared', () => {
    const other = '99999999-9999-4999-8999-999999999999';
    const e = explainAccess(M, { tenant: 'Contoso', partner: other, direction: 'inbound', kind: 'b2bDirectConnect', user: USER, app: EXCHANGE });
    expect(e.result).toBe('blocked');
    expect(e.sides).toHaveLength(1);
    expect(e.sides[0]).toMatchObject({ listed: false, level: 'service', row: { row: 4 } });
    expect(e.notes).toEqual([`${other} is not declared in this repository: its own outbound B2B direct connect settings also apply and are not checked here.`]);
  });

  it('uses row 2 for an app block list in a partner file', () => {
    const e = explainAccess(M, { tenant: 'Contoso', partner: 'Northwind', direction: 'outbound', kind: 'b2bCollaboration', app: RMS });
    expect(e.result).toBe('blocked');
    expect(e.sides[0].row.row).toBe(2);
    expect(e.sides[0].applications).toMatchObject({ accessType: 'blocked', member: true, at: 'partners/suppliers.xtap.yaml:12' });
    expectGolden(renderExplanation(e), join(GOLDEN, 'explain-blocked.txt'));
  });

  it('answers "depends" when no app is given and the outcome varies', () => {
    const e = explainAccess(M, { tenant: 'Contoso', partner: 'Fabrikam', direction: 'inbound', kind: 'b2bDirectConnect' });
    expect(e.result).toBe('depends');
    expect(e.sides[0].outcomes).toEqual([
      { inUsers: true, inApplications: true, allowed: true },
      { inUsers: true, inApplications: false, allowed: false },
    ]);
  });

  it('refuses unknown tenants and partners with a usable message', () => {
    expect(() => explainAccess(M, { tenant: 'Tailspin', partner: 'x', direction: 'inbound', kind: 'b2bCollaboration' })).toThrow(ExplainError);
    expect(() => explainAccess(M, { tenant: 'Tailspin', partner: 'x', direction: 'inbound', kind: 'b2bCollaboration' })).toThrow(
      `no tenant "Tailspin" is declared in this repository (declared: Contoso (${CONTOSO_ID}), Fabrikam (${FABRIKAM_ID}))`,
    );
    expect(() => explainAccess(M, { tenant: 'Contoso', partner: 'Tailspin', direction: 'inbound', kind: 'b2bCollaboration' })).toThrow(
      'Contoso has no partner named "Tailspin": give its tenant ID to see what the default allows',
    );
  });

  it('resolves apps by ID or well-known name', () => {
    expect(resolveApp('my sign-ins')).toBe('19db86c3-b2b9-44cc-b339-36da233a3be2');
    expect(resolveApp('00000002-0000-0FF1-CE00-000000000000')).toBe(EXCHANGE);
    expect(() => resolveApp('Payroll')).toThrow(ExplainError);
  });
});

describe('explain --app: the names people use for an app', () => {
  it('resolves names from the one app table, case-insensitively, with or without "Microsoft " / "Office 365 "', () => {
    const cases: Array<[string, keyof typeof APPS]> = [
      ['Teams', 'teams'],
      ['Microsoft Teams', 'teams'],
      ['microsoft teams', 'teams'],
      ['SharePoint Online', 'sharePointOnline'],
      ['Office 365 SharePoint Online', 'sharePointOnline'],
      ['OneDrive', 'sharePointOnline'],
      ['onedrive for business', 'sharePointOnline'],
      ['Exchange Online', 'exchangeOnline'],
      ['Outlook', 'exchangeOnline'],
      ['my sign ins', 'mySignIns'],
      ['MySignIns', 'mySignIns'],
      ['Yammer', 'vivaEngage'],
      ['RMS', 'rightsManagement'],
      ['Entra admin center', 'azurePortal'],
    ];
    for (const [name, key] of cases) expect(resolveApp(name), name).toBe(APPS[key].id);
    // Every app of the table by its display name, and no name that means two apps.
    for (const app of Object.values(APPS)) expect(resolveApp(app.name)).toBe(app.id);
    const names = appNames();
    expect(new Set(names.map((n) => n.name.toLowerCase())).size).toBe(names.length);
    expect(resolveApp('1FEC8E78-BCE4-4AAF-AB1B-5451CC387264')).toBe(APPS.teams.id);
  });

  it('on a miss, suggests the closest name and lists the apps it knows', () => {
    expect(() => resolveApp('Sharepoint Onlien')).toThrow(/did you mean "SharePoint Online"\? Known apps: My Apps, .*Teams, /);
    expect(() => resolveApp('Payroll')).toThrow(/^--app "Payroll" is neither an application ID \(GUID\) nor an app xtap-lint knows\. Known apps: /);
    expect(() => resolveApp('')).toThrow(ExplainError);
  });
});
