/**
 * Compiles organization policies' `where` and `assert` JSON Schemas (draft-07) with ajv, once per run. Loaded only
 * when a configuration declares policies (the CLI imports this module lazily; in dist/ it is a bundle of its own), so
 * a plain lint does not pay for ajv's compiler.
 *
 * A configuration may come from a fork's pull request, so a policy may not reach anything: no remote `$ref` (only
 * local `#…` references), no `loadSchema`, no `$data`, no formats that call out, and bounded cost — at most
 * MAX_SCHEMA_NODES nodes and MAX_SCHEMA_DEPTH levels per schema, no recursive `$ref` and at most MAX_EXPANDED_NODES
 * nodes with every `$ref` expanded, `uniqueItems` only over scalar items (ajv's linear check, made exact by
 * UNIQUE_SCALARS), and every regular expression run by RE2 (re2js, linear time in the input whatever the pattern)
 * instead of JavaScript's backtracking engine.
 */
import { Ajv } from 'ajv';
import type { CodeOptions, ErrorObject, SchemaValidateFunction } from 'ajv';
import { RE2JS } from 're2js';
import { unknownPlaceholders } from './placeholders.js';
import type { CompiledPolicy, PolicySpec, SchemaCheck } from '../engine/policies.js';

export const MAX_SCHEMA_NODES = 5000;
export const MAX_SCHEMA_DEPTH = 32;
export const MAX_PATTERN_LENGTH = 256;
/** At most this many schema nodes once every local `$ref` is expanded in place (a `$ref` fan-out is exponential). */
export const MAX_EXPANDED_NODES = 10_000;
/** At most this many `$ref`s followed one inside another. */
export const MAX_REF_DEPTH = 32;
/** Types whose `uniqueItems` check ajv runs in linear time (a map of seen values) rather than comparing every pair. */
const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null']);
/**
 * Our keyword beside every `uniqueItems: true`: ajv's linear check keeps the items it has seen as keys of a plain
 * object, so a repeated `"__proto__"` (with several item types, a repeated `"__proto"`, to which it appends `_`)
 * passes as unique. This one checks the same scalar items again with a Map.
 */
const UNIQUE_SCALARS = 'xtapUniqueScalars';

/** A policy id: `<prefix>/<name>`, each part lower-case kebab-case. */
export const POLICY_ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;

export class PolicyError extends Error {}

/** Size, depth, references and patterns of a schema; throws PolicyError naming the first problem. */
function checkSchema(schema: unknown, what: string): void {
  if (typeof schema === 'boolean') return;
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) throw new PolicyError(`${what} must be a JSON Schema (a map or true/false)`);
  let nodes = 0;
  const walk = (v: unknown, depth: number, key: string | undefined, parentIsSchemaMap: boolean): void => {
    if (++nodes > MAX_SCHEMA_NODES) throw new PolicyError(`${what} is too large (more than ${MAX_SCHEMA_NODES} nodes)`);
    if (depth > MAX_SCHEMA_DEPTH) throw new PolicyError(`${what} is nested deeper than ${MAX_SCHEMA_DEPTH} levels`);
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1, undefined, false);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      // Inside `properties`, `const`, `enum`, `default`, `examples` keys and values are data, not keywords.
      const data = parentIsSchemaMap || key === 'const' || key === 'enum' || key === 'default' || key === 'examples';
      if (!data) {
        if ((k === '$ref' || k === '$recursiveRef' || k === '$dynamicRef') && !(typeof x === 'string' && /^#(\/|$)/.test(x))) {
          throw new PolicyError(`${what}: ${k} ${JSON.stringify(x)} is not a local reference (only "#/…" is allowed: policies read no files or network)`);
        }
        if (k === '$id') throw new PolicyError(`${what}: $id is not allowed (policies are self-contained)`);
        if (k === '$data') throw new PolicyError(`${what}: $data is not allowed`);
        if (k === 'pattern' && typeof x === 'string') checkPattern(x, what);
        if (k === 'patternProperties' && x && typeof x === 'object') for (const p of Object.keys(x)) checkPattern(p, what);
        if (k === 'uniqueItems' && x === true && !linearUniqueItems(v)) {
          throw new PolicyError(`${what}: uniqueItems needs items with a scalar type in the same schema (e.g. { uniqueItems: true, items: { type: string } }): comparing items of any other kind costs quadratic time on a long list`);
        }
      }
      const schemaMap = !data && (k === 'properties' || k === 'patternProperties' || k === 'definitions' || k === '$defs' || k === 'dependencies');
      walk(x, depth + 1, data ? undefined : k, schemaMap);
    }
  };
  walk(schema, 0, undefined, false);
  checkRefs(schema, what);
}

