/**
 * `pull` over existing declarations: the live values go into the files in place, with the `yaml` Document API, so
 * that comments, target `label`s, xtap-lint's own keys (`name`, `owner`, `tags`, `reviewBy`, `ticket`, …), key
 * order and the file layout stay as the team wrote them. A value that reads the same as the live one (targets as
 * sets, GUIDs in any case, a default value equal to the service default) is left untouched; a partner the tenant no
 * longer has is removed from its file (a partner file left without partners is deleted); a new partner gets its own
 * file under `partners/` when the tenant file includes that folder, else an entry in the tenant file.
 * No file system here: the caller reads the files and writes the result.
 */
import { Document, isMap, isScalar, isSeq, parse, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import type { Node, Pair } from 'yaml';
import { globMatch } from '../load/glob.js';
import { normalizeTarget, SERVICE_DEFAULT } from '../resolve/knowledge.js';
import { READ_ONLY_DIRECTIVE } from './import.js';
import type { ImportResult } from './import.js';
import { isObject, sameSetting } from './json.js';
import type { Json, JsonObject } from './json.js';
import { TYPES, XTAP_KEYS } from './properties.js';
import type { TypeName } from './properties.js';

export interface ExistingFile {
  /** Relative to the output folder, `/` separators. */
  path: string;
  text: string;
}

export interface MergeResult {
  writes: Array<{ path: string; text: string }>;
  deletes: string[];
  /** One line each: what changed, for the user. */
  notes: string[];
}

export class MergeError extends Error {}

/** Keys a team adds that Graph does not have: never touched by a pull. */
const OWN_KEYS = new Set([...XTAP_KEYS, 'owner', 'tags', 'reviewBy', 'ticket']);

const SD = SERVICE_DEFAULT as unknown as Record<string, Json>;

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => keyOf(p as Pair) === key) as Pair | undefined;
}

function js(doc: Document, node: unknown): Json | undefined {
  if (node === null || node === undefined) return undefined;
  if (isScalar(node)) return node.value as Json;
  try {
    return (node as Node).toJS(doc, { maxAliasCount: 1000 }) as Json;
  } catch {
    return undefined;
  }
}

function childType(type: TypeName, prop: string): TypeName | null | undefined {
  const hit = TYPES[type].find(([n]) => n === prop);
  return hit ? hit[1] : undefined;
}

/** Put `value` where `node` is, keeping the node (and its comments) where it can. Returns the node to store. */
function reconcileValue(doc: Document, node: unknown, value: Json, type: TypeName | null, level: 'default' | 'other'): unknown {
  if (isScalar(node) && !isObject(value) && !Array.isArray(value)) {
    if (node.value !== value) node.value = value;
    return node;
  }
  if (isMap(node) && isObject(value) && type) {
    reconcileMap(doc, node, value, type, level);
    return node;
  }
  if (isSeq(node) && Array.isArray(value) && type === 'target') {
    const existing = node.items.map((item) => ({ item, v: js(doc, item) }));
    const used = new Set<number>();
    const items: unknown[] = [];
    for (const want of value) {
      const i = existing.findIndex((e, idx) => !used.has(idx) && isObject(e.v) && isObject(want) && sameTarget(e.v, want));
      if (i !== -1) {
        used.add(i);
        items.push(existing[i].item);
      } else items.push(doc.createNode(want));
    }
    node.items = items;
    return node;
  }
  if (isSeq(node) && Array.isArray(value) && sameSetting(js(doc, node), value)) return node;
  return doc.createNode(value);
}

function sameTarget(a: JsonObject, b: JsonObject): boolean {
  return (
    typeof a.target === 'string' &&
    typeof b.target === 'string' &&
    normalizeTarget(a.target) === normalizeTarget(b.target) &&
    String(a.targetType ?? '').toLowerCase() === String(b.targetType ?? '').toLowerCase()
  );
}

/**
 * Make a map's Graph properties the live ones. Keys Graph does not have at this level (xtap-lint's own, unknown
 * ones) are left alone. On `default`, a declared value equal to the service default stays when the live one is the
 * service default too (import leaves such values out). A null (inherit) stays when the live side has nothing.
 */
