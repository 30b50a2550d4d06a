/**
 * The trust map as SVG: the graph of `src/intel/graph.ts`, laid out by dagre (a layered graph layout library), drawn
 * with inline styles only, so it works inside a self-contained HTML report, printed, and in the playground.
 * Edges are coloured by direction as seen from the declared tenants (users coming in, going out, both ways) and
 * labelled by kind; one-sided edges are dashed. Every node and edge carries a `<title>` (a native tooltip, no
 * script needed) with its settings and, for nodes, the findings about that tenant or partner.
 * Pure: no file system, no network; every text is escaped.
 */
import dagre from '@dagrejs/dagre';
import type { GraphEdge, GraphNode, TrustGraph } from '../intel/graph.js';
import { visible } from './inert.js';

/** Text for HTML/SVG content and attribute values. */
export function escapeHtml(s: string): string {
  return visible(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text of several lines (a tooltip's `<title>`): each line escaped, the line breaks kept. */
function escapeLines(lines: readonly string[]): string {
  return lines.map(escapeHtml).join('\n');
}

export type EdgeDirection = 'inbound' | 'outbound' | 'both' | 'between';

export const DIRECTION_COLOUR: Record<EdgeDirection, string> = {
  inbound: '#1f6feb',
  outbound: '#d4731a',
  both: '#8250df',
  between: '#57606a',
};

const DIRECTION_WORDS: Record<EdgeDirection, string> = {
  inbound: 'into a declared tenant',
  outbound: 'out of a declared tenant',
  both: 'both ways',
  between: 'between partners',
};

/** Which way an edge runs, seen from the declared tenants (users travel from `from` to `to`). */
export function edgeDirection(e: GraphEdge, declared: ReadonlySet<string>): EdgeDirection {
  if (e.bothWays) return 'both';
  const intoDeclared = declared.has(e.to);
  const outOfDeclared = declared.has(e.from);
  if (intoDeclared && outOfDeclared) return 'both';
  if (intoDeclared) return 'inbound';
  if (outOfDeclared) return 'outbound';
  return 'between';
}

const CHAR_WIDTH = 7.2;
const MAX_LABEL = 34;
const NODE_HEIGHT = 46;

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

export interface TrustMapOptions {
  /** Findings about each node (tenant ID or partner tenant ID, lower case), one line each, for its tooltip. */
  findings?: ReadonlyMap<string, readonly string[]>;
}

interface Point {
  x: number;
  y: number;
}

function pathOf(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${first.x.toFixed(1)},${first.y.toFixed(1)}`;
  if (rest.length === 1) return d + ` L${rest[0].x.toFixed(1)},${rest[0].y.toFixed(1)}`;
  // A smooth curve through dagre's control points: quadratic segments between midpoints.
  for (let i = 0; i < rest.length - 1; i++) {
    const c = rest[i];
    const n = rest[i + 1];
    const mx = i === rest.length - 2 ? n.x : (c.x + n.x) / 2;
    const my = i === rest.length - 2 ? n.y : (c.y + n.y) / 2;
    d += ` Q${c.x.toFixed(1)},${c.y.toFixed(1)} ${mx.toFixed(1)},${my.toFixed(1)}`;
  }
  return d;
}

function nodeTitle(n: GraphNode, findings: readonly string[] | undefined): string[] {
  const lines = [n.label];
  if (n.type !== 'others') lines.push(`tenant ID ${n.id}`);
  if (n.cloud) lines.push(`cloud: ${n.cloud}`);
  if (findings?.length) {
    lines.push(`${findings.length} finding${findings.length === 1 ? '' : 's'}:`);
    for (const f of findings.slice(0, 12)) lines.push(`• ${f}`);
    if (findings.length > 12) lines.push(`… and ${findings.length - 12} more`);
  } else if (n.type !== 'others') lines.push('no findings');
  return lines;
}

function edgeTitle(e: GraphEdge, from: GraphNode | undefined, to: GraphNode | undefined, dir: EdgeDirection): string[] {
  const lines = [`${e.label}: ${from?.label ?? e.from} → ${to?.label ?? e.to}${e.bothWays ? ' (and back)' : ''}`, `direction: ${DIRECTION_WORDS[dir]}`];
  for (const s of e.sides) lines.push(`${s.setting} ${s.allows ? 'allows' : 'blocks'} (${s.level}, ${s.at})`);
  return lines;
}

/** The edges between one pair of tenants that run the same way: drawn as one line listing every kind. */
interface Bundle {
  from: string;
  to: string;
  bothWays: boolean;
  edges: GraphEdge[];
}

function bundles(edges: readonly GraphEdge[]): Bundle[] {
  const byKey = new Map<string, Bundle>();
  for (const e of edges) {
    const key = `${e.from}\u0000${e.to}\u0000${e.bothWays ? 1 : 0}`;
    const b = byKey.get(key);
    if (b) b.edges.push(e);
    else byKey.set(key, { from: e.from, to: e.to, bothWays: e.bothWays, edges: [e] });
  }
  return [...byKey.values()];
}

function bundleDirection(b: Bundle, declared: ReadonlySet<string>): EdgeDirection {
  return edgeDirection({ ...b.edges[0], bothWays: b.bothWays }, declared);
}

/** The trust map as one `<svg>` element; an empty-map paragraph when there is nothing to draw. */
export function trustMapSvg(graph: TrustGraph, opts: TrustMapOptions = {}): string {
  if (graph.nodes.length === 0) return '<p class="empty">No tenant declared: nothing to draw.</p>';
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 22, edgesep: 14, ranksep: 90, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const byId = new Map<string, GraphNode>();
  for (const n of graph.nodes) {
    byId.set(n.id, n);
    const text = clip(n.label, MAX_LABEL);
    g.setNode(n.id, { width: Math.max(120, text.length * CHAR_WIDTH + 28), height: NODE_HEIGHT });
  }
  const drawn = bundles(graph.edges.filter((e) => byId.has(e.from) && byId.has(e.to)));
  drawn.forEach((b, i) => {
    const longest = Math.max(...b.edges.map((e) => clip(e.label, 40).length));
    g.setEdge(b.from, b.to, { width: longest * 6.2, height: 14 * b.edges.length, labelpos: 'c' }, `b${i}`);
  });
  dagre.layout(g);
  const gl = g.graph();
  const width = Math.ceil(gl.width ?? 0);
  const height = Math.ceil(gl.height ?? 0);
  const declared = new Set(graph.nodes.filter((n) => n.type === 'tenant').map((n) => n.id));

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="trust-map" role="img" aria-label="Trust map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="12">`,
  );
  out.push('<defs>');
  for (const [dir, colour] of Object.entries(DIRECTION_COLOUR)) {
    out.push(`<marker id="arrow-${dir}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`);
  }
  out.push('</defs>');
  drawn.forEach((b, i) => {
    const laid = g.edge({ v: b.from, w: b.to, name: `b${i}` }) as { points?: Point[]; x?: number; y?: number } | undefined;
    if (!laid?.points) return;
    const dir = bundleDirection(b, declared);
    const colour = DIRECTION_COLOUR[dir];
    const oneSided = b.edges.every((e) => e.oneSided);
    const dash = oneSided ? ' stroke-dasharray="6 4"' : '';
    const start = b.bothWays ? ` marker-start="url(#arrow-${dir})"` : '';
    const thick = b.edges.some((e) => e.kind === 'b2bDirectConnect' && !e.oneSided);
    const kinds = b.edges.map((e) => e.kind).join(' ');
    const title = b.edges.flatMap((e, k) => [...(k ? [''] : []), ...edgeTitle(e, byId.get(e.from), byId.get(e.to), dir)]);
    out.push(`<g class="edge" data-kinds="${kinds}" data-direction="${dir}"><title>${escapeLines(title)}</title>`);
    out.push(`<path d="${pathOf(laid.points)}" fill="none" stroke="${colour}" stroke-width="${thick ? 2.8 : 1.6}"${dash}${start} marker-end="url(#arrow-${dir})"/>`);
    if (laid.x !== undefined && laid.y !== undefined) {
      const top = laid.y - (14 * b.edges.length) / 2 + 11;
      b.edges.forEach((e, k) => {
        const y = top + 14 * k;
        out.push(
          `<text x="${laid.x!.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="middle" fill="${colour}" stroke="#fff" stroke-width="3" paint-order="stroke"${e.oneSided ? ' font-style="italic"' : ''}>${escapeHtml(clip(e.label, 40))}</text>`,
        );
      });
    }
    out.push('</g>');
  });
  for (const n of graph.nodes) {
    const laid = g.node(n.id) as { x: number; y: number; width: number; height: number } | undefined;
    if (!laid) continue;
    const x = laid.x - laid.width / 2;
    const y = laid.y - laid.height / 2;
    const findings = opts.findings?.get(n.id);
    const fill = n.type === 'tenant' ? '#ddf4ff' : n.type === 'others' ? '#f6f8fa' : '#ffffff';
    const stroke = findings?.length ? '#cf222e' : n.type === 'tenant' ? '#0969da' : '#8c959f';
    out.push(`<g class="node" data-type="${n.type}" data-id="${escapeHtml(n.id)}"><title>${escapeLines(nodeTitle(n, findings))}</title>`);
    out.push(
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${laid.width.toFixed(1)}" height="${laid.height.toFixed(1)}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="${n.type === 'tenant' ? 2 : 1.2}"${n.type === 'others' ? ' stroke-dasharray="4 3"' : ''}/>`,
    );
    const sub = n.type === 'others' ? 'every other tenant' : findings?.length ? `${findings.length} finding${findings.length === 1 ? '' : 's'}` : n.type;
    out.push(`<text x="${laid.x.toFixed(1)}" y="${(laid.y - 3).toFixed(1)}" text-anchor="middle" font-weight="600">${escapeHtml(clip(n.label, MAX_LABEL))}</text>`);
    out.push(`<text x="${laid.x.toFixed(1)}" y="${(laid.y + 13).toFixed(1)}" text-anchor="middle" fill="${findings?.length ? '#cf222e' : '#57606a'}" font-size="10.5">${escapeHtml(sub)}</text>`);
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

/** The legend under the map: what each colour and line style means. */
export function trustMapLegend(): string {
  const items = (Object.keys(DIRECTION_COLOUR) as EdgeDirection[]).map(
    (d) => `<li><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke="${DIRECTION_COLOUR[d]}" stroke-width="2"/></svg> ${escapeHtml(DIRECTION_WORDS[d])}</li>`,
  );
  items.push('<li><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke="#57606a" stroke-width="2" stroke-dasharray="6 4"/></svg> one-sided: a declared side blocks it</li>');
  items.push('<li>thick line: B2B direct connect · red border: a tenant or partner with findings (hover for them)</li>');
  return `<ul class="legend">${items.join('')}</ul>`;
}
