/** QA pass 2: regressions found on the surfaces around the linter (init, import/export, diff/explain/graph, formats, fix, baseline). */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../helpers/cli.js';
import { buildModel } from '../../src/engine/lint.js';
import { exportRequests } from '../../src/graph/export.js';
import { powershellScript } from '../../src/graph/powershell.js';
import { diffModels, renderDiffMarkdown } from '../../src/intel/diff.js';
import { graphMermaid, mermaidText } from '../../src/intel/graph.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function repo(files: Record<string, string>): string {
  const d = tempRepo(files);
  dirs.push(d);
  return d;
}

const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const PARTNER = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';

describe('init with odd option values', () => {
  it('a --name with a line break still gives a tenant file that parses and lints clean', async () => {
    const dir = repo({});
    const r = await runCli(['init', '--tenant-id', TENANT, '--name', 'Contoso\nProduction'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'tenant.xtap.yaml'), 'utf8');
    // The header comment stays one comment line.
    expect(text.split('\n')[1]).toMatch(/^#/);
    const lint = await runCli(['--format', 'json'], { cwd: dir });
    expect(lint.code).toBe(0);
    const json = JSON.parse(lint.stdout) as Array<{ messages: unknown[] }>;
    expect(json.flatMap((f) => f.messages)).toEqual([]);
  });
});
describe('export --format powershell with hostile names', () => {
  it('a line break in a tenant or partner name never leaves a comment line', () => {
    const text = [
      'tenant:',
      `  id: ${TENANT}`,
      '  name: "Contoso\\nRemove-Item -Recurse C:\\\\important"',
      '  license: p1',
      'partners:',
      `  - tenantId: ${PARTNER}`,
      '    name: "Fab\\r\\nWrite-Host pwned\\u2028Write-Host again"',
      '    inboundTrust: { isMfaAccepted: true }',
      '',
    ].join('\n');
    const model = buildModel([{ path: 't.xtap.yaml', text }]).model;
    const script = powershellScript(exportRequests(model), '0.0.0-test');
    const lines = script.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
    expect(lines.filter((l) => /Remove-Item|Write-Host/.test(l) && !l.startsWith('#'))).toEqual([]);
  });
});

describe('--format sarif from a subdirectory', () => {
  it('a related location keeps its own repository path, even when it looks like a printed path', async () => {
    const dir = repo({
      't.xtap.yaml': [
        `tenant: { id: ${TENANT}, name: Contoso, license: p1 }`,
        'default:',
        '  inboundTrust: { isMfaAccepted: true }',
        '  b2bCollaborationInbound:',
        '    applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }',
        'include: [p/*.xtap.yaml]',
        '',
      ].join('\n'),
      'p/t.xtap.yaml': ['partners:', `  - tenantId: ${PARTNER}`, '    name: Fabrikam', '    inboundTrust: { isMfaAccepted: false }', ''].join('\n'),
    });
    const r = await runCli(['--format', 'sarif', '.'], { cwd: join(dir, 'p') });
    const log = JSON.parse(r.stdout) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }>;
    };
    const result = log.runs[0].results.find((x) => x.relatedLocations?.length);
    expect(result?.locations[0].physicalLocation.artifactLocation.uri).toBe('p/t.xtap.yaml');
    expect(result?.relatedLocations?.[0].physicalLocation.artifactLocation.uri).toBe('t.xtap.yaml');
    expect(result?.relatedLocations?.[0].physicalLocation.region.startLine).toBe(5);
  });
});

describe('diff markdown with hostile names', () => {
  it('a name with a line break or an entity stays on its list item and reads as written', () => {
    const tenantFile = (trust: boolean) =>
      [
        'tenant:',
        `  id: ${TENANT}`,
        '  name: "Contoso &amp; Co"',
        '  license: p1',
        'partners:',
        `  - tenantId: ${PARTNER}`,
        '    name: "Fab\\n- rikam\\r\\n# heading"',
        `    inboundTrust: { isMfaAccepted: ${trust} }`,
        '',
      ].join('\n');
    const before = buildModel([{ path: 't.xtap.yaml', text: tenantFile(false) }]).model;
    const after = buildModel([{ path: 't.xtap.yaml', text: tenantFile(true) }]).model;
    const md = renderDiffMarkdown(diffModels(before, after), { before: '`main`', after: 'the working tree' });
    const lines = md.split('\n');
    expect(lines.filter((l) => l.startsWith('- '))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('#'))).toHaveLength(2);
    expect(md).toContain('Contoso \\&amp; Co');
  });
});

describe('graph labels', () => {
  it('a name with an entity (&amp;) reads as written in Mermaid: & is an entity code too', () => {
    expect(mermaidText('AT&amp;T & Co')).toBe('AT#38;amp;T #38; Co');
  });
});

describe('graph: the default node of a tenant whose name ends in s', () => {
  it("is 'Other tenants (Northwind Traders' default)', as the rules' messages write it", () => {
    const text = ['tenant:', `  id: ${TENANT}`, '  name: Northwind Traders', '  license: p1', ''].join('\n');
    const mermaid = graphMermaid(buildModel([{ path: 't.xtap.yaml', text }]).model);
    expect(mermaid).toContain("Other tenants (Northwind Traders' default)");
  });
});
