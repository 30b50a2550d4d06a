/**
 * `xtap-lint import`, the pure half: the JSON of Microsoft Graph GET responses in, declaration YAML out.
 *
 * Reads the root policy, `/default`, `/partners` (one object or a `value` collection) and
 * `/partners/{id}/identitySynchronization`, in v1.0 or beta shape, and what Microsoft's EntraExporter writes
 * (reference/graph-model.md §10). Writes one tenant file and one partner file per partner:
 * - values of the default equal to Microsoft's service default are left out (SERVICE_DEFAULT);
 * - `null`s are left out (a partner's null inherits the default);
 * - OData annotations are dropped;
 * - service-managed properties are dropped, except a partner's `isServiceProvider`/`isInMultiTenantOrganization`
 *   when true (they matter to `service-provider-removal`, `partner-redundant` and export's R9 refusal);
 * - read-only `lastModifiedDateTime` is dropped like `definition`;
 * - PascalCase names (what the PowerShell SDK cmdlets print, and UTCM snapshots) become Graph's camelCase, noted;
 * - unknown properties are dropped and reported: a request carrying one would fail with 400 Invalid property, so
 *   keeping them would make the first lint of the output fail on the import itself (issue 13 item 8);
 * - a soft-deleted partner list (`deletedItems/crossTenantPartners`) is refused: those are not live settings.
 * No file system here: the CLI adapter reads the files and writes the result.
 */
import { Document, isMap, isScalar } from 'yaml';
import { isGuid, SERVICE_DEFAULT } from '../resolve/knowledge.js';
import type { Cloud } from '../resolve/knowledge.js';
import type { License } from '../resolve/model.js';
import { dropAnnotations, dropNulls, isObject, sameSetting, setOwn } from './json.js';
import type { Json, JsonObject } from './json.js';
import { SERVICE_MANAGED, TYPES } from './properties.js';
import type { TypeName } from './properties.js';

export interface ImportSource {
  /** Where the JSON came from, with `/` separators: used for messages and for hints (EntraExporter folders, GUIDs). */
  path: string;
  json: unknown;
}

export interface ImportOptions {
  tenantId?: string;
  license?: License;
  name?: string;
  /** The tenant's verified domains (pull reads them from /organization). */
  domains?: string[];
  /** The tenant's cloud, when the caller knows it (pull: from the Graph endpoint). */
  cloud?: Cloud;
  /** `tenant.facts` that the caller could answer (pull: Conditional Access). */
  facts?: { mfaRequiredForExternalUsers?: boolean };
}

export interface ImportedFile {
  /** Path relative to the output folder, with `/` separators. */
  path: string;
  text: string;
}

export interface UnknownProperty {
  /** The written file (relative to the output folder). */
  file: string;
  /** Where the property sits in that file, e.g. `partners[0].protectedContentSharing`. */
  path: string;
}

export interface ImportResult {
  files: ImportedFile[];
  unknown: UnknownProperty[];
  /** Things the user should know (first page only, tenant ID not given, …), one line each. */
  notes: string[];
}

/** A problem with the input that stops the import (exit 2 in the CLI). */
export class ImportError extends Error {}

export const SCHEMA_BASE = 'https://raw.githubusercontent.com/xtap-lint/xtap-lint/main/schemas';
/** Written when no `--tenant-id` is given: Graph's responses do not carry the tenant's own ID. */
import { PLACEHOLDER_TENANT_ID } from '../resolve/knowledge.js';

type Kind = 'root' | 'default' | 'partner' | 'identitySync';

interface Found {
  kind: Kind;
  /** Partner tenant ID for partners and identity synchronization. */
  id?: string;
  obj: JsonObject;
  origin: string;
}

const ODATA_TYPES: Record<string, Kind> = {
  '#microsoft.graph.crossTenantAccessPolicy': 'root',
  '#microsoft.graph.crossTenantAccessPolicyConfigurationDefault': 'default',
  '#microsoft.graph.crossTenantAccessPolicyConfigurationPartner': 'partner',
  '#microsoft.graph.crossTenantIdentitySyncPolicyPartner': 'identitySync',
};

const GUID_IN = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g;

