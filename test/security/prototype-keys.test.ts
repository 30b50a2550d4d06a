/**
 * Issue 11 item 2: keys and values named like Object.prototype members (`constructor`, `toString`, `valueOf`,
 * `hasOwnProperty`, `__proto__`) never crash or mislead. Every lookup keyed by text from a file uses a Map or an
 * own-property check; this sweep holds every stage to it.
 *
 * The positions come from the schema (src/validate/generated/schema-index.js): every map a declaration can hold
 * gets each name as an extra key (with `unknownFutureValue`, the value that crashed `unknown-future-value`), and
 * every scalar position (a `target:`, a `tenantId`, an enum, a boolean) gets each name as its value. Each document
 * runs through lint with every rule on, every output format, diff (both ways), explain, graph (every renderer) and
 * export; the CLI runs each name once through every command and format.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { parseDocument, isMap, isSeq, stringify, YAMLMap, YAMLSeq, Scalar } from 'yaml';
import type { Node } from 'yaml';
import { lintFiles, buildModel } from '../../src/engine/lint.js';
import { defaultConfig } from '../../src/config/config.js';
import { FORMATTERS } from '../../src/report/index.js';
import { RULES } from '../../rules/index.js';
import { diffModels, renderDiffJson, renderDiffMarkdown } from '../../src/intel/diff.js';
import { explainAccess, renderExplanation, ExplainError } from '../../src/intel/explain.js';
import { buildGraph, graphDot, graphJson, graphMermaid } from '../../src/intel/graph.js';
import { exportRequests, ExportRefusal } from '../../src/graph/export.js';
import { SCHEMA_INDEX } from '../../src/validate/generated/schema-index.js';
import type { SchemaShape } from '../../src/validate/generated/schema-index.js';
import type { FileResult, InputFile } from '../../src/types.js';
import { runCli, tempRepo } from '../helpers/cli.js';
import { canonical, dropAnnotations, dropNulls, sameSetting } from '../../src/graph/json.js';
import type { Json } from '../../src/graph/json.js';
import { canonicalJson } from '../../src/resolve/equal.js';

export const PROTO_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'] as const;

const TENANT_ID = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const PARTNER_ID = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';

const list = (user: string, app: string) => ({
  usersAndGroups: { accessType: 'allowed', targets: [{ target: user, targetType: 'user' }] },
  applications: { accessType: 'allowed', targets: [{ target: app, targetType: 'application' }] },
});

/** A document that states something at every level, so that every generated position exists or has a parent. */
function baseDoc(): Record<string, unknown> {
  const setting = () => list('AllUsers', 'AllApplications');
  return {
    tenant: { id: TENANT_ID, name: 'Contoso', domains: ['contoso.com'], cloud: 'commercial', license: 'p1', facts: { mfaRequiredForExternalUsers: true, mfaRegistrationPolicyExcludesGuests: true } },
    crossTenantAccessPolicy: { allowedCloudEndpoints: ['microsoftonline.us'] },
    default: { b2bCollaborationInbound: setting(), b2bDirectConnectInbound: setting(), inboundTrust: { isMfaAccepted: true } },
    partners: [
      {
        tenantId: PARTNER_ID,
        name: 'Fabrikam',
        cloud: 'commercial',
        license: 'p1',
        inboundTrust: { isMfaAccepted: true },
        automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: true },
        b2bCollaborationInbound: list('7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b', 'Office365'),
        b2bDirectConnectOutbound: setting(),
        identitySynchronization: { userSyncInbound: { isSyncAllowed: true } },
      },
    ],
  };
}

function resolveShape(s: SchemaShape | undefined): SchemaShape | undefined {
  let shape = s;
  for (let i = 0; shape?.ref !== undefined && i < 32; i++) shape = Object.prototype.hasOwnProperty.call(SCHEMA_INDEX.defs, shape.ref) ? SCHEMA_INDEX.defs[shape.ref] : undefined;
  return shape;
}

type Seg = string | number;

/** Every path of the schema (maps: `kind: 'map'`, leaves: `kind: 'leaf'`), lists entered at item 0, to a depth. */
export function schemaPaths(root: 'tenant' | 'partner'): Array<{ path: Seg[]; kind: 'map' | 'leaf' }> {
  const out: Array<{ path: Seg[]; kind: 'map' | 'leaf' }> = [];
  const walk = (shape: SchemaShape | undefined, path: Seg[]): void => {
    const s = resolveShape(shape);
    if (!s || path.length > 12) return;
    if (s.props) {
      out.push({ path, kind: 'map' });
      for (const [k, child] of Object.entries(s.props)) walk(child, [...path, k]);
    } else if (s.items) {
      walk(s.items, [...path, 0]);
    } else if (s.additional) {
      out.push({ path, kind: 'map' });
    } else {
      out.push({ path, kind: 'leaf' });
    }
  };
  walk(SCHEMA_INDEX.roots[root], []);
  return out;
}

