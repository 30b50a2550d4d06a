// Issue 17: with a base revision (`--base`, `diff --base`), a base file whose text equals the working tree's takes over
// the working tree's reading of it (test/engine/base-reuse.test.ts has the differential test). These tests prove the result is the same as parsing both sides separately.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel, buildModels, lintFiles } from '../../src/engine/lint.js';
import { diffModels } from '../../src/intel/diff.js';
import type { RepoModel } from '../../src/resolve/model.js';
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

/** An object's own keys and the getters of its classes (the model reads places through getters: issue 17). */
function keysOf(o: object): string[] {
  const keys = new Set(Object.keys(o));
  for (let p = Object.getPrototypeOf(o) as object | null; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) if (d.get) keys.add(k);
  }
  return [...keys];
}

/** The model as text: files by path, back-references cut, Maps and Sets as entries. */
function snapshot(model: RepoModel): string {
  const stack = new Set<unknown>();
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (stack.has(v)) return '[cycle]';
    const o = v as Record<string, unknown>;
    if (typeof o.path === 'string' && typeof o.text === 'string' && 'lineCounter' in o) return `file:${o.path}`;
    stack.add(v);
    let out: unknown;
    if (v instanceof Map) out = { map: [...v].map(([k, x]) => [walk(k), walk(x)]) };
    else if (v instanceof Set) out = { set: [...v].map(walk) };
    else if (Array.isArray(v)) out = v.map(walk);
    else out = Object.fromEntries(keysOf(o).filter((k) => k !== 'tenant').map((k) => [k, walk(o[k])]));
    stack.delete(v);
    return out;
  };
  return JSON.stringify(walk({ tenants: model.tenants, invalid: model.invalid, sentinels: model.sentinels, files: model.files }));
}

describe('a base file equal to the working tree reuses its parse', () => {
  let dir = '';
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('builds the same models, findings and diff as parsing both sides, with less work', async () => {
    dir = mkdtempSync(join(tmpdir(), 'xtap-reuse-'));
    await generateRepo(dir, { partners: 120, files: 6, tenants: 2, seed: 11 });
    const head = readRepo(dir);
    // The base: one file changed, one removed, one only at the base, a syntax error, merge keys and an unknownFutureValue.
    const base = head.map((f, i) => (i === 1 ? { ...f, text: (f.text ?? '').replace(/isMfaAccepted: true/, 'isMfaAccepted: false') } : f)).filter((_, i) => i !== 2);
    base.push({ path: 'only-base.xtap.yaml', text: 'partners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n' });
    const extra = [
      { path: 'zz-broken.xtap.yaml', text: 'partners: [\n' },
      { path: 'zz-merge.xtap.yaml', text: 'x: &b { inboundTrust: { isMfaAccepted: true } }\npartners:\n  - tenantId: 11111111-2222-4333-8444-555555555555\n    <<: *b\n    b2bDirectConnectInbound: { usersAndGroups: { accessType: unknownFutureValue } }\n' },
    ];
    const headAll = [...head, ...extra];
    const baseAll = [...base, ...extra];
    expect(base[1].text).not.toBe(head[1].text);

    const separate = { head: buildModel(headAll).model, base: buildModel(baseAll).model };
    const shared = buildModels(headAll, baseAll);

    expect(snapshot(shared.first.model)).toBe(snapshot(separate.head));
    expect(snapshot(shared.second.model)).toBe(snapshot(separate.base));
    expect(JSON.stringify(diffModels(shared.second.model, shared.first.model))).toBe(JSON.stringify(diffModels(separate.base, separate.head)));
    expect(diffModels(shared.second.model, shared.first.model).length).toBeGreaterThan(0);
    // Equal files were read once: the base takes over the working tree's SourceFile (parseSource makes a new one).
    const headFiles = new Map(shared.first.model.files.map((f) => [f.path, f]));
    const reused = shared.second.model.files.filter((f) => headFiles.get(f.path) === f).map((f) => f.path);
    const equal = baseAll.filter((f) => headAll.some((h) => h.path === f.path && h.text === f.text) && f.path !== 'zz-broken.xtap.yaml').map((f) => f.path);
    expect(reused).toEqual(equal);
    expect(reused).not.toContain(head[1].path);
    expect(reused.length).toBeGreaterThan(5);

    // lintFiles with a base reuses the same way: its base model is the one parsed on its own, so the change-aware
    // rules see the same declarations.
    const withBase = lintFiles(headAll, { base: baseAll });
    expect(snapshot(withBase.base as RepoModel)).toBe(snapshot(separate.base));
    expect(snapshot(withBase.model)).toBe(snapshot(lintFiles(headAll).model));
  });
});
