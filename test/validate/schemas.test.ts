import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCHEMAS = ['graph.schema.json', 'tenant.schema.json', 'partner.schema.json', 'config.schema.json'] as const;
const GENERATED = ['validators.js', 'validators.d.ts', 'schema-index.js', 'schema-index.d.ts'] as const;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const readSchema = (name: string): { [k: string]: Json } => JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8')) as { [k: string]: Json };

function isObject(v: Json | undefined): v is { [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every subschema with its JSON Pointer. */
function* subschemas(schema: Json, pointer = ''): Generator<[string, { [k: string]: Json }]> {
  if (!isObject(schema)) return;
  yield [pointer, schema];
  for (const kw of ['properties', '$defs'] as const) {
    const m = schema[kw];
    if (isObject(m)) for (const [k, v] of Object.entries(m)) yield* subschemas(v, `${pointer}/${kw}/${k}`);
  }
  for (const kw of ['items', 'additionalProperties', 'propertyNames'] as const) {
    const v = schema[kw];
    if (isObject(v)) yield* subschemas(v, `${pointer}/${kw}`);
  }
}

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [join(cwd, 'scripts', 'build-schemas.mjs'), ...args], { cwd, encoding: 'utf8' });
}

describe('schemas/*.schema.json', () => {
  it('compile in ajv strict mode as published (annotations included)', () => {
    const Ajv = AjvModule.default;
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    for (const name of SCHEMAS) ajv.addSchema(readSchema(name), name);
    for (const name of ['tenant.schema.json', 'partner.schema.json', 'config.schema.json']) expect(ajv.getSchema(name)).toBeTypeOf('function');
  });

  it('give every property a title and a description, for editors', () => {
    const missing: string[] = [];
    for (const name of SCHEMAS) {
      for (const [pointer, s] of subschemas(readSchema(name))) {
        if (!/\/properties\/[^/]+$/.test(pointer)) continue;
        if (typeof s.title !== 'string' || typeof s.description !== 'string') missing.push(`${name}#${pointer}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('close every object (additionalProperties: false) but the rules map, and never use anyOf/oneOf', () => {
    const open: string[] = [];
    for (const name of SCHEMAS) {
      for (const [pointer, s] of subschemas(readSchema(name))) {
        expect(s.anyOf ?? s.oneOf ?? s.allOf).toBeUndefined();
        if (isObject(s.properties) && s.additionalProperties !== false) open.push(`${name}#${pointer}`);
      }
    }
    expect(open).toEqual([]);
  });

  it('bound every array and string', () => {
    const unbounded: string[] = [];
    for (const name of SCHEMAS) {
      for (const [pointer, s] of subschemas(readSchema(name))) {
        const types = Array.isArray(s.type) ? s.type : [s.type];
        if (types.includes('array') && typeof s.maxItems !== 'number') unbounded.push(`${name}#${pointer}`);
        if (types.includes('string') && s.enum === undefined && s.pattern === undefined && typeof s.maxLength !== 'number') unbounded.push(`${name}#${pointer}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('keep every Graph enumeration complete, with unknownFutureValue', () => {
    const defs = readSchema('graph.schema.json').$defs as { [k: string]: { enum: Json[] } };
    expect(defs.crossTenantAccessPolicyTargetConfigurationAccessType.enum).toEqual(['allowed', 'blocked', 'unknownFutureValue', null]);
    expect(defs.crossTenantAccessPolicyTargetType.enum).toEqual(['user', 'group', 'application', 'unknownFutureValue', null]);
    expect(defs.b2bIdentityProvidersType.enum).toEqual([
      'azureActiveDirectory',
      'externalFederation',
      'socialIdentityProviders',
      'emailOneTimePasscode',
      'microsoftAccount',
      'defaultConfiguredIdp',
      'unknownFutureValue',
    ]);
  });
});

describe('scripts/build-schemas.mjs', () => {
  it('--check passes on the committed generated files', () => {
    const r = run(['--check'], root);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('is deterministic, and --check fails with one line on stderr when a generated file is stale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xtap-build-schemas-'));
    try {
      cpSync(join(root, 'scripts', 'build-schemas.mjs'), join(dir, 'scripts', 'build-schemas.mjs'));
      cpSync(join(root, 'schemas'), join(dir, 'schemas'), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
      const gen = join(dir, 'src', 'validate', 'generated');

      // Missing files are stale.
      let r = run(['--check'], dir);
      expect(r.status).toBe(1);

      mkdirSync(gen, { recursive: true });
      expect(run([], dir).status).toBe(0);
      const first = GENERATED.map((f) => readFileSync(join(gen, f), 'utf8'));
      expect(run([], dir).status).toBe(0);
      const second = GENERATED.map((f) => readFileSync(join(gen, f), 'utf8'));
      expect(second).toEqual(first);
      // Byte-identical to the committed files.
      expect(first).toEqual(GENERATED.map((f) => readFileSync(join(root, 'src', 'validate', 'generated', f), 'utf8')));
      expect(run(['--check'], dir).status).toBe(0);

      writeFileSync(join(gen, 'validators.js'), first[0] + '// edited\n');
      r = run(['--check'], dir);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('src/validate/generated/validators.js');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('emits ESM without require() calls', () => {
    const js = readFileSync(join(root, 'src', 'validate', 'generated', 'validators.js'), 'utf8');
    expect(js).not.toMatch(/\brequire\(/);
    expect(js).toMatch(/export const validateTenant\b/);
    expect(js).toMatch(/export const validatePartner\b/);
    expect(js).toMatch(/export const validateConfig\b/);
  });
});