/** Make `path` exist in the document (maps for names, one-item lists for indexes) and return its node. */
function ensure(doc: ReturnType<typeof parseDocument>, path: Seg[], leaf: unknown): Node {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    const fresh = (): Node => (last ? (leaf as Node) : typeof path[i + 1] === 'number' ? new YAMLSeq() : new YAMLMap());
    if (typeof seg === 'number') {
      if (!isSeq(node)) throw new Error(`not a list at ${path.slice(0, i).join('.')}`);
      if (node.items.length === 0 || last) node.items[0] = node.items.length && !last ? node.items[0] : fresh();
      node = node.items[0];
    } else {
      if (!isMap(node)) throw new Error(`not a map at ${path.slice(0, i).join('.')}`);
      const existing = node.get(seg, true);
      if (existing === undefined || existing === null || last || !(isMap(existing) || isSeq(existing))) {
        node.set(new Scalar(seg), last ? leaf : fresh());
      }
      node = node.get(seg, true);
    }
  }
  return node as Node;
}

/** The documents of the sweep: each name at each map as a key, and at each leaf as the value. */
export function protoDocuments(root: 'tenant' | 'partner', names: readonly string[] = PROTO_NAMES): Array<{ label: string; text: string }> {
  const docs: Array<{ label: string; text: string }> = [];
  const base = root === 'tenant' ? baseDoc() : { partners: (baseDoc().partners as unknown[]).slice(0, 1) };
  for (const { path, kind } of schemaPaths(root)) {
    // At a map, every name goes in as a key of the same map (one document); at a leaf, one name per document.
    for (const name of kind === 'map' ? [names.join(', ')] : names) {
      const doc = parseDocument(JSON.stringify(base));
      try {
        if (kind === 'map') {
          const node = path.length === 0 ? doc.contents : ensure(doc, path, new YAMLMap());
          if (!isMap(node)) continue;
          for (const n of names) node.set(new Scalar(n), new Scalar('unknownFutureValue'));
        } else {
          ensure(doc, path, new Scalar(name));
        }
      } catch {
        continue;
      }
      docs.push({ label: `${root}:${path.join('.')}${kind === 'map' ? `.${name}: unknownFutureValue` : `: ${name}`}`, text: doc.toString() });
    }
  }
  return docs;
}

const ALL_ON = { ...defaultConfig(), preset: 'all' as const };

/** Text a name could turn into when a lookup reads Object.prototype: a function's source, or `[object Object]`. */
const LEAKS = /\[native code\]|\[object Object\]/;

function noLeak(label: string, text: string): void {
  if (LEAKS.test(text)) throw new Error(`${label}: output shows a prototype member:\n${text.split('\n').find((l) => LEAKS.test(l))}`);
}

let swept = 0;
const collected: FileResult[] = [];
const collectedSources = new Map<string, string>();

/** Every formatter over the results of every document swept so far. */
function formatAll(): string[] {
  const failures: string[] = [];
  for (const [format, formatter] of Object.entries(FORMATTERS)) {
    try {
      noLeak(`format ${format}`, formatter({ results: collected, rules: RULES, color: format === 'stylish', version: '0.0.0', notices: [], sources: collectedSources }));
    } catch (err) {
      failures.push(`${format}: ${err instanceof Error ? err.message.split('\n').slice(0, 3).join(' | ') : String(err)}`);
    }
  }
  collected.length = 0;
  collectedSources.clear();
  return failures;
}

