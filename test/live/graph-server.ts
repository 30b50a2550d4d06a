/**
 * A local Microsoft Graph for the live-tenant tests: loopback only, started and stopped by each test. It serves
 * Microsoft's documented response bodies (reference/graph-model.md §8, via test/validate/fixtures/graph-examples.ts),
 * pages the partners over several `@odata.nextLink` pages, applies PATCH/POST/PUT/DELETE to its state as Graph
 * does (a complex property is replaced whole), can answer 429, 403 or 400 on chosen requests, and records every
 * request.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GRAPH_EXAMPLES, mend } from '../validate/fixtures/graph-examples.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Obj = { [k: string]: Json };

export const TOKEN = 'test-token-5ecret-do-not-print';
export const TENANT = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';

export interface Recorded {
  method: string;
  /** Path and query, without the origin. */
  path: string;
  body?: Json;
}

export interface Fault {
  /** Which request: method and a path test (exact or RegExp on path+query). */
  method?: string;
  path: string | RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: Json;
  /** How many times (default 1). */
  times?: number;
}

export interface GraphState {
  organization: Obj;
  skus: Obj[];
  caPolicies: Obj[];
  root: Obj;
  default: Obj;
  /** Beta-only default properties. */
  defaultBeta: Obj;
  partners: Obj[];
  /** Beta-only partner properties by tenant id. */
  partnersBeta: Map<string, Obj>;
  sync: Map<string, Obj>;
}

