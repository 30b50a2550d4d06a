/**
 * The trust map (issue 5, item 4): declared tenants, their partners and "every other tenant" (a tenant's default)
 * as nodes; edges for B2B collaboration, B2B direct connect, MFA and device trust, identity synchronization and
 * automatic redemption. Every edge points the way users travel: from their home tenant to the tenant whose apps
 * they use. Two-sided settings (collaboration, direct connect, automatic redemption) name both sides; an edge
 * whose both sides are declared and allow it is mutual, one that a declared side blocks is one-sided (dashed).
 * Pure: a model in, data and text out.
 */
import { grantsAnything, grantsEverything } from '../resolve/access.js';
import { directConnectAllowed } from '../resolve/direct-connect.js';
import type { Cloud } from '../resolve/knowledge.js';
import type { EffectiveSettings, Level, Loc, PartnerModel, RepoModel, TenantModel } from '../resolve/model.js';
import { declaredTenant, effectiveFor, where } from '../engine/tenants.js';
import { compareStrings } from './describe.js';
import { possessive } from '../engine/levels.js';
import { inertJson, visible } from '../report/inert.js';

export type EdgeKind = 'b2bCollaboration' | 'b2bDirectConnect' | 'mfaTrust' | 'deviceTrust' | 'identitySync' | 'automaticRedemption';
export const EDGE_KINDS: readonly EdgeKind[] = ['b2bCollaboration', 'b2bDirectConnect', 'automaticRedemption', 'mfaTrust', 'deviceTrust', 'identitySync'];

export interface GraphNode {
  /** The tenant ID, or `others:<tenant ID>` for every tenant that tenant does not list. */
  id: string;
  type: 'tenant' | 'partner' | 'others';
  name: string | null;
  label: string;
  cloud: Cloud | null;
}

export interface EdgeSide {
  /** The tenant whose setting this is. */
  tenant: string;
  /** The Graph property (`b2bCollaborationInbound`, `inboundTrust.isMfaAccepted`, …). */
  setting: string;
  allows: boolean;
  level: Level;
  file: string;
  /** `file:line` of the setting. */
  at: string;
}

export interface GraphEdge {
  /** Home tenant of the users (node id). */
  from: string;
  /** The tenant whose apps they use, or that trusts, syncs or redeems (node id). */
  to: string;
  kind: EdgeKind;
  label: string;
  /** Both sides declared and both allow (two-sided kinds only). */
  mutual: boolean;
  /** A declared side blocks what the other allows. */
  oneSided: boolean;
  /** True when the same edge also runs the other way (drawn once, with arrows at both ends). */
  bothWays: boolean;
  sides: EdgeSide[];
}

export interface TrustGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const KIND_WORDS: Record<EdgeKind, string> = {
  b2bCollaboration: 'B2B collaboration',
  b2bDirectConnect: 'B2B direct connect',
  automaticRedemption: 'automatic redemption',
  mfaTrust: 'MFA trusted',
  deviceTrust: 'device trusted',
  identitySync: 'user sync',
};

const othersId = (tenantId: string): string => `others:${tenantId}`;

function side(tenant: TenantModel, setting: string, allows: boolean, level: Level, at: Loc): EdgeSide {
  return { tenant: tenant.id, setting, allows, level, file: at.file.path, at: where(at) };
}

interface SideInfo {
  side: EdgeSide;
  /** For access settings: whether every user may use every app. */
  everything?: boolean;
  /** For device trust: which claims. */
  detail?: string;
}

