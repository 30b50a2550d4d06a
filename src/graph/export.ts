/**
 * `xtap-lint export`, the pure half: the resolved model in, the ordered Microsoft Graph requests that apply it out.
 *
 * Per tenant: PATCH the root policy, PATCH the default, create-or-update each partner, PUT each identity
 * synchronization. Bodies carry Graph's exact property names in documented order, complete settings (a PATCH
 * replaces a complex property, lists included: reference/graph-model.md §1), no xtap-lint keys and no
 * service-managed properties, and go to `/beta` when they use a beta-only property (§5).
 *
 * Given the current state (`current`: declarations imported from the live tenant, or the base revision) the
 * requests are exact: POST for new partners, PATCH of what changed, nothing for what did not, and for removed
 * partners DELETE of the identity synchronization before DELETE of the partner (§7 R8); removing a cloud service
 * provider is refused (§7 R9).
 */
import type { Node } from 'yaml';
import { deref, documentOf, getPair, nodeAt, nodeData } from '../load/yaml.js';
import type { SourceFile } from '../load/yaml.js';
import { rootMap } from '../resolve/build.js';
import { partyLabel } from '../engine/tenants.js';
import { SERVICE_DEFAULT } from '../resolve/knowledge.js';
import type { PartnerModel, RepoModel, TenantModel } from '../resolve/model.js';
import { isObject, sameSetting } from './json.js';
import type { Json, JsonObject } from './json.js';
import { BETA_ONLY, GRAPH_HOST, POLICY_PATH, TYPES, WRITABLE } from './properties.js';
import type { TypeName } from './properties.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One Graph request, as export writes it. `ifAbsent`: the POST that creates the partner when the PATCH finds none. */
export interface GraphRequest {
  method: Method;
  url: string;
  body?: JsonObject;
  ifAbsent?: { method: 'POST'; url: string; body: JsonObject };
}

export interface PlannedRequest {
  /** What the request does, for people: "create or update partner Fabrikam (3f2c…)". */
  title: string;
  /** A file-name stem: `patch-default`, `partner-3f2c…`. */
  name: string;
  request: GraphRequest;
}

export interface TenantPlan {
  tenantId: string;
  label: string;
  /** The tenant file, repository-relative. */
  file: string;
  /** `exact` when compared with a current state. */
  mode: 'create-or-update' | 'exact';
  requests: PlannedRequest[];
  notes: string[];
}

/** A request export will not make (R9), or declarations it cannot turn into requests. */
export class ExportRefusal extends Error {}

export interface ExportOptions {
  /** Which tenants to export (all when absent). */
  select?: (tenant: TenantModel) => boolean;
  /** The current state: exact requests. */
  current?: RepoModel;
  /** What to do with a tenant the current state lacks: refuse (`--against`) or fall back to create-or-update (`--base`). */
  missingCurrent?: 'refuse' | 'create-or-update';
}

// ---------------------------------------------------------------------------------------------------------------
// Declarations as JSON

/** An own property of plain data (declarations are attacker-controlled: `__proto__` is a key like any other). */
function own(v: unknown, key: string): Json | undefined {
  return isObject(v) && Object.prototype.hasOwnProperty.call(v, key) ? (v[key] as Json) : undefined;
}

function toJson(file: SourceFile, node: unknown): Json | undefined {
  const doc = documentOf(file);
  const n = deref(doc, node) as Node | null | undefined;
  if (n === null || n === undefined || !doc) return undefined;
  // The loader's plain data: merge keys merged, aliases followed once (yaml's toJS would keep `<<` as a key).
  return nodeData(file, n) as Json | undefined;
}

export interface TenantDecl {
  root: JsonObject;
  default: JsonObject;
  partners: Array<{ model: PartnerModel; decl: JsonObject }>;
}

