/**
 * Reads the declared model from the YAML AST. Defensive by design: a value of the wrong shape is skipped
 * (the schema stage reports it), so the model can be built from any file that parsed.
 */
import { deref, documentOf, getPair, isAlias, isMap, isScalar, isSeq, locOf, mapPairs, offsetsOf, plainData } from '../load/yaml.js';
import type { SourceFile } from '../load/yaml.js';
import { APPS, B2B_SETTINGS, CLOUDS, CONSENT_MEMBERS, isGuid, KEYWORDS, SENTINEL, TRUST_MEMBERS } from './knowledge.js';
import type { B2BSettingName, ConsentMember, TrustMember } from './knowledge.js';
import { OPAQUE_SETTINGS, READ_ONLY } from './model.js';
import type {
  B2BDecl,
  FlagsDecl,
  IdentitySyncDecl,
  ListHalf,
  Loc,
  Located,
  OpaqueSettingName,
  PolicyDecl,
  ReadOnlyName,
  RedemptionDecl,
  SentinelValue,
  SettingDecl,
  TargetDecl,
  TargetListDecl,
} from './model.js';


/**
 * The places a declaration is written at, kept in the declaration object itself as a base offset and deltas from it
 * (three 10-bit deltas to one small integer), with `Loc`s made when asked for. A large repository has hundreds of
 * thousands of declared values: a `Loc` object for each place, or a field for each offset, costs memory and
 * garbage-collector time (bench/README.md). Offsets that do not fit as deltas (one more than 1023 characters past the
 * base, or before it: a value reached through an alias) are kept whole in a `Wide` record instead, the rare case.
 */
const SPAN = 0x3ff;

/** Three offsets as deltas from `base` in one small integer (30 bits), or -1 when one does not fit. */
function deltas(base: number, a: number, b: number, c: number): number {
  a -= base;
  b -= base;
  c -= base;
  return (a | b | c) >= 0 && a <= SPAN && b <= SPAN && c <= SPAN ? a | (b << 10) | (c << 20) : -1;
}

/** Offset `i` (0 to 2) of three packed by `deltas`. */
function at(base: number, d: number, i: 0 | 1 | 2): number {
  return base + ((d >>> (10 * i)) & SPAN);
}

/** A declaration's offsets kept whole, in the order its class lists them, when they do not fit as deltas. */
class Wide {
  readonly file: SourceFile;
  readonly at: readonly number[];
  /** A rare string the declaration has no field for (a target list's `accessType:` other than allowed/blocked). */
  readonly text: string | undefined;
  constructor(file: SourceFile, offsets: readonly number[], text?: string) {
    this.file = file;
    this.at = offsets;
    this.text = text;
  }
  loc(i: number): Loc {
    return { file: this.file, start: this.at[2 * i], end: this.at[2 * i + 1] };
  }
}