function lastGuid(text: string): string | undefined {
  const all = text.match(GUID_IN);
  return all ? all[all.length - 1] : undefined;
}

function kindFromContext(context: string): Kind | undefined {
  const c = context.replace(/\/\$entity$/, '');
  if (/\/identitySynchronization$/i.test(c)) return 'identitySync';
  if (/crossTenantAccessPolicy\/default$/i.test(c)) return 'default';
  if (/crossTenantAccessPolicy\/partners/i.test(c) || /deletedItems\/crossTenantPartners/i.test(c)) return 'partner';
  if (/policies\/crossTenantAccessPolicy$/i.test(c)) return 'root';
  return undefined;
}

function kindFromShape(obj: JsonObject): Kind | undefined {
  if ('userSyncInbound' in obj || 'groupSyncInbound' in obj || 'externalCloudAuthorizedApplicationId' in obj) return 'identitySync';
  if ('allowedCloudEndpoints' in obj || 'definition' in obj) return 'root';
  if ('tenantId' in obj) return 'partner';
  if ('isServiceDefault' in obj || 'invitationRedemptionIdentityProviderConfiguration' in obj) return 'default';
  return undefined;
}

/** Hints from the file's path: EntraExporter's `Policies/CrossTenantAccessPolicy/{Default,Partners}/…`, names, GUIDs. */
function kindFromPath(path: string): Kind | undefined {
  const segs = path.split('/').map((s) => s.replace(/\.json$/i, '').toLowerCase());
  if (segs.includes('identitysynchronization')) return 'identitySync';
  if (segs.includes('default')) return 'default';
  if (segs.includes('partners') || segs.includes('partner') || lastGuid(path)) return 'partner';
  const i = segs.lastIndexOf('crosstenantaccesspolicy');
  if (i !== -1 && (i === segs.length - 1 || i >= segs.length - 3)) return 'root';
  return undefined;
}

function cloudFromContext(context: string): Cloud | undefined {
  if (/graph\.microsoft\.us\b/i.test(context)) return 'usGovernment';
  if (/chinacloudapi\.cn\b/i.test(context)) return 'china';
  if (/graph\.microsoft\.com\b/i.test(context)) return 'commercial';
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Casing, read-only timestamps, UTCM snapshots

/** Read-only timestamps some responses carry (beta, older docs): dropped like `definition`. */
const READ_ONLY_DROPPED = ['lastModifiedDateTime'];

/** Every property name the model knows, by its lower-case form, so that `B2BCollaborationInbound` finds its Graph name. */
const KNOWN_NAMES: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const list of Object.values(TYPES)) for (const [name] of list) if (!m.has(name.toLowerCase())) m.set(name.toLowerCase(), name);
  for (const name of ['id', 'isServiceDefault', 'definition', 'description', 'displayName']) m.set(name.toLowerCase(), name);
  // UTCM (Microsoft365DSC) names the partner's key PartnerTenantId.
  m.set('partnertenantid', 'tenantId');
  return m;
})();

/** PowerShell's wrapper for properties its type does not model: they belong to the object itself. */
const ADDITIONAL = 'AdditionalProperties';

/** Keys renamed to Graph's casing at every depth; `changed` is set when any key was renamed. */
function camelKeys(v: JsonObject, changed?: { any: boolean }): JsonObject {
  const out: JsonObject = {};
  const add = (k: string, x: Json): void => {
    const known = KNOWN_NAMES.get(k.toLowerCase());
    const name = known && known !== k && !Object.prototype.hasOwnProperty.call(v, known) ? known : k;
    if (name !== k && changed) changed.any = true;
    if (Object.prototype.hasOwnProperty.call(out, name)) return;
    out[name] = camelValue(x, changed);
  };
  for (const [k, x] of Object.entries(v)) {
    if (k === ADDITIONAL && isObject(x)) {
      if (changed) changed.any = true;
      for (const [k2, x2] of Object.entries(x)) if (!Object.prototype.hasOwnProperty.call(v, k2)) add(k2, x2);
    } else add(k, x);
  }
  return out;
}