/** The resource side (inbound settings of the tenant whose apps are used) of each kind. */
function resourceSides(r: TenantModel, s: EffectiveSettings, partner: PartnerModel | undefined): Partial<Record<EdgeKind, SideInfo>> {
  const out: Partial<Record<EdgeKind, SideInfo>> = {};
  const collab = s.b2b.b2bCollaborationInbound;
  out.b2bCollaboration = { side: side(r, 'b2bCollaborationInbound', grantsAnything(collab), collab.level, collab.at), everything: grantsEverything(collab) };
  const dc = s.b2b.b2bDirectConnectInbound;
  // Direct connect is there when some user can reach Teams (it serves shared channels only): src/resolve/direct-connect.ts.
  out.b2bDirectConnect = { side: side(r, 'b2bDirectConnectInbound', directConnectAllowed(dc), dc.level, dc.at), everything: grantsEverything(dc) };
  const consent = s.automaticUserConsentSettings.inboundAllowed;
  out.automaticRedemption = { side: side(r, 'automaticUserConsentSettings.inboundAllowed', consent.value, consent.level, consent.at) };
  const mfa = s.inboundTrust.isMfaAccepted;
  out.mfaTrust = { side: side(r, 'inboundTrust.isMfaAccepted', mfa.value, mfa.level, mfa.at) };
  const compliant = s.inboundTrust.isCompliantDeviceAccepted;
  const hybrid = s.inboundTrust.isHybridAzureADJoinedDeviceAccepted;
  const claims = [compliant.value ? 'compliant' : '', hybrid.value ? 'hybrid joined' : ''].filter(Boolean);
  const devAt = compliant.value ? compliant : hybrid;
  out.deviceTrust = {
    side: side(r, compliant.value ? 'inboundTrust.isCompliantDeviceAccepted' : 'inboundTrust.isHybridAzureADJoinedDeviceAccepted', claims.length > 0, devAt.level, devAt.at),
    detail: claims.join(', '),
  };
  const sync = partner?.identitySynchronization?.userSyncAllowed;
  if (partner && sync) out.identitySync = { side: side(r, 'identitySynchronization.userSyncInbound.isSyncAllowed', sync.value, 'partner', sync.loc) };
  return out;
}

/** The home side (outbound settings of the users' home tenant) of the two-sided kinds. */
function homeSides(h: TenantModel, s: EffectiveSettings): Partial<Record<EdgeKind, SideInfo>> {
  const collab = s.b2b.b2bCollaborationOutbound;
  const dc = s.b2b.b2bDirectConnectOutbound;
  const consent = s.automaticUserConsentSettings.outboundAllowed;
  return {
    b2bCollaboration: { side: side(h, 'b2bCollaborationOutbound', grantsAnything(collab), collab.level, collab.at), everything: grantsEverything(collab) },
    b2bDirectConnect: { side: side(h, 'b2bDirectConnectOutbound', directConnectAllowed(dc), dc.level, dc.at), everything: grantsEverything(dc) },
    automaticRedemption: { side: side(h, 'automaticUserConsentSettings.outboundAllowed', consent.value, consent.level, consent.at) },
  };
}

const TWO_SIDED = new Set<EdgeKind>(['b2bCollaboration', 'b2bDirectConnect', 'automaticRedemption']);

function makeEdge(from: string, to: string, kind: EdgeKind, infos: SideInfo[], twoSidesKnown: boolean): GraphEdge | undefined {
  if (!infos.some((i) => i.side.allows)) return undefined;
  const mutual = TWO_SIDED.has(kind) && twoSidesKnown && infos.length === 2 && infos.every((i) => i.side.allows);
  const oneSided = infos.some((i) => !i.side.allows);
  const quals: string[] = [];
  if ((kind === 'b2bCollaboration' || kind === 'b2bDirectConnect') && infos.some((i) => i.side.allows && i.everything === false)) quals.push('limited');
  if (kind === 'deviceTrust') quals.push(infos[0].detail ?? '');
  if (mutual) quals.push('mutual');
  if (oneSided) quals.push('one-sided');
  const label = quals.length ? `${KIND_WORDS[kind]} (${quals.join(', ')})` : KIND_WORDS[kind];
  return { from, to, kind, label, mutual, oneSided, bothWays: false, sides: infos.map((i) => i.side) };
}