export function tenantDecl(t: TenantModel): TenantDecl {
  const asObject = (v: Json | undefined): JsonObject => (isObject(v) ? v : {});
  const kept = t.file.declData;
  if (kept && kept.has('root')) {
    // The data the loader kept (lintFiles' keepDeclData): the values the schema checked, no second parse. A partner
    // entry the loader did not index is read from its file again.
    const root = kept.get('root');
    return {
      root: asObject(own(root, 'crossTenantAccessPolicy')),
      default: asObject(own(root, 'default')),
      partners: t.partners.map((p) => {
        const key = `${p.entry.start}:${p.entry.end}`;
        const data = p.file.declData;
        return { model: p, decl: asObject(data?.has(key) ? (data.get(key) as Json | undefined) : toJson(p.file, nodeAt(p.entry, 'map'))) };
      }),
    };
  }
  const root = rootMap(t.file);
  return {
    root: asObject(toJson(t.file, getPair(root, 'crossTenantAccessPolicy')?.value)),
    default: asObject(toJson(t.file, getPair(root, 'default')?.value)),
    partners: t.partners.map((p) => ({ model: p, decl: asObject(toJson(p.file, nodeAt(p.entry, 'map'))) })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Bodies

/** A value with only Graph's properties of its type, in documented order; `label` and unknown keys dropped. */
export function graphValue(v: Json, type: TypeName | null): Json {
  if (type === null) return v;
  if (Array.isArray(v)) return v.map((x) => graphValue(x, type));
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const [prop, child] of TYPES[type]) {
    if (prop === 'label' || !Object.prototype.hasOwnProperty.call(v, prop)) continue;
    out[prop] = graphValue(v[prop], child);
  }
  return out;
}

function childType(level: TypeName, prop: string): TypeName | null {
  const hit = TYPES[level].find(([name]) => name === prop);
  return hit ? hit[1] : null;
}

const SD = SERVICE_DEFAULT as unknown as Record<string, Json>;
const copy = (v: Json): Json => JSON.parse(JSON.stringify(v)) as Json;

/**
 * A default's setting, complete: on `default` a missing half or member is Microsoft's service default (SPEC §1.1),
 * and Graph replaces a complex property whole, so the body states the service default's part too.
 */
function completeDefault(prop: string, v: Json): Json {
  const sd = SD[prop];
  if (!isObject(v) || !isObject(sd)) return v;
  const out: JsonObject = {};
  for (const [member, child] of TYPES[childType('default', prop) ?? 'default']) {
    if (member === 'label') continue;
    if (Object.prototype.hasOwnProperty.call(v, member) && v[member] !== null) out[member] = graphValue(v[member], child);
    else if (Object.prototype.hasOwnProperty.call(sd, member)) out[member] = copy(sd[member]);
  }
  return out;
}

/** The default's setting as the service applies it: declared (completed), else the service default, else null. */
export function defaultSetting(decl: JsonObject, prop: string): Json {
  const v = decl[prop];
  if (v !== undefined && v !== null) return completeDefault(prop, graphValue(v, childType('default', prop)));
  return Object.prototype.hasOwnProperty.call(SD, prop) ? copy(SD[prop]) : null;
}

function ordered(level: TypeName, body: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [prop] of TYPES[level]) if (Object.prototype.hasOwnProperty.call(body, prop)) out[prop] = body[prop];
  return out;
}

function declaredBody(level: 'root' | 'partner' | 'identitySync', decl: JsonObject, keepNulls: boolean): JsonObject {
  const body: JsonObject = {};
  for (const prop of WRITABLE[level]) {
    if (!Object.prototype.hasOwnProperty.call(decl, prop)) continue;
    const v = decl[prop];
    if (v === null && !keepNulls) continue;
    body[prop] = graphValue(v, childType(level, prop));
  }
  return ordered(level, body);
}

function usesBeta(level: 'root' | 'default' | 'partner' | 'identitySync', body: JsonObject | undefined): boolean {
  return Boolean(body) && BETA_ONLY[level].some((p) => Object.prototype.hasOwnProperty.call(body, p));
}

// ---------------------------------------------------------------------------------------------------------------
// Requests

class Urls {
  constructor(private readonly host: string) {}
  url(beta: boolean, path = ''): string {
    return `${this.host}/${beta ? 'beta' : 'v1.0'}${POLICY_PATH}${path}`;
  }
}

function declaredTenantId(decl: JsonObject, fallback: string): string {
  return typeof decl.tenantId === 'string' ? decl.tenantId : fallback;
}

function syncOf(decl: JsonObject): JsonObject | undefined {
  return isObject(decl.identitySynchronization) ? decl.identitySynchronization : undefined;
}

function putSync(urls: Urls, label: string, tenantId: string, sync: JsonObject): PlannedRequest {
  const body = declaredBody('identitySync', sync, false);
  return {
    title: `put the identity synchronization policy of partner ${label}`,
    name: `put-identitySynchronization-${tenantId.toLowerCase()}`,
    request: { method: 'PUT', url: urls.url(usesBeta('identitySync', body), `/partners/${tenantId}/identitySynchronization`), body },
  };
}

function rootPlain(urls: Urls, decl: TenantDecl): PlannedRequest[] {
  const body = declaredBody('root', decl.root, false);
  if (!Object.keys(body).length) return [];
  return [{ title: 'update the cross-tenant access policy (root)', name: 'patch-root', request: { method: 'PATCH', url: urls.url(false), body } }];
}

function defaultPlain(urls: Urls, decl: TenantDecl, notes: string[]): PlannedRequest[] {
  const body: JsonObject = {};
  for (const prop of WRITABLE.default) if (Object.prototype.hasOwnProperty.call(decl.default, prop)) body[prop] = defaultSetting(decl.default, prop);
  if (decl.default.automaticUserConsentSettings !== undefined) {
    notes.push("the default's automaticUserConsentSettings is read-only (always false) and is not exported; set automatic redemption per partner");
  }
  if (!Object.keys(body).length) return [];
  const b = ordered('default', body);
  return [{ title: 'update the default settings', name: 'patch-default', request: { method: 'PATCH', url: urls.url(usesBeta('default', b), '/default'), body: b } }];
}

function partnerPlain(urls: Urls, model: PartnerModel, p: JsonObject): PlannedRequest {
  const tenantId = declaredTenantId(p, model.id);
  const label = partyLabel({ id: tenantId, name: model.name });
  const patch = declaredBody('partner', p, true);
  const post = { tenantId, ...declaredBody('partner', p, false) };
  const beta = usesBeta('partner', patch);
  return {
    title: `create or update partner ${label}`,
    name: `partner-${tenantId.toLowerCase()}`,
    request: { method: 'PATCH', url: urls.url(beta, `/partners/${tenantId}`), body: patch, ifAbsent: { method: 'POST', url: urls.url(beta, '/partners'), body: post } },
  };
}

/** Each partner's create-or-update, then each identity synchronization: made one at a time, as they are asked for. */
function* partnersPlain(urls: Urls, decl: TenantDecl): Generator<PlannedRequest> {
  for (const { model, decl: p } of decl.partners) yield partnerPlain(urls, model, p);
  for (const { model, decl: p } of decl.partners) {
    const sync = syncOf(p);
    if (sync) {
      const tenantId = declaredTenantId(p, model.id);
      yield putSync(urls, partyLabel({ id: tenantId, name: model.name }), tenantId, sync);
    }
  }
}

function exactPlan(urls: Urls, want: TenantDecl, have: TenantDecl): PlannedRequest[] {
  const out: PlannedRequest[] = [];
  // Root: allowedCloudEndpoints is not nullable; its service default is the empty list.
  const rootBody: JsonObject = {};
  for (const prop of WRITABLE.root) {
    const w = want.root[prop] ?? (prop === 'allowedCloudEndpoints' ? [] : null);
    const h = have.root[prop] ?? (prop === 'allowedCloudEndpoints' ? [] : null);
    if (prop === 'displayName' && (w === null || w === undefined)) continue; // an undeclared name is left as it is
    if (!sameSetting(w, h)) rootBody[prop] = graphValue(w, null);
  }
  if (Object.keys(rootBody).length) out.push({ title: 'update the cross-tenant access policy (root)', name: 'patch-root', request: { method: 'PATCH', url: urls.url(false), body: ordered('root', rootBody) } });

  const defBody: JsonObject = {};
  for (const prop of WRITABLE.default) {
    const w = defaultSetting(want.default, prop);
    if (!sameSetting(w, defaultSetting(have.default, prop))) defBody[prop] = w;
  }
  if (Object.keys(defBody).length) {
    const b = ordered('default', defBody);
    out.push({ title: 'update the default settings', name: 'patch-default', request: { method: 'PATCH', url: urls.url(usesBeta('default', b), '/default'), body: b } });
  }

  const haveById = new Map(have.partners.map((p) => [p.model.id, p]));
  const wantIds = new Set(want.partners.map((p) => p.model.id));
  const syncs: PlannedRequest[] = [];
  for (const { model, decl } of want.partners) {
    const tenantId = declaredTenantId(decl, model.id);
    const label = partyLabel({ id: tenantId, name: model.name });
    const before = haveById.get(model.id);
    if (!before) {
      const body = { tenantId, ...declaredBody('partner', decl, false) };
      out.push({ title: `create partner ${label}`, name: `post-partner-${tenantId.toLowerCase()}`, request: { method: 'POST', url: urls.url(usesBeta('partner', body), '/partners'), body } });
    } else {
      const body: JsonObject = {};
      for (const prop of WRITABLE.partner) {
        const w = decl[prop] ?? null;
        if (!sameSetting(w, before.decl[prop] ?? null)) body[prop] = graphValue(w, childType('partner', prop));
      }
      if (Object.keys(body).length) {
        const b = ordered('partner', body);
        out.push({ title: `update partner ${label}`, name: `patch-partner-${tenantId.toLowerCase()}`, request: { method: 'PATCH', url: urls.url(usesBeta('partner', b), `/partners/${tenantId}`), body: b } });
      }
    }
    const sync = syncOf(decl);
    const syncBefore = before ? syncOf(before.decl) : undefined;
    if (sync && (!syncBefore || !sameSetting(declaredBody('identitySync', sync, false), declaredBody('identitySync', syncBefore, false)))) {
      syncs.push(putSync(urls, label, tenantId, sync));
    } else if (!sync && syncBefore) {
      syncs.push({
        title: `delete the identity synchronization policy of partner ${label}`,
        name: `delete-identitySynchronization-${tenantId.toLowerCase()}`,
        request: { method: 'DELETE', url: urls.url(false, `/partners/${tenantId}/identitySynchronization`) },
      });
    }
  }
  out.push(...syncs);

  for (const { model, decl } of have.partners) {
    if (wantIds.has(model.id)) continue;
    const tenantId = declaredTenantId(decl, model.id);
    const label = partyLabel({ id: tenantId, name: model.name });
    if (decl.isServiceProvider === true) {
      throw new ExportRefusal(
        `refusing to remove partner ${label} of tenant ${model.tenant.label}: it is a cloud service provider (isServiceProvider: true), which Microsoft Entra does not let you remove; keep its declaration`,
      );
    }
    if (syncOf(decl)) {
      // R8: the user synchronization policy goes first, or the partner cannot be deleted.
      out.push({
        title: `delete the identity synchronization policy of partner ${label}`,
        name: `delete-identitySynchronization-${tenantId.toLowerCase()}`,
        request: { method: 'DELETE', url: urls.url(false, `/partners/${tenantId}/identitySynchronization`) },
      });
    }
    out.push({ title: `delete partner ${label}`, name: `delete-partner-${tenantId.toLowerCase()}`, request: { method: 'DELETE', url: urls.url(false, `/partners/${tenantId}`) } });
  }
  return out;
}

function refuseDuplicates(t: TenantModel): void {
  for (const [id, list] of t.partnersById) {
    if (list.length > 1) throw new ExportRefusal(`partner ${id} is declared ${list.length} times for tenant ${t.label} (${list.map((p) => p.file.path).join(', ')}): fix duplicate-partner first`);
  }
}

/**
 * A tenant's plan whose requests are made when they are read (`requests()`, each call from the start): `export` writes
 * each request as it comes, so that the requests of 50,000 partners are never all in memory. Every refusal is
 * raised by `exportPlans` itself, before any request is read.
 */
export interface TenantPlanSource extends Omit<TenantPlan, 'requests'> {
  requests(): Iterable<PlannedRequest>;
}

/** The plan of each selected tenant, in order, with its requests made as they are read (see TenantPlanSource). */
export function exportPlans(model: RepoModel, options: ExportOptions = {}): TenantPlanSource[] {
  const plans: TenantPlanSource[] = [];
  for (const t of model.tenants) {
    if (options.select && !options.select(t)) continue;
    const twin = plans.find((p) => p.tenantId === t.id);
    if (twin) throw new ExportRefusal(`tenant ${t.label} is declared in both ${twin.file} and ${t.file.path}: export one of them (keep an import of the live tenant outside the repository, or ignore it in .xtap-lint.yaml)`);
    refuseDuplicates(t);
    const urls = new Urls(GRAPH_HOST[t.cloud]);
    const want = tenantDecl(t);
    const notes: string[] = [];
    let requests: () => Iterable<PlannedRequest>;
    let mode: TenantPlan['mode'] = 'create-or-update';
    const plain = (): (() => Iterable<PlannedRequest>) => {
      const head = [...rootPlain(urls, want), ...defaultPlain(urls, want, notes)];
      return function* () {
        yield* head;
        yield* partnersPlain(urls, want);
      };
    };
    if (options.current) {
      const matches = options.current.tenantsById.get(t.id) ?? [];
      if (matches.length > 1) throw new ExportRefusal(`the current state declares tenant ${t.label} ${matches.length} times (${matches.map((m) => m.file.path).join(', ')})`);
      if (matches.length === 1) {
        refuseDuplicates(matches[0]);
        const exact = exactPlan(urls, want, tenantDecl(matches[0]));
        requests = () => exact;
        mode = 'exact';
      } else if (options.missingCurrent === 'create-or-update') {
        notes.push(`tenant ${t.label} is not in the current state: its requests are create-or-update`);
        requests = plain();
      } else {
        throw new ExportRefusal(`the current state has no tenant ${t.id} (${t.label}): import the live tenant with --tenant-id ${t.id}`);
      }
    } else {
      requests = plain();
    }
    plans.push({ tenantId: t.id, label: t.label, file: t.file.path, mode, requests, notes });
  }
  return plans;
}

/** A plan with its requests made, all of them. */
export function madePlan(p: TenantPlanSource): TenantPlan {
  return { tenantId: p.tenantId, label: p.label, file: p.file, mode: p.mode, requests: [...p.requests()], notes: p.notes };
}

/** The requests that apply each selected tenant's declarations, in order. */
export function exportRequests(model: RepoModel, options: ExportOptions = {}): TenantPlan[] {
  return exportPlans(model, options).map(madePlan);
}

/**
 * `export`'s JSON on standard output, in pieces of 32 requests (strings small enough to die young), each request made
 * as it is read: the bytes of `JSON.stringify(plans as { tenantId, label, file, mode, requests: [request…] }[], null, 2) + '\n'`
 * (test/graph/export-chunks.test.ts compares them).
 */
export function* exportJsonChunks(plans: readonly TenantPlanSource[]): Generator<string> {
  if (plans.length === 0) {
    yield '[]\n';
    return;
  }
  let head = '[';
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i];
    head += `${i ? ',' : ''}\n  {\n    "tenantId": ${JSON.stringify(p.tenantId)},\n    "label": ${JSON.stringify(p.label)},\n    "file": ${JSON.stringify(p.file)},\n    "mode": ${JSON.stringify(p.mode)},\n    "requests": [`;
    let any = false;
    let batch: GraphRequest[] = [];
    const flush = (): string => {
      // The requests as they sit in the document (six spaces in), JSON.stringify doing the indentation: the batch is
      // stringified at the depth of `requests` and its brackets taken off.
      const text = JSON.stringify({ a: { b: batch } }, null, 2);
      const out = `${any ? ',' : ''}\n      ${text.slice(REQUESTS_OPEN.length, text.length - REQUESTS_CLOSE.length)}`;
      any = true;
      batch = [];
      return out;
    };
    for (const r of p.requests()) {
      batch.push(r.request);
      if (batch.length === 32) {
        yield head + flush();
        head = '';
      }
    }
    if (batch.length) head += flush();
    head += any ? '\n    ]\n  }' : ']\n  }';
  }
  yield `${head}\n]\n`;
}

/** What `JSON.stringify({ a: { b: [x, …] } }, null, 2)` writes around the items of `b`. */
const REQUESTS_OPEN = '{\n  "a": {\n    "b": [\n      ';
const REQUESTS_CLOSE = '\n    ]\n  }\n}';
