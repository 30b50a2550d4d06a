/**
 * Reads the declared model from the YAML AST. Defensive by design: a value of the wrong shape is skipped
 * (the schema stage reports it), so the model can be built from any file that parsed.
 */
import { deref, documentOf, getPair, isAlias, isMap, isScalar, isSeq, locOf, mapPairs, offsetsOf, plainData } from '../load/yaml.js';
import type { SourceFile } from '../load/yaml.js';
import { B2B_SETTINGS, CLOUDS, CONSENT_MEMBERS, isGuid, KEYWORDS, SENTINEL, TRUST_MEMBERS } from './knowledge.js';
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
  SentinelValue,
  SettingDecl,
  TargetDecl,
  TargetListDecl,
} from './model.js';


/**
 * The places a declaration is written at, kept as offsets in the declaration object itself, with `Loc`s made when
 * asked for: a large repository has hundreds of thousands of declared values, and a separate `Loc` object for
 * each place costs the garbage collector measurably (bench/README.md).
 */
abstract class Placed {
  // Up to two places, as plain number fields (an array would be two more objects each); a third in TargetList.
  readonly #file: SourceFile;
  #s0: number;
  #e0: number;
  #s1: number;
  #e1: number;
  constructor(file: SourceFile, s0: number, e0: number, s1: number, e1: number) {
    this.#file = file;
    this.#s0 = s0;
    this.#e0 = e0;
    this.#s1 = s1;
    this.#e1 = e1;
  }
  /** The file the places are in. */
  protected get placedIn(): SourceFile {
    return this.#file;
  }
  /** The place of the first (0) or second (1) node. */
  protected placeOf(i: 0 | 1): Loc {
    const file = this.#file;
    if (i === 0) return { file, start: this.#s0, end: this.#e0 };
    return { file, start: this.#s1, end: this.#e1 };
  }
}

/** A declared value with the offsets of its value node (`loc`) and key node (`key`). */
class LocatedValue<T> extends Placed implements Located<T> {
  readonly value: T;
  constructor(value: T, file: SourceFile, s0: number, e0: number, s1: number, e1: number) {
    super(file, s0, e0, s1, e1);
    this.value = value;
  }
  get loc(): Loc {
    return this.placeOf(0);
  }
  get key(): Loc {
    return this.placeOf(1);
  }
}

/** A declared value written at `node` under the key node `key`. */
export function located<T>(value: T, file: SourceFile, node: unknown, key: unknown): Located<T> {
  const a = offsetsOf(node);
  const b = offsetsOf(key);
  return new LocatedValue(typeof value === 'string' ? (ownText(file, node, value) as T) : value, file, a[0], a[1], b[0], b[1]);
}

/**
 * A string value the model keeps, as a piece of the file's own text when it is written there as it reads (plain or
 * quoted without escapes). A parser may hand out values cut from a copy of the text it made (the fast path's parser
 * appends a character to the whole text): one value kept alive would keep that whole copy alive, a second copy of
 * every file for the whole run (~20 MB at 50,000 partners).
 */
function ownText(file: SourceFile, node: unknown, value: string): string {
  // A word of the format is the one shared string (`word`).
  if (value.length <= 16 && WORDS.get(value) === value) return value;
  const start = offsetsOf(node)[0];
  if (start < 0 || value.length === 0) return value;
  const text = file.text;
  if (text.startsWith(value, start)) return text.slice(start, start + value.length);
  const q = text.charCodeAt(start);
  if ((q === 0x22 || q === 0x27) && text.startsWith(value, start + 1)) return text.slice(start + 1, start + 1 + value.length);
  return value;
}

/**
 * A declared target. It is also the effective target its list resolves to (EffTarget): its ID normalised (a GUID
 * lower-cased) and whether it is a GUID, both worked out once here, at load, not tested again by every rule.
 *
 * Its `target:` and `targetType:` values are kept as their strings and the offsets of their value and key nodes, in
 * the target itself; `target` and `targetType` make their Located values when asked for. A large repository has
 * hundreds of thousands of targets: two more objects for each cost ~15 MB at 50,000 partners (bench/README.md).
 */
/** A string read from a target's map: its value, value node and key node. */
interface ReadValue {
  value: string;
  node: unknown;
  key: unknown;
}

const NOT_WRITTEN = [-2, -2] as const;

class Target implements TargetDecl {
  readonly label: string | undefined;
  readonly id: string;
  readonly guid: boolean;
  readonly #file: SourceFile;
  readonly #start: number;
  readonly #end: number;
  // `target:`: its value, the offsets of its value node and of its key node.
  readonly #value: string;
  readonly #vs: number;
  readonly #ve: number;
  readonly #ks: number;
  readonly #ke: number;
  // `targetType:` likewise (-2: not written).
  readonly #type: string | undefined;
  readonly #ts: number;
  readonly #te: number;
  readonly #tks: number;
  readonly #tke: number;
  constructor(file: SourceFile, item: unknown, target: ReadValue, type: ReadValue | undefined, label: string | undefined) {
    this.#file = file;
    let r = offsetsOf(item);
    this.#start = r[0];
    this.#end = r[1];
    this.#value = target.value;
    r = offsetsOf(target.node);
    this.#vs = r[0];
    this.#ve = r[1];
    r = offsetsOf(target.key);
    this.#ks = r[0];
    this.#ke = r[1];
    this.#type = type?.value;
    r = type ? offsetsOf(type.node) : NOT_WRITTEN;
    this.#ts = r[0];
    this.#te = r[1];
    r = type ? offsetsOf(type.key) : NOT_WRITTEN;
    this.#tks = r[0];
    this.#tke = r[1];
    this.label = label;
    this.guid = isGuid(target.value);
    this.id = this.guid ? target.value.toLowerCase() : target.value;
  }
  get target(): Located<string> {
    return new LocatedValue(this.#value, this.#file, this.#vs, this.#ve, this.#ks, this.#ke);
  }
  get targetType(): Located<string> | undefined {
    return this.#ts === -2 ? undefined : new LocatedValue(this.#type as string, this.#file, this.#ts, this.#te, this.#tks, this.#tke);
  }
  get loc(): Loc {
    return { file: this.#file, start: this.#start, end: this.#end };
  }
  get type(): string | undefined {
    return this.#type;
  }
  get decl(): TargetDecl {
    return this;
  }
  /** As JSON, what it was as a separate effective target: its ID, type and GUID flag, its declaration under `decl`. */
  toJSON(): { id: string; type: string | undefined; guid: boolean; decl: { target: Located<string>; targetType: Located<string> | undefined; label: string | undefined } } {
    return { id: this.id, type: this.type, guid: this.guid, decl: { target: this.target, targetType: this.targetType, label: this.label } };
  }
}

class TargetList extends Placed implements TargetListDecl {
  readonly setting: string;
  readonly half: ListHalf;
  targets: TargetDecl[] | undefined = undefined;
  #s2 = -2;
  #e2 = -2;
  // `accessType:` as its string and the offsets of its value and key nodes (its Located value made when asked for).
  #access: string | undefined = undefined;
  #as = -1;
  #ae = -1;
  #aks = -1;
  #ake = -1;
  constructor(file: SourceFile, setting: string, half: ListHalf, key: unknown, node: unknown) {
    const a = offsetsOf(key);
    const b = offsetsOf(node);
    super(file, a[0], a[1], b[0], b[1]);
    this.setting = setting;
    this.half = half;
  }
  get key(): Loc {
    return this.placeOf(0);
  }
  get loc(): Loc {
    return this.placeOf(1);
  }
  get targetsKey(): Loc | undefined {
    return this.#s2 === -2 ? undefined : { file: this.placedIn, start: this.#s2, end: this.#e2 };
  }
  get accessType(): Located<string> | undefined {
    return this.#access === undefined ? undefined : new LocatedValue(this.#access, this.placedIn, this.#as, this.#ae, this.#aks, this.#ake);
  }
  setAccessType(value: string, node: unknown, key: unknown): void {
    const a = offsetsOf(node);
    const b = offsetsOf(key);
    this.#access = ownText(this.placedIn, node, value);
    this.#as = a[0];
    this.#ae = a[1];
    this.#aks = b[0];
    this.#ake = b[1];
  }
  setTargetsKey(node: unknown): void {
    const r = offsetsOf(node);
    this.#s2 = r[0];
    this.#e2 = r[1];
  }
}

class Setting extends Placed implements SettingDecl {
  readonly name: string;
  readonly isNull: boolean;
  constructor(file: SourceFile, name: string, key: unknown, node: unknown, isNull: boolean) {
    const a = offsetsOf(key);
    const b = offsetsOf(isNull ? key : node);
    super(file, a[0], a[1], b[0], b[1]);
    this.name = name;
    this.isNull = isNull;
  }
  get key(): Loc {
    return this.placeOf(0);
  }
  get loc(): Loc {
    return this.placeOf(1);
  }
}

/**
 * The settings that hold more than a name and two places, with every field they may get declared up front: a field
 * added to an object after it is made costs the object a separate property store.
 */
class B2BSetting extends Setting {
  usersAndGroups: TargetListDecl | undefined = undefined;
  applications: TargetListDecl | undefined = undefined;
  devices: Located<unknown> | undefined = undefined;
}

class FlagsSetting<M extends string> extends Setting implements FlagsDecl<M> {
  members: Partial<Record<M, Located<boolean>>> = {};
}

class OpaqueSetting extends Setting {
  value: unknown = null;
}

class RedemptionSetting extends Setting implements RedemptionDecl {
  primary: Located<string>[] | undefined = undefined;
  primaryKey: Loc | undefined = undefined;
  fallback: Located<string> | undefined = undefined;
  hasFallback = false;
}

class IdentitySyncSetting extends Setting implements IdentitySyncDecl {
  displayName: Located<string> | undefined = undefined;
  userSyncAllowed: Located<boolean> | undefined = undefined;
  groupSyncAllowed: Located<boolean> | undefined = undefined;
}

type SettingClass<S extends Setting> = new (file: SourceFile, name: string, key: unknown, node: unknown, isNull: boolean) => S;

/**
 * Values that are words of the file format (keywords, target types, access types, clouds, licences): one string each
 * in the model, not one per place it is written.
 */
const WORDS = new Map<string, string>(
  [...KEYWORDS, 'user', 'group', 'application', 'allowed', 'blocked', ...CLOUDS, 'free', 'p1', 'p2'].map((w) => [w, w]),
);

/** A string value, shared when it is a word of the format. */
function word(v: string): string {
  return v.length <= 16 ? (WORDS.get(v) ?? v) : v;
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
  return located(typeof v === 'string' ? (word(v) as T) : v, file, node ?? pair.key, pair.key);
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
export const isBoolOrNull = (v: unknown): v is boolean | null => typeof v === 'boolean' || v === null;

function readTargetList(file: SourceFile, setting: string, half: ListHalf, pair: { key: unknown; value: unknown }): TargetListDecl | undefined {
  const node = valueOf(file, pair);
  if (!isMap(node)) return undefined;
  const list = new TargetList(file, setting, half, pair.key, node);
  const ap = getPair(node, 'accessType');
  if (ap) {
    const v = valueOf(file, ap);
    const value = scalarValue(v);
    if (typeof value === 'string') list.setAccessType(word(value), v ?? ap.key, ap.key);
  }
  const tPair = getPair(node, 'targets');
  if (tPair) {
    list.setTargetsKey(tPair.key);
    const seq = valueOf(file, tPair);
    if (isSeq(seq)) {
      const targets: TargetDecl[] = [];
      for (const raw of seq.items) {
        const item = deref(file.doc, raw);
        if (!isMap(item)) continue;
        // One pass over the target's pairs (this runs for every target of every partner).
        let target: ReadValue | undefined;
        let type: ReadValue | undefined;
        let label: string | undefined;
        for (const p of item.items) {
          const k = isScalar(p.key) ? p.key.value : undefined;
          if (k !== 'target' && k !== 'targetType' && k !== 'label') continue;
          const v = deref(file.doc, p.value);
          if (!isScalar(v) || typeof v.value !== 'string') continue;
          if (k === 'label') label = ownText(file, v, v.value);
          else if (target === undefined || type === undefined) {
            const found: ReadValue = { value: ownText(file, v, word(v.value)), node: v, key: p.key };
            if (k === 'target') target ??= found;
            else type ??= found;
          }
        }
        if (!target) continue;
        targets.push(new Target(file, item, target, type, label));
      }
      // An exact-size copy: an array grown by push keeps room for 16 more elements (a large repository has hundreds
      // of thousands of target lists).
      list.targets = targets.slice();
    }
  }
  return list;
}

function settingDecl(file: SourceFile, name: string, pair: { key: unknown; value: unknown }): SettingDecl;
function settingDecl<S extends Setting>(file: SourceFile, name: string, pair: { key: unknown; value: unknown }, kind: SettingClass<S>): S;
function settingDecl(file: SourceFile, name: string, pair: { key: unknown; value: unknown }, kind: SettingClass<Setting> = Setting): Setting {
  const node = valueOf(file, pair);
  const isNull = node === null || node === undefined || (isScalar(node) && node.value === null);
  return new kind(file, name, pair.key, node, isNull);
}

function readFlags<M extends string>(file: SourceFile, name: string, pair: { key: unknown; value: unknown }, members: readonly M[]): FlagsDecl<M> {
  const node = valueOf(file, pair);
  const flags = settingDecl(file, name, pair, FlagsSetting<M>);
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
  const b2b: PolicyDecl['b2b'] = {};
  const opaque: PolicyDecl['opaque'] = {};
  const readOnly: PolicyDecl['readOnly'] = {};
  const lists: PolicyDecl['lists'] = [];
  // Every field in the literal, so that the object keeps them all in place (most levels set a few of them).
  const decl: PolicyDecl = {
    b2b,
    opaque,
    readOnly,
    lists,
    inboundTrust: undefined,
    automaticUserConsentSettings: undefined,
    blockServiceProviderOutboundAccess: undefined,
    invitationRedemption: undefined,
  };
  if (!isMap(map)) return shareEmpty(decl);
  for (const [key, pair] of mapPairs(map)) {
    if ((B2B_SETTINGS as readonly string[]).includes(key)) {
      const name = key as B2BSettingName;
      const b2b = settingDecl(file, name, pair, B2BSetting) as B2BDecl;
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
      const s = settingDecl(file, name, pair, OpaqueSetting);
      s.value = isMap(node) ? plainData(node) : null;
      decl.opaque[name] = s;
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
      // The value as written, not followed through an alias: an alias counts as a value (as redemption-order always read it).
      const fbNode = fbPair?.value;
      const hasFallback = fbNode !== null && fbNode !== undefined && !(isScalar(fbNode) && fbNode.value === null);
      const r = settingDecl(file, key, pair, RedemptionSetting);
      r.hasFallback = hasFallback;
      const pp = getPair(node, 'primaryIdentityProviderPrecedenceOrder');
      if (pp) {
        r.primaryKey = locOf(file, pp.key);
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
  return shareEmpty(decl);
}

/** One frozen empty record for every level that declares none of a kind (most partners declare a few settings). */
const NONE: Readonly<Record<string, never>> = Object.freeze({});
const NO_LISTS: readonly TargetListDecl[] = Object.freeze([]);

/** A level's declarations with its empty records shared and its list of target lists exact-size (it was grown by push). */
function shareEmpty(decl: PolicyDecl): PolicyDecl {
  const empty = (o: object): boolean => {
    for (const _ in o) return false;
    return true;
  };
  if (empty(decl.b2b)) decl.b2b = NONE;
  if (empty(decl.opaque)) decl.opaque = NONE;
  if (empty(decl.readOnly)) decl.readOnly = NONE;
  // The model is read-only once built: nothing adds to a level's lists after this.
  decl.lists = decl.lists.length ? decl.lists.slice() : (NO_LISTS as TargetListDecl[]);
  return decl;
}

export function readIdentitySync(file: SourceFile, pair: { key: unknown; value: unknown }): IdentitySyncDecl {
  const node = valueOf(file, pair);
  const decl = settingDecl(file, 'identitySynchronization', pair, IdentitySyncSetting);
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
  // The tree being read (either parse path), else yaml's document of the file, parsed again.
  const doc = file.doc ?? documentOf(file);
  const root = deref(doc, doc?.contents);
  return isMap(root) ? root : undefined;
}

/** xtap-lint's own free-text keys: whatever they hold is a label, not a Graph value. */
const FREE_TEXT = new Set(['name', 'label', 'displayName']);

/**
 * Every scalar `unknownFutureValue` that is a value (never a key) in a parsed file, in document order. Aliases are
 * not followed: the anchored node is reported where it is written, once.
 */
export function readSentinels(file: SourceFile): SentinelValue[] {
  const hits: SentinelValue[] = [];
  if (!file.doc || !file.text.includes(SENTINEL)) return hits;
  const seen = new Set<unknown>();
  const visit = (node: unknown, path: string, key: string | undefined): void => {
    if (node === null || node === undefined || isAlias(node) || seen.has(node)) return;
    seen.add(node);
    if (isScalar(node)) {
      if (node.value === SENTINEL) hits.push({ at: locOf(file, node), path, key });
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (k !== undefined && FREE_TEXT.has(k)) continue;
        visit(pair.value, k === undefined ? path : path ? `${path}.${k}` : k, k ?? key);
      }
      return;
    }
    if (isSeq(node)) node.items.forEach((item, i) => visit(item, `${path}[${i}]`, key));
  };
  visit(file.doc.contents, '', undefined);
  return hits;
}