/** The trust map of a model: nodes and edges, sorted; reverse edges with the same label merged into one. */
export function buildGraph(model: RepoModel): TrustGraph {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const tenants = model.tenants.filter((t) => declaredTenant(model, t.id) === t);
  for (const t of tenants) nodes.set(t.id, { id: t.id, type: 'tenant', name: t.name ?? null, label: t.label, cloud: t.cloud });
  for (const t of tenants) {
    for (const [id, list] of t.partnersById) {
      if (nodes.has(id)) continue;
      const p = list[0];
      nodes.set(id, { id, type: 'partner', name: p.name ?? null, label: p.label, cloud: p.cloud });
    }
  }
  const pairs = new Set<string>();
  for (const t of tenants) {
    for (const id of t.partnersById.keys()) {
      if (id === t.id) continue;
      pairs.add(t.id < id ? `${t.id}|${id}` : `${id}|${t.id}`);
    }
  }
  const addDirected = (homeId: string, resId: string): void => {
    const r = declaredTenant(model, resId);
    const h = declaredTenant(model, homeId);
    const rs = r ? (() => {
      const applied = effectiveFor(r, homeId);
      return resourceSides(r, applied.settings, applied.partner);
    })() : {};
    const hs = h ? homeSides(h, effectiveFor(h, resId).settings) : {};
    for (const kind of EDGE_KINDS) {
      const infos = [rs[kind], hs[kind]].filter((x): x is SideInfo => x !== undefined);
      const e = makeEdge(homeId, resId, kind, infos, Boolean(r && h));
      if (e) edges.push(e);
    }
  };
  for (const key of [...pairs].sort(compareStrings)) {
    const [a, b] = key.split('|');
    addDirected(a, b);
    addDirected(b, a);
  }
  // Every tenant a tenant does not list: its default, one side only.
  for (const t of tenants) {
    const others = othersId(t.id);
    const inbound = resourceSides(t, t.defaults, undefined);
    const outbound = homeSides(t, t.defaults);
    let drawn = false;
    for (const kind of EDGE_KINDS) {
      const i = inbound[kind];
      if (i) {
        const e = makeEdge(others, t.id, kind, [i], false);
        if (e) {
          edges.push(e);
          drawn = true;
        }
      }
      const o = outbound[kind];
      if (o) {
        const e = makeEdge(t.id, others, kind, [o], false);
        if (e) {
          edges.push(e);
          drawn = true;
        }
      }
    }
    if (drawn) nodes.set(others, { id: others, type: 'others', name: null, label: `Other tenants (${possessive(t.label)} default)`, cloud: null });
  }
  return { nodes: sortNodes([...nodes.values()]), edges: mergeReverse(edges) };
}

const TYPE_RANK: Record<GraphNode['type'], number> = { tenant: 0, partner: 1, others: 2 };

function sortNodes(nodes: GraphNode[]): GraphNode[] {
  return nodes.sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type] || compareStrings(a.label.toLowerCase(), b.label.toLowerCase()) || compareStrings(a.id, b.id));
}

function compareEdges(a: GraphEdge, b: GraphEdge): number {
  return compareStrings(a.from, b.from) || compareStrings(a.to, b.to) || EDGE_KINDS.indexOf(a.kind) - EDGE_KINDS.indexOf(b.kind);
}

/** Merge an edge and its reverse when they say the same thing: drawn once, with arrows at both ends. */
function mergeReverse(edges: GraphEdge[]): GraphEdge[] {
  const sorted = [...edges].sort(compareEdges);
  const byKey = new Map<string, GraphEdge>();
  for (const e of sorted) byKey.set(`${e.from}|${e.to}|${e.kind}`, e);
  const out: GraphEdge[] = [];
  const used = new Set<GraphEdge>();
  for (const e of sorted) {
    if (used.has(e)) continue;
    const rev = byKey.get(`${e.to}|${e.from}|${e.kind}`);
    if (rev && rev !== e && !used.has(rev) && rev.label === e.label && !e.oneSided && !rev.oneSided && e.from < e.to) {
      used.add(rev);
      out.push({ ...e, bothWays: true, sides: [...e.sides, ...rev.sides] });
    } else out.push(e);
    used.add(e);
  }
  return out;
}

/** The part of a graph declared in files `select` accepts: edges with a side there, and their nodes. */
export function filterGraph(graph: TrustGraph, model: RepoModel, select: (repoPath: string) => boolean): TrustGraph {
  const edges = graph.edges.filter((e) => e.sides.some((s) => select(s.file)));
  const keep = new Set<string>();
  for (const e of edges) (keep.add(e.from), keep.add(e.to));
  for (const t of model.tenants) if (select(t.file.path)) keep.add(t.id);
  return { nodes: graph.nodes.filter((n) => keep.has(n.id)), edges };
}

// ---------------------------------------------------------------------------------------------------------------
// Renderers

function asGraph(input: RepoModel | TrustGraph): TrustGraph {
  return 'tenants' in input ? buildGraph(input) : input;
}

/**
 * A Mermaid node id: letters, digits and underscores only, whatever the tenant ID holds (a malformed ID comes from
 * a file): a GUID without its dashes, anything else with every other character as `_<hex>_`, so no ID can end the
 * statement, start another (`click … href`) or collide with a GUID's.
 */