function camelValue(x: Json, changed?: { any: boolean }): Json {
  if (Array.isArray(x)) return x.map((i) => camelValue(i, changed));
  return isObject(x) ? camelKeys(x, changed) : x;
}

/** An object with its names in Graph's casing; a note when PascalCase names (PowerShell SDK output) were converted. */
function graphCasing(obj: JsonObject, kind: Kind, where: string, notes: string[]): JsonObject {
  const changed = { any: false };
  const out = camelKeys(obj, changed);
  if (changed.any) notes.push(`${where}: converted PascalCase property names (as the PowerShell SDK cmdlets print them) to Graph's camelCase (${kind === 'root' ? 'root policy' : kind === 'identitySync' ? 'identity synchronization' : kind})`);
  return out;
}

const UTCM_KINDS: Record<string, Kind> = {
  'microsoft.entra.crosstenantaccesspolicy': 'root',
  'microsoft.entra.crosstenantaccesspolicyconfigurationdefault': 'default',
  'microsoft.entra.crosstenantaccesspolicyconfigurationpartner': 'partner',
};

const UTCM_OWN = /^(IsSingleInstance|Ensure|Credential|ApplicationId|TenantId|ApplicationSecret|CertificateThumbprint|CertificatePassword|CertificatePath|ManagedIdentity|AccessTokens)$/i;

function utcmResources(json: unknown): unknown[] | undefined {
  if (!isObject(json)) return undefined;
  const holder = isObject(json.baseline) ? json.baseline : json;
  const list = holder.resources;
  if (!Array.isArray(list)) return undefined;
  return list.some((r) => isObject(r) && typeof r.resourceType === 'string') ? list : undefined;
}

function isUtcm(json: unknown): boolean {
  return utcmResources(json) !== undefined;
}

/** A UTCM snapshot or baseline (Microsoft's Unified Tenant Configuration Management): its cross-tenant access resources. */
function collectUtcm(source: ImportSource, out: Collected): void {
  const list = utcmResources(source.json) ?? [];
  let used = 0;
  list.forEach((r, i) => {
    if (!isObject(r) || typeof r.resourceType !== 'string') return;
    const kind = UTCM_KINDS[r.resourceType.toLowerCase()];
    if (!kind) return;
    const where = `${source.path} (resource ${i + 1})`;
    const props: JsonObject = {};
    // Microsoft365DSC's own parameters (singleton key, Ensure, authentication) are not Graph properties.
    for (const [k, v] of Object.entries(isObject(r.properties) ? r.properties : {})) {
      if (!UTCM_OWN.test(k)) props[k] = v;
    }
    const obj = camelKeys(dropAnnotations(props) as JsonObject);
    for (const k of READ_ONLY_DROPPED) delete obj[k];
    if (kind === 'partner') {
      const id = typeof obj.tenantId === 'string' ? obj.tenantId : undefined;
      if (!id || !isGuid(id)) throw new ImportError(`${where}: a UTCM partner resource without a PartnerTenantId GUID`);
      out.found.push({ kind, id, obj, origin: where });
    } else out.found.push({ kind, obj, origin: where });
    used++;
  });
  if (used === 0) throw new ImportError(`${source.path}: a UTCM snapshot without cross-tenant access resources (microsoft.entra.crosstenantaccesspolicy*)`);
  out.notes.push(`${source.path}: read ${used} UTCM resource${used === 1 ? '' : 's'} (PascalCase names converted to Graph's camelCase)`);
}

interface Collected {
  found: Found[];
  notes: string[];
  clouds: Set<Cloud>;
}