/** Run one repository through every stage; throw (with the stage) on a crash or a leaked prototype member. */
function sweep(label: string, inputs: InputFile[], base: InputFile[]): number {
  const stage = <T>(name: string, f: () => T): T => {
    try {
      return f();
    } catch (err) {
      if (err instanceof ExplainError || err instanceof ExportRefusal) return undefined as T;
      throw new Error(`${label}: ${name} crashed: ${err instanceof Error ? err.stack : String(err)}`);
    }
  };
  const run = stage('lint', () => lintFiles(inputs, { config: ALL_ON, base }));
  let findings = 0;
  for (const file of run.result.files) {
    findings += file.findings.length;
    for (const f of file.findings) {
      if (f.ruleId === 'syntax') throw new Error(`${label}: a generated document gave a syntax finding: ${f.message}`);
      noLeak(`${label} (${f.ruleId})`, f.message);
    }
  }
  // The formatters run once over the results of every document (formatAll): they read findings, not models.
  const prefix = `${swept++}/`;
  for (const file of run.result.files) collected.push({ ...file, file: prefix + file.file });
  for (const f of inputs) collectedSources.set(prefix + f.path, f.text ?? '');
  const head = run.model;
  const before = stage('base model', () => buildModel(base).model);
  for (const [a, b, dir] of [[before, head, 'diff'], [head, before, 'reverse diff']] as const) {
    const changes = stage(dir, () => diffModels(a, b));
    noLeak(`${label} ${dir} json`, stage(`${dir} json`, () => renderDiffJson(changes, { base: 'HEAD' })));
    noLeak(`${label} ${dir} markdown`, stage(`${dir} markdown`, () => renderDiffMarkdown(changes, { before: '`main`', after: 'the working tree' })));
  }
  const graph = stage('graph', () => buildGraph(head));
  for (const [name, render] of [['mermaid', graphMermaid], ['dot', graphDot], ['json', graphJson]] as const) noLeak(`${label} graph ${name}`, stage(`graph ${name}`, () => render(graph)));
  for (const tenant of head.tenants) {
    for (const partner of [PARTNER_ID]) {
      for (const direction of ['inbound', 'outbound'] as const) {
        for (const kind of ['b2bCollaboration', 'b2bDirectConnect'] as const) {
          const e = stage('explain', () => explainAccess(head, { tenant: tenant.id, partner, direction, kind }));
          if (e) noLeak(`${label} explain`, stage('explain text', () => renderExplanation(e)));
        }
      }
    }
  }
  const plans = stage('export', () => exportRequests(head));
  if (plans) noLeak(`${label} export`, JSON.stringify(plans));
  return findings;
}

describe('names of Object.prototype members in declaration files', () => {
  const baseInputs: InputFile[] = [{ path: 'contoso.xtap.yaml', text: JSON.stringify(baseDoc()) }];

  it('the schema gives the sweep every level of a declaration', () => {
    const tenantPaths = schemaPaths('tenant').map((p) => p.path.join('.'));
    // Spot checks that the generator reaches the deep places: a target's value, a trust member, a sync member.
    expect(tenantPaths).toEqual(expect.arrayContaining([
      'partners.0.b2bCollaborationInbound.usersAndGroups.targets.0.target',
      'default.b2bDirectConnectInbound.applications.targets.0.target',
      'partners.0.identitySynchronization.userSyncInbound.isSyncAllowed',
      'default.invitationRedemptionIdentityProviderConfiguration.primaryIdentityProviderPrecedenceOrder.0',
      'tenant.facts',
      'partners.0.tenantId',
    ]));
    expect(protoDocuments('tenant').length).toBeGreaterThan(300);
  });

  it('every stage stays sane for each name at every key and value position of a tenant file', () => {
    const failures: string[] = [];
    for (const { label, text } of protoDocuments('tenant')) {
      try {
        sweep(label, [{ path: 'contoso.xtap.yaml', text }], baseInputs);
      } catch (err) {
        failures.push(err instanceof Error ? err.message.split('\n').slice(0, 3).join(' | ') : String(err));
      }
    }
    failures.push(...formatAll());
    expect(failures.slice(0, 10)).toEqual([]);
  }, 240_000);

  it('every stage stays sane for each name at every position of a partner file', () => {
    const failures: string[] = [];
    const tenant = stringify({ tenant: baseDoc().tenant, include: ['partners/*.xtap.yaml'] });
    for (const { label, text } of protoDocuments('partner')) {
      try {
        sweep(label, [{ path: 'contoso.xtap.yaml', text: tenant }, { path: 'partners/p.xtap.yaml', text }], baseInputs);
      } catch (err) {
        failures.push(err instanceof Error ? err.message.split('\n').slice(0, 3).join(' | ') : String(err));
      }
    }
    failures.push(...formatAll());
    expect(failures.slice(0, 10)).toEqual([]);
  }, 240_000);

  it('the key `constructor: unknownFutureValue` is a located schema finding, not an internal error', () => {
    for (const name of PROTO_NAMES) {
      const text = `tenant:\n  id: ${TENANT_ID}\n  license: p1\ndefault:\n  b2bCollaborationInbound:\n    ${name}: unknownFutureValue\n`;
      const { result } = lintFiles([{ path: 'a.xtap.yaml', text }]);
      const msgs = result.files[0].findings.map((f) => [f.ruleId, f.range.line, f.range.column]);
      expect(msgs).toContainEqual(['schema', 6, 5]);
      expect(result.files[0].findings.find((f) => f.ruleId === 'schema')?.message).toContain(`Unknown property \`${name}\``);
    }
  });
});