function mermaidId(id: string): string {
  const others = id.startsWith('others:');
  const raw = others ? id.slice(7) : id;
  const safe = /^[0-9a-fA-F-]+$/.test(raw) ? raw.replace(/-/g, '') : `x_${raw.replace(/[^0-9A-Za-z]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
  return `${others ? 'd' : 't'}_${safe}`;
}

/**
 * Text for a quoted Mermaid label, from a file: controls made visible (`visible()`, so no line break ends the
 * statement), and the characters Mermaid or the Markdown around the block read as entity codes: `#` and `&`
 * (entities), `"` (the label's end), `<` `>` (Mermaid renders labels as HTML), `%` (`%%` comments and
 * `%%{init}%%` directives, which Mermaid finds anywhere in the text), and the backtick (Markdown strings, fences).
 */
export function mermaidText(s: string): string {
  return visible(s)
    .replace(/#/g, '#35;')
    .replace(/&/g, '#38;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/%/g, '#37;')
    .replace(/`/g, '#96;');
}

function nodeText(n: GraphNode): string {
  if (n.type === 'others') return mermaidText(n.label);
  const cloud = n.cloud && n.cloud !== 'commercial' ? ` · ${n.cloud}` : '';
  return n.name ? `${mermaidText(n.name)}<br/>${mermaidText(n.id)}${cloud}` : `${mermaidText(n.id)}${cloud}`;
}

/** The trust map as a Mermaid `flowchart`. */
export function graphMermaid(input: RepoModel | TrustGraph): string {
  const graph = asGraph(input);
  const lines = ['flowchart LR'];
  for (const n of graph.nodes) {
    const id = mermaidId(n.id);
    const text = nodeText(n);
    if (n.type === 'tenant') lines.push(`  ${id}["${text}"]`);
    else if (n.type === 'partner') lines.push(`  ${id}("${text}")`);
    else lines.push(`  ${id}(["${text}"])`);
  }
  for (const e of graph.edges) {
    const arrow = e.oneSided ? '-.->' : e.bothWays ? '<-->' : '-->';
    lines.push(`  ${mermaidId(e.from)} ${arrow}|"${mermaidText(e.label)}"| ${mermaidId(e.to)}`);
  }
  const byType = (t: GraphNode['type']): string[] => graph.nodes.filter((n) => n.type === t).map((n) => mermaidId(n.id));
  lines.push('  classDef tenant stroke-width:2px');
  lines.push('  classDef partner stroke-dasharray:4 2');
  lines.push('  classDef others fill:#f4f4f4,stroke:#999');
  for (const t of ['tenant', 'partner', 'others'] as const) {
    const ids = byType(t);
    if (ids.length) lines.push(`  class ${ids.join(',')} ${t}`);
  }
  return lines.join('\n') + '\n';
}

/** A DOT string: backslashes and quotes escaped, our own line breaks as `\n` (callers make file text `visible()` first). */
function dotString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

/** The trust map as Graphviz DOT. */
export function graphDot(input: RepoModel | TrustGraph): string {
  const graph = asGraph(input);
  const lines = ['digraph xtap {', '  rankdir=LR;', '  node [shape=box, fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
  for (const n of graph.nodes) {
    const cloud = n.cloud && n.cloud !== 'commercial' ? ` · ${n.cloud}` : '';
    const label = n.type === 'others' ? visible(n.label) : n.name ? `${visible(n.name)}\n${visible(n.id)}${cloud}` : `${visible(n.id)}${cloud}`;
    const style = n.type === 'tenant' ? 'style=bold' : n.type === 'partner' ? 'style="rounded,dashed"' : 'style="rounded,filled", fillcolor="#f4f4f4"';
    lines.push(`  ${dotString(visible(n.id))} [label=${dotString(label)}, ${style}];`);
  }
  for (const e of graph.edges) {
    const attrs = [`label=${dotString(e.label)}`];
    if (e.oneSided) attrs.push('style=dashed');
    if (e.bothWays) attrs.push('dir=both');
    lines.push(`  ${dotString(visible(e.from))} -> ${dotString(visible(e.to))} [${attrs.join(', ')}];`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

/** The trust map as JSON: `{ nodes, edges }`; invisible characters escaped as `\uXXXX` (`inertJson`), the data unchanged. */
export function graphJson(input: RepoModel | TrustGraph): string {
  return inertJson(JSON.stringify(asGraph(input), null, 2)) + '\n';
}