/** Whether ajv checks this schema's `uniqueItems` in linear time: `items` is one schema whose `type` is scalar. */
function linearUniqueItems(schema: object): boolean {
  const items: unknown = Object.hasOwn(schema, 'items') ? (schema as Record<string, unknown>).items : undefined;
  if (items === null || typeof items !== 'object' || Array.isArray(items)) return false;
  const type: unknown = Object.hasOwn(items, 'type') ? (items as Record<string, unknown>).type : undefined;
  const types = Array.isArray(type) ? type : [type];
  return types.length > 0 && types.every((t) => typeof t === 'string' && SCALAR_TYPES.has(t));
}

/** The keys of a schema object whose values are maps of schemas. */
const SCHEMA_MAP_KEYS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);

/**
 * A copy of a schema with UNIQUE_SCALARS beside every `uniqueItems: true` keyword (not in data: `const`, `enum`,
 * `default`, `examples`, nor a property named `uniqueItems`). Own keys are defined, never assigned, so a key
 * `__proto__` stays a key.
 */
function withExactUniqueItems(v: unknown, schemaMap = false): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => withExactUniqueItems(x));
  const entries = Object.entries(v).map(([k, x]): [string, unknown] => {
    if (schemaMap) return [k, withExactUniqueItems(x)];
    if (DATA_KEYS.has(k)) return [k, x];
    return [k, withExactUniqueItems(x, SCHEMA_MAP_KEYS.has(k))];
  });
  if (!schemaMap && Object.hasOwn(v, 'uniqueItems') && (v as Record<string, unknown>).uniqueItems === true) entries.push([UNIQUE_SCALARS, true]);
  return Object.fromEntries(entries);
}

/** The key of a scalar item for UNIQUE_SCALARS (a string is never the number or boolean it spells), or undefined. */
function scalarKey(item: unknown): string | undefined {
  if (item === null) return 'null';
  switch (typeof item) {
    case 'string':
      return `s${item}`;
    case 'number':
      return `n${String(item)}`;
    case 'boolean':
      return `b${String(item)}`;
    default:
      return undefined;
  }
}

/** UNIQUE_SCALARS' check: the first repeated scalar item is an error worded as ajv's `uniqueItems`. */
const uniqueScalars: SchemaValidateFunction = (on: unknown, data: unknown): boolean => {
  uniqueScalars.errors = [];
  if (on !== true || !Array.isArray(data)) return true;
  const seen = new Map<string, number>();
  for (const [i, item] of data.entries()) {
    const key = scalarKey(item);
    if (key === undefined) continue;
    const j = seen.get(key);
    if (j !== undefined) {
      uniqueScalars.errors = [{ keyword: 'uniqueItems', params: { i: j, j: i }, message: `must NOT have duplicate items (items ## ${j} and ${i} are identical)` }];
      return false;
    }
    seen.set(key, i);
  }
  return true;
};

/** JavaScript's `\uXXXX` escape written the way RE2 spells it (`\x{XXXX}`); everything else unchanged. */
function toRe2Syntax(pattern: string): string {
  return pattern.replace(/\\(\\|u([0-9a-fA-F]{4}))/g, (m: string, _: string, hex: string | undefined) => (hex ? `\\x{${hex}}` : m));
}

/** A pattern compiled for RE2 (linear time in the input, whatever the pattern), or a PolicyError. */
function compilePattern(pattern: string): RE2JS {
  return RE2JS.compile(toRe2Syntax(pattern));
}

function checkPattern(pattern: string, what: string): void {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new PolicyError(`${what}: the pattern ${JSON.stringify(pattern.slice(0, 60))} is longer than ${MAX_PATTERN_LENGTH} characters`);
  try {
    compilePattern(pattern);
  } catch (err) {
    const why = ((err as Error).message ?? '').split('\n')[0].replace(/^error parsing regexp: /, '');
    throw new PolicyError(`${what}: the pattern ${JSON.stringify(pattern.slice(0, 60))} is not supported (${why}): patterns run on RE2, a linear-time engine without back-references or look-around`);
  }
}

/**
 * ajv's `code.regExp`: every `pattern`, `patternProperties` key and `propertyNames` pattern runs on RE2JS, whose
 * matching is linear in the input whatever the pattern (no backtracking), so no pattern can hang a run.
 */
export const re2RegExp: NonNullable<CodeOptions['regExp']> = Object.assign(
  (pattern: string): { test: (s: string) => boolean; toString: () => string } => {
    const re = compilePattern(pattern);
    return { test: (s: string) => re.test(s), toString: () => `re2:${pattern}` };
  },
  { code: 're2' },
);

/** Whether a key of a schema object holds data (its values are not schemas and hold no keywords). */
const DATA_KEYS = new Set(['const', 'enum', 'default', 'examples']);

/** The subschema a local `#/a/b` reference points at (RFC 6901, URI-decoded), or undefined. */
function resolveRef(root: unknown, ref: string): unknown {
  let node = root;
  for (const raw of ref.replace(/^#/, '').split('/').slice(1)) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    } catch {
      return undefined;
    }
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, seg)) return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

