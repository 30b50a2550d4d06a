/**
 * `--graph-endpoint`: Microsoft Graph's root for a cloud, by name or URL (learn.microsoft.com/graph/deployments).
 * Plain http is accepted for loopback hosts only (the tests' local server): a token never travels in clear text.
 */
import type { Cloud } from '../resolve/knowledge.js';

export interface GraphEndpoint {
  /** The origin requests go to, without a trailing slash: `https://graph.microsoft.com`. */
  origin: string;
  /** The cloud the endpoint serves, when it is one of Microsoft's; undefined for another URL (a test server). */
  cloud: Cloud | undefined;
}

export const GRAPH_ENDPOINTS: ReadonlyMap<string, GraphEndpoint> = new Map([
  ['global', { origin: 'https://graph.microsoft.com', cloud: 'commercial' as const }],
  ['commercial', { origin: 'https://graph.microsoft.com', cloud: 'commercial' as const }],
  ['usGovernment', { origin: 'https://graph.microsoft.us', cloud: 'usGovernment' as const }],
  ['usGovernmentDoD', { origin: 'https://dod-graph.microsoft.us', cloud: 'usGovernment' as const }],
  ['china', { origin: 'https://microsoftgraph.chinacloudapi.cn', cloud: 'china' as const }],
]);

export class EndpointError extends Error {}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname);
}

/** The endpoint a `--graph-endpoint` value names (default: the global service). */
export function resolveEndpoint(value: string | undefined): GraphEndpoint {
  if (value === undefined) return GRAPH_ENDPOINTS.get('global') as GraphEndpoint;
  const named = GRAPH_ENDPOINTS.get(value);
  if (named) return named;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EndpointError(`--graph-endpoint must be global, usGovernment, usGovernmentDoD, china or an https URL; got "${value}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    throw new EndpointError('--graph-endpoint must be an https URL (plain http only for a loopback test server): the token must not travel in clear text');
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new EndpointError('--graph-endpoint must be the service root only (like https://graph.microsoft.com), without a path, query or credentials');
  }
  const known = [...GRAPH_ENDPOINTS.values()].find((e) => e.origin === url.origin);
  return { origin: url.origin, cloud: known?.cloud };
}