function collect(source: ImportSource, out: Collected): void {
  const { path, json } = source;
  if (isUtcm(json)) {
    collectUtcm(source, out);
    return;
  }
  let items: unknown[];
  let context = '';
  if (Array.isArray(json)) items = json;
  else if (isObject(json)) {
    context = typeof json['@odata.context'] === 'string' ? json['@odata.context'] : '';
    if (/deletedItems\/crossTenantPartners/i.test(context)) {
      throw new ImportError(
        `${path} is a list of soft-deleted partners (@odata.context ends in deletedItems/crossTenantPartners): they are not live settings and are not imported; fetch /policies/crossTenantAccessPolicy/partners instead`,
      );
    }
    if (typeof json['@odata.nextLink'] === 'string') {
      out.notes.push(`${path} has @odata.nextLink: it holds only the first page of the collection; fetch every page (Invoke-MgGraphRequest with the nextLink, or az rest per page) and import them all`);
    }
    if (Array.isArray(json.value)) items = json.value;
    else if (isObject(json.value) && Object.keys(json).every((k) => k === 'value' || k.includes('@'))) items = [json.value];
    else items = [json];
  } else throw new ImportError(`${path}: expected a JSON object or array from Microsoft Graph, found ${json === null ? 'null' : typeof json}`);
  const cloud = context ? cloudFromContext(context) : undefined;
  if (cloud) out.clouds.add(cloud);
  items.forEach((item, i) => {
    const where = items.length > 1 || item !== json ? `${path} (item ${i + 1})` : path;
    if (!isObject(item)) throw new ImportError(`${where}: expected a JSON object, found ${item === null ? 'null' : Array.isArray(item) ? 'an array' : typeof item}`);
    const itemContext = typeof item['@odata.context'] === 'string' ? item['@odata.context'] : context;
    if (/deletedItems\/crossTenantPartners/i.test(itemContext)) {
      throw new ImportError(`${where} is a soft-deleted partner (@odata.context ends in deletedItems/crossTenantPartners): it is not a live setting and is not imported`);
    }
    const odataType = typeof item['@odata.type'] === 'string' && Object.hasOwn(ODATA_TYPES, item['@odata.type']) ? ODATA_TYPES[item['@odata.type']] : undefined;
    const kind = odataType ?? kindFromShape(camelKeys(item)) ?? (itemContext ? kindFromContext(itemContext) : undefined) ?? kindFromPath(path) ?? 'default';
    const obj = graphCasing(dropAnnotations(item) as JsonObject, kind, where, out.notes);
    for (const k of READ_ONLY_DROPPED) delete obj[k];
    if (kind === 'partner' || kind === 'identitySync') {
      const id = (typeof obj.tenantId === 'string' ? obj.tenantId : undefined) ?? lastGuid(itemContext) ?? lastGuid(path);
      if (!id || !isGuid(id)) throw new ImportError(`${where}: cannot tell which partner this ${kind === 'partner' ? 'partner object' : 'identity synchronization'} is for: it has no tenantId (put the partner's tenant ID in the file name)`);
      if (kind === 'partner' && isObject(obj.identitySynchronization)) {
        // `$expand=identitySynchronization`: the policy travels inside the partner.
        out.found.push({ kind: 'identitySync', id, obj: obj.identitySynchronization, origin: where });
        delete obj.identitySynchronization;
      } else if (kind === 'partner' && obj.identitySynchronization === null) delete obj.identitySynchronization;
      out.found.push({ kind, id, obj, origin: where });
    } else out.found.push({ kind, obj, origin: where });
  });
}

/** Merge two responses for the same object (v1.0 and beta of one partner, say); they must agree. */
function merge(a: Found, b: Found): Found {
  const obj: JsonObject = { ...a.obj };
  for (const [k, v] of Object.entries(b.obj)) {
    if (!Object.prototype.hasOwnProperty.call(obj, k) || obj[k] === null) setOwn(obj, k, v);
    else if (v !== null && !sameSetting(obj[k], v)) {
      const what = a.kind === 'root' ? 'the root policy' : a.kind === 'default' ? 'the default' : `${a.kind === 'partner' ? 'partner' : 'the identity synchronization of'} ${a.id}`;
      throw new ImportError(`${a.origin} and ${b.origin} disagree on \`${k}\` of ${what}: import one tenant's settings, fetched once`);
    }
  }
  return { ...a, obj };
}