/**
 * Refuse a reference graph that would make validation recurse without end (a `$ref` that can reach itself) or cost
 * exponential work (`$ref`s that fan out: `d0 → d1, d1`, `d1 → d2, d2`, …). The size of the schema with every
 * `$ref` expanded in place is computed with memoization (each subschema once), so this check itself is linear.
 */
function checkRefs(root: unknown, what: string): void {
  const size = new Map<object, number>();
  const open = new Set<object>();
  const cap = MAX_EXPANDED_NODES + 1;
  const visit = (node: unknown, schemaMap: boolean, refDepth: number): number => {
    if (node === null || typeof node !== 'object') return 1;
    const known = size.get(node);
    if (known !== undefined) return known;
    open.add(node);
    let n = 1;
    for (const [k, x] of Object.entries(node)) {
      if (!schemaMap && !Array.isArray(node) && DATA_KEYS.has(k)) {
        n += 1;
        continue;
      }
      if (!schemaMap && !Array.isArray(node) && k === '$ref' && typeof x === 'string') {
        const target = resolveRef(root, x);
        if (target !== null && typeof target === 'object') {
          if (open.has(target)) throw new PolicyError(`${what}: $ref ${JSON.stringify(x)} refers to itself (recursive references are not allowed: the effective view is not recursive, and validation would not end)`);
          if (refDepth >= MAX_REF_DEPTH) throw new PolicyError(`${what}: $ref ${JSON.stringify(x)} is reached through more than ${MAX_REF_DEPTH} references one inside another`);
          n += visit(target, false, refDepth + 1);
        }
        n += 1;
      } else {
        const map = !schemaMap && !Array.isArray(node) && (k === 'properties' || k === 'patternProperties' || k === 'definitions' || k === '$defs' || k === 'dependencies');
        n += visit(x, map, refDepth);
      }
      if (n > cap) n = cap;
    }
    open.delete(node);
    if (n >= cap) throw new PolicyError(`${what}: with its $ref expanded the schema has more than ${MAX_EXPANDED_NODES} nodes (references that fan out cost exponential time); write the shared part once`);
    size.set(node, n);
    return n;
  };
  visit(root, false, 0);
}

let shared: Ajv | undefined;

function ajv(): Ajv {
  if (shared) return shared;
  shared = new Ajv({
    allErrors: false,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    validateFormats: false,
    logger: false,
    $data: false,
    addUsedSchema: false,
    inlineRefs: true,
    messages: true,
    code: { regExp: re2RegExp },
  });
  shared.addKeyword({ keyword: UNIQUE_SCALARS, type: 'array', schemaType: 'boolean', errors: true, validate: uniqueScalars });
  return shared;
}

function compileOne(schema: unknown, what: string): SchemaCheck {
  checkSchema(schema, what);
  try {
    const v = ajv().compile(withExactUniqueItems(schema) as object | boolean);
    const check: SchemaCheck = Object.assign((data: unknown) => {
      const ok = v(data);
      check.errors = (v.errors as ErrorObject[] | null | undefined) ?? null;
      return ok;
    }, { errors: null });
    return check;
  } catch (err) {
    const msg = (err as Error).message.split('\n')[0].replace(/^schema is invalid: /, '');
    throw new PolicyError(`${what} is not a valid JSON Schema: ${msg}`);
  }
}

/**
 * Check and compile every policy. Throws PolicyError with one line naming the policy: an id without `<prefix>/`,
 * a duplicate id, an unknown placeholder in `message`, an invalid or unsafe `where`/`assert`.
 */
export function compilePolicies(specs: readonly PolicySpec[]): CompiledPolicy[] {
  const seen = new Set<string>();
  const out: CompiledPolicy[] = [];
  for (const [i, spec] of specs.entries()) {
    const name = `policy ${JSON.stringify(spec.id)}${spec.source ? ` (${spec.source})` : ''}`;
    if (!POLICY_ID_RE.test(spec.id)) throw new PolicyError(`policy #${i + 1} ${JSON.stringify(spec.id)}${spec.source ? ` (${spec.source})` : ''}: the id must be <prefix>/<name> in lower-case kebab-case, e.g. contoso/direct-connect-approved-only`);
    if (seen.has(spec.id)) throw new PolicyError(`${name}: declared twice`);
    seen.add(spec.id);
    const unknown = unknownPlaceholders(spec.message);
    if (unknown.length) throw new PolicyError(`${name}: unknown placeholder {${unknown[0]}} in message (known: {partner}, {tenant}, {level})`);
    const compiled: CompiledPolicy = { spec, assert: compileOne(spec.assert, `${name}: assert`) };
    if (spec.where !== undefined) compiled.where = compileOne(spec.where, `${name}: where`);
    out.push(compiled);
  }
  return out;
}