function reconcileMap(doc: Document, map: YAMLMap, fresh: JsonObject, type: TypeName, level: 'default' | 'other'): boolean {
  let changed = false;
  for (const [prop, child] of TYPES[type]) {
    if (OWN_KEYS.has(prop) || prop === 'tenantId') continue;
    const pair = pairOf(map, prop);
    const want = Object.prototype.hasOwnProperty.call(fresh, prop) ? fresh[prop] : undefined;
    if (want === undefined) {
      if (!pair) continue;
      const have = js(doc, pair.value);
      if (have === undefined || have === null) continue;
      if (level === 'default' && Object.prototype.hasOwnProperty.call(SD, prop) && sameSetting(have, SD[prop])) continue;
      map.items.splice(map.items.indexOf(pair as never), 1);
      changed = true;
      continue;
    }
    if (!pair) {
      const key = doc.createNode(prop);
      if (prop === 'isServiceProvider' || prop === 'isInMultiTenantOrganization') key.commentBefore = READ_ONLY_DIRECTIVE;
      map.set(key, doc.createNode(want));
      changed = true;
      continue;
    }
    if (sameSetting(js(doc, pair.value), want)) continue;
    pair.value = reconcileValue(doc, pair.value, want, child, 'other') as Node;
    changed = true;
  }
  return changed;
}

interface PartnerAt {
  file: string;
  doc: Document;
  seq: YAMLSeq;
  map: YAMLMap;
}

function tenantIdOf(doc: Document): string | undefined {
  const id = doc.getIn(['tenant', 'id']);
  return typeof id === 'string' ? id.toLowerCase() : undefined;
}

/** The existing files as YAML documents; a file that is not valid YAML stops the merge (MergeError). */
export function parseExisting(existing: readonly ExistingFile[], shown: (path: string) => string = (p) => p): Map<string, Document> {
  const docs = new Map<string, Document>();
  for (const f of existing) {
    const doc = parseDocument(f.text);
    if (doc.errors.length) throw new MergeError(`${shown(f.path)} cannot be read as YAML (${doc.errors[0].code}): fix it (run xtap-lint), or pull into an empty folder`);
    docs.set(f.path, doc);
  }
  return docs;
}

/**
 * Merge a fresh import (its first file the tenant file, then one file per partner) into the existing files of the
 * output folder. Throws MergeError when the folder's files cannot be merged safely (unparseable YAML).
 */
