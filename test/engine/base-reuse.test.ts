// Issue 17: the base revision (`--base`, `diff --base`) takes over the working tree's reading of every file whose text
// is the same on both sides: such a file is neither parsed nor read into the model again, a tenant whose files are all
// unchanged is the working tree's tenant, and a partner entry of an unchanged file keeps its effective settings when
// its tenant's defaults are unchanged. A differential test over a generated repository with random edits proves the
// diff, the change-aware findings and the base model equal those of a base built on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel, buildModels, lintFiles } from '../../src/engine/lint.js';
import { diffModels } from '../../src/intel/diff.js';
import type { PartnerModel, RepoModel } from '../../src/resolve/model.js';
import type { InputFile } from '../../src/types.js';

// @ts-expect-error -- a plain ES module without types
const generateRepo = async (dir: string, o: object): Promise<void> => ((await import('../../bench/generate.mjs')) as { generate: (d: string, o: object) => void }).generate(dir, o);

function readRepo(dir: string): InputFile[] {
  const out: InputFile[] = [];
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== '.git') walk(p);
      } else if (p.endsWith('.xtap.yaml')) out.push({ path: p, text: readFileSync(join(dir, p), 'utf8') });
    }
  };
  walk('');
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** An object's own keys and the getters of its classes (the model reads places through getters). */
function keysOf(o: object): string[] {
  const keys = new Set(Object.keys(o));
  for (let p = Object.getPrototypeOf(o) as object | null; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) if (d.get) keys.add(k);
  }
  return [...keys];
}

/** The model as text: files by path, back-references to the tenant written as its ID, Maps and Sets as entries. */
function snapshot(model: RepoModel): string {
  const stack = new Set<unknown>();
  // An object met again (the default's settings shared by its partners) is written as it was the first time.
  const done = new Map<object, unknown>();
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (stack.has(v)) return '[cycle]';
    if (done.has(v)) return done.get(v);
    const o = v as Record<string, unknown>;
    if (typeof o.path === 'string' && typeof o.text === 'string' && 'lineCounter' in o) return `file:${o.path}`;
    stack.add(v);
    let out: unknown;
    if (v instanceof Map) out = { map: [...v].map(([k, x]) => [walk(k), walk(x)]) };
    else if (v instanceof Set) out = { set: [...v].map(walk) };
    else if (Array.isArray(v)) out = v.map(walk);
    else out = Object.fromEntries(keysOf(o).map((k) => [k, k === 'tenant' ? `tenant:${(o[k] as { id?: string } | undefined)?.id}@${(o[k] as { file?: { path: string } } | undefined)?.file?.path}` : walk(o[k])]));
    stack.delete(v);
    done.set(v, out);
    return out;
  };
  return JSON.stringify(walk({ tenants: model.tenants, invalid: model.invalid, sentinels: model.sentinels, files: model.files }));
}

/** The same texts in new objects, each with a comment line added: nothing is shared with the working tree. */
const unshared = (files: readonly InputFile[]): InputFile[] => files.map((f) => (f.text === undefined ? { ...f } : { path: f.path, text: `${f.text}\n# not shared\n` }));

const pad = (n: number): string => n.toString(16).padStart(12, '0');
const guid = (n: number): string => `7a1b2c3d-4e5f-4a6b-8c7d-${pad(n)}`;

