/**
 * Reads the declared model from the YAML AST. Defensive by design: a value of the wrong shape is skipped
 * (the schema stage reports it), so the model can be built from any file that parsed.
 */
import { deref, documentOf, getPair, isMap, isScalar, isSeq, locOf, mapPairs } from '../load/yaml.js';
import type { Node, SourceFile } from '../load/yaml.js';
import { B2B_SETTINGS, CONSENT_MEMBERS, TRUST_MEMBERS } from './knowledge.js';
import type { B2BSettingName } from './knowledge.js';
import { OPAQUE_SETTINGS, READ_ONLY } from './model.js';
import type {
  B2BDecl,
  FlagsDecl,
  IdentitySyncDecl,
  ListHalf,
  Loc,
  Located,
  PolicyDecl,
  RedemptionDecl,
  SettingDecl,
  TargetDecl,
  TargetListDecl,
} from './model.js';

/** The place of a node: offsets, not the node, so that the model does not keep the syntax tree alive. */
export const at: (file: SourceFile, node: unknown) => Loc = locOf;

const NO_RANGE = [-1, -1] as const;

/**
 * A declared value with the offsets of its value and key nodes, in one object: a large repository has hundreds of
 * thousands of these, and three objects each (value, loc, key) cost the garbage collector measurably
 * (bench/README.md). `loc` and `key` are made when asked for.
 */