const ex = (id: string): Obj => JSON.parse(mend((GRAPH_EXAMPLES.find((e) => e.id === id) ?? GRAPH_EXAMPLES[0]).json)) as Obj;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Partner GUIDs for the paging: E5's partner, then generated ones. */
export const E5_PARTNER = '9c5d131d-b1c3-4fc4-9e3f-c6557947d551';
export const SYNC_PARTNER = '90e29127-71ad-49c7-9ce8-db3f41ea06f1';
export function partnerId(i: number): string {
  return `a0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
}

export function documentedState(): GraphState {
  const e1 = ex('E1');
  const partners: Obj[] = [ex('E5'), { tenantId: SYNC_PARTNER, inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false }, automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: true }, isServiceProvider: false, isInMultiTenantOrganization: false }];
  // Three more, for the paging: the PATCH examples E6c, E6d and E6e as partners' GET bodies.
  ['E6c', 'E6d', 'E6e'].forEach((id, i) => partners.push({ tenantId: partnerId(i + 1), ...ex(id) }));
  return {
    organization: { id: TENANT, displayName: 'Contoso', verifiedDomains: [{ name: 'contoso.com', isDefault: true }, { name: 'contoso.onmicrosoft.com', isInitial: true }] },
    skus: [
      { skuPartNumber: 'SPE_E3', capabilityStatus: 'Enabled', servicePlans: [{ servicePlanName: 'EXCHANGE_S_ENTERPRISE', provisioningStatus: 'Success' }, { servicePlanName: 'AAD_PREMIUM', provisioningStatus: 'Success' }] },
      { skuPartNumber: 'OLD_P2', capabilityStatus: 'Suspended', servicePlans: [{ servicePlanName: 'AAD_PREMIUM_P2', provisioningStatus: 'Success' }] },
    ],
    caPolicies: [
      {
        displayName: 'Guests: MFA',
        state: 'enabled',
        conditions: { users: { includeUsers: ['GuestsOrExternalUsers'], excludeUsers: [] }, applications: { includeApplications: ['All'] } },
        grantControls: { operator: 'OR', builtInControls: ['mfa'] },
      },
    ],
    root: { '@odata.type': '#microsoft.graph.crossTenantAccessPolicy', displayName: 'CrossTenantAccessPolicy', allowedCloudEndpoints: [] },
    default: e1,
    defaultBeta: { blockServiceProviderOutboundAccess: false },
    partners,
    partnersBeta: new Map(),
    sync: new Map([[SYNC_PARTNER, ex('E7')]]),
  };
}

export interface GraphServer {
  origin: string;
  state: GraphState;
  requests: Recorded[];
  faults: Fault[];
  /** Page size of partner lists. */
  pageSize: number;
  /** Where nextLinks point (default: the server itself). */
  nextLinkOrigin?: string;
  /** Write requests only. */
  writes(): Recorded[];
  close(): Promise<void>;
}

const POLICY = '/policies/crossTenantAccessPolicy';

function send(res: ServerResponse, status: number, body?: Json, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers });
  res.end(body !== undefined ? JSON.stringify(body) : undefined);
}

/** PATCH semantics: the properties given replace the stored ones whole. */
function patch(target: Obj, body: Json | undefined): void {
  if (body && typeof body === 'object' && !Array.isArray(body)) for (const [k, v] of Object.entries(body)) target[k] = clone(v);
}

const BETA_DEFAULT = new Set(['blockServiceProviderOutboundAccess', 'crossCloudMeetingConfiguration', 'protectedContentSharing']);

export async function startGraph(state: GraphState = documentedState()): Promise<GraphServer> {
  const server: Omit<GraphServer, 'origin' | 'close'> & { origin?: string } = {
    state,
    requests: [],
    faults: [],
    pageSize: 2,
    writes() {
      return this.requests.filter((r) => r.method !== 'GET');
    },
  };
  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname + url.search;
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = raw ? (JSON.parse(raw) as Json) : undefined;
      const method = req.method ?? 'GET';
      server.requests.push(body === undefined ? { method, path } : { method, path, body });
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return send(res, 401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } });
      const fault = server.faults.find((f) => (f.method ?? 'GET') === method && (typeof f.path === 'string' ? f.path === path : f.path.test(path)));
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        if (fault.times <= 0) server.faults.splice(server.faults.indexOf(fault), 1);
        return send(res, fault.status, fault.body ?? { error: { code: 'Fault', message: `fault ${fault.status}` } }, fault.headers);
      }
      route(method, url, body, res);
    });
  });
  const s = state;
  const page = (res: ServerResponse, url: URL, all: Json[], base: string): void => {
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
    const value = all.slice(skip, skip + server.pageSize);
    const out: Obj = { '@odata.context': `${server.origin}${base.startsWith('/beta') ? '/beta' : '/v1.0'}/$metadata#policies/crossTenantAccessPolicy/partners`, value };
    if (skip + server.pageSize < all.length) out['@odata.nextLink'] = `${server.nextLinkOrigin ?? server.origin}${base}?$skiptoken=${skip + server.pageSize}`;
    send(res, 200, out);
  };
  function route(method: string, url: URL, body: Json | undefined, res: ServerResponse): void {
    const m = /^\/(v1\.0|beta)(\/.*)$/.exec(url.pathname);
    if (!m) return send(res, 404, { error: { code: 'NotFound', message: 'no such version' } });
    const [, version, p] = m;
    const beta = version === 'beta';
    if (method === 'GET' && p === '/organization') return send(res, 200, { value: [s.organization] });
    if (method === 'GET' && p === '/subscribedSkus') return send(res, 200, { value: s.skus });
    if (method === 'GET' && p === '/identity/conditionalAccess/policies') return send(res, 200, { value: s.caPolicies });
    if (p === POLICY) {
      if (method === 'GET') return send(res, 200, s.root);
      if (method === 'PATCH') return patch(s.root, body), send(res, 204);
    }
    if (p === `${POLICY}/default`) {
      if (method === 'GET') return send(res, 200, beta ? { ...s.default, ...s.defaultBeta } : s.default);
      if (method === 'PATCH') {
        for (const [k, v] of Object.entries((body ?? {}) as Obj)) (BETA_DEFAULT.has(k) ? s.defaultBeta : s.default)[k] = clone(v);
        return send(res, 204);
      }
    }
    if (p === `${POLICY}/partners`) {
      if (method === 'GET') return page(res, url, s.partners.map((x) => (beta ? { ...x, blockServiceProviderOutboundAccess: null, ...(s.partnersBeta.get(String(x.tenantId)) ?? {}) } : x)), `/${version}${POLICY}/partners`);
      if (method === 'POST') {
        const b = (body ?? {}) as Obj;
        s.partners.push(clone(b));
        return send(res, 201, b);
      }
    }
    const pm = /^\/policies\/crossTenantAccessPolicy\/partners\/([^/]+)(\/identitySynchronization)?$/.exec(p);
    if (pm) {
      const id = pm[1].toLowerCase();
      const i = s.partners.findIndex((x) => String(x.tenantId).toLowerCase() === id);
      if (i === -1) return send(res, 404, { error: { code: 'Request_ResourceNotFound', message: 'no such partner' } });
      if (pm[2]) {
        const sync = s.sync.get(id);
        if (method === 'GET') return sync ? send(res, 200, { tenantId: id, ...sync }) : send(res, 404, { error: { code: 'Request_ResourceNotFound', message: 'no policy' } });
        if (method === 'PUT') return s.sync.set(id, clone((body ?? {}) as Obj)), send(res, 204);
        if (method === 'DELETE') return s.sync.delete(id), send(res, 204);
      } else {
        if (method === 'GET') return send(res, 200, s.partners[i]);
        if (method === 'PATCH') return patch(s.partners[i], body), send(res, 204);
        if (method === 'DELETE') {
          if (s.sync.has(id)) return send(res, 400, { error: { code: 'Request_BadRequest', message: 'delete the identity synchronization first' } });
          return s.partners.splice(i, 1), send(res, 204);
        }
      }
    }
    send(res, 404, { error: { code: 'NotFound', message: `no route ${method} ${url.pathname}` } });
  }
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  server.origin = `http://127.0.0.1:${port}`;
  return Object.assign(server as GraphServer, {
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  });
}
