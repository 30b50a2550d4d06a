import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { CONTOSO, FABRIKAM, SUPPLIERS } from '../intel/fixtures.js';
import { gitRepo } from './intel-repo.js';

const FILES = { 'contoso.xtap.yaml': CONTOSO, 'partners/suppliers.xtap.yaml': SUPPLIERS, 'fabrikam.xtap.yaml': FABRIKAM };
const golden = (name: string): string => readFileSync(join(PROJECT_ROOT, 'test/intel/golden', name), 'utf8');

describe('xtap-lint graph', () => {
  it('prints the trust map as Mermaid by default, and as DOT and JSON', async () => {
    const dir = gitRepo(FILES);
    for (const [argv, file] of [
      [['graph'], 'graph.mmd'],
      [['graph', '--format', 'dot'], 'graph.dot'],
      [['graph', '-f', 'json'], 'graph.json'],
    ] as const) {
      const r = await runCli([...argv], { cwd: dir });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toBe(golden(file));
    }
  });

  it('limits the map to the given paths', async () => {
    const dir = gitRepo(FILES);
    const r = await runCli(['graph', 'partners', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const g = JSON.parse(r.stdout) as { nodes: Array<{ label: string }>; edges: Array<{ label: string }> };
    expect(g.nodes.map((n) => n.label)).toEqual(['Contoso', 'Northwind', 'Woodgrove Bank']);
    expect(g.edges.map((e) => e.label)).toEqual(['B2B collaboration (limited)', 'automatic redemption', 'user sync']);
  });

  it('exits 2 with one line on stderr for an unknown format or path', async () => {
    const dir = gitRepo(FILES);
    const a = await runCli(['graph', '--format', 'svg'], { cwd: dir });
    expect([a.code, a.stdout, a.stderr]).toEqual([2, '', 'xtap-lint: unknown format "svg" for graph (one of mermaid, dot, json)\n']);
    const b = await runCli(['graph', 'nowhere'], { cwd: dir });
    expect([b.code, b.stdout, b.stderr]).toEqual([2, '', 'xtap-lint: no such file or directory: nowhere\n']);
  });
});