class LocatedValue<T> implements Located<T> {
  readonly value: T;
  readonly #file: SourceFile;
  readonly #start: number;
  readonly #end: number;
  readonly #keyStart: number;
  readonly #keyEnd: number;
  constructor(value: T, file: SourceFile, node: unknown, key: unknown) {
    const v = (node as Node | null | undefined)?.range ?? NO_RANGE;
    const k = (key as Node | null | undefined)?.range ?? NO_RANGE;
    this.value = value;
    this.#file = file;
    this.#start = v[0];
    this.#end = v[1];
    this.#keyStart = k[0];
    this.#keyEnd = k[1];
  }
  get loc(): Loc {
    return { file: this.#file, start: this.#start, end: this.#end };
  }
  get key(): Loc {
    return { file: this.#file, start: this.#keyStart, end: this.#keyEnd };
  }
}

/** A declared value written at `node` under the key node `key`. */
export function located<T>(value: T, file: SourceFile, node: unknown, key: unknown): Located<T> {
  return new LocatedValue(value, file, node, key);
}

/** The value node of a pair, following aliases; the key node stands in for an empty value. */
function valueOf(file: SourceFile, pair: { key: unknown; value: unknown }): unknown {
  return deref(file.doc, pair.value);
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

export function readLocated<T>(file: SourceFile, map: unknown, key: string, guard: (v: unknown) => v is T): Located<T> | undefined {
  const pair = getPair(map, key);
  if (!pair) return undefined;
  const node = valueOf(file, pair);
  const v = scalarValue(node);
  if (!guard(v)) return undefined;
  return located(v, file, node ?? pair.key, pair.key);
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
export const isBoolOrNull = (v: unknown): v is boolean | null => typeof v === 'boolean' || v === null;

function readTargetList(file: SourceFile, setting: string, half: ListHalf, pair: { key: unknown; value: unknown }): TargetListDecl | undefined {
  const node = valueOf(file, pair);
  if (!isMap(node)) return undefined;
  const list: TargetListDecl = {
    setting,
    half,
    key: at(file, pair.key),
    loc: at(file, node),
    accessType: readLocated(file, node, 'accessType', isString),
  };
  const tPair = getPair(node, 'targets');
  if (tPair) {
    list.targetsKey = at(file, tPair.key);
    const seq = valueOf(file, tPair);
    if (isSeq(seq)) {
      list.targets = [];
      for (const raw of seq.items) {
        const item = deref(file.doc, raw);
        if (!isMap(item)) continue;
        // One pass over the target's pairs (this runs for every target of every partner).
        let target: Located<string> | undefined;
        let type: Located<string> | undefined;
        let label: string | undefined;
        for (const p of item.items) {
          const k = isScalar(p.key) ? p.key.value : undefined;
          if (k !== 'target' && k !== 'targetType' && k !== 'label') continue;
          const v = deref(file.doc, p.value);
          if (!isScalar(v) || typeof v.value !== 'string') continue;
          if (k === 'label') label = v.value;
          else if (target === undefined || type === undefined) {
            const found = located(v.value, file, v, p.key);
            if (k === 'target') target ??= found;
            else type ??= found;
          }
        }
        if (!target) continue;
        const decl: TargetDecl = { target, loc: at(file, item) };
        if (type) decl.targetType = type;
        if (label !== undefined) decl.label = label;
        list.targets.push(decl);
      }
    }
  }
  return list;
}

function settingDecl(file: SourceFile, name: string, pair: { key: unknown; value: unknown }): SettingDecl {
  const node = valueOf(file, pair);
  const isNull = node === null || node === undefined || (isScalar(node) && node.value === null);
  return { name, key: at(file, pair.key), loc: at(file, isNull ? pair.key : node), isNull };
}

function readFlags<M extends string>(file: SourceFile, name: string, pair: { key: unknown; value: unknown }, members: readonly M[]): FlagsDecl<M> {
  const base = settingDecl(file, name, pair);
  const node = valueOf(file, pair);
  const flags: FlagsDecl<M> = { ...base, members: {} };
  if (!isMap(node)) return flags;
  for (const p of node.items) {
    const k = isScalar(p.key) ? p.key.value : undefined;
    if (typeof k !== 'string' || !(members as readonly string[]).includes(k) || flags.members[k as M]) continue;
    const v = deref(file.doc, p.value);
    if (isScalar(v) && typeof v.value === 'boolean') flags.members[k as M] = located(v.value, file, v, p.key);
  }
  return flags;
}

/** Read what a `default:` map or a partner entry declares. */
export function readPolicy(file: SourceFile, map: unknown): PolicyDecl {
  const decl: PolicyDecl = { b2b: {}, opaque: {}, readOnly: {}, lists: [] };
  if (!isMap(map)) return decl;
  for (const [key, pair] of mapPairs(map)) {
    if ((B2B_SETTINGS as readonly string[]).includes(key)) {
      const name = key as B2BSettingName;
      const b2b: B2BDecl = { ...settingDecl(file, name, pair), name };
      const node = valueOf(file, pair);
      for (const half of ['usersAndGroups', 'applications'] as const) {
        const hp = getPair(node, half);
        if (!hp) continue;
        const list = readTargetList(file, name, half, hp);
        if (list) {
          b2b[half] = list;
          decl.lists.push(list);
        }
      }
      const dev = getPair(node, 'devices');
      if (dev && !(isScalar(dev.value) && dev.value.value === null)) {
        b2b.devices = located(true, file, dev.value ?? dev.key, dev.key);
      }
      decl.b2b[name] = b2b;
    } else if (key === 'inboundTrust') {
      decl.inboundTrust = readFlags(file, key, pair, TRUST_MEMBERS);
    } else if (key === 'automaticUserConsentSettings') {
      decl.automaticUserConsentSettings = readFlags(file, key, pair, CONSENT_MEMBERS);
    } else if (key === 'blockServiceProviderOutboundAccess') {
      const v = readLocated(file, map, key, isBoolOrNull);
      if (v) decl.blockServiceProviderOutboundAccess = v;
    } else if ((OPAQUE_SETTINGS as readonly string[]).includes(key)) {
      const name = key as (typeof OPAQUE_SETTINGS)[number];
      const node = valueOf(file, pair);
      const s = settingDecl(file, name, pair);
      const value = isMap(node) ? node.toJSON() : null;
      decl.opaque[name] = { ...s, value };
      if (isMap(node)) {
        for (const half of ['users', 'usersAndGroups', 'applications'] as const) {
          const hp = getPair(node, half);
          if (!hp) continue;
          const list = readTargetList(file, name, half, hp);
          if (list) decl.lists.push(list);
        }
      }
    } else if (key === 'invitationRedemptionIdentityProviderConfiguration') {
      const node = valueOf(file, pair);
      const fbPair = getPair(node, 'fallbackIdentityProvider');
      const fbNode = fbPair ? valueOf(file, fbPair) : undefined;
      const hasFallback = fbNode !== null && fbNode !== undefined && !(isScalar(fbNode) && fbNode.value === null);
      const r: RedemptionDecl = { ...settingDecl(file, key, pair), hasFallback };
      const pp = getPair(node, 'primaryIdentityProviderPrecedenceOrder');
      if (pp) {
        r.primaryKey = at(file, pp.key);
        const seq = valueOf(file, pp);
        if (isSeq(seq)) {
          r.primary = [];
          for (const raw of seq.items) {
            const item = deref(file.doc, raw);
            const v = scalarValue(item);
            if (typeof v === 'string') r.primary.push(located(v, file, item, pp.key));
          }
        }
      }
      const fb = readLocated(file, node, 'fallbackIdentityProvider', isString);
      if (fb) r.fallback = fb;
      decl.invitationRedemption = r;
    } else if ((READ_ONLY as readonly string[]).includes(key)) {
      const node = valueOf(file, pair);
      decl.readOnly[key as (typeof READ_ONLY)[number]] = located(scalarValue(node), file, node ?? pair.key, pair.key);
    }
  }
  return decl;
}

export function readIdentitySync(file: SourceFile, pair: { key: unknown; value: unknown }): IdentitySyncDecl {
  const node = valueOf(file, pair);
  const decl: IdentitySyncDecl = settingDecl(file, 'identitySynchronization', pair);
  const name = readLocated(file, node, 'displayName', isString);
  if (name) decl.displayName = name;
  const user = getPair(node, 'userSyncInbound');
  if (user) {
    const v = readLocated(file, valueOf(file, user), 'isSyncAllowed', isBool);
    if (v) decl.userSyncAllowed = v;
  }
  const group = getPair(node, 'groupSyncInbound');
  if (group) {
    const v = readLocated(file, valueOf(file, group), 'isSyncAllowed', isBool);
    if (v) decl.groupSyncAllowed = v;
  }
  return decl;
}

/** Root map of a file (following an alias), or undefined; parses the file again when its tree was dropped. */
export function rootMap(file: SourceFile): unknown {
  const doc = documentOf(file);
  const root = deref(doc, doc?.contents);
  return isMap(root) ? root : undefined;
}