/** Random edits that turn the working tree into a base revision (or back): every case the reuse must get right. */
function edits(head: readonly InputFile[], seed: number): InputFile[] {
  let state = seed >>> 0 || 1;
  const rand = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const files = new Map(head.map((f) => [f.path, f.text ?? '']));
  const partnerFiles = (): string[] => [...files.keys()].filter((p) => p.includes('/partners/'));
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const entries = (text: string): string[] => text.split(/\n(?= {2}- tenantId:)/);
  let serial = 0;
  const ops: Array<() => void> = [
    // A default changed: every partner of that tenant that inherits it changes.
    () => {
      const t = pick([...files.keys()].filter((p) => p.endsWith('tenant.xtap.yaml')));
      files.set(t, (files.get(t) ?? '').replace(/isMfaAccepted: (true|false)/, (_, v: string) => `isMfaAccepted: ${v === 'true' ? 'false' : 'true'}`));
    },
    // A partner only at the base, more restricted than the default and a service provider: removed in the working tree.
    () => {
      const f = pick(partnerFiles());
      const id = guid(900 + serial++);
      files.set(
        f,
        `${files.get(f) ?? ''}  - tenantId: ${id}\n    name: Removed ${id.slice(-3)}\n    isServiceProvider: ${rand() < 0.5}\n    b2bCollaborationInbound:\n      usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }\n      applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }\n`,
      );
    },
    // A partner moved to another file (no change in effect).
    () => {
      const [a, b] = [pick(partnerFiles()), pick(partnerFiles())];
      if (a === b) return;
      const es = entries(files.get(a) ?? '');
      if (es.length < 3) return;
      const moved = es.splice(1, 1)[0];
      files.set(a, es.join('\n'));
      files.set(b, `${(files.get(b) ?? '').replace(/\n?$/, '\n')}${moved.replace(/\n?$/, '\n')}`);
    },
    // A file renamed (the same text under another name).
    () => {
      const a = pick(partnerFiles());
      const text = files.get(a) ?? '';
      files.delete(a);
      files.set(a.replace(/batch(\d+)/, 'renamed$1'), text);
    },
    // A partner file only at the base / only in the working tree.
    () => {
      files.delete(pick(partnerFiles()));
    },
    // A tenant's includes narrowed: unchanged partner files leave it (their partners are removed).
    () => {
      const t = pick([...files.keys()].filter((p) => p.endsWith('tenant.xtap.yaml')));
      files.set(t, (files.get(t) ?? '').replace('partners/*.xtap.yaml', 'partners/batch000[0-2].xtap.yaml'));
    },
    // A partner file included by two tenants (it belongs to none), and a tenant in another cloud.
    () => {
      const t = pick([...files.keys()].filter((p) => p.endsWith('tenant.xtap.yaml')));
      const other = pick(partnerFiles().filter((p) => !p.startsWith(t.split('/')[0])));
      if (other) files.set(t, `${files.get(t) ?? ''}  - ../../${other}\n`.replace(/name: Tenant/, 'cloud: usGovernment\n  name: Tenant'));
    },
    // A partner entry inline in the tenant file, with merge keys from an anchor in the same file.
    () => {
      const t = pick([...files.keys()].filter((p) => p.endsWith('tenant.xtap.yaml')));
      files.set(t, `${files.get(t) ?? ''}x-shared: &shared { inboundTrust: { isMfaAccepted: true } }\npartners:\n  - tenantId: ${guid(700 + serial++)}\n    <<: *shared\n`);
    },
    // A file that does not parse, and one with a schema error (the lint's reading of it has the error marked).
    () => {
      files.set(pick(partnerFiles()), 'partners: [\n');
    },
    () => {
      const f = pick(partnerFiles());
      files.set(f, (files.get(f) ?? '').replace('    name: Partner', '    colour: blue\n    name: Partner'));
    },
    // The tenant's ID changed: its partners belong to another tenant.
    () => {
      const t = pick([...files.keys()].filter((p) => p.endsWith('tenant.xtap.yaml')));
      files.set(t, (files.get(t) ?? '').replace(/id: [0-9a-f-]+/, `id: ${guid(800 + serial++)}`));
    },
  ];
  const n = 1 + Math.floor(rand() * 5);
  for (let i = 0; i < n; i++) pick(ops)();
  return [...files].map(([path, text]) => ({ path, text })).sort((a, b) => (a.path < b.path ? -1 : 1));
}

