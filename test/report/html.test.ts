import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { lintFiles } from '../../src/engine/lint.js';
import { html } from '../../src/report/html.js';
import { loadFormatter, FORMAT_NAMES } from '../../src/report/index.js';
import { buildGraph } from '../../src/intel/graph.js';
import { trustMapSvg, edgeDirection } from '../../src/report/trust-map-svg.js';
import { RULES } from '../../rules/index.js';
import type { FormatContext } from '../../src/report/format.js';
import type { InputFile } from '../../src/types.js';
import { exampleInputs, PROJECT_ROOT, runCli, tempRepo } from '../helpers/cli.js';

function context(inputs: InputFile[]): FormatContext {
  const run = lintFiles(inputs);
  const sources = new Map<string, string>();
  for (const i of inputs) if (i.text !== undefined) sources.set(i.path, i.text);
  return { results: run.result.files, rules: RULES, color: false, version: '0.0.0-test', sources, model: run.model };
}

const count = (s: string, needle: RegExp): number => (s.match(needle) ?? []).length;

describe('--format html', () => {
  it('is a format the CLI knows, loaded only when asked for', async () => {
    expect(FORMAT_NAMES).toContain('html');
    expect(typeof (await loadFormatter('html'))).toBe('function');
    expect(await loadFormatter('__proto__')).toBeUndefined();
    expect(await loadFormatter('constructor')).toBeUndefined();
  });

  it('shows every finding of the examples with its excerpt, why and what to do', () => {
    const ctx = context(exampleInputs());
    const out = html(ctx);
    const findings = ctx.results.flatMap((r) => r.findings);
    const suppressed = ctx.results.flatMap((r) => r.suppressed);
    expect(findings.length).toBe(5);
    expect(count(out, /<article class="finding [a-z]+" data-finding data-severity=/g)).toBe(findings.length);
    expect(count(out, /data-finding data-suppressed/g)).toBe(suppressed.length);
    for (const f of findings) {
      expect(out).toContain(`data-rule="${f.ruleId}"`);
      expect(out).toContain(`:${f.range.line}:${f.range.column} · `);
    }
    // The excerpt marks the node: line 65 of contoso.xtap.yaml is `      applications:`.
    expect(out).toMatch(/<span class="ln">65<\/span> {6}<mark>applications<\/mark>:/);
    expect(count(out, /<p class="why"><b>Why:<\/b>/g)).toBe(findings.length + suppressed.length);
    expect(count(out, /<p class="fix"><b>What to do:<\/b>/g)).toBe(findings.length + suppressed.length);
    // Suppressed findings carry their reason.
    expect(out).toMatch(/<h2 id="suppressed">Suppressed findings \(2\)<\/h2>/);
    expect(count(out, /<p class="justification">Suppressed by a directive: /g)).toBe(2);
  });

  it('summarises by severity and by rule, and offers filters by severity, rule, tenant and partner', () => {
    const out = html(context(exampleInputs()));
    expect(out).toMatch(/<div><b>2<\/b><span class="badge error">/);
    expect(out).toContain('<tr><td class="rule">mfa-registration-apps</td><td class="n">1</td><td class="n">1</td><td class="n">0</td></tr>');
    for (const name of ['severity', 'rule', 'tenant', 'partner']) expect(out).toContain(`<select name="${name}">`);
    // Tenant and partner of each finding, for the filters.
    expect(out).toMatch(/data-partner="[0-9a-f-]{36}"/);
    expect(out).toContain('<option value="0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b">Contoso</option>');
    // Filters are hidden until the script shows them: without JavaScript, nothing is filtered away.
    expect(out).toContain('<form id="filters" hidden>');
  });

  it('is self-contained: nothing on the page can make a request', () => {
    const out = html(context(exampleInputs()));
    expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(out).not.toMatch(/<(link|img|iframe|object|embed|base|audio|video|source)\b/i);
    expect(out).not.toMatch(/\ssrc\s*=/i);
    // `url(#…)` refers to the SVG's own arrow markers; any other url() could fetch.
    expect(out).not.toMatch(/url\((?!#arrow-)|@import/i);
    // Links are only the rules' documentation, which nobody fetches unless they click.
    for (const m of out.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^https:\/\/github\.com\/xtap-lint\/xtap-lint\/blob\/main\/rules\/[a-z-]+\.md$/);
  });

  it('renders text from files inert: names, labels and file names never become markup', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)> "quoted" \u001b[2J';
    const inputs: InputFile[] = [
      {
        path: 'x"><svg onload=alert(3)>.xtap.yaml',
        text: [
          'tenant:',
          '  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b',
          `  name: ${JSON.stringify(evil)}`,
          '  license: p1',
          'default:',
          '  b2bCollaborationInbound:',
          '    usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }',
          '    applications: { accessType: allowed, targets: [{ target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }] }',
          'partners:',
          `  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234`,
          `    name: ${JSON.stringify(evil)}`,
          '',
        ].join('\n'),
      },
    ];
    const ctx = context(inputs);
    ctx.results = ctx.results.map((r) => ({ ...r, file: r.file }));
    const out = html(ctx);
    expect(ctx.results.flatMap((r) => r.findings).length).toBeGreaterThan(0);
    expect(out).not.toContain('<script>alert');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<svg onload');
    expect(out).not.toContain('\u001b');
    expect(out).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    // Exactly one script element: ours.
    expect(count(out, /<script>/g)).toBe(1);
  });

  it('draws the trust map as SVG laid out by the layout library, with each node’s findings on hover', () => {
    const ctx = context(exampleInputs());
    const out = html(ctx);
    const graph = buildGraph(ctx.model!);
    const svg = out.slice(out.indexOf('<svg xmlns'), out.indexOf('</svg>'));
    expect(count(svg, /<g class="node"/g)).toBe(graph.nodes.length);
    // Laid out: node boxes at more than one distinct position in both axes.
    const xs = new Set([...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)"/g)].map((m) => m[1]));
    const ys = new Set([...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)"/g)].map((m) => m[2]));
    expect(xs.size).toBeGreaterThan(1);
    expect(ys.size).toBeGreaterThan(3);
    // Woodgrove Bank has two findings; its tooltip lists them.
    expect(svg).toMatch(/<title>Woodgrove Bank\ntenant ID [0-9a-f-]{36}\ncloud: commercial\n2 findings:\n• error: /);
    // Every kind of edge the graph has is drawn.
    for (const e of graph.edges) expect(svg).toContain(e.kind);
  });

  it('colours edges by direction as seen from the declared tenants', () => {
    const edge = { from: 'a', to: 'b', kind: 'b2bCollaboration' as const, label: '', mutual: false, oneSided: false, bothWays: false, sides: [] };
    expect(edgeDirection(edge, new Set(['b']))).toBe('inbound');
    expect(edgeDirection(edge, new Set(['a']))).toBe('outbound');
    expect(edgeDirection({ ...edge, bothWays: true }, new Set(['a']))).toBe('both');
    expect(edgeDirection(edge, new Set())).toBe('between');
    expect(trustMapSvg({ nodes: [], edges: [] })).toContain('nothing to draw');
  });

  it('is deterministic', () => {
    expect(html(context(exampleInputs()))).toBe(html(context(exampleInputs())));
  });
});

describe('xtap-lint --format html (CLI)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('writes one HTML file with -o and exits by the findings', async () => {
    const examples = exampleInputs();
    const files: Record<string, string> = {};
    for (const i of examples) files[i.path] = i.text!;
    const dir = tempRepo(files);
    dirs.push(dir);
    const r = await runCli(['--format', 'html', '-o', 'report.html'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
    const { readFileSync } = await import('node:fs');
    const page = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(count(page, /data-finding data-severity=/g)).toBe(5);
  });

  it('the published package ships the lazily loaded bundle', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('dist/report-html.cjs');
    // The screenshots stay out of the package (the README links them absolutely).
    expect(pkg.files).toContain('!docs/images/');
  });
});
