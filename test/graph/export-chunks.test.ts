/**
 * Issue 17: `export` (JSON on standard output) writes each request as it is made, 32 at a time, and reads
 * the declarations from the plain data the loader already had (the values the schema checked) instead of a second
 * copy of every map. The bytes must stay those of the old output, `JSON.stringify(plans, null, 2) + '\n'` of every
 * request made at once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel } from '../../src/engine/lint.js';
import { exportJsonChunks, exportPlans, exportRequests } from '../../src/graph/export.js';
import type { ExportOptions, TenantPlan, TenantPlanSource } from '../../src/graph/export.js';
import type { RepoModel } from '../../src/resolve/model.js';
import type { InputFile } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { PARTNER_ID, TENANT_ID } from './helpers.js';

// @ts-expect-error -- a plain ES module without types
const generateRepo = async (dir: string, o: object): Promise<void> => ((await import('../../bench/generate.mjs')) as { generate: (d: string, o: object) => void }).generate(dir, o);

const P2 = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';

/** What `export` printed before issue 17: every plan's requests made, then one JSON.stringify. */
const oldJson = (plans: TenantPlan[]): string =>
  JSON.stringify(plans.map((p) => ({ tenantId: p.tenantId, label: p.label, file: p.file, mode: p.mode, requests: p.requests.map((r) => r.request) })), null, 2) + '\n';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

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
  return out;
}

async function generated(partners: number): Promise<{ dir: string; inputs: InputFile[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'xtap-export-chunks-'));
  dirs.push(dir);
  await generateRepo(dir, { partners, files: Math.max(3, Math.round(partners / 20)), tenants: 2, seed: 9 });
  return { dir, inputs: readRepo(dir) };
}

const kept = (inputs: InputFile[]): RepoModel => buildModel(inputs, undefined, true).model;

// Anchors, aliases, merge keys, `__proto__`, quotes and non-ASCII text, a partner with nothing to say.
const tricky: InputFile[] = [
  {
    path: 'a.xtap.yaml',
    text: `tenant: { id: ${TENANT_ID}, name: "A \\"quoted\\" Ä 😀" }\ncrossTenantAccessPolicy: &r { allowedCloudEndpoints: [microsoftonline.us] }\ndefault:\n  <<: { inboundTrust: { isMfaAccepted: true } }\n  b2bCollaborationOutbound: { usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] } }\ninclude: [p/*.xtap.yaml]\npartners:\n  - &f\n    tenantId: ${PARTNER_ID}\n    name: "F \\u202e"\n    inboundTrust: { isMfaAccepted: true, __proto__: x }\n`,
  },
  { path: 'p/b.xtap.yaml', text: `partners:\n  - tenantId: ${P2}\n    isServiceProvider: false\n    identitySynchronization: { displayName: S, userSyncInbound: { isSyncAllowed: true } }\n  - tenantId: 11111111-2222-4333-8444-555555555555\n` },
];

describe('export JSON in pieces', () => {
  it('is the old output, byte for byte, on a generated repository (more requests per tenant than one piece holds)', async () => {
    const { inputs } = await generated(1200);
    const model = kept(inputs);
    const chunks = [...exportJsonChunks(exportPlans(model))];
    const old = oldJson(exportRequests(buildModel(inputs).model));
    expect(exportRequests(model)[0].requests.length).toBeGreaterThan(600);
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.join('')).toBe(old);
  });

  it('is the old output for anchors, merge keys, __proto__ and non-ASCII text, for exact plans and for no plans', () => {
    const model = kept(tricky);
    expect([...exportJsonChunks(exportPlans(model))].join('')).toBe(oldJson(exportRequests(buildModel(tricky).model)));
    // Exact against itself: a tenant with no request at all (`"requests": []`).
    const options: ExportOptions = { current: kept(tricky) };
    const same = [...exportJsonChunks(exportPlans(model, options))].join('');
    expect(same).toBe(oldJson(exportRequests(model, options)));
    expect(same).toContain('"requests": []');
    // Exact against a state with a partner fewer and one changed.
    const before = kept([tricky[0], { path: 'p/b.xtap.yaml', text: `partners:\n  - tenantId: ${P2}\n    isServiceProvider: false\n` }]);
    const changed = [...exportJsonChunks(exportPlans(model, { current: before }))].join('');
    expect(changed).toBe(oldJson(exportRequests(model, { current: before })));
    expect(JSON.parse(changed)[0].requests.length).toBeGreaterThan(0);
    expect([...exportJsonChunks([])].join('')).toBe('[]\n');
  });

  it('makes the requests as they are written: the first piece comes before the last partner is read', async () => {
    const { inputs } = await generated(1200);
    const sources = exportPlans(kept(inputs));
    let made = 0;
    const counted: TenantPlanSource[] = sources.map((s) => ({
      ...s,
      requests: function* () {
        for (const r of s.requests()) {
          made++;
          yield r;
        }
      },
    }));
    const total = sources.reduce((n, s) => n + [...s.requests()].length, 0);
    const pieces = exportJsonChunks(counted);
    pieces.next();
    expect(made).toBeLessThanOrEqual(40);
    expect(total).toBeGreaterThan(1200);
    for (let r = pieces.next(); !r.done; r = pieces.next());
    expect(made).toBe(total);
  });

  it('is what `xtap-lint export` prints', async () => {
    const { dir, inputs } = await generated(300);
    const out = await runCli(['export'], { cwd: dir });
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(oldJson(exportRequests(buildModel(inputs).model)));
  });
});

describe('the declarations export keeps (keepDeclData)', () => {
  it('indexes the document and each partner entry only, not every map', () => {
    const model = kept(tricky);
    const [t] = model.tenants;
    // a.xtap.yaml: the document and its one partner; p/b.xtap.yaml: the document and its two partners.
    expect([...(t.file.declData?.keys() ?? [])]).toEqual(['root', `${t.partners[0].entry.start}:${t.partners[0].entry.end}`]);
    expect(t.partners[1].file.declData?.size).toBe(3);
    // The entries are the document's own objects: the partner is the item of `partners` in the kept root.
    const root = t.partners[1].file.declData?.get('root') as { partners: unknown[] };
    expect(t.partners[1].file.declData?.get(`${t.partners[1].entry.start}:${t.partners[1].entry.end}`)).toBe(root.partners[0]);
  });

  it('reads an entry the loader did not index from its file again, with the same requests', () => {
    const model = kept(tricky);
    const expected = JSON.stringify(exportRequests(model));
    const p = model.tenants[0].partners[1];
    p.file.declData?.delete(`${p.entry.start}:${p.entry.end}`);
    expect(JSON.stringify(exportRequests(model))).toBe(expected);
  });
});
