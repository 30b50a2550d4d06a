/**
 * Compiles organization policies' `where` and `assert` JSON Schemas (draft-07) with ajv, once per run. Loaded only
 * when a configuration declares policies (the CLI imports this module lazily; in dist/ it is a bundle of its own), so
 * a plain lint does not pay for ajv's compiler.
 *
 * A configuration may come from a fork's pull request, so a policy may not reach anything: no remote `$ref` (only
 * local `#…` references), no `loadSchema`, no `$data`, no formats that call out, and bounded cost — at most
 * MAX_SCHEMA_NODES nodes and MAX_SCHEMA_DEPTH levels per schema, and regular expressions without the shapes that
 * backtrack badly (a quantifier over a group that holds a quantifier or an alternation, back-references, more than
 * MAX_UNBOUNDED_QUANTIFIERS unbounded quantifiers).
 */
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import { unknownPlaceholders } from './placeholders.js';
import type { CompiledPolicy, PolicySpec, SchemaCheck } from '../engine/policies.js';

export const MAX_SCHEMA_NODES = 5000;
export const MAX_SCHEMA_DEPTH = 32;
export const MAX_PATTERN_LENGTH = 256;
export const MAX_UNBOUNDED_QUANTIFIERS = 2;

/** A policy id: `<prefix>/<name>`, each part lower-case kebab-case. */
export const POLICY_ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;

export class PolicyError extends Error {}

/** Why a regular expression may cost more than near-linear time, or undefined when it looks safe. */
export function riskyPattern(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `longer than ${MAX_PATTERN_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(pattern)) return 'uses a back-reference';
  if (/\(\?<[=!]/.test(pattern)) return 'uses a look-behind';
  // Walk the pattern: for each group, whether it holds a quantifier or an alternation; a quantifier right after such
  // a group is nested (star height 2), the shape of catastrophic backtracking.
  const stack: Array<{ risky: boolean }> = [];
  let unbounded = 0;
  let lastGroupRisky = false;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      lastGroupRisky = false;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      lastGroupRisky = false;
      continue;
    }
    if (c === '(') {
      stack.push({ risky: false });
      continue;
    }
    if (c === ')') {
      const g = stack.pop();
      lastGroupRisky = g?.risky ?? false;
      if (g?.risky && stack.length) stack[stack.length - 1].risky = true;
      continue;
    }
    if (c === '|') {
      if (stack.length) stack[stack.length - 1].risky = true;
      continue;
    }
    const quant = c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(,\d*)?\}/.test(pattern.slice(i)));
    if (quant) {
      const isUnbounded = c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/.test(pattern.slice(i)));
      const big = c === '{' && /^\{\d+,(\d+)\}/.exec(pattern.slice(i));
      if (isUnbounded || (big && Number(big[1]) > 100)) unbounded++;
      if (lastGroupRisky && c !== '?') return 'repeats a group that itself repeats or alternates (nested quantifiers)';
      if (stack.length && c !== '?') stack[stack.length - 1].risky = true;
      if (c === '{') i = pattern.indexOf('}', i);
      lastGroupRisky = false;
      continue;
    }
    lastGroupRisky = false;
  }
  if (unbounded > MAX_UNBOUNDED_QUANTIFIERS) return `has more than ${MAX_UNBOUNDED_QUANTIFIERS} unbounded quantifiers`;
  return undefined;
}

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
        if (k === 'pattern' && typeof x === 'string') {
          const why = riskyPattern(x);
          if (why) throw new PolicyError(`${what}: the pattern ${JSON.stringify(x.slice(0, 60))} ${why}; its cost on hostile input would not be bounded`);
        }
        if (k === 'patternProperties' && x && typeof x === 'object') {
          for (const p of Object.keys(x)) {
            const why = riskyPattern(p);
            if (why) throw new PolicyError(`${what}: the pattern ${JSON.stringify(p.slice(0, 60))} ${why}; its cost on hostile input would not be bounded`);
          }
        }
      }
      const schemaMap = !data && (k === 'properties' || k === 'patternProperties' || k === 'definitions' || k === '$defs' || k === 'dependencies');
      walk(x, depth + 1, data ? undefined : k, schemaMap);
    }
  };
  walk(schema, 0, undefined, false);
  const cycle = refCycle(schema);
  if (cycle) throw new PolicyError(`${what}: $ref ${JSON.stringify(cycle)} refers to itself (recursive references are not allowed: the effective view is not recursive)`);
}

/** Every `$ref` string in a subschema (values of `const`/`enum` are data and skipped). */
function refsUnder(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const x of node) refsUnder(x, out);
  } else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else if (k !== 'const' && k !== 'enum' && k !== 'default' && k !== 'examples') refsUnder(v, out);
    }
  }
  return out;
}

/** The subschema a local `#/a/b` reference points at (RFC 6901), or undefined. */
function resolveRef(schema: unknown, ref: string): unknown {
  let node = schema;
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
 * A `$ref` that can reach itself, or undefined. Recursive references are refused outright: one that does not descend
 * into the data (`a` → `b` → `a`) would recurse without end at validation time.
 */
function refCycle(schema: unknown): string | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (ref: string): string | undefined => {
    const s = state.get(ref);
    if (s === 'open') return ref;
    if (s === 'done') return undefined;
    state.set(ref, 'open');
    for (const next of refsUnder(resolveRef(schema, ref))) {
      const found = visit(next);
      if (found) return found;
    }
    state.set(ref, 'done');
    return undefined;
  };
  for (const ref of refsUnder(schema)) {
    const found = visit(ref);
    if (found) return found;
  }
  return undefined;
}

let shared: Ajv | undefined;

function ajv(): Ajv {
  shared ??= new Ajv({
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
  });
  return shared;
}

function compileOne(schema: unknown, what: string): SchemaCheck {
  checkSchema(schema, what);
  try {
    const v = ajv().compile(schema as object | boolean);
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