/** Keep known properties in documented order, drop nulls and empty objects, keep unknown properties (reported). */
function clean(v: JsonObject, type: TypeName, path: string, unknown: string[]): JsonObject | undefined {
  const out: JsonObject = {};
  const known = new Set<string>();
  for (const [prop, child] of TYPES[type]) {
    known.add(prop);
    if (!Object.prototype.hasOwnProperty.call(v, prop)) continue;
    const x = cleanValue(v[prop], child, `${path}.${prop}`, unknown);
    if (x !== undefined) out[prop] = x;
  }
  for (const [k, x] of Object.entries(v)) {
    if (known.has(k)) continue;
    // Dropped, and reported: Graph has no such property (a request carrying it fails with 400 Invalid property).
    if (dropNulls(x) !== undefined) unknown.push(`${path}.${k}`);
  }
  return Object.keys(out).length ? out : undefined;
}

function cleanValue(x: Json, child: TypeName | null, path: string, unknown: string[]): Json | undefined {
  if (x === null) return undefined;
  if (Array.isArray(x)) {
    const items: Json[] = [];
    x.forEach((item, i) => {
      if (item === null) return;
      if (child && isObject(item)) {
        const c = clean(item, child, `${path}[${i}]`, unknown);
        if (c) items.push(c);
      } else items.push(item);
    });
    return items;
  }
  if (child && isObject(x)) return clean(x, child, path, unknown);
  return x;
}

function without(obj: JsonObject | undefined, keys: readonly string[]): JsonObject | undefined {
  if (!obj) return undefined;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(obj)) if (!keys.includes(k)) setOwn(out, k, v);
  return Object.keys(out).length ? out : undefined;
}

const SD = SERVICE_DEFAULT as unknown as Record<string, Json>;

/** The default without what equals Microsoft's service default. */
function dropServiceDefaults(obj: JsonObject | undefined): JsonObject | undefined {
  if (!obj) return undefined;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(obj)) {
    if (Object.prototype.hasOwnProperty.call(SD, k) && sameSetting(v, JSON.parse(JSON.stringify(SD[k])) as Json)) continue;
    setOwn(out, k, v);
  }
  return Object.keys(out).length ? out : undefined;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export const READ_ONLY_DIRECTIVE = ' xtap-lint-disable-next-line read-only-property -- imported from the tenant: service-managed, kept as a record';

function render(value: JsonObject, schema: 'tenant' | 'partner', decorate?: (doc: Document) => void): string {
  const doc = new Document(value);
  doc.commentBefore = ` yaml-language-server: $schema=${SCHEMA_BASE}/${schema}.schema.json\n Imported from Microsoft Graph by xtap-lint import. Review it, then lint: npx xtap-lint`;
  decorate?.(doc);
  return doc.toString({ lineWidth: 0 });
}

function commentBeforeKey(doc: Document, path: Array<string | number>, key: string, comment: string): void {
  const map = doc.getIn(path, true);
  if (!isMap(map)) return;
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key) pair.key.commentBefore = comment;
  }
}

