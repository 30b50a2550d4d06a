import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildGraph, filterGraph, graphDot, graphJson, graphMermaid, mermaidText } from '../../src/intel/graph.js';
import { expectGolden, PROJECT_ROOT } from '../helpers/cli.js';
import { CONTOSO, CONTOSO_ID, FABRIKAM, FABRIKAM_ID, model, SUPPLIERS, WOODGROVE_ID } from './fixtures.js';

const GOLDEN = join(PROJECT_ROOT, 'test/intel/golden');
const FILES = { 'contoso.xtap.yaml': CONTOSO, 'partners/suppliers.xtap.yaml': SUPPLIERS, 'fabrikam.xtap.yaml': FABRIKAM };
const M = model(FILES);

describe('buildGraph', () => {
  const g = buildGraph(M);
  const edge = (from: string, to: string, kind: string) => g.edges.find((e) => e.from === from && e.to === to && e.kind === kind);

  it('has declared tenants, partners and each tenant\'s "other tenants" as nodes', () => {
    expect(g.nodes.map((n) => [n.type, n.label])).toEqual([
      ['tenant', 'Contoso'],
      ['tenant', 'Fabrikam'],
      ['partner', 'Northwind'],
      ['partner', 'Woodgrove Bank'],
      ['others', "Other tenants (Contoso's default)"],
      ['others', "Other tenants (Fabrikam's default)"],
    ]);
  });

  it('shows direct connect allowed on both sides as mutual', () => {
    expect(edge(FABRIKAM_ID, CONTOSO_ID, 'b2bDirectConnect')).toMatchObject({ label: 'B2B direct connect (limited, mutual)', mutual: true, oneSided: false });
    expect(edge(FABRIKAM_ID, CONTOSO_ID, 'b2bDirectConnect')!.sides.map((s) => [s.setting, s.at])).toEqual([
      ['b2bDirectConnectInbound', 'contoso.xtap.yaml:23'],
      ['b2bDirectConnectOutbound', 'fabrikam.xtap.yaml:8'],
    ]);
    expect(edge(CONTOSO_ID, FABRIKAM_ID, 'b2bDirectConnect')).toBeUndefined();
  });

  it('shows automatic redemption that only one declared side turns on as one-sided', () => {
    expect(edge(FABRIKAM_ID, CONTOSO_ID, 'automaticRedemption')).toMatchObject({ label: 'automatic redemption (one-sided)', oneSided: true });
  });

  it('has edges for MFA trust and user sync, pointing at the trusting tenant', () => {
    expect(edge(FABRIKAM_ID, CONTOSO_ID, 'mfaTrust')).toMatchObject({ label: 'MFA trusted' });
    expect(edge(WOODGROVE_ID, CONTOSO_ID, 'identitySync')).toMatchObject({ label: 'user sync' });
    expect(edge(WOODGROVE_ID, CONTOSO_ID, 'deviceTrust')).toBeUndefined();
  });

  it('filters to what files declare', () => {
    const f = filterGraph(g, M, (p) => p === 'partners/suppliers.xtap.yaml');
    expect(f.edges.map((e) => e.label)).toEqual(['B2B collaboration (limited)', 'automatic redemption', 'user sync']);
  });
});

describe('renderers', () => {
  it('print Mermaid, DOT and JSON, byte-identical across runs', () => {
    expect(graphMermaid(M)).toBe(graphMermaid(model(FILES)));
    expectGolden(graphMermaid(M), join(GOLDEN, 'graph.mmd'));
    expectGolden(graphDot(M), join(GOLDEN, 'graph.dot'));
    expectGolden(graphJson(M), join(GOLDEN, 'graph.json'));
  });

  it('quote Mermaid labels and escape quotes and markup', () => {
    expect(mermaidText('A "quoted" <b>#1</b>')).toBe('A #quot;quoted#quot; #lt;b#gt;#35;1#lt;/b#gt;');
    const m = model({ 'c.xtap.yaml': CONTOSO.replace('name: Contoso', 'name: \'Contoso "HQ" <EU>\'') });
    expect(graphMermaid(m)).toContain(`t_${CONTOSO_ID.replace(/-/g, '')}["Contoso #quot;HQ#quot; #lt;EU#gt;<br/>${CONTOSO_ID}"]`);
    expect(graphDot(m)).toContain(`[label="Contoso \\"HQ\\" <EU>\\n${CONTOSO_ID}", style=bold]`);
  });

  it('prints a flowchart whose every line is a node, an edge or a class statement', () => {
    const lines = graphMermaid(M).trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    for (const l of lines.slice(1)) {
      expect(l).toMatch(/^ {2}([td]_[0-9a-f]{32}(\["[^"]*"\]|\("[^"]*"\)|\(\["[^"]*"\]\))|[td]_[0-9a-f]{32} (-->|<-->|-\.->)\|"[^"]*"\| [td]_[0-9a-f]{32}|classDef \w+ [^;]+|class [td_0-9a-f,]+ \w+)$/);
    }
  });
});

describe('direct connect edges follow Teams (issue 12 item 15)', () => {
  it('a direct connect setting that blocks Office365 draws no direct connect edge: nobody reaches a shared channel', () => {
    const g = buildGraph(
      model({
        'contoso.xtap.yaml': `tenant: { id: ${CONTOSO_ID}, name: Contoso, license: p1 }
partners:
  - tenantId: ${FABRIKAM_ID}
    name: Fabrikam
    b2bDirectConnectInbound:
      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
      applications: { accessType: blocked, targets: [{ target: Office365, targetType: application }] }
`,
      }),
    );
    expect(g.edges.filter((e) => e.kind === 'b2bDirectConnect')).toEqual([]);
  });
});