/** A declared value with the offsets of its value node (`loc`) and key node (`key`): the key's start and deltas. */
class LocatedValue<T> implements Located<T> {
  readonly value: T;
  readonly #in: SourceFile | Wide;
  readonly #base: number;
  readonly #d: number;
  constructor(value: T, file: SourceFile, s0: number, e0: number, s1: number, e1: number) {
    this.value = value;
    const d = deltas(s1, e1, s0, e0);
    this.#in = d < 0 ? new Wide(file, [s0, e0, s1, e1]) : file;
    this.#base = d < 0 ? 0 : s1;
    this.#d = d < 0 ? 0 : d;
  }
  get loc(): Loc {
    const w = this.#in;
    if (w instanceof Wide) return w.loc(0);
    return { file: w, start: at(this.#base, this.#d, 1), end: at(this.#base, this.#d, 2) };
  }
  get key(): Loc {
    const w = this.#in;
    if (w instanceof Wide) return w.loc(1);
    return { file: w, start: this.#base, end: at(this.#base, this.#d, 0) };
  }
}

/**
 * A trust or consent member's boolean, with its places: the key's start and, in one small integer, the value's start
 * and end (10 bits each, from the key's start), the key's length (9 bits) and the value itself. What a member is made
 * as when read from its setting (see PackedFlag), and what the setting keeps when its places cannot be packed there.
 */
class LocatedFlag implements Located<boolean> {
  readonly #in: SourceFile | Wide;
  readonly #base: number;
  readonly #d: number;
  constructor(value: boolean, file: SourceFile, s0: number, e0: number, s1: number, e1: number) {
    const vs = s0 - s1;
    const ve = e0 - s1;
    const kl = e1 - s1;
    const fits = (vs | ve | kl) >= 0 && vs <= SPAN && ve <= SPAN && kl <= KEY_SPAN;
    this.#in = fits ? file : new Wide(file, [s0, e0, s1, e1]);
    this.#base = fits ? s1 : 0;
    this.#d = (fits ? vs | (ve << 10) | (kl << 20) : 0) | (value ? FLAG_TRUE : 0);
  }
  get value(): boolean {
    return (this.#d & FLAG_TRUE) !== 0;
  }
  get loc(): Loc {
    const w = this.#in;
    if (w instanceof Wide) return w.loc(0);
    return { file: w, start: at(this.#base, this.#d, 0), end: at(this.#base, this.#d, 1) };
  }
  get key(): Loc {
    const w = this.#in;
    if (w instanceof Wide) return w.loc(1);
    return { file: w, start: this.#base, end: this.#base + ((this.#d >>> 20) & KEY_SPAN) };
  }
  /** As JSON, what a LocatedValue is: its value. */
  toJSON(): { value: boolean } {
    return { value: this.value };
  }
}
const KEY_SPAN = 0x1ff;
const FLAG_TRUE = 1 << 29;

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
  if (wordLength(value.length) && WORDS.get(value) === value) return value;
  const start = offsetsOf(node)[0];
  if (start < 0 || value.length === 0) return value;
  const text = file.text;
  if (text.startsWith(value, start)) return text.slice(start, start + value.length);
  const q = text.charCodeAt(start);
  if ((q === 0x22 || q === 0x27) && text.startsWith(value, start + 1)) return text.slice(start + 1, start + 1 + value.length);
  return value;
}

/** A string read from a target's map: its value, value node and key node. */
interface ReadValue {
  value: string;
  node: unknown;
  key: unknown;
}

const NOT_WRITTEN = [-2, -2] as const;
/** The lengths of keys written plain: `target`, `targetType`, `targets`, `accessType`. */
const TARGET_KEY = 6;
const TYPE_KEY = 10;
const TARGETS_KEY = 7;
const ACCESS_KEY = 10;

/** What few targets have: a label, a GUID written with capitals (`id` is lower-cased), a type not of the format. */
interface TargetMore {
  readonly label: string | undefined;
  /** The `target:` value as written. */
  readonly value: string;
  readonly type: string | undefined;
}

/** A target's `targetType:` as a code (0: not written; the last: another string, kept in TargetMore), and its GUID flag. */
const TYPES: readonly (string | undefined)[] = [undefined, 'user', 'group', 'application'];
const OTHER_TYPE = TYPES.length;
const TYPE_MASK = 0x7;
const GUID = 0x8;

/**
 * A declared target. It is also the effective target its list resolves to (EffTarget): its ID normalised (a GUID
 * lower-cased) and whether it is a GUID, both worked out once here, at load, not tested again by every rule.
 *
 * Its places (the item, the `target:` and `targetType:` values and keys) are the item's start and deltas, its GUID
 * flag and type a small code, and the `target:` value as written is `id` unless it differs; `target`, `targetType`
 * and `loc` are made when asked for. A large
 * repository has hundreds of thousands of targets: each object or field more costs megabytes at 50,000 partners.
 */
class Target implements TargetDecl {
  readonly id: string;
  /** The GUID flag and the type's code (see TYPES). */
  readonly #kind: number;
  readonly #in: SourceFile | Wide;
  /** The label (a string), or a label, the value as written and the type (see TargetMore), or nothing. */
  readonly #more: string | TargetMore | undefined;
  // The item's start, then deltas: item end, target value start/end; target key start, type value start, type key start.
  // The ends of the keys and of the type value follow from their lengths (`target`, `targetType` and the type written
  // plain, as nearly always; otherwise the offsets are kept whole).
  readonly #base: number;
  readonly #d0: number;
  readonly #d1: number;
  constructor(file: SourceFile, item: unknown, target: ReadValue, type: ReadValue | undefined, label: string | undefined) {
    const value = target.value;
    const guid = isGuid(value);
    const id = guid ? value.toLowerCase() : value;
    this.id = id;
    const t = type === undefined ? 0 : TYPES.indexOf(type.value);
    const code = t < 0 ? OTHER_TYPE : t;
    this.#kind = code | (guid ? GUID : 0);
    this.#more = id === value && code !== OTHER_TYPE ? label : { label, value, type: type?.value };
    const r = offsetsOf(item);
    const v = offsetsOf(target.node);
    const k = offsetsOf(target.key);
    const tv = type ? offsetsOf(type.node) : NOT_WRITTEN;
    const tk = type ? offsetsOf(type.key) : NOT_WRITTEN;
    const s = r[0];
    const d0 = deltas(s, r[1], v[0], v[1]);
    const d1 = type ? deltas(s, k[0], tv[0], tk[0]) : deltas(s, k[0], s, s);
    const plain = k[1] - k[0] === TARGET_KEY && (!type || (tv[1] - tv[0] === type.value.length && tk[1] - tk[0] === TYPE_KEY));
    if ((d0 | d1) < 0 || !plain) {
      this.#in = new Wide(file, [r[0], r[1], v[0], v[1], k[0], k[1], tv[0], tv[1], tk[0], tk[1]]);
      this.#base = this.#d0 = this.#d1 = 0;
    } else {
      this.#in = file;
      this.#base = s;
      this.#d0 = d0;
      this.#d1 = d1;
    }
  }
  /** Whether the target is a GUID: checked once, when the file is read. */
  get guid(): boolean {
    return (this.#kind & GUID) !== 0;
  }
  /** The `targetType:` value, when written as a string. */
  get type(): string | undefined {
    const code = this.#kind & TYPE_MASK;
    if (code !== OTHER_TYPE) return TYPES[code];
    const m = this.#more;
    return typeof m === 'object' ? m.type : undefined;
  }
  get label(): string | undefined {
    const m = this.#more;
    return typeof m === 'object' ? m.label : m;
  }
  get target(): Located<string> {
    const m = this.#more;
    const value = typeof m === 'object' ? m.value : this.id;
    const w = this.#in;
    if (w instanceof Wide) return new LocatedValue(value, w.file, w.at[2], w.at[3], w.at[4], w.at[5]);
    const b = this.#base;
    const ks = at(b, this.#d1, 0);
    return new LocatedValue(value, w, at(b, this.#d0, 1), at(b, this.#d0, 2), ks, ks + TARGET_KEY);
  }
  get targetType(): Located<string> | undefined {
    const type = this.type;
    if (type === undefined) return undefined;
    const w = this.#in;
    if (w instanceof Wide) return new LocatedValue(type, w.file, w.at[6], w.at[7], w.at[8], w.at[9]);
    const b = this.#base;
    const vs = at(b, this.#d1, 1);
    const ks = at(b, this.#d1, 2);
    return new LocatedValue(type, w, vs, vs + type.length, ks, ks + TYPE_KEY);
  }
  get loc(): Loc {
    const w = this.#in;
    if (w instanceof Wide) return w.loc(0);
    return { file: w, start: this.#base, end: at(this.#base, this.#d0, 0) };
  }
  get decl(): TargetDecl {
    return this;
  }
  /** As JSON, what it was as a separate effective target: its ID, type and GUID flag, its declaration under `decl`. */
  toJSON(): { id: string; type: string | undefined; guid: boolean; decl: { target: Located<string>; targetType: Located<string> | undefined; label: string | undefined } } {
    return { id: this.id, type: this.type, guid: this.guid, decl: { target: this.target, targetType: this.targetType, label: this.label } };
  }
}

/** The settings a target list can sit in and the halves, by index (a list keeps the two as one small integer). */
const LIST_SETTINGS: readonly ListSetting[] = [...B2B_SETTINGS, ...OPAQUE_SETTINGS];
type ListSetting = B2BSettingName | OpaqueSettingName;
const HALVES: readonly ListHalf[] = ['usersAndGroups', 'applications', 'users'];
const HAS_TARGETS_KEY = 0x100;
/** A list's `accessType:` as a code (0: not written; the last: another string, kept in the list's Wide record). */
const ACCESS: readonly (string | undefined)[] = [undefined, 'allowed', 'blocked'];
const OTHER_ACCESS = ACCESS.length;
const ACCESS_SHIFT = 10;

/** The `accessType:` of a list as read: its string and its value and key nodes. */
interface ReadAccess {
  value: string;
  node: unknown;
  key: unknown;
}

/**
 * A target list: the places of its key, its map, its `targets:` key and its `accessType:` value and key as its key's
 * start and deltas (see `deltas`); the setting, the half and the access type (allowed/blocked) as one small integer.
 */
class TargetList implements TargetListDecl {
  targets: TargetDecl[] | undefined;
  readonly #in: SourceFile | Wide;
  /** The setting, the half, the access code and whether `targets:` is written. */
  readonly #kind: number;
  // The key's start, then deltas: the map's start and end, the `targets:` key's start; the accessType value's and key's
  // starts. Ends follow from lengths (the half, `targets`, `accessType` and allowed/blocked written plain, as nearly
  // always; otherwise, or with another accessType, the offsets are kept whole).
  readonly #base: number;
  readonly #d0: number;
  readonly #d1: number;
  constructor(file: SourceFile, setting: ListSetting, half: ListHalf, key: unknown, node: unknown, access: ReadAccess | undefined, targetsPair: { key: unknown } | undefined, targets: TargetDecl[] | undefined) {
    this.targets = targets;
    const a = access ? ACCESS.indexOf(access.value) : 0;
    const code = a < 0 ? OTHER_ACCESS : a;
    this.#kind = LIST_SETTINGS.indexOf(setting) | (HALVES.indexOf(half) << 4) | (targetsPair ? HAS_TARGETS_KEY : 0) | (code << ACCESS_SHIFT);
    const k = offsetsOf(key);
    const m = offsetsOf(node);
    const t = targetsPair ? offsetsOf(targetsPair.key) : NOT_WRITTEN;
    const av = access ? offsetsOf(access.node) : NOT_WRITTEN;
    const ak = access ? offsetsOf(access.key) : NOT_WRITTEN;
    const s = k[0];
    const d0 = deltas(s, m[0], m[1], targetsPair ? t[0] : s);
    const d1 = access ? deltas(s, av[0], ak[0], s) : 0;
    const plain =
      k[1] - k[0] === half.length &&
      (!targetsPair || t[1] - t[0] === TARGETS_KEY) &&
      (!access || (av[1] - av[0] === access.value.length && ak[1] - ak[0] === ACCESS_KEY));
    if ((d0 | d1) < 0 || !plain || code === OTHER_ACCESS) {
      this.#in = new Wide(file, [k[0], k[1], m[0], m[1], t[0], t[1], av[0], av[1], ak[0], ak[1]], code === OTHER_ACCESS ? access?.value : undefined);
      this.#base = this.#d0 = this.#d1 = 0;
    } else {
      this.#in = file;
      this.#base = s;
      this.#d0 = d0;
      this.#d1 = d1;
    }
  }
  get setting(): string {
    return LIST_SETTINGS[this.#kind & 0xf];
  }
  get half(): ListHalf {
    return HALVES[(this.#kind >>> 4) & 0xf];
  }
  get key(): Loc {
    const w = this.#in;
    if (w instanceof Wide) return w.loc(0);
    return { file: w, start: this.#base, end: this.#base + this.half.length };
  }
  get loc(): Loc {
    const w = this.#in;
    if (w instanceof Wide) return w.loc(1);
    return { file: w, start: at(this.#base, this.#d0, 0), end: at(this.#base, this.#d0, 1) };
  }
  get targetsKey(): Loc | undefined {
    if (!(this.#kind & HAS_TARGETS_KEY)) return undefined;
    const w = this.#in;
    if (w instanceof Wide) return w.loc(2);
    const start = at(this.#base, this.#d0, 2);
    return { file: w, start, end: start + TARGETS_KEY };
  }
  get accessType(): Located<string> | undefined {
    const code = this.#kind >>> ACCESS_SHIFT;
    if (code === 0) return undefined;
    const w = this.#in;
    const access = code === OTHER_ACCESS ? (w as Wide).text : ACCESS[code];
    if (access === undefined) return undefined;
    if (w instanceof Wide) return new LocatedValue(access, w.file, w.at[6], w.at[7], w.at[8], w.at[9]);
    const b = this.#base;
    const vs = at(b, this.#d1, 0);
    const ks = at(b, this.#d1, 1);
    return new LocatedValue(access, w, vs, vs + access.length, ks, ks + ACCESS_KEY);
  }
}

/** The settings a level declares (see readPolicy, readIdentitySync), by index: a setting keeps its name as one. */
const SETTING_NAMES: readonly string[] = [
  ...B2B_SETTINGS,
  ...OPAQUE_SETTINGS,
  'inboundTrust',
  'automaticUserConsentSettings',
  'invitationRedemptionIdentityProviderConfiguration',
  'identitySynchronization',
];
const IS_NULL = 0x100;

/**
 * A setting: its key's start and deltas for its key's end and its value (the key again when the value is null); its
 * name and whether it is null as one small integer.
 */
class Setting implements SettingDecl {
  readonly #kind: number;
  readonly #in: SourceFile | Wide;
  readonly #base: number;
  readonly #d: number;
  constructor(file: SourceFile, name: string, key: unknown, node: unknown, isNull: boolean) {
    const i = SETTING_NAMES.indexOf(name);
    // Every caller passes one of SETTING_NAMES: a name the format does not have would be a bug here, not in a file.
    if (i < 0) throw new Error(`not a setting: ${name}`);
    this.#kind = i | (isNull ? IS_NULL : 0);
    const a = offsetsOf(key);
    const b = offsetsOf(isNull ? key : node);
    const d = deltas(a[0], a[1], b[0], b[1]);
    this.#in = d < 0 ? new Wide(file, [a[0], a[1], b[0], b[1]]) : file;
    this.#base = d < 0 ? 0 : a[0];
    this.#d = d < 0 ? 0 : d;
  }
  get name(): string {
    return SETTING_NAMES[this.#kind & 0xff];
  }
  /** True when the value is `null`: the partner inherits it whole. */
  get isNull(): boolean {
    return (this.#kind & IS_NULL) !== 0;
  }
  get key(): Loc {
    const w = this.#in;
    if (w instanceof Wide) return w.loc(0);
    return { file: w, start: this.#base, end: at(this.#base, this.#d, 0) };
  }
  get loc(): Loc {
    const w = this.#in;
    if (w instanceof Wide) return w.loc(1);
    return { file: w, start: at(this.#base, this.#d, 1), end: at(this.#base, this.#d, 2) };
  }
  /** The file the setting is written in. */
  protected get file(): SourceFile {
    const w = this.#in;
    return w instanceof Wide ? w.file : w;
  }
  /** Its key's start, what a subclass packs its own places from; -1 when its places are kept whole (Wide). */
  protected get origin(): number {
    return this.#in instanceof Wide ? -1 : this.#base;
  }
}

/**
 * The settings that hold more than a name and two places, with every field they may get declared up front: a field
 * added to an object after it is made costs the object a separate property store.
 */
class B2BSetting extends Setting {
  usersAndGroups: TargetListDecl | undefined = undefined;
  applications: TargetListDecl | undefined = undefined;
}

/** A B2B setting with `devices` written (Graph has it on `tenantRestrictions`): the others keep no field for it. */
class DevicesSetting extends B2BSetting {
  devices: Located<unknown> | undefined = undefined;
}

/**
 * A trust or consent member as its setting keeps it (a large repository has tens of thousands of them: a LocatedFlag
 * each was 48 bytes, 3.6 MB at 50,000 partners): one small integer (a smi, < 2^30) packing its places from the
 * setting's key start (`origin`), with its Located<boolean> made when read. Bits 0-9: the member key's start from the
 * setting's key start; 10-19: the value's start from the member key's start; 20-28: the key's length; 29: the value.
 * The value's end follows from the value: `true` (or `True`, `TRUE`) is 4 characters, `false` 5. A member whose
 * places do not fit (a value written elsewhere and reached through an alias or a merge key, a key far from its
 * setting, a setting kept Wide, a value written with another length, e.g. with a tag) is kept as a LocatedFlag, the
 * rare case; a member not declared is undefined.
 */
type PackedFlag = number | LocatedFlag | undefined;
const FLAG_KEY_LENGTH = 20;
const FLAG_VALUE = 1 << 29;
const writtenLength = (value: boolean): number => (value ? 4 : 5);

/** A member's places packed from `origin` (see PackedFlag): value node [s0, e0], key node [s1, e1]; -1 when they do not fit. */
function packFlag(value: boolean, origin: number, s0: number, e0: number, s1: number, e1: number): number {
  const keyAt = s1 - origin;
  const valueAt = s0 - s1;
  const keyLength = e1 - s1;
  const fits = origin >= 0 && (keyAt | valueAt | keyLength) >= 0 && keyAt <= SPAN && valueAt <= SPAN && keyLength <= KEY_SPAN && e0 - s0 === writtenLength(value);
  return fits ? keyAt | (valueAt << 10) | (keyLength << FLAG_KEY_LENGTH) | (value ? FLAG_VALUE : 0) : -1;
}

/** The Located<boolean> of a member packed by packFlag from `origin` in `file`. */
function unpackFlag(packed: number, file: SourceFile, origin: number): LocatedFlag {
  const value = (packed & FLAG_VALUE) !== 0;
  const keyStart = origin + (packed & SPAN);
  const valueStart = keyStart + ((packed >>> 10) & SPAN);
  return new LocatedFlag(value, file, valueStart, valueStart + writtenLength(value), keyStart, keyStart + ((packed >>> FLAG_KEY_LENGTH) & KEY_SPAN));
}

/**
 * `inboundTrust` and `automaticUserConsentSettings`: each member a field of the setting itself named after it, holding
 * its PackedFlag; `members` reads them by name, each made when read.
 */
abstract class FlagsSetting<M extends string> extends Setting implements FlagsDecl<M> {
  /** Keeps member `m` declared with `value` at value node [s0, e0] and key node [s1, e1], unless it is kept already (the first wins). */
  declare(m: M, value: boolean, s0: number, e0: number, s1: number, e1: number): void {
    const flags = fieldsOf(this);
    if (flags[m] !== undefined) return;
    const packed = packFlag(value, this.origin, s0, e0, s1, e1);
    flags[m] = packed >= 0 ? packed : new LocatedFlag(value, this.file, s0, e0, s1, e1);
  }
  /** Member `m`, made from its packed places; undefined when the level does not declare it. */
  member(m: M): Located<boolean> | undefined {
    const f = fieldsOf(this)[m];
    return typeof f === 'number' ? unpackFlag(f, this.file, this.origin) : f;
  }
  /** The members by name: a view made on each read, kept by no one (see Members). */
  get members(): Partial<Record<M, Located<boolean>>> {
    return new Members(this as FlagsSetting<string>) as Partial<Record<M, Located<boolean>>>;
  }
}

/**
 * The member fields a flags setting's class declares, by name: the only keys ever read or written are a member's own
 * name. (A function, not a private accessor: a class with private methods or accessors marks each of its objects with
 * a brand, 8 bytes more each.)
 */
function fieldsOf<M extends string>(setting: FlagsSetting<M>): Record<M, PackedFlag> {
  return setting as unknown as Record<M, PackedFlag>;
}

class TrustSetting extends FlagsSetting<TrustMember> {
  isMfaAccepted: PackedFlag = undefined;
  isCompliantDeviceAccepted: PackedFlag = undefined;
  isHybridAzureADJoinedDeviceAccepted: PackedFlag = undefined;
}

class ConsentSetting extends FlagsSetting<ConsentMember> {
  inboundAllowed: PackedFlag = undefined;
  outboundAllowed: PackedFlag = undefined;
}

/**
 * What a flags setting's `members` is: a getter for each trust and consent member on the prototype, making the member
 * when read (undefined for one its setting does not have), and as JSON the record of the members declared, `{ value }`
 * each, as the setting's own fields were.
 */
const MEMBER_NAMES: readonly string[] = [...TRUST_MEMBERS, ...CONSENT_MEMBERS];
class Members {
  readonly #of: FlagsSetting<string>;
  constructor(of: FlagsSetting<string>) {
    this.#of = of;
  }
  toJSON(): Record<string, Located<boolean>> {
    const out: Record<string, Located<boolean>> = {};
    for (const m of MEMBER_NAMES) {
      const v = this.#of.member(m);
      if (v) out[m] = v;
    }
    return out;
  }
  static {
    for (const m of MEMBER_NAMES) {
      Object.defineProperty(Members.prototype, m, {
        get(this: Members): Located<boolean> | undefined {
          return this.#of.member(m);
        },
      });
    }
  }
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
 * Values that are words of the file format (keywords, target types, access types, clouds, licences), and the IDs of
 * the well-known apps (the same few GUIDs in many partners' app lists): one string each in the model, not one per
 * place it is written.
 */
const KNOWN_APP_IDS: readonly string[] = Object.values(APPS).map((a) => a.id);
const WORDS = new Map<string, string>(
  [...KEYWORDS, 'user', 'group', 'application', 'allowed', 'blocked', ...CLOUDS, 'free', 'p1', 'p2', ...KNOWN_APP_IDS].map((w) => [w, w]),
);

/** Whether a string can be a word (see WORDS): at most 16 characters, or a known app's ID (a lower-case GUID). */
const wordLength = (n: number): boolean => n <= 16 || n === 36;

/** A string value, shared when it is a word of the format or a well-known app's ID (written in many partners' lists). */
function word(v: string): string {
  return wordLength(v.length) ? (WORDS.get(v) ?? v) : v;
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

function readTargetList(file: SourceFile, setting: ListSetting, half: ListHalf, pair: { key: unknown; value: unknown }): TargetListDecl | undefined {
  const node = valueOf(file, pair);
  if (!isMap(node)) return undefined;
  let access: ReadAccess | undefined;
  const ap = getPair(node, 'accessType');
  if (ap) {
    const v = valueOf(file, ap);
    const value = scalarValue(v);
    if (typeof value === 'string') access = { value: ownText(file, v ?? ap.key, word(value)), node: v ?? ap.key, key: ap.key };
  }
  const tPair = getPair(node, 'targets');
  let targets: TargetDecl[] | undefined;
  if (tPair) {
    const seq = valueOf(file, tPair);
    if (isSeq(seq)) {
      const found: TargetDecl[] = [];
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
            const read: ReadValue = { value: ownText(file, v, word(v.value)), node: v, key: p.key };
            if (k === 'target') target ??= read;
            else type ??= read;
          }
        }
        if (!target) continue;
        found.push(new Target(file, item, target, type, label));
      }
      // An exact-size copy: an array grown by push keeps room for 16 more elements (a large repository has hundreds
      // of thousands of target lists).
      targets = found.slice();
    }
  }
  return new TargetList(file, setting, half, pair.key, node, access, tPair, targets);
}

function settingDecl(file: SourceFile, name: string, pair: { key: unknown; value: unknown }): SettingDecl;
function settingDecl<S extends Setting>(file: SourceFile, name: string, pair: { key: unknown; value: unknown }, kind: SettingClass<S>): S;
function settingDecl(file: SourceFile, name: string, pair: { key: unknown; value: unknown }, kind: SettingClass<Setting> = Setting): Setting {
  const node = valueOf(file, pair);
  const isNull = node === null || node === undefined || (isScalar(node) && node.value === null);
  return new kind(file, name, pair.key, node, isNull);
}

function readFlags<M extends string>(file: SourceFile, name: string, pair: { key: unknown; value: unknown }, members: readonly M[], kind: SettingClass<FlagsSetting<M>>): FlagsDecl<M> {
  const node = valueOf(file, pair);
  const flags = settingDecl(file, name, pair, kind);
  if (!isMap(node)) return flags;
  for (const p of node.items) {
    const k = isScalar(p.key) ? p.key.value : undefined;
    // Only a member's own name is written (a field the setting has): never a key of the file's choosing.
    if (typeof k !== 'string' || !(members as readonly string[]).includes(k)) continue;
    const v = deref(file.doc, p.value);
    if (isScalar(v) && typeof v.value === 'boolean') {
      const a = offsetsOf(v);
      const b = offsetsOf(p.key);
      flags.declare(k as M, v.value, a[0], a[1], b[0], b[1]);
    }
  }
  return flags;
}

/** One frozen empty record for every level that declares none of a kind (most partners declare a few settings). */
const NONE: Readonly<Record<string, never>> = Object.freeze({});
const NO_LISTS: readonly TargetListDecl[] = Object.freeze([]);

/** What few levels declare, kept apart from the declarations most have: made only when one of them is written. */
interface RareDecl {
  opaque: PolicyDecl['opaque'];
  readOnly: PolicyDecl['readOnly'];
  blockServiceProviderOutboundAccess: Located<boolean | null> | undefined;
  invitationRedemption: RedemptionDecl | undefined;
  /** The level's target lists, when they are not just its B2B settings' (see b2bLists): a list of another setting. */
  lists: TargetListDecl[] | undefined;
}

/**
 * The target lists of a level's B2B settings in the order it declares them, each setting's `usersAndGroups` before its
 * `applications`: the order readPolicy finds them in, so a level with no other lists keeps no array of them.
 */
function b2bLists(b2b: PolicyDecl['b2b']): TargetListDecl[] {
  let out: TargetListDecl[] | undefined;
  for (const name in b2b) {
    const s = b2b[name as B2BSettingName];
    if (s?.usersAndGroups) (out ??= []).push(s.usersAndGroups);
    if (s?.applications) (out ??= []).push(s.applications);
  }
  return out ?? (NO_LISTS as TargetListDecl[]);
}

/** Whether `lists` are what b2bLists derives from `b2b`, in its order. */
function areB2BLists(lists: readonly TargetListDecl[], b2b: PolicyDecl['b2b']): boolean {
  let i = 0;
  for (const name in b2b) {
    const s = b2b[name as B2BSettingName];
    if (s?.usersAndGroups && lists[i++] !== s.usersAndGroups) return false;
    if (s?.applications && lists[i++] !== s.applications) return false;
  }
  return i === lists.length;
}

/** What one level declares (see PolicyDecl): the common settings as fields, the rare ones in one record or none. */
class Policy implements PolicyDecl {
  readonly b2b: PolicyDecl['b2b'];
  readonly inboundTrust: FlagsDecl<TrustMember> | undefined;
  readonly automaticUserConsentSettings: FlagsDecl<ConsentMember> | undefined;
  readonly #rare: RareDecl | undefined;
  constructor(b2b: PolicyDecl['b2b'], trust: FlagsDecl<TrustMember> | undefined, consent: FlagsDecl<ConsentMember> | undefined, rare: RareDecl | undefined) {
    this.b2b = b2b;
    this.inboundTrust = trust;
    this.automaticUserConsentSettings = consent;
    this.#rare = rare;
  }
  /** Every target list declared at this level, in document order (a new array each time, made from its settings). */
  get lists(): TargetListDecl[] {
    return this.#rare?.lists ?? b2bLists(this.b2b);
  }
  get opaque(): PolicyDecl['opaque'] {
    return this.#rare?.opaque ?? NONE;
  }
  get readOnly(): PolicyDecl['readOnly'] {
    return this.#rare?.readOnly ?? NONE;
  }
  get blockServiceProviderOutboundAccess(): Located<boolean | null> | undefined {
    return this.#rare?.blockServiceProviderOutboundAccess;
  }
  get invitationRedemption(): RedemptionDecl | undefined {
    return this.#rare?.invitationRedemption;
  }
}

/**
 * A level's B2B settings as kept: none shared, one (most partners) in a literal of its own key (one field, where a
 * record filled key by key has room for four), else the record as read.
 */
function b2bRecord(b2b: PolicyDecl['b2b']): PolicyDecl['b2b'] {
  let only: B2BSettingName | undefined;
  for (const name in b2b) {
    if (only !== undefined) return b2b;
    only = name as B2BSettingName;
  }
  if (only === undefined) return NONE;
  const s = b2b[only];
  switch (only) {
    case 'b2bCollaborationInbound':
      return { b2bCollaborationInbound: s };
    case 'b2bCollaborationOutbound':
      return { b2bCollaborationOutbound: s };
    case 'b2bDirectConnectInbound':
      return { b2bDirectConnectInbound: s };
    case 'b2bDirectConnectOutbound':
      return { b2bDirectConnectOutbound: s };
    case 'tenantRestrictions':
      return { tenantRestrictions: s };
  }
  return b2b;
}

const isEmpty = (o: object): boolean => {
  for (const _ in o) return false;
  return true;
};

/** Read what a `default:` map or a partner entry declares. */
export function readPolicy(file: SourceFile, map: unknown): PolicyDecl {
  if (!isMap(map)) return new Policy(NONE, undefined, undefined, undefined);
  const b2bs: PolicyDecl['b2b'] = {};
  const opaque: PolicyDecl['opaque'] = {};
  const readOnly: PolicyDecl['readOnly'] = {};
  const lists: TargetListDecl[] = [];
  let inboundTrust: FlagsDecl<TrustMember> | undefined;
  let consent: FlagsDecl<ConsentMember> | undefined;
  let gdap: Located<boolean | null> | undefined;
  let redemption: RedemptionDecl | undefined;
  for (const [key, pair] of mapPairs(map)) {
    if ((B2B_SETTINGS as readonly string[]).includes(key)) {
      const name = key as B2BSettingName;
      const node = valueOf(file, pair);
      const dev = getPair(node, 'devices');
      const withDevices = dev && !(isScalar(dev.value) && dev.value.value === null);
      const b2b = withDevices ? settingDecl(file, name, pair, DevicesSetting) : settingDecl(file, name, pair, B2BSetting);
      for (const half of ['usersAndGroups', 'applications'] as const) {
        const hp = getPair(node, half);
        if (!hp) continue;
        const list = readTargetList(file, name, half, hp);
        if (list) {
          b2b[half] = list;
          lists.push(list);
        }
      }
      if (withDevices && b2b instanceof DevicesSetting) b2b.devices = located(true, file, dev.value ?? dev.key, dev.key);
      b2bs[name] = b2b as B2BDecl;
    } else if (key === 'inboundTrust') {
      inboundTrust = readFlags(file, key, pair, TRUST_MEMBERS, TrustSetting);
    } else if (key === 'automaticUserConsentSettings') {
      consent = readFlags(file, key, pair, CONSENT_MEMBERS, ConsentSetting);
    } else if (key === 'blockServiceProviderOutboundAccess') {
      const v = readLocated(file, map, key, isBoolOrNull);
      if (v) gdap = v;
    } else if ((OPAQUE_SETTINGS as readonly string[]).includes(key)) {
      const name = key as OpaqueSettingName;
      const node = valueOf(file, pair);
      const s = settingDecl(file, name, pair, OpaqueSetting);
      s.value = isMap(node) ? plainData(node) : null;
      opaque[name] = s;
      if (isMap(node)) {
        for (const half of ['users', 'usersAndGroups', 'applications'] as const) {
          const hp = getPair(node, half);
          if (!hp) continue;
          const list = readTargetList(file, name, half, hp);
          if (list) lists.push(list);
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
      redemption = r;
    } else if ((READ_ONLY as readonly string[]).includes(key)) {
      const node = valueOf(file, pair);
      readOnly[key as ReadOnlyName] = located(scalarValue(node), file, node ?? pair.key, pair.key);
    }
  }
  // Empty records shared; the rare declarations in a record only when there is one; the target lists kept only when
  // they are not the B2B settings' own (an exact-size copy: the model is read-only once built).
  const noOpaque = isEmpty(opaque);
  const noReadOnly = isEmpty(readOnly);
  const ownLists = areB2BLists(lists, b2bs) ? undefined : lists.slice();
  const rare: RareDecl | undefined =
    noOpaque && noReadOnly && gdap === undefined && redemption === undefined && ownLists === undefined
      ? undefined
      : { opaque: noOpaque ? NONE : opaque, readOnly: noReadOnly ? NONE : readOnly, blockServiceProviderOutboundAccess: gdap, invitationRedemption: redemption, lists: ownLists };
  return new Policy(b2bRecord(b2bs), inboundTrust, consent, rare);
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