describe('the base revision takes over the reading of unchanged files', () => {
  let dir = '';
  let repo: InputFile[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xtap-base-reuse-'));
    await generateRepo(dir, { partners: 90, files: 9, tenants: 3, seed: 5 });
    repo = readRepo(dir);
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('equals a base built on its own, for random edits in either direction', () => {
    const runs = Number(process.env.XTAP_FUZZ_RUNS ?? 10);
    let findings = 0;
    let changes = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const edited = edits(repo, seed);
      for (const [head, base] of [
        [repo, edited],
        [edited, repo],
      ]) {
        const what = `seed ${seed}`;
        // diff --base: the changes and the base model are those of two separate builds.
        const shared = buildModels(head, base);
        const separate = { head: buildModel(head).model, base: buildModel(base).model };
        const alone = snapshot(separate.base);
        expect(snapshot(shared.second.model), what).toBe(alone);
        const diff = JSON.stringify(diffModels(shared.second.model, shared.first.model));
        expect(diff, what).toBe(JSON.stringify(diffModels(separate.base, separate.head)));
        changes += diffModels(shared.second.model, shared.first.model).length;
        // --base: the same findings (the change-aware rules' included) as with a base that shares nothing.
        const lint = lintFiles(head, { base, now: '2026-01-01' });
        const unsharedRun = lintFiles(head, { base: unshared(base), now: '2026-01-01' });
        expect(JSON.stringify(lint.result), what).toBe(JSON.stringify(unsharedRun.result));
        expect(snapshot(lint.base as RepoModel), what).toBe(alone);
        findings += lint.result.files.flatMap((f) => f.findings).filter((f) => f.ruleId === 'partner-removal-reverts' || f.ruleId === 'service-provider-removal').length;
      }
    }
    // The edits do exercise what is compared.
    expect(changes).toBeGreaterThan(runs);
    expect(findings).toBeGreaterThan(0);
  }, 120_000);

  it('parses and resolves only the base files that changed', () => {
    const base = repo.map((f) => ({ ...f }));
    const changed = 'tenant1/partners/batch0001.xtap.yaml';
    const i = base.findIndex((f) => f.path === changed);
    base[i] = { path: changed, text: (base[i].text ?? '').replace(/isMfaAccepted: true/, 'isMfaAccepted: false') };
    expect(base[i].text).not.toBe(repo[i].text);
    const { first, second } = buildModels(repo, base);
    const headFiles = new Map(first.model.files.map((f) => [f.path, f]));
    // Each unchanged file is the working tree's own SourceFile (not parsed again); the changed one was parsed.
    const parsed = second.model.files.filter((f) => headFiles.get(f.path) !== f).map((f) => f.path);
    expect(parsed).toEqual([changed]);
    // Tenants 0 and 2 are unchanged: the working tree's tenants themselves, with their partners.
    const tenantOf = (m: RepoModel, name: string) => m.tenants.find((t) => t.name === name);
    expect(tenantOf(second.model, 'Tenant 0')).toBe(tenantOf(first.model, 'Tenant 0'));
    expect(tenantOf(second.model, 'Tenant 2')).toBe(tenantOf(first.model, 'Tenant 2'));
    // Tenant 1 has a changed file: a tenant of its own, with the same defaults; the partners of its unchanged files keep
    // their effective settings (not computed again), those of the changed file are resolved anew.
    const [h1, b1] = [tenantOf(first.model, 'Tenant 1'), tenantOf(second.model, 'Tenant 1')];
    expect(b1).toBeDefined();
    expect(b1).not.toBe(h1);
    expect(b1?.defaults).toBe(h1?.defaults);
    const own = (p: PartnerModel) => p.effective !== b1?.defaults;
    const headById = new Map(h1?.partners.map((p) => [p.id, p]));
    const kept = (b1?.partners ?? []).filter((p) => own(p) && p.effective === headById.get(p.id)?.effective).map((p) => p.file.path);
    const resolved = (b1?.partners ?? []).filter((p) => own(p) && p.effective !== headById.get(p.id)?.effective).map((p) => p.file.path);
    expect(new Set(resolved)).toEqual(new Set([changed]));
    expect(kept.length).toBeGreaterThan(10);
    expect(kept).not.toContain(changed);
    // The partners of its unchanged files are the working tree's own, shared: their tenant is the working tree's
    // Tenant 1, of which the base's is a copy (the same declaration). Those of the changed file are the base's own.
    const headPartners = new Set(h1?.partners);
    const shared = (b1?.partners ?? []).filter((p) => headPartners.has(p));
    const ownBase = (b1?.partners ?? []).filter((p) => !headPartners.has(p));
    expect(new Set(shared.map((p) => p.file.path))).toEqual(new Set((b1?.partners ?? []).map((p) => p.file.path).filter((f) => f !== changed)));
    expect(shared.length).toBeGreaterThan(10);
    expect(shared.every((p) => p.tenant === h1)).toBe(true);
    expect(ownBase.length).toBeGreaterThan(0);
    expect(ownBase.every((p) => p.tenant === b1 && p.file.path === changed)).toBe(true);
    for (const p of b1?.partners ?? []) expect([p.tenant.id, p.tenant.defaults, p.tenant.cloud, p.tenant.file]).toEqual([b1?.id, b1?.defaults, b1?.cloud, b1?.file]);
    // The working tree's model is untouched: its partners belong to its tenants.
    expect(h1?.partners.every((p) => p.tenant === h1)).toBe(true);
    expect(snapshot(first.model)).toBe(snapshot(buildModel(repo).model));
  });

  it('a changed default: the unchanged partner files are not parsed again, their partners resolve against the base default', () => {
    const t = repo.findIndex((f) => f.path === 'tenant0/tenant.xtap.yaml');
    const base = repo.map((f, i) => (i === t ? { ...f, text: (f.text ?? '').replace('isMfaAccepted: true', 'isMfaAccepted: false') } : f));
    const { first, second } = buildModels(repo, base);
    const headFiles = new Set(first.model.files);
    expect(second.model.files.filter((f) => !headFiles.has(f)).map((f) => f.path)).toEqual(['tenant0/tenant.xtap.yaml']);
    const b0 = second.model.tenants.find((x) => x.name === 'Tenant 0');
    expect(b0?.defaults.inboundTrust.isMfaAccepted.value).toBe(false);
    // A partner that declares no trust of its own inherits the base's default.
    const inherits = b0?.partners.filter((p) => !p.decl.inboundTrust) ?? [];
    expect(inherits.length).toBeGreaterThan(0);
    expect(inherits.every((p) => p.effective.inboundTrust.isMfaAccepted.value === false)).toBe(true);
    expect(snapshot(second.model)).toBe(snapshot(buildModel(base).model));
    const changes = diffModels(second.model, first.model);
    expect(changes.find((c) => c.partner === null && c.setting === 'inboundTrust.isMfaAccepted')?.inheritedBy?.length).toBe(inherits.length);
  });

  it('lint: a file whose reading has a schema error marked is read again for the base (no error marks there)', () => {
    const f = repo.findIndex((x) => x.path === 'tenant2/partners/batch0000.xtap.yaml');
    const head = repo.map((x, i) => (i === f ? { ...x, text: (x.text ?? '').replace('    name: Partner', '    colour: blue\n    name: Partner') } : x));
    const run = lintFiles(head, { base: head });
    expect(run.result.files.find((x) => x.file === head[f].path)?.findings.some((x) => x.ruleId === 'schema')).toBe(true);
    const headFiles = new Set(run.files);
    expect((run.base as RepoModel).files.filter((x) => !headFiles.has(x)).map((x) => x.path)).toEqual([head[f].path]);
    expect(snapshot(run.base as RepoModel)).toBe(snapshot(buildModel(head).model));
  });
});