export function mergeIntoExisting(
  fresh: ImportResult,
  existing: readonly ExistingFile[],
  shown: (path: string) => string = (p) => p,
  /** Tenant keys the caller could not read (`license` when subscribedSkus was denied): left as they are. */
  unread: ReadonlySet<string> = new Set(),
): MergeResult {
  const freshTenant = parse(fresh.files[0].text) as JsonObject;
  const tenant = isObject(freshTenant.tenant) ? freshTenant.tenant : {};
  const id = String(tenant.id ?? '').toLowerCase();
  const freshPartners = new Map<string, JsonObject>();
  for (const f of fresh.files.slice(1)) {
    const j = parse(f.text) as JsonObject;
    for (const p of Array.isArray(j.partners) ? j.partners : []) if (isObject(p) && typeof p.tenantId === 'string') freshPartners.set(p.tenantId.toLowerCase(), p);
  }

  const docs = parseExisting(existing, shown);
  const tenantFiles = [...docs].filter(([, d]) => tenantIdOf(d) !== undefined);
  const mine = tenantFiles.filter(([, d]) => tenantIdOf(d) === id);
  if (mine.length > 1) throw new MergeError(`tenant ${id} is declared in ${mine.map(([p]) => shown(p)).join(' and ')}: keep one tenant file for it`);
  const notes: string[] = [];

  if (mine.length === 0) {
    // A first pull into this folder: write the import as it is, next to what is there.
    const clash = fresh.files.find((f) => docs.has(f.path));
    if (clash) throw new MergeError(`${shown(clash.path)} exists and declares another tenant (or none): pull into another folder`);
    return { writes: fresh.files.map((f) => ({ ...f })), deletes: [], notes };
  }

  const [tenantPath, tenantDoc] = mine[0];
  const otherTenants = new Set(tenantFiles.filter(([p]) => p !== tenantPath).map(([p]) => p));
  const changed = new Set<string>();
  const deletes: string[] = [];

  // The tenant block: id, domains, cloud, license and facts from the tenant; the name stays as the team wrote it.
  const tMap = tenantDoc.get('tenant', true);
  if (isMap(tMap)) {
    const before = tenantDoc.toString();
    const set = (key: string, v: Json | undefined): void => {
      if (v === undefined) return;
      const pair = pairOf(tMap, key);
      if (!pair) tMap.set(tenantDoc.createNode(key), tenantDoc.createNode(v));
      else if (!sameSetting(js(tenantDoc, pair.value), v)) pair.value = reconcileValue(tenantDoc, pair.value, v, null, 'other') as Node;
    };
    if (!pairOf(tMap, 'name')) set('name', tenant.name);
    set('domains', tenant.domains);
    set('cloud', tenant.cloud);
    if (!unread.has('license')) set('license', tenant.license);
    if (isObject(tenant.facts)) {
      const facts = tMap.get('facts', true);
      if (isMap(facts)) for (const [k, v] of Object.entries(tenant.facts)) {
        const pair = pairOf(facts, k);
        if (!pair) facts.set(tenantDoc.createNode(k), tenantDoc.createNode(v));
        else if (js(tenantDoc, pair.value) !== v) pair.value = reconcileValue(tenantDoc, pair.value, v, null, 'other') as Node;
      }
      else set('facts', tenant.facts);
    }
    if (tenantDoc.toString() !== before) changed.add(tenantPath);
  }

  // Root policy and default.
  for (const [key, type, level] of [['crossTenantAccessPolicy', 'root', 'other'], ['default', 'default', 'default']] as const) {
    const want = isObject(freshTenant[key]) ? freshTenant[key] : {};
    const node = tenantDoc.get(key, true);
    if (isMap(node)) {
      if (reconcileMap(tenantDoc, node, want as JsonObject, type, level)) changed.add(tenantPath);
    } else if (Object.keys(want).length) {
      tenantDoc.set(key, tenantDoc.createNode(want));
      changed.add(tenantPath);
    }
  }

  // Partners, wherever the tenant's files declare them.
  const includes = (() => {
    const inc = tenantDoc.get('include');
    const list = inc instanceof YAMLSeq ? inc.items.map((i) => (isScalar(i) ? String(i.value) : '')) : [];
    const dir = tenantPath.includes('/') ? tenantPath.slice(0, tenantPath.lastIndexOf('/') + 1) : '';
    return list.filter(Boolean).map((g) => dir + g.replace(/^\.\//, ''));
  })();
  const ownFiles = [...docs.keys()].filter((p) => p === tenantPath || (!otherTenants.has(p) && includes.some((g) => globMatch(p, g))));
  const found = new Map<string, PartnerAt>();
  for (const file of ownFiles) {
    const doc = docs.get(file) as Document;
    const seq = doc.get('partners', true);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) {
      if (!isMap(item)) continue;
      const pid = item.get('tenantId');
      if (typeof pid === 'string' && !found.has(pid.toLowerCase())) found.set(pid.toLowerCase(), { file, doc, seq, map: item });
    }
  }
  // No toString() per partner here: a file may hold thousands of partners.
  for (const [pid, at] of found) {
    const want = freshPartners.get(pid);
    if (!want) {
      at.seq.items.splice(at.seq.items.indexOf(at.map), 1);
      notes.push(`removed partner ${pid} from ${shown(at.file)}: the tenant no longer has it`);
      changed.add(at.file);
    } else if (reconcileMap(at.doc, at.map, want, 'partner', 'other')) changed.add(at.file);
  }
  const partnersDir = (tenantPath.includes('/') ? tenantPath.slice(0, tenantPath.lastIndexOf('/') + 1) : '') + 'partners/';
  const writes: MergeResult['writes'] = [];
  for (const f of fresh.files.slice(1)) {
    const j = parse(f.text) as JsonObject;
    const entry = Array.isArray(j.partners) && isObject(j.partners[0]) ? j.partners[0] : undefined;
    const pid = entry && typeof entry.tenantId === 'string' ? entry.tenantId.toLowerCase() : undefined;
    if (!entry || !pid || found.has(pid)) continue;
    const path = partnersDir + f.path.slice('partners/'.length);
    if (includes.some((g) => globMatch(path, g)) && !docs.has(path)) {
      writes.push({ path, text: f.text });
      notes.push(`added partner ${pid} in ${shown(path)}`);
    } else {
      let seq = tenantDoc.get('partners', true);
      if (!isSeq(seq)) {
        seq = tenantDoc.createNode([]) as YAMLSeq;
        tenantDoc.set('partners', seq);
      }
      (seq as YAMLSeq).items.push(tenantDoc.createNode(entry));
      changed.add(tenantPath);
      notes.push(`added partner ${pid} in ${shown(tenantPath)}`);
    }
  }

  for (const file of changed) {
    const doc = docs.get(file) as Document;
    const seq = doc.get('partners', true);
    if (file !== tenantPath && isSeq(seq) && seq.items.length === 0 && [...(isMap(doc.contents) ? doc.contents.items : [])].every((p) => keyOf(p as Pair) === 'partners')) {
      deletes.push(file);
      continue;
    }
    writes.push({ path: file, text: doc.toString({ lineWidth: 0 }) });
  }
  writes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { writes, deletes: deletes.sort(), notes };
}