/** Turn the JSON of Graph responses into a tenant file and one partner file per partner. */
export function importTenant(sources: readonly ImportSource[], options: ImportOptions = {}): ImportResult {
  const col: Collected = { found: [], notes: [], clouds: new Set() };
  for (const s of sources) collect(s, col);
  if (col.found.length === 0) throw new ImportError('found no Microsoft Graph objects to import');

  const byKey = new Map<string, Found>();
  for (const f of col.found) {
    const key = f.id ? `${f.kind}:${f.id.toLowerCase()}` : f.kind;
    const seen = byKey.get(key);
    byKey.set(key, seen ? merge(seen, f) : f);
  }

  const unknown: UnknownProperty[] = [];
  const tenantFile = `${slug(options.name ?? '') || 'tenant'}.xtap.yaml`;
  const files: ImportedFile[] = [];

  // Partners, with their identity synchronization.
  const partnerIds: string[] = [];
  const partners = new Map<string, Found>();
  const syncs = new Map<string, Found>();
  for (const f of byKey.values()) {
    if (f.kind !== 'partner' && f.kind !== 'identitySync') continue;
    const id = (f.id ?? '').toLowerCase();
    if (!partners.has(id) && !syncs.has(id)) partnerIds.push(id);
    (f.kind === 'partner' ? partners : syncs).set(id, f);
  }
  partnerIds.sort();
  for (const id of partnerIds) {
    const file = `partners/${id}.xtap.yaml`;
    const found: string[] = [];
    const p = partners.get(id);
    const s = syncs.get(id);
    const declaredId = (p?.obj.tenantId as string | undefined) ?? (s?.obj.tenantId as string | undefined) ?? p?.id ?? s?.id ?? id;
    const input: JsonObject = { ...(p?.obj ?? {}), tenantId: declaredId };
    const displayName = s?.obj.displayName;
    // The policy's display name is, by Microsoft's advice, the partner's name: label the entry with it — unless it
    // holds the partner's tenant ID (`<id>:sync`): that is a policy label, and messages would name the partner twice.
    const labelOnly = typeof displayName === 'string' && displayName.toLowerCase().includes(id.toLowerCase());
    if (typeof displayName === 'string' && displayName.trim() && !labelOnly && !('name' in input)) input.name = displayName;
    if (s) input.identitySynchronization = s.obj;
    const entry: JsonObject = clean(input, 'partner', 'partners[0]', found) ?? { tenantId: declaredId };
    for (const k of SERVICE_MANAGED.partner) if (entry[k] !== true || k === 'deletedDateTime') delete entry[k];
    if (s) entry.identitySynchronization = without(isObject(entry.identitySynchronization) ? entry.identitySynchronization : undefined, SERVICE_MANAGED.identitySync) ?? {};
    for (const path of found) unknown.push({ file, path });
    const readOnly = SERVICE_MANAGED.partner.filter((k) => entry[k] === true);
    files.push({
      path: file,
      text: render({ partners: [entry] }, 'partner', (doc) => {
        for (const k of readOnly) commentBeforeKey(doc, ['partners', 0], k, READ_ONLY_DIRECTIVE);
      }),
    });
  }

  // The tenant file: tenant, root policy, default, include.
  const tenantUnknown: string[] = [];
  const rootFound = byKey.get('root');
  const defaultFound = byKey.get('default');
  const root = without(rootFound ? clean(rootFound.obj, 'root', 'crossTenantAccessPolicy', tenantUnknown) : undefined, SERVICE_MANAGED.root);
  if (root && Array.isArray(root.allowedCloudEndpoints) && root.allowedCloudEndpoints.length === 0) delete root.allowedCloudEndpoints;
  const def = dropServiceDefaults(without(defaultFound ? clean(defaultFound.obj, 'default', 'default', tenantUnknown) : undefined, SERVICE_MANAGED.default));

  const tenant: JsonObject = { id: options.tenantId ?? PLACEHOLDER_TENANT_ID };
  if (options.name) tenant.name = options.name;
  if (options.domains?.length) tenant.domains = [...options.domains];
  const clouds = [...col.clouds];
  if (options.cloud && options.cloud !== 'commercial') tenant.cloud = options.cloud;
  else if (!options.cloud && clouds.length === 1 && clouds[0] !== 'commercial') tenant.cloud = clouds[0];
  tenant.license = options.license ?? 'p1';
  if (options.facts && Object.keys(options.facts).length) tenant.facts = { ...options.facts };
  const doc: JsonObject = { tenant };
  if (root && Object.keys(root).length) doc.crossTenantAccessPolicy = root;
  if (def) doc.default = def;
  if (partnerIds.length) doc.include = ['partners/*.xtap.yaml'];
  for (const path of tenantUnknown) unknown.unshift({ file: tenantFile, path });
  files.unshift({
    path: tenantFile,
    text: render(doc, 'tenant', (d) => {
      if (!options.tenantId) {
        const id = d.getIn(['tenant', 'id'], true);
        if (isScalar(id)) id.comment = ' not in Graph\'s responses: replace with the tenant ID (import --tenant-id)';
      }
      if (!options.license) {
        const lic = d.getIn(['tenant', 'license'], true);
        if (isScalar(lic)) lic.comment = ' not in Graph\'s responses: check it (free | p1 | p2; import --license)';
      }
    }),
  });
  if (!options.tenantId) col.notes.push(`no --tenant-id: wrote ${PLACEHOLDER_TENANT_ID} as tenant.id in ${tenantFile}; replace it with the tenant's ID`);
  if (!options.license) col.notes.push(`no --license: wrote license: p1 in ${tenantFile}; check it`);
  return { files, unknown, notes: col.notes };
}