describe('JSON from Graph and opaque settings keep a `__proto__` key as a key', () => {
  const json = JSON.parse('{"__proto__": {"isSyncAllowed": true}, "b": null, "@odata.type": "#x"}') as Json;

  it('import and export comparisons see it', () => {
    expect(Object.keys(dropNulls(json) as object)).toEqual(['__proto__', '@odata.type']);
    expect(Object.keys(dropAnnotations(json) as object)).toEqual(['__proto__', 'b']);
    expect(canonical(json)).toBe('{"@odata.type":"#x","__proto__":{"isSyncAllowed":true}}');
    expect(sameSetting(json, {})).toBe(false);
  });

  it("the model's equality of opaque settings sees it", () => {
    expect(canonicalJson(json)).toBe('{"@odata.type":"#x","__proto__":{"isSyncAllowed":true},"b":null}');
  });
});

describe('the CLI with names of Object.prototype members', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  const doc = (name: string, tenantId = TENANT_ID) =>
    `tenant:\n  id: ${tenantId}\n  name: ${name}\n  license: p1\ndefault:\n  ${name}: unknownFutureValue\n  b2bCollaborationInbound:\n    ${name}: unknownFutureValue\n    usersAndGroups:\n      accessType: allowed\n      targets:\n        - target: ${name}\n          targetType: user\npartners:\n  - tenantId: ${PARTNER_ID}\n    name: ${name}\n    ${name}: unknownFutureValue\n    b2bDirectConnectInbound:\n      usersAndGroups:\n        accessType: allowed\n        targets: [{ target: ${name}, targetType: user, ${name}: x }]\n      applications:\n        accessType: ${name}\n        targets: [{ target: ${name}, targetType: application }]\n# xtap-lint-disable-next-line ${name}, toString -- ${name}\n# xtap-lint-enable ${name}\n`;

  it.each(PROTO_NAMES)('%s: lint in every format, diff, explain, graph and export answer without an internal error', async (name) => {
    const cwd = tempRepo({ 'a.xtap.yaml': doc(name) });
    const against = tempRepo({ 'a.xtap.yaml': doc('Contoso').replace(/target: Contoso/g, 'target: AllUsers') });
    dirs.push(cwd, against);
    const env = { HOME: cwd, XDG_CACHE_HOME: cwd, NODE_DISABLE_COMPILE_CACHE: '1' };
    const runs = [
      ...['stylish', 'json', 'sarif', 'github', 'junit', 'markdown', 'compact', 'html'].map((f) => ['--format', f]),
      ['diff', '--against', against],
      ['diff', '--against', against, '--format', 'json'],
      ['graph'],
      ['graph', '--format', 'dot'],
      ['graph', '--format', 'json'],
      ['explain', '--tenant', TENANT_ID, '--partner', PARTNER_ID, '--direction', 'inbound', '--kind', 'b2bDirectConnect'],
      ['explain', '--tenant', name, '--partner', name, '--direction', 'outbound', '--kind', 'b2bCollaboration'],
      ['explain', '--tenant', TENANT_ID, '--partner', name, '--direction', 'inbound', '--kind', 'b2bCollaboration', '--app', name],
      ['export'],
      ['--fix-dry-run'],
    ];
    for (const argv of runs) {
      const r = await runCli(argv, { cwd, env });
      const label = `${name}: xtap-lint ${argv.join(' ')}`;
      expect(r.stderr, label).not.toMatch(/internal error|TypeError|at .*\.ts:\d+/);
      noLeak(label, r.stdout + r.stderr);
      if (r.code === 2) expect(r.stderr.trim().split('\n'), label).toHaveLength(1);
    }
    const lint = await runCli(['--format', 'json'], { cwd, env });
    expect(lint.code).toBe(1);
    const msgs = (JSON.parse(lint.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; message: string }> }>)[0].messages;
    // Each unknown key is a schema finding at its own line; the target is an unsupported target, not a crash.
    expect(msgs.filter((m) => m.ruleId === 'schema' && m.message.includes(`Unknown property \`${name}\``)).map((m) => m.line)).toEqual([6, 8, 17, 21]);
    expect(msgs.filter((m) => m.ruleId === 'unsupported-target').map((m) => m.line)).toEqual(expect.arrayContaining([12]));
  });
});
